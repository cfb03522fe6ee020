"""Flat memory: past ``SPILL_RECORDS`` records the identifier index and the kept records move to a
private on-disk store, and the report stays the same, finding for finding and byte for byte.

The threshold is forced low here (``spill_low``) so that the on-disk path runs on a small dataset
(the example packages and conformance cases, whose references and repeated identifiers cross
files and the spill boundary); the reference is the in-memory path on the same files.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kll.validation.checks.spill as spill
from kll.cli import app
from kll.render import render
from kll.validate import validate
from test_parallel import write_mixed_dataset

STAGES = ["structural", "rules"]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> list[Path]:
    return write_mixed_dataset(tmp_path_factory.mktemp("flat-memory"))


@pytest.fixture(scope="module")
def memory_report(mixed):
    return validate(mixed, stages=STAGES, jobs=1, reference_date="2026-12-01")


@pytest.fixture(scope="module")
def in_memory(memory_report) -> str:
    report = memory_report
    assert report.records > 1000
    rules = {f.rule for f in report.findings}
    assert {"identifier.duplicate", "reference.unresolved"} <= rules  # cross-record rules are exercised
    return render(report, "json")


@pytest.fixture
def spill_low(monkeypatch):
    monkeypatch.setattr(spill, "SPILL_RECORDS", 50)


@pytest.fixture
def stores(monkeypatch) -> list[str]:
    """The folders of the on-disk stores the run makes."""
    made: list[str] = []
    real = tempfile.mkdtemp

    def recording(*args, **kwargs):
        folder = real(*args, **kwargs)
        if kwargs.get("prefix") == "kll-index-":
            made.append(folder)
        return folder

    monkeypatch.setattr(spill.tempfile, "mkdtemp", recording)
    return made


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_on_disk_index_gives_the_same_report(mixed, in_memory, spill_low, stores, jobs):
    report = validate(mixed, stages=STAGES, jobs=jobs, reference_date="2026-12-01")
    assert stores, "the index did not move to disk"
    assert render(report, "json") == in_memory


def test_the_store_is_private_and_removed_afterwards(mixed, spill_low, stores, monkeypatch):
    seen: list[int] = []
    real_finish = spill.SpillStore.finish

    def finish(self, first_class):
        seen.append(stat.S_IMODE(os.stat(self.path).st_mode))
        seen.append(stat.S_IMODE(os.stat(self.directory).st_mode))
        return real_finish(self, first_class)

    monkeypatch.setattr(spill.SpillStore, "finish", finish)
    validate(mixed, stages=STAGES, jobs=1)
    assert seen == [0o600, 0o700]
    assert stores and not any(os.path.exists(folder) for folder in stores)


def test_the_store_is_removed_when_the_run_is_interrupted(mixed, spill_low, stores, monkeypatch):
    import kll.validation.engine as engine

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(engine._Engine, "check_lines", interrupted)
    with pytest.raises(KeyboardInterrupt):
        validate(mixed, stages=STAGES, jobs=1)
    assert stores and not any(os.path.exists(folder) for folder in stores)


def test_a_planted_link_is_never_followed(mixed, in_memory, spill_low, tmp_path, monkeypatch):
    """A link where the database would go: the store refuses it, the run keeps its index in memory,
    and the file the link points to is untouched."""
    target = tmp_path / "target"
    target.write_bytes(b"untouched")
    folder = tmp_path / "store"
    folder.mkdir(mode=0o700)
    (folder / spill.DATABASE_NAME).symlink_to(target)
    monkeypatch.setattr(spill.tempfile, "mkdtemp", lambda *args, **kwargs: str(folder))
    report = validate(mixed, stages=STAGES, jobs=1, reference_date="2026-12-01")
    assert target.read_bytes() == b"untouched"
    assert render(report, "json") == in_memory


def test_the_command_gives_the_same_report_with_the_index_on_disk(mixed, in_memory, spill_low, stores, tmp_path):
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["validate", "--stages", "structural,rules", "--format", "json", "--jobs", "1",
                                      "--reference-date", "2026-12-01", "-o", str(out), *map(str, mixed)])
    assert result.exit_code == 1, result.output
    assert stores
    assert out.read_text(encoding="utf-8") == in_memory


def _odd_report():
    from kll.validation.report import Detail, Finding, Location, Report, Severity, Stage

    place = Location("a\u202e\x1b[].jsonl", 3, "/x\n[]")
    finding = Finding("reference.unresolved", Severity.VIOLATION, Stage.RULES, place, "m\u2028", "n", Detail("d\x85", "s\u200e"))
    return Report(findings=[finding], files=[place.file], records=4, stages=[Stage.RULES], reference_date="2026-12-01")


def test_json_written_a_finding_at_a_time_is_the_whole_dump(memory_report):
    import json

    from kll.render import json as json_report
    from kll.render._common import json_safe
    from kll.validation.report import Report

    for report in (memory_report, _odd_report(), Report(files=["x"])):
        whole = json_safe(json.dumps(json_report.to_data(report), ensure_ascii=False, indent=2)) + "\n"
        pieces = list(json_report.pieces(report))
        assert "".join(pieces) == whole
        assert len(pieces) >= len(report.findings)  # written a finding at a time


def test_text_is_written_a_line_at_a_time(memory_report):
    from kll.render import render_pieces

    report = memory_report
    for color in (False, True):
        pieces = list(render_pieces(report, "text", language="sv", color=color))
        assert len(pieces) > len(report.findings)
        assert all(piece.count("\n") == 1 and piece.endswith("\n") for piece in pieces)


# --- findings on disk -------------------------------------------------------------------------------


@pytest.fixture
def findings_low(monkeypatch):
    import kll.validation.findings_store as findings_store

    monkeypatch.setattr(findings_store, "SPILL_FINDINGS", 1_000)
    monkeypatch.setattr(findings_store, "RUN_SIZE", 700)  # several runs to merge


#: (format, language, colour): each format once, each language and colour somewhere.
RENDERINGS = [("text", "en", False), ("text", "sv", True), ("json", "en", False), ("junit", "sv", False), ("sarif", "en", False)]


def _every_rendering(report, renderings=RENDERINGS) -> dict:
    from kll.render import render_pieces

    rendered = {(fmt, language, color): "".join(render_pieces(report, fmt, language=language, color=color)) for fmt, language, color in renderings}
    rendered["counts"], rendered["conformant"], rendered["unreadable"] = report.counts, report.conformant, report.unreadable
    rendered["findings"] = [f.to_dict() for f in report.findings]
    return rendered


def test_findings_on_disk_give_the_same_report_in_every_format(memory_report, mixed, findings_low, monkeypatch):
    from kll.validation.findings_store import SpilledFindings

    made: list[str] = []
    real = tempfile.mkdtemp
    monkeypatch.setattr(tempfile, "mkdtemp", lambda *a, **k: made.append(real(*a, **k)) or made[-1])
    report = validate(mixed, stages=STAGES, jobs=1, reference_date="2026-12-01")
    assert isinstance(report.findings, SpilledFindings) and len(report.findings) == len(memory_report.findings) > 1_000
    folder = next(path for path in made if "kll-findings-" in path)
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert {stat.S_IMODE(os.stat(os.path.join(folder, name)).st_mode) for name in os.listdir(folder)} == {0o600}
    assert _every_rendering(report) == _every_rendering(memory_report)
    del report
    import gc

    gc.collect()
    assert not os.path.exists(folder)  # removed with the findings


def test_a_profile_hides_the_same_findings_on_disk(mixed, findings_low, monkeypatch):
    import kll.validation.findings_store as findings_store
    from kll.conformance.profiles import limit_to_profile, load_profiles

    profile = sorted(load_profiles())[0]
    spilled = limit_to_profile(validate(mixed, stages=STAGES, jobs=1, reference_date="2026-12-01", profile=profile), profile, "core")
    monkeypatch.setattr(findings_store, "SPILL_FINDINGS", 10**9)
    kept = limit_to_profile(validate(mixed, stages=STAGES, jobs=1, reference_date="2026-12-01", profile=profile), profile, "core")
    assert isinstance(spilled.findings, findings_store.SpilledFindings) and isinstance(kept.findings, list)
    assert _every_rendering(spilled, RENDERINGS[:3]) == _every_rendering(kept, RENDERINGS[:3])


def test_runs_merged_in_groups_give_the_same_report(memory_report, mixed, findings_low, monkeypatch):
    """More runs than are merged at once: they are merged in groups into longer runs first (so a
    merge holds a bounded number of findings), and the report is the same in every format."""
    import kll.validation.findings_store as findings_store

    monkeypatch.setattr(findings_store, "FAN_IN", 2)
    monkeypatch.setattr(findings_store, "BLOCK", 3)
    report = validate(mixed, stages=STAGES, jobs=1, reference_date="2026-12-01")
    assert isinstance(report.findings, findings_store.SpilledFindings)
    runs = len(report.findings._folder.runs)
    assert _every_rendering(report) == _every_rendering(memory_report)
    assert runs > 2 >= len(report.findings._folder.runs)  # merged down to the fan-in as it was read
