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

A record met again — a node with an IRI whose every value, nested object and node check is
remembered — is not built at all (``ShaclView._remembered``): per class, functions specialised
per slot (``_steps``, ``_fingerprints``; made from the model index and the compiled shapes only,
never from input, and nothing is ``exec``-ed) look its values up in the memos, and the record
gives what ``_node`` and ``_chunk`` would, from the memos alone. Anything not remembered, and
anything that would make ``_node`` refuse the record or run a check, sends it the general way.

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

    __slots__ = ("info", "type_term", "type_objects", "keys", "groups", "absent", "closed", "node_checks", "local_checks", "coarse", "reads_type", "steps", "fingerprints", "objects", "iri_searches", "iri_hits")

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
        #: Whether some check reads rdf:type, which the view keeps apart from the values.
        self.steps: dict | None = None  # ShaclView._steps, made when the class's records recur
        # The checks of the focus node itself on a node that is an IRI: all but sh:in fail or
        # pass whatever the IRI, or (sh:pattern) by their patterns' outcomes on its string, so
        # their results are remembered per outcomes (``iri_hits``); None where sh:in is one.
        self.iri_searches: tuple | None = ()
        for check in self.local_checks:
            if check.__qualname__.startswith("_in_check."):
                self.iri_searches = None
                break
            self.iri_searches += getattr(check, "searches", ())
        self.iri_hits: dict = {}
        self.fingerprints: dict | None = None  # ShaclView._fingerprints, made when first needed
        self.objects: dict = {}  # ShaclView._placed_objects: (key, fingerprint) -> entry, subtrees
        self.reads_type = _TYPE in self.groups or any(reads is not None and _TYPE in reads for _, reads in self.node_checks)
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


def _value_fingerprint(value: Any, slot, searches) -> tuple | None:
    """The fingerprint of the value of a key that makes no node of its own (see ``_fingerprint``),
    or None; with ``searches`` (the key's slot is coarse, ``_Plan.coarse``) a string stands for
    every string with the same pattern outcomes."""
    kind = value.__class__
    if kind is str and searches is not None:
        return (_COARSE, tuple([search(value) is not None for search in searches]))
    if kind in _SCALARS or value is None:
        return (kind, value)
    if kind is list:
        return _fingerprint(value)
    if kind is dict and slot is not None and slot.kind == "text":
        return _text_fingerprint(value)
    return None


#: ``ShaclView._steps``'s mark of a key that maps to no value of its own (identifier, type).
_SKIP = ("skip", None)
_STEP_LIMIT = 5_000  # remembered strings per key, nested objects per class: bounded whatever the input


def _step(memo: dict, name: str, key: str, slot, searches: tuple | None):
    """The step of one key (see ``ShaclView._steps``): the entry ``memo`` holds for the value's
    fingerprint, or None. A string's entry is kept by the string itself (or, in a coarse slot, by
    its pattern outcomes), so that it needs no fingerprint; any other value is fingerprinted."""
    by_string: dict = {}

    def other(value: Any):
        fingerprint = _value_fingerprint(value, slot, searches)
        return None if fingerprint is None else memo.get((name, key, fingerprint))

    if searches is not None:
        def step(value: Any):
            if value.__class__ is not str:
                return other(value)
            outcomes = tuple([search(value) is not None for search in searches])
            found = by_string.get(outcomes)
            if found is None:
                found = memo.get((name, key, (_COARSE, outcomes)))
                if found is not None:
                    by_string[outcomes] = found
            return found
    else:
        def step(value: Any):
            if value.__class__ is not str:
                return other(value)
            found = by_string.get(value)
            if found is None:
                found = memo.get((name, key, (str, value)))
                if found is not None:
                    if len(by_string) >= _STEP_LIMIT:
                        by_string.clear()
                    by_string[value] = found
            return found
    return step


def _fingerprint_of(slot, searches: tuple | None):
    """``_value_fingerprint`` for the values of one slot, with a string (its commonest value)
    fingerprinted without the general tests."""
    if searches == ():  # a coarse slot without patterns: every string stands for every string
        every = (_COARSE, ())

        def fingerprint(value: Any):
            if value.__class__ is str:
                return every
            return _value_fingerprint(value, slot, searches)
    elif searches is not None and len(searches) == 1:
        search = searches[0]

        def fingerprint(value: Any):
            if value.__class__ is str:
                return (_COARSE, (search(value) is not None,))
            return _value_fingerprint(value, slot, searches)
    elif searches is not None:
        def fingerprint(value: Any):
            return _value_fingerprint(value, slot, searches)
    else:
        def fingerprint(value: Any):
            if value.__class__ is str:
                return (str, value)
            return _value_fingerprint(value, slot, None)
    return fingerprint


def _guard(rec: "_Record", node, predicate: str) -> None:
    """Marks the objects of ``predicate`` on ``node`` as stand-ins that no other check may read."""
    guarded = rec.spo.coarse.get(node)
    if guarded is None:
        rec.spo.coarse[node] = {predicate}
    else:
        guarded.add(predicate)


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


def _virtual_rows(out: list, file: str, position: int | None, virtual: list, lookups: set) -> int:
    """Adds the findings of a record's remembered subtrees to ``out`` and the IRIs their checks
    read to ``lookups``; returns how many nodes they hold (all targeted)."""
    targeted = 0
    for prefix, (rows, count, subtree_lookups) in virtual:
        targeted += count
        lookups |= subtree_lookups
        for relative, rule, suffix in rows:
            out.append((rule, _SEMANTIC, file, position, prefix + relative + suffix, None, None, None, None, None))
    return targeted


class _Remembered:
    """A record whose results ``ShaclView._remembered`` took from the memos: its node (an IRI)
    and pointer, its own results as (rule, pointer suffix), the IRIs its checks read and the
    (pointer, remembered subtree) of its nested objects."""

    __slots__ = ("node", "pointer", "hits", "lookups", "virtual")

    def __init__(self, node, pointer: str, hits: tuple, lookups: set, virtual: list) -> None:
        self.node, self.pointer, self.hits, self.lookups, self.virtual = node, pointer, hits, lookups, virtual


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
        #: chunks on the view and handed back; records whose results all came from the memos
        self.stats = {"view": 0, "triples": 0, "remembered": 0}

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

    def _remembered(self, data: dict, class_name: str, pointer: str) -> "_Remembered | None":
        """The results of a record whose node has an IRI and whose every value the view has met
        before (values by fingerprint, nested objects by content key, the node checks by the
        values they read): what ``_node`` and ``_chunk`` would give, from the memos alone, without
        building a node. None wherever any of it is not remembered, or ``_node`` would refuse the
        record or run a check: then ``_node`` decides (and fills the memos)."""
        info = self._info(data, class_name)
        identifier = data.get("id")
        if not (isinstance(identifier, str) and identifier and "id" in info.slots):
            return None
        name = info.name
        plan = self._plans.get(name)
        if plan is None or plan.reads_type:
            return None
        keys, memo, coarse_keys, objects = plan.keys, self._values, plan.coarse, plan.objects
        entries: dict = {}
        hits: list = []
        lookups: set = set()
        virtual: list = []
        steps = plan.steps
        if steps is None:
            steps = plan.steps = self._steps(plan)
        for key, value in data.items():
            step = steps.get(key)
            if step is not None:
                if step is _SKIP:
                    continue
                predicate, remembered = step
                if predicate in entries:
                    return None  # two keys on one predicate: _node hands the chunk to the triple path
                found = remembered(value)
                if found is None:
                    return None
                entries[predicate] = found
                if found[1]:
                    hits.extend(found[1])
                if found[2]:
                    lookups |= found[2]
                continue
            entry = keys.get(key, False)
            if entry is False:
                if key.__class__ is not str:
                    return None
                entry = plan.key(key)
            if entry is None:
                continue
            slot, predicate = entry
            if predicate in entries or predicate == _TYPE:
                return None
            fingerprint = _value_fingerprint(value, slot, coarse_keys.get(key))
            if fingerprint is None:
                if slot is None or slot.kind != "object":
                    return None
                fingerprint = self._children(value, slot)
                if fingerprint is None:
                    return None
                known = objects.get((key, fingerprint))
                if known is None:
                    known = self._placed_objects(plan, key, fingerprint)
                    if known is None:
                        return None
                found, placed = known
                virtual.extend((pointer + suffix, subtree) for suffix, subtree in placed)
            else:
                found = memo.get((name, key, fingerprint))
                if found is None:
                    return None
            entries[predicate] = found
            if found[1]:
                hits.extend(found[1])
            if found[2]:
                lookups |= found[2]
        for predicate, absent in plan.absent:
            if predicate not in entries:
                hits.extend(absent)
        for _, allowed in plan.closed:
            if _TYPE not in allowed or not allowed.issuperset(entries):
                return None  # the closed shape gives results: _evaluate runs it
        node = _iri(identifier)
        if plan.local_checks:
            searches = plan.iri_searches
            outcomes = None if searches is None else tuple([search(identifier) is not None for search in searches])
            found = plan.iri_hits.get(outcomes) if outcomes is not None else None
            if found is None:
                raw: list = []
                focus = (node,)
                for check in plan.local_checks:
                    check(None, node, focus, raw)
                found = self._hits(name, raw) if raw else ()
                if outcomes is not None:
                    plan.iri_hits[outcomes] = found
            hits.extend(found)
        for check, reads in plan.node_checks:
            if reads is None or id(check) in self._unmemoizable:
                return None
            parts = []
            for predicate in reads:
                if predicate == _TYPE:
                    return None  # rdf:type is no entry: _evaluate runs the check
                entry = entries.get(predicate)
                parts.append(None if entry is None else entry[3])
            remembered = self._node_memo.get((id(check), name, tuple(parts)))
            if remembered is None:
                return None
            hits.extend(remembered[0])
            if remembered[1]:
                lookups |= remembered[1]
        return _Remembered(node, pointer, tuple(dict.fromkeys(hits)), lookups, virtual)

    def _placed_objects(self, plan: _Plan, key: str, fingerprint: tuple) -> tuple | None:
        """(the remembered entry of the property shapes on a key, ((pointer suffix, remembered
        subtree), ...) of its nested objects) for the nested objects of ``fingerprint``, kept in
        ``plan.objects``; None while any of it is not remembered."""
        found = self._values.get((plan.info.name, key, fingerprint))
        if found is None:
            return None
        key_pointer = "/" + pointer_token(key)
        placed = []
        for position, content_key in enumerate(fingerprint[2]):
            subtree = self._subtrees.get(content_key)
            if subtree is None:
                return None
            placed.append((f"{key_pointer}/{position}" if fingerprint[1] else key_pointer, subtree))
        if len(plan.objects) >= _STEP_LIMIT:
            plan.objects.clear()
        known = plan.objects[(key, fingerprint)] = (found, tuple(placed))
        return known

    def _steps(self, plan: _Plan) -> dict:
        """key → (predicate, step) for the keys of the class's slots whose values make no node,
        ``_SKIP`` for the identifier and type: a step gives the remembered entry of a value (as
        ``_fill`` made it) or None, specialised for its slot so that a string costs one look-up
        (coarse slots: one per pattern outcome). Built from the model and the shapes only."""
        steps: dict = {}
        for key, entry in plan.keys.items():
            if entry is None:
                steps[key] = _SKIP
            elif entry[0] is not None and entry[0].kind != "object":
                steps[key] = (entry[1], _step(self._values, plan.info.name, key, entry[0], plan.coarse.get(key)))
        return steps

    def record(self, record: dict, class_name: str, pointer: str) -> "_Record | _Remembered":
        """The nodes of one record, as the mapping would make them; raises where the mapping
        could fail (the caller asks the mapping) or the view does not apply (``_NotViewable``).
        A record whose results are all remembered comes back as a ``_Remembered``."""
        remembered = self._remembered(record, class_name, pointer)
        if remembered is not None:
            self.stats["remembered"] += 1
            return remembered
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
            if rec.__class__ is _Remembered:
                iris.append(rec.node)
                lookups |= rec.lookups
                for rule, suffix in rec.hits:
                    out.append((rule, _SEMANTIC, file, position, rec.pointer + suffix, None, None, None, None, None))
                targeted += 1 + _virtual_rows(out, file, position, rec.virtual, lookups)
                continue
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
            targeted += _virtual_rows(out, file, position, rec.virtual, lookups)
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

    def _info(self, data: dict, class_name: str) -> ClassInfo:
        """The class whose shapes apply to ``data`` in a slot of range ``class_name`` (its ``type``
        when that names a subclass), as ``JsonToRdf._object`` decides it."""
        classes = self.index.classes
        declared = data.get("type")
        if isinstance(declared, str) and declared in classes and self.index.is_a(declared, class_name):
            return classes[declared]
        return classes[class_name]

    def _node(self, rec: _Record, data: dict, class_name: str, pointer: str) -> tuple:
        """(node, content key or None): the node of ``data`` with its values, as
        ``JsonToRdf._object`` makes it. A blank node whose values all have fingerprints (nested
        objects by their own content keys) has a content key, (class, ((key, fingerprint), ...)),
        which decides its results."""
        info = self._info(data, class_name)
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
            fingerprint = _value_fingerprint(value, slot, coarse_keys.get(key))
            if fingerprint is not None:
                if fingerprint[0] is _COARSE:
                    _guard(rec, node, predicate)
                memo_key = (name, key, fingerprint)
                found = memo.get(memo_key)
                if found is None:
                    found = self._fill(plan, slot, predicate, value, memo_key)
                po[predicate] = found[0]
            elif slot is not None and slot.kind == "object" and (fingerprint := self._remembered_objects(rec, plan, key, slot, value, pointer)):
                found = memo[(name, key, fingerprint)]
                po[predicate] = [_PLACEHOLDER] * len(fingerprint[2])  # read by nothing (guarded)
                _guard(rec, node, predicate)
            else:
                found = self._built(rec, plan, po, entry, key, value, pointer)
                if found is None:
                    content = None
                    continue
                fingerprint = found[3][2]
            entries[predicate] = found
            if found[1]:
                hits.extend(found[1])
            if found[2]:
                lookups |= found[2]
            if content is not None:
                content.append((key, fingerprint))
        for predicate, absent in plan.absent:
            if predicate not in po:
                hits.extend(absent)
        if content is not None:
            entry_of_node[6] = (name, tuple(content))
        return node, entry_of_node[6]

    def _built(self, rec: _Record, plan: _Plan, po: dict, entry: tuple, key: str, value: Any, pointer: str) -> tuple | None:
        """Builds the values of a key as the mapping would (nodes and terms, into ``po``); gives the
        remembered results of the property shapes on it when its values are nested objects that
        all have content keys, else None (``_evaluate`` then runs those shapes on the node)."""
        slot, predicate = entry
        objects: list = []
        children = [] if slot is not None and slot.kind == "object" else None
        key_pointer = f"{pointer}/{pointer_token(key)}"
        is_list = value.__class__ is list
        for position, item in (enumerate(value) if is_list else ((None, value),)):
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
        if not children:
            return None
        memo_key = (plan.info.name, key, (_NODES, is_list, tuple(children)))
        return self._values.get(memo_key) or self._fill_nodes(rec, plan, predicate, objects, memo_key)

    def _remembered_objects(self, rec: _Record, plan: _Plan, key: str, slot, value: Any, pointer: str):
        """The fingerprint of nested objects whose results (each object's whole subtree, and the
        property shapes on the key) are all remembered, after recording those results in ``rec``
        without building a node; else None (then the objects are built)."""
        fingerprint = self._children(value, slot)
        if fingerprint is None or (plan.info.name, key, fingerprint) not in self._values:
            return None
        subtrees = self._subtrees
        remembered = [subtrees.get(content_key) for content_key in fingerprint[2]]
        if None in remembered:
            return None
        key_pointer = f"{pointer}/{pointer_token(key)}"
        if fingerprint[1]:
            rec.virtual.extend((f"{key_pointer}/{position}", subtree) for position, subtree in enumerate(remembered))
        else:
            rec.virtual.append((key_pointer, remembered[0]))
        return fingerprint

    def _children(self, value: Any, slot) -> tuple | None:
        """(``_NODES``, is a list, content keys) of the nested objects in a key of slot ``slot``
        (an object or a non-empty list of objects), or None where one of them has no content key."""
        if value.__class__ is dict:
            content_key = self._content_key(value, slot.range)
            return None if content_key is None else (_NODES, False, (content_key,))
        if value.__class__ is not list or not value:
            return None
        keys = []
        for item in value:
            content_key = self._content_key(item, slot.range) if item.__class__ is dict else None
            if content_key is None:
                return None
            keys.append(content_key)
        return (_NODES, True, tuple(keys))

    def _content_key(self, data: dict, class_name: str):
        """The content key ``_node`` gives the object, computed without building its node, or None
        where ``_node`` would give none or the object's class has no plan yet."""
        if class_name not in self.index.classes:
            return None
        info = self._info(data, class_name)
        identifier = data.get("id")
        if isinstance(identifier, str) and identifier and "id" in info.slots:
            return None
        plan = self._plans.get(info.name)
        if plan is None:
            return None
        fingerprints = plan.fingerprints
        if fingerprints is None:
            fingerprints = plan.fingerprints = self._fingerprints(plan)
        content = []
        for key, value in data.items():
            fingerprint_of = fingerprints.get(key)
            if fingerprint_of is None:  # a key no slot has: a property in the model namespace
                if key.__class__ is not str:
                    return None
                fingerprint = _value_fingerprint(value, None, None)
            elif fingerprint_of is _SKIP:
                continue
            else:
                fingerprint = fingerprint_of(value)
            if fingerprint is None:
                return None
            content.append((key, fingerprint))
        return (info.name, tuple(content))

    def _fingerprints(self, plan: _Plan) -> dict:
        """key → the function that gives a value's fingerprint in ``_content_key`` (nested
        objects by their content keys), specialised for the key's slot; ``_SKIP`` for the
        identifier and type. Built from the model and the shapes only."""
        found: dict = {}
        for key, entry in plan.keys.items():
            if entry is None:
                found[key] = _SKIP
                continue
            slot = entry[0]
            if slot is None:
                continue  # a key no slot has, met before (``_Plan.key``): the general way
            if slot.kind == "object":
                found[key] = lambda value, slot=slot: _value_fingerprint(value, slot, None) or self._children(value, slot)
            else:
                found[key] = _fingerprint_of(slot, plan.coarse.get(key))
        return found

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
