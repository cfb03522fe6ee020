"""ELM v3 by its own definition: which terms exist, and which elements the EDC application profile has.

Two yardsticks, both read from vendored copies (``standards/elm/``, provenance in its
``PROVENANCE.md``), never from the adapter's own table:

* ``defined_terms()`` — every IRI the standard defines or reuses: the classes and properties of
  the ELM v3 ontology (``ELM.ttl``), the reused terms ELM declares (``ELM-external.ttl``), every term
  of the EDC application-profile JSON-LD context and of the W3C Verifiable Credentials contexts,
  and the terms of the reused vocabularies themselves (ROV, ADMS and ORG as W3C publishes them;
  FOAF, dcterms, SKOS, RDF(S), OWL and XSD as rdflib's closed namespace modules list them). A
  test holds every term the adapter reads or writes to it.
* ``standard()`` — the elements of the EDC application profile by its own SHACL definition
  (``EDC-generic-no-cv.ttl``): each class a node shape targets, and each ``Class/property`` pair
  of its property shapes, spelt as CURIEs with the adapter's prefixes. ``kll mapping coverage``
  measures the mapping table against it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, OWL, Graph, URIRef
from rdflib.namespace import DCTERMS, FOAF, SKOS, XSD, DefinedNamespace

from ..artifacts.jsonld_contexts import STANDARDS
from . import StandardDefinition

__all__ = ["defined_terms", "standard", "SOURCE"]

SOURCE = ("european-commission-empl/European-Learning-Model, rdf/ap/edc/EDC-generic-no-cv.ttl (EDC application "
          "profile 1.1.0) with rdf/ontology/ELM.ttl, commit 9d7c5d22002237c3afeb1750b7038e6fe2cdd371")
SH = "http://www.w3.org/ns/shacl#"


def _graph(name: str) -> Graph:
    graph = Graph()
    graph.parse(STANDARDS / name, format="xml" if name.endswith(".rdf") else "turtle")
    return graph


def _context_terms(name: str) -> set[str]:
    """The IRIs every term of a shipped JSON-LD context expands to (scoped contexts included)."""
    document = json.loads((STANDARDS / name).read_text(encoding="utf-8"))
    found: set[str] = set()

    def walk(context: dict, prefixes: dict) -> None:
        prefixes = {**prefixes, **{k: v for k, v in context.items() if isinstance(v, str) and v.endswith(("/", "#"))}}

        def expand(value: str) -> str:
            head, _, tail = value.partition(":")
            return prefixes[head] + tail if head in prefixes and not tail.startswith("//") else value

        for term, definition in context.items():
            if term.startswith("@"):
                continue
            iri = definition if isinstance(definition, str) else definition.get("@id") if isinstance(definition, dict) else None
            if isinstance(iri, str) and not iri.startswith("@") and not (isinstance(definition, str) and definition.endswith(("/", "#"))):
                found.add(expand(iri))
            if isinstance(definition, dict) and isinstance(definition.get("@context"), dict):
                walk(definition["@context"], prefixes)

    walk(document["@context"], {})
    return found


def _closed(namespace: type[DefinedNamespace]) -> set[str]:
    return {str(namespace[name]) for name in namespace._extras + [n for n in namespace.__annotations__]}


@lru_cache(maxsize=1)
def defined_terms() -> frozenset[str]:
    """Every IRI the standard defines or reuses (see the module docstring)."""
    terms: set[str] = set()
    for name in ("ELM.ttl", "ELM-external.ttl", "regorg.rdf", "adms.rdf", "org.ttl"):
        graph = _graph(name)
        terms.update(str(s) for s in graph.subjects() if isinstance(s, URIRef))
    for name in ("edc-ap-context.jsonld", "credentials-v1.jsonld", "credentials-v2.jsonld"):
        terms |= _context_terms(name)
    for namespace in (FOAF, DCTERMS, SKOS, RDF, RDFS, OWL, XSD):
        terms |= _closed(namespace)
    return frozenset(terms)


@lru_cache(maxsize=1)
def _profile() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(class IRI, property IRIs) of every node shape of the EDC application profile."""
    graph = _graph("EDC-generic-no-cv.ttl")
    shapes = []
    for shape, cls in graph.subject_objects(URIRef(SH + "targetClass")):
        paths = {str(path) for prop in graph.objects(shape, URIRef(SH + "property"))
                 for path in graph.objects(prop, URIRef(SH + "path")) if isinstance(path, URIRef)}
        shapes.append((str(cls), tuple(sorted(paths))))
    return tuple(sorted(shapes))


def standard(curie) -> StandardDefinition:
    """The EDC application profile's classes and ``Class/property`` pairs, as CURIEs (``curie``
    is the adapter's own CURIE function, so the spelling is the mapping table's)."""
    elements: list[str] = []
    for cls, paths in _profile():
        elements.append(curie(cls))
        elements.extend(f"{curie(cls)}/{curie(path)}" for path in paths)
    return StandardDefinition("ELM v3: the European Digital Credentials application profile (EDC-generic-no-cv SHACL) over ELM.ttl",
                              SOURCE, tuple(dict.fromkeys(elements)))
