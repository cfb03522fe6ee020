"""The model diff: change classification, the version gate, sources, snapshots, the CLI.

Fixture pairs in tests/fixtures/modeldiff/<kind>/{old,new}/kll.yaml change one thing each in the
same small model; the old side is 1.0.0 and the new side carries the bump the change needs, so
every pair passes the gate except the removals (which lack a deprecation notice on purpose).
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st
from linkml_runtime.utils.schemaview import SchemaView
from typer.testing import CliRunner

from kll.artifacts import paths
from kll.cli.model import model_app
from kll.maintain.diffreport import render_text
from kll.maintain.modeldiff import (
    KINDS,
    Source,
    check_gate,
    compare,
    diff,
    dumps_snapshot,
    latest_release,
    load_source,
    release_snapshots,
    snapshot,
    snapshot_of_schema,
)

FIXTURES = Path(__file__).parent / "fixtures" / "modeldiff"
runner = CliRunner()

# The classification, written out here rather than read from KINDS, so that a change to the
# table in modeldiff.py has to be made twice and on purpose.
BREAKING = {
    "class-removed", "slot-removed", "enum-removed", "value-removed", "type-removed", "slot-made-required",
    "required-slot-added", "range-narrowed", "range-changed", "multivalued-changed", "inlining-changed",
    "pattern-added", "pattern-changed", "bound-tightened", "identifier-changed", "type-designator-changed",
    "class-made-abstract", "parent-changed", "tree-root-changed", "type-changed",
}
MINOR = {
    "class-added", "slot-added", "enum-added", "value-added", "type-added", "slot-made-optional", "range-widened",
    "pattern-removed", "bound-relaxed", "recommended-changed", "element-deprecated", "class-made-concrete", "mixin-added",
}
PATCH = {"description-changed", "title-changed", "annotation-changed", "mapping-changed", "deprecation-changed"}

# The element each fixture pair changes.
EXPECTED_ELEMENT = {
    "class-removed": "Note", "slot-removed": "Course.tags", "enum-removed": "Colour", "value-removed": "Level.ADVANCED",
    "type-removed": "Isbn", "slot-made-required": "Course.credits", "required-slot-added": "Course.language",
    "range-narrowed": "Course.provider", "range-changed": "Course.credits", "multivalued-changed": "Course.tags",
    "inlining-changed": "Catalogue.agents", "pattern-added": "Note.text", "pattern-changed": "Course.title",
    "bound-tightened": "Course.credits", "identifier-changed": "Course", "type-designator-changed": "Note.kind",
    "class-made-abstract": "Note", "parent-changed": "Person", "tree-root-changed": "Catalogue", "type-changed": "Code",
    "class-added": "Room", "slot-added": "Course.homepage", "enum-added": "Mode", "value-added": "Level.EXPERT",
    "type-added": "Year", "slot-made-optional": "Course.title", "range-widened": "Course.teacher",
    "pattern-removed": "Course.title", "bound-relaxed": "Course.credits", "recommended-changed": "Course.code",
    "element-deprecated": "Note", "class-made-concrete": "Resource", "mixin-added": "Course",
    "description-changed": "Course", "title-changed": "Course", "annotation-changed": "Course",
    "mapping-changed": "Course", "deprecation-changed": "Level.LEGACY",
}
REMOVALS = {"class-removed", "slot-removed", "enum-removed", "value-removed", "type-removed"}


def fixture_snapshot(kind: str, side: str) -> dict:
    # Keyed by content: every old side is the same base model, loaded once.
    return _snapshot_of_text((FIXTURES / kind / side / "kll.yaml").read_text(encoding="utf-8").split("\n", 1)[1])


@cache
def _snapshot_of_text(text: str) -> dict:
    return snapshot(SchemaView(text))


@cache
def base_text() -> str:
    return (FIXTURES / "class-added" / "old" / "kll.yaml").read_text(encoding="utf-8")


def base() -> dict:
    """The fixtures' base model as YAML data, to change in a test."""
    return yaml.safe_load(base_text())


def snap(schema: dict) -> dict:
    return _snapshot_of_text(yaml.safe_dump(schema, sort_keys=False))


def versioned(snapshot_: dict, version: str) -> dict:
    """A snapshot with another version (the version is not a fact the diff compares)."""
    changed = copy.deepcopy(snapshot_)
    changed["version"] = version
    changed["modules"] = {name: version for name in changed["modules"]}
    return changed


def kinds(changes) -> list[tuple[str, str]]:
    return [(c.kind, c.element) for c in changes]


def write_model(directory: Path, schema: dict) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "kll.yaml").write_text(yaml.safe_dump(schema, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return directory


# --- classification -------------------------------------------------------------------------


def test_the_classification_table_is_the_one_documented_here():
    assert BREAKING | MINOR | PATCH == set(KINDS)
    for kind, (compatibility, bump, _) in KINDS.items():
        expected = ("breaking", "major") if kind in BREAKING else ("non-breaking", "minor") if kind in MINOR else ("non-breaking", "patch")
        assert (compatibility, bump) == expected, kind


def test_there_is_one_fixture_pair_per_change_kind():
    pairs = {p.name for p in FIXTURES.iterdir() if p.is_dir()}
    assert pairs == set(KINDS) == set(EXPECTED_ELEMENT)
    for kind in pairs:
        assert (FIXTURES / kind / "old" / "kll.yaml").is_file() and (FIXTURES / kind / "new" / "kll.yaml").is_file()
    olds = {(FIXTURES / kind / "old" / "kll.yaml").read_text(encoding="utf-8").split("\n", 1)[1] for kind in pairs}
    assert len(olds) == 1, "every pair starts from the same base model"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_fixture_pair_yields_exactly_its_change(kind):
    changes = diff(fixture_snapshot(kind, "old"), fixture_snapshot(kind, "new"))
    assert kinds(changes) == [(kind, EXPECTED_ELEMENT[kind])]
    change = changes[0]
    if kind in BREAKING:
        assert (change.compatibility, change.bump) == ("breaking", "major")
    elif kind in MINOR:
        assert (change.compatibility, change.bump) == ("non-breaking", "minor")
    else:
        assert (change.compatibility, change.bump) == ("non-breaking", "patch")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_fixture_pair_with_its_bump_passes_the_gate_unless_it_removes_without_notice(kind):
    old, new = fixture_snapshot(kind, "old"), fixture_snapshot(kind, "new")
    gate = check_gate(old, new, diff(old, new))
    expected_bump = "major" if kind in BREAKING else "minor" if kind in MINOR else "patch"
    assert (gate.required_bump, gate.actual_bump) == (expected_bump, expected_bump)
    if kind in REMOVALS:
        assert [(p.code, p.element) for p in gate.problems] == [("removal-without-notice", EXPECTED_ELEMENT[kind])]
    else:
        assert gate.ok, gate.problems


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_reverse_of_a_fixture_pair_is_also_one_change(kind):
    changes = diff(fixture_snapshot(kind, "new"), fixture_snapshot(kind, "old"))
    assert len(changes) == 1 and changes[0].element == EXPECTED_ELEMENT[kind]


def change_of(mutate) -> list[tuple[str, str]]:
    schema = base()
    mutate(schema)
    return kinds(diff(snap(base()), snap(schema)))


def test_identifier_changes_beyond_the_class_uri():
    def slot_uri(s):
        s["slots"]["credits"]["slot_uri"] = "schema:numberOfCredits"

    def meaning(s):
        s["enums"]["Level"]["permissible_values"]["BASIC"]["meaning"] = "ex:beginner"

    def identifier_slot(s):
        s["slots"]["id"].pop("identifier")
        s["slots"]["id"]["required"] = True  # so only the identifier moves
        s["slots"]["name"]["key"] = True
        s["slots"]["name"]["required"] = True

    assert change_of(slot_uri) == [("identifier-changed", "Course.credits")]
    assert change_of(meaning) == [("identifier-changed", "Level.BASIC")]
    found = change_of(identifier_slot)
    for cls in ("Agent", "Organisation", "Person"):
        assert ("identifier-changed", cls) in found
    assert ("identifier-changed", "Course") in found  # id stops being Course's identifier


def test_range_between_a_class_and_a_type_is_a_range_change_not_an_inlining_change():
    def to_string(s):
        s["slots"]["provider"]["range"] = "string"

    def to_enum(s):
        s["slots"]["credits"]["range"] = "Level"

    assert change_of(to_string) == [("range-changed", "Course.provider")]
    assert change_of(to_enum) == [("range-changed", "Course.credits")]


def test_removing_a_mixin_is_a_parent_change():
    schema = base()
    schema["classes"]["Course"]["mixins"] = ["Labelled"]
    old = snap(schema)
    assert kinds(diff(old, snap(base()))) == [("parent-changed", "Course")]


def test_naming_a_possible_replacement_is_a_patch():
    def possible(s):
        s["enums"]["Level"]["permissible_values"]["LEGACY"]["deprecated_element_has_possible_replacement"] = "BASIC"

    assert change_of(possible) == [("deprecation-changed", "Level.LEGACY")]


def test_cardinality_bounds_are_bounds():
    def at_least_two(s):
        s["slots"]["tags"]["minimum_cardinality"] = 2

    assert change_of(at_least_two) == [("bound-tightened", "Course.tags")]


def test_a_new_class_or_enum_reports_only_itself():
    def new_things(s):
        s["classes"]["Room"] = {"slots": ["id", "name", "credits"]}
        s["enums"]["Mode"] = {"permissible_values": {"A": {}, "B": {}}}

    assert change_of(new_things) == [("enum-added", "Mode"), ("class-added", "Room")]  # by element


def test_reflowing_a_description_is_not_a_change():
    def reflow(s):
        s["classes"]["Course"]["description"] = "A\n   course."

    assert change_of(reflow) == []


def test_a_slot_change_is_reported_for_every_class_that_has_the_slot():
    def pattern(s):
        s["slots"]["name"]["pattern"] = "^[A-Z].*$"

    assert change_of(pattern) == [("pattern-added", c + ".name") for c in ("Agent", "Organisation", "Person")]


def test_snapshot_leaves_out_defaults_and_expands_uris():
    facts = fixture_snapshot("class-added", "old")
    course = facts["classes"]["Course"]
    assert course["uri"] == "https://example.org/fixture/Course"
    assert course["mappings"] == {"exact": ["http://schema.org/Course"]}
    assert "abstract" not in course and "required" not in course["slots"]["credits"]
    assert course["slots"]["credits"] == {"uri": "https://example.org/fixture/credits", "range": "integer", "minimum_value": 0, "maximum_value": 100}
    assert course["slots"]["sessions"]["inlining"] == "list"  # Session has no identifier
    assert course["slots"]["provider"]["inlining"] == "reference"
    assert facts["enums"]["Level"]["permissible_values"]["BASIC"]["meaning"] == "https://example.org/fixture/basic"


# --- the version gate -----------------------------------------------------------------------


def gate_for(kind: str, old_version: str, new_version: str):
    old = versioned(fixture_snapshot(kind, "old"), old_version)
    new = versioned(fixture_snapshot(kind, "new"), new_version)
    return check_gate(old, new, diff(old, new))


def test_breaking_change_shipped_as_minor_fails_and_names_the_change(tmp_path):
    new = base()
    new["slots"]["provider"]["range"] = "Person"
    new["version"] = "1.1.0"
    result = runner.invoke(model_app, ["diff", str(FIXTURES / "range-narrowed" / "old"), str(write_model(tmp_path / "new", new)), "--lang", "en"])
    assert result.exit_code == 1, result.output
    assert "Verdict: FAILED — the version gate fails (1 problem)\nRequired bump: major\nDeclared version: 1.0.0 → 1.1.0, a minor bump: not enough" in result.stdout
    assert "bump-too-small: Course.provider (range narrowed) needs a major bump (1.0.0 → 2.0.0)" in result.stdout


def test_breaking_change_shipped_as_major_passes():
    result = runner.invoke(model_app, ["diff", str(FIXTURES / "range-narrowed" / "old"), str(FIXTURES / "range-narrowed" / "new"), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[3:6] == [
        "Verdict: OK — the version gate passes", "Required bump: major", "Declared version: 1.0.0 → 2.0.0, a major bump: enough"]


@pytest.mark.parametrize(
    ("kind", "old", "new", "ok"),
    [
        ("range-narrowed", "0.1.0", "0.2.0", True),   # 0.x: breaking needs a minor bump
        ("range-narrowed", "0.1.0", "0.1.1", False),
        ("range-narrowed", "0.9.3", "1.0.0", True),
        ("slot-added", "0.1.0", "0.1.1", True),       # 0.x: anything else needs a patch bump
        ("slot-added", "1.0.0", "1.0.1", False),      # 1.x: an addition needs a minor bump
        ("slot-added", "1.0.0", "1.1.0", True),
        ("slot-added", "1.0.0", "2.0.0", True),       # a larger bump is always allowed
        ("description-changed", "1.2.3", "1.2.4", True),
        ("description-changed", "0.1.0", "0.1.1", True),
    ],
)
def test_bump_rules(kind, old, new, ok):
    gate = gate_for(kind, old, new)
    assert gate.ok is ok, gate.problems
    if not ok:
        assert [p.code for p in gate.problems] == ["bump-too-small"]


def test_zero_x_required_bump_is_stated():
    gate = gate_for("range-narrowed", "0.1.0", "0.2.0")
    assert (gate.highest_change, gate.required_bump, gate.actual_bump) == ("major", "minor", "minor")


def test_changes_with_an_unchanged_version_fail():
    gate = gate_for("description-changed", "1.0.0", "1.0.0")
    assert [p.code for p in gate.problems] == ["version-unchanged"]
    assert "bump it to at least 1.0.1" in gate.problems[0].message


def test_no_changes_and_the_same_version_pass():
    old = fixture_snapshot("class-added", "old")
    gate = check_gate(old, old, diff(old, old))
    assert gate.ok and (gate.required_bump, gate.actual_bump) == ("none", "none")


@pytest.mark.parametrize(("old", "new", "code"), [("1.2.0", "1.1.0", "version-decreased"), ("1.0", "1.1.0", "version-not-semver"), ("1.0.0", "v2.0.0", "version-not-semver")])
def test_bad_versions_fail(old, new, code):
    assert code in [p.code for p in gate_for("slot-added", old, new).problems]


def test_removal_without_deprecation_fails_even_with_a_major_bump():
    gate = gate_for("value-removed", "1.0.0", "2.0.0")
    assert [p.code for p in gate.problems] == ["removal-without-notice"]
    assert "Level.ADVANCED was removed without notice: it is not deprecated in 1.0.0" in gate.problems[0].message


def remove_legacy(version: str, mutate_old=None):
    old, new = base(), base()
    if mutate_old:
        mutate_old(old)
    del new["enums"]["Level"]["permissible_values"]["LEGACY"]
    new["version"] = version
    old_snap, new_snap = snap(old), snap(new)
    changes = diff(old_snap, new_snap)
    assert kinds(changes) == [("value-removed", "Level.LEGACY")]
    return check_gate(old_snap, new_snap, changes)


def test_removal_after_deprecation_with_deprecated_in_passes():
    assert remove_legacy("2.0.0").ok


def test_removal_after_deprecation_still_needs_a_breaking_release():
    assert [p.code for p in remove_legacy("1.1.0").problems] == ["bump-too-small"]


@pytest.mark.parametrize(
    ("mutate_old", "reason"),
    [
        (lambda s: s["enums"]["Level"]["permissible_values"]["LEGACY"].pop("annotations"), "has no deprecated_in annotation"),
        (lambda s: s["enums"]["Level"]["permissible_values"]["LEGACY"].update(annotations={"deprecated_in": "1.5.0"}), "later than the old version"),
        (lambda s: s["enums"]["Level"]["permissible_values"]["LEGACY"].update(annotations={"deprecated_in": "soon"}), "not a semantic version"),
    ],
)
def test_removal_needs_a_valid_deprecated_in(mutate_old, reason):
    problems = remove_legacy("2.0.0", mutate_old).problems
    assert [p.code for p in problems] == ["removal-without-notice"] and reason in problems[0].message


def test_a_deprecated_class_may_lose_its_slots():
    old, new = base(), base()
    old["classes"]["Note"].update(deprecated="Going away.", annotations={"deprecated_in": "1.0.0"})
    new["classes"]["Note"].update(deprecated="Going away.", annotations={"deprecated_in": "1.0.0"})
    new["classes"]["Note"]["slots"].remove("kind")
    new["version"] = "2.0.0"
    o, n = snap(old), snap(new)
    changes = diff(o, n)
    assert kinds(changes) == [("slot-removed", "Note.kind")]
    assert check_gate(o, n, changes).ok


def test_a_new_deprecation_must_say_when_it_starts():
    new = base()
    new["classes"]["Note"]["deprecated"] = "Going away."
    new["version"] = "1.1.0"
    gate = check_gate(snap(base()), snap(new), diff(snap(base()), snap(new)))
    assert [p.code for p in gate.problems] == ["deprecation-without-version"]
    new["classes"]["Note"]["annotations"] = {"deprecated_in": "1.0.0"}  # back-dated
    gate = check_gate(snap(base()), snap(new), diff(snap(base()), snap(new)))
    assert [p.code for p in gate.problems] == ["deprecation-without-version"]


def two_module_model(model: Path, extra_version: str) -> Path:
    """The base model importing a second module of the given version."""
    root = base()
    root["imports"] = ["linkml:types", "extra"]
    write_model(model, root)
    extra = {"id": "https://example.org/fixture/extra", "name": "extra", "version": extra_version, "prefixes": {"linkml": "https://w3id.org/linkml/"},
             "imports": ["linkml:types"], "classes": {"Extra": {"description": "From another module."}}}
    (model / "extra.yaml").write_text(yaml.safe_dump(extra), encoding="utf-8")
    return model


def test_module_version_mismatch_fails(tmp_path):
    model = two_module_model(tmp_path / "model", "0.9.0")
    result = runner.invoke(model_app, ["diff", str(FIXTURES / "class-added" / "old"), str(model), "--lang", "en"])
    assert result.exit_code == 1
    assert "module-version-mismatch: module extra has version 0.9.0, the model has 1.0.0" in result.stdout


# --- output ---------------------------------------------------------------------------------


def test_json_output_shape():
    result = runner.invoke(model_app, ["diff", str(FIXTURES / "slot-removed" / "old"), str(FIXTURES / "slot-removed" / "new"), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert set(report) == {"old", "new", "changes", "highest_change", "required_bump", "actual_bump", "gate"}
    assert report["old"] == {"source": str(FIXTURES / "slot-removed" / "old"), "version": "1.0.0"}
    assert report["new"]["version"] == "2.0.0"
    assert report["changes"] == [{"kind": "slot-removed", "element": "Course.tags", "compatibility": "breaking", "bump": "major", "detail": "slot removed from the class"}]
    assert (report["highest_change"], report["required_bump"], report["actual_bump"]) == ("major", "major", "major")
    assert report["gate"]["ok"] is False
    assert [(p["code"], p["element"]) for p in report["gate"]["problems"]] == [("removal-without-notice", "Course.tags")]


def test_text_output_groups_the_changes():
    old = Source("old", fixture_snapshot("class-added", "old"))
    schema = base()
    schema["version"] = "2.0.0"
    schema["slots"]["credits"]["required"] = True
    schema["slots"]["code"]["recommended"] = True
    schema["classes"]["Course"]["title"] = "Course offering"
    text = render_text(compare(old, Source("new", snap(schema))), "en")
    assert text.splitlines() == [
        "Model diff 1.0.0 → 2.0.0",
        "  old: old",
        "  new: new",
        "Verdict: OK — the version gate passes",
        "Required bump: major",
        "Declared version: 1.0.0 → 2.0.0, a major bump: enough",
        "Changes: 3 changes in 3 groups: 1 breaking, 1 additive, 1 documentation only",
        "",
        "Breaking changes (1):",
        "  * slot made required: Course.credits",
        "      before: required: false",
        "              optional: may be left out",
        "      after:  required: true",
        "              required: must be given",
        "      what it means: an optional slot became required",
        "",
        "Additive changes (1):",
        "  * recommendation changed: Course.code",
        "      change: became recommended",
        "      what it means: a slot became or stopped being recommended (warnings only)",
        "",
        "Documentation changes (1):",
        "  * title changed: Course",
        "      change: title “Course” → “Course offering”",
        "      what it means: a title changed",
    ]


# --- sources and bad input ------------------------------------------------------------------


def error_line(result) -> str:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    return lines[0]


def test_a_missing_source_is_bad_input(tmp_path):
    assert "no such model source" in error_line(runner.invoke(model_app, ["diff", str(tmp_path / "nowhere"), str(FIXTURES / "class-added" / "new")]))


def test_a_directory_without_kll_yaml_is_bad_input(tmp_path):
    assert "without kll.yaml" in error_line(runner.invoke(model_app, ["diff", str(tmp_path), str(tmp_path)]))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id: https://x.org/a\nname: a\nclasses: [\n", "is not valid YAML"),
        ("- just\n- a list\n", "is not a LinkML schema"),
        ("id: https://x.org/a\nname: a\nclasses: 5\n", "cannot load the schema"),
        ("id: https://x.org/a\nname: a\nclasses:\n  A:\n    is_a: Missing\n", "cannot load the schema"),
        ("id: https://x.org/a\nname: a\nimports: [https://example.org/remote]\n", "is not a local module"),
        ("id: https://x.org/a\nname: a\nimports: [missing]\n", "no schema file"),
    ],
)
def test_a_broken_schema_is_bad_input(tmp_path, text, message):
    (tmp_path / "kll.yaml").write_text(text, encoding="utf-8")
    assert message in error_line(runner.invoke(model_app, ["diff", str(tmp_path / "kll.yaml"), str(FIXTURES / "class-added" / "new")]))


def test_a_json_file_that_is_not_a_snapshot_is_bad_input(tmp_path):
    (tmp_path / "x.json").write_text('{"classes": {}}', encoding="utf-8")
    assert "not a model snapshot" in error_line(runner.invoke(model_app, ["diff", str(tmp_path / "x.json"), str(tmp_path / "x.json")]))


def test_an_unknown_format_is_bad_input():
    assert "--format" in error_line(runner.invoke(model_app, ["diff", "--format", "xml"]))


def test_no_release_snapshot_and_no_old_is_bad_input(tmp_path):
    write_model(tmp_path / "model", base())
    assert "no release snapshot" in error_line(runner.invoke(model_app, ["diff", "--root", str(tmp_path)]))


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture()
def git_repo(tmp_path):
    """A repository whose model/ is the fixtures' base model, committed once."""
    repo = tmp_path / "repo"
    write_model(repo / "model", base())
    git(repo, "init", "-q")
    git(repo, "add", "model")
    git(repo, "commit", "-q", "-m", "model 1.0.0")
    return repo


def test_git_head_against_a_clean_working_tree_has_no_changes(git_repo):
    result = runner.invoke(model_app, ["diff", "git:HEAD", str(git_repo / "model"), "--root", str(git_repo), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "Model diff 1.0.0 → 1.0.0"
    assert result.stdout.splitlines()[1].startswith("  old: git:HEAD (")
    assert "No changes." in result.stdout


def test_git_head_against_a_changed_working_tree(git_repo):
    shutil.copy(FIXTURES / "slot-added" / "new" / "kll.yaml", git_repo / "model" / "kll.yaml")
    result = runner.invoke(model_app, ["diff", "git:HEAD", str(git_repo / "model"), "--root", str(git_repo), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [c["kind"] for c in report["changes"]] == ["slot-added"] and report["actual_bump"] == "minor"


@pytest.mark.parametrize("rev", ["nope", "HEAD~5", "--output=/tmp/x", ""])
def test_an_unknown_git_revision_is_bad_input(git_repo, rev):
    line = error_line(runner.invoke(model_app, ["diff", f"git:{rev}", str(git_repo / "model"), "--root", str(git_repo)]))
    assert "git revision" in line


def test_git_outside_a_repository_is_bad_input(tmp_path):
    write_model(tmp_path / "model", base())
    assert "not in a git repository" in error_line(runner.invoke(model_app, ["diff", "git:HEAD", str(tmp_path / "model"), "--root", str(tmp_path)]))


def test_git_head_of_this_repository_against_its_working_tree(current_model):
    """The real repository, when its model files are committed as they are."""
    root = paths.repository_root()
    status = subprocess.run(["git", "status", "--porcelain", "--", "model/*.yaml"], cwd=root, capture_output=True, text=True)
    if status.returncode != 0 or status.stdout.strip():
        pytest.skip("model/ has uncommitted changes or this is not a git checkout")
    assert diff(load_source("git:HEAD").snapshot, current_model) == []


# --- snapshots ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def current_model() -> dict:
    return snapshot_of_schema(paths.root_schema())


def test_snapshots_are_deterministic(current_model):
    again = snapshot_of_schema(paths.root_schema())
    assert dumps_snapshot(again) == dumps_snapshot(current_model)
    assert json.loads(dumps_snapshot(current_model)) == current_model


def test_the_release_snapshot_of_the_current_version_equals_the_model(current_model):
    """What `kll model snapshot --check` checks; an unreleased version has no snapshot yet."""
    assert (paths.model_dir() / "releases" / "0.1.0.json").is_file(), "0.1.0 is the first published draft"
    frozen = paths.model_dir() / "releases" / f"{current_model['version']}.json"
    if frozen.is_file():
        assert json.loads(frozen.read_text(encoding="utf-8")) == current_model, "the model changed without a version bump"


def test_snapshot_check_passes_on_this_repository():
    result = runner.invoke(model_app, ["snapshot", "--check"])
    assert result.exit_code == 0, result.output
    assert "is up to date with the model" in result.stdout


def test_snapshot_refuses_to_rewrite_a_release(tmp_path):
    write_model(tmp_path / "model", base())
    result = runner.invoke(model_app, ["snapshot", "--check", "--root", str(tmp_path)])
    assert result.exit_code == 0 and "unreleased" in result.stdout
    result = runner.invoke(model_app, ["snapshot", "--root", str(tmp_path)])
    assert result.exit_code == 0 and "wrote model/releases/1.0.0.json" in result.stdout
    frozen = (tmp_path / "model" / "releases" / "1.0.0.json").read_text(encoding="utf-8")

    changed = base()
    changed["classes"]["Course"]["description"] = "Changed without a bump."
    write_model(tmp_path / "model", changed)
    for args in (["snapshot"], ["snapshot", "--check"]):
        result = runner.invoke(model_app, [*args, "--root", str(tmp_path)])
        assert result.exit_code == 1
        assert "released versions are immutable; bump the version" in result.stderr
        assert "description changed  Course" in result.stderr
    assert (tmp_path / "model" / "releases" / "1.0.0.json").read_text(encoding="utf-8") == frozen

    # The default OLD is the latest release: the unbumped change fails the gate …
    result = runner.invoke(model_app, ["diff", "--root", str(tmp_path)])
    assert result.exit_code == 1 and "version-unchanged" in result.stdout
    # … and passes once the version is bumped, after which the new version can be frozen.
    changed["version"] = "1.0.1"
    write_model(tmp_path / "model", changed)
    result = runner.invoke(model_app, ["diff", "--root", str(tmp_path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Model diff 1.0.0 → 1.0.1\n  old: model/releases/1.0.0.json\n  new: model/\n")
    assert runner.invoke(model_app, ["snapshot", "--root", str(tmp_path)]).exit_code == 0
    assert [p.name for p in release_snapshots(tmp_path)] == ["1.0.0.json", "1.0.1.json"]


def test_snapshot_refuses_a_model_with_mismatched_or_bad_versions(tmp_path):
    schema = base()
    schema["version"] = "1.0"
    write_model(tmp_path / "model", schema)
    result = runner.invoke(model_app, ["snapshot", "--root", str(tmp_path)])
    assert result.exit_code == 1 and "not a semantic version" in result.stderr
    two_module_model(tmp_path / "model", "0.9.0")
    result = runner.invoke(model_app, ["snapshot", "--root", str(tmp_path)])
    assert result.exit_code == 1 and "module extra has version 0.9.0, the model has 1.0.0" in result.stderr
    assert not (tmp_path / "model" / "releases").exists()


def test_releases_are_ordered_by_semantic_version(tmp_path):
    releases = tmp_path / "model" / "releases"
    releases.mkdir(parents=True)
    for name in ("0.9.0.json", "0.10.0.json", "0.2.0.json", "notes.json"):
        (releases / name).write_text("{}", encoding="utf-8")
    assert [p.name for p in release_snapshots(tmp_path)] == ["0.2.0.json", "0.9.0.json", "0.10.0.json"]
    assert latest_release(tmp_path).name == "0.10.0.json"


def test_the_default_diff_of_this_repository_passes(current_model):
    """The working tree against the latest release: what CI runs."""
    latest = latest_release()
    result = compare(Source(str(latest), json.loads(latest.read_text(encoding="utf-8"))), Source("model/", current_model))
    assert result.gate.ok, render_text(result, "en")


# --- properties -----------------------------------------------------------------------------

NAMES = st.sampled_from(["Alpha", "Beta", "Gamma", "Delta"])
SLOT_NAMES = ["s1", "s2", "s3", "s4", "s5"]


@st.composite
def schemas(draw) -> dict:
    """Small valid schemas: a few classes with a few slots each, one enumeration."""
    classes = sorted(draw(st.sets(NAMES, min_size=1, max_size=4)))
    values = sorted(draw(st.sets(st.sampled_from(["A", "B", "C", "D"]), min_size=1, max_size=4)))
    ranges = ["string", "integer", "date", "Choice", *classes]
    slots = {}
    for name in SLOT_NAMES:
        slot = {"range": draw(st.sampled_from(ranges))}
        for flag in ("required", "multivalued", "recommended"):
            if draw(st.booleans()):
                slot[flag] = True
        if slot["range"] == "string" and draw(st.booleans()):
            slot["pattern"] = draw(st.sampled_from(["^[a-z]+$", "^[0-9]{4}$", "^\\S+$"]))
        if slot["range"] == "integer" and draw(st.booleans()):
            slot["minimum_value"] = draw(st.integers(0, 5))
        slots[name] = slot
    return {
        "id": "https://example.org/p", "name": "p", "version": "1.0.0",
        "prefixes": {"ex": "https://example.org/p/", "linkml": "https://w3id.org/linkml/"},
        "default_prefix": "ex", "default_range": "string", "imports": ["linkml:types"],
        "classes": {
            name: {"description": draw(st.sampled_from(["one", "two"])), "slots": sorted(draw(st.sets(st.sampled_from(SLOT_NAMES), max_size=3)))}
            for name in classes
        },
        "enums": {"Choice": {"permissible_values": {v: {"meaning": f"ex:{v.lower()}"} for v in values}}},
        "slots": slots,
    }


def _mutations(schema: dict) -> list:
    """Single edits, each with the change kind it must produce (None: any, or none at all)."""
    classes = sorted(schema["classes"])
    used = sorted({s for c in schema["classes"].values() for s in c["slots"]})
    edits = [
        (lambda s: s["classes"].update(Zeta={"slots": []}), "class-added"),
        (lambda s: s["enums"]["Choice"]["permissible_values"].update(Z={"meaning": "ex:z"}), "value-added"),
        (lambda s: s["classes"][classes[0]].update(description="changed"), "description-changed"),
        (lambda s: s["classes"][classes[0]].update(abstract=True), "class-made-abstract"),
        (lambda s: s["enums"].update(Other={"permissible_values": {"X": {}}}), "enum-added"),
    ]
    if len(classes) > 1:
        edits.append((lambda s: s["classes"].pop(classes[-1]), None))  # may also narrow ranges elsewhere
    for slot in used:
        edits += [
            (lambda s, slot=slot: s["slots"][slot].update(required=not s["slots"][slot].get("required")), None),
            (lambda s, slot=slot: s["slots"][slot].update(multivalued=not s["slots"][slot].get("multivalued")), "multivalued-changed"),
            (lambda s, slot=slot: s["slots"][slot].update(slot_uri="ex:other"), "identifier-changed"),
            (lambda s, slot=slot: s["slots"][slot].update(title="A title"), "title-changed"),
            (lambda s, slot=slot: s["slots"][slot].update(range="boolean" if s["slots"][slot]["range"] != "boolean" else "string"), "range-changed"),
        ]
    return edits


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_property_diff_of_a_model_with_itself_is_empty_and_diff_is_stable(data):
    schema = data.draw(schemas())
    edit, expected = data.draw(st.sampled_from(_mutations(schema)))
    mutated = copy.deepcopy(schema)
    edit(mutated)

    # Built twice each, bypassing the cache, to see that snapshots are deterministic.
    a, a_again = (snapshot(SchemaView(yaml.safe_dump(schema))) for _ in range(2))
    b, b_again = (snapshot(SchemaView(yaml.safe_dump(mutated))) for _ in range(2))
    assert a == a_again and dumps_snapshot(b) == dumps_snapshot(b_again)  # snapshots are deterministic
    assert diff(a, a) == [] and diff(b, b) == []
    first = diff(a, b)
    assert first == diff(a_again, b_again) == diff(a, b)  # the same changes, in the same order
    # Complete: the diff is empty exactly when the two models agree on every recorded fact.
    assert (first == []) == (a == b)
    if expected is not None:
        assert expected in {c.kind for c in first}
    # Symmetric in the elements it names.
    assert {c.element for c in first} == {c.element for c in diff(b, a)}


# --- a source error in the user's language, without text from the file ----------------------


@pytest.mark.parametrize(("lang", "shown"), [
    ("sv", "fel: modellkällan finns inte: {spec} (ange en modellmapp, ett rotschema .yaml, en ögonblicksbild .json eller git:REV)"),
    ("en", "error: no such model source: {spec} (give a model directory, a .yaml root schema, a snapshot .json or git:REV)"),
])
def test_a_missing_source_is_said_in_the_users_language(tmp_path, lang, shown):
    spec = str(tmp_path / "nowhere")
    result = runner.invoke(model_app, ["diff", spec, str(FIXTURES / "class-added" / "new"), "--lang", lang])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == shown.format(spec=spec)


@pytest.mark.parametrize(("lang", "shown"), [("sv", "fel: okänd git-revision: nosuchrev"), ("en", "error: unknown git revision: nosuchrev")])
def test_an_unknown_git_revision_is_said_in_the_users_language(git_repo, lang, shown):
    result = runner.invoke(model_app, ["diff", "git:nosuchrev", str(git_repo / "model"), "--root", str(git_repo), "--lang", lang])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == shown


def test_a_source_error_follows_a_swedish_locale(tmp_path):
    result = runner.invoke(model_app, ["diff", str(tmp_path / "nowhere"), str(tmp_path / "nowhere")], env={"LC_ALL": "sv_SE.UTF-8"})
    assert result.exit_code == 2 and result.stderr.startswith("fel: modellkällan finns inte: ")


MARKER = "HEMLIG-TEXT-UR-FILEN"


@pytest.mark.parametrize(("text", "en", "sv"), [
    (f"id: https://x.org/a\nname: a\nimports: [{{{MARKER}: 1}}]\n", "import 1 is not a name", "import nummer 1 är inte ett namn"),
    (f"id: https://x.org/a\nname: a\nimports: [linkml:types, https://{MARKER}.org/remote]\n",
     "import 2 is not a local module", "import nummer 2 är inte en lokal modul"),
    (f"id: https://x.org/a\nname: a\nclasses:\n  A:\n    is_a: {MARKER}\n", "cannot load the schema", "kan inte läsa in schemat"),
    (f"id: https://x.org/a\nname: a\nclasses: [\n  {MARKER}: '\n", "is not valid YAML (line", "är inte giltig YAML (rad"),
])
def test_a_source_error_names_the_file_but_never_quotes_it(tmp_path, text, en, sv):
    (tmp_path / "kll.yaml").write_text(text, encoding="utf-8")
    for lang, expected in (("en", en), ("sv", sv)):
        result = runner.invoke(model_app, ["diff", str(tmp_path / "kll.yaml"), str(FIXTURES / "class-added" / "new"), "--lang", lang])
        assert result.exit_code == 2, result.output
        assert expected in result.stderr and str(tmp_path / "kll.yaml") in result.stderr
        assert MARKER not in result.output


def test_a_snapshot_that_is_not_json_is_named_without_its_text(tmp_path):
    (tmp_path / "x.json").write_text(f'{{"a": {MARKER}}}', encoding="utf-8")
    result = runner.invoke(model_app, ["diff", str(tmp_path / "x.json"), str(tmp_path / "x.json"), "--lang", "sv"])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == f"fel: kan inte läsa ögonblicksbilden {tmp_path / 'x.json'}: JSONDecodeError (rad 1, kolumn 7)"


@pytest.mark.parametrize(("lang", "prefix"), [("sv", "fel: det finns ingen schemafil "), ("en", "error: no schema file at ")])
def test_snapshot_says_an_unreadable_model_in_the_users_language(tmp_path, lang, prefix):
    (tmp_path / "model").mkdir()
    result = runner.invoke(model_app, ["snapshot", "--root", str(tmp_path), "--lang", lang])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(prefix)


def test_snapshot_speaks_swedish(tmp_path):
    write_model(tmp_path / "model", base())
    result = runner.invoke(model_app, ["snapshot", "--check", "--root", str(tmp_path), "--lang", "sv"])
    assert result.exit_code == 0 and result.stdout.strip() == "ingen ögonblicksbild av version 1.0.0 ännu: versionen är inte utgiven."
    assert runner.invoke(model_app, ["snapshot", "--root", str(tmp_path), "--lang", "sv"]).stdout.strip() == "skrev model/releases/1.0.0.json (modellen 1.0.0)."
    changed = base()
    changed["classes"]["Course"]["description"] = "Changed without a bump."
    write_model(tmp_path / "model", changed)
    result = runner.invoke(model_app, ["snapshot", "--check", "--root", str(tmp_path), "--lang", "sv"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "  beskrivning ändrad  Course",
        "fel: model/releases/1.0.0.json skiljer sig från modellen i version 1.0.0 (1 ändring): en utgiven version ändras aldrig; höj versionen",
    ]
