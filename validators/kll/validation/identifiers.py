"""Swedish identifiers: personnummer, samordningsnummer and organisationsnummer.

The check digit of all three is the Luhn (mod 10) digit over the ten-digit form. These functions
only check form and check digit; they never look anything up.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["luhn_valid", "is_personal_identity_number", "is_coordination_number", "is_organisation_number"]

_PERSONAL = re.compile(r"(?P<century>[0-9]{2})?(?P<yy>[0-9]{2})(?P<mm>[0-9]{2})(?P<dd>[0-9]{2})(?P<sep>[-+]?)(?P<serial>[0-9]{3})(?P<check>[0-9])")
_ORGANISATION = re.compile(r"[0-9]{6}-?[0-9]{4}")


def luhn_valid(digits: str) -> bool:
    """True when the last digit of ``digits`` (ASCII 0-9 only) is its Luhn check digit."""
    if not digits or not all("0" <= c <= "9" for c in digits):
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _personal_parts(text: str):
    match = _PERSONAL.fullmatch(text)
    # YYMMDD needs its separator (- or + from age 100); YYYYMMDD may have a hyphen, never a plus.
    if match is None or (match["century"] and match["sep"] == "+") or (not match["century"] and not match["sep"]):
        return None
    return match


def _check(text: str, day_offset: int) -> bool:
    match = _personal_parts(text)
    if match is None:
        return False
    ten = match["yy"] + match["mm"] + match["dd"] + match["serial"] + match["check"]
    if not luhn_valid(ten):
        return False
    day = int(match["dd"]) - day_offset
    # Without a century the year is ambiguous; 2000 is a leap year, so 29 February is accepted.
    year = int(match["century"] + match["yy"]) if match["century"] else 2000
    try:
        date(year, int(match["mm"]), day)
    except ValueError:
        return False
    return True


def is_personal_identity_number(text: str) -> bool:
    """A personnummer: YYMMDD-NNNC, YYMMDD+NNNC, YYYYMMDD-NNNC or YYYYMMDDNNNC, valid date and Luhn digit."""
    return _check(text, 0)


def is_coordination_number(text: str) -> bool:
    """A samordningsnummer: as a personnummer, with 60 added to the day of birth."""
    match = _personal_parts(text)
    return match is not None and int(match["dd"]) > 60 and _check(text, 60)


def is_organisation_number(text: str) -> bool:
    """An organisationsnummer: NNNNNN-NNNN, third digit at least 2, valid Luhn digit."""
    if _ORGANISATION.fullmatch(text) is None:
        return False
    digits = text.replace("-", "")
    return int(digits[2]) >= 2 and luhn_valid(digits)
