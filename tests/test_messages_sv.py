"""Swedish messages are Swedish throughout: the generated rules' details (the class a reference
must point at, the list a value must come from, the languages a text may have) are built from the
Swedish labels, not the English ones (issue 19, design note docs/design/issue-19.md step 1)."""

from __future__ import annotations

import re

import pytest

from kll.maintain.generation.rules import Kind, messages
from kll.validation.catalogue import catalogue

#: English words that the detail of a generated message used to carry into Swedish.
ENGLISH = re.compile(r"\b(the|of|a|an|or|record|class|expected)\b")
#: Where the detail starts in each Swedish template that takes a worded detail.
DETAIL_AFTER = {"value-type": "förväntat ", "enum": "tillåtna värdena i ", "language-map": "språkmärkt text på "}


def _generated(kind: str):
    return [rule for rule in catalogue().values() if rule.origin == "generated" and rule.id.endswith("." + kind)]


@pytest.mark.parametrize("kind", sorted(DETAIL_AFTER))
def test_the_detail_of_a_generated_swedish_message_is_swedish(kind):
    rules = _generated(kind)
    assert rules, kind
    leaks = [rule.message_sv for rule in rules if ENGLISH.search(rule.message_sv.split(DETAIL_AFTER[kind], 1)[-1])]
    assert leaks == []


def test_a_reference_names_the_class_in_each_language():
    text = messages(Kind.VALUE_TYPE, ("Achievement", "Merit"), ("Issuer", "Utfärdare"),
                    ("the IRI of a record of the class Organisation", "IRI:n för en post av klassen Organisation"))
    assert text.en == "Achievement: Issuer has a value of the wrong type; expected the IRI of a record of the class Organisation."
    assert text.sv == "Merit: Utfärdare har ett värde av fel typ; förväntat IRI:n för en post av klassen Organisation."


def test_a_detail_without_words_is_the_same_in_both_languages():
    text = messages(Kind.MAX_COUNT, ("Period", "Period"), ("Start date", "Startdatum"), "1")
    assert text.en.endswith("at most 1 value(s).") and text.sv.endswith("högst 1 värde(n).")


# --- every message and every detail, in the report's language (issue 19, steps 2 and 3) ---------

#: English words that do not occur in Swedish prose (the function words of an English sentence and
#: the words the details used). "in", "not" and "for" are Swedish words too, so they are not here.
ENGLISH_WORDS = re.compile(
    r"\b(the|of|a|an|or|and|is|are|has|have|must|should|with|than|this|that|expected|record|class|"
    r"code|missing|given|another|date|issued|types|assessment|country|type|scheme|value|values)\b"
)
#: What may be English in Swedish text: a regular expression in parentheses (a pattern the value
#: must match), an identifier or code (with a hyphen, an underscore, a dot or a digit), a quoted
#: language tag.
ALLOWED = re.compile(r"\(\^.*?\$\)|\^\S*\$|\S*[-_.:/0-9]\S*|'[^']*'")


def english_in(swedish: str) -> list[str]:
    """The English words of a Swedish text, outside the allow-list."""
    return ENGLISH_WORDS.findall(ALLOWED.sub(" ", swedish))


def test_no_swedish_message_of_the_catalogue_has_english_words():
    leaks = {rule.id: english_in(rule.message_sv) for rule in catalogue().values() if english_in(rule.message_sv)}
    assert leaks == {}


def _has_words(text: str) -> bool:
    return re.search(r"[A-Za-zÅÄÖåäö]{3,}", text) is not None


def _bilingual_problems(findings) -> list[str]:
    problems = []
    for finding in findings:
        if finding.detail is None:
            continue
        where = f"{finding.rule}: {finding.detail!r}"
        if not finding.detail_sv:
            problems.append(f"{where} has no Swedish")
        elif _has_words(finding.detail) and finding.detail_sv == finding.detail:
            problems.append(f"{where} is the same in Swedish")
        elif english_in(finding.detail_sv):
            problems.append(f"{where}: Swedish {finding.detail_sv!r} has English {english_in(finding.detail_sv)}")
    return problems


def _rules_cases():
    from test_rule_firing import RULES_CASES

    return RULES_CASES


@pytest.mark.parametrize("case", _rules_cases(), ids=lambda case: case.id)
def test_every_check_gives_its_detail_in_both_languages(case, tmp_path_factory):
    """Each check of the rules stage, fired by its case in tests/test_rule_firing.py: every detail it
    gives has a Swedish form that is not the English and has no English words."""
    from test_rule_firing import outcome

    findings = [f for f in outcome(case, tmp_path_factory).report.findings if f.rule == case.rule]
    assert findings, f"{case.rule} did not fire"
    assert _bilingual_problems(findings) == []


#: The kinds of generated rule whose structural finding carries a detail.
DETAILED_KINDS = ("pattern", "value-type", "range", "language-map")


def _generated_cases():
    from kll.conformance.cases import load_cases

    chosen, per_kind = [], {}
    for case in load_cases():
        rules = [rule for rule, _ in case.expected.findings]
        kind = next((k for k in DETAILED_KINDS if any(rule.endswith("." + k) for rule in rules)), None)
        if kind is not None and case.kind == "patch" and per_kind.get(kind, 0) < 4:
            per_kind[kind] = per_kind.get(kind, 0) + 1
            chosen.append(case)
    return chosen


@pytest.mark.parametrize("case", _generated_cases(), ids=lambda case: case.id)
def test_structural_details_are_in_both_languages(case, tmp_path):
    from kll.validation.pipeline import validate

    report = validate([case.write(tmp_path)], stages=("structural",), reference_date=case.reference_date)
    assert any(f.detail for f in report.findings), "the case gives no detail to judge"
    assert _bilingual_problems(report.findings) == []
