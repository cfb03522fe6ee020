"""The compiled SHACL shapes evaluated on JSON records, through the JSON → RDF mapping as a view.

For JSON, JSON Lines and YAML input the semantic stage used to map every record to ~30 triples
(:class:`.rdf_mapping.JsonToRdf` into a :class:`.fastshacl.SpoGraph`) and then run the compiled
shapes over that graph. This module gives the same findings without the graph: per class it
compiles, from the shapes that target the class, which checks read which predicate, and per
record it computes only the values a path yields (the same RDF terms the mapping makes, from the
same code) and runs the same compiled constraint objects on them. What the checks give is
remembered, so that a value met before costs a dictionary look-up:

* per (class, key, JSON value) for a value that makes no node (a code, a date, a language map);
  in a slot where every string becomes a plain literal and the shapes decide by patterns alone,
  per the patterns' outcomes;
* per content — (class, ((key, fingerprint), ...)) — for a nested object without an identifier
  (a blank node): its own results and, once seen whole, those of everything nested in it with
  their relative pointers, so that such an object is not built again.

A value remembered by its class of values stands in for the real one, so no other check may read
it: one that does hands the chunk to the triple path.

Exactness. The mapping puts up to ``CHUNK_SIZE`` records in one graph, so a record could be seen
by another record's check: two records with the same identifier share one node, and a check that
reads the node a reference points to (``sh:class``) sees a record of the same chunk. The view
evaluates a record on its own, so it records every node a check reads outside the record, and
hands the chunk back to the triple path (:meth:`ShaclView.findings` returns None) whenever the
records could meet: an identifier used twice in the chunk, a node read that is a record of the
chunk, two keys of an object on one predicate, a class no shape targets (the triple path reports
such nodes by their label), a check that reads the focus node in a way the view does not model,
or any exception. ``ShaclView.stats`` counts the chunks each way (``KLL_SHACL_VIEW=off`` in the
environment turns the view off); the differential tests
(``tests/test_shacl_view.py``) compare the two paths on the conformance suite, the benchmark data
and mutated records.
"""

from __future__ import annotations

from typing import Any

from rdflib import BNode, URIRef

from ..artifacts.modelindex import ClassInfo, ModelIndex
from .fastshacl import CompiledShapes, _Index
from .rdf_mapping import _LEXICAL_FROM_STRING, _XSD, MODEL_NAMESPACE, JsonToRdf, _iri
from .report import pointer_token

__all__ = ["ShaclView"]

_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SKIPPED_KINDS = frozenset({"identifier", "type"})
_SCALARS = (str, int, float, bool)
#: Entries per memo: bounded memory whatever the input. An entry with its values takes about 1 kB;
#: at 50,000 every worker grew by about 40 MB from 100k to 1M records.
_CACHE_LIMIT = 10_000
_SEMANTIC = "semantic"
#: The focus node of a check evaluated apart from any record, for the remembered results.
_PLACEHOLDER = BNode("kll-view-focus")
#: The fingerprint's mark for a string that stands for every string with its pattern outcomes.
_COARSE = "coarse"
#: The fingerprint's mark for values that are nested objects, each named by its content key.
_NODES = "nodes"


class _NotViewable(Exception):
    """The chunk must go through the triple path (see the module docstring)."""


class _Spo(dict):
    """A record's nodes → predicate → objects. While a check runs it remembers every IRI it reads
    other than the focus node (found in the record or not: an IRI the record holds may be another
    record's too, see ``ShaclView._chunk``), whether it read the focus node directly, and which
    other nodes of the record it read."""

    __slots__ = ("lookups", "focus", "focus_read", "others", "coarse")

    def __init__(self) -> None:
        super().__init__()
        #: node -> predicates whose objects stand for a class of values (``_Plan.coarse``): only
        #: their own property shapes may read them; any other check reading them hands the chunk
        #: to the triple path.
        self.coarse: dict = {}

    def reset(self, focus) -> None:
        self.lookups, self.focus, self.focus_read, self.others = set(), focus, False, set()

    def get(self, key, default=None):
        if key in self.coarse:
            raise _NotViewable
        if key is self.focus:
            self.focus_read = True
            return dict.get(self, key, default)
        if type(key) is URIRef:
            self.lookups.add(key)
        found = dict.get(self, key)
        if found is None:
            return default
        self.others.add(key)
        return found


class _ViewIndex(_Index):
    """The compiled checks' index over the nodes of one record; ``reads`` holds the predicates
    read from the focus node through ``objects``."""

    __slots__ = ("reads",)

    def __init__(self, spo: _Spo, focus) -> None:
        spo.reset(focus)
        self.spo = spo
        self._supers = {}
        self.has_subclass = False  # the mapping never states rdfs:subClassOf (_Plan refuses it)
        self.reads: set = set()

    def objects(self, subject, key):
        spo = self.spo
        coarse = spo.coarse.get(subject)
        if coarse is not None and key in coarse:
            raise _NotViewable
        if subject is spo.focus:
            self.reads.add(key)
            po = dict.get(spo, subject)
        else:
            if type(subject) is URIRef:
                spo.lookups.add(subject)
            po = dict.get(spo, subject)
            if po is None:
                return ()
            spo.others.add(subject)
        return po.get(key, ()) if po is not None else ()


#: Compiled checks that read nothing but the values they are given (fastshacl's closures).
#: Compiled checks whose result on a plain string literal depends on nothing but the outcome of
#: their patterns (``_Plan.coarse``).
_COARSE_CHECKS = ("_count_check.", "_datatype_check.", "_node_kind_check.", "_pattern_check.")
_LOCAL_CHECKS = ("_node_kind_check.", "_pattern_check.", "_datatype_check.", "_in_check.", "_range_check.", "_language_in_check.")


class _Plan:
    """What the shapes that target one class read: per predicate the checks of every property
    shape on it, the results when it is absent, the closed shapes and the other node checks."""

    __slots__ = ("info", "type_term", "type_objects", "keys", "groups", "absent", "closed", "node_checks", "local_checks", "coarse")

    def __init__(self, info: ClassInfo, compiled: CompiledShapes, hits) -> None:
        self.info = info
        self.type_term = _iri(info.uri)
        self.type_objects = (self.type_term,)
        if self.type_term not in compiled.target_classes:
            raise _NotViewable  # the triple path reports such a node as semantic.unknown-class
        self.keys: dict = {}
        for name, slot in info.slots.items():
            if slot.uri in (_TYPE, "http://www.w3.org/2000/01/rdf-schema#subClassOf") and slot.kind not in _SKIPPED_KINDS:
                raise _NotViewable
            self.keys[name] = None if slot.kind in _SKIPPED_KINDS else (slot, slot.uri)
        self.groups: dict = {}
        self.closed: list = []
        self.node_checks: list = []  # (check, the predicates of the focus it reads, or None)
        self.local_checks: list = []  # checks of the focus node itself that read nothing else
        for shape in compiled.by_class.get(info.uri, ()):
            if shape.is_property:  # a property shape that targets the class itself
                self.node_checks.append((lambda index, focus, values, out, shape=shape: shape.evaluate(index, focus, out), None))
                continue
            for check in shape.checks:
                steps = getattr(check, "property_steps", None)
                if steps is not None:
                    for key, checks in steps:
                        self.groups.setdefault(key, []).extend(checks)
                elif getattr(check, "closed_allowed", None) is not None:
                    self.closed.append((check, check.closed_allowed))
                elif check.__qualname__.startswith(_LOCAL_CHECKS):
                    self.local_checks.append(check)
                else:
                    alternatives = getattr(check, "or_alternatives", None)
                    reads = None
                    if alternatives is not None and all(a.is_property for a in alternatives):
                        reads = tuple(dict.fromkeys(a.key for a in alternatives))
                    self.node_checks.append((check, reads))
        self.groups = {key: tuple(checks) for key, checks in self.groups.items()}
        self.absent: dict = {}
        for key, checks in self.groups.items():
            index = _ViewIndex(_Spo(), _PLACEHOLDER)
            raw: list = []
            for check in checks:
                check(index, _PLACEHOLDER, (), raw)
            if index.spo.lookups or index.spo.focus_read or index.spo.others or index.reads:
                raise _NotViewable
            if raw:
                self.absent[key] = hits(info.name, raw)
        self.absent = tuple(self.absent.items())
        # Slots where every JSON string becomes a plain literal and the property shapes on it
        # decide by nothing but their patterns: strings with the same outcomes share results.
        self.coarse: dict = {}
        for name, slot in info.slots.items():
            checks = self.groups.get(slot.uri)
            if (slot.kind == "literal" and not slot.datatypes and _XSD.get(slot.datatype) not in _LEXICAL_FROM_STRING
                    and checks and all(check.__qualname__.startswith(_COARSE_CHECKS) for check in checks)):
                self.coarse[name] = tuple(search for check in checks for search in getattr(check, "searches", ()))

    def key(self, name: Any):
        """(slot or None, predicate) of a key of the JSON object, or None for a key not mapped."""
        found = self.keys.get(name, False)
        if found is False:
            found = self.keys[name] = (None, MODEL_NAMESPACE + name)
        return found


def _within(others: set) -> bool:
    """Whether the record's nodes a check read are all blank nodes: reached from the values it was
    given (a blank node has no other way in), so decided by their content keys."""
    return all(type(node) is BNode for node in others)


def _fingerprint(value: Any):
    """A hashable stand-in for a JSON value that maps to no node of its own (no object), or None.
    The class is part of it: ``True == 1`` and ``1 == 1.0`` as dictionary keys."""
    if value is None or value.__class__ in _SCALARS:
        return (value.__class__, value)
    if value.__class__ is list:
        parts = []
        for item in value:
            if item is not None and item.__class__ not in _SCALARS:
                return None
            parts.append((item.__class__, item))
        return (list, tuple(parts))
    return None


def _text_fingerprint(value: dict):
    """The fingerprint of a language map (texts only), or None."""
    parts = []
    for language, texts in value.items():
        if language.__class__ is not str:
            return None
        if texts.__class__ is str:
            parts.append((language, texts))
            continue
        found = _fingerprint(texts)
        if found is None:
            return None
        parts.append((language, found))
    return (dict, tuple(parts))


class _Record:
    """The nodes of one record as the view builds them."""

    __slots__ = ("spo", "nodes", "iris", "blank", "lookups", "virtual")

    def __init__(self) -> None:
        self.spo = _Spo()
        #: [node, plan, pointer, po, remembered values, results, content key or None, IRIs read]
        self.nodes: list = []
        self.iris: list = []
        self.blank = 0
        self.lookups: set = set()  # IRIs outside the record that a check looked up
        #: (pointer, remembered subtree) of nested objects whose results were known: not built
        self.virtual: list = []

    def bnode(self) -> BNode:
        # Labels of the record's own; records are evaluated one at a time, so they may repeat.
        self.blank += 1
        return _blank(self.blank)


_BLANKS: list = []


def _blank(number: int) -> BNode:
    while len(_BLANKS) <= number:
        _BLANKS.append(BNode(f"kll-view-{len(_BLANKS)}"))
    return _BLANKS[number]


def slot_suffix(index: ModelIndex, class_name: str | None, hit) -> str:
    """The JSON Pointer step of a SHACL result: the slot of its path, or of its rule ID."""
    if class_name is not None and hit.path is not None:
        slot = index.classes[class_name].slot_by_uri.get(str(hit.path))
        if slot is not None:
            return "/" + pointer_token(slot.name)
        return "/" + pointer_token(str(hit.path).rsplit("/", 1)[-1])
    parts = hit.rule.split(".")
    if len(parts) == 3 and parts[2] not in {"identifier", "closed"}:
        return "/" + parts[1]
    return "/id" if hit.rule.endswith(".identifier") else ""


class ShaclView:
    """The compiled shapes of ``compiled`` on records of the model ``index`` (see the module
    docstring). ``stats`` counts chunks evaluated on the view and chunks handed back."""

    def __init__(self, index: ModelIndex, compiled: CompiledShapes) -> None:
        from .semantic import RULE_NAMESPACE, ShaclHit

        self.index, self.compiled = index, compiled
        self._suffix, self._rule_namespace, self._hit = slot_suffix, RULE_NAMESPACE, ShaclHit
        self._mapper = JsonToRdf(index, graph=None)  # only its value mapping, which writes nothing
        self._plans: dict = {}
        self._values: dict = {}  # (class, key, fingerprint) -> (predicate, objects, hits, lookups)
        self._node_memo: dict = {}
        #: (class, ((key, fingerprint), ...)) of a blank node whose values all have fingerprints
        #: -> (its results, the IRIs its checks read)
        self._nested: dict = {}
        #: content key -> ((relative pointer, rule, suffix), ...), nodes, IRIs read) of a blank
        #: node and everything nested in it
        self._subtrees: dict = {}
        self._unmemoizable: set = set()
        self.stats = {"view": 0, "triples": 0}

    # --- results as findings ----------------------------------------------------------------------

    def _hits(self, class_name: str, raw: list) -> tuple:
        """(rule, JSON Pointer suffix) of each result, as the semantic stage names them."""
        found = []
        for result in raw:
            shape = result.shape
            rule = str(shape).removeprefix(self._rule_namespace) if isinstance(shape, URIRef) else "semantic.unnamed-shape"
            found.append((rule, self._suffix(self.index, class_name, self._hit(rule, result.focus, result.path, "violation"))))
        return tuple(dict.fromkeys(found))

    def _plan(self, info: ClassInfo) -> _Plan:
        found = self._plans.get(info.name)
        if found is None:
            found = self._plans[info.name] = _Plan(info, self.compiled, self._hits)
        return found

    # --- a chunk ------------------------------------------------------------------------------------

    def record(self, record: dict, class_name: str, pointer: str) -> _Record:
        """The nodes of one record, as the mapping would make them; raises where the mapping
        could fail (the caller asks the mapping) or the view does not apply (``_NotViewable``)."""
        rec = _Record()
        self._node(rec, record, class_name, pointer)
        return rec

    def findings(self, records: list, file: str) -> tuple[list, int] | None:
        """(findings, nodes targeted) for one chunk of the triple path — (``record()``'s result,
        position) pairs — or None when the chunk must go through the triple path (counted in
        ``stats``)."""
        try:
            found = self._chunk(records, file)
        except Exception:  # _NotViewable: the triple path decides
            found = None
        self.stats["triples" if found is None else "view"] += 1
        return found

    def _chunk(self, records: list, file: str) -> tuple[list, int] | None:
        out: list = []
        iris: list = []
        lookups: set = set()
        targeted = 0
        nested = self._nested
        for rec, position in records:
            iris.extend(rec.iris)
            targeted += len(rec.nodes)
            evaluated = []
            for node, plan, node_pointer, po, entries, hits, content_key, node_lookups in rec.nodes:
                remembered = nested.get(content_key) if content_key is not None else None
                if remembered is None:
                    rec.lookups = node_lookups
                    self._evaluate(rec, node, plan, po, entries, hits)
                    found = tuple(dict.fromkeys(hits))
                    if content_key is not None:
                        if len(nested) > _CACHE_LIMIT:
                            nested.clear()
                        nested[content_key] = (found, node_lookups)
                else:
                    found, node_lookups = remembered
                evaluated.append((node_pointer, found, node_lookups, content_key))
                lookups |= node_lookups
                for rule, suffix in found:
                    out.append((rule, _SEMANTIC, file, position, node_pointer + suffix, None, None, None, None, None))
            for prefix, (rows, count, subtree_lookups) in rec.virtual:
                targeted += count
                lookups |= subtree_lookups
                for relative, rule, suffix in rows:
                    out.append((rule, _SEMANTIC, file, position, prefix + relative + suffix, None, None, None, None, None))
            self._remember_subtrees(evaluated, rec.virtual)
        subjects = set(iris)
        if len(subjects) != len(iris) or not lookups.isdisjoint(subjects):
            return None  # records of the chunk meet in the graph: the triple path decides
        return out, targeted

    def _remember_subtrees(self, evaluated: list, virtual: list) -> None:
        """The results of every node with a content key and of everything nested in it (the nodes
        after it whose pointers it begins, and the remembered subtrees under it)."""
        subtrees = self._subtrees
        for at, (pointer, found, node_lookups, content_key) in enumerate(evaluated):
            if content_key is None or content_key in subtrees:
                continue
            inside = pointer + "/"
            rows = [("", rule, suffix) for rule, suffix in found]
            count, read = 1, set(node_lookups)
            for below, below_found, below_lookups, _ in evaluated[at + 1:]:
                if not below.startswith(inside):
                    break
                relative = below[len(pointer):]
                rows.extend((relative, rule, suffix) for rule, suffix in below_found)
                count += 1
                read |= below_lookups
            for prefix, (below_rows, below_count, below_lookups) in virtual:
                if prefix.startswith(inside):
                    relative = prefix[len(pointer):]
                    rows.extend((relative + rest, rule, suffix) for rest, rule, suffix in below_rows)
                    count += below_count
                    read |= below_lookups
            if len(subtrees) > _CACHE_LIMIT:
                subtrees.clear()
            subtrees[content_key] = (tuple(rows), count, frozenset(read))

    # --- a record's nodes, as JsonToRdf._object makes them ---------------------------------------

    def _node(self, rec: _Record, data: dict, class_name: str, pointer: str) -> tuple:
        """(node, content key or None): the node of ``data`` with its values, as
        ``JsonToRdf._object`` makes it. A blank node whose values all have fingerprints (nested
        objects by their own content keys) has a content key, (class, ((key, fingerprint), ...)),
        which decides its results."""
        classes = self.index.classes
        info = classes[class_name]
        declared = data.get("type")
        if isinstance(declared, str) and declared in classes and self.index.is_a(declared, class_name):
            info = classes[declared]
        identifier = data.get("id")
        if isinstance(identifier, str) and identifier and "id" in info.slots:
            node = _iri(identifier)
            rec.iris.append(node)
            if node in rec.spo:
                raise _NotViewable  # one node for two objects of the record
            content = None
        else:
            node = rec.bnode()
            content = []
        name = info.name
        plan = self._plans.get(name) or self._plan(info)
        po: dict = {_TYPE: plan.type_objects}
        entries: dict = {}
        hits: list = []
        lookups: set = set()
        rec.spo[node] = po
        entry_of_node = [node, plan, pointer, po, entries, hits, None, lookups]
        rec.nodes.append(entry_of_node)
        keys, memo, coarse_keys = plan.keys, self._values, plan.coarse
        for key, value in data.items():
            entry = keys.get(key, False)
            if entry is False:
                entry = plan.key(key)
            if entry is None:
                continue
            slot, predicate = entry
            if predicate in po:
                raise _NotViewable  # two keys on one predicate (or on rdf:type): their values merge
            kind = value.__class__
            searches = coarse_keys.get(key) if kind is str else None
            if searches is not None:
                fingerprint = (_COARSE, tuple([search(value) is not None for search in searches]))
                coarse = rec.spo.coarse.get(node)
                if coarse is None:
                    rec.spo.coarse[node] = {predicate}
                else:
                    coarse.add(predicate)
            elif kind in _SCALARS or value is None:
                fingerprint = (kind, value)
            elif kind is list:
                fingerprint = _fingerprint(value)
            elif kind is dict and slot is not None and slot.kind == "text":
                fingerprint = _text_fingerprint(value)
            else:
                fingerprint = None
            if fingerprint is not None:
                memo_key = (name, key, fingerprint)
                found = memo.get(memo_key)
                if found is None:
                    found = self._fill(plan, slot, predicate, value, memo_key)
                po[predicate] = found[0]
                entries[predicate] = found
                if found[1]:
                    hits.extend(found[1])
                if found[2]:
                    lookups |= found[2]
                if content is not None:
                    content.append((key, fingerprint))
                continue
            objects: list = []
            children = [] if slot is not None and slot.kind == "object" else None
            key_pointer = f"{pointer}/{pointer_token(key)}"
            if children is not None:
                fingerprint = self._remembered_objects(rec, node, plan, key, slot, value, key_pointer)
                if fingerprint is not None:
                    found = memo[(name, key, fingerprint)]
                    po[predicate] = [_PLACEHOLDER] * len(fingerprint[2])  # read by nothing (guarded)
                    entries[predicate] = found
                    if found[1]:
                        hits.extend(found[1])
                    if found[2]:
                        lookups |= found[2]
                    if content is not None:
                        content.append((key, fingerprint))
                    continue
            for position, item in (enumerate(value) if kind is list else ((None, value),)):
                item_pointer = key_pointer if position is None else f"{key_pointer}/{position}"
                if children is not None and item.__class__ is dict:
                    child, child_key = self._node(rec, item, slot.range, item_pointer)
                    if child_key is None:
                        children = None
                    else:
                        children.append(child_key)
                    if child not in objects:
                        objects.append(child)
                    continue
                children = None
                for obj in self._value(rec, slot, item, item_pointer):
                    if obj not in objects:
                        objects.append(obj)
            po[predicate] = objects
            if children:
                fingerprint = (_NODES, kind is list, tuple(children))
                memo_key = (name, key, fingerprint)
                found = memo.get(memo_key) or self._fill_nodes(rec, plan, predicate, objects, memo_key)
                if found is not None:
                    entries[predicate] = found
                    if found[1]:
                        hits.extend(found[1])
                    if found[2]:
                        lookups |= found[2]
                    if content is not None:
                        content.append((key, fingerprint))
                    continue
            content = None
        for predicate, absent in plan.absent:
            if predicate not in po:
                hits.extend(absent)
        if content is not None:
            entry_of_node[6] = (name, tuple(content))
        return node, entry_of_node[6]

    def _remembered_objects(self, rec: _Record, node, plan: _Plan, key: str, slot, value: Any, key_pointer: str):
        """The fingerprint of nested objects whose results (each object's whole subtree, and the
        property shapes on the key) are all remembered, after recording those results in ``rec``
        without building a node; else None (then the objects are built)."""
        if value.__class__ is dict:
            items = (value,)
        elif value.__class__ is list and value and all(item.__class__ is dict for item in value):
            items = value
        else:
            return None
        keys = []
        for item in items:
            content_key = self._content_key(item, slot.range)
            if content_key is None or content_key not in self._subtrees:
                return None
            keys.append(content_key)
        fingerprint = (_NODES, value.__class__ is list, tuple(keys))
        if (plan.info.name, key, fingerprint) not in self._values:
            return None
        for position, content_key in enumerate(keys):
            rec.virtual.append((key_pointer if items is not value else f"{key_pointer}/{position}", self._subtrees[content_key]))
        guarded = rec.spo.coarse.get(node)
        if guarded is None:
            rec.spo.coarse[node] = {plan.keys[key][1]}
        else:
            guarded.add(plan.keys[key][1])
        return fingerprint

    def _content_key(self, data: dict, class_name: str):
        """The content key ``_node`` gives the object, computed without building its node, or None
        where ``_node`` would give none or the object is not one ``_node`` has seen whole."""
        classes = self.index.classes
        info = classes.get(class_name)
        if info is None:
            return None
        declared = data.get("type")
        if isinstance(declared, str) and declared in classes and self.index.is_a(declared, class_name):
            info = classes[declared]
        identifier = data.get("id")
        if isinstance(identifier, str) and identifier and "id" in info.slots:
            return None
        plan = self._plans.get(info.name)
        if plan is None:
            return None
        keys, coarse_keys = plan.keys, plan.coarse
        content = []
        for key, value in data.items():
            entry = keys.get(key, False)
            if entry is False:
                if key.__class__ is not str:
                    return None
                entry = plan.key(key)
            if entry is None:
                continue
            slot = entry[0]
            kind = value.__class__
            searches = coarse_keys.get(key) if kind is str else None
            if searches is not None:
                fingerprint = (_COARSE, tuple([search(value) is not None for search in searches]))
            elif kind in _SCALARS or value is None:
                fingerprint = (kind, value)
            elif kind is list and value and value[0].__class__ is dict:
                if slot is None or slot.kind != "object" or not all(item.__class__ is dict for item in value):
                    return None
                children = [self._content_key(item, slot.range) for item in value]
                if None in children:
                    return None
                fingerprint = (_NODES, True, tuple(children))
            elif kind is list:
                fingerprint = _fingerprint(value)
            elif kind is dict and slot is not None and slot.kind == "text":
                fingerprint = _text_fingerprint(value)
            elif kind is dict and slot is not None and slot.kind == "object":
                child = self._content_key(value, slot.range)
                fingerprint = None if child is None else (_NODES, False, (child,))
            else:
                fingerprint = None
            if fingerprint is None:
                return None
            content.append((key, fingerprint))
        return (info.name, tuple(content))

    def _value(self, rec: _Record, slot, value: Any, pointer: str):
        if isinstance(value, dict):
            kind = slot.kind if slot is not None else "literal"
            if kind == "object":
                return (self._node(rec, value, slot.range, pointer)[0],)
            if kind != "text":
                return (self._untyped(rec, value, pointer),)
        return self._mapper._values(slot, value, None, pointer)

    def _untyped(self, rec: _Record, data: dict, pointer: str) -> BNode:
        node = rec.bnode()
        po: dict = {}
        rec.spo[node] = po
        for key, value in data.items():
            predicate = MODEL_NAMESPACE + key
            for obj in self._value(rec, None, value, f"{pointer}/{pointer_token(key)}"):
                objects = po.setdefault(predicate, [])
                if obj not in objects:
                    objects.append(obj)
        return node

    def _fill(self, plan: _Plan, slot, predicate: str, value: Any, memo_key: tuple) -> tuple:
        """(objects, results, IRIs read or None, memo key) of a value that makes no node of its
        own, remembered per class, key and value: the objects as the mapping makes them, the
        results of the class's property shapes on the predicate."""
        objects: list = []
        for item in (value if value.__class__ is list else (value,)):
            for obj in self._mapper._values(slot, item, None, ""):
                if obj not in objects:
                    objects.append(obj)
        hits, lookups = (), None
        checks = plan.groups.get(predicate)
        if checks:
            alone = _ViewIndex(_Spo(), _PLACEHOLDER)
            raw: list = []
            for check in checks:
                check(alone, _PLACEHOLDER, objects, raw)
            if alone.spo.focus_read or alone.spo.others or alone.reads:
                raise _NotViewable
            hits, lookups = self._hits(plan.info.name, raw), frozenset(alone.spo.lookups) or None
        if len(self._values) > _CACHE_LIMIT:
            self._values.clear()
        found = self._values[memo_key] = (objects, hits, lookups, memo_key)
        return found

    def _fill_nodes(self, rec: _Record, plan: _Plan, predicate: str, objects: list, memo_key: tuple) -> tuple | None:
        """(None, results, IRIs read or None, memo key) of the property shapes on a predicate
        whose values are nested objects with content keys, remembered by those keys; None when
        the checks read beyond the objects' own nodes (then ``_evaluate`` runs them each time)."""
        hits, lookups = (), None
        checks = plan.groups.get(predicate)
        if checks:
            index = _ViewIndex(rec.spo, _PLACEHOLDER)
            raw: list = []
            for check in checks:
                check(index, _PLACEHOLDER, objects, raw)
            if index.spo.focus_read or index.reads or not _within(index.spo.others):
                return None
            hits, lookups = self._hits(plan.info.name, raw), frozenset(index.spo.lookups) or None
        if len(self._values) > _CACHE_LIMIT:
            self._values.clear()
        found = self._values[memo_key] = (None, hits, lookups, memo_key)
        return found

    # --- the checks on one node ----------------------------------------------------------------------

    def _evaluate(self, rec: _Record, node, plan: _Plan, po: dict, entries: dict, hits: list) -> None:
        """Adds to ``hits`` the results that the values remembered in ``_fill`` do not cover:
        values that make nodes, closed shapes, and the checks of the focus node itself."""
        name = plan.info.name
        groups = plan.groups
        if len(entries) + 1 < len(po) or _TYPE in groups:
            for predicate, objects in po.items():
                if predicate in entries:
                    continue
                checks = groups.get(predicate)
                if checks:
                    raw: list = []
                    index = self._index(rec, node)
                    for check in checks:
                        check(index, node, objects, raw)
                    rec.lookups |= index.spo.lookups
                    hits.extend(self._hits(name, raw))
        for check, allowed in plan.closed:
            if not allowed.issuperset(po):
                raw = []
                index = self._index(rec, node)
                # sh:closed reads the focus node's predicates and gives one result per object of
                # a predicate it does not allow: a string's stand-in gives the same results.
                coarse, rec.spo.coarse = rec.spo.coarse, {}
                try:
                    check(index, node, (node,), raw)
                finally:
                    rec.spo.coarse = coarse
                rec.lookups |= index.spo.lookups
                hits.extend(self._hits(name, raw))
        if plan.local_checks:
            raw = []
            focus = (node,)
            for check in plan.local_checks:
                check(None, node, focus, raw)
            if raw:
                hits.extend(self._hits(name, raw))
        for check, reads in plan.node_checks:
            memo_key = None
            if reads is not None and id(check) not in self._unmemoizable:
                parts = []
                for predicate in reads:
                    entry = entries.get(predicate)
                    if entry is None and predicate in po:
                        parts = None
                        break
                    parts.append(None if entry is None else entry[3])
                if parts is not None:
                    memo_key = (id(check), name, tuple(parts))
                    remembered = self._node_memo.get(memo_key)
                    if remembered is not None:
                        hits.extend(remembered[0])
                        if remembered[1]:
                            rec.lookups |= remembered[1]
                        continue
            index = self._index(rec, node)
            raw = []
            check(index, node, (node,), raw)
            found = self._hits(name, raw)
            hits.extend(found)
            rec.lookups |= index.spo.lookups
            if memo_key is not None:
                if index.spo.focus_read or not _within(index.spo.others) or not index.reads.issubset(reads):
                    self._unmemoizable.add(id(check))
                else:
                    if len(self._node_memo) > _CACHE_LIMIT:
                        self._node_memo.clear()
                    self._node_memo[memo_key] = (found, frozenset(index.spo.lookups) or None)

    @staticmethod
    def _index(rec: _Record, node) -> _ViewIndex:
        return _ViewIndex(rec.spo, node)
