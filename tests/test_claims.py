"""Implementers' claims (conformance/claims/): a submitted EARL report is checked without being
trusted, counted per profile, shown escaped on the results page, and an invalid one fails both
`kll conformance claims` and the site build.

The reports are small EARL graphs written by ``reports.earl_graph`` from a handful of fake case
results, checked against a fake suite of five cases: each test takes milliseconds.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import markdown
import pytest
from rdflib import BNode, Literal, URIRef
from typer.testing import CliRunner

from kll.cli import app
from kll.conformance import claims as claims_module
from kll.conformance import reports
from kll.conformance.claims import check_claim, check_claims
from kll.conformance.runner import CaseResult, Outcome
from kll.maintain.site import pages

CURRENT = "9.9.0"
VERSIONS = frozenset({"9.8.0", CURRENT})
#: The fake suite: case id → profile.
SUITE = {"a-1": "alpha", "a-2": "alpha", "a-3": "alpha", "b-1": "beta", "b-2": "beta"}


def _result(case_id: str, verdict: str = "conformant", passed: bool = True) -> CaseResult:
    case = SimpleNamespace(id=case_id, description=f"case {case_id}", profile=SUITE.get(case_id, "alpha"))
    return CaseResult(case=case, outcome=Outcome(verdict=verdict), passed=passed, reason=None if passed else "differs")


def _results() -> list[CaseResult]:
    """a-1, a-2 passed, a-3 failed, b-1 skipped, b-2 errored."""
    return [_result("a-1"), _result("a-2"), _result("a-3", passed=False), _result("b-1", "skipped", False), _result("b-2", "errored", False)]


def _implementation(name: str = "my validator", homepage: str | None = "https://example.org/validator"):
    return SimpleNamespace(name=name, version="1.4.0", homepage=homepage)


def _write(tmp_path: Path, graph, name: str = "my-validator-1.4.0.ttl") -> Path:
    path = tmp_path / name
    path.write_text(reports.to_jsonld(graph) if name.endswith(".jsonld") else reports.to_turtle(graph), encoding="utf-8")
    return path


def _check(path: Path):
    return check_claim(path, current=CURRENT, versions=VERSIONS, cases=SUITE)


def _errors(findings) -> list[str]:
    return [f.message("en") for f in findings if f.severity == "error"]


@pytest.mark.parametrize("name", ["my-validator-1.4.0.ttl", "my-validator-1.4.0.jsonld"])
def test_a_valid_report_is_accepted_with_its_figures_per_profile(tmp_path, name):
    graph = reports.earl_graph(_results(), _implementation(), CURRENT, level="core", date="2026-11-30")
    claim, findings = _check(_write(tmp_path, graph, name))
    assert findings == []
    assert (claim.name, claim.version, claim.homepage, claim.suite_version, claim.level, claim.date) == (
        "my validator", "1.4.0", "https://example.org/validator", CURRENT, "core", "2026-11-30")
    figures = {p.profile: (p.passed, p.total, p.failed, p.skipped, p.errored, p.percent, p.suite_cases) for p in claim.profiles}
    assert figures == {"alpha": (2, 3, 1, 0, 0, 66, 3), "beta": (0, 2, 0, 1, 1, 0, 2)}


def test_a_file_that_is_not_rdf_is_named_with_its_line_and_not_quoted(tmp_path):
    path = tmp_path / "broken.ttl"
    path.write_text('@prefix earl: <http://www.w3.org/ns/earl#> .\n\n<a> earl:b "secret-personnummer .\n', encoding="utf-8")
    claim, findings = _check(path)
    assert claim is None
    assert _errors(findings) == ["broken.ttl:3: error: not valid Turtle (RDF syntax error)"]
    assert findings[0].message("sv") == "broken.ttl:3: fel: inte giltig Turtle (syntaxfel i RDF)"
    assert "secret" not in findings[0].message("en")


def test_a_json_ld_report_may_not_name_a_remote_context(tmp_path):
    path = tmp_path / "remote.jsonld"
    path.write_text('{"@context": "https://example.org/context.jsonld", "@id": "x"}', encoding="utf-8")
    assert _errors(_check(path)[1]) == ["remote.jsonld: error: the JSON-LD names a context by IRI, which is never fetched: give it inline"]


def test_two_implementations_are_refused(tmp_path):
    graph = reports.earl_graph(_results(), _implementation(), CURRENT, level="full")
    other = URIRef("https://example.org/other")
    graph.add((other, reports.RDF.type, reports.EARL.TestSubject))
    assert "names 2 implementations under test; a claim is about exactly one" in " ".join(_errors(_check(_write(tmp_path, graph))[1]))


def test_an_unknown_case_iri_is_an_error_for_the_current_suite_version(tmp_path):
    graph = reports.earl_graph(_results() + [_result("not-a-case")], _implementation(), CURRENT, level="full")
    claim, findings = _check(_write(tmp_path, graph))
    assert claim is None
    assert _errors(findings) == [f"my-validator-1.4.0.ttl: error: 1 assertions name a test that is not a case of suite version {CURRENT}"]


def test_an_older_suite_version_is_shown_with_its_cases_not_checked(tmp_path):
    graph = reports.earl_graph(_results() + [_result("gone-since")], _implementation(), "9.8.0", level="full")
    claim, findings = _check(_write(tmp_path, graph))
    assert _errors(findings) == [] and [f.severity for f in findings] == ["note"]
    assert "the cases are not checked" in findings[0].message("en")
    assert claim is not None and not claim.cases_checked and sum(p.total for p in claim.profiles) == 6


def test_an_unknown_suite_version_is_refused(tmp_path):
    graph = reports.earl_graph(_results(), _implementation(), "0.0.1", level="full")
    assert _errors(_check(_write(tmp_path, graph))[1]) == [
        "my-validator-1.4.0.ttl: error: the suite version is neither a released model version nor the current one"]


def test_a_case_asserted_twice_is_refused(tmp_path):
    graph = reports.earl_graph(_results(), _implementation(), CURRENT, level="full")
    subject = next(graph.objects(None, reports.EARL.subject))
    assertion, result = BNode(), BNode()
    for triple in [(assertion, reports.RDF.type, reports.EARL.Assertion), (assertion, reports.EARL.subject, subject),
                   (assertion, reports.EARL.test, reports.case_iri("a-1")), (assertion, reports.EARL.result, result),
                   (result, reports.EARL.outcome, reports.EARL.failed)]:
        graph.add(triple)
    assert _errors(_check(_write(tmp_path, graph))[1]) == ["my-validator-1.4.0.ttl: error: 1 cases are asserted more than once"]


def test_an_outcome_outside_the_four_is_refused(tmp_path):
    graph = reports.earl_graph(_results(), _implementation(), CURRENT, level="full")
    result = next(graph.objects(None, reports.EARL.result))
    graph.set((result, reports.EARL.outcome, URIRef("http://www.w3.org/ns/earl#untested")))
    assert "1 assertions lack exactly one test, one result and one outcome" in " ".join(_errors(_check(_write(tmp_path, graph))[1]))


def test_an_oversized_file_is_not_read(tmp_path, monkeypatch):
    path = _write(tmp_path, reports.earl_graph(_results(), _implementation(), CURRENT, level="full"))
    monkeypatch.setattr(claims_module, "MAX_BYTES", 1024 * 1024)
    path.write_bytes(b"#" * (1024 * 1024 + 1))
    claim, findings = _check(path)
    assert claim is None and _errors(findings) == ["my-validator-1.4.0.ttl: error: larger than 1 MiB: not read"]


def test_a_symbolic_link_is_never_followed(tmp_path):
    target = _write(tmp_path, reports.earl_graph(_results(), _implementation(), CURRENT, level="full"), "elsewhere.ttl")
    (tmp_path / "link.ttl").symlink_to(target)
    assert _errors(_check(tmp_path / "link.ttl")[1]) == ["link.ttl: error: is a symbolic link, which is never followed"]


def test_a_name_with_markup_is_shown_as_text_on_the_results_page(tmp_path, monkeypatch):
    evil = _implementation(name="<script>alert(1)</script> [x](javascript:alert(1)) | *bold*", homepage="javascript:alert(1)")
    claim, findings = _check(_write(tmp_path, reports.earl_graph(_results(), evil, CURRENT, level="core")))
    assert findings == [] and claim.homepage is None  # only an http(s) homepage becomes a link
    monkeypatch.setattr(pages, "_checked_claims", lambda root: claims_module.ClaimCheck((claim,), ()))
    for lang in ("en", "sv"):
        rendered = markdown.markdown("\n".join(pages.claims_section(tmp_path, lang)), extensions=["tables", "attr_list"])
        assert "<script>" not in rendered and "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
        assert "<strong>" not in rendered and "<em>" not in rendered and "*bold*" in rendered
        assert 'href="javascript' not in rendered and "[x](javascript:alert(1))" in rendered
        assert [href for href in re.findall(r'href="([^"]*)"', rendered)] == ["claims.md", "claims/my-validator-1.4.0.ttl"]


def test_a_homepage_that_is_http_is_a_link(tmp_path, monkeypatch):
    claim, _ = _check(_write(tmp_path, reports.earl_graph(_results(), _implementation(), CURRENT, level="core")))
    monkeypatch.setattr(pages, "_checked_claims", lambda root: claims_module.ClaimCheck((claim,), ()))
    text = "\n".join(pages.claims_section(tmp_path, "en"))
    assert '<a href="https://example.org/validator">my validator</a>' in text
    assert "| alpha | 2 / 3 | 66 % | 1 | 0 | 0 |" in text and "| beta | 0 / 2 | 0 % | 0 | 1 | 1 |" in text


def test_no_claims_is_said_plainly(tmp_path, monkeypatch):
    monkeypatch.setattr(pages, "_checked_claims", lambda root: claims_module.ClaimCheck((), ()))
    assert "No claims have been submitted yet." in pages.claims_section(tmp_path, "en")
    assert "Inga anspråk har lämnats in än." in pages.claims_section(tmp_path, "sv")


def test_an_invalid_claim_fails_the_page_and_the_command(tmp_path, monkeypatch):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "broken.ttl").write_text("this is not turtle", encoding="utf-8")
    monkeypatch.setattr(claims_module, "claims_dir", lambda root=None: tmp_path / "claims")
    with pytest.raises(pages.InvalidClaims, match="broken.ttl:1: error: not valid Turtle"):
        pages.claims_section(Path(__file__).resolve().parents[1], "en")
    result = CliRunner().invoke(app, ["conformance", "claims", "--lang", "sv"])
    assert result.exit_code == 1
    assert "conformance/claims/broken.ttl:1: fel: inte giltig Turtle (syntaxfel i RDF)" in result.output


def test_the_shipped_claims_all_validate_and_the_command_prints_them():
    checked = check_claims()
    assert checked.valid, [f.message("en") for f in checked.findings]
    assert checked.claims and any(c.name == "kll reference validator" and c.level == "full" for c in checked.claims)
    result = CliRunner().invoke(app, ["conformance", "claims"])
    assert result.exit_code == 0 and "kll reference validator" in result.output


def test_a_usage_error_exits_2():
    assert CliRunner().invoke(app, ["conformance", "claims", "--no-such-option"]).exit_code == 2


def test_the_wheel_leaves_the_claims_out():
    import tomllib

    config = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert config["exclude-package-data"]["kll._data.conformance"] == ["claims/*"]


@pytest.mark.parametrize("term, change", [("total", 10), ("passed", 1), ("failed", -1)])
def test_a_run_node_whose_figures_differ_from_the_assertions_is_refused(tmp_path, term, change):
    """The figures a report states (its kllc:Run) must be those of its assertions: a report cannot
    claim more passes than it asserts."""
    from rdflib.namespace import RDF, XSD

    graph = reports.earl_graph(_results(), _implementation(), CURRENT, level="core")
    assert _check(_write(tmp_path, graph))[1] == []
    run = next(graph.subjects(RDF.type, reports.KLLC.Run))
    predicate = getattr(reports.KLLC, term)
    graph.set((run, predicate, Literal(int(next(graph.objects(run, predicate))) + change, datatype=XSD.nonNegativeInteger)))
    claim, findings = _check(_write(tmp_path, graph))
    assert claim is None
    assert any("kllc:Run differ" in f.message("en") and "kllc:Run skiljer" in f.message("sv") for f in findings)
