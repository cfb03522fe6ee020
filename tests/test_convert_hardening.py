"""`kll convert` on packages no writer can carry as they are, and on input it cannot read."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kll.cli import app

runner = CliRunner()


@pytest.mark.parametrize("target", ["turtle", "jsonld", "dcat", "elm", "yaml", "json"])
def test_items_that_are_not_records_are_left_out_with_a_violation_at_their_place(tmp_path, target):
    source = tmp_path / "package.json"
    source.write_text(json.dumps({
        "educations": ["19121212-1212", 5],
        "organisations": "Hemligsson",
    }), encoding="utf-8")
    report = tmp_path / "report.json"
    result = runner.invoke(app, ["convert", "--from", "json", "--to", target, str(source), str(tmp_path / f"out.{target}"), "--report", str(report)])
    assert result.exit_code == 1, result.output
    findings = json.loads(report.read_text(encoding="utf-8"))
    placed = sorted((f["rule"], f["location"].get("pointer")) for f in findings if f["rule"] == "convert.invalid-record")
    assert placed == [("convert.invalid-record", "/educations/0"), ("convert.invalid-record", "/educations/1"),
                      ("convert.invalid-record", "/organisations")]
    assert "internal.error" not in {f["rule"] for f in findings}
    assert "19121212-1212" not in result.output and "Hemligsson" not in result.output


def test_unreadable_input_is_written_to_the_report_too(tmp_path):
    source = tmp_path / "broken.json"
    source.write_text("{ not json", encoding="utf-8")
    report = tmp_path / "report.json"
    result = runner.invoke(app, ["convert", "--from", "json", "--to", "turtle", str(source), str(tmp_path / "out.ttl"), "--report", str(report)])
    assert result.exit_code == 2
    [finding] = json.loads(report.read_text(encoding="utf-8"))
    assert finding["rule"] == "convert.invalid-input" and finding["severity"] == "violation"
    assert not (tmp_path / "out.ttl").exists()
