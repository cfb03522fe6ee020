"""What each level of a profile demands, and which of it each generated artifact can reach.

The agreement matrix (``kll.conformance.agreement``) takes a minute to compute, so its per-case
verdicts are recorded in ``conformance/results/agreement.json`` by ``kll conformance results``
(and compared with a fresh matrix by ``kll conformance results --check``). This module reads that
record and answers two questions an implementer asks:

* *Which cases can an implementation built on these artifacts pass?* (``reachable_cases``, behind
  ``kll conformance run --artifacts``). An implementation that runs several artifacts rejects a
  case when any of them rejects it, and reports the warnings any of them reports; a case is within
  reach when that combined verdict is the expected one and, at level ``full``, every warning the
  case expects is reported. An artifact that cannot read a case's input (JSON Schema and the
  Python classes on Turtle) gives no verdict there.
* *Which of a profile's rules can an artifact express?* (``level_figures``). A rule is expressible
  by an artifact when, on every case of the suite that fires the rule, the artifact reaches the
  expected verdict and, for a warning rule, reports that warning. JSON Schema and the Python
  classes know no severity below "invalid", so no warning rule is expressible by them.

The record holds facts only (each artifact's verdict, and the expected warnings it did not
report); what they mean for a level is computed here, from the cases and the profiles.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Iterable, Sequence

from ..artifacts.paths import repository_root
from .agreement import ARTIFACTS, Judgement
from .cases import Case, load_cases
from .profiles import LEVELS, Profile

__all__ = [
    "AGREEMENT_PATH", "agreement_path", "Recorded", "dumps", "load_recorded", "UnknownArtifacts",
    "parse_artifacts", "reaches", "reachable_cases", "ArtifactFigures", "LevelFigures", "level_figures",
]

AGREEMENT_PATH = Path("conformance") / "results" / "agreement.json"


def agreement_path(root: Path | None = None) -> Path:
    """Where the per-case verdicts of the agreement matrix are recorded."""
    return (root or repository_root()) / AGREEMENT_PATH


@dataclass(frozen=True)
class Recorded:
    """One case's recorded judgements: each artifact's verdict (``valid``, ``invalid`` or ``n/a``)
    and, per artifact, the warnings the case expects that the artifact did not report."""

    verdicts: dict[str, str]
    unreported: dict[str, frozenset[str]]


def _expected_warnings(case: Case) -> frozenset[str]:
    return frozenset(rule for rule, severity in case.expected.findings if severity == "warning")


def dumps(judgements: Iterable[Judgement], *, suite_version: str) -> str:
    """The text of ``agreement.json``: one line per case, in case-id order, so that a change of one
    verdict is a one-line diff."""
    rows: dict[str, dict] = {}
    for judgement in judgements:
        row = rows.setdefault(judgement.case.id, {})
        row[judgement.artifact] = judgement.verdict
        missed = _expected_warnings(judgement.case) - judgement.warnings
        if missed:
            row.setdefault("unreported", {})[judgement.artifact] = sorted(missed)
    lines = [json.dumps(case_id, ensure_ascii=False) + ": " + json.dumps(row, ensure_ascii=False, sort_keys=True)
             for case_id, row in sorted(rows.items())]
    head = json.dumps({"suite_version": suite_version, "artifacts": list(ARTIFACTS)}, ensure_ascii=False)[:-1]
    return head + ', "cases": {\n' + ",\n".join(lines) + "\n}}\n"


def load_recorded(root: Path | None = None) -> dict[str, Recorded]:
    """The recorded judgements by case id; ``FileNotFoundError`` when nothing is recorded."""
    data = json.loads(agreement_path(root).read_text(encoding="utf-8"))
    return {
        case_id: Recorded(
            {a: row[a] for a in ARTIFACTS},
            {a: frozenset(rules) for a, rules in (row.get("unreported") or {}).items()},
        )
        for case_id, row in data["cases"].items()
    }


class UnknownArtifacts(ValueError):
    """``--artifacts`` named something that is not a generated artifact (a usage error)."""

    def __init__(self, names: Sequence[str]):
        self.names = tuple(names)
        super().__init__(f"unknown artifacts {', '.join(self.names)}; known: {', '.join(ARTIFACTS)}")


def parse_artifacts(text: str) -> tuple[str, ...]:
    """The artifacts of a comma-separated list (``json-schema,shacl``), in the list's order without
    repeats; ``UnknownArtifacts`` for a name that is none of ``ARTIFACTS`` or an empty list."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in ARTIFACTS]
    if unknown or not names:
        raise UnknownArtifacts(unknown or [repr(text)])
    return tuple(dict.fromkeys(names))


#: The rules an implementation reads from the JSON Schema alone: those its ``x-kll-rules``
#: annotations name (docs/conformance/rule-ids.md), and those of splitting a document into records.
_SPLIT_RULES = ("package.", "record.")
_SCHEMA_ARTIFACTS = frozenset({"json-schema", "python"})  # the Python classes carry the same IDs


@cache
def schema_rules() -> frozenset[str]:
    """The rule IDs the generated JSON Schema (and so the Python classes) can name."""
    from ..artifacts.generated import json_schema
    from ..validation.catalogue import catalogue

    named: set[str] = set()

    def collect(node) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "x-kll-rules" and isinstance(value, dict):
                    for entry in value.values():
                        named.update(entry.values() if isinstance(entry, dict) else [entry])
                else:
                    collect(value)
        elif isinstance(node, list):
            for item in node:
                collect(item)

    collect(json_schema())
    named.discard(None)
    return frozenset(named | {rule for rule in catalogue() if rule.startswith(_SPLIT_RULES)})


def reaches(case: Case, recorded: Recorded, artifacts: Sequence[str], level: str) -> bool:
    """Whether an implementation built on ``artifacts`` can pass ``case`` at ``level``: the
    artifacts that can read the input reject it exactly when the case expects violations, they can
    name every violation it expects (a JSON Schema names only the rules of its ``x-kll-rules``
    annotations: an unresolved reference between records is beyond it, whatever its verdict), and
    at level ``full`` they report, between them, every warning the case expects."""
    judging = [a for a in artifacts if recorded.verdicts[a] != "n/a"]
    if not judging:
        return False
    rejects = any(recorded.verdicts[a] == "invalid" for a in judging)
    if rejects == case.expected.conformant:
        return False
    if not set(judging) - _SCHEMA_ARTIFACTS:
        violations = {rule for rule, severity in case.expected.findings if severity == "violation"}
        if not violations <= schema_rules():
            return False
    if LEVELS[level] == LEVELS["core"]:
        return True
    expected = _expected_warnings(case)
    reported = set().union(*(expected - recorded.unreported.get(a, frozenset()) for a in judging))
    return expected <= reported


def reachable_cases(
    artifacts: Sequence[str], *, level: str, cases: Iterable[Case] | None = None, root: Path | None = None,
) -> tuple[Case, ...]:
    """The cases an implementation built on ``artifacts`` can pass at ``level``, from the recorded
    agreement. ``ValueError`` when a case has no recorded judgement (the record is out of date)."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; use {', '.join(LEVELS)}")
    recorded = load_recorded(root)
    chosen = tuple(cases if cases is not None else load_cases(root))
    missing = [c.id for c in chosen if c.id not in recorded]
    if missing:
        raise ValueError(f"{agreement_path(root)} records no judgement of {len(missing)} cases: run `kll conformance results`")
    return tuple(c for c in chosen if reaches(c, recorded[c.id], artifacts, level))


@dataclass(frozen=True)
class ArtifactFigures:
    """What one artifact reaches of one level of a profile."""

    artifact: str
    expressible: tuple[str, ...]  # the level's rules the artifact expresses, sorted
    inexpressible: tuple[str, ...]  # the level's rules it does not, sorted
    cases_reached: int  # the profile's cases an implementation built on it alone can pass


@dataclass(frozen=True)
class LevelFigures:
    """One level of one profile: its rules, its cases, and each artifact's share of them."""

    profile: str
    level: str
    rules: int
    cases: int
    artifacts: tuple[ArtifactFigures, ...]

    @property
    def passable_by(self) -> tuple[str, ...]:
        """The artifacts on which an implementation can pass every case of the level."""
        return tuple(f.artifact for f in self.artifacts if f.cases_reached == self.cases)


def _expresses(artifact: str, rule: str, severity: str, case: Case, recorded: Recorded) -> bool:
    verdict = recorded.verdicts[artifact]
    if verdict == "n/a" or (verdict == "valid") != case.expected.conformant:
        return False
    if artifact in _SCHEMA_ARTIFACTS and rule not in schema_rules():
        return False
    return severity != "warning" or rule not in recorded.unreported.get(artifact, frozenset())


def level_figures(profile: Profile, level: str, *, cases: Sequence[Case], recorded: dict[str, Recorded]) -> LevelFigures:
    """The figures of ``profile`` at ``level``: ``cases`` is the whole suite (a rule is judged on
    every case that fires it, whichever profile the case belongs to), ``recorded`` the record."""
    rules = profile.rules(level)
    firing: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        for rule, _severity in case.expected.findings:
            firing[rule].append(case)
    own = [c for c in cases if c.profile == profile.id]
    figures = []
    for artifact in ARTIFACTS:
        able = sorted(
            rule_id for rule_id, rule in rules.items()
            if firing[rule_id] and all(_expresses(artifact, rule_id, rule.severity.value, c, recorded[c.id]) for c in firing[rule_id])
        )
        figures.append(ArtifactFigures(
            artifact, tuple(able), tuple(sorted(set(rules) - set(able))),
            sum(reaches(c, recorded[c.id], (artifact,), level) for c in own),
        ))
    return LevelFigures(profile.id, level, len(rules), len(own), tuple(figures))
