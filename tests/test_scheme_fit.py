"""Concept references fit their slot (decision record 0027), whatever format the data comes in."""

from __future__ import annotations

import copy

import pytest
import yaml

from kll import adapters
from kll.artifacts.paths import examples_dir
from kll.validation.pipeline import validate

SSYK_GROUP_7223 = {"scheme": "jobtech-taxonomy", "code": "vaEp_iBS_c5h", "scheme_version": "2020-06-24"}  # type ssyk-level-4


@pytest.fixture
def two_misfits() -> dict:
    """The CNC ad with an SSYK group as a required skill and as the working time: two findings of
    one rule on one record, at two properties."""
    package = yaml.safe_load((examples_dir() / "labour" / "cnc-operator-sundsvall.yaml").read_text(encoding="utf-8"))
    posting = package["job_postings"][0]
    posting["required_skills"][0] = copy.deepcopy(SSYK_GROUP_7223)
    posting["meriting_skills"][0] = copy.deepcopy(SSYK_GROUP_7223)
    return package


@pytest.mark.parametrize("fmt", ["yaml", "turtle", "jsonld"])
def test_every_misfit_is_reported_once_in_every_format(two_misfits, fmt, tmp_path):
    source = tmp_path / "in.yaml"
    source.write_text(yaml.safe_dump(two_misfits, allow_unicode=True), encoding="utf-8")
    target = source if fmt == "yaml" else tmp_path / f"in.{'ttl' if fmt == 'turtle' else 'jsonld'}"
    if fmt != "yaml":
        adapters.get(fmt).write(adapters.get("yaml").read(source).package, target)
    report = validate([target])
    hits = [f for f in report.findings if f.rule == "concept-reference.jobtech-type-fits-slot"]
    assert len(hits) == 2, [f.location.describe() for f in hits]


def test_the_deprecated_esco_scheme_names_both_replacements(tmp_path):
    package = yaml.safe_load((examples_dir() / "qualification" / "level-placement-decision.yaml").read_text(encoding="utf-8"))
    package["learning_outcomes"][2]["related_esco_skills"][0]["scheme"] = "esco"
    path = tmp_path / "esco.yaml"
    path.write_text(yaml.safe_dump(package, allow_unicode=True), encoding="utf-8")
    [finding] = [f for f in validate([path]).findings if f.rule == "ConceptReference.scheme.deprecated"]
    assert "esco-skill" in finding.detail and "esco-occupation" in finding.detail
