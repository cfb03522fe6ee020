"""Validate files in layers and return one report: the Python API behind ``kll validate``.

    from kll.validate import validate
    report = validate(["events.jsonl", "providers.yaml"])
    report.conformant          # zero violations, at least one record checked
    report.sorted()            # findings in a stable order

Files given together form one dataset: references may point from one file into another, and
identifiers must be unique across all of them. The work happens in two passes — an index of every
record's identifier and class, then the stages — so JSON Lines input is streamed twice and never
held in memory as a whole. The index is compact (``kll.validation.checks.index``: 14 bytes per
record), so memory stays nearly flat as the input grows.

Stages: ``structural`` (JSON Schema), ``semantic`` (SHACL on the RDF mapping, in chunks) and
``rules`` (Python checks). RDF input (Turtle, JSON-LD) skips the structural stage: it has no JSON
form to check; it is mapped back to JSON for the rules.

**Parallel.** JSON Lines files are cut into chunks of about a megabyte at line ends; with
``jobs=N`` both passes run over the chunks in ``N`` worker processes (at most a few chunks in
flight, results taken in file order), so the report is the same, finding for finding and in the
same order, as with ``jobs=1``. ``jobs=None`` (the default) uses every core when the JSON Lines
input is at least ``PARALLEL_THRESHOLD`` bytes (8 MiB, about 15,000 education events) and one
process otherwise, where starting workers would cost more than it saves. JSON, YAML and RDF
documents are read whole and validated in the main process.

**Scale-out.** ``validate_chunk`` checks a list of records with no shared state and returns a
``ChunkResult``: its findings, plus what the dataset-level rules (unique identifiers, references
that resolve, records that read other records) need; ``resolve`` turns the results of every chunk
into one ``Report``. The two run unchanged inside a distributed engine — Dask, Spark
``mapPartitions``, Ray — and give the report ``validate`` gives::

    import dask.bag as db
    from kll.validate import resolve, validate_chunk

    chunks = [(path, first, records), ...]           # records: parsed dicts or raw JSON lines
    results = db.from_sequence(chunks).map(
        lambda c: validate_chunk(c[2], source=c[0], first=c[1])).compute()
    report = resolve(results)

``resolve`` keeps what the dataset-level rules read of each record (identifier, references) until
the end. For very large data, work in two phases instead, as ``validate`` does: collect only the
identifiers (``validate_chunk(..., stages=())``), build the compact index (``build_index``),
broadcast it, and check every chunk against it (``validate_chunk(..., dataset=index)``).

The report types (``Report``, ``Finding``, ``Location``, ``Stage``, ``Severity``) are importable
from here too, and the package is typed (``py.typed``). This module is the public API; the code
behind it lives in ``kll.validation`` (``pipeline``, ``report``, ``severity``) and may move.
"""

from __future__ import annotations

from .validation.engine import ALL_STAGES, ChunkResult, Item, build_index, resolve, validate_chunk
from .validation.pipeline import PARALLEL_THRESHOLD, default_jobs, validate
from .validation.report import Finding, Location, Report, Stage
from .validation.severity import Severity

__all__ = [
    "validate", "validate_chunk", "resolve", "build_index", "ChunkResult", "ALL_STAGES", "Item", "PARALLEL_THRESHOLD",
    "default_jobs", "Report", "Finding", "Location", "Stage", "Severity",
]
