"""SSSOM: crosswalk mapping sets as SSSOM TSV, read and written through sssom-py.

An SSSOM TSV file is one mapping set: a ``#``-commented YAML block with the set's metadata
(``curie_map``, ``mapping_set_id``, ``license``, ``subject_source`` …) and then a table with one
mapping per row. It maps to the model's concepts module:

* the set to a ``MappingSet`` (``mapping_set_id`` is its ``id``), each row to a ``Mapping``;
* ``subject_id``/``object_id`` to the ``ConceptReference`` of the subject/object. Its CURIE
  prefix names the scheme (a ``ConceptSchemeName``: ``sun-2020-field:723a`` is code ``723a`` of
  SUN 2020 fields) and the local part is the code. A prefix that expands to
  ``https://w3id.org/kll/vocab/scheme/<scheme>/`` says the scheme publishes no concept IRIs; any
  other expansion is the concept's own IRI (``concept_iri``). A scheme with concept IRIs in more
  than one namespace gets the prefixes ``esco``, ``esco.2`` …;
* ``subject_source``/``object_source`` (with their versions) to the set's sources and to the
  ``ConceptScheme`` records they name; the file holds no scheme title, so a read record takes the
  model's title of its scheme name;
* ``creator_id``/``author_id`` (with their labels) to the set's creators and the mappings'
  authors, and to ``Organisation`` records named by the labels (``Person`` records for ORCID iDs).

SSSOM has no language tags: a title, description or label is the Swedish text of the model, and
other languages are not written (reported). Everything else SSSOM can say and the model cannot is
reported as ``convert.unmapped`` at its line: see ``mapping()`` for the table.

sssom-py is imported only here (it takes about two seconds) and never reaches the network: the
file is handed to its parser as text, never as a path or URL (a string starting with ``http``
would be fetched), and only the prefixes of the file and SSSOM's built-ins are used — never
sssom-py's default prefix map, which would invent prefixes the file does not declare.
"""

from __future__ import annotations

import csv
import io
import logging
import math
import re
import warnings
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote, unquote

import yaml

from ..modelindex import ModelIndex, model_index
from ..paths import model_dir
from ..report import Finding, Location
from . import ConversionError, Imported, MappingRow, conversion_finding
from .native import records_of

__all__ = ["ADAPTER", "CONCEPT_NAMESPACE"]

#: Where a code of a scheme that publishes no concept IRIs gets one, for SSSOM's subject_id.
CONCEPT_NAMESPACE = "https://w3id.org/kll/vocab/scheme/{scheme}/"

_SKOS = "http://www.w3.org/2004/02/skos/core#"
_SEMAPV = "https://w3id.org/semapv/vocab/"
_ORCID = "https://orcid.org/"
#: Prefixes written for the IRIs that are not concepts (sources, creators, authors).
_KNOWN_PREFIXES = {"skos": _SKOS, "semapv": _SEMAPV, "kllid": "https://w3id.org/kll/id/", "orcid": _ORCID}
_SKOS_CONCEPT = "skos concept"  # SSSOM's entity type of every subject and object the model has

# --- the mapping table -------------------------------------------------------------------------

#: SSSOM mapping-set slots -> (model element, note) for mapped, (None, reason) for unmapped.
_SET_MAPPED = {
    "curie_map": (None, "Expands the CURIEs of the file to the IRIs the model holds; written for every prefix used."),
    "sssom_version": (None, "The SSSOM version of the file; read to interpret it, not part of the mapping set."),
    "mapping_set_id": ("MappingSet.id", "A URI, written in full."),
    "mapping_set_version": ("MappingSet.mapping_set_version", None),
    "mapping_set_title": ("MappingSet.title", "The Swedish title (sv); SSSOM has no language tags, other languages are not written."),
    "mapping_set_description": ("MappingSet.description", "The Swedish description (sv); other languages are not written."),
    "creator_id": ("MappingSet.mapping_set_creators", "Each creator is also an Organisation record (a Person for an ORCID iD)."),
    "creator_label": ("Organisation.name", "The Swedish name (sv) of each creator, in the order of creator_id."),
    "license": ("MappingSet.mapping_set_license", None),
    "subject_type": ("Mapping.mapping_subject", "Always `skos concept`: the model maps concepts; another type is reported."),
    "subject_source": ("MappingSet.subject_source", "Also a ConceptScheme record: its id; its title is the model's title of the scheme named by the subject_id prefixes."),
    "subject_source_version": ("ConceptScheme.scheme_version", "Of the subject source's ConceptScheme record."),
    "object_type": ("Mapping.mapping_object", "Always `skos concept`; another type is reported."),
    "object_source": ("MappingSet.object_source", "Also a ConceptScheme record, as subject_source."),
    "object_source_version": ("ConceptScheme.scheme_version", "Of the object source's ConceptScheme record."),
    "mapping_date": ("MappingSet.mapping_date", "Not propagated to the mappings: a mapping keeps its own mapping_date."),
    "publication_date": ("MappingSet.issued", None),
    "mappings": ("MappingSet.mappings", "The rows of the table."),
}
_SET_UNMAPPED = {
    "mapping_set_source": "The model records no chain of mapping sets that a set was derived from.",
    "mapping_set_confidence": "The model has a confidence per mapping, not per set.",
    "predicate_type": "The model's predicates are always SKOS mapping relations.",
    "mapping_provider": "The model records the creators of a set, not a provider.",
    "cardinality_scope": "The model does not record mapping cardinalities.",
    "mapping_tool": "The model records how a mapping was made as its justification, not the tool.",
    "mapping_tool_id": "The model records how a mapping was made as its justification, not the tool.",
    "mapping_tool_version": "The model records how a mapping was made as its justification, not the tool.",
    "subject_match_field": "The model does not record which fields were matched.",
    "object_match_field": "The model does not record which fields were matched.",
    "subject_preprocessing": "The model does not record preprocessing.",
    "object_preprocessing": "The model does not record preprocessing.",
    "similarity_measure": "The model records a confidence, not a similarity measure.",
    "curation_rule": "The model has no curation rules.",
    "curation_rule_text": "The model has no curation rules.",
    "see_also": "The model has no slot for related links of a mapping set.",
    "issue_tracker": "The model has no slot for an issue tracker.",
    "other": "Free key-value pairs have no place in the model.",
    "comment": "A mapping set has a description in the model, not a comment.",
    "extension_definitions": "Non-standard slots are not carried; each such column or key is reported.",
}
#: SSSOM mapping slots -> (model element, note).
_MAPPING_MAPPED = {
    "subject_id": ("Mapping.mapping_subject", "ConceptReference: the CURIE prefix names the scheme, the local part is the code; an IRI outside the scheme's KLL namespace is the concept_iri."),
    "subject_label": ("ConceptReference.label", "The Swedish label (sv) of the subject; other languages are not written."),
    "subject_source_version": ("ConceptReference.scheme_version", "Of the subject."),
    "predicate_id": ("Mapping.mapping_predicate", "skos:exactMatch, closeMatch, broadMatch, narrowMatch or relatedMatch."),
    "object_id": ("Mapping.mapping_object", "As subject_id."),
    "object_label": ("ConceptReference.label", "The Swedish label (sv) of the object."),
    "object_source_version": ("ConceptReference.scheme_version", "Of the object."),
    "mapping_justification": ("Mapping.mapping_justification", "A SEMAPV term, e.g. semapv:ManualMappingCuration."),
    "author_id": ("Mapping.mapping_authors", "Each author is also an Organisation record (a Person for an ORCID iD)."),
    "author_label": ("Organisation.name", "The Swedish name (sv) of each author, in the order of author_id."),
    "mapping_date": ("Mapping.mapping_date", None),
    "confidence": ("Mapping.confidence", None),
    "comment": ("Mapping.mapping_comment", None),
    "subject_type": ("Mapping.mapping_subject", "`skos concept`, as the set's subject_type; another type is reported."),
    "object_type": ("Mapping.mapping_object", "`skos concept`; another type is reported."),
    "subject_source": ("MappingSet.subject_source", "Read when it is the set's subject source; another source is reported."),
    "object_source": ("MappingSet.object_source", "Read when it is the set's object source; another source is reported."),
    "license": ("MappingSet.mapping_set_license", "Read when it is the set's licence; another licence is reported."),
}
_MAPPING_UNMAPPED = {
    "record_id": "The model's mappings have no identifier of their own.",
    "subject_category": "The model does not categorise concepts beyond their scheme.",
    "object_category": "The model does not categorise concepts beyond their scheme.",
    "predicate_label": "The model keeps the predicate itself; its label is SKOS's.",
    "predicate_modifier": "The model cannot state that a mapping does not hold (Not).",
    "reviewer_id": "The model records the authors of a mapping, not its reviewers.",
    "reviewer_label": "The model records the authors of a mapping, not its reviewers.",
    "creator_id": "The model records the creators of the set, not of each mapping.",
    "creator_label": "The model records the creators of the set, not of each mapping.",
    "predicate_type": "The model's predicates are always SKOS mapping relations.",
    "mapping_provider": "The model records the creators of a set, not a provider.",
    "mapping_source": "The model records no mapping set that a mapping was taken from.",
    "mapping_cardinality": "The model does not record mapping cardinalities.",
    "cardinality_scope": "The model does not record mapping cardinalities.",
    "mapping_tool": "The model records how a mapping was made as its justification, not the tool.",
    "mapping_tool_id": "The model records how a mapping was made as its justification, not the tool.",
    "mapping_tool_version": "The model records how a mapping was made as its justification, not the tool.",
    "publication_date": "A mapping set has a date of issue in the model; a mapping has only its mapping date.",
    "review_date": "The model does not record reviews.",
    "reviewer_agreement": "The model does not record reviews.",
    "curation_rule": "The model has no curation rules.",
    "curation_rule_text": "The model has no curation rules.",
    "subject_match_field": "The model does not record which fields were matched.",
    "object_match_field": "The model does not record which fields were matched.",
    "match_string": "The model does not record the matched strings.",
    "subject_preprocessing": "The model does not record preprocessing.",
    "object_preprocessing": "The model does not record preprocessing.",
    "similarity_score": "The model records a confidence, not a similarity score.",
    "similarity_measure": "The model records a confidence, not a similarity measure.",
    "see_also": "The model has no slot for related links of a mapping.",
    "issue_tracker_item": "The model has no slot for an issue tracker.",
    "other": "Free key-value pairs have no place in the model.",
}

#: Written metadata keys in SSSOM's order, and the mapping columns.
_SET_ORDER = (
    "mapping_set_id", "mapping_set_version", "mapping_set_title", "mapping_set_description", "creator_id",
    "creator_label", "license", "subject_type", "subject_source", "subject_source_version", "object_type",
    "object_source", "object_source_version", "mapping_date", "publication_date",
)
_COLUMNS = (
    "subject_id", "subject_label", "predicate_id", "object_id", "object_label", "mapping_justification",
    "author_id", "author_label", "subject_source_version", "object_source_version", "mapping_date",
    "confidence", "comment",
)
#: MappingSet slot -> metadata key; Mapping slot -> column (for locating findings).
_SET_KEY = {
    "id": "mapping_set_id", "title": "mapping_set_title", "description": "mapping_set_description",
    "mapping_set_version": "mapping_set_version", "mapping_set_license": "license", "subject_source": "subject_source",
    "object_source": "object_source", "mapping_set_creators": "creator_id", "mapping_date": "mapping_date",
    "issued": "publication_date",
}
_KEY_SLOT = {key: slot for slot, key in _SET_KEY.items()}
_MAPPING_COLUMN = {
    "mapping_predicate": "predicate_id", "mapping_justification": "mapping_justification", "confidence": "confidence",
    "mapping_authors": "author_id", "mapping_date": "mapping_date", "mapping_comment": "comment",
}
_REFERENCE_COLUMN = {"label": "{side}_label", "scheme_version": "{side}_source_version"}  # else {side}_id
#: The order of a read mapping set's slots (the model's).
_SET_SLOT_ORDER = (
    "id", "title", "description", "mapping_set_version", "mapping_set_license", "subject_source", "object_source",
    "mapping_set_creators", "mapping_date", "issued", "mappings",
)


def _rows(table: dict, status: str, prefix: str) -> list[MappingRow]:
    rows = []
    for slot, value in table.items():
        if status == "mapped":
            model, note = value
            rows.append(MappingRow(f"{prefix}.{slot}", "mapped", model=model, note=note))
        else:
            rows.append(MappingRow(f"{prefix}.{slot}", "unmapped", reason=value))
    return rows


# --- reading -----------------------------------------------------------------------------------


class _KeepDates(yaml.SafeLoader):
    """YAML without timestamp resolution: a date stays the string it was written as, so a date
    that does not exist reaches the model's own date check, with its line."""


_KeepDates.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_KEY = re.compile(r"^(?P<indent> *)(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*:(\s|$)")


@dataclass
class _Scan:
    """The file as lines: what sssom-py reads, with the line numbers it does not keep."""

    metadata: dict
    key_lines: dict[str, int]
    columns: list[str]
    header_line: int
    rows: list[tuple[int, dict[str, str]]]  # (line, non-empty cells by column)


def _scan(text: str, path: Path) -> _Scan:
    """Split the file as sssom-py does (leading ``#`` lines, header, rows) and note every line."""
    # Lines as sssom-py and pandas see them: split at \n only (str.splitlines would also split
    # at characters such as U+2028 that a quoted cell may hold).
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()
    number, block, key_lines = 0, [], {}
    while number < len(lines) and lines[number].startswith("#"):
        block.append((number + 1, lines[number].lstrip("#").rstrip()))
        number += 1
    content = [(n, line) for n, line in block if line.strip()]
    indent = min((len(line) - len(line.lstrip(" ")) for _, line in content), default=0)
    for line_number, line in content:
        match = _KEY.match(line)
        if match and len(match["indent"]) == indent:
            key_lines.setdefault(match["key"], line_number)
    try:
        metadata = yaml.load("\n".join(line for _, line in content), Loader=_KeepDates) if content else {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = content[min(mark.line, len(content) - 1)][0] if mark is not None and content else None
        raise ConversionError(f"{path}: the # metadata block is not YAML", Location(str(path), line=line)) from None
    if metadata is None:
        metadata = {}
    if not isinstance(metadata, dict):
        raise ConversionError(f"{path}: the # metadata block is not a YAML mapping of SSSOM slots", Location(str(path), line=block[0][0] if block else 1))
    if number >= len(lines):
        raise ConversionError(f"{path}: not an SSSOM TSV file: there is no table after the # metadata block", Location(str(path), line=number + 1))
    header_line = number + 1
    columns = lines[number].split("\t")
    if len(set(columns)) != len(columns):
        raise ConversionError(f"{path}: the SSSOM table header names a column twice", Location(str(path), line=header_line))
    if "predicate_id" not in columns or not {"subject_id", "subject_label"} & set(columns) or not {"object_id", "object_label"} & set(columns):
        raise ConversionError(
            f"{path}: not an SSSOM TSV file: the first line after the # metadata block must be the table header "
            "with subject_id, predicate_id and object_id",
            Location(str(path), line=header_line),
        )
    rows = []
    reader = csv.reader(io.StringIO("\n".join(lines[number + 1:]), newline=""), delimiter="\t")
    previous = 0
    for cells in reader:
        first, previous = header_line + previous + 1, reader.line_num
        if not cells or cells == [""]:
            continue
        if len(cells) > len(columns):
            raise ConversionError(f"{path}: a row has more cells than the header has columns", Location(str(path), line=first))
        rows.append((first, {column: cell for column, cell in zip(columns, cells) if cell.strip()}))
    return _Scan(metadata, key_lines, columns, header_line, rows)


@contextmanager
def _quiet_sssom() -> Iterator[None]:
    """sssom-py logs what it drops through the root logger (``logging.warning``); the adapter
    reports those things itself, located, so the log lines are only noise. So are the deprecation
    warnings that pandas gives sssom-py's own code."""
    root = logging.getLogger()
    noise = [logging.getLogger(name) for name in ("sssom", "linkml_runtime", "curies")]

    def not_sssom(record: logging.LogRecord) -> bool:
        return "sssom" not in record.pathname

    levels = [logger.level for logger in noise]
    root.addFilter(not_sssom)
    for logger in noise:
        logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            warnings.simplefilter("ignore", FutureWarning)
            yield
    finally:
        root.removeFilter(not_sssom)
        for logger, level in zip(noise, levels):
            logger.setLevel(level)


def _parse_with_sssom_py(text: str, path: Path):
    """The file as sssom-py reads it: the judge of whether it is SSSOM, and its prefix map."""
    try:
        with _quiet_sssom():
            from sssom.parsers import parse_sssom_table

            # Given as a stream: a string would be taken for a path or, starting with http, a URL.
            return parse_sssom_table(io.StringIO(text), sep="\t", propagate=False)
    except Exception as error:  # sssom-py raises what pandas, PyYAML and linkml raise
        raise ConversionError(f"{path}: sssom-py cannot read it as SSSOM ({type(error).__name__})", Location(str(path))) from None


@cache
def _scheme_titles() -> dict[str, dict[str, str]]:
    """The model's Swedish and English title of every ConceptSchemeName (model/core.yaml)."""
    core = yaml.safe_load((model_dir() / "core.yaml").read_text(encoding="utf-8"))
    values = core["enums"]["ConceptSchemeName"]["permissible_values"]
    titles = {}
    for name, value in values.items():
        value = value or {}
        title = {"sv": (value.get("annotations") or {}).get("title_sv"), "en": value.get("title")}
        titles[name] = {language: text for language, text in title.items() if text}
    return titles


def _values(value: Any) -> list[str]:
    """A multivalued SSSOM slot as a list: a YAML list, or a ``|``-separated cell."""
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value if v is not None and str(v).strip()]
    return [part for part in str(value).split("|") if part.strip()]


def _aligned(value: Any) -> list[str]:
    """A label list that pairs with an id list by position: empty entries are kept."""
    if value is None:
        return []
    if isinstance(value, list):
        return ["" if v is None else str(v) for v in value]
    return str(value).split("|")


#: Mapping-set slots of SSSOM read into the model that hold one value, and those that hold a list.
_SET_SCALARS = frozenset({
    "mapping_set_id", "mapping_set_version", "mapping_set_title", "mapping_set_description", "license",
    "subject_source", "object_source", "subject_source_version", "object_source_version",
    "subject_type", "object_type", "mapping_date", "publication_date",
})
_SET_LISTS = frozenset({"creator_id", "creator_label"})


@dataclass
class _Reader:
    """One file's conversion: the package, the findings and where everything came from."""

    path: Path
    scan: _Scan
    converter: Any
    index: ModelIndex
    findings: list[Finding] = field(default_factory=list)
    origins: dict[str, tuple[int | None, str]] = field(default_factory=dict)  # record id -> (line, key)
    records: dict[tuple[str, str], dict] = field(default_factory=dict)  # (list, position) -> record
    mapping_rows: list[int] = field(default_factory=list)  # the row of each mapping read
    set_id: str | None = None

    def expand(self, value: str) -> str:
        """A CURIE as the IRI it stands for; an IRI, or a CURIE with an undeclared prefix, as it is
        (the model's IRI patterns then report it)."""
        value = value.strip()
        if "://" in value or value.startswith("urn:"):
            return value
        try:
            return self.converter.expand(value) or value
        except Exception:  # curies raises for malformed CURIEs
            return value

    def unmapped(self, line: int | None, key: str, record_id: str | None, detail: str) -> None:
        column = self.scan.columns.index(key) + 1 if line is not None and line > self.scan.header_line and key in self.scan.columns else None
        location = Location(str(self.path), line=line, column=column, pointer=f"/{key}", record_id=record_id)
        self.findings.append(conversion_finding("convert.unmapped", location, detail))

    def reference(self, identifier: str | None, label: str | None, version: str | None) -> dict:
        """A ConceptReference from an SSSOM id (see the module docstring), label and version."""
        reference: dict = {}
        if identifier:
            scheme, code, iri = self._concept(identifier.strip())
            if scheme is not None:
                reference["scheme"] = scheme
            if code is not None:
                reference["code"] = code
            if iri is not None:
                reference["concept_iri"] = iri
        if version:
            reference["scheme_version"] = version
        if label:
            reference["label"] = {"sv": label}
        return reference

    def _concept(self, identifier: str) -> tuple[str | None, str | None, str | None]:
        schemes = self.index.classes["ConceptReference"].slots["scheme"].values
        iri = self.expand(identifier)
        if "://" not in identifier and ":" in identifier:
            prefix, local = identifier.split(":", 1)
            scheme = re.sub(r"\.[0-9]+$", "", prefix)
            if scheme in schemes:
                # A prefix that names a scheme but is not in curie_map is read as that scheme's.
                own = iri in (identifier, CONCEPT_NAMESPACE.format(scheme=scheme) + local)
                return scheme, unquote(local), None if own else iri
        for scheme in schemes:
            namespace = CONCEPT_NAMESPACE.format(scheme=scheme)
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return scheme, unquote(iri[len(namespace):]), None
        return None, None, iri

    def _drop_structures(self) -> None:
        """Report, and leave out, metadata the model's slots cannot hold as given: a YAML mapping
        or list where SSSOM has one value (``mapping_set_title: {sv: …, en: …}``), or a list of
        anything but single values where it has a list. Never carried as Python repr text."""
        meta = self.scan.metadata
        identifier = meta.get("mapping_set_id")
        set_id = str(identifier).strip() if identifier is not None and not isinstance(identifier, (dict, list)) else None
        for key in [k for k in meta if k in _SET_SCALARS or k in _SET_LISTS]:
            value = meta[key]
            if key in _SET_LISTS:
                wrong = isinstance(value, dict) or (isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value))
                shape = "a list of single values"
            else:
                wrong = isinstance(value, (dict, list))
                shape = "a single value"
            if wrong:
                kind = "mapping" if isinstance(value, dict) else "list"
                self.unmapped(self.scan.key_lines.get(key), key, set_id, f"mapping set {key}: a YAML {kind} where SSSOM has {shape}; not carried")
                del meta[key]

    def read(self) -> dict:
        self._drop_structures()
        meta = self.scan.metadata
        self.set_id = str(meta["mapping_set_id"]).strip() if meta.get("mapping_set_id") is not None else None
        mapping_set: dict = {}
        agents: dict[str, dict] = {}  # id -> record, in order of appearance
        self._set_metadata(mapping_set, agents)
        mappings = []
        for row, (line, cells) in enumerate(self.scan.rows):
            if cells.get("predicate_modifier", "").strip() == "Not":
                # Read as a mapping, "A is not an exact match of B" would say the opposite.
                self.unmapped(line, "predicate_modifier", self._record_id(cells), "predicate_modifier: a negated mapping; the model cannot state that a mapping does not hold, so the row is left out")
                continue
            mappings.append(self._mapping(line, cells, mapping_set, agents))
            self.mapping_rows.append(row)
        self._propagate_versions(mappings)
        mapping_set["mappings"] = mappings
        mapping_set = {key: mapping_set[key] for key in _SET_SLOT_ORDER if key in mapping_set}
        package: dict = {"conforms_to_model_version": self.index.model_version, "mapping_sets": [mapping_set]}
        schemes = self._schemes(mapping_set)
        if schemes:
            package["concept_schemes"] = schemes
        for identifier, record in agents.items():
            container = "persons" if identifier.startswith(_ORCID) else "organisations"
            package.setdefault(container, []).append(record)
        return package

    def _set_metadata(self, mapping_set: dict, agents: dict) -> None:
        meta, lines = self.scan.metadata, self.scan.key_lines
        for key, value in meta.items():
            line = lines.get(key)
            if value is None:
                continue
            if key in ("curie_map", "sssom_version", "mappings"):
                continue
            if key == "mapping_set_id":
                mapping_set["id"] = str(value).strip()
            elif key == "mapping_set_version":
                mapping_set["mapping_set_version"] = str(value)
            elif key in ("mapping_set_title", "mapping_set_description"):
                mapping_set["title" if key == "mapping_set_title" else "description"] = {"sv": str(value)}
            elif key == "license":
                mapping_set["mapping_set_license"] = self.expand(str(value))
            elif key in ("subject_source", "object_source"):
                mapping_set[key] = self.expand(str(value))
                self.origins.setdefault(mapping_set[key], (line, key))
            elif key in ("subject_source_version", "object_source_version"):
                continue  # on the ConceptScheme record, see _schemes
            elif key in ("subject_type", "object_type"):
                if str(value).strip() != _SKOS_CONCEPT:
                    self.unmapped(line, key, self.set_id, f"{key}: the model maps SKOS concepts only; another entity type is not carried")
            elif key == "creator_id":
                creators = [self.expand(v) for v in _values(value)]
                mapping_set["mapping_set_creators"] = creators
                self._agents(agents, creators, _aligned(meta.get("creator_label")), line, "creator")
            elif key == "creator_label":
                continue  # with creator_id
            elif key == "mapping_date":
                mapping_set["mapping_date"] = str(value)
            elif key == "publication_date":
                mapping_set["issued"] = str(value)
            elif key in _SET_UNMAPPED:
                self.unmapped(line, key, self.set_id, f"mapping set {key}: {_SET_UNMAPPED[key]}")
            else:
                self.unmapped(line, key, self.set_id, f"mapping set {key}: not a slot of SSSOM; non-standard slots are not carried")

    def _agents(self, agents: dict, ids: list[str], labels: list[str], line: int | None, role: str) -> None:
        paired = len(labels) == len(ids)
        if labels and not paired:
            self.unmapped(line, f"{role}_label", self.set_id, f"{role}_label: not one label per {role}_id, so no label can be given to its agent")
        for position, identifier in enumerate(ids):
            record = agents.setdefault(identifier, {"id": identifier})
            self.origins.setdefault(identifier, (line, f"{role}_id"))
            if not paired or not labels[position].strip():
                continue
            if identifier.startswith(_ORCID):
                self.unmapped(line, f"{role}_label", self.set_id, f"{role}_label of a person: the model keeps a person's given and family names apart")
            elif "name" not in record:
                record["name"] = {"sv": labels[position]}
            elif record["name"]["sv"] != labels[position]:
                self.unmapped(line, f"{role}_label", self.set_id, f"{role}_label: another name for an agent named earlier in the file; the first is kept")

    def _mapping(self, line: int, cells: dict[str, str], mapping_set: dict, agents: dict) -> dict:
        record_id = self._record_id(cells)
        mapping: dict = {}
        for side in ("subject", "object"):
            reference = self.reference(cells.get(f"{side}_id"), cells.get(f"{side}_label"), cells.get(f"{side}_source_version"))
            if reference:
                mapping[f"mapping_{side}"] = reference
        predicate = cells.get("predicate_id")
        if predicate is not None:
            mapping["mapping_predicate"] = self._term(predicate, "mapping_predicate")
        justification = cells.get("mapping_justification")
        if justification is not None:
            mapping["mapping_justification"] = self._term(justification, "mapping_justification")
        if "confidence" in cells:
            try:
                confidence = float(cells["confidence"])
            except ValueError:
                confidence = math.nan
            # nan and inf are no number of JSON: kept as the text, which the model's type check reports
            mapping["confidence"] = confidence if math.isfinite(confidence) else cells["confidence"]
        if "author_id" in cells:
            authors = [self.expand(v) for v in _values(cells["author_id"])]
            mapping["mapping_authors"] = authors
            self._agents(agents, authors, _aligned(cells.get("author_label")), line, "author")
        if "mapping_date" in cells:
            mapping["mapping_date"] = cells["mapping_date"]
        if "comment" in cells:
            mapping["mapping_comment"] = cells["comment"]
        taken = {"subject_id", "subject_label", "subject_source_version", "object_id", "object_label", "object_source_version",
                 "predicate_id", "mapping_justification", "confidence", "author_id", "author_label", "mapping_date", "comment"}
        for column in cells:
            if column in taken:
                continue
            if column in ("subject_type", "object_type") and cells[column].strip() == _SKOS_CONCEPT:
                continue
            if column in ("subject_source", "object_source", "license"):
                slot = "mapping_set_license" if column == "license" else column
                value = self.expand(cells[column])
                if mapping_set.get(slot) is None and slot in ("subject_source", "object_source"):
                    mapping_set[slot] = value  # a source given on the rows only: the set's source
                    self.origins.setdefault(value, (line, column))
                if mapping_set.get(slot) == value:
                    continue
                self.unmapped(line, column, record_id, f"{column}: differs from the mapping set's; the model takes every mapping's from its set")
            elif column in ("subject_type", "object_type"):
                self.unmapped(line, column, record_id, f"{column}: the model maps SKOS concepts only; another entity type is not carried")
            elif column in _MAPPING_UNMAPPED:
                self.unmapped(line, column, record_id, f"{column}: {_MAPPING_UNMAPPED[column]}")
            else:
                self.unmapped(line, column, record_id, f"{column}: not a slot of SSSOM; non-standard slots are not carried")
        return mapping

    @staticmethod
    def _record_id(cells: dict[str, str]) -> str:
        """A row's name in findings: its record_id, else its subject, predicate and object."""
        return cells.get("record_id") or " ".join(cells.get(c, "") for c in ("subject_id", "predicate_id", "object_id")).strip()

    def _propagate_versions(self, mappings: list[dict]) -> None:
        """SSSOM's propagation: a set's subject_source_version is every subject's when no row
        gives one (and likewise for objects)."""
        for side in ("subject", "object"):
            version = self.scan.metadata.get(f"{side}_source_version")
            if version is None or any(f"{side}_source_version" in cells for _, cells in self.scan.rows):
                continue
            for mapping in mappings:
                reference = mapping.get(f"mapping_{side}")
                if reference is not None:
                    reference["scheme_version"] = str(version)

    def _term(self, value: str, slot: str) -> str:
        """An enumeration code from its CURIE (skos:exactMatch -> exactMatch); anything else as
        it is, for the model's enumeration check to report."""
        iri = self.expand(value)
        for text, meaning in self.index.classes["Mapping"].slots[slot].values.items():
            if meaning == iri:
                return text
        return value

    def _schemes(self, mapping_set: dict) -> list[dict]:
        """The ConceptScheme records the set's sources name, from what SSSOM says of them."""
        meta, records = self.scan.metadata, {}
        for side in ("subject", "object"):
            identifier = mapping_set.get(f"{side}_source")
            if not isinstance(identifier, str) or identifier in records:
                continue
            references = [m.get(f"mapping_{side}") or {} for m in mapping_set.get("mappings") or []]
            names = Counter(r["scheme"] for r in references if isinstance(r.get("scheme"), str))
            versions = {r.get("scheme_version") for r in references}
            record: dict = {"id": identifier}
            if names:
                scheme = names.most_common(1)[0][0]
                record["scheme"] = scheme
                if _scheme_titles().get(scheme):
                    record["title"] = dict(_scheme_titles()[scheme])
            version = meta.get(f"{side}_source_version")
            if version is not None:
                record["scheme_version"] = str(version)
            elif len(versions) == 1 and None not in versions:
                record["scheme_version"] = versions.pop()
            records[identifier] = record
        return list(records.values())

    def locate(self, pointer: str) -> Location | None:
        """A pointer into the package as the line (and column) of the SSSOM file it came from."""
        parts = pointer.split("/")[1:]
        if len(parts) < 2:
            return None
        container, position, rest = parts[0], parts[1], parts[2:]
        if container == "mapping_sets" and position == "0":
            if len(rest) >= 2 and rest[0] == "mappings" and rest[1].isdigit() and int(rest[1]) < len(self.mapping_rows):
                line, cells = self.scan.rows[self.mapping_rows[int(rest[1])]]
                column = self._column(rest[2:])
                record_id = self._record_id(cells)
                number = self.scan.columns.index(column) + 1 if column in self.scan.columns else None
                return Location(str(self.path), line=line, column=number, pointer=f"/{column}" if column else None, record_id=record_id)
            key = _SET_KEY.get(rest[0]) if rest else None
            line = self.scan.key_lines.get(key) if key else None
            return Location(str(self.path), line=line if line is not None else (1 if not rest else None), pointer=f"/{key}" if key else None, record_id=self.set_id)
        return self._locate_record(container, position, rest)

    def _locate_record(self, container: str, position: str, rest: list[str]) -> Location | None:
        record = self.records.get((container, position))
        if record is None or record.get("id") not in self.origins:
            return None
        line, key = self.origins[record["id"]]
        if container == "concept_schemes" and rest and rest[0] == "scheme_version":
            key = key.replace("_source", "_source_version")
        elif rest and rest[0] == "name":
            key = key.replace("_id", "_label")
        if line is None or line < self.scan.header_line:
            line = self.scan.key_lines.get(key, line)
        number = self.scan.columns.index(key) + 1 if line is not None and line > self.scan.header_line and key in self.scan.columns else None
        return Location(str(self.path), line=line, column=number, pointer=f"/{key}", record_id=record["id"])

    @staticmethod
    def _column(rest: list[str]) -> str | None:
        if not rest:
            return None
        if rest[0] in ("mapping_subject", "mapping_object"):
            side = rest[0].removeprefix("mapping_")
            template = _REFERENCE_COLUMN.get(rest[1], "{side}_id") if len(rest) > 1 else "{side}_id"
            return template.format(side=side)
        return _MAPPING_COLUMN.get(rest[0])


# --- writing -----------------------------------------------------------------------------------


class _Prefixes:
    """The curie_map of a written file: SSSOM's prefixes, one per scheme namespace of the
    concepts (``scheme``, ``scheme.2`` …) and short ones for the other IRIs. A namespace has one
    prefix only (curie_map is a bijection)."""

    def __init__(self) -> None:
        self.used: dict[str, str] = {}  # prefix -> namespace
        self.owner: dict[str, str] = {}  # namespace -> prefix

    def _bind(self, prefix: str, namespace: str) -> str:
        self.used[prefix], self.owner[namespace] = namespace, prefix
        return prefix

    def concept(self, scheme: str, namespace: str, local: str) -> str | None:
        """``scheme:local``, or None when ``namespace`` already has another scheme's prefix (or a
        non-concept one), which would make the prefix name the wrong scheme."""
        prefix = self.owner.get(namespace)
        if prefix is None:
            taken = sum(1 for p in self.used if p == scheme or p.startswith(f"{scheme}."))
            prefix = self._bind(scheme if taken == 0 else f"{scheme}.{taken + 1}", namespace)
        elif re.sub(r"\.[0-9]+$", "", prefix) != scheme:
            return None
        return f"{prefix}:{local}"

    def compact(self, iri: str) -> str:
        """An IRI as a CURIE where a bound, known or the IRI's own namespace gives a clean one."""
        candidates = [(p, n) for n, p in self.owner.items()] + [(p, n) for p, n in _KNOWN_PREFIXES.items() if p not in self.used]
        cut = max(iri.rfind("/"), iri.rfind("#"))
        own = iri[:cut + 1]
        for prefix, namespace in sorted(candidates, key=lambda pair: -len(pair[1])):
            local = iri[len(namespace):]
            if iri.startswith(namespace) and local and _clean_local(local) and self.owner.get(namespace, prefix) == prefix:
                return f"{self.owner.get(namespace) or self._bind(prefix, namespace)}:{local}"
        local = iri[cut + 1:]
        if "://" not in own or not local or not _clean_local(local):
            return iri  # written in full: SSSOM readers take an IRI where a CURIE cannot be made
        number = 1
        while f"ns{number}" in self.used:
            number += 1
        return f"{self._bind(f'ns{number}', own)}:{local}"


def _clean_local(local: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9_.~%-][A-Za-z0-9_.~%/-]*", local))


@dataclass
class _Writer:
    package: dict
    path: Path
    index: ModelIndex
    findings: list[Finding] = field(default_factory=list)
    prefixes: _Prefixes = field(default_factory=_Prefixes)

    def lost(self, pointer: str, record_id: str | None, detail: str) -> None:
        location = Location(str(self.path), pointer=pointer, record_id=record_id)
        self.findings.append(conversion_finding("convert.not-representable", location, detail))

    def swedish(self, text: Any, pointer: str, record_id: str | None, slot: str) -> str | None:
        """The Swedish text of a language map; the other languages are reported."""
        if isinstance(text, str):
            return text
        if not isinstance(text, dict):
            return None
        others = sorted(language for language in text if language != "sv")
        if others:
            self.lost(pointer, record_id, f"{slot} in {', '.join(others)}: SSSOM has no language tags; only the Swedish text is written")
        value = text.get("sv")
        return value if isinstance(value, str) else None

    def concept_id(self, reference: Any, pointer: str, record_id: str | None, slot: str) -> str | None:
        if not isinstance(reference, dict):
            return None
        scheme, code, iri = reference.get("scheme"), reference.get("code"), reference.get("concept_iri")
        if isinstance(scheme, str) and isinstance(code, str) and code:
            local = quote(code, safe="-._~!$&'()*+,;=@")
            if isinstance(iri, str) and iri.endswith(local) and len(iri) > len(local):
                written = self.prefixes.concept(scheme, iri[: -len(local)], local)
                if written is not None:
                    return written
                self.lost(f"{pointer}/concept_iri", record_id, f"{slot}.concept_iri: its namespace is another scheme's, so the id carries the scheme and code instead")
            elif isinstance(iri, str):
                self.lost(f"{pointer}/concept_iri", record_id, f"{slot}.concept_iri: it does not end with the code, so the id carries the scheme and code instead")
            written = self.prefixes.concept(scheme, CONCEPT_NAMESPACE.format(scheme=scheme), local)
            if written is not None:
                return written
            self.lost(pointer, record_id, f"{slot}: the scheme's namespace is bound to another prefix")
            return None
        if isinstance(iri, str):
            self.lost(pointer, record_id, f"{slot}: without scheme and code only the concept IRI is written")
            return self.prefixes.compact(iri)
        self.lost(pointer, record_id, f"{slot}: without scheme and code there is no subject_id or object_id to write")
        return None

    def term(self, value: Any, slot: str, prefix: str) -> str | None:
        values = self.index.classes["Mapping"].slots[slot].values
        if isinstance(value, str) and value in values:
            return f"{prefix}:{value}"
        return str(value) if value is not None else None

    def write(self) -> None:
        import pandas as pd
        from curies import Converter

        with _quiet_sssom():
            from sssom.util import MappingSetDataFrame
            from sssom.writers import write_table

        sets = self.package.get("mapping_sets") or []
        if not sets or not isinstance(sets[0], dict):
            raise ConversionError(f"{self.path}: the data package has no mapping set, and an SSSOM file is one mapping set", Location(str(self.path)))
        for position, other in enumerate(sets[1:], start=1):
            identifier = other.get("id") if isinstance(other, dict) else None
            self.lost(f"/mapping_sets/{position}", identifier, "a further mapping set: an SSSOM file holds one; write each set from its own package")
        mapping_set = sets[0]
        records = {r.get("id"): (c, p, r) for c, p, _, r in records_of(self.package, self.index) if isinstance(r, dict)}
        metadata = self.metadata(mapping_set, records)
        rows = [self.row(m, f"/mapping_sets/0/mappings/{n}", mapping_set.get("id"), records) for n, m in enumerate(mapping_set.get("mappings") or [])]
        for side in ("subject", "object"):
            # SSSOM's condensation: a version every row shares with the set is the set's alone
            # (readers propagate it back).
            column, version = f"{side}_source_version", metadata.get(f"{side}_source_version")
            if version is not None and rows and all(row.get(column) == version for row in rows):
                for row in rows:
                    del row[column]
        required = ("subject_id", "predicate_id", "object_id", "mapping_justification")  # SSSOM's, always written
        columns = [c for c in _COLUMNS if c in required or any(row.get(c) for row in rows)]
        frame = pd.DataFrame([[row.get(c, "") for c in columns] for row in rows], columns=columns, dtype=str)
        self.other_records(mapping_set, records)
        prefix_map = {prefix: self.prefixes.used[prefix] for prefix in sorted(self.prefixes.used)}
        msdf = MappingSetDataFrame(df=frame, converter=Converter.from_prefix_map(prefix_map), metadata=metadata)
        with _quiet_sssom():
            # condense=False: the set's mapping_date and versions stay the set's (see mapping()).
            write_table(msdf, self.path, condense=False)
        self.check_metadata(metadata)

    def check_metadata(self, intended: dict) -> None:
        """Read the written # block back: sssom-py drops its blank lines, which is where YAML puts
        the line breaks of a folded text, so a text with line breaks may not survive."""
        written = _scan(self.path.read_text(encoding="utf-8"), self.path).metadata
        for key, value in intended.items():
            if written.get(key) != value:
                self.lost(f"/mapping_sets/0/{_KEY_SLOT.get(key, key)}", intended.get("mapping_set_id"), f"mapping set {key}: its line breaks do not survive SSSOM's # metadata block")

    def metadata(self, mapping_set: dict, records: dict) -> dict:
        set_id = mapping_set.get("id")
        meta: dict[str, Any] = {}
        for key, value in mapping_set.items():
            pointer = f"/mapping_sets/0/{key}"
            if key in ("type", "mappings") or value is None:
                continue
            if key == "id":
                meta["mapping_set_id"] = value
            elif key in ("title", "description"):
                text = self.swedish(value, pointer, set_id, key)
                if text is not None:
                    meta[f"mapping_set_{key}"] = text
            elif key == "mapping_set_version":
                meta["mapping_set_version"] = str(value)
            elif key == "mapping_set_license":
                meta["license"] = value
            elif key in ("subject_source", "object_source"):
                side = key.removesuffix("_source")
                meta[key] = self.prefixes.compact(str(value))
                meta[f"{side}_type"] = _SKOS_CONCEPT
                scheme = records.get(value, (None, None, {}))[2] if isinstance(value, str) else {}
                if scheme.get("scheme_version") is not None:
                    meta[f"{side}_source_version"] = str(scheme["scheme_version"])
            elif key == "mapping_set_creators":
                creators = value if isinstance(value, list) else [value]
                meta["creator_id"] = [self.prefixes.compact(str(c)) for c in creators]
                labels = [self.agent_label(records, c) or "" for c in creators]
                if any(labels):  # one label per id, "" for an agent without a Swedish name
                    meta["creator_label"] = labels
            elif key == "mapping_date":
                meta["mapping_date"] = str(value)
            elif key == "issued":
                meta["publication_date"] = str(value)
            else:
                self.lost(pointer, set_id, f"mapping set {key}: SSSOM has no slot for it")
        return {key: meta[key] for key in _SET_ORDER if key in meta}

    def row(self, mapping: Any, pointer: str, set_id: str | None, records: dict) -> dict[str, str]:
        if not isinstance(mapping, dict):
            self.lost(pointer, set_id, "a mapping that is not an object")
            return {}
        row: dict[str, str] = {}
        for side in ("subject", "object"):
            reference = mapping.get(f"mapping_{side}")
            slot = f"mapping_{side}"
            identifier = self.concept_id(reference, f"{pointer}/{slot}", set_id, slot)
            if identifier:
                row[f"{side}_id"] = identifier
            if isinstance(reference, dict):
                label = self.swedish(reference.get("label"), f"{pointer}/{slot}/label", set_id, f"{slot}.label")
                if label:
                    row[f"{side}_label"] = label
                if reference.get("scheme_version") is not None:
                    row[f"{side}_source_version"] = str(reference["scheme_version"])
                for key in sorted(set(reference) - {"scheme", "code", "scheme_version", "concept_iri", "label"}):
                    self.lost(f"{pointer}/{slot}/{key}", set_id, f"{slot}.{key}: SSSOM has no column for it")
        for key, value in mapping.items():
            if value is None or key in ("mapping_subject", "mapping_object"):
                continue
            if key == "mapping_predicate":
                row["predicate_id"] = self.term(value, key, "skos") or ""
            elif key == "mapping_justification":
                row["mapping_justification"] = self.term(value, key, "semapv") or ""
            elif key == "confidence":
                row["confidence"] = str(value)
            elif key == "mapping_authors":
                authors = value if isinstance(value, list) else [value]
                row["author_id"] = "|".join(self.prefixes.compact(str(a)) for a in authors)
                labels = [self.agent_label(records, a) or "" for a in authors]
                if any(labels):
                    row["author_label"] = "|".join(labels)
            elif key == "mapping_date":
                row["mapping_date"] = str(value)
            elif key == "mapping_comment":
                row["comment"] = str(value)
            else:
                self.lost(f"{pointer}/{key}", set_id, f"mapping {key}: SSSOM has no column for it")
        return row

    def agent_label(self, records: dict, identifier: Any) -> str | None:
        """The Swedish name of an organisation, for creator_label and author_label."""
        _, _, record = records.get(identifier, (None, None, {}))
        name = record.get("name")
        return name.get("sv") if isinstance(name, dict) and isinstance(name.get("sv"), str) and "|" not in name["sv"] else None

    def other_records(self, mapping_set: dict, records: dict) -> None:
        """Every other record of the package: what of it SSSOM carries, and what it does not."""
        sources = {mapping_set.get("subject_source"), mapping_set.get("object_source")}
        creators = mapping_set.get("mapping_set_creators")
        agents = {str(c) for c in creators} if isinstance(creators, list) else set()
        for mapping in mapping_set.get("mappings") or []:
            if isinstance(mapping, dict) and isinstance(mapping.get("mapping_authors"), list):
                agents.update(str(a) for a in mapping["mapping_authors"])
        for container, position, _, record in records_of(self.package, self.index):
            identifier = record.get("id") if isinstance(record, dict) else None
            if record is mapping_set or not isinstance(record, dict):
                continue
            pointer = f"/{container}/{position}"
            if identifier in sources and container == "concept_schemes":
                left = sorted(set(record) - {"id", "type", "scheme", "scheme_version"})
                if left:
                    self.lost(pointer, identifier, f"concept scheme {', '.join(left)}: SSSOM carries only the source's IRI, scheme and version")
            elif identifier in agents:
                left = sorted(set(record) - {"id", "type", "name"})
                name = record.get("name")
                if isinstance(name, dict):
                    left += [f"name.{language}" for language in sorted(name) if language != "sv"]
                # Read back, an ORCID iD is a person and any other agent an organisation.
                person = str(identifier).startswith(_ORCID)
                if (container != "organisations" or record.get("type") not in (None, "Organisation")) and not (person and container == "persons"):
                    left.append("the kind of agent")
                if left:
                    self.lost(pointer, identifier, f"{container} record {', '.join(left)}: SSSOM carries only an agent's IRI and Swedish name")
            else:
                self.lost(pointer, identifier, f"a record of {container}: an SSSOM file holds one mapping set and what it names")


# --- the adapter -------------------------------------------------------------------------------


class _SssomAdapter:
    """SSSOM TSV (Simple Standard for Sharing Ontological Mappings) through sssom-py."""

    name = "sssom"
    title = "SSSOM TSV mapping sets (crosswalks), through sssom-py"
    suffixes = (".sssom.tsv", ".tsv")

    def read(self, path: Path) -> Imported:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise ConversionError(f"{path}: cannot be read as UTF-8 text ({type(error).__name__})", Location(str(path))) from None
        scan = _scan(text, path)
        msdf = _parse_with_sssom_py(text, path)
        reader = _Reader(path, scan, msdf.converter, model_index())
        package = reader.read()
        reader.records = {
            (container, str(position)): record for container, position, _, record in records_of(package, reader.index)
        }
        return Imported(package, reader.findings, reader.locate)

    def write(self, package: dict, path: Path) -> list[Finding]:
        writer = _Writer(package, path, model_index())
        writer.write()
        return writer.findings

    def mapping(self) -> list[MappingRow]:
        return [
            *_rows(_SET_MAPPED, "mapped", "mapping_set"),
            *_rows(_SET_UNMAPPED, "unmapped", "mapping_set"),
            *_rows(_MAPPING_MAPPED, "mapped", "mapping"),
            *_rows(_MAPPING_UNMAPPED, "unmapped", "mapping"),
        ]


ADAPTER = _SssomAdapter()
