"""SSSOM's slots and where the model keeps each: the one table the reader, the writer, the
published mapping table and the coverage measure share.

SSSOM (the Simple Standard for Sharing Ontological Mappings) defines its model as a LinkML schema,
which sssom-py ships as the ``sssom_schema`` package (a declared dependency of this project). That
schema, not this table, says which slots there are: ``standard()`` reads them from it, so a slot
the table forgot shows as *missing* in ``kll mapping coverage`` and a slot it invents as *not in
the standard*.

Kinds of value, as SSSOM/TSV writes them and the model holds them:

``ref``     an ``EntityReference``: a CURIE in the file, the IRI it expands to in the model;
``refs``    several of them (``|``-separated in a cell, a YAML list in the metadata);
``uri``     a ``NonRelativeURI``: a full IRI in the file and in the model;
``uris``    several of them;
``text``    a string, kept exactly (dates too: the model checks them);
``texts``   several strings;
``float``   a number;
``lang``    a text the model keeps as its Swedish text (SSSOM has no language tags);
``agents``  IRIs of agents; each is also an Organisation record (a Person for an ORCID iD);
``labels``  the names of those agents, kept with the records where each is one agent's name,
            else as the list the file gives;
``justification`` a SEMAPV CURIE, held as the code of the model's ``MappingJustification``;
``modifier`` SSSOM's predicate modifier, whose one value ``Not`` is ``mapping_negated: true``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

__all__ = [
    "ROW", "SIDE", "SET", "SET_SPECIAL", "SET_UNMAPPED", "PROPAGATED_TO_ROWS", "BUILTIN_PREFIXES",
    "schema_path", "schema_slots", "propagatable",
]

#: Mapping slots (TSV columns) -> (Mapping slot, kind); the subject_* and object_* columns are SIDE's.
ROW: dict[str, tuple[str, str]] = {
    "record_id": ("mapping_record_id", "ref"),
    "predicate_id": ("mapping_predicate", "ref"),
    "predicate_label": ("mapping_predicate_label", "text"),
    "predicate_modifier": ("mapping_negated", "modifier"),
    "predicate_type": ("mapping_predicate_type", "text"),
    "mapping_justification": ("mapping_justification", "justification"),
    "author_id": ("mapping_authors", "agents"),
    "author_label": ("mapping_author_labels", "labels"),
    "reviewer_id": ("mapping_reviewers", "agents"),
    "reviewer_label": ("mapping_reviewer_labels", "labels"),
    "creator_id": ("mapping_creators", "agents"),
    "creator_label": ("mapping_creator_labels", "labels"),
    "license": ("mapping_license", "uri"),
    "mapping_provider": ("mapping_provider", "uri"),
    "mapping_source": ("mapping_source", "ref"),
    "mapping_cardinality": ("mapping_cardinality", "text"),
    "cardinality_scope": ("cardinality_scope", "texts"),
    "mapping_tool": ("mapping_tool", "text"),
    "mapping_tool_id": ("mapping_tool_id", "ref"),
    "mapping_tool_version": ("mapping_tool_version", "text"),
    "mapping_date": ("mapping_date", "text"),
    "publication_date": ("issued", "text"),
    "review_date": ("review_date", "text"),
    "confidence": ("confidence", "float"),
    "reviewer_agreement": ("reviewer_agreement", "float"),
    "curation_rule": ("curation_rules", "refs"),
    "curation_rule_text": ("curation_rule_texts", "texts"),
    "match_string": ("match_strings", "texts"),
    "similarity_score": ("similarity_score", "float"),
    "similarity_measure": ("similarity_measure", "text"),
    "see_also": ("mapping_see_also", "uris"),
    "issue_tracker_item": ("issue_tracker_item", "ref"),
    "other": ("mapping_other", "text"),
    "comment": ("mapping_comment", "text"),
}

#: subject_<x> / object_<x> columns -> (MappingEntity slot, kind); "id" is the entity itself.
SIDE: dict[str, tuple[str, str]] = {
    "id": ("concept_iri", "entity"),
    "label": ("label", "lang"),
    "category": ("entity_category", "text"),
    "type": ("entity_type", "text"),
    "source": ("entity_source", "ref"),
    "source_version": ("scheme_version", "text"),
    "match_field": ("match_fields", "refs"),
    "preprocessing": ("preprocessing", "refs"),
}

#: Mapping-set slots (metadata keys) -> (MappingSet slot, kind).
SET: dict[str, tuple[str, str]] = {
    "sssom_version": ("sssom_version", "text"),
    "mapping_set_id": ("id", "uri"),
    "mapping_set_version": ("mapping_set_version", "text"),
    "mapping_set_source": ("mapping_set_sources", "uris"),
    "mapping_set_title": ("title", "lang"),
    "mapping_set_description": ("description", "lang"),
    "mapping_set_confidence": ("mapping_set_confidence", "float"),
    "creator_id": ("mapping_set_creators", "agents"),
    "creator_label": ("mapping_set_creator_labels", "labels"),
    "license": ("mapping_set_license", "uri"),
    "subject_source": ("subject_source", "ref"),
    "object_source": ("object_source", "ref"),
    "mapping_date": ("mapping_date", "text"),
    "publication_date": ("issued", "text"),
    "see_also": ("mapping_see_also", "uris"),
    "issue_tracker": ("issue_tracker", "uri"),
    "other": ("mapping_other", "text"),
    "comment": ("mapping_comment", "text"),
}

#: Mapping-set slots with a place of their own: (model element, note) for the published table.
SET_SPECIAL: dict[str, tuple[str, str]] = {
    "curie_map": ("MappingSet.curie_map", "Every prefix of the file, kept; CURIEs are held as the IRIs they expand to and written back with these prefixes."),
    "mappings": ("MappingSet.mappings", "The rows of the table."),
    "subject_source_version": ("MappingSet.subject_source_version", "On the ConceptScheme record of the subject source where the reader builds one (a source named by a scheme of the project), else on the set; it is also every subject's version when no row gives one."),
    "object_source_version": ("MappingSet.object_source_version", "As subject_source_version, for the objects."),
}

#: Mapping-set slots the model does not carry, with the reason.
SET_UNMAPPED: dict[str, str] = {
    "extension_definitions": "Extension slots are not part of SSSOM's model; each non-standard key or column is reported and left out, as SSSOM/TSV readers must discard slots that are not defined.",
}

#: SSSOM's built-in prefixes (specification, "IRI prefixes"): usable without a curie_map entry.
BUILTIN_PREFIXES: dict[str, str] = {
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "semapv": "https://w3id.org/semapv/vocab/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "sssom": "https://w3id.org/sssom/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "linkml": "https://w3id.org/linkml/",
}


def schema_path() -> Path:
    """The LinkML schema of SSSOM that sssom-py ships (``sssom_schema`` package)."""
    import sssom_schema

    return Path(sssom_schema.__file__).parent / "schema" / "sssom_schema.yaml"


@cache
def _schema() -> dict:
    return yaml.safe_load(schema_path().read_text(encoding="utf-8"))


def schema_version() -> str:
    """The installed ``sssom_schema`` package version (the schema file carries none of its own)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sssom-schema")
    except PackageNotFoundError:  # pragma: no cover - a declared dependency
        return "unknown"


@cache
def schema_slots() -> dict[str, tuple[str, ...]]:
    """SSSOM's own slots of the classes an SSSOM/TSV file holds: ``{"mapping_set": (...), "mapping": (...)}``."""
    classes = _schema()["classes"]
    return {"mapping_set": tuple(classes["mapping set"]["slots"]), "mapping": tuple(classes["mapping"]["slots"])}


@cache
def propagatable() -> frozenset[str]:
    """The slots SSSOM marks ``propagated: true``: a set's value is every mapping's."""
    return frozenset(name for name, slot in _schema()["slots"].items() if ((slot or {}).get("annotations") or {}).get("propagated") in (True, "true"))


#: Propagatable slots the model keeps on the set itself; the others are given to every mapping on
#: reading (SSSOM's propagation, which a parser SHOULD perform).
_KEPT_ON_SET = frozenset({"subject_source", "object_source", "subject_source_version", "object_source_version", "mapping_date"})


def propagated_to_rows() -> frozenset[str]:
    return propagatable() - _KEPT_ON_SET


PROPAGATED_TO_ROWS = propagated_to_rows
