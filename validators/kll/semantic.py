"""The semantic stage: the generated SHACL shapes with pyshacl, results as rule hits.

pyshacl runs with inference off (RDFS inference would make ``sh:class`` checks impossible to fail),
no ``owl:imports`` followed and no advanced features. Every result names its source shape, whose
IRI is the rule's IRI, so results map to rule IDs directly. The stage also reports how many nodes
the shapes targeted: "conforms" over a graph where nothing was targeted is not a pass.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from .generation.rules import RULE_NAMESPACE
from .paths import generated_dir

__all__ = ["ShaclHit", "SemanticValidator", "semantic_validator"]


@dataclass(frozen=True)
class ShaclHit:
    rule: str
    focus_node: object
    path: object | None
    severity: str  # violation | warning | info


_SEVERITY = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}


class SemanticValidator:
    """pyshacl with its shapes graph prepared once and only the shapes the data can trigger.

    ``pyshacl.validate`` rebuilds its view of the shapes graph on every call (about 0.3 s for this
    model's ~1,900 shapes) and visits every shape even when no node is of its target class. Here
    the prepared shapes graph is reused, and pyshacl's ``use_shapes`` option limits each run to
    the shapes that target a class present in the data. The tests compare the results with a
    plain ``pyshacl.validate`` call on every example and mutation case.
    """

    def __init__(self, shapes: Graph) -> None:
        self.shapes = shapes
        self.target_classes = frozenset(shapes.objects(None, SH.targetClass))
        self._shapes_by_class: dict = {}
        for shape, klass in shapes.subject_objects(SH.targetClass):
            self._shapes_by_class.setdefault(klass, []).append(shape)
        self._prepared = None

    def targeted(self, graph: Graph) -> int:
        """How many nodes of ``graph`` some shape targets."""
        return sum(1 for _ in {s for c in self.target_classes for s in graph.subjects(RDF.type, c)})

    def untargeted_typed_nodes(self, graph: Graph) -> list:
        """Nodes typed only with classes that no shape targets (unknown to the model)."""
        typed = {}
        for subject, klass in graph.subject_objects(RDF.type):
            typed.setdefault(subject, set()).add(klass)
        return sorted((s for s, classes in typed.items() if not classes & self.target_classes), key=str)

    def report_graph(self, graph: Graph) -> Graph:
        """pyshacl's validation report graph for ``graph`` (inference none, nothing imported)."""
        from pyshacl import Validator
        from pyshacl.graph_abstraction import DataGraph

        logging.getLogger("pyshacl").setLevel(logging.ERROR)
        present = set(graph.objects(None, RDF.type)) & self.target_classes
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

    def validate(self, graph: Graph) -> list[ShaclHit]:
        report = self.report_graph(graph)
        hits = []
        for result in report.subjects(RDF.type, SH.ValidationResult):
            shape = report.value(result, SH.sourceShape)
            rule = str(shape).removeprefix(RULE_NAMESPACE) if isinstance(shape, URIRef) else "semantic.unnamed-shape"
            hits.append(ShaclHit(rule, report.value(result, SH.focusNode), report.value(result, SH.resultPath), _SEVERITY.get(report.value(result, SH.resultSeverity), "violation")))
        return hits


@cache
def semantic_validator(root: Path | None = None) -> SemanticValidator:
    return SemanticValidator(Graph().parse(generated_dir(root) / "shacl" / "kll.shacl.ttl"))
