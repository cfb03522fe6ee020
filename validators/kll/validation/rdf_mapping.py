"""The JSON ↔ RDF mapping, driven by the model index.

JSON → RDF (``JsonToRdf``):

* a record becomes a node: its ``id`` as an IRI, or a blank node when it has none (the identifier
  rule then fails in SHACL as it does in JSON Schema); value objects become blank nodes;
* every node gets ``rdf:type`` with its class's ``class_uri`` — the class of a data-package list,
  of a slot's range, or the one named by ``type`` when it is a descendant of those;
* language-tagged text (``{"sv": …, "en": …}``) becomes ``rdf:langString`` literals;
* enumeration codes become their ``meaning`` IRIs; references become IRIs;
* other values keep the JSON type they had: a JSON string is an ``xsd:string`` (or, in a date,
  date-time or URI slot, a literal of that datatype with the same lexical form), a JSON integer an
  ``xsd:integer``, a number in a decimal slot an ``xsd:decimal``, a boolean an ``xsd:boolean``.
  A value of the wrong JSON type is therefore *not* coerced, and SHACL sees the same error that
  JSON Schema sees; ``null`` becomes ``rdf:nil``, which no slot accepts;
* keys the class does not define become properties in the model namespace, which the closed
  shapes reject — nothing is dropped.

RDF → JSON (``RdfToJson``) reverses it for every node typed with an entity class. Multivalued slots
are sets in RDF, so their order is not kept; lists come back sorted. With that, the round trip of a
valid record is lossless (property-tested).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Iterable

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from .loaders import MAX_DEPTH, InputError
from ..artifacts.modelindex import ClassInfo, ModelIndex, SlotInfo
from .report import pointer_token

__all__ = ["JsonToRdf", "RdfToJson", "NodeOrigin", "MODEL_NAMESPACE"]

MODEL_NAMESPACE = "https://w3id.org/kll/model/"

# An ill-typed literal ("2026-02-30"^^xsd:date) is made on purpose, so SHACL reports it; rdflib
# logs a traceback for each one, which is noise here.
# Likewise an identifier that is not an IRI becomes a URIRef on purpose, for the identifier rule.
_EXPECTED_NOISE = ("Failed to convert Literal lexical form", "does not look like a valid URI")
logging.getLogger("rdflib.term").addFilter(lambda record: not any(text in record.getMessage() for text in _EXPECTED_NOISE))
_XSD = {"xsd:string": XSD.string, "xsd:integer": XSD.integer, "xsd:decimal": XSD.decimal, "xsd:float": XSD.float,
        "xsd:double": XSD.double, "xsd:boolean": XSD.boolean, "xsd:date": XSD.date, "xsd:dateTime": XSD.dateTime,
        "xsd:anyURI": XSD.anyURI, "xsd:time": XSD.time}
_LEXICAL_FROM_STRING = {XSD.date, XSD.dateTime, XSD.anyURI, XSD.time, XSD.gYear, XSD.gYearMonth}
# The lexical forms that tell a date, a date-time, a year and a year-month apart; the datatype's own
# lexical rules (30 February) are left to the literal: rdflib marks it ill-typed and SHACL says so.
_FORMS = (
    (XSD.gYear, re.compile(r"[0-9]{4}")),
    (XSD.gYearMonth, re.compile(r"[0-9]{4}-[0-9]{2}")),
    (XSD.date, re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?")),
    (XSD.dateTime, re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T.+")),
)


def lexical_datatype(value: str, allowed: tuple[str, ...]):
    """The datatype a literal of a slot typed by its form takes: the first of ``allowed`` whose
    lexical form ``value`` has; a plain string when it has none, which the shapes then refuse."""
    for datatype, form in _FORMS:
        if form.fullmatch(value) and "xsd:" + datatype.removeprefix(str(XSD)) in allowed:
            return datatype
    return None
_NUMERIC = {XSD.decimal, XSD.float, XSD.double}
_SKIPPED_KINDS = frozenset({"identifier", "type"})


@dataclass(frozen=True)
class NodeOrigin:
    """Where a node came from: its class and its JSON Pointer in the record's file."""

    class_name: str
    record: int | None
    pointer: str


def _looks_like_iri(value: str) -> bool:
    return ":" in value and not any(c.isspace() for c in value) and not any(c in value for c in '<>"{}|\\^`')


@dataclass
class JsonToRdf:
    """Adds records to a graph and remembers where every node came from."""

    index: ModelIndex
    graph: Graph = field(default_factory=Graph)
    origins: dict = field(default_factory=dict)

    def add_record(self, record: Any, class_name: str, *, record_index: int | None = None, pointer: str = "") -> Any:
        """Add one record of ``class_name``; returns its node."""
        return self._object(record, class_name, record_index, pointer)

    def _object(self, data: Any, class_name: str, record_index: int | None, pointer: str):
        info = self.index.classes[class_name]
        declared = data.get("type") if isinstance(data, dict) else None
        if isinstance(declared, str) and declared in self.index.classes and self.index.is_a(declared, class_name):
            info = self.index.classes[declared]
        identifier = data.get("id") if isinstance(data, dict) else None
        node = _iri(identifier) if isinstance(identifier, str) and identifier and "id" in info.slots else BNode()
        self.origins[node] = NodeOrigin(info.name, record_index, pointer)
        add = self.graph.add
        add((node, RDF.type, _iri(info.uri)))
        slots = info.slots
        for key, value in data.items():
            slot = slots.get(key)
            if slot is not None and slot.kind in _SKIPPED_KINDS:
                continue
            predicate = _iri(slot.uri) if slot is not None else _iri(MODEL_NAMESPACE + key)
            if isinstance(value, list):
                key_pointer = f"{pointer}/{pointer_token(key)}"
                for position, item in enumerate(value):
                    for obj in self._values(slot, item, record_index, f"{key_pointer}/{position}"):
                        add((node, predicate, obj))
            else:
                for obj in self._values(slot, value, record_index, f"{pointer}/{pointer_token(key)}"):
                    add((node, predicate, obj))
        return node

    def _values(self, slot: SlotInfo | None, value: Any, record_index, pointer) -> Iterable:
        if value is None:
            return (RDF.nil,)
        kind = slot.kind if slot is not None else "literal"
        if kind == "text" and isinstance(value, dict):
            return [
                _text_literal(text, language) if isinstance(text, str) and _valid_language(language) else _json_literal(text, None)
                for language, texts in value.items()
                for text in (texts if isinstance(texts, list) and slot.text_set else [texts])
            ]
        if kind == "enum" and isinstance(value, str) and value in slot.values:
            return (_iri(slot.values[value]),)
        if kind == "reference" and isinstance(value, str) and _looks_like_iri(value):
            return (_iri(value),)
        if kind == "object" and isinstance(value, dict):
            return (self._object(value, slot.range, record_index, pointer),)
        if isinstance(value, dict):
            return (self._untyped(value, record_index, pointer),)
        if slot is not None and slot.datatypes and isinstance(value, str):
            return (_json_literal(value, lexical_datatype(value, slot.datatypes)),)
        return (_json_literal(value, _XSD.get(slot.datatype) if slot is not None and slot.kind == "literal" else None),)

    def _untyped(self, data: dict, record_index, pointer) -> BNode:
        """An object where the model expects none: kept as an untyped node so nothing is lost."""
        node = BNode()
        for key, value in data.items():
            for obj in self._values(None, value, record_index, f"{pointer}/{pointer_token(key)}"):
                self.graph.add((node, URIRef(MODEL_NAMESPACE + key), obj))
        return node


def _valid_language(tag: str) -> bool:
    return bool(tag) and all(part.isalnum() and part.isascii() for part in tag.split("-"))


def _json_literal(value: Any, datatype) -> Literal:
    """A literal that keeps the JSON type it came from (see the module docstring)."""
    if isinstance(value, (dict, list)):
        return Literal(json.dumps(value, ensure_ascii=False, sort_keys=True), datatype=RDF.JSON)
    key = (value.__class__, value, datatype)  # the class too: True == 1 and 1 == 1.0 as dict keys
    found = _LITERALS.get(key)
    if found is None:
        found = _LITERALS[key] = _new_json_literal(value, datatype)
        if len(_LITERALS) > _CACHE_LIMIT:
            _LITERALS.clear()
    return found


def _new_json_literal(value: Any, datatype) -> Literal:
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(str(value), datatype=datatype if datatype in _NUMERIC else XSD.integer)
    if isinstance(value, float):
        return Literal(repr(value), datatype=datatype if datatype in _NUMERIC else XSD.decimal)
    if isinstance(value, str):
        if datatype in _LEXICAL_FROM_STRING:
            return Literal(value, datatype=datatype)
        return Literal(value)
    return Literal(json.dumps(value, ensure_ascii=False, sort_keys=True), datatype=RDF.JSON)


# Terms are immutable, and a dataset repeats the same IRIs (classes, properties, codes, the records
# others refer to) and values (dates, codes, places) again and again: making each term once halves
# the time of the mapping. The caches are bounded; when one fills it starts again.
_CACHE_LIMIT = 200_000
_IRIS: dict[str, URIRef] = {}
_LITERALS: dict = {}
_TEXTS: dict = {}


def _iri(value: str) -> URIRef:
    found = _IRIS.get(value)
    if found is None:
        found = _IRIS[value] = URIRef(value)
        if len(_IRIS) > _CACHE_LIMIT:
            _IRIS.clear()
    return found


def _text_literal(text: str, language: str) -> Literal:
    key = (text, language)
    found = _TEXTS.get(key)
    if found is None:
        found = _TEXTS[key] = Literal(text, lang=language)
        if len(_TEXTS) > _CACHE_LIMIT:
            _TEXTS.clear()
    return found


@dataclass
class RdfToJson:
    """Reads records back out of a graph: one per node typed with an entity class."""

    index: ModelIndex

    def records(self, graph: Graph) -> list[tuple[str, dict]]:
        """(class name, record) for every entity node, sorted by identifier for a stable order."""
        found = []
        for class_uri, info in self.index.class_by_uri.items():
            if "id" not in info.slots:
                continue
            for node in graph.subjects(RDF.type, URIRef(class_uri)):
                found.append((info.name, self.node(graph, node, info)))
        return sorted(found, key=lambda pair: (str(pair[1].get("id", "")), pair[0]))

    def node(self, graph: Graph, node, info: ClassInfo, _path: tuple = ()) -> dict:
        """One node as a JSON object. Blank nodes nested deeper than MAX_DEPTH, or in a cycle,
        raise InputError (input.limit) rather than recursing without end."""
        if len(_path) > MAX_DEPTH or node in _path:
            raise InputError(
                "input.limit",
                f"Blank nodes are nested more than {MAX_DEPTH} levels deep or form a cycle.",
                f"Blanka noder är nästlade i fler än {MAX_DEPTH} nivåer eller bildar en cykel.",
            )
        _path = (*_path, node)
        data: dict[str, Any] = {}
        if isinstance(node, URIRef):
            data["id"] = str(node)
        for predicate, obj in graph.predicate_objects(node):
            if predicate == RDF.type:
                continue
            slot = info.slot_by_uri.get(str(predicate))
            key = slot.name if slot is not None else str(predicate).removeprefix(MODEL_NAMESPACE)
            value = self._value(graph, slot, obj, _path)
            if slot is not None and slot.kind == "text" and isinstance(value, dict):
                texts = data.setdefault(key, {})
                for language, text in value.items():
                    if slot.text_set:
                        texts.setdefault(language, []).append(text)
                    elif language in texts:  # two texts in one language: not valid, but kept
                        texts[language] = sorted([*(texts[language] if isinstance(texts[language], list) else [texts[language]]), text])
                    else:
                        texts[language] = text
            elif slot is not None and not slot.multivalued:
                if key in data:
                    data[key] = sorted([*(data[key] if isinstance(data[key], list) else [data[key]]), value], key=_sort_key)
                else:
                    data[key] = value
            else:
                data.setdefault(key, []).append(value)
        for key, value in data.items():
            if isinstance(value, list):
                value.sort(key=_sort_key)
            elif isinstance(value, dict) and key in info.slots and info.slots[key].kind == "text":
                for texts in value.values():
                    if isinstance(texts, list):
                        texts.sort()
        return data

    def _value(self, graph: Graph, slot: SlotInfo | None, obj, _path: tuple = ()) -> Any:
        if obj == RDF.nil:
            return None
        if isinstance(obj, Literal):
            if obj.language is not None:
                return {obj.language: str(obj)}
            return _python_value(obj)
        if slot is not None and slot.kind == "enum":
            for text, meaning in slot.values.items():
                if meaning == str(obj):
                    return text
        if isinstance(obj, BNode):
            classes = [self.index.class_by_uri.get(str(t)) for t in graph.objects(obj, RDF.type)]
            classes = [c for c in classes if c is not None]
            if classes:
                data = self.node(graph, obj, classes[0], _path)
                if slot is not None and slot.range and classes[0].name != slot.range:
                    data["type"] = classes[0].name
                return data
            if len(_path) > MAX_DEPTH or obj in _path:
                return self.node(graph, obj, _UNTYPED, _path)  # raises input.limit
            return {str(p).removeprefix(MODEL_NAMESPACE): self._value(graph, None, o, (*_path, obj)) for p, o in graph.predicate_objects(obj)}
        return str(obj)


_UNTYPED = ClassInfo("", "", False, frozenset(), ("", ""), {})


def _python_value(literal: Literal) -> Any:
    datatype = literal.datatype
    lexical = str(literal)
    if datatype == XSD.boolean:
        return lexical in {"true", "1"}
    if datatype == XSD.integer:
        return int(lexical)
    if datatype in _NUMERIC:
        number = Decimal(lexical)
        return int(number) if "." not in lexical and "e" not in lexical.lower() else float(number)
    if datatype == RDF.JSON:
        return json.loads(lexical)
    return lexical


def _sort_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
