"""DCAT-AP-SE: the catalogue module as the RDF/XML, Turtle or JSON-LD that Sveriges dataportal harvests.

The model's catalogue classes already have DCAT's IRIs (``Catalog`` is ``dcat:Catalog``, ``title``
is ``dcterms:title`` …), so writing starts from the model's own RDF (``native.graph_from_package``)
and gives it the shapes DCAT-AP-SE expects where the model's RDF differs:

* licences, languages, pages, access and endpoint URLs, standards and places are IRIs, not
  ``xsd:anyURI`` literals;
* a publisher is a ``foaf:Agent`` (and ``org:Organization``) with ``foaf:name``;
* a contact point is a ``vcard:Organization`` with ``vcard:fn``, ``vcard:hasEmail <mailto:…>``
  and ``vcard:hasURL``;
* a media type is the IANA IRI (``https://www.iana.org/assignments/media-types/application/json``);
* a date is typed by its form (``xsd:date``, ``xsd:dateTime`` or ``xsd:gYear``, DCAT-AP-SE's ranges).

Reading undoes exactly that, and also takes the other forms DCAT-AP-SE publishers use: a publisher
typed ``foaf:Organization`` or untyped, a ``vcard:Kind`` contact point, an e-mail address without
``mailto:``, a telephone as ``<tel:…>`` or a ``vcard:hasValue`` node, and ``dcterms:format`` as an
IANA media type literal (``"text/csv"``, DCAT-AP-SE's own form) or IRI, which becomes the EU file
type the model uses (``dcat_formats``). A text without a language tag is read as Swedish and
reported (``convert.language-assumed``); a DCAT-AP 2 availability IRI is read as its DCAT-AP 3
replacement and reported (``convert.superseded-value``). Every other statement of the file is
reported as ``convert.unmapped`` with its subject and predicate: nothing is dropped silently.

**Resources without an IRI.** RDF/XML catalogues often describe datasets and distributions as
blank nodes. They are carried as records whose identifier is
``urn:kll:dcat-blank:<Class>:<digest>``: the first 20 hex digits of a SHA-256 over the node's own
statements (blank nodes under it by their digests in turn) and the statements that point at it.
The identifier depends on content only, so the same catalogue in RDF/XML, Turtle or JSON-LD, or
read twice, gives the same identifier; two blank nodes with the same statements and the same
referrers are one resource. Each blank node's content digest is computed once (``_blank_contents``),
so blank nodes that share children cost no more than a tree. Blank nodes that reach one another (a
cycle) write each other as ``_:cycle``, so the digest does not depend on where the cycle is entered
or on the order of the file's statements.

**Limits.** Blank nodes nested more than ``MAX_DEPTH`` (64, the nesting limit of every input format)
levels below the nearest node with an IRI or a record are not read: one ``input.limit`` violation
per such place (an input error, exit 2) counts the statements left unread, and the rest of the file
is read and validated. A blank node that nothing outside its own cycle points at is a top level.

**What DCAT-AP-SE demands beyond the model.** The specification (``dcat_standard``, computed from
Digg's own bundle) makes a few properties mandatory that the model has no slot for: the type of a
publisher (``dcterms:type`` on ``foaf:Agent``, mandatory since DCAT-AP-SE 3.0.1) and the format of
a data service (``dcterms:format`` on ``dcat:DataService``). A record that lacks one gets a
``convert.format-required`` violation naming the property and its clause; when given, the value is
reported as ``convert.unmapped`` like any other content the model does not carry.

Records outside the catalogue module, and organisations no catalogue record publishes, are not
written (``convert.not-representable``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD, Namespace

from ..validation.catalogue import ENGINE_RULES
from ..validation.loaders import MAX_DEPTH, InputError, read_graph
from ..artifacts.modelindex import ClassInfo, ModelIndex, model_index
from ..validation.report import Finding, Location, Stage
from . import ConversionError, Imported, MappingRow, StandardDefinition, conversion_finding
from .dcat_formats import EU_FILE_TYPE, IANA_FORMS, SUPERSEDED, date_datatype, file_type_for_media_type, media_type_of
from .native import PREFIXES, graph_from_package, package_from_graph, records_of

__all__ = ["ADAPTER", "CATALOGUE_CLASSES", "to_dcat_ap_se"]

DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
ORG = Namespace("http://www.w3.org/ns/org#")
KLL = Namespace(PREFIXES["kll"])
IANA = "https://www.iana.org/assignments/media-types/"
#: The prefixes of a written file (Turtle prefixes, the JSON-LD context).
WRITTEN_PREFIXES = {
    **{prefix: PREFIXES[prefix] for prefix in ("dcat", "dcterms", "foaf", "vcard", "org", "locn", "xsd", "kll")},
    "dcatap": "http://data.europa.eu/r5r/",
}

#: The model classes of the catalogue module, by the DCAT class of their nodes.
CATALOGUE_CLASSES = {DCAT.Catalog: "Catalog", DCAT.Dataset: "Dataset", DCAT.Distribution: "Distribution", DCAT.DataService: "DataService"}
#: rdf:type values read as the model class (beyond the class's own IRI).
_TYPES = {
    "Organisation": {FOAF.Agent, FOAF.Organization, ORG.Organization},
    "ContactPoint": {VCARD.Kind, VCARD.Organization},
}
_AGENT_TYPES = (FOAF.Agent, FOAF.Organization, ORG.Organization)
#: A node that a property points at is of this class, typed or not (DCAT-AP's ranges).
_RANGE = {DCAT.dataset: "Dataset", DCAT.distribution: "Distribution", DCAT.service: "DataService",
          DCAT.accessService: "DataService", DCAT.servesDataset: "Dataset", DCTERMS.publisher: "Organisation"}
#: Properties read as a slot of a class although the model's RDF uses another IRI.
_ALIASES = {"ContactPoint": {VCARD.hasURL: "homepage"}}
#: Model slots whose values are DCAT-AP-SE dates (date, date-time or year), typed by their form.
_DATE_PREDICATES = (DCTERMS.issued, DCTERMS.modified)
#: The prefix of the identifiers of records read from blank nodes (see the module docstring).
BLANK_PREFIX = "urn:kll:dcat-blank:"


_ABSOLUTE = re.compile(r"^(https?://|urn:|mailto:|tel:)[^\s<>\"{}|\\^`]+$")


def _iri_like(text: str) -> bool:
    """Whether a value can be written as an IRI node and read back as the same text: absolute,
    in a scheme a JSON-LD context cannot take for a prefix, and without characters IRIs forbid."""
    return bool(_ABSOLUTE.match(text))


# --- writing -----------------------------------------------------------------------------------


def to_dcat_ap_se(graph: Graph) -> Graph:
    """The model's RDF of catalogue records in DCAT-AP-SE's shapes (see the module docstring)."""
    out = Graph(bind_namespaces="none")
    for prefix, namespace in WRITTEN_PREFIXES.items():
        out.bind(prefix, namespace)
    packages = set(graph.subjects(RDF.type, KLL.DataPackage))
    contacts = set(graph.subjects(RDF.type, VCARD.Kind))
    agents = set(graph.subjects(RDF.type, ORG.Organization))
    for subject, predicate, obj in graph:
        if subject in packages:
            continue  # the package's own values are the model's, not the catalogue's
        if isinstance(obj, Literal) and obj.datatype == XSD.anyURI and _iri_like(str(obj)):
            obj = URIRef(str(obj))
        if predicate == RDF.type and obj == VCARD.Kind:
            obj = VCARD.Organization
        elif predicate == VCARD.hasEmail and isinstance(obj, Literal) and _iri_like("mailto:" + str(obj)):
            obj = URIRef("mailto:" + str(obj))
        elif predicate == FOAF.homepage and subject in contacts:
            predicate = VCARD.hasURL
        elif predicate == DCAT.mediaType and isinstance(obj, Literal) and media_type_of(str(obj)) == str(obj) and _iri_like(IANA + str(obj)):
            obj = URIRef(IANA + str(obj))
        elif predicate in _DATE_PREDICATES and isinstance(obj, Literal) and obj.datatype in (None, XSD.string) and date_datatype(str(obj)):
            # normalize=False: the lexical form as the model holds it (2020-02-04T10:15:00Z, not +00:00).
            obj = Literal(str(obj), datatype=date_datatype(str(obj)), normalize=False)
        out.add((subject, predicate, obj))
    for agent in agents:
        out.add((agent, RDF.type, FOAF.Agent))
    return out


# --- reading -----------------------------------------------------------------------------------


@dataclass
class _Reader:
    """One file's conversion into the model's RDF, with every statement accounted for."""

    path: Path
    graph: Graph
    index: ModelIndex
    out: Graph = field(default_factory=Graph)
    consumed: set = field(default_factory=set)
    findings: list[Finding] = field(default_factory=list)
    judgements: list[Finding] = field(default_factory=list)
    #: Records read from blank nodes: the node and the identifier it is carried under.
    blank_ids: dict = field(default_factory=dict)
    #: The first statement pointing at each blank node ``where`` has walked from (asked once each).
    parents: dict = field(default_factory=dict)

    def finding(self, rule: str, subject, predicate, detail: str) -> None:
        focus, path = self.where(subject, predicate)
        location = Location(str(self.path), focus_node=focus, path=path, record_id=focus)
        finding = conversion_finding(rule, location, detail)
        if rule in ("convert.format-required", "convert.invalid-value"):
            # A record short of a mandatory element is a finding about readable content (exit 1),
            # not an unreadable file (exit 2), as the structural stage's required rules are.
            finding = replace(finding, stage=Stage.STRUCTURAL)
        if rule == "convert.format-required":
            self.judgements.append(finding)  # a judgement of the file, not a loss in conversion
            return
        self.findings.append(finding)

    def where(self, subject, predicate) -> tuple[str | None, str | None]:
        """The nearest node with an IRI and the property path from it (blank nodes mean nothing
        to a reader of the file)."""
        steps = [str(predicate)] if predicate is not None else []
        seen = set()
        # At most MAX_DEPTH + 1 steps up: deeper blank nodes are not read (``nesting``); a walk
        # that is longer (the first referrer is not always the nearest) ends without a focus.
        while isinstance(subject, BNode) and subject not in seen and subject not in self.blank_ids and len(seen) <= MAX_DEPTH:
            seen.add(subject)
            if subject not in self.parents:
                self.parents[subject] = next(iter(self.graph.subject_predicates(subject)), None)
            parent = self.parents[subject]
            if parent is None:
                break
            subject, via = parent
            steps.insert(0, str(via))
        focus = str(subject) if isinstance(subject, URIRef) else self.blank_ids.get(subject)
        return focus, _path(steps)

    def records(self) -> dict:
        """Every node that is a record, and its model class."""
        found: dict = {}
        for dcat_class, class_name in CATALOGUE_CLASSES.items():
            for node in self.graph.subjects(RDF.type, dcat_class):
                found.setdefault(node, class_name)
        for agent_type in _AGENT_TYPES:
            for node in self.graph.subjects(RDF.type, agent_type):
                found.setdefault(node, "Organisation")
        for predicate, class_name in _RANGE.items():
            for node in self.graph.objects(None, predicate):
                if (node, None, None) in self.graph:  # described here, not only pointed at
                    found.setdefault(node, class_name)
        return found

    def read(self) -> dict:
        records = self.records()
        contents = _blank_contents(self.graph, [node for node in records if isinstance(node, BNode)])
        for node, class_name in records.items():
            if isinstance(node, BNode):
                self.blank_ids[node] = f"{BLANK_PREFIX}{class_name}:{self.digest(node, contents)}"
        self.nesting(records)
        for node, class_name in records.items():
            info = self.index.classes[class_name]
            self.copy(node, info, URIRef(self.blank_ids[node]) if isinstance(node, BNode) else node)
            self.required_by_dcat_ap_se(node, class_name)
        left = [(self.where(s, p), s, p) for s, p, o in self.graph if (s, p, o) not in self.consumed]
        for _, subject, predicate in sorted(left, key=lambda item: (item[0][0] or "", item[0][1] or "")):
            self.finding("convert.unmapped", subject, predicate, f"{_name(predicate)}: DCAT-AP-SE content the model does not carry")
        package = package_from_graph(self.out, self.index)
        return {"conforms_to_model_version": self.index.model_version, **package}

    def digest(self, node: BNode, contents: dict) -> str:
        """A blank node's stable identifier digest: its content digest (``_blank_contents``) and
        the statements that point at it (see the module docstring)."""
        referrers = sorted(f"{s.n3() if not isinstance(s, BNode) else '_:'} {p.n3()}" for s, p in self.graph.subject_predicates(node))
        text = contents[node] + "\n" + "\n".join(referrers)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]

    def nesting(self, records: dict) -> None:
        """Blank nodes nested more than ``MAX_DEPTH`` levels below the nearest node with an IRI or
        a record are not read: their statements are left out, and one ``input.limit`` violation
        per place above them (that node and the property the nesting starts with) counts them.

        Levels are found breadth-first, so a blank node's level is its shortest distance from a
        node with an IRI, a record, or a blank node that nothing points at (level 0); the blank
        nodes none of these reach (on or below a cycle nothing else points at) are level 0 too."""
        level: dict = {}

        def spread(queue: deque) -> None:
            while queue:
                node = queue.popleft()
                depth, focus, first = level[node]
                for predicate, obj in self.graph.predicate_objects(node):
                    if isinstance(obj, BNode) and obj not in records and obj not in level:
                        level[obj] = (depth + 1, focus, first or str(predicate))
                        queue.append(obj)

        seeds = []
        for subject, predicate, obj in self.graph:
            if isinstance(obj, BNode) and obj not in records and (not isinstance(subject, BNode) or subject in records):
                focus = str(subject) if isinstance(subject, URIRef) else self.blank_ids[subject]
                seeds.append((focus, str(predicate), obj))
        queue: deque = deque()
        for focus, predicate, obj in sorted(seeds, key=lambda seed: seed[:2]):
            if obj not in level:
                level[obj] = (1, focus, predicate)
                queue.append(obj)
        spread(queue)
        referred = {obj for obj in self.graph.objects() if isinstance(obj, BNode)}
        tops = {s for s in self.graph.subjects() if isinstance(s, BNode) and s not in records and s not in level}
        for top in tops - referred:
            level[top] = (0, None, None)
            queue.append(top)
        spread(queue)
        for top in tops:
            level.setdefault(top, (0, None, None))
        unread: dict = {}
        for node, (depth, focus, first) in level.items():
            if depth > MAX_DEPTH:
                for predicate, obj in self.graph.predicate_objects(node):
                    self.consumed.add((node, predicate, obj))
                    unread[(focus, first)] = unread.get((focus, first), 0) + 1
        rule = ENGINE_RULES["input.limit"]
        for (focus, first), count in sorted(unread.items(), key=lambda item: (item[0][0] or "", item[0][1] or "")):
            location = Location(str(self.path), focus_node=focus, path=first, record_id=focus)
            detail = f"blank nodes nested more than {MAX_DEPTH} levels deep under {_name(first)}: the {count} statements below that level are not read"
            self.findings.append(Finding(rule.id, rule.severity, Stage.INPUT, location, rule.message_en, rule.message_sv, detail))

    def required_by_dcat_ap_se(self, node, class_name: str) -> None:
        """A ``convert.format-required`` violation for each property DCAT-AP-SE makes mandatory on
        the node's class that the model has no slot for and the node does not give."""
        for dcat_class, prop, clause in _REQUIRED_UNMAPPED.get(class_name, ()):
            if (node, _iri(prop), None) not in self.graph:
                self.finding("convert.format-required", node, _iri(prop), f"{prop} of a {dcat_class}: {clause}")

    def copy(self, node, info: ClassInfo, target) -> None:
        """The statements of ``node`` that ``info``'s slots carry, into ``target`` of the model's RDF."""
        self.out.add((target, RDF.type, URIRef(info.uri)))
        accepted = {URIRef(info.uri), *_TYPES.get(info.name, ())}
        aliases = _ALIASES.get(info.name, {})
        chosen = self.one_text_each(node, info, aliases)
        for predicate, obj in self.graph.predicate_objects(node):
            triple = (node, predicate, obj)
            if predicate == RDF.type:
                if obj in accepted:
                    self.consumed.add(triple)
                continue
            slot_name = aliases.get(predicate) or (info.slot_by_uri[str(predicate)].name if str(predicate) in info.slot_by_uri else None)
            if slot_name is None or info.slots[slot_name].kind in {"identifier", "type"}:
                continue
            if info.slots[slot_name].kind == "reference" and isinstance(obj, BNode) and obj in self.blank_ids:
                obj = URIRef(self.blank_ids[obj])  # a record read from a blank node, by its identifier
            if predicate in chosen and obj != chosen[predicate]:
                continue  # another language of a plain-text slot: reported as unmapped
            slot = info.slots[slot_name]
            value = self.value(node, predicate, obj, slot, info)
            if value is None:
                continue
            self.consumed.add(triple)
            self.out.add((target, URIRef(slot.uri), value))
        if info.name == "Distribution":
            self.media_type_from_format(node, target)

    def one_text_each(self, node, info: ClassInfo, aliases: dict) -> dict:
        """For a plain-text slot (``vcard:fn``) given in several languages, the one literal the
        model keeps: the Swedish one, else the first."""
        chosen = {}
        for predicate in set(self.graph.predicates(node)):
            slot = info.slots.get(aliases.get(predicate, "")) or info.slot_by_uri.get(str(predicate))
            if slot is None or slot.kind != "literal" or slot.multivalued or slot.datatype not in (None, "xsd:string"):
                continue
            texts = sorted((o for o in self.graph.objects(node, predicate) if isinstance(o, Literal)), key=lambda o: (o.language != "sv", str(o)))
            if len(texts) > 1:
                chosen[predicate] = texts[0]
        return chosen

    def value(self, node, predicate, obj, slot, info: ClassInfo):
        """The object in the model's RDF, or None when the slot cannot carry it."""
        if slot.kind == "text":
            if isinstance(obj, Literal) and obj.language:
                return obj
            if isinstance(obj, Literal) and obj.datatype in (None, XSD.string):
                self.finding("convert.language-assumed", node, predicate, f"{_name(predicate)}: a text without a language tag, read as Swedish (sv)")
                return Literal(str(obj), lang="sv")
            return None
        if slot.kind == "enum":
            if slot.name == "file_format" and isinstance(obj, (URIRef, Literal)) and not str(obj).startswith(EU_FILE_TYPE):
                media_type = media_type_of(str(obj))
                code = file_type_for_media_type(media_type) if media_type else None
                return URIRef(EU_FILE_TYPE + code) if code else None
            if isinstance(obj, URIRef) and str(obj) in SUPERSEDED:
                replacement = SUPERSEDED[str(obj)]
                self.finding(
                    "convert.superseded-value", node, predicate,
                    f"{_name(predicate)}: a DCAT-AP 2 availability IRI, superseded in DCAT-AP 3.0.1 and DCAT-AP-SE 3; read as {replacement}",
                )
                return URIRef(replacement)
            if isinstance(obj, URIRef):
                return obj
            return None
        if slot.kind == "reference":
            return obj if isinstance(obj, URIRef) else None
        if slot.kind == "object":
            target = BNode()
            range_info = self.index.classes[slot.range]
            if isinstance(obj, URIRef) and range_info.slots.get("id") is None:
                self.finding("convert.unmapped", obj, None, f"the IRI of a {slot.range} ({_name(predicate)}): the model's {slot.range} has none; its statements are carried")
            elif not isinstance(obj, (BNode, URIRef)):
                return None
            self.copy(obj, range_info, target)
            return target
        # literals
        if slot.name == "email":
            text = str(obj)
            return Literal(text.removeprefix("mailto:")) if isinstance(obj, (URIRef, Literal)) else None
        if slot.name == "telephone":
            if isinstance(obj, BNode):
                # A vcard:Voice node (typed or not) whose only content is its vcard:hasValue.
                values = [v for v in self.graph.objects(obj, VCARD.hasValue)]
                typed = (obj, RDF.type, VCARD.Voice) in self.graph
                if len(values) != 1 or len(set(self.graph.predicate_objects(obj))) != 1 + typed:
                    return None
                self.consumed.add((obj, VCARD.hasValue, values[0]))
                if typed:
                    self.consumed.add((obj, RDF.type, VCARD.Voice))
                obj = values[0]
            if isinstance(obj, URIRef):
                return Literal(str(obj).removeprefix("tel:"))
            return Literal(str(obj)) if isinstance(obj, Literal) else None
        if slot.name == "media_type":
            text = str(obj)
            for form in IANA_FORMS:
                text = text.removeprefix(form)
            return Literal(text) if isinstance(obj, (URIRef, Literal)) else None
        if predicate in _DATE_PREDICATES and isinstance(obj, Literal) and not obj.language:
            # DCAT-AP-SE's date, date-time or year: the model keeps the text, whose form gives the
            # datatype back on writing. Another datatype (xsd:gYearMonth) or one its text does not
            # have the form of ("2020"^^xsd:date) is outside DCAT-AP-SE's range: a violation.
            form = date_datatype(str(obj))
            if obj.datatype in (None, XSD.string) or (form is not None and obj.datatype == form):
                return Literal(str(obj))
            self.finding(
                "convert.invalid-value", node, predicate,
                f"{_name(predicate)}: DCAT-AP-SE 3.0.1 takes xsd:date, xsd:dateTime or xsd:gYear, written in the form of its datatype",
            )
            self.consumed.add((node, predicate, obj))
            return None
        if slot.datatype == "xsd:anyURI":
            return Literal(str(obj), datatype=XSD.anyURI) if isinstance(obj, (URIRef, Literal)) else None
        if isinstance(obj, Literal):
            if obj.language:
                return Literal(str(obj))  # a tagged literal where the model has plain text
            return obj
        return None

    def media_type_from_format(self, node, target) -> None:
        """DCAT-AP-SE's ``dcterms:format "text/csv"`` is a media type as well as a file type:
        keep it as the media type when the distribution gives none."""
        if (node, DCAT.mediaType, None) in self.graph:
            return
        for obj in self.graph.objects(node, DCTERMS["format"]):
            media_type = media_type_of(str(obj)) if isinstance(obj, (Literal, URIRef)) else None
            if media_type is not None:
                self.out.add((target, DCAT.mediaType, Literal(media_type)))
                if (node, DCTERMS["format"], obj) not in self.consumed:
                    # A media type with no EU file type: carried as the media type, not as a format.
                    self.consumed.add((node, DCTERMS["format"], obj))
                    self.finding("convert.unmapped", node, DCTERMS["format"], "dcterms:format: a media type the EU file type table has no file type for; kept as the media type, the file format is missing")
                return


def _blank_contents(graph: Graph, starts) -> dict:
    """The content digest (SHA-256, hex) of every blank node reachable from ``starts`` through
    blank nodes, each computed once (``_node_digest``), children before parents.

    Blank nodes that reach one another form a strongly connected component (found by Tarjan's
    algorithm, with an explicit stack: no recursion, whatever the depth); within one they write
    one another as ``_:cycle``, so a digest does not depend on where a cycle is entered. Without
    a cycle, a node's digest is that of its statements with each blank object by its own digest."""
    contents: dict = {}
    order: dict = {}  # the node's number in the order of discovery
    low: dict = {}
    stack: list = []
    on_stack: set = set()

    def children(node) -> list:
        return [obj for obj in dict.fromkeys(graph.objects(node)) if isinstance(obj, BNode)]

    def discover(node) -> tuple:
        order[node] = low[node] = len(order)
        stack.append(node)
        on_stack.add(node)
        return node, iter(children(node))

    for start in starts:
        if start in order:
            continue
        work = [discover(start)]
        while work:
            node, pending = work[-1]
            for child in pending:
                if child not in order:
                    work.append(discover(child))
                    break
                if child in on_stack:
                    low[node] = min(low[node], order[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == order[node]:
                    component = {node}
                    while stack[-1] != node:
                        component.add(stack.pop())
                    stack.pop()
                    on_stack.difference_update(component)
                    for member in component:
                        contents[member] = _node_digest(graph, member, contents, component)
    return contents


def _node_digest(graph: Graph, node: BNode, contents: dict, component: set) -> str:
    """The digest of one blank node's statements: the sorted lines ``<predicate> <object>``, a
    blank object as ``_:`` and its digest in ``contents``, or ``_:cycle`` in ``component``."""
    lines = []
    for predicate, obj in graph.predicate_objects(node):
        if isinstance(obj, BNode):
            text = "_:" + ("cycle" if obj in component else contents[obj])
        else:
            text = obj.n3()
        lines.append(f"{predicate.n3()} {text}")
    return hashlib.sha256("\n".join(sorted(lines)).encode("utf-8")).hexdigest()


#: Prefixes for naming a property in a finding's detail (the location has the full IRI).
_NAMES = {
    **WRITTEN_PREFIXES, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "adms": "http://www.w3.org/ns/adms#", "prov": "http://www.w3.org/ns/prov#", "spdx": "http://spdx.org/rdf/terms#",
    "odrl": "http://www.w3.org/ns/odrl/2/", "time": "http://www.w3.org/2006/time#", "skos": "http://www.w3.org/2004/02/skos/core#",
}


def _name(iri) -> str:
    """A property as a CURIE where a well-known prefix gives one (dcterms:type), else its IRI."""
    for prefix, namespace in _NAMES.items():
        if str(iri).startswith(namespace) and len(str(iri)) > len(namespace):
            return f"{prefix}:{str(iri)[len(namespace):]}"
    return str(iri)


def _path(steps: list[str]) -> str | None:
    """A property path as the SHACL stage gives one: the predicate's IRI, or for a path through
    blank nodes a SPARQL sequence path (``<a>/<b>``)."""
    if not steps:
        return None
    return steps[0] if len(steps) == 1 else "/".join(f"<{step}>" for step in steps)


def _fmt(path: Path) -> str:
    """The RDF syntax of a file by its suffix: RDF/XML (``.rdf``, ``.xml``), JSON-LD or Turtle."""
    suffix = path.suffix.lower()
    return "xml" if suffix in (".rdf", ".xml") else "jsonld" if suffix in (".jsonld", ".json") else "turtle"


def _read_lexical(path: Path) -> Graph:
    """The file's graph with every literal's lexical form as written: rdflib normalises typed
    literals by default ("2020-02-04T10:15:00Z" would become "…+00:00"), which would change the
    dates the model keeps as text."""
    import rdflib

    previous = rdflib.NORMALIZE_LITERALS
    rdflib.NORMALIZE_LITERALS = False
    try:
        return read_graph(path, _fmt(path))
    finally:
        rdflib.NORMALIZE_LITERALS = previous


def _iri(curie: str) -> URIRef:
    prefix, _, local = curie.partition(":")
    return URIRef(_NAMES[prefix] + local) if prefix in _NAMES else URIRef(curie)


def _locate(path: Path, package: dict, index: ModelIndex):
    """A pointer into the package as the node and property of the DCAT file."""
    classes = {(container, str(position)): (class_name, record) for container, position, class_name, record in records_of(package, index)}

    def locate(pointer: str) -> Location | None:
        parts = pointer.split("/")[1:]
        found = classes.get(tuple(parts[:2])) if len(parts) >= 2 else None
        if found is None:
            return None
        class_name, record = found
        focus = record.get("id") if isinstance(record, dict) else None
        steps, info = [], index.classes[class_name]
        for part in parts[2:]:
            slot = info.slots.get(part) if info is not None else None
            if slot is None:
                continue  # a list position or a language key
            written = {name: str(predicate) for predicate, name in _ALIASES.get(info.name, {}).items()}
            steps.append(written.get(part, slot.uri))
            info = index.classes.get(slot.range) if slot.kind == "object" else None
        return Location(str(path), focus_node=focus, path=_path(steps), record_id=focus)

    return locate


class _DcatAdapter:
    """DCAT-AP-SE catalogues: RDF/XML (``.rdf``, ``.xml``), Turtle (``.ttl``) or JSON-LD
    (``.jsonld``), by the file's suffix."""

    name = "dcat"
    title = "DCAT-AP-SE catalogues for Sveriges dataportal, RDF/XML, Turtle or JSON-LD"
    suffixes = (".rdf", ".ttl", ".jsonld")

    def read(self, path: Path) -> Imported:
        try:
            graph = _read_lexical(path)
        except InputError as error:
            # The whole message (what is wrong, and for a remote context that nothing is fetched),
            # with the detail (the error type, or the remote IRI) in brackets.
            raise ConversionError(f"{path}: {error}", Location(str(path), line=error.line, column=error.column)) from None
        if not any((None, RDF.type, dcat_class) in graph for dcat_class in CATALOGUE_CLASSES):
            raise ConversionError(
                f"{path}: not a DCAT-AP-SE document: it describes no dcat:Catalog, dcat:Dataset, dcat:Distribution or dcat:DataService",
                Location(str(path)),
            )
        index = model_index()
        reader = _Reader(path, graph, index)
        package = reader.read()
        return Imported(package, reader.findings, _locate(path, package, index), judgements=reader.judgements)

    def write(self, package: dict, path: Path) -> list[Finding]:
        """Write the catalogue records of ``package`` and their publishers as DCAT-AP-SE (owner-only,
        never through a symbolic link); a warning for every record left out."""
        from ..artifacts.output import write_output
        from .native import writable_graph

        index = model_index()
        findings: list[Finding] = []
        catalogue, publishers = [], set()
        for container, position, class_name, record in records_of(package, index):
            if class_name in CATALOGUE_CLASSES.values() and isinstance(record, dict):
                catalogue.append((container, record))
                if isinstance(record.get("publisher"), str):
                    publishers.add(record["publisher"])
        kept: dict = {}
        for container, position, class_name, record in records_of(package, index):
            identifier = record.get("id") if isinstance(record, dict) else None
            identifier = identifier if isinstance(identifier, str) else None  # a list or a number is no identifier
            if class_name in CATALOGUE_CLASSES.values() or (identifier in publishers and index.is_a(class_name, "Organisation")):
                kept.setdefault(container, []).append(record)
            else:
                location = Location(str(path), pointer=f"/{container}/{position}", record_id=identifier)
                detail = (f"a record of {container} that no catalogue record publishes" if index.is_a(class_name, "Agent")
                          else f"a record of {container}: a DCAT-AP-SE file holds the catalogue module and its publishers")
                findings.append(conversion_finding("convert.not-representable", location, detail))
        if _fmt(path) == "jsonld":
            graph = to_dcat_ap_se(graph_from_package(kept, index))
        else:  # Turtle and RDF/XML cannot write an identifier that is no IRI: that record is left out
            written, unwritable = writable_graph(kept, path, index)
            graph = to_dcat_ap_se(written)
            findings.extend(unwritable)
        if _fmt(path) == "jsonld":
            text = graph.serialize(format="json-ld", context=dict(WRITTEN_PREFIXES), auto_compact=True)
            text = json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
        elif _fmt(path) == "xml":
            # RDF/XML needs the rdf: and xml: prefixes bound (rdflib's "core" namespaces).
            xml = Graph(bind_namespaces="core")
            for prefix, namespace in WRITTEN_PREFIXES.items():
                xml.bind(prefix, namespace)
            xml += graph
            text = xml.serialize(format="pretty-xml")
        else:
            text = graph.serialize(format="turtle")
        write_output(path, text, private=True)
        return findings

    def mapping(self) -> list[MappingRow]:
        return [MappingRow(element, status, model=model, reason=reason, note=note, group=group) for element, status, model, reason, note, group in _TABLE]

    def standard(self) -> StandardDefinition:
        """Every class and property of DCAT-AP-SE 3.0.1, from Digg's own specification bundle."""
        from .dcat_standard import standard

        return standard()


def _mapped(element: str, model: str, level: str, note: str | None = None, group: str | None = None):
    return (element, "mapped", model, None, level + (f"; {note}" if note else ""), group)


def _unmapped(element: str, reason: str, level: str = "optional", group: str | None = None):
    return (element, "unmapped", None, f"{level} in DCAT-AP-SE; {reason}", None, group)


_NO_SERIES = "the model has no dataset series"
_NO_VERSIONS = "the model does not version datasets"
#: DCAT-AP-SE 3.0.1's classes and properties (mandatory, recommended or optional there).
_TABLE = [
    _mapped("dcat:Catalog", "Catalog", "mandatory"),
    _mapped("dcat:Catalog dcterms:title", "Catalog.title", "mandatory", "language-tagged; an untagged text is read as Swedish"),
    _mapped("dcat:Catalog dcterms:description", "Catalog.description", "mandatory", "language-tagged"),
    _mapped("dcat:Catalog dcterms:publisher", "Catalog.publisher", "mandatory", "a foaf:Agent node"),
    _mapped("dcat:Catalog dcterms:license", "Catalog.license", "mandatory in DCAT-AP-SE (CC0 1.0)", "an IRI"),
    _mapped("dcat:Catalog dcat:dataset", "Catalog.catalogue_datasets", "mandatory"),
    _mapped("dcat:Catalog dcat:service", "Catalog.catalogue_services", "optional"),
    _mapped("dcat:Catalog foaf:homepage", "Catalog.homepage", "recommended", "an IRI"),
    _mapped("dcat:Catalog dcterms:issued", "Catalog.issued", "recommended"),
    _mapped("dcat:Catalog dcterms:modified", "Catalog.last_modified", "recommended"),
    _mapped("dcat:Catalog dcterms:language", "Catalog.catalogue_language", "recommended", "EU language authority IRIs"),
    _mapped("dcat:Catalog dcat:themeTaxonomy", "Catalog.theme_taxonomy", "recommended", "an IRI"),
    _unmapped("dcat:Catalog dcterms:spatial", "the model's catalogue has no geographical area of its own (its datasets do)"),
    _unmapped("dcat:Catalog dcterms:hasPart", "the model has no catalogues of catalogues"),
    _unmapped("dcat:Catalog dcterms:isPartOf", "the model has no catalogues of catalogues"),
    _unmapped("dcat:Catalog dcat:catalog", "the model has no catalogues of catalogues"),
    _unmapped("dcat:Catalog dcterms:rights", "the catalogue's licence is fixed (CC0 1.0); other rights statements are not kept"),
    _mapped("dcat:Dataset", "Dataset", "mandatory"),
    _mapped("dcat:Dataset dcterms:title", "Dataset.title", "mandatory", "language-tagged"),
    _mapped("dcat:Dataset dcterms:description", "Dataset.description", "mandatory", "language-tagged"),
    _mapped("dcat:Dataset dcterms:publisher", "Dataset.publisher", "mandatory in DCAT-AP-SE", "a foaf:Agent node"),
    _mapped("dcat:Dataset dcat:contactPoint", "Dataset.contact_point", "recommended", "a vcard:Organization node"),
    _mapped("dcat:Dataset dcat:keyword", "Dataset.keywords", "recommended", "language-tagged"),
    _mapped("dcat:Dataset dcat:theme", "Dataset.data_theme", "recommended", "EU data theme IRIs"),
    _mapped("dcat:Dataset dcat:distribution", "Dataset.dataset_distributions", "recommended"),
    _mapped("dcat:Dataset dcterms:accessRights", "Dataset.access_rights", "recommended", "EU access right IRIs"),
    _mapped("dcat:Dataset dcterms:temporal", "Dataset.temporal_coverage", "recommended", "a dcterms:PeriodOfTime node"),
    _mapped("dcat:Dataset dcterms:spatial", "Dataset.spatial_coverage", "recommended", "IRIs; statements about the places are not kept"),
    _mapped("dcat:Dataset dcterms:issued", "Dataset.issued", "recommended"),
    _mapped("dcat:Dataset dcterms:modified", "Dataset.last_modified", "optional"),
    _mapped("dcat:Dataset dcterms:language", "Dataset.catalogue_language", "optional", "EU language authority IRIs"),
    _mapped("dcat:Dataset dcterms:conformsTo", "Dataset.conforms_to_standard", "optional", "IRIs"),
    _mapped("dcat:Dataset dcat:landingPage", "Dataset.landing_page", "optional", "an IRI"),
    _unmapped("dcat:Dataset dcterms:accrualPeriodicity", "the model does not record how often a dataset is updated"),
    _unmapped("dcat:Dataset dcterms:identifier", "the dataset's IRI is its identifier in the model"),
    _unmapped("dcat:Dataset adms:identifier", "the model records no other identifiers of a dataset"),
    _unmapped("dcat:Dataset dcterms:creator", "the model records the publisher of a dataset, not its creator"),
    _unmapped("dcat:Dataset dcat:inSeries", _NO_SERIES),
    _unmapped("dcat:Dataset dcat:version", _NO_VERSIONS),
    _unmapped("dcat:Dataset owl:versionInfo", _NO_VERSIONS),
    _unmapped("dcat:Dataset dcat:hasVersion", _NO_VERSIONS),
    _unmapped("dcat:Dataset schema:offers", "the model records no fees or offers for a dataset"),
    _unmapped("dcat:Dataset adms:versionNotes", _NO_VERSIONS),
    _unmapped("dcat:Dataset foaf:page", "the model has one landing page per dataset, not documentation pages"),
    _unmapped("dcat:Dataset dcterms:provenance", "the model records no provenance statements"),
    _unmapped("dcat:Dataset dcterms:relation", "the model records no relations between datasets"),
    _unmapped("dcat:Dataset dcterms:source", "the model records no source datasets"),
    _unmapped("dcat:Dataset dcterms:isReferencedBy", "the model records no references to a dataset"),
    _unmapped("dcat:Dataset dcat:qualifiedRelation", "the model records no relations between datasets"),
    _unmapped("dcat:Dataset prov:qualifiedAttribution", "the model records the publisher and contact point, not other roles"),
    _unmapped("dcat:Dataset dcat:spatialResolutionInMeters", "the model records no resolutions"),
    _unmapped("dcat:Dataset dcat:temporalResolution", "the model records no resolutions"),
    _unmapped("dcat:Dataset dcatap:applicableLegislation", "the model records no legislation"),
    _unmapped("dcat:Dataset dcatap:hvdCategory", "the model records no high-value dataset categories"),
    _unmapped("dcat:Dataset dcterms:subject", "the model classifies datasets by EU data theme only"),
    _mapped("dcat:Distribution", "Distribution", "recommended"),
    _mapped("dcat:Distribution dcat:accessURL", "Distribution.access_url", "mandatory", "an IRI"),
    _mapped("dcat:Distribution dcterms:format", "Distribution.file_format", "mandatory in DCAT-AP-SE",
            "written as an EU file type IRI (the whole EU table, code list eu-file-type); an IANA media type, literal (DCAT-AP-SE's form) or IRI, is read as "
            "the EU file type the table gives for it and kept as Distribution.media_type, which is written as dcat:mediaType with an IANA IRI (DCAT-AP 3's "
            "property, which DCAT-AP-SE 3 harvesting accepts although its specification lists only dcterms:format); dcat:mediaType is read too"),
    _mapped("dcat:Distribution dcterms:license", "Distribution.license", "recommended", "an IRI"),
    _mapped("dcat:Distribution dcterms:description", "Distribution.description", "recommended", "language-tagged"),
    _mapped("dcat:Distribution dcatap:availability", "Distribution.availability", "recommended", "EU planned availability IRIs"),
    _mapped("dcat:Distribution dcterms:title", "Distribution.title", "optional", "language-tagged"),
    _mapped("dcat:Distribution dcat:downloadURL", "Distribution.download_url", "optional", "an IRI"),
    _mapped("dcat:Distribution dcat:accessService", "Distribution.access_service", "optional"),
    _mapped("dcat:Distribution dcterms:issued", "Distribution.issued", "optional"),
    _mapped("dcat:Distribution dcterms:modified", "Distribution.last_modified", "optional"),
    _unmapped("dcat:Distribution dcat:byteSize", "the model records no file sizes"),
    _unmapped("dcat:Distribution spdx:checksum", "the model records no checksums"),
    _unmapped("dcat:Distribution adms:status", "the model records the planned availability, not a status"),
    _unmapped("dcat:Distribution dcterms:language", "the model records languages per dataset"),
    _unmapped("dcat:Distribution dcterms:conformsTo", "the model records standards per dataset"),
    _unmapped("dcat:Distribution foaf:page", "the model records no documentation pages of a distribution"),
    _unmapped("dcat:Distribution dcterms:rights", "the model records a licence, not other rights statements"),
    _unmapped("dcat:Distribution dcatap:applicableLegislation", "the model records no legislation"),
    _unmapped("dcat:Distribution dcat:spatialResolutionInMeters", "the model records no resolutions"),
    _unmapped("dcat:Distribution dcat:temporalResolution", "the model records no resolutions"),
    _mapped("dcat:DataService", "DataService", "optional"),
    _mapped("dcat:DataService dcterms:title", "DataService.title", "mandatory", "language-tagged"),
    _mapped("dcat:DataService dcat:endpointURL", "DataService.endpoint_url", "mandatory", "an IRI"),
    _mapped("dcat:DataService dcat:endpointDescription", "DataService.endpoint_description", "recommended", "IRIs"),
    _mapped("dcat:DataService dcat:servesDataset", "DataService.serves_dataset", "recommended"),
    _mapped("dcat:DataService dcterms:license", "DataService.license", "recommended", "an IRI"),
    _mapped("dcat:DataService dcterms:accessRights", "DataService.access_rights", "recommended", "EU access right IRIs"),
    _mapped("dcat:DataService dcterms:description", "DataService.description", "optional", "language-tagged"),
    _mapped("dcat:DataService dcterms:publisher", "DataService.publisher", "optional", "a foaf:Agent node"),
    _mapped("dcat:DataService dcat:contactPoint", "DataService.contact_point", "optional", "a vcard:Organization node"),
    _unmapped("dcat:DataService dcterms:type", "the model has no service types"),
    _unmapped("dcat:DataService dcat:keyword", "the model has keywords on datasets, not on services"),
    _unmapped("dcat:DataService dcat:theme", "the model has themes on datasets, not on services"),
    _unmapped("dcat:DataService dcat:landingPage", "the model has landing pages on datasets, not on services"),
    _unmapped("dcat:DataService foaf:page", "the model records no documentation pages of a service"),
    _unmapped("dcat:DataService dcterms:format", "the model records formats on distributions, not on services; a data service without one is a convert.format-required violation", "mandatory"),
    _unmapped("dcat:DataService dcterms:subject", "the model classifies by EU data theme only"),
    _unmapped("dcat:DataService dcterms:conformsTo", "the model records standards per dataset"),
    _unmapped("dcat:DataService dcatap:applicableLegislation", "the model records no legislation"),
    _unmapped("dcat:DataService dcatap:hvdCategory", "the model records no high-value dataset categories"),
    _unmapped("dcat:DatasetSeries", _NO_SERIES),
    *(_unmapped(f"dcat:DatasetSeries {prop}", _NO_SERIES) for prop in (
        "dcterms:title", "dcterms:description", "dcterms:publisher", "dcat:contactPoint", "dcat:keyword", "dcat:theme",
        "dcatap:applicableLegislation", "dcatap:hvdCategory", "dcterms:subject", "dcterms:conformsTo", "dcterms:issued",
        "dcterms:modified", "dcat:landingPage", "dcterms:spatial", "dcterms:temporal", "dcterms:accrualPeriodicity",
        "dcterms:relation", "dcat:qualifiedRelation", "foaf:page")),
    _mapped("foaf:Agent", "Organisation", "mandatory",
            "written as foaf:Agent and org:Organization; foaf:Organization and untyped publishers are read too; a blank-node publisher is reported (records have IRIs)"),
    _mapped("foaf:Agent foaf:name", "Organisation.name", "mandatory", "language-tagged; an untagged name is read as Swedish"),
    _unmapped("foaf:Agent dcterms:type", "the model's organisations have no publisher type (ADMS publisher type vocabulary): a gap in the model; "
              "a publisher without one is a convert.format-required violation", "mandatory (since DCAT-AP-SE 3.0.1)"),
    _unmapped("foaf:Agent dcterms:description", "the model's organisations have no description"),
    _unmapped("foaf:Agent org:classification", "the model's organisations have no classification (fee-financed publishers)"),
    _unmapped("foaf:Agent dcterms:identifier", "not read as the organisation number: DCAT-AP-SE does not fix the identifier's form"),
    _unmapped("foaf:Agent owl:sameAs", "the model keeps one IRI per organisation"),
    _unmapped("foaf:Agent foaf:mbox", "the model's organisations have an e-mail address as vcard:hasEmail, not foaf:mbox"),
    _mapped("foaf:Agent foaf:homepage", "Organisation.homepage", "optional", "an IRI"),
    _mapped("vcard:Kind", "ContactPoint", "recommended",
            "written as vcard:Organization; vcard:Kind is read too; vcard:Individual and the other kinds are reported: the model does not say which kind a contact point is"),
    _mapped("vcard:Kind rdf:type", "ContactPoint", "mandatory in DCAT-AP-SE", "vcard:Organization or vcard:Kind; vcard:Individual is reported"),
    _mapped("vcard:Kind vcard:fn", "ContactPoint.contact_name", "mandatory in DCAT-AP-SE", "plain text"),
    _mapped("vcard:Kind vcard:hasEmail", "ContactPoint.email", "mandatory in DCAT-AP-SE", "a mailto: IRI; read with or without mailto:"),
    _mapped("vcard:Kind vcard:hasTelephone", "ContactPoint.telephone", "optional", "plain text; <tel:…> and vcard:hasValue nodes are read too"),
    _mapped("vcard:Kind vcard:hasURL", "ContactPoint.homepage", "optional", "an IRI"),
    _unmapped("vcard:Kind vcard:hasAddress", "the model's contact points have no postal address"),
    _mapped("vcard:Voice", "ContactPoint.telephone", "recommended", "a telephone node, typed or not"),
    _mapped("vcard:Voice vcard:hasValue", "ContactPoint.telephone", "mandatory in DCAT-AP-SE", "a tel: IRI or text"),
    _unmapped("vcard:Address", "the model's contact points have no postal address", "recommended"),
    *(_unmapped(f"vcard:Address vcard:{part}", "the model's contact points have no postal address", "recommended")
      for part in ("country-name", "locality", "postal-code", "street-address")),
    _mapped("dcterms:PeriodOfTime", "Period", "recommended"),
    _mapped("dcterms:PeriodOfTime dcat:startDate", "Period.start_date", "recommended"),
    _mapped("dcterms:PeriodOfTime dcat:endDate", "Period.end_date", "recommended"),
    _unmapped("dcterms:PeriodOfTime schema:startDate", "the model reads dcat:startDate, DCAT-AP-SE's recommended form"),
    _unmapped("dcterms:PeriodOfTime schema:endDate", "the model reads dcat:endDate, DCAT-AP-SE's recommended form"),
    _unmapped("dcterms:Location", "a place is kept as its IRI; statements about it are not"),
    _unmapped("dcterms:Location dcat:centroid", "a place is kept as its IRI; statements about it are not"),
    _unmapped("dcterms:Location dcat:bbox", "a place is kept as its IRI; statements about it are not"),
    _unmapped("dcterms:Location locn:geometry", "a place is kept as its IRI; statements about it are not"),
    *(_unmapped(element, "a licence, standard or page is kept as its IRI; statements about it are not")
      for cls in ("foaf:Document", "dcterms:LicenseDocument", "dcterms:Standard")
      for element in (cls, f"{cls} dcterms:title", f"{cls} dcterms:description")),
    *(_unmapped(element, "the model records a licence, not rights statements")
      for element in ("odrs:RightsStatement", *(f"odrs:RightsStatement odrs:{p}" for p in (
          "attributionText", "attributionURL", "copyrightNotice", "copyrightStatement", "copyrightYear", "copyrightHolder",
          "jurisdiction", "reuserGuidelines")))),
    *(_unmapped(element, "the model records the publisher and contact point, not other roles")
      for element in ("prov:Attribution", "prov:Attribution dcat:hadRole", "prov:Attribution prov:agent")),
    *(_unmapped(element, "the model records no relations between datasets")
      for element in ("dcat:Relationship", "dcat:Relationship dcat:hadRole", "dcat:Relationship dcterms:relation")),
    *(_unmapped(element, "the model records no provenance statements")
      for element in ("dcterms:ProvenanceStatement", "dcterms:ProvenanceStatement dcterms:description")),
    *(_unmapped(element, "the model records no checksums")
      for element in ("spdx:Checksum", "spdx:Checksum spdx:checksumValue", "spdx:Checksum spdx:algorithm")),
    *(_unmapped(element, "the model records no fees or offers for a dataset")
      for element in ("schema:Offer", "schema:Offer schema:description", "schema:Offer schema:mainEntityOfPage")),
]

ADAPTER = _DcatAdapter()


def _required_unmapped() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Per model class, the properties DCAT-AP-SE 3.0.1 makes mandatory (unconditionally) on its
    DCAT class that the mapping table declares unmapped: (DCAT class, property, clause)."""
    from .dcat_standard import properties

    unmapped = {element for element, status, *_ in _TABLE if status == "unmapped"}
    found: dict[str, list] = {}
    for model_class, dcat_class in _DCAT_CLASS_OF.items():
        for prop in properties().get(dcat_class, ()):
            if prop.level == "mandatory" and f"{dcat_class} {prop.curie}" in unmapped:
                clause = f"mandatory in DCAT-AP-SE 3.0.1 (specification template {prop.template}, cardinality min {prop.min})"
                found.setdefault(model_class, []).append((dcat_class, prop.curie, clause))
    return {name: tuple(rows) for name, rows in found.items()}


#: The DCAT-AP-SE class of each model class that is read as a record.
_DCAT_CLASS_OF = {"Catalog": "dcat:Catalog", "Dataset": "dcat:Dataset", "Distribution": "dcat:Distribution",
                  "DataService": "dcat:DataService", "Organisation": "foaf:Agent"}
_REQUIRED_UNMAPPED = _required_unmapped()
