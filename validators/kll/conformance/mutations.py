"""Mutations of real example data that break exactly one generated rule.

For a rule ``<Class>.<slot>.<kind>`` the base is a real instance of exactly that class taken from
the examples (records and nested value objects alike). The mutation breaks the one constraint the
rule names. ``patch_for`` expresses it as a JSON Patch (RFC 6902) on the example file, which is how
the generated conformance cases carry it; ``mutate`` gives the mutated instance on its own.
"""

from __future__ import annotations

import copy
import datetime
import json
import re
from functools import cache

import yaml

from ..artifacts import paths
from ..artifacts.generated import ecma_pattern, json_schema
from ..artifacts.modelindex import model_index
from ..artifacts.paths import example_files
from ..validation.report import pointer_token
from ..validation.engine import _walk

#: Classes no example holds an instance of: a minimal valid instance, written here.
SYNTHETIC = {
    "Period": {"start_date": "2026-08-17", "end_date": "2026-12-18"},
    "MonetaryAmount": {"amount": 1200, "currency": "SEK"},
}
NOT_AN_IRI = "not an iri"


@cache
def located_instances() -> dict[str, list[tuple[str | None, str, dict]]]:
    """Every object in the examples by its exact class, with (example path, JSON Pointer, object).

    Synthetic instances (classes no example holds) have no example path.
    """
    index = model_index()
    found: dict[str, list] = {name: [(None, "", value)] for name, value in SYNTHETIC.items()}
    for path in example_files():
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        relative = path.relative_to(paths.repository_root()).as_posix()
        for key, records in document.items():
            if key not in index.containers:
                continue
            for position, record in enumerate(records):
                class_name = index.record_class(index.containers[key], record.get("type"))
                for name, obj, pointer in _walk(index, record, class_name, f"/{key}/{position}"):
                    found.setdefault(name, []).append((relative, pointer, obj))
    return found


@cache
def instances() -> dict[str, list[dict]]:
    """Every object in the examples by its exact class."""
    return {name: [obj for _, _, obj in entries] for name, entries in located_instances().items()}


def _slot_schema(class_name: str, slot: str) -> dict:
    return json_schema()["$defs"][class_name]["properties"].get(slot, {})


def _breaks_pattern(pattern: str, uri: bool = False) -> str:
    """A string that breaks the pattern — for a URI slot, one that is still a URI."""
    candidates = ("urn:example:x", "ftp://example.org/x") if uri else (" ", "x y", "!", "ö", "0" * 40, "-", "a" * 3, "1")
    for candidate in candidates:
        if not ecma_pattern(pattern).search(candidate) and not re.search(pattern, candidate):
            return candidate
    raise AssertionError(f"no candidate breaks {pattern}")


def _other_values(class_name: str, slot_name: str, current):
    """Valid values for a slot other than ``current``: from other instances, or derived."""
    info = model_index().classes[class_name].slots[slot_name]
    # Slot names are global in the model, so any instance's value of the slot is a valid value.
    for objects in [instances().get(class_name, []), *instances().values()]:
        for obj in objects:
            value = obj.get(slot_name)
            if value is not None and value != current and not isinstance(value, list):
                yield value
    if info.kind == "enum":
        yield from (text for text in info.values if text != current)
    if isinstance(current, bool):
        yield not current
    if isinstance(current, int) and not isinstance(current, bool):
        yield current + 1
    if info.datatype == "xsd:date" and isinstance(current, str):
        yield (datetime.date.fromisoformat(current) + datetime.timedelta(days=1)).isoformat()
    if info.datatype == "xsd:dateTime" and isinstance(current, str):
        yield current.replace(current[:4], str(int(current[:4]) + 1), 1)
    if isinstance(current, float):
        yield current + 1
    if info.kind == "object" and isinstance(current, dict):
        yield copy.deepcopy(current)
    if isinstance(current, str) and info.kind in {"reference", "literal"}:
        pattern = _pattern_of(class_name, slot_name)
        for candidate in (current + "2", current[:-1] + ("1" if current[-1:] != "1" else "2"), current + " 2"):
            if pattern is None or ecma_pattern(pattern).search(candidate):
                yield candidate


_CANDIDATE_STRINGS = (
    "SE", "NO", "sv", "en", "swe", "eng", "SEK", "EUR", "2281", "0180", "23", "24", "abc", "def",
    "https://example.org/a", "https://example.org/b", "urn:example:a", "urn:example:b",
    "a@example.org", "b@example.org", "+46 60 19 10 00", "+46 8 123 456", "202100-2114", "212000-2411",
    "P3Y", "P4Y", "PT120H", "PT240H", "http://creativecommons.org/publicdomain/zero/1.0/",
    "https://creativecommons.org/licenses/by/4.0/",
)


def _synthetic_values(class_name: str, slot_name: str):
    """Valid values for a slot that no example fills, derived from its kind and JSON Schema."""
    info = model_index().classes[class_name].slots[slot_name]
    schema = _slot_schema(class_name, slot_name)
    schema = schema.get("items", schema)
    if info.kind == "enum":
        yield from info.values
    elif info.kind == "reference":
        yield from ("https://w3id.org/kll/id/example/a", "https://w3id.org/kll/id/example/b")
    elif info.kind == "object":
        for obj in instances().get(info.range, []):
            yield copy.deepcopy(obj)
            yield copy.deepcopy(obj)
    elif info.datatype == "xsd:date":
        yield from ("2026-01-01", "2026-01-02")
    elif info.datatype == "xsd:dateTime":
        yield from ("2026-01-01T10:00:00+01:00", "2026-01-02T10:00:00+01:00")
    elif info.datatype == "xsd:boolean":
        yield from (True, False)
    elif info.datatype in {"xsd:integer", "xsd:decimal", "xsd:float", "xsd:double"}:
        low = schema.get("minimum", 1)
        yield from (low, low + 1)
    else:
        pattern = schema.get("pattern")
        yield from (c for c in _CANDIDATE_STRINGS if pattern is None or ecma_pattern(pattern).search(c))


_TEXT_DATATYPES = frozenset({None, "xsd:string", "xsd:date", "xsd:dateTime", "xsd:anyURI"})


def _lexical_form(value) -> str:
    """The lexical form the JSON → RDF mapping gives a JSON integer or boolean (rdf_mapping)."""
    return "true" if value is True else "false" if value is False else str(value)


def _wrong_type(class_name: str, slot_name: str, current):
    """A value of the wrong JSON type for the slot that, where one exists, breaks nothing else.

    SHACL checks ``sh:pattern`` against the lexical form of a literal of any type and cannot compare
    a non-number with a range's bounds, so a plain wrong value would break those rules too: a text
    slot gets a number or a boolean whose lexical form still matches the pattern (a digits-only code
    as a number), an integer slot with a range gets a decimal inside the range. Where no such value
    exists (a pattern with letters or punctuation; a decimal slot with a range, which every
    non-number fails) the value still breaks the type, and the case expects the other rule too."""
    slot = model_index().classes[class_name].slots[slot_name]
    if slot.kind == "object":
        return "text"
    schema = _slot_schema(class_name, slot_name)
    schema = schema.get("items", schema)
    if slot.datatype in _TEXT_DATATYPES:
        pattern = schema.get("pattern")
        if pattern is None:
            return 12345
        text = current if isinstance(current, str) else ""
        digits = [int(run) for run in (re.sub(r"[^0-9]", "", text), *re.findall(r"[0-9]+", text)) if run]
        for candidate in (*digits, True, False, *(int("1" * n) for n in range(1, 21))):
            lexical = _lexical_form(candidate)
            if ecma_pattern(pattern).search(lexical) and re.search(pattern, lexical):
                return candidate
        return 12345
    if slot.datatype == "xsd:integer" and ("minimum" in schema or "maximum" in schema):
        return schema["minimum"] + 0.5 if "minimum" in schema else schema["maximum"] - 0.5
    return "text"


def mutate(rule: str) -> tuple[str, dict]:
    """(class, mutated instance) that breaks ``rule``; raises LookupError when there is no base."""
    class_name, *rest = rule.split(".")
    kind = rest[-1]
    slot_name = rest[0] if len(rest) == 2 else None
    bases = instances().get(class_name)
    if not bases:
        raise LookupError(f"no instance of {class_name} in the examples")
    info = model_index().classes[class_name]
    slot = info.slots.get(slot_name) if slot_name else None
    obj = copy.deepcopy(base_for(rule)[2])
    current = obj.get(slot_name) if slot_name else None

    if kind == "closed":
        obj["undefined_property"] = "x"
    elif kind == "identifier":
        obj["id"] = NOT_AN_IRI
    elif kind in {"required", "recommended"}:
        obj.pop(slot_name, None)
    elif kind == "max-count":
        if current is None:
            found = (v for objects in instances().values() for o in objects for v in [o.get(slot_name)] if v is not None and not isinstance(v, list))
            current = next(found, None)
        if current is None:
            current, other = list(_synthetic_values(class_name, slot_name))[:2]
        else:
            other = next(_other_values(class_name, slot_name, current), None)
            if other is None:  # a pattern that admits one value only: the second value breaks it too
                other = next((v for v in _synthetic_values(class_name, slot_name) if v != current), f"{current}2")
        obj[slot_name] = [current, other]
    elif kind == "value-type":
        wrong = _wrong_type(class_name, slot_name, current[0] if isinstance(current, list) and current else current)
        # In a list only the first item is replaced, so the list keeps its length.
        obj[slot_name] = [wrong, *current[1:]] if isinstance(current, list) else [wrong] if slot.multivalued else wrong
    elif kind == "pattern":
        wrong = _breaks_pattern(_pattern_of(class_name, slot_name), uri=slot.datatype == "xsd:anyURI")
        obj[slot_name] = [wrong] if slot.multivalued else wrong
    elif kind == "enum":
        obj[slot_name] = ["not-a-code"] if slot.multivalued else "not-a-code"
    elif kind == "range":
        schema = _slot_schema(class_name, slot_name)
        schema = schema.get("items", schema)
        wrong = schema["minimum"] - 1 if "minimum" in schema else schema["maximum"] + 1
        obj[slot_name] = [wrong] if slot.multivalued else wrong
    elif kind in {"language-map", "swedish", "english"}:
        one = (lambda text: [text]) if slot.text_set else (lambda text: text)
        text = copy.deepcopy(current) if current is not None else {"sv": one("Text"), "en": one("Text")}
        if kind == "language-map":
            text["de"] = one("Text")
        elif kind == "swedish":
            text.setdefault("en", one("Text"))
            text.pop("sv", None)
        else:
            text.setdefault("sv", one("Text"))
            text.pop("en", None)
        obj[slot_name] = text
    else:
        raise LookupError(f"no mutation for kind {kind}")
    return class_name, obj


def base_for(rule: str) -> tuple[str | None, str, dict]:
    """(example path, pointer, instance) that the mutation for ``rule`` starts from.

    An instance that has the slot is preferred, so the mutation changes a real value.
    """
    class_name, *rest = rule.split(".")
    slot_name = rest[0] if len(rest) == 2 else None
    entries = located_instances().get(class_name)
    if not entries:
        raise LookupError(f"no instance of {class_name} in the examples")
    with_slot = [e for e in entries if slot_name in e[2]] if slot_name else entries
    return (with_slot or entries)[0]


def patch_for(rule: str) -> tuple[str | None, list[dict], str, dict]:
    """(example path, JSON Patch operations, pointer, mutated instance) that break ``rule``.

    The operations change only the keys of the instance that the mutation changed.
    """
    example, pointer, original = base_for(rule)
    class_name, mutated = mutate(rule)
    operations = []
    for key in sorted(set(original) | set(mutated)):
        where = f"{pointer}/{pointer_token(key)}"
        if key not in mutated:
            operations.append({"op": "remove", "path": where})
        elif key not in original:
            operations.append({"op": "add", "path": where, "value": mutated[key]})
        elif mutated[key] != original[key]:
            operations.append({"op": "replace", "path": where, "value": mutated[key]})
    return example, operations, pointer, mutated


def _pattern_of(class_name: str, slot_name: str) -> str:
    schema = _slot_schema(class_name, slot_name)
    return schema.get("pattern") or schema.get("items", {}).get("pattern")


def write(tmp_path, class_name: str, obj: dict, name: str = "record.json"):
    path = tmp_path / name
    path.write_text(json.dumps(obj, ensure_ascii=False))
    return path


def generated_rules() -> list[str]:
    return (paths.generated_dir() / "shacl" / "rule-ids.txt").read_text().split()
