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
PROFILE = "individual-data-and-consent"

runner = CliRunner()


def _profile_prefixes() -> str:
    """The rule prefixes of the fixture cases' profile that record 0003 (consent, sharing receipts)
    and the shared rules leave out: record 0001 names them, so that every rule the profile checks
    has a record."""
    from kll.conformance.profiles import load_profiles

    prefixes = {rule.split(".")[0] for rule in load_profiles(None)[PROFILE].rules("full")}
    left = sorted(prefixes - {"Consent", "SharingReceipt", "input", "package", "record", "semantic", "reference", "identifier"})
    return ", ".join(f"`{prefix}.*`" for prefix in left)


def _consent_violation() -> str:
    return next(r for r, rule in catalogue().items() if r.startswith("Consent.") and rule.severity.value == "violation")


def _case(case_id: str, status: str, rule: str | None) -> dict:
    findings = [{"rule": rule, "severity": catalogue()[rule].severity.value}] if rule else []
    return {
        "id": case_id, "description": f"A lifecycle fixture case ({case_id}).",
        "profile": PROFILE, "class": "Consent", "record": {},
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


def _flat(output: str) -> str:
    """An error message as one line: the terminal wraps long ones."""
    return " ".join(output.split())


def _check(root: Path, *options: str):
    return runner.invoke(app, ["governance", "check", "--root", str(root), *options])


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """The valid log with record 0001 governing the shared rules and the rest of the profile's rules,
    and two cases that expect a consent rule (record 0003): one approved, one proposed."""
    root = tmp_path / "repository"
    shutil.copytree(VALID, root)
    _edit(root, R1, "- Rules: `DecisionRecord.*`", f"- Rules: `DecisionRecord.*`, {SHARED}, {_profile_prefixes()}")
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
        "testfallet 'consent-approved' har status approved, men inte alla beslutsdokument som styr det är antagna: "
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
    unrecorded = next(r for r, rule in catalogue().items() if r.startswith("JobPosting.") and rule.severity.value == "violation")
    _write_cases(repository, [_case("achievement-approved", "approved", unrecorded)])
    result = _check(repository)
    assert result.exit_code == 1
    assert (f"has status approved, but not every decision record governing it is accepted; the rules {unrecorded} "
            "have no accepted or proposed decision record. A case is approved") in result.stdout


@pytest.mark.parametrize("rule", [None, "consent"], ids=["conformant", "not-conformant"])
def test_every_case_is_governed_by_all_its_profiles_rules(repository: Path, rule: str | None) -> None:
    """A case's findings are exhaustive: whether it expects a violation or none, it claims the
    outcome of every rule its profile checks, so a profile rule without a record blocks it."""
    _edit(repository, R1, ", `Achievement.*`", "")
    _write_cases(repository, [_case("consent-case-approved", "approved", _consent_violation() if rule else None)])
    result = _check(repository)
    assert result.exit_code == 1
    assert "the case 'consent-case-approved' has status approved" in result.stdout
    assert re.search(r"; the rules Achievement\.[A-Za-z0-9.,_ -]+ have no accepted or proposed decision record\. ", result.stdout), result.stdout


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


@pytest.mark.parametrize("write", [
    lambda path: path.write_bytes("cases:\n- id: fall-\xe5\n".encode("latin-1")),
    lambda path: path.mkdir(),
], ids=["not-utf-8", "a-directory"])
def test_a_case_file_that_cannot_be_read_exits_2_in_either_language(repository: Path, write) -> None:
    path = repository / "conformance" / "cases" / "unreadable.yaml"
    write(path)
    result = _check(repository)
    assert result.exit_code == 2
    assert "error: conformance/cases/unreadable.yaml: the case file cannot be read as UTF-8 text" in _flat(result.output)
    assert "Traceback" not in result.output and "internal" not in result.output
    swedish = _check(repository, "--lang", "sv")
    assert swedish.exit_code == 2
    assert "conformance/cases/unreadable.yaml: testfallsfilen kan inte läsas som UTF-8-text, så testfallens livscykel" in _flat(swedish.output)


def test_input_errors_in_swedish(repository: Path) -> None:
    (repository / CASES).write_text("cases: [unclosed\n", encoding="utf-8")
    result = _check(repository, "--lang", "sv")
    assert result.exit_code == 2
    assert f"{CASES}:2: testfallsfilen är inte giltig YAML, så testfallens livscykel kan inte kontrolleras" in _flat(result.output)
    (repository / CASES).unlink()
    _write_cases(repository, [_case("consent-approved", "approved", _consent_violation())])
    (repository / "conformance" / "profiles").mkdir(parents=True)
    (repository / "conformance" / "profiles" / f"{PROFILE}.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    result = _check(repository, "--lang", "sv")
    assert result.exit_code == 2
    assert "conformance/profiles: en profil kan inte läsas, så testfallens livscykel kan inte kontrolleras" in _flat(result.output)


@pytest.mark.parametrize(("document", "position"), [
    ({"cases": ["<case>"]}, 1),
    ("<list>", 2),
], ids=["under-cases", "top-level-list"])
@pytest.mark.parametrize(("case_id", "status"), [("Bad_ID", "approved"), ("consent-shouting", "Approved"), (None, "APPROVED")])
def test_a_malformed_case_that_claims_approved_is_still_reported(
    repository: Path, document: object, position: int, case_id: str | None, status: str,
) -> None:
    """An approved case with an ID the meta-schema refuses, a status in capitals or a file that is a
    list must not slip past the lifecycle: it is reported by file and line, its ID only if valid."""
    _propose_record_0001(repository)
    case = _case(case_id or "x", status, _consent_violation())
    if case_id is None:
        del case["id"]
    else:
        case["id"] = case_id
    body = [_case("consent-proposed", "proposed", None), case] if document == "<list>" else {"cases": [case]}
    (repository / CASES).write_text(yaml.safe_dump(body, sort_keys=False, allow_unicode=True), encoding="utf-8")
    write_index(repository)
    result = _check(repository)
    assert result.exit_code == 1, result.output
    lines = (repository / CASES).read_text(encoding="utf-8").split("\n")
    line = [i + 1 for i, text in enumerate(lines) if text.startswith("- ")][position - 1]
    named = "the case 'consent-shouting'" if case_id == "consent-shouting" else f"the case at position {position} of the file"
    assert f"{CASES}:{line}: decision.case-approved-unaccepted: {named} has status approved, but not every" in result.stdout
    assert "Bad_ID" not in result.stdout


def test_an_approved_case_with_an_unknown_profile_is_refused_even_when_every_record_is_accepted(repository: Path) -> None:
    # with every record accepted, only the profile is at stake: a mistyped profile must not approve
    # the case on the shared rules alone
    cases = [_case("consent-approved", "approved", _consent_violation())]
    cases[0]["profile"] = "no-such-profile"
    _write_cases(repository, cases)
    result = _check(repository)
    assert result.exit_code == 1, result.output
    assert "its profile is not a profile of the suite" in _flat(result.output)
    swedish = _check(repository, "--lang", "sv")
    assert "dess profil är ingen profil i testsviten" in _flat(swedish.output)
