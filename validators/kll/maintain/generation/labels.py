"""Bilingual labels of model elements, read from the model's conventions.

English: the element's ``title`` (falling back to its name). Swedish: the ``title_sv`` annotation.
"""

from __future__ import annotations

from linkml_runtime.linkml_model.meta import Element


def annotation(element: Element, tag: str) -> str | None:
    """The value of an annotation on a model element, or None."""
    annotations = element.annotations or {}
    # SchemaView hands out plain dicts for some elements and JsonObj wrappers for induced ones.
    found = annotations.get(tag) if isinstance(annotations, dict) else getattr(annotations, tag, None)
    if found is None:
        return None
    return str(getattr(found, "value", found))


def label(element: Element) -> tuple[str, str]:
    """The (English, Swedish) label of an element."""
    english = element.title or element.name
    return english, annotation(element, "title_sv") or english


def definition(element: Element) -> tuple[str | None, str | None]:
    """The (English, Swedish) definition of an element."""
    return element.description, annotation(element, "description_sv")
