#!/usr/bin/env python3
"""A partial KLL implementation: the generated JSON Schema and nothing else.

What a vendor gets by dropping ``generated/jsonschema/kll.schema.json`` into a plain JSON Schema
validator (here the ``jsonschema`` library, format checking on). It speaks the harness's command
protocol (docs/conformance/protocol.en.md) and is an honest example of a partial implementation:

* the verdict is the schema's: not conformant when the schema rejects the input;
* it knows no rule IDs: each schema error becomes a finding of the generic rule ``json-schema``,
  which the grader ignores, so it can pass only cases that expect no findings at the level graded;
* it cannot see what only SHACL or the rules check (dates in order, code lists, references between
  records, Luhn, consent logic, …) — it calls such input conformant;
* it reads JSON, YAML and JSON Lines, not Turtle or JSON-LD: those cases are skipped.

It does not import ``kll``: a third party would not have it either.

    python examples/implementations/jsonschema_only.py [--schema path/to/kll.schema.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib.metadata import version
from pathlib import Path

import jsonschema
import yaml

SCHEMA = Path(__file__).resolve().parents[2] / "generated" / "jsonschema" / "kll.schema.json"
FORMATS = ["json", "yaml", "jsonl"]


class SchemaOnly:
    def __init__(self, schema_path: Path) -> None:
        self.schema = json.loads(schema_path.read_text(encoding="utf-8"))
        self.cls = jsonschema.validators.validator_for(self.schema)
        self.format_checker = self.cls.FORMAT_CHECKER
        self.package = self.cls(self.schema, format_checker=self.format_checker)
        self.by_class: dict[str, jsonschema.protocols.Validator] = {}
        self.containers = set(self.schema.get("properties", {}))

    def for_class(self, class_name: str):
        validator = self.by_class.get(class_name)
        if validator is None:
            document = {"$schema": self.schema["$schema"], "$defs": self.schema["$defs"], "$ref": f"#/$defs/{class_name}"}
            validator = self.by_class[class_name] = self.cls(document, format_checker=self.format_checker)
        return validator

    def errors_in_document(self, document, class_name: str | None) -> list[str]:
        """Where the schema rejects a document: JSON Pointers."""
        if class_name is not None:
            return self.errors(self.for_class(class_name), document)
        if isinstance(document, dict) and "type" in document and not set(document) & self.containers:
            declared = document["type"]
            if not isinstance(declared, str) or declared not in self.schema["$defs"]:
                return ["/type"]
            return self.errors(self.for_class(declared), document)
        return self.errors(self.package, document)

    @staticmethod
    def errors(validator, instance) -> list[str]:
        return ["/" + "/".join(map(str, error.absolute_path)) for error in validator.iter_errors(instance)]

    def run(self, case: dict) -> dict:
        if case["kind"] in {"record", "package"}:
            where = self.errors_in_document(case["data"], case["class"] if case["kind"] == "record" else None)
        else:
            path, fmt = Path(case["data"]), case["format"]
            text = path.read_text(encoding="utf-8")
            if fmt == "json":
                where = self.errors_in_document(json.loads(text), None)
            elif fmt == "yaml":
                where = self.errors_in_document(yaml.safe_load(text), None)
            elif fmt == "jsonl":
                where = []
                for number, line in enumerate(text.splitlines(), 1):
                    if line.strip():
                        where += [f"line {number}{pointer}" for pointer in self.errors_in_document(json.loads(line), None)]
            else:
                return {"skipped": f"cannot read {fmt or 'a file whose extension names no format'}"}
        return {
            "verdict": "not-conformant" if where else "conformant",
            "findings": [{"rule": "json-schema", "severity": "violation", "pointer": pointer} for pointer in where],
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema", type=Path, default=SCHEMA)
    options = parser.parse_args()
    implementation = SchemaOnly(options.schema)
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        if request.get("cmd") == "start":
            reply = {
                "ready": True,
                "version": 1,
                "implementation": {"name": "JSON Schema only (jsonschema)", "version": version("jsonschema")},
                "capabilities": {"formats": FORMATS},
            }
        elif request.get("cmd") == "run":
            try:
                reply = {"seq": request["seq"], **implementation.run(request["case"])}
            except (ValueError, OSError, yaml.YAMLError, RecursionError) as error:
                # Input it cannot even read is not conformant input.
                reply = {"seq": request["seq"], "verdict": "not-conformant", "findings": [{"rule": "json-schema", "severity": "violation", "message": type(error).__name__}]}
        elif request.get("cmd") == "stop":
            return 0
        else:
            continue
        print(json.dumps(reply, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
