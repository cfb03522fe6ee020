"""``kll model``: compare versions of the model and freeze release snapshots.

Mounted in :mod:`kll.cli` as ``kll model``. Exit codes as everywhere in ``kll``: 0 the check
passes, 1 it found a problem (a version gate failure, a changed release snapshot), 2 bad input.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..artifacts import paths
from .language import LANG_HELP, LANGUAGES, chosen_language, default_language
from .plain_help import Typer

if TYPE_CHECKING:
    from ..maintain.modeldiff import SourceError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

model_app = Typer(
    no_args_is_help=True,
    help="The model's versions: classify the changes between two versions, freeze release snapshots.",
)


def _fail(message: str, code: int, *, sv: str | None = None, language: str = "en") -> typer.Exit:
    """Print ``message`` (or its Swedish ``sv`` for a Swedish user) and make the exit."""
    typer.echo(f"fel: {sv}" if language == "sv" and sv is not None else f"error: {message}", err=True)
    return typer.Exit(code)


def _source_failure(error: SourceError, language: str) -> typer.Exit:
    """A model source that cannot be read, said in ``language``: bad input, exit 2."""
    from ..render._common import printable

    # A path or revision the user typed may hold characters a terminal would act on.
    return _fail(printable(error.message("en")), EXIT_USAGE, sv=printable(error.message("sv")), language=language)


def _shown(path: Path, root: Path | None) -> str:
    """A path as the user would type it: relative to the repository root when inside it."""
    base = (root or paths.repository_root()).resolve()
    try:
        return path.resolve().relative_to(base).as_posix()
    except ValueError:
        return str(path)


@model_app.command("diff")
def diff_command(
    old: Annotated[str | None, typer.Argument(help="The old version: a model directory, a root .yaml, a snapshot .json or git:REV. Default: the latest release snapshot in model/releases.")] = None,
    new: Annotated[str | None, typer.Argument(help="The new version, in the same forms. Default: the working tree's model/.")] = None,
    output_format: Annotated[str, typer.Option("--format", help="text (for a terminal), markdown (for a pull-request comment) or json.")] = "text",
    language: Annotated[str | None, typer.Option("--lang", help=LANG_HELP + " (text and markdown; json is data).")] = None,
    root: Annotated[Path | None, typer.Option(help="Repository root (default: this checkout); git:REV reads its repository.")] = None,
) -> None:
    """Classify every change between two versions of the model and check the version bump.

    Breaking changes need a major bump (a minor one while the major version is 0), other changes
    a minor bump (a patch one in 0.x), documentation changes a patch bump. An element may only be
    removed after it was deprecated with a `deprecated_in` annotation.

    The report says the verdict and the required bump first, then the changes grouped: the same
    change on many classes (a slot they inherit) is shown once with the list of classes, and
    patterns, ranges and bounds are put in words beside their raw form.

    Exit status: 0 the version gate passes, 1 it fails, 2 a source cannot be read.
    """
    # Imported here, not at the top: every `kll` command loads this module to list its subcommands.
    from ..maintain.modeldiff import Source, SourceError, compare, latest_release, load_snapshot_file, load_source, releases_dir, snapshot_of_schema

    from ..maintain.diffreport import render_markdown, render_text

    if language is not None and language not in LANGUAGES:
        # The language asked for is unknown: the message is in the locale's.
        raise _fail("--lang must be sv or en", EXIT_USAGE, sv="--lang måste vara sv eller en", language=default_language())
    language = chosen_language(language)
    if output_format not in {"text", "markdown", "json"}:
        raise _fail("--format must be text, markdown or json", EXIT_USAGE, sv="--format måste vara text, markdown eller json", language=language)
    try:
        if old is None:
            latest = latest_release(root)
            if latest is None:
                where = _shown(releases_dir(root), root)
                raise _fail(f"no release snapshot in {where}/: give OLD", EXIT_USAGE,
                            sv=f"ingen ögonblicksbild av en utgåva i {where}/: ange OLD", language=language)
            old_source = Source(_shown(latest, root), load_snapshot_file(latest))
        else:
            old_source = load_source(old, root)
        if new is None:
            model = paths.model_dir(root)
            new_source = Source(_shown(model, root) + "/", snapshot_of_schema(paths.root_schema(root)))
        else:
            new_source = load_source(new, root)
    except SourceError as error:
        raise _source_failure(error, language)
    comparison = compare(old_source, new_source)
    renderers = {"json": lambda: comparison.to_json(), "markdown": lambda: render_markdown(comparison, language),
                 "text": lambda: render_text(comparison, language)}
    sys.stdout.write(renderers[output_format]())
    if not comparison.gate.ok:
        raise typer.Exit(EXIT_FINDINGS)


@model_app.command("snapshot")
def snapshot_command(
    check: Annotated[bool, typer.Option("--check", help="Do not write; fail if the current version's release snapshot differs from the model.")] = False,
    root: Annotated[Path | None, typer.Option(help="Repository root (default: this checkout).")] = None,
    language: Annotated[str | None, typer.Option("--lang", help=LANG_HELP + " (the messages).")] = None,
) -> None:
    """Freeze the model as model/releases/<version>.json, the release snapshot of its version.

    Released versions are immutable: an existing snapshot is never overwritten with different
    content. With --check, fail when the snapshot of the current version exists and differs from
    the model, which means the model changed without a version bump.

    Exit status: 0 written or up to date, 1 the snapshot differs (or the model's versions are not
    plain X.Y.Z or disagree between modules), 2 the model cannot be read.
    """
    from ..maintain.modeldiff import SourceError, diff, dumps_snapshot, load_snapshot_file, module_problems, parse_version, releases_dir, snapshot_of_schema

    if language is not None and language not in LANGUAGES:
        raise _fail("--lang must be sv or en", EXIT_USAGE, sv="--lang måste vara sv eller en", language=default_language())
    language = chosen_language(language)
    try:
        current = snapshot_of_schema(paths.root_schema(root))
    except SourceError as error:
        raise _source_failure(error, language)
    from ..artifacts.output import write_output
    from ..maintain.diffwords import detail, kind_label, problem_message
    from ..render._common import printable

    sv = language == "sv"
    version = current.get("version")
    if parse_version(version) is None:
        # The version is text from the model file: what is wrong with it is said, not the text.
        raise _fail("cannot snapshot this model: its version is not a semantic version X.Y.Z", EXIT_FINDINGS,
                    sv="kan inte frysa modellen: dess version är inte en semantisk version X.Y.Z", language=language)
    mismatched = module_problems(current)
    if mismatched:
        problems = {lang: printable("; ".join(problem_message(p, lang) for p in mismatched)) for lang in ("en", "sv")}
        raise _fail(f"cannot snapshot this model: {problems['en']}", EXIT_FINDINGS,
                    sv=f"kan inte frysa modellen: {problems['sv']}", language=language)
    target = releases_dir(root) / f"{version}.json"
    shown = _shown(target, root)
    if target.exists():
        try:
            frozen = load_snapshot_file(target)
        except SourceError as error:
            raise _source_failure(error, language)
        if frozen == current:
            typer.echo(f"{shown} stämmer med modellen ({version})." if sv else f"{shown} is up to date with the model ({version}).")
            return
        changes = diff(frozen, current)
        for change in changes[:20]:
            said = detail(change, language)
            words = f": {said.words}" if said is not None else ""
            typer.echo(printable(f"  {kind_label(change.kind, language)}  {change.element}{words}"), err=True)
        if len(changes) > 20:
            more = len(changes) - 20
            typer.echo(f"  … och {more} till (se `kll model diff`)" if sv else f"  … and {more} more (see `kll model diff`)", err=True)
        count = len(changes)
        raise _fail(
            f"{shown} differs from the model at version {version} ({count} {'change' if count == 1 else 'changes'}): "
            "released versions are immutable; bump the version",
            EXIT_FINDINGS,
            sv=f"{shown} skiljer sig från modellen i version {version} ({count} {'ändring' if count == 1 else 'ändringar'}): "
               "en utgiven version ändras aldrig; höj versionen",
            language=language,
        )
    if check:
        typer.echo(f"ingen ögonblicksbild av version {version} ännu: versionen är inte utgiven." if sv
                   else f"no release snapshot for {version} yet: the version is unreleased.")
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    write_output(target, dumps_snapshot(current), private=False)
    typer.echo(f"skrev {shown} (modellen {version})." if sv else f"wrote {shown} (model {version}).")
