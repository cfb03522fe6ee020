"""Turtle and N-Triples at parser speed: pyoxigraph's parser (Rust) straight into the SHACL
engine's index (``fastshacl.SpoGraph``), with no rdflib store in between.

Measured on the benchmark dataset written as one file (10,000 records, 295,620 triples, about 1 %
of the records broken) on two shared cores under load (load average 7), in CPU seconds, each pair
in one process — rdflib's read (``loaders.read_graph``) against pyoxigraph's parse alone and
against this module's whole read (parse, rdflib terms, the index):

* Turtle (13.9 MB): rdflib 16.3 s; pyoxigraph 0.37 s (44×); the whole read 1.63 s (10.0×);
* N-Triples (37.2 MB, read as Turtle): rdflib 24.2 s; pyoxigraph 0.51 s (47×); the whole read
  2.80 s (8.6×);
* RDF/XML (28.8 MB), wall-clock: rdflib 110 s, pyoxigraph 2.8 s (39×) — but pyoxigraph expands
  an entity bomb ("billion laughs": a 10^9-character literal, 34 s and 3 GB), which the hardened
  expat reader refuses, so RDF/XML stays with rdflib (``loaders._parse_rdfxml``).

pyoxigraph's triples were rdflib's in every case (isomorphic graphs, blank nodes included), as on
every Turtle file of the conformance suite, the real files and the benchmark data
(``tests/test_rdf_input.py``). JSON-LD stays with rdflib too: pyoxigraph 0.5.13 refuses this
project's own context (its scoped contexts: "inconsistent expansion").

The fast read is taken only where it gives rdflib's triples exactly; anything else is read by
``loaders.read_graph`` (rdflib), so findings, messages and lines stay those of that path:

* a file pyoxigraph refuses (a syntax error, an IRI with a space, which rdflib reads and the
  identifier rule then names): rdflib reads it, and its error, with file and line and no input
  value, in English and Swedish, is the finding;
* a literal typed ``xsd:string`` in so many words: RDF 1.1 makes it the plain literal, and
  pyoxigraph does, but rdflib keeps the two apart, and so do pyshacl and ``sh:in``;
* blank nodes nested more than ``MAX_DEPTH`` deep (or in a cycle): rdflib's parser recurses on
  nesting and gives its own ``input.limit`` for the file where it runs out, pyoxigraph's does not;
* a term rdflib has no counterpart for (an RDF 1.2 triple term, a base direction on a language
  tag) or refuses to make.

Every other limit is the rdflib path's: literals are rdflib ``Literal`` objects made under
``literals.install_literal_limits``, the records are read by the same RDF → JSON mapping with its
nesting and blank-node budgets, and ``owl:imports`` is refused, not followed. The parser reads the
file's bytes; pyoxigraph never opens a URL. RDF/XML stays with rdflib on the hardened expat reader
(``loaders._parse_rdfxml``), and JSON-LD with rdflib behind the context checks (above).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from .loaders import MAX_DEPTH, _read_bytes, _remote, read_graph

__all__ = ["FAST_FORMATS", "read_rdf", "read_fast"]

#: The formats read by pyoxigraph: Turtle, and N-Triples, which is Turtle too (``--input-format
#: turtle``).
FAST_FORMATS = ("turtle",)
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_IMPORTS = "http://www.w3.org/2002/07/owl#imports"
#: A datatype written after ``^^`` that may be xsd:string (an IRI or a prefixed name ending in
#: ``string``): such files go to rdflib. A false alarm costs speed, never a finding.
_TYPED_STRING = re.compile(rb"\^\^\s*(?:<[^>]*|[^\s<>\"]*:[^\s<>\"]*?)string", re.IGNORECASE)


def read_rdf(path: Path, fmt: str) -> Any:
    """The graph of an RDF file for the validator's stages: the engine's index where the fast read
    applies (see the module docstring), else an rdflib ``Graph`` from ``loaders.read_graph``.
    Raises ``InputError`` as ``read_graph`` does."""
    if fmt in FAST_FORMATS:
        graph = read_fast(path, fmt)
        if graph is not None:
            return graph
    return read_graph(path, fmt)


def read_fast(path: Path, fmt: str):
    """The file as a ``SpoGraph`` read by pyoxigraph, or None where rdflib must read it (see the
    module docstring; pyoxigraph missing counts too). Raises ``InputError`` for ``owl:imports``."""
    try:
        import pyoxigraph
    except ImportError:
        return None
    from .literals import install_literal_limits

    try:
        data = _read_bytes(path)
    except Exception:
        return None  # read_graph reports it
    if _TYPED_STRING.search(data):
        return None
    install_literal_limits()  # before any literal is made: rdflib reads a literal's value then
    # rdflib logs an ill-typed literal with a traceback when the literal is made; read_graph keeps
    # that off the terminal the same way (the literal is a finding, not a log line).
    rdflib_logger = logging.getLogger("rdflib")
    previous = rdflib_logger.level
    rdflib_logger.setLevel(logging.ERROR)
    try:
        quads = pyoxigraph.parse(data, pyoxigraph.RdfFormat.TURTLE, base_iri=path.resolve().as_uri(), without_named_graphs=True)
        spo, count = _index(quads, pyoxigraph)
    except Exception:  # pyoxigraph's SyntaxError, a term rdflib refuses: rdflib decides
        return None
    finally:
        rdflib_logger.setLevel(previous)
    from .fastshacl import SpoGraph

    if _nested_too_deep(spo):
        return None
    imports = sorted(str(o) for po in spo.values() for o in po.get(_IMPORTS, ()))
    if imports:
        raise _remote(imports[0])
    return SpoGraph.from_index(spo, count)


def _index(quads, pyoxigraph) -> tuple[dict, int]:
    """Subject → predicate IRI → objects (rdflib terms, each made once and shared), as
    ``SpoGraph`` holds them, and the number of distinct triples. Raises ``ValueError`` for a term
    rdflib has no counterpart for."""
    from uuid import uuid4

    from rdflib import BNode, Literal, URIRef

    named, blank, literal = pyoxigraph.NamedNode, pyoxigraph.BlankNode, pyoxigraph.Literal
    # Keyed by pyoxigraph's own terms (hashed and compared in Rust): a term met again costs one
    # lookup. Blank nodes are named as rdflib names them (never by the file's labels, which are
    # input) but from one random prefix per file: uuid4 per node was a fifth of the read.
    terms: dict = {}
    prefix = f"N{uuid4().hex}b"

    def term(node):
        kind = type(node)
        if kind is named:
            found = URIRef(node.value)
        elif kind is blank:
            found = BNode(f"{prefix}{len(terms)}")
        elif kind is literal:
            if node.direction is not None:
                raise ValueError("a base direction")
            language, datatype = node.language, node.datatype.value
            if language is not None:
                found = Literal(node.value, lang=language)
            elif datatype == _XSD_STRING:
                found = Literal(node.value)
            else:
                found = Literal(node.value, datatype=URIRef(datatype))
        else:
            raise ValueError("a triple term")
        terms[node] = found
        return found

    predicates: dict = {}
    spo: dict = {}
    count = 0
    for quad in quads:
        node = quad.subject
        subject = terms.get(node)
        if subject is None:
            subject = term(node)
        node = quad.predicate
        predicate = predicates.get(node)
        if predicate is None:
            predicate = predicates[node] = node.value
        node = quad.object
        obj = terms.get(node)
        if obj is None:
            obj = term(node)
        po = spo.get(subject)
        if po is None:
            spo[subject] = {predicate: [obj]}
        else:
            objects = po.get(predicate)
            if objects is None:
                po[predicate] = [obj]
            elif obj in objects:
                continue
            else:
                objects.append(obj)
        count += 1
    return spo, count


def _nested_too_deep(spo: dict) -> bool:
    """Whether a chain of blank nodes, each an object of the one before, is longer than
    ``MAX_DEPTH`` or closes a cycle; checked iteratively, each blank node once."""
    from rdflib import BNode

    def below(node) -> list:
        return [o for objects in spo.get(node, {}).values() for o in objects if type(o) is BNode]

    heights: dict = {}
    for root in spo:
        if type(root) is not BNode or root in heights:
            continue
        stack, active = [(root, iter(below(root)), 0)], {root}
        while stack:
            node, children, height = stack[-1]
            for child in children:
                if child in active:
                    return True
                if child in heights:
                    height = max(height, heights[child] + 1)
                    stack[-1] = (node, children, height)
                    continue
                if len(stack) > MAX_DEPTH:
                    return True
                active.add(child)
                stack.append((child, iter(below(child)), 0))
                break
            else:
                stack.pop()
                active.discard(node)
                heights[node] = height
                if height > MAX_DEPTH:
                    return True
                if stack:
                    parent, rest, parent_height = stack[-1]
                    stack[-1] = (parent, rest, max(parent_height, height + 1))
    return False
