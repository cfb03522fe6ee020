"""Make gen-jsonld-context's context say what the model means.

gen-jsonld-context (linkml 1.12.1) maps language-tagged text to an IRI-valued property, leaves
``type`` as an ordinary property and gives enumeration slots a context that does not turn codes
into their ``meaning`` IRIs. This module rewrites those term definitions so that expanding a
record with the context gives ``rdf:langString`` literals, ``rdf:type`` triples and IRIs for coded
values — the representation recorded in the model's conventions.
"""

from __future__ import annotations

from typing import Any

from linkml_runtime import SchemaView

from .shacl import TEXT_CLASSES


def refine(context: dict[str, Any], view: SchemaView) -> dict[str, Any]:
    """Return the context with language maps, ``@type`` and enumeration value terms."""
    terms: dict[str, Any] = context["@context"]
    context.pop("comments", None)  # names the generator's input path; not part of the contract
    for slot in view.all_slots().values():
        if slot.name not in terms:
            continue
        iri = view.get_uri(slot, expand=False)
        if slot.designates_type:
            terms[slot.name] = "@type"
        elif slot.range in TEXT_CLASSES:
            terms[slot.name] = {"@id": iri, "@container": "@language"}
        elif slot.range in view.all_enums():
            enum = view.get_enum(slot.range)
            # Full IRIs: the meanings' prefixes need not be in the context.
            values = {text: view.expand_curie(pv.meaning) for text, pv in sorted(enum.permissible_values.items()) if pv.meaning}
            terms[slot.name] = {"@id": iri, "@type": "@vocab", "@context": values}
    return context
