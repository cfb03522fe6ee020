"""Scale-out: ``validate_chunk`` checks a chunk of records with no shared state and ``resolve``
merges the chunks' results into one report, so the two run unchanged inside a distributed engine.

The same data goes through ``validate(jobs=1)``, ``validate(jobs=2)``, the chunk API in this
process (one phase, and two phases with a shared index) and the chunk API on a local Dask cluster
of two worker processes; every report must be the same, finding for finding. Dask is optional (the
``dev`` extra installs it): without it the Dask test is skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kll.validate import ChunkResult, build_index, resolve, validate, validate_chunk
from test_parallel import findings, generate_events, write_mixed_dataset

STAGES = ["structural", "rules"]
LINES_PER_CHUNK = 400


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> list[Path]:
    directory = tmp_path_factory.mktemp("scale-out")
    catalogue, events, _ = generate_events(directory, 2000)
    return [catalogue, events, *write_mixed_dataset(directory)]


def chunks_of(paths: list[Path]) -> list[tuple[str, int, list[bytes]]]:
    """(file, position of the first line, raw lines) for every chunk of every file, in order."""
    found = []
    for path in paths:
        lines = path.read_bytes().splitlines(keepends=True)
        for first in range(0, len(lines), LINES_PER_CHUNK):
            found.append((str(path), first, lines[first:first + LINES_PER_CHUNK]))
    return found


@pytest.fixture(scope="module")
def expected(dataset):
    report = validate(dataset, stages=STAGES, jobs=1)
    assert report.records > 3000 and len(report.findings) > 500
    return findings(report)


def test_two_workers_give_the_report_of_one(dataset, expected):
    assert findings(validate(dataset, stages=STAGES, jobs=2)) == expected


def test_chunks_resolved_in_one_phase_give_the_same_report(dataset, expected):
    results = [validate_chunk(lines, source=file, first=first, stages=STAGES) for file, first, lines in chunks_of(dataset)]
    assert any(r.deferred for r in results)  # the dataset-level rules were left for resolve
    assert findings(resolve(results)) == expected


def test_chunks_checked_against_a_shared_index_give_the_same_report(dataset, expected):
    chunks = chunks_of(dataset)
    index = build_index([validate_chunk(lines, source=file, first=first, stages=()) for file, first, lines in chunks])
    results = [validate_chunk(lines, source=file, first=first, stages=STAGES, dataset=index) for file, first, lines in chunks]
    assert not any(r.deferred for r in results)
    assert findings(resolve(results)) == expected


def test_parsed_records_give_the_same_findings_as_their_lines(dataset):
    import json

    lines = dataset[1].read_bytes().splitlines()[:300]
    from_lines = resolve([validate_chunk(lines, source="events.jsonl")])
    from_records = resolve([validate_chunk([json.loads(line) for line in lines], source="events.jsonl")])
    assert findings(from_lines) == findings(from_records)


def test_a_dask_cluster_gives_the_same_report(dataset, expected):
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        with distributed.Client(cluster) as client:
            futures = [client.submit(validate_chunk, lines, source=file, first=first, stages=STAGES, pure=False)
                       for file, first, lines in chunks_of(dataset)]
            results = client.gather(futures)
            # the work ran in the cluster's worker processes, not here
            assert len({pid for pid in client.run(lambda: __import__("os").getpid()).values()}) == 2
    finally:
        cluster.close()
    assert all(isinstance(r, ChunkResult) for r in results)
    assert findings(resolve(results)) == expected
