"""ELM v3 as the Commission publishes it (issue 13): the corpus samples read as published, the
shipped JSON-LD contexts, the signed and uploadable wrappers, every term checked against the
standard's own definitions, the decisions on credentials issued abroad (records 0021–0023)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kll.artifacts import jsonld_contexts
from kll.adapters import ConversionError, elm, elm_standard
from kll.adapters.coverage import measure
from rdflib import Graph
from rdflib.namespace import RDF
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



def test_nothing_is_fetched(no_network, tmp_path):
    # the guard has teeth: rdflib's own document loader is stopped at the socket, and recorded
    from rdflib.plugins.shared.jsonld.util import source_to_json

    with pytest.raises(OSError):
        source_to_json("http://example.org/context.jsonld")
    assert no_network
    no_network.clear()
    assert elm.ADAPTER.read(ANNEX1).package["micro_credentials"]
    remote = tmp_path / "remote.jsonld"
    remote.write_text(json.dumps({"@context": "http://example.org/context.jsonld", "id": "urn:x", "type": "Organisation"}))
    with pytest.raises(ConversionError) as error:
        elm.ADAPTER.read(remote)
    assert error.value.location.pointer == "/@context"
    assert no_network == []  # refused before any connection was attempted


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


# --- review findings (issue 13) ------------------------------------------------------------------


def _variant(tmp_path: Path, old: str, new: str, name: str = "variant.jsonld") -> Path:
    text = ANNEX1.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_a_key_the_context_does_not_define_is_reported_not_dropped(tmp_path):
    """Decision record 0020: nothing is dropped silently. JSON-LD drops a key that expands to no
    IRI; the adapter says so, at the key, naming the key and never its value."""
    path = _variant(tmp_path, '"entryRequirement":', '"EntryRequirements":')
    imported = elm.ADAPTER.read(path)
    assert "entry_requirements" not in imported.package["micro_credentials"][0]
    found = [f for f in imported.findings if f.rule == "convert.unmapped" and (f.location.pointer or "").endswith("/EntryRequirements")]
    assert len(found) == 1 and found[0].severity.value == "warning"
    assert found[0].location.pointer == "/credentialSubject/hasClaim/specifiedBy/EntryRequirements"
    assert "EntryRequirements" in found[0].detail and "EDC Online Credential Builder" not in found[0].detail
    _, report = _report(path)
    assert any(f["location"].get("pointer", "").endswith("/EntryRequirements") for f in report["findings"])


def test_a_written_annex_i_credential_uses_only_terms_the_standard_defines(tmp_path):
    """Independent of used_terms() and its hand-kept list: what the writer actually writes."""
    out = tmp_path / "annex1.jsonld"
    elm.ADAPTER.write(elm.ADAPTER.read(ANNEX1).package, out)
    graph = Graph().parse(out, format="json-ld")
    written = {str(p) for p in graph.predicates()} | {str(c) for c in graph.objects(None, RDF.type)}
    # every Annex I element has an ELM term: not even the model's own IRIs are needed
    assert written - elm_standard.defined_terms() == set()
    assert len([i for i in written if i.startswith(elm.ELM_NAMESPACE)]) > 20


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _signed(tmp_path: Path, payload: str, protected: str) -> Path:
    path = tmp_path / "signed.json"
    path.write_text(json.dumps({"payload": payload, "signatures": [{"protected": protected, "signature": "c2ln"}]}), encoding="utf-8")
    return path


def test_a_signed_credential_with_a_base64url_payload_is_read(tmp_path):
    """RFC 7515: without b64:false in the protected header (RFC 7797) the payload is base64url."""
    header = _b64url(json.dumps({"alg": "RS256"}).encode())
    path = _signed(tmp_path, _b64url(ANNEX1.read_bytes()), header)
    assert elm.ADAPTER.read(path).package["micro_credentials"][0]["issued"] == "2023-01-01"
    _, unsigned = _report(ANNEX1)
    code, report = _report(path)
    assert code == 1 and {f["rule"] for f in report["findings"]} == {f["rule"] for f in unsigned["findings"]}


def test_the_published_signed_credential_says_b64_false_and_is_read_as_is():
    signed = json.loads((REAL / "Sample-MC-Annex1-signed.jsonld").read_text(encoding="utf-8"))
    protected = signed["signatures"][0]["protected"]
    assert json.loads(base64.urlsafe_b64decode(protected + "=" * (-len(protected) % 4)))["b64"] is False
    assert elm.ADAPTER.read(REAL / "Sample-MC-Annex1-signed.jsonld").package["micro_credentials"]


@pytest.mark.parametrize("protected", ["not base64url!", _b64url(b"not json"), _b64url(b"[1]")])
def test_a_protected_header_that_cannot_be_decoded_is_invalid_input(tmp_path, protected):
    path = _signed(tmp_path, ANNEX1.read_text(encoding="utf-8"), protected)
    result = runner.invoke(app, ["validate", "--from", "elm", str(path), "--format", "json"])
    assert result.exit_code == 2 and (result.exception is None or isinstance(result.exception, SystemExit))
    [finding] = json.loads(result.stdout)["findings"]
    assert finding["rule"] == "convert.invalid-input" and finding["location"]["pointer"] == "/signatures/0/protected"


def test_a_b64_payload_that_is_not_base64url_is_invalid_input(tmp_path):
    path = _signed(tmp_path, ANNEX1.read_text(encoding="utf-8"), _b64url(json.dumps({"alg": "RS256", "b64": True}).encode()))
    with pytest.raises(ConversionError) as error:
        elm.ADAPTER.read(path)
    assert error.value.location.pointer == "/payload"


def _location_values(report: dict) -> list[str]:
    return [str(value) for finding in report["findings"] for value in finding["location"].values()]


@pytest.mark.parametrize("name", sorted(p.name for p in REAL.glob("Sample-*")))
def test_no_report_of_the_corpus_echoes_an_email_address(name):
    """Promise 5: mailto: and tel: IRIs and the IRIs of persons are not echoed; the pointer says where."""
    _, report = _report(REAL / name)
    assert not [value for value in _location_values(report) if "@" in value]
    assert "ana.andromeda" not in json.dumps(report)


def test_a_person_s_iri_is_not_echoed_but_the_pointer_is_kept(tmp_path):
    path = _variant(tmp_path, '"dateOfBirth":"1999-10-01T22:00:00Z"', '"dateOfBirth":"not a date"')
    _, report = _report(path)
    [finding] = [f for f in report["findings"] if f["rule"] == "convert.invalid-value"]
    assert finding["location"]["pointer"] == "/credentialSubject/dateOfBirth"
    assert "urn:epass:person:1" not in json.dumps(report)


def test_a_date_of_birth_that_is_not_a_date_is_an_invalid_value(tmp_path):
    path = _variant(tmp_path, '"dateOfBirth":"1999-10-01T22:00:00Z"', '"dateOfBirth":"not a date"')
    code, report = _report(path)
    assert code == 1
    invalid = [f for f in report["findings"] if f["rule"] == "convert.invalid-value"]
    assert [(f["severity"], f["location"]["pointer"]) for f in invalid] == [("violation", "/credentialSubject/dateOfBirth")]
    assert "not a date" not in json.dumps(report)
    assert not [f for f in report["findings"] if f["rule"] == "convert.unmapped" and f["location"].get("pointer") == "/credentialSubject/dateOfBirth"]


def test_a_valid_from_that_is_not_a_date_is_an_invalid_value(tmp_path):
    """The date of issue is mandatory (Annex I, element 5) and none valid is given: the invalid
    value is named where it is, and the model's own required rule still holds."""
    path = _variant(tmp_path, '"validFrom":"2022-12-31T23:00:00Z"', '"validFrom":"yesterday"')
    code, report = _report(path)
    assert code == 1
    rules = {f["rule"]: f for f in report["findings"] if f["severity"] == "violation"}
    assert rules["convert.invalid-value"]["location"]["pointer"] == "/validFrom"
    assert set(rules) == {"convert.invalid-value", "MicroCredential.issued.required", "MicroCredential.quality_assurance.required"}


def test_an_organisation_registered_abroad_is_not_asked_for_an_organisationsnummer():
    """Decision record 0022: a Swedish check never judges a foreign identifier."""
    _, report = _report(ANNEX1)
    assert "Organisation.organisation_number.recommended" not in {f["rule"] for f in report["findings"]}
    infos = [f for f in report["findings"] if f["rule"] == "convert.organisation-number-not-required"]
    assert infos and all(f["severity"] == "info" and f["detail"].startswith("Organisation.organisation_number.recommended") for f in infos)


def test_an_organisation_not_registered_abroad_is_still_asked_for_its_organisationsnummer(tmp_path):
    """Only an organisation whose registrations name another country is spared the recommendation."""
    name = {"sv": "Skola", "en": "School"}
    package = {"organisations": [{"id": "urn:org:home", "name": name},
                                 {"id": "urn:org:abroad", "name": name,
                                  "registrations": [{"identifier_notation": "0000", "issuing_country": "IE"}]}]}
    path = tmp_path / "organisations.jsonld"
    elm.ADAPTER.write(package, path)
    _, report = _report(path)
    graded = {(f["rule"], f["severity"], f["location"].get("record_id")) for f in report["findings"] if "organisation" in f["rule"]}
    assert graded == {("Organisation.organisation_number.recommended", "warning", "urn:org:home"),
                      ("convert.organisation-number-not-required", "info", "urn:org:abroad")}
