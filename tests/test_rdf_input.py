"""Turtle read by pyoxigraph into the SHACL engine's index (``kll.validation.rdf_input``) gives the
findings and the triples of the rdflib path, on every Turtle and JSON-LD file of the conformance
suite, the real files and the benchmark data; where it would read differently, rdflib reads."""

from __future__ import annotations

import sys
from pathlib import Path
from unittest import mock

import pytest
from rdflib.compare import isomorphic

from kll.validate import validate
from kll.validation import rdf_input
from kll.validation.fastshacl import SpoGraph
from kll.validation.loaders import InputError, read_graph

ROOT = Path(__file__).resolve().parent.parent
RDF_FILES = sorted(
    [*ROOT.glob("conformance/cases/*/data/*.ttl"), *ROOT.glob("conformance/cases/*/data/*.jsonld"), *ROOT.glob("tests/fixtures/real/*/*.ttl"),
     *ROOT.glob("tests/fixtures/real/*/*.jsonld")],
)
TURTLE_FILES = [path for path in RDF_FILES if path.suffix == ".ttl"]


def findings(report) -> list[tuple]:
    """Every finding as (rule, severity, record, pointer, focus node, path, detail); a blank node's
    label is the parser's own, so blank focus nodes compare by count."""
    def focus(text):
        return "_:" if text is not None and not text.startswith(("http:", "https:", "urn:", "file:")) else text

    return sorted((f.rule, str(f.severity), f.location.record, f.location.pointer, focus(f.location.focus_node), f.location.path, str(f.detail))
                  for f in report.findings)


def rdflib_only():
    """The path before pyoxigraph: every RDF file read by rdflib."""
    return mock.patch.object(rdf_input, "read_fast", lambda path, fmt: None)


def test_the_suite_and_the_real_files_have_turtle():
    assert len(TURTLE_FILES) >= 8 and any(path.suffix == ".jsonld" for path in RDF_FILES)


@pytest.mark.parametrize("path", RDF_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_findings_are_those_of_the_rdflib_path(path):
    fast = validate([path])
    with rdflib_only():
        slow = validate([path])
    assert findings(fast) == findings(slow)
    assert fast.records == slow.records


@pytest.mark.parametrize("path", TURTLE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_triples_are_rdflibs_blank_nodes_included(path):
    try:
        reference = read_graph(path, "turtle")
    except InputError as refused:  # bad input: refused alike, or left to rdflib
        try:
            assert rdf_input.read_fast(path, "turtle") is None
        except InputError as error:
            assert (error.rule, error.detail) == (refused.rule, refused.detail)
        return
    fast = rdf_input.read_fast(path, "turtle")
    assert isinstance(fast, SpoGraph)
    assert len(fast) == len(reference)
    assert isomorphic(fast.to_rdflib(), reference)


PREFIXES = """@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix kll: <https://w3id.org/kll/model/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
ORG = "<https://w3id.org/kll/id/myh/org/556812-3458>"


@pytest.mark.parametrize("name, body", [
    ("typed-string", f'{ORG} a org:Organization ; foaf:name "Nordvik"^^xsd:string ; kll:organisationNumber "556812-3458" .'),
    ("iri-space", f'<urn:kll:person:Tolvan\\u0020Tolvansson> a foaf:Person . {ORG} a org:Organization ; kll:organisationNumber "556812-3458" .'),
    ("syntax", f'{ORG} a org:Organization ;\n foaf:name "Nordvik Yrkesakademi AB"@sv ;\n kll:organisationNumber "556812-3458" ,, .'),
])
def test_what_pyoxigraph_would_read_differently_rdflib_reads(tmp_path, name, body):
    """``"x"^^xsd:string`` (rdflib keeps it apart from ``"x"``), an IRI with a space (rdflib reads
    it, the identifier rule names it) and a syntax error (rdflib's finding, with its line)."""
    path = tmp_path / f"{name}.ttl"
    path.write_text(PREFIXES + body + "\n", encoding="utf-8")
    assert rdf_input.read_fast(path, "turtle") is None
    fast = validate([path])
    with rdflib_only():
        slow = validate([path])
    assert findings(fast) == findings(slow)
    if name == "syntax":
        [finding] = fast.findings
        assert (finding.rule, finding.location.line) == ("input.syntax", 7)
        assert "Nordvik" not in str(finding.detail)


def test_owl_imports_is_refused_not_followed(tmp_path):
    path = tmp_path / "imports.ttl"
    path.write_text(PREFIXES + "<urn:x> <http://www.w3.org/2002/07/owl#imports> <https://attacker.example/x.ttl> .\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        rdf_input.read_fast(path, "turtle")
    assert refused.value.rule == "input.remote-reference"
    assert [f.rule for f in validate([path]).findings] == ["input.remote-reference"]


@pytest.fixture(scope="module")
def benchmark_turtle(tmp_path_factory) -> Path:
    """One block (1,000 records, about 1 % broken) of the benchmark data as one Turtle file."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import turtle_row

    path, _ = turtle_row.write_turtle(tmp_path_factory.mktemp("turtle"), 1_000)
    return path


def test_the_benchmark_data_gives_the_same_findings(benchmark_turtle):
    fast = validate([benchmark_turtle])
    with rdflib_only():
        slow = validate([benchmark_turtle])
    assert len(fast.findings) > 100
    assert findings(fast) == findings(slow)


@pytest.mark.parametrize("depth, fast", [(10, True), (200, False)])
def test_deep_nesting_is_left_to_rdflib(tmp_path, depth, fast):
    """rdflib's parser gives input.limit where nesting outruns it; pyoxigraph's would read on."""
    path = tmp_path / "deep.ttl"
    path.write_text(PREFIXES + f"{ORG} a org:Organization ; kll:organisationNumber \"556812-3458\" ; kll:x "
                    + "[ kll:x " * depth + "1" + " ]" * depth + " .\n", encoding="utf-8")
    assert (rdf_input.read_fast(path, "turtle") is not None) is fast
    with rdflib_only():
        slow = validate([path])
    assert findings(validate([path])) == findings(slow)
    if not fast:
        assert "input.limit" in {f.rule for f in slow.findings}
