"""Compare two versions of the model, classify every change and check the version bump.

The comparison does not work on the YAML text but on a *snapshot*: a normalised JSON form of the
model built with LinkML's SchemaView, holding only the facts that decide what data is valid and
what it means (classes with their induced slots, enumerations with their values, types) plus their
documentation. Release snapshots are frozen in ``model/releases/<version>.json``; a released
snapshot is never rewritten.

Every difference between two snapshots becomes one :class:`Change` with a *kind* (``slot-removed``,
``range-widened`` …), the element it concerns (``Education``, ``Education.title``,
``SchoolType.HS``), whether it breaks existing data or consumers, and the version bump it needs:

* ``major`` (breaking): data that was valid may no longer be, or means something else;
* ``minor`` (non-breaking): data that was valid stays valid and keeps its meaning;
* ``patch``: documentation only.

:func:`check_gate` then compares the bump the changes need with the bump between the two versions
(decision record 0010: while the major version is 0, a breaking change needs at least a minor bump
and every other change at least a patch bump) and applies the deprecation policy (decision record
0011): an element may be removed only if the old version had it ``deprecated`` with a
``deprecated_in`` annotation no later than the old version. The six-month notice period itself
cannot be seen in two snapshots; reviewers check it against the release dates in the CHANGELOG.

Sources (:func:`load_source`): a model directory holding ``kll.yaml``, a root ``.yaml`` file, a
snapshot ``.json`` file, or ``git:REV`` (the ``model/`` folder at a revision of the repository,
read with ``git archive``; nothing is fetched).
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import yaml

from ..artifacts import paths

__all__ = [
    "KINDS", "SNAPSHOT_FORMAT", "Change", "Problem", "Gate", "Source", "SourceError", "Comparison",
    "snapshot", "snapshot_of_schema", "diff", "check_gate", "compare", "load_source",
    "releases_dir", "release_snapshots", "latest_release", "parse_version", "dumps_snapshot",
    "load_snapshot_file", "module_problems", "ancestors", "element_facts", "ranges_of", "BOUNDS",
]

#: The bounds of a slot or type, as the snapshot names them.
BOUNDS = ("minimum_value", "maximum_value", "minimum_cardinality", "maximum_cardinality")

#: Bumps the version of the snapshot layout itself; a reader refuses snapshots of another layout.
SNAPSHOT_FORMAT = 1

BREAKING, NON_BREAKING = "breaking", "non-breaking"
BUMP_RANK = {"none": 0, "patch": 1, "minor": 2, "major": 3}

#: Every change kind: (compatibility, bump, what it means). The classification is stated here
#: once; tests/test_model_diff.py writes it out again, so changing it takes two deliberate edits.
KINDS: dict[str, tuple[str, str, str]] = {
    # -- breaking: valid data may become invalid, or a consumer reads it differently
    "class-removed": (BREAKING, "major", "a class is gone"),
    "slot-removed": (BREAKING, "major", "a class no longer has a slot (data using it is rejected)"),
    "enum-removed": (BREAKING, "major", "an enumeration is gone"),
    "value-removed": (BREAKING, "major", "a permissible value is gone"),
    "type-removed": (BREAKING, "major", "a type is gone"),
    "slot-made-required": (BREAKING, "major", "an optional slot became required"),
    "required-slot-added": (BREAKING, "major", "an existing class gained a required slot"),
    "range-narrowed": (BREAKING, "major", "the new range is a descendant of the old one"),
    "range-changed": (BREAKING, "major", "the range changed otherwise (other class, type or enumeration)"),
    "multivalued-changed": (BREAKING, "major", "a single value became a list or the reverse"),
    "inlining-changed": (BREAKING, "major", "the JSON shape changed: reference vs nested object, list vs dictionary"),
    "pattern-added": (BREAKING, "major", "a slot or type gained a pattern"),
    "pattern-changed": (BREAKING, "major", "a pattern changed (treated as tightened: inclusion of regular languages is not decided)"),
    "bound-tightened": (BREAKING, "major", "a minimum raised or added, a maximum lowered or added (value or cardinality)"),
    "identifier-changed": (BREAKING, "major", "a class, slot, type or enumeration URI, a value's meaning, or the identifier slot changed"),
    "type-designator-changed": (BREAKING, "major", "which slot designates the type changed"),
    "class-made-abstract": (BREAKING, "major", "a class became abstract or a mixin: it can no longer be instantiated"),
    "parent-changed": (BREAKING, "major", "is_a changed or a mixin was removed"),
    "tree-root-changed": (BREAKING, "major", "a class became or stopped being the tree root (the top-level document)"),
    "type-changed": (BREAKING, "major", "a type's base or typeof changed"),
    # -- non-breaking: what was valid stays valid and means the same
    "class-added": (NON_BREAKING, "minor", "a class was added"),
    "slot-added": (NON_BREAKING, "minor", "an existing class gained an optional slot"),
    "enum-added": (NON_BREAKING, "minor", "an enumeration was added"),
    "value-added": (NON_BREAKING, "minor", "a permissible value was added"),
    "type-added": (NON_BREAKING, "minor", "a type was added"),
    "slot-made-optional": (NON_BREAKING, "minor", "a required slot became optional"),
    "range-widened": (NON_BREAKING, "minor", "the new range is an ancestor of the old one"),
    "pattern-removed": (NON_BREAKING, "minor", "a pattern was dropped"),
    "bound-relaxed": (NON_BREAKING, "minor", "a minimum lowered or dropped, a maximum raised or dropped"),
    "recommended-changed": (NON_BREAKING, "minor", "a slot became or stopped being recommended (warnings only)"),
    "element-deprecated": (NON_BREAKING, "minor", "an element was deprecated (the notice period starts)"),
    "class-made-concrete": (NON_BREAKING, "minor", "an abstract class or mixin became instantiable"),
    "mixin-added": (NON_BREAKING, "minor", "a class gained a mixin (every old statement stays true)"),
    # -- patch: documentation only
    "description-changed": (NON_BREAKING, "patch", "a description changed"),
    "title-changed": (NON_BREAKING, "patch", "a title changed"),
    "annotation-changed": (NON_BREAKING, "patch", "an annotation (e.g. a Swedish label) changed"),
    "mapping-changed": (NON_BREAKING, "patch", "an exact/close/related/narrow/broad mapping changed"),
    "deprecation-changed": (NON_BREAKING, "patch", "the text, replacement or version of a deprecation changed, or it was withdrawn"),
}

#: Removals that the deprecation policy (decision record 0011) governs.
REMOVALS = {"class-removed", "slot-removed", "enum-removed", "value-removed", "type-removed"}
MAPPING_KINDS = ("exact", "close", "related", "narrow", "broad")
DEPRECATED_IN = "deprecated_in"
# libyaml when present: the import check reads every module, and pure-Python YAML is slow.
_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")


#: Each way a source cannot be read: (English, Swedish), formatted with the error's parameters.
#: Paths, revisions and the source the user typed are parameters; text read from a file never is.
_SOURCE_MESSAGES: dict[str, tuple[str, str]] = {
    "schema-unloadable": ("cannot load the schema {path}: {error_type}", "kan inte läsa in schemat {path}: {error_type}"),
    "no-schema-file": ("no schema file at {path}", "det finns ingen schemafil {path}"),
    "not-yaml": ("{path} is not valid YAML{where}", "{path} är inte giltig YAML{where}"),
    "not-linkml": ("{path} is not a LinkML schema (no id and name)", "{path} är inte ett LinkML-schema (id och name saknas)"),
    "imports-not-list": ("{path}: imports must be a list", "{path}: imports måste vara en lista"),
    "import-not-name": ("{path}: import {position} is not a name", "{path}: import nummer {position} är inte ett namn"),
    "import-not-local": ("{path}: import {position} is not a local module (the model diff never fetches)",
                         "{path}: import nummer {position} är inte en lokal modul (modelldiffen hämtar aldrig något)"),
    "snapshot-unreadable": ("cannot read the snapshot {path}: {error_type}{where}",
                            "kan inte läsa ögonblicksbilden {path}: {error_type}{where}"),
    "not-snapshot": ("{path} is not a model snapshot of format {format}", "{path} är inte en ögonblicksbild av modellen i format {format}"),
    "directory-without-root": ("{spec} is a directory without kll.yaml", "{spec} är en mapp utan kll.yaml"),
    "no-such-source": ("no such model source: {spec} (give a model directory, a .yaml root schema, a snapshot .json or git:REV)",
                       "modellkällan finns inte: {spec} (ange en modellmapp, ett rotschema .yaml, en ögonblicksbild .json eller git:REV)"),
    "unknown-source-form": ("{spec}: expected a model directory, a .yaml root schema, a snapshot .json or git:REV",
                            "{spec}: väntade en modellmapp, ett rotschema .yaml, en ögonblicksbild .json eller git:REV"),
    "not-git-revision": ("not a git revision: {rev}", "inte en git-revision: {rev}"),
    "not-in-git": ("git:{rev}: {path} is not in a git repository", "git:{rev}: {path} ligger inte i ett git-förråd"),
    "unknown-git-revision": ("unknown git revision: {rev}", "okänd git-revision: {rev}"),
    "no-model-at-revision": ("git:{rev} has no {prefix}/ directory", "git:{rev} har ingen mapp {prefix}/"),
    "no-root-at-revision": ("git:{rev} has no {prefix}/kll.yaml", "git:{rev} har ingen {prefix}/kll.yaml"),
}


class SourceError(Exception):
    """A model source cannot be read: missing, not a model, unknown git revision, broken YAML.

    ``code`` says which way (a key of the messages), ``params`` its facts: paths, the position of
    an import, a line and column, the name of an exception type, never text read from the file.
    :meth:`message` words it in English or Swedish; ``str()`` is the English.
    """

    def __init__(self, code: str, **params: Any) -> None:
        self.code, self.params = code, params
        super().__init__(self.message("en"))

    def message(self, language: str) -> str:
        """The error in ``language`` (``en`` or ``sv``)."""
        sv = language == "sv"
        params = dict(self.params)
        line, column = params.pop("line", None), params.pop("column", None)
        where = ""
        if line is not None:
            where = f" (rad {line}, kolumn {column})" if sv else f" (line {line}, column {column})"
        return _SOURCE_MESSAGES[self.code][int(sv)].format(where=where, **params)

    def relocated(self, old: str, new: str) -> SourceError:
        """The same error with ``old`` replaced by ``new`` in every path it names."""
        params = {key: value.replace(old, new) if isinstance(value, str) else value for key, value in self.params.items()}
        return SourceError(self.code, **params)


# --------------------------------------------------------------------------------------------
# Snapshots
# --------------------------------------------------------------------------------------------


def snapshot(view) -> dict:
    """The normalised, deterministic snapshot of the model a SchemaView holds.

    Facts equal to LinkML's defaults (false, empty, unset) are left out, so a snapshot shows what
    the authors said and two spellings of the same model give the same snapshot.
    """
    schema = view.schema
    modules = {name: view.schema_map[name].version for name in view.imports_closure() if not name.startswith("linkml:")}
    return {
        "snapshot_format": SNAPSHOT_FORMAT,
        "name": schema.name,
        "version": schema.version,
        # Only the versions: the gate needs every module to carry the root's version.
        "modules": {name: version or "" for name, version in modules.items()},
        "classes": {name: _class_facts(view, cls) for name, cls in view.all_classes().items()},
        "enums": {name: _enum_facts(view, enum) for name, enum in view.all_enums().items()},
        "types": {name: _type_facts(view, typ) for name, typ in view.all_types().items()},
    }


def dumps_snapshot(snap: dict) -> str:
    """A snapshot as the text written to ``model/releases``: sorted keys, two-space indent."""
    return json.dumps(snap, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def snapshot_of_schema(schema: Path) -> dict:
    """Load a root schema with SchemaView and return its snapshot.

    Imports are checked first: only ``linkml:`` imports and modules next to the importing file are
    followed, so loading a model never reaches the network.
    """
    from linkml_runtime.utils.schemaview import SchemaView

    _check_imports(schema)
    try:
        return snapshot(SchemaView(str(schema)))
    except SourceError:
        raise
    except Exception as error:  # SchemaView raises whatever its loaders raise: say which file
        # The exception's text may quote the file: only its type is named.
        raise SourceError("schema-unloadable", path=str(schema), error_type=type(error).__name__) from None


def _check_imports(schema: Path, seen: set[Path] | None = None) -> None:
    seen = set() if seen is None else seen
    schema = schema.resolve()
    if schema in seen:
        return
    seen.add(schema)
    if not schema.is_file():
        raise SourceError("no-schema-file", path=str(schema))
    try:
        data = yaml.load(schema.read_text(encoding="utf-8"), Loader=_YamlLoader)
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        # The parser's problem text may quote the file: the place is said, not the problem.
        mark = getattr(error, "problem_mark", None)
        place = {"line": mark.line + 1, "column": mark.column + 1} if mark is not None else {}
        raise SourceError("not-yaml", path=str(schema), **place) from None
    if not isinstance(data, dict) or "name" not in data or "id" not in data:
        raise SourceError("not-linkml", path=str(schema))
    imports = data.get("imports") or []
    if not isinstance(imports, list):
        raise SourceError("imports-not-list", path=str(schema))
    for position, name in enumerate(imports, start=1):
        # An import is named by its place in the list: its text comes from the file.
        if not isinstance(name, str):
            raise SourceError("import-not-name", path=str(schema), position=position)
        if name.startswith("linkml:"):
            continue  # shipped with linkml-runtime
        if ":" in name:
            raise SourceError("import-not-local", path=str(schema), position=position)
        _check_imports(schema.parent / f"{name}.yaml", seen)


def _class_facts(view, cls) -> dict:
    return _facts({
        "uri": view.get_uri(cls, expand=True),
        "is_a": cls.is_a,
        "mixins": sorted(cls.mixins or []),
        "abstract": bool(cls.abstract),
        "mixin": bool(cls.mixin),
        "tree_root": bool(cls.tree_root),
        **_doc_facts(view, cls),
        "slots": {slot.name: _slot_facts(view, slot) for slot in view.class_induced_slots(cls.name)},
    })


def _slot_facts(view, slot) -> dict:
    classes = view.all_classes()
    ranges = sorted({x.range for x in (slot.any_of or []) if x.range})
    range_ = slot.range
    inlining = None
    if any(r in classes for r in (ranges or [range_])):
        # The effective JSON shape, not the raw flags: a class without an identifier is always
        # inlined, and a multivalued inlined slot of such a class is always a list.
        if not view.is_inlined(slot):
            inlining = "reference"
        elif not slot.multivalued:
            inlining = "object"
        else:
            has_id = range_ in classes and (view.get_identifier_slot(range_) or view.get_key_slot(range_))
            inlining = "list" if slot.inlined_as_list or not has_id else "dictionary"
    return _facts({
        "uri": view.get_uri(slot, expand=True),
        "range": range_,
        "any_of": ranges,
        "required": bool(slot.required),
        "recommended": bool(slot.recommended),
        "multivalued": bool(slot.multivalued),
        # inlined + inlined_as_list as one fact: reference, object, list or dictionary.
        "inlining": inlining,
        "identifier": bool(slot.identifier),
        "key": bool(slot.key),
        "designates_type": bool(slot.designates_type),
        "pattern": slot.pattern,
        "minimum_value": _number(slot.minimum_value),
        "maximum_value": _number(slot.maximum_value),
        "minimum_cardinality": _number(slot.minimum_cardinality),
        "maximum_cardinality": _number(slot.maximum_cardinality),
        **_doc_facts(view, slot),
    })


def _enum_facts(view, enum) -> dict:
    return _facts({
        "uri": _expand(view, enum.enum_uri) if enum.enum_uri else None,
        **_doc_facts(view, enum),
        "permissible_values": {
            str(text): _facts({"meaning": _expand(view, value.meaning) if value.meaning else None, **_doc_facts(view, value, mappings=False)})
            for text, value in (enum.permissible_values or {}).items()
        },
    })


def _type_facts(view, typ) -> dict:
    return _facts({
        "uri": _expand(view, typ.uri) if typ.uri else None,
        "base": typ.base,
        "typeof": typ.typeof,
        "pattern": typ.pattern,
        "minimum_value": _number(typ.minimum_value),
        "maximum_value": _number(typ.maximum_value),
        **_doc_facts(view, typ),
    })


def _doc_facts(view, element, mappings: bool = True) -> dict:
    facts = {
        "title": _text(element.title),
        "description": _text(element.description),
        "annotations": _annotations(element),
        "deprecated": _text(element.deprecated),
        # LinkML's deprecated_element_has_exact_replacement and …_possible_replacement, shortened.
        "replacement": element.deprecated_element_has_exact_replacement,
        "possible_replacement": element.deprecated_element_has_possible_replacement,
    }
    if mappings:
        found = {kind: sorted(_expand(view, m) for m in (getattr(element, f"{kind}_mappings", None) or [])) for kind in MAPPING_KINDS}
        facts["mappings"] = {kind: uris for kind, uris in found.items() if uris}
    return facts


def _annotations(element) -> dict:
    from jsonasobj2 import JsonObj, as_dict

    raw = element.annotations or {}
    if isinstance(raw, JsonObj):  # induced slots carry JsonObj wrappers, declared ones dicts
        raw = as_dict(raw)
    found = {}
    for tag, annotation in raw.items():
        value = annotation.get("value") if isinstance(annotation, dict) else getattr(annotation, "value", annotation)
        found[str(tag)] = _plain(value)
    return found


def _plain(value: Any) -> Any:
    from jsonasobj2 import JsonObj, as_dict

    if isinstance(value, JsonObj):
        value = as_dict(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return _number(value)
    return str(value)


def _number(value: Any) -> Any:
    """LinkML hands out ``extended_int`` and friends; JSON wants plain numbers."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return int(value) if float(value).is_integer() else float(value)
    return str(value)


def _text(value: Any) -> str | None:
    # Reflowing a folded paragraph is not a change; whitespace is normalised.
    return " ".join(str(value).split()) if value else None


def _expand(view, curie: str) -> str:
    try:
        return view.expand_curie(curie) or curie
    except Exception:  # an unknown prefix: keep the CURIE as written
        return curie


def _facts(facts: dict) -> dict:
    """Drop the facts that are unset, false or empty (not zeros): they are LinkML's defaults.

    Only one level deep: the names of slots and permissible values stay even when nothing else
    is said about them.
    """
    return {key: value for key, value in facts.items() if not (value is None or value is False or value in ("", [], {}))}


# --------------------------------------------------------------------------------------------
# Changes
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One difference between two versions of the model."""

    kind: str
    element: str
    detail: str
    #: Where the element lives: ("class", C), ("slot", C, s), ("enum", E), ("value", E, v), ("type", T).
    where: tuple = field(default=(), compare=False, repr=False)
    #: The facts the detail is made of, so that a report can word it in another language
    #: (``form`` says which of the kind's details it is).
    params: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def compatibility(self) -> str:
        return KINDS[self.kind][0]

    @property
    def bump(self) -> str:
        return KINDS[self.kind][1]

    def to_dict(self) -> dict:
        return {"kind": self.kind, "element": self.element, "compatibility": self.compatibility, "bump": self.bump, "detail": self.detail}

    def sort_key(self) -> tuple:
        return (-BUMP_RANK[self.bump], self.element, self.kind, self.detail)


def diff(old: dict, new: dict) -> list[Change]:
    """Every change from the ``old`` snapshot to the ``new`` one, most severe first.

    The version and the module versions are not changes: :func:`check_gate` judges them.
    """
    changes: list[Change] = []

    def add(kind: str, element: str, detail: str, where: tuple, params: dict | None = None) -> None:
        changes.append(Change(kind, element, detail, where, params or {}))

    _diff_classes(old, new, add)
    _diff_enums(old.get("enums", {}), new.get("enums", {}), add)
    _diff_types(old, new, add)
    unique = {(c.kind, c.element, c.detail): c for c in changes}
    return sorted(unique.values(), key=Change.sort_key)


Add = Callable[..., None]


def _diff_classes(old: dict, new: dict, add: Add) -> None:
    before, after = old.get("classes", {}), new.get("classes", {})
    for name in sorted(before.keys() - after.keys()):
        add("class-removed", name, "class removed", ("class", name))
    for name in sorted(after.keys() - before.keys()):
        add("class-added", name, "class added", ("class", name))
    for name in sorted(before.keys() & after.keys()):
        o, n = before[name], after[name]
        where = ("class", name)
        if o.get("uri") != n.get("uri"):
            add("identifier-changed", name, f"class URI {o.get('uri')} → {n.get('uri')}", where,
                {"form": "class-uri", "old": o.get("uri"), "new": n.get("uri")})
        if o.get("is_a") != n.get("is_a"):
            add("parent-changed", name, f"is_a {o.get('is_a') or '(none)'} → {n.get('is_a') or '(none)'}", where,
                {"form": "is-a", "old": o.get("is_a"), "new": n.get("is_a")})
        old_mixins, new_mixins = set(o.get("mixins", [])), set(n.get("mixins", []))
        if old_mixins - new_mixins:
            add("parent-changed", name, f"mixins removed: {', '.join(sorted(old_mixins - new_mixins))}", where,
                {"form": "mixins-removed", "names": sorted(old_mixins - new_mixins)})
        if new_mixins - old_mixins:
            add("mixin-added", name, f"mixins added: {', '.join(sorted(new_mixins - old_mixins))}", where,
                {"form": "mixins-added", "names": sorted(new_mixins - old_mixins)})
        for flag, label in (("abstract", "abstract"), ("mixin", "a mixin")):
            if not o.get(flag) and n.get(flag):
                add("class-made-abstract", name, f"became {label}", where, {"form": flag})
            elif o.get(flag) and not n.get(flag):
                add("class-made-concrete", name, f"is no longer {label}", where, {"form": flag})
        if bool(o.get("tree_root")) != bool(n.get("tree_root")):
            add("tree-root-changed", name, "became the tree root" if n.get("tree_root") else "is no longer the tree root", where,
                {"form": "now" if n.get("tree_root") else "no-longer"})
        old_id, new_id = _identifier_slot(o), _identifier_slot(n)
        if old_id != new_id:
            add("identifier-changed", name, f"identifier slot {old_id or '(none)'} → {new_id or '(none)'}", where,
                {"form": "identifier-slot", "old": old_id, "new": new_id})
        _diff_docs(name, o, n, add, where)

        old_slots, new_slots = o.get("slots", {}), n.get("slots", {})
        for slot in sorted(old_slots.keys() - new_slots.keys()):
            add("slot-removed", f"{name}.{slot}", "slot removed from the class", ("slot", name, slot))
        for slot in sorted(new_slots.keys() - old_slots.keys()):
            required = new_slots[slot].get("required")
            kind = "required-slot-added" if required else "slot-added"
            add(kind, f"{name}.{slot}", "required slot added" if required else "optional slot added", ("slot", name, slot))
        for slot in sorted(old_slots.keys() & new_slots.keys()):
            _diff_slot(f"{name}.{slot}", old_slots[slot], new_slots[slot], new, add, ("slot", name, slot))


def _identifier_slot(cls: dict) -> str | None:
    slots = cls.get("slots", {})
    return next((s for s in sorted(slots) if slots[s].get("identifier") or slots[s].get("key")), None)


def _diff_slot(element: str, o: dict, n: dict, new: dict, add: Add, where: tuple) -> None:
    if o.get("uri") != n.get("uri"):
        add("identifier-changed", element, f"slot URI {o.get('uri')} → {n.get('uri')}", where,
            {"form": "slot-uri", "old": o.get("uri"), "new": n.get("uri")})
    old_ranges, new_ranges = _ranges(o), _ranges(n)
    if old_ranges != new_ranges:
        kind = _range_kind(old_ranges, new_ranges, new)
        add(kind, element, f"range {' | '.join(sorted(old_ranges))} → {' | '.join(sorted(new_ranges))}", where,
            {"form": "range", "old": " | ".join(sorted(old_ranges)), "new": " | ".join(sorted(new_ranges))})
    if not o.get("required") and n.get("required"):
        add("slot-made-required", element, "optional → required", where)
    elif o.get("required") and not n.get("required"):
        add("slot-made-optional", element, "required → optional", where)
    if bool(o.get("recommended")) != bool(n.get("recommended")):
        add("recommended-changed", element, "became recommended" if n.get("recommended") else "no longer recommended", where,
            {"form": "now" if n.get("recommended") else "no-longer"})
    if bool(o.get("multivalued")) != bool(n.get("multivalued")):
        add("multivalued-changed", element, "single → multivalued" if n.get("multivalued") else "multivalued → single", where)
    # A change between a class and a type or enumeration is already a range change; a list
    # becoming a single value (or the reverse) changes the shape by itself.
    old_inlining, new_inlining = o.get("inlining"), n.get("inlining")
    if (old_inlining != new_inlining and bool(o.get("multivalued")) == bool(n.get("multivalued"))
            and ((old_inlining and new_inlining) or old_ranges == new_ranges)):
        add("inlining-changed", element, f"{old_inlining or '(not a class)'} → {new_inlining or '(not a class)'}", where,
            {"form": "inlining", "old": old_inlining, "new": new_inlining})
    if bool(o.get("designates_type")) != bool(n.get("designates_type")):
        add("type-designator-changed", element, "now designates the type" if n.get("designates_type") else "no longer designates the type", where,
            {"form": "now" if n.get("designates_type") else "no-longer"})
    _diff_constraints(element, o, n, add, where)
    _diff_docs(element, o, n, add, where)


def _ranges(slot: dict) -> frozenset:
    return frozenset(slot.get("any_of") or [slot.get("range")])


def _range_kind(old: frozenset, new: frozenset, snap: dict) -> str:
    """Narrowed when every new range lies under an old one; widened when every old range lies
    under a new one (in the new model's hierarchy of classes and types); otherwise changed."""
    def under(name: str, ancestor: str) -> bool:
        return ancestor == name or ancestor in _ancestors(snap, name)

    narrowed = all(any(under(n, o) for o in old) for n in new)
    widened = all(any(under(o, n) for n in new) for o in old)
    if narrowed and not widened:
        return "range-narrowed"
    if widened and not narrowed:
        return "range-widened"
    return "range-changed"


def _ancestors(snap: dict, name: str) -> set[str]:
    classes, types = snap.get("classes", {}), snap.get("types", {})
    found: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        if current in classes:
            parents = [classes[current].get("is_a"), *classes[current].get("mixins", [])]
        elif current in types:
            parents = [types[current].get("typeof")]
        else:
            parents = []
        for parent in parents:
            if parent and parent not in found:
                found.add(parent)
                todo.append(parent)
    return found


def _diff_constraints(element: str, o: dict, n: dict, add: Add, where: tuple) -> None:
    """Patterns and bounds, shared by slots and types."""
    old_pattern, new_pattern = o.get("pattern"), n.get("pattern")
    if old_pattern != new_pattern:
        if old_pattern is None:
            add("pattern-added", element, f"pattern {new_pattern}", where, {"form": "pattern", "old": None, "new": new_pattern})
        elif new_pattern is None:
            add("pattern-removed", element, f"pattern {old_pattern} dropped", where, {"form": "pattern", "old": old_pattern, "new": None})
        else:
            add("pattern-changed", element, f"pattern {old_pattern} → {new_pattern}", where,
                {"form": "pattern", "old": old_pattern, "new": new_pattern})
    for bound, lower in (("minimum_value", True), ("minimum_cardinality", True), ("maximum_value", False), ("maximum_cardinality", False)):
        before, after = o.get(bound), n.get(bound)
        if before == after:
            continue
        if before is None:
            tightened = True
        elif after is None:
            tightened = False
        else:
            try:
                tightened = after > before if lower else after < before
            except TypeError:  # not comparable (a date against a number): assume the worst
                tightened = True
        show = lambda v: "(none)" if v is None else str(v)  # noqa: E731
        add("bound-tightened" if tightened else "bound-relaxed", element, f"{bound} {show(before)} → {show(after)}", where,
            {"form": "bound", "bound": bound, "old": before, "new": after})


def _diff_docs(element: str, o: dict, n: dict, add: Add, where: tuple) -> None:
    """Documentation facts and the deprecation of one element."""
    if o.get("description") != n.get("description"):
        add("description-changed", element, "description changed", where)
    if o.get("title") != n.get("title"):
        add("title-changed", element, f"title {o.get('title') or '(none)'} → {n.get('title') or '(none)'}", where,
            {"form": "title", "old": o.get("title"), "new": n.get("title")})
    # deprecated_in belongs to the deprecation, reported below, not to the documentation.
    old_ann = {k: v for k, v in o.get("annotations", {}).items() if k != DEPRECATED_IN}
    new_ann = {k: v for k, v in n.get("annotations", {}).items() if k != DEPRECATED_IN}
    if old_ann != new_ann:
        tags = sorted(t for t in old_ann.keys() | new_ann.keys() if old_ann.get(t) != new_ann.get(t))
        add("annotation-changed", element, f"annotations changed: {', '.join(tags)}", where, {"form": "tags", "names": tags})
    old_map, new_map = o.get("mappings", {}), n.get("mappings", {})
    if old_map != new_map:
        parts = []
        for kind in MAPPING_KINDS:
            before, after = set(old_map.get(kind, [])), set(new_map.get(kind, []))
            parts += [f"+{kind} {m}" for m in sorted(after - before)] + [f"-{kind} {m}" for m in sorted(before - after)]
        add("mapping-changed", element, "; ".join(parts), where,
            {"form": "mappings", "added": sum(p.startswith("+") for p in parts), "removed": sum(p.startswith("-") for p in parts)})
    old_dep, new_dep = _deprecation(o), _deprecation(n)
    if old_dep != new_dep:
        if old_dep is None:
            replaced = f" (replaced by {new_dep[1]})" if new_dep[1] else f" (possibly replaced by {new_dep[2]})" if new_dep[2] else ""
            add("element-deprecated", element, f"deprecated: {new_dep[0]}{replaced}", where,
                {"form": "deprecated", "text": new_dep[0], "replacement": new_dep[1], "possible": new_dep[2]})
        elif new_dep is None:
            add("deprecation-changed", element, "deprecation withdrawn", where, {"form": "withdrawn"})
        else:
            moved = [(label, a, b) for label, a, b in zip(("text", "replacement", "possible replacement", DEPRECATED_IN), old_dep, new_dep) if a != b]
            parts = [f"{label} {a or '(none)'} → {b or '(none)'}" for label, a, b in moved]
            add("deprecation-changed", element, "; ".join(parts), where, {"form": "moved", "moved": moved})


def _deprecation(element: dict) -> tuple | None:
    if not element.get("deprecated"):
        return None
    return (element["deprecated"], element.get("replacement"), element.get("possible_replacement"), element.get("annotations", {}).get(DEPRECATED_IN))


def _diff_enums(before: dict, after: dict, add: Add) -> None:
    for name in sorted(before.keys() - after.keys()):
        add("enum-removed", name, "enumeration removed", ("enum", name))
    for name in sorted(after.keys() - before.keys()):
        add("enum-added", name, "enumeration added", ("enum", name))
    for name in sorted(before.keys() & after.keys()):
        o, n = before[name], after[name]
        where = ("enum", name)
        if o.get("uri") != n.get("uri"):
            add("identifier-changed", name, f"enum URI {o.get('uri') or '(none)'} → {n.get('uri') or '(none)'}", where,
                {"form": "enum-uri", "old": o.get("uri"), "new": n.get("uri")})
        _diff_docs(name, o, n, add, where)
        old_values, new_values = o.get("permissible_values", {}), n.get("permissible_values", {})
        for text in sorted(old_values.keys() - new_values.keys()):
            add("value-removed", f"{name}.{text}", "permissible value removed", ("value", name, text))
        for text in sorted(new_values.keys() - old_values.keys()):
            add("value-added", f"{name}.{text}", "permissible value added", ("value", name, text))
        for text in sorted(old_values.keys() & new_values.keys()):
            ov, nv = old_values[text], new_values[text]
            element, vwhere = f"{name}.{text}", ("value", name, text)
            if ov.get("meaning") != nv.get("meaning"):
                add("identifier-changed", element, f"meaning {ov.get('meaning') or '(none)'} → {nv.get('meaning') or '(none)'}", vwhere,
                    {"form": "meaning", "old": ov.get("meaning"), "new": nv.get("meaning")})
            _diff_docs(element, ov, nv, add, vwhere)


def _diff_types(old: dict, new: dict, add: Add) -> None:
    before, after = old.get("types", {}), new.get("types", {})
    for name in sorted(before.keys() - after.keys()):
        add("type-removed", name, "type removed", ("type", name))
    for name in sorted(after.keys() - before.keys()):
        add("type-added", name, "type added", ("type", name))
    for name in sorted(before.keys() & after.keys()):
        o, n = before[name], after[name]
        where = ("type", name)
        if o.get("uri") != n.get("uri"):
            add("identifier-changed", name, f"type URI {o.get('uri')} → {n.get('uri')}", where,
                {"form": "type-uri", "old": o.get("uri"), "new": n.get("uri")})
        for fact in ("base", "typeof"):
            if o.get(fact) != n.get(fact):
                add("type-changed", name, f"{fact} {o.get(fact) or '(none)'} → {n.get(fact) or '(none)'}", where,
                    {"form": fact, "old": o.get(fact), "new": n.get(fact)})
        _diff_constraints(name, o, n, add, where)
        _diff_docs(name, o, n, add, where)


# --------------------------------------------------------------------------------------------
# The version gate
# --------------------------------------------------------------------------------------------


def parse_version(text: Any) -> tuple[int, int, int] | None:
    """``X.Y.Z`` as a tuple, or None when the text is not a plain semantic version."""
    match = _SEMVER.match(str(text)) if text is not None else None
    return tuple(int(p) for p in match.groups()) if match else None  # type: ignore[return-value]


@dataclass(frozen=True)
class Problem:
    """One reason the version gate fails."""

    code: str
    message: str
    element: str | None = None
    #: The facts the message is made of, so that a report can word it in another language.
    params: dict = field(default_factory=dict, compare=False, repr=False)

    def to_dict(self) -> dict:
        return {"code": self.code, "element": self.element, "message": self.message}


@dataclass
class Gate:
    """The verdict on a version bump."""

    #: The largest bump any single change asks for (major for a breaking change).
    highest_change: str
    #: The bump the release policy requires for these changes (0.x: a breaking change needs minor).
    required_bump: str
    #: The bump between the two versions: none, patch, minor, major; None when a version is unparseable.
    actual_bump: str | None
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def _actual_bump(old: tuple, new: tuple) -> str:
    if new == old:
        return "none"
    if new[0] != old[0]:
        return "major"
    if new[1] != old[1]:
        return "minor"
    return "patch"


def _policy_bump(change_bump: str, old_version: tuple | None) -> str:
    """Decision record 0010: while the major version is 0, every bump moves one place down."""
    if old_version is not None and old_version[0] == 0 and change_bump != "none":
        return {"major": "minor", "minor": "patch", "patch": "patch"}[change_bump]
    return change_bump


def check_gate(old: dict, new: dict, changes: list[Change]) -> Gate:
    """Judge the version bump from ``old`` to ``new`` given their ``changes``."""
    problems: list[Problem] = []
    old_text, new_text = old.get("version"), new.get("version")
    old_v, new_v = parse_version(old_text), parse_version(new_text)
    for label, text, parsed in (("old", old_text, old_v), ("new", new_text, new_v)):
        if parsed is None:
            problems.append(Problem("version-not-semver", f"the {label} version {text!r} is not a semantic version X.Y.Z",
                                    params={"side": label, "version": repr(text)}))
    highest = max((c.bump for c in changes), key=BUMP_RANK.__getitem__, default="none")
    required = _policy_bump(highest, old_v)
    actual = None
    if old_v is not None and new_v is not None:
        if new_v < old_v:
            problems.append(Problem("version-decreased", f"the version went backwards: {old_text} → {new_text}",
                                    params={"old": old_text, "new": new_text}))
        else:
            actual = _actual_bump(old_v, new_v)
            if actual == "none" and changes:
                problems.append(Problem(
                    "version-unchanged",
                    f"{len(changes)} {'change' if len(changes) == 1 else 'changes'} but the version is still {new_text}: bump it to at least {_next(old_v, required)}",
                    params={"count": len(changes), "version": new_text, "next": _next(old_v, required)}))
            elif actual != "none" and BUMP_RANK[actual] < BUMP_RANK[required]:
                short = [c for c in changes if BUMP_RANK[_policy_bump(c.bump, old_v)] > BUMP_RANK[actual]]
                problems.append(Problem(
                    "bump-too-small",
                    f"{_describe(short)} {'needs' if len(short) == 1 else 'need'} a {required} bump ({old_text} → {_next(old_v, required)}), "
                    f"but {old_text} → {new_text} is a {actual} bump",
                    params={"changes": [(c.kind, c.element) for c in short], "required": required, "old": old_text, "next": _next(old_v, required),
                            "new": new_text, "actual": actual}))
    problems += module_problems(new)
    problems += _removal_problems(old, changes)
    problems += _deprecation_problems(old, new, changes)
    return Gate(highest, required, actual, problems)


def _next(version: tuple, bump: str) -> str:
    major, minor, patch = version
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _describe(changes: list[Change], limit: int = 5) -> str:
    named = ", ".join(f"{c.kind} {c.element}" for c in changes[:limit])
    return named + (f" and {len(changes) - limit} more" if len(changes) > limit else "")


def module_problems(new: dict) -> list[Problem]:
    """Every module of a model carries the root's version (decision record 0010)."""
    version = new.get("version")
    if version is None:
        return []  # reported as version-not-semver
    return [
        Problem("module-version-mismatch", f"module {name} has version {module_version or '(none)'}, the model has {version}", name,
                params={"module": name, "module_version": module_version or None, "version": version})
        for name, module_version in sorted(new.get("modules", {}).items())
        if module_version != version
    ]


def _element(snap: dict, where: tuple) -> dict | None:
    """The facts of the element a change is about, looked up in a snapshot."""
    match where:
        case ("class", name):
            return snap.get("classes", {}).get(name)
        case ("slot", cls, slot):
            return snap.get("classes", {}).get(cls, {}).get("slots", {}).get(slot)
        case ("enum", name):
            return snap.get("enums", {}).get(name)
        case ("value", enum, text):
            return snap.get("enums", {}).get(enum, {}).get("permissible_values", {}).get(text)
        case ("type", name):
            return snap.get("types", {}).get(name)
    return None


def _container(where: tuple) -> tuple | None:
    """The class of a slot, the enumeration of a value."""
    if where[0] == "slot":
        return ("class", where[1])
    if where[0] == "value":
        return ("enum", where[1])
    return None


def _removal_problems(old: dict, changes: list[Change]) -> list[Problem]:
    """Decision record 0011: only an element deprecated with ``deprecated_in`` may be removed.

    A slot or value may also go with its class or enumeration when that carried the notice.
    """
    problems = []
    old_version = parse_version(old.get("version"))
    for change in changes:
        if change.kind not in REMOVALS:
            continue
        reasons = []
        for where in filter(None, (change.where, _container(change.where))):
            facts = _element(old, where) or {}
            reason = _notice_problem(facts, old.get("version"), old_version)
            if reason is None:
                break
            reasons.append(reason)
        else:
            problems.append(Problem(
                "removal-without-notice",
                f"{change.element} was removed without notice: {reasons[0][0]}; deprecate it first "
                f"(deprecated, with the replacement named, and annotation {DEPRECATED_IN}) and remove it in a later breaking release",
                change.element, params={"element": change.element, "reason": reasons[0][1], **reasons[0][2]}))
    return problems


def _notice_problem(facts: dict, old_text: str | None, old_version: tuple | None) -> tuple[str, str, dict] | None:
    """Why an element lacks a valid notice: (the English reason, its code, its facts), or None."""
    if not facts.get("deprecated"):
        return f"it is not deprecated in {old_text}", "not-deprecated", {"old": old_text}
    announced = facts.get("annotations", {}).get(DEPRECATED_IN)
    if announced is None:
        return f"it is deprecated in {old_text} but has no {DEPRECATED_IN} annotation", "no-deprecated-in", {"old": old_text}
    parsed = parse_version(announced)
    if parsed is None:
        return f"{DEPRECATED_IN} {announced!r} is not a semantic version", "deprecated-in-not-semver", {"announced": repr(announced)}
    if old_version is not None and parsed > old_version:
        return f"{DEPRECATED_IN} {announced} is later than the old version {old_text}", "deprecated-in-later", {"announced": announced, "old": old_text}
    return None


def _deprecation_problems(old: dict, new: dict, changes: list[Change]) -> list[Problem]:
    """A new or moved deprecation notice must say it starts in the new version; otherwise the
    element could later be removed without the notice period (or with a back-dated one)."""
    problems = []
    version = new.get("version")
    for change in changes:
        if change.kind not in {"element-deprecated", "deprecation-changed"}:
            continue
        facts = _element(new, change.where) or {}
        if not facts.get("deprecated"):
            continue  # withdrawn
        before = (_element(old, change.where) or {}).get("annotations", {}).get(DEPRECATED_IN)
        announced = facts.get("annotations", {}).get(DEPRECATED_IN)
        if announced is None:
            problems.append(Problem("deprecation-without-version", f"{change.element} is deprecated without a {DEPRECATED_IN} annotation: add {DEPRECATED_IN}: {version}", change.element,
                                    params={"element": change.element, "announced": None, "version": version}))
        elif announced != before and announced != version:
            problems.append(Problem("deprecation-without-version", f"{change.element} has {DEPRECATED_IN} {announced}, but the notice starts in {version}", change.element,
                                    params={"element": change.element, "announced": announced, "version": version}))
    return problems


# --------------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """A model version read from somewhere: its label for people, and its snapshot."""

    label: str
    snapshot: dict

    @property
    def version(self) -> str | None:
        return self.snapshot.get("version")


def releases_dir(root: Path | None = None) -> Path:
    """Where the frozen release snapshots live: ``model/releases``."""
    return paths.model_dir(root) / "releases"


def release_snapshots(root: Path | None = None) -> list[Path]:
    """The release snapshots, oldest first (semantic-version order; other names are ignored)."""
    found = [(parse_version(p.stem), p) for p in releases_dir(root).glob("*.json")]
    return [p for v, p in sorted((v, p) for v, p in found if v is not None)]


def latest_release(root: Path | None = None) -> Path | None:
    snapshots = release_snapshots(root)
    return snapshots[-1] if snapshots else None


def load_snapshot_file(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        place = {"line": error.lineno, "column": error.colno} if isinstance(error, json.JSONDecodeError) else {}
        raise SourceError("snapshot-unreadable", path=str(path), error_type=type(error).__name__, **place) from None
    if not isinstance(data, dict) or data.get("snapshot_format") != SNAPSHOT_FORMAT:
        raise SourceError("not-snapshot", path=str(path), format=SNAPSHOT_FORMAT)
    return data


def load_source(spec: str, root: Path | None = None) -> Source:
    """Read a model version: a directory with ``kll.yaml``, a ``.yaml`` root schema, a snapshot
    ``.json``, or ``git:REV`` (the repository's ``model/`` at that revision)."""
    if spec.startswith("git:"):
        return _git_source(spec[4:], root)
    path = Path(spec)
    if path.is_dir():
        schema = path / "kll.yaml"
        if not schema.is_file():
            raise SourceError("directory-without-root", spec=spec)
        return Source(spec, snapshot_of_schema(schema))
    if not path.exists():
        raise SourceError("no-such-source", spec=spec)
    if path.suffix == ".json":
        return Source(spec, load_snapshot_file(path))
    if path.suffix in {".yaml", ".yml"}:
        return Source(spec, snapshot_of_schema(path))
    raise SourceError("unknown-source-form", spec=spec)


def _git_source(rev: str, root: Path | None) -> Source:
    # A revision that looks like an option would be read by git as one.
    if not rev or rev.startswith("-") or any(c.isspace() for c in rev):
        raise SourceError("not-git-revision", rev=rev)
    model = paths.model_dir(root)
    top = _git(["rev-parse", "--show-toplevel"], model.parent if model.parent.is_dir() else Path.cwd())
    if top is None:
        raise SourceError("not-in-git", rev=rev, path=str(model.parent))
    top_path = Path(top.decode().strip())
    commit = _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], top_path)
    if commit is None:
        raise SourceError("unknown-git-revision", rev=rev)
    commit_id = commit.decode().strip()
    prefix = model.resolve().relative_to(top_path.resolve()).as_posix()
    archive = _git(["archive", "--format=tar", f"{commit_id}:{prefix}"], top_path)
    if archive is None:
        raise SourceError("no-model-at-revision", rev=rev, prefix=prefix)
    with tempfile.TemporaryDirectory(prefix="kll-model-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        schema = Path(tmp) / "kll.yaml"
        if not schema.is_file():
            raise SourceError("no-root-at-revision", rev=rev, prefix=prefix)
        try:
            snap = snapshot_of_schema(schema)
        except SourceError as error:  # name the revision, not the temporary folder
            raise error.relocated(tmp, f"git:{rev}:{prefix}") from None
    return Source(f"git:{rev} ({commit_id[:12]})", snap)


def _git(args: list[str], cwd: Path) -> bytes | None:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, env={**os.environ, "GIT_TERMINAL_PROMPT": "0"}, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


# --------------------------------------------------------------------------------------------
# One comparison, as JSON (kll.maintain.diffreport words it for people)
# --------------------------------------------------------------------------------------------


@dataclass
class Comparison:
    """Two model versions, their changes and the gate's verdict."""

    old: Source
    new: Source
    changes: list[Change]
    gate: Gate

    def to_dict(self) -> dict:
        return {
            "old": {"source": self.old.label, "version": self.old.version},
            "new": {"source": self.new.label, "version": self.new.version},
            "changes": [c.to_dict() for c in self.changes],
            "highest_change": self.gate.highest_change,
            "required_bump": self.gate.required_bump,
            "actual_bump": self.gate.actual_bump,
            "gate": {"ok": self.gate.ok, "problems": [p.to_dict() for p in self.gate.problems]},
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"


def compare(old: Source, new: Source) -> Comparison:
    """Diff two sources and judge the bump."""
    changes = diff(old.snapshot, new.snapshot)
    return Comparison(old, new, changes, check_gate(old.snapshot, new.snapshot, changes))


def ancestors(snap: dict, name: str) -> set[str]:
    """Every ancestor of a class (``is_a`` and mixins) or a type (``typeof``) in a snapshot."""
    return _ancestors(snap, name)


def element_facts(snap: dict, where: tuple) -> dict | None:
    """The facts of the element a change is about (``Change.where``), looked up in a snapshot."""
    return _element(snap, where)


def ranges_of(slot: dict) -> frozenset:
    """A slot's ranges: its ``any_of`` ranges, or its one range."""
    return _ranges(slot)
