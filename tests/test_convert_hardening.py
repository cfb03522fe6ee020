"""`kll convert` on packages no writer can carry as they are, and on input it cannot read."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kll.cli import app

runner = CliRunner()


@pytest.mark.parametrize("target", ["turtle", "jsonld", "dcat", "elm", "yaml", "json"])
def test_items_that_are_not_records_are_left_out_with_a_violation_at_their_place(tmp_path, target):
    source = tmp_path / "package.json"
    source.write_text(json.dumps({
        "educations": ["19121212-1212", 5],
        "organisations": "Hemligsson",
    }), encoding="utf-8")
    report = tmp_path / "report.json"
    result = runner.invoke(app, ["convert", "--from", "json", "--to", target, str(source), str(tmp_path / f"out.{target}"), "--report", str(report)])
    assert result.exit_code == 1, result.output
    findings = json.loads(report.read_text(encoding="utf-8"))
    placed = sorted((f["rule"], f["location"].get("pointer")) for f in findings if f["rule"] == "convert.invalid-record")
    assert placed == [("convert.invalid-record", "/educations/0"), ("convert.invalid-record", "/educations/1"),
                      ("convert.invalid-record", "/organisations")]
    assert "internal.error" not in {f["rule"] for f in findings}
    assert "19121212-1212" not in result.output and "Hemligsson" not in result.output


def test_unreadable_input_is_written_to_the_report_too(tmp_path):
    source = tmp_path / "broken.json"
    source.write_text("{ not json", encoding="utf-8")
    report = tmp_path / "report.json"
    result = runner.invoke(app, ["convert", "--from", "json", "--to", "turtle", str(source), str(tmp_path / "out.ttl"), "--report", str(report)])
    assert result.exit_code == 2
    [finding] = json.loads(report.read_text(encoding="utf-8"))
    assert finding["rule"] == "convert.invalid-input" and finding["severity"] == "violation"
    assert not (tmp_path / "out.ttl").exists()


def _convert(tmp_path, package: dict, target: str):
    source = tmp_path / "package.json"
    source.write_text(json.dumps(package), encoding="utf-8")
    report = tmp_path / "report.json"
    result = runner.invoke(app, ["convert", "--from", "json", "--to", target, str(source), str(tmp_path / "out"), "--report", str(report)])
    return result, json.loads(report.read_text(encoding="utf-8"))


def test_a_key_of_the_package_that_is_no_iri_is_left_out_of_turtle_not_a_crash(tmp_path):
    """Found by the fuzz target: a package-level key turns into a predicate IRI Turtle cannot write."""
    result, findings = _convert(tmp_path, {"conforms_to_model_version": "0.4.0", "Ö,>Hemligsson": {"a": 1}}, "turtle")
    assert result.exit_code == 0, result.output
    assert [f["rule"] for f in findings] == ["convert.not-representable"]
    assert "Hemligsson" not in result.output


def test_an_identifier_that_is_a_list_is_no_identifier_for_dcat(tmp_path):
    """Found by the fuzz target: a list where an id belongs was looked up as a key (TypeError)."""
    result, findings = _convert(tmp_path, {"organisations": [{"id": ["https://w3id.org/kll/id/x"], "type": "Organisation"}]}, "dcat")
    assert result.exit_code in (0, 1), result.output
    assert "internal.error" not in {f["rule"] for f in findings}


def test_an_integer_past_64_bits_is_left_out_of_elm_with_a_warning(tmp_path):
    """Found by the fuzz target: rdflib's JSON-LD writer cannot write it as a native number."""
    result, findings = _convert(tmp_path, {"point_value": {"x": 2 ** 90}}, "elm")
    assert result.exit_code in (0, 1), result.output
    assert "internal.error" not in {f["rule"] for f in findings}
    assert any(f["rule"] == "convert.not-representable" and "64 bits" in (f.get("detail") or "") for f in findings)


def test_an_integer_past_64_bits_is_left_out_of_json_ld_with_a_warning(tmp_path):
    result, findings = _convert(tmp_path, {"conforms_to_model_version": "0.4.0", "x": 2 ** 90}, "jsonld")
    assert result.exit_code == 0, result.output
    assert [f["rule"] for f in findings] == ["convert.not-representable"]


def test_a_record_whose_id_is_a_list_is_left_out_before_the_sssom_writer_keys_by_it(tmp_path):
    package = {"mapping_sets": [{"id": "https://w3id.org/kll/id/x/set", "type": "MappingSet"}],
               "organisations": [{"id": ["https://w3id.org/kll/id/x/org"], "type": "Organisation"}]}
    result, findings = _convert(tmp_path, package, "sssom")
    assert result.exit_code == 1, result.output
    assert ("convert.invalid-record", "/organisations/0") in {(f["rule"], f["location"].get("pointer")) for f in findings}
    assert "internal.error" not in {f["rule"] for f in findings}


def test_a_writers_finding_after_a_left_out_item_names_the_record_it_is_about(tmp_path):
    """Review finding: with an item left out before it, a writer's pointer counted positions in
    the shortened list and named the record before the one meant."""
    provider = {"id": "https://w3id.org/kll/id/skolverket/provider/1", "type": "EducationProvider",
                "name": {"sv": "Sundsvalls kommun"}}
    odd = dict(provider, id="https://w3id.org/kll/id/skolverket/provider/2", some_unknown=1)
    result, findings = _convert(tmp_path, {"education_providers": ["junk", provider, odd]}, "emil3")
    pointers = {f["location"].get("pointer") for f in findings if f["rule"] != "convert.invalid-record"}
    about_unknown = {p for p in pointers if p and "some_unknown" in p}
    assert about_unknown and all(p.startswith("/education_providers/2/") for p in about_unknown), pointers
    assert ("convert.invalid-record", "/education_providers/0") in {(f["rule"], f["location"].get("pointer")) for f in findings}
