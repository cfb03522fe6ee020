"""Writing the model's mapping sets as SSSOM/TSV (see ``kll.adapters.sssom``).

The file is written here, not by sssom-py, so that it says exactly what the model holds: the
prefixes of the set's ``curie_map`` (every one, used or not, with its IRI), CURIEs made with them,
the slots in SSSOM's canonical order, multivalued cells escaped as SSSOM/TSV requires (``\\|`` and
``\\\\``) and cells quoted as it requires (tabs, line breaks and double quotes). sssom-py reads
what is written to the same mapping set as the file that was read (tested on the real corpus).

A TSV file is also opened in spreadsheets, which run a cell that begins with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return as a formula: a label such as
``=HYPERLINK("https://…")`` would act on whoever opens the file. Such a cell of the table is
written with a leading apostrophe (``'=HYPERLINK(…)``), as OWASP's advice on CSV injection has
it. A cell that begins with apostrophes and then such a character gets one apostrophe more, so the
change can be undone exactly: kll's reader removes the one apostrophe (:func:`restored`), and a
round trip gives the same text. Other readers (sssom-py among them) get the apostrophe as part
of the text, so the writer reports ``convert.not-representable`` at the mapping and column. Which
cells this touches follows from what they may hold, not from a list of columns, so no column can
be forgotten:

* free text (labels, comments, match strings, curation rule texts, tool names, other) is
  neutralised whenever it begins with one of those characters;
* a number (confidence, similarity score, reviewer agreement, ``-0.5`` included) is never
  touched: it cannot run as a formula, and it must read back as the same number;
* a CURIE or IRI (ids, sources, licences, justifications) cannot begin with one of those
  characters (a prefix name and a URI scheme begin with a letter or ``_``), so a valid one is
  never touched; a value in such a column that does begin with one is no identifier and is
  neutralised like text.

The ``#`` metadata block needs nothing: every line of it begins with ``#``, which no spreadsheet
runs.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml

from ..artifacts.modelindex import ModelIndex
from ..artifacts.output import write_output
from ..validation.report import Finding, Location
from . import ConversionError, conversion_finding
from .native import records_of
from .sssom_cells import neutralised, restored
from .sssom_read import CONCEPT_NAMESPACE, ORCID, scan
from .sssom_slots import BUILTIN_PREFIXES, ROW, SET, SIDE, schema_slots

__all__ = ["Writer", "neutralised", "restored"]

#: Prefixes for IRIs that are not concepts (sources, creators, authors) when the set declares none.
_KNOWN_PREFIXES = {"kllid": "https://w3id.org/kll/id/", "orcid": ORCID}


def _escape(value: str) -> str:
    """One value of a multivalued TSV cell: ``\\`` and ``|`` escaped (SSSOM/TSV)."""
    return value.replace("\\", "\\\\").replace("|", "\\|")


def _clean_local(local: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9_.~%-][A-Za-z0-9_.~%/-]*", local))


class _Prefixes:
    """The curie_map of a written file: the set's own prefixes first (kept, every one), then one
    per scheme namespace of the project's concepts (``scheme``, ``scheme.2`` …) and short ones for
    other IRIs. SSSOM's built-in prefixes are used without being declared, unless the set
    declares them. A namespace has one prefix only (curie_map is a bijection)."""

    def __init__(self, declared: list[tuple[str, str]]) -> None:
        self.used: dict[str, str] = {}  # prefix -> namespace, in the order written
        self.owner: dict[str, str] = {}  # namespace -> prefix
        for prefix, namespace in declared:
            if prefix not in self.used:
                self.used[prefix] = namespace
                self.owner.setdefault(namespace, prefix)

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
        elif re.sub(r"\.[0-9]+$", "", prefix) != scheme and namespace != CONCEPT_NAMESPACE.format(scheme=scheme):
            # Another name for the scheme's KLL namespace (a file's own prefix, e.g. SUN2020) still
            # reads back as the scheme; a concept IRI namespace under another name would not.
            return None
        return f"{prefix}:{local}"

    def compact(self, iri: str) -> str:
        """An IRI as a CURIE: with the longest declared or built-in namespace it starts with, else
        a known or the IRI's own namespace bound to a new prefix; an IRI that gives no clean CURIE
        is written in full."""
        declared = [(p, n) for n, p in self.owner.items()]
        builtin = [(p, n) for p, n in BUILTIN_PREFIXES.items() if p not in self.used and n not in self.owner]
        for prefix, namespace in sorted(declared + builtin, key=lambda pair: -len(pair[1])):
            local = iri[len(namespace):]
            if iri.startswith(namespace) and local and not re.search(r"[\s|]", local):
                return f"{prefix}:{local}"
        for prefix, namespace in _KNOWN_PREFIXES.items():
            local = iri[len(namespace):]
            if iri.startswith(namespace) and local and _clean_local(local) and prefix not in self.used:
                return f"{self._bind(prefix, namespace)}:{local}"
        cut = max(iri.rfind("/"), iri.rfind("#"))
        own, local = iri[:cut + 1], iri[cut + 1:]
        if "://" not in own or not local or not _clean_local(local):
            return iri  # written in full: SSSOM readers take an IRI where a CURIE cannot be made
        number = 1
        while f"ns{number}" in self.used:
            number += 1
        return f"{self._bind(f'ns{number}', own)}:{local}"


@dataclass
class Writer:
    package: dict
    path: Path
    index: ModelIndex
    findings: list[Finding] = field(default_factory=list)
    prefixes: _Prefixes = field(default_factory=lambda: _Prefixes([]))

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

    def entity_id(self, entity: dict, pointer: str, record_id: str | None, slot: str) -> str | None:
        scheme, code, iri = entity.get("scheme"), entity.get("code"), entity.get("concept_iri")
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
            for key in ("scheme", "code"):
                if entity.get(key) is not None:
                    self.lost(f"{pointer}/{key}", record_id, f"{slot}.{key}: without both scheme and code the id is the concept IRI")
            return self.prefixes.compact(iri)
        return None

    def text(self, value: Any, kind: str) -> Any:
        """A model value as SSSOM writes it in the metadata block (lists stay lists)."""
        if kind == "ref":
            return self.prefixes.compact(str(value))
        if kind == "refs":
            return [self.prefixes.compact(str(v)) for v in _listed(value)]
        if kind in ("uris", "texts", "labels"):
            return [str(v) for v in _listed(value)]
        if kind == "float":
            return value if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)
        if kind == "justification":
            return self.term(value, "mapping_justification", "semapv")
        if kind == "modifier":
            return "Not" if value is True else "" if value is False else str(value)
        return str(value)

    def cell(self, value: Any, kind: str) -> str:
        """A model value as one TSV cell."""
        written = self.text(value, kind)
        if isinstance(written, list):
            return "|".join(_escape(v) for v in written)
        return str(written)

    def term(self, value: Any, slot: str, prefix: str) -> str:
        values = self.index.classes["Mapping"].slots[slot].values
        if isinstance(value, str) and value in values:
            return f"{prefix}:{value}"
        return str(value)

    # --- the file ----------------------------------------------------------------------------

    def write(self) -> None:
        sets = self.package.get("mapping_sets") or []
        if not sets or not isinstance(sets[0], dict):
            raise ConversionError(f"{self.path}: the data package has no mapping set, and an SSSOM file is one mapping set", Location(str(self.path)))
        for position, other in enumerate(sets[1:], start=1):
            identifier = other.get("id") if isinstance(other, dict) else None
            self.lost(f"/mapping_sets/{position}", identifier, "a further mapping set: an SSSOM file holds one; write each set from its own package")
        mapping_set = sets[0]
        declared = [
            (d["prefix_name"], d["prefix_url"]) for d in mapping_set.get("curie_map") or []
            if isinstance(d, dict) and isinstance(d.get("prefix_name"), str) and isinstance(d.get("prefix_url"), str)
        ]
        self.prefixes = _Prefixes(declared)
        records = {r["id"]: (c, p, r) for c, p, _, r in records_of(self.package, self.index) if isinstance(r, dict) and isinstance(r.get("id"), str)}
        rows = [self.row(m, f"/mapping_sets/0/mappings/{n}", mapping_set.get("id"), records) for n, m in enumerate(mapping_set.get("mappings") or [])]
        metadata = self.metadata(mapping_set, records)
        for side in ("subject", "object"):
            # SSSOM's condensation of the version of a ConceptScheme source: a version every row
            # shares with the scheme is the set's alone (the reader propagates it back).
            column, version = f"{side}_source_version", metadata.get(f"{side}_source_version")
            if f"{side}_source_version" in mapping_set:
                continue  # the set's own version, written as read: rows keep theirs
            if version is not None and rows and all(row.get(column) == version for row in rows):
                for row in rows:
                    del row[column]
        order = schema_slots()["mapping"]
        present = {column for row in rows for column, value in row.items() if value != ""}
        # SSSOM's required columns are written even when empty; a set of literal subjects only
        # (no row has a subject_id) has no subject_id column, as SSSOM allows.
        always = {"predicate_id", "mapping_justification"} | ({"subject_id", "object_id"} if not rows else set())
        columns = [c for c in order if c in present or c in always]
        self.other_records(mapping_set, records)
        if self.prefixes.used:
            metadata = {"curie_map": dict(self.prefixes.used), **metadata}
        metadata = {key: metadata[key] for key in schema_slots()["mapping_set"] if key in metadata}
        text = _serialise(metadata, columns, rows)
        # The file may hold personal data (the names of authors and reviewers): written for its
        # owner only, and never through a symbolic link planted at the target.
        write_output(self.path, text, private=True)
        self.check_metadata(metadata, text)

    def check_metadata(self, intended: dict, text: str) -> None:
        """Read the written metadata block back: SSSOM's ``#`` block drops blank lines, which is
        where YAML puts the line breaks of a folded text, so a text with line breaks may not survive."""
        written = scan(text, self.path).metadata
        reverse = {key: slot for key, (slot, _) in SET.items()}
        for key, value in intended.items():
            if written.get(key) != value:
                self.lost(f"/mapping_sets/0/{reverse.get(key, key)}", intended.get("mapping_set_id"), f"mapping set {key}: its line breaks do not survive SSSOM's # metadata block")

    def metadata(self, mapping_set: dict, records: dict) -> dict:
        set_id = mapping_set.get("id")
        reverse = {slot: (key, kind) for key, (slot, kind) in SET.items()}
        meta: dict[str, Any] = {}
        for slot, value in mapping_set.items():
            pointer = f"/mapping_sets/0/{slot}"
            if slot in ("type", "mappings", "curie_map") or value is None:
                continue
            if slot in ("subject_source_version", "object_source_version"):
                meta[slot] = str(value)
                continue
            if slot not in reverse:
                self.lost(pointer, set_id, f"mapping set {slot}: SSSOM has no slot for it")
                continue
            key, kind = reverse[slot]
            if kind == "lang":
                text = self.swedish(value, pointer, set_id, slot)
                if text is not None:
                    meta[key] = text
            elif kind == "agents":
                creators = _listed(value)
                meta[key] = [self.prefixes.compact(str(c)) for c in creators]
                if not mapping_set.get("mapping_set_creator_labels"):
                    labels = [self.agent_label(records, c) or "" for c in creators]
                    if any(labels):  # one label per id, "" for an agent without a Swedish name
                        meta["creator_label"] = labels
            else:
                meta[key] = self.text(value, kind)
            if slot in ("subject_source", "object_source") and f"{slot}_version" not in mapping_set:
                scheme = records.get(value, (None, None, {}))[2] if isinstance(value, str) else {}
                if scheme.get("scheme_version") is not None:
                    meta[f"{slot}_version"] = str(scheme["scheme_version"])
        return meta

    def row(self, mapping: Any, pointer: str, set_id: str | None, records: dict) -> dict[str, str]:
        if not isinstance(mapping, dict):
            self.lost(pointer, set_id, "a mapping that is not an object")
            return {}
        row: dict[str, str] = {}
        side_columns = {slot: name for name, (slot, _) in SIDE.items()}
        reverse = {slot: (column, kind) for column, (slot, kind) in ROW.items()}
        for side in ("subject", "object"):
            slot = f"mapping_{side}"
            entity = mapping.get(slot)
            if not isinstance(entity, dict):
                continue
            identifier = self.entity_id(entity, f"{pointer}/{slot}", set_id, slot)
            if identifier:
                row[f"{side}_id"] = identifier
            for key, value in entity.items():
                if key in ("scheme", "code", "concept_iri") or value is None:
                    continue
                if key == "label":
                    label = self.swedish(value, f"{pointer}/{slot}/label", set_id, f"{slot}.label")
                    if label:
                        row[f"{side}_label"] = label
                elif key in side_columns:
                    name = side_columns[key]
                    row[f"{side}_{name}"] = self.cell(value, SIDE[name][1])
                else:
                    self.lost(f"{pointer}/{slot}/{key}", set_id, f"{slot}.{key}: SSSOM has no column for it")
        for key, value in mapping.items():
            if value is None or key in ("mapping_subject", "mapping_object"):
                continue
            if key not in reverse:
                self.lost(f"{pointer}/{key}", set_id, f"mapping {key}: SSSOM has no column for it")
                continue
            column, kind = reverse[key]
            if kind == "agents":
                agents = _listed(value)
                row[column] = "|".join(_escape(self.prefixes.compact(str(a))) for a in agents)
                label_column = column.replace("_id", "_label")
                if not mapping.get(ROW[label_column][0]):
                    labels = [self.agent_label(records, a) or "" for a in agents]
                    if any(labels):
                        row[label_column] = "|".join(_escape(label) for label in labels)
            else:
                row[column] = self.cell(value, kind)
        for column, cell in row.items():
            safe = neutralised(cell)
            if safe != cell:
                row[column] = safe
                self.lost(pointer, set_id, f"{column}: it begins with a character a spreadsheet runs as a formula, so it is written after an apostrophe")
        return row

    def agent_label(self, records: dict, identifier: Any) -> str | None:
        """The Swedish name of an organisation, for creator_label and author_label."""
        _, _, record = records.get(identifier, (None, None, {}))
        name = record.get("name")
        return name.get("sv") if isinstance(name, dict) and isinstance(name.get("sv"), str) else None

    def other_records(self, mapping_set: dict, records: dict) -> None:
        """Every other record of the package: what of it SSSOM carries, and what it does not."""
        sources = {mapping_set.get("subject_source"), mapping_set.get("object_source")}
        agents = {str(c) for c in _listed(mapping_set.get("mapping_set_creators"))}
        for mapping in mapping_set.get("mappings") or []:
            if isinstance(mapping, dict):
                for slot in ("mapping_authors", "mapping_reviewers", "mapping_creators"):
                    agents.update(str(a) for a in _listed(mapping.get(slot)))
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
                person = str(identifier).startswith(ORCID)
                if (container != "organisations" or record.get("type") not in (None, "Organisation")) and not (person and container == "persons"):
                    left.append("the kind of agent")
                if left:
                    self.lost(pointer, identifier, f"{container} record {', '.join(left)}: SSSOM carries only an agent's IRI and Swedish name")
            else:
                self.lost(pointer, identifier, f"a record of {container}: an SSSOM file holds one mapping set and what it names")


def _listed(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _serialise(metadata: dict, columns: list[str], rows: list[dict[str, str]]) -> str:
    """The SSSOM/TSV text: the ``#`` metadata block (YAML, block style) and the table."""
    block = yaml.safe_dump(metadata, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100000) if metadata else ""
    out = io.StringIO()
    for line in block.splitlines():
        out.write(f"# {line}\n" if line else "#\n")
    table = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    table.writerow(columns)
    for row in rows:
        table.writerow([row.get(column, "") for column in columns])
    return out.getvalue()
