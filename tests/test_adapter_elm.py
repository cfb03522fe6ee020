"""The ELM v3 adapter (kll.adapters.elm): model → ELM JSON-LD → model is lossless, the shipped
examples export with ELM's class IRIs and read back equal, foreign ELM is validated in its own
terms, and the mapping table covers the 16 micro-credential elements.

Fixtures are in tests/fixtures/elm/ (not examples/, which is validated as model data).
"""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS
from typer.testing import CliRunner

from kll.artifacts import paths
from kll.adapters import CONVERSION_RULES, ConversionError, get, validate_foreign
from kll.adapters import elm
from kll.cli import app
from kll.validation.identifiers import luhn_valid
from kll.artifacts.modelindex import model_index
from kll.validate import validate

ROOT = paths.repository_root()
FIXTURES = Path(__file__).parent / "fixtures" / "elm"
EXAMPLES = sorted((ROOT / "examples" / "qualification").glob("*.yaml"))
ELM = elm.ELM_NAMESPACE
runner = CliRunner()
adapter = get("elm")


def normalised(value):
    """RDF has no order: lists compared as sorted lists."""
    if isinstance(value, dict):
        return {key: normalised(item) for key, item in value.items()}
    if isinstance(value, list):
        return sorted((normalised(item) for item in value), key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def round_trip(package: dict, tmp_path: Path) -> tuple[dict, list, list]:
    target = tmp_path / "export.jsonld"
    written = adapter.write(package, target)
    imported = adapter.read(target)
    return imported.package, written, imported.findings



# --- generated packages -------------------------------------------------------------------------

WORDS = ["granska", "tillgänglighet", "webbplats", "säkerhet", "svetsning", "data", "analys", "ledarskap",
         "vård", "omsorg", "ekonomi", "projekt", "rapport", "kvalitet", "arbetsmiljö", "digital", "audit",
         "skills", "knowledge", "responsibility", "Ärende", "Översikt", "design", "Umeå", "Malmö"]
SUN_FIELDS = [row["code"] for row in csv.DictReader((ROOT / "validators/kll/artifacts/codelists/data/sun2020_fields.csv").open(encoding="utf-8"))
              if row["level"] == "3"][:40]
ESCO_SKILLS = ["5fd5c985-eaaa-47aa-8314-62359c54505a", "80f308e6-0e09-404a-80cd-ec5f50f6f304", "326809fc-238d-40c2-881e-40042f7f2f0d"]
index = model_index()


def values(class_name: str, slot: str) -> list[str]:
    return sorted(index.classes[class_name].slots[slot].values)


def phrase(min_words: int = 1, max_words: int = 8):
    return st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words).map(" ".join)


def text():
    """Language-tagged text: Swedish, and English most of the time."""
    return st.one_of(st.fixed_dictionaries({"sv": phrase(), "en": phrase()}), st.fixed_dictionaries({"sv": phrase()}))


def days(start: int = 1990, end: int = 2030):
    return st.dates(date(start, 1, 1), date(end, 12, 31)).map(date.isoformat)


def check_digit(digits: str) -> str:
    return next(str(d) for d in range(10) if luhn_valid(digits + str(d)))


@st.composite
def organisation_number(draw) -> str:
    head = "".join(str(draw(st.integers(0, 9))) for _ in range(2)) + str(draw(st.integers(2, 9)))
    body = head + "".join(str(draw(st.integers(0, 9))) for _ in range(6))
    return f"{body[:6]}-{body[6:]}{check_digit(body)}"


@st.composite
def person(draw, identifier: str) -> dict:
    born = draw(st.dates(date(1940, 1, 1), date(2006, 12, 31)))
    serial = f"{draw(st.integers(0, 999)):03d}"
    ten = born.strftime("%y%m%d") + serial
    record = {"id": identifier, "given_name": draw(st.sampled_from(["Tolvan", "Elsa", "Ahmed", "Åsa"])),
              "family_name": draw(st.sampled_from(["Tolvansson", "Lind", "Öberg"])), "birth_date": born.isoformat()}
    if draw(st.booleans()):
        record["personal_identity_number"] = born.strftime("%Y%m%d") + serial + check_digit(ten)
    return record


ADDRESS = st.fixed_dictionaries({"street_address": st.sampled_from(["Storgatan 12", "Skolgatan 4", "Box 145"]),
                                 "postal_code": st.sampled_from(["852 30", "903 25", "111 22"]),
                                 "post_name": st.sampled_from(["Sundsvall", "Umeå", "Stockholm"])},
                                optional={"municipality_code": st.sampled_from(["2281", "2480", "0180"]), "country_code": st.just("SE")})


@st.composite
def organisation(draw, identifier: str) -> dict:
    return {"id": identifier, "name": draw(text()), **draw(st.fixed_dictionaries({}, optional={
        "organisation_number": organisation_number(),
        "homepage": st.sampled_from(["https://www.myh.se", "https://nordvik-yrkesakademi.example/om"]),
        "email": st.sampled_from(["info@nordvik.example", "kontakt@myh.se"]),
        "telephone": st.just("+46 60 19 10 00"),
        "address": ADDRESS,
    }))}


def esco_skill():
    return st.builds(lambda code, version, label: {"scheme": "esco-skill", "code": code, "scheme_version": version,
                                                   "concept_iri": f"http://data.europa.eu/esco/skill/{code}", **label},
                     st.sampled_from(ESCO_SKILLS), st.sampled_from(["v1.1.1", "v1.2.0"]),
                     st.one_of(st.just({}), st.fixed_dictionaries({"label": text()})))


ESCO_OCCUPATIONS = ["f2b15a0e-e65a-438a-affb-29b9d50b77d1", "a7c1d9a3-8f2e-4d6b-9c41-2f3e5b6a7d80"]


def occupation():
    """An ESCO occupation (its scheme from the IRI) or a JobTech occupation name."""
    esco = st.builds(lambda code, version: {"scheme": "esco-occupation", "code": code, "scheme_version": version,
                                            "concept_iri": f"http://data.europa.eu/esco/occupation/{code}"},
                     st.sampled_from(ESCO_OCCUPATIONS), st.sampled_from(["v1.1.1", "v1.2.0"]))
    jobtech = st.builds(lambda code: {"scheme": "jobtech-taxonomy", "code": code, "scheme_version": "22"},
                        st.sampled_from(["fg7B_yov_smw", "rQds_YGd_quU"]))
    return st.one_of(esco, jobtech)


def jobtech_skill():
    return st.builds(lambda code: {"scheme": "jobtech-taxonomy", "code": code, "scheme_version": "22"},
                     st.sampled_from(["ShQw_McW_Lmm", "k6fV_Z7H_2jA", "uXp5_Gz8_BTn"]))


def field_of_education():
    sun = st.builds(lambda code: {"scheme": "sun-2020-field", "code": code, "scheme_version": "2020"}, st.sampled_from(SUN_FIELDS))
    isced = st.builds(lambda code: {"scheme": "isced-f-2013", "code": code, "scheme_version": "2013",
                                    "concept_iri": f"http://data.europa.eu/snb/isced-f/{code}"}, st.sampled_from(["0613", "0612", "0413"]))
    return st.one_of(sun, isced)


def unique_by_json(strategy, **kwargs):
    return st.lists(strategy, unique_by=lambda v: json.dumps(v, sort_keys=True), **kwargs)


@st.composite
def learning_outcome(draw, identifier: str) -> dict:
    return {"id": identifier, "outcome_statement": draw(text()), **draw(st.fixed_dictionaries({}, optional={
        "learning_outcome_category": st.sampled_from(values("LearningOutcome", "learning_outcome_category")),
        "reusability_level": st.sampled_from(values("LearningOutcome", "reusability_level")),
        "related_esco_skills": unique_by_json(esco_skill(), min_size=1, max_size=2),
        "related_skills": unique_by_json(jobtech_skill(), min_size=1, max_size=2),
        "related_occupations": unique_by_json(occupation(), min_size=1, max_size=2),
    }))}


def credit(frameworks=None):
    points = st.one_of(st.integers(0, 400), st.integers(0, 100).map(lambda n: n + 0.5))
    return st.fixed_dictionaries({"point_value": points,
                                  "credit_framework": st.sampled_from(frameworks or values("CreditPoints", "credit_framework"))})


def subset(items: list[str], min_size: int = 0):
    return st.lists(st.sampled_from(items), min_size=min_size, max_size=max(min_size, min(3, len(items))), unique=True)


@st.composite
def qualification(draw, identifier: str, organisations: list[str], outcomes: list[str], others: list[str]) -> dict:
    level = draw(st.sampled_from([str(n) for n in range(1, 9)]))
    record = {"id": identifier, "title": draw(text()), "seqf_level": level, "eqf_level": level,
              "awarding_body": draw(subset(organisations, 1))}
    optional = {
        "description": text(),
        "homepage": st.just(f"{identifier}/om"),
        "level_placement_route": st.just("government-regulation"),
        "learning_outcome_summary": text(),
        "is_partial_qualification": st.booleans(),
        "credit_points": credit(),
        "volume_of_learning": st.integers(1, 3000).map(lambda h: f"PT{h}H"),
        "fields_of_education": unique_by_json(field_of_education(), min_size=1, max_size=3),
        "learning_setting": st.sampled_from(values("Qualification", "learning_setting")),
        "entry_requirements": text(),
        "last_modified": st.sampled_from(["2025-01-02T10:00:00+01:00", "2025-03-01T12:00:00Z", "2024-11-30T08:15:30.250Z"]),
        "related_skills": unique_by_json(st.one_of(jobtech_skill(), esco_skill()), min_size=1, max_size=2),
        "related_occupations": unique_by_json(occupation(), min_size=1, max_size=2),
    }
    if outcomes:
        optional["has_learning_outcome"] = subset(outcomes, 1)
    if others:
        optional["qualification_parts"] = subset(others, 1)
    record.update(draw(st.fixed_dictionaries({}, optional=optional)))
    return record


@st.composite
def micro_credential(draw, identifier: str, persons: list[str], organisations: list[str], outcomes: list[str], qualifications: list[str]) -> dict:
    levels = st.one_of(st.just(["not-applicable"]),
                       st.lists(st.sampled_from([v for v in values("MicroCredential", "credential_levels") if v != "not-applicable"]),
                                min_size=1, max_size=2, unique=True))
    record = {
        "id": identifier, "learner": draw(st.sampled_from(persons)), "title": draw(text()),
        "issuer_country": draw(st.sampled_from(["SE", "FI", "NO", "DE", "US", "JP"])),
        "awarding_body": draw(subset(organisations, 1)), "issued": draw(days(2020, 2026)),
        "has_learning_outcome": draw(subset(outcomes, 1)),
        "notional_workload": draw(credit(["ects", "yh", "notional-hours"])),
        "credential_levels": draw(levels),
        "assessment_types": draw(subset(values("MicroCredential", "assessment_types"), 1)),
        "participation_form": draw(st.sampled_from(values("MicroCredential", "participation_form"))),
        "quality_assurance": draw(text()),
    }
    record.update(draw(st.fixed_dictionaries({}, optional={
        "entry_requirements": text(),
        "supervision_verification": st.sampled_from(values("MicroCredential", "supervision_verification")),
        "grade": st.sampled_from(["VG", "G", "A", "B", "Godkänd"]),
        "stackability": st.sampled_from(values("MicroCredential", "stackability")),
        "further_information": text(),
        **({"qualification": st.sampled_from(qualifications), "stackable_towards": subset(qualifications, 1)} if qualifications else {}),
    })))
    return record


@st.composite
def packages(draw) -> dict:
    """Data packages of qualifications, learning outcomes, their awarding bodies, learners and
    micro-credentials, with realistic values that validate."""
    base = "https://w3id.org/kll/id/test"
    n_orgs, n_outcomes, n_quals = draw(st.integers(1, 3)), draw(st.integers(0, 4)), draw(st.integers(1, 3))
    n_persons = draw(st.integers(0, 2)) if n_outcomes else 0
    n_creds = draw(st.integers(0, 2)) if n_persons else 0
    orgs = [f"{base}/org/{n}" for n in range(n_orgs)]
    outcomes = [f"{base}/learning-outcome/{n}" for n in range(n_outcomes)]
    quals = [f"{base}/qualification/{n}" for n in range(n_quals)]
    persons = [f"urn:uuid:00000000-0000-4000-8000-00000000000{n}" for n in range(n_persons)]
    package = {
        "conforms_to_model_version": "0.4.0",
        "organisations": [draw(organisation(i)) for i in orgs],
        "qualifications": [draw(qualification(q, orgs, outcomes, [o for o in quals if o != q])) for q in quals],
    }
    if outcomes:
        package["learning_outcomes"] = [draw(learning_outcome(i)) for i in outcomes]
    if persons:
        package["persons"] = [draw(person(i)) for i in persons]
    if n_creds:
        package["micro_credentials"] = [draw(micro_credential(f"{base}/micro-credential/{n}", persons, orgs, outcomes, quals))
                                        for n in range(n_creds)]
    return package


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(packages())
def test_model_to_elm_to_model_is_lossless(tmp_path, package):
    back, written, read = round_trip(package, tmp_path)
    assert written == [] and read == []
    assert normalised(back) == normalised(package)


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(packages())
def test_generated_packages_are_valid_model_data(tmp_path, package):
    """The round-trip property is about data that validates, not about arbitrary JSON."""
    target = tmp_path / "generated.json"
    target.write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    report = validate([target])
    assert report.conformant, [(f.rule, f.location.pointer) for f in report.findings if f.severity.value == "violation"]


# --- the shipped examples -----------------------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_shipped_examples_export_to_elm_and_read_back_equal(tmp_path, example, no_network):
    package = yaml.safe_load(example.read_text(encoding="utf-8"))
    back, written, read = round_trip(package, tmp_path)
    assert written == [] and read == []
    assert normalised(back) == normalised(package)
    assert no_network == []


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_the_export_uses_elm_class_iris_with_an_inline_context(tmp_path, example):
    package = yaml.safe_load(example.read_text(encoding="utf-8"))
    target = tmp_path / "export.jsonld"
    adapter.write(package, target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert isinstance(document["@context"], dict)  # inline: a reader needs no network
    graph = Graph().parse(target, format="json-ld")  # rdflib expands it on its own
    types = set(graph.objects(None, RDF.type))
    for name, container in (("Qualification", "qualifications"), ("LearningOutcome", "learning_outcomes"), ("Organisation", "organisations")):
        assert URIRef(ELM + name) in types
        for record in package[container]:
            assert (URIRef(record["id"]), RDF.type, URIRef(ELM + name)) in graph
    if "micro_credentials" in package:
        credential = URIRef(package["micro_credentials"][0]["id"])
        assert (credential, RDF.type, URIRef(ELM + "LearningAchievement")) in graph
        assert (URIRef(package["micro_credentials"][0]["learner"]), URIRef(ELM + "hasClaim"), credential) in graph
    if "level_placement_decisions" in package:
        assert (URIRef(package["level_placement_decisions"][0]["id"]), RDF.type, URIRef(ELM + "Accreditation")) in graph


def test_the_export_is_stable(tmp_path):
    package = yaml.safe_load(EXAMPLES[0].read_text(encoding="utf-8"))
    adapter.write(package, tmp_path / "a.jsonld")
    adapter.write(package, tmp_path / "b.jsonld")
    assert (tmp_path / "a.jsonld").read_text() == (tmp_path / "b.jsonld").read_text()


def test_every_property_and_class_of_an_export_is_in_the_mapping_table(tmp_path):
    listed = " ".join(row.element for row in adapter.mapping())
    for example in EXAMPLES:
        target = tmp_path / "export.jsonld"
        adapter.write(yaml.safe_load(example.read_text(encoding="utf-8")), target)
        graph = Graph().parse(target, format="json-ld")
        for _, prop, obj in graph:
            if str(prop).startswith(ELM):
                assert elm.curie(str(prop)) in listed, prop
            if prop == RDF.type and str(obj).startswith(ELM):
                assert elm.curie(str(obj)) in listed, obj


def test_kept_properties_never_collide_with_mapped_ones():
    """A slot ELM does not carry is kept under a property no rule of its class uses, so reading it
    back can never take another slot's value."""
    for cmap in elm.CLASS_MAPS:
        classes = [cmap.model, *(name for name, base in elm._BASE.items() if base == cmap.model)]
        for name in classes:
            rule_props = {(rule.path, rule.prop, rule.slot) for rule in cmap.rules}
            for slot in index.classes[name].slots.values():
                if slot.kind in {"identifier", "type"}:
                    continue
                kept = elm.preserved_iri(slot)
                assert not any(path == () and prop == kept and other != slot.name for path, prop, other in rule_props), (name, slot.name)
                assert kept not in {rule.path[0].prop for rule in cmap.rules if rule.path}, (name, slot.name)
                assert not str(kept).startswith(ELM) or any(r.slot == slot.name and r.prop == kept for r in cmap.rules), (name, slot.name)


# --- foreign ELM: validation in its own terms -----------------------------------------------------


def test_a_broken_element_is_named_in_elm_terms_and_exits_1():
    fixture = FIXTURES / "micro-credential-broken.jsonld"
    result = runner.invoke(app, ["validate", "--from", "elm", "--format", "json", str(fixture)])
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    violations = [f for f in report["findings"] if f["severity"] == "violation"]
    assert len(violations) == 1
    location = violations[0]["location"]
    assert location["record_id"] == "https://w3id.org/kll/id/example-university/achievement/2025-17"
    assert location["pointer"] == "/@graph/3/awardedBy/awardingDate"
    assert location["file"] == str(fixture)
    text_report = runner.invoke(app, ["validate", "--from", "elm", str(fixture)])
    assert "achievement/2025-17" in text_report.output and "awardingDate" in text_report.output


def test_a_file_that_is_not_json_ld_exits_2_with_a_clear_message(tmp_path):
    fixture = FIXTURES / "not-jsonld.json"
    for arguments in (["validate", "--from", "elm", str(fixture)], ["convert", "--from", "elm", "--to", "yaml", str(fixture), str(tmp_path / "out.yaml")]):
        result = runner.invoke(app, arguments)
        assert result.exit_code == 2, result.output
        assert "not JSON-LD" in result.output
        assert "Traceback" not in result.output


@pytest.mark.parametrize("content, message", [
    ("{ not json", "not JSON-LD"),
    ('{"@context": {"name": "http://schema.org/name"}, "@id": "https://example.org/x", "name": "x"}', "not ELM"),
    ('{"@context": "https://example.org/elm-context.jsonld", "@id": "https://example.org/x"}', "does not fetch"),
    ('{"@context": {"@import": "https://example.org/c.jsonld"}, "@id": "https://example.org/x"}', "does not fetch"),
    ('[1, 2]', "not JSON-LD"),
])
def test_what_is_not_elm_json_ld_raises_conversion_error_without_network(tmp_path, no_network, content, message):
    path = tmp_path / "input.jsonld"
    path.write_text(content)
    with pytest.raises(ConversionError) as error:
        adapter.read(path)
    assert message in str(error.value)
    assert error.value.location.file == str(path)
    assert no_network == []


def test_convert_unmapped_names_the_property_and_points_into_the_file():
    """Positive case of convert.unmapped: a property the mapping does not read. The learning
    opportunity of the file is an education event (EducationEvent's class is elm:LearningOpportunity)."""
    fixture = FIXTURES / "unmapped.jsonld"
    imported = adapter.read(fixture)
    [qualification] = imported.findings
    assert qualification.rule == "convert.unmapped"
    assert qualification.location.pointer == "/@graph/1/targetGroup"
    assert qualification.location.record_id == "https://w3id.org/kll/id/example-university/qualification/gis"
    assert qualification.detail.startswith("elm:targetGroup")
    assert "example" not in qualification.detail  # the property is named, never its value
    assert imported.package["education_events"] == [{"id": "https://w3id.org/kll/id/example-university/opportunity/gis-2025",
                                                     "title": {"sv": "Kandidatprogram i geografisk informationsbehandling, hösten 2025"}}]
    # everything else was read
    assert {r["id"] for r in imported.package["qualifications"]} == {"https://w3id.org/kll/id/example-university/qualification/gis"}
    assert imported.package["qualifications"][0]["awarding_body"] == ["https://w3id.org/kll/id/example-university/org/202100-2908"]


def test_convert_unmapped_negative_an_export_reads_back_without_findings(tmp_path):
    for example in EXAMPLES:
        _, _, read = round_trip(yaml.safe_load(example.read_text(encoding="utf-8")), tmp_path)
        assert [f for f in read if f.rule == "convert.unmapped"] == []


def test_a_time_of_day_the_model_cannot_hold_is_reported(tmp_path):
    document = json.loads((FIXTURES / "micro-credential-broken.jsonld").read_text(encoding="utf-8"))
    document["@graph"][3]["awardedBy"]["awardingDate"] = "2025-02-21T14:30:00"
    path = tmp_path / "timed.jsonld"
    path.write_text(json.dumps(document))
    imported = adapter.read(path)
    assert imported.package["micro_credentials"][0]["issued"] == "2025-02-21"
    [finding] = [f for f in imported.findings if f.rule == "convert.unmapped"]
    assert finding.location.pointer == "/@graph/3/awardedBy/awardingDate" and "time of day" in finding.detail


def test_convert_not_representable_positive_and_negative(tmp_path):
    """Positive: records of a class outside the mapping, and an agency nobody refers to, are left
    out with a warning located by package pointer. Negative: the examples export without one."""
    package = yaml.safe_load(EXAMPLES[0].read_text(encoding="utf-8"))
    package["concepts"] = [{"id": "https://w3id.org/kll/id/test/concept/1", "code": "1"}]
    package["agencies"] = [{"id": "https://w3id.org/kll/id/agency/x", "name": {"sv": "Verket"}, "agency_alias": "myh"}]
    findings = adapter.write(package, tmp_path / "out.jsonld")
    assert {(f.rule, f.location.pointer) for f in findings} == {
        ("convert.not-representable", "/concepts/0"), ("convert.not-representable", "/agencies/0")}
    assert all("outside" in f.detail or "not referred" in f.detail for f in findings)
    for example in EXAMPLES:
        assert adapter.write(yaml.safe_load(example.read_text(encoding="utf-8")), tmp_path / "out.jsonld") == []


def test_an_agency_that_awards_is_exported_and_comes_back_as_an_agency(tmp_path):
    package = yaml.safe_load(EXAMPLES[0].read_text(encoding="utf-8"))
    agency = {"id": "https://w3id.org/kll/id/agency/uhr", "name": {"sv": "Universitets- och högskolerådet"},
              "agency_alias": "uhr", "organisation_number": "202100-6073"}
    package["agencies"] = [agency]
    package["qualifications"][0]["awarding_body"].append(agency["id"])
    back, written, read = round_trip(package, tmp_path)
    assert written == [] and read == []
    assert normalised(back) == normalised(package)


def test_locate_maps_package_pointers_to_elm_nodes():
    imported = adapter.read(FIXTURES / "micro-credential-broken.jsonld")
    achievement = "https://w3id.org/kll/id/example-university/achievement/2025-17"
    assert imported.package["micro_credentials"][0]["id"] == achievement
    title = imported.locate("/micro_credentials/0/title/sv")
    assert (title.record_id, title.pointer) == (achievement, "/@graph/3/title")
    record = imported.locate("/micro_credentials/0")
    assert (record.record_id, record.pointer) == (achievement, "/@graph/3")
    outcomes = imported.locate("/micro_credentials/0/has_learning_outcome/0")
    assert outcomes.pointer == "/@graph/3/specifiedBy/learningOutcome"
    assert imported.locate("/nothing/0") is None and imported.locate("/conforms_to_model_version") is None


def test_validate_foreign_reports_conversion_findings_with_the_rest():
    report = validate_foreign("elm", [FIXTURES / "unmapped.jsonld"])
    assert sum(f.rule == "convert.unmapped" for f in report.findings) == 1
    # the learning opportunity, read as an education event, lacks what an education event must have
    violations = {f.rule for f in report.findings if f.severity.value == "violation"}
    assert violations and all(rule.startswith("EducationEvent.") for rule in violations), violations
    assert "EducationEvent.expires.required" in violations


# --- the mapping table and the command line -------------------------------------------------------


def test_mapping_coverage_shows_the_16_micro_credential_elements_mapped():
    result = runner.invoke(app, ["mapping", "coverage", "elm", "--format", "json"])
    assert result.exit_code == 0, result.output
    [coverage] = json.loads(result.stdout)
    assert coverage["groups"]["micro-credential"] == {"listed": 16, "mapped": 16}
    assert coverage["not_in_standard"] == [] and coverage["unexplained"] == []
    text_result = runner.invoke(app, ["mapping", "coverage", "elm"])
    assert text_result.exit_code == 0 and "16/16" in text_result.output


def test_the_micro_credential_rows_name_each_element_and_a_model_slot():
    rows = [row for row in adapter.mapping() if row.group == "micro-credential"]
    assert [row.element.split(" ")[0] for row in rows] == [str(n) for n in range(1, 17)]
    for row in rows:
        class_name, slot = row.model.split(".")
        assert slot in index.classes[class_name].slots, row
        assert row.note


def test_mapping_rows_name_real_model_elements():
    for row in adapter.mapping():
        if row.status == "mapped" and row.model and "." in row.model:
            class_name, slot = row.model.split(".")
            assert slot in index.classes[class_name].slots, row
        if row.status == "unmapped":
            assert row.reason, row


def test_convert_both_ways_on_the_command_line(tmp_path):
    example = ROOT / "examples" / "qualification" / "micro-credential.yaml"
    exported, back = tmp_path / "mc.jsonld", tmp_path / "mc.yaml"
    result = runner.invoke(app, ["convert", "--from", "yaml", "--to", "elm", str(example), str(exported)])
    assert result.exit_code == 0, result.output
    assert "0 warning(s)" in result.output
    result = runner.invoke(app, ["convert", "--from", "elm", "--to", "yaml", "--strict", str(exported), str(back)])
    assert result.exit_code == 0, result.output
    assert normalised(yaml.safe_load(back.read_text(encoding="utf-8"))) == normalised(yaml.safe_load(example.read_text(encoding="utf-8")))


def test_the_adapter_is_registered_and_uses_existing_rules():
    assert (adapter.name, adapter.suffixes) == ("elm", (".jsonld", ".json"))
    assert {"convert.unmapped", "convert.not-representable"} <= set(CONVERSION_RULES)


def test_one_concept_iri_with_two_versions_keeps_both_references(tmp_path):
    """A concept IRI is one RDF node: a second reference to it that disagrees is written as a node
    of its own, so neither version is lost."""
    skill = {"scheme": "esco-skill", "code": ESCO_SKILLS[0], "concept_iri": f"http://data.europa.eu/esco/skill/{ESCO_SKILLS[0]}"}
    package = {"learning_outcomes": [
        {"id": "https://w3id.org/kll/id/test/lo/1", "outcome_statement": {"sv": "Kan granska"}, "related_esco_skills": [{**skill, "scheme_version": "v1.1.1"}]},
        {"id": "https://w3id.org/kll/id/test/lo/2", "outcome_statement": {"sv": "Kan åtgärda"}, "related_esco_skills": [{**skill, "scheme_version": "v1.2.0"}]},
    ]}
    back, written, read = round_trip(package, tmp_path)
    assert written == [] and read == [] and back == package


def test_foreign_elm_awarding_body_on_the_qualification_and_other_accreditations(tmp_path):
    """elm:awardingBody written directly on a qualification is not ELM v3 (the EDC profile puts
    awarding bodies on an elm:AwardingOpportunity): it is reported, not read; an accreditation that
    is not a level placement decision is neither read as one nor dropped silently."""
    document = {
        "@context": {"@vocab": ELM, "id": "@id", "type": "@type",
                     "title": {"@id": "http://purl.org/dc/terms/title", "@container": "@language"},
                     "awardingBody": {"@type": "@id"}, "accreditation": {"@type": "@id"}},
        "@graph": [
            {"id": "https://w3id.org/kll/id/test/q/1", "type": "Qualification", "title": {"sv": "Examen"},
             "awardingBody": "https://w3id.org/kll/id/test/org/1", "accreditation": "https://w3id.org/kll/id/test/acc/1"},
            {"id": "https://w3id.org/kll/id/test/acc/1", "type": "Accreditation", "title": {"sv": "Kvalitetsgranskning"}},
        ],
    }
    path = tmp_path / "foreign.jsonld"
    path.write_text(json.dumps(document))
    imported = adapter.read(path)
    assert imported.package["qualifications"] == [{"id": "https://w3id.org/kll/id/test/q/1", "title": {"sv": "Examen"}}]
    details = sorted((f.rule, f.location.record_id, f.detail) for f in imported.findings)
    assert details == [
        ("convert.unmapped", "https://w3id.org/kll/id/test/acc/1", "a node of class elm:Accreditation, which the mapping does not read"),
        ("convert.unmapped", "https://w3id.org/kll/id/test/q/1", "elm:accreditation: not carried by the mapping"),
        ("convert.unmapped", "https://w3id.org/kll/id/test/q/1", "elm:awardingBody: not carried by the mapping"),
    ]


def test_deeply_nested_input_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "deep.jsonld"
    path.write_text('{"@context": {}, "x": ' + "[" * 5000 + "]" * 5000 + "}")
    with pytest.raises(ConversionError, match="not JSON-LD"):
        adapter.read(path)


@pytest.mark.parametrize("target", ["_label_nodes", "Graph.parse"])
def test_a_json_ld_error_names_its_type_never_rdflib_s_text(tmp_path, monkeypatch, target):
    """rdflib's error text may quote the input (personal data): only the error's type is given."""
    from kll.adapters import elm

    def fail(*args, **kwargs):
        raise ValueError("bad term near 'Secret Person 19900101-1234'")

    if target == "Graph.parse":
        monkeypatch.setattr(elm.Graph, "parse", fail)
    else:
        monkeypatch.setattr(elm, target, fail)
    path = tmp_path / "input.jsonld"
    path.write_text('{"@context": {"@vocab": "http://data.europa.eu/snb/model/elm/"}, "@id": "https://example.org/x", "@type": "Qualification"}')
    with pytest.raises(ConversionError) as error:
        adapter.read(path)
    assert "ValueError" in str(error.value) and "not JSON-LD" in str(error.value)
    assert "Secret" not in str(error.value) and "1234" not in str(error.value)


# --- ESCO schemes (decision record 0027) ------------------------------------------------------------

ESCO = "http://data.europa.eu/esco/"


def read_concepts(tmp_path, nodes: list[dict]) -> tuple[dict, list]:
    """A learning outcome (ESCO skills) and a qualification (occupations) as foreign ELM gives them."""
    document = {"@context": {"@vocab": ELM, "id": "@id", "type": "@type", "skos": "http://www.w3.org/2004/02/skos/core#",
                             "kll": "https://w3id.org/kll/model/",
                             "title": {"@id": "http://purl.org/dc/terms/title", "@container": "@language"},
                             "inScheme": {"@id": "skos:inScheme", "@type": "@id"}, "notation": "skos:notation"},
                "@graph": nodes}
    path = tmp_path / "esco.jsonld"
    path.write_text(json.dumps(document))
    imported = adapter.read(path)
    return imported.package, imported.findings


def test_an_esco_skill_iri_is_read_as_esco_skill(tmp_path):
    """As the Commission's credentials give it: the ESCO IRI, ESCO's skills scheme and the notation "Skill"."""
    package, findings = read_concepts(tmp_path, [
        {"id": "https://w3id.org/kll/id/test/lo/1", "type": "LearningOutcome", "title": {"sv": "Kan granska"}, "relatedESCOSkill": [
            {"id": f"{ESCO}skill/{ESCO_SKILLS[0]}", "type": "skos:Concept", "inScheme": f"{ESCO}concept-scheme/skills", "notation": "Skill"},
            {"id": f"{ESCO}skill/{ESCO_SKILLS[1]}"}]}])
    assert findings == []
    assert package["learning_outcomes"][0]["related_esco_skills"] == [
        {"scheme": "esco-skill", "code": code, "concept_iri": f"{ESCO}skill/{code}"} for code in sorted(ESCO_SKILLS[:2])]


def test_an_esco_occupation_iri_is_read_as_esco_occupation(tmp_path):
    package, findings = read_concepts(tmp_path, [
        {"id": "https://w3id.org/kll/id/test/q/1", "type": "Qualification", "title": {"sv": "Examen"},
         "kll:relatedOccupation": {"id": f"{ESCO}occupation/{ESCO_OCCUPATIONS[0]}", "type": "skos:Concept",
                                   "inScheme": f"{ESCO}concept-scheme/occupations"}}])
    assert findings == []
    assert package["qualifications"][0]["related_occupations"] == [
        {"scheme": "esco-occupation", "code": ESCO_OCCUPATIONS[0], "concept_iri": f"{ESCO}occupation/{ESCO_OCCUPATIONS[0]}"}]


@pytest.mark.parametrize("scheme, in_scheme", [("esco-skill", "member-skills"), ("esco-occupation", "member-occupations"), ("esco", "skills")])
def test_each_esco_scheme_is_written_with_its_own_concept_scheme(tmp_path, scheme, in_scheme):
    """esco-skill and esco-occupation as their code list's meanings; the deprecated esco as before,
    read back as its exact replacement esco-skill."""
    pillar = "occupation" if scheme == "esco-occupation" else "skill"
    code = ESCO_OCCUPATIONS[0] if pillar == "occupation" else ESCO_SKILLS[0]
    reference = {"scheme": scheme, "code": code, "scheme_version": "v1.2.0", "concept_iri": f"{ESCO}{pillar}/{code}"}
    slot = "related_occupations" if pillar == "occupation" else "related_esco_skills"
    package = {"learning_outcomes": [{"id": "https://w3id.org/kll/id/test/lo/1", "outcome_statement": {"sv": "Kan"}, slot: [reference]}]}
    target = tmp_path / "out.jsonld"
    assert adapter.write(package, target) == []
    graph = Graph().parse(target, format="json-ld")
    assert (URIRef(reference["concept_iri"]), SKOS.inScheme, URIRef(f"{ESCO}concept-scheme/{in_scheme}")) in graph
    back = adapter.read(target)
    assert back.findings == []
    expected = {**reference, "scheme": "esco-skill" if scheme == "esco" else scheme}
    assert back.package["learning_outcomes"][0][slot] == [expected]


def test_a_concept_of_another_scheme_with_an_esco_iri_keeps_its_scheme_and_code(tmp_path):
    """A JobTech skill whose concept IRI is ESCO's (a publisher's link to the equivalent ESCO skill)
    is still the JobTech concept: its code is its notation, not the tail of the IRI."""
    reference = {"scheme": "jobtech-taxonomy", "code": "MR4H_FFT_mTj", "scheme_version": "2020-06-24",
                 "concept_iri": f"{ESCO}skill/{ESCO_SKILLS[0]}"}
    package = {"learning_outcomes": [{"id": "https://w3id.org/kll/id/test/lo/1", "outcome_statement": {"sv": "Kan"}, "related_skills": [reference]}]}
    target = tmp_path / "out.jsonld"
    assert adapter.write(package, target) == []
    back = adapter.read(target)
    assert back.findings == []
    assert back.package["learning_outcomes"][0]["related_skills"] == [reference]


def test_the_scheme_meanings_map_back_to_one_value_each():
    """The reader maps a scheme IRI back to its value: no two values may share a meaning."""
    meanings = index.classes["ConceptReference"].slots["scheme"].values
    assert len(set(meanings.values())) == len(meanings)
    assert meanings["esco-skill"] != meanings["esco"]


# --- offerings: educations and education events -------------------------------------------------

OFFERINGS = sorted((ROOT / "examples" / "offering").glob("*.yaml"))
LOS = URIRef(ELM + "LearningOpportunity")
LAS = URIRef(ELM + "LearningAchievementSpecification")


def offering_package() -> dict:
    base = "https://w3id.org/kll/id/test"
    return {
        "organisations": [{"id": f"{base}/org/1", "name": {"sv": "Myndigheten för yrkeshögskolan"}}],
        "education_providers": [{"id": f"{base}/provider/1", "name": {"sv": "Nordviks yrkesakademi"}}],
        "qualifications": [{"id": f"{base}/qualification/1", "title": {"sv": "Yrkeshögskoleexamen inom automation"}, "seqf_level": "5",
                            "eqf_level": "5", "awarding_body": [f"{base}/org/1"],
                            "related_occupations": [{"scheme": "ssyk-2012", "code": "3113"},
                                                    {"scheme": "esco-occupation", "code": ESCO_OCCUPATIONS[0], "scheme_version": "v1.2.0",
                                                     "concept_iri": f"{ESCO}occupation/{ESCO_OCCUPATIONS[0]}"}]}],
        "learning_outcomes": [{"id": f"{base}/lo/1", "outcome_statement": {"sv": "Kan programmera styrsystem"}}],
        "educations": [{"id": f"{base}/education/1", "title": {"sv": "Automationstekniker"}, "education_code": "YH01",
                        "leads_to_qualifications": [f"{base}/qualification/1"], "has_learning_outcome": [f"{base}/lo/1"],
                        "last_modified": "2025-01-02T10:00:00+01:00"}],
        "education_events": [{"id": f"{base}/event/1", "education": f"{base}/education/1", "providers": [f"{base}/provider/1"],
                              "last_modified": "2025-01-02T10:00:00+01:00", "expires": "2025-09-01T00:00:00+02:00"}],
    }


def test_an_education_event_exports_as_a_learning_opportunity_of_its_education(tmp_path):
    package = offering_package()
    target = tmp_path / "offering.jsonld"
    assert adapter.write(package, target) == []
    graph = Graph().parse(target, format="json-ld")
    event, education = URIRef(package["education_events"][0]["id"]), URIRef(package["educations"][0]["id"])
    qualification = URIRef(package["qualifications"][0]["id"])
    assert (event, RDF.type, LOS) in graph
    assert (event, URIRef(ELM + "learningAchievementSpecification"), education) in graph
    assert (education, RDF.type, LAS) in graph and (education, RDF.type, URIRef("https://w3id.org/kll/model/Education")) in graph
    # leads_to_qualifications: the qualification is the standard the education specialises
    assert (education, URIRef(ELM + "specialisationOf"), qualification) in graph
    assert (qualification, RDF.type, URIRef(ELM + "Qualification")) in graph
    assert (education, URIRef(ELM + "learningOutcome"), URIRef(package["learning_outcomes"][0]["id"])) in graph
    # the provider is an elm:Organisation the opportunity is elm:providedBy
    provider = URIRef(package["education_providers"][0]["id"])
    assert (event, URIRef(ELM + "providedBy"), provider) in graph and (provider, RDF.type, URIRef(ELM + "Organisation")) in graph
    # occupations have no ELM property: concepts under the model's own, declared in the table
    occupations = list(graph.objects(qualification, URIRef("https://w3id.org/kll/model/relatedOccupation")))
    assert len(occupations) == 2 and all((o, RDF.type, SKOS.Concept) in graph for o in occupations)
    assert (URIRef(f"{ESCO}occupation/{ESCO_OCCUPATIONS[0]}"), SKOS.inScheme, URIRef(f"{ESCO}concept-scheme/member-occupations")) in graph
    back = adapter.read(target)
    assert back.findings == []
    assert normalised(back.package) == normalised(package)


@pytest.mark.parametrize("example", OFFERINGS, ids=lambda p: p.name)
def test_shipped_offering_examples_export_to_elm_and_read_back_equal(tmp_path, example):
    package = yaml.safe_load(example.read_text(encoding="utf-8"))
    back, written, read = round_trip(package, tmp_path)
    assert written == [] and read == []
    assert normalised(back) == normalised(package)


def test_the_learning_opportunity_of_an_achievement_is_not_an_education_event(tmp_path):
    """In a credential, the opportunity an achievement was obtained through is not an offering:
    it is reported as not read, as before, and no education event is made of it."""
    document = json.loads((FIXTURES / "micro-credential-broken.jsonld").read_text(encoding="utf-8"))
    achievement = document["@graph"][3]
    achievement["learningOpportunity"] = {"@id": "https://w3id.org/kll/id/test/opportunity/1", "@type": ELM + "LearningOpportunity",
                                          "http://purl.org/dc/terms/title": {"@value": "Kurs", "@language": "sv"}}
    path = tmp_path / "with-opportunity.jsonld"
    path.write_text(json.dumps(document))
    imported = adapter.read(path)
    assert "education_events" not in imported.package
    details = [f.detail for f in imported.findings if f.rule == "convert.unmapped"]
    assert any("learningOpportunity" in d for d in details) and any("elm:LearningOpportunity" in d for d in details), details


def test_slots_elm_has_no_property_for_are_declared_losses():
    """Decision record 0020: what ELM cannot carry in its own terms is listed, with the reason."""
    kept = {row.model: row for row in adapter.mapping() if row.group == "kept-outside-elm"}
    assert {"Qualification.related_occupations", "LearningOutcome.related_occupations", "Qualification.related_skills"} <= set(kept)
    assert all(row.status == "unmapped" and row.reason and row.element.startswith("kll:") for row in kept.values())
    assert "elm:limitOccupation" in kept["Qualification.related_occupations"].reason
    [coverage] = json.loads(runner.invoke(app, ["mapping", "coverage", "elm", "--format", "json"]).stdout)
    assert coverage["groups"]["kept-outside-elm"] == {"listed": len([r for r in adapter.mapping() if r.group == "kept-outside-elm"]), "mapped": 0}
    rows = {row.element: row for row in adapter.mapping() if row.status == "mapped"}
    assert rows["elm:LearningAchievementSpecification/elm:specialisationOf"].model == "Education.leads_to_qualifications"
    assert rows["elm:LearningOpportunity/elm:learningAchievementSpecification"].model == "EducationEvent.education"
