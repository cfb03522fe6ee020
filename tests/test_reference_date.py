"""The reference date (issue 18): rules about dates that may have passed judge against a day the
run names (``kll validate --reference-date``, default today), and every report format shows it, so
that the verdict on a file does not change by itself."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from typer.testing import CliRunner

import kll.validation.checks.base as base
from kll.artifacts import paths
from kll.cli import app
from kll.render import render
from kll.validate import validate

FLOWS = paths.examples_dir() / "governance" / "data-flows.yaml"
RULE = "DataFlow.review_due_date.passed"
runner = CliRunner()


def _rules(report) -> list[str]:
    return sorted(f.rule for f in report.findings)


@pytest.mark.parametrize("today", [date(2026, 1, 1), date(2031, 7, 15)])
def test_the_same_reference_date_gives_the_same_verdict_on_any_day(monkeypatch, today):
    monkeypatch.setattr(base, "_today", lambda: today)
    fixed = validate([FLOWS], reference_date="2026-06-30")
    assert fixed.reference_date == "2026-06-30" and RULE not in _rules(fixed)
    later = validate([FLOWS], reference_date=date(2030, 1, 1))
    assert later.reference_date == "2030-01-01" and _rules(later).count(RULE) == 2


def test_without_a_reference_date_today_is_used_and_named(monkeypatch):
    monkeypatch.setattr(base, "_today", lambda: date(2031, 7, 15))
    report = validate([FLOWS])
    assert report.reference_date == "2031-07-15" and RULE in _rules(report)


def test_every_report_format_names_the_reference_date():
    report = validate([FLOWS], reference_date="2026-06-30")
    assert "reference date 2026-06-30" in render(report, "text")
    assert "referensdatum 2026-06-30" in render(report, "text", language="sv")
    assert json.loads(render(report, "json"))["reference_date"] == "2026-06-30"
    assert json.loads(render(report, "sarif"))["runs"][0]["properties"]["reference_date"] == "2026-06-30"
    properties = {p.get("name"): p.get("value") for p in ET.fromstring(render(report, "junit")).iter("property")}
    assert properties["kll.reference_date"] == "2026-06-30"


def test_the_cli_takes_and_checks_the_reference_date():
    result = runner.invoke(app, ["validate", str(FLOWS), "--reference-date", "2030-01-01", "--format", "json"])
    data = json.loads(result.stdout)
    assert data["reference_date"] == "2030-01-01" and RULE in {f["rule"] for f in data["findings"]}
    bad = runner.invoke(app, ["validate", str(FLOWS), "--reference-date", "2030-13-01"])
    assert bad.exit_code == 2 and "--reference-date" in bad.stderr
