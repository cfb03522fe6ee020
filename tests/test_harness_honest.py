"""An honest harness (issue 20, item 2): unknown rule IDs fail a case, expected-failure files are
checked against the suite, an unexpected pass fails the run, a command that cannot start is one
error, the terminal, the badge, the Markdown summary and the EARL report state the same figures,
and ``--trace`` writes every exchange.

The implementation under test is a small fake that answers each case with the reply a
configuration file gives for its id (by default: conformant, no findings), so the runs take
seconds; the replies are derived from the cases' expectations.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import socket
import stat
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import RDF
from typer.testing import CliRunner

from kll.cli import app
from kll.conformance.cases import load_cases
from kll.conformance.harness import CommandImplementation
from kll.conformance.reports import EARL, KLLC
from kll.conformance.runner import Outcome, UnknownExpectedFailures, grade, run_figures, run_suite

PYTHON = sys.executable
CASES = sorted(load_cases(), key=lambda c: c.id)
#: The profile with the fewest cases: every command-line run here runs all of them.
PROFILE = "qualification-register"
IN_PROFILE = [c for c in CASES if c.profile == PROFILE]
PLAIN = [c for c in IN_PROFILE if c.kind in {"record", "package"}]

runner = CliRunner()

FAKE = r'''
import json, sys
config = json.load(open(sys.argv[1], encoding="utf-8"))
for line in sys.stdin:
    request = json.loads(line)
    if request["cmd"] == "start":
        print(json.dumps({"ready": True, "implementation": {"name": "fake", "version": "1"},
                          "capabilities": {"formats": ["json", "yaml", "jsonl", "turtle", "jsonld"]}}), flush=True)
    elif request["cmd"] == "run":
        reply = config["replies"].get(request["case"]["id"], {"verdict": "conformant", "findings": []})
        print(json.dumps({"seq": request["seq"], **reply}), flush=True)
    elif request["cmd"] == "stop":
        break
'''


def _right(case) -> dict:
    """The reply that passes ``case`` (at either level): its expected verdict and findings."""
    findings = [{"rule": rule, "severity": severity} for rule, severity in case.expected.findings]
    return {"verdict": "conformant" if case.expected.conformant else "not-conformant", "findings": findings}


def _wrong(case) -> dict:
    """The reply that fails ``case``: the other verdict."""
    return {"verdict": "not-conformant" if case.expected.conformant else "conformant", "findings": []}


def _fake(tmp_path: Path, replies: dict[str, dict]) -> list[str]:
    script, config = tmp_path / "fake.py", tmp_path / "fake.json"
    script.write_text(FAKE, encoding="utf-8")
    config.write_text(json.dumps({"replies": replies}), encoding="utf-8")
    return [PYTHON, str(script), str(config)]


def _all_right(**overrides: dict) -> dict[str, dict]:
    return {**{c.id: _right(c) for c in IN_PROFILE}, **overrides}


def _run(*args: str):
    result = runner.invoke(app, ["conformance", "run", "--profile", PROFILE, "--level", "core", *args], env={"COLUMNS": "300", "NO_COLOR": "1"})
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def _case_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if re.match(r"(FAILED|ERRORED|SKIPPED|UNEXPECTED-PASS|EXPECTED-FAILURE) ", line)]


# --- unknown rule IDs ------------------------------------------------------------------------------


def test_an_unknown_rule_id_fails_a_case_that_otherwise_matches_and_is_named(tmp_path):
    case = PLAIN[0]
    reply = _right(case)
    reply["findings"] = reply["findings"] + [{"rule": "json-schema", "severity": "violation"}]
    with CommandImplementation(_fake(tmp_path, {case.id: reply, PLAIN[1].id: _right(PLAIN[1])})) as implementation:
        results = {r.case.id: r for r in run_suite(implementation, cases=PLAIN[:2], level="core")}
    assert results[PLAIN[1].id].status == "passed"
    assert results[case.id].status == "failed"
    assert results[case.id].reason == "unknown rule IDs: json-schema"


def test_unknown_rule_ids_are_bounded_and_escaped_and_come_before_other_differences():
    case = next(c for c in PLAIN if not c.expected.conformant)
    many = tuple((f"Made.up.rule-{n:02d}", "warning") for n in range(25)) + (("evil\x1b[2J", "info"),)
    passed, reason = grade(case, Outcome("not-conformant", many), "core")
    assert not passed
    assert reason.startswith("unknown rule IDs: Made.up.rule-00, ") and "(and 16 more)" in reason
    assert "\x1b" not in reason
    assert "; missing [" in reason  # what is missing is still said
    passed, reason = grade(case, Outcome("not-conformant", (("evil\x1b[2J", "info"), *case.expected.findings)), "core")
    assert not passed and reason == "unknown rule IDs: evil\\x1b[2J"


# --- expected failures -----------------------------------------------------------------------------


def test_an_expected_failures_entry_naming_no_case_is_an_error(tmp_path):
    listed = tmp_path / "expected.yaml"
    listed.write_text(f"{PLAIN[0].id}: not yet\nno-such-case: typo\n\"evil\\e[2J\": x\n", encoding="utf-8")
    result = _run("--implementation-command", shlex.join(_fake(tmp_path, _all_right())), "--expected-failures", str(listed))
    assert result.exit_code == 2, result.output
    assert "names cases that are not in the suite: evil\\x1b[2J, no-such-case" in result.output
    assert "\x1b" not in result.output and PLAIN[0].id not in result.output
    assert not _case_lines(result.output) and "cases passed" not in result.output
    swedish = _run("--expected-failures", str(listed), "--lang", "sv")
    assert swedish.exit_code == 2 and "anger testfall som inte finns i testsviten: evil\\x1b[2J, no-such-case" in swedish.output


def test_with_a_profile_an_entry_of_another_profiles_case_is_fine_and_an_unknown_one_is_not(tmp_path):
    other = next(c for c in CASES if c.profile != PROFILE)
    with CommandImplementation(_fake(tmp_path, _all_right())) as implementation:
        results = run_suite(implementation, cases=PLAIN[:2] + [other], profile=PROFILE, level="core", expected_failures={other.id: "not ours"})
        assert [r.status for r in results] == ["passed", "passed"]
        with pytest.raises(UnknownExpectedFailures) as raised:
            run_suite(implementation, cases=PLAIN[:2] + [other], profile=PROFILE, level="core", expected_failures={"no-such-case": "typo"})
    assert raised.value.ids == ["no-such-case"]


def test_an_unexpected_pass_fails_the_run_and_names_the_case_and_its_reason(tmp_path):
    surprise = PLAIN[0]
    listed = tmp_path / "expected.yaml"
    listed.write_text(f"{surprise.id}: waiting for the date parser\n", encoding="utf-8")
    command = shlex.join(_fake(tmp_path, _all_right()))
    result = _run("--implementation-command", command, "--expected-failures", str(listed))
    assert result.exit_code == 1, result.output
    assert _case_lines(result.output) == [
        f"UNEXPECTED-PASS {surprise.id}: passes, but is listed as an expected failure (waiting for the date parser); remove it from the file"
    ]
    assert "unexpected passes 1" in result.output and "the run is not green" in result.output
    allowed = _run("--implementation-command", command, "--expected-failures", str(listed), "--allow-unexpected-pass")
    assert allowed.exit_code == 0, allowed.output
    assert f"UNEXPECTED-PASS {surprise.id}" in allowed.output and "the run is green" in allowed.output
    swedish = _run("--implementation-command", command, "--expected-failures", str(listed), "--lang", "sv")
    assert swedish.exit_code == 1 and "oväntat godkända 1" in swedish.output and "körningen är underkänd (på nivå core)" in swedish.output


# --- an implementation that cannot start ------------------------------------------------------------


@pytest.mark.parametrize("language, message", [
    ("en", "error: the command could not be started (No such file or directory)"),
    ("sv", "fel: kommandot kunde inte startas (No such file or directory)"),
])
def test_a_missing_implementation_command_is_one_line_and_exit_3(tmp_path, language, message):
    result = _run("--implementation-command", str(tmp_path / "no-such-adapter"), "--lang", language)
    assert result.exit_code == 3, result.output
    assert result.output.strip().splitlines() == [message]


def test_a_command_that_exits_at_once_or_an_http_service_without_info_is_one_line_and_exit_3(tmp_path):
    result = _run("--implementation-command", shlex.join([PYTHON, "-c", "import sys; sys.stderr.write('boom\\n'); sys.exit(4)"]))
    assert result.exit_code == 3, result.output
    assert result.output.strip().splitlines() == ["error: the implementation did not start: the implementation exited with code 4; standard error ends: boom"]
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = _run("--implementation-url", f"http://127.0.0.1:{port}", "--lang", "sv")
    assert result.exit_code == 3, result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith("fel: implementationen startade inte: GET /info misslyckades (cannot reach")


# --- one set of figures ----------------------------------------------------------------------------

_FIGURES = re.compile(
    r"(\d+) of (\d+) cases passed \((\d+) %\); failed (\d+), expected failures (\d+), unexpected passes (\d+), "
    r"skipped (\d+), errored (\d+); the run is (green|not green)"
)


def _earl_figures(graph: Graph) -> dict[str, int]:
    """The figures counted from the EARL results, by the mapping the reports module documents."""
    counts = dict.fromkeys(("passed", "failed", "expected", "unexpected", "skipped", "errored"), 0)
    for assertion in graph.subjects(RDF.type, EARL.Assertion):
        result = graph.value(assertion, EARL.result)
        outcome, listed = graph.value(result, EARL.outcome), graph.value(result, EARL.info) is not None
        if outcome == EARL.passed:
            counts["passed"] += 1
            counts["unexpected"] += listed
        elif listed:
            counts["expected"] += 1
        else:
            counts[{EARL.failed: "failed", EARL.inapplicable: "skipped", EARL.cantTell: "errored"}[outcome]] += 1
    return counts


def test_the_summary_line_the_badge_the_markdown_summary_and_earl_agree(tmp_path):
    a, b, c, d, e, f, g = PLAIN[:7]
    replies = _all_right(**{
        a.id: _wrong(a),                                                          # failed
        b.id: {**_right(b), "findings": _right(b)["findings"] + [{"rule": "made-up", "severity": "violation"}]},  # failed
        c.id: _wrong(c), d.id: _wrong(d),                                         # expected failures
        e.id: _right(e),                                                          # unexpected pass
        f.id: {"skipped": "not today"},                                           # skipped
        g.id: {"errored": "boom"},                                                # errored
    })
    listed = tmp_path / "expected.yaml"
    listed.write_text(f"{c.id}: gap one\n{d.id}: gap two\n{e.id}: gap three\n", encoding="utf-8")
    reports = {"earl": tmp_path / "run.ttl", "badge": tmp_path / "badge.json", "summary": tmp_path / "summary.md"}
    result = _run("--implementation-command", shlex.join(_fake(tmp_path, replies)), "--expected-failures", str(listed),
                  *[a for name, path in reports.items() for a in (f"--{name}", str(path))])
    assert result.exit_code == 1, result.output
    total = len(IN_PROFILE)
    expected = (total - 6, total, (100 * (total - 6)) // total, 2, 2, 1, 1, 1, "not green")

    [line] = [line for line in result.output.splitlines() if "cases passed" in line]
    terminal = _FIGURES.search(line).groups()
    assert tuple(int(x) if x.isdigit() else x for x in terminal) == expected

    shown = json.loads(reports["badge"].read_text(encoding="utf-8"))
    assert shown["message"] == f"{expected[2]} %" and shown["color"] == ("yellow" if expected[2] >= 90 else "red")

    summary = reports["summary"].read_text(encoding="utf-8")
    assert _FIGURES.search(summary).groups() == terminal
    all_row = next(row for row in summary.splitlines() if row.startswith("| **all**"))
    assert all_row == f"| **all** | {total} | {total - 6} | 2 | 2 | 1 | 1 | {expected[2]} % |"

    graph = Graph().parse(reports["earl"], format="turtle")
    [run] = graph.subjects(RDF.type, KLLC.Run)
    stated = {term: graph.value(run, getattr(KLLC, term)).toPython() for term in (
        "total", "passed", "failed", "expectedFailures", "unexpectedPasses", "skipped", "errored", "green")}
    assert stated == {"total": total, "passed": total - 6, "failed": 2, "expectedFailures": 2, "unexpectedPasses": 1,
                      "skipped": 1, "errored": 1, "green": False}
    assert float(graph.value(run, KLLC.passRate)) == pytest.approx((total - 6) / total, abs=1e-4)
    assert _earl_figures(graph) == {"passed": total - 6, "failed": 2, "expected": 2, "unexpected": 1, "skipped": 1, "errored": 1}


def test_expected_failures_count_as_such_not_as_passes_everywhere():
    from kll.conformance.reports import badge, summary_markdown
    from kll.conformance.runner import CaseResult

    results = [CaseResult(c, Outcome("conformant"), i < 8, None if i < 8 else "no", "known gap" if i >= 8 else None) for i, c in enumerate(PLAIN[:10])]
    figures = run_figures(results)
    assert (figures.passed, figures.expected_failures, figures.percent, figures.green) == (8, 2, 80, True)
    assert badge(results) == {"schemaVersion": 1, "label": "KLL conformance", "message": "80 %", "color": "red"}
    assert "8 of 10 cases passed (80 %)" in summary_markdown(results) and "the run is green" in summary_markdown(results)


# --- --trace ----------------------------------------------------------------------------------------


def test_trace_writes_one_file_per_case_readable_by_the_owner_only(tmp_path):
    wrong = PLAIN[0]
    folder = tmp_path / "trace"
    result = _run("--implementation-command", shlex.join(_fake(tmp_path, _all_right(**{wrong.id: _wrong(wrong)}))), "--trace", str(folder))
    assert result.exit_code == 1, result.output
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = sorted(folder.iterdir())
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert files[0].name == "0001-start.json"
    start = json.loads(files[0].read_text(encoding="utf-8"))
    assert start["request"] == {"cmd": "start", "version": 1} and json.loads(start["reply"])["implementation"]["name"] == "fake"
    traced = {json.loads(f.read_text(encoding="utf-8"))["case"]: f for f in files[1:]}
    assert {c.id for c in IN_PROFILE} <= set(traced)
    assert set(traced) - {c.id for c in IN_PROFILE} <= {f"{c.id}-base" for c in IN_PROFILE if c.kind == "patch"}
    for number, path in enumerate(files[1:], start=2):
        assert re.fullmatch(rf"{number:04d}-[A-Za-z0-9_-]+\.json", path.name)
    exchange = json.loads(traced[wrong.id].read_text(encoding="utf-8"))
    assert traced[wrong.id].name.endswith(f"-{wrong.id}.json")
    assert exchange["request"]["cmd"] == "run" and exchange["request"]["case"]["id"] == wrong.id
    assert json.loads(exchange["reply"]) == {"seq": exchange["request"]["seq"], **_wrong(wrong)}
    assert exchange["outcome"]["verdict"] == _wrong(wrong)["verdict"]


def test_trace_keeps_a_malformed_reply_raw_with_the_end_of_standard_error(tmp_path):
    from kll.conformance.trace import Trace

    script = tmp_path / "garbage.py"
    script.write_text(
        "import json, sys\n"
        "for line in sys.stdin:\n"
        "    request = json.loads(line)\n"
        "    if request['cmd'] == 'start':\n"
        "        print(json.dumps({'ready': True, 'implementation': {'name': 'g', 'version': '1'}, 'capabilities': {'formats': ['json']}}), flush=True)\n"
        "    elif request['cmd'] == 'run':\n"
        "        sys.stderr.write('parser exploded\\n'); sys.stderr.flush()\n"
        "        print('not json {', flush=True)\n", encoding="utf-8")
    (tmp_path / "trace").mkdir()
    with CommandImplementation([PYTHON, str(script)], trace=Trace(tmp_path / "trace")) as implementation:
        [result] = run_suite(implementation, cases=PLAIN[:1])
    assert result.status == "errored"
    exchange = json.loads((tmp_path / "trace" / f"0002-{PLAIN[0].id}.json").read_text(encoding="utf-8"))
    assert exchange["reply"] == "not json {\n"
    assert "parser exploded" in exchange["stderr_tail"]


def test_a_trace_folder_that_is_a_symbolic_link_is_refused_before_anything_runs(tmp_path):
    target = tmp_path / "elsewhere"
    target.mkdir()
    link = tmp_path / "trace"
    link.symlink_to(target)
    result = _run("--implementation-command", shlex.join(_fake(tmp_path, _all_right())), "--trace", str(link))
    assert result.exit_code == 2, result.output
    assert result.output.strip().splitlines() == [f"error: {link}: the trace folder is a symbolic link, which is never followed"]
    assert list(target.iterdir()) == []


def test_a_trace_file_that_is_a_symbolic_link_is_not_followed(tmp_path):
    folder = tmp_path / "trace"
    folder.mkdir()
    from kll.conformance.trace import Trace

    trace = Trace(folder)
    outside = tmp_path / "outside.json"
    outside.write_text("untouched", encoding="utf-8")
    (folder / "0001-start.json").symlink_to(outside)  # planted after the folder was found empty
    with CommandImplementation(_fake(tmp_path, _all_right()), trace=trace) as implementation:
        run_suite(implementation, cases=PLAIN[:1])
    assert outside.read_text(encoding="utf-8") == "untouched"
    assert trace.error is not None and trace.error.filename == str(folder / "0001-start.json")


def test_a_trace_folder_that_is_not_empty_is_refused_before_anything_runs(tmp_path):
    folder = tmp_path / "trace"
    folder.mkdir()
    (folder / "9999-from-an-earlier-run.json").write_text("{}", encoding="utf-8")
    result = _run("--implementation-command", shlex.join(_fake(tmp_path, _all_right())), "--trace", str(folder), "--lang", "sv")
    assert result.exit_code == 2, result.output
    assert f"fel: {folder}: spårmappen är inte tom" in result.output
    assert [p.name for p in folder.iterdir()] == ["9999-from-an-earlier-run.json"]


def test_a_usage_error_leaves_no_trace_folder_and_is_not_a_start_failure(tmp_path):
    folder = tmp_path / "trace"
    result = _run("--implementation-command", "no-such-adapter-x", "--trace", str(folder), "--artifacts", "bogus")
    assert result.exit_code == 2, result.output
    assert not folder.exists()
    result = _run("--implementation-command", "no-such-adapter-x", "--profile", "no-such-profile")
    assert result.exit_code == 2, result.output
    assert "--profile: unknown" in result.output
