"""Facts about the LinkML model: its modules, elements and how complete their documentation is.

Used by ``kll stats`` and by the schema policy tests, so the numbers a user sees are the numbers
the tests hold the model to.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from linkml_runtime import SchemaView
from linkml_runtime.linkml_model.meta import Element

from .generation.labels import annotation
from ..artifacts.paths import root_schema

__all__ = ["load_view", "ModelStatistics", "statistics", "MICRO_CREDENTIAL_ELEMENTS", "micro_credential_coverage"]

#: EU Council Recommendation 2022/C 243/02, Annex I: the keys used in ``eu_mc_element`` annotations.
MICRO_CREDENTIAL_ELEMENTS = {
    "mandatory": (
        "learner-identification", "title", "issuer-country", "awarding-body", "date-of-issuing",
        "learning-outcomes", "notional-workload", "level", "assessment-type", "participation-form",
        "quality-assurance",
    ),
    "optional": (
        "prerequisites", "supervision-identity-verification", "grade", "stackability", "further-information",
    ),
}


@cache
def load_view(schema: Path | None = None) -> SchemaView:
    """The model's SchemaView, loaded once per process."""
    return SchemaView(str(schema or root_schema()))


def is_documented(element: Element) -> bool:
    """An element is documented when it has English and Swedish labels and definitions."""
    return all((element.title, element.description, annotation(element, "title_sv"), annotation(element, "description_sv")))


def has_explicit_uri(element: Element) -> bool:
    return bool(getattr(element, "class_uri", None) or getattr(element, "slot_uri", None))


@dataclass(frozen=True)
class ModelStatistics:
    version: str
    namespace: str
    modules: list[str]
    classes: int
    slots: int
    enums: int
    permissible_values: int
    classes_documented: int
    slots_documented: int
    classes_with_uri: int
    slots_with_uri: int
    values_with_meaning: int

    @staticmethod
    def percent(part: int, whole: int) -> float:
        return 100.0 * part / whole if whole else 100.0


def model_modules(view: SchemaView) -> list[str]:
    """The project's own modules (the root's imports, without LinkML's)."""
    return [name for name in view.imports_closure() if not name.startswith("linkml:")]


def own_elements(view: SchemaView):
    """Classes, slots (incl. attributes) and enums declared by the model, not by linkml:types."""
    modules = set(model_modules(view))
    owned = lambda e: view.element_by_schema_map().get(e.name) in {view.schema_map[m].name for m in modules}  # noqa: E731
    classes = [c for c in view.all_classes().values() if owned(c)]
    slots = [s for s in view.all_slots().values() if owned(s) or s.name in _attribute_names(view, classes)]
    enums = [e for e in view.all_enums().values() if owned(e)]
    return classes, slots, enums


def _attribute_names(view: SchemaView, classes) -> set[str]:
    return {name for c in classes for name in (c.attributes or {})}


def statistics(view: SchemaView | None = None) -> ModelStatistics:
    view = view or load_view()
    classes, slots, enums = own_elements(view)
    values = [pv for e in enums for pv in e.permissible_values.values()]
    return ModelStatistics(
        version=str(view.schema.version),
        namespace=str(view.schema.id),
        modules=model_modules(view),
        classes=len(classes),
        slots=len(slots),
        enums=len(enums),
        permissible_values=len(values),
        classes_documented=sum(map(is_documented, classes)),
        slots_documented=sum(map(is_documented, slots)),
        classes_with_uri=sum(map(has_explicit_uri, classes)),
        slots_with_uri=sum(map(has_explicit_uri, slots)),
        values_with_meaning=sum(bool(pv.meaning) for pv in values),
    )


@dataclass(frozen=True)
class MicroCredentialCoverage:
    """Which Annex I elements the MicroCredential class carries, and which of them it requires."""

    slots_by_element: dict[str, str]
    required: set[str]

    def mandatory_required(self) -> list[str]:
        return [e for e in MICRO_CREDENTIAL_ELEMENTS["mandatory"] if e in self.required]

    def optional_present(self) -> list[str]:
        return [e for e in MICRO_CREDENTIAL_ELEMENTS["optional"] if e in self.slots_by_element]


def micro_credential_coverage(view: SchemaView | None = None) -> MicroCredentialCoverage:
    view = view or load_view()
    cls = view.get_class("MicroCredential")
    by_element: dict[str, str] = {}
    required: set[str] = set()
    induced = {s.name: s for s in view.class_induced_slots(cls.name)}
    for slot_name, usage in (cls.slot_usage or {}).items():
        element = annotation(usage, "eu_mc_element")
        if element:
            by_element[element] = slot_name
            if induced[slot_name].required:
                required.add(element)
    return MicroCredentialCoverage(slots_by_element=by_element, required=required)
