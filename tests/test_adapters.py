"""The format registry, the project's own formats and the commands around them (kll convert,
kll mapping, kll validate --from). Each foreign format has its own module: test_adapter_*.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st
from strategies import model_object, normalise
from typer.testing import CliRunner

from kll import adapters
from kll.adapters.native import container_of, graph_from_package, package_from_graph, unmapped_subjects
from kll.cli import app
from kll.artifacts.modelindex import model_index

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").rglob("*.yaml"))
FORMATS_PAGE = ROOT / "docs" / "guides" / "formats.en.md"
runner = CliRunner()


def _ids(path: Path) -> str:
    return str(path.relative_to(ROOT / "examples"))


def _without_default_types(value, class_name: str, index):
    """``value`` (an object of ``class_name``) without the ``type`` keys that only repeat the class
    its place implies; a ``type`` naming another class (a subclass) stays, so a record that came
    back as the wrong class is a difference."""
    if isinstance(value, list):
        return [_without_default_types(v, class_name, index) for v in value]
    if not isinstance(value, dict):
        return value
    declared = value.get("type")
    actual = declared if isinstance(declared, str) and declared in index.classes else class_name
    slots = index.classes[actual].slots if actual in index.classes else {}
    return {
        key: _without_default_types(v, slots[key].range, index) if key in slots and slots[key].kind == "object" else v
        for key, v in value.items() if not (key == "type" and v == class_name)
    }


def _comparable(package: dict) -> dict:
    """A package as JSON values (dates as strings), lists unordered; ``type`` compared wherever it
    says more than the place of the object."""
    index = model_index()
    package = json.loads(json.dumps(package, default=str))
    package = {key: _without_default_types(value, index.containers[key], index) if key in index.containers else value for key, value in package.items()}
    return normalise(package, keep_type=True)


@pytest.mark.parametrize("target", ["json", "yaml", "turtle", "jsonld"])
@pytest.mark.parametrize("path", EXAMPLES, ids=_ids)
def test_every_example_survives_each_own_format(path, target, tmp_path):
    original = adapters.get("yaml").read(path).package
    out = tmp_path / f"package{adapters.get(target).suffixes[0]}"
    assert adapters.get(target).write(original, out) == []
    back = adapters.get(target).read(out)
    assert back.findings == []
    assert _comparable(back.package) == _comparable(original)


ENTITY_CLASSES = sorted(
    name for name, info in model_index().classes.items()
    if model_index().is_record_class(name) and "id" in info.slots
)


@st.composite
def packages(draw):
    """A data package of one to four generated records of any record classes."""
    index = model_index()
    package: dict = {"conforms_to_model_version": index.model_version}
    for number in range(draw(st.integers(1, 4))):
        class_name = draw(st.sampled_from(ENTITY_CLASSES))
        record = draw(model_object(class_name, index))
        record["id"] = f"https://w3id.org/kll/id/test/{number}"
        container = container_of(index, class_name)
        if class_name != index.containers[container]:
            record = {"type": class_name, **record}
        package.setdefault(container, []).append(record)
    return package


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(package=packages())
def test_model_turtle_model_is_lossless(package):
    """model → Turtle (as text) → model gives the package back, up to the order of lists."""
    from rdflib import Graph

    text = graph_from_package(package).serialize(format="turtle")
    graph = Graph().parse(data=text, format="turtle")
    assert unmapped_subjects(graph) == []  # every node the writer makes is read into a record
    assert _comparable(package_from_graph(graph)) == _comparable(package)


@pytest.mark.parametrize("fmt", ["turtle", "jsonld"])
def test_rdf_nodes_outside_the_model_are_reported(fmt, tmp_path):
    """A node typed with no model class, or untyped and unreferenced, is in no record: each is a
    convert.unmapped warning located at the node, naming its class, never a literal value."""
    text = (
        '<https://example.org/other> a <https://example.org/Thing> ; <https://example.org/name> "Secret Person" .\n'
        '<https://example.org/loose> <https://example.org/name> "Loose value" .\n'
        '_:b <https://example.org/name> "Blank value" .\n'
    )
    path = tmp_path / f"in{adapters.get(fmt).suffixes[0]}"
    if fmt == "turtle":
        path.write_text(text, encoding="utf-8")
    else:
        from rdflib import Graph

        path.write_text(Graph().parse(data=text, format="turtle").serialize(format="json-ld"), encoding="utf-8")
    imported = adapters.get(fmt).read(path)
    by_node = {finding.location.focus_node: finding for finding in imported.findings}
    assert {node for node in by_node if not node.startswith("_:")} == {"https://example.org/other", "https://example.org/loose"}
    assert len(by_node) == 3
    for node, finding in by_node.items():
        assert finding.rule == "convert.unmapped"
        assert finding.severity.value == "warning"
        assert finding.location.file == str(path) and finding.location.record_id == node
        assert not any(literal in finding.detail for literal in ("Secret Person", "Loose value", "Blank value"))
    assert "<https://example.org/Thing>" in by_node["https://example.org/other"].detail


def test_container_of_picks_the_nearest_list():
    index = model_index()
    for container, class_name in index.containers.items():
        assert container_of(index, class_name) == container
    with pytest.raises(ValueError, match="no data-package list"):
        container_of(index, index.root)


# --- the registry ----------------------------------------------------------------------------


def test_every_format_resolves_to_an_adapter_with_its_name():
    for name in adapters.names():
        adapter = adapters.get(name)
        assert adapter.name == name and adapter.title and adapter.suffixes


def test_an_unknown_format_names_the_known_ones():
    with pytest.raises(ValueError, match="unknown format 'xml'; formats: json, yaml"):
        adapters.get("xml")


def test_every_conversion_rule_is_documented_on_the_formats_page():
    page = FORMATS_PAGE.read_text(encoding="utf-8")
    for rule, (severity, message_en, message_sv) in adapters.CONVERSION_RULES.items():
        assert f"| `{rule}` | {severity.value} |" in page, rule
        assert message_en and message_sv


# --- kll convert -------------------------------------------------------------------------------


CATALOGUE = ROOT / "examples" / "catalogue" / "skolverket-susa-navet.yaml"


def test_convert_writes_the_target_and_the_result_validates(tmp_path):
    turtle, back = tmp_path / "c.ttl", tmp_path / "c.json"
    result = runner.invoke(app, ["convert", "--from", "yaml", "--to", "turtle", str(CATALOGUE), str(turtle)])
    assert result.exit_code == 0, result.output
    assert "0 warning(s)" in result.output
    assert "dcat:Catalog" in turtle.read_text(encoding="utf-8")
    assert runner.invoke(app, ["convert", "--from", "turtle", "--to", "json", str(turtle), str(back)]).exit_code == 0
    validated = runner.invoke(app, ["validate", str(back)])
    assert validated.exit_code == 0, validated.output


@pytest.mark.parametrize("arguments, message", [
    (["--from", "xml", "--to", "json"], "unknown format 'xml'"),
    (["--from", "yaml", "--to", "csv"], "unknown format 'csv'"),
    (["--from", "yaml", "--to", "json", "--lang", "de"], "--lang must be sv or en"),
])
def test_convert_usage_errors_exit_2(arguments, message, tmp_path):
    result = runner.invoke(app, ["convert", *arguments, str(CATALOGUE), str(tmp_path / "out")])
    assert result.exit_code == 2
    assert message in result.output


def test_convert_a_missing_file_exits_2(tmp_path):
    result = runner.invoke(app, ["convert", "--from", "yaml", "--to", "json", str(tmp_path / "none.yaml"), str(tmp_path / "o.json")])
    assert result.exit_code == 2 and "no such file" in result.output


def test_convert_unreadable_input_exits_2_without_writing(tmp_path):
    bad, out = tmp_path / "bad.yaml", tmp_path / "out.json"
    bad.write_text("- just\n- a list\n", encoding="utf-8")
    result = runner.invoke(app, ["convert", "--from", "yaml", "--to", "json", str(bad), str(out)])
    assert result.exit_code == 2
    assert "a data package is a JSON object" in result.output
    assert not out.exists()
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    result = runner.invoke(app, ["convert", "--from", "turtle", "--to", "json", str(broken), str(out)])
    assert result.exit_code == 2 and "is not well-formed" in result.output


# --- kll validate --from -----------------------------------------------------------------------


@pytest.mark.parametrize("arguments, message", [
    (["--from", "xml"], "--from takes emil3, elm, sssom or dcat"),
    (["--from", "yaml"], "--from takes emil3, elm, sssom or dcat"),
    (["--from", "emil3", "--class", "Education"], "--from cannot be combined"),
    (["--from", "emil3", "--input-format", "json"], "--from cannot be combined"),
])
def test_validate_from_usage_errors_exit_2(arguments, message):
    result = runner.invoke(app, ["validate", *arguments, str(CATALOGUE)])
    assert result.exit_code == 2
    assert message in result.output


def test_validate_from_reports_a_file_that_is_not_that_format_as_an_input_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["validate", "--from", "emil3", "--format", "json", str(bad)])
    assert result.exit_code == 2, result.output
    report = json.loads(result.stdout)
    assert [f["rule"] for f in report["findings"]] == ["convert.invalid-input"]
    assert report["findings"][0]["location"]["file"] == str(bad)


# --- kll mapping -------------------------------------------------------------------------------


def test_mapping_coverage_measures_every_foreign_format_against_its_standard():
    result = runner.invoke(app, ["mapping", "coverage", "--format", "json"])
    assert result.exit_code == 0, result.output
    coverage = {entry["format"]: entry for entry in json.loads(result.stdout)}
    assert sorted(coverage) == ["dcat", "elm", "emil3", "sssom"]
    for name, entry in coverage.items():
        assert entry["elements"] > 0 and entry["standard"] and entry["source"], name
        assert entry["not_in_standard"] == [] and entry["unexplained"] == [], name
        assert entry["mapped"] + entry["unmapped_with_reason"] + len(entry["missing"]) == entry["elements"], name


def test_mapping_coverage_of_emil3_is_measured_against_the_openapi_description():
    from kll.adapters.emil3_standard import standard

    elements = standard().elements
    # fields the OpenAPI description defines, whatever our table says
    assert {"educationInfo.credits.min", "UHEventExtension.startPeriod.period.semester", "LangString.strings.content", "apiInfo.apiVersion"} <= set(elements)
    # a subject type that the description does not define is not an element of the standard
    assert "educationInfo.subjects.UH_Subject" not in elements
    [entry] = json.loads(runner.invoke(app, ["mapping", "coverage", "emil3", "--format", "json"]).stdout)
    assert entry["elements"] == len(elements) and entry["missing"] == []


def _gap(monkeypatch, name: str, extra_rows=(), drop_rows=()):
    original = adapters.get(name)

    class Gap:
        def __getattr__(self, attribute):
            return getattr(original, attribute)

        def mapping(self):
            return [row for row in original.mapping() if row.element not in drop_rows] + list(extra_rows)

    real_get = adapters.get
    monkeypatch.setattr(adapters, "get", lambda wanted: Gap() if wanted == name else real_get(wanted))


def test_mapping_coverage_fails_for_an_element_neither_mapped_nor_explained(monkeypatch):
    row = adapters.get("emil3").mapping()[-1]
    _gap(monkeypatch, "emil3", extra_rows=[adapters.MappingRow(row.element, "unmapped")], drop_rows=[row.element])
    result = runner.invoke(app, ["mapping", "coverage", "emil3"])
    assert result.exit_code == 1
    assert f"{row.element} is neither mapped nor declared unmapped with a reason" in result.output


def test_mapping_coverage_fails_for_a_row_naming_an_element_the_standard_does_not_define(monkeypatch):
    _gap(monkeypatch, "emil3", extra_rows=[adapters.MappingRow("educationEvent.madeUpField", "mapped", model="EducationEvent.title")])
    result = runner.invoke(app, ["mapping", "coverage", "emil3"])
    assert result.exit_code == 1
    assert "the table names educationEvent.madeUpField, which the standard does not define" in result.output


def test_mapping_coverage_reports_a_missing_element_and_fails_only_when_asked_to_be_complete(monkeypatch):
    _gap(monkeypatch, "emil3", drop_rows=["educationEvent.places"])
    [entry] = json.loads(runner.invoke(app, ["mapping", "coverage", "emil3", "--format", "json"]).stdout)
    assert entry["missing"] == ["educationEvent.places"]
    assert runner.invoke(app, ["mapping", "coverage", "emil3"]).exit_code == 0
    complete = runner.invoke(app, ["mapping", "coverage", "emil3", "--complete"])
    assert complete.exit_code == 1 and "educationEvent.places of the standard is missing from the table" in complete.output


def test_mapping_table_prints_markdown_and_json():
    markdown = runner.invoke(app, ["mapping", "table", "sssom"])
    assert markdown.exit_code == 0 and markdown.stdout.startswith("| element | status | model | reason or note |")
    rows = json.loads(runner.invoke(app, ["mapping", "table", "sssom", "--format", "json"]).stdout)
    assert {"element", "status", "model", "reason"} <= set(rows[0])
    assert runner.invoke(app, ["mapping", "table", "json"]).exit_code == 2


@pytest.mark.parametrize("arguments, content", [
    (["--from", "dcat"], "<a> <b> .\n"),                 # not Turtle: convert.invalid-input
    ([], "{not json"),                                   # not JSON: input.syntax
])
def test_a_profile_never_hides_an_unreadable_file(arguments, content, tmp_path):
    """Input errors belong to no profile's rules, yet they decide the exit status: a profile
    filter must keep them, or an unreadable file would exit 1 with its message hidden."""
    bad = tmp_path / ("bad.ttl" if arguments else "bad.json")
    bad.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["validate", *arguments, "--profile", "dataset-catalogue", "--format", "json", str(bad)])
    assert result.exit_code == 2, result.output
    assert json.loads(result.stdout)["findings"][0]["stage"] == "input"


def test_convert_to_a_place_that_cannot_be_written_exits_2(tmp_path):
    result = runner.invoke(app, ["convert", "--from", "yaml", "--to", "json", str(CATALOGUE), str(tmp_path / "no" / "such" / "dir.json")])
    assert result.exit_code == 2
    assert "cannot be written" in result.output and "Traceback" not in result.output


def test_element_names_are_printed_as_they_are_not_as_emoji(tmp_path):
    """rich turns ':date:' into an emoji unless told not to; 'dcterms:date: …' must stay text."""
    source = tmp_path / "catalogue.ttl"
    source.write_text(
        "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n@prefix dcterms: <http://purl.org/dc/terms/> .\n"
        "<https://w3id.org/kll/id/x/catalogue> a dcat:Catalog ; dcterms:date \"2026\" .\n", encoding="utf-8")
    result = runner.invoke(app, ["convert", "--from", "dcat", "--to", "json", str(source), str(tmp_path / "out.json")])
    assert "dcterms:date" in result.output
    assert "\U0001f4c5" not in result.output  # the calendar emoji
