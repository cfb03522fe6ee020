"""The SHACL shapes as plain data (``generated/shacl/kll.shacl.json``), loaded in milliseconds.

Parsing ``kll.shacl.ttl`` (~19,000 triples) with rdflib takes over a second, and compiling the
shapes from rdflib's store as long again: a cost every ``kll validate`` paid before it read its
first record. ``kll generate`` therefore also writes the same triples as plain data — a table of
terms and a flat list of term numbers — which ``load`` turns into a :class:`PlainGraph`, a
read-only graph answering the queries the fast SHACL engine compiles from, in about a tenth of the
time.

Why committed under ``generated/`` rather than built when the wheel is built: it is derived from
a generated file by the same generation, so ``kll generate --check`` and the generation tests keep
it in step with the Turtle at no extra machinery, a checkout and an installed wheel read the same
bytes, and the wheel build stays a plain copy. Why JSON rather than pickle or marshal: loading JSON
cannot run code, and the JSON part of the load (~15 ms) is a small share of it — building the
rdflib terms and the index dominates whatever the container format (measured for issue 21).

The blank nodes keep the canonical labels of the Turtle (``c14n…``), and a literal that the
Turtle writes without a datatype has none, as rdflib reads it: the graph is the one rdflib parses
from the Turtle, term for term up to blank-node labels (``tests/test_shapes_data.py``).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Iterator

__all__ = ["FORMAT", "PlainGraph", "encode", "load"]

#: Bumped when the layout of the file changes; ``load`` refuses any other.
FORMAT = 1

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_FIRST = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first"
_RDF_REST = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest"
_RDF_NIL = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"


def encode(turtle: bytes) -> bytes:
    """The plain-data form of canonical Turtle (``kll generate``): deterministic, as the Turtle is.

    Terms: ``["u", iri]``, ``["b", label]``, ``["l", text]`` (no datatype), ``["s", text, language]``,
    ``["t", text, datatype]``; triples: three term numbers each, sorted."""
    import pyoxigraph as ox  # the generator's dependency (linkml), not the validator's

    terms: list[list[str]] = []
    numbers: dict[tuple, int] = {}

    def number(term) -> int:
        if isinstance(term, ox.NamedNode):
            key: tuple = ("u", term.value)
        elif isinstance(term, ox.BlankNode):
            key = ("b", term.value)
        elif term.language:
            key = ("s", term.value, term.language)
        elif term.datatype.value == _XSD_STRING:
            key = ("l", term.value)  # canonical Turtle writes xsd:string plain; rdflib reads it so
        else:
            key = ("t", term.value, term.datatype.value)
        found = numbers.get(key)
        if found is None:
            found = numbers[key] = len(terms)
            terms.append(list(key))
        return found

    triples = sorted(
        (number(q.subject), number(q.predicate), number(q.object))
        for q in ox.parse(io.BytesIO(turtle), format=ox.RdfFormat.TURTLE)
    )
    data = {"format": FORMAT, "terms": terms, "triples": [n for triple in triples for n in triple]}
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def load(path: Path) -> "PlainGraph":
    """The graph stored at ``path`` by ``encode``; raises ValueError for another format."""
    from rdflib.term import BNode, Literal, URIRef

    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"{path.name}: not shapes data of format {FORMAT}; run `kll generate`")
    terms: list = []
    append = terms.append
    for entry in data["terms"]:
        kind = entry[0]
        if kind == "u":
            append(URIRef(entry[1]))
        elif kind == "b":
            append(BNode(entry[1]))
        elif kind == "l":
            append(Literal(entry[1]))
        elif kind == "s":
            append(Literal(entry[1], lang=entry[2]))
        else:
            append(Literal(entry[1], datatype=URIRef(entry[2])))
    flat = data["triples"]
    return PlainGraph([(terms[flat[i]], terms[flat[i + 1]], terms[flat[i + 2]]) for i in range(0, len(flat), 3)])


class PlainGraph:
    """A read-only set of rdflib triples, indexed by subject and by predicate: the part of rdflib's
    ``Graph`` API that compiling shapes reads (``objects``, ``subjects``, ``predicates``,
    ``subject_objects``, ``value``, ``items``, ``in``), without rdflib's store behind it."""

    __slots__ = ("_triples", "_spo", "_by_predicate")

    def __init__(self, triples: list[tuple]) -> None:
        self._triples = triples
        spo: dict = {}
        by_predicate: dict = {}
        for s, p, o in triples:
            po = spo.get(s)
            if po is None:
                po = spo[s] = {}
            objects = po.get(p)
            if objects is None:
                po[p] = [o]
            else:
                objects.append(o)
            pairs = by_predicate.get(p)
            if pairs is None:
                by_predicate[p] = [(s, o)]
            else:
                pairs.append((s, o))
        self._spo, self._by_predicate = spo, by_predicate

    def __len__(self) -> int:
        return len(self._triples)

    def __iter__(self) -> Iterator[tuple]:
        return iter(self._triples)

    def triples(self, pattern: tuple) -> Iterator[tuple]:
        """The triples matching ``(s, p, o)``, None a wildcard."""
        s_, p_, o_ = pattern
        if s_ is not None:
            po = self._spo.get(s_, {})
            for p, objects in (po.items() if p_ is None else [(p_, po.get(p_, ()))]):
                for o in objects:
                    if o_ is None or o == o_:
                        yield s_, p, o
        elif p_ is not None:
            for s, o in self._by_predicate.get(p_, ()):
                if o_ is None or o == o_:
                    yield s, p_, o
        else:
            for triple in self._triples:
                if o_ is None or triple[2] == o_:
                    yield triple

    def __contains__(self, pattern: tuple) -> bool:
        return next(self.triples(pattern), None) is not None

    def objects(self, subject=None, predicate=None) -> Iterator:
        if subject is not None and predicate is not None:
            return iter(self._spo.get(subject, {}).get(predicate, ()))
        return (o for _, _, o in self.triples((subject, predicate, None)))

    def subjects(self, predicate=None, object=None) -> Iterator:  # noqa: A002 (rdflib's name)
        return (s for s, _, _ in self.triples((None, predicate, object)))

    def predicates(self, subject=None, object=None) -> Iterator:  # noqa: A002
        if object is None and subject is not None:
            return iter(tuple(self._spo.get(subject, {})))
        return (p for _, p, _ in self.triples((subject, None, object)))

    def subject_objects(self, predicate=None) -> Iterator[tuple]:
        return ((s, o) for s, _, o in self.triples((None, predicate, None)))

    def value(self, subject=None, predicate=None, object=None, default=None):  # noqa: A002
        """One node completing the pattern (the first found), as rdflib's ``Graph.value``."""
        for s, p, o in self.triples((subject, predicate, object)):
            return s if subject is None else (p if predicate is None else o)
        return default

    def items(self, head) -> Iterator:
        """The members of the RDF list at ``head``, as rdflib's ``Graph.items``."""
        from rdflib.term import URIRef

        first, rest = URIRef(_RDF_FIRST), URIRef(_RDF_REST)
        seen = {head}
        while head is not None:
            item = self.value(head, first)
            if item is not None:
                yield item
            head = self.value(head, rest)
            if head in seen:
                raise ValueError("List contains a recursive rdf:rest reference")
            seen.add(head)

    def to_rdflib(self):
        """The same triples in an rdflib ``Graph`` (for pyshacl, and for code that needs one)."""
        from rdflib import Graph

        graph = Graph()
        for triple in self._triples:
            graph.add(triple)
        return graph
