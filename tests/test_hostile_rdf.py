"""Hostile RDF input (issue 15): the RDF → JSON mapping, literals and numbers, IRIs and both SHACL
engines. Every input here once stalled, exhausted memory or raised; each must now give a finding
on the record, never a traceback, and never repeat a value of the input in a message or detail."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

# Imported first on purpose: the literal limits are in force before any graph is parsed.
from kll.validation.rdf_mapping import MAX_NUMBER_LENGTH, SHARED_ALLOWANCE, RdfToJson
from kll.artifacts.modelindex import model_index
from kll.validation.identifiers import is_absolute_iri
from kll.validation.semantic import semantic_validator
from kll.validate import validate

PREFIXES = """@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix kll: <https://w3id.org/kll/model/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix elm: <http://data.europa.eu/snb/model/elm/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
ORG = "https://w3id.org/kll/id/myh/org/556812-3458"
QUALIFICATION = "https://w3id.org/kll/id/myh/qualification/yh-test"


def organisation(extra: str = "", subject: str = f"<{ORG}>") -> str:
    """A valid organisation, with ``extra`` statements (starting with ``;``) on it."""
    return f"""{subject} a org:Organization ;
    foaf:name "Nordvik Yrkesakademi AB"@sv, "Nordvik Vocational Academy"@en ;
    kll:organisationNumber "556812-3458" {extra} .
"""


def qualification_with_point(point: str) -> str:
    """A qualification whose credit points (xsd:decimal, minimum 0) are ``point``."""
    return f"""<{QUALIFICATION}> a elm:Qualification ;
    dcterms:title "Examen"@sv, "Diploma"@en ;
    elm:awardingBody <{ORG}> ;
    elm:EQFLevel <http://data.europa.eu/snb/eqf/5> ;
    elm:NQFLevel <https://w3id.org/kll/vocab/seqf/5> ;
    elm:learningSetting <https://w3id.org/kll/vocab/learning-setting/formal> ;
    kll:levelPlacementRoute <https://w3id.org/kll/vocab/level-placement-route/government-regulation> ;
    elm:creditPoint [ a elm:CreditPoint ; elm:framework <https://w3id.org/kll/vocab/credit-system/yh> ; elm:point {point} ] .
"""


def run(tmp_path: Path, body: str, name: str = "input.ttl"):
    path = tmp_path / name
    path.write_text(PREFIXES + body, encoding="utf-8")
    return validate([path])


def rules(report) -> set[str]:
    return {finding.rule for finding in report.findings}


def assert_nothing_echoed(report, *values: str) -> None:
    """No message or detail of the report repeats any of ``values``."""
    for finding in report.findings:
        for text in (finding.message_en, finding.message_sv, finding.detail or ""):
            for value in values:
                assert value not in text, (finding.rule, text)


# --- shared blank nodes ---------------------------------------------------------------------------


def dag(levels: int) -> str:
    """Blank nodes in a chain where each level refers to the next twice: 2**levels copies."""
    lines = [f"_:b{i} kll:a _:b{i + 1} ; kll:b _:b{i + 1} ." for i in range(levels)]
    return "\n".join(lines) + f'\n_:b{levels} kll:c "end" .\n'


def test_shared_blank_nodes_are_refused_past_the_budget_not_expanded(tmp_path):
    """Regression: 30 levels of shared blank nodes (2**30 copies, ~1.5 KB of Turtle) never
    finished and took 639 MB at 20; now one input.limit finding names the budget."""
    report = run(tmp_path, organisation("; kll:x _:b0") + dag(30))
    limit = [f for f in report.findings if f.rule == "input.limit"]
    assert len(limit) == 1
    assert "shared blank nodes" in limit[0].detail
    assert "internal.error" not in rules(report)


def test_a_refused_record_does_not_keep_the_others_from_being_read():
    graph = Graph().parse(data=PREFIXES + organisation("; kll:x _:b0") + dag(24)
                          + organisation(subject="<https://w3id.org/kll/id/myh/org/556901-2775>"), format="turtle")
    found, refused = RdfToJson(model_index()).read(graph)
    assert [record["id"] for _, record in found] == ["https://w3id.org/kll/id/myh/org/556901-2775"]
    assert [(r.class_name, str(r.node), r.error.rule) for r in refused] == [("Organisation", ORG, "input.limit")]


def test_shared_blank_nodes_within_the_budget_are_copied_into_the_record():
    graph = Graph().parse(data=PREFIXES + organisation("; kll:x _:b0") + dag(3), format="turtle")
    found, refused = RdfToJson(model_index()).read(graph)
    assert refused == []
    [(_, record)] = found
    leaf = record["x"][0]
    for _ in range(3):
        assert leaf["a"] == leaf["b"]
        leaf = leaf["a"]
    assert leaf == {"c": "end"}
    assert 2 ** 3 < SHARED_ALLOWANCE


def test_a_blank_node_cycle_is_refused_with_input_limit(tmp_path):
    report = run(tmp_path, organisation("; kll:x _:a") + "_:a kll:next _:b .\n_:b kll:next _:a .\n")
    assert "input.limit" in rules(report)
    assert "internal.error" not in rules(report)


# --- numbers and other literals --------------------------------------------------------------------


@pytest.mark.parametrize("lexical", ["1e999999999", "1e999999", "NaN", "INF", "abc", "1_000", "+.", "1" * (MAX_NUMBER_LENGTH + 1)])
def test_a_number_bomb_or_non_decimal_is_a_datatype_violation(tmp_path, lexical):
    """Regression: "1e999999999"^^xsd:decimal grew past 3.4 GB when rdflib normalised it;
    "1e999999" took 25-54 s and aborted the run; "NaN" and "abc" raised in the mapping and in
    both SHACL engines."""
    report = run(tmp_path, organisation() + qualification_with_point(f'"{lexical}"^^xsd:decimal'))
    assert "CreditPoints.point_value.value-type" in rules(report)
    assert "internal.error" not in rules(report)
    assert report.records == 2
    assert_nothing_echoed(report, lexical)


def test_a_number_bomb_is_not_expanded_when_parsed():
    graph = Graph().parse(data=PREFIXES + qualification_with_point('"1e999999999"^^xsd:decimal'), format="turtle")
    [point] = [o for o in graph.objects() if isinstance(o, Literal) and o.datatype == XSD.decimal]
    assert point.ill_typed and len(point) == len("1e999999999")


@pytest.mark.parametrize("literal", [
    '"INF"^^xsd:double', '"-INF"^^xsd:float', '"NaN"^^xsd:float', '"abc"^^xsd:decimal', '"yes"^^xsd:boolean',
    '"2025-02-30"^^xsd:date', '"1990"^^xsd:dateTime', '"20x5"^^xsd:gYear', '"1e5"^^xsd:integer',
    '"12"^^<http://example.org/unknown-datatype>', '"x"@sv-', '"' + "x" * 100_000 + '"',
    '"' + "[" * 5000 + "]" * 5000 + '"^^rdf:JSON', '"{not json"^^rdf:JSON', '( "a" "b" )', '[ kll:y ( 1 2 ) ]',
])
def test_an_odd_literal_on_a_record_gives_findings_not_a_crash(tmp_path, literal):
    """Regression: "INF"^^xsd:double, "NaN"^^xsd:float, "abc"^^xsd:decimal and deep rdf:JSON
    raised in the RDF → JSON step."""
    if literal == '"x"@sv-':  # not Turtle: the file is refused as a whole, with its line
        report = run(tmp_path, organisation(f"; kll:x {literal}"))
        assert rules(report) == {"input.syntax"}
        return
    report = run(tmp_path, organisation(f"; kll:x {literal}"))
    assert "internal.error" not in rules(report)
    assert rules(report) & {"Organisation.closed", "input.limit"}


def test_plain_and_language_tagged_text_on_one_language_slot_are_both_kept(tmp_path):
    """Regression: a plain literal beside language-tagged ones on foaf:name raised AttributeError."""
    for order in ('"Plain name", "Namn"@sv', '"Namn"@sv, "Plain name"'):
        graph = Graph().parse(data=PREFIXES + organisation(f"; foaf:name {order}"), format="turtle")
        [(_, record)] = RdfToJson(model_index()).records(graph)
        assert {"sv": ["Namn", "Nordvik Yrkesakademi AB"], "en": "Nordvik Vocational Academy"} in record["name"]
        assert "Plain name" in record["name"]
    report = run(tmp_path, organisation('; foaf:name "Plain name"'))
    assert "internal.error" not in rules(report)
    assert "Organisation.name.value-type" in rules(report) or any(r.startswith("Organisation.name") for r in rules(report))


@pytest.mark.parametrize("statement", [
    '; kll:id "another"', f"; <https://w3id.org/kll/model/id> <{ORG}-2>", '; kll:type "Person"', '; kll:name "x"',
    '; rdf:type "Organisation"', "; a <https://w3id.org/kll/model/Person>", '; foaf:homepage <https://example.org/>',
    '; kll:organisationNumber <https://example.org/number>', '; elm:awardingBody "not an IRI"', "; kll:x rdf:nil",
    '; rdf:first "a" ; rdf:rest rdf:nil',
])
def test_a_statement_in_an_odd_place_gives_findings_not_a_crash(tmp_path, statement):
    """A literal where an IRI belongs and the other way round, rdf:type with a literal, several
    types, keys that clash with ``id``, ``type`` or a slot's name, list statements on a record."""
    report = run(tmp_path, organisation(statement))
    assert "internal.error" not in rules(report)
    assert report.records >= 1
    assert any(f.severity.value == "violation" for f in report.findings) or rules(report) <= {"Organisation.closed"}


def test_a_blank_node_record_is_read(tmp_path):
    report = run(tmp_path, organisation(subject="[]"))
    assert "internal.error" not in rules(report)
    assert "Organisation.identifier" in rules(report) or report.records == 1


def test_a_clashing_key_never_replaces_the_identifier():
    graph = Graph().parse(data=PREFIXES + organisation('; kll:id "another" ; kll:type "Person"'), format="turtle")
    [(_, record)] = RdfToJson(model_index()).records(graph)
    assert record["id"] == ORG
    assert record["https://w3id.org/kll/model/id"] == ["another"]  # kept, under its full IRI
    assert "type" not in record


def test_a_personnummer_typed_as_integer_is_never_repeated(tmp_path):
    personnummer = "191212121212"
    body = f"""<urn:uuid:756b0ba6-9880-4444-a0e5-c825c08a8410> a foaf:Person ;
    foaf:givenName "Tolvan" ; foaf:familyName "Tolvansson" ;
    kll:personalIdentityNumber "{personnummer}"^^xsd:integer .
"""
    for number in (personnummer, "19121212-1212", "1912121212" + "1" * 5000):
        report = run(tmp_path, body.replace(personnummer, number))
        assert "internal.error" not in rules(report)
        assert rules(report) - {"input.limit"}
        assert_nothing_echoed(report, number, personnummer)


# --- both SHACL engines ----------------------------------------------------------------------------


@pytest.mark.parametrize("point", [Literal("NaN", datatype=XSD.decimal), Literal(Decimal("NaN")), Literal(Decimal("-Infinity")),
                                   Literal("abc", datatype=XSD.decimal), Literal("-5", datatype=XSD.decimal), Literal("NaN", datatype=XSD.double)])
def test_nan_decimal_under_a_minimum_gives_the_same_findings_in_both_engines(point):
    """Regression: "NaN"^^xsd:decimal under sh:minInclusive raised decimal.InvalidOperation in the
    fast engine and in pyshacl."""
    elm = "http://data.europa.eu/snb/model/elm/"
    graph = Graph()
    node = BNode()
    graph.add((node, RDF.type, URIRef(elm + "CreditPoint")))
    graph.add((node, URIRef(elm + "framework"), URIRef("https://w3id.org/kll/vocab/credit-system/yh")))
    graph.add((node, URIRef(elm + "point"), point))
    found = {}
    for engine in ("fast", "pyshacl"):
        found[engine] = sorted((str(r.shape), str(r.component)) for r in semantic_validator(engine=engine).results(graph))
    assert found["fast"] == found["pyshacl"]
    shapes = {shape.rsplit("/", 1)[-1] for shape, _ in found["fast"]}
    assert "CreditPoints.point_value.range" in shapes
    if point.value is None or isinstance(point.value, Decimal) and not point.value.is_finite():
        assert "CreditPoints.point_value.value-type" in shapes


# --- IRIs ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["https://example.org/a b", "https://example.org/<x>", "https://example.org/\x07", "no-scheme",
                                  "https://example.org/\x85", 'https://example.org/"', "https://example.org/%zz", "a#b#c", "1a:b", ""])
def test_not_an_iri(text):
    assert not is_absolute_iri(text)


@pytest.mark.parametrize("text", ["https://w3id.org/kll/id/myh/org/556812-3458", "urn:uuid:756b0ba6-9880-4444-a0e5-c825c08a8410",
                                  "https://exempel.se/utbildning/välkommen", "http://[::1]:8080/a?b=c#d", "mailto:a@example.org"])
def test_an_iri(text):
    assert is_absolute_iri(text)


@pytest.mark.parametrize("uri", ["no scheme", "https://nordvik.example/a b", "https://nordvik.example/<x>", "relative/path"])
def test_an_any_uri_that_is_no_iri_is_a_datatype_violation_in_turtle(tmp_path, uri):
    """rdflib takes any text for an xsd:anyURI; now such a literal is ill-typed, as its JSON is
    not a "uri" in JSON Schema."""
    body = organisation() + f"""<https://w3id.org/kll/id/a/achievement/1> a elm:LearningAchievement ;
    kll:credentialId "{uri}"^^xsd:anyURI .
"""
    graph = Graph().parse(data=PREFIXES + body, format="turtle")
    [literal] = [o for o in graph.objects() if isinstance(o, Literal) and o.datatype == XSD.anyURI]
    assert literal.ill_typed
    # The generated shapes give URI slots a pattern but no sh:datatype (see the report of issue 15):
    # the pattern is the finding here; the ill-typed literal is what a datatype shape would judge.
    report = run(tmp_path, body)
    assert any(rule.startswith("Achievement.credential_id.") for rule in rules(report))
    assert_nothing_echoed(report, uri)


@pytest.mark.parametrize("reference", ["https://w3id.org/kll/id/myh/org/a\x07b", "no-scheme", "https://w3id.org/kll/id/a b"])
def test_a_reference_that_is_no_iri_gives_a_finding(tmp_path, reference):
    path = tmp_path / "input.json"
    qualification = {
        "id": QUALIFICATION, "title": {"sv": "Examen", "en": "Diploma"}, "awarding_body": reference,
        "eqf_level": "5", "seqf_level": "5", "learning_setting": "formal", "level_placement_route": "government-regulation",
    }
    path.write_text(json.dumps({"qualifications": [qualification]}), encoding="utf-8")
    report = validate([path])
    assert any(rule.startswith("Qualification.awarding_body") for rule in rules(report))
    assert "internal.error" not in rules(report)


# --- a property over Turtle edge inputs -------------------------------------------------------------

_LEXICAL = st.one_of(
    st.sampled_from(["", "0", "-0", "1e999999999", "NaN", "INF", "-INF", "abc", "2025-02-30", "1990-01-01", "true", "2",
                     "191212121212", "https://example.org/a b", "urn:x", ".5", "5.", "+1", "1" * 5000]),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=20),
)
_DATATYPE = st.sampled_from(["xsd:decimal", "xsd:integer", "xsd:double", "xsd:float", "xsd:boolean", "xsd:date", "xsd:dateTime",
                             "xsd:gYear", "xsd:anyURI", "xsd:string", "rdf:JSON", None])
_PREDICATE = st.sampled_from(["foaf:name", "foaf:homepage", "kll:organisationNumber", "kll:id", "kll:type", "rdf:type", "kll:x",
                              "elm:point", "rdf:first", "kll:registration"])


def _turtle_string(text: str) -> str:
    return json.dumps(text)  # a JSON string is a Turtle string with the same escapes


@st.composite
def _statements(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        predicate = draw(_PREDICATE)
        kind = draw(st.sampled_from(["literal", "language", "iri", "blank", "list"]))
        if kind == "literal":
            datatype = draw(_DATATYPE)
            value = _turtle_string(draw(_LEXICAL)) + (f"^^{datatype}" if datatype else "")
        elif kind == "language":
            value = _turtle_string(draw(_LEXICAL)) + "@" + draw(st.sampled_from(["sv", "en", "sv-FI", "x-private"]))
        elif kind == "iri":
            value = draw(st.sampled_from(["<https://example.org/x>", f"<{ORG}>", "rdf:nil", "kll:Organisation", "<relative>"]))
        elif kind == "blank":
            value = f"[ {draw(_PREDICATE)} {_turtle_string(draw(_LEXICAL))} ]"
        else:
            value = "( " + " ".join(_turtle_string(draw(_LEXICAL)) for _ in range(draw(st.integers(0, 3)))) + " )"
        parts.append(f"; {predicate} {value}")
    return " ".join(parts)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(statements=_statements(), subject=st.sampled_from([f"<{ORG}>", "[]", "_:n"]))
def test_validating_turtle_edge_inputs_never_raises(tmp_path, statements, subject):
    report = run(tmp_path, organisation(statements, subject=subject))
    assert "internal.error" not in rules(report), [(f.rule, f.detail) for f in report.findings]
    for finding in report.findings:
        assert "Traceback" not in (finding.detail or "")


def test_a_record_refused_by_the_budget_is_a_finding_on_it_and_the_file_is_still_checked(tmp_path):
    """Through the whole pipeline: the refused record gets input.limit at its node; the other
    record of the same file is read and checked (it has no type of its own to break, so it is
    counted, and its references resolve against the refused one without a second finding)."""
    other = "<https://w3id.org/kll/id/myh/org/556901-2775>"
    report = run(tmp_path, organisation("; kll:x _:b0") + dag(30) + organisation(subject=other))
    limit = [f for f in report.findings if f.rule == "input.limit"]
    assert [f.location.focus_node for f in limit] == [ORG]
    assert report.records == 1
