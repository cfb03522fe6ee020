"""SSSOM: mapping sets as SSSOM/TSV, read and written as the specification and sssom-py do.

An SSSOM/TSV file is one mapping set: a ``#``-commented YAML block with the set's metadata
(``curie_map``, ``mapping_set_id``, ``license`` …) and then a table with one mapping per row. In
SSSOM's *external metadata mode* the block is a separate ``<name>.sssom.yml`` beside the TSV; it is
read too. Every slot of SSSOM's ``mapping set`` and ``mapping`` classes has a place in the model
(``sssom_slots`` holds the table; ``mapping()`` publishes it and ``standard()`` reads SSSOM's own
slot list from the LinkML schema that sssom-py ships):

* the set is a ``MappingSet`` (``mapping_set_id`` is its ``id``; ``curie_map`` is kept, every
  prefix, so that a written file uses the file's own CURIEs), each row a ``Mapping``;
* ``subject_id``/``object_id`` are ``MappingEntity`` objects: an entity of any vocabulary by the IRI
  its CURIE expands to (``HP:0000175`` is ``http://purl.obolibrary.org/obo/HP_0000175``), or a
  concept of one of the project's schemes by scheme and code when the CURIE's prefix names the
  scheme (``sun-2020-field:723a``), or a literal (``rdfs literal``) that is its label only;
* the other subject and object columns (label, type, category, source, version, match field,
  preprocessing) are slots of the entity; negation (``predicate_modifier: Not``), reviewers,
  record identifiers, cardinalities, tools, curation rules and the rest are slots of the mapping;
* creators, authors and reviewers are also ``Organisation`` records (``Person`` records for ORCID
  iDs), named by their labels where a label is one organisation's name; otherwise the labels are
  kept as the file gives them;
* the propagatable slots that the model keeps per mapping are propagated on reading (as SSSOM says
  a parser should); the sources, their versions and the mapping date stay the set's.

SSSOM has no language tags: a title, description or label is the Swedish text of the model, and
other languages are not written (reported). A key that is no slot of SSSOM is reported as
``convert.unmapped`` at its line and left out, as SSSOM/TSV readers must discard it.

Two levels of judgement: ``kll validate --from sssom`` judges a file by SSSOM (any prefix, any
predicate); ``--profile taxonomy-crosswalk-publisher`` adds the project's own rules for its
translation keys (sources given, concepts of its schemes by scheme and code, SKOS predicates).

sssom-py is imported only here (it takes about two seconds) and never reaches the network: the
file is handed to its parser as text, never as a path or URL (a string starting with ``http``
would be fetched), and only the prefixes of the file and SSSOM's built-ins are used — never
sssom-py's default prefix map, which would invent prefixes the file does not declare.
"""

from __future__ import annotations

from pathlib import Path

from ..artifacts.modelindex import model_index
from ..validation.report import Finding, Location
from . import ConversionError, Imported, MappingRow, StandardDefinition
from .native import records_of
from .sssom_read import CONCEPT_NAMESPACE, Reader, external_metadata_path, parse_with_sssom_py, scan
from .sssom_slots import ROW, SET, SET_SPECIAL, SET_UNMAPPED, SIDE, propagated_to_rows, schema_path, schema_slots, schema_version
from .sssom_write import Writer

__all__ = ["ADAPTER", "CONCEPT_NAMESPACE"]

_NOTES = {
    "ref": "A CURIE in the file; the IRI it expands to in the model, written back with the set's prefixes.",
    "refs": "CURIEs (`|`-separated in a cell, a YAML list in the metadata); the IRIs in the model.",
    "uri": "An IRI, as written.",
    "uris": "IRIs, as written.",
    "texts": "`|`-separated in a cell (`\\|` and `\\\\` escaped), a YAML list in the metadata.",
    "lang": "The Swedish text (sv); SSSOM has no language tags, other languages are not written.",
    "agents": "Each is also an Organisation record (a Person for an ORCID iD).",
    "labels": "The name of each agent's record where it is one organisation's name; else kept as the file gives them.",
    "modifier": "Not, SSSOM's only predicate modifier, is mapping_negated: true; a negated mapping states that the predicate does not hold.",
    "justification": "A SEMAPV term, e.g. semapv:ManualMappingCuration; SSSOM allows exactly the thirteen of the model's enumeration.",
    "entity": "MappingEntity: a concept of the project's schemes by scheme and code when the CURIE prefix names the scheme, else the IRI the CURIE expands to (concept_iri); empty for a literal.",
}


def _table() -> list[MappingRow]:
    """The published mapping table, one row per SSSOM slot of the two classes."""
    rows = []
    propagated = propagated_to_rows()
    for key, (slot, kind) in SET.items():
        rows.append(MappingRow(f"mapping_set.{key}", "mapped", model=f"MappingSet.{slot}", note=_NOTES.get(kind)))
    for key, (model, note) in SET_SPECIAL.items():
        rows.append(MappingRow(f"mapping_set.{key}", "mapped", model=model, note=note))
    for key, reason in SET_UNMAPPED.items():
        rows.append(MappingRow(f"mapping_set.{key}", "unmapped", reason=reason))
    for key in sorted(propagated):
        model = _row_model(key)
        rows.append(MappingRow(f"mapping_set.{key}", "mapped", model=model, note="Propagated: the set's value is every mapping's (SSSOM, propagation), and is read onto each mapping."))
    for key, (slot, kind) in ROW.items():
        rows.append(MappingRow(f"mapping.{key}", "mapped", model=f"Mapping.{slot}", note=_NOTES.get(kind)))
    for side in ("subject", "object"):
        for name, (slot, kind) in SIDE.items():
            rows.append(MappingRow(f"mapping.{side}_{name}", "mapped", model=f"Mapping.mapping_{side}" if name == "id" else f"MappingEntity.{slot}", note=_NOTES.get(kind)))
    return rows


def _row_model(column: str) -> str:
    for side in ("subject", "object"):
        if column.startswith(f"{side}_") and column[len(side) + 1:] in SIDE:
            return f"MappingEntity.{SIDE[column[len(side) + 1:]][0]}"
    return f"Mapping.{ROW[column][0]}"


class _SssomAdapter:
    """SSSOM/TSV (Simple Standard for Sharing Ontological Mappings), embedded or external metadata."""

    name = "sssom"
    title = "SSSOM/TSV mapping sets (crosswalks), as the SSSOM specification and sssom-py read them"
    suffixes = (".sssom.tsv", ".tsv")

    def read(self, path: Path) -> Imported:
        text = _text(path)
        external_path = external_metadata_path(path)
        external = (external_path, _text(external_path)) if external_path is not None and not text.startswith("#") else None
        found = scan(text, path, external)
        metadata = dict(found.metadata) if external is not None else None
        msdf = parse_with_sssom_py(text, path, metadata)
        reader = Reader(path, found, msdf.converter, model_index())
        package = reader.read()
        reader.records = {
            (container, str(position)): record for container, position, _, record in records_of(package, reader.index)
        }
        return Imported(package, reader.findings, reader.locate)

    def write(self, package: dict, path: Path) -> list[Finding]:
        writer = Writer(package, path, model_index())
        writer.write()
        return writer.findings

    def mapping(self) -> list[MappingRow]:
        return _table()

    def standard(self) -> StandardDefinition:
        """SSSOM's own slots of its ``mapping set`` and ``mapping`` classes (the classes an
        SSSOM/TSV file holds; the registry classes are not part of one), read from the LinkML
        schema that sssom-py ships."""
        slots = schema_slots()
        elements = tuple(f"mapping_set.{s}" for s in slots["mapping_set"]) + tuple(f"mapping.{s}" for s in slots["mapping"])
        return StandardDefinition(
            name="SSSOM model: the slots of the mapping set and mapping classes",
            source=f"sssom_schema {schema_version()} (the schema sssom-py ships: sssom_schema/schema/{schema_path().name}; "
            "upstream mapping-commons/sssom, src/sssom_schema/schema/sssom_schema.yaml)",
            elements=elements,
        )


def _text(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConversionError(f"{path}: cannot be read as UTF-8 text ({type(error).__name__})", Location(str(path))) from None
    return text


ADAPTER = _SssomAdapter()
