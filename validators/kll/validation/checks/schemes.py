"""Rules on concept references as a whole: a reference fits the slot that holds it (record 0027).

A concept-reference slot says which schemes it takes with the annotation ``accepted_schemes`` (an
occupation slot takes occupation schemes only: SSYK 2012, JobTech occupations, ESCO occupations,
a local scheme), and, for the JobTech Taxonomy, which concept types with ``accepted_jobtech_types``.
The model index carries both; one check reads them for every class, so a new slot needs only its
annotation.

* the scheme of a reference is one the slot accepts, also in the value objects a record holds (the
  courses of an education's eligibility requirements);
* a JobTech code whose concept type is known has a type the slot accepts. The type is known from a
  ``Concept`` record validated together (its ``jobtech_concept_id`` and ``jobtech_concept_type``)
  or from a shipped list that gives JobTech concept ids (SSYK level 4, employment types,
  working-time extents); otherwise it is not checked (known gap GAP-RULES-JOBTECH-TYPE);
* a reference in a deprecated scheme (today ``esco``) warns and names the replacement
  (record 0011).
"""

from __future__ import annotations

from functools import cache

from ...artifacts.codelists import load
from ...artifacts.modelindex import SlotInfo, model_index
from ..severity import Severity
from .base import Context, Dataset, Detail, Hit, check
from ._common import as_text

#: Shipped lists whose rows carry a JobTech concept id, and the concept type of every row.
_JOBTECH_TYPED_LISTS = {
    "af-ssyk-2012": ("jobtech_concept_id", "ssyk-level-4"),
    "jobtech-employment-type": ("code", "employment-type"),
    "jobtech-worktime-extent": ("code", "worktime-extent"),
}


@cache
def _fitted_slots(class_name: str) -> tuple[SlotInfo, ...]:
    """The concept-reference slots of a class that declare the schemes they accept."""
    info = model_index().classes.get(class_name)
    if info is None:
        return ()
    return tuple(slot for slot in info.slots.values() if slot.accepted_schemes)


@cache
def _nested_fitted(class_name: str, seen: frozenset[str] = frozenset()) -> tuple[SlotInfo, ...]:
    """The inlined-object slots of a class whose objects hold, at any depth, a concept-reference slot
    that declares the schemes it accepts (Education → eligibility_requirements → course_requirements
    → courses): the check follows them from the record, so value objects are judged too."""
    info = model_index().classes.get(class_name)
    if info is None or class_name in seen:
        return ()
    inner = seen | {class_name}
    return tuple(
        slot for slot in info.slots.values()
        if slot.kind == "object" and slot.range not in (None, "ConceptReference")
        and (_fitted_slots(slot.range) or _nested_fitted(slot.range, inner))
    )


@cache
def _scheme_slot() -> SlotInfo:
    return model_index().classes["ConceptReference"].slots["scheme"]


@cache
def _shipped_jobtech_types() -> dict[str, str]:
    types: dict[str, str] = {}
    for name, (column, concept_type) in _JOBTECH_TYPED_LISTS.items():
        try:
            codes = load(name)
        except KeyError:  # a list not shipped: its codes keep an unknown type
            continue
        for code in codes:
            concept_id = code if column == "code" else codes[code].columns.get(column, "")
            if concept_id:
                types[concept_id] = concept_type
    return types


def _jobtech_types(dataset: Dataset) -> dict[str, str]:
    """JobTech concept id → concept type, from the shipped lists and the Concept records validated."""
    found = dataset.memo.get("jobtech-types")
    if found is None:
        found = {}
        for data in dataset.records_of("Concept"):
            concept_id, concept_type = as_text(data.get("jobtech_concept_id")), as_text(data.get("jobtech_concept_type"))
            if concept_id and concept_type:
                found[concept_id] = concept_type
        found.update(_shipped_jobtech_types())  # a shipped list, read from the taxonomy, wins over a record
        dataset.memo["jobtech-types"] = found  # the same for every record of one run
    return found


def _references(obj: dict, slot: SlotInfo):
    """(pointer, reference) for every well-formed reference the slot holds."""
    value = obj.get(slot.name)
    if slot.multivalued:
        if isinstance(value, list):
            for position, item in enumerate(value):
                if isinstance(item, dict):
                    yield f"/{slot.name}/{position}", item
    elif isinstance(value, dict):
        yield f"/{slot.name}", value


@check(
    "concept-reference.scheme-fits-slot",
    applies_to="Entity",
    source="ConceptReference.scheme",
    en="The concept reference is in a scheme that this property does not take (for example an occupation given as a skill).",
    sv="Begreppsreferensen hör till ett schema som egenskapen inte tar emot (till exempel ett yrke angivet som en kompetens).",
)
def scheme_fits_slot(obj: dict, ctx: Context):
    hits: list[Hit] = []
    _scheme_hits(obj, ctx.class_name, "", hits)
    return hits


def _scheme_hits(obj: dict, class_name: str, prefix: str, hits: list[Hit]) -> None:
    for slot in _fitted_slots(class_name):
        for where, reference in _references(obj, slot):
            scheme = as_text(reference.get("scheme"))
            if scheme and scheme not in slot.accepted_schemes and scheme in (_scheme_slot().values or {}):
                accepted = ", ".join(sorted(slot.accepted_schemes))
                hits.append(Hit(prefix + where + "/scheme", Detail(
                    f"The property {slot.name} takes the schemes {accepted}.", f"Egenskapen {slot.name} tar emot begreppssystemen {accepted}.")))
    for slot in _nested_fitted(class_name):
        for where, nested in _references(obj, slot):
            _scheme_hits(nested, slot.range, prefix + where, hits)


@check(
    "concept-reference.jobtech-type-fits-slot",
    applies_to="Entity",
    source="ConceptReference.code",
    en="The JobTech concept is of a type that this property does not take (for example a skill given as an occupation).",
    sv="JobTech-begreppet är av en typ som egenskapen inte tar emot (till exempel en kompetens angiven som ett yrke).",
)
def jobtech_type_fits_slot(obj: dict, ctx: Context):
    hits = []
    for slot in _fitted_slots(ctx.class_name):
        if not slot.accepted_jobtech_types:
            continue
        for where, reference in _references(obj, slot):
            code = as_text(reference.get("code"))
            if as_text(reference.get("scheme")) != "jobtech-taxonomy" or not code:
                continue
            concept_type = _jobtech_types(ctx.dataset).get(code)
            if concept_type is not None and concept_type not in slot.accepted_jobtech_types:
                accepted = ", ".join(sorted(slot.accepted_jobtech_types))
                hits.append(Hit(where + "/code", Detail(
                    f"The concept is of type {concept_type}; the property {slot.name} takes {accepted}.",
                    f"Begreppet är av typen {concept_type}; egenskapen {slot.name} tar emot {accepted}.")))
    return hits


@check(
    "ConceptReference.scheme.deprecated",
    applies_to="ConceptReference",
    severity=Severity.WARNING,
    source="ConceptReference.scheme",
    en="The scheme of the concept reference is deprecated; use its replacement.",
    sv="Begreppsreferensens schema är utfasat; använd det som ersätter det.",
)
def scheme_deprecated(obj: dict, ctx: Context):
    scheme = as_text(obj.get("scheme"))
    deprecated = _scheme_slot().deprecated_values or {}
    if scheme in deprecated:
        # the model's reason names every replacement (esco: esco-skill for skills, esco-occupation for occupations)
        swedish = (_scheme_slot().deprecated_values_sv or {}).get(scheme, deprecated[scheme])
        return (Hit("/scheme", Detail(f"The scheme {scheme} is deprecated. {deprecated[scheme]}", f"Begreppssystemet {scheme} är utfasat. {swedish}")),)
    return None
