"""The lifecycle of a conformance case in ``kll governance check``: a case may be ``approved`` only
when every decision record governing it is ``accepted`` (decision records 0012 and 0030).

A fixture repository (the valid decision log of ``tests/fixtures/governance/valid``, its record
0001 also naming the rules every profile shares, record 0003 the consent rules) gets a case file;
the check must fail on exactly the approved case whose governing record is not accepted, and pass
once the record is accepted again or the case is proposed.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from kll.cli import app
from kll.governance.index import write_index
from kll.validation.catalogue import catalogue

VALID = Path(__file__).parent / "fixtures" / "governance" / "valid"
R1 = "docs/decisions/0001-record-decisions.md"
CASES = "conformance/cases/lifecycle.yaml"
SHARED = ", ".join(f"`{prefix}.*`" for prefix in ("input", "package", "record", "semantic", "reference", "identifier"))

runner = CliRunner()


def _consent_violation() -> str:
    return next(r for r, rule in catalogue().items() if r.startswith("Consent.") and rule.severity.value == "violation")


def _case(case_id: str, status: str, rule: str | None) -> dict:
    findings = [{"rule": rule, "severity": catalogue()[rule].severity.value}] if rule else []
    return {
        "id": case_id, "description": f"A lifecycle fixture case ({case_id}).",
        "profile": "individual-data-and-consent", "class": "Consent", "record": {},
        "expected": {"conformant": not any(f["severity"] == "violation" for f in findings), "findings": findings},
        "status": status,
    }


def _write_cases(root: Path, cases: list[dict]) -> None:
    path = root / CASES
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump({"cases": cases}, sort_keys=False, allow_unicode=True), encoding="utf-8")
    write_index(root)


def _edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    write_index(root)  # what the person editing a record runs, so that only the lifecycle is at stake


def _line(root: Path, needle: str) -> int:
    return next(i + 1 for i, line in enumerate((root / CASES).read_text(encoding="utf-8").split("\n")) if needle in line)


def _check(root: Path, *options: str):
    return runner.invoke(app, ["governance", "check", "--root", str(root), *options])


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """The valid log with record 0001 governing the shared rules, and two cases that expect a
    consent rule (record 0003): one approved, one proposed."""
    root = tmp_path / "repository"
    shutil.copytree(VALID, root)
    _edit(root, R1, "- Rules: `DecisionRecord.*`", f"- Rules: `DecisionRecord.*`, {SHARED}")
    _write_cases(root, [_case("consent-approved", "approved", _consent_violation()),
                        _case("consent-proposed", "proposed", _consent_violation())])
    return root


def _propose_record_0001(root: Path) -> None:
    text = (root / R1).read_text(encoding="utf-8")
    text = text.replace("decision_status: accepted\n", "decision_status: proposed\n", 1).replace("date_accepted: 2026-02-03\n", "", 1)
    (root / R1).write_text(text.replace("resolution: https://w3id.org/kll/id/forum/minutes/2026-02-03\n", "", 1), encoding="utf-8")
    write_index(root)


def test_an_approved_case_whose_records_are_all_accepted_passes(repository: Path) -> None:
    result = _check(repository)
    assert result.exit_code == 0, result.output
    assert "3 decision records: 0 errors, 0 warnings" in result.output


def test_the_check_fails_on_exactly_the_approved_case_whose_record_is_not_accepted(repository: Path) -> None:
    _propose_record_0001(repository)
    result = _check(repository)
    assert result.exit_code == 1
    line = _line(repository, "id: consent-approved")
    assert result.stdout == (
        f"{CASES}:{line}: decision.case-approved-unaccepted: the case 'consent-approved' has status approved, "
        "but not every decision record governing it is accepted: 0001 (proposed). A case is approved only once the forum "
        "has accepted every record governing it (decision records 0012 and 0030); set its status to proposed.\n"
    )
    assert "3 decision records: 1 errors, 0 warnings" in result.output


def test_the_finding_in_swedish(repository: Path) -> None:
    _propose_record_0001(repository)
    result = _check(repository, "--lang", "sv")
    assert result.exit_code == 1
    assert result.stdout.split(": ", 2)[2] == (
        "testfallet 'consent-approved' har status approved, men alla beslutsdokument som styr det är inte antagna: "
        "0001 (föreslaget). Ett testfall fastställs (approved) först när forumet har antagit varje beslutsdokument som styr det "
        "(beslutsdokument 0012 och 0030); sätt dess status till proposed.\n"
    )


def test_it_passes_once_the_record_is_accepted_again(repository: Path) -> None:
    accepted = (repository / R1).read_text(encoding="utf-8")
    _propose_record_0001(repository)
    assert _check(repository).exit_code == 1
    (repository / R1).write_text(accepted, encoding="utf-8")
    write_index(repository)
    result = _check(repository)
    assert result.exit_code == 0, result.output


def test_it_passes_once_the_case_is_proposed(repository: Path) -> None:
    _propose_record_0001(repository)
    _edit(repository, CASES, "status: approved", "status: proposed")
    result = _check(repository)
    assert result.exit_code == 0, result.output


def test_a_rule_that_no_record_names_blocks_approval(repository: Path) -> None:
    """A case that expects a rule no accepted or proposed record names has nothing decided behind
    it; the message names the rule, never anything else from the case."""
    unrecorded = next(r for r, rule in catalogue().items() if r.startswith("Achievement.") and rule.severity.value == "violation")
    _write_cases(repository, [_case("achievement-approved", "approved", unrecorded)])
    result = _check(repository)
    assert result.exit_code == 1
    assert (f"has status approved, but not every decision record governing it is accepted; the rules {unrecorded} "
            "have no accepted or proposed decision record. A case is approved") in result.stdout


def test_a_case_that_expects_no_violation_is_governed_by_its_profiles_rules(repository: Path) -> None:
    """A conformant case claims that none of its profile's rules fires: every one of them must
    have an accepted record, and the fixture's log gives most of them none."""
    _write_cases(repository, [_case("consent-valid-approved", "approved", None)])
    result = _check(repository)
    assert result.exit_code == 1
    message = result.stdout
    assert "the case 'consent-valid-approved' has status approved" in message
    assert re.search(r"; the rules [A-Za-z.,_ -]+ and [0-9]+ more have no accepted or proposed decision record\. ", message), message


def test_a_case_file_that_is_not_yaml_exits_2(repository: Path) -> None:
    (repository / CASES).write_text("cases: [unclosed\n", encoding="utf-8")
    result = _check(repository)
    assert result.exit_code == 2
    assert f"error: {CASES}:2: the case file is not valid YAML" in result.output and "unclosed" not in result.output


def test_the_repositorys_cases_are_all_proposed() -> None:
    """No decision record is accepted yet (that takes the forum's minutes), so no case can be
    approved: the repository passes the lifecycle check only with every case proposed."""
    from kll.conformance.cases import load_cases

    statuses = {case.status for case in load_cases()}
    assert statuses == {"proposed"}


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "The cases' status: {n} proposed, 0 approved. A case is approved only once the governance forum"),
    ("sv", "Testfallens status: {n} föreslagna (`proposed`), 0 fastställda (`approved`). Ett testfall fastställs"),
])
def test_the_results_page_says_the_cases_are_proposed_and_what_approval_waits_for(language: str, expected: str) -> None:
    from kll.artifacts.paths import repository_root
    from kll.conformance.cases import load_cases
    from kll.maintain.site.pages import page_results

    page = page_results(repository_root(), language)
    assert expected.format(n=len(load_cases())) in page
    assert "0030-the-forum-decides-by-consensus-then-qualified-majority-with-appeal-to-the-gd-forum.md" in page


def test_a_profile_that_cannot_be_read_exits_2(repository: Path) -> None:
    profiles = repository / "conformance" / "profiles"
    profiles.mkdir(parents=True)
    (profiles / "individual-data-and-consent.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    result = _check(repository)
    assert result.exit_code == 2
    assert "error: conformance/profiles: a conformance profile cannot be read" in result.output and "Traceback" not in result.output
