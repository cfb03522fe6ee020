"""Check the shipped examples against every generated artifact and the reference validator.

Every file under ``examples/`` is a data package (YAML or JSON). An example passes when it is
readable, valid against the JSON Schema with format checking, loads into the generated pydantic
``DataPackage``, and is conformant (no violations) in every stage of ``kll validate``. Each file is
checked on its own: examples repeat the organisations they need, so together they would share
identifiers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pydantic
import yaml

from ..artifacts.generated import json_schema_validator, python_classes
from ..artifacts.paths import EXAMPLE_SUFFIXES, example_files

__all__ = ["ExampleResult", "discover", "check_example", "check_all"]

SUFFIXES = EXAMPLE_SUFFIXES


@dataclass
class ExampleResult:
    path: Path
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def discover(root: Path | None = None) -> list[Path]:
    """All example files, in a stable order."""
    return example_files(root)


def _load(path: Path):
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def check_example(path: Path, root: Path | None = None) -> ExampleResult:
    result = ExampleResult(path)
    try:
        data = _load(path)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, json.JSONDecodeError) as error:
        result.problems.append(f"unreadable: {error}")
        return result
    for error in sorted(json_schema_validator(root=root).iter_errors(data), key=lambda e: list(e.absolute_path)):
        location = "/" + "/".join(str(part) for part in error.absolute_path)
        result.problems.append(f"JSON Schema: {location}: {error.message}")
    try:
        python_classes(root).DataPackage.model_validate(data)
    except pydantic.ValidationError as error:
        for detail in error.errors():
            location = "/" + "/".join(str(part) for part in detail["loc"])
            result.problems.append(f"Python classes: {location}: {detail['msg']}")
    if not result.problems:
        from ..validation.pipeline import validate

        report = validate([path], root=root)
        for finding in report.findings:
            if finding.severity.value == "violation":
                result.problems.append(f"kll validate: {finding.location.describe()}: {finding.rule}: {finding.message_en}")
    return result


def check_all(root: Path | None = None) -> list[ExampleResult]:
    return [check_example(path, root) for path in discover(root)]
