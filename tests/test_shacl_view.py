"""SHACL on JSON without the graph (kll.validation.shaclview) gives the triple path's findings.

The semantic stage evaluates the compiled shapes on JSON records through the mapping as a view;
``KLL_SHACL_VIEW=off`` builds the graph first (the triple path). ``tests/test_fastshacl.py`` shows
that the compiled engine on that graph gives pyshacl's results; here the view must give the triple
path's findings and targeted counts, finding for finding, on:

(1) every conformance case with JSON, JSON Lines or YAML data;
(2) the benchmark's generated records (every kind of breakage);
(3) records drawn by hypothesis (tests/strategies.py) and then broken: keys dropped, values of the
    wrong JSON type, nulls, unknown keys, repeated list values, identifiers shared between records;

and chunks whose records meet in the graph must be handed to the triple path, counted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kll.conformance.cases import load_cases
from kll.validation import engine as engine_module
from kll.validation.engine import CHUNK_SIZE, SemanticBatch, VIEW_VARIABLE, _engine, shacl_view
from kll.validation.loaders import InputError, detect_format, iter_json_lines, read_document
from kll.validation.pipeline import _Source
from kll.validation.report import Report

from strategies import model_object

_NIL = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"
from test_fastshacl import _benchmark_datasets, _Input


def _semantic(items: list, monkeypatch, view: bool) -> tuple[set, int]:
    """The semantic stage's raw findings and targeted count for (record, class, position, pointer)."""
    monkeypatch.setenv(VIEW_VARIABLE, "on" if view else "off")
    out: list = []
    batch = SemanticBatch(_engine().index, out, "data.json")
    assert (batch._view is not None) == view
    for record, class_name, position, pointer in items:
        batch.add(record, class_name, position, pointer)
    batch.flush()
    return set(out), batch.targeted


def _both(items: list, monkeypatch) -> tuple:
    viewed = _semantic(items, monkeypatch, view=True)
    triples = _semantic(items, monkeypatch, view=False)
    return viewed, triples


def _placed(document, class_name: str | None, fmt: str = "json") -> list:
    """The records of a document as ``kll validate`` places them (pipeline._Source)."""
    engine = _engine()
    source = _Source(Path(f"data.{fmt}"), fmt, class_name, engine, engine_module._Collector(Report()), ("semantic",))
    return [(item.data, item.class_name, item.index, item.pointer or "") for item in source._document_items(document)]


def _case_items(case) -> list | None:
    if case.kind != "file":
        return _placed(_Input(case).document(), case.class_name if case.kind == "record" else None)
    path = Path(case.data)
    try:
        fmt = detect_format(path)
        if fmt == "jsonl":
            return [(record, record["type"], line - 1, "") for line, record in iter_json_lines(path)
                    if isinstance(record, dict) and _engine().is_record_class(record.get("type"))]
        if fmt in {"json", "yaml"}:
            return _placed(read_document(path, fmt), None, fmt)
    except InputError:
        return None
    return None  # RDF input: no mapping, nothing to view


@pytest.fixture(scope="module")
def case_items() -> list:
    found = [(case.id, _case_items(case)) for case in load_cases()]
    return [(name, items) for name, items in found if items]


def test_view_equals_triples_on_every_conformance_case(case_items, monkeypatch):
    assert len(case_items) > 1000
    differ = []
    for name, items in case_items:
        viewed, triples = _both(items, monkeypatch)
        if viewed != triples:
            differ.append((name, sorted(viewed[0] ^ triples[0])[:3], viewed[1], triples[1]))
    assert not differ, differ[:5]
    monkeypatch.setenv(VIEW_VARIABLE, "on")
    stats = shacl_view(_engine().index).stats
    assert stats["view"] > 10 * stats["triples"]  # the view, not the fallback, decided nearly every case


@pytest.fixture(scope="module")
def benchmark_items(tmp_path_factory) -> list:
    """The benchmark's records (benchmarks/datasets.py, 2,000 records, every kind of breakage)."""
    datasets = _benchmark_datasets()
    directory = tmp_path_factory.mktemp("bench-view")
    truth = datasets.generate(directory, 2_000, datasets.DEFAULT_SEED)
    assert {e["kind"] for e in truth["errors"]} == set(datasets.KINDS)
    items = []
    for name in truth["files"]:
        for position, line in enumerate((directory / name).read_text(encoding="utf-8").splitlines()):
            record = json.loads(line)
            items.append((record, record["type"], position, ""))
    return items


def test_view_equals_triples_on_benchmark_data(benchmark_items, monkeypatch):
    monkeypatch.setenv(VIEW_VARIABLE, "on")
    stats = shacl_view(_engine().index).stats
    before = dict(stats)
    viewed, triples = _both(benchmark_items, monkeypatch)
    assert viewed == triples
    # again, now that the view remembers the values and nested objects it has seen: nearly every
    # record's results now come from the memos (ShaclView._remembered), and they are the same
    remembered = stats["remembered"]
    assert _semantic(benchmark_items, monkeypatch, view=True) == triples
    assert stats["remembered"] - remembered > 0.9 * len(benchmark_items)
    rules = {finding[0] for finding in viewed[0]}
    assert {"Execution.start_date.value-type", "Person.birth_date.value-type", "Mapping.confidence.range", "PaceOfStudy.pace_percentage.range"} <= rules
    assert stats["view"] - before["view"] >= 2 * (len(benchmark_items) // CHUNK_SIZE) and stats["triples"] == before["triples"]


def test_records_that_meet_in_the_graph_go_through_the_triple_path(benchmark_items, monkeypatch):
    """Two records with one identifier share a node in the graph (their values add up), and a
    check that reads a node outside its record (sh:class on a value: ``null`` is rdf:nil) would
    see a record of the same chunk with that identifier: the view hands such a chunk to the
    triple path, counted, and the findings are the triple path's."""
    monkeypatch.setenv(VIEW_VARIABLE, "on")
    stats = shacl_view(_engine().index).stats
    events = [item for item in benchmark_items if item[1] == "EducationEvent"][:5]
    twin = dict(events[1][0], id=events[0][0]["id"], places=7)
    cases = {
        "same identifier": [events[0], (twin, "EducationEvent", 1, "")],
        "a node read outside the record": [(dict(events[2][0], id=_NIL), "EducationEvent", 0, ""), (dict(events[3][0], execution=None), "EducationEvent", 1, "")],
        "a record that reads its own node": [(dict(events[4][0], id=_NIL, execution=None), "EducationEvent", 0, "")],
        # an unknown key is a property in the model namespace: here the slot's own (its values merge)
        "two keys on one predicate": [(dict(events[4][0], departmentName="x", department_name="y"), "EducationEvent", 0, "")],
    }
    for name, items in cases.items():
        before = stats["triples"]
        viewed, triples = _both(items, monkeypatch)
        assert viewed == triples, name
        assert stats["triples"] == before + 1, name
    # the first case is found only because the records share a node: a maxCount the view alone misses
    assert any(finding[0] == "EducationEvent.places.max-count" for finding in _semantic(cases["same identifier"], monkeypatch, view=False)[0])


def _record_classes() -> list[str]:
    index = _engine().index
    return sorted(name for name in index.classes if index.is_record_class(name))


_ODD_VALUES = [None, 0, -1, 1.5, float("nan"), True, "", " ", "2025-02-30", "https://w3id.org/kll/id/x", "not an iri", [], [None], ["a", "a"],
               {"sv": "text"}, {"sv": ["a", "a"]}, {"x y": "text"}, {"sv": 1}, {"nested": {"deeper": [1, {"a": None}]}}, [{"sv": "a"}], [[1]]]


@st.composite
def _broken_records(draw) -> list:
    index = _engine().index
    records = []
    for position in range(draw(st.integers(1, 3))):
        class_name = draw(st.sampled_from(_record_classes()))
        record = dict(draw(model_object(class_name, index)), type=class_name)
        if draw(st.booleans()):
            record["id"] = draw(st.sampled_from(["https://w3id.org/kll/id/a", "https://w3id.org/kll/id/b", "not an iri", ""]))
        keys = sorted(record)
        for _ in range(draw(st.integers(0, 4))):
            operation = draw(st.sampled_from(["drop", "odd", "unknown", "repeat", "nest"]))
            key = draw(st.sampled_from(keys))
            if operation == "drop":
                record.pop(key, None)
            elif operation == "odd":
                record[key] = draw(st.sampled_from(_ODD_VALUES))
            elif operation == "unknown":
                record[draw(st.sampled_from(["extra", "dataFlowRegister", "Ä ö", key + "_x"]))] = draw(st.sampled_from(_ODD_VALUES))
            elif operation == "repeat" and isinstance(record.get(key), list) and record[key]:
                record[key] = record[key] + record[key][:1]
            elif operation == "nest" and isinstance(record.get(key), dict):
                record[key] = dict(record[key], extra=draw(st.sampled_from(_ODD_VALUES)))
        records.append((record, class_name, position, ""))
    return records


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(items=_broken_records())
def test_view_equals_triples_on_mutated_records(items, monkeypatch):
    viewed, triples = _both(items, monkeypatch)
    assert viewed == triples


def _renumbered(items: list, first: int) -> list:
    """The same records under other identifiers and positions: met again, not the same nodes."""
    found = []
    for offset, (record, class_name, position, pointer) in enumerate(items):
        if isinstance(record.get("id"), str) and record["id"]:
            record = dict(record, id=f"{record['id']}-again-{first + offset}")
        found.append((record, class_name, first + position, pointer))
    return found


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(items=_broken_records())
def test_remembered_records_equal_triples_on_mutated_records(items, monkeypatch):
    """A record met again (the same values under another identifier) takes its results from the
    memos, without building its node: those must still be the triple path's, record for record."""
    again = items + _renumbered(items, 10)
    _semantic(items, monkeypatch, view=True)  # the view meets the values first
    viewed, triples = _both(again, monkeypatch)
    assert viewed == triples
