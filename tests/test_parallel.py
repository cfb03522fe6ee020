"""Parallel validation: ``validate(jobs=N)`` gives the report of ``jobs=1``, finding for finding and
in the same order; memory stays bounded; bad input and dying workers end cleanly.

The data: every example package and every conformance case of one record or package, flattened to
JSON Lines in two files (so references cross files and identifiers repeat), with broken lines mixed
in, validated in chunks of a few kilobytes so that every pass crosses many chunk boundaries.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import time
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

import kll.validation.loaders
import kll.validation.parallel
from kll.artifacts import paths
from kll.validation.checks import Dataset, IndexedRecord
from kll.validation.checks.index import IndexBuilder, IndexPart
from kll.cli import app
from kll.validation.loaders import InputError, iter_json_lines, parse_json, plan_json_lines
from kll.artifacts.modelindex import model_index
from kll.validation.parallel import IN_FLIGHT, Runner, WorkerError
from kll.validate import PARALLEL_THRESHOLD, default_jobs, validate
from kll.validation.pipeline import _cores

ROOT = paths.repository_root()
BROKEN_LINES = [
    b"not json at all",
    b"",
    b"   ",
    b"[1, 2]",
    b'{"type": "NoSuchClass", "id": "https://w3id.org/kll/id/x/1"}',
    b'{"id": "https://w3id.org/kll/id/x/no-type"}',
    b'{"type": "EducationProvider", "id": "https://w3id.org/kll/id/x/nan", "name": {"sv": "N"}, "x": NaN}',
    b'{"type": "EducationProvider", "id": "https://w3id.org/kll/id/x/big", "name": {"sv": "B"}, "x": 123456789012345678901234567890}',
    b"[" * 70 + b"]" * 70,
    b'{"type": "EducationProvider", "name": {"sv": "\xff\xfe"}}',
    b'{"type": "EducationProvider", "id": "https://w3id.org/kll/id/x/truncated", "na',
    b"\xef\xbb\xbf{}",
    b"null",
]


def _records_of_package(document, index) -> list[dict]:
    found = []
    if not isinstance(document, dict):
        return found
    for key, value in document.items():
        container = index.containers.get(key)
        if container is None or not isinstance(value, list):
            continue
        for record in value:
            if isinstance(record, dict):
                found.append(record if "type" in record else {"type": container, **record})
    return found


def _line(record) -> bytes:
    return json.dumps(record, ensure_ascii=False, default=str).encode("utf-8")


def write_mixed_dataset(directory: Path, *, cases: bool = True) -> list[Path]:
    """Two JSON Lines files: the example packages' records, then the conformance cases' records
    (many of them broken in one way each), with broken lines mixed into both."""
    index = model_index()
    examples = []
    for path in sorted((ROOT / "examples").rglob("*.yaml")):
        examples += _records_of_package(yaml.safe_load(path.read_text(encoding="utf-8")), index)
    case_records = []
    if cases:
        from kll.conformance.cases import load_cases

        from kll.conformance.cases import apply_patch

        bases: dict = {}
        for case in load_cases():
            if case.kind == "record" and isinstance(case.data, dict):
                case_records.append(case.data if "type" in case.data else {"type": case.class_name, **case.data})
            elif case.kind == "package":
                case_records += _records_of_package(case.document(), index)
            elif case.kind == "patch" and case.data.get("operations"):  # the record the patch changes
                key = (case.data["base"], json.dumps(case.data.get("base_operations", []), default=str))
                if key not in bases:
                    bases[key] = apply_patch(yaml.safe_load((ROOT / case.data["base"]).read_text(encoding="utf-8")), case.data.get("base_operations", []))
                document = apply_patch(bases[key], case.data["operations"])
                steps = case.data["operations"][0]["path"].split("/")[1:3]
                if len(steps) == 2 and steps[1].isdigit() and isinstance(document.get(steps[0]), list) and int(steps[1]) < len(document[steps[0]]):
                    case_records += _records_of_package({steps[0]: [document[steps[0]][int(steps[1])]]}, index)
    rng = random.Random(7)
    files = []
    for name, records in (("examples.jsonl", examples), ("cases.jsonl", case_records)):
        lines = [_line(r) for r in records]
        for broken in BROKEN_LINES:
            lines.insert(rng.randrange(len(lines) + 1), broken)
        path = directory / name
        path.write_bytes(b"\n".join(lines) + b"\n")
        files.append(path)
    if not cases:
        files.pop()
    return files


INJECTED = {
    "end-before-start": "Execution.end_date.after-start",
    "bad-municipality": "Address.municipality_code.in-code-list",
    "impossible-date": "Execution.start_date.value-type",
    "unknown-provider": "reference.unresolved",
}


def generate_events(directory: Path, events: int, seed: int = 20261127) -> tuple[Path, Path, dict[int, str]]:
    """Providers and educations in one file, education events in another, about 1 % of the events
    broken in one of the ``INJECTED`` ways: {event index: way}."""
    from kll.artifacts.codelists import load

    rng = random.Random(seed)
    municipalities = sorted(load("municipality"))
    fields = sorted(c for c in load("sun-2020-field") if len(c) == 4)
    base = "https://w3id.org/kll/id/test"
    providers = [f"{base}/provider/{i}" for i in range(20)]
    educations = [f"{base}/education/{i}" for i in range(100)]
    catalogue = directory / "catalogue.jsonl"
    with catalogue.open("w", encoding="utf-8") as out:
        for i, identifier in enumerate(providers):
            out.write(json.dumps({
                "type": "EducationProvider", "id": identifier, "name": {"sv": f"Anordnare {i}", "en": f"Provider {i}"},
                "homepage": f"https://anordnare{i}.example.se", "organisation_number": "212000-2411", "last_modified": "2026-01-15T09:00:00+01:00",
                "address": {"street_address": "Storgatan 1", "postal_code": "852 30", "post_name": "Sundsvall", "municipality_code": "2281", "country_code": "SE"},
            }, ensure_ascii=False) + "\n")
        for i, identifier in enumerate(educations):
            out.write(json.dumps({
                "type": "Education", "id": identifier, "education_code": f"KURS{i:05d}", "configuration": "kurs",
                "title": {"sv": f"Kurs {i}", "en": f"Course {i}"}, "school_type": rng.choice(["VUXGY", "YH", "HS", "AUB"]),
                "subjects": [{"scheme": "sun-2020-field", "code": rng.choice(fields), "scheme_version": "2020"}],
                "credits": {"credit_system": "hp", "credit_value": rng.choice([7.5, 15, 30])}, "last_modified": "2026-01-15T09:00:00+01:00",
            }, ensure_ascii=False) + "\n")
    broken: dict[int, str] = {}
    path = directory / "events.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(events):
            start = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            event = {
                "type": "EducationEvent", "id": f"{base}/event/{i}", "education": rng.choice(educations), "providers": [rng.choice(providers)],
                "execution": {"execution_condition": "1", "start_date": start, "end_date": start.replace("2026", "2027", 1)},
                "locations": [{"municipality_code": rng.choice(municipalities), "country_code": "SE"}],
                "languages_of_instruction": ["swe"], "pace_of_study": {"pace_percentage": rng.choice([25, 50, 100])},
                "last_modified": "2026-02-01T08:00:00+01:00", "expires": "2027-02-01T00:00:00+01:00",
            }
            if rng.random() < 0.01:
                kind = rng.choice(sorted(INJECTED))
                broken[i] = kind
                if kind == "end-before-start":
                    event["execution"]["end_date"] = start.replace("2026", "2025", 1)
                elif kind == "bad-municipality":
                    event["locations"][0]["municipality_code"] = "9999"
                elif kind == "impossible-date":
                    event["execution"]["start_date"] = "2026-02-30"
                else:
                    event["providers"] = [f"{base}/provider/missing"]
            out.write(json.dumps(event, ensure_ascii=False) + "\n")
    return catalogue, path, broken


def findings(report) -> list[dict]:
    return [f.to_dict() for f in report.findings]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> list[Path]:
    return write_mixed_dataset(tmp_path_factory.mktemp("mixed"))


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    directory = tmp_path_factory.mktemp("events")
    return generate_events(directory, 3000)


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(kll.validation.loaders, "CHUNK_BYTES", 16 * 1024)


# --- same report ----------------------------------------------------------------------------------


def test_two_workers_give_the_report_of_one_on_examples_and_cases(mixed, small_chunks):
    assert sum(1 for _ in plan_json_lines(mixed[1])) > 20  # many chunk boundaries
    one = validate(mixed, stages=["structural", "rules"], jobs=1)
    two = validate(mixed, stages=["structural", "rules"], jobs=2, start_method="fork")
    assert one.records == two.records > 1000
    assert findings(one) == findings(two)
    rules = one.rule_ids()
    # the data exercises input errors, structure, per-record rules and dataset-level rules
    assert {"input.syntax", "input.limit", "record.class-unknown", "identifier.duplicate", "reference.unresolved"} <= rules
    assert len(rules) > 150


def test_spawned_workers_give_the_same_report(mixed, small_chunks):
    one = validate(mixed[:1], stages=["structural", "rules"], jobs=1)
    spawned = validate(mixed[:1], stages=["structural", "rules"], jobs=2, start_method="spawn")
    assert findings(one) == findings(spawned)


def test_generated_events_flag_exactly_the_broken_ones_in_parallel(events, small_chunks):
    catalogue, path, broken = events
    expected = {i: {INJECTED[kind]} for i, kind in broken.items()}
    reports = [validate([catalogue, path], stages=["structural", "rules"], jobs=jobs, start_method="fork") for jobs in (1, 2)]
    assert findings(reports[0]) == findings(reports[1])
    flagged: dict[int, set[str]] = {}
    for finding in reports[1].findings:
        if finding.severity.value == "violation" and finding.location.file == str(path):
            flagged.setdefault(finding.location.record, set()).add(finding.rule)
    assert flagged == expected and len(expected) > 10


def test_structural_stage_alone_in_workers_gives_the_same_report(mixed, small_chunks):
    one = validate(mixed, stages=["structural"], jobs=1)
    assert findings(one) == findings(validate(mixed, stages=["structural"], jobs=2, start_method="fork"))
    assert not any(f.stage.value == "rules" for f in one.findings)


def test_semantic_stage_in_workers_gives_the_same_report(tmp_path, monkeypatch):
    monkeypatch.setattr(kll.validation.loaders, "CHUNK_BYTES", 4 * 1024)
    files = write_mixed_dataset(tmp_path, cases=False)
    one = validate(files, jobs=1)
    two = validate(files, jobs=2, start_method="fork")
    assert Stage_semantic_ran(one)
    assert findings(one) == findings(two)


def Stage_semantic_ran(report) -> bool:
    return any(f.stage.value == "semantic" for f in report.findings)


def test_documents_and_json_lines_mix_in_one_parallel_run(mixed, small_chunks):
    package = ROOT / "examples" / "offering" / "komvux-sundsvall-matematik.yaml"
    one = validate([package, *mixed], stages=["structural", "rules"], jobs=1)
    two = validate([package, *mixed], stages=["structural", "rules"], jobs=2, start_method="fork")
    assert findings(one) == findings(two)


# --- reading JSON Lines in chunks -------------------------------------------------------------------


def _reference_lines(path: Path):
    """JSON Lines as the validator read them before chunks and orjson: line by line with json."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                yield number, ("input.syntax", number, None, f"not UTF-8: byte {error.start + 1} of the line")
                continue
            if not line.strip():
                continue
            try:
                yield number, repr(parse_json(line))
            except InputError as error:
                yield number, (error.rule, number, error.column, error.detail)


def _read(path: Path):
    for number, record in iter_json_lines(path):
        yield number, (record.rule, record.line, record.column, record.detail) if isinstance(record, InputError) else repr(record)


@pytest.mark.parametrize("separator", [b"\n", b"\r\n"])
@pytest.mark.parametrize("final_newline", [True, False])
@pytest.mark.parametrize("chunk", [7, 64, 1 << 20])
def test_chunked_orjson_reading_equals_line_by_line_json(tmp_path, monkeypatch, separator, final_newline, chunk):
    lines = BROKEN_LINES + [
        b'{"a": 1}', b'{"a": "\\ud800"}', b'{"a": 1e999}', b'{"a": -9223372036854775809}', b'{"a": 18446744073709551616}',
        b"[" * 2000 + b"]" * 2000, b'{"a": "x\ty"}', b'"text"', b'{"a": 1} x', b"\xc2\xa0", b"\x1c", b'{"long": "' + b"y" * 300 + b'"}',
        b'{"a":', b'{"nested": ' + b'{"b": ' * 63 + b"1" + b"}" * 63 + b"}",
    ]
    path = tmp_path / "tricky.jsonl"
    path.write_bytes(separator.join(lines) + (separator if final_newline else b""))
    monkeypatch.setattr(kll.validation.loaders, "CHUNK_BYTES", chunk)
    assert list(_read(path)) == list(_reference_lines(path))


# --- memory ---------------------------------------------------------------------------------------------


def test_tasks_in_flight_are_bounded(events):
    _, path, _ = events
    chunks = list(plan_json_lines(path, 4096))
    assert len(chunks) > 50
    pulled = 0

    def tasks(runner):
        nonlocal pulled
        for chunk in chunks:
            pulled += 1
            yield runner.index_task(str(path), chunk)

    with Runner(2, None, ("structural", "rules"), None, "fork") as runner:
        consumed = 0
        for _ in runner.ordered(tasks(runner)):
            consumed += 1
            assert pulled - consumed <= IN_FLIGHT * 2
    assert consumed == len(chunks)


def test_two_workers_are_this_process_and_one_started_both_checking_records(events, monkeypatch, small_chunks):
    """Each process holds the engine (about 80 MB with the SHACL stage): with ``jobs=2`` the main
    process is the second worker, so two processes run, not three, and both check chunks."""
    catalogue, path, _ = events
    here, original = os.getpid(), kll.validation.parallel.stage_chunk
    workers: set[int] = set()

    def counted(*args, **kwargs):
        result = original(*args, **kwargs)
        if os.getpid() == here:
            result.records = -result.records  # marked: checked here, not in a started worker
        return result

    monkeypatch.setattr(kll.validation.parallel, "stage_chunk", counted)
    seen: list[int] = []

    def progress(records: int) -> None:
        seen.append(records)
        workers.update(child.pid for child in multiprocessing.active_children())

    validate([catalogue, path], stages=["structural", "rules"], jobs=2, start_method="fork", progress=progress)
    assert len(workers) == 1
    assert any(records < 0 for records in seen) and any(records > 0 for records in seen)


def test_with_this_process_as_a_worker_the_report_is_that_of_one_process(events, monkeypatch, small_chunks):
    """The chunks this process checks itself are put back in order with the started worker's."""
    catalogue, path, _ = events
    one = validate([catalogue, path], stages=["structural", "rules"], jobs=1)
    here, original = os.getpid(), kll.validation.parallel.stage_chunk
    checked_here: list[int] = []

    def counted(*args, **kwargs):
        if os.getpid() == here:  # a started worker's list is its own copy, so only ours count
            checked_here.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(kll.validation.parallel, "stage_chunk", counted)
    two = validate([catalogue, path], stages=["structural", "rules"], jobs=2, start_method="fork")
    assert checked_here, "this process checked no chunk: the interleaving is not exercised"
    assert one.records == two.records
    assert findings(one) == findings(two)


def test_the_identifier_index_takes_14_bytes_a_record_and_answers_as_the_dataset():
    rng = random.Random(3)
    builder, dataset = IndexBuilder(), Dataset(is_a=lambda sub, sup: sub == sup)
    classes = ["EducationEvent", "Education", "Concept"]
    for start in range(0, 60_000, 10_000):
        part = IndexPart()
        for i in range(start, start + 10_000):
            identifier = f"https://w3id.org/kll/id/test/{rng.randrange(58_000)}"
            class_name = classes[i % 3]
            data = {"id": identifier, "n": i} if class_name == "Concept" else None
            part.add(identifier, class_name, IndexedRecord(class_name, "f", i, "", data) if data else None)
            dataset.add(identifier, IndexedRecord(class_name, "f", i, "", data))
        builder.add_part(part)
    index = builder.finish().bind(dataset.is_a, lambda c: [], lambda r, c: True)
    stored = sum(a.itemsize * len(a) for arrays in (index._high, index._low, index._codes) for a in arrays)
    assert stored / len(index) <= 14
    assert len(index) == len(dataset.by_id)
    for number in range(0, 60_000, 7):
        identifier = f"https://w3id.org/kll/id/test/{number}"
        expected, found = dataset.get(identifier), index.get(identifier)
        assert (expected is None) == (found is None)
        if expected is not None:
            assert found.class_name == expected.class_name
            assert index.record(identifier) == dataset.record(identifier)
        assert len(index.duplicates.get(identifier) or ()) == len(dataset.duplicates.get(identifier) or ())


# --- bad input, dying workers, Ctrl-C ---------------------------------------------------------------------


def test_bad_input_in_a_worker_is_a_clean_finding_and_exit_code(mixed, small_chunks):
    result = CliRunner().invoke(app, ["validate", str(mixed[0]), "--stages", "structural,rules", "--jobs", "2", "--format", "json"])
    # bad lines among good ones: findings on those lines, the rest checked — violations, not "unreadable"
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    report = json.loads(result.stdout)
    rules = {f["rule"] for f in report["findings"]}
    assert {"input.syntax", "input.limit", "record.class-unknown"} <= rules


def test_a_worker_that_dies_ends_the_run_with_a_clear_error(events, monkeypatch, small_chunks):
    catalogue, path, _ = events

    here, original = os.getpid(), kll.validation.parallel.stage_chunk

    def die(*args, **kwargs):
        if os.getpid() == here:  # the main process works too: only the started worker dies
            return original(*args, **kwargs)
        os._exit(7)

    monkeypatch.setattr(kll.validation.parallel, "stage_chunk", die)
    monkeypatch.setenv("KLL_START_METHOD", "fork")  # forked workers inherit the patch
    with pytest.raises(WorkerError, match="worker process stopped unexpectedly"):
        validate([catalogue, path], stages=["structural", "rules"], jobs=2, start_method="fork")
    result = CliRunner().invoke(app, ["validate", str(catalogue), str(path), "--stages", "structural,rules", "--jobs", "2"])
    assert result.exit_code == 2
    assert "worker process stopped unexpectedly" in result.output and "Traceback" not in result.output
    _no_children_left()


def test_without_room_for_the_index_pass_two_runs_here_with_the_same_report(events, monkeypatch, small_chunks):
    catalogue, path, _ = events
    expected = findings(validate([catalogue, path], stages=["structural", "rules"], jobs=1))

    def no_room(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kll.validation.parallel.tempfile, "mkdtemp", no_room)
    assert findings(validate([catalogue, path], stages=["structural", "rules"], jobs=2, start_method="fork")) == expected
    _no_children_left()


def test_ctrl_c_stops_the_workers(events, small_chunks):
    catalogue, path, _ = events

    def interrupt(_n):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        validate([catalogue, path], stages=["structural", "rules"], jobs=2, start_method="fork", progress=interrupt)
    _no_children_left()


def test_ctrl_c_in_the_command_exits_130_without_traceback(events, monkeypatch):
    import kll.validate

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(kll.validate, "validate", interrupted)
    result = CliRunner().invoke(app, ["validate", str(events[1])])
    assert result.exit_code == 130 and "interrupted" in result.output and "Traceback" not in result.output


def _no_children_left() -> None:
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not multiprocessing.active_children()


# --- how many workers --------------------------------------------------------------------------------------


def test_jobs_default_to_every_core_for_large_json_lines_only(events):
    assert default_jobs(0) == 1
    assert default_jobs(PARALLEL_THRESHOLD - 1) == 1
    assert default_jobs(PARALLEL_THRESHOLD) == _cores()
    result = CliRunner().invoke(app, ["validate", str(events[1]), "--jobs", "-1"])
    assert result.exit_code == 2 and "--jobs" in result.output


# --- loaded once ---------------------------------------------------------------------------------------------


def test_the_rule_catalogue_of_the_shapes_is_cached_by_their_content(tmp_path, monkeypatch):
    from kll.validation import catalogue as catalogue_module

    monkeypatch.setenv("KLL_CACHE_DIR", str(tmp_path))
    parsed = catalogue_module._generated_rules(None)
    cached = list(tmp_path.glob("rules-*.json"))
    assert len(cached) == 1
    assert catalogue_module._generated_rules(None) == parsed  # read back from the cache
    cached[0].write_text("not json", encoding="utf-8")  # a damaged cache is parsed again
    assert catalogue_module._generated_rules(None) == parsed
    monkeypatch.setenv("KLL_CACHE_DIR", str(tmp_path / "file-in-the-way" / "x"))
    (tmp_path / "file-in-the-way").write_text("", encoding="utf-8")  # an unwritable cache is skipped
    assert catalogue_module._generated_rules(None) == parsed
