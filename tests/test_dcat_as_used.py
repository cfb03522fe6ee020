"""DCAT-AP-SE 3.0.1 as it is used (issue 13): Digg's published examples, RDF/XML, blank nodes, dates,
formats and media types, superseded values, what DCAT-AP-SE demands beyond the model, and the
coverage of the mapping table against Digg's own specification bundle.

The real files are in tests/fixtures/real/dcat (unchanged from diggsweden/DCAT-AP-SE); everything
else here is written by the test to show one behaviour at a time.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD
from typer.testing import CliRunner

from kll import adapters
from kll.adapters.coverage import measure
from kll.adapters.dcat_formats import SUPERSEDED, dcat_ap_se_media_types, file_type_for_media_type
from kll.adapters.dcat_standard import properties, standard
from kll.cli import app
from kll.artifacts.codelists import load
from kll.validation.loaders import InputError, read_graph
from kll.artifacts.paths import generated_dir

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "fixtures" / "real" / "dcat"
ADAPTER = adapters.get("dcat")
runner = CliRunner()
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
DCTERMS = "http://purl.org/dc/terms/"


def report(path: Path, *args: str) -> tuple[int, list[dict]]:
    result = runner.invoke(app, ["validate", "--from", "dcat", "--format", "json", str(path), *args])
    return result.exit_code, json.loads(result.stdout)["findings"]


def by_record(findings: list[dict]) -> list[tuple]:
    """A report as rule, severity and place (record and property), without the file name."""
    return sorted(
        (f["rule"], f["severity"], f["location"].get("record_id") or "", f["location"].get("path") or "", f.get("detail") or "")
        for f in findings
    )


# --- Digg's examples ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["obligatoriskt", "rekommenderat"])
def test_rdfxml_and_turtle_of_an_example_give_the_same_report(name):
    """Rule by rule, location by record. The two files hold the same statements, but for one text:
    Digg's obligatoriskt.rdf names the publisher "Exampel organization." with a full stop."""
    xml, ttl = read_graph(REAL / f"{name}.rdf", "xml"), read_graph(REAL / f"{name}.ttl", "turtle")
    assert isomorphic(xml, ttl) or {(s, p) for s, p, _ in xml} == {(s, p) for s, p, _ in ttl}
    xml_exit, xml_findings = report(REAL / f"{name}.rdf")
    ttl_exit, ttl_findings = report(REAL / f"{name}.ttl")
    assert xml_exit == ttl_exit == 1
    assert by_record(xml_findings) == by_record(ttl_findings)


@pytest.mark.parametrize("path", sorted(REAL.glob("*.rdf")) + sorted(REAL.glob("*.ttl")), ids=lambda p: p.name)
def test_no_example_exits_2(path):
    assert report(path)[0] != 2


def test_the_recommended_example_has_no_date_violation_and_warns_of_the_availability_iris():
    _, findings = report(REAL / "rekommenderat.ttl")
    violations = {f["rule"] for f in findings if f["severity"] == "violation"}
    assert not {rule for rule in violations if "issued" in rule or "modified" in rule}
    assert violations == {"convert.format-required"}  # the data service's format, mandatory in 3.0.1
    superseded = [f for f in findings if f["rule"] == "convert.superseded-value"]
    assert [f["severity"] for f in superseded] == ["warning", "warning"]
    assert {f["location"]["record_id"] for f in superseded} == {"https://example.com/distribution1", "https://example.com/distribution2"}
    assert all(f["detail"].endswith("planned-availability/EXPERIMENTAL") for f in superseded)
    package = ADAPTER.read(REAL / "rekommenderat.ttl").package
    assert package["catalogues"][0]["last_modified"] == "2020-02-04"
    assert {d["availability"] for d in package["distributions"]} == {"EXPERIMENTAL"}
    assert {d["file_format"] for d in package["distributions"]} == {"CSV", "JSON"}


def test_the_mandatory_example_lacks_exactly_the_elements_dcat_ap_se_3_makes_mandatory():
    _, findings = report(REAL / "obligatoriskt.ttl")
    violations = sorted((f["rule"], f["location"]["record_id"], f["location"]["path"]) for f in findings if f["severity"] == "violation")
    assert violations == [
        ("Distribution.file_format.required", "https://example.com/distribution1", DCTERMS + "format"),
        ("convert.format-required", "https://example.com/dataservice1", DCTERMS + "format"),
        ("convert.format-required", "https://example.com/publisher1", DCTERMS + "type"),
    ]


# --- RDF/XML read safely -----------------------------------------------------------------------


RDF_OPEN = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcat="http://www.w3.org/ns/dcat#">'


@pytest.mark.parametrize("doctype, body, rule", [
    ('<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;", "input.remote-reference"),
    ('<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>', "&x;", "input.remote-reference"),
    ('<!DOCTYPE rdf:RDF SYSTEM "http://127.0.0.1:9/rdf.dtd">', "t", "input.remote-reference"),
    ('<!DOCTYPE rdf:RDF [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>', "t", "input.remote-reference"),
    ('<!DOCTYPE rdf:RDF [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>', "&c;", "input.limit"),
])
def test_rdfxml_never_reaches_outside_the_file(doctype, body, rule, tmp_path):
    path = tmp_path / "hostile.rdf"
    path.write_text(f'<?xml version="1.0"?>\n{doctype}\n{RDF_OPEN}<dcat:Catalog rdf:about="https://example.org/c"><dcterms:title>{body}</dcterms:title></dcat:Catalog></rdf:RDF>', encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_graph(path, "xml")
    assert raised.value.rule == rule
    exit_code, findings = report(path)
    assert exit_code == 2 and [f["rule"] for f in findings] == ["convert.invalid-input"]
    assert "passwd" not in json.dumps(findings)


def test_rdfxml_entities_in_attributes_are_read(tmp_path):
    """The usual RDF/XML abbreviation (<!ENTITY xsd "…"> used in rdf:datatype) is not refused."""
    path = tmp_path / "entities.rdf"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY xsd "http://www.w3.org/2001/XMLSchema#">]>\n'
        f'{RDF_OPEN}<dcat:Catalog rdf:about="https://example.org/c"><dcterms:issued rdf:datatype="&xsd;gYear">2020</dcterms:issued></dcat:Catalog></rdf:RDF>',
        encoding="utf-8",
    )
    assert (URIRef("https://example.org/c"), URIRef(DCTERMS + "issued"), Literal("2020", datatype=XSD.gYear)) in read_graph(path, "xml")


def test_malformed_rdfxml_is_an_input_error_with_its_line(tmp_path):
    path = tmp_path / "broken.rdf"
    path.write_text(f'<?xml version="1.0"?>\n{RDF_OPEN}\n<dcat:Catalog rdf:about="https://example.org/c">Secret Person\n</rdf:RDF>', encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_graph(path, "xml")
    assert raised.value.rule == "input.syntax" and raised.value.line == 4
    assert "Secret" not in str(raised.value)


# --- resources without IRIs --------------------------------------------------------------------


BLANK_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
{RDF_OPEN[:-1]} xmlns:foaf="http://xmlns.com/foaf/0.1/">
<dcat:Catalog rdf:about="https://example.org/c">
  <dcterms:title xml:lang="sv">Katalog</dcterms:title>
  <dcat:dataset>
    <dcat:Dataset>
      <dcterms:title xml:lang="sv">Datamängd</dcterms:title>
      <dcat:distribution><dcat:Distribution><dcat:accessURL rdf:resource="https://example.org/a.csv"/><dcterms:format>text/csv</dcterms:format></dcat:Distribution></dcat:distribution>
      <dcat:distribution><dcat:Distribution><dcat:accessURL rdf:resource="https://example.org/b.json"/><dcterms:format>application/json</dcterms:format></dcat:Distribution></dcat:distribution>
    </dcat:Dataset>
  </dcat:dataset>
</dcat:Catalog>
</rdf:RDF>
"""


def test_blank_node_datasets_and_distributions_are_carried_with_stable_identifiers(tmp_path):
    xml = tmp_path / "blank.rdf"
    xml.write_text(BLANK_XML, encoding="utf-8")
    first = ADAPTER.read(xml).package
    (dataset,) = first["datasets"]
    assert dataset["id"].startswith("urn:kll:dcat-blank:Dataset:")
    assert first["catalogues"][0]["catalogue_datasets"] == [dataset["id"]]
    distributions = {d["access_url"]: d for d in first["distributions"]}
    assert set(distributions) == {"https://example.org/a.csv", "https://example.org/b.json"}
    assert sorted(dataset["dataset_distributions"]) == sorted(d["id"] for d in distributions.values())
    assert distributions["https://example.org/a.csv"]["file_format"] == "CSV"
    # The same statements in Turtle, and read again: the same identifiers.
    ttl = tmp_path / "blank.ttl"
    ttl.write_text(Graph().parse(xml, format="xml").serialize(format="turtle"), encoding="utf-8")
    assert ADAPTER.read(ttl).package == first
    assert ADAPTER.read(xml).package == first
    # Findings about a blank-node record name it by that identifier.
    _, findings = report(xml)
    located = {f["location"]["record_id"] for f in findings if f["rule"] == "Dataset.description.required"}
    assert located == {dataset["id"]}


BLANK_TTL_HEAD = """@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix ex: <https://example.org/> .
<https://example.org/c> a dcat:Catalog ; dcterms:title "Katalog"@sv ; dcat:dataset _:d .
_:d a dcat:Dataset ; dcterms:title "Datamängd"@sv ; ex:a _:n0 .
"""


def shared_dag(levels: int) -> str:
    """Blank nodes whose children are shared: 2**levels paths to the leaf, levels + 1 nodes."""
    body = "".join(f"_:n{i} ex:a _:n{i + 1} ; ex:b _:n{i + 1} .\n" for i in range(levels))
    return BLANK_TTL_HEAD + body + f'_:n{levels} ex:v "leaf" .\n'


def counting_digests(monkeypatch) -> list:
    """Every blank node content digest the DCAT reader computes, counted."""
    from kll.adapters import dcat

    computed: list = []
    original = dcat._node_digest

    def counted(graph, node, contents, component):
        computed.append(node)
        return original(graph, node, contents, component)

    monkeypatch.setattr(dcat, "_node_digest", counted)
    return computed


def test_blank_nodes_that_share_children_are_digested_once_each(tmp_path, monkeypatch):
    """30 levels of shared children (2**30 paths, about 1 KB): before, the digest walked every
    path (2**19 - 1 node digests for 18 levels, never finishing for 30); now each of the 32 blank
    nodes (the dataset, n0 … n30) is digested once, and Turtle and RDF/XML (rdf:nodeID) agree."""
    ttl = tmp_path / "shared.ttl"
    ttl.write_text(shared_dag(30), encoding="utf-8")
    computed = counting_digests(monkeypatch)
    imported = ADAPTER.read(ttl)
    assert len(computed) == len(set(computed)) == 32
    (dataset,) = imported.package["datasets"]
    assert dataset["id"].startswith("urn:kll:dcat-blank:Dataset:")
    assert "input.limit" not in {f.rule for f in imported.findings}
    xml = tmp_path / "shared.rdf"
    xml.write_text(Graph().parse(ttl).serialize(format="xml"), encoding="utf-8")
    assert "rdf:nodeID" in xml.read_text(encoding="utf-8")
    assert ADAPTER.read(xml).package == imported.package


def test_a_long_chain_of_blank_nodes_is_an_input_limit_not_a_traceback(tmp_path):
    """5,000 blank nodes in a chain under a blank dataset: the 64 levels nearest the dataset are
    read (and reported as unmapped), the rest is one input.limit violation; the dataset is still
    read and validated, so the run exits 1 (findings), not 2 (nothing read), with the report
    written."""
    ttl = tmp_path / "chain.ttl"
    ttl.write_text(BLANK_TTL_HEAD + "".join(f"_:n{i} ex:a _:n{i + 1} .\n" for i in range(5000)), encoding="utf-8")
    imported = ADAPTER.read(ttl)
    (dataset,) = imported.package["datasets"]
    limits = [f for f in imported.findings if f.rule == "input.limit"]
    assert [(f.severity.value, f.stage.value, f.location.focus_node, f.location.path) for f in limits] == [
        ("violation", "input", dataset["id"], "https://example.org/a"),
    ]
    assert f"the {5000 - 64} statements below that level are not read" in limits[0].detail
    assert sum(f.rule == "convert.unmapped" for f in imported.findings) == 65  # _:d ex:a _:n0, and n0 … n63
    for path in (ttl, tmp_path / "chain.rdf"):
        if path.suffix == ".rdf":
            path.write_text(Graph().parse(ttl).serialize(format="xml"), encoding="utf-8")
        result = runner.invoke(app, ["validate", "--from", "dcat", "--format", "json", str(path)])
        assert result.exit_code == 1 and (result.exception is None or isinstance(result.exception, SystemExit))
        findings = json.loads(result.stdout)["findings"]
        rules = {f["rule"] for f in findings}
        assert {"input.limit", "Dataset.description.required"} <= rules  # the rest is still checked
        assert {f["location"]["record_id"] for f in findings if f["rule"] == "input.limit"} == {dataset["id"]}


@pytest.mark.parametrize("cycle", [
    "_:n0 ex:a _:n1 .\n_:n1 ex:a _:n2 .\n_:n2 ex:a _:n0 .\n",  # a cycle below the dataset
    "_:n0 ex:a _:d .\n",  # a cycle through the dataset itself
    "_:n0 ex:a _:n0 .\n_:u0 ex:a _:u1 .\n_:u1 ex:a _:u0 .\n",  # a loop, and a cycle nothing points at
])
def test_a_cycle_of_blank_nodes_gives_one_identifier_whatever_the_order(cycle, tmp_path, monkeypatch):
    """A cycle is digested once per node, and its identifier depends neither on the order of the
    file's statements nor on the syntax."""
    lines = (BLANK_TTL_HEAD + cycle).splitlines(keepends=True)
    ids = set()
    for number, ordered in enumerate([lines, lines[:3] + lines[3:][::-1]]):
        path = tmp_path / f"cycle{number}.ttl"
        path.write_text("".join(ordered), encoding="utf-8")
        computed = counting_digests(monkeypatch)
        imported = ADAPTER.read(path)
        assert len(computed) == len(set(computed))
        ids.add(imported.package["datasets"][0]["id"])
        xml = path.with_suffix(".rdf")
        xml.write_text(Graph().parse(path).serialize(format="xml"), encoding="utf-8")
        ids.add(ADAPTER.read(xml).package["datasets"][0]["id"])
        assert {f.rule for f in imported.findings} == {"convert.unmapped"}
        assert report(path)[0] == 1
    assert len(ids) == 1


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize("lexical, datatype", [
    ("2020-02-04", XSD.date), ("2020-02-04T10:15:00", XSD.dateTime), ("2020-02-04T10:15:00Z", XSD.dateTime),
    ("2020-02-04T10:15:00.5+01:00", XSD.dateTime), ("2020", XSD.gYear),
])
@pytest.mark.parametrize("suffix", [".ttl", ".rdf", ".jsonld"])
def test_dcat_ap_se_dates_validate_and_round_trip_with_their_datatype(lexical, datatype, suffix, tmp_path):
    source = tmp_path / "dated.ttl"
    source.write_text((ROOT / "tests" / "fixtures" / "dcat" / "mandatory.ttl").read_text(encoding="utf-8").replace(
        "dcterms:license <http://creativecommons.org/publicdomain/zero/1.0/> ;",
        f'dcterms:license <http://creativecommons.org/publicdomain/zero/1.0/> ;\n    dcterms:modified "{lexical}"^^<{datatype}> ;\n    dcterms:issued "{lexical}"^^<{datatype}> ;',
    ), encoding="utf-8")
    _, findings = report(source)
    assert not [f for f in findings if f["severity"] == "violation"]
    imported = ADAPTER.read(source)
    assert imported.package["catalogues"][0]["last_modified"] == lexical
    written = tmp_path / f"written{suffix}"
    ADAPTER.write(imported.package, written)
    graph = read_graph(written, {".ttl": "turtle", ".rdf": "xml", ".jsonld": "jsonld"}[suffix])
    catalogue = URIRef("https://w3id.org/kll/id/myh/catalogue")
    assert graph.value(catalogue, URIRef(DCTERMS + "modified")) == Literal(lexical, datatype=datatype)
    assert graph.value(catalogue, URIRef(DCTERMS + "issued")) == Literal(lexical, datatype=datatype)


@pytest.mark.parametrize("literal, rule", [
    ('"2020-02"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>', "convert.invalid-value"),  # not in DCAT-AP-SE 3.0.1's ranges
    ('"2020"^^<http://www.w3.org/2001/XMLSchema#date>', "convert.invalid-value"),  # datatype and form disagree
    ('"2020-02-30x"', "Catalog.last_modified.pattern"),
    ('"2020-13-01"', "Catalog.last_modified.pattern"),
])
def test_dates_outside_dcat_ap_se_ranges_are_violations(literal, rule, tmp_path):
    source = tmp_path / "dated.ttl"
    source.write_text((ROOT / "tests" / "fixtures" / "dcat" / "mandatory.ttl").read_text(encoding="utf-8").replace(
        "dcterms:license <http://creativecommons.org/publicdomain/zero/1.0/> ;",
        f"dcterms:license <http://creativecommons.org/publicdomain/zero/1.0/> ;\n    dcterms:modified {literal} ;",
    ), encoding="utf-8")
    _, findings = report(source)
    assert rule in {f["rule"] for f in findings if f["severity"] == "violation"}


# --- formats and media types -------------------------------------------------------------------


def _schema_pattern(class_name: str, slot: str) -> re.Pattern:
    schema = json.loads((generated_dir() / "jsonschema" / "kll.schema.json").read_text(encoding="utf-8"))
    return re.compile(schema["$defs"][class_name]["properties"][slot]["pattern"])


def test_the_model_accepts_every_eu_file_type_of_the_shipped_table():
    schema = json.loads((generated_dir() / "jsonschema" / "kll.schema.json").read_text(encoding="utf-8"))
    # The FileFormat enumeration, inlined in the one property that uses it (docs/conformance/rule-ids.md)
    enum = schema["$defs"]["Distribution"]["properties"]["file_format"]["enum"]
    codes = load("eu-file-type")
    assert sorted(enum) == sorted(codes) and len(codes) == 198
    assert all(codes[code].columns["iri"].endswith("/" + code) for code in codes)


def test_the_model_accepts_every_iana_media_type_and_dcat_ap_se_pick_list_value():
    pattern = _schema_pattern("Distribution", "media_type")
    media_types = load("iana-media-type")
    assert len(media_types) == 2136
    assert [m for m in (*media_types, *dcat_ap_se_media_types(), "text/csv; charset=utf-8") if not pattern.match(m)] == []
    assert [m for m in ("text", "/csv", "text/", "text/ csv", "text/csv;") if pattern.match(m)] == []


def test_every_dcat_ap_se_pick_list_format_reads_as_an_eu_file_type():
    assert [m for m in dcat_ap_se_media_types() if file_type_for_media_type(m) is None] == []
    assert file_type_for_media_type("application/xml") == "XML"  # the generic one of several
    assert file_type_for_media_type("text/csv; charset=utf-8") == "CSV"


@pytest.mark.parametrize("form", ['"text/csv"', "<https://www.iana.org/assignments/media-types/text/csv>",
                                  "<http://publications.europa.eu/resource/authority/file-type/CSV>"])
def test_a_format_as_media_type_literal_iana_iri_or_eu_iri_is_read(form, tmp_path):
    path = tmp_path / "format.ttl"
    path.write_text(f"""
@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dcterms: <http://purl.org/dc/terms/> .
<https://example.org/x> a dcat:Distribution ; dcat:accessURL <https://example.org/x.csv> ; dcterms:format {form} .
""", encoding="utf-8")
    imported = ADAPTER.read(path)
    assert imported.findings == []
    assert imported.package["distributions"][0]["file_format"] == "CSV"


def test_a_media_type_without_eu_file_type_is_kept_and_reported(tmp_path):
    path = tmp_path / "format.ttl"
    path.write_text("""
@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dcterms: <http://purl.org/dc/terms/> .
<https://example.org/x> a dcat:Distribution ; dcat:accessURL <https://example.org/x.bin> ; dcterms:format "application/vnd.example+private" .
""", encoding="utf-8")
    imported = ADAPTER.read(path)
    assert imported.package["distributions"][0]["media_type"] == "application/vnd.example+private"
    assert [(f.rule, f.location.path) for f in imported.findings] == [("convert.unmapped", DCTERMS + "format")]
    assert "vnd.example" not in imported.findings[0].detail


def test_media_types_and_file_types_are_written_as_iris(tmp_path):
    package = ADAPTER.read(REAL / "rekommenderat.ttl").package
    path = tmp_path / "out.ttl"
    ADAPTER.write(package, path)
    graph = Graph().parse(path, format="turtle")
    distribution = URIRef("https://example.com/distribution1")
    assert graph.value(distribution, URIRef(DCTERMS + "format")) == URIRef("http://publications.europa.eu/resource/authority/file-type/CSV")
    assert graph.value(distribution, URIRef("http://www.w3.org/ns/dcat#mediaType")) == URIRef("https://www.iana.org/assignments/media-types/text/csv")
    assert graph.value(distribution, URIRef("http://data.europa.eu/r5r/availability")) == URIRef(
        "http://publications.europa.eu/resource/authority/planned-availability/EXPERIMENTAL")


# --- superseded values and what DCAT-AP-SE demands beyond the model ----------------------------


@pytest.mark.parametrize("old, new", sorted(SUPERSEDED.items()))
def test_each_dcat_ap_2_availability_iri_names_its_replacement(old, new, tmp_path):
    path = tmp_path / "availability.ttl"
    path.write_text(f"""
@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dcterms: <http://purl.org/dc/terms/> .
<https://example.org/x> a dcat:Distribution ; dcat:accessURL <https://example.org/x.csv> ; dcterms:format "text/csv" ;
    <http://data.europa.eu/r5r/availability> <{old}> .
""", encoding="utf-8")
    imported = ADAPTER.read(path)
    assert [(f.rule, f.severity.value) for f in imported.findings] == [("convert.superseded-value", "warning")]
    assert imported.findings[0].detail.endswith(new)
    assert imported.package["distributions"][0]["availability"] == new.rsplit("/", 1)[1]


def test_a_publisher_type_and_a_service_format_satisfy_dcat_ap_se(tmp_path):
    text = (REAL / "obligatoriskt.ttl").read_text(encoding="utf-8")
    text = text.replace('foaf:name "Exampel organization" .', 'foaf:name "Exampel organization" ;\n\tdcterms:type <http://purl.org/adms/publishertype/NonProfitOrganisation> .')
    text = text.replace('dcat:endpointURL <http://example.com/api> .', 'dcat:endpointURL <http://example.com/api> ;\n\tdcterms:format "application/json" .')
    text = text.replace("dcat:accessURL <http://example.com/api> ;", 'dcat:accessURL <http://example.com/api> ;\n\tdcterms:format "application/json" ;')
    path = tmp_path / "fixed.ttl"
    path.write_text(text, encoding="utf-8")
    exit_code, findings = report(path)
    assert exit_code == 0, [f for f in findings if f["severity"] == "violation"]
    assert "convert.format-required" not in {f["rule"] for f in findings}


# --- coverage against Digg's specification -----------------------------------------------------


def test_the_standard_comes_from_the_vendored_bundle_not_from_the_table():
    definition = standard()
    assert "6b5124b8cb480a62b834f19abffa3de41b09dfb5" in definition.source
    assert {"dcat:Distribution dcterms:format", "foaf:Agent dcterms:type", "dcat:DataService dcterms:format",
            "dcat:DatasetSeries", "vcard:Kind vcard:hasEmail", "dcterms:PeriodOfTime dcat:startDate"} <= set(definition.elements)
    # What DCAT-AP-SE 3.0.1 itself says, read from the bundle.
    levels = {(cls, p.curie): p.level for cls, props in properties().items() for p in props}
    assert levels[("dcat:Distribution", "dcterms:format")] == "mandatory"
    assert levels[("foaf:Agent", "dcterms:type")] == "mandatory"
    assert levels[("dcat:Dataset", "dcatap:hvdCategory")] == "conditional"
    assert levels[("dcat:Catalog", "dcterms:modified")] == "recommended"
    assert "dcat:Distribution dcat:mediaType" not in definition.elements  # DCAT-AP-SE uses dcterms:format only


def test_every_dcat_ap_se_element_is_mapped_or_unmapped_with_a_reason():
    coverage = measure("dcat")
    assert coverage.missing == () and coverage.not_in_standard == () and coverage.unexplained == ()
    assert coverage.accounted == coverage.elements == len(standard().elements)


def test_rdfxml_is_written_and_read_back(tmp_path):
    package = ADAPTER.read(REAL / "rekommenderat.rdf").package
    path = tmp_path / "catalogue.rdf"
    assert ADAPTER.write(package, path) == []
    assert json.loads(json.dumps(ADAPTER.read(path).package)) == json.loads(json.dumps(package))
