"""The structural stage: the generated JSON Schema, one compiled validator per class.

Each record is validated against the schema of its own class (the list it is in, or the
descendant its ``type`` names), so errors point at the record and polymorphic lists need no
``anyOf``. The engine is jsonschema-rs (Rust; about 35× faster than the ``jsonschema`` library on
this schema) with format checking on and ECMA-262 regular expressions; the tests show both
engines give the same verdict on every example and test case.

Every schema error is translated to the rule ID of the same constraint in the SHACL shapes
(``EducationEvent.start_date.required``), so one mistake has one name in every stage.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, Iterator

import jsonschema_rs

from ..artifacts.modelindex import ModelIndex, model_index
from ..artifacts.paths import generated_dir
from .report import Detail

__all__ = ["StructuralValidator", "SchemaError", "structural_validator"]


class SchemaError:
    """One JSON Schema error, already translated: rule ID, JSON Pointer inside the record, detail."""

    __slots__ = ("rule", "pointer", "detail")

    def __init__(self, rule: str, pointer: str, detail: "Detail | None") -> None:
        self.rule, self.pointer, self.detail = rule, pointer, detail

    def __repr__(self) -> str:
        return f"SchemaError({self.rule!r}, {self.pointer!r})"


def _pointer(parts) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


class StructuralValidator:
    def __init__(self, schema: dict, index: ModelIndex) -> None:
        self.schema = schema
        self.index = index
        self._validators: dict[str, Any] = {}

    def validator(self, class_name: str):
        """The compiled validator of one class (compiled on first use, then kept)."""
        compiled = self._validators.get(class_name)
        if compiled is None:
            document = {"$schema": self.schema["$schema"], "$defs": self.schema["$defs"], "$ref": f"#/$defs/{class_name}"}
            compiled = self._validators[class_name] = jsonschema_rs.validator_for(document, validate_formats=True)
        return compiled

    def is_valid(self, record: Any, class_name: str) -> bool:
        return self.validator(class_name).is_valid(record)

    def errors(self, record: Any, class_name: str) -> list[SchemaError]:
        """Translated errors of one record; empty when valid. Deduplicated, in a stable order."""
        compiled = self.validator(class_name)
        if compiled.is_valid(record):
            return []
        found: dict[tuple[str, str], SchemaError] = {}
        for error in compiled.iter_errors(record):
            for translated in self._translate(error, record, class_name):
                found.setdefault((translated.rule, translated.pointer), translated)
        return sorted(found.values(), key=lambda e: (e.pointer, e.rule))

    # --- translation ----------------------------------------------------------------------------

    def _owner(self, record_class: str, path: list) -> tuple[str, str | None]:
        """(class, slot) of the object at ``path`` inside a record: walk the model along the path."""
        class_name, slot_name = record_class, None
        current = record_class
        for step in path:
            if isinstance(step, int):
                continue
            info = self.index.classes.get(current)
            slot = info.slots.get(step) if info else None
            class_name, slot_name = current, step
            if slot is None or slot.kind not in {"object", "text"}:
                current = None
                continue
            current = slot.range
        return class_name, slot_name

    def _text_owner(self, record_class: str, path: list) -> tuple[str, str, int]:
        """(class, slot, path length) of the language-tagged text slot that ``path`` leads into."""
        current, found = record_class, (record_class, "?", len(path))
        for depth, step in enumerate(path):
            if isinstance(step, int):
                continue
            info = self.index.classes.get(current)
            slot = info.slots.get(step) if info else None
            if slot is None:
                break
            if slot.kind == "text":
                return current, step, depth + 1
            current = slot.range if slot.kind == "object" else None
        return found

    def _translate(self, error, record: Any, record_class: str) -> Iterator[SchemaError]:
        kind = type(error.kind).__name__
        params = error.kind.as_dict() if hasattr(error.kind, "as_dict") else {}
        path = list(error.instance_path)
        schema_path = list(error.schema_path)
        defs = [i for i, part in enumerate(schema_path) if part == "$defs"]
        schema_class = schema_path[defs[-1] + 1] if defs else record_class
        after = schema_path[defs[-1] + 2 :] if defs else schema_path
        slot_name = after[1] if len(after) >= 2 and after[0] == "properties" else None
        pointer = _pointer(path)

        if schema_class in self.index.text_classes:
            owner_class, owner_slot, depth = self._text_owner(record_class, path)
            text_pointer = _pointer(path[:depth])
            if kind == "Required" and params.get("property") == "sv":
                yield SchemaError(f"{owner_class}.{owner_slot}.swedish", text_pointer, None)
            else:  # text in another language, blank text, or not text at all
                yield SchemaError(f"{owner_class}.{owner_slot}.language-map", text_pointer, self._detail(kind, None, error))
            return

        info = self.index.classes.get(schema_class)
        if path and (info is None or slot_name is None) and kind not in {"Required", "AdditionalProperties"}:
            # The error is about a whole value reached through a $ref — an enumeration code, or a
            # value object of the wrong JSON type: name it by the slot that holds the value.
            owner_class, owner_slot = self._owner(record_class, path if not isinstance(path[-1], int) else path[:-1])
            owner_info = self.index.classes.get(owner_class)
            slot = owner_info.slots.get(owner_slot) if owner_info else None
            value_pointer = _pointer(path if not isinstance(path[-1], int) else path[:-1])
            yield SchemaError(self._slot_rule(kind, owner_class, owner_slot, slot, error), value_pointer, self._detail(kind, slot, error))
            return
        if kind == "Required":
            missing = params.get("property")
            slot = info.slots.get(missing) if info else None
            if slot is not None and slot.kind == "identifier":
                yield SchemaError(f"{schema_class}.identifier", pointer, None)
            else:
                yield SchemaError(f"{schema_class}.{missing}.required", f"{pointer}/{missing}", None)
        elif kind == "AdditionalProperties":
            for unexpected in params.get("unexpected", []) or [None]:
                yield SchemaError(f"{schema_class}.closed", f"{pointer}/{unexpected}" if unexpected else pointer, f"undefined property {unexpected!r}" if unexpected else None)
        elif slot_name is None:
            yield SchemaError(f"{schema_class}.value-type", pointer, error.message[:200])
        else:
            slot = info.slots.get(slot_name) if info else None
            yield SchemaError(self._slot_rule(kind, schema_class, slot_name, slot, error), pointer, self._detail(kind, slot, error))

    @staticmethod
    def _slot_rule(kind: str, class_name: str, slot_name: str, slot, error) -> str:
        if slot is not None and slot.kind == "identifier":
            return f"{class_name}.identifier"
        if slot is not None and slot.kind == "type":
            return "record.type-unknown"
        if isinstance(error.instance, list) and slot is not None and not slot.multivalued:
            return f"{class_name}.{slot_name}.max-count"
        if slot is not None and slot.kind == "enum":  # any wrong value of a code slot, whatever its JSON type
            return f"{class_name}.{slot_name}.enum"
        if kind == "MinItems":
            return f"{class_name}.{slot_name}.required"
        if kind == "Pattern":
            return f"{class_name}.{slot_name}.pattern"
        if kind == "Enum":
            return f"{class_name}.{slot_name}.enum"
        if kind in {"Minimum", "Maximum", "ExclusiveMinimum", "ExclusiveMaximum"}:
            return f"{class_name}.{slot_name}.range"
        return f"{class_name}.{slot_name}.value-type"

    @staticmethod
    def _detail(kind: str, slot, error) -> Detail | None:
        """A technical note without the value itself (which may be personal data), in both languages."""
        params = error.kind.as_dict() if hasattr(error.kind, "as_dict") else {}
        if kind == "AdditionalProperties":
            languages = ", ".join(map(repr, params.get("unexpected", [])))
            return Detail(f"language {languages} is not allowed", f"språket {languages} är inte tillåtet")
        if kind == "Format":
            return Detail(f"not a valid {params.get('format')}", f"inte ett giltigt värde av formatet {params.get('format')}")
        if kind == "Type":
            types = params.get("types", [])
            if not types:
                return Detail("expected another type", "förväntat en annan typ")
            return Detail(f"expected {' or '.join(types)}", f"förväntat {' eller '.join(_JSON_TYPES_SV.get(t, t) for t in types)}")
        if kind == "Pattern":
            return Detail(f"does not match {params.get('pattern')}", f"matchar inte {params.get('pattern')}")
        if kind in {"Minimum", "Maximum"}:
            return Detail(f"limit {params.get('limit')}", f"gräns {params.get('limit')}")
        return None


#: JSON Schema's type names in Swedish, for the detail of a wrong type.
_JSON_TYPES_SV = {
    "string": "en sträng", "integer": "ett heltal", "number": "ett tal", "boolean": "ett sanningsvärde",
    "object": "ett objekt", "array": "en lista", "null": "null",
}


@cache
def structural_validator(root: Path | None = None) -> StructuralValidator:
    schema = json.loads((generated_dir(root) / "jsonschema" / "kll.schema.json").read_text(encoding="utf-8"))
    return StructuralValidator(schema, model_index(root))
