"""The shipped examples: valid against every generated artifact, realistic, and complete.

Negative cases mutate a real example, so the tests show what a user's mistake looks like.
"""

from __future__ import annotations

import copy
import re

import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

from kll.artifacts import paths
from kll.artifacts.generated import json_schema, json_schema_validator
from kll.cli import app
from kll.artifacts.codelists import load
from kll.maintain.examples import check_example, discover
from kll.validation.identifiers import is_coordination_number, is_organisation_number, is_personal_identity_number

EXAMPLES = discover()
MODULES = ["offering", "qualification", "individual", "concepts", "catalogue", "governance", "labour"]
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
CODE_LISTS = {"sun-2020-level", "sun-2020-field", "af-ssyk-2012", "municipality", "county"}


def _name(path):
    return path.relative_to(paths.examples_dir()).as_posix()


def _load(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _walk(node, trail=()):
    """Yield (trail, key, value) for every key of every mapping in the document."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield trail, key, value
            yield from _walk(value, (*trail, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, (*trail, index))


@pytest.mark.parametrize("path", EXAMPLES, ids=_name)
def test_example_is_valid_against_json_schema_and_python_classes(path):
    result = check_example(path)
    assert result.ok, "\n".join(result.problems)


@pytest.mark.parametrize("module", MODULES)
def test_every_module_has_an_example(module):
    assert any(_name(p).startswith(module + "/") for p in EXAMPLES)


def test_every_entity_class_occurs_in_some_example(view):
    containers = {s.name: s.range for s in view.class_induced_slots("DataPackage") if s.multivalued}
    used = {key for path in EXAMPLES for key, value in _load(path).items() if value}
    missing = sorted(containers[name] for name in set(containers) - used)
    assert missing == []


@pytest.mark.parametrize("path", EXAMPLES, ids=_name)
def test_example_uses_valid_test_identifiers_and_real_codes(path):
    problems = []
    for trail, key, value in _walk(_load(path)):
        where = "/".join(map(str, trail + (key,)))
        if key == "personal_identity_number" and not (is_personal_identity_number(value) or is_coordination_number(value)):
            problems.append(f"{where}: {value} is not a valid personnummer or samordningsnummer")
        if key == "organisation_number" and not is_organisation_number(value):
            problems.append(f"{where}: {value} is not a valid organisationsnummer")
        if key == "municipality_code" and value not in load("municipality"):
            problems.append(f"{where}: {value} is not a municipality code")
        if isinstance(value, dict) and value.get("scheme") in CODE_LISTS and "code" in value:
            if value["code"] not in load(value["scheme"]):
                problems.append(f"{where}: {value['code']} is not in {value['scheme']}")
    assert problems == []


def test_examples_contain_the_scenarios_the_model_must_carry():
    text = "\n".join(p.read_text(encoding="utf-8") for p in EXAMPLES)
    for needle in ("2281", "VUXGY", "YH", "HS", "af-ssyk-2012", "sun-2020-field"):
        assert needle in text, needle


# --- negative cases: a real example with one mistake --------------------------------------------


@pytest.fixture(scope="module")
def sample():
    path = next(p for p in EXAMPLES if _name(p).startswith("offering/"))
    return _load(path)


def _errors(document):
    return list(json_schema_validator().iter_errors(document))


def _first(document, predicate):
    for trail, key, value in _walk(document):
        if predicate(key, value):
            return trail, key
    raise AssertionError("no such value in the sample")


def _set(document, trail, key, value):
    node = document
    for step in trail:
        node = node[step]
    node[key] = value


def test_impossible_date_is_rejected_because_format_checking_is_on(sample):
    broken = copy.deepcopy(sample)
    trail, key = _first(broken, lambda k, v: isinstance(v, str) and DATE.match(v))
    _set(broken, trail, key, "2025-02-30")
    assert any(e.validator == "format" for e in _errors(broken))


def test_municipality_code_with_trailing_newline_is_rejected(sample):
    broken = copy.deepcopy(sample)
    trail, key = _first(broken, lambda k, v: k == "municipality_code")
    _set(broken, trail, key, "2281\n")
    assert any(e.validator == "pattern" for e in _errors(broken))


def test_full_width_digits_are_rejected(sample):
    broken = copy.deepcopy(sample)
    trail, key = _first(broken, lambda k, v: k == "municipality_code")
    _set(broken, trail, key, "２２８１")
    assert any(e.validator == "pattern" for e in _errors(broken))


def test_unknown_property_is_rejected(sample):
    broken = copy.deepcopy(sample)
    broken["education_events"][0]["colour"] = "blue"
    assert any(e.validator == "additionalProperties" for e in _errors(broken))


def test_text_without_swedish_is_rejected(sample):
    broken = copy.deepcopy(sample)
    broken["educations"][0]["title"] = {"en": "Welding"}
    assert any(e.validator == "required" and "'sv'" in e.message for e in _errors(broken))


def _records(document):
    return [(key, index) for key, value in document.items() if isinstance(value, list) for index in range(len(value))]


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(data=st.data())
def test_dropping_any_required_property_of_any_record_is_rejected(sample, view, data):
    schema = json_schema()
    container_ranges = {s.name: s.range for s in view.class_induced_slots("DataPackage") if s.multivalued}
    key, index = data.draw(st.sampled_from(_records(sample)))
    required = schema["$defs"][container_ranges[key]].get("required", [])
    present = [name for name in required if name in sample[key][index]]
    if not present:
        return
    dropped = data.draw(st.sampled_from(present))
    broken = copy.deepcopy(sample)
    del broken[key][index][dropped]
    assert any(e.validator == "required" and repr(dropped) in e.message for e in _errors(broken))


def test_examples_command_reports_a_broken_file_with_exit_code_1(tmp_path, sample):
    for folder in ("model", "generated"):
        (tmp_path / folder).symlink_to(paths.repository_root() / folder)
    (tmp_path / "examples").mkdir()
    broken = copy.deepcopy(sample)
    broken["educations"][0]["title"] = {"en": "Welding"}
    (tmp_path / "examples" / "broken.yaml").write_text(yaml.safe_dump(broken, allow_unicode=True))
    (tmp_path / "examples" / "unreadable.yaml").write_text("a: [unclosed\n")
    result = CliRunner().invoke(app, ["examples", "--root", str(tmp_path)])
    assert result.exit_code == 1
    assert "FAILED broken.yaml" in result.output and "'sv' is a required property" in result.output
    assert "FAILED unreadable.yaml" in result.output and "unreadable" in result.output
    assert "Traceback" not in result.output
