"""Conformance cases: one behaviour each, as data a person reads without code.

A case file is YAML with a list of cases (``conformance/cases/**/*.yaml``)::

    cases:
      - id: offering-execution-end-before-start
        description: An education event that ends before it starts.
        profile: education-offering-publisher
        class: EducationEvent
        record: {...}                 # one record of `class`; or
        # package: {...}              # a whole data package; or
        # file: data/events.jsonl     # a file beside the case file, in any input format (files in
        #                             # data/ folders are inputs, not case files); or
        # patch:                      # an example file changed by a JSON Patch (RFC 6902)
        #   base: examples/offering/komvux-sundsvall-matematik.yaml
        #   base_operations: [...]    # optional: prepare the example first (both sides)
        #   operations: [{op: remove, path: /education_events/0/execution/start_date}]
        stages: [structural, semantic]  # optional: the layers the case exercises (default: all)
        reference_date: "2026-06-30"  # optional: the day dates are judged against (default: the suite's)
        expected:
          conformant: false
          findings:                   # every violation and warning the validator must report
            - {rule: Execution.end_date.after-start, severity: violation}
        spec: model/offering.yaml Execution.end_date
        status: proposed              # approved only once every record governing it is accepted

For a ``patch`` case, ``expected.findings`` lists what the patch *adds* to the findings of the
unchanged example (the base), so the example's own warnings need not be repeated.

``conformance/case.schema.json`` is the meta-schema; ``load_cases`` also checks what a schema
cannot: unique ids and descriptions, known profiles, classes and rule IDs.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from ..validation.catalogue import catalogue
from ..artifacts.modelindex import model_index
from ..artifacts.paths import repository_root
from .profiles import load_profiles

__all__ = ["Case", "Expected", "load_cases", "cases_dir", "CaseFileError", "meta_schema"]


def cases_dir(root: Path | None = None) -> Path:
    return (root or repository_root()) / "conformance" / "cases"


#: The reference date of every case that names none: rules about dates that may have passed (a
#: data flow's review date) are judged against it, so that a case's expected findings never change
#: by themselves (``kll validate --reference-date``).
SUITE_REFERENCE_DATE = "2026-06-30"


class CaseFileError(ValueError):
    """A case file breaks the meta-schema or the rules the meta-schema cannot express."""


@dataclass(frozen=True)
class Expected:
    conformant: bool
    findings: frozenset[tuple[str, str]]  # (rule, severity)

    def at_level(self, level: str) -> frozenset[tuple[str, str]]:
        return frozenset(f for f in self.findings if level == "full" or f[1] == "violation")


@dataclass(frozen=True)
class Case:
    id: str
    description: str
    profile: str
    class_name: str
    kind: str  # record | package | file | patch
    data: Any  # the record or package; for a file case, its path; for a patch case, the patch
    expected: Expected
    spec: str
    status: str
    source: Path
    stages: tuple[str, ...] = ("structural", "semantic", "rules")
    reference_date: str = SUITE_REFERENCE_DATE

    def base_document(self) -> Any:
        """The example a patch case is compared with: the file, with ``base_operations`` applied."""
        example = _example(repository_root() / self.data["base"])  # apply_patch copies it
        return apply_patch(example, self.data.get("base_operations", []))

    def document(self) -> Any:
        """The case's input as JSON data (record, package, or patched example)."""
        if self.kind == "patch":
            return apply_patch(self.base_document(), self.data["operations"])
        if self.kind == "file":
            raise ValueError("a file case has no JSON document")
        return self.data

    @property
    def input_format(self) -> str:
        if self.kind == "file":
            from ..validation.loaders import detect_format

            return detect_format(Path(self.data))
        return "json"

    def write(self, directory: Path) -> Path:
        """The case's input as a file in ``directory`` (file cases are used where they are)."""
        if self.kind == "file":
            return Path(self.data)
        path = directory / f"{self.id}.json"
        path.write_text(json.dumps(self.document(), ensure_ascii=False, indent=1), encoding="utf-8")
        return path


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def apply_patch(document: Any, operations: list[dict]) -> Any:
    """Apply JSON Patch ``add``, ``remove`` and ``replace`` operations to a copy of ``document``."""
    result = copy.deepcopy(document)
    for operation in operations:
        *parents, last = _tokens(operation["path"])
        target = result
        for token in parents:
            target = target[int(token)] if isinstance(target, list) else target[token]
        key: Any = int(last) if isinstance(target, list) and last != "-" else last
        if operation["op"] == "remove":
            del target[key]
        elif operation["op"] == "replace":
            target[key] = copy.deepcopy(operation["value"])
        elif isinstance(target, list):
            target.insert(len(target) if key == "-" else key, copy.deepcopy(operation["value"]))
        else:
            target[key] = copy.deepcopy(operation["value"])
    return result


def meta_schema(root: Path | None = None) -> dict:
    return json.loads(((root or repository_root()) / "conformance" / "case.schema.json").read_text(encoding="utf-8"))


#: Case files are this repository's own content, so libyaml's C parser (same safe constructors,
#: about ten times faster) is used where it is installed.
_FAST_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _example(path: Path) -> Any:
    """An example file, parsed once: about 1,700 patch cases share some forty examples, and parsing
    one again for each case made writing the cases' documents take half a minute."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_FAST_SAFE_LOADER)


@cache
def load_cases(root: Path | None = None) -> tuple[Case, ...]:
    """Every case, checked; raises ``CaseFileError`` naming the file and the problem."""
    validator = jsonschema.Draft202012Validator(meta_schema(root))
    rules, profiles, index = catalogue(), load_profiles(root), model_index()
    cases: list[Case] = []
    ids: dict[str, Path] = {}
    descriptions: dict[str, Path] = {}
    for path in sorted(p for p in cases_dir(root).rglob("*.yaml") if "data" not in p.relative_to(cases_dir(root)).parts):
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=_FAST_SAFE_LOADER)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if errors:
            where = "/".join(map(str, errors[0].absolute_path))
            raise CaseFileError(f"{path}: {where}: {errors[0].message}")
        for entry in document["cases"]:
            problem = _problem(entry, rules, profiles, index, path)
            if entry["id"] in ids:
                problem = f"duplicate id (also in {ids[entry['id']]})"
            elif entry["description"] in descriptions:
                problem = f"duplicate description (also in {descriptions[entry['description']]})"
            if problem:
                raise CaseFileError(f"{path}: case {entry['id']}: {problem}")
            ids[entry["id"]] = path
            descriptions[entry["description"]] = path
            kind = next(k for k in ("record", "package", "file", "patch") if k in entry)
            data = (path.parent / entry["file"]).resolve() if kind == "file" else entry[kind]
            findings = frozenset((f["rule"], f["severity"]) for f in entry["expected"].get("findings", []))
            cases.append(Case(
                entry["id"], entry["description"], entry["profile"], entry["class"], kind, data,
                Expected(entry["expected"]["conformant"], findings), entry.get("spec", ""), entry["status"], path,
                tuple(entry.get("stages", ("structural", "semantic", "rules"))),
                str(entry.get("reference_date", SUITE_REFERENCE_DATE)),
            ))
    return tuple(cases)


def _problem(entry: dict, rules, profiles, index, path: Path) -> str | None:
    if entry["profile"] not in profiles:
        return f"unknown profile {entry['profile']!r}"
    if entry["class"] not in index.classes:
        return f"unknown class {entry['class']!r}"
    unknown = [f["rule"] for f in entry["expected"].get("findings", []) if f["rule"] not in rules]
    if unknown:
        return f"unknown rules {unknown}"
    wrong = [f["rule"] for f in entry["expected"].get("findings", []) if rules[f["rule"]].severity.value != f["severity"]]
    if wrong:
        return f"severity differs from the rule catalogue for {wrong}"
    violations = any(f["severity"] == "violation" for f in entry["expected"].get("findings", []))
    if entry["expected"]["conformant"] == violations:  # (a patch's base is conformant, so this holds there too)
        return "expected.conformant contradicts the expected findings (conformant means no violations)"
    only_not_found = {f["rule"] for f in entry["expected"].get("findings", [])} == {"input.not-found"}
    if "file" in entry and not (path.parent / entry["file"]).is_file() and not only_not_found:
        return f"no file {entry['file']} beside the case file"
    if "patch" in entry and not (repository_root() / entry["patch"]["base"]).is_file():
        return f"no base example {entry['patch']['base']}"
    return None
