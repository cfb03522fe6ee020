"""Generation: deterministic, drift-checked, and the wrapper fixes what the generators miss."""

from __future__ import annotations

import json
import shutil

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SH
from typer.testing import CliRunner

from kll.artifacts import paths
from kll.cli import app
from kll.artifacts.gaps import explain_warnings, load_register
from kll.maintain.generation import ARTIFACTS, check, generate

KLL = Namespace("https://w3id.org/kll/model/")
runner = CliRunner()


@pytest.fixture()
def scratch_repo(tmp_path):
    """A copy of the model and the committed artifacts, to break on purpose."""
    for folder in ("model", "generated"):
        shutil.copytree(paths.repository_root() / folder, tmp_path / folder)
    return tmp_path


def test_generation_gives_every_artifact(fresh_generation):
    assert sorted(fresh_generation.files) == sorted(ARTIFACTS)


def test_generating_twice_gives_identical_bytes(fresh_generation):
    again = generate(paths.root_schema())
    differing = [name for name in ARTIFACTS if again.files[name] != fresh_generation.files[name]]
    assert differing == []


def test_committed_artifacts_equal_a_fresh_generation(fresh_generation):
    drift = check(fresh_generation, paths.generated_dir())
    assert not drift, f"run `kll generate` and commit: {drift}"


def test_every_generator_warning_is_explained(fresh_generation):
    assert explain_warnings(fresh_generation.warnings) == []


def test_check_passes_on_an_untouched_copy(scratch_repo):
    result = runner.invoke(app, ["generate", "--check", "--root", str(scratch_repo)])
    assert result.exit_code == 0, result.output
    assert "up to date" in result.output


def test_check_names_a_hand_edited_generated_file(scratch_repo):
    edited = scratch_repo / "generated" / "jsonschema" / "kll.schema.json"
    edited.write_text(edited.read_text().replace('"required"', '"required" ', 1))
    result = runner.invoke(app, ["generate", "--check", "--root", str(scratch_repo)])
    assert result.exit_code == 1
    assert "changed: generated/jsonschema/kll.schema.json" in result.output
    assert "kll generate" in result.output


def test_check_detects_a_model_change_without_regeneration(scratch_repo):
    core = scratch_repo / "model" / "core.yaml"
    original = "description: An interval of time with a start date and, where known, an end date."
    assert original in core.read_text()
    core.write_text(core.read_text().replace(original, "description: A stretch of time.", 1))
    result = runner.invoke(app, ["generate", "--check", "--root", str(scratch_repo)])
    assert result.exit_code == 1
    for artifact in ("jsonschema/kll.schema.json", "shacl/kll.shacl.ttl", "owl/kll.owl.ttl", "python/kll_model.py"):
        assert f"changed: generated/{artifact}" in result.output


def test_check_detects_missing_and_stray_files(scratch_repo):
    (scratch_repo / "generated" / "owl" / "kll.owl.ttl").unlink()
    (scratch_repo / "generated" / "stray.txt").write_text("left over\n")
    result = runner.invoke(app, ["generate", "--check", "--root", str(scratch_repo)])
    assert result.exit_code == 1
    assert "missing: generated/owl/kll.owl.ttl" in result.output
    assert "unexpected: generated/stray.txt" in result.output


def test_generate_writes_and_then_check_passes(scratch_repo):
    shutil.rmtree(scratch_repo / "generated")
    assert runner.invoke(app, ["generate", "--root", str(scratch_repo)]).exit_code == 0
    assert runner.invoke(app, ["generate", "--check", "--root", str(scratch_repo)]).exit_code == 0


def test_missing_model_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["generate", "--check", "--root", str(tmp_path)])
    assert result.exit_code == 2
    assert "no root schema" in result.output


# --- what the wrapper fixes (model/known-gaps.yaml, status: handled) ---------------------------


@pytest.fixture(scope="module")
def shapes():
    return Graph().parse(paths.generated_dir() / "shacl" / "kll.shacl.ttl")


def test_known_gaps_register_is_well_formed_and_covers_every_artifact():
    register = load_register()
    assert {gap.artifact for gap in register.gaps} == {"json-schema", "shacl", "python", "jsonld-context", "owl", "rules"}
    assert all(gap.description and gap.resolution for gap in register.gaps)


def test_no_shape_constrains_the_identifier_as_a_property(shapes):
    assert list(shapes.subjects(SH.path, KLL.id)) == []
    identifier_shapes = [s for s in shapes.subjects(KLL.ruleId, None) if str(s).endswith(".identifier")]
    assert identifier_shapes and all((s, SH.pattern, None) in shapes for s in identifier_shapes)


def test_every_rule_shape_has_id_severity_and_bilingual_messages(shapes):
    offenders = []
    for shape, rule in shapes.subject_objects(KLL.ruleId):
        languages = {m.language for m in shapes.objects(shape, SH.message)}
        if languages != {"sv", "en"} or shapes.value(shape, SH.severity) is None or not str(shape).endswith(str(rule)):
            offenders.append(str(rule))
    assert offenders == []


def test_rule_ids_file_lists_exactly_the_shapes(shapes):
    listed = (paths.generated_dir() / "shacl" / "rule-ids.txt").read_text().split()
    assert sorted(str(r) for r in shapes.objects(None, KLL.ruleId)) == listed
    assert len(listed) == len(set(listed))


def test_recommended_slots_are_warnings_and_required_slots_violations(shapes, view):
    organisation_number = URIRef("https://w3id.org/kll/rule/Organisation.organisation_number.recommended")
    assert shapes.value(organisation_number, SH.severity) == SH.Warning
    required = URIRef("https://w3id.org/kll/rule/Organisation.name.required")
    assert shapes.value(required, SH.severity) == SH.Violation


def test_language_tagged_text_is_checked_as_langstring(shapes):
    assert list(shapes.subjects(SH["class"], RDF.langString)) == []
    language_map = URIRef("https://w3id.org/kll/rule/Organisation.name.language-map")
    assert shapes.value(language_map, SH.datatype) == RDF.langString
    assert shapes.value(language_map, SH.uniqueLang) == Literal(True)


def test_jsonld_context_has_language_maps_type_and_enum_iris(view):
    context = json.loads((paths.generated_dir() / "jsonld" / "kll.context.jsonld").read_text())["@context"]
    assert context["type"] == "@type"
    assert context["name"]["@container"] == "@language"
    assert context["scheme"]["@type"] == "@vocab"
    assert context["scheme"]["@context"]["sun-2020-field"].endswith("sun-2020-field")


def test_owl_carries_swedish_labels():
    owl = (paths.generated_dir() / "owl" / "kll.owl.ttl").read_text()
    assert '"Utbildningstillfälle"@sv' in owl or '"Organisationsnummer"@sv' in owl


def test_an_unexplained_generator_warning_fails_generation(tmp_path):
    model = tmp_path / "model"
    model.mkdir()
    shutil.copy(paths.model_dir() / "known-gaps.yaml", model / "known-gaps.yaml")
    (model / "kll.yaml").write_text(
        "id: https://example.org/tiny\nname: tiny\nprefixes:\n  linkml: https://w3id.org/linkml/\n"
        "  tiny: https://example.org/tiny/\n"
        "default_prefix: tiny\ndefault_range: string\nimports: [linkml:types]\n"
        "classes:\n  Thing:\n    class_uri: undeclared:Thing\n    attributes:\n      label: {}\n"
    )
    result = runner.invoke(app, ["generate", "--root", str(tmp_path)], env={"COLUMNS": "300"})
    assert result.exit_code == 1
    assert "unexplained generator warning" in result.output and "undeclared" in result.output


def test_stats_prints_coverage_and_micro_credential_elements():
    result = runner.invoke(app, ["stats"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for expected in ("modules", "11/11", "5/5", "100.0 %"):
        assert expected in result.output
