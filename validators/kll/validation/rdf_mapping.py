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

**Limits.** Reading a graph is bounded in time and memory by construction:

* numbers are read under explicit limits (``install_literal_limits``, in force from this module's
  import on): an ``xsd:integer``, ``xsd:decimal``, ``xsd:float`` or ``xsd:double`` literal must have
  the datatype's own lexical form (no exponent in a decimal, no ``NaN`` outside float and double) and
  at most ``MAX_NUMBER_LENGTH`` characters, or it is ill-typed: SHACL reports the slot's datatype
  violation, and the record keeps the lexical form as a string. ``"1e999999999"^^xsd:decimal`` is
  therefore never written out as a billion digits;
* an ``xsd:anyURI`` literal must be an absolute IRI (RFC 3987), or it is ill-typed likewise;
* a literal that JSON cannot hold (an ill-typed one, ``INF``, ``NaN``) comes back as its lexical
  form, a string: never an exception, never a silently different value;
* a blank node referred to from several places is copied into each (a record is a tree), so a
  file whose blank nodes share children could expand exponentially. The size of every blank node
  is measured once before anything is copied, and the records of one graph may hold at most
  ``2 × statements + SHARED_ALLOWANCE`` values in all; a record that would go past it, or whose
  blank nodes nest deeper than ``MAX_DEPTH`` or form a cycle, is refused with one ``input.limit``
  finding (``RdfToJson.read``) and the other records are read.
"""

from __future__ import annotations

import json
import logging
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Iterable

import rdflib.term

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from .identifiers import is_absolute_iri
from .literals import MAX_NUMBER_LENGTH, install_literal_limits
from .loaders import MAX_DEPTH, InputError, parse_json
from ..artifacts.modelindex import ClassInfo, ModelIndex, SlotInfo
from .report import Detail, pointer_token

__all__ = [
    "JsonToRdf", "RdfToJson", "NodeOrigin", "Refused", "MODEL_NAMESPACE", "MAX_NUMBER_LENGTH", "SHARED_ALLOWANCE",
    "install_literal_limits",
]

MODEL_NAMESPACE = "https://w3id.org/kll/model/"

# An ill-typed literal ("2026-02-30"^^xsd:date) is made on purpose, so SHACL reports it; rdflib
# logs a traceback for each one, which is noise here.
# Likewise an identifier that is not an IRI becomes a URIRef on purpose, for the identifier rule.
_EXPECTED_NOISE = ("Failed to convert Literal lexical form", "does not look like a valid URI")
logging.getLogger("rdflib.term").addFilter(lambda record: not any(text in record.getMessage() for text in _EXPECTED_NOISE))

#: Values the records of one graph may hold beyond twice its statements, for blank nodes that are
#: shared (copied into every record that uses them); see the module docstring.
SHARED_ALLOWANCE = 100_000

# Numbers and URIs are read by their XSD lexical forms from here on (kll.validation.literals).
install_literal_limits()

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
    # A reference that is no IRI (a space, a control character, no scheme) stays a string literal,
    # which the reference slot's sh:nodeKind sh:IRI then refuses: a finding, not a malformed IRI.
    return is_absolute_iri(value)


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
        datatype = datatype if datatype in _NUMERIC else XSD.decimal
        return Literal(_float_lexical(value, datatype), datatype=datatype)
    if isinstance(value, str):
        if datatype in _LEXICAL_FROM_STRING:
            return Literal(value, datatype=datatype)
        return Literal(value)
    return Literal(json.dumps(value, ensure_ascii=False, sort_keys=True), datatype=RDF.JSON)


def _float_lexical(value: float, datatype) -> str:
    """The lexical form of a JSON number with a fraction or exponent: ``1e+300`` is written out in a
    decimal (which has no exponent); ``NaN`` and infinities (which Python's JSON reader accepts) are
    not decimals, so such a literal is ill-typed and SHACL reports it."""
    if datatype != XSD.decimal:
        return repr(value)
    if not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("-INF" if value < 0 else "INF")
    return format(Decimal(repr(value)), "f")  # at most ~330 characters for any finite float


# Terms are immutable, and a dataset repeats the same IRIs (classes, properties, codes, the records
# others refer to) and values (dates, codes, places) again and again: making each term once halves
# the time of the mapping. The caches are bounded; when one fills it starts again. The bound is
# small because what repeats is few terms, while the terms seen once (every record's own identifier
# and values) would fill a large cache: at 200,000 entries the three caches held some 80 MB, which
# made the memory of the default stages grow with the input up to 200,000 records.
_CACHE_LIMIT = 20_000
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


@dataclass(frozen=True)
class Refused:
    """A node ``RdfToJson.read`` could not turn into a record: its class, the node (an IRI, or a
    blank node's label) and the ``input.limit`` error that says why (never a value of the input)."""

    class_name: str
    node: Any
    error: InputError


def _limit(en: str, sv: str, detail: Detail) -> InputError:
    return InputError("input.limit", en, sv, detail=detail)


def _nested_too_deep() -> InputError:
    return _limit(
        f"Blank nodes are nested more than {MAX_DEPTH} levels deep or form a cycle.",
        f"Blanka noder är nästlade i fler än {MAX_DEPTH} nivåer eller bildar en cykel.",
        Detail(f"blank nodes nested more than {MAX_DEPTH} levels deep or in a cycle", f"blanka noder nästlade i fler än {MAX_DEPTH} nivåer eller i en cykel"),
    )


class _Cycle(Exception):
    """A blank node reaches itself (measured before anything is copied)."""


@dataclass
class RdfToJson:
    """Reads records back out of a graph: one per node typed with an entity class."""

    index: ModelIndex

    def read(self, graph: Graph) -> tuple[list[tuple[str, dict]], list[Refused]]:
        """(class name, record) for every entity node that could be read, sorted by identifier for a
        stable order, and the nodes refused by a limit (see the module docstring), each on its own:
        one refused record never keeps the others from being read."""
        budget = 2 * len(graph) + SHARED_ALLOWANCE
        measured: dict = {}
        nodes = []
        for class_uri, info in self.index.class_by_uri.items():
            if "id" not in info.slots:
                continue
            nodes.extend((node, info) for node in graph.subjects(RDF.type, URIRef(class_uri)))
        # A fixed order, so which record a spent budget refuses does not depend on the store's.
        nodes.sort(key=lambda pair: (isinstance(pair[0], BNode), str(pair[0]), pair[1].name))
        found, refused, spent = [], [], 0
        for node, info in nodes:
            try:
                size = self._measure(graph, node, measured, budget)
                if spent + size > budget:
                    raise _limit(
                        f"Blank nodes shared between statements would make the records of this file hold more than {budget:,} values.",
                        f"Blanka noder som delas mellan påståenden skulle få filens poster att innehålla fler än {budget:,} värden.",
                        Detail(
                            f"shared blank nodes: more than {budget:,} values (twice the statements plus {SHARED_ALLOWANCE:,})",
                            f"delade blanka noder: fler än {budget:,} värden (två gånger påståendena plus {SHARED_ALLOWANCE:,})",
                        ),
                    )
                record = self.node(graph, node, info)
            except InputError as error:
                refused.append(Refused(info.name, node, error))
                continue
            spent += size
            found.append((info.name, record))
        found.sort(key=lambda pair: (str(pair[1].get("id", "")), pair[0]))
        return found, refused

    def records(self, graph: Graph) -> list[tuple[str, dict]]:
        """(class name, record) for every entity node, sorted by identifier for a stable order.
        Raises the ``InputError`` of the first node a limit refuses (``read`` reports each one)."""
        found, refused = self.read(graph)
        if refused:
            raise refused[0].error
        return found

    @staticmethod
    def _measure(graph: Graph, root, measured: dict, budget: int) -> int:
        """How many values ``root`` expands to with every blank node under it copied where it is
        used (capped at ``budget + 1``): each blank node is measured once, iteratively, so sharing
        costs no more than a tree. Raises ``input.limit`` for a cycle or nesting past MAX_DEPTH."""
        if root in measured:
            size, height = measured[root]
        else:
            # A frame: [node, its objects still to visit, values so far, height so far].
            stack = [[root, iter(list(graph.objects(root))), 0, 0]]
            active = {root}
            while stack:
                frame = stack[-1]
                descended = False
                for obj in frame[1]:
                    frame[2] += 1
                    if not isinstance(obj, BNode):
                        continue
                    if obj in measured:
                        size, height = measured[obj]
                        frame[2] += size
                        frame[3] = max(frame[3], height + 1)
                        continue
                    if obj in active or len(stack) > MAX_DEPTH:
                        raise _nested_too_deep()
                    active.add(obj)
                    stack.append([obj, iter(list(graph.objects(obj))), 0, 0])
                    descended = True
                    break
                if descended:
                    continue
                node, _, size, height = stack.pop()
                active.discard(node)
                measured[node] = (min(size, budget + 1), height)
                if stack:
                    parent = stack[-1]
                    parent[2] += measured[node][0]
                    parent[3] = max(parent[3], height + 1)
            size, height = measured[root]
        if height > MAX_DEPTH:
            raise _nested_too_deep()
        return size

    def node(self, graph: Graph, node, info: ClassInfo, _path: tuple = ()) -> dict:
        """One node as a JSON object. Blank nodes nested deeper than MAX_DEPTH, or in a cycle,
        raise InputError (input.limit) rather than recursing without end.

        Whatever the graph holds, the object is built without an exception: a property whose key
        would clash with another (``id``, ``type``, a slot's name used by a foreign property) is
        kept under its full IRI; texts with and without a language on one slot are kept side by
        side in a list; several values on a single-valued slot become a sorted list."""
        if len(_path) > MAX_DEPTH or node in _path:
            raise _nested_too_deep()
        _path = (*_path, node)
        texts: dict[str, dict[str, list]] = {}
        others: dict[str, list] = {}
        slots_of: dict[str, SlotInfo | None] = {}
        for predicate, obj in graph.predicate_objects(node):
            if predicate == RDF.type:
                continue
            slot = info.slot_by_uri.get(str(predicate))
            if slot is not None and slot.kind in _SKIPPED_KINDS:
                slot = None  # kll:id as a statement: not the node's identifier, kept as a property
            key = slot.name if slot is not None else str(predicate).removeprefix(MODEL_NAMESPACE)
            if slot is None and (key in info.slots or key in ("id", "type")):
                key = str(predicate)
            slots_of.setdefault(key, slot)
            value = self._value(graph, slot, obj, _path)
            if slot is not None and slot.kind == "text" and isinstance(obj, Literal) and obj.language is not None:
                texts.setdefault(key, {}).setdefault(obj.language, []).append(str(obj))
            else:
                others.setdefault(key, []).append(value)
        data: dict[str, Any] = {}
        if isinstance(node, URIRef):
            data["id"] = str(node)
        for key, slot in slots_of.items():
            values = sorted(others.get(key, ()), key=_sort_key)
            if key in texts:
                language_map: dict[str, Any] = {}
                for language, found in texts[key].items():
                    found.sort()
                    # Two texts in one language on a one-text slot: not valid, but kept.
                    language_map[language] = found if slot.text_set or len(found) > 1 else found[0]
                data[key] = language_map if not values else sorted([language_map, *values], key=_sort_key)
            elif slot is not None and not slot.multivalued:
                data[key] = values[0] if len(values) == 1 else values
            else:
                data[key] = values
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
            classes = sorted((c for c in classes if c is not None), key=lambda c: c.name)
            if classes:
                data = self.node(graph, obj, classes[0], _path)
                if slot is not None and slot.range and classes[0].name != slot.range:
                    data["type"] = classes[0].name
                return data
            if len(_path) > MAX_DEPTH or obj in _path:
                raise _nested_too_deep()
            untyped: dict[str, list] = {}
            for p, o in graph.predicate_objects(obj):
                untyped.setdefault(str(p).removeprefix(MODEL_NAMESPACE), []).append(self._value(graph, None, o, (*_path, obj)))
            # One value per key, as the JSON → RDF mapping wrote it; several are kept as a list.
            return {key: values[0] if len(values) == 1 else sorted(values, key=_sort_key) for key, values in untyped.items()}
        return str(obj)


def _python_value(literal: Literal) -> Any:
    """The JSON value of a literal without a language: a number or boolean where the literal is a
    valid one JSON can hold, else its lexical form (an ill-typed literal, ``INF``, ``NaN``), so
    nothing is lost and nothing raises; SHACL judges the literal itself."""
    datatype = literal.datatype
    lexical = str(literal)
    if literal.ill_typed:
        return lexical
    value = literal.value
    if datatype == XSD.boolean:
        return value if isinstance(value, bool) else lexical
    if datatype == XSD.integer:
        return value if isinstance(value, int) and not isinstance(value, bool) and len(lexical) <= MAX_NUMBER_LENGTH else lexical
    if datatype in _NUMERIC:
        if not isinstance(value, (Decimal, float)) or len(lexical) > MAX_NUMBER_LENGTH:
            return lexical
        number = float(value)
        if not math.isfinite(number):
            return lexical
        return int(value) if "." not in lexical and "e" not in lexical.lower() else number
    if datatype == RDF.JSON:
        try:
            return parse_json(lexical)
        except InputError as error:
            if error.rule == "input.limit":
                raise
            return lexical
        except ValueError:  # an integer past Python's int-string limit
            return lexical
    return lexical


def _sort_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
