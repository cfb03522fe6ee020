"""The reference validator as users meet it: the API, the CLI, hostile input, the RDF mapping."""

from __future__ import annotations

import copy
import json
import socket

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from strategies import model_object as _object, normalise as _normalise
from rdflib import Graph
from typer.testing import CliRunner

from kll.artifacts.generated import json_schema_validator
from kll.cli import app
from kll.maintain.examples import discover
from kll.artifacts.modelindex import model_index
from kll.validation.rdf_mapping import JsonToRdf, RdfToJson
from kll.validation.report import Stage
from kll.validation.semantic import semantic_validator
from kll.validation.structural import structural_validator
from kll.validate import validate

from kll.conformance.mutations import generated_rules, instances, mutate

EXAMPLES = discover()
runner = CliRunner()
SOUNDSVALL = next(p for p in EXAMPLES if "komvux" in p.name)


def _ids(path):
    return path.parent.name + "/" + path.name


# --- examples ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=_ids)
@pytest.mark.parametrize("stage", ["structural", "semantic", "rules"])
def test_every_example_is_conformant_in_every_stage(path, stage):
    report = validate([path], stages=[stage])
    violations = [f"{f.rule} at {f.location.describe()}" for f in report.findings if f.severity.value == "violation"]
    assert violations == [] and report.conformant


def test_a_report_that_checked_nothing_is_not_conformant(tmp_path):
    empty = tmp_path / "empty.json"
    empty.write_text("{}")
    report = validate([empty])
    assert not report.conformant and "input.empty" in report.rule_ids()


# --- the CLI ------------------------------------------------------------------------------------------


def _broken_event(tmp_path):
    document = yaml.safe_load(SOUNDSVALL.read_text(encoding="utf-8"))
    document["education_events"][0]["execution"]["end_date"] = "2020-01-01"
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True))
    return path


def test_cli_exits_0_on_conformant_data():
    result = runner.invoke(app, ["validate", str(SOUNDSVALL)])
    assert result.exit_code == 0, result.output
    assert "conformant" in result.output


def test_cli_exits_1_on_violations_and_names_the_rule_and_place(tmp_path):
    result = runner.invoke(app, ["validate", str(_broken_event(tmp_path))])
    assert result.exit_code == 1
    assert "Execution.end_date.after-start" in result.output
    assert "/education_events/0/execution/end_date" in result.output


def test_cli_speaks_swedish(tmp_path):
    result = runner.invoke(app, ["validate", "--lang", "sv", str(_broken_event(tmp_path))])
    assert result.exit_code == 1 and "uppfyller inte kraven" in result.output


@pytest.mark.parametrize("fmt", ["json", "junit", "sarif"])
def test_cli_machine_formats_parse(tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    result = runner.invoke(app, ["validate", "--format", fmt, "--output", str(out), str(_broken_event(tmp_path))])
    assert result.exit_code == 1
    text = out.read_text()
    if fmt == "junit":
        import xml.etree.ElementTree as ET

        assert ET.fromstring(text).find(".//failure") is not None
    else:
        data = json.loads(text)
        assert "Execution.end_date.after-start" in json.dumps(data)


@pytest.mark.parametrize(
    "arguments",
    [["--format", "pdf"], ["--lang", "fi"], ["--stages", "magic"], ["--class", "NoSuchClass"], ["--input-format", "xml"]],
    ids=["format", "lang", "stages", "class", "input-format"],
)
def test_cli_usage_errors_exit_2(arguments):
    result = runner.invoke(app, ["validate", *arguments, str(SOUNDSVALL)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_json_lines_are_streamed_with_a_class(tmp_path):
    events = yaml.safe_load(SOUNDSVALL.read_text(encoding="utf-8"))["education_events"]
    lines = tmp_path / "events.jsonl"
    broken = copy.deepcopy(events[1])
    broken["execution"]["start_date"] = "2026-02-30"
    lines.write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in [events[0], broken]) + "\n\n{not json\n")
    report = validate([lines], class_name="EducationEvent", stages=["structural"])
    found = {(f.rule, f.location.record, f.location.pointer) for f in report.findings}
    assert ("Execution.start_date.value-type", 1, "/execution/start_date") in found
    assert any(f.rule == "input.syntax" and f.location.line == 4 for f in report.findings)


def test_no_progress_bar_when_stderr_is_not_a_terminal(capsys):
    from kll.cli import _progress

    with _progress() as advance:  # pytest's captured stderr is not a terminal
        advance(1000)
    assert capsys.readouterr().err == ""


def test_progress_counts_records_on_a_terminal(monkeypatch):
    import sys

    from kll import cli

    counted = []
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    with cli._progress() as advance:
        validate([SOUNDSVALL], progress=lambda n: (counted.append(n), advance(n)))
    assert sum(counted) == 4


def test_personal_data_is_not_echoed_in_any_format(tmp_path):
    document = yaml.safe_load(next(p for p in EXAMPLES if "consent" in p.name).read_text(encoding="utf-8"))
    person = document["persons"][0]
    person["personal_identity_number"] = "19121212-1213"  # wrong check digit
    person["family_name"] = 12345  # wrong type
    path = tmp_path / "person.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True))
    for fmt in ("text", "json", "junit", "sarif"):
        result = runner.invoke(app, ["validate", "--format", fmt, str(path)])
        assert result.exit_code == 1
        assert "19121212-1213" not in result.output and "1212121213" not in result.output
        assert person["given_name"] not in result.output


# --- hostile input: clear message, exit 2, no network --------------------------------------------------


@pytest.fixture()
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


HOSTILE = {
    "malformed.json": ('{"education_events": [ {"id": ', "input.syntax"),
    "deep.json": ("[" * 10_000 + "]" * 10_000, "input.limit"),
    "bomb.yaml": (
        "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"{c}: &{c} [{', '.join(['*' + p] * 10)}]\n" for p, c in zip("abcdefgh", "bcdefghi")),
        "input.limit",
    ),
    "deep.yaml": ("[" * 10_000 + "]" * 10_000, "input.limit"),
    "imports.ttl": (
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n<https://w3id.org/kll/id/x> owl:imports <http://example.org/more.ttl> .\n",
        "input.remote-reference",
    ),
    "remote.jsonld": ('{"@context": "http://example.org/context.jsonld", "@id": "https://w3id.org/kll/id/x"}', "input.remote-reference"),
    "import.jsonld": ('{"@context": {"@import": "http://example.org/c.jsonld"}, "@id": "https://w3id.org/kll/id/x"}', "input.remote-reference"),
    "bad.ttl": ("<a> <b> .", "input.syntax"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_gives_a_clear_error_exit_2_and_no_connection(tmp_path, no_network, name):
    text, rule = HOSTILE[name]
    path = tmp_path / name
    path.write_text(text)
    result = runner.invoke(app, ["validate", "--format", "json", str(path)])
    assert result.exit_code == 2, result.output
    report = json.loads(result.output)
    assert [f["rule"] for f in report["findings"]] == [rule]
    assert report["findings"][0]["message_en"] and report["findings"][0]["message_sv"]
    assert "Traceback" not in result.output
    assert no_network == []


def test_missing_file_and_unknown_extension_exit_2(tmp_path):
    odd = tmp_path / "data.xml"
    odd.write_text("<x/>")
    result = runner.invoke(app, ["validate", "--format", "json", str(tmp_path / "nope.json"), str(odd)])
    assert result.exit_code == 2
    assert {f["rule"] for f in json.loads(result.output)["findings"]} == {"input.not-found", "input.format"}


def test_jsonld_with_this_projects_context_is_read_locally(tmp_path, no_network):
    path = tmp_path / "org.jsonld"
    path.write_text(json.dumps({
        "@context": "https://w3id.org/kll/model/context.jsonld",
        "@id": "https://w3id.org/kll/id/af", "type": "Organisation",
        "name": {"sv": "Arbetsförmedlingen", "en": "Swedish Public Employment Service"},
        "organisation_number": "202100-2114",
    }))
    report = validate([path])
    assert report.records == 1 and report.conformant, [f.rule for f in report.findings]
    assert no_network == []


def test_turtle_input_is_validated_by_shacl_and_rules(tmp_path):
    path = tmp_path / "org.ttl"
    path.write_text(
        "@prefix org: <http://www.w3.org/ns/org#> . @prefix foaf: <http://xmlns.com/foaf/0.1/> . "
        "@prefix kll: <https://w3id.org/kll/model/> .\n"
        '<https://w3id.org/kll/id/af> a org:Organization ; foaf:name "AF"@en ; kll:organisationNumber "202100-2115" .\n'
    )
    rules = validate([path]).rule_ids()
    assert {"Organisation.name.swedish", "Organisation.organisation_number.check-digit"} <= rules


def test_unknown_class_and_nothing_targeted_are_reported(tmp_path):
    path = tmp_path / "other.ttl"
    path.write_text("<https://example.org/a> a <https://example.org/Thing> .\n")
    report = validate([path], stages=["semantic"])
    assert "semantic.unknown-class" in report.rule_ids()
    assert not report.conformant


# --- engines and artifacts agree ----------------------------------------------------------------------


def _cases():
    for rule in generated_rules():
        kind = rule.rsplit(".", 1)[1]
        if kind in {"english", "recommended"}:
            continue
        yield rule


@pytest.mark.parametrize("rule", list(_cases()))
def test_jsonschema_rs_and_the_jsonschema_library_agree(rule):
    class_name, obj = mutate(rule)
    for instance in (obj, instances()[class_name][0]):
        fast = structural_validator().is_valid(instance, class_name)
        reference = json_schema_validator(class_name).is_valid(instance)
        assert fast == reference, (rule, instance)


@pytest.mark.parametrize("path", EXAMPLES, ids=_ids)
def test_jsonschema_engines_agree_on_every_example_record(path):
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    index = model_index()
    for key, records in document.items():
        for record in records if key in index.containers else []:
            class_name = index.record_class(index.containers[key], record.get("type"))
            assert structural_validator().is_valid(record, class_name) == json_schema_validator(class_name).is_valid(record)


@pytest.mark.parametrize("rule", list(_cases())[::11])
def test_prepared_shacl_run_equals_a_plain_pyshacl_run(rule):
    import pyshacl
    from rdflib.namespace import SH

    class_name, obj = mutate(rule)
    mapper = JsonToRdf(model_index())
    mapper.add_record(obj, class_name)
    ours = {(h.rule, str(h.focus_node)) for h in semantic_validator().validate(mapper.graph)}
    _, report, _ = pyshacl.validate(mapper.graph, shacl_graph=semantic_validator().shapes, inference="none", allow_warnings=True)
    plain = {(str(report.value(r, SH.sourceShape)).rsplit("/", 1)[-1], str(report.value(r, SH.focusNode))) for r in report.subjects(SH.sourceShape, None)}
    assert ours == plain


# --- the RDF mapping round trip -----------------------------------------------------------------------


def _round_trip(record, class_name):
    index = model_index()
    mapper = JsonToRdf(index)
    mapper.add_record(record, class_name)
    graph = Graph().parse(data=mapper.graph.serialize(format="nt"), format="nt")  # through text, too
    back = dict(RdfToJson(index).records(graph))
    return back[class_name]


@pytest.mark.parametrize("path", EXAMPLES, ids=_ids)
def test_every_example_record_survives_json_rdf_json(path):
    index = model_index()
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    for key, records in document.items():
        for record in records if key in index.containers else []:
            class_name = index.record_class(index.containers[key], record.get("type"))
            assert _normalise(_round_trip(record, class_name)) == _normalise(record)


ENTITY_CLASSES = sorted(n for n, c in model_index().classes.items() if "id" in c.slots and not c.abstract)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_generated_records_survive_json_rdf_json(data):
    index = model_index()
    class_name = data.draw(st.sampled_from(ENTITY_CLASSES))
    record = data.draw(_object(class_name, index))
    record["id"] = "https://w3id.org/kll/id/test/record"
    assert _normalise(_round_trip(record, class_name)) == _normalise(record)


def test_wrong_json_types_are_not_coerced_in_rdf():
    index = model_index()
    mapper = JsonToRdf(index)
    mapper.add_record({"amount": "50", "currency": "SEK"}, "MonetaryAmount")
    rules = {h.rule for h in semantic_validator().validate(mapper.graph)}
    assert "MonetaryAmount.amount.value-type" in rules
