"""Single EMIL3 values and their model form, both ways: language tags, HTML text, local date-times,
identifiers and IRIs, countries, WGS 84 positions, telephone and organisation numbers, box
addresses.

Pure functions without state; ``kll.adapters.emil3`` decides where each applies. Each ``*_of``
or ``to_*`` function returns None when the input cannot be read as that kind of value, so that the
caller can report it (by field, never by value).
"""

from __future__ import annotations

import re
from datetime import datetime
from html import unescape
from html.parser import HTMLParser
from urllib.parse import quote, unquote
from zoneinfo import ZoneInfo

__all__ = [
    "LANGUAGES", "EMIL_LANGUAGES", "IRI_BASE", "html_to_text", "looks_like_html", "to_aware", "to_local", "is_iri",
    "mint_iri", "emil_id_of", "kind_of_identifier", "country_code", "wgs84_of", "wgs84_text", "international_phone",
    "organisation_number", "box_number", "box_address",
]

#: EMIL3 language tags (ISO 639-3, as the API serves them; the ISO 639-1 and 639-2/B forms are
#: accepted too) and the model's language-map keys (BCP 47).
LANGUAGES = {"swe": "sv", "sv": "sv", "sve": "sv", "eng": "en", "en": "en"}
#: The tag written for each model language.
EMIL_LANGUAGES = {"sv": "swe", "en": "eng"}

#: Instances are minted below this namespace (decision record 0004): /id/<publisher>/<local part>.
IRI_BASE = "https://w3id.org/kll/id/"
#: The publisher segment of an EMIL identifier's source (its second part: e.sv…, i.uoh…, p.yh…).
#: Records of any other source are published through Skolverket's hub, so they go under Skolverket.
_PUBLISHERS = {"sv": "skolverket", "uoh": "uhr", "yh": "myh", "af": "af"}
_FALLBACK_PUBLISHER = "skolverket"
#: Characters an EMIL identifier may hold that the model's IRI pattern allows unescaped. The
#: others, and '/', '?', '#' and '%' (which would change the IRI's structure), are percent-encoded,
#: so the identifier comes back unchanged from the IRI.
_IRI_SAFE = "!$&()*+,;=:@"
_EMIL_ID = re.compile(r"^[eip]\.[!-~]+$")
_MINTED = re.compile(r"^" + re.escape(IRI_BASE) + r"[a-z0-9-]+/(?P<local>[^/]+)$")

_STOCKHOLM = ZoneInfo("Europe/Stockholm")


# --- text ----------------------------------------------------------------------------------------

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section"}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_endtag(self, tag):
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


#: A tag, comment or declaration, for the text of a fragment html.parser cannot read (linear: no
#: nested quantifier, and '<' cannot start inside a match).
_ANY_TAG = re.compile(r"<[^<>]*>")


def looks_like_html(content_type: str) -> bool:
    """Whether an EMIL3 ``content`` marker says the text is HTML (e.g. ``text/html``)."""
    return "html" in content_type.lower()


def html_to_text(text: str) -> str:
    """The text of an HTML fragment: tags removed, character references resolved, paragraphs and list items
    on lines of their own, runs of blank space within a line collapsed."""
    # html.parser on this interpreter (the CPython issue behind CVE-2025-6069) scans to the end of
    # the text for every '<' that opens a construct with no '>' after it, then takes the '<' as text:
    # 74 KB of "<a " took 40 s. After the last '>' nothing can be a complete tag, so each '<' there
    # is text anyway: written as a character reference it is read as text in one pass.
    cut = text.rfind(">") + 1
    if "<" in text[cut:]:
        text = text[:cut] + text[cut:].replace("<", "&lt;")
    parser = _TextOnly()
    try:
        parser.feed(text)
        parser.close()
        parts = parser.parts
    except AssertionError:  # html.parser's _markupbase asserts on some malformed declarations ("<![<![")
        parts = [unescape(_ANY_TAG.sub("", text))]
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# --- date-times ------------------------------------------------------------------------------------


def to_aware(text: str) -> str | None:
    """An EMIL3 local date-time (Swedish time, no offset) as an ISO 8601 date-time with the
    Europe/Stockholm offset of that moment; one that has an offset keeps it. None if unreadable."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=_STOCKHOLM).isoformat()
    return text


def to_local(text: str) -> str:
    """A model date-time as EMIL3 writes it: the local time in Sweden, without offset."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is None:
        return text
    return moment.astimezone(_STOCKHOLM).replace(tzinfo=None).isoformat()


# --- identifiers ----------------------------------------------------------------------------------


def is_iri(text: str) -> bool:
    """Whether an identifier is already an IRI (a record that did not come from EMIL3)."""
    return text.startswith(("http://", "https://", "urn:"))


def kind_of_identifier(text: str) -> str | None:
    """``p``, ``i`` or ``e`` for an EMIL identifier of a provider, an education or an event."""
    return text[0] if _EMIL_ID.match(text) else None


def mint_iri(identifier: str) -> str:
    """The model IRI of an EMIL identifier: ``https://w3id.org/kll/id/<publisher>/<identifier>``,
    the publisher told by the identifier's source (``i.sv.…`` → skolverket, ``e.uoh.…`` → uhr,
    ``p.yh.…`` → myh). An identifier that is already an IRI is kept."""
    if is_iri(identifier):
        return identifier
    parts = identifier.split(".")
    publisher = _PUBLISHERS.get(parts[1] if len(parts) > 2 else "", _FALLBACK_PUBLISHER)
    return f"{IRI_BASE}{publisher}/{quote(identifier, safe=_IRI_SAFE)}"


def emil_id_of(iri: str) -> str | None:
    """The EMIL identifier an IRI was minted from, or None when it was not minted from one."""
    match = _MINTED.match(iri)
    if match is None:
        return None
    local = unquote(match["local"])
    return local if _EMIL_ID.match(local) else None


# --- addresses and contact details ------------------------------------------------------------------

_COUNTRIES = {
    "sverige": "SE", "sweden": "SE", "swe": "SE",
    "norge": "NO", "norway": "NO", "nor": "NO",
    "danmark": "DK", "denmark": "DK", "dnk": "DK",
    "finland": "FI", "suomi": "FI", "fin": "FI",
    "island": "IS", "iceland": "IS", "isl": "IS",
    "tyskland": "DE", "germany": "DE", "deu": "DE",
}


def country_code(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of an EMIL3 country (a code or a Swedish or English name of a
    Nordic or neighbouring country); None when it cannot be told."""
    cleaned = text.strip()
    if re.fullmatch(r"[A-Za-z]{2}", cleaned):
        return cleaned.upper()
    return _COUNTRIES.get(cleaned.lower())


_NUMBER = r"[-+]?[0-9]+(?:\.[0-9]+)?"
_DECIMAL_COMMA = r"[-+]?[0-9]+(?:,[0-9]+)?"


def wgs84_of(text: str) -> tuple[float, float] | None:
    """Latitude and longitude in decimal degrees from an EMIL3 ``wgs84`` text: two decimal
    numbers, latitude first (ISO 6709 order), separated by a comma, a semicolon or blank space
    (``62.3913, 17.3069``); decimal commas are read when the numbers are separated by blank space
    or a semicolon. None when the text is not such a pair or is out of range."""
    cleaned = text.strip()
    match = re.fullmatch(rf"({_NUMBER})\s*[,;\s]\s*({_NUMBER})", cleaned) or re.fullmatch(rf"({_DECIMAL_COMMA})\s*[;\s]\s*({_DECIMAL_COMMA})", cleaned)
    if match is None:
        return None
    latitude, longitude = (float(group.replace(",", ".")) for group in match.groups())
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return latitude, longitude


def wgs84_text(latitude: float, longitude: float) -> str:
    """The EMIL3 ``wgs84`` text of a position: ``latitude, longitude``."""
    return f"{latitude}, {longitude}"


_INTERNATIONAL = re.compile(r"^\+[0-9][0-9 -]{5,19}[0-9]$")


def international_phone(text: str) -> str:
    """A telephone number in the model's international form: a Swedish number written
    nationally (``060-19 10 00``) gets the country code (``+46 60-19 10 00``) and ``00`` becomes
    ``+``. A number that would still not be international is returned as it was."""
    cleaned = text.strip()
    if cleaned.startswith("00"):
        candidate = "+" + cleaned[2:]
    elif cleaned.startswith("0"):
        candidate = "+46 " + cleaned[1:]
    else:
        candidate = cleaned
    return candidate if _INTERNATIONAL.match(candidate) else cleaned


def organisation_number(text: str) -> str:
    """An organisationsnummer in the model's form NNNNNN-NNNN: ten digits get the hyphen, and the
    twelve-digit form with the prefix 16 loses the prefix. Anything else is returned as it was."""
    digits = text.strip().replace("-", "")
    if re.fullmatch(r"16[0-9]{10}", digits):
        digits = digits[2:]
    if re.fullmatch(r"[0-9]{10}", digits):
        return f"{digits[:6]}-{digits[6:]}"
    return text


_BOX = re.compile(r"^Box\s+(?P<number>\S.*)$", re.IGNORECASE)


def box_address(post_box: str) -> str:
    """The street address of an EMIL3 box address: ``800`` → ``Box 800``."""
    cleaned = post_box.strip()
    return cleaned if _BOX.match(cleaned) else f"Box {cleaned}"


def box_number(street_address: str) -> str | None:
    """The box of a street address written as a box address (``Box 800`` → ``800``), else None."""
    match = _BOX.match(street_address)
    return match["number"] if match else None
