"""The DCAT-AP-SE adapter (kll.adapters.dcat): the catalogue module as Turtle and JSON-LD.

Round trips are property-tested over generated catalogue packages; tests/fixtures/dcat holds two
DCAT-AP-SE catalogues of our own, one with only the mandatory properties (Turtle) and one with the
recommended ones too (JSON-LD), which validate with the dataset-catalogue profile.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from strategies import model_object, normalise
from typer.testing import CliRunner

from kll import adapters
from kll.adapters.dcat import CATALOGUE_CLASSES, DCAT, DCTERMS, FOAF, VCARD
from kll.adapters.native import graph_from_package, package_from_graph
from kll.cli import app
from kll.artifacts.modelindex import model_index

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "dcat"
CATALOGUE = ROOT / "examples" / "catalogue" / "skolverket-susa-navet.yaml"
CROSSWALK = ROOT / "examples" / "concepts" / "sun2020-ssyk2012-crosswalk.yaml"
PROFILE = "dataset-catalogue"
ADAPTER = adapters.get("dcat")
runner = CliRunner()
# rdflib's JSON-LD parser uses its own deprecated ConjunctiveGraph.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")


def comparable(package: dict) -> dict:
    return normalise(json.loads(json.dumps(package, default=str)))


urls = st.from_regex(r"https://[a-z]{1,8}\.se(/[A-Za-z0-9._%~-]{1,6}){0,3}", fullmatch=True)


def _with_urls(draw, record: dict, class_name: str) -> dict:
    """Model values are drawn by type, not pattern: give URI slots real URLs now and then, so
    the IRI forms of DCAT-AP-SE are exercised too (and e-mail addresses their mailto: IRIs)."""
    info = model_index().classes[class_name]
    for name, value in list(record.items()):
        slot = info.slots.get(name)
        if slot is None or not draw(st.booleans()):
            continue
        if slot.datatype == "xsd:anyURI":
            record[name] = draw(st.lists(urls, min_size=1, max_size=2, unique=True)) if slot.multivalued else draw(urls)
        elif name == "email":
            record[name] = draw(st.from_regex(r"[a-z]{1,6}@[a-z]{1,6}\.se", fullmatch=True))
        elif name == "media_type":
            record[name] = draw(st.sampled_from(["application/json", "text/csv", "application/ld+json"]))
        elif slot.kind == "object" and isinstance(value, dict):
            record[name] = _with_urls(draw, value, slot.range)
    return record


@st.composite
def catalogue_packages(draw) -> dict:
    """One to five generated catalogue records and the organisations that publish them."""
    index = model_index()
    organisations = [
        {**_with_urls(draw, draw(model_object("Organisation", index)), "Organisation"), "id": f"https://w3id.org/kll/id/test/org/{n}"}
        for n in range(draw(st.integers(1, 2)))
    ]
    package: dict = {"conforms_to_model_version": index.model_version, "organisations": organisations}
    containers = {"Catalog": "catalogues", "Dataset": "datasets", "Distribution": "distributions", "DataService": "data_services"}
    for number in range(draw(st.integers(1, 5))):
        class_name = draw(st.sampled_from(sorted(containers)))
        record = {**_with_urls(draw, draw(model_object(class_name, index)), class_name), "id": f"https://w3id.org/kll/id/test/record/{number}"}
        if "publisher" in index.classes[class_name].slots and ("publisher" in record or index.classes[class_name].slots["publisher"].required):
            record["publisher"] = draw(st.sampled_from([o["id"] for o in organisations]))
        package.setdefault(containers[class_name], []).append(record)
    publishers = {r.get("publisher") for key in containers.values() for r in package.get(key, [])}
    package["organisations"] = [o for o in organisations if o["id"] in publishers]
    if not package["organisations"]:
        del package["organisations"]
    return package


SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])


@SETTINGS
@given(package=catalogue_packages(), suffix=st.sampled_from([".ttl", ".jsonld"]))
def test_model_dcat_model_is_lossless(package, suffix, tmp_path_factory):
    path = tmp_path_factory.mktemp("dcat") / f"catalogue{suffix}"
    assert ADAPTER.write(package, path) == []
    back = ADAPTER.read(path)
    # The model has no publisher type and no data-service format, both mandatory in DCAT-AP-SE
    # 3.0.1: reading the written file back judges so (for validate --from), and nothing is lost.
    assert back.findings == []
    assert {f.rule for f in back.judgements} <= {"convert.format-required"}
    assert comparable(back.package) == comparable(package)


@SETTINGS
@given(package=catalogue_packages())
def test_dcat_turtle_model_turtle_is_isomorphic(package, tmp_path_factory):
    folder = tmp_path_factory.mktemp("dcat")
    first, second = folder / "first.ttl", folder / "second.ttl"
    ADAPTER.write(package, first)
    ADAPTER.write(ADAPTER.read(first).package, second)
    assert isomorphic(Graph().parse(first, format="turtle"), Graph().parse(second, format="turtle"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(package=catalogue_packages())
def test_model_turtle_model_for_catalogue_packages(package):
    """The native Turtle adapter keeps generated catalogue records as they were."""
    text = graph_from_package(package).serialize(format="turtle")
    assert comparable(package_from_graph(Graph().parse(data=text, format="turtle"))) == comparable(package)


# --- the example -------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".ttl", ".jsonld"])
def test_the_example_catalogue_converts_to_dcat_and_back(suffix, tmp_path):
    original = adapters.get("yaml").read(CATALOGUE).package
    path = tmp_path / f"catalogue{suffix}"
    assert ADAPTER.write(original, path) == []
    back = ADAPTER.read(path)
    assert back.findings == []
    assert sorted((f.rule, f.detail.split(": ")[0]) for f in back.judgements) == [
        ("convert.format-required", "dcterms:format of a dcat:DataService"), ("convert.format-required", "dcterms:type of a foaf:Agent"),
    ]
    assert comparable(back.package) == comparable(original)


def test_the_written_catalogue_has_dcat_ap_se_shapes(tmp_path):
    path = tmp_path / "catalogue.ttl"
    ADAPTER.write(adapters.get("yaml").read(CATALOGUE).package, path)
    graph = Graph().parse(path, format="turtle")
    catalogue = URIRef("https://w3id.org/kll/id/skolverket/catalogue")
    publisher = graph.value(catalogue, DCTERMS.publisher)
    assert (publisher, None, FOAF.Agent) in graph and graph.value(publisher, FOAF.name) is not None
    assert graph.value(catalogue, DCTERMS.license) == URIRef("http://creativecommons.org/publicdomain/zero/1.0/")
    contact = graph.value(URIRef("https://w3id.org/kll/id/skolverket/dataset/susa-navet"), DCAT.contactPoint)
    assert (contact, None, VCARD.Organization) in graph
    assert graph.value(contact, VCARD.hasEmail) == URIRef("mailto:susa@skolverket.se")
    distribution = URIRef("https://w3id.org/kll/id/skolverket/distribution/susa-navet-emil3-educationinfos-json")
    assert graph.value(distribution, DCAT.mediaType) == URIRef("https://www.iana.org/assignments/media-types/application/json")
    assert isinstance(graph.value(distribution, DCAT.accessURL), URIRef)
    assert not any(str(p).startswith("https://w3id.org/kll/model/") for p in graph.predicates())
    jsonld = tmp_path / "catalogue.jsonld"
    ADAPTER.write(adapters.get("yaml").read(CATALOGUE).package, jsonld)
    assert isomorphic(Graph().parse(jsonld, format="json-ld"), graph)


# --- the DCAT-AP-SE files ----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["mandatory.ttl", "recommended.jsonld"])
def test_the_dcat_ap_se_files_validate_with_the_catalogue_profile(name):
    result = runner.invoke(app, ["validate", "--from", "dcat", str(FIXTURES / name), "--profile", PROFILE])
    assert result.exit_code == 0, result.output


def test_the_recommended_file_leaves_no_recommended_property_missing():
    result = runner.invoke(app, ["validate", "--from", "dcat", "--format", "json", str(FIXTURES / "recommended.jsonld"), "--profile", PROFILE])
    findings = json.loads(result.stdout)["findings"]
    # Organisation numbers are the model's own, not DCAT-AP-SE's. The publisher's type (ADMS) and
    # the data service's format have no slot in the model: conversion warnings, which a profile
    # never hides.
    assert {f["rule"] for f in findings} == {"Organisation.organisation_number.recommended", "convert.unmapped"}
    unmapped = [f for f in findings if f["rule"] == "convert.unmapped"]
    assert sorted(f["location"].get("path") for f in unmapped) == ["http://purl.org/dc/terms/format", "http://purl.org/dc/terms/type"]


@pytest.mark.parametrize("removed, rule, focus, path", [
    ('\n    dcterms:title "Beviljade yrkeshögskoleutbildningar"@sv ;', "Dataset.title.required", "https://w3id.org/kll/id/myh/dataset/yh-utbildningar", "http://purl.org/dc/terms/title"),
    ("\n    dcterms:license <http://creativecommons.org/publicdomain/zero/1.0/> ;", "Catalog.license.required", "https://w3id.org/kll/id/myh/catalogue", "http://purl.org/dc/terms/license"),
    (' ;\n    foaf:name "Myndigheten för yrkeshögskolan"@sv', "Organisation.name.required", "https://w3id.org/kll/id/agency/myh", "http://xmlns.com/foaf/0.1/name"),
    (" ;\n    dcat:dataset <https://w3id.org/kll/id/myh/dataset/yh-utbildningar>", "Catalog.catalogue_datasets.required", "https://w3id.org/kll/id/myh/catalogue", "http://www.w3.org/ns/dcat#dataset"),
    (" ;\n    dcterms:publisher <https://w3id.org/kll/id/agency/myh> .\n", "Dataset.publisher.required", "https://w3id.org/kll/id/myh/dataset/yh-utbildningar", "http://purl.org/dc/terms/publisher"),
])
def test_removing_a_mandatory_property_fails_with_its_rule(removed, rule, focus, path, tmp_path):
    text = (FIXTURES / "mandatory.ttl").read_text(encoding="utf-8")
    assert text.count(removed) == 1
    broken = tmp_path / "broken.ttl"
    broken.write_text(text.replace(removed, " .\n" if removed.endswith(".\n") else ""), encoding="utf-8")
    result = runner.invoke(app, ["validate", "--from", "dcat", "--format", "json", str(broken), "--profile", PROFILE, "--level", "core"])
    assert result.exit_code == 1, result.output
    # The publisher type the model cannot carry stays a conversion warning; the rest is the rule.
    findings = [f for f in json.loads(result.stdout)["findings"] if f["rule"] != "convert.unmapped"]
    assert [(f["rule"], f["location"]["focus_node"], f["location"]["path"]) for f in findings] == [(rule, focus, path)]
    assert findings[0]["location"]["file"] == str(broken)


def test_a_file_that_is_not_dcat_exits_2_with_a_clear_message(tmp_path):
    foaf_only = tmp_path / "people.ttl"
    foaf_only.write_text("<https://example.org/a> a <http://xmlns.com/foaf/0.1/Agent> .\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", "--from", "dcat", str(foaf_only)])
    assert result.exit_code == 2, result.output
    assert "not a DCAT-AP-SE document" in result.output
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    assert runner.invoke(app, ["validate", "--from", "dcat", str(broken)]).exit_code == 2


# --- convert.unmapped --------------------------------------------------------------------------


def test_statements_the_model_cannot_carry_are_reported_with_subject_and_predicate():
    imported = ADAPTER.read(FIXTURES / "recommended.jsonld")
    assert [(f.rule, f.location.focus_node, f.location.path, f.location.record_id) for f in imported.findings] == [
        ("convert.unmapped", "https://w3id.org/kll/id/agency/myh", "http://purl.org/dc/terms/type", "https://w3id.org/kll/id/agency/myh"),
        ("convert.unmapped", "https://w3id.org/kll/id/myh/dataservice/yh-api", "http://purl.org/dc/terms/format", "https://w3id.org/kll/id/myh/dataservice/yh-api"),
    ]
    assert "NationalAuthority" not in imported.findings[0].detail


def test_a_file_of_carried_statements_reports_only_the_publisher_type():
    """The publisher type is mandatory in DCAT-AP-SE 3.0.1 and the model has no slot for it."""
    assert [(f.rule, f.location.path) for f in ADAPTER.read(FIXTURES / "mandatory.ttl").findings] == [
        ("convert.unmapped", "http://purl.org/dc/terms/type"),
    ]


def test_blank_node_records_are_carried_and_foreign_statements_reported(tmp_path):
    path = tmp_path / "foreign.ttl"
    path.write_text((FIXTURES / "mandatory.ttl").read_text(encoding="utf-8") + """
<https://w3id.org/kll/id/myh/dataset/yh-utbildningar>
    dcterms:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/ANNUAL> ;
    dcat:distribution [ a dcat:Distribution ; dcat:accessURL <https://example.org/file.csv> ] ;
    dcat:contactPoint [ a <http://www.w3.org/2006/vcard/ns#Individual> ;
        <http://www.w3.org/2006/vcard/ns#fn> "Data" ;
        <http://www.w3.org/2006/vcard/ns#hasAddress> [ <http://www.w3.org/2006/vcard/ns#locality> "Västerås" ] ] .
""", encoding="utf-8")
    imported = ADAPTER.read(path)
    dataset = "https://w3id.org/kll/id/myh/dataset/yh-utbildningar"
    found = {(f.location.focus_node, f.location.path) for f in imported.findings}
    assert found == {
        ("https://w3id.org/kll/id/agency/myh", "http://purl.org/dc/terms/type"),
        (dataset, "http://purl.org/dc/terms/accrualPeriodicity"),
        (dataset, "<http://www.w3.org/ns/dcat#contactPoint>/<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"),
        (dataset, "<http://www.w3.org/ns/dcat#contactPoint>/<http://www.w3.org/2006/vcard/ns#hasAddress>"),
        (dataset, "<http://www.w3.org/ns/dcat#contactPoint>/<http://www.w3.org/2006/vcard/ns#hasAddress>/<http://www.w3.org/2006/vcard/ns#locality>"),
    }
    assert {f.rule for f in imported.findings} == {"convert.unmapped"}
    assert all("Västerås" not in f.detail for f in imported.findings)
    assert imported.package["datasets"][0]["contact_point"] == {"contact_name": "Data"}
    # The blank-node distribution is a record under a content-derived identifier, referred to by it.
    (distribution,) = imported.package["distributions"]
    assert distribution["id"].startswith("urn:kll:dcat-blank:Distribution:") and distribution["access_url"] == "https://example.org/file.csv"
    assert imported.package["datasets"][0]["dataset_distributions"] == [distribution["id"]]
    assert ADAPTER.read(path).package["distributions"][0]["id"] == distribution["id"]  # stable


# --- convert.language-assumed ------------------------------------------------------------------


def test_a_text_without_a_language_tag_is_read_as_swedish_and_reported(tmp_path):
    path = tmp_path / "untagged.ttl"
    path.write_text((FIXTURES / "mandatory.ttl").read_text(encoding="utf-8").replace('"Myndigheten för yrkeshögskolan"@sv', '"Myndigheten för yrkeshögskolan"'), encoding="utf-8")
    imported = ADAPTER.read(path)
    assert [(f.rule, f.location.focus_node, f.location.path) for f in imported.findings if f.rule != "convert.unmapped"] == [
        ("convert.language-assumed", "https://w3id.org/kll/id/agency/myh", "http://xmlns.com/foaf/0.1/name"),
    ]
    assert imported.package["organisations"][0]["name"] == {"sv": "Myndigheten för yrkeshögskolan"}
    assert all("Myndigheten" not in f.detail for f in imported.findings)


def test_language_tagged_texts_assume_nothing():
    assert not [f for f in ADAPTER.read(FIXTURES / "recommended.jsonld").findings if f.rule == "convert.language-assumed"]


# --- DCAT-AP-SE's other forms ------------------------------------------------------------------


def test_dcat_ap_se_forms_of_publishers_contact_points_and_formats_are_read(tmp_path):
    path = tmp_path / "forms.ttl"
    path.write_text("""
@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
<https://example.org/d> a dcat:Dataset ;
    dcterms:title "T"@sv ; dcterms:description "D"@sv ;
    dcterms:publisher <https://example.org/p> ;
    dcat:distribution <https://example.org/x> ;
    dcat:contactPoint [ a vcard:Kind ; vcard:fn "Kontakt"@sv ; vcard:hasEmail "info@example.org" ;
        vcard:hasTelephone [ vcard:hasValue <tel:+46101234567> ] ; vcard:hasURL <https://example.org/kontakt> ] .
<https://example.org/p> foaf:name "Utgivare"@sv .
<https://example.org/x> dcat:accessURL <https://example.org/x.csv> ; dcterms:format "text/csv" .
""", encoding="utf-8")
    imported = ADAPTER.read(path)
    assert imported.findings == []
    assert [(f.rule, f.location.focus_node, f.location.path) for f in imported.judgements] == [
        ("convert.format-required", "https://example.org/p", "http://purl.org/dc/terms/type"),
    ]
    package = imported.package
    assert package["organisations"] == [{"id": "https://example.org/p", "name": {"sv": "Utgivare"}}]
    assert package["datasets"][0]["contact_point"] == {
        "contact_name": "Kontakt", "email": "info@example.org", "telephone": "+46101234567", "homepage": "https://example.org/kontakt",
    }
    assert package["distributions"] == [{"id": "https://example.org/x", "access_url": "https://example.org/x.csv", "file_format": "CSV", "media_type": "text/csv"}]


# --- convert.not-representable -----------------------------------------------------------------


def test_records_outside_the_catalogue_module_are_reported_and_left_out(tmp_path):
    package = adapters.get("yaml").read(CROSSWALK).package
    package.update({k: v for k, v in adapters.get("yaml").read(CATALOGUE).package.items() if k != "organisations"})
    package["organisations"].append(adapters.get("yaml").read(CATALOGUE).package["organisations"][0])
    path = tmp_path / "mixed.ttl"
    findings = ADAPTER.write(package, path)
    assert {f.rule for f in findings} == {"convert.not-representable"}
    reported = {f.location.pointer for f in findings}
    assert "/mapping_sets/0" in reported and "/concepts/0" in reported and "/organisations/0" in reported  # SCB publishes no catalogue record
    assert "/organisations/2" not in reported  # Skolverket does
    classes = {str(o) for o in Graph().parse(path, format="turtle").objects(None, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"))}
    assert not classes & {"http://www.w3.org/2004/02/skos/core#ConceptScheme", "https://w3id.org/sssom/MappingSet"}


def test_a_catalogue_package_is_written_without_findings(tmp_path):
    assert ADAPTER.write(adapters.get("yaml").read(CATALOGUE).package, tmp_path / "c.jsonld") == []


# --- the mapping table -------------------------------------------------------------------------


def test_the_mapping_table_covers_the_dcat_ap_se_classes_and_marks_each_level():
    rows = ADAPTER.mapping()
    elements = [row.element for row in rows]
    assert len(elements) == len(set(elements))
    for dcat_class in CATALOGUE_CLASSES:
        assert f"dcat:{dcat_class.split('#')[1]}" in elements
    for row in rows:
        text = row.note if row.status == "mapped" else row.reason
        assert any(level in text for level in ("mandatory", "recommended", "optional")), row
        assert row.status == "unmapped" or row.model.split(".")[0] in model_index().classes, row
    mapped = {row.element.split(" ")[-1] for row in rows if row.status == "mapped" and " " in row.element}
    assert {"dcterms:title", "dcterms:publisher", "dcat:accessURL", "dcat:endpointURL", "foaf:name", "vcard:hasEmail"} <= mapped


def test_mapping_coverage_of_dcat_exits_0():
    assert runner.invoke(app, ["mapping", "coverage", "dcat"]).exit_code == 0


@pytest.mark.parametrize("text, expected", [
    ('{"@context": "https://example.org/ctx", "@id": "https://example.org/c", "@type": "dcat:Catalog"}',
     ["remote document", "nothing is fetched", "https://example.org/ctx"]),
    ("<https://example.org/c> a <http://www.w3.org/ns/dcat#Catalog> ; <x> \"Secret Person", ["not well-formed"]),
])
def test_unreadable_dcat_says_why(text, expected, tmp_path):
    """The error explains itself (a remote context is refused, nothing fetched), not only a detail."""
    path = tmp_path / ("d5.jsonld" if text.startswith("{") else "d5.ttl")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(adapters.ConversionError) as raised:
        adapters.get("dcat").read(path)
    message = str(raised.value)
    assert all(part in message for part in expected), message
    assert "Secret" not in message
