"""What a rule page says beyond the catalogue: how to fix a finding, and a failing and a passing
example taken from the conformance cases.

A generated rule gets the fix text of its kind (the last part of its ID: ``required``,
``pattern`` …); a hand-written rule (origin ``rules`` or ``engine``) gets its own text from
``validators/kll/validation/rule_fixes.yaml``. Both exist in Swedish and English.

The examples are chosen, not written: the failing example is a case whose expected violations
are exactly this rule (for a warning: this rule and no violation); the passing example is the
unchanged document a patch case starts from, or a conformant case of the same class and profile.
The tests validate every example shown again, so a page cannot show an example that says
something else than the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

__all__ = ["KIND_FIXES", "Examples", "examples", "fix_text", "hand_written_fixes", "rule_fixes_path"]

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


@dataclass(frozen=True)
class Examples:
    """The examples of one rule: the failing case, and the passing document with where it is from.

    ``passing`` is the unchanged example of the failing patch case (``passing_case`` is then the
    failing case and ``passing_is_base`` true) or a conformant case of the same class."""

    failing: Any | None  # a conformance Case
    passing_case: Any | None
    passing_is_base: bool = False

    def passing_document(self) -> Any:
        if self.passing_case is None:
            return None
        return self.passing_case.base_document() if self.passing_is_base else self.passing_case.document()


def _violations(case: Any) -> set[str]:
    return {rule for rule, severity in case.expected.findings if severity == "violation"}


def _fails_alone(case: Any, rule_id: str, severity: str) -> bool:
    """Whether ``case`` is expected to give ``rule_id`` and no violation of any other rule."""
    if case.kind == "file" or rule_id not in {rule for rule, _ in case.expected.findings}:
        return False
    return _violations(case) == ({rule_id} if severity == "violation" else set())


_KIND_ORDER = {"patch": 0, "record": 1, "package": 2}


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


def examples(rule: Any) -> Examples:
    """The failing and passing example of ``rule``, each None when no case qualifies."""
    failing = next((c for c in _cases() if _fails_alone(c, rule.id, rule.severity.value)), None)
    if failing is None:
        return Examples(None, None)
    if failing.kind == "patch":
        return Examples(failing, failing, True)
    return Examples(failing, _conformant_by_class().get((failing.class_name, failing.profile)))
