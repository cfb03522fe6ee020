"""The engine: validate records in memory, and the chunk API built on it.

``_Engine`` holds the compiled stages (JSON Schema, SHACL, rules) for one model; it checks a list
of records, parsed or raw JSON lines, and gives its findings as plain tuples. ``validate_chunk``
runs it on one chunk with no shared state and returns a ``ChunkResult``; ``build_index`` and
``resolve`` merge the chunks' results into one identifier index and one ``Report``.
:mod:`.parallel` runs the engine in worker processes; :mod:`.pipeline` (``validate``) feeds it
files. The public API is :mod:`kll.validate`.
"""

from __future__ import annotations

import sqlite3
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..artifacts.modelindex import ModelIndex, model_index
from .catalogue import catalogue, hidden_rules
from .checks import INDEXED_CLASSES, Context, IndexedRecord, registry
from .checks.base import reference_date
from .checks.dataset_rules import NESTED_WITH_REFERENCES
from . import findings_store
from .checks.index import IdentifierIndex, IndexBuilder, IndexPart
from .loaders import BLANK, InputError, parse_json_line
from .report import Finding, Location, Report, Stage, pointer_token
from .severity import Severity
from .structural import structural_validator

__all__ = ["validate_chunk", "resolve", "build_index", "ChunkResult", "ALL_STAGES", "Item", "UsageError", "failure"]

ALL_STAGES = (Stage.STRUCTURAL, Stage.SEMANTIC, Stage.RULES)
RDF_FORMATS = {"turtle", "jsonld"}
CHUNK_SIZE = 250  # records per RDF graph in the semantic stage
#: The dataset-level rules that read only identifiers and references: ``validate_chunk`` keeps a
#: small skeleton of the record for them rather than the record.
IDENTITY_RULES = frozenset({"identifier.duplicate", "reference.unresolved", "reference.wrong-class", "reference.deprecated-concept"})

_STRUCTURAL, _SEMANTIC, _RULES, _INPUT = "structural", "semantic", "rules", "input"


@dataclass
class Item:
    """One record, ready for the stages."""

    file: str
    index: int | None
    pointer: str | None
    class_name: str
    data: dict
    focus_node: str | None = None


@dataclass
class ChunkResult:
    """What ``validate_chunk`` found in one chunk of records; ``resolve`` merges chunks into a report.

    ``findings`` are plain tuples (rule, stage, file, record, pointer, line, column, focus node,
    path, detail) in the order found. ``identifiers`` holds every record's identifier and class
    (compactly) and the records of indexed classes; ``deferred`` the checks that need the whole
    dataset, with what they read. Both are empty when the chunk was checked against a known dataset.
    """

    source: str
    stages: tuple[str, ...]
    records: int = 0
    findings: list[tuple] = field(default_factory=list)
    identifiers: IndexPart | None = None
    deferred: list[tuple] = field(default_factory=list)
    targeted: int = 0  # RDF nodes that some SHACL shape targeted (semantic stage)


class UsageError(ValueError):
    """The call itself is wrong (a class that records cannot have), not the input: nothing was checked."""


#: Exceptions a check raises on values of the wrong JSON type: on a record the JSON Schema rejects,
#: that rejection is the finding, so the crash is not reported a second time.
_WRONG_TYPE = (TypeError, ValueError, AttributeError, KeyError, IndexError)


def failure(error: BaseException) -> tuple[str, str | None]:
    """The rule and a detail free of input values for an exception raised while reading or
    checking one record: the input's own rule for an ``InputError``, ``input.limit`` for input
    nested or sized beyond what the interpreter can hold, else ``internal.error`` with the kind of
    exception and the place in the validator's code (enough to report it; the message is never
    used, because it may quote the value)."""
    if isinstance(error, InputError):
        return error.rule, error.detail
    if isinstance(error, RecursionError):
        return "input.limit", "nested too deeply to check"
    if isinstance(error, MemoryError):
        return "input.limit", "needs more memory than the validator has"
    return "internal.error", _where(error)


def _where(error: BaseException) -> str:
    """``ValueError in kll.validation.rdf_mapping._python_value (line 309)``: the innermost frame of
    the validator's own code."""
    name = type(error).__name__
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        parts = Path(frame.filename).parts
        if "kll" in parts:
            start = len(parts) - 1 - parts[::-1].index("kll")
            module = ".".join(parts[start:]).removesuffix(".py")
            return f"{name} in {module}.{frame.name} (line {frame.lineno})"
    return name


def _failed(out: list, error: BaseException, file: str, position: int | None, base: str | None, focus_node: str | None,
            suffix: str = "", *, line: int | None = None) -> None:
    """A finding for ``error`` on the record at this place (see ``failure``)."""
    rule, detail = failure(error)
    place = _place(file, position, base, focus_node, suffix)
    out.append((rule, _INPUT, place[0], place[1], place[2], line, *place[4:], detail))


class _Deferred(Exception):
    """Raised by a check that reads the dataset while the dataset is not known yet."""


class _NoDataset:
    """The dataset of ``validate_chunk``: the model's answers, and for anything about other records
    a signal to leave the check to ``resolve``."""

    def __init__(self, is_a, reference_slots) -> None:
        self.is_a, self.reference_slots = is_a, reference_slots

    def get(self, *args, **kwargs):
        raise _Deferred

    def record(self, *args, **kwargs):
        raise _Deferred

    def __getattr__(self, name):  # duplicates, by_id, ...
        raise _Deferred


class _Engine:
    """Everything compiled or loaded once per process: the model index, the JSON Schema validators,
    the checks of each class and the way to walk its nested objects."""

    def __init__(self, root: Path | None) -> None:
        self.root = root
        self.index: ModelIndex = model_index(root)
        self.structural = structural_validator(root)
        self.checks = list(registry().values())
        self._plans: dict[str, tuple] = {}
        self._record_classes: dict[tuple, str | None] = {}
        self._reference_slots: dict[str, list] = {}
        self._indexed: dict[str, bool] = {}
        self._identity_keys: dict[str, tuple] = {}
        self._validators: dict[str, Any] = {}
        self._record_class_names: dict[Any, bool] = {}
        self._descendants: dict[str, list[str]] | None = None
        self._relevant: dict[str, bool] = {}
        self.no_dataset = _NoDataset(self.index.is_a, self.reference_slots)

    # --- compiled once per class ------------------------------------------------------------------

    def validator(self, class_name: str):
        found = self._validators.get(class_name)
        if found is None:
            found = self._validators[class_name] = self.structural.validator(class_name)
        return found

    def plan(self, class_name: str) -> tuple:
        """(checks as (rule, function) in registry order, {object slot: (escaped name, range)}), the
        slots only where some check could apply to an object in them."""
        found = self._plans.get(class_name)
        if found is None:
            info = self.index.classes.get(class_name)
            nested = {} if info is None else {
                name: (pointer_token(name), slot.range) for name, slot in info.slots.items()
                if slot.kind == "object" and any(self._checked(c) for c in self._kinds(slot.range))
            }
            found = self._plans[class_name] = (self._checks_of(class_name), nested)
        return found

    def _checks_of(self, class_name: str) -> tuple:
        return tuple((c.rule, c.function) for c in self.checks if self.index.is_a(class_name, c.applies_to))

    def _kinds(self, class_name: str) -> list[str]:
        """A class and its descendants: what an object in a slot of this range can be."""
        if self._descendants is None:
            self._descendants = {}
            for name, info in self.index.classes.items():
                for ancestor in info.ancestors:
                    self._descendants.setdefault(ancestor, []).append(name)
        return self._descendants.get(class_name) or [class_name]

    def _checked(self, class_name: str) -> bool:
        """Whether a check applies to objects of the class or to objects nested in them."""
        found = self._relevant.get(class_name)
        if found is None:
            self._relevant[class_name] = True  # while deciding (a cycle): assume so, which is safe
            info = self.index.classes.get(class_name)
            found = bool(self._checks_of(class_name)) or (info is not None and any(
                slot.kind == "object" and any(self._checked(c) for c in self._kinds(slot.range)) for slot in info.slots.values()
            ))
            self._relevant[class_name] = found
        return found

    def record_class(self, container: str, declared: Any) -> str | None:
        try:
            return self._record_classes[(container, declared)]
        except KeyError:
            found = self._record_classes[(container, declared)] = self.index.record_class(container, declared)
            return found
        except TypeError:  # an unhashable type value
            return self.index.record_class(container, declared)

    def reference_slots(self, class_name: str) -> list:
        found = self._reference_slots.get(class_name)
        if found is None:
            found = self._reference_slots[class_name] = self.index.reference_slots(class_name)
        return found

    def is_indexed(self, class_name: str) -> bool:
        """Whether records of a class are kept whole for other records' checks."""
        found = self._indexed.get(class_name)
        if found is None:
            found = self._indexed[class_name] = any(self.index.is_a(class_name, c) for c in INDEXED_CLASSES)
        return found

    def identity_keys(self, class_name: str) -> tuple:
        """The keys of a record that the identity rules read."""
        found = self._identity_keys.get(class_name)
        if found is None:
            keys = ["id", "deprecated", *(slot for slot, _, _ in self.reference_slots(class_name))]
            keys += [slot for (holder, slot) in NESTED_WITH_REFERENCES if self.index.is_a(class_name, holder)]
            found = self._identity_keys[class_name] = tuple(dict.fromkeys(keys))
        return found

    def is_record_class(self, declared: Any) -> bool:
        try:
            return self._record_class_names[declared]
        except KeyError:
            found = self._record_class_names[declared] = self.index.is_record_class(declared)
            return found
        except TypeError:  # an unhashable type value
            return False

    def is_valid(self, record: Any, class_name: str) -> bool:
        return self.validator(class_name).is_valid(record)

    def bind(self, dataset: IdentifierIndex) -> IdentifierIndex:
        return dataset.bind(self.index.is_a, self.reference_slots, self.is_valid)

    # --- one record -------------------------------------------------------------------------------

    def check(self, out: list, deferred: list | None, file: str, position: int | None, base: str | None, class_name: str,
              data: dict, dataset, structural: bool, rules: bool, focus_node: str | None = None) -> None:
        """The structural and rules stages on one record. ``base`` is the record's JSON Pointer in its
        file (None for records read from RDF, placed by ``focus_node``); findings go to ``out`` and,
        when ``dataset`` is ``no_dataset``, the checks that need other records to ``deferred``."""
        valid = None
        if structural:
            try:
                validator = self._validators.get(class_name) or self.validator(class_name)
                valid = validator.is_valid(data)
                if not valid:
                    found = [
                        (error.rule, _STRUCTURAL, *_place(file, position, base, focus_node, error.pointer), self._safe_detail(class_name, error.pointer, error.detail))
                        for error in self.structural.errors(data, class_name)
                    ]
                    out.extend(found)
            except Exception as error:  # one record's failure is its finding; the run goes on
                valid = None
                _failed(out, error, file, position, base, focus_node, line=position + 1 if base == "" and position is not None else None)
        if rules:
            try:
                self._visit(_Walk(out, deferred, file, position, base, focus_node, data, class_name, dataset, valid), data, class_name, "")
            except Exception as error:
                _failed(out, error, file, position, base, focus_node, line=position + 1 if base == "" and position is not None else None)

    def _visit(self, walk: "_Walk", obj: dict, class_name: str, pointer: str) -> None:
        checks, nested = self._plans.get(class_name) or self.plan(class_name)
        if checks:
            context = Context(class_name, walk.base + pointer if walk.base else pointer, walk.dataset)
            waiting = None
            for rule, function in checks:
                try:
                    result = function(obj, context)
                    if not result:
                        continue
                    hits = list(result)
                except _Deferred:
                    waiting = [rule] if waiting is None else waiting + [rule]
                    continue
                except Exception as error:
                    # Checks assume values of the right JSON type. On a record the JSON Schema
                    # rejects, that is the finding; anywhere else the crash is a finding of its
                    # own on this object, and the other checks still run.
                    if isinstance(error, _WRONG_TYPE) and self._invalid(walk):
                        continue
                    _failed(walk.out, error, walk.file, walk.position, walk.base, walk.focus_node, pointer,
                            line=walk.position + 1 if walk.base == "" and walk.position is not None else None)
                    continue
                for hit in hits:
                    walk.out.append((rule, _RULES, *_place(walk.file, walk.position, walk.base, walk.focus_node, pointer + hit.pointer), hit.detail))
            if waiting is not None:
                if walk.valid is None:
                    self._invalid(walk)
                if IDENTITY_RULES.issuperset(waiting):
                    payload = {key: obj[key] for key in self.identity_keys(class_name) if key in obj}
                else:
                    payload = obj
                walk.deferred.append((walk.file, walk.position, walk.base, walk.focus_node, pointer, class_name, payload, tuple(waiting), walk.record_class, walk.valid))
        if nested:
            for key in obj:
                if key not in nested:
                    continue
                value = obj[key]
                escaped, range_class = nested[key]
                if isinstance(value, list):
                    for index, element in enumerate(value):
                        if isinstance(element, dict):
                            declared = element.get("type")
                            element_class = range_class if declared is None else (self.record_class(range_class, declared) or range_class)
                            self._visit(walk, element, element_class, f"{pointer}/{escaped}/{index}")
                elif isinstance(value, dict):
                    declared = value.get("type")
                    element_class = range_class if declared is None else (self.record_class(range_class, declared) or range_class)
                    self._visit(walk, value, element_class, f"{pointer}/{escaped}")

    def _invalid(self, walk: "_Walk") -> bool:
        """Whether the JSON Schema rejects the record being walked (decided once per record)."""
        if walk.valid is None:
            try:
                walk.valid = self.validator(walk.record_class).is_valid(walk.record)
            except Exception:  # the schema cannot tell: the crash of a check is then reported
                walk.valid = True
        return walk.valid is False

    def run_deferred(self, out: list, item: tuple, dataset) -> None:
        """The checks ``validate_chunk`` left for ``resolve``, now that the dataset is known."""
        file, position, base, focus_node, pointer, class_name, obj, waiting, record_class, valid = item
        functions = dict(self.plan(class_name)[0])
        context = Context(class_name, (base or "") + pointer, dataset)
        for rule in waiting:
            try:
                result = functions[rule](obj, context)
                hits = list(result) if result else ()
            except Exception as error:
                if isinstance(error, _WRONG_TYPE) and valid is False:
                    continue
                _failed(out, error, file, position, base, focus_node, pointer,
                        line=position + 1 if base == "" and position is not None else None)
                continue
            for hit in hits:
                out.append((rule, _RULES, *_place(file, position, base, focus_node, pointer + hit.pointer), hit.detail))

    def _safe_detail(self, class_name: str, pointer: str, detail: "Detail | str | None") -> "Detail | str | None":
        """Drop technical details of personal-data slots: a pattern note could hint at the value."""
        if detail is None:
            return None
        slot_name = pointer.rsplit("/", 1)[-1]
        info = self.index.classes.get(class_name)
        slot = info.slots.get(slot_name) if info else None
        return None if slot is not None and slot.personal_data else detail

    # --- records of JSON Lines (or of a chunk) ----------------------------------------------------

    def placed(self, out: list | None, file: str, line: int, record: Any, class_name: str | None) -> str | None:
        """The class of a record read from a line, or None (with the finding, if ``out`` is given)."""
        position = line - 1
        if isinstance(record, InputError):
            if out is not None:
                out.append((record.rule, _INPUT, file, position, None, record.line, record.column, None, None, record.detail))
            return None
        if class_name is None:
            declared = record.get("type") if isinstance(record, dict) else None
            class_name = declared if self.is_record_class(declared) else None
            if class_name is None:
                if out is not None:
                    out.append(("record.class-unknown", _STRUCTURAL, file, position, "", line, None, None, None, None))
                return None
        if not isinstance(record, dict):
            if out is not None:
                out.append(("record.not-an-object", _STRUCTURAL, file, position, "", line, None, None, None, None))
            return None
        return class_name

    def index_lines(self, file: str, lines: Iterable[tuple[int, Any]], class_name: str | None, part: IndexPart | None = None) -> IndexPart:
        """Pass 1 over lines: every record's identifier and class."""
        part = IndexPart() if part is None else part
        names = self._record_class_names
        try:
            for line, record in lines:
                if type(record) is dict and class_name is None and type(declared := record.get("type")) is str and names.get(declared):
                    found = declared  # the common case, decided as ``placed`` decides it
                else:
                    found = self.placed(None, file, line, record, class_name)
                    if found is None:
                        continue
                try:
                    identifier = record.get("id")
                    if isinstance(identifier, str):
                        entry = IndexedRecord(found, file, line - 1, "", record) if self.is_indexed(found) else None
                        part.add(identifier, found, entry)
                except Exception:  # pass 2 reports the record's failure where it checks it
                    continue
        except InputError:
            raise
        except Exception:  # the reader failed: pass 2 meets the same failure and reports it
            pass
        return part

    def check_lines(self, result: ChunkResult, lines: Iterable[tuple[int, Any]], class_name: str | None, dataset, defer: bool) -> None:
        """Pass 2 over lines: the stages on every record."""
        stages = result.stages
        structural, rules, semantic = _STRUCTURAL in stages, _RULES in stages, _SEMANTIC in stages
        out, file = result.findings, result.source
        deferred = result.deferred if defer else None
        part = result.identifiers
        batch = SemanticBatch(self.index, out, file) if semantic else None
        check = self.check
        names = self._record_class_names
        try:
            for line, record in lines:
                if type(record) is dict and class_name is None and type(declared := record.get("type")) is str and names.get(declared):
                    found = declared  # the common case, decided as ``placed`` decides it
                else:
                    found = self.placed(out, file, line, record, class_name)
                    if found is None:
                        continue
                position = line - 1
                result.records += 1
                if part is not None:
                    try:
                        identifier = record.get("id")
                        if isinstance(identifier, str):
                            part.add(identifier, found, IndexedRecord(found, file, position, "", record) if self.is_indexed(found) else None)
                    except Exception as error:
                        _failed(out, error, file, position, "", None, line=line)
                if structural or rules:
                    check(out, deferred, file, position, "", found, record, dataset, structural, rules)
                if batch is not None:
                    batch.add(record, found, position, "", line=line)
        except InputError:
            raise  # the chunk could not be read: the caller reports it as the input's error
        except Exception as error:  # the reader failed: what it read is still checked and reported
            _failed(out, error, file, None, None, None)
        if batch is not None:
            batch.flush()
            result.targeted += batch.targeted


class _Walk:
    """One record on its way through the rules stage."""

    __slots__ = ("out", "deferred", "file", "position", "base", "focus_node", "record", "record_class", "dataset", "valid")

    def __init__(self, out, deferred, file, position, base, focus_node, record, record_class, dataset, valid) -> None:
        self.out, self.deferred, self.file, self.position, self.base = out, deferred, file, position, base
        self.focus_node, self.record, self.record_class, self.dataset, self.valid = focus_node, record, record_class, dataset, valid


def _place(file: str, position: int | None, base: str | None, focus_node: str | None, suffix: str) -> tuple:
    """(file, record, pointer, line, column, focus node, path) of a finding inside a record."""
    if base is None:
        return (file, position, None, None, None, focus_node, suffix.lstrip("/") or None)
    return (file, position, base + suffix, None, None, None, None)


class SemanticBatch:
    """Records on their way to the SHACL stage, ``CHUNK_SIZE`` to a graph.

    A record that cannot be mapped to RDF is a finding of its own and left out of the graph; a
    graph on which the stage fails is checked again record by record, so the failure becomes a
    finding on the record that caused it while the others keep theirs. With the fast engine the
    chunk is evaluated on the records themselves (:mod:`.shaclview`) unless the view hands it back
    (records that meet in the graph); ``KLL_SHACL_VIEW=off`` always builds the graph."""

    def __init__(self, index: ModelIndex, out: list, file: str) -> None:
        self.index, self.out, self.file = index, out, file
        self.targeted = 0
        self._view = shacl_view(index)
        self._pending: list[tuple] = []

    def add(self, record: dict, class_name: str, position: int | None, pointer: str, *, line: int | None = None) -> None:
        walked = None
        try:
            if self._view is None:
                raise LookupError  # no view: map the record as the graph would
            walked = self._view.record(record, class_name, pointer)
        except Exception:
            try:
                self._new_mapper().add_record(record, class_name, record_index=position, pointer=pointer)
            except Exception as error:
                self.targeted += 1  # a record of a model class: never "nothing targeted" because of it
                _failed(self.out, error, self.file, position, pointer, None, line=line)
                return
        self._pending.append((record, class_name, position, pointer, line, walked))
        if len(self._pending) >= CHUNK_SIZE:
            self.flush()

    def flush(self) -> None:
        pending = self._pending
        self._pending = []
        if not pending:
            return
        if self._view is not None:
            if all(item[5] is not None for item in pending):
                viewed = self._view.findings([(item[5], item[2]) for item in pending], self.file)
                if viewed is not None:
                    self.out.extend(viewed[0])
                    self.targeted += viewed[1]
                    return
            else:  # a record the view could not read: the whole chunk goes through the graph
                self._view.stats["triples"] += 1
        mapper = self._new_mapper()
        for record, class_name, position, pointer, _, _ in pending:
            mapper.add_record(record, class_name, record_index=position, pointer=pointer)
        found: list = []
        try:
            self.targeted += _semantic(self.index, found, self.file, mapper.graph, mapper.origins)
        except Exception as error:
            found = []
            if len(pending) == 1:
                _, _, position, pointer, line, _ = pending[0]
                self.targeted += 1
                _failed(found, error, self.file, position, pointer, None, line=line)
            else:
                for record, class_name, position, pointer, line, _ in pending:
                    one = self._new_mapper()
                    try:
                        one.add_record(record, class_name, record_index=position, pointer=pointer)
                        alone: list = []
                        self.targeted += _semantic(self.index, alone, self.file, one.graph, one.origins)
                        found.extend(alone)
                    except Exception as single:
                        self.targeted += 1
                        _failed(found, single, self.file, position, pointer, None, line=line)
        self.out.extend(found)

    def _new_mapper(self):
        from .rdf_mapping import JsonToRdf

        return JsonToRdf(self.index, graph=_data_graph())


#: ``KLL_SHACL_VIEW``: ``off`` evaluates the shapes on the graph the mapping builds (the triple
#: path the view is tested against); anything else, or nothing, on the records (the view).
VIEW_VARIABLE = "KLL_SHACL_VIEW"
_VIEWS: dict = {}


def shacl_view(index: ModelIndex):
    """The SHACL view of this process for the model ``index``, or None when the triple path runs
    (the pyshacl engine, or ``KLL_SHACL_VIEW=off``)."""
    import os

    from .semantic import default_engine, semantic_validator

    if os.environ.get(VIEW_VARIABLE, "").strip().lower() == "off" or default_engine() != "fast":
        return None
    found = _VIEWS.get(id(index))
    if found is None or found[0] is not index:
        from .shaclview import ShaclView

        found = _VIEWS[id(index)] = (index, ShaclView(index, semantic_validator()._compiled))
    return found[1]


def semantic_graph(index: ModelIndex, out: list, file: str, graph) -> int:
    """The SHACL stage on a graph read from an RDF file. Its nodes cannot be told apart once the
    stage has failed, so a failure is one finding on the file; the other stages' findings stand."""
    found: list = []
    try:
        targeted = _semantic(index, found, file, graph, {})
    except Exception as error:
        found = []
        _failed(found, error, file, None, None, None)
        try:
            from .semantic import semantic_validator

            targeted = semantic_validator().targeted(graph)
        except Exception:
            targeted = 1  # unknown: never claim that nothing was targeted
    out.extend(found)
    return targeted


def _semantic(index: ModelIndex, out: list, file: str, graph, origins: dict) -> int:
    """The SHACL stage on one graph: findings to ``out``; returns how many nodes were targeted."""
    from .shaclview import slot_suffix  # shaclview needs rdflib: imported when SHACL runs

    from .semantic import semantic_validator

    validator = semantic_validator()
    targeted = validator.targeted(graph)
    for node in validator.untargeted_typed_nodes(graph):
        out.append(("semantic.unknown-class", _SEMANTIC, file, None, None, None, None, str(node), None, None))
    for hit in validator.validate(graph):
        origin = origins.get(hit.focus_node)
        suffix = slot_suffix(index, origin.class_name if origin else None, hit)
        if origin is not None:
            out.append((hit.rule, _SEMANTIC, file, origin.record, origin.pointer + suffix, None, None, None, None, None))
        else:
            out.append((hit.rule, _SEMANTIC, file, None, None, None, None, str(hit.focus_node), str(hit.path) if hit.path is not None else None, None))
    return targeted


def _data_graph():
    """Where the SHACL stage's data graph is built: the fast engine's own index when it runs
    (no rdflib store in between), else an rdflib Graph for pyshacl."""
    from .semantic import default_engine

    if default_engine() == "fast":
        from .fastshacl import SpoGraph

        return SpoGraph()
    from rdflib import Graph

    return Graph()


_ENGINES: dict = {}


def _engine(root: Path | None = None) -> _Engine:
    """The engine of this process (one per repository root)."""
    found = _ENGINES.get(root)
    if found is None:
        found = _ENGINES[root] = _Engine(root)
    return found


# --- collecting findings ---------------------------------------------------------------------------


class _Collector:
    """Turns raw findings into the report's: deduplicated, with the catalogue's severity and messages."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.seen: set = set()
        #: The findings on disk once there are more than ``SPILL_FINDINGS`` (``findings_store``).
        self.spilled = None
        self._may_spill = True

    def add(self, rule: str, stage: Stage, location: Location, detail: str | None = None, severity: Severity | None = None) -> None:
        # the path as well: RDF findings have no pointer and name the property by its path
        key = (rule, location.file, location.record, location.pointer, location.focus_node, location.path)
        if self.spilled is None:
            if key in self.seen:
                return
            self.seen.add(key)
        known = catalogue().get(rule)
        if known is None:
            message_en = message_sv = f"Rule {rule}."
            rule_severity = severity or Severity.VIOLATION
        else:
            message_en, message_sv, rule_severity = known.message_en, known.message_sv, severity or known.severity
        finding = Finding(rule, rule_severity, stage, location, message_en, message_sv, detail)
        if self.spilled is not None:
            self.spilled.add(finding, key)
            return
        self.report.findings.append(finding)
        if self._may_spill and len(self.report.findings) > findings_store.SPILL_FINDINGS:
            self._spill()

    def _spill(self) -> None:
        """Move the findings to disk; where the disk cannot take them they stay in memory."""
        self._may_spill = False
        try:
            spilled = findings_store.SpilledFindings()
            for finding in self.report.findings:
                loc = finding.location
                spilled.add(finding, (finding.rule, loc.file, loc.record, loc.pointer, loc.focus_node, loc.path))
        except (OSError, sqlite3.Error):
            return
        self.spilled, self.report.findings, self.seen = spilled, spilled, set()

    def extend(self, raw: Iterable[tuple]) -> None:
        for rule, stage, file, record, pointer, line, column, focus_node, path, detail in raw:
            self.add(rule, Stage(stage), Location(file, record, pointer, line, column, focus_node, path), detail)

    def finish(self, targeted: dict[str, int | None], checked: dict[str, bool]) -> Report:
        """File-level findings, then the report in its stable order."""
        report = self.report
        if Stage.SEMANTIC in report.stages:
            for file, count in targeted.items():
                # "Conforms" over data in which no shape targeted a node is not a pass: typically
                # RDF typed with another vocabulary's classes.
                if checked.get(file) and not count:
                    self.add("semantic.nothing-targeted", Stage.SEMANTIC, Location(file))
        if not report.records and not report.findings:
            self.add("input.empty", Stage.INPUT, Location(", ".join(report.files)))
        if self.spilled is None:  # findings on disk are sorted as they are read
            report.findings = report.sorted()
        return report


# --- the scale-out API ---------------------------------------------------------------------------


def validate_chunk(
    records: Iterable[Any],
    class_name: str | None = None,
    *,
    stages: Iterable[Stage | str] = (Stage.STRUCTURAL, Stage.RULES),
    source: str = "records",
    first: int = 0,
    dataset: IdentifierIndex | None = None,
    root: Path | None = None,
) -> ChunkResult:
    """Validate one chunk of records, with no shared state: a pure function of its arguments.

    ``records`` are parsed records (dicts) or raw JSON lines (``str`` or ``bytes``, parsed as
    ``kll validate`` parses JSON Lines). ``source`` names where they come from and ``first`` is the
    0-based position of the first of them there, so findings carry the file and record (line − 1)
    that ``validate`` would give. Each record's class is ``class_name`` or its ``type``.

    Without ``dataset``, the checks that need other records (unique identifiers, references,
    records read by other records' rules) are left in the result for ``resolve``, with the
    identifiers of the chunk. With a ``dataset`` (an index of all records, as ``validate`` builds
    in its first pass) they run here and the result needs no resolving beyond merging.
    """
    chosen = tuple(Stage(s).value for s in stages)
    engine = _engine(root)
    if class_name is not None and not engine.index.is_record_class(class_name):
        raise UsageError(f"{class_name!r} is not a class that records can have")
    result = ChunkResult(source, chosen, identifiers=IndexPart() if dataset is None else None)
    lines = _numbered(records, first)
    engine.check_lines(result, lines, class_name, engine.no_dataset if dataset is None else engine.bind(dataset), defer=dataset is None)
    return result


def _numbered(records: Iterable[Any], first: int) -> Iterator[tuple[int, Any]]:
    for position, record in enumerate(records, start=first):
        if isinstance(record, str):
            record = record.encode("utf-8", "surrogatepass")
        if isinstance(record, (bytes, bytearray)):
            raw = bytes(record)
            newline = raw.endswith(b"\n")
            record = parse_json_line(raw[:-1] if newline else raw, position + 1, newline)
            if record is BLANK:
                continue
        yield position + 1, record


def build_index(results: Iterable[ChunkResult | IndexPart], *, root: Path | None = None) -> IdentifierIndex:
    """The index of every record's identifier from the results of ``validate_chunk`` (in file
    order), for the two-phase way: ``validate_chunk(..., stages=())`` over every chunk first (it only
    collects identifiers), then ``validate_chunk(..., dataset=index)``: memory then holds the index
    (14 bytes a record) instead of what ``resolve`` keeps for the dataset-level rules."""
    builder = IndexBuilder()
    for result in results:
        part = result.identifiers if isinstance(result, ChunkResult) else result
        if part is None:
            raise ValueError("a chunk checked against a dataset has no identifiers to index")
        builder.add_part(part)
    return _engine(root).bind(builder.finish())


def resolve(results: Iterable[ChunkResult], *, root: Path | None = None, profile: str | None = None) -> Report:
    """One report from the results of every chunk, in file order: the dataset-level rules run here.

    Chunks of one file must come in order (their findings are sorted anyway; the order decides only
    which of two definitions of an identifier counts as the first). ``profile`` as for
    ``validate``: the rules only a profile turns on are reported for that profile only. Dates are
    judged against the reference date in force (``using_reference_date``, else today), which the
    report names.
    """
    results = list(results)
    engine = _engine(root)
    files = list(dict.fromkeys(r.source for r in results))
    stages = set().union(*(r.stages for r in results)) if results else set(s.value for s in (Stage.STRUCTURAL, Stage.RULES))
    report = Report(files=files, stages=[s for s in ALL_STAGES if s.value in stages], reference_date=reference_date().isoformat())
    collector = _Collector(report)
    dataset = build_index(results, root=root) if any(r.deferred for r in results) else None
    targeted: dict[str, int] = {}
    checked: dict[str, bool] = {}
    for r in results:
        report.records += r.records
        collector.extend(r.findings)
        if r.deferred:
            found: list[tuple] = []
            for item in r.deferred:
                engine.run_deferred(found, item, dataset)
            collector.extend(found)
        targeted[r.source] = targeted.get(r.source, 0) + r.targeted
        checked[r.source] = checked.get(r.source, False) or r.records > 0
    return _without_hidden_rules(collector.finish(targeted, checked), profile)


def _without_hidden_rules(report: Report, profile: str | None) -> Report:
    """``report`` without the findings of rules that only another profile turns on."""
    hidden = hidden_rules(profile)
    if hidden:
        report.findings = findings_store.keep_findings(report.findings, lambda f: f.rule not in hidden)
    return report


# --- kept for other modules ------------------------------------------------------------------------


def _walk(index: ModelIndex, obj: dict, class_name: str, pointer: str) -> Iterator[tuple[str, dict, str]]:
    """Every object in a record with its class: the record itself and its nested value objects."""
    yield class_name, obj, pointer
    info = index.classes.get(class_name)
    if info is None:
        return
    for key, value in obj.items():
        slot = info.slots.get(key)
        if slot is None or slot.kind != "object":
            continue
        values = value if isinstance(value, list) else [value]
        for position, nested in enumerate(values):
            if not isinstance(nested, dict):
                continue
            nested_class = index.record_class(slot.range, nested.get("type")) or slot.range
            step = f"{pointer}/{pointer_token(key)}" + (f"/{position}" if isinstance(value, list) else "")
            yield from _walk(index, nested, nested_class, step)
