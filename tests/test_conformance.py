"""The conformance suite: well-formed cases, full coverage, 100 % for the reference validator,
and every artifact's verdict agreeing with the expected outcome or declared as a known gap."""

from __future__ import annotations

import shutil

import pytest
import yaml
from typer.testing import CliRunner

from kll.artifacts import paths
from kll.cli import app
from kll.conformance.agreement import declared_gap, matrix
from kll.conformance.cases import CaseFileError, cases_dir, load_cases
from kll.conformance.coverage import coverage
from kll.conformance.generate import generate_case_files
from kll.conformance.profiles import load_profiles
from kll.conformance.results import dumps, results_path, summarise
from kll.conformance.runner import Outcome, ReferenceImplementation, grade, run_suite
from kll.artifacts.modelindex import model_index

runner = CliRunner()


@pytest.fixture(scope="module")
def cases():
    return load_cases()


def test_profiles_cover_every_role_with_core_and_full_levels():
    profiles = load_profiles()
    assert {"education-offering-publisher", "qualification-register", "micro-credential-issuer", "taxonomy-crosswalk-publisher",
            "individual-data-and-consent", "dataset-catalogue"} <= set(profiles)
    for profile in profiles.values():
        core, full = profile.rules("core"), profile.rules("full")
        assert set(core) < set(full)
        assert all(rule.severity.value == "violation" for rule in core.values())


def test_generated_cases_are_up_to_date():
    stale = [name for name, text in generate_case_files().items() if (cases_dir() / name).read_text(encoding="utf-8") != text]
    assert stale == [], "run `kll conformance generate` and commit"


def test_coverage_gate(cases):
    result = coverage(cases)
    assert result.without_firing_case == [], f"rules with no case where they fire: {result.without_firing_case}"
    assert result.without_valid_case == [], f"rules with no valid case of their element: {result.without_valid_case}"


def test_coverage_command_prints_the_counts():
    result = runner.invoke(app, ["conformance", "coverage"], env={"COLUMNS": "300"})
    assert "rules:" in result.output and "cases:" in result.output
    assert "rules without a case where they fire: 0" in result.output


@pytest.fixture(scope="module")
def suite_results(cases):
    return run_suite(ReferenceImplementation(), cases=cases)


@pytest.fixture(scope="module")
def judgements(cases):
    return matrix(cases)


def test_the_reference_validator_passes_every_case(suite_results):
    failing = [(r.case.id, r.reason) for r in suite_results if not r.ok]
    assert failing == []


def test_every_disagreement_of_an_artifact_is_declared(judgements):
    undeclared = [(j.artifact, j.verdict, j.case.id) for j in judgements if j.agrees is False and not declared_gap(j)]
    assert undeclared == []


def test_the_recorded_results_are_those_of_this_version(suite_results, judgements):
    """The published results page shows conformance/results/reference.json: it must be what a
    fresh run gives (regenerate with `kll conformance results`)."""
    fresh = dumps(summarise(suite_results, judgements, suite_version=model_index().model_version))
    assert results_path().read_text(encoding="utf-8") == fresh


def test_the_recorded_agreement_is_that_of_this_version(judgements):
    """The levels page and `kll conformance run --artifacts` read conformance/results/agreement.json:
    it must be what a fresh agreement matrix gives (regenerate with `kll conformance results`)."""
    from kll.conformance import levels

    fresh = levels.dumps(judgements, suite_version=model_index().model_version)
    assert levels.agreement_path().read_text(encoding="utf-8") == fresh, "run `kll conformance results` and commit"


def test_grading_names_what_differs(cases):
    case = next(c for c in cases if not c.expected.conformant and c.kind != "patch")
    passed, reason = grade(case, Outcome("conformant"))
    assert not passed and "expected not-conformant" in reason
    wrong_rule = Outcome("not-conformant", (("Some.other.rule", "violation"),))
    passed, reason = grade(case, wrong_rule)
    assert not passed and "missing" in reason


@pytest.mark.parametrize(
    ("mutation", "message"),
    [
        (lambda c: c.update(id="Not Kebab"), "does not match"),
        (lambda c: c["expected"]["findings"].append({"rule": "No.such.rule", "severity": "violation"}), "unknown rules"),
        (lambda c: c["expected"].update(conformant=True), "contradicts"),
        (lambda c: c.update(profile="no-such-profile"), "unknown profile"),
    ],
    ids=["id", "rule", "verdict", "profile"],
)
def test_the_meta_schema_and_loader_reject_bad_case_files(tmp_path, mutation, message):
    root = tmp_path
    (root / "conformance").mkdir()
    shutil.copy(paths.repository_root() / "conformance" / "case.schema.json", root / "conformance" / "case.schema.json")
    shutil.copytree(paths.repository_root() / "conformance" / "profiles", root / "conformance" / "profiles")
    (root / "conformance" / "cases").mkdir()
    document = yaml.safe_load((cases_dir() / "education-offering-publisher" / "event-dates.yaml").read_text(encoding="utf-8"))
    mutation(document["cases"][1])
    (root / "conformance" / "cases" / "broken.yaml").write_text(yaml.safe_dump(document, allow_unicode=True))
    with pytest.raises(CaseFileError, match=message):
        load_cases.__wrapped__(root)


def test_duplicate_ids_are_rejected(tmp_path):
    (tmp_path / "conformance" / "cases").mkdir(parents=True)
    shutil.copy(paths.repository_root() / "conformance" / "case.schema.json", tmp_path / "conformance" / "case.schema.json")
    shutil.copytree(paths.repository_root() / "conformance" / "profiles", tmp_path / "conformance" / "profiles")
    source = cases_dir() / "education-offering-publisher" / "event-dates.yaml"
    shutil.copy(source, tmp_path / "conformance" / "cases" / "a.yaml")
    shutil.copy(source, tmp_path / "conformance" / "cases" / "b.yaml")
    with pytest.raises(CaseFileError, match="duplicate id"):
        load_cases.__wrapped__(tmp_path)


def test_check_data_judges_a_producers_files_by_profile(tmp_path):
    example = paths.examples_dir() / "offering" / "komvux-sundsvall-matematik.yaml"
    ok = runner.invoke(app, ["conformance", "check-data", str(example), "--profile", "education-offering-publisher", "--level", "core"])
    assert ok.exit_code == 0, ok.output
    document = yaml.safe_load(example.read_text(encoding="utf-8"))
    document["education_events"][0]["execution"]["end_date"] = "2020-01-01"
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(document, allow_unicode=True))
    bad = runner.invoke(app, ["conformance", "check-data", str(broken), "--profile", "education-offering-publisher"])
    assert bad.exit_code == 1 and "Execution.end_date.after-start" in bad.output


def test_validate_with_a_profile_reports_only_that_profiles_rules():
    example = paths.examples_dir() / "catalogue" / "skolverket-susa-navet.yaml"
    full = runner.invoke(app, ["validate", "--format", "json", str(example)])
    core = runner.invoke(app, ["validate", "--format", "json", "--profile", "dataset-catalogue", "--level", "core", str(example)])
    import json

    assert json.loads(full.output)["counts"]["warning"] > 0
    assert json.loads(core.output)["counts"] == {"violation": 0, "warning": 0, "info": 0}
    assert runner.invoke(app, ["validate", "--profile", "no-such-profile", str(example)]).exit_code == 2
