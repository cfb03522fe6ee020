"""Add the model's Swedish labels and definitions to gen-owl's ontology.

gen-owl (linkml 1.12.1) writes the English title and description only; the Swedish ones live in
the ``title_sv`` / ``description_sv`` annotations, which it does not carry as language-tagged
literals.
"""

from __future__ import annotations

from linkml_runtime import SchemaView
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from .labels import annotation


def refine(ontology: Graph, view: SchemaView) -> Graph:
    """Add ``rdfs:label``@sv and ``skos:definition``@sv to every class, slot and enumeration."""
    elements = [*view.all_classes().values(), *view.all_slots().values(), *view.all_enums().values()]
    for element in elements:
        subject = URIRef(view.get_uri(element, expand=True, native=True)) if not hasattr(element, "permissible_values") else URIRef(view.get_uri(element, expand=True))
        if (subject, None, None) not in ontology:
            continue
        title_sv = annotation(element, "title_sv")
        description_sv = annotation(element, "description_sv")
        if title_sv:
            ontology.add((subject, RDFS.label, Literal(title_sv, lang="sv")))
        if description_sv:
            ontology.add((subject, SKOS.definition, Literal(description_sv, lang="sv")))
    return ontology
