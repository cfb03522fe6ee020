"""The agreement matrix: every case judged by each generated artifact on its own.

For every case, four verdicts are recorded separately — the generated JSON Schema (the plain
``jsonschema`` library, format checking on), the generated SHACL (pyshacl on the RDF mapping), the
generated Python classes (pydantic) and the rules stage — and each is compared with the expected
outcome (conformant means no violations). An artifact that cannot judge an input (JSON Schema and
the Python classes on Turtle) is "n/a". A disagreement is allowed only where the known-gaps
register (``model/known-gaps.yaml``, its ``disagreements``) declares it, with its reason.
"""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pydantic

from ..artifacts.generated import json_schema_validator, python_classes
from ..validation.catalogue import catalogue
from ..artifacts.gaps import load_register
from .cases import Case

__all__ = ["ARTIFACTS", "Judgement", "judge", "matrix", "declared_gap"]

ARTIFACTS = ("json-schema", "shacl", "python", "rules")


@dataclass(frozen=True)
class Judgement:
    case: Case
    artifact: str
    verdict: str  # valid | invalid | n/a
    #: the warning rules the artifact reported: JSON Schema and the Python classes have no
    #: severity below "invalid", so theirs is always empty
    warnings: frozenset[str] = frozenset()

    @property
    def agrees(self) -> bool | None:
        if self.verdict == "n/a":
            return None
        return (self.verdict == "valid") == self.case.expected.conformant


def _stage_verdicts(case: Case, directory: Path) -> dict[str, tuple[str, frozenset[str]]]:
    """SHACL and rules-stage verdicts, with the warning rules each reported, from one validator
    run, told apart by the findings' stage."""
    from ..validation.pipeline import validate

    # With the case's profile: the rules only that profile turns on are part of its rules stage.
    report = validate([case.write(directory)], class_name=case.class_name if case.kind == "record" else None, stages=["semantic", "rules"], profile=case.profile, reference_date=getattr(case, "reference_date", None))
    verdicts = {}
    for artifact, stage in (("shacl", "semantic"), ("rules", "rules")):
        broken = any(f.severity.value == "violation" and f.stage.value in {stage, "input"} for f in report.findings)
        warned = frozenset(f.rule for f in report.findings if f.severity.value == "warning" and f.stage.value == stage)
        verdicts[artifact] = ("invalid" if broken else "valid", warned)
    return verdicts


def judge(case: Case, artifact: str, directory: Path, stage_verdicts: dict[str, tuple[str, frozenset[str]]] | None = None) -> Judgement:
    if artifact in {"json-schema", "python"}:
        if case.kind == "file":
            return Judgement(case, artifact, "n/a")
        document = case.document()
        target = case.class_name if case.kind == "record" else None
        if artifact == "json-schema":
            valid = json_schema_validator(target).is_valid(document)
        else:
            model = getattr(python_classes(), target or "DataPackage")
            try:
                model.model_validate(document)
                valid = True
            except (pydantic.ValidationError, TypeError, ValueError):
                valid = False
        return Judgement(case, artifact, "valid" if valid else "invalid")
    verdict, warnings = (stage_verdicts or _stage_verdicts(case, directory))[artifact]
    return Judgement(case, artifact, verdict, warnings)


def matrix(cases) -> list[Judgement]:
    judgements = []
    with tempfile.TemporaryDirectory(prefix="kll-agreement-") as scratch:
        for case in cases:
            verdicts = _stage_verdicts(case, Path(scratch))
            for artifact in ARTIFACTS:
                judgements.append(judge(case, artifact, Path(scratch), verdicts))
    return judgements


def declared_gap(judgement: Judgement) -> str | None:
    """The known-gaps entries that explain a disagreement (comma-separated), or None.

    A wrong "valid" is explained when every violation the case expects is covered by some
    ``accepts`` entry for the artifact; a wrong "invalid" by a ``rejects`` entry naming the case.
    """
    rules = catalogue()
    entries = [e for e in load_register().disagreements if e.artifact == judgement.artifact]
    if judgement.verdict == "invalid":
        found = [e.gap for e in entries if e.direction == "rejects" and re.search(e.cases, judgement.case.id)]
        return found[0] if found else None
    expected = sorted(r for r, severity in judgement.case.expected.findings if severity == "violation")
    gaps = []
    for rule in expected:
        covering = [
            e.gap for e in entries
            if e.direction == "accepts" and (e.origin is None or rules[rule].origin == e.origin) and re.search(e.rules, rule)
        ]
        if not covering:
            return None
        gaps.append(covering[0])
    return ", ".join(sorted(set(gaps))) if gaps else None


def to_json(judgements: list[Judgement]) -> str:
    rows = {}
    for j in judgements:
        row = rows.setdefault(j.case.id, {"profile": j.case.profile, "expected": "conformant" if j.case.expected.conformant else "not-conformant"})
        row[j.artifact] = {"verdict": j.verdict, "agrees": j.agrees, "gap": declared_gap(j) if j.agrees is False else None}
    return json.dumps(rows, indent=1, ensure_ascii=False, sort_keys=True)
