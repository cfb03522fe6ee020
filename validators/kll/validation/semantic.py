"""The semantic stage: the generated SHACL shapes, results as rule hits.

Two engines give the same results:

* ``fast`` (the default): :mod:`kll.validation.fastshacl` compiles the shapes once into Python checks and runs
  them over an index of the data graph — one to two orders of magnitude faster than pyshacl;
* ``pyshacl``: the reference, pyshacl with inference off (RDFS inference would make ``sh:class``
  checks impossible to fail), no ``owl:imports`` followed and no advanced features.

Choose with ``SemanticValidator(shapes, engine=...)``, ``semantic_validator(engine=...)``, or the
environment variable ``KLL_SHACL_ENGINE`` (``fast`` or ``pyshacl``) for code that calls
``semantic_validator()`` without an engine. ``tests/test_fastshacl.py`` checks that both engines
give identical results on the whole conformance suite, the examples and generated graphs.

Every result names its source shape, whose IRI is the rule's IRI, so results map to rule IDs
directly. The stage also reports how many nodes the shapes targeted: "conforms" over a graph where
nothing was targeted is not a pass. A node is targeted as SHACL (and pyshacl) target it: through
rdf:type and any rdfs:subClassOf chain that the data graph itself states.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD

from .fastshacl import FastResult, SpoGraph, compile_shapes
from ..artifacts.paths import generated_dir
from ..artifacts.shapesdata import PlainGraph, load as load_shapes_data

__all__ = ["ShaclHit", "SemanticValidator", "semantic_validator", "ENGINES", "ENGINE_VARIABLE", "default_engine"]

ENGINES = ("fast", "pyshacl")
ENGINE_VARIABLE = "KLL_SHACL_ENGINE"
#: kll.maintain.generation.rules.RULE_NAMESPACE (tested equal), not imported: kll.maintain.generation loads LinkML,
#: which costs about two seconds per process that validates.
RULE_NAMESPACE = "https://w3id.org/kll/rule/"


@dataclass(frozen=True)
class ShaclHit:
    rule: str
    focus_node: object
    path: object | None
    severity: str  # violation | warning | info


_SEVERITY = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}


def default_engine() -> str:
    """The engine named by ``KLL_SHACL_ENGINE``, or ``fast``."""
    engine = os.environ.get(ENGINE_VARIABLE, "").strip().lower() or "fast"
    if engine not in ENGINES:
        raise ValueError(f"{ENGINE_VARIABLE} must be one of {', '.join(ENGINES)}, not {engine!r}")
    return engine


def _instance_classes(graph: Graph) -> dict:
    """Every typed node with the classes it is a SHACL instance of (rdf:type/rdfs:subClassOf*)."""
    typed: dict = {}
    for subject, klass in graph.subject_objects(RDF.type):
        typed.setdefault(subject, set()).add(klass)
    if (None, RDFS.subClassOf, None) in graph:
        closure: dict = {}

        def superclasses(klass) -> set:
            if klass not in closure:
                seen, todo = {klass}, [klass]
                while todo:
                    for parent in graph.objects(todo.pop(), RDFS.subClassOf):
                        if parent not in seen:
                            seen.add(parent)
                            todo.append(parent)
                closure[klass] = seen
            return closure[klass]

        typed = {s: set().union(*(superclasses(k) for k in classes)) for s, classes in typed.items()}
    return typed


def _unordered(term) -> bool:
    value = term.value if type(term) is Literal and term.datatype == XSD.decimal else None
    return isinstance(value, Decimal) and not value.is_finite()


def _without_unordered_decimals(graph: Graph) -> Graph:
    """``graph``, or a copy in which every ``xsd:decimal`` literal whose value is NaN or infinite is
    an ill-typed literal of the same lexical form.

    rdflib's default ``Decimal`` reading takes ``"NaN"^^xsd:decimal`` (not a decimal in XSD) for a
    value, which pyshacl then compares with a bound and raises on. Graphs kll parses are read
    under ``literals.install_literal_limits``, which makes such literals ill-typed already; this
    covers a graph made elsewhere (the Python API) and gives pyshacl what the fast engine sees
    (a datatype violation)."""
    if not any(_unordered(o) for o in graph.objects()):
        return graph
    from .literals import install_literal_limits

    install_literal_limits()  # the strict reading, so the literal made below is ill-typed

    copy = Graph()
    for s, p, o in graph:
        copy.add((s, p, Literal(str(o), datatype=XSD.decimal, normalize=False) if _unordered(o) else o))
    return copy


class SemanticValidator:
    """The shapes, prepared once for the chosen engine.

    For pyshacl the prepared shapes graph is reused across runs (``pyshacl.validate`` rebuilds its
    view of the ~1,900 shapes on every call, about 0.3 s) and its ``use_shapes`` option limits each
    run to the shapes that target a class the data has instances of. For the fast engine the shapes
    are compiled in the constructor; a shape it cannot compile raises ``UnsupportedShape`` there.
    With ``lazy`` (the shipped shapes, which the tests compile whole) a class's shapes are compiled
    when data of that class is first validated: a small file pays for the few classes it has.
    """

    def __init__(self, shapes: "Graph | PlainGraph", engine: str = "fast", *, lazy: bool = False) -> None:
        if engine not in ENGINES:
            raise ValueError(f"unknown SHACL engine {engine!r}; expected one of {', '.join(ENGINES)}")
        self._shapes = shapes
        self.engine = engine
        self.target_classes = frozenset(shapes.objects(None, SH.targetClass))
        self._shapes_by_class: dict = {}
        for shape, klass in shapes.subject_objects(SH.targetClass):
            self._shapes_by_class.setdefault(klass, []).append(shape)
        self._prepared = None
        self._compiled = compile_shapes(shapes, lazy=lazy) if engine == "fast" else None

    def compile_all(self) -> None:
        """Compile every shape now (``lazy``: before forking workers, which then share them)."""
        if self._compiled is not None:
            self._compiled.compile_all()

    @property
    def shapes(self) -> Graph:
        """The shapes graph as an rdflib ``Graph`` (made on first use from shipped plain data)."""
        if isinstance(self._shapes, PlainGraph):
            self._shapes = self._shapes.to_rdflib()
        return self._shapes

    def focus_nodes(self, graph: Graph) -> set:
        """The nodes of ``graph`` that some shape targets."""
        return {s for s, classes in _instance_classes(graph).items() if classes & self.target_classes}

    def targeted(self, graph: Graph) -> int:
        """How many nodes of ``graph`` some shape targets."""
        return len(self.focus_nodes(graph))

    def untargeted_typed_nodes(self, graph: Graph) -> list:
        """Nodes typed only with classes that no shape targets (unknown to the model)."""
        return sorted((s for s, classes in _instance_classes(graph).items() if not classes & self.target_classes), key=str)

    def report_graph(self, graph: Graph) -> Graph:
        """pyshacl's validation report graph for ``graph`` (inference none, nothing imported),
        whatever the engine: the reference the fast engine is tested against."""
        from pyshacl import Validator
        from pyshacl.graph_abstraction import DataGraph

        logging.getLogger("pyshacl").setLevel(logging.ERROR)
        graph = _without_unordered_decimals(graph)
        # The shapes of every class with an instance, rdfs:subClassOf in the data included, as
        # pyshacl finds targets: exactly the shapes a plain pyshacl run would give results for.
        present = set().union(*_instance_classes(graph).values()) & self.target_classes
        use_shapes = sorted({shape for klass in present for shape in self._shapes_by_class[klass]}, key=str)
        if not use_shapes:
            return Graph()
        options = {
            "inference": "none", "advanced": False, "abort_on_first": False, "allow_warnings": True,
            "allow_infos": True, "inplace": True, "use_shapes": use_shapes,
        }
        validator = Validator(DataGraph.from_rdflib(graph), shacl_graph=self.shapes, options=options)
        if self._prepared is None:
            self._prepared = validator.shacl_graph
            self._prepared.shapes  # builds the shape cache that use_shapes looks shapes up in
        else:
            validator.shacl_graph = self._prepared
        _, report, _ = validator.run()
        return report

    def results(self, graph: Graph) -> list[FastResult]:
        """Every validation result, with value and constraint component, from the chosen engine."""
        if self._compiled is not None:
            return self._compiled.validate(graph)
        if isinstance(graph, SpoGraph):
            graph = graph.to_rdflib()
        report = self.report_graph(graph)
        value = report.value
        return [
            FastResult(value(r, SH.sourceShape), value(r, SH.focusNode), value(r, SH.resultPath),
                       value(r, SH.resultSeverity), value(r, SH.value), value(r, SH.sourceConstraintComponent))
            for r in report.subjects(RDF.type, SH.ValidationResult)
        ]

    def validate(self, graph: Graph) -> list[ShaclHit]:
        hits = []
        for result in self.results(graph):
            shape = result.shape
            rule = str(shape).removeprefix(RULE_NAMESPACE) if isinstance(shape, URIRef) else "semantic.unnamed-shape"
            hits.append(ShaclHit(rule, result.focus, result.path, _SEVERITY.get(result.severity, "violation")))
        return hits


def semantic_validator(root: Path | None = None, engine: str | None = None) -> SemanticValidator:
    """The validator for the generated shapes, made once per process and engine
    (``engine`` None: ``KLL_SHACL_ENGINE``, else ``fast``)."""
    return _semantic_validator(root, engine or default_engine())


@cache
def _semantic_validator(root: Path | None, engine: str) -> SemanticValidator:
    shacl = generated_dir(root) / "shacl"
    # The fast engine reads the plain-data copy of the Turtle (kll.artifacts.shapesdata), which
    # loads in a tenth of the time; pyshacl, the oracle it is tested against, reads the Turtle as
    # published. A folder generated before the copy existed has only the Turtle.
    data = shacl / "kll.shacl.json"
    shapes = load_shapes_data(data) if engine == "fast" and data.is_file() else Graph().parse(shacl / "kll.shacl.ttl")
    return SemanticValidator(shapes, engine, lazy=True)
