#!/usr/bin/env python3
"""The reference JSON Schema adapter: the generated schema, with KLL rule IDs from ``x-kll-rules``.

What an implementer gets from ``generated/jsonschema/kll.schema.json`` and a plain JSON Schema
validator (here the ``jsonschema`` library, format checking on): each record is validated against
the definition of its class, and each error becomes a finding of the rule that the schema names
beside the failing keyword (docs/conformance/rule-ids.en.md: the algorithm is ``rules_of`` below,
one function to copy). It speaks the harness's command protocol
(docs/conformance/protocol.en.md) and reaches every structural case at level core; what only SHACL
or the rules check (dates in order, references between records, consent logic, …) it cannot see.
It reads JSON, YAML and JSON Lines, not Turtle or JSON-LD: those cases are skipped.

It does not import ``kll``: a third party would not have it either.

    python examples/implementations/jsonschema_adapter.py [--schema path/to/kll.schema.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Iterator

import jsonschema
import yaml

SCHEMA = Path(__file__).resolve().parents[2] / "generated" / "jsonschema" / "kll.schema.json"
FORMATS = ["json", "yaml", "jsonl"]


def pointer_of(parts) -> str:
    """A JSON Pointer (RFC 6901) from path segments."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def rules_of(error: jsonschema.ValidationError, validator, base: str = "") -> Iterator[tuple[str, str]]:
    """The (rule ID, JSON Pointer) findings of one schema error: the documented algorithm.

    ``error.schema`` is the schema object that holds the failing keyword ``error.validator``; its
    ``x-kll-rules`` names the rule of each keyword there. A keyword without an entry yields nothing:
    another error, which has one, always accompanies it. ``validator`` is the validator that found
    the error: the values of a list given where one value is allowed are validated with it against
    the same schema object.
    """
    rules = error.schema.get("x-kll-rules", {}) if isinstance(error.schema, dict) else {}
    where = base + pointer_of(error.absolute_path)
    if error.validator == "required":  # one rule per missing property
        for name in error.validator_value:
            if isinstance(error.instance, dict) and name not in error.instance and rules.get("required", {}).get(name):
                yield rules["required"][name], f"{where}/{name}"
        return
    if error.validator in {"type", "enum"} and isinstance(error.instance, list) and rules.get("array"):
        # A list where one value is allowed: max-count, and each value is judged on its own
        # against the same schema object, as SHACL judges each value of the property.
        yield rules["array"], where
        one_value = validator.evolve(schema=error.schema)
        for value in error.instance:
            for inner in one_value.iter_errors(value):
                yield from ((rule, where) for rule, _ in rules_of(inner, validator))
        return
    if rules.get(error.validator) is None:  # no entry, or null: no rule names it
        return
    yield rules[error.validator], where
    if error.validator in {"type", "enum"}:
        # A value of the wrong JSON type is read as its RDF form is: a literal whose text (a
        # number's or boolean's JSON text) must match the object's pattern (an object or a list
        # matches none), and that is within a range only if it is a number.
        value = error.instance
        text = json.dumps(value) if isinstance(value, (bool, int, float)) else value
        if rules.get("pattern") and (not isinstance(text, str) or not re.search(error.schema["pattern"], text)):
            yield rules["pattern"], where
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        for keyword in ("minimum", "maximum"):
            if rules.get(keyword) and not number:
                yield rules[keyword], where


class SchemaAdapter:
    def __init__(self, schema_path: Path) -> None:
        self.schema = json.loads(schema_path.read_text(encoding="utf-8"))
        self.cls = jsonschema.validators.validator_for(self.schema)
        self.format_checker = self.cls.FORMAT_CHECKER
        self.by_class: dict[str, jsonschema.protocols.Validator] = {}
        self.rejected = False
        # A package's lists and the classes each accepts (the first is the list's own class; the
        # others, from an anyOf, are descendants a record may name with ``type``).
        self.containers: dict[str, list[str]] = {}
        for key, list_schema in self.schema.get("properties", {}).items():
            items = list_schema.get("items", {})
            refs = [items.get("$ref")] if "$ref" in items else [s.get("$ref") for s in items.get("anyOf", [])]
            if refs and all(refs):
                self.containers[key] = [ref.removeprefix("#/$defs/") for ref in refs]
        # The classes a record may name with ``type``: those a list accepts (not a value object).
        self.record_classes = {name for names in self.containers.values() for name in names}

    def for_class(self, class_name: str):
        validator = self.by_class.get(class_name)
        if validator is None:
            document = {"$schema": self.schema["$schema"], "$defs": self.schema["$defs"], "$ref": f"#/$defs/{class_name}"}
            validator = self.by_class[class_name] = self.cls(document, format_checker=self.format_checker)
        return validator

    def record(self, record, class_name: str, base: str) -> set[tuple[str, str]]:
        if not isinstance(record, dict):
            return {("record.not-an-object", base)}
        errors = list(self.for_class(class_name).iter_errors(record))
        self.rejected |= bool(errors)  # the verdict is the schema's, named rules or not
        validator = self.for_class(class_name)
        return {found for error in errors for found in rules_of(error, validator, base)}

    def document(self, document, class_name: str | None) -> set[tuple[str, str]]:
        """The findings of a document: records split out as the reference validator does."""
        if class_name is not None:
            if isinstance(document, list):
                return {f for i, r in enumerate(document) for f in self.record(r, class_name, f"/{i}")}
            return self.record(document, class_name, "")
        if isinstance(document, dict) and "type" in document and not set(document) & set(self.containers):
            declared = document["type"]
            if not isinstance(declared, str) or declared not in self.record_classes:
                return {("record.class-unknown", "/type")}
            return self.record(document, declared, "")
        if document is None or document == [] or document == {}:
            return set()
        if not isinstance(document, dict):
            return {("record.class-unknown", "")}
        found: set[tuple[str, str]] = set()
        for key, value in document.items():
            where = pointer_of([key])
            if key == "conforms_to_model_version":
                if value != self.schema.get("version"):
                    found.add(("package.model-version", where))
            elif key not in self.containers:
                found.add(("package.unknown-key", where))
            elif not isinstance(value, list):
                found.add(("package.not-a-list", where))
            else:
                accepted = self.containers[key]
                for position, record in enumerate(value):
                    declared = record.get("type") if isinstance(record, dict) else None
                    class_name = accepted[0]
                    if declared is not None and declared in accepted:
                        class_name = declared
                    elif declared is not None:
                        found.add(("record.type-unknown", f"{where}/{position}/type"))
                    found |= self.record(record, class_name, f"{where}/{position}")
        return found

    def run(self, case: dict) -> dict:
        self.rejected = False
        if case["kind"] in {"record", "package"}:
            found = self.document(case["data"], case["class"] if case["kind"] == "record" else None)
        else:
            path, fmt = Path(case["data"]), case["format"]
            text = path.read_text(encoding="utf-8")
            if fmt == "json":
                found = self.document(json.loads(text), None)
            elif fmt == "yaml":
                found = self.document(yaml.safe_load(text), None)
            elif fmt == "jsonl":
                found = set()
                # not splitlines: a U+2028 inside a JSON string is no line end
                for number, line in enumerate(text.split("\n"), 1):
                    if line.strip():
                        found |= {(rule, f"line {number}{where}") for rule, where in self.document(json.loads(line), None)}
            else:
                return {"skipped": f"cannot read {fmt or 'a file whose extension names no format'}"}
        # The schema has no "recommended": its one warning is a package's other model version.
        findings = [
            {"rule": rule, "severity": "warning" if rule == "package.model-version" else "violation", "pointer": where}
            for rule, where in sorted(found)
        ]
        broken = self.rejected or any(f["severity"] == "violation" for f in findings)
        return {"verdict": "not-conformant" if broken else "conformant", "findings": findings}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema", type=Path, default=SCHEMA)
    options = parser.parse_args()
    implementation = SchemaAdapter(options.schema)
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        if request.get("cmd") == "start":
            reply = {
                "ready": True,
                "version": 1,
                # Its version: the schema's (the specification it implements) and the library's.
                "implementation": {"name": "JSON Schema adapter (jsonschema)", "version": f"{implementation.schema.get('version', 'unknown')}+jsonschema-{version('jsonschema')}"},
                "capabilities": {"formats": FORMATS},
            }
        elif request.get("cmd") == "run":
            try:
                reply = {"seq": request["seq"], **implementation.run(request["case"])}
            except (ValueError, OSError, yaml.YAMLError, RecursionError) as error:
                # Input it cannot even read is not conformant input; input.syntax is the reference validator's rule for it.
                reply = {"seq": request["seq"], "verdict": "not-conformant", "findings": [{"rule": "input.syntax", "severity": "violation", "message": type(error).__name__}]}
        elif request.get("cmd") == "stop":
            return 0
        else:
            continue
        print(json.dumps(reply, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
