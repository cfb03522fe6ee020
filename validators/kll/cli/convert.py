"""``kll convert`` and ``kll mapping``: move data between formats, and show how each maps.

Mounted in :mod:`kll.cli`. Exit codes as everywhere in ``kll``: 0 done, 1 problems found (with
``--strict``, any warning; for ``kll mapping coverage``, a foreign element that is neither mapped
nor declared unmapped with a reason), 2 bad input or usage.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .. import adapters
from ..adapters.coverage import FOREIGN_FORMATS, markdown_table, measure
from .language import LANG_HELP, chosen_language
from .plain_help import Typer

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

# emoji off: rich would turn element names such as "dcterms:date:" into emoji
out = Console(soft_wrap=True, emoji=False)
err = Console(stderr=True, soft_wrap=True, emoji=False)

mapping_app = Typer(no_args_is_help=True, help="How each foreign format maps to the model: coverage and the mapping tables.")


def _usage(message: str) -> typer.Exit:
    err.print(f"error: {message}", markup=False, highlight=False)
    return typer.Exit(EXIT_USAGE)


def convert_command(
    source: Annotated[str, typer.Option("--from", help=f"Format of IN: {', '.join(adapters.names())}.")],
    target: Annotated[str, typer.Option("--to", help=f"Format of OUT: {', '.join(adapters.names())}.")],
    in_path: Annotated[Path, typer.Argument(metavar="IN", help="The file to read.")],
    out_path: Annotated[Path, typer.Argument(metavar="OUT", help="The file to write (replaced if it exists).")],
    strict: Annotated[bool, typer.Option(help="Exit 1 when anything could not be carried over (any warning).")] = False,
    report: Annotated[Path | None, typer.Option(help="Also write the conversion's findings to this file as JSON.")] = None,
    language: Annotated[str | None, typer.Option("--lang", help=LANG_HELP + ".")] = None,
) -> None:
    """Convert a file from one format to another.

    What the target cannot carry is reported as a warning with its location in the source and
    kept wherever the target format has room for it; nothing is dropped silently.

    Both files are written readable by their owner only, and never through a symbolic link. A
    conversion that fails in kll itself is reported as internal.error (never with the data) and
    exits 2.

    Exit status: 0 converted, 1 a record could not be read and is left out (a violation), or with
    --strict anything could not be carried over, 2 unreadable input, a file that cannot be
    written, or usage error.
    """
    language = chosen_language(language)
    from .errors import cannot_write, internal_error, output_problem, write_file
    from ..render._common import json_safe, printable
    from ..validation.severity import Severity

    for name in (source, target):
        if name not in adapters.names():
            raise _usage(f"unknown format {name!r}; formats: {', '.join(adapters.names())}")
    if language not in {"sv", "en"}:
        raise _usage("--lang must be sv or en")
    if not in_path.is_file():
        raise _usage(f"{in_path}: no such file")
    for path in (out_path, report):
        if path is not None and (problem := output_problem(path)) is not None:
            raise cannot_write(path, problem, language)
    failed = False
    try:
        findings = adapters.convert(source, target, in_path, out_path)
    except adapters.ConversionError as error:
        err.print(f"error: {printable(str(error))}", markup=False, highlight=False)
        if report is not None:  # the report says it too: a CI job reads the file, not the terminal
            refused = adapters.conversion_finding("convert.invalid-input", error.location, str(error))
            write_file(report, json_safe(json.dumps([refused.to_dict()], ensure_ascii=False, indent=2)) + "\n", language)
        raise typer.Exit(EXIT_USAGE)
    except OSError as error:  # OUT cannot be written (no such folder, no permission, disk full)
        raise cannot_write(out_path, error, language) from None
    except Exception as error:  # kll failed: its message may quote the input, so it is never shown
        if os.environ.get("KLL_TRACEBACK") == "1":
            raise
        internal_error(error, language)
        findings, failed = [_internal_finding(error, in_path)], True
    for finding in [] if failed else findings:  # a failure was said in one line above
        detail = f" ({finding.detail_in(language)})" if finding.detail else ""
        line = f"{finding.location.describe()}: {finding.severity.value}: {finding.rule}: {finding.message(language)}{detail}"
        err.print(printable(line), markup=False, highlight=False)
    if report is not None:
        write_file(report, json_safe(json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2)) + "\n", language)
    if failed:
        raise typer.Exit(EXIT_USAGE)
    violations = sum(f.severity is Severity.VIOLATION for f in findings)
    warnings = sum(f.severity is Severity.WARNING for f in findings)
    summary = f"{violations} record(s) left out, " if violations else ""
    out.print(printable(f"{in_path} ({source}) -> {out_path} ({target}): {summary}{warnings} warning(s)"), markup=False, highlight=False)
    if violations or (strict and warnings):
        raise typer.Exit(EXIT_FINDINGS)


def _internal_finding(error: BaseException, in_path: Path):
    """The finding of a conversion kll could not finish, on the file it was reading."""
    from ..validation.catalogue import catalogue
    from ..validation.engine import failure
    from ..validation.report import Finding, Location

    rule_id, detail = failure(error)
    rule = catalogue()[rule_id]
    return Finding(rule.id, rule.severity, rule.stages[0], Location(str(in_path)), rule.message_en, rule.message_sv, detail)


@mapping_app.command("coverage")
def mapping_coverage(
    formats: Annotated[list[str] | None, typer.Argument(metavar="[FORMAT]...", help=f"Formats ({', '.join(FOREIGN_FORMATS)}); default: all.")] = None,
    output_format: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    complete: Annotated[bool, typer.Option("--complete", help="Also exit 1 when an element of the standard is missing from the table.")] = False,
) -> None:
    """How much of each foreign standard the mapping covers, measured against the standard's own
    definition (ELM.ttl and the EDC profile, the EMIL3 OpenAPI description, the SSSOM schema, the
    DCAT-AP-SE specification): every element mapped, declared unmapped with its reason, or missing.

    Exit status: 0 every row of the table names an element of the standard and every unmapped
    element says why (with --complete: and none is missing), 1 otherwise, 2 usage error.
    """
    chosen = formats or list(FOREIGN_FORMATS)
    unknown = [f for f in chosen if f not in FOREIGN_FORMATS]
    if unknown or output_format not in {"text", "json"}:
        raise _usage(f"formats are {', '.join(FOREIGN_FORMATS)}; --format text or json")
    results = [measure(name) for name in chosen]
    if output_format == "json":
        sys.stdout.write(json.dumps([result.to_dict() for result in results], ensure_ascii=False, indent=2) + "\n")
    else:
        table = Table("format", "elements of the standard", "mapped", "unmapped, reason given", "missing", "accounted for", "groups")
        for result in results:
            share = f"{result.accounted}/{result.elements} ({100 * result.accounted / result.elements:.0f} %)" if result.elements else "0/0"
            groups = "; ".join(f"{g}: {v['mapped']}/{v['listed']} mapped" for g, v in result.groups.items())
            table.add_row(result.format, str(result.elements), str(len(result.mapped)), str(len(result.unmapped)), str(len(result.missing)), share, escape(groups))
        out.print(table)
        for result in results:
            out.print(f"{result.format}: measured against {result.standard} ({result.source})", markup=False, highlight=False)
    for result in results:
        for element in result.not_in_standard:
            err.print(f"error: {result.format}: the table names {element}, which the standard does not define", markup=False, highlight=False)
        for element in result.unexplained:
            err.print(f"error: {result.format}: {element} is neither mapped nor declared unmapped with a reason", markup=False, highlight=False)
        if complete:
            for element in result.missing:
                err.print(f"error: {result.format}: {element} of the standard is missing from the table", markup=False, highlight=False)
    if any(not result.honest or not result.elements or (complete and result.missing) for result in results):
        raise typer.Exit(EXIT_FINDINGS)


@mapping_app.command("table")
def mapping_table(
    name: Annotated[str, typer.Argument(metavar="FORMAT", help=f"One of {', '.join(FOREIGN_FORMATS)}.")],
    output_format: Annotated[str, typer.Option("--format", help="markdown or json.")] = "markdown",
) -> None:
    """Print a format's mapping table, element by element (the docs publish the same table)."""
    if name not in FOREIGN_FORMATS or output_format not in {"markdown", "json"}:
        raise _usage(f"FORMAT is one of {', '.join(FOREIGN_FORMATS)}; --format markdown or json")
    rows = adapters.get(name).mapping()
    if output_format == "json":
        sys.stdout.write(json.dumps([row.__dict__ for row in rows], ensure_ascii=False, indent=2) + "\n")
        return
    sys.stdout.write(markdown_table(rows))
