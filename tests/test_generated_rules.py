"""Every generated rule fires on an input that breaks it — in every stage that checks it.

For each rule in ``generated/shacl/rule-ids.txt`` a real instance from the examples is mutated to
break that one constraint (``kll.conformance.mutations``) and validated on its own, once per stage. The
rule must fire in the semantic stage (SHACL) and, for the kinds JSON Schema can express, in the
structural stage too — the same rule ID from both, so one mistake has one name. The only
disagreements allowed are the ones declared below, each tied to an entry of the known-gaps
register.
"""

from __future__ import annotations

import re

import pytest

from kll.validation.catalogue import STRUCTURAL_KINDS
from kll.artifacts.gaps import load_register
from kll.validate import validate

from kll.conformance.mutations import base_for, generated_rules, mutate, write

RULES = generated_rules()

#: Where one stage may not fire, with the known-gaps entry that explains why.
DECLARED: list[tuple[re.Pattern, str, str]] = []
#: Rules that may fire together with the one under test, in the stage named.
CO_FIRING = {
    # SHACL applies sh:pattern and value ranges to any value, JSON Schema only to strings and numbers.
    "value-type": {"pattern", "range"},
}


def _single_value_pattern(rule: str) -> bool:
    """Whether the slot's pattern admits exactly one value (so two values cannot both match)."""
    from kll.conformance.mutations import _pattern_of

    class_name, slot_name, _ = rule.split(".")
    pattern = _pattern_of(class_name, slot_name) or ""
    return bool(pattern) and not re.search(r"(?<!\\)[\[\](){}*+?|]", pattern[1:-1])


def _declared(rule: str, stage: str) -> str | None:
    for pattern, where, gap in DECLARED:
        if where == stage and pattern.search(rule):
            return gap
    return None


@pytest.fixture(scope="module")
def register_ids():
    return {gap.id for gap in load_register().gaps}


def _findings(tmp_path, class_name, obj, stage):
    path = write(tmp_path, class_name, obj)
    report = validate([path], class_name=class_name, stages=[stage])
    assert not report.input_errors
    return report


@pytest.mark.parametrize("rule", RULES)
def test_rule_fires_alone_in_every_stage_that_checks_it(rule, tmp_path, register_ids):
    class_name, mutated = mutate(rule)
    kind = rule.rsplit(".", 1)[1]
    expected_stages = ["semantic"] + (["structural"] if kind in STRUCTURAL_KINDS else [])
    for stage in expected_stages:
        report = _findings(tmp_path, class_name, mutated, stage)
        gap = _declared(rule, stage)
        if gap is not None:
            assert gap in register_ids
            continue
        fired = report.rule_ids()
        assert rule in fired, f"{stage} stage did not report {rule}; it reported {sorted(fired)}"
        unmutated = _findings(tmp_path, class_name, _unmutated(rule), stage).rule_ids()
        allowed_kinds = set(CO_FIRING.get(kind, set()))
        if kind == "max-count" and _single_value_pattern(rule):
            allowed_kinds.add("pattern")
        prefix = rule.rsplit(".", 1)[0]
        extra = {r for r in fired - unmutated - {rule} if not (r.startswith(prefix + ".") and r.rsplit(".", 1)[1] in allowed_kinds)}
        assert extra == set(), f"{stage} stage reported more than {rule}: {sorted(extra)}"


def _unmutated(rule: str) -> dict:
    """The instance the mutation started from."""
    return base_for(rule)[2]


def test_every_generated_rule_is_in_the_catalogue():
    from kll.validation.catalogue import catalogue

    assert set(RULES) <= set(catalogue())


def test_declared_disagreements_name_registered_gaps(register_ids):
    assert {gap for _, _, gap in DECLARED} <= register_ids


@pytest.mark.parametrize("columns", ["80", "200"])
def test_the_rule_catalogue_in_a_terminal_never_breaks_a_rule_id(columns):
    from typer.testing import CliRunner

    from kll.cli import app
    from kll.validation.catalogue import catalogue

    result = CliRunner().invoke(app, ["rules"], env={"COLUMNS": columns})
    assert result.exit_code == 0
    words = {word for line in result.stdout.splitlines() for word in line.replace("│", " ").split()}
    assert set(catalogue()) <= words
