"""The ``kll`` command line.

Exit codes: 0 success; 1 the check found problems (drift, invalid examples); 2 usage error or
unreadable input.

No command shows a traceback: an exception nobody expected is one line naming the rule
``internal.error`` and the place in kll's code, never the exception's message (it may quote the
input). ``KLL_TRACEBACK=1`` shows the traceback, for whoever debugs kll itself.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .. import __version__
from ..artifacts import paths
from .checkout import require_checkout
from .errors import cannot_write, internal_error, output_problem, write_file
from .language import LANG_HELP, chosen_language
from .plain_help import Typer

class _Guarded(Typer):
    """The root command: an exception that escapes a command ends the run with one line and exit 2."""

    def __call__(self, *args, **kwargs):
        try:
            return super().__call__(*args, **kwargs)
        except Exception as error:
            if os.environ.get("KLL_TRACEBACK") == "1":
                raise
            argv = sys.argv[1:]
            given = next((b for a, b in zip(argv, argv[1:]) if a == "--lang"), None)
            given = next((a.split("=", 1)[1] for a in argv if a.startswith("--lang=")), given)
            language = "sv" if chosen_language(given) == "sv" else "en"
            internal_error(error, language)
            sys.exit(EXIT_USAGE)


app = _Guarded(
    add_completion=False,
    no_args_is_help=True,
    help="KLL: the information model, its generated artifacts and the reference tooling.",
)
# soft_wrap: lines printed to a pipe or file are not cut at 80 columns (tables still fit the width).
out = Console(soft_wrap=True, emoji=False)  # emoji off: "dcterms:date:" must not become an emoji
err = Console(stderr=True, emoji=False)

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT
EXIT_NOT_STARTED = 3  # kll conformance run: the implementation under test could not be started


def _version(value: bool) -> None:
    if value:
        from ..artifacts.modelindex import model_index
        from ..artifacts.paths import data_source

        # the first line is what scripts read; the second says which specification is checked
        out.print(f"kll {__version__}", markup=False, highlight=False)
        out.print(f"model {model_index().model_version} ({data_source()})", markup=False, highlight=False)
        raise typer.Exit()


#: The two audiences of the command line, as help panels: those who check and convert data, and
#: those who maintain the specification (their commands need a checkout).
USERS = "For data producers and implementers"
MAINTAINERS = "For maintainers of the specification"

#: Below this many columns `kll rules` prints a block per rule rather than a table.
_RULE_TABLE_WIDTH = 160

#: The shipped conformance profiles, named in the help of every --profile option.
_PROFILES = ", ".join(sorted(path.stem for path in paths.profiles_dir().glob("*.yaml")))

#: Commands that maintain the specification itself: they read model/ and write generated/, the
#: decision index or release snapshots, so they need a checkout, never an installed package.
#: (`kll governance` decides per command: with --root it checks a decision log anywhere.)
_MAINTAINERS = {"generate", "examples", "stats", "model"}
_MAINTAINERS_CONFORMANCE = {"claims", "generate", "manifest", "results"}


@app.callback()
def main(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the package version, the model version it validates against and where that model is read from.")] = False,
) -> None:
    """KLL reference tooling."""
    if ctx.invoked_subcommand in _MAINTAINERS:
        require_checkout(ctx.invoked_subcommand)


@app.command(rich_help_panel=MAINTAINERS)
def generate(
    check: Annotated[bool, typer.Option("--check", help="Do not write; fail if generated/ differs from a fresh generation.")] = False,
    root: Annotated[Path | None, typer.Option(help="Repository root (default: this checkout).")] = None,
) -> None:
    """Regenerate generated/ from model/ (JSON Schema, SHACL, Python, JSON-LD context, OWL)."""
    from ..maintain import generation
    from ..artifacts.gaps import RegisterError, explain_warnings

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


@app.command(rich_help_panel=MAINTAINERS)
def stats(root: Annotated[Path | None, typer.Option(help="Repository root.")] = None) -> None:
    """Print model statistics: modules, classes, slots, enums and documentation coverage."""
    from ..maintain.model import load_view, micro_credential_coverage, statistics, MICRO_CREDENTIAL_ELEMENTS

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


@app.command(rich_help_panel=USERS)
def codelists() -> None:
    """List the shipped code lists with their size, version and source."""
    from ..artifacts.codelists import load, names

    table = Table(title="Shipped code lists")
    for column in ("name", "codes", "version", "title", "source (first file)"):
        table.add_column(column, overflow="fold")
    for name in names():
        codes = load(name)
        first = re.match(r"github:(\S+?)@([0-9a-f]{7})[0-9a-f]*\s+(\S+)", codes.source)
        source = f"{first[1]}@{first[2]} {first[3].rstrip(',')}" if first else codes.source
        table.add_row(name, str(len(codes)), codes.version, codes.title, source)
    out.print(table)


@app.command(rich_help_panel=MAINTAINERS)
def examples(root: Annotated[Path | None, typer.Option(help="Repository root.")] = None) -> None:
    """Check every example against the generated JSON Schema and Python classes."""
    from ..maintain.examples import check_all

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


@app.command("validate", rich_help_panel=USERS)
def validate_command(
    paths_: Annotated[list[Path], typer.Argument(metavar="PATH...", help="Files to validate together (JSON, YAML, JSON Lines, Turtle, JSON-LD).")],
    class_name: Annotated[str | None, typer.Option("--class", help="The class of the records, when the files hold records rather than a data package.")] = None,
    output_format: Annotated[str, typer.Option("--format", help="Report format: text, json, junit or sarif.")] = "text",
    language: Annotated[str | None, typer.Option("--lang", help=LANG_HELP + ".")] = None,
    stages: Annotated[str, typer.Option("--stages", help="Comma-separated stages: structural, semantic, rules.")] = "structural,semantic,rules",
    input_format: Annotated[str | None, typer.Option("--input-format", help="Override the format told by the extension: json, yaml, jsonl, turtle, jsonld.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to this file instead of standard output.")] = None,
    profile: Annotated[str | None, typer.Option(help=f"Judge by this conformance profile: {_PROFILES}.")] = None,
    level: Annotated[str, typer.Option(help="With --profile: core (MUST rules) or full (MUST + SHOULD).")] = "full",
    source_format: Annotated[str | None, typer.Option("--from", help="Validate files in a foreign format as they are, with findings located in that format's terms: emil3, elm, sssom or dcat.")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Worker processes for JSON Lines input: 1 runs in this process, 0 uses every core; never more than the cores available. Default: every core from 8 MiB of JSON Lines, else 1.")] = None,
    reference_date: Annotated[str | None, typer.Option("--reference-date", help="The day (YYYY-MM-DD) against which dates that may have passed are judged, e.g. a data flow's review date; the report names it. Default: today. Give it to get the same verdict on the same file on any day.")] = None,
) -> None:
    """Validate data files in layers and print one report.

    A record the validator fails on is a finding (internal.error) and the rest is checked.

    Exit status: 0 conformant (no violations), 1 violations found (input findings on some records
    included), 2 nothing could be read or checked, or a usage error (or a worker process that
    died), 130 interrupted.
    """
    language = chosen_language(language)
    from ..render import FORMATS, render_pieces
    from ..validation.report import Stage
    from ..validate import validate

    problems = []
    if output_format not in FORMATS:
        problems.append(f"--format must be one of {', '.join(FORMATS)}")
    if language not in {"sv", "en"}:
        problems.append("--lang must be sv or en")
    if profile is not None:
        from ..conformance.profiles import LEVELS, load_profiles

        if profile not in load_profiles() or level not in LEVELS:
            problems.append(f"--profile is one of {', '.join(load_profiles())}; --level core or full")
    try:
        chosen = [Stage(s.strip()) for s in stages.split(",") if s.strip()]
        if not chosen or Stage.INPUT in chosen:
            raise ValueError
    except ValueError:
        problems.append("--stages takes structural, semantic and rules, comma-separated")
        chosen = []
    if jobs is not None and jobs < 0:
        problems.append("--jobs takes 0 (every core) or a positive number")
    from ..validation.checks.base import parse_reference_date

    try:
        day = parse_reference_date(reference_date)
    except ValueError:
        problems.append("--reference-date takes a date, YYYY-MM-DD")
    if source_format is not None and source_format not in {"emil3", "elm", "sssom", "dcat"}:
        problems.append("--from takes emil3, elm, sssom or dcat")
    if source_format is not None and (input_format is not None or class_name is not None):
        problems.append("--from cannot be combined with --input-format or --class")
    if problems:
        for problem in problems:
            err.print(f"error: {problem}", markup=False, highlight=False)
        raise typer.Exit(EXIT_USAGE)
    if output is not None and (problem := output_problem(output)) is not None:
        raise cannot_write(output, problem, language)
    from ..adapters import ConversionError, validate_foreign
    from ..validation.engine import UsageError
    from ..validation.parallel import WorkerError

    try:
        with _progress() as advance:
            if source_format is not None:
                report = validate_foreign(source_format, paths_, stages=chosen, progress=advance, jobs=jobs, profile=profile, reference_date=day)
            else:
                report = validate(paths_, class_name=class_name, stages=chosen, input_format=input_format, progress=advance, jobs=jobs, profile=profile, reference_date=day)
    except ConversionError as error:
        from ..render._common import printable

        err.print(f"error: {printable(str(error))}", markup=False, highlight=False)
        raise typer.Exit(EXIT_USAGE)
    except UsageError as error:  # names only what the command line gave
        err.print(f"error: {error}", markup=False, highlight=False)
        raise typer.Exit(EXIT_USAGE)
    except WorkerError as error:
        err.print(f"error: {error}", markup=False, highlight=False)
        raise typer.Exit(EXIT_USAGE)
    except KeyboardInterrupt:
        err.print("interrupted", markup=False, highlight=False)
        raise typer.Exit(EXIT_INTERRUPTED)
    except Exception as error:  # the validator itself failed: the report says so, file by file
        if os.environ.get("KLL_TRACEBACK") == "1":
            raise
        internal_error(error, language)
        report = _failed_report(paths_, chosen, error)
    if profile is not None:
        from ..conformance.profiles import limit_to_profile

        limit_to_profile(report, profile, level)
    # Written as rendered: text and JSON a finding at a time, never the whole report as one text.
    pieces = render_pieces(report, output_format, language=language, color=output is None and output_format == "text" and sys.stdout.isatty())
    if output is not None:
        write_file(output, pieces, language)
    else:
        last = ""
        for piece in pieces:
            sys.stdout.write(piece)
            last = piece or last
        if not last.endswith("\n"):
            sys.stdout.write("\n")
    if report.unreadable:
        raise typer.Exit(EXIT_USAGE)
    if not report.conformant:
        raise typer.Exit(EXIT_FINDINGS)


def _failed_report(paths_: list[Path], stages, error: BaseException):
    """The report of a run the validator could not finish: one finding per file, nothing checked."""
    from ..validation.catalogue import catalogue
    from ..validation.engine import failure
    from ..validation.report import Finding, Location, Report

    rule_id, detail = failure(error)
    rule = catalogue()[rule_id]
    findings = [Finding(rule.id, rule.severity, rule.stages[0], Location(str(path)), rule.message_en, rule.message_sv, detail) for path in paths_]
    return Report(findings=findings, files=[str(p) for p in paths_], stages=list(stages))


class _progress:
    """A record counter on stderr when it is a terminal; a no-op otherwise (pipes, CI logs).

    Refreshed by the counting itself rather than by rich's refresh thread, so the process stays
    single-threaded and parallel validation can fork its workers safely."""

    def __enter__(self):
        if not sys.stderr.isatty():
            self._progress = None
            return lambda n: None
        import time

        from rich.progress import Progress, SpinnerColumn, TextColumn

        self._progress = Progress(SpinnerColumn(), TextColumn("{task.completed:,} records"), console=err, transient=True, auto_refresh=False)
        self._progress.start()
        task = self._progress.add_task("validate", total=None)
        shown = [0.0]

        def advance(n: int) -> None:
            self._progress.advance(task, n)
            now = time.monotonic()
            if now - shown[0] > 0.1:
                shown[0] = now
                self._progress.refresh()

        return advance

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()


@app.command(rich_help_panel=USERS)
def rules(
    output_format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    origin: Annotated[str | None, typer.Option(help="Only rules of this origin: generated, rules or engine.")] = None,
) -> None:
    """Print the rule catalogue: every rule ID with severity, stages, messages and source."""
    import json as json_module

    from ..validation.catalogue import catalogue

    if output_format not in {"table", "json"}:
        err.print("error: --format must be table or json", markup=False, highlight=False)
        raise typer.Exit(EXIT_USAGE)
    selected = [r for r in catalogue().values() if origin is None or r.origin == origin]
    if output_format == "json":
        sys.stdout.write(json_module.dumps([r.to_dict() for r in selected], ensure_ascii=False, indent=2) + "\n")
        return
    # A rule ID is copied into configurations and searches, so it is never broken inside: a
    # terminal too narrow for the table gets one block per rule instead.
    if out.width < _RULE_TABLE_WIDTH:
        out.print(f"KLL rule catalogue ({len(selected)} rules)", markup=False, highlight=False)
        for rule in selected:
            stages = ", ".join(s.value for s in rule.stages)
            out.print(f"\n{rule.id}  {rule.severity.value}  {stages}", markup=False, highlight=False, soft_wrap=True)
            out.print(f"  en: {rule.message_en}\n  sv: {rule.message_sv}", markup=False, highlight=False)
        return
    table = Table(title=f"KLL rule catalogue ({len(selected)} rules)")
    table.add_column("rule", no_wrap=True)
    for column in ("severity", "stages", "message (en)", "meddelande (sv)"):
        table.add_column(column, overflow="fold")
    for rule in selected:
        table.add_row(rule.id, rule.severity.value, ", ".join(s.value for s in rule.stages), rule.message_en, rule.message_sv)
    out.print(table)


from .governance import governance_app  # noqa: E402  (sub-apps are mounted after the root app exists)
from .model import model_app  # noqa: E402
from .convert import convert_command, mapping_app  # noqa: E402
from .serve import serve_command  # noqa: E402

app.add_typer(governance_app, name="governance", rich_help_panel=MAINTAINERS)
app.add_typer(model_app, name="model", rich_help_panel=MAINTAINERS)
app.add_typer(mapping_app, name="mapping", rich_help_panel=USERS)
app.command("convert", rich_help_panel=USERS)(convert_command)
app.command("serve", rich_help_panel=USERS)(serve_command)

conformance_app = Typer(no_args_is_help=True, help="Conformance suites: profiles, cases, runner, coverage, agreement.")


@conformance_app.callback()
def _conformance(ctx: typer.Context) -> None:
    """Conformance suites: profiles, cases, runner, coverage, agreement."""
    if ctx.invoked_subcommand in _MAINTAINERS_CONFORMANCE:
        require_checkout(f"conformance {ctx.invoked_subcommand}")
app.add_typer(conformance_app, name="conformance", rich_help_panel=USERS)


@conformance_app.command("run", rich_help_panel=USERS)
def conformance_run(
    profile: Annotated[str | None, typer.Option(help=f"Only the cases of this profile: {_PROFILES}.")] = None,
    level: Annotated[str, typer.Option(help="core (MUST rules) or full (MUST + SHOULD).")] = "full",
    command: Annotated[str | None, typer.Option("--implementation-command", help="Run an implementation that speaks the harness protocol on stdin/stdout (a shell-style command line).")] = None,
    url: Annotated[str | None, typer.Option("--implementation-url", help="Run an implementation behind the harness HTTP endpoint.")] = None,
    expected_failures: Annotated[Path | None, typer.Option(help="YAML mapping of case id to the reason it is expected to fail; every id must be a case of the suite.")] = None,
    allow_unexpected_pass: Annotated[bool, typer.Option("--allow-unexpected-pass", help="An expected failure that passes does not fail the run (it is still reported).")] = False,
    trace: Annotated[Path | None, typer.Option(help="Write every exchange with the implementation into this folder (one JSON file each, readable by you only; they may hold data).")] = None,
    earl: Annotated[Path | None, typer.Option(help="Write the EARL report (Turtle; .jsonld for JSON-LD) here.")] = None,
    badge: Annotated[Path | None, typer.Option(help="Write a shields.io endpoint badge JSON here.")] = None,
    summary: Annotated[Path | None, typer.Option(help="Write a Markdown summary per profile here.")] = None,
    language: Annotated[str | None, typer.Option("--lang", help=LANG_HELP + ".")] = None,
    artifacts: Annotated[str | None, typer.Option("--artifacts", help="Only the cases an implementation built on these generated artifacts can pass at the level: json-schema, shacl, python, rules (comma-separated).")] = None,
) -> None:
    """Run the conformance suite against the reference validator or another implementation.

    Exit status: 0 when the run is green (every case passes or fails as declared, and no declared
    failure passes unless --allow-unexpected-pass), 1 otherwise, 2 usage error (an expected-failures
    file naming cases the suite does not have, a trace folder that is a symbolic link) or a report
    that could not be written (the other reports are written all the same), 3 the implementation
    could not be started (no case is run).
    """
    language = chosen_language(language)
    import shlex

    from rich.text import Text

    from ..conformance.harness import ProtocolError, StartError
    from ..conformance.reports import figures_text, plain_text
    from ..conformance.runner import (
        ReferenceImplementation, UnknownExpectedFailures, check_expected_failures, load_expected_failures, run_figures, run_suite,
    )
    from .errors import say

    if command and url:
        say("error: give --implementation-command or --implementation-url, not both",
            "fel: ange --implementation-command eller --implementation-url, inte båda", language)
        raise typer.Exit(EXIT_USAGE)
    if trace is not None and not (command or url):
        say("error: --trace records an implementation's exchanges: give --implementation-command or --implementation-url",
            "fel: --trace sparar utbytet med en implementation: ange --implementation-command eller --implementation-url", language)
        raise typer.Exit(EXIT_USAGE)
    from ..conformance.profiles import LEVELS, load_profiles

    # Every option is checked before anything is made or started: a usage error leaves no trace
    # folder behind and is never reported as an implementation that could not start.
    if level not in LEVELS or (profile is not None and profile not in load_profiles()):
        what, known = ("--level", ", ".join(LEVELS)) if level not in LEVELS else ("--profile", ", ".join(load_profiles()))
        say(f"error: {what}: unknown; use one of {known}", f"fel: {what}: okänt värde; använd ett av {known}", language)
        raise typer.Exit(EXIT_USAGE)
    try:
        listed = load_expected_failures(expected_failures)
        check_expected_failures(listed)  # before the implementation is started
    except UnknownExpectedFailures as error:
        names = plain_text(", ".join(error.ids[:10]), 1000) + (f" (+{len(error.ids) - 10})" if len(error.ids) > 10 else "")
        say(f"error: {expected_failures}: names cases that are not in the suite: {names}",
            f"fel: {expected_failures}: anger testfall som inte finns i testsviten: {names}", language)
        raise typer.Exit(EXIT_USAGE)
    except (ValueError, OSError) as error:
        err.print(f"error: {plain_text(str(error))}", markup=False, highlight=False)
        raise typer.Exit(EXIT_USAGE)
    reachable = _reachable_cases(artifacts, level, language)
    if reachable is not None:  # an entry for a case out of reach is checked above, then not run
        within = {case.id for case in reachable}
        listed = {case_id: reason for case_id, reason in listed.items() if case_id in within}
    tracer = _trace_folder(trace, language) if trace is not None else None
    try:
        if command:
            from ..conformance.harness import CommandImplementation

            implementation = CommandImplementation(shlex.split(command), trace=tracer)
        elif url:
            from ..conformance.harness import HttpImplementation

            implementation = HttpImplementation(url, trace=tracer)
        else:
            implementation = ReferenceImplementation()
        try:
            start = getattr(implementation, "start", None)
            if start is not None:  # one clear error before any case, not one per case
                start()
            results = run_suite(implementation, profile=profile, level=level, expected_failures=listed, cases=reachable)
        finally:
            stop = getattr(implementation, "stop", None)
            if stop is not None:
                stop()  # ends the implementation's process or session
    except StartError as error:
        say(f"error: {error.en}", f"fel: {error.sv}", language)
        raise typer.Exit(EXIT_NOT_STARTED)
    except (ValueError, OSError, ProtocolError) as error:
        err.print(f"error: {plain_text(str(error))}", markup=False, highlight=False)
        raise typer.Exit(EXIT_USAGE)
    # Names and reasons may come from the implementation under test: printed as text, never as
    # Rich markup (a "[/x]" in a reason would end the run), with control characters escaped.
    name = plain_text(str(getattr(implementation, "name", "implementation")), 300)
    version = plain_text(str(getattr(implementation, "version", "")), 100)
    sv = language == "sv"
    for result in results:
        if result.status == "unexpected-pass":
            line = Text("OVÄNTAT GODKÄNT" if sv else "UNEXPECTED-PASS", style="yellow" if allow_unexpected_pass else "red")
            declared = plain_text(result.expected_failure or "", 500)
            line.append(f" {plain_text(result.case.id, 300)}: "
                        + (f"godkänt, men listat som förväntat misslyckande ({declared}); ta bort det ur filen" if sv
                           else f"passes, but is listed as an expected failure ({declared}); remove it from the file"))
            out.print(line, highlight=False)
        elif not result.ok:
            line = Text((_STATUS_SV.get(result.status, result.status) if sv else result.status).upper(), style="red")
            line.append(f" {plain_text(result.case.id, 300)}: {plain_text(result.reason or '', 2000)}")
            out.print(line, highlight=False)
    figures = run_figures(results, allow_unexpected_pass=allow_unexpected_pass)
    at_level = f"på nivå {level}" if language == "sv" else f"at level {level}"
    out.print(f"{name} {version}: {figures_text(figures, language)} ({at_level})", markup=False, highlight=False)
    unwritten = 0
    if tracer is not None and tracer.error is not None:
        cannot_write(Path(tracer.error.filename or trace), tracer.error, language)
        unwritten += 1
    if earl or badge or summary:
        import json as json_module

        from ..artifacts.output import write_output
        from ..conformance import reports

        def earl_text() -> str:
            graph = reports.earl_graph(results, implementation, __version__, level=level, figures=figures)
            return reports.to_jsonld(graph) if earl.suffix == ".jsonld" else reports.to_turtle(graph)

        # Each report on its own: one that cannot be built or written costs none of the others.
        # The badge holds no record data; the EARL report and the summary quote the reasons.
        planned = [
            (earl, earl_text, True),
            (badge, lambda: json_module.dumps(reports.badge(results, figures=figures), indent=2) + "\n", False),
            (summary, lambda: reports.summary_markdown(results, implementation=implementation, suite_version=__version__, level=level, figures=figures), True),
        ]
        for path, build, private in planned:
            if path is None:
                continue
            try:
                content = build()
            except Exception as error:  # kll's own failure: named by its type, never by its text
                say(f"error: {path}: not written: the report could not be built ({type(error).__name__})",
                    f"fel: {path}: skrevs inte: rapporten kunde inte byggas ({type(error).__name__})", language)
                unwritten += 1
                continue
            try:
                write_output(path, content, private=private)
            except OSError as error:
                cannot_write(path, error, language)
                unwritten += 1
    if unwritten:
        raise typer.Exit(EXIT_USAGE)
    if not figures.green:
        raise typer.Exit(EXIT_FINDINGS)


def _trace_folder(folder: Path, language: str):
    """The ``--trace`` folder as a ``Trace``, created (owner only) when missing; exit 2 when it is a
    symbolic link or cannot be a folder."""
    import errno

    from ..conformance.reports import plain_text
    from ..conformance.trace import Trace
    from .errors import say

    try:
        if not folder.is_symlink() and not folder.exists():
            folder.mkdir(mode=0o700)
        return Trace(folder)
    except OSError as error:
        if error.errno == errno.ELOOP:
            say(f"error: {folder}: the trace folder is a symbolic link, which is never followed",
                f"fel: {folder}: spårmappen är en symbolisk länk, som aldrig följs", language)
        elif error.errno == errno.ENOTEMPTY:
            say(f"error: {folder}: the trace folder is not empty (files of an earlier run would read as this run's); give a new or empty folder",
                f"fel: {folder}: spårmappen är inte tom (filer från en tidigare körning skulle läsas som den här körningens); ange en ny eller tom mapp", language)
        else:
            reason = plain_text(error.strerror or type(error).__name__, 200)
            say(f"error: {folder}: the trace folder cannot be used ({reason})",
                f"fel: {folder}: spårmappen kan inte användas ({reason})", language)
        raise typer.Exit(EXIT_USAGE) from None


#: The status words of the run's lines in Swedish (the grader's reasons after them are English).
_STATUS_SV = {"failed": "underkänt", "skipped": "överhoppat", "errored": "fel vid körning"}


def _reachable_cases(artifacts: str | None, level: str, language: str):
    """The cases ``--artifacts`` selects (None: every case); an unknown artifact is a usage error."""
    if artifacts is None:
        return None
    from ..conformance.levels import UnknownArtifacts, parse_artifacts, reachable_cases
    from .errors import say

    try:
        return reachable_cases(parse_artifacts(artifacts), level=level)
    except UnknownArtifacts as error:
        say(f"error: --artifacts: unknown artifacts {', '.join(error.names)}; use json-schema, shacl, python or rules (comma-separated)",
            f"fel: --artifacts: okända artefakter {', '.join(error.names)}; använd json-schema, shacl, python eller rules (kommaseparerade)", language)
        raise typer.Exit(EXIT_USAGE)


@conformance_app.command("check-data", rich_help_panel=USERS)
def conformance_check_data(
    paths_: Annotated[list[Path], typer.Argument(metavar="PATH...", help="Your data files.")],
    profile: Annotated[str, typer.Option(help=f"The profile to check against: {_PROFILES}.")],
    level: Annotated[str, typer.Option(help="core or full.")] = "full",
    class_name: Annotated[str | None, typer.Option("--class", help="The class of the records, for files of records.")] = None,
    output_format: Annotated[str, typer.Option("--format", help="text, json, junit or sarif.")] = "text",
    language: Annotated[str | None, typer.Option("--lang", help=LANG_HELP + ".")] = None,
) -> None:
    """Tell whether your own files conform to a profile: the validator's report, limited to the
    profile's rules at the level. Exit 0 conformant, 1 not, 2 nothing could be read or a usage error."""
    language = chosen_language(language)
    validate_command(
        paths_, class_name=class_name, output_format=output_format, language=language,
        stages="structural,semantic,rules", input_format=None, output=None, profile=profile, level=level,
    )


@conformance_app.command("claims", rich_help_panel=MAINTAINERS)
def conformance_claims(
    language: Annotated[str | None, typer.Option("--lang", help=LANG_HELP + ".")] = None,
) -> None:
    """Check the implementers' claims in conformance/claims/ (the EARL reports the site's results
    page shows) and print each one's figures per profile. Exit 1 when a report is invalid."""
    from rich.text import Text

    from ..conformance.claims import check_claims
    from ..conformance.reports import plain_text

    language = chosen_language(language)
    sv = language == "sv"
    checked = check_claims()
    # Names, versions and profiles are the report's own text: printed as text, never as markup.
    columns = ("profil", "godkända", "underkända", "överhoppade", "fel vid körning") if sv else ("profile", "passed", "failed", "skipped", "errored")
    for claim in checked.claims:
        who = f"{plain_text(claim.name, 300)} {plain_text(claim.version, 100)}"
        facts = (f"testsvit {plain_text(claim.suite_version, 100)}, nivå {claim.level}" if sv
                 else f"suite {plain_text(claim.suite_version, 100)}, level {claim.level}")
        table = Table(title=Text(f"{claim.file}: {who} ({facts})"), title_justify="left")
        for column in columns:
            table.add_column(column, justify="left" if column in {"profil", "profile"} else "right")
        for profile in claim.profiles:
            percent = "–" if profile.percent is None else f"{profile.percent} %"
            table.add_row(Text(plain_text(profile.profile, 200)), f"{profile.passed}/{profile.total} ({percent})",
                          str(profile.failed), str(profile.skipped), str(profile.errored))
        out.print(table)
    if not checked.claims:
        out.print("Inga anspråk finns i conformance/claims/." if sv else "No claims in conformance/claims/.", markup=False, highlight=False)
    for finding in checked.findings:
        err.print(plain_text(finding.message(language), 2000), markup=False, highlight=False)
    if not checked.valid:
        raise typer.Exit(EXIT_FINDINGS)


@conformance_app.command("coverage", rich_help_panel=MAINTAINERS)
def conformance_coverage() -> None:
    """The coverage gate: rules, cases, and rules lacking a firing case or a valid case (must be 0)."""
    from ..conformance.cases import load_cases
    from ..conformance.coverage import coverage

    result = coverage(load_cases())
    out.print(f"rules: {result.rules}; cases: {result.cases}; rules without a case where they fire: "
              f"{len(result.without_firing_case)}; rules without a valid case of their element: {len(result.without_valid_case)}", highlight=False)
    for rule in result.without_firing_case:
        out.print(f"  no firing case: {rule}", highlight=False)
    for rule in result.without_valid_case:
        out.print(f"  no valid case: {rule}", highlight=False)
    if not result.complete:
        raise typer.Exit(EXIT_FINDINGS)


@conformance_app.command("generate", rich_help_panel=MAINTAINERS)
def conformance_generate(check: Annotated[bool, typer.Option("--check", help="Fail if the generated cases are out of date.")] = False) -> None:
    """Regenerate conformance/cases/generated from the model's rules and the examples."""
    from ..conformance.cases import cases_dir
    from ..conformance.generate import generate_case_files, write_case_files

    if check:
        stale = [name for name, text in generate_case_files().items() if not (cases_dir() / name).is_file() or (cases_dir() / name).read_text(encoding="utf-8") != text]
        for name in stale:
            err.print(f"changed: conformance/cases/{name}", markup=False)
        if stale:
            err.print("run `kll conformance generate` and commit the result.", markup=False)
            raise typer.Exit(EXIT_FINDINGS)
        out.print("generated conformance cases are up to date.")
        return
    for name in write_case_files():
        out.print(f"wrote conformance/cases/{name}", highlight=False)


@conformance_app.command("manifest", rich_help_panel=MAINTAINERS)
def conformance_manifest(
    directory: Annotated[Path, typer.Argument(help="Folder to write manifest.ttl and its data graphs into.")],
) -> None:
    """Write a W3C-style test manifest (mf:Manifest, sht:Validate entries) of the cases that SHACL
    alone can judge, with one data graph per entry, so any SHACL engine can run that part."""
    from ..conformance.cases import load_cases
    from ..conformance.reports import manifest_graph, to_turtle

    directory.mkdir(parents=True, exist_ok=True)
    graph = manifest_graph(load_cases(), base=directory, data_dir=directory / "data")
    (directory / "manifest.ttl").write_text(to_turtle(graph), encoding="utf-8")
    out.print(f"wrote {directory / 'manifest.ttl'}", highlight=False)


@conformance_app.command("matrix", rich_help_panel=MAINTAINERS)
def conformance_matrix(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the per-case matrix (JSON) here.")] = None,
) -> None:
    """The agreement matrix: each case judged by JSON Schema, SHACL, the Python classes and the
    rules stage separately; exit 1 on any disagreement the known-gaps register does not declare."""
    from ..conformance.agreement import ARTIFACTS, declared_gap, matrix, to_json
    from ..conformance.cases import load_cases

    judgements = matrix(load_cases())
    table = Table(title="Agreement with the expected outcome")
    for column in ("artifact", "agree", "declared disagreement", "undeclared", "n/a"):
        table.add_column(column)
    undeclared = []
    for artifact in ARTIFACTS:
        rows = [j for j in judgements if j.artifact == artifact]
        declared = [j for j in rows if j.agrees is False and declared_gap(j)]
        missing = [j for j in rows if j.agrees is False and not declared_gap(j)]
        undeclared += missing
        table.add_row(artifact, str(sum(j.agrees is True for j in rows)), str(len(declared)), str(len(missing)), str(sum(j.agrees is None for j in rows)))
    out.print(table)
    for j in undeclared:
        out.print(f"[red]undeclared[/] {j.artifact} says {j.verdict} on {j.case.id}", highlight=False)
    if output:
        output.write_text(to_json(judgements) + "\n", encoding="utf-8")
    if undeclared:
        raise typer.Exit(EXIT_FINDINGS)


@conformance_app.command("results", rich_help_panel=MAINTAINERS)
def conformance_results(
    check: Annotated[bool, typer.Option("--check", help="Only compare with the recorded results (exit 1 if they differ).")] = False,
) -> None:
    """Run the suite and the agreement matrix and record the summary in
    conformance/results/reference.json (the published results page shows it) and each case's
    judgement by each artifact in conformance/results/agreement.json (the levels page and
    `kll conformance run --artifacts` read it)."""
    from ..conformance import levels
    from ..conformance.agreement import matrix
    from ..conformance.cases import load_cases
    from ..conformance.results import dumps, results_path, summarise, timing, timing_path
    from ..conformance.runner import ReferenceImplementation, run_suite
    from ..artifacts.modelindex import model_index

    import time

    cases = load_cases()
    started = time.monotonic()
    suite = run_suite(ReferenceImplementation(), cases=cases)
    seconds = time.monotonic() - started
    judgements = matrix(cases)
    version = model_index().model_version
    records = [(results_path(), dumps(summarise(suite, judgements, suite_version=version))),
               (levels.agreement_path(), levels.dumps(judgements, suite_version=version))]
    if check:
        stale = [path for path, text in records if not path.is_file() or path.read_text(encoding="utf-8") != text]
        for path in stale:
            err.print(f"{path} is out of date: run `kll conformance results`", markup=False, highlight=False)
        if stale:
            raise typer.Exit(EXIT_FINDINGS)
        return
    from ..artifacts.output import write_output

    for path, text in records:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_output(path, text, private=False)  # committed files, readable by all
        out.print(f"wrote {path}", highlight=False)
    # the guides show this run's duration (the kll:count suitetime marker of the site)
    timing_path().write_text(timing(seconds, len(cases), model_index().model_version), encoding="utf-8")


def run() -> None:  # pragma: no cover - console entry point used by python -m kll
    sys.exit(app())


# Data producers' commands first in `kll --help`: a panel is placed where its first command is.
app.registered_commands.sort(key=lambda command: command.rich_help_panel != USERS)
app.registered_groups.sort(key=lambda group: group.rich_help_panel != USERS)
