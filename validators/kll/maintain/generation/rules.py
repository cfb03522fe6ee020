"""Rule identity and bilingual messages for the constraints the model declares.

A constraint that the generators carry (required, cardinality, value type, pattern, enumeration,
numeric range, language) gets a stable rule ID derived from the element names:
``<Class>.<slot>.<kind>``, e.g. ``EducationEvent.start_date.required``. Names are part of the
versioned model, so the IDs change only when the model does, and a rename is a breaking change
anyway. Severity follows the requirement word: MUST → violation, SHOULD → warning, MAY → info.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ...validation.severity import Severity

RULE_NAMESPACE = "https://w3id.org/kll/rule/"


class Kind(str, Enum):
    """The families of constraints generated from the model, one rule each per class and slot."""

    REQUIRED = "required"
    RECOMMENDED = "recommended"
    MAX_COUNT = "max-count"
    VALUE_TYPE = "value-type"
    PATTERN = "pattern"
    ENUM = "enum"
    RANGE = "range"
    LANGUAGE_MAP = "language-map"
    SWEDISH = "swedish"
    ENGLISH = "english"
    IDENTIFIER = "identifier"
    CLOSED = "closed"


SEVERITY_OF_KIND = {
    Kind.RECOMMENDED: Severity.WARNING,
    Kind.ENGLISH: Severity.WARNING,
}

# {c} / {s}: the class and slot label in the message's language; {x}: kind-specific detail.
_TEMPLATES: dict[Kind, tuple[str, str]] = {
    Kind.REQUIRED: ("{c}: {s} is required.", "{c}: {s} är obligatoriskt."),
    Kind.RECOMMENDED: ("{c}: {s} is recommended and missing.", "{c}: {s} bör anges men saknas."),
    Kind.MAX_COUNT: ("{c}: {s} takes at most {x} value(s).", "{c}: {s} får ha högst {x} värde(n)."),
    Kind.VALUE_TYPE: (
        "{c}: {s} has a value of the wrong type; expected {x}.",
        "{c}: {s} har ett värde av fel typ; förväntat {x}.",
    ),
    Kind.PATTERN: (
        "{c}: {s} is not in the required format ({x}).",
        "{c}: {s} har inte det format som krävs ({x}).",
    ),
    Kind.ENUM: (
        "{c}: {s} is not one of the allowed values of {x}.",
        "{c}: {s} är inte ett av de tillåtna värdena i {x}.",
    ),
    Kind.RANGE: ("{c}: {s} is outside the allowed range {x}.", "{c}: {s} ligger utanför det tillåtna intervallet {x}."),
    Kind.LANGUAGE_MAP: (
        "{c}: {s} must be language-tagged text in {x}, non-blank and without leading or trailing white space.",
        "{c}: {s} måste vara språkmärkt text på {x}, inte tom och utan inledande eller avslutande blanktecken.",
    ),
    Kind.SWEDISH: ("{c}: {s} has no Swedish text.", "{c}: {s} saknar svensk text."),
    Kind.ENGLISH: ("{c}: {s} should also have an English text.", "{c}: {s} bör också ha en engelsk text."),
    Kind.IDENTIFIER: (
        "{c}: the identifier must be an absolute IRI ({x}).",
        "{c}: identifieraren måste vara en absolut IRI ({x}).",
    ),
    Kind.CLOSED: (
        "{c}: has a property that the model does not define for this class.",
        "{c}: har en egenskap som modellen inte definierar för klassen.",
    ),
}


@dataclass(frozen=True)
class Messages:
    en: str
    sv: str


def rule_id(class_name: str, slot_name: str | None, kind: Kind) -> str:
    """The stable ID of a generated rule, e.g. ``EducationEvent.start_date.required``."""
    return ".".join(part for part in (class_name, slot_name, kind.value) if part)


def rule_iri(identifier: str) -> str:
    """The IRI of a rule; the SHACL shape that implements it carries the same IRI."""
    return RULE_NAMESPACE + identifier


def severity(kind: Kind) -> Severity:
    return SEVERITY_OF_KIND.get(kind, Severity.VIOLATION)


def messages(kind: Kind, class_label: tuple[str, str], slot_label: tuple[str, str] | None, detail: str | tuple[str, str] = "") -> Messages:
    """English and Swedish messages for a rule; labels are (en, sv) pairs, and so is a detail made
    of words (a class or list name), so that the Swedish message is Swedish throughout; a detail
    without words (a number, a pattern, a datatype) is one string for both."""
    en_template, sv_template = _TEMPLATES[kind]
    slot_en, slot_sv = slot_label or ("", "")
    detail_en, detail_sv = (detail, detail) if isinstance(detail, str) else detail
    return Messages(
        en=en_template.format(c=class_label[0], s=slot_en, x=detail_en),
        sv=sv_template.format(c=class_label[1], s=slot_sv, x=detail_sv),
    )
