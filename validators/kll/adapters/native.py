"""The project's own formats: a data package as JSON, YAML, Turtle or JSON-LD.

JSON and YAML hold the package as it is. Turtle and JSON-LD hold it as RDF through the model's
JSON ↔ RDF mapping (``kll.validation.rdf_mapping``): every record becomes a node with its class's IRI, and the
package itself a node of the ``DataPackage`` class carrying ``conforms_to_model_version``. RDF has
no order, so lists come back sorted and records by identifier; everything else comes back as it
was (property-tested in ``tests/test_adapters.py``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF

from ..artifacts.output import write_output
from ..validation.loaders import InputError, parse_json, parse_yaml, read_graph
from ..artifacts.modelindex import ModelIndex, model_index
from ..validation.rdf_mapping import JsonToRdf, RdfToJson
from ..validation.report import Finding, Location
from . import ConversionError, Imported, MappingRow, conversion_finding

__all__ = ["ADAPTERS", "container_of", "records_of", "package_from_graph", "unmapped_subjects", "writable_graph", "without_oversized_integers"]

#: Prefixes written into Turtle, so the file reads as the vocabularies it uses.
PREFIXES = {
    "kll": "https://w3id.org/kll/model/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "http://schema.org/",
    "elm": "http://data.europa.eu/snb/model/elm/",
    "locn": "http://www.w3.org/ns/locn#",
    "org": "http://www.w3.org/ns/org#",
    "cred": "https://www.w3.org/2018/credentials#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def container_of(index: ModelIndex, class_name: str) -> str:
    """The data-package list that holds records of ``class_name``: the one whose class is the
    nearest ancestor of it."""
    best = None
    for container, range_ in index.containers.items():
        if index.is_a(class_name, range_):
            if best is None or index.is_a(range_, index.containers[best]):
                best = container
    if best is None:
        raise ValueError(f"no data-package list holds records of class {class_name!r}")
    return best


def records_of(package: dict, index: ModelIndex | None = None):
    """(container, position, class name, record) for every record of ``package``."""
    index = index or model_index()
    for container, range_ in index.containers.items():
        for position, record in enumerate(package.get(container) or []):
            declared = record.get("type") if isinstance(record, dict) else None
            yield container, position, index.record_class(range_, declared) or range_, record


def _not_a_package(path: Path, detail: str) -> ConversionError:
    return ConversionError(f"{path}: {detail}", Location(str(path)))


class _Document:
    def __init__(self, name: str, title: str, suffixes: tuple[str, ...]) -> None:
        self.name, self.title, self.suffixes = name, title, suffixes

    def read(self, path: Path) -> Imported:
        try:
            text = path.read_text(encoding="utf-8")
            document = parse_json(text) if self.name == "json" else parse_yaml(text)
        except (InputError, OSError, UnicodeDecodeError) as error:
            raise _not_a_package(path, str(error)) from None
        if not isinstance(document, dict):
            raise _not_a_package(path, "a data package is a JSON object (a mapping) at the top level")
        return Imported(document, [], lambda pointer: Location(str(path), pointer=pointer))

    def write(self, package: dict, path: Path) -> list[Finding]:
        """Write ``package`` to ``path``: readable by its owner only, never through a symbolic link
        (``OutputError`` then)."""
        if self.name == "json":
            text = json.dumps(package, ensure_ascii=False, indent=2) + "\n"
        else:
            text = yaml.safe_dump(package, allow_unicode=True, sort_keys=False, width=100)
        write_output(path, text, private=True)
        return []

    def mapping(self) -> list[MappingRow]:
        return []


class _Rdf:
    def __init__(self, name: str, title: str, suffixes: tuple[str, ...]) -> None:
        self.name, self.title, self.suffixes = name, title, suffixes

    def read(self, path: Path) -> Imported:
        try:
            graph = read_graph(path, self.name)
        except InputError as error:
            raise _not_a_package(path, str(error)) from None
        findings = [
            conversion_finding("convert.unmapped", Location(str(path), focus_node=subject, record_id=subject), detail)
            for subject, detail in unmapped_subjects(graph)
        ]
        return Imported(package_from_graph(graph), findings, lambda pointer: None)

    def write(self, package: dict, path: Path) -> list[Finding]:
        """Write ``package`` as RDF to ``path`` (owner-only, never through a symbolic link). In
        Turtle, a record whose identifier or reference cannot be written as an IRI is left out
        with a ``convert.not-representable`` warning; JSON-LD carries such strings as they are."""
        if self.name == "turtle":
            graph, findings = writable_graph(package, path)
            write_output(path, graph.serialize(format="turtle"), private=True)
            return findings
        graph = graph_from_package(package)
        findings = without_oversized_integers(graph, path)
        write_output(path, graph.serialize(format="json-ld", context={**PREFIXES}, auto_compact=True), private=True)
        return findings

    def mapping(self) -> list[MappingRow]:
        return []


def without_oversized_integers(graph: Graph, path: Path) -> list[Finding]:
    """Remove the integers a JSON-LD file written by kll cannot carry (rdflib's serializer writes
    them as native JSON numbers through orjson, which stops at 64 bits), each with a
    ``convert.not-representable`` warning on its node."""
    findings = []
    for subject, predicate, obj in list(graph):
        value = obj.toPython() if isinstance(obj, Literal) else None
        if isinstance(value, int) and not isinstance(value, bool) and not -(2**63) <= value < 2**64:
            graph.remove((subject, predicate, obj))
            findings.append(conversion_finding(
                "convert.not-representable", Location(str(path), focus_node=str(subject) if isinstance(subject, URIRef) else None),
                "an integer of more than 64 bits, which JSON-LD written by kll cannot carry",
            ))
    return findings


def graph_from_package(package: dict, index: ModelIndex | None = None) -> Graph:
    """The package as one RDF graph (records, and a ``DataPackage`` node for the package's own
    values such as ``conforms_to_model_version``)."""
    index = index or model_index()
    mapper = JsonToRdf(index)
    for prefix, namespace in PREFIXES.items():
        mapper.graph.bind(prefix, namespace)
    for container, position, class_name, record in records_of(package, index):
        mapper.add_record(record, class_name, record_index=position, pointer=f"/{container}/{position}")
    own = {key: value for key, value in package.items() if key not in index.containers}
    if own:
        mapper.add_record(own, index.root)
    return mapper.graph


#: What an IRI written between ``<`` and ``>`` cannot hold (RDF 1.1 Turtle, IRIREF); rdflib refuses
#: to write such a term and would fail the whole file.
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`]')


def _unwritable(graph: Graph) -> bool:
    return any(isinstance(term, URIRef) and _NOT_IN_IRI.search(term) for triple in graph for term in triple)


def writable_graph(package: dict, path: Path, index: ModelIndex | None = None) -> tuple[Graph, list[Finding]]:
    """The package as RDF for a format that writes IRIs as IRIs (Turtle, RDF/XML), and a warning
    for each record left out because an identifier or reference in it is no IRI (a space, a
    quote): the rest of the package is written. The warning names the record, not the value."""
    index = index or model_index()
    graph = graph_from_package(package, index)
    if not _unwritable(graph):
        return graph, []
    findings: list[Finding] = []
    kept: dict = {}
    for key, value in package.items():
        if key in index.containers:
            continue
        alone = JsonToRdf(index)
        try:
            alone.add_record({key: value}, index.root)
            bad = _unwritable(alone.graph)
        except Exception:  # a value the mapping cannot take is not written either
            bad = True
        if bad:  # located at the package: the key itself is input and may be anything
            findings.append(conversion_finding(
                "convert.not-representable", Location(str(path), pointer=""),
                "a value of the data package itself (not of a record) has a key or reference that is not an IRI this format can write",
            ))
        else:
            kept[key] = value
    for container, position, class_name, record in records_of(package, index):
        alone = JsonToRdf(index)
        try:
            alone.add_record(record, class_name)
            bad = _unwritable(alone.graph)
        except Exception:  # a record the mapping cannot take is not written either
            bad = True
        if bad:
            findings.append(conversion_finding(
                "convert.not-representable", Location(str(path), pointer=f"/{container}/{position}"),
                "an identifier or reference in the record is not an IRI that this format can write",
            ))
        else:
            kept.setdefault(container, []).append(record)
    return graph_from_package(kept, index), findings


def package_from_graph(graph: Graph, index: ModelIndex | None = None) -> dict:
    """The records of a graph as a data package (records sorted by identifier within each list)."""
    index = index or model_index()
    reader = RdfToJson(index)
    package: dict = {}
    root = index.classes[index.root]
    for node in graph.subjects(RDF.type, URIRef(root.uri)):
        package.update(reader.node(graph, node, root))
    for class_name, record in reader.records(graph):
        container = container_of(index, class_name)
        if class_name != index.containers[container]:
            record = {"type": class_name, **record}
        package.setdefault(container, []).append(record)
    return package


def unmapped_subjects(graph: Graph, index: ModelIndex | None = None) -> list[tuple[str, str]]:
    """(subject, detail) for every subject of ``graph`` whose statements end up in no record of
    ``package_from_graph``: a node typed with no class of the model (or only with a model class
    that is not a record and is not nested in one), or an untyped node that nothing refers to.
    The detail names the node's class IRIs, never a literal value."""
    index = index or model_index()
    covered: set = set()
    pending = [node for node in graph.subjects(RDF.type, URIRef(index.classes[index.root].uri))]
    for class_uri, info in index.class_by_uri.items():
        if "id" in info.slots:
            pending.extend(graph.subjects(RDF.type, URIRef(class_uri)))
    while pending:  # records, and the blank nodes nested in them (read as part of the record)
        node = pending.pop()
        if node in covered:
            continue
        covered.add(node)
        pending.extend(obj for obj in graph.objects(node) if isinstance(obj, BNode) and obj not in covered)
    found = []
    for subject in sorted(set(graph.subjects()) - covered, key=str):
        name = subject.n3() if isinstance(subject, BNode) else str(subject)
        types = sorted(str(t) for t in graph.objects(subject, RDF.type))
        if types:
            modelled = [t for t in types if t in index.class_by_uri]
            what = "no class of the model" if not modelled else "a model class that is not a record"
            found.append((name, f"node typed {', '.join(f'<{t}>' for t in types)}: {what}; its statements are left out"))
        elif (None, None, subject) not in graph:
            found.append((name, "untyped node that no record refers to; its statements are left out"))
    return found


ADAPTERS = {
    "json": _Document("json", "The project's data package as JSON", (".json",)),
    "yaml": _Document("yaml", "The project's data package as YAML", (".yaml", ".yml")),
    "turtle": _Rdf("turtle", "The project's data package as RDF Turtle", (".ttl",)),
    "jsonld": _Rdf("jsonld", "The project's data package as JSON-LD", (".jsonld",)),
}
