"""The rule pages help: every rule has a text on how to fix it in both languages, and the
examples a rule page shows say what the page says — validated again here, not trusted."""

from __future__ import annotations

from pathlib import Path

import pytest

from kll.conformance.runner import ReferenceImplementation, _base_case
from kll.maintain.site.rulehelp import KIND_FIXES, NO_EXAMPLE, accompanying, examples, fix_text, hand_written_fixes
from kll.validation.catalogue import catalogue

#: The rules no conformance case shows alone, so their pages say that no example is shown. The
#: list is kept here so that a change in either direction is seen in review.
WITHOUT_EXAMPLE = Path(__file__).parent / "fixtures" / "rules-without-examples.txt"


def test_every_rule_has_a_fix_text_in_swedish_and_english() -> None:
    missing = [(rule_id, lang) for rule_id, rule in catalogue().items() for lang in ("sv", "en") if not fix_text(rule, lang)]
    assert missing == []


def test_every_fix_text_names_a_rule_or_a_rule_kind() -> None:
    rules = catalogue()
    hand_written = {rule_id for rule_id, rule in rules.items() if rule.origin != "generated"}
    assert sorted(set(hand_written_fixes()) - hand_written) == []
    kinds = {rule_id.rsplit(".", 1)[-1] for rule_id, rule in rules.items() if rule.origin == "generated"}
    assert sorted(set(KIND_FIXES) - kinds) == []
    assert all(set(texts) == {"en", "sv"} for texts in [*hand_written_fixes().values(), *KIND_FIXES.values()])


def test_the_rules_without_an_example_are_the_listed_ones() -> None:
    without = sorted(rule_id for rule_id, rule in catalogue().items() if examples(rule).failing is None)
    listed = [line for line in WITHOUT_EXAMPLE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    print(f"{len(without)} of {len(catalogue())} rules have no example: {', '.join(without)}")
    assert without == listed


def test_a_rule_that_says_why_it_has_no_example_has_none_and_says_it_in_both_languages() -> None:
    rules = catalogue()
    assert all(rule_id in rules and examples(rules[rule_id]).failing is None for rule_id in NO_EXAMPLE)
    assert all(set(texts) == {"en", "sv"} and all(texts.values()) for texts in NO_EXAMPLE.values())


def test_a_failing_example_names_only_rules_of_the_same_property_with_a_reason() -> None:
    wrong = []
    for rule_id, rule in catalogue().items():
        found = examples(rule)
        for other in found.also:
            if rule.severity.value != "violation" or accompanying(rule_id, other) is None:
                wrong.append((rule_id, other))
    assert wrong == []


def _violations(findings: tuple[tuple[str, str], ...]) -> set[str]:
    return {rule for rule, severity in findings if severity == "violation"}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    """Each case an example is taken from, validated once (a base shared by many patches, once)."""
    directory = tmp_path_factory.mktemp("examples")
    implementation = ReferenceImplementation()
    cache: dict[str, tuple[tuple[str, str], ...]] = {}

    def outcome(case) -> tuple[tuple[str, str], ...]:
        if case.id not in cache:
            cache[case.id] = implementation.run(case, directory).findings
        return cache[case.id]

    return outcome


def test_each_failing_example_gives_its_rule_and_no_other_violation(outcomes) -> None:
    wrong = []
    for rule_id, rule in catalogue().items():
        case = examples(rule).failing
        if case is None:
            continue
        findings = outcomes(case)
        # Exactly the rule, and the rules of the same property the page names with a reason.
        expected = {rule_id, *examples(rule).also} if rule.severity.value == "violation" else set()
        if rule_id not in {r for r, _ in findings} or _violations(findings) != expected:
            wrong.append((rule_id, case.id, sorted(findings)))
    assert wrong == []


def test_each_passing_example_gives_no_violation(outcomes) -> None:
    wrong = []
    for rule_id, rule in catalogue().items():
        found = examples(rule)
        if found.passing_case is None:
            continue
        case = _base_case(found.passing_case) if found.passing_is_base else found.passing_case
        findings = outcomes(case)
        # Passing means conformant (record 0012): no violation. A warning may remain elsewhere
        # in the example, which the page does not hide.
        if _violations(findings):
            wrong.append((rule_id, case.id, sorted(findings)))
    assert wrong == []
