"""The fast SHACL engine (kll.validation.fastshacl) gives exactly pyshacl's results: a differential test.

Compared, as multisets of (source shape, focus node, result path, severity, value, constraint
component) — one entry per validation result — on:

(a) every conformance case with RDF data (``case_data_graph``): 1,390 cases today;
(b) every example package; the benchmark's data (``benchmarks/datasets.py``, every kind of
    breakage), also end to end through ``validate`` with ``KLL_SHACL_ENGINE`` set either way;
(c) example graphs mutated by hypothesis: triples dropped, copied and retyped, literals with other
    datatypes, languages and lexical forms, IRIs turned into strings, unknown predicates, IRIs and
    blank nodes swapped, nodes typed with other classes or with subclasses declared in the data;
    plus hand-picked edge cases and shapes beyond the generated ones;
(d) shapes the compiler does not implement, which must fail at compile time.

pyshacl needs about 0.15 s per conformance case (several minutes for the suite), so (a) runs it on
what the results can depend on. With only ``sh:targetClass`` targets and the generated shapes'
constraints, the results for a focus node depend on its own triples and, on the paths where a
shape has ``sh:class`` (``class_paths``), on its values' rdf:type — nothing else (no
rdfs:subClassOf occurs in the suite; a graph with one is run whole). Of the suite's ~19,000 typed
nodes only ~1,500 such neighbourhoods differ; pyshacl runs once on each, packed into a few dozen
graphs, and each case's expected results are assembled from them.
``test_the_assembled_reference_is_what_pyshacl_says_on_whole_graphs`` checks that assembly against
whole-graph pyshacl runs on a sample, and the fast engine always runs on the whole case graphs.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import warnings
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SH

from kll.artifacts import paths
from kll.conformance.cases import apply_patch, load_cases
from kll.conformance.reports import case_data_graph
from kll.maintain.examples import discover
from kll.validation.fastshacl import SUPPORTED_PARAMETERS, UnsupportedShape, compile_shapes
from kll.validation.semantic import ENGINE_VARIABLE, SemanticValidator, default_engine, semantic_validator

KLL = "https://w3id.org/kll/model/"
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # a plain namespace: pytest probes module attributes


@pytest.fixture(scope="module")
def fast() -> SemanticValidator:
    return semantic_validator(engine="fast")


@pytest.fixture(scope="module")
def reference() -> SemanticValidator:
    return semantic_validator(engine="pyshacl")


def exact(results) -> Counter:
    return Counter(tuple(r) for r in results)


def agree(fast: SemanticValidator, reference: SemanticValidator, graph: Graph) -> tuple[Counter, Counter]:
    return exact(fast.results(graph)), exact(reference.results(graph))


# --- data: the suite's graphs, the examples -------------------------------------------------------


@lru_cache(maxsize=None)
def _example_document(relative: str):
    return yaml.safe_load((paths.repository_root() / relative).read_text(encoding="utf-8"))


class _Input:
    """A case as ``case_data_graph`` reads it, with each base example parsed once, not per case."""

    def __init__(self, case) -> None:
        self.case, self.kind, self.data, self.class_name = case, case.kind, case.data, case.class_name

    def document(self):
        case = self.case
        if case.kind == "patch":
            base = apply_patch(_example_document(case.data["base"]), case.data.get("base_operations", []))
            return apply_patch(base, case.data["operations"])
        return case.document()


class _Package:
    kind, class_name = "package", None

    def __init__(self, document) -> None:
        self.data = document

    def document(self):
        return self.data


@lru_cache(maxsize=None)
def example_graphs() -> tuple[tuple[str, Graph], ...]:
    found = []
    for path in discover():
        text = path.read_text(encoding="utf-8")
        document = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
        graph = case_data_graph(_Package(document))
        assert graph is not None, path
        found.append((path.name, graph))
    return tuple(found)


@pytest.fixture(scope="module")
def suite() -> list[tuple[object, Graph]]:
    """(case, data graph) for every conformance case that has RDF data."""
    found = [(case, case_data_graph(_Input(case))) for case in load_cases()]
    return [(case, graph) for case, graph in found if graph is not None]


def test_the_suite_graphs_are_the_cases_own(suite):
    assert len(suite) > 1000
    assert {case.kind for case, _ in suite} == {"record", "package", "patch", "file"}
    patches = [case for case, _ in suite if case.kind == "patch"][::200]
    for case in patches:
        assert _Input(case).document() == case.document()


# --- (a) the whole conformance suite --------------------------------------------------------------


def _value_key(focus, value):
    """A result's value, comparable across graphs: any blank node is just a blank node."""
    if value == focus:
        return ("focus",)
    return ("blank",) if isinstance(value, BNode) else value


def _abstract(results) -> Counter:
    return Counter((r.shape, r.focus, r.path, r.severity, _value_key(r.focus, r.value), r.component) for r in results)


@lru_cache(maxsize=None)
def class_paths() -> frozenset:
    """The paths on which a shape reads the values' classes (sh:class, also inside sh:or).

    Fails if a shape reads further than the values' classes (sh:node or sh:property below a
    property shape): the neighbourhoods below would then not be enough."""
    shapes = semantic_validator(engine="fast").shapes
    nested = (SH["or"], SH["and"], SH.xone, SH["not"], SH.qualifiedValueShape)

    def reads_classes(shape, depth: int) -> bool:
        if depth and ((shape, SH.property, None) in shapes or (shape, SH.node, None) in shapes):
            raise AssertionError(f"{shape} reads beyond its values' classes; the neighbourhood reference does not hold")
        found = (shape, SH["class"], None) in shapes
        for predicate in nested:
            for value in shapes.objects(shape, predicate):
                members = list(shapes.items(value)) if predicate in (SH["or"], SH["and"], SH.xone) else [value]
                found = any([reads_classes(m, depth + 1) for m in members]) or found
        return found

    return frozenset(path for shape, path in shapes.subject_objects(SH.path) if reads_classes(shape, 0))


class _Neighbourhood:
    """What the results for a focus node can depend on — its triples, and its values' classes
    where a shape reads them — as a signature, and ready to be copied into a batch graph."""

    def __init__(self, graph: Graph, focus) -> None:
        reads = class_paths()
        self.focus = focus
        self.types = tuple(sorted(graph.objects(focus, RDF.type)))
        self.edges = [(p, o, tuple(sorted(graph.objects(o, RDF.type))) if p in reads and not isinstance(o, Literal) else ())
                      for p, o in graph.predicate_objects(focus)]
        self.iris = {o: types for p, o, types in self.edges if isinstance(o, URIRef) and o != focus and p in reads}

    def signature(self) -> tuple:
        def key(o, types):
            if o == self.focus:
                return ("focus",)
            if isinstance(o, Literal):
                return ("literal", str(o), str(o.datatype) if o.datatype is not None else None, o.language)
            return ("iri", str(o), tuple(map(str, types))) if isinstance(o, URIRef) else ("blank", tuple(map(str, types)))

        own = ("iri", str(self.focus)) if isinstance(self.focus, URIRef) else ("blank",)
        return own, tuple(sorted((str(p), key(o, types)) for p, o, types in self.edges))


class _Batch:
    """One graph holding many neighbourhoods that share no node whose triples they disagree on.

    A blank value is stood in for by a blank node of the same classes (where they are read): a
    blank focus node of the batch where there is one, else a node with only rdf:type. An IRI value
    stays itself, so the batch must agree on its classes; an IRI is the focus of at most one
    neighbourhood per batch."""

    def __init__(self) -> None:
        self.graph = Graph()
        self.subjects: set = set()
        self.types: dict = {}  # IRI -> its classes in this batch
        self.stand_ins: dict = {}  # classes -> blank nodes that have exactly them
        self.focus: dict = {}  # node in this graph -> neighbourhood signature

    def add(self, signature: tuple, part: _Neighbourhood) -> bool:
        focus = part.focus
        if isinstance(focus, URIRef) and (focus in self.subjects or self.types.get(focus, part.types) != part.types):
            return False
        if any(self.types.get(o, types) != types for o, types in part.iris.items()):
            return False
        node = focus if isinstance(focus, URIRef) else BNode()
        copies: dict = {focus: node}
        used: Counter = Counter()
        for p, o, types in part.edges:
            if isinstance(o, BNode) and o not in copies:
                if not types:
                    copies[o] = BNode()
                else:
                    stand_ins = self.stand_ins.setdefault(types, [])
                    if used[types] == len(stand_ins):
                        stand_ins.append(BNode())
                        for t in types:
                            self.graph.add((stand_ins[-1], RDF.type, t))
                    copies[o] = stand_ins[used[types]]
                    used[types] += 1
            self.graph.add((node, p, copies.get(o, o)))
        for o, types in part.iris.items():
            for t in types:
                self.graph.add((o, RDF.type, t))
            self.types[o] = types
        if isinstance(focus, URIRef):
            self.subjects.add(focus)
            self.types[focus] = part.types
        else:
            self.stand_ins.setdefault(part.types, []).insert(0, node)
        self.focus[node] = signature
        return True


@pytest.fixture(scope="module")
def assembled(suite, reference) -> dict[str, Counter]:
    """pyshacl's results for every case, from one pyshacl run per distinct neighbourhood."""
    signatures: dict = {}  # case id -> [(focus, signature)]
    representatives: dict = {}  # signature -> (graph, focus)
    whole: dict = {}
    for case, graph in suite:
        if (None, RDFS.subClassOf, None) in graph:
            whole[case.id] = _abstract(reference.results(graph))
            continue
        signatures[case.id] = []
        for f in set(graph.subjects(RDF.type, None)):
            part = _Neighbourhood(graph, f)
            signature = part.signature()
            signatures[case.id].append((f, signature))
            representatives.setdefault(signature, part)
    batches: list[_Batch] = []
    for signature, part in representatives.items():
        for batch in batches:
            if batch.add(signature, part):
                break
        else:
            batches.append(_Batch())
            assert batches[-1].add(signature, part)
    by_signature: dict = {signature: Counter() for signature in representatives}
    for batch in batches:
        for r in reference.results(batch.graph):
            signature = batch.focus.get(r.focus)
            if signature is not None:  # results for the values' stand-ins are not wanted
                by_signature[signature][(r.shape, r.path, r.severity, _value_key(r.focus, r.value), r.component)] += 1
    expected = dict(whole)
    for case_id, pairs in signatures.items():
        counter: Counter = Counter()
        for f, signature in pairs:
            for (shape, path, severity, value, component), n in by_signature[signature].items():
                counter[(shape, f, path, severity, value, component)] += n
        expected[case_id] = counter
    expected["#neighbourhoods"] = len(representatives)
    expected["#batches"] = len(batches)
    return expected


def test_fast_engine_equals_pyshacl_on_every_conformance_case(suite, fast, assembled):
    mismatches = []
    for case, graph in suite:
        ours = _abstract(fast.results(graph))
        if ours != assembled[case.id]:
            mismatches.append((case.id, sorted(map(str, ours - assembled[case.id]))[:3], sorted(map(str, assembled[case.id] - ours))[:3]))
    assert not mismatches, mismatches[:5]
    assert sum(1 for case, _ in suite if assembled[case.id]) > 100  # many cases do have results
    assert assembled["#neighbourhoods"] < sum(len(set(g.subjects(RDF.type, None))) for _, g in suite)


def test_the_assembled_reference_is_what_pyshacl_says_on_whole_graphs(suite, fast, reference, assembled):
    """The neighbourhood assembly is exact: checked on a sample spread over the suite."""
    sample = suite[:: max(1, len(suite) // 24)]
    for case, graph in sample:
        ours, theirs = agree(fast, reference, graph)
        assert ours == theirs, case.id
        assert _abstract(reference.results(graph)) == assembled[case.id], case.id


# --- (b) examples and benchmark data --------------------------------------------------------------


@pytest.mark.parametrize("name", [name for name, _ in example_graphs()])
def test_fast_engine_equals_pyshacl_on_each_example(name, fast, reference):
    graph = dict(example_graphs())[name]
    ours, theirs = agree(fast, reference, graph)
    assert ours == theirs


def _benchmark_datasets():
    spec = importlib.util.spec_from_file_location("kll_benchmarks_datasets", paths.repository_root() / "benchmarks" / "datasets.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def benchmark_sample(tmp_path_factory) -> list[Path]:
    """The benchmark's data (benchmarks/datasets.py, one block of 1,000 records, every kind of
    breakage): every record that is not an education event, the broken events and 40 others."""
    datasets = _benchmark_datasets()
    source = tmp_path_factory.mktemp("bench")
    truth = datasets.generate(source, 1_000, datasets.DEFAULT_SEED)
    broken = {(e["file"], e["line"]) for e in truth["errors"]}
    assert {e["kind"] for e in truth["errors"]} == set(datasets.KINDS)
    target = tmp_path_factory.mktemp("bench-sample")
    files = []
    for name in truth["files"]:
        lines = (source / name).read_text(encoding="utf-8").splitlines()
        keep = [line for i, line in enumerate(lines) if name != "education_events.jsonl" or i < 40 or (name, i) in broken]
        (target / name).write_text("\n".join(keep) + "\n", encoding="utf-8")
        files.append(target / name)
    return files


def test_fast_engine_equals_pyshacl_on_benchmark_data(benchmark_sample, fast, reference):
    from kll.artifacts.modelindex import model_index
    from kll.validation.rdf_mapping import JsonToRdf

    mapper = JsonToRdf(model_index())
    for path in benchmark_sample:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            mapper.add_record(record, record["type"])
    ours, theirs = agree(fast, reference, mapper.graph)
    assert ours == theirs
    rules = {str(r[0]).rsplit("/", 1)[-1] for r in ours}
    assert {"Execution.start_date.value-type", "Person.birth_date.value-type", "Mapping.confidence.range", "PaceOfStudy.pace_percentage.range"} <= rules


def test_validate_reports_the_same_findings_with_either_engine(benchmark_sample, monkeypatch):
    """End to end: ``kll validate`` (semantic stage, chunked) with KLL_SHACL_ENGINE=fast and =pyshacl."""
    from kll.validate import validate

    def findings(engine: str):
        monkeypatch.setenv(ENGINE_VARIABLE, engine)
        report = validate(benchmark_sample, stages=["semantic"])
        return report.records, sorted((f.rule, f.severity.value, f.location.file, f.location.record, str(f.location.pointer)) for f in report.findings)

    fast_records, fast_findings = findings("fast")
    reference_records, reference_findings = findings("pyshacl")
    assert fast_records == reference_records > 100
    assert fast_findings == reference_findings
    assert any(rule == "Execution.start_date.value-type" for rule, *_ in fast_findings)


# --- (c) hypothesis: mutated example graphs -------------------------------------------------------

_DATATYPES = [XSD.string, XSD.integer, XSD.decimal, XSD.float, XSD.double, XSD.boolean, XSD.date, XSD.dateTime,
              XSD.time, XSD.anyURI, XSD.int, XSD.nonNegativeInteger, XSD.gYear, XSD.duration, RDF.JSON,
              URIRef("urn:example:datatype")]
_LANGUAGES = ["sv", "en", "SV", "En", "sv-FI", "en-GB", "fi", "se", "x-klingon"]
with warnings.catch_warnings():  # rdflib warns about the ill-typed literals made on purpose
    warnings.simplefilter("ignore")
    _LITERALS = [
        Literal("2025-02-30", datatype=XSD.date), Literal("2026-01-15", datatype=XSD.date), Literal("2026-01-15Z", datatype=XSD.date),
        Literal("2026-01-15T09:00:00+01:00", datatype=XSD.dateTime), Literal("2026-01-15", datatype=XSD.dateTime),
        Literal("09:00:00", datatype=XSD.time), Literal("0180\n"), Literal("１２３４"), Literal("2021"), Literal(""), Literal(" x "),
        Literal("Svetsning", lang="sv"), Literal("Welding", lang="en"), Literal("x", lang="sv-FI"), Literal("x", lang="SV"),
        Literal(" ", lang="sv"), Literal("50", datatype=XSD.integer), Literal("-1", datatype=XSD.integer), Literal("54", datatype=XSD.integer),
        Literal("0", datatype=XSD.integer), Literal("abc", datatype=XSD.integer), Literal("7.5", datatype=XSD.decimal),
        Literal("-0.5", datatype=XSD.decimal), Literal("1.5", datatype=XSD.float), Literal("NaN", datatype=XSD.double),
        Literal("INF", datatype=XSD.float), Literal("-INF", datatype=XSD.double), Literal("1e3", datatype=XSD.double),
        Literal("100.0", datatype=XSD.double), Literal("true", datatype=XSD.boolean), Literal("yes", datatype=XSD.boolean),
        Literal("1", datatype=XSD.boolean), Literal("50"), Literal("https://example.org/x", datatype=XSD.anyURI),
        Literal("https://w3id.org/kll/id/x"), Literal('{"a": 1}', datatype=RDF.JSON), Literal("x", datatype=URIRef("urn:example:datatype")),
        Literal("5", datatype=XSD.nonNegativeInteger), Literal("-5", datatype=XSD.nonNegativeInteger), Literal("5", datatype=XSD.int),
        Literal("2026", datatype=XSD.gYear), Literal("P1Y", datatype=XSD.duration), Literal("info@example.se"), Literal("202100-2114"),
        Literal("SE"), Literal("swe"), Literal("+46 60 12 34 56"), Literal("e.123"), Literal("sv"),
        Literal("https://w3id.org/kll/vocab/scheme/sun-2020-field"), Literal("https://w3id.org/kll/vocab/scheme/sun-2020-field", datatype=XSD.anyURI),
    ]
_IRIS = [URIRef("https://w3id.org/kll/id/mutated"), URIRef("urn:x"), URIRef("not an iri"), URIRef("http://example.org/a b"),
         URIRef("https://w3id.org/kll/vocab/scheme/sun-2020-field"), RDF.nil, URIRef(KLL + "Organisation")]


@lru_cache(maxsize=None)
def _classes() -> tuple:
    shapes = semantic_validator(engine="fast").shapes
    return tuple(sorted(set(shapes.objects(None, SH.targetClass)), key=str)) + (URIRef(KLL + "NotAClass"), RDFS.Resource)


def _pick(items, index: int):
    items = list(items)
    return items[index % len(items)] if items else None


def _replace_node(graph: Graph, old, new) -> None:
    for s, p, o in list(graph):
        if s == old or o == old:
            graph.remove((s, p, o))
            graph.add((new if s == old else s, p, new if o == old else o))


def _mutate(graph: Graph, operation: str, i: int, j: int, k: int, text: str) -> None:
    triples = sorted(graph, key=lambda t: (str(t[0]), str(t[1]), str(t[2])))
    subjects = sorted(set(graph.subjects()), key=str)
    if not triples:
        return
    s, p, o = _pick(triples, i)
    other = _pick(subjects, j)
    if operation == "drop":
        graph.remove((s, p, o))
    elif operation == "copy":
        graph.add((other, p, o))
    elif operation == "literal":
        graph.remove((s, p, o))
        graph.add((s, p, _pick(_LITERALS, k)))
    elif operation == "lexical":
        graph.remove((s, p, o))
        datatype = _pick(_DATATYPES, k)
        graph.add((s, p, Literal(text, datatype=datatype) if datatype != XSD.string or k % 2 else Literal(text)))
    elif operation == "retag":
        if isinstance(o, Literal):
            graph.remove((s, p, o))
            graph.add((s, p, Literal(str(o), lang=_pick(_LANGUAGES, k)) if k % 3 else Literal(str(o), datatype=_pick(_DATATYPES, k))))
    elif operation == "unknown":
        graph.add((other, URIRef(KLL + f"unknown{k % 3}"), _pick(_LITERALS, k) if k % 2 else BNode()))
    elif operation == "object":
        graph.remove((s, p, o))
        graph.add((s, p, _pick(_IRIS, k) if k % 4 else BNode()))
    elif operation == "to-blank":
        if isinstance(other, URIRef):
            _replace_node(graph, other, BNode())
    elif operation == "to-iri":
        if isinstance(other, BNode):
            _replace_node(graph, other, _pick(_IRIS, k))
    elif operation == "type":
        graph.add((other, RDF.type, _pick(_classes(), k)))
    elif operation == "untype":
        graph.remove((other, RDF.type, None))
    elif operation == "retype":
        graph.remove((other, RDF.type, None))
        graph.add((other, RDF.type, _pick(_classes(), k)))
    elif operation == "stringify":
        if not isinstance(o, Literal):
            graph.remove((s, p, o))
            graph.add((s, p, Literal(str(o), datatype=XSD.anyURI if k % 2 else None)))
    elif operation == "local-subclass":
        # The node's class replaced by a class of the data's own that is declared its subclass.
        types = sorted(graph.objects(other, RDF.type))
        if types:
            local = URIRef(KLL + f"Local{k % 3}")
            graph.remove((other, RDF.type, None))
            graph.add((other, RDF.type, local))
            graph.add((local, RDFS.subClassOf, _pick(types, k)))
    elif operation == "subclass":
        # A class of the data's own, declared a subclass of a shape's target class (or a chain).
        local = URIRef(KLL + f"Local{k % 2}")
        graph.add((local, RDFS.subClassOf, _pick(_classes(), k) if j % 3 else URIRef(KLL + "Local1")))
        graph.add((other, RDF.type, local))


_OPERATIONS = ["drop", "copy", "literal", "lexical", "retag", "unknown", "object", "stringify", "to-blank", "to-iri", "type", "untype",
               "retype", "subclass", "local-subclass"]
_MUTATION = st.tuples(st.sampled_from(_OPERATIONS), st.integers(0, 10_000), st.integers(0, 10_000), st.integers(0, 10_000),
                      st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12))


@pytest.mark.filterwarnings("ignore::UserWarning")
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(base=st.integers(0, 10_000), mutations=st.lists(_MUTATION, min_size=1, max_size=6))
def test_fast_engine_equals_pyshacl_on_mutated_examples(fast, reference, base, mutations):
    name, original = _pick(example_graphs(), base)
    graph = Graph()
    for triple in original:
        graph.add(triple)
    for mutation in mutations:
        _mutate(graph, *mutation)
    ours, theirs = agree(fast, reference, graph)
    assert ours == theirs


# --- edge cases, each against pyshacl -------------------------------------------------------------

PREFIXES = """
@prefix org: <http://www.w3.org/ns/org#> . @prefix foaf: <http://xmlns.com/foaf/0.1/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix kll: <https://w3id.org/kll/model/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
"""
AF = '<https://w3id.org/kll/id/af> a org:Organization ; foaf:name "Arbetsförmedlingen"@sv, "AF"@en ; kll:organisationNumber "202100-2114" .'
PERIOD = '[] a kll:AcademicPeriod ; kll:periodYear "2026" ; kll:startWeek {} .'
CONCEPT = '[] a kll:ConceptReference ; skos:inScheme {} ; skos:notation "481a" ; owl:versionInfo "2020" .'
EDUCATION = '<https://w3id.org/kll/id/e> a kll:Education ; kll:credits [ a {} ; kll:creditValue 7.5 ] .'

EDGE_CASES = {
    "plain": AF,
    "language-range": AF.replace('"AF"@en', '"AF"@en-GB').replace("@sv", "@sv-FI"),
    "language-case": AF.replace('"AF"@en', '"AF"@EN, "Af"@en'),
    "orgnr-newline": AF.replace('"202100-2114"', '"202100-2114\\n"'),
    "orgnr-fullwidth": AF.replace('"202100-2114"', '"２０２１００-２１１４"'),
    "orgnr-typed": AF.replace('"202100-2114"', '"202100-2114"^^xsd:token'),
    "orgnr-iri": AF.replace('"202100-2114"', "<urn:202100-2114>"),
    "orgnr-blank": AF.replace('"202100-2114"', "[]"),
    "subclass-target": AF.replace("a org:Organization", "a kll:LocalOrganisation") + " kll:LocalOrganisation rdfs:subClassOf org:Organization .",
    "subclass-cycle": AF.replace("a org:Organization", "a kll:A") + " kll:A rdfs:subClassOf kll:B . kll:B rdfs:subClassOf kll:A, org:Organization .",
    "two-classes": AF.replace("a org:Organization", "a org:Organization, kll:EducationProvider"),
    "week-ok": PERIOD.format("10"),
    "week-high": PERIOD.format("54"),
    "week-decimal": PERIOD.format("10.0"),
    "week-double": PERIOD.format("1.0e1"),
    "week-string": PERIOD.format('"10"'),
    "week-ill-typed": PERIOD.format('"ten"^^xsd:integer'),
    "week-short": PERIOD.format('"10"^^xsd:short'),
    "week-date": PERIOD.format('"2026-01-01"^^xsd:date'),
    "week-iri": PERIOD.format("<urn:ten>"),
    "week-two": PERIOD.format("10, 11"),
    "period-year-integer": PERIOD.format("10").replace('"2026"', "2026"),
    "enum-iri": CONCEPT.format("<https://w3id.org/kll/vocab/scheme/sun-2020-field>"),
    "enum-as-string": CONCEPT.format('"https://w3id.org/kll/vocab/scheme/sun-2020-field"'),
    "enum-as-any-uri": CONCEPT.format('"https://w3id.org/kll/vocab/scheme/sun-2020-field"^^xsd:anyURI'),
    "value-class": EDUCATION.format("kll:Credits"),
    "value-subclass": EDUCATION.format("kll:LocalCredits") + " kll:LocalCredits rdfs:subClassOf kll:Credits .",
    "value-subclass-chain": EDUCATION.format("kll:A") + " kll:A rdfs:subClassOf kll:B . kll:B rdfs:subClassOf kll:Credits .",
    "value-other-class": EDUCATION.format("kll:Fee"),
    "value-untyped": EDUCATION.format("kll:Credits").replace("a kll:Credits ;", ""),
    "value-literal": EDUCATION.format("kll:Credits").split("kll:credits")[0] + 'kll:credits "7.5" .',
    "value-iri": EDUCATION.format("kll:Credits").split("kll:credits")[0] + "kll:credits <https://w3id.org/kll/id/credits> . <https://w3id.org/kll/id/credits> a kll:Credits .",
}


@pytest.mark.parametrize("name", sorted(EDGE_CASES))
def test_edge_cases_agree_with_pyshacl(name, fast, reference):
    graph = Graph().parse(data=PREFIXES + EDGE_CASES[name], format="turtle")
    ours, theirs = agree(fast, reference, graph)
    assert ours == theirs


@pytest.mark.parametrize("name", ["subclass-target", "value-subclass", "week-ill-typed"])
def test_the_reference_is_a_plain_pyshacl_run(name, fast, reference):
    """The prepared pyshacl run (shapes chosen by the classes present, subclasses included) and a
    plain ``pyshacl.validate`` on the whole shapes graph give the same results as the fast engine."""
    import pyshacl

    graph = Graph().parse(data=PREFIXES + EDGE_CASES[name], format="turtle")
    _, report, _ = pyshacl.validate(graph, shacl_graph=reference.shapes, inference="none", advanced=False, allow_warnings=True, allow_infos=True)
    plain = Counter(
        tuple(report.value(r, p) for p in (SH.sourceShape, SH.focusNode, SH.resultPath, SH.resultSeverity, SH.value, SH.sourceConstraintComponent))
        for r in report.subjects(RDF.type, SH.ValidationResult)
    )
    assert exact(fast.results(graph)) == plain


def test_ill_typed_date_fails_in_both_engines(fast, reference):
    graph = Graph().parse(data=PREFIXES + PERIOD.format("10").replace('"2026"', '"2026"^^xsd:date'), format="turtle")
    graph2 = Graph()
    node = BNode()
    graph2.add((node, RDF.type, URIRef(KLL + "Execution")))
    graph2.add((node, URIRef("http://www.w3.org/ns/dcat#startDate"), Literal("2025-02-30", datatype=XSD.date)))
    for g in (graph, graph2):
        ours, theirs = agree(fast, reference, g)
        assert ours == theirs
        assert any(str(r.shape).endswith(".value-type") for r in fast.results(g))


# --- shapes this project does not generate (yet), against pyshacl --------------------------------

CUSTOM_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Closed a sh:NodeShape ; sh:targetClass ex:C ; sh:closed true ; sh:property ex:P1, ex:P2 .
ex:P1 a sh:PropertyShape ; sh:path ex:p ; sh:minCount 0 ; sh:maxCount 2 ; sh:class ex:D, ex:E ; sh:severity sh:Info .
ex:P2 sh:path ex:q ; sh:pattern "^ab" ; sh:flags "i" ; sh:in ( 1 "1" 1.0 "a"@en ex:x ) ; sh:languageIn ( "*" ) .
ex:Range a sh:PropertyShape ; sh:targetClass ex:C ; sh:path ex:r ; sh:minInclusive "2026-01-01"^^xsd:date ; sh:maxInclusive "2026-12-31"^^xsd:date .
ex:Words a sh:PropertyShape ; sh:targetClass ex:C ; sh:path ex:s ; sh:minInclusive "b" ; sh:uniqueLang false ; sh:datatype rdf:langString .
ex:Off a sh:PropertyShape ; sh:targetClass ex:C ; sh:path ex:p ; sh:deactivated true ; sh:minCount 5 .
ex:Qualified a sh:PropertyShape ; sh:targetClass ex:C ; sh:path ex:p ; sh:qualifiedValueShape [ sh:class ex:D ] ; sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 1 ; sh:severity sh:Warning .
ex:Either a sh:NodeShape ; sh:targetClass ex:C ; sh:or ( [ sh:path ex:p ; sh:minCount 2 ] [ sh:path ex:q ; sh:maxCount 0 ; sh:severity sh:Warning ] ) .
ex:Kinds a sh:PropertyShape ; sh:targetClass ex:C ; sh:path ex:p ; sh:nodeKind sh:BlankNodeOrLiteral .
"""
CUSTOM_DATA = """
@prefix ex: <http://example.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
ex:a a ex:C ; ex:p [ a ex:D ], [ a ex:F ] ; ex:q "AB", 1, "1"^^xsd:integer, 1.0, "a"@EN, ex:x, "b"@en ; ex:other 1 ; a rdfs:Resource .
ex:b a ex:C ; ex:p ex:d ; ex:r "2026-06-01"^^xsd:date, "2027-01-01"^^xsd:date, "2026-06-01T00:00:00"^^xsd:dateTime, "x" ; ex:s "a"@sv, "c"@sv, "c" .
ex:d a ex:F . ex:F rdfs:subClassOf ex:D, ex:E .
ex:e a ex:Sub ; ex:p "x" . ex:Sub rdfs:subClassOf ex:C .
"""


def test_shapes_beyond_the_generated_ones_agree_with_pyshacl():
    shapes = Graph().parse(data=CUSTOM_SHAPES, format="turtle")
    data = Graph().parse(data=CUSTOM_DATA, format="turtle")
    ours = exact(SemanticValidator(shapes, engine="fast").results(data))
    theirs = exact(SemanticValidator(Graph().parse(data=CUSTOM_SHAPES, format="turtle"), engine="pyshacl").results(data))
    assert ours == theirs
    assert len(ours) > 15


# --- (d) what the compiler refuses ----------------------------------------------------------------

SHAPE_PREFIXES = """
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
UNSUPPORTED = {
    "minLength": "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minLength 2 ] .",
    "node": "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:node ex:T ] . ex:T a sh:NodeShape .",
    "not": "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:not [ sh:class ex:D ] .",
    "hasValue": "ex:S a sh:PropertyShape ; sh:targetClass ex:C ; sh:path ex:p ; sh:hasValue 1 .",
    "lessThan": "ex:S a sh:PropertyShape ; sh:targetClass ex:C ; sh:path ex:p ; sh:lessThan ex:q .",
    "minExclusive": "ex:S a sh:PropertyShape ; sh:targetClass ex:C ; sh:path ex:p ; sh:minExclusive 0 .",
    "targetNode": "ex:S a sh:NodeShape ; sh:targetNode ex:n ; sh:class ex:C .",
    "targetSubjectsOf": "ex:S a sh:NodeShape ; sh:targetSubjectsOf ex:p ; sh:class ex:C .",
    "implicit-class-target": "ex:S a sh:NodeShape, <http://www.w3.org/2000/01/rdf-schema#Class> ; sh:closed true .",
    "sequence-path": "ex:S a sh:PropertyShape ; sh:targetClass ex:C ; sh:path ( ex:p ex:q ) ; sh:minCount 1 .",
    "inverse-path": "ex:S a sh:PropertyShape ; sh:targetClass ex:C ; sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 .",
    "sparql": 'ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:sparql [ sh:select "SELECT $this WHERE { }" ] .',
    "disjoint-qualified": "ex:S a sh:PropertyShape ; sh:targetClass ex:C ; sh:path ex:p ; sh:qualifiedValueShape [ sh:class ex:D ] ; sh:qualifiedMinCount 1 ; sh:qualifiedValueShapesDisjoint true .",
    "minCount-on-node-shape": "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:minCount 1 .",
    "custom-component": "ex:Comp a sh:ConstraintComponent ; sh:parameter [ sh:path ex:size ] . ex:S a sh:NodeShape ; sh:targetClass ex:C ; ex:size 3 .",
    "future-sh-term": "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:someFutureConstraint true .",
}


@pytest.mark.parametrize("name", sorted(UNSUPPORTED))
def test_unsupported_shapes_fail_at_compile_time(name):
    shapes = Graph().parse(data=SHAPE_PREFIXES + UNSUPPORTED[name], format="turtle")
    with pytest.raises(UnsupportedShape):
        compile_shapes(shapes)
    with pytest.raises(UnsupportedShape):
        SemanticValidator(shapes, engine="fast")
    SemanticValidator(shapes, engine="pyshacl")  # the reference takes anything pyshacl takes


def test_the_generated_shapes_use_only_supported_components(fast):
    used = {p for p in set(fast.shapes.predicates()) if str(p).startswith(str(SH))}
    constraint_like = used - {SH.targetClass, SH.path, SH.severity, SH.message, SH.name}
    assert constraint_like <= SUPPORTED_PARAMETERS
    assert {SH.closed, SH["or"], SH.qualifiedValueShape, SH.languageIn, SH.uniqueLang, SH["in"], SH.pattern} <= constraint_like


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's Dataset about itself
def test_reading_the_store_directly_gives_the_same_results(fast, monkeypatch):
    """The index is read from rdflib's in-memory store where that is exact, else via triples()."""
    from kll.validation import fastshacl

    name, original = example_graphs()[0]
    edited = Graph()
    for triple in original:
        edited.add(triple)
    for triple in sorted(edited, key=str)[::7]:
        edited.remove(triple)
    shared = Graph(store=edited.store, identifier=URIRef("urn:example:other"))
    shared.add((URIRef("urn:example:x"), RDF.type, URIRef("http://www.w3.org/ns/org#Organization")))
    dataset = Dataset()
    for triple in original:
        dataset.add(triple)
    graphs = [original, edited, shared, dataset]
    direct = [exact(fast.results(g)) for g in graphs]
    assert fastshacl._from_memory_store(original) is not None and fastshacl._from_memory_store(edited) is None
    monkeypatch.setattr(fastshacl, "_from_memory_store", lambda graph: None)
    assert direct == [exact(fast.results(g)) for g in graphs]
    assert direct[0] == direct[3] and direct[1] != direct[0] and direct[2]


# --- the engine switch ------------------------------------------------------------------------------


def test_the_engine_is_chosen_by_parameter_or_environment(monkeypatch):
    monkeypatch.delenv(ENGINE_VARIABLE, raising=False)
    assert default_engine() == "fast"
    assert semantic_validator().engine == "fast"
    monkeypatch.setenv(ENGINE_VARIABLE, "pyshacl")
    assert default_engine() == "pyshacl"
    assert semantic_validator().engine == "pyshacl"
    assert semantic_validator(engine="fast").engine == "fast"
    monkeypatch.setenv(ENGINE_VARIABLE, "rdf4j")
    with pytest.raises(ValueError, match=ENGINE_VARIABLE):
        semantic_validator()
    with pytest.raises(ValueError):
        SemanticValidator(Graph(), engine="rdf4j")


def test_rule_ids_are_the_shape_iris_without_the_rule_namespace(fast):
    from kll.validation import semantic
    from kll.maintain.generation.rules import RULE_NAMESPACE

    assert semantic.RULE_NAMESPACE == RULE_NAMESPACE
    for shape, rule in fast.shapes.subject_objects(URIRef(KLL + "ruleId")):
        assert str(shape) == RULE_NAMESPACE + str(rule)


def test_nothing_targeted_and_unknown_classes_are_the_same_for_both_engines(fast, reference):
    graph = Graph().parse(data=PREFIXES + AF + " <urn:x> a kll:Unknown . <urn:y> a kll:Sub . kll:Sub rdfs:subClassOf org:Organization .", format="turtle")
    for validator in (fast, reference):
        assert validator.targeted(graph) == 2
        assert [str(n) for n in validator.untargeted_typed_nodes(graph)] == ["urn:x"]


# --- the engine's own data graph ---------------------------------------------------------------


def test_spo_graph_is_a_set_of_triples_like_an_rdflib_graph():
    """``SpoGraph`` (what the validator maps JSON into for the fast engine) holds the same triples
    as an rdflib Graph given the same adds, duplicates once, and answers the queries the
    semantic stage asks."""
    from rdflib import BNode, Graph, Literal, URIRef
    from rdflib.compare import isomorphic
    from rdflib.namespace import RDF, RDFS

    from kll.validation.fastshacl import SpoGraph

    a, b, klass = URIRef("https://example.org/a"), BNode(), URIRef("https://example.org/C")
    triples = [(a, RDF.type, klass), (a, URIRef("https://example.org/p"), Literal("x", lang="sv")),
               (a, URIRef("https://example.org/p"), Literal("x", lang="sv")), (a, URIRef("https://example.org/q"), b),
               (b, RDF.type, klass), (b, URIRef("https://example.org/p"), Literal(1))]
    spo, plain = SpoGraph(), Graph()
    for triple in triples:
        spo.add(triple)
        plain.add(triple)
    assert len(spo) == len(plain) == 5
    assert isomorphic(spo.to_rdflib(), plain)
    assert sorted(spo.subject_objects(RDF.type), key=str) == sorted(plain.subject_objects(RDF.type), key=str)
    assert list(spo.objects(a, URIRef("https://example.org/q"))) == [b]
    assert (None, RDF.type, klass) in spo and (None, RDFS.subClassOf, None) not in spo
    assert set(spo.triples((a, None, None))) == set(plain.triples((a, None, None)))
