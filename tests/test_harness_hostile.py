"""The harness does not trust the implementation under test, and the example HTTP implementation
does not trust its client (issue 15, items 3–5).

Each test replays the input that reproduced a defect: Rich markup and an invalid homepage IRI in
an implementation's start reply, oversized and endless replies, redirects to another origin, a
reply trickled byte by byte, ``<script>`` in texts that reach the Markdown summary, report paths
that are symbolic links; and, against ``examples/implementations/http_reference.py``, a case id
with ``../``, a ``file`` case naming a server-side path, and a ``text/plain`` request.

Work is bounded by construction (small caps passed to the harness), never by a clock.
"""

from __future__ import annotations

import base64
import html
import http.server
import json
import os
import re
import stat
import subprocess
import sys
import threading
import tracemalloc
import urllib.error
import urllib.request
from pathlib import Path

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kll.cli import app
from kll.conformance.cases import load_cases
from kll.conformance.harness import CommandImplementation, HttpImplementation, ImplementationInfo
from kll.conformance.reports import earl_graph, markdown_text, plain_text, summary_markdown, to_jsonld, to_turtle
from kll.conformance.runner import CaseResult, Outcome, run_suite
from kll.artifacts.paths import repository_root

ROOT = repository_root()
ADAPTERS = ROOT / "examples" / "implementations"
PYTHON = sys.executable
PLAIN = [c for c in sorted(load_cases(), key=lambda c: c.id) if c.kind in {"record", "package"}]
#: The smallest profile, for runs of the command line.
PROFILE = "governance-register"

runner = CliRunner()

#: An implementation that answers every case at once with the reply its configuration (argv[1],
#: JSON) asks for: a chosen name, homepage and reason, or floods of output.
HOSTILE = r'''
import json, sys
config = json.loads(sys.argv[1])
out = sys.stdout.buffer
for line in sys.stdin:
    request = json.loads(line)
    if request["cmd"] == "start":
        about = {"name": config.get("name", "hostile"), "version": config.get("version", "1")}
        if "homepage" in config:
            about["homepage"] = config["homepage"]
        print(json.dumps({"ready": True, "implementation": about,
                          "capabilities": {"formats": ["json", "yaml", "jsonl", "turtle", "jsonld"]}}), flush=True)
    elif request["cmd"] == "run":
        seq, mode = request["seq"], config.get("mode")
        if mode == "stderr-flood":  # one endless line on standard error, then a normal reply
            chunk = b"e" * 65536
            for _ in range(config["size"] // len(chunk)):
                sys.stderr.buffer.write(chunk)
            sys.stderr.buffer.flush()
        if mode == "endless":  # a reply that never ends
            out.write(b'{"seq": %d, "errored": "' % seq)
            while True:
                out.write(b"x" * 65536)
        elif mode == "padded":  # a well-formed reply carrying config["size"] bytes of ignored text
            finding = {"rule": "a", "severity": "info", "message": "x" * config["size"]}
            print(json.dumps({"seq": seq, "verdict": "conformant", "findings": [finding]}), flush=True)
        else:
            print(json.dumps({"seq": seq, "errored": config.get("reason", "no reason")}), flush=True)
    elif request["cmd"] == "stop":
        break
'''


def _hostile(tmp_path: Path, **config) -> list[str]:
    script = tmp_path / "hostile.py"
    script.write_text(HOSTILE, encoding="utf-8")
    return [PYTHON, str(script), json.dumps(config)]


def _command_line(argv: list[str]) -> str:
    import shlex

    return shlex.join(argv)


def _run_cli(tmp_path: Path, argv: list[str], *extra: str):
    reports = {"earl": tmp_path / "run.ttl", "badge": tmp_path / "badge.json", "summary": tmp_path / "summary.md"}
    result = runner.invoke(app, [
        "conformance", "run", "--profile", PROFILE, "--level", "core", "--implementation-command", _command_line(argv),
        "--earl", str(reports["earl"]), "--badge", str(reports["badge"]), "--summary", str(reports["summary"]), *extra,
    ], env={"COLUMNS": "200", "NO_COLOR": "1"})
    return result, reports


# --- item 4: markup, homepage, reports written independently -------------------------------------------


def test_rich_markup_in_the_implementations_text_is_printed_as_text_and_every_report_is_written(tmp_path):
    argv = _hostile(tmp_path, name="[/x] [bold]evil", reason="closing tag [/x] and [link=https://example.org]here[/link]")
    result, reports = _run_cli(tmp_path, argv)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1, result.output
    assert "closing tag [/x] and [link=https://example.org]here[/link]" in result.output
    assert "[/x] [bold]evil" in result.output
    assert all(path.is_file() for path in reports.values())
    assert "evil" in reports["summary"].read_text(encoding="utf-8")


def test_control_characters_from_the_implementation_never_reach_the_terminal(tmp_path):
    argv = _hostile(tmp_path, name="evil\x1b[2J\rname", reason="line\n0 violations — conformant\x1b]8;;x\x07")
    result, reports = _run_cli(tmp_path, argv)
    assert result.exit_code == 1, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output and "\r" not in result.output
    assert not any(line.startswith("0 violations") for line in result.output.splitlines())
    assert "\\x1b" in result.output
    assert all(path.is_file() for path in reports.values())


def test_an_invalid_homepage_iri_is_ignored_and_every_report_is_written(tmp_path):
    argv = _hostile(tmp_path, homepage="not an IRI> <evil")
    result, reports = _run_cli(tmp_path, argv)
    assert result.exit_code == 1, result.output
    assert all(path.is_file() for path in reports.values())
    earl = reports["earl"].read_text(encoding="utf-8")
    assert "not an IRI" not in earl and "https://w3id.org/kll/conformance/implementation/hostile" in earl


@pytest.mark.parametrize("homepage", ["not an IRI> <evil", "javascript:alert(1)", "https://exa mple.org/", "https://example.org/\x00", "/relative"])
def test_the_earl_graph_never_uses_an_invalid_homepage_as_an_iri(homepage):
    class Hostile:
        name, version = "hostile", "1"

    Hostile.homepage = homepage
    graph = earl_graph([], Hostile(), "test")
    to_turtle(graph)
    to_jsonld(graph)
    assert homepage not in {str(term) for triple in graph for term in triple}


def test_a_valid_homepage_is_kept():
    info = ImplementationInfo.from_reply({"ready": True, "implementation": {"name": "x", "version": "1", "homepage": "https://example.org/v"},
                                          "capabilities": {"formats": ["json"]}})
    assert info.homepage == "https://example.org/v"
    info = ImplementationInfo.from_reply({"ready": True, "implementation": {"name": "x", "version": "1", "homepage": "https://exa mple.org/"},
                                          "capabilities": {"formats": ["json"]}})
    assert info.homepage is None


def test_a_report_path_that_is_a_symbolic_link_is_refused_and_the_other_reports_are_written(tmp_path):
    target = tmp_path / "elsewhere.ttl"
    target.write_text("untouched", encoding="utf-8")
    argv = _hostile(tmp_path)
    reports = {"earl": tmp_path / "run.ttl", "badge": tmp_path / "badge.json", "summary": tmp_path / "summary.md"}
    reports["earl"].symlink_to(target)
    result = runner.invoke(app, [
        "conformance", "run", "--profile", PROFILE, "--level", "core", "--implementation-command", _command_line(argv),
        "--earl", str(reports["earl"]), "--badge", str(reports["badge"]), "--summary", str(reports["summary"]),
    ], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 2, result.output
    assert target.read_text(encoding="utf-8") == "untouched"
    assert "symbolic link" in result.output and "Traceback" not in result.output
    assert reports["badge"].is_file() and reports["summary"].is_file()
    assert stat.S_IMODE(reports["summary"].stat().st_mode) == 0o600


def test_a_report_path_that_cannot_be_written_gives_exit_2_and_the_others_are_written(tmp_path):
    argv = _hostile(tmp_path)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = runner.invoke(app, [
        "conformance", "run", "--profile", PROFILE, "--level", "core", "--implementation-command", _command_line(argv),
        "--earl", str(tmp_path / "run.ttl"), "--badge", str(folder), "--summary", str(tmp_path / "summary.md"),
    ], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 2, result.output
    assert f"{folder}: cannot be written: is a folder" in result.output and "Traceback" not in result.output
    assert (tmp_path / "run.ttl").is_file() and (tmp_path / "summary.md").is_file()
    assert stat.S_IMODE((tmp_path / "run.ttl").stat().st_mode) == 0o600


def test_an_unreadable_expected_failures_file_is_a_usage_error(tmp_path):
    listed = tmp_path / "expected.yaml"
    listed.write_text("a: [unclosed\n", encoding="utf-8")
    result = runner.invoke(app, ["conformance", "run", "--profile", PROFILE, "--expected-failures", str(listed)], env={"NO_COLOR": "1"})
    assert result.exit_code == 2 and "Traceback" not in result.output and "unclosed" not in result.output


# --- item 3: the summary escapes what it quotes ---------------------------------------------------------


def test_script_in_a_reason_or_an_implementation_name_is_text_in_the_summary():
    case = PLAIN[0]
    script = "<script>alert(1)</script>"
    results = [
        CaseResult(case, Outcome("errored", message=f"the implementation reported an error: {script} [x](javascript:alert(1)) | cell"), False,
                   f"errored: {script} [x](javascript:alert(1)) | cell"),
        CaseResult(PLAIN[1], Outcome("conformant"), False, "verdict", expected_failure=f"{script} *bold*"),
    ]

    class Named:
        name, version = f"evil {script}", "<b>1</b>"

    summary = summary_markdown(results, implementation=Named(), suite_version="<i>s</i>", level="core")
    assert "<script" not in summary and "<b>" not in summary and "<i>" not in summary
    html = markdown.markdown(summary, extensions=["tables"])
    assert "<script" not in html and "<b>" not in html and "<i>" not in html and 'href="javascript' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "[x](javascript:alert(1)) | cell" in html  # shown as the text it is


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=80))
def test_any_text_in_the_summary_renders_as_exactly_that_text(text):
    rendered = markdown.markdown(f"- `case-id` — errored: {markdown_text(text)}")
    body = re.fullmatch(r"<ul>\n<li><code>case-id</code> — errored: (.*)</li>\n</ul>", rendered, re.DOTALL)
    assert body, rendered
    assert "<" not in body.group(1)
    assert html.unescape(body.group(1)).strip() == plain_text(" ".join(text.split())).strip()


# --- item 4: byte caps ---------------------------------------------------------------------------------


def test_a_reply_over_the_per_case_cap_is_errored_and_the_next_case_runs(tmp_path):
    with CommandImplementation(_hostile(tmp_path, mode="padded", size=300_000), max_reply_bytes=100_000, timeout=60) as implementation:
        results = run_suite(implementation, cases=PLAIN[:2])
    assert [r.status for r in results] == ["errored", "errored"]
    assert all("longer than 100000 bytes" in r.reason for r in results)
    assert "xxxx" not in results[0].reason


def test_an_endless_reply_is_cut_at_the_cap_not_at_the_timeout(tmp_path):
    with CommandImplementation(_hostile(tmp_path, mode="endless"), max_reply_bytes=1_000_000, timeout=600) as implementation:
        results = run_suite(implementation, cases=PLAIN[:1])
    assert results[0].status == "errored" and "longer than 1000000 bytes" in results[0].reason


def test_the_total_cap_stops_sending_cases(tmp_path):
    with CommandImplementation(_hostile(tmp_path, mode="padded", size=40_000), max_total_bytes=100_000) as implementation:
        results = run_suite(implementation, cases=PLAIN[:5])
    statuses = [r.status for r in results]
    assert statuses[:2] == ["passed", "passed"] or all(r.outcome.verdict == "conformant" for r in results[:2])
    assert statuses[3:] == ["errored", "errored"]
    assert all("more than 100000 bytes in all" in r.reason for r in results[3:])


def test_an_endless_line_on_standard_error_is_not_kept(tmp_path):
    size = 48 * 1024 * 1024
    tracemalloc.start()
    try:
        with CommandImplementation(_hostile(tmp_path, mode="stderr-flood", size=size), timeout=600) as implementation:
            results = run_suite(implementation, cases=PLAIN[:1])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert results[0].status == "errored"
    assert peak < size // 4, f"the harness held {peak} bytes of an implementation's standard error"


# --- item 4: HTTP: redirects, bodies, the per-request deadline ----------------------------------------


START_REPLY = {"ready": True, "implementation": {"name": "served", "version": "1"}, "capabilities": {"formats": ["json"]}}


class _Server:
    """A local HTTP server whose handler is a function of (handler, method)."""

    def __init__(self, respond) -> None:
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                respond(self, "GET")

            def do_POST(self):  # noqa: N802
                self.rfile.read(int(self.headers.get("Content-Length", "0")))
                respond(self, "POST")

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _json(handler, status: int, body: dict | bytes) -> None:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


@pytest.fixture
def servers():
    started = []

    def start(respond) -> _Server:
        server = _Server(respond)
        started.append(server)
        return server

    yield start
    for server in started:
        server.close()


def test_a_redirect_to_another_origin_is_not_followed(servers):
    other = servers(lambda h, m: _json(h, 200, {**START_REPLY, "implementation": {"name": "FOREIGN-NAME", "version": "1"}}))

    def redirect(handler, method):
        handler.send_response(302)
        handler.send_header("Location", other.url + handler.path)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    first = servers(redirect)
    results = run_suite(HttpImplementation(first.url, timeout=5), cases=PLAIN[:1])
    assert results[0].status == "errored" and "another origin" in results[0].reason
    assert "FOREIGN" not in results[0].reason


def test_a_redirect_to_the_same_origin_is_followed(servers):
    def respond(handler, method):
        if handler.path == "/info":
            handler.send_response(302)
            handler.send_header("Location", "/v1/info")
            handler.send_header("Content-Length", "0")
            handler.end_headers()
        elif handler.path == "/v1/info":
            _json(handler, 200, START_REPLY)
        else:
            _json(handler, 200, {"verdict": "conformant", "findings": []})

    server = servers(respond)
    implementation = HttpImplementation(server.url, timeout=5)
    run_suite(implementation, cases=PLAIN[:1])
    assert implementation.name == "served"


def test_error_bodies_are_never_quoted(servers):
    server = servers(lambda h, m: _json(h, 500 if m == "POST" else 200, START_REPLY if m == "GET" else b"SECRET-BODY <script>"))
    results = run_suite(HttpImplementation(server.url, timeout=5), cases=PLAIN[:1])
    assert results[0].status == "errored" and "HTTP 500" in results[0].reason and "SECRET" not in results[0].reason

    server = servers(lambda h, m: _json(h, 200, START_REPLY if m == "GET" else b"SECRET-BODY, not JSON"))
    results = run_suite(HttpImplementation(server.url, timeout=5), cases=PLAIN[:1])
    assert results[0].status == "errored" and "not JSON" in results[0].reason and "SECRET" not in results[0].reason


def test_a_reply_trickled_byte_by_byte_is_cut_at_the_deadline(servers):
    stop = threading.Event()

    def trickle(handler, method):
        if method == "GET":
            _json(handler, 200, START_REPLY)
            return
        data = json.dumps({"verdict": "conformant", "findings": []}).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        for byte in data:  # one byte per 0.3 s: each read returns within the socket timeout
            if stop.wait(0.3):
                return
            try:
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()
            except OSError:
                return

    server = servers(trickle)
    try:
        results = run_suite(HttpImplementation(server.url, timeout=1), cases=PLAIN[:1])
    finally:
        stop.set()
    assert results[0].status == "errored" and "within 1 s" in results[0].reason


def test_an_oversized_http_reply_is_errored_and_the_total_cap_stops_the_run(servers):
    big = {"verdict": "conformant", "findings": [{"rule": "a", "severity": "info", "message": "x" * 40_000}]}
    server = servers(lambda h, m: _json(h, 200, START_REPLY if m == "GET" else big))
    results = run_suite(HttpImplementation(server.url, timeout=5, max_reply_bytes=10_000), cases=PLAIN[:2])
    assert [r.status for r in results] == ["errored", "errored"] and "longer than 10000 bytes" in results[0].reason

    results = run_suite(HttpImplementation(server.url, timeout=5, max_total_bytes=100_000), cases=PLAIN[:5])
    assert [r.outcome.verdict for r in results[:2]] == ["conformant", "conformant"]
    assert [r.status for r in results[3:]] == ["errored", "errored"]
    assert "more than 100000 bytes in all" in results[-1].reason


# --- item 5: the example HTTP implementation -----------------------------------------------------------


@pytest.fixture
def http_reference(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    server = subprocess.Popen([PYTHON, str(ADAPTERS / "http_reference.py"), "--host", "127.0.0.1", "--port", "0"],
                              stdout=subprocess.PIPE, text=True, env=env)
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


def _post(url: str, body: dict | bytes, content_type: str = "application/json") -> tuple[int, dict]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = urllib.request.Request(url + "/validate", data=data, method="POST", headers={"Content-Type": content_type})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def _record_case(**changes) -> dict:
    case = next(c for c in PLAIN if c.kind == "record")
    from kll.conformance.harness import case_message

    return {**case_message(case), **changes}


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def test_a_case_id_with_dot_dot_writes_nothing_outside_the_scratch_folder(http_reference, tmp_path):
    before = _files(tmp_path)
    for case_id in ("../../escaped", "../escaped", "/tmp/escaped", "a/../../escaped", "..", "a\x00b"):
        status, reply = _post(http_reference, _record_case(id=case_id))
        assert status == 400 and "id" in reply["error"], (case_id, status, reply)
        assert case_id not in reply["error"]
    assert _files(tmp_path) == before
    assert not list(tmp_path.parent.glob("escaped*"))


def test_a_file_case_never_reads_a_server_side_path(http_reference, tmp_path):
    secret = tmp_path / "secret.json"
    secret.write_text("{ this is not JSON, and must never be read", encoding="utf-8")
    case = next(c for c in load_cases() if c.kind == "file" and Path(c.data).suffix == ".json" and Path(c.data).is_file())
    from kll.conformance.harness import case_message

    message = case_message(case)
    status, named = _post(http_reference, {**message, "data": str(secret)})
    assert status == 200
    status, missing = _post(http_reference, {**message, "data": str(tmp_path / "no-such-file.json")})
    assert status == 200 and named == missing
    assert "input.syntax" not in {f["rule"] for f in named.get("findings", [])}

    # The bytes that come with the request are what is checked, wherever ``data`` points.
    content = base64.b64encode(b"{ not JSON").decode()
    status, sent = _post(http_reference, {**message, "data": str(secret), "content_base64": content})
    assert status == 200 and "input.syntax" in {f["rule"] for f in sent["findings"]}


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""])
def test_only_application_json_is_accepted(http_reference, content_type):
    status, reply = _post(http_reference, _record_case(), content_type)
    assert status == 415 and "application/json" in reply["error"]
    status, reply = _post(http_reference, _record_case(), "application/json; charset=utf-8")
    assert status == 200 and "verdict" in reply


@pytest.mark.parametrize("body", [b"[]", b'"text"', json.dumps({"id": "x"}).encode(), b"\xff\xfe"])
def test_a_malformed_case_is_a_client_error(http_reference, body):
    status, reply = _post(http_reference, body)
    assert status == 400 and "error" in reply


def test_a_foreign_host_header_is_refused(http_reference):
    request = urllib.request.Request(http_reference + "/info", headers={"Host": "attacker.example"})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with pytest.raises(urllib.error.HTTPError) as refused:
        opener.open(request, timeout=30)
    assert refused.value.code == 421


def test_a_report_that_cannot_be_built_costs_none_of_the_others(tmp_path, monkeypatch):
    import kll.conformance.reports as reports

    def broken(*args, **kwargs):
        raise RuntimeError("a value from the run: 19121212-1212")

    monkeypatch.setattr(reports, "earl_graph", broken)
    result, written = _run_cli(tmp_path, _hostile(tmp_path))
    assert result.exit_code == 2, result.output
    assert "not written: the report could not be built (RuntimeError)" in result.output
    assert "19121212" not in result.output
    assert not written["earl"].exists() and written["badge"].is_file() and written["summary"].is_file()


def test_report_errors_are_said_in_swedish_with_lang_sv(tmp_path):
    link = tmp_path / "run.ttl"
    link.symlink_to(tmp_path / "elsewhere.ttl")
    result = runner.invoke(app, [
        "conformance", "run", "--profile", PROFILE, "--level", "core", "--lang", "sv",
        "--implementation-command", _command_line(_hostile(tmp_path)), "--earl", str(link),
    ], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 2
    assert "kan inte skrivas: är en symbolisk länk" in result.output
    assert not (tmp_path / "elsewhere.ttl").exists()


def test_an_implementation_that_raises_is_errored_by_the_exceptions_type_only():
    class Raising:
        name, version = "raising", "1"

        def run(self, case, directory):
            raise ValueError("personnummer 19121212-1212 in the record")

    results = run_suite(Raising(), cases=PLAIN[:2])
    assert [r.status for r in results] == ["errored", "errored"]
    assert all("ValueError" in r.reason and "19121212" not in r.reason for r in results)
