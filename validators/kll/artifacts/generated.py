"""The generated artifacts, loaded once per process.

Validators and tests use the committed files in ``generated/`` — never the model directly — so
what is checked is exactly what implementers download.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import re

import jsonschema
from jsonschema import validators
from jsonschema.exceptions import ValidationError

from .paths import generated_dir

__all__ = ["json_schema", "json_schema_validator", "python_classes"]


@cache
def json_schema(root: Path | None = None) -> dict:
    return json.loads((generated_dir(root) / "jsonschema" / "kll.schema.json").read_text(encoding="utf-8"))


def ecma_pattern(pattern: str) -> re.Pattern:
    """Compile a JSON Schema pattern so that Python's ``re`` matches it as ECMA-262 does.

    In ECMA-262 (without the multiline flag) ``$`` matches only at the end of the input; in
    Python it also matches before a trailing newline, so ``"0180\\n"`` would pass ``^[0-9]{4}$``.
    Every unescaped ``$`` outside a character class becomes ``\\Z``.
    """
    out, escaped, in_class = [], False, False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char == "[":
            in_class = True
            out.append(char)
        elif char == "]":
            in_class = False
            out.append(char)
        elif char == "$" and not in_class:
            out.append(r"\Z")
        else:
            out.append(char)
    return re.compile("".join(out))


_compiled_patterns: dict[str, re.Pattern] = {}


def _ecma_pattern_keyword(validator, pattern, instance, schema):
    if not validator.is_type(instance, "string"):
        return
    compiled = _compiled_patterns.get(pattern)
    if compiled is None:
        compiled = _compiled_patterns[pattern] = ecma_pattern(pattern)
    if not compiled.search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


#: Draft 2019-09 with ECMA-262 ``$`` semantics for ``pattern``.
EcmaDraft201909Validator = validators.extend(jsonschema.Draft201909Validator, {"pattern": _ecma_pattern_keyword})


@cache
def json_schema_validator(class_name: str | None = None, root: Path | None = None) -> jsonschema.protocols.Validator:
    """A Draft 2019-09 validator for the whole data package, or for one class of it.

    Format checking is on: in Draft 2019-09 ``format`` is only an annotation, and without a format
    checker ``"2025-02-30"`` would pass as a date. Patterns follow ECMA-262 (see ``ecma_pattern``).
    """
    schema = json_schema(root)
    if class_name is not None:
        if class_name not in schema["$defs"]:
            raise KeyError(f"no class {class_name!r} in the JSON Schema")
        schema = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": f"#/$defs/{class_name}"}
    jsonschema.Draft201909Validator.check_schema(schema)
    return EcmaDraft201909Validator(schema, format_checker=jsonschema.Draft201909Validator.FORMAT_CHECKER)


@cache
def python_classes(root: Path | None = None) -> ModuleType:
    """The generated pydantic classes, imported from ``generated/python/kll_model.py``."""
    path = generated_dir(root) / "python" / "kll_model.py"
    name = "kll_generated_model" if root is None else f"kll_generated_model_{abs(hash(root))}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # pydantic resolves forward references through sys.modules
    spec.loader.exec_module(module)
    return module
