"""Validate files in layers and return one report: the Python API behind ``kll validate``.

    from kll.validate import validate
    report = validate(["events.jsonl", "providers.yaml"])
    report.conformant          # zero violations, at least one record checked
    report.sorted()            # findings in a stable order

Files given together form one dataset: references may point from one file into another, and
identifiers must be unique across all of them. The work happens in two passes — an index of every
record's identifier and class, then the stages — so JSON Lines input is streamed twice and never
held in memory as a whole.

Stages: ``structural`` (JSON Schema), ``semantic`` (SHACL on the RDF mapping, in chunks) and
``rules`` (Python checks). RDF input (Turtle, JSON-LD) skips the structural stage: it has no JSON
form to check; it is mapped back to JSON for the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .catalogue import catalogue
from .checks import INDEXED_CLASSES, Context, Dataset, IndexedRecord, registry
from .loaders import InputError, detect_format, iter_json_lines, read_document, read_graph
from .modelindex import ModelIndex, model_index
from .rdf_mapping import JsonToRdf, RdfToJson, _escape
from .report import Finding, Location, Report, Stage
from .semantic import semantic_validator
from .severity import Severity
from .structural import structural_validator

__all__ = ["validate", "ALL_STAGES", "Item"]

ALL_STAGES = (Stage.STRUCTURAL, Stage.SEMANTIC, Stage.RULES)
RDF_FORMATS = {"turtle", "jsonld"}
CHUNK_SIZE = 250


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
class _Run:
    index: ModelIndex
    stages: tuple[Stage, ...]
    report: Report
    dataset: Dataset
    progress: Callable[[int], None] | None
    seen: set = field(default_factory=set)

    def add(self, rule: str, stage: Stage, location: Location, detail: str | None = None, severity: Severity | None = None) -> None:
        key = (rule, location.file, location.record, location.pointer, location.focus_node)
        if key in self.seen:
            return
        self.seen.add(key)
        known = catalogue().get(rule)
        if known is None:
            message_en = message_sv = f"Rule {rule}."
            rule_severity = severity or Severity.VIOLATION
        else:
            message_en, message_sv, rule_severity = known.message_en, known.message_sv, severity or known.severity
        self.report.findings.append(Finding(rule, rule_severity, stage, location, message_en, message_sv, detail))


def validate(
    paths: Sequence[str | Path],
    *,
    class_name: str | None = None,
    stages: Iterable[Stage | str] = ALL_STAGES,
    input_format: str | None = None,
    progress: Callable[[int], None] | None = None,
    root: Path | None = None,
) -> Report:
    """Validate files together; see the module docstring. Never raises for bad input."""
    index = model_index(root)
    chosen = tuple(Stage(s) for s in stages)
    report = Report(files=[str(p) for p in paths], stages=[s for s in ALL_STAGES if s in chosen])
    dataset = Dataset(is_a=index.is_a, reference_slots=index.reference_slots, well_formed=lambda record, name: structural_validator().is_valid(record, name))
    run = _Run(index, chosen, report, dataset, progress)
    if class_name is not None and not index.is_record_class(class_name):
        raise ValueError(f"{class_name!r} is not a class that records can have")

    sources = []
    for raw in paths:
        path = Path(raw)
        try:
            fmt = detect_format(path, input_format)
            source = _Source(path, fmt, class_name, run)
            source.index_pass()
            sources.append(source)
        except InputError as error:
            run.add(error.rule, Stage.INPUT, Location(str(path), line=error.line, column=error.column), error.detail)
    for source in sources:
        source.stage_pass()
    if not report.records and not report.findings:
        run.add("input.empty", Stage.INPUT, Location(", ".join(report.files)))
    report.findings = report.sorted()
    return report


class _Source:
    """One input file: yields its items in both passes."""

    def __init__(self, path: Path, fmt: str, class_name: str | None, run: _Run) -> None:
        self.path, self.fmt, self.class_name, self.run = path, fmt, class_name, run
        self.file = str(path)
        self.items: list[Item] | None = None
        self.graph = None
        self.targeted = 0  # nodes of this file's RDF that some shape targeted
        self.records = 0

    # --- pass 1 ---------------------------------------------------------------------------------

    def index_pass(self) -> None:
        if self.fmt in RDF_FORMATS:
            self.graph = read_graph(self.path, self.fmt)
            self.items = list(self._graph_items())
        elif self.fmt == "jsonl":
            self._index_all(self._jsonl_items(report_errors=False))
            return
        else:
            self.items = list(self._document_items(read_document(self.path, self.fmt)))
        self._index_all(self.items)

    def _index_all(self, items: Iterable[Item]) -> None:
        for item in items:
            identifier = item.data.get("id")
            if isinstance(identifier, str):
                keep = item.data if _is_indexed(self.run.index, item.class_name) else None
                self.run.dataset.add(identifier, IndexedRecord(item.class_name, item.file, item.index if item.index is not None else -1, item.pointer or "", keep))

    # --- pass 2 ---------------------------------------------------------------------------------

    def stage_pass(self) -> None:
        run = self.run
        items = self.items if self.items is not None else self._jsonl_items(report_errors=True)
        mapper = JsonToRdf(run.index) if Stage.SEMANTIC in run.stages and self.graph is None else None
        in_chunk = 0
        for item in items:
            run.report.records += 1
            self.records += 1
            if run.progress:
                run.progress(1)
            if Stage.STRUCTURAL in run.stages and self.graph is None:
                self._structural(item)
            if Stage.RULES in run.stages:
                self._rules(item)
            if mapper is not None:
                mapper.add_record(item.data, item.class_name, record_index=item.index, pointer=item.pointer or "")
                in_chunk += 1
                if in_chunk >= CHUNK_SIZE:
                    self._semantic(mapper.graph, mapper.origins)
                    mapper, in_chunk = JsonToRdf(run.index), 0
        if mapper is not None and in_chunk:
            self._semantic(mapper.graph, mapper.origins)
        if Stage.SEMANTIC in run.stages and self.graph is not None:
            self._semantic(self.graph, {})
        checked_something = len(self.graph) > 0 if self.graph is not None else self.records > 0
        if Stage.SEMANTIC in run.stages and checked_something and not self.targeted:
            # "Conforms" over data in which no shape targeted a node is not a pass: typically RDF
            # typed with another vocabulary's classes.
            run.add("semantic.nothing-targeted", Stage.SEMANTIC, Location(self.file))

    # --- items from each kind of input ------------------------------------------------------------

    def _document_items(self, document) -> Iterator[Item]:
        run, index = self.run, self.run.index
        if self.class_name is not None:
            records = document if isinstance(document, list) else [document]
            for position, record in enumerate(records):
                pointer = f"/{position}" if isinstance(document, list) else ""
                yield from self._placed(record, self.class_name, position if isinstance(document, list) else None, pointer)
            return
        if isinstance(document, dict) and "type" in document and not (set(document) & set(index.containers)):
            declared = document.get("type")
            if index.is_record_class(declared):
                yield from self._placed(document, declared, None, "")
            else:
                run.add("record.class-unknown", Stage.STRUCTURAL, Location(self.file, pointer="/type"))
            return
        if document is None or document == [] or document == {}:
            return  # nothing to validate: reported once as input.empty
        if not isinstance(document, dict):
            run.add("record.class-unknown", Stage.STRUCTURAL, Location(self.file, pointer=""))
            return
        for key, value in document.items():
            if key == "conforms_to_model_version":
                if value != index.model_version:
                    run.add("package.model-version", Stage.STRUCTURAL, Location(self.file, pointer="/conforms_to_model_version"), f"this is model {index.model_version}")
                continue
            container = index.containers.get(key)
            if container is None:
                run.add("package.unknown-key", Stage.STRUCTURAL, Location(self.file, pointer=f"/{_escape(key)}"))
                continue
            if not isinstance(value, list):
                run.add("package.not-a-list", Stage.STRUCTURAL, Location(self.file, pointer=f"/{_escape(key)}"))
                continue
            for position, record in enumerate(value):
                yield from self._placed(record, container, position, f"/{_escape(key)}/{position}")

    def _placed(self, record, container: str, position: int | None, pointer: str) -> Iterator[Item]:
        run = self.run
        if not isinstance(record, dict):
            run.add("record.not-an-object", Stage.STRUCTURAL, Location(self.file, position, pointer))
            return
        class_name = run.index.record_class(container, record.get("type"))
        if class_name is None:
            run.add("record.type-unknown", Stage.STRUCTURAL, Location(self.file, position, f"{pointer}/type"))
            class_name = container
        yield Item(self.file, position, pointer, class_name, record)

    def _jsonl_items(self, report_errors: bool) -> Iterator[Item]:
        run = self.run
        for line, record in iter_json_lines(self.path):
            position = line - 1
            if isinstance(record, InputError):
                if report_errors:
                    run.add(record.rule, Stage.INPUT, Location(self.file, position, line=record.line, column=record.column), record.detail)
                continue
            if self.class_name is not None:
                class_name = self.class_name
            else:
                declared = record.get("type") if isinstance(record, dict) else None
                class_name = declared if run.index.is_record_class(declared) else None
                if class_name is None:
                    if report_errors:
                        run.add("record.class-unknown", Stage.STRUCTURAL, Location(self.file, position, "", line=line))
                    continue
            if not isinstance(record, dict):
                if report_errors:
                    run.add("record.not-an-object", Stage.STRUCTURAL, Location(self.file, position, "", line=line))
                continue
            yield Item(self.file, position, "", class_name, record)

    def _graph_items(self) -> Iterator[Item]:
        for position, (class_name, record) in enumerate(RdfToJson(self.run.index).records(self.graph)):
            yield Item(self.file, None, None, class_name, record, focus_node=record.get("id"))

    # --- stages -----------------------------------------------------------------------------------

    def _location(self, item: Item, suffix: str = "") -> Location:
        if item.pointer is None:
            return Location(self.file, item.index, focus_node=item.focus_node, path=suffix.lstrip("/") or None)
        return Location(self.file, item.index, item.pointer + suffix)

    def _structural(self, item: Item) -> None:
        run = self.run
        for error in structural_validator().errors(item.data, item.class_name):
            run.add(error.rule, Stage.STRUCTURAL, self._location(item, error.pointer), self._safe_detail(item, error.pointer, error.detail))

    def _safe_detail(self, item: Item, pointer: str, detail: str | None) -> str | None:
        """Drop technical details of personal-data slots: a pattern note could hint at the value."""
        slot_name = pointer.rsplit("/", 1)[-1]
        info = self.run.index.classes.get(item.class_name)
        slot = info.slots.get(slot_name) if info else None
        return None if slot is not None and slot.personal_data else detail

    def _rules(self, item: Item) -> None:
        run = self.run
        for class_name, obj, pointer in _walk(run.index, item.data, item.class_name, ""):
            for check in _checks_for(run.index, class_name):
                context = Context(class_name, (item.pointer or "") + pointer, run.dataset)
                try:
                    hits = list(check(obj, context))
                except (TypeError, ValueError, AttributeError, KeyError, IndexError):
                    # Checks assume values of the right JSON type. On a record the JSON Schema
                    # rejects, that is the finding; anywhere else the crash is a bug to surface.
                    if structural_validator().is_valid(item.data, item.class_name):
                        raise
                    continue
                for hit in hits:
                    run.add(check.rule, Stage.RULES, self._location(item, pointer + hit.pointer), hit.detail)

    def _semantic(self, graph, origins: dict) -> None:
        run = self.run
        validator = semantic_validator()
        self.targeted += validator.targeted(graph)
        for node in validator.untargeted_typed_nodes(graph):
            run.add("semantic.unknown-class", Stage.SEMANTIC, Location(self.file, focus_node=str(node)))
        for hit in validator.validate(graph):
            origin = origins.get(hit.focus_node)
            suffix = _slot_suffix(run.index, origin.class_name if origin else None, hit)
            if origin is not None:
                location = Location(self.file, origin.record, origin.pointer + suffix)
            else:
                location = Location(self.file, focus_node=str(hit.focus_node), path=str(hit.path) if hit.path is not None else None)
            run.add(hit.rule, Stage.SEMANTIC, location)


def _slot_suffix(index: ModelIndex, class_name: str | None, hit) -> str:
    """The JSON Pointer step of a SHACL result: the slot of its path, or of its rule ID."""
    if class_name is not None and hit.path is not None:
        slot = index.classes[class_name].slot_by_uri.get(str(hit.path))
        if slot is not None:
            return "/" + _escape(slot.name)
        return "/" + _escape(str(hit.path).rsplit("/", 1)[-1])
    parts = hit.rule.split(".")
    if len(parts) == 3 and parts[2] not in {"identifier", "closed"}:
        return "/" + parts[1]
    return "/id" if hit.rule.endswith(".identifier") else ""


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
            step = f"{pointer}/{_escape(key)}" + (f"/{position}" if isinstance(value, list) else "")
            yield from _walk(index, nested, nested_class, step)


_INDEXED_BY_CLASS: dict[str, bool] = {}


def _is_indexed(index: ModelIndex, class_name: str) -> bool:
    """Whether records of a class are kept whole for other records' checks (decided once per class)."""
    found = _INDEXED_BY_CLASS.get(class_name)
    if found is None:
        found = _INDEXED_BY_CLASS[class_name] = any(index.is_a(class_name, c) for c in INDEXED_CLASSES)
    return found


_CHECKS_BY_CLASS: dict[str, list] = {}


def _checks_for(index: ModelIndex, class_name: str) -> list:
    found = _CHECKS_BY_CLASS.get(class_name)
    if found is None:
        found = _CHECKS_BY_CLASS[class_name] = [c for c in registry().values() if index.is_a(class_name, c.applies_to)]
    return found
