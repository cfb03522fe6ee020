"""What a rule page says beyond the catalogue: how to fix a finding, and a failing and a passing
example taken from the conformance cases.

A generated rule gets the fix text of its kind (the last part of its ID: ``required``,
``pattern`` …); a hand-written rule (origin ``rules`` or ``engine``) gets its own text from
``validators/kll/validation/rule_fixes.yaml``. Both exist in Swedish and English.

The examples are chosen, not written: the failing example is a case whose expected violations
are exactly this rule (for a warning: this rule and no violation); where no data can break the rule
alone, a case whose other violations are rules of the same slot that ``ACCOMPANYING`` explains, and
the page names them with the reason. A file case (an input file as it is read) is shown whole, so
only a short text file qualifies. The passing example is the unchanged document a patch case starts
from, or a conformant case of the same class and profile. A rule no data can show says why
(``NO_EXAMPLE``).
The tests validate every example shown again, so a page cannot show an example that says
something else than the page.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

__all__ = ["ACCOMPANYING", "KIND_FIXES", "NO_EXAMPLE", "Examples", "accompanying", "examples", "file_text", "fix_text", "hand_written_fixes", "rule_fixes_path"]

#: How to fix a finding of a generated rule, by kind (the last part of the rule ID).
KIND_FIXES: dict[str, dict[str, str]] = {
    "required": {
        "en": "Give the property a value: it is required in this class.",
        "sv": "Ge egenskapen ett värde: den är obligatorisk i klassen.",
    },
    "recommended": {
        "en": "Give the property a value if you have one; it is recommended, so leaving it out gives a warning but keeps the data conformant.",
        "sv": "Ge egenskapen ett värde om ni har ett; den bör anges, så om den saknas blir det en varning men data är fortfarande i överensstämmelse.",
    },
    "max-count": {
        "en": "Give at most as many values as the rule says; if the property takes one value, write it as a single value, not a list.",
        "sv": "Ge högst så många värden som regeln anger; tar egenskapen ett värde skrivs det som ett enda värde, inte som en lista.",
    },
    "value-type": {
        "en": "Write the value with the type the rule expects: a number as a number, a date as YYYY-MM-DD, a reference as the IRI of a record of the expected class.",
        "sv": "Skriv värdet med den typ regeln förväntar: ett tal som ett tal, ett datum som ÅÅÅÅ-MM-DD, en referens som IRI:n till en post av den förväntade klassen.",
    },
    "closed": {
        "en": "Remove the properties the model does not define for this class, or check their spelling against the class's reference page.",
        "sv": "Ta bort de egenskaper som modellen inte definierar för klassen, eller kontrollera stavningen mot klassens referenssida.",
    },
    "range": {
        "en": "Give a value inside the allowed range that the message names.",
        "sv": "Ge ett värde inom det tillåtna intervall som meddelandet anger.",
    },
    "pattern": {
        "en": "Write the value in the format the message shows (a regular expression); the property's reference page gives an example.",
        "sv": "Skriv värdet i det format som meddelandet visar (ett reguljärt uttryck); egenskapens referenssida ger ett exempel.",
    },
    "enum": {
        "en": "Use one of the permissible values of the enumeration, written exactly as its code on the enumeration's reference page.",
        "sv": "Använd ett av uppräkningens tillåtna värden, skrivet exakt som dess kod på uppräkningens referenssida.",
    },
    "identifier": {
        "en": "Give the record an absolute IRI as its identifier (https://… or urn:…), for example under https://w3id.org/kll/id/.",
        "sv": "Ge posten en absolut IRI som identifierare (https://… eller urn:…), till exempel under https://w3id.org/kll/id/.",
    },
    "language-map": {
        "en": "Write the text as a language map: keys sv and en, each a non-blank text without leading or trailing white space.",
        "sv": "Skriv texten som en språkkarta: nycklarna sv och en, var och en med en text som inte är tom och saknar inledande och avslutande blanktecken.",
    },
    "swedish": {
        "en": "Add the Swedish text under the key sv: a Swedish text is required.",
        "sv": "Lägg till den svenska texten under nyckeln sv: en svensk text är obligatorisk.",
    },
    "english": {
        "en": "Add an English text under the key en; it is recommended, so without it you get a warning.",
        "sv": "Lägg till en engelsk text under nyckeln en; den bör finnas, så utan den blir det en varning.",
    },
}


def rule_fixes_path() -> Path:
    return Path(__file__).resolve().parents[2] / "validation" / "rule_fixes.yaml"


@cache
def hand_written_fixes() -> dict[str, dict[str, str]]:
    """The fix text of each hand-written rule, by rule ID, each with ``en`` and ``sv``."""
    path = rule_fixes_path()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    return dict((data or {}).get("fixes") or {})


def fix_text(rule: Any, lang: str) -> str | None:
    """How to fix a finding of ``rule`` in ``lang``, or None when no text is written for it."""
    if rule.origin == "generated":
        kind = rule.id.rsplit(".", 1)[-1]
        return (KIND_FIXES.get(kind) or {}).get(lang)
    return (hand_written_fixes().get(rule.id) or {}).get(lang)


#: Why a failing example of a rule (its kind first) also gives a rule of the same slot (the
#: second kind), where no data can break the one without the other. The page names the other rule
#: and says why; the tests accept exactly these and no other violation.
ACCOMPANYING: dict[tuple[str, str], dict[str, str]] = {
    ("value-type", "pattern"): {
        "en": "SHACL checks the pattern against the text form of a value of any type, and no number and neither true nor false has a text form that matches this pattern.",
        "sv": "SHACL prövar mönstret mot textformen av ett värde av vilken typ som helst, och inget tal och varken true eller false har en textform som matchar detta mönster.",
    },
    ("value-type", "range"): {
        "en": "in RDF a value that is not a number cannot be compared with the bounds of the range, so SHACL reports it as outside the range; in a property of decimal numbers any JSON number has the right type, so every value of the wrong type is one that is not a number.",
        "sv": "i RDF kan ett värde som inte är ett tal inte jämföras med intervallets gränser, så SHACL rapporterar det som utanför intervallet; i en egenskap med decimaltal har varje tal i JSON rätt typ, så varje värde av fel typ är ett värde som inte är ett tal.",
    },
    ("max-count", "pattern"): {
        "en": "the pattern admits one value only, so a second, different value cannot match it (two equal values are one value in RDF and would not break the rule).",
        "sv": "mönstret tillåter bara ett enda värde, så ett andra, annorlunda värde kan inte matcha det (två lika värden är ett enda värde i RDF och bryter inte mot regeln).",
    },
}

#: Why a rule has no example: no conformance case can show it, by rule ID, in both languages.
NO_EXAMPLE: dict[str, dict[str, str]] = {
    "internal.error": {
        "en": "No example is shown: this rule reports a failure of the validator itself, not a fault in the data, so no data can be written that gives it.",
        "sv": "Inget exempel visas: regeln rapporterar ett fel i valideraren själv, inte i data, så det går inte att skriva data som ger den.",
    },
    "SharingReceipt.data_categories.protected-contact-data": {
        "en": "No example is shown: a receipt can share contact data only under a consent that covers it, and such a consent of a person with protected personal data is itself a violation (Consent.data_categories.protected-contact-data), so this rule never fires alone. The conformance case protected-person-contact-data-shared shows both.",
        "sv": "Inget exempel visas: ett kvitto kan bara dela kontaktuppgifter med ett samtycke som omfattar dem, och ett sådant samtycke från en person med skyddade personuppgifter är självt ett fel (Consent.data_categories.protected-contact-data), så regeln ger aldrig ett fel ensam. Testfallet protected-person-contact-data-shared visar båda.",
    },
}

#: A file case is shown on the page only when it is text of at most this many characters.
MAX_FILE_EXAMPLE = 7000


@dataclass(frozen=True)
class Examples:
    """The examples of one rule: the failing case, and the passing document with where it is from.

    ``passing`` is the unchanged example of the failing patch case (``passing_case`` is then the
    failing case and ``passing_is_base`` true) or a conformant case of the same class. ``also``
    names the rules of the same slot the failing case gives too, each with a reason in
    ``ACCOMPANYING``; it is empty when a case shows the rule alone."""

    failing: Any | None  # a conformance Case
    passing_case: Any | None
    passing_is_base: bool = False
    also: tuple[str, ...] = ()

    def passing_document(self) -> Any:
        if self.passing_case is None:
            return None
        return self.passing_case.base_document() if self.passing_is_base else self.passing_case.document()


def _violations(case: Any) -> set[str]:
    return {rule for rule, severity in case.expected.findings if severity == "violation"}


def file_text(case: Any) -> str | None:
    """The text of a file case's input as the page shows it; None when there is no such file, or
    it is not UTF-8 text, or it is longer than ``MAX_FILE_EXAMPLE`` characters."""
    path = Path(case.data)
    if not path.is_file() or path.stat().st_size > 4 * MAX_FILE_EXAMPLE:
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None
    return text if len(text) <= MAX_FILE_EXAMPLE else None


def _showable(case: Any, rule_id: str) -> bool:
    """Whether the page can show the case's input: a document, a file's text, or (for the rule
    about a missing file) the path that names no file."""
    if case.kind != "file":
        return True
    if not Path(case.data).exists():
        return rule_id == "input.not-found"
    return file_text(case) is not None


def accompanying(rule_id: str, other: str) -> dict[str, str] | None:
    """Why an example of ``rule_id`` also gives ``other``, or None when it must not."""
    mine, theirs = rule_id.split("."), other.split(".")
    if len(mine) != 3 or len(theirs) != 3 or mine[:2] != theirs[:2]:
        return None
    return ACCOMPANYING.get((mine[2], theirs[2]))


def _fails_alone(case: Any, rule_id: str, severity: str, allowed: frozenset[str] = frozenset()) -> bool:
    """Whether ``case`` is expected to give ``rule_id`` and no violation of another rule than those
    in ``allowed`` — all of which it must then give."""
    if rule_id not in {rule for rule, _ in case.expected.findings} or not _showable(case, rule_id):
        return False
    return _violations(case) == ({rule_id} if severity == "violation" else set()) | allowed


def _accompanied(case: Any, rule_id: str) -> frozenset[str] | None:
    """The other violations of ``case`` when all are of the same slot with a reason, else None."""
    others = _violations(case) - {rule_id}
    if others and rule_id in _violations(case) and all(accompanying(rule_id, other) for other in others):
        return frozenset(others)
    return None


_KIND_ORDER = {"patch": 0, "record": 1, "package": 2, "file": 3}


@cache
def _cases() -> tuple[Any, ...]:
    from ...conformance.cases import load_cases

    return tuple(sorted(load_cases(), key=lambda c: (_KIND_ORDER.get(c.kind, 9), c.id)))


@cache
def _conformant_by_class() -> dict[tuple[str, str], Any]:
    out: dict[tuple[str, str], Any] = {}
    for case in _cases():
        if case.kind != "file" and case.expected.conformant and not _violations(case):
            out.setdefault((case.class_name, case.profile), case)
    return out


@cache
def _cases_expecting() -> dict[str, tuple[Any, ...]]:
    """The cases (in ``_cases`` order) that expect a finding of each rule: the only ones that can
    be a rule's failing example, so each rule's search reads its own cases, not all of them."""
    found: dict[str, list[Any]] = defaultdict(list)
    for case in _cases():
        for rule_id in {rule for rule, _ in case.expected.findings}:
            found[rule_id].append(case)
    return {rule_id: tuple(cases) for rule_id, cases in found.items()}


def examples(rule: Any) -> Examples:
    """The failing and passing example of ``rule``, each None when no case qualifies.

    A case that gives the rule alone is preferred; failing that, one whose other violations are
    rules of the same slot that ``ACCOMPANYING`` explains."""
    return _examples(rule.id, rule.severity.value)


@cache
def _examples(rule_id: str, severity: str) -> Examples:
    candidates = _cases_expecting().get(rule_id, ())
    failing = next((c for c in candidates if _fails_alone(c, rule_id, severity)), None)
    also: frozenset[str] = frozenset()
    if failing is None and severity == "violation":
        for case in candidates:
            allowed = _accompanied(case, rule_id)
            if allowed is not None and _fails_alone(case, rule_id, severity, allowed):
                failing, also = case, allowed
                break
    if failing is None:
        return Examples(None, None)
    if failing.kind == "patch":
        return Examples(failing, failing, True, tuple(sorted(also)))
    return Examples(failing, _conformant_by_class().get((failing.class_name, failing.profile)), False, tuple(sorted(also)))
