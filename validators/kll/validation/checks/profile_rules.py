"""Rules that only a profile turns on: the project's own demands beyond a standard.

The model holds what a standard allows (an SSSOM mapping set may map any entities with any
predicate); a profile of the project may demand more of the data its role publishes. Such a rule
is a check like any other (a rule ID, a severity, Swedish and English messages that say which
profile demands it), and the profile's YAML lists it under ``rules:``. The validator reports it
only when that profile is chosen (``kll validate --profile P``, ``kll conformance run``): a rule
listed by a profile is hidden from every other run (``kll.validation.catalogue.hidden_rules``).

taxonomy-crosswalk-publisher (decision record 0007): a translation key of the project names its
subject and object sources, maps concepts of the project's schemes given by scheme and code, uses
the SKOS mapping relations of the ``MappingPredicate`` enumeration, and should have a title, a
version and its creators.
"""

from __future__ import annotations

from ..severity import Severity
from .base import Context, Hit, check

__all__ = ["SKOS_MAPPING_RELATIONS"]

_PROFILE = "taxonomy-crosswalk-publisher"

#: The meanings of the MappingPredicate enumeration (model/concepts.yaml); a test keeps them equal.
SKOS_MAPPING_RELATIONS = frozenset(
    f"http://www.w3.org/2004/02/skos/core#{name}" for name in ("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch")
)


@check(
    "Mapping.mapping_predicate.skos",
    applies_to="Mapping",
    source="Mapping.mapping_predicate",
    en=f"The {_PROFILE} profile requires the predicate of a translation key's mapping to be one of the SKOS mapping relations (exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch), given as its IRI.",
    sv=f"Profilen {_PROFILE} kräver att predikatet i en översättningsnyckels mappning är en av SKOS-relationerna för mappning (exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch), angiven med sin IRI.",
)
def skos_predicate(obj: dict, ctx: Context):
    predicate = obj.get("mapping_predicate")
    if predicate is not None and predicate not in SKOS_MAPPING_RELATIONS:
        yield Hit("/mapping_predicate")


def _project_concept(entity) -> bool:
    return isinstance(entity, dict) and isinstance(entity.get("scheme"), str) and isinstance(entity.get("code"), str)


@check(
    "Mapping.mapping_subject.project-scheme",
    applies_to="Mapping",
    source="Mapping.mapping_subject",
    en=f"The {_PROFILE} profile requires the subject of a translation key's mapping to be a concept of one of the project's schemes, given by scheme and code.",
    sv=f"Profilen {_PROFILE} kräver att subjektet i en översättningsnyckels mappning är ett begrepp ur något av projektets scheman, angivet med schema och kod.",
)
def subject_in_project_scheme(obj: dict, ctx: Context):
    subject = obj.get("mapping_subject")
    if subject is not None and not _project_concept(subject):
        yield Hit("/mapping_subject")


@check(
    "Mapping.mapping_object.project-scheme",
    applies_to="Mapping",
    source="Mapping.mapping_object",
    en=f"The {_PROFILE} profile requires the object of a translation key's mapping to be a concept of one of the project's schemes, given by scheme and code.",
    sv=f"Profilen {_PROFILE} kräver att objektet i en översättningsnyckels mappning är ett begrepp ur något av projektets scheman, angivet med schema och kod.",
)
def object_in_project_scheme(obj: dict, ctx: Context):
    target = obj.get("mapping_object")
    if target is not None and not _project_concept(target):
        yield Hit("/mapping_object")


def _missing(obj: dict, slot: str):
    if obj.get(slot) in (None, "", []):
        yield Hit(f"/{slot}")


@check(
    "MappingSet.subject_source.project-required",
    applies_to="MappingSet",
    source="MappingSet.subject_source",
    en=f"The {_PROFILE} profile requires a translation key to name its subject source, the concept scheme its subjects are taken from.",
    sv=f"Profilen {_PROFILE} kräver att en översättningsnyckel anger sin subjektkälla, det begreppssystem som subjekten hämtas ur.",
)
def subject_source_given(obj: dict, ctx: Context):
    yield from _missing(obj, "subject_source")


@check(
    "MappingSet.object_source.project-required",
    applies_to="MappingSet",
    source="MappingSet.object_source",
    en=f"The {_PROFILE} profile requires a translation key to name its object source, the concept scheme its objects are taken from.",
    sv=f"Profilen {_PROFILE} kräver att en översättningsnyckel anger sin objektkälla, det begreppssystem som objekten hämtas ur.",
)
def object_source_given(obj: dict, ctx: Context):
    yield from _missing(obj, "object_source")


@check(
    "MappingSet.title.project-recommended",
    applies_to="MappingSet",
    severity=Severity.WARNING,
    source="MappingSet.title",
    en=f"The {_PROFILE} profile recommends that a translation key has a title.",
    sv=f"Profilen {_PROFILE} rekommenderar att en översättningsnyckel har en titel.",
)
def title_given(obj: dict, ctx: Context):
    yield from _missing(obj, "title")


@check(
    "MappingSet.mapping_set_version.project-recommended",
    applies_to="MappingSet",
    severity=Severity.WARNING,
    source="MappingSet.mapping_set_version",
    en=f"The {_PROFILE} profile recommends that a translation key gives its version, since a key is changed by publishing a new version.",
    sv=f"Profilen {_PROFILE} rekommenderar att en översättningsnyckel anger sin version, eftersom en nyckel ändras genom att en ny version publiceras.",
)
def version_given(obj: dict, ctx: Context):
    yield from _missing(obj, "mapping_set_version")


@check(
    "MappingSet.mapping_set_creators.project-recommended",
    applies_to="MappingSet",
    severity=Severity.WARNING,
    source="MappingSet.mapping_set_creators",
    en=f"The {_PROFILE} profile recommends that a translation key names its creators, who answer for it.",
    sv=f"Profilen {_PROFILE} rekommenderar att en översättningsnyckel anger sina skapare, som svarar för den.",
)
def creators_given(obj: dict, ctx: Context):
    yield from _missing(obj, "mapping_set_creators")
