"""Identifiers: Swedish personnummer, samordningsnummer and organisationsnummer, and IRIs.

The check digit of the three Swedish numbers is the Luhn (mod 10) digit over the ten-digit form.
``is_absolute_iri`` checks the syntax of RFC 3987 (an IRI with a scheme). These functions only
check form; they never look anything up.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = [
    "luhn_valid", "is_personal_identity_number", "is_coordination_number", "is_organisation_number", "is_absolute_iri",
    "MAX_IRI_LENGTH",
]

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


#: The longest IRI judged; a longer text is not taken for an IRI (no limit in RFC 3987, but every
#: IRI this model uses is far shorter, and a bound keeps the check's cost bounded).
MAX_IRI_LENGTH = 8192
# RFC 3987, 2.2: ucschar and iprivate, the characters beyond ASCII an IRI may hold. Surrogates,
# non-characters (U+FDD0–U+FDEF, U+xFFFE–U+xFFFF) and the C1 controls are not among them.
_UCSCHAR = (
    "\\u00a0-\\ud7ff\\uf900-\\ufdcf\\ufdf0-\\uffef"
    + "".join(f"\\U{plane:04x}0000-\\U{plane:04x}fffd" for plane in range(1, 14))
    + "\\U000e1000-\\U000efffd"
)
_IPRIVATE = "\\ue000-\\uf8ff\\U000f0000-\\U000ffffd\\U00100000-\\U0010fffd"
# unreserved, reserved (gen-delims and sub-delims) and percent-encoded octets; no space, no
# control character, none of <>"{}|\^` (RFC 3987, 2.2). The structure beyond the characters is
# checked where it is cheap: a scheme, and at most one fragment.
_IRI = re.compile(
    "[A-Za-z][A-Za-z0-9+.-]*:"
    f"(?:[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=-]|%[0-9A-Fa-f]{{2}}|[{_UCSCHAR}{_IPRIVATE}])*"
)


def is_absolute_iri(text: str) -> bool:
    """An IRI with a scheme (RFC 3987 ``IRI``), by its characters: a scheme, then only characters an
    IRI may hold (``%`` only before two hex digits), at most one ``#``. No space, control
    character, angle bracket or quote; a relative reference (no scheme) is not one."""
    return (
        isinstance(text, str) and len(text) <= MAX_IRI_LENGTH and text.count("#") <= 1
        and _IRI.fullmatch(text) is not None
    )
