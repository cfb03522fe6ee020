"""The model index: everything the validators need to know about the model, as one JSON file.

Validation never reads ``model/*.yaml``: the JSON → RDF mapping, the structural stage and the rules
stage work from this generated index (classes with their IRIs, ancestors and slots; for each slot
its IRI, value kind, datatype, cardinality and enumeration meanings; the data package's lists).
"""

from __future__ import annotations

from linkml_runtime import SchemaView

from .labels import annotation, label
from .shacl import LOCALIZED_TEXT, TEXT_CLASSES, lexical_datatypes

# XSD datatype of each LinkML type used by the model, as gen-shacl maps them.
_DATATYPES = {
    "string": "xsd:string",
    "integer": "xsd:integer",
    "decimal": "xsd:decimal",
    "float": "xsd:float",
    "double": "xsd:double",
    "boolean": "xsd:boolean",
    "date": "xsd:date",
    "datetime": "xsd:dateTime",
    "uri": "xsd:anyURI",
    "uriorcurie": "xsd:anyURI",
    "time": "xsd:time",
}


def _slot_entry(view: SchemaView, slot) -> dict:
    entry = {
        "uri": view.get_uri(slot, expand=True),
        "multivalued": bool(slot.multivalued),
        "required": bool(slot.required),
        "recommended": bool(slot.recommended),
        "label": list(label(slot)),
    }
    if annotation(slot, "personal_data") == "true":
        entry["personal_data"] = True
    # Which concept schemes (and JobTech concept types) a concept-reference slot takes (record 0027).
    for key in ("accepted_schemes", "accepted_jobtech_types"):
        accepted = annotation(slot, key)
        if accepted:
            entry[key] = sorted(accepted.split())
    if slot.identifier:
        entry["kind"] = "identifier"
    elif slot.designates_type:
        entry["kind"] = "type"
    elif slot.range in TEXT_CLASSES:
        entry["kind"] = "text"
        entry["range"] = slot.range
        entry["text_set"] = slot.range != LOCALIZED_TEXT
    elif slot.range in view.all_enums():
        enum = view.get_enum(slot.range)
        entry["kind"] = "enum"
        entry["range"] = slot.range
        entry["values"] = {text: view.expand_curie(pv.meaning) for text, pv in sorted(enum.permissible_values.items())}
        deprecated = {text: " ".join(str(pv.deprecated).split()) for text, pv in sorted(enum.permissible_values.items()) if pv.deprecated}
        if deprecated:
            entry["deprecated_values"] = deprecated
            # The reason in Swedish too, so that a finding's detail can be given in the report's language.
            entry["deprecated_values_sv"] = {
                text: " ".join(str(annotation(pv, "deprecated_sv") or deprecated[text]).split()) for text, pv in sorted(enum.permissible_values.items()) if pv.deprecated
            }
    elif slot.range in view.all_classes():
        entry["range"] = slot.range
        entry["kind"] = "reference" if view.get_identifier_slot(slot.range) is not None and not slot.inlined else "object"
    else:
        type_name = slot.range or "string"
        base = type_name
        while base not in _DATATYPES and view.get_type(base) is not None and view.get_type(base).typeof:
            base = view.get_type(base).typeof
        entry["kind"] = "literal"
        entry["range"] = base
        entry["datatype"] = _DATATYPES.get(base, "xsd:string")
        forms = lexical_datatypes(view, type_name)
        if forms:
            entry["datatypes"] = forms
    return entry


def build_index(view: SchemaView) -> dict:
    """The model index as plain data, deterministic in content and key order."""
    classes = {}
    for cls in sorted(view.all_classes().values(), key=lambda c: c.name):
        classes[cls.name] = {
            "uri": view.get_uri(cls, expand=True),
            "abstract": bool(cls.abstract or cls.mixin),
            "ancestors": sorted(view.class_ancestors(cls.name)),
            "label": list(label(cls)),
            "slots": {slot.name: _slot_entry(view, slot) for slot in sorted(view.class_induced_slots(cls.name), key=lambda s: s.name)},
        }
    root = next((c.name for c in view.all_classes().values() if c.tree_root), None)
    return {
        "model_version": str(view.schema.version),
        "namespace": view.schema.id,
        "root": root,
        "text_classes": list(TEXT_CLASSES),
        "classes": classes,
    }
