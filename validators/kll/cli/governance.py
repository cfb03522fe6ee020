"""``kll governance``: check the decision records and the agency register, and generate the
decision index, ``decisions.json`` and ``CODEOWNERS``. Exit codes as ``kll validate``: 0 no errors,
1 errors found (or generated files out of date with ``--check``), 2 the check could not run."""

from __future__ import annotations

import json
from dataclasses import replace
import sys
from pathlib import Path
from typing import Annotated, Any, Callable, Sequence

import click
import typer
from rich.console import Console

from .checkout import require_checkout
from .language import LANG_HELP, chosen_language
from .plain_help import Typer

governance_app = Typer(no_args_is_help=True, help="Decision records, the agency register, CODEOWNERS.")
err = Console(stderr=True, emoji=False)
EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

RootOption = Annotated[Path | None, typer.Option("--root", help="Repository root (default: this checkout; required when kll is installed from a wheel).")]


def _fail(message: str) -> None:
    err.print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(EXIT_USAGE)


def command_finder(root: click.Command) -> Callable[[Sequence[str]], bool]:
    """Whether the words after ``kll`` name a command of the command tree ``root`` (options and
    arguments after the command are ignored): what ``kll governance check`` looks up the commands
    named in a decision record's Confirmation with."""

    def exists(words: Sequence[str]) -> bool:
        command: Any = root
        for word in words:
            if word.startswith("-"):
                break
            if not hasattr(command, "commands"):
                return True  # an argument of a command that exists
            command = command.commands.get(word)
            if command is None:
                return False
        return True

    return exists


@governance_app.command("check")
def check_command(
    ctx: typer.Context,
    since: Annotated[str | None, typer.Option(help="Git revision: accepted records may since have changed only in the allowed fields, and none removed or renumbered.")] = None,
    output_format: Annotated[str, typer.Option("--format", help="text (file:line: rule: message) or json.")] = "text",
    generated: Annotated[bool, typer.Option("--generated/--no-generated", help="Also check that the decision index, decisions.json and CODEOWNERS are up to date.")] = True,
    root: RootOption = None,
    language: Annotated[str | None, typer.Option("--lang", help=LANG_HELP + " (checks that have a Swedish message; the others stay in English).")] = None,
) -> None:
    """Check every decision record in docs/decisions/ and the agency register.

    With --root, the decision log of any repository laid out the same way (docs/decisions/,
    and governance/agencies.yaml or else the ecosystem's register shipped with kll).
    """
    language = chosen_language(language)
    from ..governance.check import GovernanceInputError, check_governance

    if root is None:
        require_checkout("governance check")
    if output_format not in {"text", "json"}:
        _fail("--format must be text or json")
    if language not in {"en", "sv"}:
        _fail("--lang must be en or sv")
    try:
        result = check_governance(root, since=since, generated=generated, command_exists=command_finder(ctx.find_root().command))
    except GovernanceInputError as error:
        _fail(error.message_sv if language == "sv" and error.message_sv else str(error))
    if output_format == "json":
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        for problem in result.problems:
            if language == "sv" and problem.message_sv:
                problem = replace(problem, message=problem.message_sv)
            sys.stdout.write(f"{problem}\n")
        warnings = len(result.problems) - len(result.errors)
        sys.stderr.write(f"{len(result.records)} decision records: {len(result.errors)} errors, {warnings} warnings\n")
    raise typer.Exit(EXIT_OK if result.ok else EXIT_FINDINGS)


@governance_app.command("index")
def index_command(
    check: Annotated[bool, typer.Option("--check", help="Only report files that are out of date (exit 1).")] = False,
    root: RootOption = None,
) -> None:
    """Write docs/decisions/index.sv.md and index.en.md, decisions.json and the banners of retired records."""
    from ..governance.index import write_index
    from ..artifacts.paths import repository_root

    if root is None:
        require_checkout("governance index")
    base = (root or repository_root()).resolve()
    if not (base / "docs" / "decisions").is_dir():
        _fail(f"no decision records folder at {base / 'docs' / 'decisions'}")
    changed = write_index(base, check=check)
    for path in changed:
        verb = "out of date" if check else "written"
        sys.stdout.write(f"{path.relative_to(base).as_posix()}: {verb}\n")
    if check and changed:
        sys.stderr.write("run `kll governance index` and commit the result\n")
        raise typer.Exit(EXIT_FINDINGS)


@governance_app.command("codeowners")
def codeowners_command(
    check: Annotated[bool, typer.Option("--check", help="Only report whether CODEOWNERS is out of date (exit 1).")] = False,
    root: RootOption = None,
) -> None:
    """Write .github/CODEOWNERS from the agency register (governance/agencies.yaml)."""
    from ..governance.register import codeowners, codeowners_path, read_register, register_path
    from ..validation.loaders import InputError
    from ..artifacts.paths import repository_root

    if root is None:
        require_checkout("governance codeowners")
    base = (root or repository_root()).resolve()
    source = register_path(base)
    if not source.is_file():
        _fail(f"no agency register at {source}")
    try:
        text = codeowners(read_register(source))
    except InputError as error:
        _fail(f"{source}: {error.detail_in()}")
    target = codeowners_path(base)
    current = target.read_text(encoding="utf-8") if target.is_file() else None
    if current == text:
        return
    if check:
        sys.stdout.write(f"{target.relative_to(base).as_posix()}: out of date\n")
        sys.stderr.write("run `kll governance codeowners` and commit the result\n")
        raise typer.Exit(EXIT_FINDINGS)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    sys.stdout.write(f"{target.relative_to(base).as_posix()}: written\n")
