"""What the site needs to know about the model, read once: classes, slots and enumerations with
their module, Swedish and English labels and definitions, mappings and induced slots.

Built from the model snapshot (:func:`kll.maintain.modeldiff.snapshot`, the same normalised form the model
diff compares) plus the module each element is defined in, which only the SchemaView knows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ...artifacts.paths import root_schema

__all__ = ["Element", "SiteModel", "site_model"]


@dataclass(frozen=True)
class Element:
    """A class, slot or enumeration as the reference pages show it."""

    name: str
    kind: str  # class | slot | enum
    module: str
    facts: dict[str, Any]

    @property
    def title_en(self) -> str:
        return self.facts.get("title") or self.name

    @property
    def title_sv(self) -> str | None:
        return (self.facts.get("annotations") or {}).get("title_sv")

    @property
    def description_en(self) -> str:
        return self.facts.get("description") or ""

    @property
    def description_sv(self) -> str:
        return (self.facts.get("annotations") or {}).get("description_sv") or ""

    def title(self, lang: str) -> str:
        """The label in ``lang`` (``sv`` or ``en``); a Swedish page falls back to the English label."""
        return (self.title_sv or self.title_en) if lang == "sv" else self.title_en

    def description(self, lang: str) -> str:
        """The definition in ``lang``; a Swedish page falls back to the English definition."""
        return (self.description_sv or self.description_en) if lang == "sv" else self.description_en


@dataclass
class SiteModel:
    version: str
    modules: dict[str, dict[str, Any]]  # name -> {title, description, title_sv, description_sv, maturity, imports}
    classes: dict[str, Element] = field(default_factory=dict)
    slots: dict[str, Element] = field(default_factory=dict)
    enums: dict[str, Element] = field(default_factory=dict)

    def children(self, name: str) -> list[str]:
        return sorted(c for c, e in self.classes.items() if e.facts.get("is_a") == name)

    def users(self, slot: str) -> list[str]:
        """The classes that have the slot (induced, so inherited slots count)."""
        return sorted(c for c, e in self.classes.items() if slot in (e.facts.get("slots") or {}))

    def link_kind(self, name: str) -> str | None:
        if name in self.classes:
            return "classes"
        if name in self.enums:
            return "enums"
        return None


def _module_name(schema_id: str | None, names: dict[str, str]) -> str:
    return names.get(schema_id or "", (schema_id or "").rsplit("/", 1)[-1])


@cache
def site_model(schema: Path | None = None) -> SiteModel:
    from linkml_runtime.utils.schemaview import SchemaView

    from ..modeldiff import snapshot

    view = SchemaView(str(schema or root_schema()))
    snap = snapshot(view)
    schemas = view.schema_map
    names = {s.id: s.name.removeprefix("kll_") for s in schemas.values()}
    modules = {}
    for s in schemas.values():
        name = s.name.removeprefix("kll_")
        if name in ("types",) or s.id.startswith("https://w3id.org/linkml/"):
            continue
        annotations = {k: getattr(v, "value", v) for k, v in (s.annotations or {}).items()}
        modules[name] = {
            "title": s.title or name, "description": s.description or "",
            "title_sv": annotations.get("title_sv"), "description_sv": annotations.get("description_sv"),
            "maturity": annotations.get("maturity"),
            "imports": sorted(i.removeprefix("kll_") for i in (s.imports or []) if not i.startswith("linkml:")),
            "id": s.id,
        }
    model = SiteModel(snap["version"], dict(sorted(modules.items())))
    for name, facts in snap["classes"].items():
        model.classes[name] = Element(name, "class", _module_name(view.get_class(name).from_schema, names), facts)
    for name, facts in snap["enums"].items():
        model.enums[name] = Element(name, "enum", _module_name(view.get_enum(name).from_schema, names), facts)
    for slot in view.all_slots().values():
        facts = _global_slot_facts(slot, view, snap)
        model.slots[slot.name] = Element(slot.name, "slot", _module_name(slot.from_schema, names), facts)
    return model


def _global_slot_facts(slot, view, snap: dict) -> dict[str, Any]:
    """The slot as defined (not as any one class uses it): the first class that has it gives the
    induced facts, overridden by the slot's own definition where it has one."""
    facts: dict[str, Any] = {}
    for cls in snap["classes"].values():
        if slot.name in (cls.get("slots") or {}):
            facts = dict(cls["slots"][slot.name])
            break
    facts["title"] = slot.title or facts.get("title")
    facts["description"] = slot.description or facts.get("description")
    annotations = {k: getattr(v, "value", v) for k, v in (slot.annotations or {}).items()}
    facts["annotations"] = {**(facts.get("annotations") or {}), **annotations}
    facts["range"] = slot.range or facts.get("range") or view.schema.default_range
    facts["uri"] = facts.get("uri") or view.get_uri(slot, expand=True)
    return facts
