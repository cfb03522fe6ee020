"""Run conformance cases against an implementation and grade the outcomes.

An implementation is anything with a ``name``, a ``version`` and ``run(case, directory) ->
Outcome``: the reference validator (``ReferenceImplementation``), or another implementation
plugged in through the harness (``kll.conformance.harness``).

Grading: a case passes when the verdict (conformant or not) is the expected one and the reported
findings — rule ID and severity, restricted to the rules of the case's profile at the chosen level —
are exactly the expected ones, and every reported rule ID is one of the rule catalogue (an unknown
rule ID fails the case, whatever else matches, and is named in the reason). Skipped and errored
cases do not pass. A case listed in an expected-failures file is graded as usual but reported as an
expected failure, so a known gap keeps a run green without hiding it; an expected failure that
passes (an *unexpected pass*) fails the run unless the caller allows it.

``run_figures`` gives the one set of figures of a run that the terminal, the badge, the Markdown
summary and the EARL report all state.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Protocol, Sequence

import yaml

from .. import __version__
from .cases import Case, load_cases
from .profiles import LEVELS, load_profiles

__all__ = [
    "Outcome", "CaseResult", "Implementation", "ReferenceImplementation", "grade", "run_suite",
    "load_expected_failures", "VERDICTS", "RunFigures", "run_figures", "UnknownExpectedFailures", "check_expected_failures",
    "unknown_rule_ids",
]

VERDICTS = ("conformant", "not-conformant", "skipped", "errored")
_MAX_LISTED = 10  # names listed in one reason or message before "and N more"


@dataclass(frozen=True)
class Outcome:
    """What an implementation said about one case."""

    verdict: str  # one of VERDICTS
    findings: tuple[tuple[str, str], ...] = ()  # (rule, severity), one entry per finding
    message: str | None = None


@dataclass(frozen=True)
class CaseResult:
    case: Case
    outcome: Outcome
    passed: bool
    reason: str | None = None
    expected_failure: str | None = None  # the declared reason, when the case is listed as one

    @property
    def status(self) -> str:
        """passed | failed | expected-failure | unexpected-pass | skipped | errored"""
        if self.outcome.verdict in {"skipped", "errored"} and not self.expected_failure:
            return self.outcome.verdict
        if self.expected_failure:
            return "unexpected-pass" if self.passed else "expected-failure"
        return "passed" if self.passed else "failed"

    @property
    def ok(self) -> bool:
        """Whether the result keeps a run green."""
        return self.status in {"passed", "expected-failure"}


class Implementation(Protocol):
    name: str
    version: str

    def run(self, case: Case, directory: Path) -> Outcome: ...


@dataclass
class ReferenceImplementation:
    """The reference validator (``kll.validate``), in process."""

    name: str = "kll reference validator"
    version: str = __version__

    def run(self, case: Case, directory: Path) -> Outcome:
        from ..validation.pipeline import validate

        return self._outcome(case.write(directory), case)

    @staticmethod
    def _outcome(path: Path, case: Case) -> Outcome:
        from ..validation.pipeline import validate

        # The case's profile: the rules only that profile turns on are judged in its cases.
        report = validate([path], class_name=case.class_name if case.kind == "record" else None, stages=case.stages, profile=case.profile, reference_date=case.reference_date)
        findings = tuple(sorted((f.rule, f.severity.value) for f in report.findings if f.severity.value != "info"))
        return Outcome("conformant" if report.conformant else "not-conformant", findings)


def _listed(names: Iterable[str], limit: int = _MAX_LISTED) -> str:
    """Names (maybe someone else's text) as one bounded list, each with every character a terminal
    would act on shown as an escape (as ``reports.plain_text``, which imports this module)."""
    from ..render._common import printable

    def bounded(name: str, length: int = 100) -> str:
        text = printable(str(name)[: length + 1])
        return text if len(text) <= length else text[:length] + "…"

    names = list(names)
    shown = ", ".join(bounded(name) for name in names[:limit])
    return shown + (f" (and {len(names) - limit} more)" if len(names) > limit else "")


def unknown_rule_ids(outcome: Outcome) -> list[str]:
    """The rule IDs of ``outcome``'s findings that the rule catalogue does not have, sorted."""
    from ..validation.catalogue import catalogue

    known = catalogue()
    return sorted({rule for rule, _ in outcome.findings if rule not in known})


def grade(case: Case, outcome: Outcome, level: str = "full", base: Outcome | None = None) -> tuple[bool, str | None]:
    """Whether ``outcome`` is what ``case`` expects at ``level``; if not, why.

    For a patch case, ``base`` is the outcome for the unchanged example, and only the findings the
    patch adds are compared. A finding whose rule ID is not in the rule catalogue fails the case
    whatever else matches: the reason starts with ``unknown rule IDs: …``.
    """
    if outcome.verdict in {"skipped", "errored"}:
        return False, f"{outcome.verdict}: {outcome.message or 'no reason given'}"
    unknown = unknown_rule_ids(outcome)
    passed, reason = _grade_known(case, outcome, level, base)
    if unknown:
        found = f"unknown rule IDs: {_listed(unknown)}"
        return False, found if passed else f"{found}; {reason}"
    return passed, reason


def _grade_known(case: Case, outcome: Outcome, level: str, base: Outcome | None) -> tuple[bool, str | None]:
    """``grade`` for the verdict and the findings of catalogue rules."""
    expected_verdict = "conformant" if case.expected.conformant else "not-conformant"
    if outcome.verdict != expected_verdict:
        return False, f"verdict {outcome.verdict}, expected {expected_verdict}"
    in_scope = load_profiles()[case.profile].rules(level)
    severities = {s.value for s in LEVELS[level]}
    expected = {f for f in case.expected.at_level(level) if f[1] in severities}
    relevant = [f for f in outcome.findings if f[1] in severities and (f[0] in in_scope or f in case.expected.findings)]
    if base is not None:  # what the patch added: a multiset difference, so a rule the example
        relevant = list((Counter(relevant) - Counter(base.findings)).elements())  # already breaks elsewhere still counts
    reported = set(relevant)
    if reported != expected:
        missing = sorted(expected - reported)
        extra = sorted(reported - expected)
        return False, "; ".join(part for part in (f"missing {missing}" if missing else "", f"unexpected {extra}" if extra else "") if part)
    return True, None


def _base_case(case: Case) -> Case:
    """The unchanged example of a patch case, as a case of its own (a patch with no operations)."""
    from dataclasses import replace

    return replace(case, id=f"{case.id}-base", data={**case.data, "operations": []})


def load_expected_failures(path: Path | None) -> dict[str, str]:
    """An expected-failures file: ``{case id: reason}`` (YAML mapping)."""
    if path is None:
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except UnicodeDecodeError:
        raise ValueError(f"{path}: an expected-failures file is UTF-8 text") from None
    except yaml.YAMLError as error:  # the place, not the text: the parser's message quotes the file
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        raise ValueError(f"{path}: an expected-failures file that is not YAML{where}") from None
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in data.items()):
        raise ValueError(f"{path}: an expected-failures file maps case ids to non-empty reasons")
    return data


class UnknownExpectedFailures(ValueError):
    """An expected-failures file names cases the suite does not have (``ids``, sorted)."""

    def __init__(self, ids: Sequence[str]) -> None:
        self.ids = list(ids)
        super().__init__(f"the expected-failures file names cases that are not in the suite: {_listed(self.ids)}")


@dataclass(frozen=True)
class RunFigures:
    """The figures of a run, defined once for every place that states them.

    ``passed`` counts every case graded as passing, unexpected passes included; ``failed``,
    ``expected_failures``, ``skipped`` and ``errored`` the rest, so the five add up to ``total``.
    ``unexpected_passes`` (a part of ``passed``) are listed expected failures that passed. The pass
    rate is ``passed / total``; ``percent`` is it in whole per cent, rounded down (100 only when
    every case passed). The run is ``green`` when it has cases and none failed, was skipped or
    errored, and no expected failure passed (unless unexpected passes are allowed).
    """

    total: int
    passed: int
    failed: int
    expected_failures: int
    unexpected_passes: int
    skipped: int
    errored: int
    green: bool

    @property
    def pass_rate(self) -> float | None:
        return None if self.total == 0 else self.passed / self.total

    @property
    def percent(self) -> int | None:
        return None if self.total == 0 else (100 * self.passed) // self.total


def check_expected_failures(expected_failures: dict[str, str], suite: Iterable[Case] | None = None) -> None:
    """Raise ``UnknownExpectedFailures`` when an entry names a case that is not in ``suite``
    (default: the whole suite). Checked against the whole suite, not a profile's cases, so that one
    file can serve the runs of every profile."""
    unknown = sorted(set(expected_failures) - {c.id for c in (suite if suite is not None else load_cases())})
    if unknown:
        raise UnknownExpectedFailures(unknown)


def run_figures(results: Iterable[CaseResult], *, allow_unexpected_pass: bool = False) -> RunFigures:
    """The figures of ``results`` (see ``RunFigures``)."""
    statuses = Counter(result.status for result in results)
    total = sum(statuses.values())
    unexpected = statuses["unexpected-pass"]
    green = total > 0 and not (statuses["failed"] or statuses["skipped"] or statuses["errored"]) and (allow_unexpected_pass or not unexpected)
    return RunFigures(
        total=total, passed=statuses["passed"] + unexpected, failed=statuses["failed"],
        expected_failures=statuses["expected-failure"], unexpected_passes=unexpected,
        skipped=statuses["skipped"], errored=statuses["errored"], green=green,
    )


def _crashed(error: Exception) -> Outcome:
    """An errored outcome for an implementation that raised: its type only, since an exception's
    text may quote the case's data."""
    return Outcome("errored", message=f"the implementation failed on the case ({type(error).__name__})")


def run_suite(
    implementation: Implementation,
    *,
    cases: Iterable[Case] | None = None,
    profile: str | None = None,
    level: str = "full",
    expected_failures: dict[str, str] | None = None,
) -> list[CaseResult]:
    """Run (the selected) cases against an implementation, in case-id order.

    Raises ``UnknownExpectedFailures`` when ``expected_failures`` names a case that is not among
    ``cases`` (default: the whole suite), whatever ``profile`` selects.
    """
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; use {', '.join(LEVELS)}")
    if profile is not None and profile not in load_profiles():
        raise ValueError(f"unknown profile {profile!r}; known: {', '.join(load_profiles())}")
    suite = list(cases if cases is not None else load_cases())
    selected = sorted((c for c in suite if profile is None or c.profile == profile), key=lambda c: c.id)
    expected_failures = expected_failures or {}
    check_expected_failures(expected_failures, suite)
    results = []
    with tempfile.TemporaryDirectory(prefix="kll-conformance-") as scratch:
        bases: dict = {}
        for case in selected:
            try:
                outcome = implementation.run(case, Path(scratch))
            except Exception as error:  # an implementation's crash is a result, not the runner's
                outcome = _crashed(error)
            base = None
            if case.kind == "patch" and outcome.verdict not in {"skipped", "errored"}:
                key = (case.data["base"], repr(case.data.get("base_operations")), case.stages)
                if key not in bases:
                    base_case = _base_case(case)
                    try:
                        bases[key] = implementation.run(base_case, Path(scratch))
                    except Exception as error:
                        bases[key] = _crashed(error)
                base = bases[key]
            passed, reason = grade(case, outcome, level, base)
            results.append(CaseResult(case, outcome, passed, reason, expected_failures.get(case.id)))
    return results
