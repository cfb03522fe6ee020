"""The governance checker (``kll governance check``), the decision index and CODEOWNERS.

One valid decision log (``tests/fixtures/governance/valid``: an accepted ecosystem decision, an
accepted module decision superseded by a third record, the agency register, the generated index
and CODEOWNERS) passes every check; then each check is broken alone by one edit of one file and
must be reported, by its rule ID, at the right line. The real log of the repository is checked too.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Callable

import pytest
import typer
from typer.testing import CliRunner

from kll.validation.catalogue import catalogue
from kll.cli import app
from kll.cli.governance import command_finder
from kll.governance.check import CHECKS, check_governance as _check_governance
from kll.governance.index import write_index
from kll.governance.records import REQUIRED_HEADINGS, read_record, record_files
from kll.governance.register import MODULE_PATHS, codeowners, codeowners_path, read_register, register_path
from kll.artifacts.paths import repository_root


def check_governance(*args, **options):
    """The checker as ``kll governance check`` runs it: commands looked up in the CLI's tree."""
    return _check_governance(*args, command_exists=command_finder(typer.main.get_command(app)), **options)


VALID = Path(__file__).parent / "fixtures" / "governance" / "valid"
DECISIONS = "docs/decisions"
R1 = f"{DECISIONS}/0001-record-decisions.md"
R2 = f"{DECISIONS}/0002-old-consent-rule.md"
R3 = f"{DECISIONS}/0003-consent-per-purpose.md"
T1 = f"{DECISIONS}/0001-record-decisions.sv.md"  # the Swedish translation of R1
REGISTER = "governance/agencies.yaml"

runner = CliRunner()


@pytest.fixture
def log(tmp_path: Path) -> Path:
    """A writable copy of the valid decision log."""
    root = tmp_path / "log"
    shutil.copytree(VALID, root)
    return root


def rules_of(root: Path, **options) -> set[str]:
    return {p.rule for p in check_governance(root, generated=False, **options).problems}


def edit(root: Path, name: str, old: str, new: str, count: int = 1) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def line_of(root: Path, name: str, needle: str) -> int:
    lines = (root / name).read_text(encoding="utf-8").split("\n")
    return next(i + 1 for i, line in enumerate(lines) if needle in line)


# --- the valid log ------------------------------------------------------------------------------

def test_the_valid_log_passes(log: Path) -> None:
    result = check_governance(log)
    assert result.problems == []
    assert len(result.records) == 3


def test_the_valid_log_exercises_every_feature_the_checks_look_at() -> None:
    """So that its passing is the positive case of each check: supersession on both sides, a
    banner, an ethics review, a resolution, every kind of confirmation entry, a link, a Swedish
    translation."""
    records = {r.number: r for r in (read_record(p) for p in record_files(VALID / DECISIONS))}
    assert sorted(records) == [1, 2, 3] and (VALID / T1).is_file()
    assert records[2].value("decision_status") == "superseded" and records[3].value("supersedes")
    assert "!!! warning \"Superseded\"" in records[2].text
    assert records[1].value("resolution") and records[1].value("decision_scope") == "ecosystem"
    assert all(r.section("Ethics and Transparency Review") for r in (records[2], records[3]))
    assert {ref.kind for ref in records[3].references} == {"rules", "cases", "checks"}
    assert records[1].links and records[3].links
    from kll.governance.quotes import quotations

    quoted = quotations(records[1].text)
    assert [q.sections for q in quoted] == [("5.3",), ("3.5",), ("5.2",)]  # and an inflected word


def test_every_check_has_a_broken_fixture_below() -> None:
    covered = {case.values[0] for case in BROKEN} | {"decision.removed", "decision.number-reused", "decision.changed-after-acceptance",
                                                   "decision.index-drift", "register.codeowners-drift",
                                                   "decision.case-approved-unaccepted"}  # tests/test_case_lifecycle.py
    assert set(CHECKS) <= covered


# --- one broken fixture per check ---------------------------------------------------------------

def _rename(old: str, new: str) -> Callable[[Path], None]:
    return lambda root: (root / old).rename(root / new)


def _edits(*changes: tuple[str, str, str]) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        for name, old, new in changes:
            edit(root, name, old, new)
    return apply


def _copy(source: str, target: str) -> Callable[[Path], None]:
    return lambda root: shutil.copy(root / source, root / target)


def _append(name: str, text: str) -> Callable[[Path], None]:
    return lambda root: (root / name).write_text((root / name).read_text(encoding="utf-8") + text, encoding="utf-8")


BROKEN = [
    pytest.param("decision.file-name", _rename(R1, f"{DECISIONS}/0001_Record_Decisions.md"), None, id="file-name"),
    pytest.param("decision.front-matter", _edits((R1, "---\nid:", "id:")), None, id="front-matter-missing"),
    pytest.param("decision.front-matter", _edits((R1, "  sv: Beslut", "  sv: [Beslut")), None, id="front-matter-not-yaml"),
    pytest.param("decision.front-matter", _edits((R1, "---\n\n# Decisions", "\n# Decisions")), None, id="front-matter-not-closed"),
    pytest.param("DecisionRecord.closed", _edits((R1, "owning_agency: af\n", "owning_agency: af\ncolour: blue\n")), "colour: blue", id="unknown-key"),
    pytest.param("DecisionRecord.owning_agency.required", _edits((R1, "owning_agency: af\n", "")), None, id="required-key"),
    pytest.param("DecisionRecord.decision_status.enum", _edits((R1, "decision_status: accepted", "decision_status: approved")), "decision_status:", id="enum-value"),
    pytest.param("DecisionRecord.date_accepted.required-for-status", _edits((R1, "date_accepted: 2026-02-03\n", "")), None, id="status-date"),
    pytest.param("DecisionRecord.resolution.required-for-accepted-ecosystem", _edits((R1, "resolution: https://w3id.org/kll/id/forum/minutes/2026-02-03\n", "")), None, id="resolution"),
    pytest.param("reference.unresolved", _edits((R1, "owning_agency: af\n", "owning_agency: af\namends: [https://w3id.org/kll/id/decision/0009]\n")), "amends:", id="reference-unresolved"),
    pytest.param("decision.number-matches-file", _edits((R1, "record_number: 1", "record_number: 4")), "record_number:", id="number-vs-file"),
    pytest.param("decision.number-matches-file", _edits((R1, "decision/0001", "decision/0004")), "id:", id="id-vs-file"),
    pytest.param("decision.number-unique", _copy(R1, f"{DECISIONS}/0001-record-decisions-again.md"), None, id="number-unique"),
    pytest.param("decision.supersession-both-sides", _edits((R3, "supersedes: [https://w3id.org/kll/id/decision/0002]\n", "")), None, id="one-sided"),
    pytest.param("decision.supersession-cycle", _edits(
        (R2, "superseded_by: [https://w3id.org/kll/id/decision/0003]", "superseded_by: [https://w3id.org/kll/id/decision/0003]\nsupersedes: [https://w3id.org/kll/id/decision/0003]"),
        (R3, "supersedes: [https://w3id.org/kll/id/decision/0002]", "supersedes: [https://w3id.org/kll/id/decision/0002]\nsuperseded_by: [https://w3id.org/kll/id/decision/0002]"),
    ), None, id="cycle"),
    pytest.param("decision.retired-by-unaccepted", _edits((R3, "decision_status: accepted\n", "decision_status: proposed\n"), (R3, "date_accepted: 2026-06-01\n", "")), "superseded_by:", id="retired-by-proposed"),
    pytest.param("decision.agency-unknown", _edits((REGISTER, "  - id: https://w3id.org/kll/id/agency/vinnova", "  - id: https://w3id.org/kll/id/agency/vinnova-gone"), (REGISTER, "agency_alias: vinnova", "agency_alias: vr")), None, id="agency-unknown"),
    pytest.param("decision.title-heading", _edits((R1, "# Decisions are recorded as decision records\n", "# Decisions are recorded\n")), "# Decisions are recorded", id="title-heading"),
    pytest.param("decision.heading-missing", _edits((R1, "## Decision Drivers\n", "")), None, id="heading-missing"),
    pytest.param("decision.heading-missing", _edits((R1, "### decision records\n", ""), (R1, "### meeting minutes only\n", "")), None, id="no-option-headings"),
    pytest.param("decision.heading-order", _edits((R1, "## Decision Drivers", "## Considered Options X"), (R1, "## Considered Options\n", "## Decision Drivers\n"), (R1, "## Considered Options X", "## Considered Options")), None, id="heading-order"),
    pytest.param("decision.link-broken", _edits((R1, "(0002-old-consent-rule.md#", "(0009-nothing.md#")), "0009-nothing.md", id="link-broken"),
    pytest.param("decision.confirmation-empty", _edits((R1, "- Rules: `DecisionRecord.*`\n- Checks: `kll governance check`\n", "Reviewed by hand.\n")), "### Confirmation", id="confirmation-empty"),
    pytest.param("decision.confirmation-unresolved", _edits((R1, "`DecisionRecord.*`", "`DecisionRecords.*`")), "DecisionRecords", id="unknown-rule"),
    pytest.param("decision.confirmation-unresolved", _edits((R3, "`decision-record*`", "`no-such-case`")), "no-such-case", id="unknown-case"),
    pytest.param("decision.confirmation-unresolved", _edits((R1, "`kll governance check`", "`kll governance audit`")), "governance audit", id="unknown-command"),
    pytest.param("decision.confirmation-unresolved", _edits((R3, "::test_the_valid_log_passes", "::test_that_does_not_exist")), "test_that_does_not_exist", id="unknown-test"),
    pytest.param("decision.ethics-review", _edits((R3, "## Ethics and Transparency Review\n", "## Review\n")), None, id="ethics-review"),
    pytest.param("decision.banner", _edits((R2, "<!-- /banner -->", "<!-- /banner -->\n\nEdited by hand."), (R2, "Kept for the history", "Kept")), None, id="banner-edited"),
    pytest.param("decision.banner", lambda root: write_index_banner_into(root, R1), None, id="banner-on-record-in-force"),
    pytest.param("decision.quote-not-in-report", _edits((R1, '"har beslutat om de styrande', '"har beslutat om alla de styrande')), "har beslutat om alla", id="quote-word-added"),
    pytest.param("decision.quote-not-in-report", _edits((R1, '"sociala överenskommelser om hur utbyte ska ske"', '"sociala överenskommelser om utbyte"')), "sociala överenskommelser om utbyte", id="quote-words-dropped"),
    pytest.param("decision.quote-wrong-section", _edits((R1, "(section 5.3)", "(section 5.2)")), "(section 5.2)", id="quote-wrong-section"),
    pytest.param("decision.quote-wrong-section", _edits((R1, "(the report, 5.2)", "(the report, 4.2.3)")), "(the report, 4.2.3)", id="quote-wrong-section-bare"),
    pytest.param("register.alias-unique", _append(REGISTER, "  - id: https://w3id.org/kll/id/agency/af-again\n    agency_alias: af\n    name:\n      sv: Arbetsförmedlingen\n"), None, id="alias-unique"),
    pytest.param("register.module-owner", _edits((REGISTER, "    owned_modules:\n      - catalogue\n", "")), None, id="module-unowned"),
    pytest.param("register.module-owner", _edits((REGISTER, "    owned_modules:\n      - catalogue\n", "    owned_modules:\n      - catalogue\n      - offering\n")), None, id="module-owned-twice"),
    pytest.param("decision.translation-title", _edits((T1, "# Beslut dokumenteras som beslutsdokument", "# Beslut dokumenteras")), "# Beslut dokumenteras", id="translation-title-differs"),
    pytest.param("decision.translation-title", _edits((T1, "# Beslut dokumenteras som beslutsdokument", "---\ntitle: x\n---\n\n# Beslut dokumenteras som beslutsdokument")), None, id="translation-front-matter"),
    pytest.param("decision.translation-sections", _edits((T1, "## Beslutsfaktorer\n\n* spårbarhet\n\n", "")), None, id="translation-section-missing"),
    pytest.param("decision.translation-missing", lambda root: (root / T1).unlink(), "# Decisions are recorded as decision records", id="translation-missing"),
    pytest.param("decision.link-broken", _edits((T1, "(0002-old-consent-rule.md#", "(0009-nothing.md#")), "0009-nothing.md", id="translation-link-broken"),
    pytest.param("decision.quote-not-in-report", _edits((T1, "\"den mest grundläggande förutsättning\"", "\"den allra viktigaste förutsättningen av alla\"")), "allra viktigaste", id="translation-quote"),
]


def write_index_banner_into(root: Path, name: str) -> None:
    text = (root / R2).read_text(encoding="utf-8")
    block = text[text.index("<!-- banner"):text.index("<!-- /banner -->") + len("<!-- /banner -->")]
    edit(root, name, "## Context and Problem Statement", block + "\n\n## Context and Problem Statement")


@pytest.mark.parametrize(("rule", "breaking", "at"), BROKEN)
def test_each_check_catches_its_error(log: Path, rule: str, breaking: Callable[[Path], None], at: str | None) -> None:
    breaking(log)
    result = check_governance(log, generated=False)
    found = [p for p in result.problems if p.rule == rule]
    assert found, f"{rule} not reported; got {[str(p) for p in result.problems]}"
    assert not result.ok
    if at is not None:
        name = found[0].file
        assert found[0].line == line_of(log, name, at), str(found[0])


def test_a_broken_check_reports_only_its_own_rule(log: Path) -> None:
    """The checks do not cascade: a wrong title is one problem, not several."""
    edit(log, R1, "# Decisions are recorded as decision records\n", "# Something else\n")
    assert rules_of(log) == {"decision.title-heading"}


def test_an_alias_outside_the_model_is_reported_once(log: Path) -> None:
    edit(log, R1, "decision_makers: [af,", "decision_makers: [nobody,")
    assert rules_of(log) == {"DecisionRecord.decision_makers.enum"}


# --- generated files --------------------------------------------------------------------------

def test_an_edited_index_is_drift(log: Path) -> None:
    edit(log, f"{DECISIONS}/index.en.md", "## By status", "## By state")
    assert {p.rule for p in check_governance(log).problems} == {"decision.index-drift"}
    assert [p.name for p in write_index(log, check=True)] == ["index.en.md"]
    write_index(log)
    assert check_governance(log).ok


def test_a_changed_record_makes_decisions_json_drift(log: Path) -> None:
    edit(log, R1, "interoperability_layers: [organisational]", "interoperability_layers: [organisational, legal]")
    problems = check_governance(log).problems
    assert {p.rule for p in problems} == {"decision.index-drift"}
    assert {Path(p.file).name for p in problems} == {"index.en.md", "index.sv.md", "decisions.json"}


def test_an_edited_codeowners_is_drift(log: Path) -> None:
    edit(log, ".github/CODEOWNERS", "@kll-ecosystem/digg", "@someone")
    assert {p.rule for p in check_governance(log).problems} == {"register.codeowners-drift"}
    result = runner.invoke(app, ["governance", "codeowners", "--check", "--root", str(log)])
    assert result.exit_code == 1
    assert runner.invoke(app, ["governance", "codeowners", "--root", str(log)]).exit_code == 0
    assert check_governance(log).ok


def test_index_writes_banners_and_is_idempotent(log: Path) -> None:
    edit(log, R2, "<!-- banner", "<!-- old banner")
    write_index(log)
    once = (log / R2).read_text(encoding="utf-8")
    assert write_index(log) == []
    assert (log / R2).read_text(encoding="utf-8") == once


def test_decisions_json_links_each_rule_to_the_narrowest_record(log: Path) -> None:
    data = json.loads((log / DECISIONS / "decisions.json").read_text(encoding="utf-8"))
    links = data["rule_decisions"]
    # 0003 (accepted) claims Consent.*; 0002 is superseded and governs nothing.
    consent = [rule for rule in catalogue() if rule.startswith("Consent.")]
    assert consent and all(links[rule].endswith("/0003") for rule in consent)
    assert all(links[rule].endswith("/0001") for rule in catalogue() if rule.startswith("DecisionRecord."))
    assert [r["number"] for r in data["records"]] == [1, 2, 3]


# --- history ------------------------------------------------------------------------------------

@pytest.fixture
def committed(log: Path) -> Path:
    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(log), *args], check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "log")
    return log


def test_unchanged_history_passes(committed: Path) -> None:
    assert check_governance(committed, since="HEAD").problems == []


def test_a_deleted_record_is_reported(committed: Path) -> None:
    (committed / R1).unlink()
    assert "decision.removed" in rules_of(committed, since="HEAD")


def test_a_renamed_record_is_reported(committed: Path) -> None:
    (committed / R1).rename(committed / DECISIONS / "0001-another-name.md")
    assert "decision.number-reused" in rules_of(committed, since="HEAD")


def test_an_accepted_record_cannot_change_its_title(committed: Path) -> None:
    edit(committed, R1, "  en: Decisions are recorded as decision records", "  en: Decisions are recorded as records")
    edit(committed, R1, "# Decisions are recorded as decision records", "# Decisions are recorded as records")
    problems = [p for p in check_governance(committed, since="HEAD", generated=False).problems]
    assert [(p.rule, p.line) for p in problems] == [
        ("decision.changed-after-acceptance", line_of(committed, R1, "title:")),
        ("decision.changed-after-acceptance", line_of(committed, R1, "# Decisions are recorded as records")),
    ]


def test_an_accepted_record_cannot_change_its_body(committed: Path) -> None:
    edit(committed, R1, "* traceability", "* traceability\n* speed")
    assert rules_of(committed, since="HEAD") == {"decision.changed-after-acceptance"}


def test_an_accepted_record_can_be_deprecated(committed: Path) -> None:
    edit(committed, R1, "decision_status: accepted", "decision_status: deprecated")
    edit(committed, R1, "last_updated: 2026-02-03", "last_updated: 2026-11-01\ndate_deprecated: 2026-11-01")
    write_index(committed)
    assert check_governance(committed, since="HEAD").problems == []
    assert "Deprecated on 2026-11-01" in (committed / R1).read_text(encoding="utf-8")


def test_an_accepted_record_cannot_go_back_to_proposed(committed: Path) -> None:
    edit(committed, R1, "decision_status: accepted", "decision_status: proposed")
    assert "decision.changed-after-acceptance" in rules_of(committed, since="HEAD")


# --- the command line ---------------------------------------------------------------------------

def test_cli_passes_the_valid_log(log: Path) -> None:
    result = runner.invoke(app, ["governance", "check", "--root", str(log)])
    assert result.exit_code == 0, result.output
    assert "3 decision records: 0 errors, 0 warnings" in result.output


def test_cli_prints_file_line_rule_message(log: Path) -> None:
    edit(log, R1, "# Decisions are recorded as decision records\n", "# Decisions\n")
    result = runner.invoke(app, ["governance", "check", "--root", str(log)])
    assert result.exit_code == 1
    line = line_of(log, R1, "# Decisions")
    assert f"{R1}:{line}: decision.title-heading: the heading 'Decisions' differs from title.en" in result.output


def test_cli_json_output(log: Path) -> None:
    edit(log, R1, "## Decision Drivers\n", "")
    result = runner.invoke(app, ["governance", "check", "--root", str(log), "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["records"] == 3 and data["errors"] >= 1
    assert {"file", "line", "rule", "message", "severity"} <= set(data["problems"][0])


@pytest.mark.parametrize("arguments", [
    ["governance", "check", "--root", "/nonexistent/kll"],
    ["governance", "check", "--format", "xml"],
    ["governance", "index", "--root", "/nonexistent/kll"],
    ["governance", "codeowners", "--root", "/nonexistent/kll"],
])
def test_cli_usage_errors_exit_2(arguments: list[str]) -> None:
    result = runner.invoke(app, arguments)
    assert result.exit_code == 2
    assert "error:" in result.output and "Traceback" not in result.output


def test_cli_unknown_revision_exits_2(committed: Path) -> None:
    result = runner.invoke(app, ["governance", "check", "--root", str(committed), "--since", "no-such-revision"])
    assert result.exit_code == 2
    assert "error: git" in result.output


def test_an_unreadable_register_exits_2(log: Path) -> None:
    (log / REGISTER).write_text("agencies: [unclosed\n", encoding="utf-8")
    result = runner.invoke(app, ["governance", "check", "--root", str(log)])
    assert result.exit_code == 2
    assert "agency register cannot be read" in result.output


# --- the repository's own log -------------------------------------------------------------------

@pytest.fixture(scope="module")
def repository_check():
    return check_governance()


def test_the_repository_log_passes_the_checker(repository_check) -> None:
    assert [str(p) for p in repository_check.problems] == []


def test_the_repository_has_at_least_14_accepted_or_proposed_records(repository_check) -> None:
    statuses = [r.value("decision_status") for r in repository_check.records]
    assert sum(s in ("accepted", "proposed") for s in statuses) >= 14


def test_every_rule_links_to_a_decision_record() -> None:
    """Promise 2: every rule points back to the decision that made it."""
    unlinked = [rule.id for rule in catalogue().values() if rule.decision is None]
    assert unlinked == []


def test_every_record_is_in_the_template_format(repository_check) -> None:
    for record in repository_check.records:
        headings = [(h.level, h.text) for h in record.headings]
        assert all(h in headings for h in REQUIRED_HEADINGS), record.name


def test_codeowners_covers_every_model_module() -> None:
    from kll.artifacts.modelindex import model_index  # noqa: F401  (the index is the generated view of the model)
    import yaml

    enum = yaml.safe_load((repository_root() / "model" / "governance.yaml").read_text(encoding="utf-8"))["enums"]["ModelModule"]
    assert set(MODULE_PATHS) == set(enum["permissible_values"])
    text = codeowners(read_register(register_path()))
    assert text == codeowners_path().read_text(encoding="utf-8")
    for module in MODULE_PATHS:
        assert re.search(rf"^/model/{module}\.yaml\s+@kll-ecosystem/\w+", text, re.MULTILINE), module


# --- quotations from the report ----------------------------------------------------------------

from kll.governance.quotes import REPORT_FILE, Report, load_report, quotations, same_word  # noqa: E402


@pytest.fixture(scope="module")
def report() -> Report:
    return load_report((repository_root() / REPORT_FILE).resolve())


def test_the_vendored_report_is_the_copy_its_provenance_names() -> None:
    import hashlib
    import yaml

    path = repository_root() / REPORT_FILE
    provenance = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
    assert provenance["file"] == path.name
    assert hashlib.sha256(path.read_bytes()).hexdigest() == provenance["sha256"]
    assert provenance["licence"] and (path.parent / "README.md").is_file()


def test_the_report_sections_are_its_numbered_headings_not_its_footnotes(report: Report) -> None:
    numbers = [number for _, number, _ in report.headings]
    assert numbers[:3] == ["1", "2", "2.1"] and numbers[-1] == "5.5"
    assert {"2.10.3", "3.3.3", "4.1.1", "4.2.3", "4.3.3", "5.3"} <= set(numbers)
    assert numbers == sorted(numbers, key=lambda n: tuple(int(p) for p in n.split(".")))
    # "1 Arbetsförmedlingen (2021/0053 0693), …" and "3 Samverkan …" are footnotes
    assert len(numbers) == len(set(numbers)) == 48


@pytest.mark.parametrize(("quoted", "section"), [
    ("inte är möjligt av legala skäl", "4.3.3"),
    ("UHR föreskriver innehåll och form för dokumentet", "4.2.3"),
    ("allmänning utan ansvarig", "5.3"),  # the report: "allmänningar utan ansvarig"
    ("överlappningar mellan olika ansvarsområden, eller allmänningar utan ansvarig", "5.3"),  # across a line break
    ("ett kopplingsschema mellan exempelvis ... SUN och ... SSYK", "4.1.2"),  # an ellipsis
    ("EU‑gemensamma yrkes– och kompetensklassificeringen", "4.2.1"),  # other dashes
    ("Bidra till en bättre matchning mellan efterfrågade jobb och yrkes- och högskoleutbildningar;", "4.2.1"),
])
def test_a_quotation_is_found_up_to_layout_punctuation_and_word_endings(report: Report, quoted: str, section: str) -> None:
    found = report.find(quoted)
    assert found and section in {s for occurrence in found for s in occurrence.sections}


@pytest.mark.parametrize("quoted", [
    "inte möjligt av legala skäl",  # a word of the report dropped
    "datadelning mellan aktörer",  # words the report does not have
    "UHR utfärdar bilagan till examensbevis",
    "allmänheten utan ansvarig",  # another word, not another ending
])
def test_a_quotation_the_report_does_not_have_is_not_found(report: Report, quoted: str) -> None:
    assert report.find(quoted) == []


def test_word_endings_may_differ_but_not_words() -> None:
    assert same_word("allmänning", "allmänningar") and same_word("försvåra", "försvårar")
    assert not same_word("vem", "vad") and not same_word("data", "dator") and not same_word("2021", "2022")
    assert not same_word("utveckla", "utvecklingen")  # more than a few letters differ


def test_a_hyphen_at_a_line_end_joins_the_word() -> None:
    report = Report("1 Inledning\n\nDet gäller kompetens-\n\nförsörjning och yrkes-\noch högskoleutbildningar.\n")
    assert report.find("kompetensförsörjning och yrkes- och högskoleutbildningar")
    assert report.find("kompetens- försörjning")


@pytest.mark.parametrize(("markdown", "expected"), [
    ('Section 5.3 warns that "överlappningar mellan olika ansvarsområden", and that it "är tydliggjort vem som lämnar vad".',
     [("5.3",), ("5.3",)]),
    ('A forum in which "bereds frågor rörande genomförandet" and which "har beslutat om principerna" (section 3.5).',
     [("3.5",), ("3.5",)]),
    ('Section 2.9 says that "gemensamma begrepp behöva utvecklas" so that keys exist (section 4.1.2).', [("2.9",)]),
    ('(the report, section 5.2: "ramvillkor" that "skapar interoperabiliteten mellan aktörerna"; section 5.4: "använda standarder för hur data samlas in")',
     [("5.2",), ("5.4",)]),
    ('Section 5.4 sees "gemensam teknik genom öppen källkod"; and the report defines open data as "kan användas, ändras och delas fritt" (footnote 35).',
     [("5.4",), ()]),
    ('UHR adds two lessons (section 4.3.3). It was "inte är möjligt av legala skäl" for them.', [("4.3.3",)]),
    ('Skolverket leads Susa-navet (4.1.2); UHR took part "tillsammans med Ladokkonsortiet" (4.3.3).', [("4.3.3",)]),
    ('The report, avsnitt 4.1.1: ”Digital vägledning: koppling mellan utbildningar och yrke”.', [("4.1.1",)]),
])
def test_the_section_cited_for_a_quotation(markdown: str, expected: list[tuple[str, ...]]) -> None:
    assert [q.sections for q in quotations(markdown)] == expected


@pytest.mark.parametrize("markdown", [
    'Chosen option: "Decision records in the repository on two approval tracks", because of section 3.5.',  # English
    'The current third category ("ansvar och självständighet", SFS 2022:1558) is used (section 4.2.2).',  # another source
    'Digg: "Rekommendation om öppna licenser och immaterialrätt", https://www.digg.se/.',  # no mention of the report
    'The report says `"inte möjligt av legala skäl"` in code (section 4.3.3).',  # code is not prose
])
def test_what_is_not_a_quotation_from_the_report(markdown: str) -> None:
    assert quotations(markdown) == []


def test_in_a_swedish_text_only_a_quotation_whose_sentence_cites_the_report_is_the_reports() -> None:
    """Every quotation of a Swedish page is Swedish, so an option's name in quotes in a paragraph
    that cites the report elsewhere is not taken for a quotation of the report there."""
    text = ('Valt alternativ: "Beslutsdokument i förrådet", eftersom det räcker. '
            'Rapporten säger "UHR utfärdar bilagan till examensbevis" (avsnitt 4.2.3).')
    assert [q.text for q in quotations(text)] == ["Beslutsdokument i förrådet", "UHR utfärdar bilagan till examensbevis"]
    swedish = quotations(text, swedish_text=True)
    assert [(q.text, q.sections) for q in swedish] == [("UHR utfärdar bilagan till examensbevis", ("4.2.3",))]


def test_a_guide_is_checked_too(log: Path) -> None:
    (log / "docs" / "guides").mkdir(parents=True)
    (log / "docs" / "guides" / "guide.md").write_text(
        "# A guide\n\nThe report (section 4.2.3) says \"UHR utfärdar bilagan till examensbevis\".\n", encoding="utf-8")
    problems = check_governance(log, generated=False).problems
    assert [(p.file, p.line, p.rule) for p in problems] == [("docs/guides/guide.md", 3, "decision.quote-not-in-report")]


def test_cli_gives_the_swedish_message_with_lang_sv(log: Path) -> None:
    edit(log, R1, "(section 5.3)", "(section 5.2)")
    result = runner.invoke(app, ["governance", "check", "--root", str(log), "--lang", "sv", "--no-generated"])
    assert result.exit_code == 1
    assert "decision.quote-wrong-section: citatet \"den mest grundläggande förutsättning\" anges höra till avsnitt 5.2 men står i avsnitt 5.3" in result.output
    english = runner.invoke(app, ["governance", "check", "--root", str(log), "--no-generated"])
    assert "is cited as section 5.2 but occurs in section 5.3 of the report" in english.output
