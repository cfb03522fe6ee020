"""The structural stage: the generated JSON Schema, one compiled validator per class.

Each record is validated against the schema of its own class (the list it is in, or the
descendant its ``type`` names), so errors point at the record and polymorphic lists need no
``anyOf``. The engine is jsonschema-rs (Rust; about 35× faster than the ``jsonschema`` library on
this schema) with format checking on and ECMA-262 regular expressions; the tests show both
engines give the same verdict on every example and test case.

Every schema error is named by the rule ID the schema carries beside the failing keyword
(``x-kll-rules``, the algorithm of docs/conformance/rule-ids.en.md that implementers follow too):
the rule of the same constraint in the SHACL shapes (``EducationEvent.start_date.required``), so
one mistake has one name in every stage.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, Iterator

import jsonschema_rs

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
    def __init__(self, schema: dict) -> None:
        self.schema = schema
        self._validators: dict[str, Any] = {}
        #: Every schema object's x-kll-rules by its location, so an error's rule is one lookup.
        self._rules: dict[tuple, dict] = dict(_annotations(schema))

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
            for translated in self._named(error):
                found.setdefault((translated.rule, translated.pointer), translated)
        return sorted(found.values(), key=lambda e: (e.pointer, e.rule))

    # --- naming: the rule IDs the schema carries (x-kll-rules) ---------------------------------

    def _named(self, error) -> Iterator[SchemaError]:
        """The documented algorithm (docs/conformance/rule-ids.en.md): jsonschema-rs's
        ``schema_path`` is the failing keyword's absolute location, so the schema object holding it
        is one lookup away. The refinement's lexical part is the SHACL stage's here."""
        *where, keyword = error.schema_path
        rules = self._rules.get(tuple(where), {})
        kind = type(error.kind).__name__
        params = error.kind.as_dict() if hasattr(error.kind, "as_dict") else {}
        path = list(error.instance_path)
        pointer = _pointer(path)
        if keyword == "required":
            missing = params.get("property")
            rule = rules.get("required", {}).get(missing) or _unnamed(where, keyword, missing)
            whole = rule.endswith((".identifier", ".swedish"))  # the record's, or the text's
            yield SchemaError(rule, pointer if whole else f"{pointer}/{_pointer([missing])[1:]}", None)
            return
        if keyword in {"type", "enum"} and isinstance(error.instance, list) and rules.get("array"):
            rule = rules["array"]
        elif keyword not in rules:
            return  # the type at the top of a class definition: the slot's own type names it
        else:
            rule = rules[keyword] or _unnamed(where, keyword, None)
        if rule.endswith(".closed"):
            for unexpected in params.get("unexpected", []) or [None]:
                yield SchemaError(rule, f"{pointer}/{_pointer([unexpected])[1:]}" if unexpected else pointer, f"undefined property {unexpected!r}" if unexpected else None)
            return
        if rule.endswith(".language-map"):  # on the text as a whole, not on one language
            slot_name = rule.split(".")[1]
            depth = max((i for i, step in enumerate(path) if step == slot_name), default=len(path) - 1) + 1
            yield SchemaError(rule, _pointer(path[:depth]), self._detail(kind, error))
            return
        yield SchemaError(rule, pointer, self._detail(kind, error))

    @staticmethod
    def _detail(kind: str, error) -> Detail | None:
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


def _annotations(node: Any, path: tuple = ()) -> Iterator[tuple[tuple, dict]]:
    if isinstance(node, dict):
        if "x-kll-rules" in node:
            yield path, node["x-kll-rules"]
        for key, value in node.items():
            if key != "x-kll-rules":
                yield from _annotations(value, (*path, key))


def _unnamed(where: list, keyword: str, missing: str | None) -> str:
    """A constraint whose entry is null: the catalogue has no rule for it (a number where any text
    is allowed; an abstract class), but the schema rejects the value, so the finding keeps the name
    the stage has always given it and the verdict stays the schema's."""
    class_name = where[1]
    if len(where) == 2:
        if keyword == "required":
            return f"{class_name}.identifier" if missing == "id" else f"{class_name}.{missing}.required"
        return f"{class_name}.closed"
    return f"{class_name}.identifier" if where[3] == "id" else f"{class_name}.{where[3]}.value-type"


#: JSON Schema's type names in Swedish, for the detail of a wrong type.
_JSON_TYPES_SV = {
    "string": "en sträng", "integer": "ett heltal", "number": "ett tal", "boolean": "ett sanningsvärde",
    "object": "ett objekt", "array": "en lista", "null": "null",
}


@cache
def structural_validator(root: Path | None = None) -> StructuralValidator:
    schema = json.loads((generated_dir(root) / "jsonschema" / "kll.schema.json").read_text(encoding="utf-8"))
    return StructuralValidator(schema)
