"""Reading SSSOM/TSV into the model (see ``kll.adapters.sssom`` for the mapping as a whole).

The file is split into its metadata block and its table here, line by line, because sssom-py
keeps no line numbers; sssom-py then parses the same text (it is the judge of whether the file is
SSSOM at all) and gives the prefix map. In the *external metadata mode* of SSSOM/TSV the metadata
block is a separate ``<name>.sssom.yml`` beside ``<name>.sssom.tsv``; it is read when the TSV has
no ``#`` block of its own, and findings about it name that file.

Limits, checked before sssom-py sees the file, each an ``input.limit`` finding: the metadata block
is read by the loaders' YAML reader (``kll.validation.loaders.parse_yaml``: nesting at most
``MAX_DEPTH`` levels, aliases, numbers and size bounded; dates stay the strings written), and the
table has at most ``MAX_COLUMNS`` columns.
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
from urllib.parse import unquote

import yaml

from ..artifacts.modelindex import ModelIndex
from ..artifacts.paths import model_dir
from ..validation.loaders import InputError, parse_yaml
from ..validation.report import Finding, Location
from . import ConversionError, conversion_finding
from .sssom_cells import restored
from .sssom_slots import BUILTIN_PREFIXES, ROW, SET, SET_UNMAPPED, SIDE, propagated_to_rows

__all__ = ["Scan", "scan", "external_metadata_path", "parse_with_sssom_py", "quiet_sssom", "Reader", "CONCEPT_NAMESPACE", "ORCID", "split_values"]

#: Where a code of a scheme that publishes no concept IRIs gets one, for SSSOM's subject_id.
CONCEPT_NAMESPACE = "https://w3id.org/kll/vocab/scheme/{scheme}/"
ORCID = "https://orcid.org/"


#: The columns an SSSOM table may have: the specification defines about seventy slots, so a header
#: with thousands is no mapping set (10⁶ columns took 69 s and 2.1 GB in sssom-py and pandas).
MAX_COLUMNS = 1000


_KEY = re.compile(r"^(?P<indent> *)(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*:(\s|$)")


@dataclass
class Scan:
    """The file as lines: what sssom-py reads, with the line numbers it does not keep.

    ``metadata_path`` is the file the metadata came from (the TSV itself, or its ``.sssom.yml``)."""

    metadata: dict
    key_lines: dict[str, int]
    columns: list[str]
    header_line: int
    rows: list[tuple[int, dict[str, str]]]  # (line, non-empty cells by column)
    metadata_path: Path | None = None


def external_metadata_path(path: Path) -> Path | None:
    """The ``.sssom.yml`` beside ``path`` (same base name, SSSOM/TSV "external metadata mode")."""
    name = path.name
    for suffix in (".sssom.tsv", ".tsv"):
        if name.endswith(suffix):
            candidate = path.with_name(name[: -len(suffix)] + ".sssom.yml")
            return candidate if candidate.is_file() else None
    return None


def _metadata(lines: list[tuple[int, str]], path: Path) -> tuple[dict, dict[str, int]]:
    """The YAML of a metadata block given as (line number, text) pairs, and each top key's line."""
    content = [(n, line) for n, line in lines if line.strip()]
    indent = min((len(line) - len(line.lstrip(" ")) for _, line in content), default=0)
    key_lines: dict[str, int] = {}
    for line_number, line in content:
        match = _KEY.match(line)
        if match and len(match["indent"]) == indent:
            key_lines.setdefault(match["key"], line_number)
    try:
        metadata = parse_yaml("\n".join(line[indent:] if line[:indent].strip() == "" else line for _, line in content)) if content else {}
    except InputError as error:
        # The loaders count lines of the block without its blank lines; the finding names the file's.
        line = content[min(error.line, len(content)) - 1][0] if error.line and content else None
        if error.rule == "input.limit":
            error.line, error.column = line, None
            raise error from None
        raise ConversionError(f"{path}: the metadata block is not YAML", Location(str(path), line=line)) from None
    if metadata is None:
        metadata = {}
    if not isinstance(metadata, dict):
        raise ConversionError(f"{path}: the metadata block is not a YAML mapping of SSSOM slots", Location(str(path), line=lines[0][0] if lines else 1))
    return metadata, key_lines


def scan(text: str, path: Path, external: tuple[Path, str] | None = None) -> Scan:
    """Split the file as sssom-py does (leading ``#`` lines, header, rows) and note every line.

    ``external``: the path and text of the external metadata file, used when the TSV has no
    ``#`` block of its own."""
    # Lines as sssom-py and pandas see them: split at \n only (str.splitlines would also split
    # at characters such as U+2028 that a quoted cell may hold).
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()
    number, block = 0, []
    while number < len(lines) and lines[number].startswith("#"):
        block.append((number + 1, lines[number][1:].rstrip()))
        number += 1
    metadata_path: Path | None = path
    if block:
        metadata, key_lines = _metadata(block, path)
    elif external is not None:
        metadata_path, external_text = external
        metadata, key_lines = _metadata([(n + 1, line.rstrip()) for n, line in enumerate(external_text.split("\n"))], metadata_path)
    else:
        metadata, key_lines, metadata_path = {}, {}, None
    if number >= len(lines):
        raise ConversionError(f"{path}: not an SSSOM TSV file: there is no table after the # metadata block", Location(str(path), line=number + 1))
    header_line = number + 1
    if lines[number].count("\t") >= MAX_COLUMNS:  # counted before anything is split or parsed
        raise InputError(
            "input.limit",
            f"The SSSOM table has more than {MAX_COLUMNS} columns.",
            f"SSSOM-tabellen har fler än {MAX_COLUMNS} kolumner.",
            line=header_line, detail=f"more than {MAX_COLUMNS} columns in the table header (line {header_line})",
        )
    columns = lines[number].split("\t")
    if len(set(columns)) != len(columns):
        raise ConversionError(f"{path}: the SSSOM table header names a column twice", Location(str(path), line=header_line))
    if "predicate_id" not in columns or not {"subject_id", "subject_label"} & set(columns) or not {"object_id", "object_label"} & set(columns):
        raise ConversionError(
            f"{path}: not an SSSOM TSV file: the first line after the # metadata block must be the table header "
            "with subject_id (or subject_label), predicate_id and object_id (or object_label)",
            Location(str(path), line=header_line),
        )
    rows = []
    reader = csv.reader(io.StringIO("\n".join(lines[number + 1:]), newline=""), delimiter="\t")
    previous = 0
    for cells in _rows(reader, path, header_line):
        first, previous = header_line + previous + 1, reader.line_num
        if not cells or cells == [""]:
            continue
        if len(cells) > len(columns):
            raise ConversionError(f"{path}: a row has more cells than the header has columns", Location(str(path), line=first))
        rows.append((first, {column: restored(cell) for column, cell in zip(columns, cells) if cell.strip()}))
    return Scan(metadata, key_lines, columns, header_line, rows, metadata_path)


def _rows(reader: Any, path: Path, header_line: int) -> Iterator[list[str]]:
    """The csv reader's rows; a cell it refuses (longer than its field limit, an unclosed quote
    running to the end) is the file's syntax error at the line reached, not an exception."""
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise ConversionError(f"{path}: a table row cannot be read as tab-separated cells", Location(str(path), line=header_line + reader.line_num)) from None


@contextmanager
def quiet_sssom() -> Iterator[None]:
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


def parse_with_sssom_py(text: str, path: Path, metadata: dict | None = None):
    """The file as sssom-py reads it: the judge of whether it is SSSOM, and its prefix map.

    ``metadata``: the external metadata block, as sssom-py takes it (a dict)."""
    try:
        with quiet_sssom():
            from sssom.parsers import parse_sssom_table

            # Given as a stream: a string would be taken for a path or, starting with http, a URL.
            return parse_sssom_table(io.StringIO(text), sep="\t", propagate=False, meta=metadata)
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


def split_values(cell: str) -> list[str]:
    """A multivalued TSV cell: values separated by ``|``, where ``\\|`` is a pipe inside a value
    and ``\\\\`` a backslash (SSSOM/TSV, "Multi-valued slots"); any other backslash is itself."""
    values, current, position = [], [], 0
    while position < len(cell):
        character = cell[position]
        if character == "\\" and position + 1 < len(cell) and cell[position + 1] in "|\\":
            current.append(cell[position + 1])
            position += 2
            continue
        if character == "|":
            values.append("".join(current))
            current = []
        else:
            current.append(character)
        position += 1
    values.append("".join(current))
    return values


def _metadata_values(value: Any) -> list[str]:
    """A multivalued metadata slot: a YAML list, or (as SSSOM/TSV parsers should accept) one scalar."""
    if value is None:
        return []
    if isinstance(value, list):
        return ["" if v is None else str(v) for v in value]
    return [str(value)]


@dataclass
class Reader:
    """One file's conversion: the package, the findings and where everything came from."""

    path: Path
    scan: Scan
    converter: Any
    index: ModelIndex
    findings: list[Finding] = field(default_factory=list)
    origins: dict[str, tuple[int | None, str]] = field(default_factory=dict)  # record id -> (line, key)
    records: dict[tuple[str, str], dict] = field(default_factory=dict)  # (list, position) -> record
    set_id: str | None = None

    # --- values ------------------------------------------------------------------------------

    def expand(self, value: str) -> str:
        """A CURIE as the IRI it stands for; an IRI, or a CURIE with an undeclared prefix, as it is
        (the model's IRI patterns then report it)."""
        value = value.strip()
        if "://" in value or value.startswith("urn:"):
            return value
        try:
            expanded = self.converter.expand(value)
        except Exception:  # curies raises for malformed CURIEs
            expanded = None
        if expanded:
            return expanded
        prefix, _, local = value.partition(":")
        if prefix in BUILTIN_PREFIXES and local:
            return BUILTIN_PREFIXES[prefix] + local
        return value

    def value(self, raw: Any, kind: str, where: tuple[int | None, str], *, cell: bool) -> Any:
        """One SSSOM value as the model holds it (see ``sssom_slots`` for the kinds); None for none."""
        if raw is None:
            return None
        if kind in ("refs", "uris", "texts", "agents", "labels"):
            parts = split_values(raw) if cell and isinstance(raw, str) else _metadata_values(raw)
            if kind == "labels":
                return parts
            parts = [p for p in parts if p.strip()]
            if kind in ("refs", "agents"):
                return [self.expand(p) for p in parts]
            return parts
        text = str(raw)
        if kind == "ref":
            return self.expand(text)
        if kind == "uri":
            return text.strip()
        if kind == "float":
            try:
                number = float(text)
            except ValueError:
                number = math.nan
            # nan and inf are no number of JSON: kept as the text, which the model's type check reports
            return number if math.isfinite(number) else text
        if kind == "lang":
            return {"sv": text}
        if kind == "justification":
            return self.term(text, "mapping_justification")
        if kind == "modifier":
            # Not is SSSOM's only modifier; anything else stays text for the model's type check.
            return True if text.strip() == "Not" else text
        return text

    def term(self, value: str, slot: str) -> str:
        """An enumeration code from its CURIE (semapv:LexicalMatching -> LexicalMatching); anything
        else as it is, for the model's enumeration check to report."""
        iri = self.expand(value)
        for text, meaning in self.index.classes["Mapping"].slots[slot].values.items():
            if meaning == iri:
                return text
        return value

    def unmapped(self, line: int | None, key: str, record_id: str | None, detail: str, *, known: bool = True) -> None:
        """``known``: ``key`` is a name of SSSOM's; a name the file made up is input, and is located
        by its line and column only, never repeated."""
        in_table = line is not None and line > self.scan.header_line
        column = self.scan.columns.index(key) + 1 if in_table and key in self.scan.columns else None
        file = self.path if in_table or self.scan.metadata_path is None else self.scan.metadata_path
        location = Location(str(file), line=line, column=column, pointer=f"/{key}" if known else None, record_id=record_id)
        self.findings.append(conversion_finding("convert.unmapped", location, detail))

    def entity(self, identifier: str | None) -> dict:
        """scheme, code and concept_iri of a subject_id or object_id.

        A CURIE whose prefix names one of the project's schemes (``sun-2020-field:723a``, or
        ``esco.2:…`` for a further namespace of a scheme) is that scheme's concept with the local
        part as its code; its IRI is kept as concept_iri unless it is the KLL namespace of codes of a
        scheme without IRIs. Any other identifier is an entity of another vocabulary: its IRI."""
        if not identifier or not identifier.strip():
            return {}
        identifier = identifier.strip()
        schemes = self.index.classes["ConceptReference"].slots["scheme"].values
        iri = self.expand(identifier)
        if "://" not in identifier and ":" in identifier:
            prefix, local = identifier.split(":", 1)
            scheme = re.sub(r"\.[0-9]+$", "", prefix)
            if scheme in schemes and local:
                # A prefix that names a scheme but is not in curie_map is read as that scheme's.
                own = iri in (identifier, CONCEPT_NAMESPACE.format(scheme=scheme) + local)
                return {"scheme": scheme, "code": unquote(local), **({} if own else {"concept_iri": iri})}
        for scheme in schemes:
            namespace = CONCEPT_NAMESPACE.format(scheme=scheme)
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return {"scheme": scheme, "code": unquote(iri[len(namespace):])}
        return {"concept_iri": iri}

    # --- the set -----------------------------------------------------------------------------

    def _drop_structures(self) -> None:
        """Report, and leave out, metadata of a YAML shape SSSOM does not give the slot: a mapping
        or list where SSSOM has one value (``mapping_set_title: {sv: …, en: …}``), or a list of
        anything but single values where it has a list. Never carried as Python repr text."""
        meta = self.scan.metadata
        identifier = meta.get("mapping_set_id")
        set_id = str(identifier).strip() if identifier is not None and not isinstance(identifier, (dict, list)) else None
        multivalued = {key for key, (_, kind) in SET.items() if kind in ("refs", "uris", "texts", "agents", "labels")}
        multivalued |= {key for key in propagated_to_rows() if self._row_kind(key)[1] in ("refs", "uris", "texts")}
        single = (set(SET) | propagated_to_rows() | {"subject_source_version", "object_source_version"}) - multivalued
        for key in [k for k in meta if k in multivalued or k in single]:
            value = meta[key]
            if key in multivalued:
                wrong = isinstance(value, dict) or (isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value))
                shape = "a list of single values"
            else:
                wrong = isinstance(value, (dict, list))
                shape = "a single value"
            if wrong:
                kind = "mapping" if isinstance(value, dict) else "list"
                self.unmapped(self.scan.key_lines.get(key), key, set_id, f"mapping set {key}: a YAML {kind} where SSSOM has {shape}; not carried")
                del meta[key]

    @staticmethod
    def _row_kind(column: str) -> tuple[str | None, str, str | None]:
        """(side or None, kind, model slot) of a TSV column; kind "" for a column SSSOM has not."""
        for side in ("subject", "object"):
            if column.startswith(f"{side}_") and column[len(side) + 1:] in SIDE:
                slot, kind = SIDE[column[len(side) + 1:]]
                return side, kind, slot
        if column in ROW:
            slot, kind = ROW[column]
            return None, kind, slot
        return None, "", None

    def read(self) -> dict:
        self._drop_structures()
        meta = self.scan.metadata
        self.set_id = str(meta["mapping_set_id"]).strip() if meta.get("mapping_set_id") is not None else None
        mapping_set: dict = {}
        agents: dict[str, dict] = {}  # id -> record, in order of appearance
        self._set_metadata(mapping_set, agents)
        propagated = self._propagated()
        mappings = [self._mapping(line, {**propagated, **cells}, agents) for line, cells in self.scan.rows]
        self._propagate_versions(mappings)
        if mappings:
            mapping_set["mappings"] = mappings
        mapping_set = {key: mapping_set[key] for key in _SET_SLOT_ORDER if key in mapping_set}
        package: dict = {"conforms_to_model_version": self.index.model_version, "mapping_sets": [mapping_set]}
        schemes = self._schemes(mapping_set)
        if schemes:
            package["concept_schemes"] = schemes
        for identifier, record in agents.items():
            container = "persons" if identifier.startswith(ORCID) else "organisations"
            package.setdefault(container, []).append(record)
        return package

    def _propagated(self) -> dict[str, str]:
        """SSSOM's propagation of the set's propagatable slots that the model keeps on each
        mapping: as cells every row has, unless some row gives the slot itself (then the set's
        value is not propagatable, and the model has no place for it: reported)."""
        cells: dict[str, str] = {}
        meta = self.scan.metadata
        for key in sorted(propagated_to_rows()):
            value = meta.get(key)
            if value is None:
                continue
            if any(key in row for _, row in self.scan.rows):
                if all(row.get(key) == str(value) for _, row in self.scan.rows):
                    continue  # the same value on the set and every mapping: the mappings' own say it all
                self.unmapped(self.scan.key_lines.get(key), key, self.set_id, f"mapping set {key}: some mappings give their own, so the set's is not propagated to the others, and the model keeps it on mappings only")
                continue
            values = _metadata_values(value)
            cells[key] = "|".join(v.replace("\\", "\\\\").replace("|", "\\|") for v in values)
        return cells

    def _set_metadata(self, mapping_set: dict, agents: dict) -> None:
        meta, lines = self.scan.metadata, self.scan.key_lines
        for key, raw in meta.items():
            line = lines.get(key)
            if raw is None or key in propagated_to_rows():
                continue
            if key == "curie_map":
                self._curie_map(mapping_set, raw, line)
            elif key in ("subject_source_version", "object_source_version"):
                continue  # see _schemes: on the ConceptScheme record, or on the set
            elif key == "creator_label":
                continue  # with creator_id
            elif key in SET:
                slot, kind = SET[key]
                value = self.value(raw, kind, (line, key), cell=False)
                if kind == "agents":
                    mapping_set[slot] = value
                    self._agents(agents, value, _metadata_values(meta.get("creator_label")), line, "creator", mapping_set, "mapping_set_creator_labels")
                elif value not in (None, [], ""):
                    mapping_set[slot] = value
                    if key in ("subject_source", "object_source"):
                        self.origins.setdefault(value, (line, key))
            elif key in SET_UNMAPPED:
                self.unmapped(line, key, self.set_id, f"mapping set {key}: {SET_UNMAPPED[key]}")
            elif key == "mappings":
                self.unmapped(line, key, self.set_id, "mappings in the metadata block: SSSOM/TSV gives the mappings as the table")
            else:
                self.unmapped(line, key, self.set_id, "a mapping set key that is not a slot of SSSOM; non-standard slots are not carried", known=False)
        if "creator_label" in meta and "creator_id" not in meta:
            labels = _metadata_values(meta["creator_label"])
            if labels:
                mapping_set["mapping_set_creator_labels"] = labels

    def _curie_map(self, mapping_set: dict, raw: Any, line: int | None) -> None:
        if not isinstance(raw, dict):
            self.unmapped(line, "curie_map", self.set_id, "curie_map: not a YAML mapping of prefixes; not carried")
            return
        declarations = []
        for prefix, namespace in raw.items():
            if isinstance(namespace, (dict, list)) or namespace is None:
                self.unmapped(line, "curie_map", self.set_id, "curie_map: a prefix whose IRI is not a single value; not carried")
                continue
            declarations.append({"prefix_name": str(prefix), "prefix_url": str(namespace)})
        if declarations:
            mapping_set["curie_map"] = declarations

    def _agents(self, agents: dict, ids: list[str], labels: list[str], line: int | None, role: str, holder: dict, label_slot: str) -> None:
        """Agent records for ``ids``; each label becomes the name of its organisation's record
        where it can (one label per id, an organisation, no other name earlier in the file), and
        otherwise the labels are kept on ``holder`` as the file gives them."""
        for identifier in ids:
            agents.setdefault(identifier, {"id": identifier})
            self.origins.setdefault(identifier, (line, f"{role}_id"))
        if not labels or not any(label.strip() for label in labels):
            return
        attachable = len(labels) == len(ids) and all(
            not label.strip() or (not identifier.startswith(ORCID) and agents[identifier].get("name", {}).get("sv") in (None, label))
            for identifier, label in zip(ids, labels)
        )
        if not attachable:
            holder[label_slot] = labels
            return
        for identifier, label in zip(ids, labels):
            if label.strip():
                agents[identifier]["name"] = {"sv": label}

    # --- the rows ----------------------------------------------------------------------------

    def _mapping(self, line: int, cells: dict[str, str], agents: dict) -> dict:
        record_id = self.record_name(cells)
        mapping: dict = {}
        sides: dict[str, dict] = {"subject": {}, "object": {}}
        for column, raw in cells.items():
            side, kind, slot = self._row_kind(column)
            if side is not None:
                if kind == "entity":
                    sides[side].update(self.entity(raw))
                else:
                    value = self.value(raw, kind, (line, column), cell=True)
                    if value not in (None, [], ""):
                        sides[side][slot] = value
            elif kind == "agents":
                ids = self.value(raw, kind, (line, column), cell=True)
                if ids:
                    mapping[slot] = ids
                label_column = column.replace("_id", "_label")
                label_slot = ROW[label_column][0]
                self._agents(agents, ids, split_values(cells[label_column]) if label_column in cells else [], line, column.removesuffix("_id"), mapping, label_slot)
            elif kind == "labels":
                if column.replace("_label", "_id") not in cells:
                    mapping[slot] = split_values(raw)
            elif kind:
                value = self.value(raw, kind, (line, column), cell=True)
                if value not in (None, [], ""):
                    mapping[slot] = value
            else:
                self.unmapped(line, column, record_id, "a column that is not a slot of SSSOM; non-standard slots are not carried", known=False)
        for side in ("subject", "object"):
            if sides[side]:
                mapping[f"mapping_{side}"] = {key: sides[side][key] for key in _ENTITY_ORDER if key in sides[side]}
        return {key: mapping[key] for key in _MAPPING_ORDER if key in mapping}

    @staticmethod
    def record_name(cells: dict[str, str]) -> str:
        """A row's name in findings: its record_id, else its subject, predicate and object."""
        return cells.get("record_id") or " ".join(
            cells.get(f"{side}_id") or cells.get(f"{side}_label", "") if side else cells.get("predicate_id", "")
            for side in ("subject", None, "object")
        ).strip()

    def _propagate_versions(self, mappings: list[dict]) -> None:
        """SSSOM's propagation of subject_source_version (and object_source_version) for the
        project's concepts: the set's version is every subject's when no row gives one, so that a
        concept reference carries its scheme version (the writer condenses it back). Any other
        source keeps its version on the set, where the file gives it."""
        for side in ("subject", "object"):
            version = self.scan.metadata.get(f"{side}_source_version")
            if version is None or isinstance(version, (dict, list)) or any(f"{side}_source_version" in cells for _, cells in self.scan.rows):
                continue
            if not any("scheme" in (m.get(f"mapping_{side}") or {}) for m in mappings):
                continue  # not the project's concepts: the version stays the set's, as the file has it
            for mapping in mappings:
                entity = mapping.get(f"mapping_{side}")
                if entity is not None:
                    entity["scheme_version"] = str(version)

    def _schemes(self, mapping_set: dict) -> list[dict]:
        """ConceptScheme records for sources whose entities are concepts of the project's schemes
        (the source's version on the record); the version of any other source stays on the set."""
        meta, records = self.scan.metadata, {}
        for side in ("subject", "object"):
            identifier = mapping_set.get(f"{side}_source")
            version = meta.get(f"{side}_source_version")
            version = None if version is None or isinstance(version, (dict, list)) else str(version)
            entities = [m.get(f"mapping_{side}") or {} for m in mapping_set.get("mappings") or []]
            names = Counter(e["scheme"] for e in entities if isinstance(e.get("scheme"), str))
            if not isinstance(identifier, str) or not names:
                if version is not None:
                    mapping_set[f"{side}_source_version"] = version
                continue
            if identifier in records:
                continue
            record: dict = {"id": identifier}
            scheme = names.most_common(1)[0][0]
            record["scheme"] = scheme
            if _scheme_titles().get(scheme):
                record["title"] = dict(_scheme_titles()[scheme])
            versions = {e.get("scheme_version") for e in entities}
            if version is not None:
                record["scheme_version"] = version
            elif len(versions) == 1 and None not in versions:
                record["scheme_version"] = versions.pop()
            records[identifier] = record
        for side in ("subject", "object"):  # keep the model's slot order
            key = f"{side}_source_version"
            if key in mapping_set:
                mapping_set[key] = mapping_set.pop(key)
        ordered = {key: mapping_set[key] for key in _SET_SLOT_ORDER if key in mapping_set}
        mapping_set.clear()
        mapping_set.update(ordered)
        return list(records.values())

    # --- locations ---------------------------------------------------------------------------

    def locate(self, pointer: str) -> Location | None:
        """A pointer into the package as the line (and column) of the SSSOM file it came from."""
        parts = pointer.split("/")[1:]
        if len(parts) < 2:
            return None
        container, position, rest = parts[0], parts[1], parts[2:]
        if container == "mapping_sets" and position == "0":
            if len(rest) >= 2 and rest[0] == "mappings" and rest[1].isdigit() and int(rest[1]) < len(self.scan.rows):
                line, cells = self.scan.rows[int(rest[1])]
                column = _column(rest[2:])
                number = self.scan.columns.index(column) + 1 if column in self.scan.columns else None
                return Location(str(self.path), line=line, column=number, pointer=f"/{column}" if column else None, record_id=self.record_name(cells))
            key = _SET_KEY.get(rest[0]) if rest else None
            line = self.scan.key_lines.get(key) if key else None
            file = self.scan.metadata_path if key and self.scan.metadata_path is not None else self.path
            if line is None and not rest:
                line = 1
            return Location(str(file), line=line, pointer=f"/{key}" if key else None, record_id=self.set_id)
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
        in_table = line is not None and line > self.scan.header_line
        if not in_table:
            line = self.scan.key_lines.get(key, line)
        number = self.scan.columns.index(key) + 1 if in_table and key in self.scan.columns else None
        file = self.path if in_table or self.scan.metadata_path is None else self.scan.metadata_path
        return Location(str(file), line=line, column=number, pointer=f"/{key}", record_id=record["id"])


def _column(rest: list[str]) -> str | None:
    """The TSV column of a pointer below a mapping (``/mapping_subject/code`` -> subject_id)."""
    if not rest:
        return None
    if rest[0] in ("mapping_subject", "mapping_object"):
        side = rest[0].removeprefix("mapping_")
        slot = rest[1] if len(rest) > 1 else "concept_iri"
        for name, (model_slot, _) in SIDE.items():
            if model_slot == slot:
                return f"{side}_{name}"
        return f"{side}_id"
    return _ROW_COLUMN.get(rest[0])


_ROW_COLUMN = {slot: column for column, (slot, _) in ROW.items()}
#: MappingSet slot -> metadata key (for locating findings).
_SET_KEY = {slot: key for key, (slot, _) in SET.items()} | {
    "curie_map": "curie_map", "subject_source_version": "subject_source_version", "object_source_version": "object_source_version",
}
#: The order of a read mapping set's slots (the model's).
_SET_SLOT_ORDER = (
    "id", "title", "description", "sssom_version", "curie_map", "mapping_set_version", "mapping_set_license",
    "subject_source", "subject_source_version", "object_source", "object_source_version", "mapping_set_creators",
    "mapping_set_creator_labels", "mapping_set_sources", "mapping_set_confidence", "mapping_date", "issued",
    "mapping_see_also", "issue_tracker", "mapping_other", "mapping_comment", "mappings",
)
_MAPPING_ORDER = (
    "mapping_record_id", "mapping_subject", "mapping_predicate", "mapping_predicate_label", "mapping_negated",
    "mapping_predicate_type", "mapping_object", "mapping_justification", "confidence", "mapping_authors",
    "mapping_author_labels", "mapping_reviewers", "mapping_reviewer_labels", "mapping_creators", "mapping_creator_labels",
    "mapping_license", "mapping_provider", "mapping_source", "mapping_cardinality", "cardinality_scope", "mapping_tool",
    "mapping_tool_id", "mapping_tool_version", "mapping_date", "issued", "review_date", "reviewer_agreement",
    "curation_rules", "curation_rule_texts", "match_strings", "similarity_score", "similarity_measure",
    "mapping_see_also", "issue_tracker_item", "mapping_other", "mapping_comment",
)
_ENTITY_ORDER = ("scheme", "code", "scheme_version", "concept_iri", "label", "entity_type", "entity_category", "entity_source", "match_fields", "preprocessing")
