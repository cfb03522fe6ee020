"""The real-file corpus: files the standards' maintainers publish, judged as their manifests say.

Each folder of ``tests/fixtures/real/`` holds files copied unchanged from upstream
(``PROVENANCE.md``; ``SHA256SUMS`` proves they are unchanged) and a ``manifest.yaml`` that states,
per file, the exit code of ``kll validate --from FORMAT FILE [ARGS]`` and the exact set of rule IDs
in its report, with the clause of the standard or the decision record behind every violation —
a conformance case for someone else's file.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from kll.cli import app

CORPUS = Path(__file__).resolve().parent / "fixtures" / "real"
MANIFESTS = sorted(CORPUS.glob("*/manifest.yaml"))
BOOKKEEPING = {"manifest.yaml", "PROVENANCE.md", "SHA256SUMS"}
runner = CliRunner()


def _manifest(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _checks():
    for manifest_path in MANIFESTS:
        manifest = _manifest(manifest_path)
        for entry in manifest["files"]:
            for number, check in enumerate(entry["checks"]):
                label = f"{manifest_path.parent.name}/{entry['file']}" + (f" {' '.join(check['args'])}" if check.get("args") else "")
                yield pytest.param(manifest["format"], manifest_path.parent / entry["file"], check, id=label)


def test_every_corpus_file_is_unchanged_from_upstream():
    sums = {}
    for line in (CORPUS / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        sums[name.removeprefix("./")] = digest
    on_disk = {
        str(path.relative_to(CORPUS)) for path in CORPUS.rglob("*") if path.is_file() and path.name not in BOOKKEEPING
    }
    assert on_disk == set(sums), "every corpus file has a checksum and every checksum a file"
    for name, digest in sums.items():
        assert hashlib.sha256((CORPUS / name).read_bytes()).hexdigest() == digest, f"{name} differs from the upstream copy"


@pytest.mark.parametrize("folder", sorted(p.name for p in CORPUS.iterdir() if p.is_dir()))
def test_every_corpus_file_has_a_manifest_entry(folder):
    manifest_path = CORPUS / folder / "manifest.yaml"
    assert manifest_path.is_file(), f"{folder}: no manifest.yaml"
    manifest = _manifest(manifest_path)
    judged = {entry["file"] for entry in manifest["files"]}
    explained = set(manifest.get("not_data", {}))
    assert all(reason for reason in manifest.get("not_data", {}).values()), "every file left out of the checks says why"
    on_disk = {
        str(path.relative_to(CORPUS / folder)) for path in (CORPUS / folder).rglob("*") if path.is_file() and path.name not in BOOKKEEPING
    }
    assert on_disk == judged | explained, "each file is either judged (files) or explained (not_data)"
    for entry in manifest["files"]:
        assert entry["shows"]["en"].strip() and entry["shows"]["sv"].strip(), f"{entry['file']}: what the file shows, in English and Swedish"
        assert entry["checks"], f"{entry['file']}: at least one check"


@pytest.mark.parametrize(("source", "path", "check"), list(_checks()))
def test_a_corpus_file_gets_exactly_the_report_its_manifest_states(source, path, check):
    result = runner.invoke(app, ["validate", "--from", source, str(path), *check.get("args", []), "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    report = json.loads(result.stdout)
    rules = {finding["rule"] for finding in report["findings"]}
    violations = {finding["rule"] for finding in report["findings"] if finding["severity"] == "violation"}
    expected = check.get("violations") or {}
    assert (result.exit_code, violations) == (check["exit"], set(expected)), result.stdout[:4000]
    assert rules == set(check["rules"]), f"unexpected: {sorted(rules - set(check['rules']))}; missing: {sorted(set(check['rules']) - rules)}"
    for rule, clause in expected.items():
        assert isinstance(clause, str) and len(clause.strip()) > 10, f"{rule}: cite the clause that makes it a violation"
