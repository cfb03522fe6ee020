"""Rules over the whole set of records validated together: identity, references and concept life cycle.

* ``identifier.duplicate``: an identifier is defined by one record only (core.yaml id: "never
  reused for another entity").
* ``reference.unresolved`` / ``reference.wrong-class``: every value of a reference slot is the
  identifier of a record among those validated together, of the slot's range class or a descendant
  (GAP-JSONSCHEMA-REFERENCES, GAP-SHACL-REFERENCES: neither JSON Schema nor the generated SHACL
  can check this). An unresolved reference is a violation: the model's answer to a distributed
  ecosystem is to validate related records together, and a record that cannot be found cannot be
  relied on (a sharing receipt must be traceable to its consent, a decision to its qualification).
* ``reference.deprecated-concept``: a record refers to a deprecated concept (a warning: deprecated
  concepts stay resolvable, but should not be used for new data); the detail names the replacement.
  Besides the reference slots, it reads the subject and the object of every mapping of a mapping
  set (a concept given by its IRI, or by scheme and code, that is among the records validated
  together) and a concept's SKOS match slots (exact, close, broad and narrow match: IRIs that may
  point outside the data, checked when they point to a concept inside it). A mapping between a
  deprecated concept and its own replacement, or a match from the replacement to the concept it
  replaces, records the replacement and is not warned about.
* Concept life cycle (concepts.yaml): only a deprecated concept has replaced_by, never itself, and
  the broader hierarchy has no cycles.
"""

from __future__ import annotations

from ..severity import Severity
from .base import Context, Detail, Hit, check
from ._common import items, pointer, swedish_label


@check(
    "identifier.duplicate",
    applies_to="Entity",
    source="Entity.id",
    en="The identifier is defined by more than one record.",
    sv="Identifieraren definieras av mer än en post.",
)
def duplicate_identifier(obj: dict, ctx: Context):
    places = ctx.dataset.duplicates.get(obj.get("id")) if isinstance(obj.get("id"), str) else None
    if places:
        return (Hit("/id", Detail(
            f"It is defined {len(places)} times in the records validated together.",
            f"Den definieras {len(places)} gånger i de poster som valideras tillsammans.")),)
    return None


#: Value objects (no identity, so not Entities) that hold references, by the record slot that
#: inlines them. The reference rules apply to Entity; they reach these through their record.
NESTED_WITH_REFERENCES = {("MappingSet", "mappings"): "Mapping"}


def _slot_references(obj: dict, class_name: str, ctx: Context, prefix: tuple, found: list) -> None:
    for slot, range_class, _multivalued in ctx.dataset.reference_slots(class_name):
        value = obj.get(slot)
        if value is None:
            continue
        if isinstance(value, list):
            for index, element in enumerate(value):
                if isinstance(element, str):
                    found.append(((*prefix, slot, index), element, range_class))
        elif isinstance(value, str):
            found.append(((*prefix, slot), value, range_class))


#: The references of the object last asked about, each with the dataset's entry for it: the three
#: reference rules run one after another on the same object with the same context (the engine
#: gives each object one context), so the references are found and looked up once.
_LAST: tuple = (None, None, ())


_HOLDERS: dict = {}


def _holders(is_a, class_name: str) -> list:
    """The slots of ``NESTED_WITH_REFERENCES`` that a class has (asked once per class)."""
    key = (is_a, class_name)
    found = _HOLDERS.get(key)
    if found is None:
        found = [(slot, nested_class) for (holder, slot), nested_class in NESTED_WITH_REFERENCES.items() if is_a(class_name, holder)]
        if len(_HOLDERS) > 1024:
            _HOLDERS.clear()
        _HOLDERS[key] = found
    return found


def _reference_list(obj: dict, ctx: Context) -> list:
    """(pointer parts, identifier, range class, the dataset's entry or None) for every value of
    every reference slot of the record."""
    global _LAST
    last = _LAST
    if last[0] is obj and last[1] is ctx:
        return last[2]
    found: list = []
    _slot_references(obj, ctx.class_name, ctx, (), found)
    for slot, nested_class in _holders(ctx.dataset.is_a, ctx.class_name):
        for index, nested in items(obj.get(slot)):
            if isinstance(nested, dict):
                _slot_references(nested, nested_class, ctx, (slot, index), found)
    if found:
        get = ctx.dataset.get
        found = [(parts, value, range_class, get(value)) for parts, value, range_class in found]
    _LAST = (obj, ctx, found)
    return found


@check(
    "reference.unresolved",
    applies_to="Entity",
    source="Entity.id",
    en="A reference does not resolve to any record among those validated together.",
    sv="En referens pekar inte på någon av de poster som valideras tillsammans.",
)
def unresolved(obj: dict, ctx: Context):
    references = _reference_list(obj, ctx)
    if not references:
        return None
    return [
        Hit(pointer(*parts), Detail(
            f"No record has this identifier; {_article(range_class)} {range_class} is expected.",
            f"Ingen post har den här identifieraren; en post av klassen {swedish_label(range_class)} förväntas."))
        for parts, value, range_class, entry in references if entry is None
    ]


@check(
    "reference.wrong-class",
    applies_to="Entity",
    source="Entity.id",
    en="A reference points to a record of a class that the slot does not accept.",
    sv="En referens pekar på en post av en klass som fältet inte tillåter.",
)
def wrong_class(obj: dict, ctx: Context):
    references = _reference_list(obj, ctx)
    if not references:
        return None
    is_a = ctx.dataset.is_a
    hits = []
    for parts, value, range_class, entry in references:
        if entry is not None and not is_a(entry.class_name, range_class):
            hits.append(Hit(pointer(*parts), Detail(
                f"The record is {_article(entry.class_name)} {entry.class_name}; {_article(range_class)} {range_class} is expected.",
                f"Posten är av klassen {swedish_label(entry.class_name)}; en post av klassen {swedish_label(range_class)} förväntas.")))
    return hits


#: A concept's SKOS mapping slots (model/concepts.yaml): IRIs, not references, since they may
#: point to concepts of other vocabularies; one that names a concept of the data is checked.
SKOS_MATCH_SLOTS = ("exact_match", "close_match", "broad_match", "narrow_match")


def _deprecation(concept: dict, parts: tuple) -> Hit:
    replacement = concept.get("replaced_by")
    if isinstance(replacement, str) and replacement:
        return Hit(pointer(*parts), Detail(f"The concept is replaced by {replacement}.", f"Begreppet ersätts av {replacement}."))
    return Hit(pointer(*parts), Detail("The concept has no replacement.", "Begreppet har ingen ersättare."))


def _concepts_by_code(ctx: Context) -> dict:
    """(scheme, code) -> [(scheme version, concept)] over the concepts validated together, built
    once per run."""
    found = ctx.dataset.memo.get("concepts-by-code")
    if found is None:
        schemes = {s["id"]: (s.get("scheme"), s.get("scheme_version")) for s in ctx.dataset.records_of("ConceptScheme") if isinstance(s.get("id"), str)}
        found = {}
        for concept in ctx.dataset.records_of("Concept"):
            scheme = schemes.get(concept.get("concept_scheme"))
            if scheme and isinstance(scheme[0], str) and isinstance(concept.get("code"), str):
                found.setdefault((scheme[0], concept["code"]), []).append((scheme[1], concept))
        ctx.dataset.memo["concepts-by-code"] = found
    return found


def _mapped_concept(entity, ctx: Context) -> dict | None:
    """The concept of the data that a mapping's subject or object names: by its IRI, or by scheme,
    code and (when given) scheme version."""
    if not isinstance(entity, dict):
        return None
    by_iri = ctx.dataset.record(entity.get("concept_iri"), "Concept")
    if by_iri is not None:
        return by_iri
    scheme, code = entity.get("scheme"), entity.get("code")
    if not isinstance(scheme, str) or not isinstance(code, str):
        return None
    version = entity.get("scheme_version")
    candidates = [c for v, c in _concepts_by_code(ctx).get((scheme, code), ()) if version in (None, v)]
    return candidates[0] if len(candidates) == 1 else None


def _deprecated_mappings(obj: dict, ctx: Context) -> list[Hit]:
    hits = []
    for index, mapping in items(obj.get("mappings")):
        if not isinstance(mapping, dict):
            continue
        ends = {side: _mapped_concept(mapping.get(side), ctx) for side in ("mapping_subject", "mapping_object")}
        for side, other in (("mapping_subject", "mapping_object"), ("mapping_object", "mapping_subject")):
            concept = ends[side]
            if concept is None or concept.get("deprecated") is not True:
                continue
            if ends[other] is not None and ends[other].get("id") == concept.get("replaced_by"):
                continue  # the mapping records the replacement itself
            hits.append(_deprecation(concept, ("mappings", index, side)))
    return hits


def _deprecated_matches(obj: dict, ctx: Context) -> list[Hit]:
    hits = []
    for slot in SKOS_MATCH_SLOTS:
        for index, value in items(obj.get(slot)):
            concept = ctx.dataset.record(value, "Concept")
            if concept is not None and concept.get("deprecated") is True and concept.get("replaced_by") != obj.get("id"):
                hits.append(_deprecation(concept, (slot, index)))
    return hits


@check(
    "reference.deprecated-concept",
    applies_to="Entity",
    severity=Severity.WARNING,
    source="Concept.deprecated",
    en="A reference points to a deprecated concept, which should no longer be used for new data.",
    sv="En referens pekar på ett avvecklat begrepp, som inte längre bör användas för nya data.",
)
def deprecated_concept(obj: dict, ctx: Context):
    if ctx.dataset.is_a(ctx.class_name, "Concept") and obj.get("deprecated") is True:
        return None  # a deprecated concept may keep its place in a deprecated hierarchy
    is_a = ctx.dataset.is_a
    hits = []
    if is_a(ctx.class_name, "MappingSet"):
        hits += _deprecated_mappings(obj, ctx)
    if is_a(ctx.class_name, "Concept"):
        hits += _deprecated_matches(obj, ctx)
    references = _reference_list(obj, ctx)
    if not references:
        return hits
    record = ctx.dataset.record
    for parts, value, _, entry in references:
        if entry is None or entry.data is None:
            continue  # what ``record`` would say: not a record kept whole
        concept = record(value, "Concept")
        if concept is not None and concept.get("deprecated") is True:
            hits.append(_deprecation(concept, parts))
    return hits


@check(
    "Concept.replaced_by.only-when-deprecated",
    applies_to="Concept",
    source="Concept.replaced_by",
    en="Only a deprecated concept may have a replacement.",
    sv="Bara ett avvecklat begrepp får ha en ersättare.",
)
def replaced_only_when_deprecated(obj: dict, ctx: Context):
    if obj.get("replaced_by") not in (None, "") and obj.get("deprecated") is not True:
        yield Hit("/replaced_by")


@check(
    "Concept.replaced_by.not-self",
    applies_to="Concept",
    source="Concept.replaced_by",
    en="A concept cannot be replaced by itself.",
    sv="Ett begrepp kan inte ersättas av sig självt.",
)
def replaced_not_self(obj: dict, ctx: Context):
    if isinstance(obj.get("id"), str) and obj.get("replaced_by") == obj.get("id"):
        yield Hit("/replaced_by")


@check(
    "Concept.broader.no-cycle",
    applies_to="Concept",
    source="Concept.broader",
    en="The concept is, through its broader concepts, broader than itself.",
    sv="Begreppet är, via sina överordnade begrepp, överordnat sig självt.",
)
def broader_without_cycle(obj: dict, ctx: Context):
    own = obj.get("id")
    if not isinstance(own, str):
        return
    for index, start in items(obj.get("broader")):
        seen: set[str] = set()
        queue = [start]
        while queue:
            current = queue.pop()
            if not isinstance(current, str) or current in seen:
                continue
            if current == own:
                yield Hit(pointer("broader", index))
                break
            seen.add(current)
            concept = ctx.dataset.record(current, "Concept")
            if concept is not None:
                queue.extend(value for _, value in items(concept.get("broader")))


def _article(class_name: str) -> str:
    """'a' or 'an' before a class name, by its first letter (class names are English words)."""
    return "an" if class_name[:1].upper() in "AEIOU" else "a"
