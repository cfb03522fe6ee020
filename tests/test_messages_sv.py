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
