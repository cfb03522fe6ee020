"""One error path (issue 15): whatever fails while one record is read or checked is a finding on
that record, the run goes on, the report is written, and nothing of the input reaches a message.

Each test feeds the command line (or the API) an input that crashed it before, or makes one part
of the validator fail as a bug would — with the record's personnummer in the exception's message —
and looks at what a user sees: the findings, the exit code, standard output and error, the files
written and their mode.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import stat
from pathlib import Path

import pytest
import yaml
from hypothesis import given, strategies as st
from typer.testing import CliRunner

import kll.validation.checks.base as checks_base
import kll.validation.engine as engine_module
from kll.artifacts import paths
from kll.artifacts.modelindex import model_index
from kll.cli import app
from kll.validation.engine import failure
from kll.validation.loaders import InputError
from kll.validation.rdf_mapping import JsonToRdf, RdfToJson
from kll.validate import validate

runner = CliRunner()
CONSENT = paths.examples_dir() / "individual" / "consent-and-sharing.yaml"
PERSONNUMMER = "191212121212"  # Skatteverket's published test person, the learner of CONSENT
PERSON = "urn:uuid:756b0ba6-9880-4444-a0e5-c825c08a8410"
ORG = "https://w3id.org/kll/id/test/org/"


def _package() -> dict:
    return yaml.safe_load(CONSENT.read_text(encoding="utf-8"))


def _records(package: dict) -> int:
    return sum(len(value) for value in package.values() if isinstance(value, list))


def _turtle(package: dict, path: Path) -> Path:
    index = model_index()
    mapper = JsonToRdf(index)
    for key, records in package.items():
        if key in index.containers:
            for record in records:
                mapper.add_record(record, index.containers[key])
    path.write_text(mapper.graph.serialize(format="turtle"), encoding="utf-8")
    return path


def _organisations(path: Path) -> Path:
    """Three organisations as JSON Lines; the third lacks its (required) name."""
    lines = []
    for number, org_number in enumerate(("556812-3458", "556901-2775", "556016-0680")):
        record = {"type": "Organisation", "id": f"{ORG}{number}", "name": {"sv": f"Org {number}"}, "organisation_number": org_number}
        if number == 2:
            del record["name"]
        lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@contextlib.contextmanager
def _failing(rule: str, when=lambda obj: True):
    """The check of ``rule`` raising, as a bug would, with the object's values in the message."""
    original = checks_base._REGISTRY[rule]

    def fail(obj, context):
        if when(obj):
            raise ValueError(f"cannot check {obj!r} {PERSONNUMMER}")
        return original.function(obj, context)

    checks_base._REGISTRY[rule] = dataclasses.replace(original, function=fail)
    engines, engine_module._ENGINES = engine_module._ENGINES, {}
    try:
        yield
    finally:
        checks_base._REGISTRY[rule] = original
        engine_module._ENGINES = engines


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _clean(result, *values: str) -> None:
    """No traceback and none of ``values`` anywhere a user would see them."""
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    for value in (PERSONNUMMER, *values):
        assert value not in result.output


# --- a record the validator fails on ------------------------------------------------------------------


def test_a_check_that_fails_is_a_finding_on_its_record_and_the_others_are_checked(tmp_path):
    data = _organisations(tmp_path / "orgs.jsonl")
    report_file = tmp_path / "report.json"
    with _failing("Organisation.organisation_number.check-digit", when=lambda obj: obj.get("id") == f"{ORG}1"):
        result = runner.invoke(app, ["validate", str(data), "--format", "json", "-o", str(report_file), "--stages", "structural,rules"])
    _clean(result, "556901-2775")
    assert result.exit_code == 1, result.output  # violations found: not "nothing could be read"
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert report["records"] == 3
    found = {(f["rule"], f["location"].get("record")) for f in report["findings"]}
    assert ("internal.error", 1) in found
    assert ("Organisation.name.required", 2) in found  # the record after it was still checked
    failed = next(f for f in report["findings"] if f["rule"] == "internal.error")
    assert failed["location"] == {"file": str(data), "record": 1, "pointer": "", "line": 2}
    assert failed["detail"].startswith("ValueError in ") and PERSONNUMMER not in json.dumps(report)
    assert _mode(report_file) == 0o600


def test_the_internal_error_reads_in_swedish_with_lang_sv(tmp_path):
    data = _organisations(tmp_path / "orgs.jsonl")
    with _failing("Organisation.organisation_number.check-digit"):
        result = runner.invoke(app, ["validate", str(data), "--lang", "sv", "--stages", "rules"])
    _clean(result)
    assert result.exit_code == 1
    assert "internal.error" in result.stdout and "Validatorn misslyckades med den här posten" in result.stdout


def test_a_check_that_fails_on_a_record_of_a_document_keeps_the_other_records(tmp_path):
    package = _package()
    with _failing("Person.personal_identity_number.check-digit"):
        report = validate([CONSENT])
    assert report.records == _records(package)
    failed = [f for f in report.findings if f.rule == "internal.error"]
    assert [(f.location.record, f.location.pointer) for f in failed] == [(0, "/persons/0")]


def test_a_check_that_fails_on_a_record_read_from_rdf_is_located_by_its_node(tmp_path):
    path = _turtle(_package(), tmp_path / "consent.ttl")
    with _failing("Person.personal_identity_number.check-digit"):
        report = validate([path], stages=["rules"])
    failed = [f for f in report.findings if f.rule == "internal.error"]
    assert [f.location.focus_node for f in failed] == [PERSON]
    assert report.records == _records(_package())


def test_a_dataset_check_that_fails_in_resolve_is_a_finding(tmp_path):
    from kll.validate import resolve, validate_chunk

    records = [json.loads(line) for line in _organisations(tmp_path / "orgs.jsonl").read_text().splitlines()]
    with _failing("identifier.duplicate", when=lambda obj: obj.get("id") == f"{ORG}0"):
        report = resolve([validate_chunk(records, source="orgs.jsonl")])
    assert ("internal.error", 0) in {(f.rule, f.location.record) for f in report.findings}
    assert report.records == 3


def test_the_shacl_stage_failing_on_one_record_is_a_finding_on_that_record(tmp_path, monkeypatch):
    data = _organisations(tmp_path / "orgs.jsonl")
    real = engine_module._semantic

    def fails_on_the_second(index, out, file, graph, origins):
        if any(origin.record == 1 for origin in origins.values()):
            raise ValueError(PERSONNUMMER)
        return real(index, out, file, graph, origins)

    monkeypatch.setattr(engine_module, "_semantic", fails_on_the_second)
    monkeypatch.setenv("KLL_SHACL_VIEW", "off")  # the graph path: the view hands a failing chunk back to it
    report = validate([data], stages=["semantic"])
    assert {(f.rule, f.location.record) for f in report.findings} >= {("internal.error", 1), ("Organisation.name.required", 2)}
    assert "semantic.nothing-targeted" not in report.rule_ids()


def test_an_rdf_node_the_mapping_fails_on_is_a_finding_and_the_other_nodes_are_read(tmp_path, monkeypatch):
    path = _turtle(_package(), tmp_path / "consent.ttl")
    real = RdfToJson.node

    def fails_on_the_person(self, graph, node, info, _path=()):
        if str(node) == PERSON:
            raise ValueError(PERSONNUMMER)
        return real(self, graph, node, info, _path)

    monkeypatch.setattr(RdfToJson, "node", fails_on_the_person)
    result = runner.invoke(app, ["validate", str(path), "--format", "json"])
    _clean(result)
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["records"] == _records(_package()) - 1
    assert [f["location"] for f in report["findings"] if f["rule"] == "internal.error"] == [{"file": str(path), "focus_node": PERSON}]
    # the person is still known to the others' references
    assert "reference.unresolved" not in {f["rule"] for f in report["findings"]}


def test_personnummer_typed_as_integer_in_turtle_never_reaches_a_message(tmp_path):
    """Regression: ``"19121212-1212"^^xsd:integer`` aborted the run with "invalid literal for
    int() with base 10: '19121212-1212'" on the terminal, exit 2, no report."""
    path = _turtle(_package(), tmp_path / "consent.ttl")
    text = path.read_text(encoding="utf-8")
    assert f'"{PERSONNUMMER}"' in text
    path.write_text(text.replace(f'"{PERSONNUMMER}"', '"19121212-1212"^^xsd:integer'), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path), "--format", "json"])
    _clean(result, "19121212-1212")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["records"] >= _records(_package()) - 1  # every other record read and checked
    at_person = {f["rule"] for f in report["findings"] if f["location"].get("focus_node") == PERSON}
    assert at_person & {"internal.error", "Person.personal_identity_number.value-type"}, report["findings"]


def test_a_yaml_date_that_does_not_exist_gives_a_report_not_a_bare_error(tmp_path):
    """Regression: ``birth_date: 2025-02-30`` unquoted printed "error: day is out of range for
    month" and wrote no report."""
    path = tmp_path / "consent.yaml"
    path.write_text(CONSENT.read_text(encoding="utf-8").replace('birth_date: "1912-12-12"', "birth_date: 2025-02-30"), encoding="utf-8")
    report_file = tmp_path / "report.json"
    result = runner.invoke(app, ["validate", str(path), "--format", "json", "-o", str(report_file)])
    _clean(result)
    assert result.exit_code in (1, 2), result.output
    findings = json.loads(report_file.read_text(encoding="utf-8"))["findings"]
    assert findings and not result.output.startswith("error: day")


def test_a_validator_that_fails_outright_still_writes_a_report_and_exits_2(tmp_path, monkeypatch):
    import kll.validate

    def broken(*args, **kwargs):
        raise RuntimeError(f"no {PERSONNUMMER}")

    monkeypatch.setattr(kll.validate, "validate", broken)
    report_file = tmp_path / "report.json"
    result = runner.invoke(app, ["validate", str(CONSENT), "--format", "json", "-o", str(report_file), "--lang", "sv"])
    _clean(result)
    assert result.exit_code == 2
    assert "internal.error" in result.output and "kll misslyckades" in result.output
    assert len(result.output.strip().splitlines()) == 1  # one line, no traceback
    findings = json.loads(report_file.read_text(encoding="utf-8"))["findings"]
    assert [(f["rule"], f["location"]) for f in findings] == [("internal.error", {"file": str(CONSENT)})]


@given(st.text(min_size=1))
def test_a_failure_is_described_without_the_exception_message(message):
    for error in (ValueError(message), KeyError(message), RuntimeError(message)):
        try:
            raise error
        except Exception as caught:
            rule, detail = failure(caught)
        # raised outside kll's code: the detail is the kind of exception and nothing else
        assert (rule, detail) == ("internal.error", type(error).__name__)


def test_input_errors_keep_their_rule_and_deep_input_is_a_limit():
    assert failure(InputError("input.syntax", "en", "sv", 3, 4, "a detail")) == ("input.syntax", "a detail")
    assert failure(RecursionError("deep"))[0] == "input.limit"


# --- files written ---------------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["missing-folder", "folder", "symlink"])
def test_an_unwritable_report_file_is_a_clear_message_and_exit_2(tmp_path, target):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep", encoding="utf-8")
    path = {"missing-folder": tmp_path / "no" / "report.txt", "folder": tmp_path, "symlink": tmp_path / "link.txt"}[target]
    if target == "symlink":
        path.symlink_to(victim)
    result = runner.invoke(app, ["validate", str(CONSENT), "-o", str(path)])
    _clean(result)
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"error: {path}: cannot be written: ")
    assert len(result.output.strip().splitlines()) == 1
    assert victim.read_text(encoding="utf-8") == "keep"


def test_an_unwritable_report_file_is_said_in_swedish(tmp_path):
    result = runner.invoke(app, ["validate", str(CONSENT), "--lang", "sv", "-o", str(tmp_path / "no" / "r.txt")])
    assert result.exit_code == 2 and "kan inte skrivas: mappen finns inte" in result.output


def test_a_report_file_that_cannot_be_written_at_the_end_is_a_clear_message(tmp_path, monkeypatch):
    import errno

    from kll.artifacts import output

    def full(path, content, *, private=True):
        raise output.OutputError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(output, "write_output", full)
    result = runner.invoke(app, ["validate", str(CONSENT), "-o", str(tmp_path / "r.txt")])
    _clean(result)
    assert result.exit_code == 2 and "cannot be written: no space left on the device" in result.output


def test_the_report_file_is_private_and_an_existing_one_is_narrowed(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o644)
    result = runner.invoke(app, ["validate", str(CONSENT), "-o", str(path)])
    assert result.exit_code == 0, result.output
    assert _mode(path) == 0o600 and "conformant" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("target", ["json", "yaml", "turtle", "jsonld", "elm"])
def test_converted_files_and_their_report_are_private(tmp_path, target):
    out, report = tmp_path / f"out.{target}", tmp_path / "findings.json"
    result = runner.invoke(app, ["convert", "--from", "yaml", "--to", target, str(CONSENT), str(out), "--report", str(report)])
    assert result.exit_code == 0, result.output
    assert _mode(out) == 0o600 and _mode(report) == 0o600


def test_dcat_output_is_private(tmp_path):
    catalogue = paths.examples_dir() / "catalogue" / "skolverket-susa-navet.yaml"
    out = tmp_path / "out.ttl"
    result = runner.invoke(app, ["convert", "--from", "yaml", "--to", "dcat", str(catalogue), str(out)])
    assert result.exit_code == 0, result.output
    assert _mode(out) == 0o600


@pytest.mark.parametrize("which", ["out", "report"])
def test_convert_never_writes_through_a_symlink(tmp_path, which):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep", encoding="utf-8")
    link = tmp_path / "link"
    link.symlink_to(victim)
    out = link if which == "out" else tmp_path / "out.json"
    arguments = ["convert", "--from", "yaml", "--to", "json", str(CONSENT), str(out)]
    if which == "report":
        arguments += ["--report", str(link)]
    result = runner.invoke(app, arguments)
    _clean(result)
    assert result.exit_code == 2, result.output
    assert f"error: {link}: cannot be written: is a symbolic link, which is never followed" in result.output
    assert victim.read_text(encoding="utf-8") == "keep"


def test_the_native_writer_refuses_a_symlink(tmp_path):
    from kll.adapters import get
    from kll.artifacts.output import OutputError

    victim = tmp_path / "victim.json"
    victim.write_text("{}", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(victim)
    for name in ("json", "turtle"):
        with pytest.raises(OutputError):
            get(name).write(_package(), link)
    assert victim.read_text(encoding="utf-8") == "{}"


# --- convert ----------------------------------------------------------------------------------------


def test_an_id_with_a_space_is_left_out_of_turtle_with_a_warning_not_a_traceback(tmp_path):
    """Regression: ``kll convert --to turtle`` of a record whose id holds a space printed a
    traceback quoting the id, exit 1, and wrote nothing."""
    package = _package()
    spaced = "urn:uuid:756b0ba6 9880 Tolvansson"
    package["persons"][0]["id"] = spaced
    source, out = tmp_path / "in.json", tmp_path / "out.ttl"
    source.write_text(json.dumps(package), encoding="utf-8")
    result = runner.invoke(app, ["convert", "--from", "json", "--to", "turtle", str(source), str(out)])
    _clean(result, spaced, "Tolvansson")
    assert result.exit_code == 0, result.output
    assert f"{source} /persons/0: warning: convert.not-representable" in result.output
    written = out.read_text(encoding="utf-8")
    assert "556812-3458" in written and "Tolvan" not in written  # the rest written, the person left out


def test_a_dcat_record_with_an_id_that_is_no_iri_is_left_out_with_a_warning(tmp_path):
    catalogue = yaml.safe_load((paths.examples_dir() / "catalogue" / "skolverket-susa-navet.yaml").read_text(encoding="utf-8"))
    container = next(key for key in ("datasets", "data_services", "distributions") if catalogue.get(key))
    catalogue[container][0]["id"] += " x"
    source, out = tmp_path / "in.json", tmp_path / "out.ttl"
    source.write_text(json.dumps(catalogue), encoding="utf-8")
    result = runner.invoke(app, ["convert", "--from", "json", "--to", "dcat", str(source), str(out)])
    _clean(result)
    assert result.exit_code == 0, result.output
    assert f"/{container}/0: warning: convert.not-representable" in result.output
    assert out.read_text(encoding="utf-8").strip()


def test_a_conversion_kll_fails_on_is_one_line_internal_error_exit_2_and_a_report(tmp_path, monkeypatch):
    """Regression: a reader raising (here simulated, with the personnummer in its message) made
    ``kll convert`` print a traceback quoting it."""
    from kll import adapters

    def broken(*args, **kwargs):
        raise ValueError(f"invalid literal for int() with base 10: '{PERSONNUMMER}'")

    monkeypatch.setattr(adapters, "convert", broken)
    report = tmp_path / "findings.json"
    for language, words in (("en", "kll failed"), ("sv", "kll misslyckades")):
        result = runner.invoke(app, ["convert", "--from", "yaml", "--to", "json", str(CONSENT), str(tmp_path / "o.json"), "--report", str(report), "--lang", language])
        _clean(result)
        assert result.exit_code == 2
        assert len(result.output.strip().splitlines()) == 1 and "internal.error" in result.output and words in result.output
        findings = json.loads(report.read_text(encoding="utf-8"))
        assert [(f["rule"], f["location"]) for f in findings] == [("internal.error", {"file": str(CONSENT)})]


def test_convert_of_turtle_with_a_malformed_integer_never_shows_the_value(tmp_path):
    """Regression: ``kll convert --from turtle`` of ``"19121212-1212"^^xsd:integer`` printed a
    traceback ending in the value."""
    path = _turtle(_package(), tmp_path / "consent.ttl")
    path.write_text(path.read_text(encoding="utf-8").replace(f'"{PERSONNUMMER}"', '"19121212-1212"^^xsd:integer'), encoding="utf-8")
    result = runner.invoke(app, ["convert", "--from", "turtle", "--to", "json", str(path), str(tmp_path / "out.json")])
    _clean(result, "19121212-1212")
    assert result.exit_code in (0, 1, 2)
    if result.exit_code == 2:
        assert "internal.error" in result.output or "error: " in result.output


def test_jobs_help_says_workers_are_capped_at_the_cores():
    result = runner.invoke(app, ["validate", "--help"], terminal_width=200)
    assert "never more than the cores available" in " ".join(result.output.split())


def test_any_command_that_fails_says_one_line_and_exits_2(monkeypatch, capsys):
    """The console entry point: an exception that escapes a command is never a traceback."""
    import sys

    from kll import adapters

    def broken(*args, **kwargs):
        raise RuntimeError(PERSONNUMMER)

    monkeypatch.setattr(adapters, "get", broken)
    monkeypatch.delenv("KLL_TRACEBACK", raising=False)
    monkeypatch.setattr(sys, "argv", ["kll", "mapping", "table", "elm"])
    with pytest.raises(SystemExit) as stopped:
        app(prog_name="kll")
    assert stopped.value.code == 2
    said = capsys.readouterr()
    assert PERSONNUMMER not in said.out + said.err and "Traceback" not in said.err
    assert said.err.startswith("error: internal.error: kll failed (RuntimeError in kll.") and len(said.err.strip().splitlines()) == 1


def test_a_reader_that_fails_half_way_keeps_what_it_read(tmp_path, monkeypatch):
    import kll.validation.parallel as parallel

    data = _organisations(tmp_path / "orgs.jsonl")
    real = parallel.read_json_lines_chunk

    def fails_after_two(path, chunk):
        for number, (line, record) in enumerate(real(path, chunk)):
            if number == 2:
                raise ValueError(PERSONNUMMER)
            yield line, record

    monkeypatch.setattr(parallel, "read_json_lines_chunk", fails_after_two)
    result = runner.invoke(app, ["validate", str(data), "--format", "json", "--stages", "structural,rules"])
    _clean(result)
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["records"] == 2
    assert [f["location"] for f in report["findings"] if f["rule"] == "internal.error"] == [{"file": str(data)}]
