"""A compiled SHACL engine for the shapes this project generates: pyshacl's results, much faster.

``pyshacl`` spends most of its time on generic machinery: it looks each shape's parameters up in
the shapes graph again for every focus node, re-reads value nodes through rdflib's store, and
builds a message and a report graph for every result. This module reads the shapes graph once and
compiles every shape into plain Python closures; per data graph it builds one index
(subject → predicate → objects, read straight from rdflib's in-memory store where that is exact,
predicates keyed by their plain strings) and runs the closures over it, the property shapes of a
class grouped by path so each path's values are looked up once per node.

The results are pyshacl's (0.40.1, ``inference="none"``, ``advanced=False``, ``allow_warnings`` and
``allow_infos`` on, as ``kll.validation.semantic`` calls it): the same ``(source shape, focus node, result
path, severity, value, constraint component)`` for every validation result, one per value node
where pyshacl gives one per value node. Each constraint reproduces pyshacl's code, not the SHACL
specification where the two differ, for example:

* targets: ``sh:targetClass`` finds instances through ``rdf:type`` and any ``rdfs:subClassOf``
  chain *in the data graph*; ``sh:class`` likewise;
* ``sh:datatype``: a literal matches when its datatype is the IRI and rdflib could parse the
  lexical form — ``"2025-02-30"^^xsd:date`` is ill-typed and fails; for xsd:string/langString,
  integer, float, decimal, boolean, date, time and dateTime the parsed Python value must also have
  the right type; other datatypes are not checked further. A plain literal matches xsd:string, a
  language-tagged one rdf:langString;
* ``sh:pattern``: Python ``re.search`` (``\\d`` is any Unicode digit, ``$`` matches before a final
  newline) on the lexical form of a literal or the string of an IRI; a blank node fails;
* ``sh:languageIn``: case-insensitive, an exact tag or its first subtag (``sv-FI`` matches ``sv``);
* ``sh:in``: RDF term equality (datatype and language matter, ``1`` is not ``1.0``);
* ``sh:minInclusive``/``sh:maxInclusive``: blank nodes, IRIs and values that rdflib cannot
  compare with the bound (a string with a number, an ill-typed literal, a NaN) fail;
* a decimal that is not finite (``"NaN"^^xsd:decimal`` read by rdflib's default ``Decimal``) is
  ill-typed, as ``kll.validation.semantic`` makes it for pyshacl, where it would raise;
* ``sh:closed``: one result per offending triple, with its predicate as the result path;
* nested shapes (``sh:or`` members, ``sh:qualifiedValueShape``) conform when they give no result
  of severity Violation (pyshacl's ``allow_warnings``), and their own results are dropped.

Every shape the shapes graph declares is compiled eagerly; a constraint, target or path kind that
is not implemented here raises :class:`UnsupportedShape` at compile time, never a silent pass.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from typing import Callable, NamedTuple

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD
from rdflib.plugins.stores.memory import Memory
from rdflib.term import Identifier

__all__ = ["FastResult", "CompiledShapes", "UnsupportedShape", "compile_shapes", "SUPPORTED_PARAMETERS", "SpoGraph"]


class UnsupportedShape(ValueError):
    """The shapes graph uses a SHACL feature that this engine does not implement."""


class FastResult(NamedTuple):
    """One validation result, as pyshacl's report graph would state it."""

    shape: Identifier  # sh:sourceShape
    focus: Identifier  # sh:focusNode
    path: Identifier | None  # sh:resultPath
    severity: URIRef  # sh:resultSeverity
    value: Identifier | None  # sh:value
    component: URIRef  # sh:sourceConstraintComponent


# --- what the compiler accepts -------------------------------------------------------------------

#: Constraint parameters with an implementation here.
SUPPORTED_PARAMETERS = frozenset({
    SH["class"], SH.datatype, SH.nodeKind, SH.minCount, SH.maxCount, SH.minInclusive, SH.maxInclusive,
    SH.pattern, SH.flags, SH.languageIn, SH.uniqueLang, SH["in"], SH["or"], SH.property,
    SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint,
    SH.closed, SH.ignoredProperties,
})
#: Predicates of the SHACL namespace that do not constrain anything (or are handled elsewhere).
_NON_VALIDATING = frozenset({
    SH.targetClass, SH.path, SH.severity, SH.message, SH.name, SH.description, SH.order, SH.group,
    SH.defaultValue, SH.deactivated,
})
_TARGETS_NOT_SUPPORTED = (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
_SHAPE_EXPECTING = (SH.property, SH.node, SH["not"], SH.qualifiedValueShape)
_LIST_OF_SHAPES = (SH["and"], SH["or"], SH.xone)

_ALLOWED_SEVERITIES = frozenset({SH.Warning, SH.Info})  # what allow_warnings/allow_infos let conform
_XSD_STRINGS = (None, RDF.langString, XSD.string)
_FORCE_COMPARE_VALUE = (datetime.datetime, datetime.time)
_EMPTY: tuple = ()
_NO_PREDICATES: dict = {}
_RDF_TYPE, _RDFS_RESOURCE = RDF.type, RDFS.Resource
# The index keys predicates that are IRIs by their plain string: rdflib's URIRef.__eq__ is Python
# code, so dictionaries of plain strings are several times faster to look up.
_TYPE, _SUBCLASS = str(RDF.type), str(RDFS.subClassOf)


_PREDICATES: dict = {}


def _predicate(key: str) -> URIRef:
    """The IRI of a predicate key, one object per IRI (they recur on every node)."""
    found = _PREDICATES.get(key)
    if found is None:
        found = URIRef(key)
        if len(_PREDICATES) < 100_000:  # bounded: a long-lived service reads many files
            _PREDICATES[key] = found
    return found


def _key(term):
    """The index key of a predicate (or class): an IRI's plain string, any other term itself."""
    return str(term) if type(term) is URIRef else term


# --- per-graph index ------------------------------------------------------------------------------

class SpoGraph:
    """A data graph held directly as the engine's index: subject → predicate key → objects.

    The validator's JSON → RDF mapping writes into one of these when the fast engine runs: adding
    a triple to rdflib's in-memory store (its contexts, events and three-way indexes) was most of
    the RDF path's time, and the engine reads only this one index. It is a set of triples, as a
    graph is; ``to_rdflib`` gives the same triples as an rdflib ``Graph`` where one is needed (the
    pyshacl engine, serialising)."""

    __slots__ = ("spo", "_count", "_by_type")

    def __init__(self) -> None:
        self.spo: dict = {}
        self._count = 0
        self._by_type: tuple[int, dict] | None = None  # (triples when built, class → subjects)

    @classmethod
    def from_index(cls, spo: dict, count: int) -> "SpoGraph":
        """A graph over an index built elsewhere (``rdf_input``): ``count`` distinct triples, each
        predicate IRI keyed by its plain string, no object twice under one subject and predicate."""
        graph = cls()
        graph.spo, graph._count = spo, count
        return graph

    def add(self, triple) -> None:
        s, p, o = triple
        if type(p) is URIRef:
            p = str(p)
        po = self.spo.get(s)
        if po is None:
            self.spo[s] = {p: [o]}
        else:
            objects = po.get(p)
            if objects is None:
                po[p] = [o]
            elif o in objects:
                return
            else:
                objects.append(o)
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def objects(self, subject, predicate=None):
        """The objects of ``subject`` under ``predicate`` (every predicate when None)."""
        po = self.spo.get(subject)
        if po is None:
            return iter(_EMPTY)
        if predicate is None:
            return (o for objects in po.values() for o in objects)
        return iter(po.get(_key(predicate), _EMPTY))

    def predicate_objects(self, subject):
        """(predicate, object) of every triple on ``subject``, predicates as IRIs."""
        po = self.spo.get(subject)
        if po is None:
            return
        for p, objects in po.items():
            predicate = _predicate(p) if type(p) is str else p
            for o in objects:
                yield predicate, o

    def subjects(self, predicate, obj):
        """The subjects of triples ``(?, predicate, obj)``; both must be given. The subjects of each
        rdf:type are indexed on the first call (the graph is read, not written, by then)."""
        key = _key(predicate)
        if key == _TYPE:
            by_type = self._by_type
            if by_type is None or by_type[0] != self._count:
                found: dict = {}
                for s, po in self.spo.items():
                    for klass in po.get(_TYPE, _EMPTY):
                        found.setdefault(klass, []).append(s)
                by_type = self._by_type = (self._count, found)
            return iter(by_type[1].get(obj, _EMPTY))
        return (s for s, po in self.spo.items() if obj in po.get(key, _EMPTY))

    def subject_objects(self, predicate):
        key = _key(predicate)
        for s, po in self.spo.items():
            for o in po.get(key, _EMPTY):
                yield s, o

    def triples(self, pattern):
        """Triples matching ``(s, p, o)`` with None as a wildcard."""
        s_, p_, o_ = pattern
        key = None if p_ is None else _key(p_)
        subjects = self.spo.items() if s_ is None else ([(s_, self.spo[s_])] if s_ in self.spo else [])
        for s, po in subjects:
            for p, objects in po.items() if key is None else [(key, po.get(key, _EMPTY))]:
                for o in objects:
                    if o_ is None or o == o_:
                        yield s, _predicate(p) if type(p) is str else p, o

    def __contains__(self, pattern) -> bool:
        return next(iter(self.triples(pattern)), None) is not None

    def to_rdflib(self) -> Graph:
        graph = Graph()
        for triple in self.triples((None, None, None)):
            graph.add(triple)
        return graph


class _Index:
    """Subject → predicate key (see ``_key``) → objects of one data graph, read once."""

    __slots__ = ("spo", "_supers", "has_subclass")

    def __init__(self, graph: "Graph | SpoGraph") -> None:
        spo = graph.spo if isinstance(graph, SpoGraph) else _from_memory_store(graph)
        if spo is None:
            spo = {}
            get = spo.get
            uri = URIRef
            for s, p, o in graph.triples((None, None, None)):
                if type(p) is uri:
                    p = str(p)
                po = get(s)
                if po is None:
                    spo[s] = {p: [o]}
                else:
                    objects = po.get(p)
                    if objects is None:
                        po[p] = [o]
                    else:
                        objects.append(o)
        self.spo = spo
        self._supers: dict = {}
        self.has_subclass = any(_SUBCLASS in po for po in spo.values())

    def objects(self, subject, key) -> list | tuple:
        po = self.spo.get(subject)
        return po.get(key, _EMPTY) if po is not None else _EMPTY

    def superclasses(self, klass) -> frozenset:
        """``klass`` and everything it reaches over rdfs:subClassOf in the data graph."""
        found = self._supers.get(klass)
        if found is None:
            seen = {klass}
            todo = [klass]
            while todo:
                for parent in self.objects(todo.pop(), _SUBCLASS):
                    if parent not in seen:
                        seen.add(parent)
                        todo.append(parent)
            found = self._supers[klass] = frozenset(seen)
        return found

    def classes_of(self, node) -> set:
        """Every class ``node`` is a SHACL instance of: rdf:type, then rdfs:subClassOf*."""
        types = self.objects(node, _TYPE)
        if not self.has_subclass:
            return set(types)
        found: set = set()
        for klass in types:
            found |= self.superclasses(klass)
        return found


def _from_memory_store(graph: Graph) -> dict | None:
    """The index read straight from rdflib's in-memory store, which keeps subject → predicate →
    object dictionaries: several times faster than ``graph.triples``. Only for a plain Graph that
    is the store's only content (the counts must agree), else None and ``graph.triples`` is read."""
    store = graph.store
    if type(graph) is not Graph or type(store) is not Memory:
        return None
    spo = getattr(store, "_Memory__spo", None)
    everything = getattr(store, "_Memory__contextTriples", {}).get(None)
    if not isinstance(spo, dict) or everything is None:
        return None
    index: dict = {}
    count = 0
    uri = URIRef
    for s, po in spo.items():
        entry = {}
        for p, objects in po.items():
            if objects:
                entry[str(p) if type(p) is uri else p] = list(objects)
                count += len(objects)
        if entry:
            index[s] = entry
    return index if count == len(graph) == len(everything) else None


# --- compiled shapes ------------------------------------------------------------------------------

Check = Callable[["_Index", Identifier, "list | tuple", list], None]


class _Shape:
    __slots__ = ("node", "is_property", "path", "key", "severity", "deactivated", "checks")

    def __init__(self, node, is_property: bool, path, severity, deactivated: bool) -> None:
        self.node, self.is_property, self.path = node, is_property, path
        self.key = _key(path) if is_property else None
        self.severity, self.deactivated = severity, deactivated
        self.checks: list[Check] = []

    def evaluate(self, index: _Index, focus, out: list) -> None:
        if self.deactivated:
            return
        values = index.objects(focus, self.key) if self.is_property else (focus,)
        for check in self.checks:
            check(index, focus, values, out)

    def conforms(self, index: _Index, focus) -> bool:
        """Conformance as pyshacl decides it inside sh:or and sh:qualifiedValueShape."""
        if self.deactivated or self.severity in _ALLOWED_SEVERITIES:
            return True
        results: list = []
        self.evaluate(index, focus, results)
        return all(r.severity in _ALLOWED_SEVERITIES for r in results)

    def __repr__(self) -> str:
        return f"<compiled {'property' if self.is_property else 'node'} shape {self.node}>"


class CompiledShapes:
    """A shapes graph compiled once; :meth:`validate` runs it over data graphs.

    ``lazy``: compile the shapes of a class when data of that class is first validated, not all
    ~2,000 up front — a small file needs a few classes' shapes, and compiling all of them was most
    of the start-up of ``kll validate`` (issue 21). An unsupported shape then raises when its
    class is first met; :meth:`compile_all` compiles the rest (before forking workers)."""

    def __init__(self, shapes: Graph, lazy: bool = False) -> None:
        self._graph = shapes
        self._shapes: dict = {}
        self._compiling: set = set()
        _reject_unsupported_graph_features(shapes)
        self._kinds = _shape_kinds(shapes)
        class_types = {RDFS.Class, OWL.Class, *shapes.subjects(RDFS.subClassOf, RDFS.Class)}
        for node in self._kinds:
            if any(t in class_types for t in shapes.objects(node, RDF.type)):
                raise UnsupportedShape(f"{node}: implicit class targets (a shape that is a class) are not supported")
        self._targets: dict = {}  # class key (see _key) -> the shape nodes that target the class
        for node, klass in shapes.subject_objects(SH.targetClass):
            self._targets.setdefault(_key(klass), []).append(node)
        self.target_classes = frozenset(shapes.objects(None, SH.targetClass))
        self.by_class: dict = _ShapesByClass(self)  # class key -> the compiled shapes that target it
        if not lazy:
            self.compile_all()

    def compile_all(self) -> None:
        """Compile every shape not compiled yet."""
        for node in sorted(self._kinds, key=str):
            self._shape(node)
        self.by_class.fill()

    def _class_shapes(self, key) -> list:
        return sorted((s for s in map(self._shape, self._targets[key]) if not s.deactivated), key=lambda s: str(s.node))

    # --- running -----------------------------------------------------------------------------

    def validate(self, graph: Graph) -> list[FastResult]:
        """Every validation result for ``graph``."""
        index = _Index(graph)
        out: list[FastResult] = []
        get = self.by_class.get
        uri = URIRef
        for subject, po in index.spo.items():
            types = po.get(_TYPE)
            if not types:
                continue
            if index.has_subclass:
                types = index.classes_of(subject)
            found = None
            for klass in types:
                shapes = get(str(klass) if type(klass) is uri else klass)
                if shapes is not None:
                    found = shapes if found is None else found + shapes
            if found is None:
                continue
            if len(types) > 1:
                found = list(dict.fromkeys(found))
            for shape in found:
                shape.evaluate(index, subject, out)
        return out

    # --- compiling ---------------------------------------------------------------------------

    def _shape(self, node) -> _Shape:
        found = self._shapes.get(node)
        if found is not None:
            return found
        if node in self._compiling:
            raise UnsupportedShape(f"recursive shape reference through {node}")
        if node not in self._kinds:
            raise UnsupportedShape(f"{node} is referenced as a shape but is not one")
        self._compiling.add(node)
        g = self._graph
        is_property, path = self._kinds[node]
        severities = set(g.objects(node, SH.severity))
        if len(severities) > 1:
            raise UnsupportedShape(f"{node} has more than one sh:severity")
        severity = next(iter(severities)) if severities else SH.Violation
        deactivated_values = list(g.objects(node, SH.deactivated))
        if len(deactivated_values) > 1 or (deactivated_values and not isinstance(deactivated_values[0], Literal)):
            raise UnsupportedShape(f"{node} has an sh:deactivated that is not one literal")
        deactivated = bool(deactivated_values[0].value) if deactivated_values else False
        shape = _Shape(node, is_property, path, severity, deactivated)
        for predicate in set(g.predicates(node, None)):
            if predicate == SH.targetClass:
                continue
            if predicate in _TARGETS_NOT_SUPPORTED:
                raise UnsupportedShape(f"{node}: target {predicate} is not supported (only sh:targetClass)")
            if str(predicate).startswith(str(SH)) and predicate not in SUPPORTED_PARAMETERS and predicate not in _NON_VALIDATING:
                raise UnsupportedShape(f"{node}: {predicate} is not supported by the fast SHACL engine")
        shape.checks = self._checks(shape)
        self._shapes[node] = shape
        self._compiling.discard(node)
        return shape

    def _checks(self, shape: _Shape) -> list[Check]:
        g, node = self._graph, shape.node
        has = lambda p: (node, p, None) in g  # noqa: E731
        checks: list[Check] = []
        # One compiled check per constraint component, in a fixed order (the order does not
        # change the set of results).
        if has(SH["class"]):
            checks.append(_class_check(shape, list(g.objects(node, SH["class"]))))
        if has(SH.datatype):
            checks.append(_datatype_check(shape, _one(g, node, SH.datatype)))
        if has(SH.nodeKind):
            checks.append(_node_kind_check(shape, _one(g, node, SH.nodeKind)))
        if has(SH.minCount):
            checks.append(_count_check(shape, _one(g, node, SH.minCount), minimum=True))
        if has(SH.maxCount):
            checks.append(_count_check(shape, _one(g, node, SH.maxCount), minimum=False))
        for bound, predicate, component in ((True, SH.minInclusive, SH.MinInclusiveConstraintComponent),
                                            (False, SH.maxInclusive, SH.MaxInclusiveConstraintComponent)):
            for value in g.objects(node, predicate):
                checks.append(_range_check(shape, value, bound, component))
        if has(SH.pattern):
            checks.append(_pattern_check(shape, list(g.objects(node, SH.pattern)), list(g.objects(node, SH.flags))))
        elif has(SH.flags):
            raise UnsupportedShape(f"{node}: sh:flags without sh:pattern")
        if has(SH.languageIn):
            checks.append(_language_in_check(shape, _list(g, _one(g, node, SH.languageIn))))
        if has(SH.uniqueLang):
            checks.append(_unique_lang_check(shape, _one(g, node, SH.uniqueLang)))
        if has(SH["in"]):
            checks.append(_in_check(shape, _list(g, _one(g, node, SH["in"]))))
        for members in g.objects(node, SH["or"]):
            alternatives = {self._shape(m) for m in _list(g, members)}
            if not alternatives:
                raise UnsupportedShape(f"{node}: sh:or with an empty list")
            checks.append(_or_check(shape, sorted(alternatives, key=lambda s: str(s.node))))
        if has(SH.qualifiedValueShape) or has(SH.qualifiedMinCount) or has(SH.qualifiedMaxCount) or has(SH.qualifiedValueShapesDisjoint):
            checks.append(self._qualified_check(shape))
        if has(SH.closed) or has(SH.ignoredProperties):
            checks.append(self._closed_check(shape))
        if has(SH.property):
            properties = sorted((self._shape(p) for p in g.objects(node, SH.property)), key=lambda s: str(s.node))
            for prop in properties:
                if not prop.is_property:
                    raise UnsupportedShape(f"{node}: sh:property {prop.node} is not a property shape")
            checks.append(_property_check(properties))
        return checks

    def _qualified_check(self, shape: _Shape) -> Check:
        g, node = self._graph, shape.node
        if not shape.is_property:
            raise UnsupportedShape(f"{node}: sh:qualifiedValueShape on a node shape (pyshacl ignores it)")
        value_shapes = [self._shape(s) for s in g.objects(node, SH.qualifiedValueShape)]
        if not value_shapes:
            raise UnsupportedShape(f"{node}: sh:qualifiedMinCount/MaxCount without sh:qualifiedValueShape")
        counts = []
        for predicate in (SH.qualifiedMinCount, SH.qualifiedMaxCount):
            found = set(g.objects(node, predicate))
            if len(found) > 1:
                raise UnsupportedShape(f"{node}: more than one {predicate}")
            literal = next(iter(found)) if found else None
            if literal is not None and (not isinstance(literal, Literal) or not isinstance(literal.value, int)):
                raise UnsupportedShape(f"{node}: {predicate} is not an integer literal")
            counts.append(None if literal is None else literal.value)
        minimum, maximum = counts
        if minimum is None and maximum is None:
            raise UnsupportedShape(f"{node}: sh:qualifiedValueShape without a qualified count")
        for disjoint in g.objects(node, SH.qualifiedValueShapesDisjoint):
            if isinstance(disjoint, Literal) and disjoint.value is True:
                raise UnsupportedShape(f"{node}: sh:qualifiedValueShapesDisjoint true is not supported")
        value_shapes.sort(key=lambda s: str(s.node))
        return _qualified(shape, value_shapes, minimum, maximum)

    def _closed_check(self, shape: _Shape) -> Check:
        g, node = self._graph, shape.node
        closed = list(g.objects(node, SH.closed))
        if len(closed) != 1 or not isinstance(closed[0], Literal):
            raise UnsupportedShape(f"{node}: sh:closed must be one boolean literal")
        if not bool(closed[0].value):
            return _nothing
        allowed = set()
        for ignored in g.objects(node, SH.ignoredProperties):
            allowed.update(_list(g, ignored))
        for prop in g.objects(node, SH.property):
            compiled = self._shape(prop)
            if not compiled.is_property:
                raise UnsupportedShape(f"{node}: sh:property {prop} is not a property shape")
            allowed.add(compiled.path)
        return _closed(shape, frozenset(allowed))


class _ShapesByClass(dict):
    """Class key → the compiled shapes that target the class, filled a class at a time by ``get``
    (what :meth:`CompiledShapes.validate` calls); any other read fills it whole first, so it reads
    as the complete mapping. A class whose shapes are all deactivated has no entry."""

    def __init__(self, compiler: CompiledShapes) -> None:
        super().__init__()
        self._compiler = compiler
        self._done: set = set()

    def _fill_one(self, key) -> None:
        self._done.add(key)
        if key in self._compiler._targets:
            found = self._compiler._class_shapes(key)
            if found:
                dict.__setitem__(self, key, found)

    def fill(self) -> None:
        for key in self._compiler._targets:
            if key not in self._done:
                self._fill_one(key)

    def get(self, key, default=None):
        if key not in self._done:
            self._fill_one(key)
        return dict.get(self, key, default)

    def __getitem__(self, key):
        self.fill()
        return dict.__getitem__(self, key)

    def __contains__(self, key) -> bool:
        self.fill()
        return dict.__contains__(self, key)

    def __iter__(self):
        self.fill()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self.fill()
        return dict.__len__(self)

    def keys(self):
        self.fill()
        return dict.keys(self)

    def values(self):
        self.fill()
        return dict.values(self)

    def items(self):
        self.fill()
        return dict.items(self)


# --- the constraint components --------------------------------------------------------------------

def _nothing(index, focus, values, out) -> None:
    return None


def _class_check(shape: _Shape, classes: list) -> Check:
    node, path, severity, component = shape.node, shape.path, shape.severity, SH.ClassConstraintComponent

    def check(index: _Index, focus, values, out: list) -> None:
        for klass in classes:
            for v in values:
                if isinstance(v, Literal) or klass not in index.classes_of(v):
                    out.append(FastResult(node, focus, path, severity, v, component))
    return check


def _datatype_check(shape: _Shape, datatype) -> Check:
    node, path, severity, component = shape.node, shape.path, shape.severity, SH.DatatypeConstraintComponent
    actual = _actual_type(datatype)

    is_literal, is_datatype = datatype == RDFS.Literal, datatype == RDFS.Datatype
    is_string, is_lang_string = datatype == XSD.string, datatype == RDF.langString

    def matches(v) -> bool:
        if not isinstance(v, Literal):
            return False
        if v.datatype == datatype:
            return v.ill_typed is not True and actual(v.value)
        if is_literal:
            return True
        if is_datatype and v.datatype:
            return True
        if v.datatype is None and v.language is None and is_string:
            return actual(v.value)
        if is_lang_string and v.language:
            return actual(v.value)
        return False

    def check(index, focus, values, out: list) -> None:
        for v in values:
            if not matches(v):
                out.append(FastResult(node, focus, path, severity, v, component))
    return check


def _actual_type(datatype) -> Callable[[object], bool]:
    """pyshacl's second test of a literal whose datatype matched: the type of its Python value."""
    python_type = {
        XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
        XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: datetime.date, XSD.time: datetime.time,
        XSD.dateTime: datetime.datetime,
    }.get(datatype)
    if python_type is None:
        return lambda value: True
    if datatype == XSD.decimal:
        # NaN and infinities are no decimals (XSD has them only in float and double); rdflib's own
        # Decimal reading accepts them, kll's (rdf_mapping.install_literal_limits) does not.
        return lambda value: isinstance(value, Decimal) and value.is_finite()
    return lambda value: isinstance(value, python_type)


_NODE_KINDS = {
    SH.BlankNode: (True, False, False), SH.IRI: (False, True, False), SH.Literal: (False, False, True),
    SH.BlankNodeOrIRI: (True, True, False), SH.BlankNodeOrLiteral: (True, False, True), SH.IRIOrLiteral: (False, True, True),
}


def _node_kind_check(shape: _Shape, kind) -> Check:
    node, path, severity, component = shape.node, shape.path, shape.severity, SH.NodeKindConstraintComponent
    blank, iri, literal = _NODE_KINDS.get(kind, (False, False, False))

    def check(index, focus, values, out: list) -> None:
        for v in values:
            if isinstance(v, BNode):
                ok = blank
            elif isinstance(v, Literal):
                ok = literal
            else:
                ok = iri
            if not ok:
                out.append(FastResult(node, focus, path, severity, v, component))
    return check


def _count_check(shape: _Shape, count, minimum: bool) -> Check:
    node, path, severity = shape.node, shape.path, shape.severity
    name = "sh:minCount" if minimum else "sh:maxCount"
    if not shape.is_property:
        raise UnsupportedShape(f"{node}: {name} on a node shape")
    if not (isinstance(count, Literal) and count.datatype == XSD.integer) or int(count.value) < 0:
        raise UnsupportedShape(f"{node}: {name} must be a non-negative xsd:integer")
    n = int(count.value)
    if minimum:
        component = SH.MinCountConstraintComponent
        if n == 0:
            return _nothing

        def check(index, focus, values, out: list) -> None:
            if len(values) < n:
                out.append(FastResult(node, focus, path, severity, None, component))
    else:
        component = SH.MaxCountConstraintComponent

        def check(index, focus, values, out: list) -> None:
            if len(values) > n:
                out.append(FastResult(node, focus, path, severity, None, component))
    return check


def compare_literal(l1: Literal, l2: Literal) -> int:
    """pyshacl's rdfutil.compare.compare_literal; raises TypeError when they cannot be compared."""
    if l1.eq(l2):
        return 0
    if l1.value.__class__ in _FORCE_COMPARE_VALUE:
        if l1.value == l2.value:
            return 0
        elif l1.value > l2.value:
            return 1
    elif l1 > l2:
        return 1
    return -1


def _range_check(shape: _Shape, bound, is_minimum: bool, component) -> Check:
    node, path, severity = shape.node, shape.path, shape.severity
    if not isinstance(bound, Literal):
        raise UnsupportedShape(f"{node}: a range bound must be a literal")
    bound_is_string = isinstance(bound.value, str)

    def in_range(v) -> bool:
        if not isinstance(v, Literal):
            return False  # blank nodes and IRIs fail (pyshacl does not compare them)
        if bound_is_string != isinstance(v.value, str):
            return False
        if v.datatype == XSD.decimal and isinstance(v.value, Decimal) and not v.value.is_finite():
            return False  # ill-typed, as pyshacl is given it (see the module docstring)
        try:
            order = compare_literal(v, bound)
        except (TypeError, NotImplementedError, ArithmeticError):
            # ArithmeticError: a NaN decimal cannot be ordered (decimal.InvalidOperation). The
            # semantic stage hands pyshacl such a literal as ill-typed, which fails here too.
            return False
        return order >= 0 if is_minimum else order <= 0

    def check(index, focus, values, out: list) -> None:
        for v in values:
            if not in_range(v):
                out.append(FastResult(node, focus, path, severity, v, component))
    return check


def _value_string(v) -> str:
    """pyshacl's StringBasedConstraintBase.value_node_to_string."""
    if isinstance(v, Literal) and v.value is not None and v.datatype in _XSD_STRINGS:
        return str(v.value)
    return str(v)


def _pattern_check(shape: _Shape, patterns: list, flags: list) -> Check:
    node, path, severity, component = shape.node, shape.path, shape.severity, SH.PatternConstraintComponent
    re_flags = 0
    if flags:
        text = str(flags[0].value if isinstance(flags[0], Literal) else flags[0]).lower()
        if len(flags) > 1:
            raise UnsupportedShape(f"{node}: more than one sh:flags")
        re_flags |= re.I if "i" in text else 0
        re_flags |= re.M if "m" in text else 0
    matchers = []
    for pattern in patterns:
        if not isinstance(pattern, Literal):
            raise UnsupportedShape(f"{node}: sh:pattern must be a literal")
        source = str(pattern.value) if pattern.value is not None and len(pattern.value) > 1 else str(pattern)
        matchers.append(re.compile(source, re_flags).search)

    def check(index, focus, values, out: list) -> None:
        for search in matchers:
            for v in values:
                if isinstance(v, BNode) or not search(_value_string(v)):
                    out.append(FastResult(node, focus, path, severity, v, component))
    check.searches = tuple(matchers)  # read by kll.validation.shaclview
    return check


def _language_in_check(shape: _Shape, languages: list) -> Check:
    node, path, severity, component = shape.node, shape.path, shape.severity, SH.LanguageInConstraintComponent
    wanted = set()
    for language in languages:
        if not isinstance(language, Literal) or not isinstance(language.value, str):
            raise UnsupportedShape(f"{node}: sh:languageIn members must be string literals")
        wanted.add(str(language.value).lower())
    wildcard = "*" in wanted

    def matches(v) -> bool:
        if not isinstance(v, Literal) or not v.language:
            return False
        if wildcard:
            return True
        lang = str(v.language).lower()
        return lang in wanted or lang.split("-")[0] in wanted

    def check(index, focus, values, out: list) -> None:
        for v in values:
            if not matches(v):
                out.append(FastResult(node, focus, path, severity, v, component))
    return check


def _unique_lang_check(shape: _Shape, flag) -> Check:
    node, path, severity, component = shape.node, shape.path, shape.severity, SH.UniqueLangConstraintComponent
    if not shape.is_property:
        raise UnsupportedShape(f"{node}: sh:uniqueLang on a node shape")
    if not isinstance(flag, Literal) or not isinstance(flag.value, bool):
        raise UnsupportedShape(f"{node}: sh:uniqueLang must be a boolean literal")
    if not flag.value:
        return _nothing

    def check(index, focus, values, out: list) -> None:
        if len(values) < 2:
            return
        seen: set = set()
        duplicates: set = set()
        for v in values:
            if isinstance(v, Literal) and v.language:
                lang = str(v.language).lower()
                if lang in seen:
                    duplicates.add(lang)
                else:
                    seen.add(lang)
        for _ in duplicates:  # one result per duplicated language, without a value
            out.append(FastResult(node, focus, path, severity, None, component))
    return check


def _in_check(shape: _Shape, members: list) -> Check:
    node, path, severity, component = shape.node, shape.path, shape.severity, SH.InConstraintComponent
    allowed = frozenset(members)

    def check(index, focus, values, out: list) -> None:
        for v in values:
            if v not in allowed:
                out.append(FastResult(node, focus, path, severity, v, component))
    return check


def _or_check(shape: _Shape, alternatives: list[_Shape]) -> Check:
    node, path, severity, component = shape.node, shape.path, shape.severity, SH.OrConstraintComponent

    def check(index, focus, values, out: list) -> None:
        for v in values:
            if not any(alternative.conforms(index, v) for alternative in alternatives):
                out.append(FastResult(node, focus, path, severity, v, component))
    check.or_alternatives = alternatives  # read by kll.validation.shaclview (what the check reads)
    return check


def _qualified(shape: _Shape, value_shapes: list[_Shape], minimum: int | None, maximum: int | None) -> Check:
    node, path, severity = shape.node, shape.path, shape.severity
    too_many, too_few = SH.QualifiedMaxCountConstraintComponent, SH.QualifiedMinCountConstraintComponent

    def check(index, focus, values, out: list) -> None:
        if not values and (minimum is None or minimum < 1):
            return
        for value_shape in value_shapes:
            conforming = sum(1 for v in values if value_shape.conforms(index, v))
            if maximum is not None and conforming > maximum:
                out.append(FastResult(node, focus, path, severity, None, too_many))
            if minimum is not None and conforming < minimum:
                out.append(FastResult(node, focus, path, severity, None, too_few))
    return check


def _closed(shape: _Shape, allowed: frozenset) -> Check:
    node, severity, component = shape.node, shape.severity, SH.ClosedConstraintComponent
    allowed = frozenset(_key(p) for p in allowed)

    def check(index: _Index, focus, values, out: list) -> None:
        spo = index.spo
        for v in values:
            po = spo.get(v)
            if po is None:
                continue
            for key, objects in po.items():
                if key in allowed:
                    continue
                predicate = URIRef(key) if type(key) is str else key
                for o in objects:
                    if key == _TYPE and o == _RDFS_RESOURCE:
                        continue
                    out.append(FastResult(node, focus, predicate, severity, o, component))
    check.closed_allowed = allowed  # read by kll.validation.shaclview, which evaluates it on JSON
    return check


def _property_check(properties: list[_Shape]) -> Check:
    """sh:property: each value node is the focus of each property shape. The property shapes'
    checks are grouped by path, so each path's values are looked up once per focus node."""
    plan: dict = {}
    for prop in properties:
        if not prop.deactivated:
            plan.setdefault(prop.key, []).extend(prop.checks)
    steps = tuple((key, tuple(checks)) for key, checks in plan.items())

    def check(index, focus, values, out: list) -> None:
        spo = index.spo
        for v in values:
            po = spo.get(v) or _NO_PREDICATES
            for key, checks in steps:
                objects = po.get(key, _EMPTY)
                for c in checks:
                    c(index, v, objects, out)
    check.property_steps = steps  # read by kll.validation.shaclview, which evaluates them on JSON
    return check


# --- reading the shapes graph ---------------------------------------------------------------------

def _one(g: Graph, node, predicate):
    found = list(g.objects(node, predicate))
    if len(found) != 1:
        raise UnsupportedShape(f"{node}: expected exactly one {predicate}, found {len(found)}")
    return found[0]


def _list(g: Graph, head) -> list:
    if head == RDF.nil:
        return []
    if (head, RDF.first, None) not in g:
        raise UnsupportedShape(f"{head} is not an RDF list")
    return list(Collection(g, head))


def _shape_kinds(g: Graph) -> dict:
    """node → (is property shape, path), found the way pyshacl's ShapesGraph finds shapes."""
    node_shapes = set(g.subjects(RDF.type, SH.NodeShape))
    property_shapes = set(g.subjects(RDF.type, SH.PropertyShape))
    if node_shapes & property_shapes:
        raise UnsupportedShape("a shape is declared both sh:NodeShape and sh:PropertyShape")
    candidates = set(node_shapes) | property_shapes
    candidates |= {s for s, _ in g.subject_objects(SH.targetClass)}
    candidates |= {s for s, _ in g.subject_objects(SH.property)}
    candidates |= {s for s, _ in g.subject_objects(SH.node)}
    for predicate in _SHAPE_EXPECTING:
        candidates |= {o for _, o in g.subject_objects(predicate)}
    for predicate in _LIST_OF_SHAPES:
        for _, members in g.subject_objects(predicate):
            candidates |= set(_list(g, members))
    kinds = {}
    for node in candidates:
        if isinstance(node, Literal):
            raise UnsupportedShape(f"a literal is used as a shape: {node!r}")
        paths = list(g.objects(node, SH.path))
        if node in node_shapes:
            if paths:
                raise UnsupportedShape(f"node shape {node} has sh:path")
            kinds[node] = (False, None)
            continue
        if node in property_shapes and len(paths) != 1:
            raise UnsupportedShape(f"property shape {node} needs exactly one sh:path")
        if len(paths) > 1:
            raise UnsupportedShape(f"shape {node} has more than one sh:path")
        if paths:
            if not isinstance(paths[0], URIRef):
                raise UnsupportedShape(f"shape {node}: only predicate paths (IRIs) are supported, not {paths[0]!r}")
            kinds[node] = (True, paths[0])
        else:
            kinds[node] = (False, None)
    return kinds


def _reject_unsupported_graph_features(g: Graph) -> None:
    for predicate in _TARGETS_NOT_SUPPORTED:
        for subject in g.subjects(predicate, None):
            raise UnsupportedShape(f"{subject}: target {predicate} is not supported (only sh:targetClass)")
    custom = set(g.subjects(RDF.type, SH.ConstraintComponent))
    for subclass in g.subjects(RDFS.subClassOf, SH.ConstraintComponent):
        custom |= set(g.subjects(RDF.type, subclass))
    custom = {c for c in custom if not str(c).startswith(str(SH))}
    if custom:
        raise UnsupportedShape(f"custom constraint components are not supported: {sorted(map(str, custom))}")
    for predicate in (SH.sparql, SH.rule, SH.js, SH.expression):
        if (None, predicate, None) in g:
            raise UnsupportedShape(f"{predicate} is not supported")


def compile_shapes(shapes: Graph, lazy: bool = False) -> CompiledShapes:
    """Compile a shapes graph; raises UnsupportedShape for anything not implemented here (with
    ``lazy``, when a class's shapes are first needed: see :class:`CompiledShapes`)."""
    return CompiledShapes(shapes, lazy)
