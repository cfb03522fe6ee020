"""The EMIL3 mapping table: every field of the Susa-navet EMIL3 API has a home or a reason.

The field list is ``model/reference/emil3-FIELDS.md`` (read from Skolverket's OpenAPI description);
the table is ``model/emil3_fields.yaml``.
"""

from __future__ import annotations

import re

import pytest
import yaml

from kll.artifacts import paths

FIELDS_MD = paths.model_dir() / "reference" / "emil3-FIELDS.md"
TABLE = yaml.safe_load((paths.model_dir() / "emil3_fields.yaml").read_text(encoding="utf-8"))


def _split_top_level(text: str) -> list[str]:
    items, depth, current = [], 0, []
    for char in text:
        if char in "({[":
            depth += 1
        elif char in ")}]":
            depth -= 1
        if char == "," and depth == 0:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def _block(text: str, start: int, open_char: str, close_char: str) -> str:
    depth = 0
    for index in range(start, len(text)):
        depth += text[index] == open_char
        depth -= text[index] == close_char
        if depth == 0:
            return text[start + 1 : index]
    raise ValueError(f"unbalanced {open_char} in {text!r}")


def field_paths(text: str, prefix: str) -> set[str]:
    """Dotted paths of the fields in a FIELDS.md field list such as ``a*, b {c, d}, e (notes)``."""
    found: set[str] = set()
    for item in _split_top_level(text):
        match = re.match(r"([A-Za-z][A-Za-z0-9]*)", item)
        if not match:
            continue
        path = f"{prefix}.{match[1]}"
        found.add(path)
        rest = item[match.end():]
        head = re.match(r"[*\[\]\s]*", rest).end()
        if head < len(rest) and rest[head] == "{":
            found |= field_paths(_block(rest, head, "{", "}"), path)
        elif head < len(rest) and rest[head] == "(":
            notes = _block(rest, head, "(", ")")
            for typed in re.finditer(r"`([A-Z][A-Za-z]+Extension)`\s*\{", notes):
                found |= field_paths(_block(notes, typed.end() - 1, "{", "}"), typed[1])
            after = rest[head + len(notes) + 2 :]
            brace = re.match(r"[*\[\]\s]*\{", after)
            if brace:
                found |= field_paths(_block(after, brace.end() - 1, "{", "}"), path)
    return found


def expected_paths() -> set[str]:
    text = FIELDS_MD.read_text(encoding="utf-8")
    found: set[str] = set()
    for record in ("educationInfo", "educationEvent", "educationProvider"):
        section = re.search(rf"^## {record}\n(.*?)(?=^## )", text, re.S | re.M)[1]
        found |= field_paths(" ".join(section.split()), record)
    for shared in ("Address", "TimeLength"):
        line = re.search(rf"^- `{shared}` = (.*?)(?=^- |^$)", text, re.S | re.M)[1]
        found |= field_paths(" ".join(line.split()).rstrip("."), shared)
    return found


def test_the_field_list_parses_into_a_plausible_number_of_fields():
    paths_found = expected_paths()
    assert "educationEvent.application.first" in paths_found
    assert "UHEventExtension.admissionDetails.distributionOfCredits.credits.value" in paths_found
    assert len(paths_found) > 150


def test_every_emil3_field_is_mapped_or_declared_out_of_scope():
    listed = {entry["emil3"] for entry in TABLE}
    missing = sorted(expected_paths() - listed)
    assert missing == [], f"EMIL3 fields with no entry in model/emil3_fields.yaml: {missing}"


def test_entries_are_unique_and_well_formed():
    seen, problems = set(), []
    for entry in TABLE:
        if entry["emil3"] in seen:
            problems.append(f"duplicate {entry['emil3']}")
        seen.add(entry["emil3"])
        if entry["status"] == "mapped" and not entry.get("model"):
            problems.append(f"{entry['emil3']}: mapped without a model target")
        elif entry["status"] == "out-of-scope" and len(entry.get("reason", "")) < 20:
            problems.append(f"{entry['emil3']}: out of scope without a reason")
        elif entry["status"] not in {"mapped", "out-of-scope"}:
            problems.append(f"{entry['emil3']}: unknown status {entry['status']}")
    assert problems == []


def test_every_model_target_exists(view):
    problems = []
    for entry in TABLE:
        target = entry.get("model")
        if not target:
            continue
        class_name, _, slot_name = target.partition(".")
        if class_name not in view.all_classes():
            problems.append(f"{entry['emil3']}: no class {class_name}")
        elif slot_name and slot_name not in {s.name for s in view.class_induced_slots(class_name)}:
            problems.append(f"{entry['emil3']}: {class_name} has no slot {slot_name}")
    assert problems == []


@pytest.mark.parametrize("field", ["educationInfo.credits.system", "educationEvent.locations", "educationProvider.responsibleBody.type"])
def test_core_fields_named_by_the_issue_are_mapped(field):
    assert next(e for e in TABLE if e["emil3"] == field)["status"] == "mapped"
