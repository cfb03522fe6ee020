"""The REST API of the validation service (kll.service), driven in-process by httpx's ASGI transport.

No socket is opened by the client: requests go straight into the app. Each validation still runs
in a process of its own, forked from the service's fork server (``kll.service.isolation``).
Covered: every endpoint, every input format, every error status as RFC 9457 problem details in
both languages, the security headers, the upload's private folder, logs without data, and the
report equal to ``kll validate --format json`` finding for finding. The schemathesis run at the end
holds the API to its own OpenAPI document. No test measures time: limits are made small enough
to be crossed whatever the machine's speed.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import stat
import threading
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from typer.testing import CliRunner

from kll.artifacts import paths
from kll.service import api, isolation, upload
from kll.service.app import SECURITY_HEADERS, create_app
from kll.service.limits import Limits, LimitsError
from kll.service.problems import PROBLEMS

ROOT = paths.repository_root()
FIXTURES = ROOT / "tests" / "fixtures"
VALID = ROOT / "examples" / "offering" / "komvux-sundsvall-matematik.yaml"
BROKEN = ROOT / "docs" / "guides" / "files" / "event-ends-before-start.yaml"
JSONL = ROOT / "docs" / "guides" / "files" / "organisations.jsonl"
#: Planted in inputs: it must never come back in a problem, a report or a log line.
MARKER = "19121212-1212-MARKER"


def call(app, method: str, url: str, **kwargs: Any) -> httpx.Response:
    """One request to ``app`` through httpx's ASGI transport (no socket)."""

    async def go() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://service.test") as client:
            return await client.request(method, url, **kwargs)

    return anyio.run(go)


@pytest.fixture(scope="module")
def app():
    return create_app(Limits(concurrency=4, max_upload_bytes=5 << 20, max_files=3))


@pytest.fixture()
def only_local_sockets(monkeypatch):
    """Refuse every socket connection but the fork server's Unix socket: nothing reaches a network."""
    attempts = []
    connect = socket.socket.connect

    def guarded(self, address):
        if self.family != socket.AF_UNIX:
            attempts.append(address)
            raise OSError("network access attempted in a test")
        return connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    return attempts


def problem(response: httpx.Response, slug: str, status: int) -> dict:
    """The response is problem ``slug``: status, media type, both languages, security headers."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    known = PROBLEMS[slug]
    assert body["type"] == f"urn:kll:problem:{slug}" and body["status"] == status
    assert (body["title_sv"], body["title_en"]) == (known.title_sv, known.title_en)
    assert body["detail_sv"] and body["detail_en"] and body["detail_sv"] != body["detail_en"]
    language = response.headers["content-language"]
    assert body["title"] == body[f"title_{language}"] and body["detail"] == body[f"detail_{language}"]
    return body


# --- the read-only endpoints ------------------------------------------------------------------------


def test_health(app) -> None:
    response = call(app, "GET", "/health")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_version_names_the_model_and_the_limits(app) -> None:
    from kll import __version__
    from kll.artifacts.modelindex import model_index

    body = call(app, "GET", "/api/v1/version").json()
    assert body["kll_version"] == __version__ and body["model_version"] == model_index().model_version
    assert body["limits"]["max_upload_bytes"] == 5 << 20 and body["limits"]["max_files"] == 3


def test_rules_are_the_catalogue_and_a_profile_narrows_them(app) -> None:
    from kll.validation.catalogue import catalogue

    every = call(app, "GET", "/api/v1/rules").json()
    assert [r["id"] for r in every] == list(catalogue())
    core = call(app, "GET", "/api/v1/rules", params={"profile": "dataset-catalogue", "level": "core"}).json()
    assert core and len(core) < len(every) and {r["severity"] for r in core} == {"violation"}


def test_profiles_in_both_languages(app) -> None:
    from kll.conformance.profiles import load_profiles

    body = call(app, "GET", "/api/v1/profiles").json()
    assert [p["id"] for p in body] == list(load_profiles())
    assert all(p["title_sv"] and p["description_sv"] and p["rules"]["core"] <= p["rules"]["full"] for p in body)


def test_the_openapi_document_is_3_1_and_describes_every_route(app) -> None:
    body = call(app, "GET", "/openapi.json").json()
    assert body["openapi"] == "3.1.0"
    assert set(body["paths"]) == {"/api/v1/validate", "/api/v1/convert", "/api/v1/rules", "/api/v1/profiles", "/api/v1/version", "/health"}
    assert body["components"]["schemas"]["ReportFinding"]["required"][0] == "rule"
    assert call(app, "GET", "/api/v1/openapi.json").json() == body


# --- validate: formats, the report as the CLI writes it ---------------------------------------------


def cli_report(*args: str) -> dict:
    from kll.cli import app as cli

    result = CliRunner().invoke(cli, ["validate", "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def same_apart_from_file_names(api_report: dict, cli: dict) -> None:
    def normal(report: dict) -> dict:
        report = json.loads(json.dumps(report))
        report["files"] = [Path(f).name for f in report["files"]]
        for finding in report["findings"]:
            finding["location"]["file"] = Path(finding["location"]["file"]).name
        return report

    assert normal(api_report) == normal(cli)


@pytest.mark.parametrize("path", [VALID, BROKEN, *sorted((ROOT / "examples").glob("*/*.yaml"))[:3]], ids=lambda p: p.name)
def test_the_report_equals_kll_validate_format_json(app, path: Path, only_local_sockets) -> None:
    with path.open("rb") as handle:
        response = call(app, "POST", "/api/v1/validate", files=[("file", (path.name, handle))])
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    same_apart_from_file_names(response.json(), cli_report(str(path)))
    assert not only_local_sockets


def test_several_files_are_one_dataset_as_on_the_command_line(app) -> None:
    files = [("file", (p.name, p.read_bytes())) for p in (VALID, BROKEN)]
    body = call(app, "POST", "/api/v1/validate", files=files).json()
    same_apart_from_file_names(body, cli_report(str(VALID), str(BROKEN)))
    assert body["files"] == [VALID.name, BROKEN.name]


@pytest.mark.parametrize(("fixture", "fmt"), [
    (FIXTURES / "emil3" / "export-broken.json", "emil3"),
    (FIXTURES / "elm" / "micro-credential-broken.jsonld", "elm"),
    (FIXTURES / "sssom" / "broken-confidence.sssom.tsv", "sssom"),
    (FIXTURES / "real" / "dcat" / "obligatoriskt.rdf", "dcat"),
    (FIXTURES / "dcat" / "mandatory.ttl", "dcat"),
], ids=lambda v: v.name if isinstance(v, Path) else v)
def test_foreign_formats_equal_kll_validate_from(app, fixture: Path, fmt: str) -> None:
    response = call(app, "POST", "/api/v1/validate", params={"format": fmt}, files=[("file", (fixture.name, fixture.read_bytes()))])
    assert response.status_code == 200, response.text
    same_apart_from_file_names(response.json(), cli_report("--from", fmt, str(fixture)))


@pytest.mark.parametrize(("media_type", "body", "records"), [
    ("application/json", json.dumps({"organisations": []}), 0),
    ("application/yaml", VALID.read_text(encoding="utf-8"), None),
    ("application/x-ndjson", JSONL.read_text(encoding="utf-8"), None),
    ("text/turtle", "@prefix ex: <http://example.org/> . ex:a ex:b ex:c .", None),
    ("application/ld+json", json.dumps({"@context": {"@vocab": "http://example.org/"}, "@id": "http://example.org/a", "b": "c"}), None),
], ids=["json", "yaml", "jsonl", "turtle", "jsonld"])
def test_a_raw_body_is_read_by_its_media_type(app, media_type: str, body: str, records: int | None) -> None:
    response = call(app, "POST", "/api/v1/validate", content=body.encode(), headers={"content-type": media_type})
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["files"] == ["upload-1"] and "stages" in report
    if records is not None:
        assert report["records"] == records


def test_a_named_format_wins_over_the_media_type(app) -> None:
    response = call(app, "POST", "/api/v1/validate", params={"format": "yaml"}, content=VALID.read_bytes(), headers={"content-type": "text/plain"})
    assert response.status_code == 200 and response.json()["conformant"] is True


def test_unreadable_input_is_a_report_with_an_input_finding(app) -> None:
    response = call(app, "POST", "/api/v1/validate", content=f'{{"a": "{MARKER}"'.encode(), headers={"content-type": "application/json"})
    assert response.status_code == 200
    assert "input.syntax" in {f["rule"] for f in response.json()["findings"]} and MARKER not in response.text


def test_sarif_on_accept_in_the_chosen_language(app) -> None:
    headers = {"accept": "application/sarif+json"}
    sv = call(app, "POST", "/api/v1/validate", params={"lang": "sv"}, files=[("file", (BROKEN.name, BROKEN.read_bytes()))], headers=headers)
    assert sv.status_code == 200 and sv.headers["content-type"] == "application/sarif+json"
    assert sv.json()["version"] == "2.1.0"
    en = call(app, "POST", "/api/v1/validate", params={"lang": "en"}, files=[("file", (BROKEN.name, BROKEN.read_bytes()))], headers=headers)
    messages = lambda r: {result["message"]["text"] for result in r.json()["runs"][0]["results"]}  # noqa: E731
    assert messages(sv) != messages(en)


def test_a_profile_and_level_limit_the_report_as_on_the_command_line(app) -> None:
    params = {"profile": "education-offering-publisher", "level": "core"}
    body = call(app, "POST", "/api/v1/validate", params=params, files=[("file", (VALID.name, VALID.read_bytes()))]).json()
    same_apart_from_file_names(body, cli_report("--profile", params["profile"], "--level", "core", str(VALID)))
    assert body["counts"]["warning"] == 0


def test_form_fields_are_parameters_too(app) -> None:
    body = call(app, "POST", "/api/v1/validate", data={"format": "yaml", "level": "full"}, files=[("file", ("data.txt", VALID.read_bytes()))])
    assert body.status_code == 200 and body.json()["conformant"] is True


def test_convert_returns_the_file_and_what_could_not_be_carried(app) -> None:
    fixture = FIXTURES / "emil3" / "export.json"
    response = call(app, "POST", "/api/v1/convert", params={"from": "emil3", "to": "turtle"}, files=[("file", (fixture.name, fixture.read_bytes()))])
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["media_type"] == "text/turtle" and "@prefix" in body["content"]
    assert all(f["location"]["file"] in {fixture.name, "converted.ttl"} for f in body["findings"])
    assert "kll-service-" not in response.text  # no stored path leaks


# --- errors: every status, problem details in both languages -----------------------------------------


@pytest.mark.parametrize(("params", "parameter"), [
    ({"format": f"<b>{MARKER}</b>"}, "format"), ({"profile": MARKER}, "profile"), ({"level": "all"}, "level"), ({"lang": "de"}, "lang"),
])
def test_400_for_a_parameter_out_of_range_never_echoing_it(app, params: dict, parameter: str) -> None:
    response = call(app, "POST", "/api/v1/validate", params=params, content=b"{}", headers={"content-type": "application/json"})
    body = problem(response, "invalid-parameter", 400)
    assert parameter in body["detail_en"] and MARKER not in response.text


def test_400_when_query_and_form_disagree(app) -> None:
    response = call(app, "POST", "/api/v1/validate", params={"format": "json"}, data={"format": "yaml"}, files=[("file", ("a.json", b"{}"))])
    problem(response, "conflicting-parameter", 400)


def test_400_without_a_file(app) -> None:
    problem(call(app, "POST", "/api/v1/validate", content=b"", headers={"content-type": "application/json"}), "no-file", 400)
    problem(call(app, "POST", "/api/v1/validate", data={"format": "json"}, files=[("other", ("a.json", b"{}"))]), "no-file", 400)


def test_400_for_a_malformed_multipart_body(app) -> None:
    headers = {"content-type": "multipart/form-data"}
    problem(call(app, "POST", "/api/v1/validate", content=b"--x\r\n", headers=headers), "malformed-request", 400)
    headers = {"content-type": "multipart/form-data; boundary=x"}
    problem(call(app, "POST", "/api/v1/validate", content=b"--x\r\nno headers at all" * 3, headers=headers), "malformed-request", 400)


def test_400_for_foreign_and_own_formats_together(app) -> None:
    files = [("file", ("a.json", b"{}")), ("file", ("b.rdf", b"<x/>"))]
    problem(call(app, "POST", "/api/v1/validate", files=files), "mixed-formats", 400)


def test_400_for_a_conversion_of_two_files_or_without_a_format(app) -> None:
    files = [("file", ("a.json", b"{}")), ("file", ("b.json", b"{}"))]
    problem(call(app, "POST", "/api/v1/convert", params={"from": "json", "to": "yaml"}, files=files), "one-file", 400)
    problem(call(app, "POST", "/api/v1/convert", params={"to": "yaml"}, files=files[:1]), "invalid-parameter", 400)


def test_404_and_405_are_problems(app) -> None:
    problem(call(app, "GET", f"/api/v1/{MARKER}", headers={"accept-language": "en"}), "not-found", 404)
    response = call(app, "GET", "/api/v1/validate")
    body = problem(response, "method-not-allowed", 405)
    assert response.headers["allow"] == "POST" and "POST" in body["detail_sv"]


def test_406_when_neither_json_nor_sarif_is_acceptable(app) -> None:
    response = call(app, "POST", "/api/v1/validate", content=b"{}", headers={"content-type": "application/json", "accept": "text/html"})
    problem(response, "not-acceptable", 406)


def test_413_before_reading_a_body_declared_too_large(app, monkeypatch) -> None:
    read = []
    original = upload._create
    monkeypatch.setattr(upload, "_create", lambda path: read.append(path) or original(path))
    headers = {"content-type": "application/json", "content-length": str((5 << 20) + 1)}
    body = problem(call(app, "POST", "/api/v1/validate", content=b"{}", headers=headers), "too-large", 413)
    assert str(5 << 20) in body["detail_en"] and not read  # refused before a file was created


def test_413_for_a_body_that_grows_past_the_limit_while_it_streams() -> None:
    small = create_app(Limits(max_upload_bytes=1000))

    async def chunks():
        for _ in range(100):  # no Content-Length: the body is chunked
            yield b"x" * 100

    problem(call(small, "POST", "/api/v1/validate", content=chunks(), headers={"content-type": "application/json"}), "too-large", 413)
    files = [("file", ("a.json", b" " * 2000))]
    problem(call(small, "POST", "/api/v1/validate", files=files), "too-large", 413)


def test_413_for_too_many_files(app) -> None:
    files = [("file", (f"{n}.json", b"{}")) for n in range(4)]
    body = problem(call(app, "POST", "/api/v1/validate", files=files), "too-many-files", 413)
    assert "3" in body["detail_sv"]


def test_415_when_no_format_can_be_told(app) -> None:
    response = call(app, "POST", "/api/v1/validate", content=b"{}", headers={"content-type": "image/png"})
    problem(response, "unsupported-media-type", 415)


def test_422_when_a_conversion_input_is_not_that_format(app) -> None:
    files = [("file", ("x.json", json.dumps({"not": MARKER}).encode()))]
    response = call(app, "POST", "/api/v1/convert", params={"from": "elm", "to": "json"}, files=files)
    problem(response, "not-that-format", 422)
    assert MARKER not in response.text


def test_500_names_the_place_never_the_message(app, monkeypatch, caplog) -> None:
    def fail() -> list:
        raise RuntimeError(MARKER)

    api._profiles.cache_clear()
    monkeypatch.setattr(api, "_profiles", fail)
    with caplog.at_level(logging.INFO, logger="kll.service"):
        response = call(app, "GET", "/api/v1/profiles", headers={"accept-language": "en-GB,en;q=0.9"})
    body = problem(response, "internal-error", 500)
    assert "RuntimeError" in body["detail_en"] and MARKER not in response.text and MARKER not in caplog.text
    assert all(response.headers[name] == value for name, value in SECURITY_HEADERS.items())


def test_503_busy_with_retry_after(app) -> None:
    service: api.Service = app.state.service
    service.running = service.limits.concurrency
    try:
        response = call(app, "POST", "/api/v1/validate", content=b"{}", headers={"content-type": "application/json"})
    finally:
        service.running = 0
    problem(response, "busy", 503)
    assert response.headers["retry-after"] == str(service.limits.retry_after)


def test_413_even_when_busy_for_a_body_that_can_never_fit(app) -> None:
    """A busy service must not tell a client to retry an upload that is over the limit anyway."""
    service: api.Service = app.state.service
    service.running = service.limits.concurrency
    try:
        response = call(app, "POST", "/api/v1/validate", content=b"{}",
                        headers={"content-type": "application/json", "content-length": str(service.limits.max_upload_bytes + 1)})
    finally:
        service.running = 0
    problem(response, "too-large", 413)
    assert "retry-after" not in response.headers


def test_503_over_the_time_limit_and_the_next_request_is_answered() -> None:
    hurried = create_app(Limits(timeout=1e-6, retry_after=7))
    response = call(hurried, "POST", "/api/v1/validate", files=[("file", (VALID.name, VALID.read_bytes()))])
    problem(response, "timeout", 503)
    assert response.headers["retry-after"] == "7"
    assert call(hurried, "GET", "/health").status_code == 200
    assert hurried.state.service.running == 0  # the slot is free again


def test_a_killed_validation_process_is_a_500_not_a_crash(app, monkeypatch) -> None:
    def died(task, *, timeout, memory_mb):
        raise isolation.Failed("internal.error", "the validation's process ended without an answer")

    monkeypatch.setattr(isolation, "run", died)
    problem(call(app, "POST", "/api/v1/validate", content=b"{}", headers={"content-type": "application/json"}), "internal-error", 500)


def test_a_validation_over_its_memory_limit_is_an_input_limit_finding_and_the_server_goes_on() -> None:
    starved = create_app(Limits(memory_mb=1))  # below what the forked process already maps: no new memory at all
    # large enough to need fresh memory (a small file fits in what the warm process has freed)
    big = json.dumps({"organisations": [{"id": f"https://example.org/{n}", "name": {"sv": "x" * 200}} for n in range(20000)]})
    response = call(starved, "POST", "/api/v1/validate", content=big.encode(), headers={"content-type": "application/json"})
    assert response.status_code == 200 and "input.limit" in {f["rule"] for f in response.json()["findings"]}
    assert call(starved, "GET", "/health").status_code == 200 and starved.state.service.running == 0


@pytest.mark.parametrize(("query", "headers", "language"), [
    ({}, {}, "sv"),
    ({}, {"accept-language": "en-US,en;q=0.9,sv;q=0.5"}, "en"),
    ({}, {"accept-language": "de, sv;q=0.4, en;q=0.3"}, "sv"),
    ({"lang": "en"}, {"accept-language": "sv"}, "en"),
    ({"lang": "sv"}, {"accept-language": "en"}, "sv"),
])
def test_problems_speak_the_requests_language_and_carry_both(app, query: dict, headers: dict, language: str) -> None:
    response = call(app, "POST", "/api/v1/validate", params={**query, "level": "none"}, content=b"{}", headers={"content-type": "application/json", **headers})
    body = problem(response, "invalid-parameter", 400)
    assert response.headers["content-language"] == language
    assert body["title"] == ("Ogiltig parameter" if language == "sv" else "Invalid parameter")


# --- safe by construction ---------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/health", "/api/v1/version", "/openapi.json", "/nowhere"])
def test_every_response_carries_the_security_headers(app, url: str) -> None:
    response = call(app, "GET", url)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"] and "script-src" not in response.headers["content-security-policy"]


def test_uploads_live_in_a_private_folder_removed_at_the_end(app, monkeypatch) -> None:
    seen = []
    original = upload.private_folder

    from contextlib import contextmanager

    @contextmanager
    def watched():
        with original() as folder:
            seen.append((folder, stat.S_IMODE(folder.stat().st_mode)))
            yield folder
            seen.append([(p.name, stat.S_IMODE(p.stat().st_mode)) for p in folder.iterdir()])

    monkeypatch.setattr(api, "private_folder", watched)
    response = call(app, "POST", "/api/v1/validate", files=[("file", ("../../etc/passwd.yaml", VALID.read_bytes()))])
    assert response.status_code == 200
    (folder, mode), stored = seen
    # the upload, and the validation process's scratch folder (tempfile's, inside the private one)
    assert mode == 0o700 and sorted(stored) == [("1.yaml", 0o600), ("scratch", 0o700)]
    assert not folder.exists()
    assert response.json()["files"] == ["passwd.yaml"]  # the base name only, never a path


def test_the_log_has_counts_and_rule_ids_never_data(app, caplog) -> None:
    text = BROKEN.read_text(encoding="utf-8") + f"\n# {MARKER}\n"
    with caplog.at_level(logging.INFO, logger="kll.service"):
        call(app, "POST", "/api/v1/validate", files=[("file", (f"{MARKER}.yaml", text.encode()))])
    assert "Execution.end_date.after-start" in caplog.text and "records=" in caplog.text
    assert MARKER not in caplog.text


def test_validation_runs_off_the_event_loop(app, monkeypatch) -> None:
    """While a validation is under way the same app answers the health check."""
    started, release = threading.Event(), threading.Event()

    def slow(task, *, timeout, memory_mb):
        started.set()
        release.wait(30)
        raise isolation.Failed("internal.error", None)

    monkeypatch.setattr(isolation, "run", slow)

    async def go() -> tuple[int, int]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://service.test") as client:
            async with anyio.create_task_group() as group:
                statuses = {}

                async def validate() -> None:
                    statuses["validate"] = (await client.post("/api/v1/validate", content=b"{}", headers={"content-type": "application/json"})).status_code

                group.start_soon(validate)
                await anyio.to_thread.run_sync(started.wait, 30)
                statuses["health"] = (await client.get("/health")).status_code
                release.set()
            return statuses["health"], statuses["validate"]

    assert anyio.run(go) == (200, 500)


def test_limits_from_the_environment() -> None:
    limits = Limits(max_upload_bytes=123, timeout=4.5, concurrency=3, retry_after=2, max_files=9, memory_mb=512)
    assert Limits.from_env(limits.to_env()) == limits
    assert Limits.from_env({}) == Limits()
    with pytest.raises(LimitsError, match="KLL_SERVICE_TIMEOUT"):
        Limits.from_env({"KLL_SERVICE_TIMEOUT": "soon"})
    with pytest.raises(LimitsError):
        Limits(concurrency=0)


def test_the_root_path_behind_a_proxy_is_the_servers_url(app) -> None:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, root_path="/validator")
        async with httpx.AsyncClient(transport=transport, base_url="http://service.test") as client:
            return await client.get("/validator/openapi.json")

    response = anyio.run(go)
    assert response.status_code == 200 and response.json()["servers"] == [{"url": "/validator"}]


# --- kll serve -----------------------------------------------------------------------------------------


def test_kll_serve_hands_uvicorn_the_factory_and_the_limits(monkeypatch) -> None:
    import typer
    import uvicorn

    from kll.cli.serve import serve_command

    for variable in ("KLL_SERVICE_TIMEOUT", "KLL_SERVICE_MAX_UPLOAD_BYTES", "KLL_SERVICE_CONCURRENCY"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("KLL_SERVICE_CONCURRENCY", "3")
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda target, **options: calls.append((target, options)))
    cli = typer.Typer()
    cli.command("serve")(serve_command)
    cli.command("other")(lambda: None)  # two commands, so "serve" is a subcommand as under kll
    result = CliRunner().invoke(cli, ["serve", "--timeout", "3", "--max-upload-mb", "1", "--root-path", "/validator", "--workers", "2"])
    assert result.exit_code == 0, result.output
    [(target, options)] = calls
    assert target == "kll.service.app:create_app_from_env" and options["factory"] is True
    assert options["host"] == "127.0.0.1" and options["workers"] == 2 and options["root_path"] == "/validator"
    assert Limits.from_env() == Limits(timeout=3.0, max_upload_bytes=1 << 20, concurrency=3)  # option, variable, default
    assert CliRunner().invoke(cli, ["serve", "--concurrency", "0"]).exit_code == 2


# --- the API against its own OpenAPI document --------------------------------------------------------

import schemathesis  # noqa: E402  (kept with the one test that uses it)
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance, response_headers_conformance, response_schema_conformance, status_code_conformance,
)

_PROPERTY_APP = create_app(Limits(concurrency=8, max_upload_bytes=1 << 20))
_SCHEMA = schemathesis.openapi.from_asgi("/openapi.json", _PROPERTY_APP)


@_SCHEMA.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_api_keeps_its_own_openapi_document(case) -> None:
    """No server error, and every answer is one the document declares: its status, media type,
    headers (Retry-After on 503) and body schema — the report schema for reports.

    schemathesis's data-acceptance checks are left out on purpose: ``format=auto`` with a file
    whose name and media type tell no format is a schema-valid request the service must refuse
    (415), and a parameter dependency of that kind cannot be written in OpenAPI."""
    case.call_and_validate(checks=[
        not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance, response_headers_conformance,
    ])


def test_a_validation_process_keeps_its_scratch_files_in_the_request_folder(tmp_path, monkeypatch) -> None:
    """A process killed at the deadline runs no clean-up of its own: whatever it writes in a
    temporary folder must be inside the request's private folder, which the service removes."""
    import multiprocessing
    import tempfile

    from kll.service import work

    monkeypatch.setattr(work, "run", lambda task: (tempfile.gettempdir(), os.environ.get("TMPDIR")))
    upload = tmp_path / "1.upload"
    upload.write_text("{}", encoding="utf-8")
    context = multiprocessing.get_context("fork")
    parent, child_end = context.Pipe()
    process = context.Process(target=work.child, args=(child_end, work.Task("validate", (str(upload),), fmt="sssom"), 0))
    process.start()
    status, (tempdir, environment) = parent.recv()
    process.join()
    assert status == "ok"
    assert tempdir == environment == str(tmp_path / "scratch")
    assert stat.S_IMODE((tmp_path / "scratch").stat().st_mode) == 0o700


def test_accept_with_q_0_refuses_json_even_under_a_wildcard(app) -> None:
    body = VALID.read_bytes()
    sarif = call(app, "POST", "/api/v1/validate", files=[("file", (VALID.name, body))],
                 headers={"accept": "application/json;q=0, */*"})
    assert sarif.status_code == 200 and sarif.headers["content-type"].startswith("application/sarif+json")
    assert "Accept" in sarif.headers["vary"] and sarif.headers["cache-control"] == "no-store"
    neither = call(app, "POST", "/api/v1/validate", files=[("file", (VALID.name, body))],
                   headers={"accept": "application/json;q=0, application/sarif+json;q=0, */*"})
    problem(neither, "not-acceptable", 406)


def test_a_relative_iri_never_shows_the_servers_private_folder(app) -> None:
    """A relative @id resolves against the stored upload's folder; the answer shows it relative."""
    document = b'{"@context": {"@vocab": "https://w3id.org/kll/model/"}, "@id": "relative-node", "@type": "Organisation"}'
    response = call(app, "POST", "/api/v1/validate", files=[("file", ("org.jsonld", document))])
    assert response.status_code == 200, response.text
    assert "kll-service" not in response.text and "file://" not in response.text
    assert any("relative-node" in (f["location"].get("focus_node") or "") for f in response.json()["findings"])


def test_a_conversion_over_a_limit_is_422_not_500(app, monkeypatch) -> None:
    """A child that failed on the input's account (input.limit: out of memory, nested too deep)
    is the client's problem to fix, not an internal error."""
    def over_limit(task, *, timeout, memory_mb):
        raise isolation.Failed("input.limit", None)

    monkeypatch.setattr(isolation, "run", over_limit)
    response = call(app, "POST", "/api/v1/convert", params={"from": "json", "to": "yaml"},
                    files=[("file", ("package.json", b"{}"))])
    body = problem(response, "over-limit", 422)
    assert "input.limit" in body["detail_en"]


# --- the reference date (issue 18) ----------------------------------------------------------------


def test_validate_takes_the_reference_date_as_a_query_or_form_parameter(app) -> None:
    flows = ROOT / "examples" / "governance" / "data-flows.yaml"
    upload = {"file": (flows.name, flows.read_bytes(), "application/yaml")}
    by_query = call(app, "POST", "/api/v1/validate", params={"reference_date": "2030-01-01"}, files=upload).json()
    assert by_query["reference_date"] == "2030-01-01"
    assert "DataFlow.review_due_date.passed" in {f["rule"] for f in by_query["findings"]}
    by_form = call(app, "POST", "/api/v1/validate", data={"reference_date": "2026-06-30"}, files=upload).json()
    assert by_form["reference_date"] == "2026-06-30"
    assert "DataFlow.review_due_date.passed" not in {f["rule"] for f in by_form["findings"]}
    problem(call(app, "POST", "/api/v1/validate", params={"reference_date": "30/06/2026"}, files=upload), "invalid-parameter", 400)
