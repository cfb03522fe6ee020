"""The ``kll`` command line.

Exit codes: 0 success; 1 the check found problems (drift, invalid examples); 2 usage error or
unreadable input.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from . import __version__, paths

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="KLL: the information model, its generated artifacts and the reference tooling.",
)
out = Console()
err = Console(stderr=True)

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _version(value: bool) -> None:
    if value:
        out.print(f"kll {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
) -> None:
    """KLL reference tooling."""


@app.command()
def generate(
    check: Annotated[bool, typer.Option("--check", help="Do not write; fail if generated/ differs from a fresh generation.")] = False,
    root: Annotated[Path | None, typer.Option(help="Repository root (default: this checkout).")] = None,
) -> None:
    """Regenerate generated/ from model/ (JSON Schema, SHACL, Python, JSON-LD context, OWL)."""
    from . import generation
    from .gaps import RegisterError, explain_warnings

    schema = paths.root_schema(root)
    if not schema.is_file():
        err.print(f"[red]error:[/] no root schema at {schema}")
        raise typer.Exit(EXIT_USAGE)
    try:
        result = generation.generate(schema)
        unexplained = explain_warnings(result.warnings, root)
    except RegisterError as error:
        err.print(f"error: known-gaps register: {error}", markup=False, highlight=False)
        raise typer.Exit(EXIT_USAGE)
    except Exception as error:  # the model itself is broken: say where, not a traceback
        err.print(f"error: cannot generate from {schema}: {type(error).__name__}: {error}", markup=False, highlight=False)
        raise typer.Exit(EXIT_USAGE)
    for warning in unexplained:
        err.print(f"[yellow]unexplained generator warning:[/] {warning}")
    target = paths.generated_dir(root)
    if check:
        drift = generation.check(result, target)
        if drift:
            for label, names in (("changed", drift.changed), ("missing", drift.missing), ("unexpected", drift.unexpected)):
                for name in names:
                    err.print(f"[red]{label}:[/] generated/{name}")
            err.print("generated/ is out of date with model/: run `kll generate` and commit the result.")
            raise typer.Exit(EXIT_FINDINGS)
        out.print(f"generated/ is up to date ({len(result.files)} files).")
    else:
        for name in generation.write(result, target):
            out.print(f"wrote generated/{name}")
    if unexplained:
        raise typer.Exit(EXIT_FINDINGS)


@app.command()
def stats(root: Annotated[Path | None, typer.Option(help="Repository root.")] = None) -> None:
    """Print model statistics: modules, classes, slots, enums and documentation coverage."""
    from .model import load_view, micro_credential_coverage, statistics, MICRO_CREDENTIAL_ELEMENTS

    view = load_view(paths.root_schema(root))
    s = statistics(view)
    pct = s.percent
    table = Table(title=f"KLL model {s.version} ({s.namespace})", show_header=True)
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("modules", f"{len(s.modules)}: {', '.join(s.modules)}")
    table.add_row("classes", str(s.classes))
    table.add_row("slots", str(s.slots))
    table.add_row("enumerations", str(s.enums))
    table.add_row("permissible values", str(s.permissible_values))
    table.add_row("classes with sv + en labels and definitions", f"{pct(s.classes_documented, s.classes):.1f} %")
    table.add_row("slots with sv + en labels and definitions", f"{pct(s.slots_documented, s.slots):.1f} %")
    table.add_row("classes with a URI", f"{pct(s.classes_with_uri, s.classes):.1f} %")
    table.add_row("slots with a URI", f"{pct(s.slots_with_uri, s.slots):.1f} %")
    table.add_row("permissible values with a meaning", f"{pct(s.values_with_meaning, s.permissible_values):.1f} %")
    coverage = micro_credential_coverage(view)
    table.add_row(
        "micro-credential mandatory elements required",
        f"{len(coverage.mandatory_required())}/{len(MICRO_CREDENTIAL_ELEMENTS['mandatory'])}",
    )
    table.add_row(
        "micro-credential optional elements present",
        f"{len(coverage.optional_present())}/{len(MICRO_CREDENTIAL_ELEMENTS['optional'])}",
    )
    out.print(table)


@app.command()
def codelists() -> None:
    """List the shipped code lists with their size, version and source."""
    from .codelists import load, names

    table = Table(title="Shipped code lists")
    for column in ("name", "codes", "version", "title", "source (first file)"):
        table.add_column(column, overflow="fold")
    for name in names():
        codes = load(name)
        first = re.match(r"github:(\S+?)@([0-9a-f]{7})[0-9a-f]*\s+(\S+)", codes.source)
        source = f"{first[1]}@{first[2]} {first[3].rstrip(',')}" if first else codes.source
        table.add_row(name, str(len(codes)), codes.version, codes.title, source)
    out.print(table)


@app.command()
def examples(root: Annotated[Path | None, typer.Option(help="Repository root.")] = None) -> None:
    """Check every example against the generated JSON Schema and Python classes."""
    from .examples import check_all

    results = check_all(root)
    if not results:
        err.print("[red]error:[/] no examples found")
        raise typer.Exit(EXIT_USAGE)
    failed = 0
    for result in results:
        name = result.path.relative_to(paths.examples_dir(root)).as_posix()
        if result.ok:
            out.print(f"[green]ok[/]     {name}")
        else:
            failed += 1
            out.print(f"[red]FAILED[/] {name}")
            for problem in result.problems:
                out.print(f"         {problem}", markup=False, highlight=False)
    out.print(f"{len(results) - failed}/{len(results)} examples valid.")
    if failed:
        raise typer.Exit(EXIT_FINDINGS)


def run() -> None:  # pragma: no cover - console entry point used by python -m kll
    sys.exit(app())
