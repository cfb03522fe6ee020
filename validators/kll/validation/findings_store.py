"""Findings on disk: the report of a run with very many findings, kept flat in memory.

With every stage, a record can carry a warning of its own (a name without its English form), so a
million records can give a million findings — far more than the input's identifiers — and holding
them as objects would make memory grow with the input. Past ``SPILL_FINDINGS`` findings the
collector moves them here: findings are deduplicated in an SQLite table of their keys, and written
in sorted runs of ``RUN_SIZE`` (pickled in blocks, in a private temporary folder as :mod:`.checks.spill`
makes it: 0700, files 0600, no symbolic link followed); reading merges the runs, so the report's
order is exactly the order ``sorted`` gives in memory. The folder is removed when the findings are
garbage-collected, closed, or the interpreter exits.

``SpilledFindings`` reads as the list ``Report.findings`` otherwise is: it iterates, has a length
and is true when not empty; ``ordered`` and ``groups`` give the renderers' orders a finding at a
time; ``filtered`` hides findings as a list comprehension would.
"""

from __future__ import annotations

import heapq
import os
import pickle
import shutil
import sqlite3
import tempfile
import weakref
from collections import Counter
from itertools import groupby
from typing import Callable, Iterable, Iterator

from .checks.spill import _private_file, _remove
from .report import Finding, Location, Severity, Stage

__all__ = ["SpilledFindings", "keep_findings", "SPILL_FINDINGS", "RUN_SIZE"]

#: Findings from which the report's findings move to disk.
SPILL_FINDINGS = 20_000
#: Findings sorted in memory at a time, then written as one run.
RUN_SIZE = 10_000
#: Rows pickled together: a run being merged holds one block in memory.
BLOCK = 512
#: Runs merged at once. More runs are first merged in groups into longer runs, so the memory of a
#: merge is ``FAN_IN × BLOCK`` rows however many findings there are (a million findings' hundred
#: runs in blocks of 1,000 rows held twice the memory of the whole store at 100k findings).
FAN_IN = 128


def _row(finding: Finding, seq: int) -> tuple:
    loc = finding.location
    return (finding.rule, finding.severity.value, finding.stage.value, loc.file, loc.record, loc.pointer, loc.line, loc.column,
            loc.focus_node, loc.path, loc.record_id, finding.message_en, finding.message_sv, finding.detail, finding.detail_sv, seq)


_SEVERITIES = {severity.value: severity for severity in Severity}
_STAGES = {stage.value: stage for stage in Stage}


def _finding(row: tuple) -> tuple[Finding, int]:
    rule, severity, stage, file, record, pointer, line, column, focus, path, record_id, message_en, message_sv, detail, detail_sv, seq = row
    location = Location(file, record, pointer, line, column, focus, path, record_id)
    return Finding(rule, _SEVERITIES[severity], _STAGES[stage], location, message_en, message_sv, detail, detail_sv), seq


def _read_run(path: str) -> Iterator[tuple[Finding, int]]:
    with open(path, "rb") as handle:
        while True:
            try:
                rows = pickle.load(handle)
            except EOFError:
                return
            for row in rows:
                yield _finding(row)


def _write_run(path: str, pairs: Iterable[tuple[Finding, int]]) -> None:
    with open(path, "wb") as handle:
        block: list[tuple] = []
        for finding, seq in pairs:
            block.append(_row(finding, seq))
            if len(block) >= BLOCK:
                pickle.dump(block, handle, protocol=pickle.HIGHEST_PROTOCOL)
                block = []
        if block:
            pickle.dump(block, handle, protocol=pickle.HIGHEST_PROTOCOL)


def _merged(folder: "_Folder", runs: list[str], key: Callable) -> Iterator[tuple[Finding, int]]:
    """The pairs of sorted ``runs`` in ``key`` order, with at most ``FAN_IN`` runs open: beyond
    that, groups of runs are merged into longer runs first (in ``runs``, which is updated)."""
    while len(runs) > FAN_IN:
        longer = []
        for start in range(0, len(runs), FAN_IN):
            group = runs[start:start + FAN_IN]
            path = folder.new_file("merged")
            _write_run(path, heapq.merge(*(_read_run(run) for run in group), key=key))
            for run in group:
                os.unlink(run)
            longer.append(path)
        runs[:] = longer
    return heapq.merge(*(_read_run(path) for path in runs), key=key)


class _Folder:
    """The private folder of the runs and the key table; removed with the last reader."""

    def __init__(self) -> None:
        self.directory = tempfile.mkdtemp(prefix="kll-findings-")
        try:
            path = os.path.join(self.directory, "keys.sqlite")
            _private_file(path)
            self.connection = sqlite3.connect(path, isolation_level=None)
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-2048"):
                self.connection.execute(f"PRAGMA {pragma}")
            self.connection.execute("CREATE TABLE seen (key BLOB PRIMARY KEY) WITHOUT ROWID")
            self.connection.execute("BEGIN")
        except BaseException:
            shutil.rmtree(self.directory, ignore_errors=True)
            raise
        self._finalizer = weakref.finalize(self, _remove, self.connection, self.directory)
        self.runs: list[str] = []
        self._files = 0

    def new_file(self, kind: str) -> str:
        """A new empty file of this folder, made private as the folder is."""
        self._files += 1
        path = os.path.join(self.directory, f"{kind}-{self._files}.pickle")
        _private_file(path)
        return path

    def close(self) -> None:
        self._finalizer()


def _report_order(pair: tuple[Finding, int]) -> tuple:
    return (pair[0].sort_key(), pair[1])


class _Slice:
    """The findings of one rule: the next ``count`` findings of a stream shared by the groups, so
    the groups are read once, in their order (as a renderer writes them)."""

    def __init__(self, stream: Iterator[Finding], count: int, first: Finding) -> None:
        self._stream, self._count, self._first = stream, count, first

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Finding]:
        for _ in range(self._count):
            yield next(self._stream)

    def __getitem__(self, index: int) -> Finding:
        if index != 0:
            raise IndexError("the findings of a group on disk are read in order")
        return self._first


class SpilledFindings:
    """The findings of a report, on disk; see the module docstring. Raises ``OSError`` or
    ``sqlite3.Error`` when made where the disk cannot hold it."""

    def __init__(self, *, _folder: _Folder | None = None, _predicates: tuple = (), _size: int = 0) -> None:
        self._folder = _folder or _Folder()
        self._predicates = _predicates
        self._buffer: list[tuple[Finding, int]] = []
        self._size = _size
        self._length: int | None = None if _predicates else _size
        self._counts: Counter | None = None
        #: findings kept by ``add``, by severity: the counts of an unfiltered store, without a read
        self._added: Counter = Counter()

    # --- writing (the collector) ------------------------------------------------------------------

    def add(self, finding: Finding, key: tuple) -> bool:
        """Keep ``finding`` unless a finding with the same ``key`` came before; True if kept."""
        blob = repr(key).encode("utf-8", "surrogatepass")
        if self._folder.connection.execute("INSERT OR IGNORE INTO seen VALUES (?)", (blob,)).rowcount != 1:
            return False
        self._buffer.append((finding, self._size))
        self._size += 1
        self._length = self._size
        self._added[finding.severity.value] += 1
        if len(self._buffer) >= RUN_SIZE:
            self._flush()
        return True

    def _flush(self) -> None:
        if not self._buffer:
            return
        self._buffer.sort(key=_report_order)
        path = self._folder.new_file("run")
        _write_run(path, self._buffer)
        self._folder.runs.append(path)
        self._buffer = []

    # --- reading ------------------------------------------------------------------------------------

    def _pairs(self) -> Iterator[tuple[Finding, int]]:
        """(finding, order of arrival) in the report's order: ``Finding.sort_key``, then arrival."""
        self._flush()
        merged = _merged(self._folder, self._folder.runs, _report_order)
        if not self._predicates:
            return merged
        return (pair for pair in merged if all(keep(pair[0]) for keep in self._predicates))

    def __iter__(self) -> Iterator[Finding]:
        return (finding for finding, _ in self._pairs())

    def __len__(self) -> int:
        if self._length is None:
            self._length = sum(1 for _ in self._pairs())
        return self._length

    def __bool__(self) -> bool:
        if self._length is not None:
            return self._length > 0
        return next(iter(self), None) is not None

    def counts(self) -> Counter:
        """Findings by severity value."""
        if not self._predicates:
            return Counter(self._added)
        if self._counts is None:
            self._counts = Counter(finding.severity.value for finding in self)
        return self._counts

    def ordered(self, tiebreak: Callable[[Finding], tuple]) -> Iterator[Finding]:
        """The renderers' order: the report's, ties in ``sort_key`` broken by ``tiebreak`` (as
        ``sorted`` over the report's order would break them)."""
        for _, tied in groupby(self._pairs(), key=lambda pair: pair[0].sort_key()):
            pairs = list(tied)
            if len(pairs) > 1:
                pairs.sort(key=lambda pair: (tiebreak(pair[0]), pair[1]))
            for finding, _ in pairs:
                yield finding

    def groups(self, tiebreak: Callable[[Finding], tuple]) -> list[tuple[str, Severity, _Slice]]:
        """(rule, most severe severity, findings) per rule, rules ordered by severity then rule ID,
        each rule's findings in ``ordered`` order: ``group_by_rule`` with the groups' findings
        read from disk once, group after group (sorted in runs by group, then merged)."""
        found: dict[str, list] = {}  # rule → [count, severity, first]
        for finding in self.ordered(tiebreak):
            group = found.get(finding.rule)
            if group is None:
                found[finding.rule] = [1, finding.severity, finding]
            else:
                group[0] += 1
                if finding.severity.rank < group[1].rank:
                    group[1] = finding.severity
        order = {rule: position for position, rule in enumerate(sorted(found, key=lambda rule: (found[rule][1].rank, rule)))}
        runs, buffer = [], []

        def flush() -> None:
            buffer.sort(key=lambda pair: (order[pair[0].rule], pair[1]))
            path = self._folder.new_file("group")
            _write_run(path, buffer)
            runs.append(path)
            buffer.clear()

        for position, finding in enumerate(self.ordered(tiebreak)):
            buffer.append((finding, position))
            if len(buffer) >= RUN_SIZE:
                flush()
        if buffer:
            flush()
        merged = _merged(self._folder, runs, lambda pair: (order[pair[0].rule], pair[1]))
        stream = (finding for finding, _ in merged)
        return [(rule, found[rule][1], _Slice(stream, found[rule][0], found[rule][2])) for rule in order]

    def filtered(self, keep: Callable[[Finding], bool]) -> "SpilledFindings":
        """These findings less those ``keep`` refuses (the same files, read through a filter)."""
        self._flush()
        return SpilledFindings(_folder=self._folder, _predicates=self._predicates + (keep,), _size=self._size)

    def close(self) -> None:
        """Remove the folder now (every view of these findings then reads nothing)."""
        self._folder.close()


def keep_findings(findings, keep: Callable[[Finding], bool]):
    """``[f for f in findings if keep(f)]``, without reading findings on disk into memory."""
    if isinstance(findings, SpilledFindings):
        return findings.filtered(keep)
    return [finding for finding in findings if keep(finding)]
