"""The work of one request, done in a process of its own: validate or convert the stored uploads.

``kll.service.isolation`` starts this module's ``child`` in a fresh process for every validation
and conversion. A process rather than a thread because a request over its time limit must really
stop — a thread cannot be killed, a process can — and because whatever one hostile input does to
its process (memory, a parser's recursion) stays there: the server answers the next request.

The child returns the ``Report`` (or the conversion's findings) through a pipe; the parent renders
it with ``kll.render``, the renderer ``kll validate`` uses.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["Task", "Converted", "run", "child", "judge"]


@dataclass(frozen=True)
class Task:
    """What to do. ``kind`` is ``validate`` or ``convert``; ``fmt`` is None for the project's own
    formats (told by extension) or a foreign format; for a conversion, ``fmt`` reads ``paths[0]``
    and ``target`` writes ``output``."""

    kind: str
    paths: tuple[str, ...]
    fmt: str | None = None
    profile: str | None = None
    level: str = "full"
    target: str | None = None
    output: str | None = None
    reference_date: str | None = None  # validate: the day dates are judged against (None: today)


@dataclass(frozen=True)
class Converted:
    """A conversion's outcome: its findings, or ``not_that_format`` when the file is not ``fmt`` at all."""

    findings: list
    not_that_format: bool = False


def judge(report: Any, profile: str | None, level: str) -> Any:
    """The report limited to the profile's rules at ``level``, as ``kll validate --profile`` limits it."""
    if profile is None:
        return report
    from ..conformance.profiles import limit_to_profile

    return limit_to_profile(report, profile, level)


def _failed_report(paths: tuple[str, ...], error: BaseException):
    """The report of a run the validator could not finish: one ``internal.error`` per file."""
    from ..validation.catalogue import catalogue
    from ..validation.engine import ALL_STAGES, failure
    from ..validation.report import Finding, Location, Report

    rule_id, detail = failure(error)
    rule = catalogue()[rule_id]
    findings = [Finding(rule.id, rule.severity, rule.stages[0], Location(path), rule.message_en, rule.message_sv, detail) for path in paths]
    return Report(findings=findings, files=list(paths), stages=list(ALL_STAGES))


def run(task: Task) -> Any:
    """Do ``task`` in this process: a ``Report`` for a validation, ``Converted`` for a conversion."""
    from .. import adapters

    if task.kind == "validate":
        paths = [Path(p) for p in task.paths]
        try:
            if task.fmt is None:
                from ..validation.pipeline import validate

                report = validate(paths, jobs=1, profile=task.profile, reference_date=task.reference_date)
            else:
                report = adapters.validate_foreign(task.fmt, paths, jobs=1, profile=task.profile, reference_date=task.reference_date)
        except Exception as error:  # the validator failed: the report says so, file by file
            report = _failed_report(task.paths, error)
        return judge(report, task.profile, task.level)
    if task.kind == "convert":
        assert task.fmt is not None and task.target is not None and task.output is not None
        try:
            return Converted(adapters.convert(task.fmt, task.target, Path(task.paths[0]), Path(task.output)))
        except adapters.ConversionError:
            return Converted([], not_that_format=True)
    raise ValueError(f"unknown task {task.kind}")


def child(connection: Any, task: Task, memory_mb: int) -> None:
    """The process's entry point: do the task, send ``("ok", result)`` or ``("failed", (rule, where))``.

    The answer never carries an exception's message (it may quote the input), only the rule and
    the place in kll's code that ``kll.validation.engine.failure`` names."""
    os.umask(0o077)  # whatever a converter writes stays readable by this user only
    if task.paths:
        # Scratch files (validate --from writes each file converted to JSON) go into the request's
        # private folder, which the parent removes when the request ends: a process killed at the
        # deadline never runs its own clean-up, and nothing of the data may stay in the system's /tmp.
        import tempfile

        scratch = Path(task.paths[0]).parent / "scratch"
        scratch.mkdir(mode=0o700, exist_ok=True)
        tempfile.tempdir = str(scratch)
        os.environ["TMPDIR"] = str(scratch)
    if memory_mb:
        import resource

        limit = memory_mb << 20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        connection.send(("ok", run(task)))
    except BaseException as error:  # noqa: BLE001 - MemoryError included: the parent must hear of it
        from ..validation.engine import failure

        try:
            connection.send(("failed", failure(error)))
        except BaseException:  # noqa: BLE001 - the pipe is gone: the parent sees the process end
            pass
    finally:
        connection.close()
