"""The conformance harness and its reports: implementations plugged in over the command and HTTP
protocols (examples/implementations/), misbehaviour turned into errored outcomes, EARL, the
summary, the badge and the W3C manifest.

The full suite takes minutes through the reference validator, so the comparisons run on a subset
that has every profile, kind and format, conformant and not, and every file case. Set
``KLL_CONFORMANCE_ALL=1`` to compare on every case.
"""

from __future__ import annotations

import base64
import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, SH

from kll.conformance.cases import load_cases
from kll.conformance.levels import reachable_cases
from kll.conformance.harness import (
    CommandImplementation, HttpImplementation, ImplementationInfo, ProtocolError, case_message, open_implementation,
    outcome_from_reply,
)
from kll.conformance.reports import (
    CASE_BASE, EARL, KLLC, MF, RULE_BASE, SHT, badge, case_data_graph, earl_graph, manifest_graph, shacl_checkable,
    summary_markdown, to_jsonld, to_turtle,
)
from kll.conformance.runner import CaseResult, Outcome, ReferenceImplementation, load_expected_failures, run_suite
from kll.artifacts.paths import repository_root

ROOT = repository_root()
ADAPTERS = ROOT / "examples" / "implementations"
PYTHON = sys.executable
CASES = load_cases()


def _format(case) -> str | None:
    """The case's format as the protocol sends it (without building a patch case's document)."""
    return case_message(case)["format"] if case.kind == "file" else "json"


def _subset(cases, per_group: int = 2) -> list:
    """The first cases (by id) of each profile × kind × format × expected verdict, and every file case."""
    seen: dict = {}
    chosen = []
    for case in sorted(cases, key=lambda c: c.id):
        key = (case.profile, case.kind, _format(case), case.expected.conformant)
        if case.kind == "file" or seen.get(key, 0) < per_group:
            seen[key] = seen.get(key, 0) + 1
            chosen.append(case)
    return chosen


SUBSET = list(CASES) if os.environ.get("KLL_CONFORMANCE_ALL") else _subset(CASES)
SMALL = _subset(CASES, per_group=1)[:40]


def _command(name: str, *args: str, **options) -> CommandImplementation:
    return CommandImplementation([PYTHON, str(ADAPTERS / name), *args], **options)


def _plain(case_ids=None, kinds=("record", "package")) -> list:
    """Record and package cases (no patch base runs, no files): one request each."""
    return [c for c in sorted(CASES, key=lambda c: c.id) if c.kind in kinds and (case_ids is None or c.id in case_ids)]


@pytest.fixture(scope="module")
def reference_results():
    return {r.case.id: r for r in run_suite(ReferenceImplementation(), cases=SUBSET)}


@pytest.fixture(scope="module")
def wrong_run():
    crash_on = next(c.id for c in sorted(SMALL, key=lambda c: c.id) if c.expected.conformant and c.kind != "patch")
    with _command("wrong.py", "--crash-on", crash_on) as implementation:
        results = run_suite(implementation, cases=SMALL)
        starts = implementation.starts
    return implementation, results, crash_on, starts


@pytest.fixture(scope="module")
def jsonschema_run():
    with _command("jsonschema_adapter.py") as implementation:
        results = run_suite(implementation, cases=SUBSET, level="core")
    return implementation, results


# --- the reference validator through the command protocol ---------------------------------------------


def test_reference_through_the_command_protocol_grades_as_in_process(reference_results):
    with _command("kll_reference.py") as implementation:
        results = run_suite(implementation, cases=SUBSET)
        process = implementation._process.process
    assert process.poll() is not None, "the implementation's process outlived the with block"
    assert implementation.name == "kll reference validator"
    assert implementation.version == ReferenceImplementation().version
    assert len(results) == len(SUBSET)
    differences = [
        (r.case.id, r.status, r.reason, reference_results[r.case.id].status, reference_results[r.case.id].reason)
        for r in results
        if (r.status, r.reason) != (reference_results[r.case.id].status, reference_results[r.case.id].reason)
    ]
    assert not differences
    in_process = [r for r in reference_results.values() if r.passed]
    assert in_process, "the in-process reference passes no case of the subset"
    assert all(r.passed for r in results if reference_results[r.case.id].passed)
    if all(r.passed for r in reference_results.values()):
        assert badge(results)["message"] == "100 %"


def test_the_subset_covers_every_profile_kind_and_format():
    assert {c.profile for c in SUBSET} == {c.profile for c in CASES}
    assert {c.kind for c in SUBSET} == {c.kind for c in CASES}
    assert {_format(c) for c in SUBSET} == {_format(c) for c in CASES}
    assert all(_format(c) == case_message(c)["format"] for c in SUBSET)
    assert {c.id for c in CASES if c.kind == "file"} <= {c.id for c in SUBSET}


# --- a wrong implementation --------------------------------------------------------------------


def test_wrong_implementation_is_graded_below_100_and_the_failures_are_named(wrong_run):
    implementation, results, crash_on, starts = wrong_run
    assert implementation.name == "accepts everything"
    by_id = {r.case.id: r for r in results}
    assert set(by_id) == {c.id for c in SMALL}

    crashed = by_id[crash_on]
    assert crashed.status == "errored"
    assert "exited with code 3" in crashed.reason and "giving up on" in crashed.reason
    assert starts == 2, "the harness restarts the implementation after a crash"
    after = [r for r in results if r.case.id > crash_on and r.outcome.verdict != "errored"]
    assert after, "cases after the crash were not run"

    # Accepting everything fails every case that expects a violation.
    for result in results:
        if not result.case.expected.conformant:
            assert result.status == "failed" and "verdict conformant, expected not-conformant" in result.reason
    failing = [r for r in results if not r.passed]
    assert 0 < len(failing) < len(results)

    shown = badge(results)
    assert shown["message"] != "100 %" and int(shown["message"].split()[0]) < 100
    assert shown["color"] in {"yellow", "red"}

    summary = summary_markdown(results, implementation=implementation, suite_version="test", level="full")
    assert "accepts everything 0.0.1" in summary
    for result in failing:
        assert f"`{result.case.id}`" in summary
    assert f"`{crash_on}` — errored:" in summary


def test_the_summary_has_one_row_per_profile_with_consistent_counts(wrong_run):
    _, results, _, _ = wrong_run
    summary = summary_markdown(results)
    rows = {line.split("|")[1].strip(): [cell.strip() for cell in line.split("|")[2:-1]] for line in summary.splitlines() if line.startswith("| ") and not line.startswith("| Profile")}
    assert set(rows) == {r.case.profile for r in results} | {"**all**"}
    for label, cells in rows.items():
        cases, passed, failed, expected, skipped, errored = map(int, cells[:6])
        assert cases == passed + failed + expected + skipped + errored
        assert re.fullmatch(r"\d{1,3} %", cells[6])
    assert int(rows["**all**"][0]) == len(results)


# --- a partial implementation: the JSON Schema only ----------------------------------------------------


def test_the_jsonschema_adapter_is_a_partial_implementation(jsonschema_run):
    implementation, results = jsonschema_run
    assert implementation.name.startswith("JSON Schema adapter")
    within = {case.id for case in reachable_cases(("json-schema",), level="core", cases=SUBSET)}
    # Every case within the schema's reach passes, with the rule IDs its annotations name …
    assert [r.case.id for r in results if r.case.id in within and not r.passed] == []
    assert any(not r.case.expected.conformant for r in results if r.case.id in within and r.passed)
    # … the others cannot all pass (SHACL and the rules stage check what it does not) …
    assert any(not r.passed for r in results if r.case.id not in within)
    # … and it does not read RDF: those cases are skipped by the harness, with the reason.
    for result in results:
        fmt = _format(result.case)
        if fmt in {"turtle", "jsonld"}:
            assert result.status == "skipped" and f"does not read {fmt}" in result.outcome.message


def _jsonschema_gaps(cases) -> dict[str, str]:
    """What a JSON Schema alone cannot do at the core level, from the recorded agreement matrix (the
    selection of `--artifacts json-schema`), not from the adapter's own run."""
    within = {case.id for case in reachable_cases(("json-schema",), level="core", cases=cases)}
    gaps = {}
    for case in cases:
        fmt = _format(case)
        if fmt not in {"json", "yaml", "jsonl"}:
            gaps[case.id] = f"reads no {fmt or 'file of unknown format'} input"
        elif case.id not in within:
            gaps[case.id] = "beyond the JSON Schema at level core (see the conformance levels page)"
    return gaps


def test_an_expected_failures_file_keeps_the_jsonschema_adapter_run_green(tmp_path):
    listed = tmp_path / "jsonschema-adapter.expected-failures.yaml"
    listed.write_text(yaml.safe_dump(_jsonschema_gaps(SUBSET), allow_unicode=True), encoding="utf-8")
    expected_failures = load_expected_failures(listed)
    assert expected_failures
    with _command("jsonschema_adapter.py") as implementation:
        results = run_suite(implementation, cases=SUBSET, level="core", expected_failures=expected_failures)
    # A case beyond the schema's reach may still pass (the schema's verdict and rules happen to be
    # right): such a listed case is an unexpected pass, named as one — the file must be honest.
    not_ok = [(r.case.id, r.status, r.reason) for r in results if not r.ok and r.status != "unexpected-pass"]
    assert not not_ok, "a gap the expected-failures file does not list"
    honest = {r.case.id: reason for r in results for case_id, reason in expected_failures.items()
              if r.case.id == case_id and r.status == "expected-failure"}
    assert honest
    summary = summary_markdown(results, implementation=implementation, level="core")
    for case_id in honest:
        assert f"`{case_id}` — expected failure" in summary


# --- misbehaviour ----------------------------------------------------------------------------------


def test_a_hanging_case_times_out_and_the_next_case_runs():
    first, hung, last = _plain()[:3]
    started = time.monotonic()
    with _command("wrong.py", "--hang-on", hung.id, timeout=1.5) as implementation:
        results = {r.case.id: r for r in run_suite(implementation, cases=[first, hung, last])}
        assert implementation.starts == 2
    assert time.monotonic() - started < 20
    assert results[hung.id].status == "errored" and "no reply within 1.5 s" in results[hung.id].reason
    assert results[first.id].outcome.verdict == "conformant"
    assert results[last.id].outcome.verdict == "conformant"


@pytest.mark.parametrize("misbehaviour, message", [("--garbage-on", "not JSON"), ("--wrong-seq-on", "seq")])
def test_a_malformed_reply_is_errored(misbehaviour, message):
    first, bad, last = _plain()[:3]
    with _command("wrong.py", misbehaviour, bad.id, timeout=10) as implementation:
        results = {r.case.id: r for r in run_suite(implementation, cases=[first, bad, last])}
    assert results[bad.id].status == "errored"
    assert "malformed reply" in results[bad.id].reason and message in results[bad.id].reason
    assert results[last.id].outcome.verdict == "conformant"


@pytest.mark.parametrize("args, message", [(("--silent",), "no reply within 1.5 s"), (("--not-ready",), '"ready": true')])
def test_a_failed_start_errors_every_case_without_hanging(args, message):
    cases = _plain()[:4]
    started = time.monotonic()
    with _command("wrong.py", *args, start_timeout=1.5) as implementation:
        results = run_suite(implementation, cases=cases)
        assert implementation.starts == 1
    assert time.monotonic() - started < 15
    assert [r.status for r in results] == ["errored"] * len(cases)
    assert all("did not start" in r.reason and message in r.reason for r in results)


def test_a_command_that_does_not_exist_gives_errored_outcomes(tmp_path):
    with CommandImplementation([str(tmp_path / "no-such-implementation")]) as implementation:
        results = run_suite(implementation, cases=_plain()[:2])
    assert [r.status for r in results] == ["errored", "errored"]
    assert "could not be started" in results[0].reason


def test_a_crash_on_every_case_stops_after_the_restart_limit(tmp_path):
    cases = _plain()[:6]
    with _command("wrong.py", *[a for c in cases for a in ("--crash-on", c.id)], max_restarts=2) as implementation:
        results = run_suite(implementation, cases=cases)
    assert implementation.starts == 3
    assert all(r.status == "errored" for r in results)
    assert "gave up after 2 restarts" in results[-1].reason


STUBBORN = """
import json, sys, time
for line in sys.stdin:
    request = json.loads(line)
    if request["cmd"] == "start":
        print(json.dumps({"ready": True, "implementation": {"name": "stubborn", "version": "1"},
                          "capabilities": {"formats": ["json"], "profiles": [PROFILE]}}), flush=True)
    elif request["cmd"] == "run":
        with open(LOG, "a") as log:
            log.write(request["case"]["id"] + "\\n")
        print(json.dumps({"seq": request["seq"], "skipped": "not today"}), flush=True)
    elif request["cmd"] == "stop":
        time.sleep(60)  # ignores stop: the harness must kill it
"""


def test_capabilities_skip_cases_without_sending_them_and_stop_always_terminates(tmp_path):
    log = tmp_path / "received.log"
    profile = SMALL[0].profile
    script = tmp_path / "stubborn.py"
    script.write_text(STUBBORN.replace("PROFILE", repr(profile)).replace("LOG", repr(str(log))), encoding="utf-8")
    implementation = CommandImplementation([PYTHON, str(script)], stop_grace=0.5)
    results = {r.case.id: r for r in run_suite(implementation, cases=SMALL)}
    process = implementation._process.process
    started = time.monotonic()
    implementation.stop()
    assert process.poll() is not None and time.monotonic() - started < 10

    sent = set(log.read_text().split()) if log.exists() else set()
    for case in SMALL:
        message = case_message(case)
        result = results[case.id]
        assert result.status == "skipped"
        if message["format"] is not None and message["format"] != "json" or case.profile != profile:
            assert case.id not in sent
            assert "does not read" in result.outcome.message or "does not implement profile" in result.outcome.message
        else:
            assert case.id in sent and result.outcome.message == "not today"


def test_replies_are_checked():
    assert outcome_from_reply({"seq": 3, "verdict": "conformant", "findings": [{"rule": "b", "severity": "warning"}, {"rule": "a", "severity": "info", "message": "x"}]}, 3) == Outcome(
        "conformant", (("a", "info"), ("b", "warning")))
    assert outcome_from_reply({"skipped": "no"}).verdict == "skipped"
    assert outcome_from_reply({"errored": "boom"}).verdict == "errored"
    for bad in (
        [], {"seq": 3, "verdict": "conformant", "findings": []}, {"seq": 4, "verdict": "maybe", "findings": []},
        {"seq": 4, "verdict": "conformant", "skipped": "x"}, {"seq": 4, "verdict": "conformant"},
        {"seq": 4, "verdict": "conformant", "findings": [{"rule": "a"}]}, {"seq": 4, "verdict": "conformant", "findings": {}},
        {"seq": 4, "verdict": "conformant", "findings": [{"rule": "a", "severity": "fatal"}]},
    ):
        with pytest.raises(ProtocolError):
            outcome_from_reply(bad, 4)
    with pytest.raises(ProtocolError):
        ImplementationInfo.from_reply({"ready": True, "version": 2, "implementation": {"name": "x", "version": "1"}, "capabilities": {"formats": []}})
    with pytest.raises(ProtocolError):
        ImplementationInfo.from_reply({"ready": True, "implementation": {"name": "x"}, "capabilities": {"formats": []}})


def test_the_case_message_follows_the_protocol():
    for case in SMALL:
        message = case_message(case)
        assert set(message) - {"stages"} == {"id", "profile", "class", "kind", "format", "data", "reference_date"}
        assert re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", message["reference_date"])  # judged against it, never the clock
        assert message["kind"] in {"record", "package", "file"}
        json.dumps(message)  # JSON all the way
        if message["kind"] == "file":
            path = Path(message["data"])
            assert path.is_absolute()
            inline = case_message(case, inline_files=True)
            if path.is_file():
                assert base64.b64decode(inline["content_base64"]) == path.read_bytes()
            else:  # a case about a missing file
                assert "content_base64" not in inline and any(r.startswith("input.") for r, _ in case.expected.findings)
        else:
            assert message["format"] == "json" and isinstance(message["data"], dict)
    assert isinstance(open_implementation("http://127.0.0.1:9/"), HttpImplementation)
    assert isinstance(open_implementation(f"{PYTHON} -m nothing"), CommandImplementation)


# --- HTTP ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def http_reference():
    server = subprocess.Popen([PYTHON, str(ADAPTERS / "http_reference.py"), "--host", "127.0.0.1", "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert match, f"the server said {line!r}"
        yield match.group(0)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def test_http_implementation_grades_as_in_process(http_reference, reference_results):
    cases = [c for c in SUBSET if c.kind == "file"][:8] + [c for c in SUBSET if c.kind != "file"][:8]
    implementation = HttpImplementation(http_reference, timeout=60)
    results = run_suite(implementation, cases=cases)
    assert implementation.name == "kll reference validator"
    for result in results:
        expected = reference_results[result.case.id]
        assert (result.status, result.reason) == (expected.status, expected.reason), result.case.id


def test_http_exchanges_are_traced(http_reference, tmp_path):
    from kll.conformance.trace import Trace

    cases = _plain()[:2]
    implementation = HttpImplementation(http_reference, timeout=60, trace=Trace(tmp_path))
    results = run_suite(implementation, cases=cases)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["0001-start.json", f"0002-{cases[0].id}.json", f"0003-{cases[1].id}.json"]
    start = json.loads((tmp_path / files[0]).read_text(encoding="utf-8"))
    assert start["request"] == {"method": "GET", "url": f"{http_reference}/info"}
    assert json.loads(start["reply"])["implementation"]["name"] == "kll reference validator"
    exchange = json.loads((tmp_path / files[1]).read_text(encoding="utf-8"))
    assert exchange["request"]["method"] == "POST" and exchange["request"]["body"] == case_message(cases[0], inline_files=True)
    assert json.loads(exchange["reply"])["verdict"] == results[0].outcome.verdict
    assert all(oct(p.stat().st_mode & 0o777) == "0o600" for p in tmp_path.iterdir())


def test_http_connection_errors_and_timeouts_are_errored():
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    results = run_suite(HttpImplementation(f"http://127.0.0.1:{port}", timeout=2), cases=_plain()[:2])
    assert [r.status for r in results] == ["errored", "errored"]
    assert "cannot reach" in results[0].reason

    with socket.socket() as silent:  # accepts connections (backlog), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        started = time.monotonic()
        results = run_suite(HttpImplementation(f"http://127.0.0.1:{silent.getsockname()[1]}", timeout=1), cases=_plain()[:2])
        assert time.monotonic() - started < 10
    assert [r.status for r in results] == ["errored", "errored"]
    assert "within 1 s" in results[0].reason


# --- EARL -----------------------------------------------------------------------------------------


class _Named:
    name, version, homepage = "Example validator", "9.9", "https://example.org/validator"


def test_earl_has_one_assertion_per_case_in_turtle_and_json_ld(wrong_run, jsonschema_run):
    implementation, results, _, _ = wrong_run
    seen = {r.case.id for r in results}
    results = list(results) + [r for r in jsonschema_run[1] if r.status == "skipped" and r.case.id not in seen][:3]
    graph = earl_graph(results, implementation, "0.1.0", date="2025-01-01T00:00:00Z")
    turtle, jsonld = to_turtle(graph), to_jsonld(graph)
    from_turtle = Graph().parse(data=turtle, format="turtle")
    from_jsonld = Graph().parse(data=jsonld, format="json-ld")
    assert isinstance(json.loads(jsonld)["@context"], dict), "the JSON-LD context is inline"
    assert isomorphic(from_turtle, from_jsonld) and isomorphic(from_turtle, graph)

    assertions = list(from_turtle.subjects(RDF.type, EARL.Assertion))
    assert len(assertions) == len(results)
    tests = [from_turtle.value(a, EARL.test) for a in assertions]
    assert sorted(map(str, tests)) == sorted(CASE_BASE + r.case.id for r in results)
    expected_outcomes = {
        CASE_BASE + r.case.id: EARL.passed if r.passed else EARL.inapplicable if r.outcome.verdict == "skipped" else EARL.cantTell if r.outcome.verdict == "errored" else EARL.failed
        for r in results
    }
    for assertion in assertions:
        test = from_turtle.value(assertion, EARL.test)
        result = from_turtle.value(assertion, EARL.result)
        assert from_turtle.value(assertion, EARL.outcome) is None
        assert from_turtle.value(result, EARL.outcome) == expected_outcomes[str(test)]
        assert from_turtle.value(assertion, EARL.assertedBy) == URIRef("https://w3id.org/kll/conformance/harness")
        subject = from_turtle.value(assertion, EARL.subject)
        assert str(from_turtle.value(subject, URIRef("http://usefulinc.com/ns/doap#name"))) == "accepts everything"
    outcomes = {o for o in expected_outcomes.values()}
    assert {EARL.passed, EARL.failed, EARL.cantTell, EARL.inapplicable} <= outcomes
    for result in results:
        title = from_turtle.value(URIRef(CASE_BASE + result.case.id), URIRef("http://purl.org/dc/terms/title"))
        assert str(title) == result.case.description


def test_earl_is_deterministic_and_names_the_implementation(wrong_run):
    _, results, _, _ = wrong_run
    assert to_turtle(earl_graph(results, _Named(), "0.1.0")) == to_turtle(earl_graph(results, _Named(), "0.1.0"))
    graph = earl_graph(results[:2], _Named(), "0.1.0")
    doap = "http://usefulinc.com/ns/doap#"
    subject = URIRef(_Named.homepage)
    assert (subject, RDF.type, URIRef(doap + "Project")) in graph
    release = graph.value(subject, URIRef(doap + "release"))
    assert graph.value(release, URIRef(doap + "revision")) == Literal("9.9")
    assert not list(graph.objects(None, URIRef("http://purl.org/dc/terms/date")))


# --- the badge --------------------------------------------------------------------------------------


def _results(passed: int, failed: int) -> list[CaseResult]:
    cases = sorted(CASES, key=lambda c: c.id)[: passed + failed]
    return [CaseResult(c, Outcome("conformant"), i < passed, None if i < passed else "no") for i, c in enumerate(cases)]


@pytest.mark.parametrize("passed, failed, message, color", [
    (10, 0, "100 %", "green"), (97, 3, "97 %", "yellow"), (9, 1, "90 %", "yellow"), (89, 11, "89 %", "red"),
    (199, 1, "99 %", "yellow"), (0, 4, "0 %", "red"),
])
def test_badge(passed, failed, message, color):
    assert badge(_results(passed, failed)) == {"schemaVersion": 1, "label": "KLL conformance", "message": message, "color": color}


def test_badge_without_cases():
    shown = badge([])
    assert set(shown) == {"schemaVersion", "label", "message", "color"} and shown["schemaVersion"] == 1


# --- the W3C manifest -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def manifest():
    graph = manifest_graph(SUBSET)
    return Graph().parse(data=graph.serialize(format="turtle"), format="turtle", publicID=ROOT.as_uri() + "/")


def test_the_manifest_has_one_entry_per_case_a_shacl_processor_can_check(manifest):
    head = manifest.value(URIRef("https://w3id.org/kll/conformance/manifest"), MF.entries)
    listed = [str(e) for e in Collection(manifest, head)]
    checkable = sorted(CASE_BASE + c.id for c in SUBSET if shacl_checkable(c))
    assert listed == checkable and len(set(listed)) == len(listed)
    assert sorted(map(str, manifest.subjects(RDF.type, SHT.Validate))) == checkable
    assert sorted(map(str, manifest.subjects(RDF.type, MF.ManifestEntry))) == checkable
    # Cases SHACL alone cannot decide are left out: a rules-stage finding, or input it cannot read.
    assert any(not shacl_checkable(c) for c in SUBSET)
    by_id = {c.id: c for c in SUBSET}
    for entry in map(URIRef, listed):
        case = by_id[str(manifest.value(entry, MF.name))]
        assert str(manifest.value(entry, URIRef("http://www.w3.org/2000/01/rdf-schema#comment"))) == case.description
        action = manifest.value(entry, MF.action)
        assert str(manifest.value(action, SHT.shapesGraph)) == (ROOT / "generated" / "shacl" / "kll.shacl.ttl").as_uri()
        assert manifest.value(action, SHT.dataGraph) is not None
        conforms = manifest.value(manifest.value(entry, MF.result), SH.conforms)
        # SHACL's conforms: false as soon as any result, warnings included.
        assert conforms.toPython() is (not case.expected.findings if case.kind != "patch" else False)
        assert str(manifest.value(entry, KLLC.expectedVerdict)) == ("conformant" if case.expected.conformant else "not-conformant")


def test_the_manifest_says_what_the_shacl_shapes_report(manifest):
    """For a sample of entries, run the generated shapes on the data graph: sh:conforms and the rules agree."""
    from kll.validation.semantic import semantic_validator

    validator = semantic_validator()
    entries = sorted(manifest.subjects(RDF.type, SHT.Validate))[::4][:15]
    assert entries
    for entry in entries:
        data = str(manifest.value(manifest.value(entry, MF.action), SHT.dataGraph))
        if data.startswith("data:"):
            graph = Graph().parse(data=base64.b64decode(data.split(",", 1)[1]).decode("utf-8"), format="turtle")
        else:
            graph = Graph().parse(data, format="turtle")
        hits = validator.validate(graph)
        conforms = manifest.value(manifest.value(entry, MF.result), SH.conforms).toPython()
        expected_rules = {str(r).removeprefix(RULE_BASE) for r in manifest.objects(entry, KLLC.expectedRule)}
        assert (not hits) is conforms, entry
        assert expected_rules <= {h.rule for h in hits}, entry


def test_case_data_graph_is_none_for_input_that_cannot_be_read():
    unreadable = [c for c in CASES if c.kind == "file" and any(rule.startswith("input.") for rule, _ in c.expected.findings)]
    assert unreadable
    assert all(case_data_graph(c) is None for c in unreadable)
