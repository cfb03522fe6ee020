"""Swedish identifier rules: personnummer, samordningsnummer and organisationsnummer.

The form of each number is a pattern in the model (checked by JSON Schema and SHACL); these checks
add what a pattern cannot: the Luhn check digit over the ten-digit form, that the date of birth
exists (for a samordningsnummer: the day of birth plus 60), and that the third digit of an
organisation number is at least 2. A value that does not have the form is left to the pattern
rule. Details never repeat the number: it is personal data.
"""

from __future__ import annotations

import re

from ..identifiers import is_coordination_number, is_personal_identity_number, luhn_valid
from .base import Context, Detail, Hit, check
from ._common import as_text

_PERSONAL = re.compile(r"(?:[0-9]{2})?([0-9]{6})(?:[-+]?)([0-9]{4})")
_PERSONAL_FORM = re.compile(r"[0-9]{6}[-+][0-9]{4}|[0-9]{8}-?[0-9]{4}")
_ORGANISATION_FORM = re.compile(r"[0-9]{6}-?[0-9]{4}")


def _ten_digits(text: str) -> str | None:
    if _PERSONAL_FORM.fullmatch(text) is None:
        return None
    match = _PERSONAL.fullmatch(text)
    return match[1] + match[2] if match else None


@check(
    "Person.personal_identity_number.check-digit",
    applies_to="Person",
    source="Person.personal_identity_number",
    en="The check digit of the personal identity number is wrong.",
    sv="Personnumrets kontrollsiffra är fel.",
)
def personal_check_digit(obj: dict, ctx: Context):
    text = as_text(obj.get("personal_identity_number"))
    ten = _ten_digits(text) if text else None
    if ten and not luhn_valid(ten):
        yield Hit("/personal_identity_number", Detail(
            "The last digit is not the Luhn check digit of the ten-digit form.",
            "Den sista siffran är inte kontrollsiffran enligt Luhn-algoritmen för den tiosiffriga formen."))


@check(
    "Person.personal_identity_number.valid-date",
    applies_to="Person",
    source="Person.personal_identity_number",
    en="The personal identity number does not contain a date of birth that exists.",
    sv="Personnumret innehåller inte ett födelsedatum som finns.",
)
def personal_date(obj: dict, ctx: Context):
    text = as_text(obj.get("personal_identity_number"))
    ten = _ten_digits(text) if text else None
    if not ten or not luhn_valid(ten):
        return  # the form is the pattern rule's, the check digit the rule above
    if not (is_personal_identity_number(text) or is_coordination_number(text)):
        yield Hit(
            "/personal_identity_number",
            Detail(
                "Neither the date of birth nor, for a coordination number, the day of birth minus 60 is a valid date.",
                "Varken födelsedatumet eller, för ett samordningsnummer, födelsedagen minus 60 är ett giltigt datum.",
            ),
        )


@check(
    "Organisation.organisation_number.check-digit",
    applies_to="Organisation",
    source="Organisation.organisation_number",
    en="The check digit of the organisation number is wrong.",
    sv="Organisationsnumrets kontrollsiffra är fel.",
)
def organisation_check_digit(obj: dict, ctx: Context):
    text = as_text(obj.get("organisation_number"))
    if text and _ORGANISATION_FORM.fullmatch(text) and not luhn_valid(text.replace("-", "")):
        yield Hit("/organisation_number", Detail(
            "The last digit is not the Luhn check digit of the ten digits.",
            "Den sista siffran är inte kontrollsiffran enligt Luhn-algoritmen för de tio siffrorna."))


@check(
    "Organisation.organisation_number.group-digit",
    applies_to="Organisation",
    source="Organisation.organisation_number",
    en="The third digit of an organisation number must be at least 2.",
    sv="Organisationsnumrets tredje siffra måste vara minst 2.",
)
def organisation_group_digit(obj: dict, ctx: Context):
    text = as_text(obj.get("organisation_number"))
    if text and _ORGANISATION_FORM.fullmatch(text) and int(text[2]) < 2:
        yield Hit(
            "/organisation_number",
            Detail(
                "A number with a third digit below 2 has the form of a personal identity number, which is personal data.",
                "Ett nummer vars tredje siffra är lägre än 2 har formen av ett personnummer, som är en personuppgift.",
            ),
        )
