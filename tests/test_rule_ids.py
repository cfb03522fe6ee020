"""Rule IDs in the generated JSON Schema (``x-kll-rules``) and the two reference adapters that read
them: every structural case of every profile passes at level core through the documented
algorithm (docs/conformance/rule-ids.en.md)."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pytest

from kll.artifacts.paths import repository_root
from kll.conformance.agreement import judge
from kll.conformance.cases import load_cases
from kll.conformance.harness import CommandImplementation
from kll.conformance.levels import reachable_cases
from kll.conformance.runner import run_suite
from kll.maintain.generation.json_schema import ANNOTATION, RULE_KEYWORDS
from kll.validation.catalogue import catalogue

ROOT = repository_root()
SCHEMA = json.loads((ROOT / "generated" / "jsonschema" / "kll.schema.json").read_text(encoding="utf-8"))
AJV = ROOT / "examples" / "implementations" / "ajv"
#: What the record split names (the package and its records), beside what the schema's entries name.
SPLIT_RULES = {"package.unknown-key", "package.not-a-list", "package.model-version", "record.not-an-object", "record.type-unknown", "record.class-unknown"}


def _entries(node, path=()):
    """(location, keyword, rule) of every x-kll-rules entry in the schema."""
    if isinstance(node, dict):
        for keyword, rule in node.get(ANNOTATION, {}).items():
            for name, each in (rule.items() if isinstance(rule, dict) else [(None, rule)]):
                if each is not None:  # null: the catalogue has no rule for it
                    yield "/".join(path), keyword if name is None else f"{keyword}/{name}", each
        for key, value in node.items():
            if key != ANNOTATION:
                yield from _entries(value, (*path, key))


def _unannotated(node, path=()):
    """Rule-bearing keywords without an entry, except the documented ones: ``type: object`` at the
    top of a class definition, and the package (root and ``$defs/DataPackage``), which is split."""
    if isinstance(node, dict):
        in_package = not path or path[0] != "$defs" or path[:2] == ("$defs", "DataPackage")
        for keyword in RULE_KEYWORDS & set(node) if path[-1:] != ("properties",) else ():
            at_class_top = len(path) == 2 and keyword == "type"
            entries = node.get(ANNOTATION, {})
            complete = keyword in entries and (keyword != "required" or set(entries["required"]) == set(node["required"]))
            if not complete and not at_class_top and not in_package and not (keyword == "additionalProperties" and node[keyword] is not False):
                yield "/".join(path) + "/" + keyword
        for key, value in node.items():
            if key not in {ANNOTATION, "enum", "required"}:
                yield from _unannotated(value, (*path, key))


SCHEMA_RULES = {rule for _, _, rule in _entries(SCHEMA)} | SPLIT_RULES


@pytest.fixture(scope="session")
def structural_cases():
    """The cases within reach of the JSON Schema at level core (``kll conformance run --artifacts
    json-schema --level core``, ``kll.conformance.levels.reachable_cases``): the schema's verdict is
    the expected one, and every violation the case expects is a rule the schema names — a case that
    also expects a rule of SHACL or the rules stage alone (an unresolved reference) is beyond any
    JSON Schema engine whatever its verdict."""
    chosen = reachable_cases(("json-schema",), level="core")
    with tempfile.TemporaryDirectory() as scratch:
        agreeing = [case for case in load_cases() if judge(case, "json-schema", Path(scratch)).agrees]
    assert {case.id for case in chosen} <= {case.id for case in agreeing}
    assert len(chosen) > 1500 and len(agreeing) - len(chosen) < 10
    assert all({rule for rule, _ in case.expected.at_level("core")} <= SCHEMA_RULES for case in chosen)
    return chosen


def _scores(argv, cases) -> tuple[dict[str, str], list[str]]:
    with CommandImplementation(argv, cwd=ROOT) as implementation:
        results = run_suite(implementation, cases=cases, level="core")
    totals, passed = Counter(r.case.profile for r in results), Counter(r.case.profile for r in results if r.passed)
    return {p: f"{passed[p]}/{totals[p]}" for p in sorted(totals)}, [f"{r.case.id}: {r.reason}" for r in results if not r.passed][:20]


def test_python_adapter_passes_every_structural_case(structural_cases):
    scores, failures = _scores([sys.executable, "examples/implementations/jsonschema_adapter.py"], structural_cases)
    assert not failures, f"per profile {scores}; first failures {failures}"


def test_ajv_adapter_passes_every_structural_case(structural_cases):
    node = shutil.which("node")
    if node is None or not (AJV / "node_modules" / "ajv").is_dir():
        if os.environ.get("KLL_REQUIRE_NODE") == "1":
            pytest.fail("KLL_REQUIRE_NODE=1 but node or examples/implementations/ajv/node_modules is missing: run `make adapters-js`")
        pytest.skip("node or the ajv adapter's packages are missing: run `make adapters-js`")
    scores, failures = _scores([node, "examples/implementations/ajv/adapter.mjs"], structural_cases)
    assert not failures, f"per profile {scores}; first failures {failures}"


def test_every_entry_names_a_rule_of_the_catalogue():
    known = catalogue()
    unknown = sorted({f"{where} {keyword}: {rule}" for where, keyword, rule in _entries(SCHEMA) if rule not in known})
    assert not unknown, unknown[:20]


def _null_entries(node, path=()):
    """(path, keyword) of every ``x-kll-rules`` entry that is null: a constraint no rule names."""
    if isinstance(node, dict):
        for keyword, rule in (node.get("x-kll-rules") or {}).items():
            for name, value in (rule.items() if isinstance(rule, dict) else [(None, rule)]):
                if value is None:
                    yield "/".join(path), keyword if name is None else f"{keyword}/{name}"
        for key, value in node.items():
            if key != "x-kll-rules":
                yield from _null_entries(value, (*path, key))
    elif isinstance(node, list):
        for position, value in enumerate(node):
            yield from _null_entries(value, (*path, str(position)))


def test_a_constraint_without_a_rule_is_one_the_catalogue_cannot_name():
    """A null entry is allowed only where the catalogue has no rule for the slot's value at all: an
    abstract class's definition, or a URI slot that SHACL reads as an IRI. A text slot with a pattern
    names a value of the wrong JSON type by its pattern rule, as SHACL does."""
    known = catalogue()
    wrong = []
    for where, keyword in _null_entries(SCHEMA):
        parts = where.split("/")
        class_name = parts[1]
        if class_name in {"Agent", "Entity"}:
            continue  # abstract: records are validated against their concrete class
        prefix = f"{class_name}.{parts[3]}"
        if keyword not in {"type", "format"} or {f"{prefix}.value-type", f"{prefix}.pattern"} & set(known):
            wrong.append(f"{where} {keyword}")
    assert not wrong, wrong[:20]


def test_a_number_in_a_text_slot_with_a_pattern_is_named_by_the_pattern_rule(tmp_path):
    from kll.validate import validate

    record = {"id": "https://example.org/achievement/1", "credential_id": 5}
    path = tmp_path / "achievement.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    rules = {f.rule for f in validate([path], class_name="Achievement").findings}
    assert "Achievement.credential_id.pattern" in rules
    assert not {rule for rule in rules if rule not in catalogue()}


def test_every_rule_bearing_keyword_has_an_entry():
    missing = sorted(_unannotated(SCHEMA))
    assert not missing, missing[:20]


def test_the_schema_says_how_to_read_its_rule_ids():
    assert "x-kll-rules" in SCHEMA["$comment"] and "max-count" in SCHEMA["$comment"]


# --- the reference validator's structural stage names the same rules --------------------------------


def _locations(node, path=()):
    """Every schema object with ``x-kll-rules``, by its location: what an error's keyword location
    (without the keyword) is looked up in."""
    if isinstance(node, dict):
        if ANNOTATION in node:
            yield path, node[ANNOTATION]
        for key, value in node.items():
            if key != ANNOTATION:
                yield from _locations(value, (*path, key))


def _annotated(error, table) -> set[str]:
    """The documented algorithm on a jsonschema-rs error, whose ``schema_path`` is the absolute
    keyword location (through ``$ref``), without the refinement's lexical part (the reference's
    SHACL stage gives those findings)."""
    *where, keyword = error.schema_path
    rules = table.get(tuple(where), {})
    params = error.kind.as_dict() if hasattr(error.kind, "as_dict") else {}
    if keyword == "required":
        return {r for r in [rules.get("required", {}).get(params.get("property"))] if r}
    if keyword in {"type", "enum"} and isinstance(error.instance, list) and rules.get("array"):
        return {rules["array"]}
    return {r for r in [rules.get(keyword)] if r}


def _records(case):
    """(record, class) of a case's document, split as the pipeline splits it."""
    from kll.artifacts.modelindex import model_index

    index, document = model_index(), case.document()
    if case.kind == "record":
        yield from ((r, case.class_name) for r in (document if isinstance(document, list) else [document]) if isinstance(r, dict))
        return
    if isinstance(document, dict) and "type" in document and not set(document) & set(index.containers):
        if index.is_record_class(document["type"]):
            yield document, document["type"]
        return
    for key, records in (document.items() if isinstance(document, dict) else []):
        if key in index.containers and isinstance(records, list):
            for record in records:
                if isinstance(record, dict):
                    yield record, index.record_class(index.containers[key], record.get("type")) or index.containers[key]


def test_an_error_without_an_entry_always_comes_with_one_that_has_one(structural_cases):
    """The documented claim that lets the algorithm ignore keywords without an entry (the ``type``
    at the top of a class definition), proven on every record of every structural case; and the
    reference's structural stage names exactly what the annotations name."""
    from kll.validation.structural import structural_validator

    stage, known = structural_validator(), catalogue()
    table = dict(_locations(stage.schema))
    uncovered, differences = [], []
    for case in structural_cases:
        for record, class_name in _records(case):
            errors = list(stage.validator(class_name).iter_errors(record))
            if not errors:
                continue
            listed = [e.schema_path[-1] in table.get(tuple(e.schema_path[:-1]), {}) for e in errors]
            covered = {tuple(e.instance_path) for e, has in zip(errors, listed) if has}
            for error, has in zip(errors, listed):  # another error on the same value has an entry
                if not has and tuple(error.instance_path) not in covered:
                    uncovered.append(f"{case.id}: {list(error.schema_path)}")
            named = set().union(*[_annotated(e, table) for e in errors])
            reported = {e.rule for e in stage.errors(record, class_name) if e.rule in known}
            if named != reported:
                differences.append(f"{case.id} ({class_name}): annotations {sorted(named)}, stage {sorted(reported)}")
    assert not uncovered, uncovered[:10]
    assert not differences, differences[:10]


def test_the_python_classes_carry_the_schemas_rule_ids():
    """Each field's ``json_schema_extra["x-kll-rules"]``: the class's ``required`` entry for the
    slot, and every ``x-kll-rules`` inside the property's schema by JSON Pointer."""
    from kll.artifacts.generated import python_classes

    module, compared, different = python_classes(), 0, []
    for class_name, body in SCHEMA["$defs"].items():
        model = getattr(module, class_name, None)
        if model is None or ANNOTATION not in json.dumps(body.get("properties", {})):
            continue
        required = body.get(ANNOTATION, {}).get("required", {})
        for slot_name, property_schema in body["properties"].items():
            expected = {"schema": {"".join(f"/{step}" for step in path): rules for path, rules in _locations(property_schema)}}
            if required.get(slot_name):
                expected["required"] = required[slot_name]
            extra = model.model_fields[slot_name].json_schema_extra or {}
            compared += 1
            if extra.get(ANNOTATION) != expected:
                different.append(f"{class_name}.{slot_name}: {extra.get(ANNOTATION)} != {expected}")
    assert compared > 500 and not different, different[:5]
