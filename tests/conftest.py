"""Shared fixtures: the model loaded once, one fresh generation per test session."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from kll.artifacts import paths
from kll.maintain.generation import Generation, generate
from kll.maintain.model import load_view

ROOT = paths.repository_root()
MODEL_FILES = sorted(p for p in paths.model_dir().glob("*.yaml") if p.name != "known-gaps.yaml" and not p.name.startswith("emil3"))


@pytest.fixture(scope="session")
def view():
    return load_view(paths.root_schema())


@pytest.fixture(scope="session")
def raw_modules() -> dict[str, dict]:
    """Each model file as plain YAML, keyed by file stem: what the authors wrote, not induced."""
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in MODEL_FILES}


@pytest.fixture(scope="session")
def fresh_generation() -> Generation:
    return generate(paths.root_schema())


@dataclass(frozen=True)
class BuiltSite:
    directory: Path
    returncode: int
    log: str


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> BuiltSite:
    """The documentation site, built once per test run exactly as the main job builds it
    (`mkdocs build --strict`), into a temporary directory. Under pytest-xdist the workers share
    one build: the first to ask builds it under a file lock, the others read what it wrote."""
    import json
    import os
    import subprocess
    import sys

    from filelock import FileLock

    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's folder, above each worker's own
    directory, outcome = shared / "built-site", shared / "built-site.json"
    with FileLock(str(shared / "built-site.lock")):
        if outcome.is_file():
            saved = json.loads(outcome.read_text(encoding="utf-8"))
            return BuiltSite(directory, saved["returncode"], saved["log"])
        mkdocs = Path(sys.executable).parent / "mkdocs"
        result = subprocess.run(
            [str(mkdocs), "build", "--strict", "--site-dir", str(directory)],
            cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, check=False,
        )
        log = result.stdout + result.stderr
        outcome.write_text(json.dumps({"returncode": result.returncode, "log": log}), encoding="utf-8")
        return BuiltSite(directory, result.returncode, log)


@pytest.fixture()
def no_network(monkeypatch):
    """Every way out refused at the socket (rdflib binds ``urlopen`` when it is imported, so
    patching ``urllib.request.urlopen`` would guard nothing); the attempts are recorded."""
    import socket

    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch):
    """Tests that do not give ``--lang`` expect English, which the CLI picks from the locale; a
    developer with a Swedish locale would otherwise see them fail (tests/test_cli_language.py sets
    its own)."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
