"""Turn gen-shacl's output into the project's SHACL: one shape per rule.

gen-shacl (linkml 1.12.1) gives one property shape per class and slot with every constraint on
it, all at the default Violation severity, without messages, with identifier patterns on a
property that never occurs in RDF and with language-tagged text typed as a class. This module
keeps what gen-shacl computed (paths, datatypes, classes, enumerations, patterns, bounds) and
rebuilds it so that:

* every constraint family is its own shape, named by its rule IRI and carrying ``kll:ruleId``,
  ``sh:severity`` and ``sh:message`` in English and Swedish;
* ``recommended`` slots get a Warning-level minimum count (gen-shacl drops them);
* identifier patterns apply to the focus node itself;
* ``LocalizedText`` slots are ``rdf:langString`` literals: Swedish required where the text is
  given, English recommended, one text per language for single-valued slots;
* abstract classes and the ``DataPackage`` container, which never occur as typed RDF nodes, get
  no shapes.
"""

from __future__ import annotations

from dataclasses import dataclass

from linkml_runtime import SchemaView
from linkml_runtime.linkml_model.meta import ClassDefinition, SlotDefinition
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

from .labels import annotation, label
from ...validation.severity import Severity
from .rules import Kind, messages, rule_id, rule_iri, severity

KLL = Namespace("https://w3id.org/kll/model/")
LOCALIZED_TEXT = "LocalizedText"
#: Classes that are language maps, not nodes: one text per language, or a set of texts per language.
TEXT_CLASSES = (LOCALIZED_TEXT, "LocalizedTextSet")
LANGUAGES = ("sv", "en")

_SEVERITY_IRI = {Severity.VIOLATION: SH.Violation, Severity.WARNING: SH.Warning, Severity.INFO: SH.Info}


@dataclass
class _Property:
    """What gen-shacl computed for one class and slot."""

    path: URIRef
    min_count: int | None = None
    max_count: int | None = None
    datatype: URIRef | None = None
    klass: URIRef | None = None
    node_kind: URIRef | None = None
    pattern: str | None = None
    values_in: list | None = None
    min_inclusive: Literal | None = None
    max_inclusive: Literal | None = None


def _read_property(graph: Graph, node) -> _Property:
    one = lambda p: graph.value(node, p)  # noqa: E731
    values_list = one(SH["in"])
    return _Property(
        path=one(SH.path),
        min_count=int(one(SH.minCount)) if one(SH.minCount) is not None else None,
        max_count=int(one(SH.maxCount)) if one(SH.maxCount) is not None else None,
        datatype=one(SH.datatype),
        klass=one(SH["class"]),
        node_kind=one(SH.nodeKind),
        pattern=str(one(SH.pattern)) if one(SH.pattern) is not None else None,
        values_in=list(Collection(graph, values_list)) if values_list is not None else None,
        min_inclusive=one(SH.minInclusive),
        max_inclusive=one(SH.maxInclusive),
    )


class _ShapeWriter:
    """Adds rule shapes to the output graph."""

    def __init__(self, out: Graph) -> None:
        self.out = out
        self.rule_ids: list[str] = []

    def rule_shape(
        self, cls: ClassDefinition, slot: SlotDefinition | None, kind: Kind, detail: str | tuple[str, str] = "", node_level: bool = False
    ) -> URIRef:
        identifier = rule_id(cls.name, slot.name if slot else None, kind)
        if identifier in self.rule_ids:
            raise ValueError(f"rule {identifier} generated twice")
        self.rule_ids.append(identifier)
        shape = URIRef(rule_iri(identifier))
        text = messages(kind, label(cls), label(slot) if slot else None, detail)
        add = self.out.add
        add((shape, KLL.ruleId, Literal(identifier)))
        add((shape, SH.severity, _SEVERITY_IRI[severity(kind)]))
        add((shape, SH.message, Literal(text.en, lang="en")))
        add((shape, SH.message, Literal(text.sv, lang="sv")))
        add((shape, RDF.type, SH.NodeShape if slot is None or node_level else SH.PropertyShape))
        if slot is not None:
            slot_en, slot_sv = label(slot)
            add((shape, SH.name, Literal(slot_en, lang="en")))
            add((shape, SH.name, Literal(slot_sv, lang="sv")))
        return shape

    def rdf_list(self, items) -> BNode:
        head = BNode()
        Collection(self.out, head, list(items))
        return head


def refine(generated: Graph, view: SchemaView) -> tuple[Graph, list[str]]:
    """Rebuild gen-shacl's graph into per-rule shapes; returns the graph and the rule IDs."""
    out = Graph()
    for prefix, namespace in generated.namespaces():
        out.bind(prefix, namespace, override=True)
    out.bind("kll", KLL)
    out.bind("kllr", Namespace(rule_iri("")))
    writer = _ShapeWriter(out)

    node_shapes = {generated.value(shape, SH.targetClass): shape for shape in generated.subjects(RDF.type, SH.NodeShape)}
    for cls in sorted(view.all_classes().values(), key=lambda c: c.name):
        if cls.abstract or cls.mixin or cls.tree_root or cls.name in TEXT_CLASSES:
            continue
        class_iri = URIRef(view.get_uri(cls, expand=True))
        source = node_shapes[class_iri]
        class_shape = _node_shape(out, writer, cls, class_iri)
        properties = {_read_property(generated, p).path: p for p in generated.objects(source, SH.property)}
        for slot in view.class_induced_slots(cls.name):
            slot_iri = URIRef(view.get_uri(slot, expand=True))
            if slot.identifier:
                _identifier_shape(out, writer, cls, class_iri, slot)
                continue
            if slot.designates_type:
                continue  # rdf:type is the class itself; nothing to constrain
            prop = _read_property(generated, properties[slot_iri])
            for shape in _property_shapes(writer, view, cls, slot, prop, slot_iri):
                if (shape, RDF.type, SH.PropertyShape) in out:
                    # Property rules hang off the class shape, which targets the class and,
                    # being closed, allows exactly the paths of its property shapes.
                    out.add((shape, SH.path, slot_iri))
                    out.add((class_shape, SH.property, shape))
                else:
                    out.add((shape, SH.targetClass, class_iri))
    return out, writer.rule_ids


def _node_shape(out, writer, cls, class_iri) -> URIRef:
    """The class's own shape: targets the class, closed to undeclared properties, bilingual labels.

    Its rule is ``<Class>.closed``; the class's property rules are attached to it with sh:property.
    """
    shape = writer.rule_shape(cls, None, Kind.CLOSED)
    out.add((shape, SH.targetClass, class_iri))
    out.add((shape, SH.closed, Literal(True)))
    out.add((shape, SH.ignoredProperties, writer.rdf_list([RDF.type])))
    english, swedish = label(cls)
    out.add((shape, RDFS.label, Literal(english, lang="en")))
    out.add((shape, RDFS.label, Literal(swedish, lang="sv")))
    if cls.description:
        out.add((shape, RDFS.comment, Literal(cls.description, lang="en")))
    if annotation(cls, "description_sv"):
        out.add((shape, RDFS.comment, Literal(annotation(cls, "description_sv"), lang="sv")))
    return shape


def _identifier_shape(out, writer, cls, class_iri, slot) -> None:
    detail = slot.pattern or "IRI"
    shape = writer.rule_shape(cls, None, Kind.IDENTIFIER, detail)
    out.add((shape, SH.targetClass, class_iri))
    out.add((shape, SH.nodeKind, SH.IRI))
    if slot.pattern:
        out.add((shape, SH.pattern, Literal(slot.pattern)))


def lexical_datatypes(view: SchemaView, type_name: str | None) -> list[str]:
    """The XSD datatypes a value of a type takes in RDF by its lexical form (the type's
    ``lexical_datatypes`` annotation, e.g. ``xsd:date xsd:dateTime xsd:gYear``), or []."""
    while type_name and view.get_type(type_name) is not None:
        declared = annotation(view.get_type(type_name), "lexical_datatypes")
        if declared:
            return declared.split()
        type_name = view.get_type(type_name).typeof
    return []


def _property_shapes(writer: _ShapeWriter, view: SchemaView, cls, slot, prop: _Property, slot_iri: URIRef):
    """Yield one shape per constraint family of a slot; the caller adds target and path."""
    out = writer.out
    if slot.range in TEXT_CLASSES:
        yield from _localized_text_shapes(writer, view, cls, slot, slot_iri)
        return
    if prop.min_count:
        shape = writer.rule_shape(cls, slot, Kind.REQUIRED)
        out.add((shape, SH.minCount, Literal(prop.min_count)))
        yield shape
    elif slot.recommended:
        shape = writer.rule_shape(cls, slot, Kind.RECOMMENDED)
        out.add((shape, SH.minCount, Literal(1)))
        yield shape
    if prop.max_count is not None:
        shape = writer.rule_shape(cls, slot, Kind.MAX_COUNT, str(prop.max_count))
        out.add((shape, SH.maxCount, Literal(prop.max_count)))
        yield shape
    forms = lexical_datatypes(view, slot.range)
    if forms:
        # gen-shacl gives a custom type no datatype. A literal typed by its form takes one of these;
        # a plain string is let through here because its form is the pattern rule's to judge (one
        # error, one rule), while a number or an ill-typed date (30 February) fails this rule.
        allowed = [XSD[form.removeprefix("xsd:")] for form in forms] + [XSD.string]
        detail = ", ".join(forms)
        shape = writer.rule_shape(cls, slot, Kind.VALUE_TYPE, detail)
        members = []
        for datatype in allowed:
            member = BNode()
            out.add((member, SH.datatype, datatype))
            members.append(member)
        out.add((shape, SH["or"], writer.rdf_list(members)))
        yield shape
    elif prop.datatype is not None:
        shape = writer.rule_shape(cls, slot, Kind.VALUE_TYPE, prop.datatype.n3(out.namespace_manager))
        out.add((shape, SH.datatype, prop.datatype))
        if prop.node_kind is not None:
            out.add((shape, SH.nodeKind, prop.node_kind))
        yield shape
    elif prop.klass is not None:
        yield _class_value_shape(writer, view, cls, slot)
    if prop.pattern is not None:
        shape = writer.rule_shape(cls, slot, Kind.PATTERN, prop.pattern)
        out.add((shape, SH.pattern, Literal(prop.pattern)))
        yield shape
    if prop.values_in is not None:
        enum = view.get_enum(slot.range)
        shape = writer.rule_shape(cls, slot, Kind.ENUM, label(enum) if enum else slot.range)
        out.add((shape, SH["in"], writer.rdf_list(prop.values_in)))
        yield shape
    if prop.min_inclusive is not None or prop.max_inclusive is not None:
        low = "" if prop.min_inclusive is None else str(prop.min_inclusive)
        high = "" if prop.max_inclusive is None else str(prop.max_inclusive)
        shape = writer.rule_shape(cls, slot, Kind.RANGE, f"[{low}, {high}]")
        if prop.min_inclusive is not None:
            out.add((shape, SH.minInclusive, prop.min_inclusive))
        if prop.max_inclusive is not None:
            out.add((shape, SH.maxInclusive, prop.max_inclusive))
        yield shape


def _class_value_shape(writer: _ShapeWriter, view: SchemaView, cls, slot) -> URIRef:
    """The value-type rule of a slot whose range is a class.

    A reference (range with an identifier, not inlined) must be an IRI; whether it resolves to a
    record of the right class is the rules stage's job (reference.unresolved, reference.wrong-class),
    because records are validated in chunks and across files, where the referenced node may not be
    in the graph. An inlined value object must be a node of the range class or of a descendant:
    sh:or over their IRIs, since without RDFS inference sh:class does not see subclasses.
    """
    out = writer.out
    range_class = view.get_class(slot.range)
    if view.get_identifier_slot(slot.range) is not None and not slot.inlined:
        shape = writer.rule_shape(cls, slot, Kind.VALUE_TYPE, (f"the IRI of a record of the class {label(range_class)[0]}", f"IRI:n för en post av klassen {label(range_class)[1]}"))
        out.add((shape, SH.nodeKind, SH.IRI))
        return shape
    shape = writer.rule_shape(cls, slot, Kind.VALUE_TYPE, label(range_class))
    accepted = [slot.range, *sorted(view.class_descendants(slot.range, reflexive=False))]
    accepted = [name for name in accepted if not view.get_class(name).abstract]
    out.add((shape, SH.nodeKind, SH.BlankNodeOrIRI))
    if len(accepted) == 1:
        out.add((shape, SH["class"], URIRef(view.get_uri(view.get_class(accepted[0]), expand=True))))
    else:
        alternatives = []
        for name in accepted:
            alternative = BNode()
            out.add((alternative, SH["class"], URIRef(view.get_uri(view.get_class(name), expand=True))))
            alternatives.append(alternative)
        out.add((shape, SH["or"], writer.rdf_list(alternatives)))
    return shape


def text_slot_pattern(view: SchemaView) -> str | None:
    """The pattern that every text must match (the same for every language and text class)."""
    patterns = {attribute.pattern for name in TEXT_CLASSES for attribute in view.get_class(name).attributes.values()}
    if len(patterns) != 1:
        raise ValueError(f"LocalizedText languages have different patterns: {patterns}")
    return patterns.pop()


def _localized_text_shapes(writer: _ShapeWriter, view: SchemaView, cls, slot, slot_iri: URIRef):
    """Language-tagged text: langString literals, Swedish where given, English recommended."""
    out = writer.out
    if slot.required:
        shape = writer.rule_shape(cls, slot, Kind.REQUIRED)
        out.add((shape, SH.minCount, Literal(1)))
        yield shape
    elif slot.recommended:
        shape = writer.rule_shape(cls, slot, Kind.RECOMMENDED)
        out.add((shape, SH.minCount, Literal(1)))
        yield shape
    shape = writer.rule_shape(cls, slot, Kind.LANGUAGE_MAP, (" or ".join(LANGUAGES), " eller ".join(LANGUAGES)))
    out.add((shape, SH.datatype, RDF.langString))
    text_pattern = text_slot_pattern(view)
    if text_pattern:
        out.add((shape, SH.pattern, Literal(text_pattern)))
    out.add((shape, SH.languageIn, writer.rdf_list(Literal(code) for code in LANGUAGES)))
    if slot.range == LOCALIZED_TEXT:
        out.add((shape, SH.uniqueLang, Literal(True)))
    yield shape
    for kind, language in ((Kind.SWEDISH, "sv"), (Kind.ENGLISH, "en")):
        yield _language_present_shape(writer, cls, slot, slot_iri, kind, language)


def _language_present_shape(writer: _ShapeWriter, cls, slot, slot_iri: URIRef, kind: Kind, language: str) -> URIRef:
    """Where the slot has any text, one of its texts is in ``language``.

    A node-level shape: either the focus has no value for the slot, or at least one of its values
    is tagged ``language``. (sh:or on a property shape would test each value on its own.)
    """
    out = writer.out
    shape = writer.rule_shape(cls, slot, kind, node_level=True)
    absent, present, in_language = BNode(), BNode(), BNode()
    out.add((shape, SH["or"], writer.rdf_list([absent, present])))
    for alternative in (absent, present):
        out.add((alternative, SH.path, slot_iri))
    out.add((absent, SH.maxCount, Literal(0)))
    out.add((present, SH.qualifiedValueShape, in_language))
    out.add((present, SH.qualifiedMinCount, Literal(1)))
    out.add((in_language, SH.languageIn, writer.rdf_list([Literal(language)])))
    return shape
