"""The validator's hostile-input catalogue sent through the service (issue 16): every input that
`kll validate` takes is posted to ``POST /api/v1/validate``; the answer is a client error or a
report with the findings the catalogue states, nothing of the input comes back in a message, and
the service answers the next request.

The catalogue (tests/fixtures/hostile/catalogue/) is the one the command line is held to; entries
that exercise only the command line (output files, `--class`, `--jobs`, the conformance harness,
`convert`) have no counterpart in the API and are left out by their command, not by name.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from kll.service.app import create_app
from kll.service.limits import Limits

CATALOGUE = Path(__file__).resolve().parent / "fixtures" / "hostile" / "catalogue"


def _load_build():
    name = "hostile_catalogue_build"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, CATALOGUE / "build.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


build = _load_build()

#: Options of `kll validate` that the API has no parameter for: an entry using one tests the CLI.
CLI_ONLY = {"--class", "--jobs", "-o", "--output"}


def _api_entry(entry: dict) -> bool:
    command = entry["command"]
    if command[0] != "validate":
        return False
    options = {word for word in command if word.startswith("-")} - {"--format", "-o", "--from"}
    return not (options & CLI_ONLY) and entry.get("unchanged") is None


ENTRIES = [entry for entry in build.entries() if _api_entry(entry)]


def _format(entry: dict) -> str:
    command = entry["command"]
    return command[command.index("--from") + 1] if "--from" in command else "auto"


def call(app, method: str, url: str, **kwargs: Any) -> httpx.Response:
    async def go() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://service.test") as client:
            return await client.request(method, url, **kwargs)

    return anyio.run(go)


@pytest.fixture(scope="module")
def app():
    return create_app(Limits(concurrency=2, max_upload_bytes=5 << 20, max_files=3))


def test_the_catalogue_has_entries_for_the_api():
    assert len(ENTRIES) >= 25
    assert {_format(entry) for entry in ENTRIES} >= {"auto", "dcat", "sssom", "emil3", "elm"}


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry["id"] for entry in ENTRIES])
def test_a_hostile_input_through_the_api_is_a_client_error_or_a_report_and_the_service_stays_up(app, entry, tmp_path):
    places = build.build(entry, tmp_path)
    upload = places["input"]
    response = call(app, "POST", "/api/v1/validate", params={"format": _format(entry)},
                    files=[("file", (upload.name, upload.read_bytes()))])
    assert response.status_code < 500, response.text[:2000]
    for marker in build.MARKERS:
        assert marker not in response.text, (entry["id"], marker)
    if response.status_code == 200:
        report = response.json()
        found = {finding["rule"] for finding in report["findings"]}
        assert set(entry.get("rules", ())) <= found, (entry["id"], sorted(found))
        if entry["exit"] != 0:
            assert not report["conformant"], entry["id"]
    else:
        assert response.headers["content-type"] == "application/problem+json"
    assert call(app, "GET", "/health").status_code == 200
