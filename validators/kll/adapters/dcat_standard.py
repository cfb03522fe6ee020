"""DCAT-AP-SE 3.0.1 by its own definition: the RDForms bundle that Digg publishes as the specification.

Digg maintains the formal DCAT-AP-SE specification as one RDForms configuration,
``bundle.json`` (rendered as https://docs.dataportal.se/dcat/en/), and lists its classes in
``config.js``: the *main* classes (catalogue, dataset, distribution, data service, dataset
series, agent, contact point) and the *supportive* ones (period of time, location, licence
document, checksum …). Both are vendored unchanged in ``standards/dcat/`` (PROVENANCE.md there).

From them this module computes:

* ``standard()`` — every class and every ``<class> <property>`` pair of the specification, spelt
  as the adapter's mapping table spells its rows (``dcat:Distribution dcterms:format``), for
  ``kll mapping coverage``;
* ``properties()`` — per class the properties with their cardinality (``min``/``pref``/``max``:
  mandatory, recommended, or optional in DCAT-AP-SE's terms), datatypes and pick lists, which
  the adapter uses to judge what the model does not carry (a mandatory element the model has no
  slot for, such as a publisher's type) and to read DCAT-AP-SE's own format lists.

A class is named by the ``rdf:type`` its template constrains to; where the template allows
several types (an agent: foaf:Agent, foaf:Person, foaf:Organization) the first is its name, except
for the contact point, which DCAT-AP names by the common superclass ``vcard:Kind``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from . import StandardDefinition

__all__ = ["Property", "standard", "properties", "pick_list", "CLASS_NAMES", "SOURCE"]

SOURCE = (
    "github:diggsweden/DCAT-AP-SE@6b5124b8cb480a62b834f19abffa3de41b09dfb5 3.0.1/bundle.json "
    "(the RDForms specification of DCAT-AP-SE 3.0.1) and 3.0.1/config.js (its main and supportive classes); "
    "vendored unchanged in kll/adapters/standards/dcat/"
)

#: Namespaces the bundle writes in full, and the prefixes the table spells them with.
_PREFIXES = {
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf", "http://purl.org/dc/terms/": "dcterms",
    "http://www.w3.org/ns/dcat#": "dcat", "http://xmlns.com/foaf/0.1/": "foaf", "http://www.w3.org/2006/vcard/ns#": "vcard",
    "http://www.w3.org/ns/adms#": "adms", "http://data.europa.eu/r5r/": "dcatap", "http://spdx.org/rdf/terms#": "spdx",
    "http://www.w3.org/ns/prov#": "prov", "http://schema.theodi.org/odrs#": "odrs", "http://schema.org/": "schema",
    # config.js binds org: to https://www.w3.org/ns/org# (sic); both spellings are the org vocabulary.
    "https://www.w3.org/ns/org#": "org", "http://www.w3.org/ns/org#": "org",
    "http://www.w3.org/2002/07/owl#": "owl", "http://www.w3.org/ns/locn#": "locn",
}
#: The bundle's own short prefixes that differ from the table's.
_RENAMED = {"vc": "vcard", "dct": "dcterms"}
#: Class templates whose constraint lists several types, by the name DCAT-AP gives the class.
CLASS_NAMES = {"dcat:contactPoint": "vcard:Kind"}


@dataclass(frozen=True)
class Property:
    """One property of a DCAT-AP-SE class: its CURIE, cardinality and what its values may be."""

    curie: str
    min: int
    pref: int
    max: int | None
    nodetype: str | None
    datatypes: tuple[str, ...]
    template: str
    #: What the cardinality depends on (RDForms ``deps``): the high-value-dataset category is
    #: mandatory only for a dataset whose applicable legislation is the HVD regulation.
    depends_on: tuple[str, ...] = ()

    @property
    def level(self) -> str:
        """``mandatory``, ``conditional`` (mandatory when ``depends_on`` holds), ``recommended``
        or ``optional``, as the specification shows it."""
        if self.min >= 1:
            return "conditional" if self.depends_on else "mandatory"
        return "recommended" if self.pref >= 1 else "optional"


def curie(term: str) -> str:
    """A property or class IRI or CURIE of the bundle as the table spells it (``dcatap:availability``)."""
    for namespace, prefix in _PREFIXES.items():
        if term.startswith(namespace):
            return f"{prefix}:{term[len(namespace):]}"
    prefix, _, local = term.partition(":")
    return f"{_RENAMED.get(prefix, prefix)}:{local}" if local and "//" not in term else term


@cache
def _templates() -> dict[str, dict]:
    text = files(__package__).joinpath("standards/dcat/bundle.json").read_text(encoding="utf-8")
    return {template["id"]: template for template in json.loads(text)["templates"] if "id" in template}


@cache
def _class_lists() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ``main`` and ``supportive`` template lists of config.js."""
    text = files(__package__).joinpath("standards/dcat/config.js").read_text(encoding="utf-8")

    def listed(key: str) -> tuple[str, ...]:
        block = re.search(rf"{key}:\s*\[(.*?)\]", text, re.S)
        return tuple(re.findall(r"'([^']+)'", block.group(1))) if block else ()

    return listed("main"), listed("supportive")


def _resolved(item) -> dict:
    """A template item with what it ``extends`` filled in (the item's own keys win)."""
    template = _templates().get(item) if isinstance(item, str) else item
    if template is None:
        return {}
    base = _resolved(template["extends"]) if template.get("extends") else {}
    return {**base, **template}


def _property_of(template: dict) -> str | None:
    """The property of a template; a group of alternatives (the format group) has its members' one."""
    if template.get("property"):
        return curie(template["property"])
    members = {_property_of(_resolved(item)) for item in template.get("items", ())}
    members.discard(None)
    return members.pop() if len(members) == 1 else None


def _class_of(template_id: str, template: dict) -> str | None:
    if template_id in CLASS_NAMES:
        return CLASS_NAMES[template_id]
    constraints = template.get("constraints") or {}
    types = next((value for key, value in constraints.items() if curie(key) == "rdf:type"), None)
    if isinstance(types, list):
        types = types[0] if types else None
    return curie(types) if isinstance(types, str) else None


@cache
def properties() -> dict[str, tuple[Property, ...]]:
    """Every class of DCAT-AP-SE 3.0.1 and its properties, in the specification's order."""
    main, supportive = _class_lists()
    found: dict[str, dict[str, Property]] = {}
    for template_id in (*main, *supportive):
        template = _resolved(template_id)
        class_name = _class_of(template_id, template)
        if class_name is None:
            continue
        listed = found.setdefault(class_name, {})
        for item in template.get("items", ()):
            resolved = _resolved(item)
            prop = _property_of(resolved)
            if prop is None:
                continue
            cardinality = resolved.get("cardinality") or {}
            datatypes = resolved.get("datatype") or ()
            datatypes = (datatypes,) if isinstance(datatypes, str) else tuple(datatypes)
            entry = Property(
                prop, int(cardinality.get("min", 0)), int(cardinality.get("pref", 0)), cardinality.get("max"),
                resolved.get("nodetype"), tuple(curie(d) for d in datatypes), resolved.get("id") or template_id,
                tuple(resolved.get("deps") or ()),
            )
            kept = listed.get(prop)
            # A property given by two templates (dcterms:spatial as an IRI and as a bounding box)
            # is as demanding as the stricter of them.
            if kept is None or (entry.min, entry.pref) > (kept.min, kept.pref):
                listed[prop] = entry
    return {class_name: tuple(listed.values()) for class_name, listed in found.items()}


def pick_list(template_id: str) -> tuple[str, ...]:
    """The values of one of the specification's pick lists (``dcat:format-group_common_choices``)."""
    return tuple(choice["value"] for choice in _resolved(template_id).get("choices", ()))


@cache
def standard() -> StandardDefinition:
    """Every class of DCAT-AP-SE 3.0.1 and every ``<class> <property>`` of it."""
    elements: list[str] = []
    for class_name, props in properties().items():
        elements.append(class_name)
        elements.extend(f"{class_name} {prop.curie}" for prop in props)
    return StandardDefinition("DCAT-AP-SE 3.0.1 (Digg's RDForms specification bundle)", SOURCE, tuple(dict.fromkeys(elements)))
