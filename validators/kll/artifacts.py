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

import jsonschema

from .paths import generated_dir

__all__ = ["json_schema", "json_schema_validator", "python_classes"]


@cache
def json_schema(root: Path | None = None) -> dict:
    return json.loads((generated_dir(root) / "jsonschema" / "kll.schema.json").read_text(encoding="utf-8"))


@cache
def json_schema_validator(class_name: str | None = None, root: Path | None = None) -> jsonschema.protocols.Validator:
    """A Draft 2019-09 validator for the whole data package, or for one class of it.

    Format checking is on: in Draft 2019-09 ``format`` is only an annotation, and without a format
    checker ``"2025-02-30"`` would pass as a date.
    """
    schema = json_schema(root)
    if class_name is not None:
        if class_name not in schema["$defs"]:
            raise KeyError(f"no class {class_name!r} in the JSON Schema")
        schema = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": f"#/$defs/{class_name}"}
    validator_class = jsonschema.Draft201909Validator
    validator_class.check_schema(schema)
    return validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)


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
