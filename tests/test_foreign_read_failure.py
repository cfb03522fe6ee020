"""`kll validate --from`: a file the foreign reader fails on is a finding on that file; the other
files are validated and nothing of the exception's message (which may quote a value) is shown."""

from __future__ import annotations

import shutil
from pathlib import Path

from kll import adapters

FIXTURES = Path(__file__).parent / "fixtures" / "emil3"
SECRET = "19121212-1212"


def test_a_file_the_reader_fails_on_is_a_finding_and_the_others_are_validated(tmp_path, monkeypatch):
    broken, good = tmp_path / "broken.json", tmp_path / "export.json"
    shutil.copy(FIXTURES / "export.json", broken)
    shutil.copy(FIXTURES / "export.json", good)
    adapter = adapters.get("emil3")
    read = adapter.read

    def failing(path: Path):
        if path == broken:
            raise ValueError(f"cannot read {SECRET}")
        return read(path)

    monkeypatch.setattr(adapter, "read", failing)
    report = adapters.validate_foreign("emil3", [broken, good])
    failed = [f for f in report.findings if f.rule == "internal.error"]
    assert [f.location.file for f in failed] == [str(broken)]
    assert SECRET not in (failed[0].detail or "") and "ValueError" in (failed[0].detail or "")
    assert report.records > 0  # the good file was read and validated
    assert all(SECRET not in (f.detail or "") for f in report.findings)


def test_a_file_too_deep_for_the_reader_is_an_input_limit_finding(tmp_path, monkeypatch):
    path = tmp_path / "deep.json"
    shutil.copy(FIXTURES / "export.json", path)
    adapter = adapters.get("emil3")

    def too_deep(path: Path):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(adapter, "read", too_deep)
    report = adapters.validate_foreign("emil3", [path])
    assert [f.rule for f in report.findings] == ["input.limit"]
