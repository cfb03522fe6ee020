"""The generated model index (``generated/index/kll.model-index.json``), loaded once.

Answers what the validators ask of the model: the class of a data-package list, a class's slots and
IRIs, whether one class is another's descendant, which slots refer to other records.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from .paths import generated_dir

__all__ = ["ModelIndex", "SlotInfo", "ClassInfo", "model_index"]


@dataclass(frozen=True)
class SlotInfo:
    name: str
    uri: str
    kind: str  # identifier | type | text | enum | reference | object | literal
    multivalued: bool
    required: bool
    recommended: bool
    label: tuple[str, str]
    range: str | None = None
    datatype: str | None = None
    values: dict | None = None  # enum text -> meaning IRI
    personal_data: bool = False
    text_set: bool = False  # a set of texts per language rather than one text
    datatypes: tuple[str, ...] = ()  # a literal typed by its lexical form: the datatypes it may take
    #: For a concept-reference slot: the ConceptSchemeName values it takes (empty: any), and the
    #: JobTech concept types a jobtech-taxonomy code in it may have (decision record 0027).
    accepted_schemes: frozenset[str] = frozenset()
    accepted_jobtech_types: frozenset[str] = frozenset()
    #: For an enum slot: its deprecated values and the model's reason, which names the replacement.
    deprecated_values: dict | None = None
    #: The same reasons in Swedish.
    deprecated_values_sv: dict | None = None


@dataclass(frozen=True)
class ClassInfo:
    name: str
    uri: str
    abstract: bool
    ancestors: frozenset[str]
    label: tuple[str, str]
    slots: dict[str, SlotInfo]

    @cached_property
    def slot_by_uri(self) -> dict[str, SlotInfo]:
        return {slot.uri: slot for slot in self.slots.values()}


class ModelIndex:
    def __init__(self, data: dict) -> None:
        self.model_version: str = data["model_version"]
        self.root: str = data["root"]
        self.text_classes: frozenset[str] = frozenset(data["text_classes"])
        self.classes: dict[str, ClassInfo] = {}
        for name, entry in data["classes"].items():
            slots = {
                slot_name: SlotInfo(
                    name=slot_name,
                    uri=s["uri"],
                    kind=s["kind"],
                    multivalued=s["multivalued"],
                    required=s["required"],
                    recommended=s["recommended"],
                    label=tuple(s["label"]),
                    range=s.get("range"),
                    datatype=s.get("datatype"),
                    values=s.get("values"),
                    personal_data=s.get("personal_data", False),
                    text_set=s.get("text_set", False),
                    datatypes=tuple(s.get("datatypes", ())),
                    accepted_schemes=frozenset(s.get("accepted_schemes", ())),
                    accepted_jobtech_types=frozenset(s.get("accepted_jobtech_types", ())),
                    deprecated_values=s.get("deprecated_values"),
                    deprecated_values_sv=s.get("deprecated_values_sv"),
                )
                for slot_name, s in entry["slots"].items()
            }
            self.classes[name] = ClassInfo(name, entry["uri"], entry["abstract"], frozenset(entry["ancestors"]), tuple(entry["label"]), slots)
        self.class_by_uri = {
            info.uri: info for info in self.classes.values() if not info.abstract and info.name != self.root and info.name not in self.text_classes
        }
        self.containers: dict[str, str] = {s.name: s.range for s in self.classes[self.root].slots.values() if s.kind in {"reference", "object"} and s.multivalued}

    def is_a(self, sub: str, sup: str) -> bool:
        """Whether class ``sub`` is ``sup`` or one of its descendants."""
        info = self.classes.get(sub)
        return info is not None and sup in info.ancestors

    def reference_slots(self, class_name: str) -> list[tuple[str, str, bool]]:
        info = self.classes.get(class_name)
        if info is None:
            return []
        return [(s.name, s.range, s.multivalued) for s in info.slots.values() if s.kind == "reference"]

    def is_record_class(self, name: object) -> bool:
        """Whether records can be of class ``name``: concrete, not the package, not a text map."""
        return isinstance(name, str) and name in self.classes and not self.classes[name].abstract and name != self.root and name not in self.text_classes

    def record_class(self, container_class: str, declared: object) -> str | None:
        """The class of a record in a list of ``container_class``, given its ``type`` value.

        None when ``type`` names no class that the list accepts.
        """
        if declared is None:
            return container_class
        if self.is_record_class(declared) and self.is_a(declared, container_class):
            return declared
        return None


@cache
def model_index(root: Path | None = None) -> ModelIndex:
    path = generated_dir(root) / "index" / "kll.model-index.json"
    return ModelIndex(json.loads(path.read_text(encoding="utf-8")))
