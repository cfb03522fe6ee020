"""ELM v3 as the Commission publishes it (issue 13): the corpus samples read as published, the
shipped JSON-LD contexts, the signed and uploadable wrappers, every term checked against the
standard's own definitions, the decisions on credentials issued abroad (records 0021–0023)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kll import jsonld_contexts
from kll.adapters import ConversionError, elm, elm_standard
from kll.adapters.coverage import measure
from kll.cli import app

REAL = Path(__file__).parent / "fixtures" / "real" / "elm"
ANNEX1 = REAL / "Sample-MC-Annex1-unsigned.jsonld"
runner = CliRunner()


def _report(path: Path) -> tuple[int, dict]:
    result = runner.invoke(app, ["validate", "--from", "elm", str(path), "--format", "json"])
    return result.exit_code, json.loads(result.stdout)


def test_every_term_the_adapter_reads_or_writes_is_defined_by_the_standard():
    """ELM terms by ELM.ttl, reused ones by the EDC context, ELM-external.ttl and the vocabularies."""
    assert elm.used_terms() - elm_standard.defined_terms() == set()


@pytest.mark.parametrize("term", ["http://data.europa.eu/snb/model/elm/legalName", "http://data.europa.eu/snb/model/elm/contentURL",
                                  "http://data.europa.eu/snb/model/elm/givenName", "http://data.europa.eu/snb/model/elm/wasDerivedFrom"])
def test_names_elm_v3_does_not_have_are_not_defined(term):
    """The check has teeth: the names the adapter used before are not in the definitions."""
    assert term not in elm_standard.defined_terms()


def test_coverage_is_measured_against_the_edc_profile_not_the_table():
    coverage = measure("elm")
    assert coverage.elements == len(elm.standard().elements) > 400
    assert "elm:Organisation/rov:legalName" in coverage.mapped
    assert "elm:LearningActivity" in coverage.unmapped
    assert coverage.missing  # honest: many elements of the profile have no model slot
    assert coverage.not_in_standard == () and coverage.unexplained == ()
    assert coverage.groups["micro-credential"] == {"listed": 16, "mapped": 16}


def test_the_well_known_contexts_are_shipped_and_unknown_ones_refused(tmp_path):
    assert jsonld_contexts.context_document("https://www.w3.org/2018/credentials/v1")["VerifiableCredential"]
    assert jsonld_contexts.context_document("https://www.w3.org/ns/credentials/v2")["VerifiableCredential"]
    assert jsonld_contexts.context_document("http://data.europa.eu/snb/model/context/edc-ap")["legalName"]["@id"] == "rov:legalName"
    path = tmp_path / "x.jsonld"
    path.write_text(json.dumps({"@context": ["https://www.w3.org/2018/credentials/v1", "https://example.org/other"], "id": "urn:x"}))
    with pytest.raises(ConversionError) as error:
        elm.ADAPTER.read(path)
    assert error.value.location.pointer == "/@context/1"


def test_nothing_is_fetched(monkeypatch):
    import urllib.request

    def refuse(*args, **kwargs):
        raise AssertionError("network access")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    assert elm.ADAPTER.read(ANNEX1).package["micro_credentials"]


def test_every_annex_i_element_of_the_sample_arrives():
    mc = elm.ADAPTER.read(ANNEX1).package["micro_credentials"][0]
    assert mc["title"] == {"en": "Digital micro-credential creation"}
    assert mc["awarding_body"] == ["urn:epass:org:1"] and mc["issuer_country"] == "IE"
    assert mc["issued"] == "2023-01-01"  # validFrom 2022-12-31T23:00:00Z, midnight in Swedish time
    assert mc["has_learning_outcome"] == ["urn:epass:learningOutcome:1", "urn:epass:learningOutcome:2"]
    assert mc["notional_workload"] == {"point_value": 2, "credit_framework": "ects"}
    assert mc["credential_levels"] == ["eqf-6"]
    assert mc["national_qualification_levels"] == ["http://data.europa.eu/snb/qdr/c_c392e7a2"]
    assert mc["assessment_types"] == ["other"] and mc["participation_form"] == "blended"
    assert mc["entry_requirements"]["en"].startswith("The learner needs")
    assert mc["grade"] == "Pass" and mc["supervision_verification"] == "unsupervised-no-verification"
    assert "quality_assurance" not in mc


def test_organisation_names_and_homepages_arrive():
    organisations = {o["id"]: o for o in elm.ADAPTER.read(ANNEX1).package["organisations"]}
    assert organisations["urn:epass:org:1"]["name"] == {"en": "University of Zed"}
    assert organisations["urn:epass:org:1"]["homepage"] == "https://uniz.edu"


def test_the_annex_i_sample_gives_only_the_quality_assurance_violation():
    code, report = _report(ANNEX1)
    assert code == 1
    assert {f["rule"] for f in report["findings"] if f["severity"] == "violation"} == {"MicroCredential.quality_assurance.required"}


@pytest.mark.parametrize("wrapped", ["Sample-MC-Annex1-unsigned-uploadable.json", "Sample-MC-Annex1-signed.jsonld"])
def test_the_uploadable_and_signed_forms_give_the_unsigned_report(wrapped):
    _, unsigned = _report(ANNEX1)
    code, report = _report(REAL / wrapped)
    assert code == 1
    assert {f["rule"] for f in report["findings"]} == {f["rule"] for f in unsigned["findings"]}


def test_a_signed_credential_says_its_signatures_are_not_verified():
    findings = elm.ADAPTER.read(REAL / "Sample-MC-Annex1-signed.jsonld").findings
    assert any(f.location.pointer == "/signatures" and f.rule == "convert.unmapped" for f in findings)


def test_a_signed_credential_with_a_payload_that_is_not_json_is_unreadable(tmp_path):
    path = tmp_path / "signed.json"
    path.write_text(json.dumps({"payload": "{not json", "signatures": []}))
    with pytest.raises(ConversionError) as error:
        elm.ADAPTER.read(path)
    assert error.value.location.pointer == "/payload"


def test_the_certificate_of_participation_maps_to_no_micro_credential_and_says_why():
    imported = elm.ADAPTER.read(REAL / "Sample-CertOfPart-unsigned.jsonld")
    assert "micro_credentials" not in imported.package and imported.package["persons"]
    assert any("elm:hasClaim" in (f.detail or "") for f in imported.findings)
    code, _ = _report(REAL / "Sample-CertOfPart-unsigned.jsonld")
    assert code == 0


def test_a_credential_issued_abroad_needs_no_swedish_text():
    _, report = _report(ANNEX1)
    assert not [f for f in report["findings"] if f["rule"].endswith(".swedish")]
    infos = [f for f in report["findings"] if f["rule"] == "convert.swedish-not-required"]
    assert infos and all(f["severity"] == "info" and f["detail"].endswith(".swedish: no Swedish text") for f in infos)


def test_a_credential_issued_in_sweden_still_needs_swedish_text(tmp_path):
    """The same credential with its issuer in Sweden (every Irish country IRI made Swedish)."""
    text = ANNEX1.read_text(encoding="utf-8").replace("/authority/country/IRL", "/authority/country/SWE")
    path = tmp_path / "swedish.jsonld"
    path.write_text(text, encoding="utf-8")
    _, report = _report(path)
    assert "MicroCredential.title.swedish" in {f["rule"] for f in report["findings"]}
    assert "convert.swedish-not-required" not in {f["rule"] for f in report["findings"]}


def test_a_foreign_national_identifier_is_not_a_personnummer():
    person = elm.ADAPTER.read(ANNEX1).package["persons"][0]
    assert "personal_identity_number" not in person
    assert person["national_identifiers"] == [{"identifier_notation": "LA-234218", "issuing_country": "IT"}]
    _, report = _report(ANNEX1)
    assert not [f for f in report["findings"] if f["rule"].startswith("Person.personal_identity_number")]
    assert "LA-234218" not in json.dumps(report)


def test_a_swedish_identifier_round_trips_and_is_checked(tmp_path):
    package = {"persons": [{"id": "urn:p:1", "given_name": "T", "family_name": "T", "personal_identity_number": "191212121212",
                            "national_identifiers": [{"identifier_notation": "X-1", "issuing_country": "IT"}]}]}
    out = tmp_path / "p.jsonld"
    assert elm.ADAPTER.write(package, out) == []
    assert elm.ADAPTER.read(out).package["persons"] == package["persons"]


@pytest.mark.parametrize("lexical, day, dropped", [
    ("1999-10-01T22:00:00Z", "1999-10-02", False),      # CEST midnight, as the EDC tools write it
    ("2022-12-31T23:00:00Z", "2023-01-01", False),      # CET midnight
    ("2023-06-28T14:30:00Z", "2023-06-28", True),       # a time of day: reported
    ("2024-02-29T00:00:00", "2024-02-29", False),       # no zone: a local time, the day as written
    ("2024-02-29", "2024-02-29", False),
])
def test_a_date_time_is_the_day_in_swedish_time(lexical, day, dropped):
    assert elm.swedish_day(lexical) == (day, dropped)
    assert elm.swedish_day(elm.swedish_midnight(day)) == (day, False)


def test_a_date_time_that_is_not_one_is_not_read():
    assert elm.swedish_day("1999-13-01T00:00:00Z") is None and elm.swedish_midnight("2025-02-30") is None


def test_the_manifest_matches_the_files():
    import yaml

    manifest = yaml.safe_load((REAL / "manifest.yaml").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        for check in entry["checks"]:
            code, report = _report(REAL / entry["file"])
            assert code == check["exit"], entry["file"]
            assert {f["rule"] for f in report["findings"]} == set(check["rules"]), entry["file"]
            assert {f["rule"] for f in report["findings"] if f["severity"] == "violation"} == set(check["violations"] or {})
