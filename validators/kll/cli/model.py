"""``kll model``: compare versions of the model and freeze release snapshots.

Mounted in :mod:`kll.cli` as ``kll model``. Exit codes as everywhere in ``kll``: 0 the check
passes, 1 it found a problem (a version gate failure, a changed release snapshot), 2 bad input.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..artifacts import paths
from .language import LANG_HELP, LANGUAGES, chosen_language, default_language
from .plain_help import Typer

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

model_app = Typer(
    no_args_is_help=True,
    help="The model's versions: classify the changes between two versions, freeze release snapshots.",
)


def _fail(message: str, code: int, *, sv: str | None = None, language: str = "en") -> typer.Exit:
    """Print ``message`` (or its Swedish ``sv`` for a Swedish user) and make the exit."""
    typer.echo(f"fel: {sv}" if language == "sv" and sv is not None else f"error: {message}", err=True)
    return typer.Exit(code)


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
        raise _fail(str(error), EXIT_USAGE)
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
) -> None:
    """Freeze the model as model/releases/<version>.json, the release snapshot of its version.

    Released versions are immutable: an existing snapshot is never overwritten with different
    content. With --check, fail when the snapshot of the current version exists and differs from
    the model, which means the model changed without a version bump.

    Exit status: 0 written or up to date, 1 the snapshot differs (or the model's versions are not
    plain X.Y.Z or disagree between modules), 2 the model cannot be read.
    """
    from ..maintain.modeldiff import SourceError, diff, dumps_snapshot, load_snapshot_file, module_problems, parse_version, releases_dir, snapshot_of_schema

    try:
        current = snapshot_of_schema(paths.root_schema(root))
    except SourceError as error:
        raise _fail(str(error), EXIT_USAGE)
    version = current.get("version")
    if parse_version(version) is None:
        raise _fail(f"cannot snapshot this model: its version {version!r} is not a semantic version X.Y.Z", EXIT_FINDINGS)
    mismatched = module_problems(current)
    if mismatched:
        raise _fail("cannot snapshot this model: " + "; ".join(p.message for p in mismatched), EXIT_FINDINGS)
    target = releases_dir(root) / f"{version}.json"
    shown = _shown(target, root)
    if target.exists():
        try:
            frozen = load_snapshot_file(target)
        except SourceError as error:
            raise _fail(str(error), EXIT_USAGE)
        if frozen == current:
            typer.echo(f"{shown} is up to date with the model ({version}).")
            return
        changes = diff(frozen, current)
        for change in changes[:20]:
            typer.echo(f"  {change.kind}  {change.element}: {change.detail}", err=True)
        if len(changes) > 20:
            typer.echo(f"  … and {len(changes) - 20} more (see `kll model diff`)", err=True)
        raise _fail(
            f"{shown} differs from the model at version {version} ({len(changes)} {'change' if len(changes) == 1 else 'changes'}): "
            "released versions are immutable; bump the version",
            EXIT_FINDINGS,
        )
    if check:
        typer.echo(f"no release snapshot for {version} yet: the version is unreleased.")
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(dumps_snapshot(current), encoding="utf-8")
    typer.echo(f"wrote {shown} (model {version}).")
