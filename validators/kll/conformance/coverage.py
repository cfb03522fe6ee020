"""The coverage gate: every rule has a case where it fires and a valid case with its element."""

from __future__ import annotations

from dataclasses import dataclass

from ..validation.catalogue import catalogue
from ..artifacts.modelindex import model_index
from ..validation.engine import _walk
from .cases import Case

__all__ = ["Coverage", "coverage", "NOT_FIRED_BY_DATA"]

#: Rules that no data makes fire, so no conformance case can show them: ``internal.error`` is the
#: validator failing on a record. tests/test_rule_firing.py makes it fire by breaking a check.
NOT_FIRED_BY_DATA = frozenset({"internal.error"})


@dataclass(frozen=True)
class Coverage:
    rules: int
    cases: int
    without_firing_case: list[str]
    without_valid_case: list[str]

    @property
    def complete(self) -> bool:
        return not self.without_firing_case and not self.without_valid_case


def _classes_in(case: Case) -> set[str]:
    """The classes of every object in a case's input (none for file cases)."""
    if case.kind == "file":
        return set()
    index = model_index()
    document = case.document()
    found: set[str] = set()
    if case.kind == "record":
        records = [(case.class_name, document)]
    else:
        records = [
            (index.record_class(index.containers[key], record.get("type")) or index.containers[key], record)
            for key, value in document.items() if key in index.containers and isinstance(value, list)
            for record in value if isinstance(record, dict)
        ]
    for class_name, record in records:
        for name, _, _ in _walk(index, record, class_name, ""):
            found.add(name)
            found |= set(index.classes[name].ancestors)
    return found


def coverage(cases: tuple[Case, ...]) -> Coverage:
    fired = {rule for case in cases for rule, _ in case.expected.findings}
    valid_classes: set[str] = set()
    any_valid = False
    for case in cases:
        if case.expected.conformant:
            any_valid = True
            valid_classes |= _classes_in(case)
    index = model_index()
    without_valid = []
    for rule_id, rule in catalogue().items():
        element = rule.source.split(".")[0]
        if element in index.classes and element != index.root:
            if element not in valid_classes:
                without_valid.append(rule_id)
        elif not any_valid:
            without_valid.append(rule_id)
    return Coverage(
        rules=len(catalogue()), cases=len(cases),
        without_firing_case=sorted(set(catalogue()) - fired - NOT_FIRED_BY_DATA), without_valid_case=sorted(without_valid),
    )
