"""Levels that mean something to an implementer: which cases an implementation built on some
generated artifacts can pass (``kll conformance run --artifacts``), and the levels page."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from kll.cli import app
from kll.conformance.cases import Expected, load_cases
from kll.conformance.levels import (
    Recorded, UnknownArtifacts, level_figures, load_recorded, parse_artifacts, reachable_cases, reaches,
)
from kll.conformance.profiles import load_profiles

runner = CliRunner()
PROFILE = "qualification-register"  # the smallest profile: its runs take seconds


@pytest.fixture(scope="module")
def case():
    """A real case, given made-up expectations by each test."""
    return next(c for c in load_cases() if c.profile == PROFILE)


def _recorded(**verdicts: str) -> Recorded:
    unreported = {a: frozenset(v.split(":", 1)[1].split(",")) for a, v in verdicts.items() if ":" in v}
    return Recorded({a: verdicts.get(a, "valid").split(":")[0] for a in ("json-schema", "shacl", "python", "rules")}, unreported)


def test_artifact_names_are_checked_and_repeats_dropped():
    assert parse_artifacts("json-schema, shacl,json-schema") == ("json-schema", "shacl")
    with pytest.raises(UnknownArtifacts) as raised:
        parse_artifacts("json-schema,jsonschema")
    assert raised.value.names == ("jsonschema",)
    with pytest.raises(UnknownArtifacts):
        parse_artifacts(" , ")


def test_an_implementation_rejects_when_any_of_its_artifacts_rejects(case):
    broken = replace(case, expected=Expected(False, frozenset({("X.y.required", "violation")})))
    recorded = _recorded(**{"json-schema": "valid", "shacl": "invalid"})
    assert not reaches(broken, recorded, ("json-schema",), "core")
    assert reaches(broken, recorded, ("shacl",), "core")
    assert reaches(broken, recorded, ("json-schema", "shacl"), "core")
    fine = replace(case, expected=Expected(True, frozenset()))
    assert not reaches(fine, recorded, ("json-schema", "shacl"), "core"), "a wrong rejection by one artifact is the implementation's"


def test_at_level_full_the_expected_warnings_must_be_reported(case):
    warned = replace(case, expected=Expected(True, frozenset({("X.y.recommended", "warning")})))
    recorded = _recorded(**{"json-schema": "valid:X.y.recommended", "shacl": "valid"})
    assert reaches(warned, recorded, ("json-schema",), "core")
    assert not reaches(warned, recorded, ("json-schema",), "full")
    assert reaches(warned, recorded, ("json-schema", "shacl"), "full")


def test_an_artifact_that_cannot_read_the_input_reaches_nothing(case):
    fine = replace(case, expected=Expected(True, frozenset()))
    assert not reaches(fine, _recorded(**{"json-schema": "n/a"}), ("json-schema",), "core")
    assert reaches(fine, _recorded(**{"json-schema": "n/a"}), ("json-schema", "shacl"), "core")


def test_run_with_artifacts_runs_exactly_the_cases_within_reach():
    # the rules stage at level full reaches the fewest cases: the quickest run that shows the selection
    within = [c for c in reachable_cases(("rules",), level="full") if c.profile == PROFILE]
    everything = [c for c in load_cases() if c.profile == PROFILE]
    assert 0 < len(within) < len(everything), "the rules stage alone reaches some cases of the profile, not all"
    assert len(within) < len([c for c in reachable_cases(("json-schema",), level="core") if c.profile == PROFILE])
    result = runner.invoke(app, ["conformance", "run", "--profile", PROFILE, "--level", "full", "--artifacts", "rules"])
    assert result.exit_code == 0, result.output
    assert f": {len(within)} of {len(within)} cases passed (100 %)" in result.output and "(at level full)" in result.output


@pytest.mark.parametrize(("language", "words"), [("en", "unknown artifacts"), ("sv", "okända artefakter")])
def test_an_unknown_artifact_is_a_usage_error_in_both_languages(language, words):
    result = runner.invoke(app, ["conformance", "run", "--lang", language, "--profile", PROFILE, "--artifacts", "json-schema,jsonschema"])
    assert result.exit_code == 2
    assert words in result.output and "jsonschema" in result.output and "json-schema, shacl" in result.output


@pytest.fixture(scope="module")
def pages():
    from kll.artifacts.paths import repository_root
    from kll.maintain.site.levels_page import page_levels

    def link(source: str, rule_id: str) -> str:  # the site's own links are checked by the site build
        return f"[`{rule_id}`](rule:{rule_id})"

    return {lang: page_levels(repository_root(), link, lang) for lang in ("sv", "en")}


@pytest.mark.parametrize(("lang", "rules", "cases"), [("en", "rules", "cases"), ("sv", "regler", "testfall")])
def test_the_levels_page_shows_each_artifacts_share_of_each_level(pages, lang, rules, cases):
    profile = load_profiles()[PROFILE]
    section = pages[lang].split(f"(`{PROFILE}`) {{#{PROFILE}}}")[1].split("\n## ")[0]
    for level in ("core", "full"):
        figures = level_figures(profile, level, cases=load_cases(), recorded=load_recorded())
        cells = " | ".join(f"{len(a.expressible)} / {figures.rules} {rules} · {a.cases_reached} / {figures.cases} {cases}" for a in figures.artifacts)
        assert f"| `{level}` | {figures.rules} | {figures.cases} | {cells} |" in section
    json_schema = level_figures(profile, "core", cases=load_cases(), recorded=load_recorded()).artifacts[0]
    listed = re.search(r'\?\?\? note "JSON Schema [^"]*`core`"\n\n    (.*)\n', section)
    assert listed and listed.group(1).count("](rule:") == len(json_schema.inexpressible) > 0


def test_the_levels_page_says_what_full_adds_and_which_level_each_artifact_reaches(pages):
    english = pages["en"]
    assert "**`full`** adds" in english and "expect at least one warning" in english
    assert "An implementation built on the JSON Schema alone can pass" in english
    assert "--artifacts json-schema --level core" in english
    swedish = pages["sv"]
    assert "**`full`** lägger till" in swedish and "En implementation byggd enbart på JSON Schema kan klara" in swedish


def test_without_a_recorded_agreement_the_page_says_how_to_record_it(tmp_path):
    from kll.maintain.site.levels_page import page_levels

    assert "run `kll conformance results`" in page_levels(tmp_path, lambda source, rule: rule, "en")
