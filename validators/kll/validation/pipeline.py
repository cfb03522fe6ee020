"""``validate``: files in, one report out — the body of the public API :mod:`kll.validate`.

The work happens in two passes — an index of every record's identifier and class, then the
stages — so JSON Lines input is streamed twice and never held in memory as a whole. The index is
compact (``kll.validation.checks.index``: 14 bytes per record), so memory stays nearly flat as the
input grows. Each pass runs the engine (:mod:`.engine`) over chunks of the input, in this process
or, with ``jobs=N``, in ``N`` worker processes (:mod:`.parallel`). Users import from
:mod:`kll.validate`, whose docstring shows how.
"""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .checks import IndexedRecord
from .checks.base import parse_reference_date, using_reference_date
from .checks.index import IndexBuilder, IndexPart
from .engine import (
    _RULES, _SEMANTIC, _STRUCTURAL, ALL_STAGES, RDF_FORMATS, ChunkResult, Item, SemanticBatch, UsageError, _Collector,
    _engine, _Engine, _failed, _without_hidden_rules, failure, semantic_graph, shacl_view,
)
from .loaders import InputError, JsonLinesChunk, detect_format, plan_json_lines, read_document
from .rdf_input import read_rdf
from .parallel import Runner
from .report import Location, Report, Stage, pointer_token

__all__ = ["validate", "default_jobs", "PARALLEL_THRESHOLD"]

#: JSON Lines input from this size on is validated in parallel by default (``jobs=None``).
PARALLEL_THRESHOLD = 8 << 20


# --- validate(): files ---------------------------------------------------------------------------


def default_jobs(jsonl_bytes: int) -> int:
    """Workers for ``jobs=None``: every core for JSON Lines input of ``PARALLEL_THRESHOLD`` bytes or
    more, else one (the main process)."""
    if jsonl_bytes < PARALLEL_THRESHOLD:
        return 1
    return _cores()


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def validate(
    paths: Sequence[str | Path],
    *,
    class_name: str | None = None,
    stages: Iterable[Stage | str] = ALL_STAGES,
    input_format: str | None = None,
    progress: Callable[[int], None] | None = None,
    root: Path | None = None,
    jobs: int | None = None,
    start_method: str | None = None,
    profile: str | None = None,
    reference_date: "date | str | None" = None,
) -> Report:
    """Validate files together; see the module docstring. Never raises for bad input.

    Whatever goes wrong while one record is read or checked is a finding on that record (an
    ``input.*`` rule where the input is at fault, else ``internal.error``), never an exception;
    the other records are checked. Raises ``UsageError`` (a ``ValueError``) for a ``class_name``
    that records cannot have.

    ``reference_date``: the day (a ``date`` or ``YYYY-MM-DD``; default today) against which rules
    judge dates that may have passed, e.g. a data flow's review date; the report names it
    (``Report.reference_date``), and the same files give the same report for the same date.
    Raises ``UsageError`` for a string that is not such a date.

    ``profile``: the conformance profile the data is judged by. The rules that only a profile
    turns on (``rules:`` in its YAML) are reported for that profile only and never without it.

    ``jobs``: worker processes for JSON Lines input (None: decide by size; 0: every core; 1: none).
    ``start_method``: how workers start (``fork``, ``spawn``, ``forkserver``; default
    ``$KLL_START_METHOD``, else ``fork`` where the platform has it and the process runs no other
    thread, else ``spawn``).
    """
    try:
        day = parse_reference_date(reference_date)
    except ValueError as error:
        raise UsageError(str(error)) from None
    stages = tuple(stages)
    with using_reference_date(day), _long_lived_frozen(root, stages):
        return _validate(paths, class_name, stages, input_format, progress, root, jobs, start_method, profile, day)


@contextmanager
def _long_lived_frozen(root: Path | None, stages: tuple):
    """Everything loaded before the run (the model index, the compiled shapes and their graph:
    hundreds of thousands of objects) kept out of the garbage collector's full passes while the
    run allocates, then handed back: those passes were a third of the default command's time."""
    try:
        engine = _engine(root)  # loaded once per process anyway: load it now, so it is frozen
        if Stage.SEMANTIC.value in {getattr(s, "value", s) for s in stages}:
            shacl_view(engine.index)
    except Exception:  # noqa: BLE001 - _validate meets the same failure and reports it
        pass
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _validate(paths, class_name, stages, input_format, progress, root, jobs, start_method, profile, day) -> Report:
    engine = _engine(root)
    chosen = tuple(Stage(s) for s in stages)
    report = Report(files=[str(p) for p in paths], stages=[s for s in ALL_STAGES if s in chosen], reference_date=day.isoformat())
    collector = _Collector(report)
    if class_name is not None and not engine.index.is_record_class(class_name):
        raise UsageError(f"{class_name!r} is not a class that records can have")
    stage_names = tuple(s.value for s in chosen)

    sources: list[_Source] = []
    for raw in paths:
        path = Path(raw)
        try:
            fmt = detect_format(path, input_format)
            sources.append(_Source(path, fmt, class_name, engine, collector, stage_names))
        except InputError as error:
            collector.add(error.rule, Stage.INPUT, Location(str(path), line=error.line, column=error.column), error.detail)
        except Exception as error:
            _file_failed(collector, str(path), error)

    # Pass 0: plan the chunks of JSON Lines files (reads them once, fast), read the other files.
    planned = []
    for source in sources:
        try:
            source.prepare()
            planned.append(source)
        except InputError as error:
            collector.add(error.rule, Stage.INPUT, Location(source.file, line=error.line, column=error.column), error.detail)
        except Exception as error:  # the reader failed on the file: nothing of it was read
            _file_failed(collector, source.file, error)
    jsonl_bytes = sum(s.size for s in planned if s.fmt == "jsonl")
    workers = default_jobs(jsonl_bytes) if jobs is None else (_cores() if jobs == 0 else max(1, jobs))
    if not any(s.chunks for s in planned):
        workers = 1

    with Runner(workers, root, stage_names, class_name, start_method, semantic=Stage.SEMANTIC in chosen, reference_date=day) as runner:
        # Pass 1: the index (only the rules stage reads it); on disk past a size (kept flat).
        builder = IndexBuilder(spill=True)
        try:
            if Stage.RULES in chosen:
                for part in runner.ordered(_index_tasks(planned, runner)):
                    builder.add_part(part)
            dataset = engine.bind(builder.finish())
            runner.share(dataset)
            # Pass 2: the stages.
            targeted: dict[str, int] = {}
            checked: dict[str, bool] = {}
            for result in runner.ordered(_stage_tasks(planned, runner, dataset)):
                report.records += result.records
                collector.extend(result.findings)
                targeted[result.source] = targeted.get(result.source, 0) + result.targeted
                checked[result.source] = checked.get(result.source, False) or result.records > 0
                if progress and result.records:
                    progress(result.records)
        finally:  # the on-disk index goes, also on Ctrl-C or an error
            builder.close()
        for source in planned:
            if source.graph is not None:
                checked[source.file] = len(source.graph) > 0
    return _without_hidden_rules(collector.finish(targeted, checked), profile)


def _file_failed(collector: _Collector, file: str, error: BaseException) -> None:
    rule, detail = failure(error)
    collector.add(rule, Stage.INPUT, Location(file), detail)


def _index_tasks(sources: list["_Source"], runner) -> Iterator:
    for source in sources:
        if source.chunks is not None:
            for chunk in source.chunks:
                yield runner.index_task(source.file, chunk)
        else:
            yield runner.local(source.index_part)


def _stage_tasks(sources: list["_Source"], runner, dataset) -> Iterator:
    for source in sources:
        if source.chunks is not None:
            for chunk in source.chunks:
                yield runner.stage_task(source.file, chunk)
        else:
            yield runner.local(lambda source=source: source.stage_result(dataset))


class _Source:
    """One input file: JSON Lines as a list of chunks, any other format read whole."""

    def __init__(self, path: Path, fmt: str, class_name: str | None, engine: _Engine, collector: _Collector, stages: tuple[str, ...]) -> None:
        self.path, self.fmt, self.class_name, self.engine, self.collector, self.stages = path, fmt, class_name, engine, collector, stages
        self.file = str(path)
        self.chunks: list[JsonLinesChunk] | None = None
        self.items: list[Item] | None = None
        self.graph = None
        self.size = 0
        #: (identifier, class) of RDF nodes that could not be read: known to the index, so that
        #: references to them are not reported as unresolved on top of their own finding.
        self.unread: list[tuple[str, str]] = []

    def prepare(self) -> None:
        if self.fmt == "jsonl":
            self.chunks = list(plan_json_lines(self.path))
            self.size = sum(chunk.length for chunk in self.chunks)
        elif self.fmt in RDF_FORMATS:
            self.graph = read_rdf(self.path, self.fmt)
            self.items = self._graph_items()
        else:
            self.items = list(self._document_items(read_document(self.path, self.fmt)))

    # --- pass 1 and 2 of a document read whole ---------------------------------------------------

    def index_part(self) -> IndexPart:
        part = IndexPart()
        # A node the mapping failed on is already an internal.error; it stays known to references
        # (no second, misleading reference.unresolved), and checks that read it find no record.
        for identifier, class_name in self.unread:
            part.add(identifier, class_name, None)
        for item in self.items:
            try:
                identifier = item.data.get("id")
                if isinstance(identifier, str):
                    keep = self.engine.is_indexed(item.class_name)
                    entry = IndexedRecord(item.class_name, item.file, item.index if item.index is not None else -1, item.pointer or "", item.data) if keep else None
                    part.add(identifier, item.class_name, entry)
            except Exception:  # pass 2 reports the record's failure where it checks it
                continue
        return part

    def stage_result(self, dataset) -> ChunkResult:
        result = ChunkResult(self.file, self.stages)
        engine, out = self.engine, result.findings
        structural = _STRUCTURAL in self.stages and self.graph is None
        rules = _RULES in self.stages
        semantic = _SEMANTIC in self.stages
        batch = SemanticBatch(engine.index, out, self.file) if semantic and self.graph is None else None
        for item in self.items:
            result.records += 1
            if structural or rules:
                engine.check(out, None, self.file, item.index, item.pointer, item.class_name, item.data, dataset, structural, rules, item.focus_node)
            if batch is not None:
                batch.add(item.data, item.class_name, item.index, item.pointer or "")
        if batch is not None:
            batch.flush()
            result.targeted += batch.targeted
        if semantic and self.graph is not None:
            result.targeted += semantic_graph(engine.index, out, self.file, self.graph)
        return result

    # --- items from each kind of input ------------------------------------------------------------

    def _add(self, rule: str, pointer: str, position: int | None = None) -> None:
        self.collector.add(rule, Stage.STRUCTURAL, Location(self.file, position, pointer))

    def _document_items(self, document) -> Iterator[Item]:
        index = self.engine.index
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
                self._add("record.class-unknown", "/type")
            return
        if document is None or document == [] or document == {}:
            return  # nothing to validate: reported once as input.empty
        if not isinstance(document, dict):
            self._add("record.class-unknown", "")
            return
        for key, value in document.items():
            if key == "conforms_to_model_version":
                if value != index.model_version:
                    self.collector.add("package.model-version", Stage.STRUCTURAL, Location(self.file, pointer="/conforms_to_model_version"), f"this is model {index.model_version}")
                continue
            container = index.containers.get(key)
            if container is None:
                self._add("package.unknown-key", f"/{pointer_token(key)}")
                continue
            if not isinstance(value, list):
                self._add("package.not-a-list", f"/{pointer_token(key)}")
                continue
            for position, record in enumerate(value):
                yield from self._placed(record, container, position, f"/{pointer_token(key)}/{position}")

    def _placed(self, record, container: str, position: int | None, pointer: str) -> Iterator[Item]:
        try:
            placed = list(self._place(record, container, position, pointer))
        except Exception as error:  # one record's failure is its finding; the others are read
            failed: list = []
            _failed(failed, error, self.file, position, pointer, None)
            self.collector.extend(failed)
            return
        yield from placed

    def _place(self, record, container: str, position: int | None, pointer: str) -> Iterator[Item]:
        if not isinstance(record, dict):
            self._add("record.not-an-object", pointer, position)
            return
        class_name = self.engine.index.record_class(container, record.get("type"))
        if class_name is None:
            self._add("record.type-unknown", f"{pointer}/type", position)
            class_name = container
        yield Item(self.file, position, pointer, class_name, record)

    def _graph_items(self) -> list[Item]:
        """The records of the graph. A node the mapping refuses (a limit) or fails on is a finding
        on that node, and the other nodes are read."""
        from rdflib import URIRef

        from .rdf_mapping import RdfToJson

        reader = RdfToJson(self.engine.index)
        try:
            records, refused = reader.read(self.graph)
        except Exception:
            records, refused = self._records_one_by_one(reader), []
        failed: list = []
        for node in refused:
            _failed(failed, node.error, self.file, None, None, str(node.node))
            if isinstance(node.node, URIRef):
                self.unread.append((str(node.node), node.class_name))
        self.collector.extend(failed)
        return [Item(self.file, None, None, class_name, record, focus_node=record.get("id")) for class_name, record in records]

    def _records_one_by_one(self, reader) -> list[tuple[str, dict]]:
        from rdflib import URIRef
        from rdflib.namespace import RDF

        found, failed = [], []
        for class_uri, info in self.engine.index.class_by_uri.items():
            if "id" not in info.slots:
                continue
            for node in self.graph.subjects(RDF.type, URIRef(class_uri)):
                try:
                    found.append((info.name, reader.node(self.graph, node, info)))
                except Exception as error:
                    _failed(failed, error, self.file, None, None, str(node))
                    if isinstance(node, URIRef):
                        self.unread.append((str(node), info.name))
        self.collector.extend(failed)
        return sorted(found, key=lambda pair: (str(pair[1].get("id", "")), pair[0]))
