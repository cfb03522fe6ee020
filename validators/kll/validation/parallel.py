"""Run the two passes of ``validate`` over chunks of JSON Lines, in worker processes or in this one.

Each task names a file and a chunk of it (byte offset, length, first line number): a worker reads
the chunk itself, so no record crosses a process boundary; only the compact index (pass 1) and the
findings (pass 2) come back. Results are taken in the order the tasks were made, with at most
``IN_FLIGHT`` tasks per worker submitted ahead, so memory stays bounded and the report is the same
as with one process. The index that pass 2 needs is written once to a temporary file, which each
worker reads on its first pass-2 task (``IdentifierIndex.dump``, the arrays written as they are): the same with every start method, nothing shared.

The main process is one of the ``workers``: it starts ``workers - 1`` processes and runs a task
itself whenever they have their share in flight. Every process holds the engine and the compiled
shapes (about 80 MB each with the SHACL stage), and the main process waits on results most of the
time anyway: with two cores, two processes instead of three keep the summed memory of the command
under 200 MB at the same speed.

Workers ignore Ctrl-C: the main process stops them. A worker that dies (killed, out of memory)
ends the run with ``WorkerError``, not a hang.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import tempfile
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .engine import ChunkResult, _engine
from .loaders import InputError, JsonLinesChunk, read_json_lines_chunk

__all__ = ["Runner", "WorkerError", "available_cores", "default_start_method", "IN_FLIGHT"]

IN_FLIGHT = 3  # tasks submitted ahead per worker


class WorkerError(RuntimeError):
    """A worker process stopped before finishing its task (killed, out of memory, crashed)."""


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the platform tells it, which a
    container or ``taskset`` narrows), else the machine's count."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def default_start_method() -> str:
    """``$KLL_START_METHOD`` if set; else ``fork`` where the platform has it and this process runs
    no other thread (forking a threaded process can deadlock the child), else ``spawn``."""
    chosen = os.environ.get("KLL_START_METHOD")
    if chosen in multiprocessing.get_all_start_methods():
        return chosen
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return "spawn"


# --- the work of one task (in a worker, or here) -------------------------------------------------


def index_chunk(engine, file: str, chunk: JsonLinesChunk, class_name: str | None):
    """Pass 1 over one chunk: the identifiers (an ``IndexPart``)."""
    from .checks.index import IndexPart

    try:
        return engine.index_lines(file, read_json_lines_chunk(Path(file), chunk), class_name)
    except InputError:  # the file went away between planning and reading: pass 2 reports it
        return IndexPart()


def stage_chunk(engine, file: str, chunk: JsonLinesChunk, class_name: str | None, stages: tuple[str, ...], dataset):
    """Pass 2 over one chunk: the findings (a ``ChunkResult``)."""

    result = ChunkResult(file, stages)
    try:
        engine.check_lines(result, read_json_lines_chunk(Path(file), chunk), class_name, dataset, defer=False)
    except InputError as error:
        result.findings.append((error.rule, "input", file, None, None, error.line, error.column, None, None, error.detail))
    return result


_WORKER: dict[str, Any] = {}


def _worker_init(root, stages, class_name, reference_date=None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if reference_date is not None:  # the run's reference date, for the whole life of the worker
        from .checks.base import _REFERENCE_DATE

        _REFERENCE_DATE.set(reference_date)
    _WORKER.update(root=root, stages=stages, class_name=class_name, token=None, dataset=None)


def _worker_engine():
    return _engine(_WORKER["root"])


def _worker_index(file: str, chunk: JsonLinesChunk):
    return index_chunk(_worker_engine(), file, chunk, _WORKER["class_name"])


def _worker_stage(file: str, chunk: JsonLinesChunk, token: str):
    engine = _worker_engine()
    if _WORKER["token"] != token:
        from .checks.index import IdentifierIndex

        with open(token, "rb") as handle:
            _WORKER["dataset"] = engine.bind(IdentifierIndex.load(handle))
        _WORKER["token"] = token
    return stage_chunk(engine, file, chunk, _WORKER["class_name"], _WORKER["stages"], _WORKER["dataset"])


# --- the runner ------------------------------------------------------------------------------------


class _Done:
    __slots__ = ("value",)

    def __init__(self, value) -> None:
        self.value = value


class Runner:
    """Tasks of both passes, run in ``workers`` processes: this one and ``workers - 1`` started ones
    (only this one when ``workers`` is 1).

    ``workers`` is capped at ``available_cores()``: more processes than cores only add memory (each
    worker holds the engine: ``--jobs 16`` on two cores started 17 processes, 1.49 GB) and no speed.
    """

    def __init__(self, workers: int, root, stages: tuple[str, ...], class_name: str | None, start_method: str | None = None, *, semantic: bool = False, reference_date=None) -> None:
        workers = max(1, min(workers, available_cores()))
        self.reference_date = reference_date
        self.workers, self.root, self.stages, self.class_name = workers, root, stages, class_name
        self.start_method = start_method or default_start_method()
        self.semantic = semantic
        self.executor: ProcessPoolExecutor | None = None
        self._scratch: str | None = None
        self._token: str | None = None
        self._dataset = None

    def __enter__(self) -> "Runner":
        if self.workers > 1:
            if self.start_method == "fork" and self.semantic:
                # Load the shapes here, once: forked workers inherit them.
                from .semantic import semantic_validator

                semantic_validator().compile_all()
            try:
                context = multiprocessing.get_context(self.start_method)
                self.executor = ProcessPoolExecutor(self.workers - 1, mp_context=context, initializer=_worker_init, initargs=(self.root, self.stages, self.class_name, self.reference_date))
            except (OSError, ImportError, NotImplementedError):  # no processes here (a sandbox): work in this one
                self.executor = None
        return self

    def __exit__(self, kind, error, traceback) -> None:
        if self.executor is not None:
            if kind is None:
                self.executor.shutdown(wait=True)
            else:  # Ctrl-C or a failure: stop now, do not finish queued work
                self.executor.shutdown(wait=False, cancel_futures=True)
                for process in list((getattr(self.executor, "_processes", None) or {}).values()):
                    if process.is_alive():
                        process.terminate()
            self.executor = None
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    # --- tasks --------------------------------------------------------------------------------------

    def local(self, function: Callable[[], Any]):
        return ("local", function)

    def index_task(self, file: str, chunk: JsonLinesChunk):
        return ("index", file, chunk)

    def stage_task(self, file: str, chunk: JsonLinesChunk):
        return ("stage", file, chunk)

    def share(self, dataset) -> None:
        """Make the index of pass 1 available to the tasks of pass 2."""
        self._dataset = dataset
        if self.executor is not None:
            try:
                self._scratch = tempfile.mkdtemp(prefix="kll-validate-")
                self._token = os.path.join(self._scratch, "index.bin")
                with open(self._token, "wb") as handle:
                    dataset.dump(handle)
            except OSError:  # no room for the index on disk: pass 2 runs in this process
                self.executor.shutdown(wait=True)
                self.executor = None

    def _here(self, task):
        kind = task[0]
        if kind == "local":
            return task[1]()
        engine = _engine(self.root)
        if kind == "index":
            return index_chunk(engine, task[1], task[2], self.class_name)
        return stage_chunk(engine, task[1], task[2], self.class_name, self.stages, self._dataset)

    def _submit(self, task):
        kind = task[0]
        if kind == "local":
            return _Done(task[1]())
        if kind == "index":
            return self.executor.submit(_worker_index, task[1], task[2])
        return self.executor.submit(_worker_stage, task[1], task[2], self._token)

    @staticmethod
    def _result(pending):
        if isinstance(pending, _Done):
            return pending.value
        try:
            return pending.result()
        except BrokenProcessPool as error:
            raise WorkerError("a worker process stopped unexpectedly (killed or out of memory); run again, or with --jobs 1") from error

    def ordered(self, tasks: Iterable) -> Iterator:
        """The results of ``tasks`` in their order, with a bounded number in flight: ``IN_FLIGHT``
        per started worker submitted ahead; a task beyond that runs here, while they work."""
        if self.executor is None:
            for task in tasks:
                yield self._here(task)
            return
        window: deque[Future | _Done] = deque()
        limit = IN_FLIGHT * self.workers
        started = IN_FLIGHT * (self.workers - 1)
        for task in tasks:
            busy = sum(1 for pending in window if not isinstance(pending, _Done) and not pending.done())
            try:
                window.append(_Done(self._here(task)) if busy >= started else self._submit(task))
            except BrokenProcessPool as error:
                raise WorkerError("a worker process stopped unexpectedly (killed or out of memory); run again, or with --jobs 1") from error
            while window and (len(window) >= limit or _ready(window[0])):
                yield self._result(window.popleft())
        while window:
            yield self._result(window.popleft())


def _ready(pending) -> bool:
    return isinstance(pending, _Done) or pending.done()
