"""Maturity levels and deprecation (decision record 0011).

Every module file declares its maturity (``maturity: draft | trial | stable`` among the schema's
annotations); a module is never more mature than a module it imports. Every element the model
deprecates (LinkML ``deprecated``) gives the reason in words, names its replacement only if that
replacement exists, and says in which model version it was deprecated (annotation
``deprecated_in``), a version no later than the model's own.

Each test lists every offender, so one run shows all that is left to fix.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

import pytest

MATURITY_LEVELS = ("draft", "trial", "stable")  # in rising order
SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
REPLACEMENT_KEYS = ("deprecated_element_has_exact_replacement", "deprecated_element_has_possible_replacement")
#: A reason must be words, not a flag.
NOT_A_REASON = {"", "true", "yes", "deprecated", "1"}


def _annotation(element: dict, tag: str) -> Any:
    """An annotation value, whether written ``tag: value`` or ``tag: {tag: …, value: …}``."""
    annotations = element.get("annotations") or {}
    found = annotations.get(tag)
    return found.get("value") if isinstance(found, dict) else found


def _elements(module: dict) -> Iterator[tuple[str, dict, set[str]]]:
    """Every element a module file declares, as (path, element, kinds of name its replacement may be).

    Classes, slots (top-level, attributes and slot_usage) and enumerations may be replaced by an
    element of the same kind anywhere in the model; a permissible value by another value of its
    own enumeration (kind ``value:<Enum>``).
    """
    for name, element in (module.get("classes") or {}).items():
        element = element or {}
        yield f"classes.{name}", element, {"class"}
        for kind in ("attributes", "slot_usage"):
            for slot, usage in (element.get(kind) or {}).items():
                yield f"classes.{name}.{kind}.{slot}", usage or {}, {"slot"}
    for name, element in (module.get("slots") or {}).items():
        yield f"slots.{name}", element or {}, {"slot"}
    for name, element in (module.get("enums") or {}).items():
        element = element or {}
        yield f"enums.{name}", element, {"enum"}
        values = element.get("permissible_values") or {}
        for value, definition in values.items():
            yield f"enums.{name}.permissible_values.{value}", definition or {}, {f"value:{name}"}


def _names(modules: dict[str, dict]) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {"class": set(), "slot": set(), "enum": set()}
    for module in modules.values():
        names["class"] |= set(module.get("classes") or {})
        names["slot"] |= set(module.get("slots") or {})
        for klass in (module.get("classes") or {}).values():
            names["slot"] |= set((klass or {}).get("attributes") or {})
        for enum, element in (module.get("enums") or {}).items():
            names["enum"].add(enum)
            names[f"value:{enum}"] = set((element or {}).get("permissible_values") or {})
    return names


def _version(text: str) -> tuple[int, int, int]:
    return tuple(int(part) for part in SEMVER.match(text).groups())  # type: ignore[union-attr]


def deprecation_problems(modules: dict[str, dict], model_version: str) -> list[str]:
    """What is wrong with the deprecations in the given module files (empty when nothing is)."""
    names = _names(modules)
    problems = []
    for module_name, module in modules.items():
        for path, element, kinds in _elements(module):
            where = f"{module_name}: {path}"
            deprecated = element.get("deprecated")
            replacements = {key: element[key] for key in REPLACEMENT_KEYS if element.get(key)}
            deprecated_in = _annotation(element, "deprecated_in")
            if deprecated is None:
                if replacements or deprecated_in is not None:
                    problems.append(f"{where}: names a replacement or deprecated_in but is not deprecated")
                continue
            if not isinstance(deprecated, str) or deprecated.strip().lower() in NOT_A_REASON:
                problems.append(f"{where}: `deprecated` must give the reason in words, not {deprecated!r}")
            for key, replacement in replacements.items():
                known = set().union(*(names.get(kind, set()) for kind in kinds))
                if ":" not in str(replacement) and str(replacement) not in known:
                    problems.append(f"{where}: {key} names {replacement!r}, which the model does not define")
                if str(replacement) == path.rsplit(".", 1)[-1]:
                    problems.append(f"{where}: {key} names the element itself")
            if deprecated_in is None:
                problems.append(f"{where}: no annotation deprecated_in: <version>")
            elif not SEMVER.match(str(deprecated_in)):
                problems.append(f"{where}: deprecated_in {deprecated_in!r} is not a version MAJOR.MINOR.PATCH")
            elif _version(str(deprecated_in)) > _version(model_version):
                problems.append(f"{where}: deprecated_in {deprecated_in} is later than the model version {model_version}")
    return problems


# --- the model as it is ----------------------------------------------------------------------------


def test_every_module_declares_a_maturity_level(raw_modules):
    offenders = {name: _annotation(module, "maturity") for name, module in raw_modules.items()
                 if _annotation(module, "maturity") not in MATURITY_LEVELS}
    assert offenders == {}, f"maturity must be one of {MATURITY_LEVELS}"


def test_the_seven_modules_and_the_root_are_all_checked(raw_modules):
    assert {"core", "concepts", "offering", "qualification", "individual", "catalogue", "governance", "kll"} <= set(raw_modules)


def test_no_module_is_more_mature_than_a_module_it_imports(raw_modules):
    rank = {name: MATURITY_LEVELS.index(_annotation(module, "maturity")) for name, module in raw_modules.items()}
    offenders = [
        f"{name} ({MATURITY_LEVELS[rank[name]]}) imports {imported} ({MATURITY_LEVELS[rank[imported]]})"
        for name, module in raw_modules.items()
        for imported in module.get("imports") or []
        if imported in rank and rank[imported] < rank[name]
    ]
    assert offenders == []


def test_every_deprecated_element_gives_reason_replacement_and_version(raw_modules, view):
    assert deprecation_problems(raw_modules, str(view.schema.version)) == []


# --- the checker itself, on small made-up modules -------------------------------------------------

GOOD = {
    "classes": {"OldThing": {"deprecated": "Split into NewThing and OtherThing; use NewThing for providers.",
                             "deprecated_element_has_exact_replacement": "NewThing",
                             "annotations": {"deprecated_in": "0.4.0"}},
                "NewThing": {}},
    "enums": {"Colour": {"permissible_values": {
        "red": {},
        "crimson": {"deprecated": "Merged into red.", "deprecated_element_has_exact_replacement": "red",
                    "annotations": {"deprecated_in": {"tag": "deprecated_in", "value": "0.2.1"}}}}}},
}


def test_a_well_formed_deprecation_passes():
    assert deprecation_problems({"m": GOOD}, "0.4.0") == []


@pytest.mark.parametrize(
    ("element", "message"),
    [
        ({"deprecated": "true", "annotations": {"deprecated_in": "0.2.0"}}, "reason in words"),
        ({"deprecated": "No longer needed."}, "no annotation deprecated_in"),
        ({"deprecated": "No longer needed.", "annotations": {"deprecated_in": "next"}}, "is not a version"),
        ({"deprecated": "No longer needed.", "annotations": {"deprecated_in": "0.9.0"}}, "later than the model version"),
        ({"deprecated": "Renamed.", "deprecated_element_has_exact_replacement": "Nowhere",
          "annotations": {"deprecated_in": "0.2.0"}}, "which the model does not define"),
        ({"deprecated_element_has_exact_replacement": "NewThing"}, "but is not deprecated"),
    ],
)
def test_a_bad_deprecation_is_named(element, message):
    module = {"classes": {"Thing": element, "NewThing": {}}}
    problems = deprecation_problems({"m": module}, "0.4.0")
    assert len(problems) == 1 and message in problems[0], problems


def test_a_value_is_replaced_only_by_a_value_of_its_own_enumeration():
    module = {"enums": {"A": {"permissible_values": {"x": {}}},
                        "B": {"permissible_values": {"y": {"deprecated": "Moved.", "deprecated_element_has_exact_replacement": "x",
                                                           "annotations": {"deprecated_in": "0.1.0"}}}}}}
    problems = deprecation_problems({"m": module}, "0.1.0")
    assert len(problems) == 1 and "does not define" in problems[0]


def test_a_replacement_given_as_a_uri_is_accepted():
    module = {"slots": {"old": {"deprecated": "Use the ELM property.", "deprecated_element_has_exact_replacement": "elm:title",
                                "annotations": {"deprecated_in": "0.1.0"}}}}
    assert deprecation_problems({"m": module}, "0.1.0") == []
