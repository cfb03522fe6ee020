"""The generated SHACL behaves as the rule IDs promise, on small hand-written RDF graphs.

(The JSON → RDF mapping belongs to the reference validator; here the RDF is written directly.)
"""

from __future__ import annotations

import pyshacl
import pytest
from rdflib import Graph
from rdflib.namespace import SH

from kll.artifacts import paths

PREFIXES = """
@prefix org: <http://www.w3.org/ns/org#> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix kll: <https://w3id.org/kll/model/> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix kllv: <https://w3id.org/kll/vocab/> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
"""
GOOD_ORGANISATION = '<https://w3id.org/kll/id/af> a org:Organization ; foaf:name "Arbetsförmedlingen"@sv, "Swedish Public Employment Service"@en ; kll:organisationNumber "202100-2114" .'


@pytest.fixture(scope="module")
def shapes():
    return Graph().parse(paths.generated_dir() / "shacl" / "kll.shacl.ttl")


def findings(shapes, turtle: str) -> set[tuple[str, str]]:
    data = Graph().parse(data=PREFIXES + turtle, format="turtle")
    _, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=False)
    return {
        (str(report.value(r, SH.sourceShape)).rsplit("/", 1)[-1], str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1])
        for r in report.subjects(SH.resultSeverity, None)
    }


def test_complete_organisation_has_no_findings(shapes):
    assert findings(shapes, GOOD_ORGANISATION) == set()


@pytest.mark.parametrize(
    ("turtle", "expected"),
    [
        ('<https://w3id.org/kll/id/af> a org:Organization ; foaf:name "AF"@en ; kll:organisationNumber "202100-2114" .',
         {("Organisation.name.swedish", "Violation")}),
        ('<https://w3id.org/kll/id/af> a org:Organization ; foaf:name "Arbetsförmedlingen"@sv ; kll:organisationNumber "202100-2114" .',
         {("Organisation.name.english", "Warning")}),
        ('<https://w3id.org/kll/id/af> a org:Organization ; foaf:name "Arbetsförmedlingen"@sv, "AF"@en .',
         {("Organisation.organisation_number.recommended", "Warning")}),
        ('<https://w3id.org/kll/id/af> a org:Organization ; foaf:name "A"@sv, "B"@sv, "AF"@en ; kll:organisationNumber "202100-2114" .',
         {("Organisation.name.language-map", "Violation")}),
        ('<https://w3id.org/kll/id/af> a org:Organization ; kll:organisationNumber "202100-2114" .',
         {("Organisation.name.required", "Violation")}),
        ('<urn:not valid> a org:Organization ; foaf:name "Arbetsförmedlingen"@sv, "AF"@en ; kll:organisationNumber "202100-2114" .',
         {("Organisation.identifier", "Violation")}),
        ('<https://w3id.org/kll/id/af> a org:Organization ; foaf:name "Arbetsförmedlingen"@sv, "AF"@en ; kll:organisationNumber "2021002114" .',
         {("Organisation.organisation_number.pattern", "Violation")}),
        ('<https://w3id.org/kll/id/af> a org:Organization ; foaf:name "Arbetsförmedlingen"@sv, "AF"@en ; kll:organisationNumber "202100-2114" ; kll:colour "blue" .',
         {("Organisation.closed", "Violation")}),
    ],
    ids=["no-swedish", "no-english", "no-orgnr", "two-swedish", "no-name", "bad-iri", "orgnr-format", "undeclared"],
)
def test_each_broken_organisation_fires_exactly_its_rule(shapes, turtle, expected):
    assert findings(shapes, turtle) == expected


def test_enumeration_values_are_meaning_iris(shapes):
    good = '[] a kll:ConceptReference ; skos:inScheme kllv:scheme\\/sun-2020-field ; skos:notation "481a" ; owl:versionInfo "2020" .'
    bad = '[] a kll:ConceptReference ; skos:inScheme "sun-2020-field" ; skos:notation "481a" ; owl:versionInfo "2020" .'
    assert findings(shapes, good) == set()
    assert ("ConceptReference.scheme.enum", "Violation") in findings(shapes, bad)
