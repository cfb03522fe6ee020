"""How each kind of EMIL3 field is read into the model and written back: the machinery of the
EMIL3 adapter (``kll.adapters.emil3``), which describes each EMIL3 object type as a ``Shape``.

A ``Shape`` is an EMIL3 object type: its path in the mapping table (``model/emil3_fields.yaml``)
and its ``Field``s, each an EMIL3 key, the model slot it fills and a ``Kind`` — plain values,
multilingual texts, language-tagged URLs, coded values, identifiers, nested objects and the
particular conversions (a box address, a WGS 84 position, a tuition fee). The same shape reads an
object (``read_shape``) and writes it (``write_shape``), so the two directions cannot drift apart.

Reading keeps, for every part of the package it makes, the EMIL3 location it came from
(``Reading.locate``), and reports what the model cannot carry as ``convert.unmapped``, naming the
field and never the value. Writing marks every part of the package it writes; what is left is
reported as ``convert.not-representable`` by the document writer.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache
from typing import Any

import yaml

from ..artifacts import paths
from ..artifacts.modelindex import model_index
from ..validation.report import Finding, Location, Stage, pointer_token
from . import conversion_finding
from .emil3_values import (
    EMIL_LANGUAGES, LANGUAGES, box_address, box_number, country_code, emil_id_of, html_to_text, international_phone,
    is_iri, looks_like_html, mint_iri, organisation_number, to_aware, to_local, wgs84_of, wgs84_text,
)

#: The field-by-field mapping table, the single source of the mapping and of its documentation.
TABLE = paths.model_dir() / "emil3_fields.yaml"

#: A tuition fee of the UH extension becomes a Fee with this condition, and a Fee in SEK with
#: exactly this condition is written back as the UH extension's tuition fee.
TUITION_FEE_CONDITION = {
    "sv": "Gäller sökande som inte är medborgare i ett EU/EES-land eller Schweiz.",
    "en": "Applies to applicants who are not citizens of an EU/EEA country or Switzerland.",
}

#: A language tag shown in a finding's detail: only one of the form of an ISO 639 code.
_ISO_639 = re.compile(r"^[a-z]{2,3}$")

#: What a kind's ``write`` returns when the model has nothing for its EMIL3 field.
ABSENT = object()


def has_value(value: Any) -> bool:
    """Whether a value carries anything (an unknown field with none is not worth a finding)."""
    return value is not None and value != "" and value != [] and value != {}


def given(value: Any) -> bool:
    """Whether a known field is given. An empty object is: ``distance: {}`` says the event is
    given at a distance, without details."""
    return value is not None and value != "" and value != []


# --- the mapping table ---------------------------------------------------------------------------


@cache
def table() -> dict[str, dict]:
    """The entries of the mapping table by EMIL3 path."""
    return {entry["emil3"]: entry for entry in yaml.safe_load(TABLE.read_text(encoding="utf-8"))}


@cache
def notes() -> dict[str, str]:
    """The comment lines directly above an entry of the table: its conversion note."""
    found, pending = {}, []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("#") and not stripped.startswith("# ---"):
            pending.append(stripped.lstrip("#").strip())
            continue
        match = re.match(r"^- \{emil3: ([^,]+),", stripped)
        if match and pending:
            found[match[1].strip()] = " ".join(pending)
        pending = []  # a blank line or a section rule ends a comment that belongs to no entry
    return found


def outside(path: str) -> str:
    """The detail of a finding about an EMIL3 field that the mapping does not carry."""
    entry = table().get(path)
    if entry is None:
        return f"{path} is not a field of EMIL3 as the Susa-navet API 3.0.2 serves it"
    if entry["status"] == "out-of-scope":
        return f"{path} is outside the mapping: {entry['reason']}"
    return f"{path} has no place in the model at this position"


def enum_values(class_name: str, slot: str) -> dict:
    """The codes of an enumeration-valued slot of the model."""
    return model_index().classes[class_name].slots[slot].values or {}


# --- reading ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    """A value of the EMIL3 file with its JSON Pointer and its field path in the mapping table."""

    value: Any
    pointer: str
    path: str

    def at(self, key: str, path: str | None = None) -> "Node":
        return Node(self.value[key], f"{self.pointer}/{pointer_token(key)}", path or f"{self.path}.{key}")

    def item(self, index: int, path: str | None = None) -> "Node":
        return Node(self.value[index], f"{self.pointer}/{index}", path or self.path)


@dataclass(frozen=True)
class Origin:
    location: Location
    keys: dict[str, str]  # model slot -> EMIL3 key, to point at a field that is missing


@dataclass
class Reading:
    """What reading an EMIL3 document gives: the package, the findings, where each part of the
    package came from (model pointer → EMIL3 location) and the table paths that were read."""

    package: dict
    findings: list[Finding] = field(default_factory=list)
    origins: dict[str, Origin] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def locate(self, pointer: str) -> Location | None:
        """The EMIL3 location of a pointer into the package: the field it came from, the field it
        would come from when it is missing, or else the nearest enclosing object or record."""
        found = self.origins.get(pointer)
        if found is not None:
            return found.location
        parent, _, last = pointer.rpartition("/")
        holder = self.origins.get(parent)
        if holder is not None and last in holder.keys:
            return replace(holder.location, pointer=f"{holder.location.pointer}/{holder.keys[last]}")
        while pointer:
            pointer = pointer.rpartition("/")[0]
            if pointer in self.origins:
                return self.origins[pointer].location
        return None


class Reader:
    """Reads one EMIL3 document: the package being made, its findings and origins, and the record
    being read (its position in the file and its identifiers, for the locations)."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.result = Reading({})
        self.record: tuple[int | None, str | None] = (None, None)
        self.identifier: str | None = None  # EMIL identifier of the record being read

    def location(self, pointer: str) -> Location:
        index, record_id = self.record
        return Location(self.file, record=index, pointer=pointer, record_id=record_id)

    def use(self, *table_paths: str) -> None:
        self.result.used.update(table_paths)

    def unmapped(self, node: Node, detail: str) -> None:
        self.result.findings.append(conversion_finding("convert.unmapped", self.location(node.pointer), detail))

    def assumed(self, node: Node, detail: str) -> None:
        self.result.findings.append(conversion_finding("convert.language-assumed", self.location(node.pointer), detail))

    def leftover(self, node: Node, path: str) -> None:
        self.unmapped(node, outside(path))

    def invalid(self, node: Node, detail: str) -> None:
        """A whole record that cannot be read as its kind: a violation, and not in the package.
        Stage structural, not input: one broken record in a readable file is a finding (exit 1),
        not an unreadable file (exit 2)."""
        finding = conversion_finding("convert.invalid-record", self.location(node.pointer), detail)
        self.result.findings.append(replace(finding, stage=Stage.STRUCTURAL))

    def language(self, item: Node, path: str, what: str) -> str | None:
        """The model language of an item's ``lang`` tag (a text or a list of keywords); a missing
        tag is Swedish, said so; a language the model does not carry is reported, with the tag
        only when it has the form of an ISO 639 code (never any other value)."""
        tag = item.value.get("lang")
        if tag is None:
            self.assumed(item, f"{path}: {what} without a language tag (lang), read as Swedish (sv)")
            return "sv"
        language = LANGUAGES.get(tag.lower()) if isinstance(tag, str) else None
        if language is None:
            named = f" ({tag})" if isinstance(tag, str) and _ISO_639.fullmatch(tag) else ""
            self.unmapped(item, f"{path}: {what} in a language other than Swedish and English{named}; it is not carried")
        return language

    def origin(self, model_pointer: str, emil_pointer: str, keys: dict[str, str] | None = None) -> None:
        self.result.origins.setdefault(model_pointer, Origin(self.location(emil_pointer), keys or {}))

    # Multilingual texts and URLs are read here because several kinds share them.

    def text(self, node: Node) -> tuple[dict[str, str], dict[str, Node]]:
        """A LangString as a language map, with the node each language's text came from."""
        self.use("LangString")
        value = node.value
        if not isinstance(value, dict) or not isinstance(value.get("strings"), list):
            self.unmapped(node, f"{node.path} is not a multilingual text {{strings: [...]}}")
            return {}, {}
        for key, extra in value.items():
            if key != "strings" and has_value(extra):
                self.leftover(node.at(key), f"LangString.{key}")
        texts: dict[str, str] = {}
        parts: dict[str, Node] = {}
        strings = node.at("strings", "LangString.strings")
        self.use("LangString.strings")
        for index in range(len(strings.value)):
            item = strings.item(index)
            if not isinstance(item.value, dict):
                self.unmapped(item, f"{node.path}: a text of a LangString is not an object {{lang, value}}")
                continue
            for key, extra in item.value.items():
                if key not in {"lang", "value", "content"} and has_value(extra):
                    self.leftover(item.at(key), f"LangString.strings.{key}")
            text = item.value.get("value")
            content = item.value.get("content")
            if text is None or (isinstance(text, str) and not text.strip()):
                if has_value(content):
                    self.unmapped(item.at("content"), f"{node.path}: a content marker without a text (value); it is not carried")
                continue  # an empty text carries nothing
            self.use("LangString.strings.value")
            if not isinstance(text, str):
                self.unmapped(item.at("value"), f"{node.path}: the text is not a string")
                continue
            if item.value.get("lang") is not None:
                self.use("LangString.strings.lang")
            # A text without a language tag is taken as Swedish, the language of the hub, and said so.
            language = self.language(item, node.path, "a text")
            if language is None:
                continue
            if isinstance(content, str) and looks_like_html(content):
                text = html_to_text(text)
                self.unmapped(item.at("content"), f"{node.path}: HTML text is converted to plain text; the markup is not carried")
            elif has_value(content) and not (isinstance(content, str) and content in {"text/plain", "text", "plain"}):
                self.unmapped(item.at("content"), f"{node.path}: the content type is not plain text or HTML; the text is carried as it is")
            text = text.strip()
            if language in texts:
                if texts[language] != text:
                    self.unmapped(item, f"{node.path}: a second text in the same language; the model keeps the first")
                continue
            texts[language] = text
            parts[language] = item.at("value")
        return texts, parts

    def url(self, node: Node) -> Node | None:
        """The one web page of a LangUrl (the Swedish one first); the others are reported."""
        self.use("LangUrl")
        value = node.value
        if not isinstance(value, dict) or not isinstance(value.get("urls"), list):
            self.unmapped(node, f"{node.path} is not a language-tagged URL {{urls: [...]}}")
            return None
        for key, extra in value.items():
            if key != "urls" and has_value(extra):
                self.leftover(node.at(key), f"LangUrl.{key}")
        urls = node.at("urls", "LangUrl.urls")
        self.use("LangUrl.urls")
        candidates = []
        for index in range(len(urls.value)):
            item = urls.item(index)
            if isinstance(item.value, dict) and isinstance(item.value.get("value"), str) and item.value["value"].strip():
                candidates.append(item)
                for key, extra in item.value.items():
                    if key not in {"lang", "value"} and has_value(extra):
                        self.leftover(item.at(key), f"LangUrl.urls.{key}")
            elif has_value(item.value):
                self.unmapped(item, f"{node.path}: a URL of a LangUrl is not an object {{lang, value}}")
        if not candidates:
            return None
        swedish = [c for c in candidates if LANGUAGES.get(str(c.value.get("lang") or "swe").lower()) == "sv"]
        chosen = (swedish or candidates)[0]
        for other in candidates:
            if other is not chosen:
                self.unmapped(other, f"{node.path}: the model keeps one web page per record; this one is not carried")
        tag = chosen.value.get("lang")
        if tag is not None and LANGUAGES.get(str(tag).lower()) != "sv":
            self.leftover(chosen.at("lang"), "LangUrl.urls.lang")
        self.use("LangUrl.urls.value")
        return chosen.at("value")


class Target:
    """A model object being filled, with its pointer in the package."""

    def __init__(self, reader: Reader, data: dict, pointer: str) -> None:
        self.reader, self.data, self.pointer = reader, data, pointer

    def set(self, slot: str, value: Any, node: Node, parts: dict[str, Node] | None = None) -> None:
        """Give ``slot`` a value; a second, different value for it is reported and not kept."""
        if slot in self.data:
            if self.data[slot] != value:
                self.reader.unmapped(node, f"{node.path}: the model has one {slot}, given already by another field; this value is not carried")
            return
        self.data[slot] = value
        self.reader.origin(f"{self.pointer}/{slot}", node.pointer)
        if parts is None and isinstance(value, list) and isinstance(node.value, list) and len(value) == len(node.value):
            parts = {str(i): node.item(i) for i in range(len(value))}
        for key, part in (parts or {}).items():
            self.reader.origin(f"{self.pointer}/{slot}/{key}", part.pointer)

    def child(self, slot: str, node: Node, shape: "Shape") -> "Target":
        """The object at ``slot``, made on first use (two EMIL3 fields may fill one model object)."""
        data = self.data.get(slot)
        if not isinstance(data, dict):
            data = self.data[slot] = {}
        self.reader.origin(f"{self.pointer}/{slot}", node.pointer, shape.keys)
        return Target(self.reader, data, f"{self.pointer}/{slot}")

    def listing(self, slot: str, node: Node) -> None:
        """Say where the list at ``slot`` comes from, before items are appended to it."""
        self.reader.origin(f"{self.pointer}/{slot}", node.pointer)

    def append(self, slot: str, value: Any, node: Node, parts: dict[str, Node] | None = None, keys: dict[str, str] | None = None) -> str:
        """Append to the list at ``slot``; the pointer of the new item."""
        values = self.data.setdefault(slot, [])
        pointer = f"{self.pointer}/{slot}/{len(values)}"
        values.append(value)
        self.reader.origin(f"{self.pointer}/{slot}", node.pointer)
        self.reader.origin(pointer, node.pointer, keys)
        for key, part in (parts or {}).items():
            self.reader.origin(f"{pointer}/{key}", part.pointer)
        return pointer


# --- writing ---------------------------------------------------------------------------------------


@dataclass
class Writing:
    """What writing a package as EMIL3 gives: the document, the findings, the table paths written."""

    document: dict
    findings: list[Finding] = field(default_factory=list)
    written: set[str] = field(default_factory=set)


class Writer:
    """Writes one package as EMIL3: what has been written (package pointers and table paths) and
    the record being written. ``identifiers`` maps the IRIs of the package's records to their
    EMIL identifiers."""

    def __init__(self, file: str, identifiers: dict[str, str]) -> None:
        self.file = file
        self.consumed: set[str] = set()
        self.written: set[str] = set()
        self.identifier: str | None = None  # EMIL identifier of the record being written
        self.field_path = ""  # table path of the field being written
        # A reference is written as the EMIL identifier of the record it names, when the package has it.
        self.identifiers = identifiers

    def take(self, pointer: str) -> None:
        """Mark a part of the package as written, so that it is not reported as left out."""
        self.consumed.add(pointer)

    def emil_id(self, iri: Any) -> Any:
        if not isinstance(iri, str):
            return iri
        return self.identifiers.get(iri) or emil_id_of(iri) or iri


# --- kinds of fields -------------------------------------------------------------------------------


class Kind:
    """How one EMIL3 field is read into a model slot and written back from it."""

    triggers = True  # whether a value of this field alone makes an extension worth writing

    def read(self, r: Reader, node: Node, target: Target, slot: str | None) -> None:
        raise NotImplementedError

    def write(self, w: Writer, obj: dict, slot: str | None, pointer: str) -> Any:
        raise NotImplementedError


@dataclass(frozen=True)
class Field:
    key: str  # the EMIL3 key
    slot: str | None  # the model slot (None: the kind fills several, or the object itself)
    kind: Kind
    alternate: bool = False  # read only: written back through another field (WRITTEN_ELSEWHERE)


@dataclass(frozen=True)
class Shape:
    """An EMIL3 object type: its path in the mapping table and its fields."""

    path: str
    fields: tuple[Field, ...]

    @property
    def keys(self) -> dict[str, str]:
        return {f.slot: f.key for f in self.fields if f.slot and not f.alternate}


def read_shape(r: Reader, shape: Shape, node: Node, target: Target, skip: frozenset[str] = frozenset()) -> None:
    if not isinstance(node.value, dict):
        r.unmapped(node, f"{node.path} is not a JSON object")
        return
    r.use(node.path, shape.path)
    known = {f.key for f in shape.fields} | skip
    for spec in shape.fields:
        if given(node.value.get(spec.key)):
            child = node.at(spec.key, f"{shape.path}.{spec.key}")
            r.use(child.path)
            spec.kind.read(r, child, target, spec.slot)
    for key, value in node.value.items():
        if key not in known and has_value(value):
            r.leftover(node.at(key), f"{shape.path}.{key}")


def write_shape(w: Writer, shape: Shape, obj: dict, pointer: str) -> dict:
    out: dict = {}
    for spec in shape.fields:
        if spec.alternate:
            continue
        w.field_path = f"{shape.path}.{spec.key}"
        value = spec.kind.write(w, obj, spec.slot, pointer)
        if value is not ABSENT:
            out[spec.key] = value
            w.written.update({shape.path, f"{shape.path}.{spec.key}"})
    return out


class Plain(Kind):
    """A string, number, boolean or list of them, carried as it is."""

    def read(self, r, node, target, slot):
        target.set(slot, node.value, node)

    def write(self, w, obj, slot, pointer):
        if obj.get(slot) is None:
            return ABSENT
        w.take(f"{pointer}/{slot}")
        return obj[slot]


class Strings(Plain):
    """A list of strings (languages of instruction); a single string is read as a list of one."""

    def read(self, r, node, target, slot):
        target.set(slot, [node.value] if isinstance(node.value, str) else node.value, node)


class DateTime(Kind):
    """EMIL3's local date-time, in the model with the Europe/Stockholm offset."""

    def read(self, r, node, target, slot):
        aware = to_aware(node.value) if isinstance(node.value, str) else None
        target.set(slot, aware if aware is not None else node.value, node)  # unreadable: as it is, for the validator

    def write(self, w, obj, slot, pointer):
        value = obj.get(slot)
        if value is None:
            return ABSENT
        w.take(f"{pointer}/{slot}")
        if isinstance(value, (date, datetime)):  # a YAML timestamp read as an object
            value = value.isoformat()
        return to_local(value) if isinstance(value, str) else value


class Text(Kind):
    """A LangString, in the model a language map {sv, en}."""

    def read(self, r, node, target, slot):
        texts, parts = r.text(node)
        if texts:
            target.set(slot, texts, node, parts)

    def write(self, w, obj, slot, pointer):
        value = obj.get(slot)
        strings = _lang_strings(w, value, f"{pointer}/{slot}")
        return {"strings": strings} if strings else ABSENT


def _lang_strings(w: Writer, value: Any, pointer: str) -> list[dict]:
    if not isinstance(value, dict):
        return []
    strings = []
    for language, tag in EMIL_LANGUAGES.items():
        if isinstance(value.get(language), str):
            strings.append({"lang": tag, "value": value[language]})
            w.take(f"{pointer}/{language}")
    if strings:
        w.written.update({"LangString", "LangString.strings", "LangString.strings.lang", "LangString.strings.value"})
    return strings


class OneText(Kind):
    """A LangString where the model has one plain string (a phone's function and number): the
    Swedish text, else the English one; a telephone number is put in international form."""

    def __init__(self, telephone: bool = False) -> None:
        self.telephone = telephone

    def read(self, r, node, target, slot):
        texts, parts = r.text(node)
        if not texts:
            return
        language = "sv" if "sv" in texts else "en"
        if len(texts) > 1:
            r.unmapped(parts["en"], f"{node.path}: the model keeps this as one text; the English text is not carried")
        value = international_phone(texts[language]) if self.telephone else texts[language]
        target.set(slot, value, parts[language])

    def write(self, w, obj, slot, pointer):
        value = obj.get(slot)
        if not isinstance(value, str):
            return ABSENT
        w.take(f"{pointer}/{slot}")
        w.written.update({"LangString", "LangString.strings", "LangString.strings.lang", "LangString.strings.value"})
        return {"strings": [{"lang": "swe", "value": value}]}


class Url(Kind):
    """A LangUrl, in the model the one web page (a URI)."""

    def read(self, r, node, target, slot):
        chosen = r.url(node)
        if chosen is not None:
            target.set(slot, chosen.value.strip(), chosen)

    def write(self, w, obj, slot, pointer):
        value = obj.get(slot)
        if not isinstance(value, str):
            return ABSENT
        w.take(f"{pointer}/{slot}")
        w.written.update({"LangUrl", "LangUrl.urls", "LangUrl.urls.value"})
        return {"urls": [{"lang": "swe", "value": value}]}


class Code(Kind):
    """A coded value {type, code}, in the model a code of the slot's enumeration."""

    def __init__(self, type_name: str, enum: tuple[str, str]) -> None:
        self.type_name, self.enum = type_name, enum

    def code(self, r: Reader, node: Node) -> Node | None:
        """The code node of a coded value of this type whose code the model has, else None
        (reported)."""
        value = node.value
        if not isinstance(value, dict) or "code" not in value:
            r.unmapped(node, f"{node.path} is not a coded value {{type, code}}")
            return None
        for key, extra in value.items():
            if key not in {"type", "code"} and has_value(extra):
                r.leftover(node.at(key), f"{node.path}.{key}")
        # The type names the code list; it may be left out, since the field allows one type.
        if value.get("type") not in (None, self.type_name):
            r.unmapped(node.at("type"), f"{node.path}: a coded value of another type than {self.type_name}; it is not carried")
            return None
        if not isinstance(value["code"], str):
            r.unmapped(node.at("code"), f"{node.path}.code is not a string; the coded value is not carried")
            return None
        if value["code"] not in enum_values(*self.enum):
            r.unmapped(node.at("code"), f"{node.path}: the code is not one of the model's {self.type_name} codes; it is not carried")
            return None
        r.use(f"{node.path}.type", f"{node.path}.code", f"{node.path}.{self.type_name}")
        return node.at("code")

    def read(self, r, node, target, slot):
        code = self.code(r, node)
        if code is not None:
            target.set(slot, code.value, code)

    def labels(self, w: Writer) -> None:
        w.written.update({f"{w.field_path}.type", f"{w.field_path}.code", f"{w.field_path}.{self.type_name}"})

    def write(self, w, obj, slot, pointer):
        if obj.get(slot) is None:
            return ABSENT
        w.take(f"{pointer}/{slot}")
        self.labels(w)
        return {"type": self.type_name, "code": obj[slot]}


class Codes(Code):
    """A list of coded values (education levels, school years); values of other types than the
    mapped one are reported with the table's reason."""

    def read(self, r, node, target, slot):
        if not isinstance(node.value, list):
            r.unmapped(node, f"{node.path} is not a list of coded values")
            return
        target.listing(slot, node)
        for index in range(len(node.value)):
            item = node.item(index)
            kind = item.value.get("type") if isinstance(item.value, dict) else None
            if kind not in (None, self.type_name) and isinstance(kind, str):
                r.leftover(item, f"{node.path}.{kind}")
                continue
            code = self.code(r, item)
            if code is not None:
                target.append(slot, code.value, code)

    def write(self, w, obj, slot, pointer):
        values = obj.get(slot)
        if not isinstance(values, list) or not values:
            return ABSENT
        for index in range(len(values)):
            w.take(f"{pointer}/{slot}/{index}")
        self.labels(w)
        return [{"type": self.type_name, "code": value} for value in values]


class PlainCode(Kind):
    """A code written as a plain string in EMIL3 (semester), carried when the model has it."""

    def __init__(self, enum: tuple[str, str]) -> None:
        self.enum = enum

    def read(self, r, node, target, slot):
        if not isinstance(node.value, str) or node.value not in enum_values(*self.enum):
            r.unmapped(node, f"{node.path}: the code is not one of the model's codes; it is not carried")
            return
        target.set(slot, node.value, node)

    def write(self, w, obj, slot, pointer):
        return Plain().write(w, obj, slot, pointer)


#: Subject type → (scheme, scheme version) of the concept reference it becomes. C_Subject_SUN
#: codes missing from the shipped SUN 2020 list are taken as SUN 2000 codes (old records).
_SUBJECT_SCHEMES = {
    "AUB_Subject": ("af-ssyk-2012", "2012"),
    "FH_Subject": ("local", "FH_Subject"),
    "SV_Subject": ("local", "SV_Subject"),
    "F_Subject": ("local", "F_Subject"),
    "C_Subject_SUN": ("sun-2020-field", "2020"),
    "C_Subject_ISCED97": ("isced-97", "1997"),
    "C_Subject_ISCED2013": ("isced-f-2013", "2013"),
    "UH_Subject": ("uh-subject", None),
}
_SUN_2000 = ("sun-2000-field", "2000")


def _subject_scheme(kind: str, code: str) -> tuple[str, str | None]:
    scheme = _SUBJECT_SCHEMES[kind]
    if kind == "C_Subject_SUN":
        from ..artifacts.codelists import load

        return scheme if code in load("sun-2020-field") else _SUN_2000
    return scheme


def _subject_type(scheme: Any, version: Any) -> tuple[str, str | None] | None:
    """The EMIL3 subject type of a concept reference and the scheme version that type implies,
    or None when EMIL3 has no subject type for the scheme."""
    if scheme == _SUN_2000[0]:
        return "C_Subject_SUN", _SUN_2000[1]
    for kind, (known, implied) in _SUBJECT_SCHEMES.items():
        # a local scheme is one of EMIL3's own subject lists only when its version names the list
        if scheme == known and (scheme != "local" or version == implied):
            return kind, implied
    return None


class Subjects(Kind):
    """Subjects {type, code}: concept references whose scheme the subject type tells."""

    def read(self, r, node, target, slot):
        if not isinstance(node.value, list):
            r.unmapped(node, f"{node.path} is not a list of coded values")
            return
        target.listing(slot, node)
        for index in range(len(node.value)):
            item = node.item(index)
            value = item.value
            if not isinstance(value, dict) or not isinstance(value.get("code"), str):
                r.unmapped(item, f"{node.path}: a subject is not a coded value {{type, code}}")
                continue
            kind = value.get("type")
            if not isinstance(kind, str):
                r.unmapped(item.at("type") if "type" in value else item, f"{node.path}.type is not a string; the subject is not carried")
                continue
            if kind not in _SUBJECT_SCHEMES:
                r.leftover(item.at("type"), f"{node.path}.{kind}")
                continue
            for key, extra in value.items():
                if key not in {"type", "code"} and has_value(extra):
                    r.leftover(item.at(key), f"{node.path}.{key}")
            r.use(f"{node.path}.type", f"{node.path}.code", f"{node.path}.{kind}")
            scheme, version = _subject_scheme(kind, value["code"])
            reference = {"scheme": scheme, "code": value["code"]}
            if version is not None:
                reference["scheme_version"] = version
            target.append(slot, reference, item, {"scheme": item.at("type"), "code": item.at("code"), "scheme_version": item.at("type")})

    def write(self, w, obj, slot, pointer):
        values = obj.get(slot)
        if not isinstance(values, list):
            return ABSENT
        out = []
        for index, reference in enumerate(values):
            here = f"{pointer}/{slot}/{index}"
            if not isinstance(reference, dict) or not isinstance(reference.get("code"), str):
                continue
            typed = _subject_type(reference.get("scheme"), reference.get("scheme_version"))
            if typed is None:
                continue  # the whole reference is reported as not representable
            kind, implied = typed
            out.append({"type": kind, "code": reference["code"]})
            w.take(f"{here}/scheme")
            w.take(f"{here}/code")
            # The type carries a version only where it is the one the type implies.
            if reference.get("scheme_version") == implied:
                w.take(f"{here}/scheme_version")
            w.written.update({f"educationInfo.subjects.{kind}", "educationInfo.subjects.type", "educationInfo.subjects.code"})
        return out or ABSENT


class Reference(Kind):
    """An EMIL identifier of another record, in the model the IRI minted from it."""

    def read(self, r, node, target, slot):
        target.set(slot, mint_iri(node.value) if isinstance(node.value, str) else node.value, node)

    def write(self, w, obj, slot, pointer):
        if obj.get(slot) is None:
            return ABSENT
        w.take(f"{pointer}/{slot}")
        return w.emil_id(obj[slot])


class References(Kind):
    def read(self, r, node, target, slot):
        values = node.value if isinstance(node.value, list) else [node.value]
        target.set(slot, [mint_iri(v) if isinstance(v, str) else v for v in values], node)

    def write(self, w, obj, slot, pointer):
        values = obj.get(slot)
        if not isinstance(values, list) or not values:
            return ABSENT
        w.take(f"{pointer}/{slot}")
        return [w.emil_id(v) for v in values]


class Identifier(Kind):
    """The record's own EMIL identifier (``emil_identifier``). The record's IRI is minted from
    the wrapper's id; an identifier that is already an IRI is the record's IRI only."""

    def read(self, r, node, target, slot):
        if not (isinstance(node.value, str) and is_iri(node.value)):
            target.set(slot, node.value, node)
        elif target.data.get("id") != node.value:
            # the record's IRI was minted from the wrapper's id; this one has no place
            r.unmapped(node, f"{node.path}: an IRI other than the record's IRI (minted from the record's id); it is not carried")

    def write(self, w, obj, slot, pointer):
        if obj.get(slot) is not None:
            w.take(f"{pointer}/{slot}")
        return w.identifier if w.identifier is not None else ABSENT


class Object(Kind):
    """A nested EMIL3 object, in the model an inlined object (made once, filled by one or more
    EMIL3 fields)."""

    def __init__(self, shape: Shape) -> None:
        self.shape = shape

    def read(self, r, node, target, slot):
        if not isinstance(node.value, dict):
            r.unmapped(node, f"{node.path} is not a JSON object")
            return
        read_shape(r, self.shape, node, target.child(slot, node, self.shape))

    def write(self, w, obj, slot, pointer):
        value = obj.get(slot)
        if not isinstance(value, dict):
            return ABSENT
        if not value:
            w.take(f"{pointer}/{slot}")  # an empty object says something too, e.g. distance: {}
            return {}
        out = write_shape(w, self.shape, value, f"{pointer}/{slot}")
        return out or ABSENT  # empty: this object's content is written by another EMIL3 field


class Objects(Kind):
    """A list of EMIL3 objects, in the model a list of inlined objects."""

    def __init__(self, shape: Shape) -> None:
        self.shape = shape

    def read(self, r, node, target, slot):
        if not isinstance(node.value, list):
            r.unmapped(node, f"{node.path} is not a list")
            return
        target.listing(slot, node)
        for index in range(len(node.value)):
            item = node.item(index)
            if not isinstance(item.value, dict):
                r.unmapped(item, f"{node.path}: an item is not a JSON object")
                continue
            pointer = target.append(slot, {}, item, keys=self.shape.keys)
            read_shape(r, self.shape, item, Target(r, target.data[slot][-1], pointer))

    def items(self, obj: dict, slot: str) -> list[int]:
        values = obj.get(slot)
        return [i for i, v in enumerate(values) if isinstance(v, dict)] if isinstance(values, list) else []

    def write(self, w, obj, slot, pointer):
        out = [write_shape(w, self.shape, obj[slot][i], f"{pointer}/{slot}/{i}") for i in self.items(obj, slot)]
        return out or ABSENT


class Inline(Kind):
    """A nested EMIL3 object whose fields belong to the model object of its parent."""

    def __init__(self, shape: Shape) -> None:
        self.shape = shape

    def read(self, r, node, target, slot):
        read_shape(r, self.shape, node, target)

    def write(self, w, obj, slot, pointer):
        return write_shape(w, self.shape, obj, pointer) or ABSENT


class NoPlace(Kind):
    """An EMIL3 field the model has no place for where it occurs (reported with the reason)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def read(self, r, node, target, slot):
        r.unmapped(node, f"{node.path}: {self.reason}")

    def write(self, w, obj, slot, pointer):
        return ABSENT


class Country(Kind):
    """A country name or code, in the model an ISO 3166-1 alpha-2 code."""

    def read(self, r, node, target, slot):
        code = country_code(node.value) if isinstance(node.value, str) else None
        if code is None:
            r.unmapped(node, f"{node.path}: the country cannot be told as an ISO 3166-1 code; it is not carried")
            return
        target.set(slot, code, node)

    def write(self, w, obj, slot, pointer):
        return Plain().write(w, obj, slot, pointer)


class Street(Kind):
    """The street address; a model street address written as a box address goes to postBox."""

    def read(self, r, node, target, slot):
        target.set(slot, node.value, node)

    def write(self, w, obj, slot, pointer):
        value = obj.get(slot)
        if not isinstance(value, str) or box_number(value) is not None:
            return ABSENT
        w.take(f"{pointer}/{slot}")
        return value


class PostBox(Kind):
    """A box address, in the model the street address ``Box N``."""

    def read(self, r, node, target, slot):
        target.set(slot, box_address(node.value) if isinstance(node.value, str) else node.value, node)

    def write(self, w, obj, slot, pointer):
        value = obj.get(slot)
        number = box_number(value) if isinstance(value, str) else None
        if number is None:
            return ABSENT
        w.take(f"{pointer}/{slot}")
        return number


class Wgs84(Kind):
    """A WGS 84 position text, in the model latitude and longitude in decimal degrees."""

    def read(self, r, node, target, slot):
        position = wgs84_of(node.value) if isinstance(node.value, str) else None
        if position is None:
            r.unmapped(node, f"{node.path}: the position is not a pair of decimal degrees (latitude, longitude); it is not carried")
            return
        target.set("latitude", position[0], node)
        target.set("longitude", position[1], node)

    def write(self, w, obj, slot, pointer):
        latitude, longitude = obj.get("latitude"), obj.get("longitude")
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (latitude, longitude)):
            return ABSENT
        w.take(f"{pointer}/latitude")
        w.take(f"{pointer}/longitude")
        return wgs84_text(latitude, longitude)


class OrganisationNumber(Kind):
    def read(self, r, node, target, slot):
        target.set(slot, organisation_number(node.value) if isinstance(node.value, str) else node.value, node)

    def write(self, w, obj, slot, pointer):
        return Plain().write(w, obj, slot, pointer)


class Percentage(Kind):
    """A pace of study in percent; EMIL3 allows decimals, the model whole percentages."""

    def read(self, r, node, target, slot):
        value = node.value
        if isinstance(value, float) and not math.isfinite(value):
            r.unmapped(node, f"{node.path} is not a finite number; it is not carried")
            return
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            whole = int(round(value))
            if whole != value:
                r.unmapped(node, f"{node.path}: the percentage is rounded to a whole percentage; the decimals are not carried")
            value = whole
        target.set(slot, value, node)

    def write(self, w, obj, slot, pointer):
        return Plain().write(w, obj, slot, pointer)


class Emails(Kind):
    """The provider's e-mail addresses; the model keeps the first."""

    def read(self, r, node, target, slot):
        if isinstance(node.value, str):
            target.set(slot, node.value, node)
            return
        if not isinstance(node.value, list):
            r.unmapped(node, f"{node.path} is not a list of e-mail addresses")
            return
        kept = False
        for index in range(len(node.value)):
            item = node.item(index)
            if not has_value(item.value):
                continue
            if kept:
                r.unmapped(item, f"{node.path}: the model keeps one e-mail address per provider; this one is not carried")
            else:
                target.set(slot, item.value, item)
                kept = True

    def write(self, w, obj, slot, pointer):
        if obj.get(slot) is None:
            return ABSENT
        w.take(f"{pointer}/{slot}")
        return [obj[slot]]


class Phones(Objects):
    """The provider's telephone contacts; the organisation's own telephone number, which the
    model also has, is written as one more contact without a function."""

    def write(self, w, obj, slot, pointer):
        out = super().write(w, obj, slot, pointer)
        out = [] if out is ABSENT else out
        if isinstance(obj.get("telephone"), str):
            w.take(f"{pointer}/telephone")
            out.append({"number": {"strings": [{"lang": "swe", "value": obj["telephone"]}]}})
        return out or ABSENT


def _tuition_fee_index(event: dict) -> int | None:
    """The fee written as the UH extension's tuition fee: the first fee in SEK, with whole amounts,
    whose condition is exactly the one a tuition fee is read with."""
    fees = event.get("fees")
    if not isinstance(fees, list):
        return None
    for index, fee in enumerate(fees):
        if (
            isinstance(fee, dict) and fee.get("currency") == "SEK" and fee.get("fee_condition") == TUITION_FEE_CONDITION
            and set(fee) <= {"amount", "currency", "first_installment", "fee_condition"}
            and all(isinstance(fee.get(k), int) and not isinstance(fee.get(k), bool) for k in ("amount", "first_installment") if k in fee)
        ):
            return index
    return None


class Fees(Objects):
    """The fees of an event, less the one written as the UH extension's tuition fee."""

    def items(self, obj, slot):
        tuition = _tuition_fee_index(obj)
        return [i for i in super().items(obj, slot) if i != tuition]


class TuitionFee(Kind):
    """The UH extension's tuition fee {value, first, total}, in the model a Fee in SEK whose
    condition names the applicants who pay it."""

    def read(self, r, node, target, slot):
        value = node.value
        if not isinstance(value, dict):
            r.unmapped(node, f"{node.path} is not a JSON object")
            return
        for key, extra in value.items():
            if key not in {"value", "first", "total"} and has_value(extra):
                r.leftover(node.at(key), f"{node.path}.{key}")
        charged = value.get("value")
        amounts = {k: node.at(k) for k in ("total", "first") if value.get(k) is not None}
        r.use(*(f"{node.path}.{k}" for k in value if k in {"value", "first", "total"}))
        if charged is not None and not isinstance(charged, bool):
            r.unmapped(node.at("value"), f"{node.path}.value is not a boolean; the tuition fee is not carried")
            return
        if charged is False:
            if amounts:
                r.unmapped(node, f"{node.path}: amounts of a tuition fee marked as not charged are not carried")
            return  # no fee: the model has no Fee for it
        fee: dict = {}
        parts = {"fee_condition": node.at("value") if "value" in value else node}
        if "total" in amounts:
            fee["amount"] = value["total"]
            parts["amount"] = amounts["total"]
        fee["currency"] = "SEK"
        parts["currency"] = node
        if "first" in amounts:
            fee["first_installment"] = value["first"]
            parts["first_installment"] = amounts["first"]
        fee["fee_condition"] = dict(TUITION_FEE_CONDITION)
        target.append("fees", fee, node, parts)

    def write(self, w, obj, slot, pointer):
        index = _tuition_fee_index(obj)
        if index is None:
            return ABSENT
        fee, here = obj["fees"][index], f"{pointer}/fees/{index}"
        out = {"value": True}
        if "first_installment" in fee:
            out["first"] = fee["first_installment"]
        if "amount" in fee:
            out["total"] = fee["amount"]
        for key in fee:
            w.take(f"{here}/{key}")
        w.written.update(f"UHEventExtension.tuitionFee.{k}" for k in out)
        return out


class ItDistance(Kind):
    """The UH extension's distance flag: true marks the event as distance education (the model's
    ``distance`` object); written from whether the event has that object."""

    triggers = False

    def __init__(self, distance: Shape) -> None:
        self.distance = distance

    def read(self, r, node, target, slot):
        if node.value is True:
            target.child("distance", node, self.distance)
        elif node.value is False and "distance" in target.data:
            r.unmapped(node, f"{node.path}: says the event is not given at a distance, but it has distance details; the details are kept")
        elif not isinstance(node.value, bool):
            r.unmapped(node, f"{node.path} is not a boolean")

    def write(self, w, obj, slot, pointer):
        return "distance" in obj


class ExtensionId(Kind):
    """An extension's own id. The writer gives it the record's identifier, so only an id that
    differs from it carries something the model cannot keep."""

    triggers = False

    def __init__(self, path: str) -> None:
        self.path = path

    def read(self, r, node, target, slot):
        if node.value != r.identifier:
            r.leftover(node, self.path)

    def write(self, w, obj, slot, pointer):
        return w.identifier if w.identifier is not None else ABSENT


class Keywords(Kind):
    """Keywords, a list of LangStrings (one keyword in one or more languages), in the model a set
    of texts per language. Written back pairing the languages' lists by position."""

    def merge(self, r: Reader, target: Target, language: str, text: str, node: Node) -> None:
        keywords = target.data.get("keywords")
        if not isinstance(keywords, dict):
            keywords = target.data["keywords"] = {}
            r.origin(f"{target.pointer}/keywords", node.pointer)
        texts = keywords.setdefault(language, [])
        if text not in texts:
            r.origin(f"{target.pointer}/keywords/{language}/{len(texts)}", node.pointer)
            texts.append(text)

    def read(self, r, node, target, slot):
        if not isinstance(node.value, list):
            r.unmapped(node, f"{node.path} is not a list of multilingual texts")
            return
        r.origin(f"{target.pointer}/keywords", node.pointer)
        for index in range(len(node.value)):
            texts, parts = r.text(node.item(index))
            for language, text in texts.items():
                self.merge(r, target, language, text, parts[language])

    def write(self, w, obj, slot, pointer):
        value = obj.get(slot)
        if not isinstance(value, dict):
            return ABSENT
        lists = {language: value[language] for language in EMIL_LANGUAGES if isinstance(value.get(language), list)}
        out = []
        for position in range(max((len(v) for v in lists.values()), default=0)):
            strings = []
            for language, texts in lists.items():
                if position < len(texts) and isinstance(texts[position], str):
                    strings.append({"lang": EMIL_LANGUAGES[language], "value": texts[position]})
                    w.take(f"{pointer}/{slot}/{language}/{position}")
            if strings:
                out.append({"strings": strings})
        if out:
            w.written.update({"LangString", "LangString.strings", "LangString.strings.lang", "LangString.strings.value"})
        return out or ABSENT


class Words(Keywords):
    """The UH extension's keywords {words: [{lang, strings: [...]}]}, merged into the keywords."""

    def read(self, r, node, target, slot):
        value = node.value
        if not isinstance(value, dict) or not isinstance(value.get("words"), list):
            r.unmapped(node, f"{node.path} is not an object {{words: [...]}}")
            return
        for key, extra in value.items():
            if key != "words" and has_value(extra):
                r.leftover(node.at(key), f"{node.path}.{key}")
        words = node.at("words")
        r.use(words.path)
        for index in range(len(words.value)):
            item = words.item(index)
            if not isinstance(item.value, dict):
                r.unmapped(item, f"{words.path}: an item is not an object {{lang, strings}}")
                continue
            for key, extra in item.value.items():
                if key not in {"lang", "strings"} and has_value(extra):
                    r.leftover(item.at(key), f"{words.path}.{key}")
            strings = item.value.get("strings")
            if not given(strings):
                continue  # no keywords: nothing to carry
            language = r.language(item, words.path, "keywords")
            r.use(f"{words.path}.lang")
            if language is None:
                continue
            if not isinstance(strings, list):
                r.unmapped(item.at("strings"), f"{words.path}.strings is not a list of keywords; it is not carried")
                continue
            r.use(f"{words.path}.strings")
            listing = item.at("strings")
            for position, text in enumerate(strings):
                if isinstance(text, str):
                    if text.strip():
                        self.merge(r, target, language, text.strip(), listing.item(position))
                elif text is not None:
                    r.unmapped(listing.item(position), f"{words.path}.strings: a keyword is not a string; it is not carried")

    def write(self, w, obj, slot, pointer):
        return ABSENT


class PackageReferences(Kind):
    """The packages an event is part of {educationEventRefs: [{id}]}, in the model references."""

    def read(self, r, node, target, slot):
        value = node.value
        refs = value.get("educationEventRefs") if isinstance(value, dict) else None
        if not isinstance(refs, list):
            r.unmapped(node, f"{node.path} is not an object {{educationEventRefs: [...]}}")
            return
        for key, extra in value.items():
            if key != "educationEventRefs" and has_value(extra):
                r.leftover(node.at(key), f"{node.path}.{key}")
        listing = node.at("educationEventRefs")
        r.use(listing.path)
        target.listing(slot, listing)
        for index in range(len(refs)):
            item = listing.item(index)
            if not isinstance(item.value, dict) or not isinstance(item.value.get("id"), str):
                r.unmapped(item, f"{listing.path}: an item is not an object {{id}}")
                continue
            for key, extra in item.value.items():
                if key != "id" and has_value(extra):
                    r.leftover(item.at(key), f"{listing.path}.{key}")
            r.use(f"{listing.path}.id")
            target.append(slot, mint_iri(item.value["id"]), item.at("id"))

    def write(self, w, obj, slot, pointer):
        values = obj.get(slot)
        if not isinstance(values, list) or not values:
            return ABSENT
        w.take(f"{pointer}/{slot}")
        w.written.update({"UHEventExtension.eventPackageReferences.educationEventRefs", "UHEventExtension.eventPackageReferences.educationEventRefs.id"})
        return {"educationEventRefs": [{"id": w.emil_id(v)} for v in values]}


class Extensions(Kind):
    """The extensions of a record, discriminated by ``type``; their fields are folded into the
    record. An extension is written when the record has content for one of its fields."""

    def __init__(self, shapes: dict[str, Shape]) -> None:
        self.shapes = shapes

    def read(self, r, node, target, slot):
        if not isinstance(node.value, list):
            r.unmapped(node, f"{node.path} is not a list of extensions")
            return
        for index in range(len(node.value)):
            item = node.item(index)
            if not isinstance(item.value, dict):
                r.unmapped(item, f"{node.path}: an extension is not a JSON object")
                continue
            kind = item.value.get("type")
            if not isinstance(kind, str):
                r.unmapped(item, f"{node.path}.type is not a string; the extension is not carried")
                continue
            if kind not in self.shapes:
                r.leftover(item, f"{node.path}.{kind}")
                continue
            r.use(f"{node.path}.{kind}")
            read_shape(r, self.shapes[kind], item, target, skip=frozenset({"type"}))

    def write(self, w, obj, slot, pointer):
        out, path = [], w.field_path
        for kind, shape in self.shapes.items():
            before = set(w.written)
            content = write_shape(w, shape, obj, pointer)
            if any(spec.key in content for spec in shape.fields if spec.kind.triggers):
                out.append({"type": kind, **content})
                w.written.add(f"{path}.{kind}")
            else:
                w.written = before  # not written: only its id (and distance flag) had a value
        return out or ABSENT
