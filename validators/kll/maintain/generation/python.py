"""Rule IDs in the generated Python classes: each field's metadata carries the rules of its slot.

The pydantic generator knows nothing of KLL's rule IDs; this post-processing adds, to each field's
``json_schema_extra``, the ``x-kll-rules`` of the same property in the generated JSON Schema (one
source: ``json_schema.refine``), so a Python implementer finds a field's rule IDs on the field:

    Fee.model_fields["amount"].json_schema_extra["x-kll-rules"]
    == {"required": "Fee.amount.required", "schema": {"": {"type": "Fee.amount.value-type", ...}}}

``schema`` maps a JSON Pointer inside the property's schema ("" for the property itself, "/items",
"/properties/sv" for a text's Swedish entry) to the ``x-kll-rules`` there; ``required`` is the rule of
a missing value, when the class requires the slot.
"""

from __future__ import annotations

import re
from typing import Any

from .json_schema import ANNOTATION

__all__ = ["field_rules", "refine"]

_CLASS = re.compile(r"^class (\w+)\(")
_FIELD = re.compile(r"^    (\w+): .*= Field\(")
_EXTRA = 'json_schema_extra = { "linkml_meta"'


def _entries(node: Any, pointer: str = "") -> dict[str, dict]:
    found: dict[str, dict] = {}
    if isinstance(node, dict):
        if ANNOTATION in node:
            found[pointer] = node[ANNOTATION]
        for key, value in node.items():
            if key != ANNOTATION:
                found.update(_entries(value, f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}"))
    return found


def field_rules(schema: dict) -> dict[tuple[str, str], dict]:
    """(class, field) → the field's rule metadata, from the refined JSON Schema."""
    rules: dict[tuple[str, str], dict] = {}
    for class_name, body in schema["$defs"].items():
        required = body.get(ANNOTATION, {}).get("required", {})
        for slot_name, property_schema in body.get("properties", {}).items():
            entry: dict[str, Any] = {}
            if required.get(slot_name):
                entry["required"] = required[slot_name]
            entries = _entries(property_schema)
            if entries:
                entry["schema"] = entries
            if entry:
                rules[class_name, slot_name] = entry
    return rules


def _sorted(value: Any) -> Any:
    return {key: _sorted(value[key]) for key in sorted(value)} if isinstance(value, dict) else value


def refine(source: str, schema: dict) -> str:
    """The generated module with each field's rule metadata in its ``json_schema_extra``."""
    rules = field_rules(schema)
    lines, class_name = source.split("\n"), None
    for number, line in enumerate(lines):
        if match := _CLASS.match(line):
            class_name = match.group(1)
        elif (match := _FIELD.match(line)) and (class_name, match.group(1)) in rules:
            if _EXTRA not in line:
                raise ValueError(f"{class_name}.{match.group(1)}: the pydantic generator's field has no json_schema_extra")
            metadata = repr(_sorted(rules[class_name, match.group(1)]))  # a Python literal: None, not null
            lines[number] = line.replace(_EXTRA, f'json_schema_extra = {{ "{ANNOTATION}": {metadata}, "linkml_meta"', 1)
    return "\n".join(lines)
