"""The European Learning Model (ELM v3, Europass) as JSON-LD: qualifications, learning outcomes,
awarding bodies and micro-credentials.

``write`` exports a data package as one JSON-LD document in the ELM vocabulary
(``http://data.europa.eu/snb/model/elm/``), with the ``@context`` written inline: a reader needs
no network. ``read`` parses such a document with rdflib's JSON-LD parser and reads it back into a
data package. What goes where:

* a qualification is an ``elm:Qualification``; its awarding bodies sit on an
  ``elm:AwardingOpportunity``, its texts on ``elm:Note`` nodes, its credit on an ``elm:CreditPoint``;
* a learning outcome is an ``elm:LearningOutcome``; its category is the ESCO skill type where
  ESCO has one;
* an organisation (every record of ``organisations``, and the agencies and education providers that
  the exported records refer to) is an ``elm:Organisation``; a learner is an ``elm:Person``;
* a micro-credential is the ``elm:LearningAchievement`` it records: the learner ``elm:hasClaim`` it,
  it was ``elm:awardedBy`` an ``elm:AwardingProcess`` (awarding bodies, date, country), it is
  ``elm:specifiedBy`` its own ``elm:LearningAchievementSpecification`` (learning outcomes, workload,
  level, mode, prerequisites, assessment, quality assurance) and ``elm:wasDerivedFrom`` an
  ``elm:LearningAssessment`` (identity verification, grade). It is not wrapped in a signed European
  Digital Credential: sealing is the issuer's business, done with the Europass tools;
* a level placement decision is an ``elm:Accreditation`` whose ``dcterms:type`` is the model's
  ``LevelPlacementDecision`` class;
* an education is an ``elm:LearningAchievementSpecification`` (typed ``kll:Education`` as well)
  that is an ``elm:specialisationOf`` the qualifications it leads to; an education event is an
  ``elm:LearningOpportunity`` whose ``elm:learningAchievementSpecification`` is its education;
* an ESCO skill or occupation is read from its IRI with the scheme ``esco-skill`` or
  ``esco-occupation`` (decision record 0027); each scheme is written as the ``skos:inScheme`` its
  code list gives (the deprecated ``esco`` as before).

Model content with no ELM property is kept under the model's own property IRI (as the project's
``jsonld`` format writes it, or ``https://w3id.org/kll/model/…`` where that IRI is an ELM one used
on another class), so model → ELM → model is lossless (save that the deprecated scheme ``esco`` comes
back as its exact replacement ``esco-skill``, decision record 0027); the slots ELM has no property for are
declared in the mapping table (group ``kept-outside-elm``). Records of other classes (catalogues,
concepts…) are left out with a ``convert.not-representable`` warning. On reading,
every triple the mapping does not consume is reported as ``convert.unmapped``, located by the JSON
Pointer of the property in the source file and the IRI of its node; so is every key the JSON-LD
context does not define (which JSON-LD itself drops). A value in a form its element does not allow
(a date of issue ``"yesterday"``) is a ``convert.invalid-value`` violation. No finding shows a
``mailto:``/``tel:`` IRI or a person's IRI (promise 5): its pointer says where. ``mapping()`` is the
published mapping table, with the 16 elements of the Council Recommendation on micro-credentials
(2022/C 243/02, Annex I).
"""

from __future__ import annotations

import base64
import datetime
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable
from zoneinfo import ZoneInfo

import rdflib
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, SKOS, XSD
from rdflib.plugins.shared.jsonld.context import Context

from ..artifacts.jsonld_contexts import UnknownContext, resolve_contexts
from ..validation.literals import install_literal_limits
from ..validation.loaders import InputError, check_protected_terms, parse_json
from ..artifacts.modelindex import ClassInfo, ModelIndex, SlotInfo, model_index
from ..validation.rdf_mapping import MODEL_NAMESPACE, JsonToRdf, RdfToJson
from ..validation.report import Finding, Location, Stage, pointer_token
from . import ConversionError, Imported, MappingRow, StandardDefinition, conversion_finding
from .native import container_of, records_of, without_oversized_integers

__all__ = ["ADAPTER", "CONTEXT", "ELM_NAMESPACE"]

ELM_NAMESPACE = "http://data.europa.eu/snb/model/elm/"
KLLV = "https://w3id.org/kll/vocab/"
ESCO_SKILL_TYPE = "http://data.europa.eu/esco/skill-type/"
ESCO_CONCEPT_SCHEME = "http://data.europa.eu/esco/concept-scheme/"
#: ESCO concepts by the pillar their IRI names: the model's scheme for them (decision record 0027)
#: and the ESCO concept schemes that hold the whole pillar, which a file may name as the scheme
#: (ESCO puts a skill in both ``skills`` and ``member-skills``; ELM credentials give ``skills``).
ESCO_PILLARS = {
    "http://data.europa.eu/esco/skill/": ("esco-skill", {ESCO_CONCEPT_SCHEME + "skills", ESCO_CONCEPT_SCHEME + "member-skills"}),
    "http://data.europa.eu/esco/occupation/": ("esco-occupation",
                                               {ESCO_CONCEPT_SCHEME + "occupations", ESCO_CONCEPT_SCHEME + "member-occupations"}),
}
COUNTRY_AUTHORITY = "http://publications.europa.eu/resource/authority/country/"


def _elm(name: str) -> URIRef:
    return URIRef(ELM_NAMESPACE + name)


def _kll(name: str) -> URIRef:
    return URIRef(MODEL_NAMESPACE + name)


#: Prefixes for the context and for the CURIEs of the mapping table.
PREFIXES = {
    "elm": ELM_NAMESPACE,
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "rdf": str(RDF),
    "kll": MODEL_NAMESPACE,
    "kllv": KLLV,
    "eqf": "http://data.europa.eu/snb/eqf/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "locn": "http://www.w3.org/ns/locn#",
    "person": "http://www.w3.org/ns/person#",
    "schema": "http://schema.org/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "org": "http://www.w3.org/ns/org#",
    "cred": "https://www.w3.org/2018/credentials#",
    "rov": "http://www.w3.org/ns/regorg#",
    "adms": "http://www.w3.org/ns/adms#",
}


def _terms(kind: dict | str | None, *names: str, prefix: str = "elm") -> dict:
    """Context terms ``name → prefix:name`` with the same definition."""
    out = {}
    for name in names:
        iri = f"{prefix}:{name}"
        out[name] = iri if kind is None else {"@id": iri, **kind} if isinstance(kind, dict) else {"@id": iri, "@type": kind}
    return out


#: The JSON-LD context written inline into every exported document (and the one the docs show).
#: Terms read as ELM's property names; a value the term does not fit is written with its CURIE.
CONTEXT: dict = {
    "@version": 1.1,
    **PREFIXES,
    "id": "@id",
    "type": "@type",
    **_terms(None, "Qualification", "LearningAchievementSpecification", "LearningOutcome", "LearningAchievement",
             "AwardingProcess", "AwardingOpportunity", "Organisation", "Person", "Accreditation", "CreditPoint", "Note",
             "WebResource", "LegalIdentifier", "LearningAssessment", "LearningAssessmentSpecification", "Address",
             "LearningOpportunity"),
    "Location": "dcterms:Location",
    "Concept": "skos:Concept",
    # language-tagged texts
    **_terms({"@container": "@language"}, "noteLiteral"),
    **_terms({"@container": "@language"}, "legalName", prefix="rov"),
    **_terms({"@container": "@language"}, "title", "description", prefix="dcterms"),
    **_terms({"@container": "@language"}, "prefLabel", prefix="skos"),
    # references to records and to concepts, written as IRIs
    **_terms("@id", "learningOutcome", "hasPart", "awardingBody", "limitQualification", "accreditingAgent", "hasClaim",
             "EQFLevel", "NQFLevel", "limitEQFLevel", "learningSetting", "mode", "idVerification",
             "reusabilityLevel", "framework", "countryCode", "specialisationOf", "learningAchievementSpecification",
             "providedBy", "isPartOf"),
    "spatial": {"@id": "dcterms:spatial", "@type": "@id"},
    "inScheme": {"@id": "skos:inScheme", "@type": "@id"},
    "dcType": {"@id": "dcterms:type", "@type": "@id"},
    # nested nodes (a term without type coercion, so a nested node can be written in place)
    **_terms(None, "awardingOpportunity", "awardedBy", "specifiedBy", "provenBy", "creditPoint",
             "entryRequirement", "learningOutcomeSummary", "additionalNote", "grade", "supplementaryDocument",
             "nationalId", "location", "address", "accreditation", "ISCEDFCode", "educationSubject",
             "relatedESCOSkill", "relatedSkill"),
    **_terms(None, "homepage", prefix="foaf"),
    **_terms(None, "registration", prefix="rov"),
    # literals
    "volumeOfLearning": {"@id": "elm:volumeOfLearning", "@type": "xsd:duration"},
    # the EDC context's own spelling: the term contentURL is the property elm:contentUrl
    "contentURL": {"@id": "elm:contentUrl", "@type": "xsd:anyURI"},
    "awardingDate": {"@id": "elm:awardingDate", "@type": "xsd:dateTime"},
    "expiryDate": {"@id": "elm:expiryDate", "@type": "xsd:dateTime"},
    "issued": {"@id": "dcterms:issued", "@type": "xsd:dateTime"},
    "modified": {"@id": "dcterms:modified", "@type": "xsd:dateTime"},
    "dateOfBirth": {"@id": "elm:dateOfBirth", "@type": "xsd:dateTime"},
    **_terms(None, "isPartialQualification", "point", "schemeName"),
    **_terms(None, "givenName", "familyName", prefix="foaf"),
    "notation": "skos:notation",
}

# ISO 3166-1 alpha-2 → the EU country authority table (alpha-3) for Europe, where micro-credentials
# of the Council Recommendation are issued. A country outside the table keeps its alpha-2 code
# under kll:issuerCountry, so nothing is lost.
_COUNTRIES = {
    "AT": "AUT", "BE": "BEL", "BG": "BGR", "HR": "HRV", "CY": "CYP", "CZ": "CZE", "DK": "DNK", "EE": "EST",
    "FI": "FIN", "FR": "FRA", "DE": "DEU", "GR": "GRC", "HU": "HUN", "IE": "IRL", "IT": "ITA", "LV": "LVA",
    "LT": "LTU", "LU": "LUX", "MT": "MLT", "NL": "NLD", "PL": "POL", "PT": "PRT", "RO": "ROU", "SK": "SVK",
    "SI": "SVN", "ES": "ESP", "SE": "SWE", "IS": "ISL", "LI": "LIE", "NO": "NOR", "CH": "CHE", "GB": "GBR",
    "AL": "ALB", "BA": "BIH", "ME": "MNE", "MK": "MKD", "RS": "SRB", "TR": "TUR", "UA": "UKR", "MD": "MDA",
    "GE": "GEO",
}
_COUNTRY_CODES = {f"{COUNTRY_AUTHORITY}{alpha3}": alpha2 for alpha2, alpha3 in _COUNTRIES.items()}


# --------------------------------------------------------------------------------------------
# The mapping, as data: one ClassMap per model class, one Rule per (slot, ELM property).


@dataclass(frozen=True)
class Hop:
    """A step from a node to a nested node of ``cls`` through ``prop`` (from the nested node to
    this one when ``reverse``: a read-only step up, e.g. from an achievement to the credential
    that claims it)."""

    prop: URIRef
    cls: URIRef
    reverse: bool = False


@dataclass(frozen=True)
class Rule:
    """How one model slot is carried: the value sits on the node reached through ``path`` from the
    record's node, under ``prop``, written in ``shape``.

    Shapes: ``text`` language-tagged literals (in the languages the model holds); ``plain`` a
    string literal (a language tag, as ELM gives names, is dropped); ``typed`` a literal of
    ``datatype``; ``boolean``; ``date-time`` a date, written as Swedish midnight of an
    ``xsd:dateTime`` and read as the calendar day in Swedish time (decision record 0023);
    ``duration`` an ISO 8601 duration in hours; ``hours`` a workload in notional hours written as a
    duration; ``enum`` a concept IRI (``codes`` adds IRIs to the model's meanings; ``other`` the
    code a concept outside the list is read as, with a warning); ``iri`` any IRI; ``ref`` a record's
    IRI; ``credit`` an ``elm:CreditPoint``; ``concept`` a ``skos:Concept`` from a concept
    reference; ``country`` a country of the EU authority table; ``identifier`` a Swedish
    identifier and ``foreign-identifier`` one issued abroad, both an ``elm:LegalIdentifier``
    (decision record 0022). ``when`` picks, for a slot carried by more than one rule, the values
    this rule writes (a rule that writes none is read only); ``fallback``: read only when no
    earlier rule gave the slot a value. ``reverse``: the value is the subject. ``target``: a
    property and value that a referenced node described in the file must have (a level placement
    decision among accreditations)."""

    slot: str
    prop: URIRef
    shape: str
    path: tuple[Hop, ...] = ()
    when: Callable[[Any], bool] | None = None
    codes: dict[str, str] | None = None
    datatype: URIRef | None = None
    reverse: bool = False
    target: tuple[URIRef, URIRef] | None = None
    note: str | None = None
    fallback: bool = False
    other: str | None = None


@dataclass(frozen=True)
class ClassMap:
    model: str
    elm: URIRef
    rules: tuple[Rule, ...]
    marker: tuple[URIRef, URIRef] | None = None  # a property and value that tell this class apart
    note: str | None = None


_NOTE = _elm("Note")
_WEB = _elm("WebResource")
_LAS = _elm("LearningAchievementSpecification")
_LEGAL_ID = _elm("LegalIdentifier")
FOAF = rdflib.Namespace("http://xmlns.com/foaf/0.1/")
ROV = rdflib.Namespace("http://www.w3.org/ns/regorg#")
CRED = rdflib.Namespace("https://www.w3.org/2018/credentials#")
#: The EDC context's spelling of ELM.ttl's elm:nationalId: read, never written, no row of its own.
_ALIAS_NATIONAL_ID = URIRef(ELM_NAMESPACE + "nationalID")
_NEVER: Callable[[Any], bool] = lambda value: False  # noqa: E731 - a read-only rule writes nothing


def _note(slot: str, prop: str, *before: Hop, note: str | None = None) -> Rule:
    return Rule(slot, _elm("noteLiteral"), "text", (*before, Hop(_elm(prop), _NOTE)), note=note)


def _web(slot: str, prop: URIRef = FOAF.homepage, note: str | None = None) -> Rule:
    return Rule(slot, _elm("contentUrl"), "typed", (Hop(prop, _WEB),), datatype=XSD.anyURI, note=note)


def _isced(value: Any) -> bool:
    return isinstance(value, dict) and value.get("scheme") == "isced-f-2013"


def _whole_hours(value: Any) -> bool:
    return (isinstance(value, dict) and set(value) == {"point_value", "credit_framework"}
            and value["credit_framework"] == "notional-hours" and type(value["point_value"]) is int and value["point_value"] >= 0)


def _eqf(value: Any) -> bool:
    return isinstance(value, str) and value.startswith("eqf-")


def _european(value: Any) -> bool:
    return value in _COUNTRIES


def _occupations() -> Rule:
    """Occupations a qualification or learning outcome prepares for: concepts as the other concept
    references are written, under the model's own property. ELM v3 has no such property on a
    specification or an outcome: its one occupation property, elm:limitOccupation, sits on an
    elm:LearningEntitlementSpecification and names an occupation the holder has a right to
    practise (a regulated profession), not one the learning prepares for. A declared loss (row
    group kept-outside-elm of the mapping table), read back from kll:relatedOccupation."""
    return Rule("related_occupations", _kll("relatedOccupation"), "concept",
                note="no ELM v3 property for the occupations a qualification or learning outcome prepares for "
                     "(elm:limitOccupation is an entitlement's, a right to practise): kept as kll:relatedOccupation, skos:Concept nodes")


# ELM's Qualification is a LearningAchievementSpecification with accreditation and levels; EDC
# credentials specify an achievement by one, so the micro-credential's own specification is one
_SPEC = Hop(_elm("specifiedBy"), _elm("Qualification"))
_AWARD = Hop(_elm("awardedBy"), _elm("AwardingProcess"))
_ASSESSMENT = Hop(_elm("provenBy"), _elm("LearningAssessment"))
_ADDRESS = (Hop(_elm("location"), DCTERMS.Location), Hop(_elm("address"), _elm("Address")))
_LEVEL_PLACEMENT = URIRef(MODEL_NAMESPACE + "LevelPlacementDecision")
#: Concepts of the Europass supervision-and-verification vocabulary whose meaning the standard's own
#: samples show (prefLabel "Unsupervised without ID Verification" in the Annex I sample).
_SUPERVISION = {"unsupervised-no-verification": "http://data.europa.eu/snb/supervision-verification/c598449d64"}

CLASS_MAPS: tuple[ClassMap, ...] = (
    ClassMap("Qualification", _elm("Qualification"), (
        Rule("title", DCTERMS.title, "text"),
        Rule("description", DCTERMS.description, "text"),
        _web("homepage"),
        Rule("seqf_level", _elm("NQFLevel"), "enum",
             note="the concept is the project's SeQF level (https://w3id.org/kll/vocab/seqf/N): no published SeQF vocabulary for ELM was found"),
        Rule("eqf_level", _elm("EQFLevel"), "enum", note="the EQF vocabulary http://data.europa.eu/snb/eqf/N"),
        Rule("level_placement_decision", _elm("accreditation"), "ref", target=(DCTERMS.type, _LEVEL_PLACEMENT),
             note="the level placement decision, itself an elm:Accreditation; other accreditations are not read"),
        Rule("has_learning_outcome", _elm("learningOutcome"), "ref"),
        _note("learning_outcome_summary", "learningOutcomeSummary"),
        Rule("qualification_parts", _elm("hasPart"), "ref"),
        Rule("is_partial_qualification", _elm("isPartialQualification"), "boolean"),
        Rule("awarding_body", _elm("awardingBody"), "ref", (Hop(_elm("awardingOpportunity"), _elm("AwardingOpportunity")),),
             note="one elm:AwardingOpportunity for all the bodies"),
        Rule("credit_points", _elm("creditPoint"), "credit"),
        Rule("volume_of_learning", _elm("volumeOfLearning"), "duration"),
        Rule("fields_of_education", _elm("ISCEDFCode"), "concept", when=_isced, note="fields in ISCED-F 2013"),
        Rule("fields_of_education", _elm("educationSubject"), "concept", when=lambda v: not _isced(v),
             note="fields in other schemes (SUN 2020)"),
        Rule("learning_setting", _elm("learningSetting"), "enum",
             note="non-formal is the ELM learning-setting concept; formal is the project's concept"),
        _note("entry_requirements", "entryRequirement"),
        Rule("last_modified", DCTERMS.modified, "typed", datatype=XSD.dateTime),
        Rule("related_skills", _kll("relatedSkill"), "concept",
             note="ELM v3 relates skills to a learning outcome (elm:relatedSkill, elm:relatedESCOSkill), not to a qualification: "
                  "kept as kll:relatedSkill, skos:Concept nodes"),
        _occupations(),
    )),
    ClassMap("LearningOutcome", _elm("LearningOutcome"), (
        Rule("outcome_statement", DCTERMS.title, "text", note="ELM's title of a learning outcome is its statement"),
        Rule("learning_outcome_category", DCTERMS.type, "enum",
             codes={"knowledge": ESCO_SKILL_TYPE + "knowledge", "skills": ESCO_SKILL_TYPE + "skill"},
             note="the ESCO skill types knowledge and skill; ESCO has none for responsibility and autonomy, which keeps the project's concept"),
        Rule("related_esco_skills", _elm("relatedESCOSkill"), "concept"),
        Rule("related_skills", _elm("relatedSkill"), "concept"),
        Rule("reusability_level", _elm("reusabilityLevel"), "enum", note="the ESCO skill reuse levels"),
        _occupations(),
    )),
    ClassMap("Organisation", _elm("Organisation"), (
        Rule("name", ROV.legalName, "text"),
        Rule("organisation_number", ROV.registration, "identifier",
             note="an elm:LegalIdentifier whose dcterms:spatial is Sweden (skos:notation; elm:schemeName \"organisationsnummer\")"),
        Rule("registrations", ROV.registration, "foreign-identifier",
             note="an elm:LegalIdentifier of another country (decision record 0022): never checked as an organisationsnummer"),
        _web("homepage"),
    ), note="also the agencies and education providers that exported records refer to, typed with their model class as well"),
    ClassMap("Person", _elm("Person"), (
        Rule("given_name", FOAF.givenName, "plain", note="read in any language (ELM tags names); written without a tag: the model's names have none"),
        Rule("family_name", FOAF.familyName, "plain", note="read in any language (ELM tags names); written without a tag: the model's names have none"),
        Rule("birth_date", _elm("dateOfBirth"), "date-time",
             note="an xsd:dateTime: the calendar day in Swedish time (decision record 0023)"),
        Rule("personal_identity_number", _elm("nationalId"), "identifier",
             note="an elm:LegalIdentifier whose dcterms:spatial is Sweden (skos:notation; elm:schemeName \"personnummer\"); "
                  "also read as elm:nationalID, the EDC context's spelling, which the published credentials carry"),
        Rule("national_identifiers", _elm("nationalId"), "foreign-identifier",
             note="an elm:LegalIdentifier of another country (decision record 0022): never checked as a personnummer; "
                  "also read as elm:nationalID, the EDC context's spelling"),
        # The EDC context's term nationalID names elm:nationalID (what the published credentials
        # carry), while ELM.ttl and the EDC SHACL define elm:nationalId: both are read, the
        # definition's spelling is written.
        Rule("personal_identity_number", _ALIAS_NATIONAL_ID, "identifier", when=_NEVER),
        Rule("national_identifiers", _ALIAS_NATIONAL_ID, "foreign-identifier", when=_NEVER),
    )),
    ClassMap("MicroCredential", _elm("LearningAchievement"), (
        Rule("learner", _elm("hasClaim"), "ref", reverse=True, note="the learner (elm:Person) elm:hasClaim the achievement"),
        Rule("title", DCTERMS.title, "text"),
        Rule("awarding_body", _elm("awardingBody"), "ref", (_AWARD,)),
        Rule("issuer_country", _elm("countryCode"), "country", (_AWARD, *_ADDRESS), when=_european,
             note="the country where the award was made, from the EU country authority table (European countries)"),
        Rule("issuer_country", _kll("issuerCountry"), "plain", when=lambda v: not _european(v),
             note="a country outside the table keeps its ISO code"),
        Rule("issuer_country", _elm("countryCode"), "country", (_AWARD, Hop(_elm("awardingBody"), _elm("Organisation")), *_ADDRESS),
             when=_NEVER, fallback=True, note="read only: the country of the awarding body's address, where the award has none (as EDC credentials give it)"),
        Rule("issued", _elm("awardingDate"), "date-time", (_AWARD,), note="the day, as Swedish midnight of an xsd:dateTime"),
        Rule("issued", CRED.validFrom, "date-time",
             (Hop(_elm("hasClaim"), _elm("Person"), reverse=True), Hop(CRED.credentialSubject, _elm("EuropeanDigitalCredential"), reverse=True)),
             when=_NEVER, fallback=True,
             note="read only: the validFrom of the credential that claims the achievement, where the award has no date (as EDC credentials give it)"),
        Rule("has_learning_outcome", _elm("learningOutcome"), "ref", (_SPEC,)),
        Rule("notional_workload", _elm("creditPoint"), "credit", (_SPEC,), when=lambda v: not _whole_hours(v),
             note="credit points (ECTS, or another system)"),
        Rule("notional_workload", _elm("volumeOfLearning"), "hours", (_SPEC,), when=_whole_hours, fallback=True,
             note="whole notional learning hours, as a duration; read only where the specification has no credit points"),
        Rule("credential_levels", _elm("EQFLevel"), "enum", (_SPEC,), when=_eqf),
        Rule("credential_levels", _kll("credentialLevel"), "enum", (_SPEC,), when=lambda v: not _eqf(v),
             note="QF-EHEA cycles and not-applicable: ELM v3 has no property for them"),
        Rule("national_qualification_levels", _elm("NQFLevel"), "iri", (_SPEC,), note="the concept IRI as the issuer gives it"),
        Rule("assessment_types", DCTERMS.type, "enum", (_ASSESSMENT, Hop(_elm("specifiedBy"), _elm("LearningAssessmentSpecification"))),
             other="other", note="the project's assessment-type concepts; a concept outside them is read as other, with a warning"),
        Rule("participation_form", _elm("mode"), "enum", (_SPEC,), note="the ELM learning-assessment mode concepts"),
        Rule("quality_assurance", DCTERMS.description, "text", (_SPEC, Hop(_elm("accreditation"), _elm("Accreditation"))),
             note="the description of an elm:Accreditation of the specification"),
        _note("entry_requirements", "entryRequirement", _SPEC),
        Rule("supervision_verification", _elm("idVerification"), "enum", (_ASSESSMENT,), codes=_SUPERVISION,
             note="the Europass supervision-and-verification concept where its meaning is known, otherwise the project's concepts"),
        Rule("grade", _elm("noteLiteral"), "plain", (_ASSESSMENT, Hop(_elm("grade"), _NOTE)),
             note="an elm:Note, read in any language and written without a tag: a grade is written as its scale writes it"),
        _note("further_information", "additionalNote"),
        Rule("qualification", _kll("qualification"), "ref",
             note="the recorded qualification; elm:specifiedBy is the micro-credential's own specification"),
    ), note="the achievement the micro-credential records, read from a European Digital Credential or written on its own"),
    ClassMap("LevelPlacementDecision", _elm("Accreditation"), (
        Rule("qualification", _elm("limitQualification"), "ref"),
        Rule("seqf_level", _elm("limitEQFLevel"), "enum", codes={str(n): f"http://data.europa.eu/snb/eqf/{n}" for n in range(1, 9)},
             note="as the EQF level: SeQF levels correspond one to one to EQF levels"),
        Rule("decision_date", DCTERMS.issued, "date-time", note="the day, as Swedish midnight of an xsd:dateTime"),
        Rule("valid_until", _elm("expiryDate"), "date-time", note="the day, as Swedish midnight of an xsd:dateTime"),
        Rule("deciding_body", _elm("accreditingAgent"), "ref"),
        _web("decision_document", _elm("supplementaryDocument")),
    ), marker=(DCTERMS.type, _LEVEL_PLACEMENT), note="an elm:Accreditation with dcterms:type kll:LevelPlacementDecision"),
    # An education is what ELM calls a learning achievement specification (the curriculum, its
    # outcomes); typed kll:Education as well, so that the specifications of credentials (which
    # the micro-credential reads) are never taken for offerings.
    ClassMap("Education", _LAS, (
        Rule("title", DCTERMS.title, "text"),
        Rule("description", DCTERMS.description, "text"),
        _web("homepage"),
        Rule("has_learning_outcome", _elm("learningOutcome"), "ref"),
        # The qualifications it leads to. ELM v3 has no "leads to" property; of those the EDC
        # profile gives a learning achievement specification whose value may be an
        # elm:Qualification, elm:specialisationOf ("a specification (e.g., a standard) of which
        # this specification is a specialisation") is the one that fits: the qualification is the
        # standard (its outcomes, level, awarding), the education a provider's curriculum towards
        # it. elm:isPartOf would make the education a component of the qualification (the model's
        # qualification_parts is elm:hasPart), elm:entitlesTo takes entitlements (rights), not
        # qualifications, and elm:learningAchievementSpecification is the learning opportunity's
        # (at most one: the education). The model's own property is kll:leadsToQualification.
        Rule("leads_to_qualifications", _elm("specialisationOf"), "ref",
             note="the qualification is the standard the education's curriculum specialises; ELM v3 has no \"leads to\" property"),
        Rule("last_modified", DCTERMS.modified, "typed", datatype=XSD.dateTime),
    ), marker=(RDF.type, _kll("Education")),
       note="an elm:LearningAchievementSpecification typed kll:Education as well; the slots ELM has no property for keep the model's IRIs"),
    ClassMap("EducationEvent", _elm("LearningOpportunity"), (
        Rule("education", _elm("learningAchievementSpecification"), "ref", note="the education (elm:LearningAchievementSpecification) it gives"),
        Rule("title", DCTERMS.title, "text"),
        Rule("description", DCTERMS.description, "text"),
        _web("homepage"),
        Rule("providers", _elm("providedBy"), "ref", note="the education providers, exported as elm:Organisation"),
        Rule("part_of_packages", _elm("isPartOf"), "ref", note="the package (another education event) it is part of"),
        Rule("last_modified", DCTERMS.modified, "typed", datatype=XSD.dateTime),
    ), note="the model's class IRI; a learning opportunity of a credential's achievement (elm:learningOpportunity) is not read as one; "
            "the slots ELM has no property for keep the model's IRIs"),
)

_BY_MODEL = {cmap.model: cmap for cmap in CLASS_MAPS}
#: Every property a rule reads or writes (FOAF, ROV, dcterms… as well as ELM's): a slot whose own
#: property is one of them is kept under the model's IRI instead, so the two never meet.
_RULE_PROPERTIES = frozenset({rule.prop for cmap in CLASS_MAPS for rule in cmap.rules}
                             | {hop.prop for cmap in CLASS_MAPS for rule in cmap.rules for hop in rule.path})
#: Classes whose records another class's map writes (an agency is an organisation to ELM).
_BASE = {"Agency": "Organisation", "EducationProvider": "Organisation"}
#: Containers of those records: exported only when an exported record refers to them.
_REFERENCED_ONLY = {"agencies", "education_providers"}
#: A node of one of these classes is accepted where ELM expects the other (subclasses in ELM).
_SUBCLASSES = {_elm("Qualification"): {_LAS}}


def preserved_iri(slot: SlotInfo) -> URIRef:
    """The property that keeps a slot ELM does not carry: the model's own property, unless that is
    an ELM property (the model borrows several), which would then be used off its ELM class."""
    if not slot.uri.startswith(ELM_NAMESPACE) and URIRef(slot.uri) not in _RULE_PROPERTIES:
        return URIRef(slot.uri)
    head, *rest = slot.name.split("_")
    return _kll(head + "".join(part.title() for part in rest))


def curie(iri: str) -> str:
    """``elm:Qualification`` for the full IRI, where a prefix fits."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


class _NotThisShape(Exception):
    """A value the rule's shape cannot write; it is kept under the model's own property instead."""


# --------------------------------------------------------------------------------------------
# Writing


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


class _Writer:
    def __init__(self, index: ModelIndex) -> None:
        self.index = index
        self.native = JsonToRdf(index)
        self.graph = self.native.graph
        self.findings: list[Finding] = []
        self.concepts: dict[URIRef, frozenset] = {}

    def record(self, record: dict, class_name: str, pointer: str, path: Path) -> None:
        cmap = _BY_MODEL[_BASE.get(class_name, class_name)]
        info = self.index.classes[class_name]
        identifier = record.get("id")
        node = URIRef(identifier) if isinstance(identifier, str) and identifier else BNode()
        self.graph.add((node, RDF.type, cmap.elm))
        if class_name != cmap.model:
            self.graph.add((node, RDF.type, URIRef(info.uri)))
        if cmap.marker:
            self.graph.add((node, *cmap.marker))
        hops: dict[tuple, Any] = {}
        for key, value in record.items():
            if key in {"id", "type"}:
                continue
            slot = info.slots.get(key)
            if slot is None:
                self.findings.append(conversion_finding("convert.not-representable", Location(str(path), pointer=f"{pointer}/{pointer_token(key)}"),
                                                        f"{key}: not a slot of {class_name}"))
                continue
            rules = [rule for rule in cmap.rules if rule.slot == key]
            items = value if slot.multivalued and isinstance(value, list) else [value]
            for position, item in enumerate(items):
                rule = next((r for r in rules if r.when is None or r.when(item)), None)
                try:
                    if rule is None:
                        raise _NotThisShape
                    objects = self._encode(rule, slot, item)
                except _NotThisShape:
                    item_pointer = f"{pointer}/{pointer_token(key)}" + (f"/{position}" if slot.multivalued and isinstance(value, list) else "")
                    for obj in self.native._values(slot, item, None, item_pointer):
                        self.graph.add((node, preserved_iri(slot), obj))
                    continue
                subject = self._hop(node, rule.path, hops)
                for obj in objects:
                    self.graph.add((obj, rule.prop, subject) if rule.reverse else (subject, rule.prop, obj))

    def package_values(self, own: dict) -> None:
        """The package's own values (``conforms_to_model_version``) on a node of the model's
        ``DataPackage`` class, as the project's RDF writes them."""
        self.native.add_record(own, self.index.root)

    def _hop(self, node, path: tuple[Hop, ...], hops: dict):
        for depth in range(1, len(path) + 1):
            key = path[:depth]
            if key not in hops:
                hop = path[depth - 1]
                nested = BNode()
                self.graph.add((node, hop.prop, nested))
                self.graph.add((nested, RDF.type, hop.cls))
                hops[key] = nested
            node = hops[key]
        return node

    def _encode(self, rule: Rule, slot: SlotInfo, value: Any) -> list:
        shape = rule.shape
        if shape == "text":
            if not isinstance(value, dict) or not value or not all(isinstance(t, str) and _language(l) for l, t in value.items()):
                raise _NotThisShape
            return [Literal(text, lang=language) for language, text in value.items()]
        if shape in {"plain", "typed", "duration", "date-time", "country", "ref", "enum", "iri", "identifier"} and not isinstance(value, str):
            raise _NotThisShape
        if shape == "plain":
            return [Literal(value)]
        if shape == "typed":
            return [Literal(value, datatype=rule.datatype, normalize=False)]
        if shape == "duration":
            return [Literal(value, datatype=XSD.duration, normalize=False)]
        if shape == "date-time":
            written = swedish_midnight(value)
            if written is None:
                raise _NotThisShape
            return [Literal(written, datatype=XSD.dateTime, normalize=False)]
        if shape == "boolean":
            if not isinstance(value, bool):
                raise _NotThisShape
            return [Literal(value)]
        if shape in {"ref", "iri"}:
            if ":" not in value or any(c.isspace() for c in value):
                raise _NotThisShape
            return [URIRef(value)]
        if shape == "identifier":
            scheme = "personnummer" if slot.name == "personal_identity_number" else "organisationsnummer"
            return [self._legal_identifier(value, "SE", scheme)]
        if shape == "foreign-identifier":
            allowed = {"identifier_notation", "issuing_country", "identifier_scheme_name"}
            if (not isinstance(value, dict) or not set(value) <= allowed or not all(isinstance(v, str) for v in value.values())
                    or "identifier_notation" not in value or not _european(value.get("issuing_country"))):
                raise _NotThisShape
            return [self._legal_identifier(value["identifier_notation"], value["issuing_country"], value.get("identifier_scheme_name"))]
        if shape == "enum":
            meaning = (rule.codes or {}).get(value) or (slot.values or {}).get(value)
            if meaning is None:
                raise _NotThisShape
            return [URIRef(meaning)]
        if shape == "country":
            return [URIRef(COUNTRY_AUTHORITY + _COUNTRIES[value])]
        if shape == "hours":
            return [Literal(f"PT{value['point_value']}H", datatype=XSD.duration, normalize=False)]
        if shape == "credit":
            return [self._credit(value)]
        if shape == "concept":
            return [self._concept(value)]
        raise AssertionError(shape)

    def _legal_identifier(self, notation: str, country: str, scheme: str | None):
        """An ``elm:LegalIdentifier``: the notation, the country whose scheme issued it
        (``dcterms:spatial``, from the EU country table) and the scheme's name where known."""
        node = BNode()
        self.graph.add((node, RDF.type, _LEGAL_ID))
        self.graph.add((node, SKOS.notation, Literal(notation)))
        self.graph.add((node, DCTERMS.spatial, URIRef(COUNTRY_AUTHORITY + _COUNTRIES[country])))
        if scheme is not None:
            self.graph.add((node, _elm("schemeName"), Literal(scheme)))
        return node

    def _credit(self, value: Any):
        frameworks = self.index.classes["CreditPoints"].slots["credit_framework"].values
        if (not isinstance(value, dict) or set(value) != {"point_value", "credit_framework"}
                or type(value["point_value"]) not in {int, float} or value["credit_framework"] not in frameworks):
            raise _NotThisShape
        node = BNode()
        self.graph.add((node, RDF.type, _elm("CreditPoint")))
        self.graph.add((node, _elm("framework"), URIRef(frameworks[value["credit_framework"]])))
        # ELM writes points as a string; the JSON number's own digits keep 7.5 from becoming 7.50
        self.graph.add((node, _elm("point"), Literal(json.dumps(value["point_value"]))))
        return node

    def _concept(self, value: Any):
        slots = self.index.classes["ConceptReference"].slots
        schemes = slots["scheme"].values
        allowed = {"scheme", "code", "scheme_version", "concept_iri", "label"}
        if (not isinstance(value, dict) or not set(value) <= allowed or value.get("scheme") not in schemes
                or not all(isinstance(value.get(k, ""), str) for k in ("code", "scheme_version", "concept_iri"))
                or ("label" in value and not (isinstance(value["label"], dict) and all(isinstance(t, str) and _language(l) for l, t in value["label"].items())))):
            raise _NotThisShape
        facts = [(RDF.type, SKOS.Concept), (SKOS.inScheme, URIRef(schemes[value["scheme"]]))]
        if "code" in value:
            facts.append((SKOS.notation, Literal(value["code"])))
        if "scheme_version" in value:
            facts.append((OWL.versionInfo, Literal(value["scheme_version"])))
        facts += [(SKOS.prefLabel, Literal(text, lang=language)) for language, text in (value.get("label") or {}).items()]
        iri = value.get("concept_iri")
        node: Any = URIRef(iri) if iri and ":" in iri and not any(c.isspace() for c in iri) else None
        # A concept IRI is one node in RDF: two references to it that disagree (another version,
        # another label) cannot both sit on it, so the second one becomes a node of its own.
        if node is not None and self.concepts.setdefault(node, frozenset(facts)) != frozenset(facts):
            node = None
        if node is None:
            node = BNode()
            if iri is not None:
                facts.append((_kll("conceptIri"), Literal(iri, datatype=XSD.anyURI)))
        for prop, obj in facts:
            self.graph.add((node, prop, obj))
        return node


def _language(tag: Any) -> bool:
    return isinstance(tag, str) and bool(tag) and all(part.isalnum() and part.isascii() for part in tag.split("-"))


def _referenced_organisations(package: dict, index: ModelIndex) -> set[str]:
    """IRIs of the organisations the exported records refer to (awarding, deciding, applying,
    providing, ordering)."""
    found = set()
    for container, _, class_name, record in records_of(package, index):
        if container in _REFERENCED_ONLY or _BASE.get(class_name, class_name) not in _BY_MODEL or not isinstance(record, dict):
            continue
        for slot in index.classes[class_name].slots.values():
            if slot.kind == "reference" and slot.range in {"Organisation", *_BASE}:
                value = record.get(slot.name)
                found.update(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str))
    return found


def _document(graph: Graph) -> dict:
    """The graph as a JSON-LD document with the inline context: blank nodes nested where they are
    used, concepts too where one record uses them, keys and nodes in a stable order."""
    data = json.loads(graph.serialize(format="json-ld", context=CONTEXT, auto_compact=True, use_native_types=True))
    nodes = data.get("@graph", [data] if "id" in data or "type" in data else [])
    nodes = [{k: v for k, v in n.items() if k != "@context"} for n in nodes]
    by_id = {n["id"]: n for n in nodes if "id" in n}
    uses: dict[str, int] = {}

    def count(value: Any) -> None:
        if isinstance(value, list):
            for item in value:
                count(item)
        elif isinstance(value, dict):
            if set(value) == {"id"}:
                uses[value["id"]] = uses.get(value["id"], 0) + 1
            for key, item in value.items():
                if key not in {"id", "type"}:
                    count(item)

    count(nodes)

    def nestable(identifier: str) -> bool:
        node = by_id.get(identifier)
        if node is None or uses.get(identifier) != 1:
            return False
        return identifier.startswith("_:") or node.get("type") == "Concept"

    def embed(value: Any) -> Any:
        if isinstance(value, list):
            return sorted((embed(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        if isinstance(value, dict):
            if set(value) == {"id"} and nestable(value["id"]):
                inner = by_id[value["id"]]
                nested.add(value["id"])
                return embed({k: v for k, v in inner.items() if k != "id" or not v.startswith("_:")})
            ordered = {k: value[k] for k in ("id", "type") if k in value}
            ordered.update({k: embed(value[k]) for k in sorted(value) if k not in ordered})
            return ordered
        return value

    nested: set[str] = set()
    embedded = [embed(n) for n in nodes]
    top = []
    for original, node in zip(nodes, embedded):
        identifier = original.get("id")
        if identifier in nested:
            continue
        if identifier is not None and identifier.startswith("_:") and not uses.get(identifier):
            node = {k: v for k, v in node.items() if k != "id"}
        top.append(node)
    top.sort(key=lambda n: (n.get("id") is None, str(n.get("id", "")), json.dumps(n, sort_keys=True, ensure_ascii=False)))
    return {"@context": CONTEXT, "@graph": top}


# --------------------------------------------------------------------------------------------
# Reading


@dataclass
class _Source:
    """Where each node and property of the parsed document is, as JSON Pointers into the file."""

    nodes: dict = field(default_factory=dict)       # node -> pointer of the node object
    properties: dict = field(default_factory=dict)  # (node, property IRI) -> pointer of the key
    undefined: list = field(default_factory=list)   # (pointer, key): keys the context gives no IRI

    def pointer(self, node, prop: str | None = None) -> str | None:
        if prop is not None and (node, prop) in self.properties:
            return self.properties[(node, prop)]
        return self.nodes.get(node)


_LABEL = "kll-pointer-"
#: An absolute IRI: a scheme, then a colon (a blank-node identifier "_:" is not one).
_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def _unwrap(document: Any, path: Path) -> tuple[Any, str, list[tuple[str, str]]]:
    """The credential inside the wrappers the EDC tools publish, the JSON Pointer prefix of where
    it sits in the file, and what of the wrapper is not read (pointer, element).

    * a **signed** credential is a JWS in the JSON serialisation (JAdES, as the EDC issuer seals
      it): ``{"payload": "...", "signatures": [...]}``; the payload is read, the signatures are not
      verified (kll judges content, not seals) and say so. The payload is the credential as JSON
      text where the protected header says ``"b64": false`` (RFC 7797, as the EDC issuer writes
      it), and base64url-encoded JSON otherwise (RFC 7515);
    * the **uploadable** form wraps the unsigned credential for upload to Europass:
      ``{"credential": {...}}``.

    Anything else is the JSON-LD document itself."""
    if isinstance(document, dict) and "@context" not in document:
        if set(document) >= {"payload", "signatures"} and isinstance(document["payload"], str):
            text = document["payload"]
            if _jws_encoded(document["signatures"], path):
                text = _base64url(text)
                if text is None:
                    raise ConversionError(f"{path}: /payload: the signed credential's payload is not base64url-encoded, and its "
                                          "protected header does not say \"b64\": false", Location(str(path), pointer="/payload"))
            try:
                payload = parse_json(text)
            except InputError as error:
                raise ConversionError(f"{path}: /payload: the signed credential's payload is not JSON: {error}",
                                      Location(str(path), pointer="/payload")) from None
            unread = [("/signatures", "signatures: the JWS signatures of the sealed credential are not verified and not carried "
                                      "(kll judges the credential's content, not its seal)")]
            unread += [(f"/{pointer_token(key)}", f"{key}: not part of a signed credential") for key in sorted(document)
                       if key not in {"payload", "signatures"}]
            return payload, "/payload", unread
        if set(document) == {"credential"} and isinstance(document["credential"], dict):
            return document["credential"], "/credential", []
    return document, "", []


def _base64url(text: str) -> str | None:
    """The UTF-8 text that ``text`` base64url-encodes (RFC 7515: no padding, none tolerated
    beyond it), or None."""
    if not re.fullmatch(r"[A-Za-z0-9_-]*={0,2}", text):
        return None
    try:
        return base64.urlsafe_b64decode(text.rstrip("=") + "=" * (-len(text.rstrip("=")) % 4)).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None


def _jws_encoded(signatures: Any, path: Path) -> bool:
    """Whether a JWS's payload is base64url-encoded: unless every signature's protected header
    says ``"b64": false`` (RFC 7797, which requires the same value in every signature). A
    protected header that is not base64url-encoded JSON is a ``ConversionError`` at its place."""
    encoded = set()
    for position, signature in enumerate(signatures if isinstance(signatures, list) else []):
        if not isinstance(signature, dict) or "protected" not in signature:
            encoded.add(True)  # no protected header: b64 has its default, true
            continue
        pointer = f"/signatures/{position}/protected"
        protected = signature["protected"]
        text = _base64url(protected) if isinstance(protected, str) else None
        header = None
        if text is not None:
            try:
                header = parse_json(text)
            except InputError:
                header = None
        if not isinstance(header, dict):
            raise ConversionError(f"{path}: {pointer}: the signed credential's protected header is not base64url-encoded JSON "
                                  "(RFC 7515), so whether its payload is encoded (b64) cannot be told", Location(str(path), pointer=pointer))
        encoded.add(header.get("b64") is not False)
    if len(encoded) > 1:
        raise ConversionError(f"{path}: /signatures: the signatures disagree on whether the payload is encoded (b64, RFC 7797)",
                              Location(str(path), pointer="/signatures"))
    return encoded != {False}


def _label_nodes(document: Any, prefix: str = "") -> tuple[Any, _Source]:
    """Give every node object without an ``@id`` a blank-node label of its own, and note where each
    node and each of its properties is, so that findings can point into the file. The labels
    change nothing in the graph: an unlabelled node object is a fresh blank node anyway."""
    source = _Source()
    counter = [0]

    def walk(value: Any, pointer: str, context: Context) -> None:
        if isinstance(value, list):
            for position, item in enumerate(value):
                walk(item, f"{pointer}/{position}", context)
            return
        if not isinstance(value, dict):
            return
        if "@context" in value:
            context = context.subcontext(value["@context"])
        if not any(k in value for k in {"@value", *context.get_keys("@value")}):
            # a type-scoped context, as rdflib's parser applies it (the VC and EDC contexts
            # define most of their terms inside one)
            context = context.get_context_for_type(value) or context

        def keys(keyword: str) -> set[str]:
            return {keyword, *context.get_keys(keyword)}

        def first(keyword: str) -> str | None:
            return next((k for k in keys(keyword) if k in value), None)

        if first("@value"):
            return
        for keyword in ("@list", "@set"):
            if first(keyword):
                walk(value[first(keyword)], f"{pointer}/{pointer_token(first(keyword))}", context)
                return
        node = None
        if not first("@graph"):  # a node; an object with @graph is a graph, which is left unlabelled
            identifier = value.get(first("@id")) if first("@id") else None
            if identifier is None:
                counter[0] += 1
                identifier = f"_:{_LABEL}{counter[0]}"
                value["@id"] = identifier
            if isinstance(identifier, str):
                node = BNode(identifier[2:]) if identifier.startswith("_:") else URIRef(context.resolve(identifier))
                described = any(k not in keys("@id") for k in value)
                if node not in source.nodes or described and source.nodes[node][1] is False:
                    source.nodes[node] = (pointer, described)
        skip = {"@context"} | keys("@id") | keys("@type")
        for key, item in list(value.items()):
            here = f"{pointer}/{pointer_token(key)}"
            if key in skip:
                continue
            if key in keys("@graph") | keys("@included"):
                walk(item, here, context)
                continue
            if key in keys("@reverse"):
                if isinstance(item, dict):
                    for reverse_key, reverse_item in item.items():
                        walk(reverse_item, f"{here}/{pointer_token(reverse_key)}", context)
                continue
            if key.startswith("@"):
                continue
            term = context.terms.get(key)
            iri = term.id if term is not None else context.expand(key)
            if not (isinstance(iri, str) and (iri.startswith("@") or _ABSOLUTE_IRI.match(iri))):
                # JSON-LD drops a key that expands to no absolute IRI, and all under it: reported
                # (decision record 0020), and its value is not walked, as nothing of it is read
                source.undefined.append((here, key))
                continue
            if node is not None and iri:
                source.properties.setdefault((node, iri), here)
            container = set(term.container) if term is not None and isinstance(term.container, (list, tuple, set)) else (
                {term.container} if term is not None and term.container else set())
            if container & {"@language", "@index", "@id", "@type", "@graph"}:
                continue  # a map: its keys are not properties and its values are not labelled here
            walk(item, here, context.get_context_for_term(term))

    walk(document, prefix, Context())
    source.nodes = {node: pointer for node, (pointer, _) in source.nodes.items()}
    return document, source


def _parse(path: Path) -> tuple[Graph, _Source, dict, list[tuple[str, str]]]:
    """The file's graph, where each node and property is in the file, the (unwrapped) document,
    and the parts of a wrapper that are not read."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConversionError(f"{path}: {error}", Location(str(path))) from None
    try:
        document = parse_json(text)  # with the loaders' depth limit: a JSON bomb is an error, not a crash
    except InputError as error:
        raise ConversionError(f"{path}: not JSON-LD: {error}", Location(str(path), line=error.line, column=error.column)) from None
    document, prefix, unread = _unwrap(document, path)
    if not isinstance(document, (dict, list)) or not _has_context(document):
        raise ConversionError(f"{path}: not JSON-LD: no @context, so nothing says what the keys mean", Location(str(path)))
    try:
        resolve_contexts(document, prefix)
    except UnknownContext as error:
        raise ConversionError(
            f"{path}: {error.pointer}: the JSON-LD context refers to a document elsewhere that kll does not ship, and kll "
            "does not fetch it (it reads nothing from the network); write the context inline", Location(str(path), pointer=error.pointer)) from None
    try:
        check_protected_terms(document)  # JSON-LD 1.1 forbids it; rdflib would accept it
    except InputError as error:
        raise ConversionError(f"{path}: not JSON-LD: {error}", Location(str(path), line=error.line, column=error.column)) from None
    try:
        document, source = _label_nodes(document, prefix)
    except Exception as error:  # rdflib's context reader rejects a malformed context
        # Only the error's type, as loaders.read_graph does: rdflib's message may quote the input,
        # which may be personal data.
        raise ConversionError(f"{path}: not JSON-LD: the @context cannot be read ({type(error).__name__})", Location(str(path))) from None
    install_literal_limits()  # numbers read by their XSD forms, under limits, as for every graph
    graph = Graph()
    # rdflib normalises literals as it parses them (PT400H becomes P16DT16H); the file's own
    # lexical forms are what the model holds, so normalisation is off for this one parse.
    normalize, rdflib.NORMALIZE_LITERALS = rdflib.NORMALIZE_LITERALS, False
    try:
        graph.parse(data=json.dumps(document), format="json-ld", base=path.resolve().as_uri())
    except Exception as error:  # rdflib raises many kinds for malformed JSON-LD
        # Only the error's type (see above). rdflib parses the re-serialised document, so no line
        # of it would be a line of the file: none is given.
        raise ConversionError(f"{path}: not JSON-LD that can be read ({type(error).__name__})", Location(str(path))) from None
    finally:
        rdflib.NORMALIZE_LITERALS = normalize
    return graph, source, document, unread


def _shorten(key: str, limit: int = 80) -> str:
    return key if len(key) <= limit else key[:limit] + "…"


def _has_context(document: Any) -> bool:
    if isinstance(document, list):
        return any(_has_context(item) for item in document)
    return isinstance(document, dict) and "@context" in document


def _declares_elm(document: Any) -> bool:
    """Whether a document's context maps anything into the ELM namespace (for an empty export)."""
    return ELM_NAMESPACE in json.dumps(document.get("@context") if isinstance(document, dict) else None)


_NO = object()  # a value the rule cannot read; its triple is left for an unmapped finding


@dataclass
class _Origin:
    node: Any
    slots: dict = field(default_factory=dict)  # slot -> (node, property IRI)


class _Reader:
    def __init__(self, graph: Graph, source: _Source, path: Path, index: ModelIndex) -> None:
        self.graph, self.source, self.path, self.index = graph, source, path, index
        self.consumed: set = set()
        self.notes: list[tuple[Any, URIRef, str]] = []  # (node, property, detail) read only in part
        self.invalid: list[Finding] = []  # values in a form their element does not allow
        self.persons = _person_nodes(graph, index)

    def use(self, *triple) -> None:
        self.consumed.add(triple)

    def types(self, node) -> set:
        return set(self.graph.objects(node, RDF.type))

    def follow(self, node, path: tuple[Hop, ...]) -> list:
        nodes = [node]
        for hop in path:
            found = []
            for current in nodes:
                steps = self.graph.subjects(hop.prop, current) if hop.reverse else self.graph.objects(current, hop.prop)
                for nested in steps:
                    types = self.types(nested)
                    accepted = {hop.cls, *_SUBCLASSES.get(hop.cls, ())}
                    if isinstance(nested, Literal) or (types and not types & accepted):
                        continue
                    self.use(*((nested, hop.prop, current) if hop.reverse else (current, hop.prop, nested)))
                    for cls in types & accepted:
                        self.use(nested, RDF.type, cls)
                    found.append(nested)
            nodes = found
        return nodes

    def record(self, node, class_name: str) -> tuple[dict, _Origin]:
        cmap = _BY_MODEL[_BASE.get(class_name, class_name)]
        info = self.index.classes[class_name]
        data: dict[str, Any] = {"id": str(node)} if isinstance(node, URIRef) else {}
        origin = _Origin(node)
        self.use(node, RDF.type, cmap.elm)
        if class_name != cmap.model:
            self.use(node, RDF.type, URIRef(info.uri))
        if cmap.marker:
            self.use(node, *cmap.marker)
        for rule in cmap.rules:
            slot = info.slots.get(rule.slot)
            if slot is None or (rule.fallback and slot.name in data):
                continue
            holders = self.follow(node, rule.path)
            for holder in holders:
                pairs = ([(s, s) for s in self.graph.subjects(rule.prop, holder)] if rule.reverse
                         else [(o, o) for o in self.graph.objects(holder, rule.prop)])
                for obj, _ in pairs:
                    triple = (obj, rule.prop, holder) if rule.reverse else (holder, rule.prop, obj)
                    if triple in self.consumed:
                        continue
                    value = self._decode(rule, slot, obj, holder)
                    if value is _NO:
                        continue
                    self.use(*triple)
                    _merge(data, slot, value)
                    origin.slots.setdefault(slot.name, (holder if not rule.reverse else node, str(rule.prop)))
        self._preserved(node, info, data, origin)
        for key, value in data.items():
            if isinstance(value, list):
                value.sort(key=_sort_key)
        return data, origin

    def _preserved(self, node, info: ClassInfo, data: dict, origin: _Origin) -> None:
        """Slots kept under the model's own property, read as the project's RDF reads them."""
        scratch = Graph()
        for slot in info.slots.values():
            if slot.kind in {"identifier", "type"}:
                continue
            prop = preserved_iri(slot)
            for obj in self.graph.objects(node, prop):
                if (node, prop, obj) in self.consumed:
                    continue
                self.use(node, prop, obj)
                scratch.add((node, URIRef(slot.uri), obj))
                self._copy_tree(obj, scratch)
                origin.slots.setdefault(slot.name, (node, str(prop)))
        if len(scratch):
            for key, value in RdfToJson(self.index).node(scratch, node, info).items():
                if key != "id":
                    _merge(data, info.slots[key], value, raw=True)

    def _copy_tree(self, obj, scratch: Graph) -> None:
        if not isinstance(obj, BNode):
            return
        for prop, value in self.graph.predicate_objects(obj):
            if (obj, prop, value) in scratch:
                continue
            scratch.add((obj, prop, value))
            self.use(obj, prop, value)
            self._copy_tree(value, scratch)

    def _decode(self, rule: Rule, slot: SlotInfo, obj, holder) -> Any:
        shape = rule.shape
        if shape == "text":
            # only the languages the model's texts hold: another language stays unread, reported
            languages = self.index.classes["LocalizedText"].slots
            return {obj.language: str(obj)} if isinstance(obj, Literal) and obj.language in languages else _NO
        if shape in {"plain", "typed"}:
            return str(obj) if isinstance(obj, Literal) else _NO
        if shape == "boolean":
            if isinstance(obj, Literal) and str(obj) in {"true", "false", "1", "0"}:
                return str(obj) in {"true", "1"}
            return self._invalid(holder, rule.prop, obj, "xsd:boolean (true or false)")
        if shape == "date-time":
            read = swedish_day(str(obj)) if isinstance(obj, Literal) else None
            if read is None and isinstance(obj, Literal) and _DATE.match(str(obj)[:10]):
                # not a real day (2025-02-30): the day as written, so validation names it where it is
                read = str(obj)[:10], False
            if read is None:
                return self._invalid(holder, rule.prop, obj, "an xsd:dateTime or xsd:date")
            day, dropped = read
            if dropped:
                self.notes.append((holder, rule.prop, f"{curie(str(rule.prop))}: the time of day (the model holds the day in Swedish time)"))
            return day
        if shape == "duration":
            return _hours(str(obj)) or str(obj) if isinstance(obj, Literal) else _NO
        if shape == "hours":
            hours = _hours(str(obj)) if isinstance(obj, Literal) else None
            return {"point_value": int(hours[2:-1]), "credit_framework": "notional-hours"} if hours else _NO
        if shape == "ref":
            if not isinstance(obj, URIRef):
                return _NO
            if rule.target is not None and self.types(obj) and rule.target not in self.graph.predicate_objects(obj):
                return _NO
            return str(obj)
        if shape == "enum":
            if not isinstance(obj, URIRef):
                return _NO
            codes = {iri: code for code, iri in (slot.values or {}).items()}
            codes.update({iri: code for code, iri in (rule.codes or {}).items()})
            code = codes.get(str(obj))
            if code is None and rule.other is not None:
                self.notes.append((holder, rule.prop, f"{curie(str(rule.prop))}: a concept outside the model's list, read as {rule.other}"))
                code = rule.other
            if code is None:
                return _NO
            self._concept_description(obj)
            return code
        if shape == "iri":
            if not isinstance(obj, URIRef):
                return _NO
            self._concept_description(obj)
            return str(obj)
        if shape in {"identifier", "foreign-identifier"}:
            return self._legal_identifier(obj, swedish=shape == "identifier")
        if shape == "country":
            return _COUNTRY_CODES.get(str(obj), _NO)
        if shape == "credit":
            return self._credit(obj)
        if shape == "concept":
            return self._concept(obj, rule)
        raise AssertionError(shape)

    def _invalid(self, holder, prop: URIRef, obj, expected: str) -> Any:
        """A value in a form its element does not allow (``"yesterday"`` as a date of issue): a
        ``convert.invalid-value`` violation at its place, naming the element and never the value;
        the value is not read. A nested node is left to the unmapped findings."""
        if not isinstance(obj, (Literal, URIRef)):
            return _NO
        self.use(holder, prop, obj)
        finding = conversion_finding("convert.invalid-value", self._location(holder, prop),
                                     f"{curie(str(prop))}: not {expected}, so it is not read")
        # readable content whose value is wrong: exit 1, as the structural stage's findings are
        self.invalid.append(replace(finding, stage=Stage.STRUCTURAL))
        return _NO

    def _concept_description(self, node) -> None:
        """A concept given by its IRI is the vocabulary's: its type, scheme, notation and labels,
        which the file repeats from the vocabulary, are read with it."""
        for prop, obj in self.graph.predicate_objects(node):
            if (prop, obj) == (RDF.type, SKOS.Concept) or prop in {SKOS.prefLabel, SKOS.notation}:
                self.use(node, prop, obj)
            elif prop == SKOS.inScheme:
                self.use(node, prop, obj)
                if (obj, RDF.type, SKOS.ConceptScheme) in self.graph:
                    self.use(obj, RDF.type, SKOS.ConceptScheme)

    def _legal_identifier(self, node, swedish: bool) -> Any:
        """An ``elm:LegalIdentifier``: Swedish (``dcterms:spatial`` Sweden, or the scheme name of
        a Swedish identifier with no country) → its notation; issued abroad → a foreign identifier
        with its country (decision record 0022); _NO for the other kind or no notation."""
        if isinstance(node, Literal) or (self.types(node) and not self.types(node) & {_LEGAL_ID, _elm("Identifier")}):
            return _NO
        notations = [o for o in self.graph.objects(node, SKOS.notation) if isinstance(o, Literal)]
        countries = [o for o in self.graph.objects(node, DCTERMS.spatial) if isinstance(o, URIRef)]
        schemes = [o for o in self.graph.objects(node, _elm("schemeName")) if isinstance(o, Literal)]
        country = _COUNTRY_CODES.get(str(countries[0])) if len(countries) == 1 else None
        is_swedish = country == "SE" or (not countries and any(str(s) in {"personnummer", "organisationsnummer"} for s in schemes))
        if len(notations) != 1 or is_swedish != swedish or (not swedish and country is None):
            return _NO
        for cls in self.types(node) & {_LEGAL_ID, _elm("Identifier")}:
            self.use(node, RDF.type, cls)
        self.use(node, SKOS.notation, notations[0])
        for obj in countries:
            self.use(node, DCTERMS.spatial, obj)
            self._concept_description(obj)
        if swedish:
            for obj in schemes:
                self.use(node, _elm("schemeName"), obj)
            return str(notations[0])
        value = {"identifier_notation": str(notations[0]), "issuing_country": country}
        if len(schemes) == 1:
            self.use(node, _elm("schemeName"), schemes[0])
            value["identifier_scheme_name"] = str(schemes[0])
        return value

    def _credit(self, node) -> Any:
        if isinstance(node, Literal) or (self.types(node) and _elm("CreditPoint") not in self.types(node)):
            return _NO
        frameworks = {iri: code for code, iri in self.index.classes["CreditPoints"].slots["credit_framework"].values.items()}
        value: dict[str, Any] = {}
        self.use(node, RDF.type, _elm("CreditPoint"))
        for point in self.graph.objects(node, _elm("point")):
            if isinstance(point, Literal) and "point_value" not in value:
                value["point_value"] = _number(str(point))
                self.use(node, _elm("point"), point)
        for framework in self.graph.objects(node, _elm("framework")):
            if str(framework) in frameworks and "credit_framework" not in value:
                value["credit_framework"] = frameworks[str(framework)]
                self.use(node, _elm("framework"), framework)
        return value

    def _concept(self, node, rule: Rule) -> Any:
        """A concept reference from a ``skos:Concept``; _NO (left unread, reported) when it is not
        one the model can hold: a concept of a scheme outside the project's schemes, or without a
        code."""
        if isinstance(node, Literal):
            return _NO
        slots = self.index.classes["ConceptReference"].slots
        schemes = {iri: code for code, iri in slots["scheme"].values.items()}
        languages = self.index.classes["LocalizedText"].slots
        value: dict[str, Any] = {}
        read = [(RDF.type, SKOS.Concept)]
        if isinstance(node, URIRef):
            value["concept_iri"] = str(node)
        # an ESCO skill or occupation given by its IRI (as ELM data gives it) has its pillar and
        # code there: the pillar's scheme (esco-skill, esco-occupation; decision record 0027),
        # whichever of ESCO's schemes for the whole pillar the file names, the deprecated esco's
        # included — its exact replacement is esco-skill
        pillar = next((p for prefix, p in ESCO_PILLARS.items() if isinstance(node, URIRef) and str(node).startswith(prefix)), None)
        if pillar is not None:
            # only a concept of ESCO's own scheme (or of none the project knows) is read as ESCO's: a
            # JobTech or local concept that merely carries an ESCO IRI keeps its scheme and notation
            named = {str(obj) for obj in self.graph.objects(node, SKOS.inScheme)}
            own = pillar[1] | {slots["scheme"].values.get(pillar[0])}
            if not named & own and any(iri in schemes for iri in named):
                pillar = None
        esco = pillar is not None
        for prop, obj in self.graph.predicate_objects(node):
            if prop == SKOS.inScheme and esco and str(obj) in pillar[1] | {slots["scheme"].values.get(pillar[0])}:
                value["scheme"] = pillar[0]
            elif prop == SKOS.inScheme and str(obj) in schemes and "scheme" not in value:
                value["scheme"] = schemes[str(obj)]
            elif prop == SKOS.notation and isinstance(obj, Literal) and esco:
                pass  # ESCO's notation names the kind of concept ("Skill"); the code is in the IRI
            elif prop == SKOS.notation and isinstance(obj, Literal) and "code" not in value:
                value["code"] = str(obj)
            elif prop == OWL.versionInfo and isinstance(obj, Literal) and "scheme_version" not in value:
                value["scheme_version"] = str(obj)
            elif (prop == SKOS.prefLabel and isinstance(obj, Literal) and obj.language in languages
                  and obj.language not in value.get("label", {})):
                value.setdefault("label", {})[obj.language] = str(obj)
            elif prop == _kll("conceptIri") and isinstance(node, BNode) and "concept_iri" not in value:
                value["concept_iri"] = str(obj)
            else:
                continue
            read.append((prop, obj))
        if esco:
            value.setdefault("scheme", pillar[0])
            value["code"] = str(node).rsplit("/", 1)[-1]
        if "scheme" not in value or "code" not in value:
            return _NO
        for prop, obj in read:
            self.use(node, prop, obj)
        for scheme in self.graph.objects(node, SKOS.inScheme):
            if (scheme, RDF.type, SKOS.ConceptScheme) in self.graph:
                self.use(scheme, RDF.type, SKOS.ConceptScheme)
        return value

    def unmapped(self) -> list[Finding]:
        """A finding for every property of the file the mapping did not read (one per node and
        property; a node of a class the mapping does not read is one finding for the node)."""
        findings = []
        unread_types = {}
        for node, _, cls in self.graph.triples((None, RDF.type, None)):
            if (node, RDF.type, cls) not in self.consumed:
                unread_types.setdefault(node, []).append(cls)
        whole = {node for node, classes in unread_types.items()
                 if not any((node, p, o) in self.consumed for p, o in self.graph.predicate_objects(node))}
        reported = set()
        for s, p, o in sorted(self.graph, key=lambda t: (str(t[0]), str(t[1]), str(t[2]))):
            if (s, p, o) in self.consumed or self._inside_unread(s):
                continue
            if s in whole:
                if s in reported:
                    continue
                reported.add(s)
                detail = "a node of class " + ", ".join(sorted(curie(str(c)) for c in unread_types[s])) + ", which the mapping does not read"
                findings.append(conversion_finding("convert.unmapped", self._location(s, None), detail))
                continue
            if (s, p) in reported:
                continue
            reported.add((s, p))
            detail = f"{curie(str(p))}" + (f" {curie(str(o))}" if p == RDF.type else "") + ": not carried by the mapping"
            findings.append(conversion_finding("convert.unmapped", self._location(s, p), detail))
        for node, prop, detail in self.notes:
            findings.append(conversion_finding("convert.unmapped", self._location(node, prop), detail))
        return findings

    def _inside_unread(self, node) -> bool:
        """A blank node that hangs from a triple already reported: its content is part of that value."""
        if not isinstance(node, BNode):
            return False
        return any((s, p, node) not in self.consumed for s, p in self.graph.subject_predicates(node))

    def _location(self, node, prop) -> Location:
        owner = self._owner(node)
        return Location(str(self.path), pointer=self.source.pointer(node, str(prop) if prop is not None else None),
                        focus_node=_shown(node, self.persons),
                        path=str(prop) if prop is not None else None, record_id=owner)

    def _owner(self, node, seen: frozenset = frozenset()) -> str | None:
        """The IRI of the nearest named node a blank node hangs from: the record it belongs to
        (None where that IRI may be personal data, see ``_shown``)."""
        if isinstance(node, URIRef):
            return _shown(node, self.persons)
        if node in seen:
            return None
        for parent in self.graph.subjects(None, node):
            owner = self._owner(parent, seen | {node})
            if owner is not None:
                return owner
        return None


def _hours(lexical: str) -> str | None:
    """``PT400H`` for a duration of whole hours in any spelling (``P16DT16H``); None otherwise."""
    match = re.fullmatch(r"P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", lexical)
    if not match or lexical in {"P", "PT"} or lexical.endswith("T"):
        return None
    days, hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    if minutes or seconds:
        return None
    return f"PT{days * 24 + hours}H"


#: Dates in the model are Swedish calendar days (decision record 0023).
SWEDISH_TIME = ZoneInfo("Europe/Stockholm")


def swedish_midnight(day: str) -> str | None:
    """``2023-01-01`` → ``2023-01-01T00:00:00+01:00``: the start of the day in Swedish time, so a
    reader in any zone that converts it back to Swedish time gets the same day; None for a value
    that is not a date."""
    if not _DATE.match(day):
        return None
    try:
        start = datetime.date.fromisoformat(day)
    except ValueError:
        return None
    return datetime.datetime(start.year, start.month, start.day, tzinfo=SWEDISH_TIME).isoformat()


def swedish_day(lexical: str) -> tuple[str, bool] | None:
    """The calendar day of an ``xsd:date`` or ``xsd:dateTime`` in Swedish time, and whether a time
    of day other than midnight was dropped. A date-time with a zone is converted to Swedish time
    (``1999-10-01T22:00:00Z`` is 2 October); one without a zone is a local time, whose day is
    taken as written. None for a value that is neither."""
    text = lexical.strip()
    if _DATE.match(text):
        try:
            return datetime.date.fromisoformat(text).isoformat(), False
        except ValueError:
            return None
    try:
        moment = datetime.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(SWEDISH_TIME)
    return moment.date().isoformat(), moment.time() != datetime.time(0)


def _number(lexical: str) -> Any:
    if _NUMBER.match(lexical):
        return int(lexical) if "." not in lexical else float(lexical)
    return lexical


def _sort_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _merge(data: dict, slot: SlotInfo, value: Any, raw: bool = False) -> None:
    """Add a value read for ``slot``: texts merge by language, lists grow, and a second value of a
    single-valued slot makes a list (not valid, so validation reports it — kept, not dropped)."""
    key = slot.name
    if slot.kind == "text" and isinstance(value, dict) and isinstance(data.get(key), dict):
        for language, text in value.items():
            if language in data[key]:
                data[key][language] = sorted([*(data[key][language] if isinstance(data[key][language], list) else [data[key][language]]),
                                              *(text if isinstance(text, list) else [text])])
            else:
                data[key][language] = text
    elif slot.multivalued:
        data.setdefault(key, []).extend(value if raw and isinstance(value, list) else [value])
    elif key in data:
        data[key] = sorted([*(data[key] if isinstance(data[key], list) else [data[key]]), value], key=_sort_key)
    else:
        data[key] = value


# --------------------------------------------------------------------------------------------
# The adapter


class ElmAdapter:
    """European Learning Model v3 (Europass) JSON-LD."""

    name = "elm"
    title = "European Learning Model (ELM v3) JSON-LD: qualifications, learning outcomes, awarding bodies, micro-credentials"
    suffixes = (".jsonld", ".json")

    def write(self, package: dict, path: Path) -> list[Finding]:
        """Write the qualification content of ``package`` as ELM JSON-LD; a warning for every
        record of a class this mapping does not export."""
        from ..artifacts.output import write_output

        index = model_index()
        writer = _Writer(index)
        referenced = _referenced_organisations(package, index)
        for container, position, class_name, record in records_of(package, index):
            pointer = f"/{container}/{position}"
            base = _BASE.get(class_name, class_name)
            why = None
            if base not in _BY_MODEL:
                why = "outside the ELM mapping"
            elif not isinstance(record, dict):
                why = "not a JSON object"
            elif container in _REFERENCED_ONLY and record.get("id") not in referenced:
                why = "not referred to by an exported record (as an awarding, deciding, applying or providing organisation)"
            if why is not None:
                writer.findings.append(conversion_finding("convert.not-representable", Location(str(path), pointer=pointer),
                                                          f"a record of class {class_name}: {why}"))
                continue
            writer.record(record, class_name, pointer, path)
        own = {key: value for key, value in package.items() if key not in index.containers}
        if own:
            writer.package_values(own)
        writer.findings.extend(without_oversized_integers(writer.graph, path))
        # the records of learners may be in it: owner-only, never through a symbolic link
        write_output(path, json.dumps(_document(writer.graph), ensure_ascii=False, indent=2) + "\n", private=True)
        return writer.findings

    def read(self, path: Path) -> Imported:
        """Read ELM JSON-LD into a data package; ``ConversionError`` when the file is not JSON-LD
        with ELM content."""
        index = model_index()
        graph, source, document, unread = _parse(path)
        package_node = URIRef(index.classes[index.root].uri)
        has_elm = any(str(cls).startswith(ELM_NAMESPACE) for cls in graph.objects(None, RDF.type))
        if not has_elm and (None, RDF.type, package_node) not in graph and not (len(graph) == 0 and _declares_elm(document)):
            raise ConversionError(f"{path}: JSON-LD, but not ELM: no node has a class of the ELM vocabulary ({ELM_NAMESPACE})",
                                  Location(str(path)))
        reader = _Reader(graph, source, path, index)
        package: dict = {}
        for node in graph.subjects(RDF.type, package_node):
            reader.use(node, RDF.type, package_node)
            for prop, obj in graph.predicate_objects(node):
                if prop != RDF.type:
                    reader.use(node, prop, obj)
                    reader._copy_tree(obj, Graph())
            package.update(RdfToJson(index).node(graph, node, index.classes[index.root]))
        package.pop("id", None)
        found: list[tuple[str, dict, _Origin]] = []
        for node, class_name in _record_nodes(graph, index):
            data, origin = reader.record(node, class_name)
            found.append((class_name, data, origin))
        origins: dict[tuple[str, int], _Origin] = {}
        found.sort(key=lambda item: (str(item[1].get("id", "")), item[0]))
        for class_name, data, origin in found:
            container = container_of(index, class_name)
            if class_name != index.containers[container]:
                data = {"type": class_name, **data}
            records = package.setdefault(container, [])
            origins[(container, len(records))] = origin
            records.append(data)
        findings = [conversion_finding("convert.unmapped", Location(str(path), pointer=pointer), detail) for pointer, detail in unread]
        findings += [conversion_finding("convert.unmapped", Location(str(path), pointer=pointer),
                                        f"{_shorten(key)}: a key the JSON-LD context does not define (it expands to no IRI), "
                                        "so nothing under it is read")
                     for pointer, key in source.undefined]
        findings += reader.invalid
        findings += reader.unmapped()
        imported = Imported(package, findings, _locator(path, source, origins, reader.persons))
        reviews = [_swedish_not_required] if _issued_abroad(graph, package) else []
        registered_abroad = _registered_abroad(package, index, origins, source)
        if registered_abroad:
            reviews.append(lambda finding: _organisation_number_not_required(finding, registered_abroad))
        if reviews:
            imported.review = lambda finding: _reviewed(finding, reviews)
        return imported

    def mapping(self) -> list[MappingRow]:
        return mapping_rows()

    def standard(self) -> StandardDefinition:
        return standard()


#: IRI schemes that name a person's or an organisation's mailbox or telephone: personal data.
_PRIVATE_SCHEMES = ("mailto:", "tel:", "sms:")


def _person_nodes(graph: Graph, index: ModelIndex) -> frozenset:
    """The nodes of persons (ELM's, FOAF's and the model's class): data subjects."""
    classes = {_elm("Person"), FOAF.Person, URIRef(index.classes["Person"].uri)}
    return frozenset(node for cls in classes for node in graph.subjects(RDF.type, cls))


def _shown(node, persons: frozenset) -> str | None:
    """A node's IRI as a report may show it: None for a blank node, for a mailbox or telephone
    IRI (``mailto:``, ``tel:``) and for the IRI of a person, which may be personal data (promise
    5 of the design); the JSON Pointer of a finding still says where it is."""
    if not isinstance(node, URIRef) or node in persons or str(node).lower().startswith(_PRIVATE_SCHEMES):
        return None
    return str(node)


def _issued_abroad(graph: Graph, package: dict) -> bool:
    """Whether the file is a credential issued abroad (decision record 0021): the country of its
    issuer (the credential's ``cred:issuer``, or the micro-credential's issuer country) is known
    and none of them is Sweden."""
    countries: set = set()
    for record in package.get("micro_credentials", []):
        value = record.get("issuer_country") if isinstance(record, dict) else None
        # a second country read for one credential makes a list (reported by validation): each counts
        countries.update(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str))
    for credential in graph.subjects(RDF.type, _elm("EuropeanDigitalCredential")):
        for issuer in graph.objects(credential, CRED.issuer):
            for location in graph.objects(issuer, _elm("location")):
                for address in graph.objects(location, _elm("address")):
                    countries.update(_COUNTRY_CODES.get(str(code), str(code)) for code in graph.objects(address, _elm("countryCode")))
    return bool(countries) and "SE" not in countries


def _swedish_not_required(finding: Finding) -> Finding:
    """A missing Swedish text in a credential issued abroad: kept as issued, reported as
    information (decision record 0021), the rule that would have applied named in the detail."""
    if not finding.rule.endswith(".swedish"):
        return finding
    return conversion_finding("convert.swedish-not-required", finding.location, f"{finding.rule}: no Swedish text")


def _reviewed(finding: Finding, reviews: list[Callable[[Finding], Finding]]) -> Finding:
    for review in reviews:
        finding = review(finding)
    return finding


def _registered_abroad(package: dict, index: ModelIndex, origins: dict, source: _Source) -> dict[str, list[str]]:
    """Where in the file each organisation is (the JSON Pointer its findings are located at) that
    has no organisationsnummer and whose registrations name another country than Sweden, with
    those countries (decision record 0022)."""
    found: dict[str, list[str]] = {}
    for container, position, class_name, record in records_of(package, index):
        if _BASE.get(class_name, class_name) != "Organisation" or not isinstance(record, dict) or "organisation_number" in record:
            continue
        registrations = record.get("registrations") if isinstance(record.get("registrations"), list) else []
        countries = sorted({r["issuing_country"] for r in registrations
                            if isinstance(r, dict) and isinstance(r.get("issuing_country"), str)} - {"SE"})
        origin = origins.get((container, position))
        pointer = source.pointer(origin.node) if origin is not None else None
        if countries and pointer is not None:
            found[pointer] = countries
    return found


def _organisation_number_not_required(finding: Finding, registered_abroad: dict[str, list[str]]) -> Finding:
    """The organisationsnummer recommendation for an organisation registered abroad: the
    recommendation is for Swedish organisations, and a Swedish check never judges a foreign
    identifier (decision record 0022); reported as information, the rule that would have applied
    and the countries of registration named in the detail."""
    countries = registered_abroad.get(finding.location.pointer or "")
    if not finding.rule.endswith(".organisation_number.recommended") or countries is None:
        return finding
    return conversion_finding("convert.organisation-number-not-required", finding.location,
                              f"{finding.rule}: registered in {', '.join(countries)}")


def _record_nodes(graph: Graph, index: ModelIndex) -> list[tuple[Any, str]]:
    """(node, model class) for every node that is a record: a named node of a mapped class, or a
    blank one that nothing points to (a record without an identifier). A qualification that is
    the specification of an achievement (``elm:specifiedBy``, as EDC credentials give it) is read
    as part of that micro-credential, not as a record of its own."""
    found = []
    subclass_of = {URIRef(index.classes[name].uri): name for name in _BASE}
    specifications = {spec for achievement in graph.subjects(RDF.type, _elm("LearningAchievement"))
                      for spec in graph.objects(achievement, _SPEC.prop)}
    # the learning opportunity an achievement was obtained through is part of the credential's
    # story, not an offering of a catalogue: not an education event (reported as not read)
    taken = {opportunity for achievement in graph.subjects(RDF.type, _elm("LearningAchievement"))
             for opportunity in graph.objects(achievement, _elm("learningOpportunity"))}
    for cmap in CLASS_MAPS:
        for node in set(graph.subjects(RDF.type, cmap.elm)):
            if isinstance(node, BNode) and (None, None, node) in graph:
                continue
            if (cmap.model == "Qualification" and node in specifications) or (cmap.model == "EducationEvent" and node in taken):
                continue
            if cmap.marker and cmap.marker not in graph.predicate_objects(node):
                continue
            subclasses = [subclass_of[t] for t in graph.objects(node, RDF.type) if t in subclass_of]
            found.append((node, subclasses[0] if subclasses else cmap.model))
    return found


def _locator(path: Path, source: _Source, origins: dict, persons: frozenset) -> Callable[[str], Location | None]:
    """``Imported.locate``: a package pointer → the ELM node (and property) it was read from."""

    def locate(pointer: str) -> Location | None:
        parts = pointer.split("/")[1:]
        if len(parts) < 2 or not parts[1].isdigit():
            return None
        origin = origins.get((parts[0], int(parts[1])))
        if origin is None:
            return None
        record_id = _shown(origin.node, persons)
        if len(parts) > 2 and parts[2] in origin.slots:
            node, prop = origin.slots[parts[2]]
            return Location(str(path), pointer=source.pointer(node, prop), record_id=record_id, path=prop,
                            focus_node=_shown(node, persons))
        return Location(str(path), pointer=source.pointer(origin.node), record_id=record_id,
                        focus_node=record_id)

    return locate


# --------------------------------------------------------------------------------------------
# The mapping table

#: The 16 elements of Council Recommendation 2022/C 243/02, Annex I (1–11 mandatory, 12–16
#: optional): element, model slot of MicroCredential, how ELM carries it.
MICRO_CREDENTIAL_ELEMENTS: tuple[tuple[str, str, str], ...] = (
    ("1 identification of the learner", "learner", "the elm:Person that elm:hasClaim the elm:LearningAchievement (the credential's credentialSubject)"),
    ("2 title of the micro-credential", "title", "dcterms:title of the elm:LearningAchievement"),
    ("3 country or region of the issuer", "issuer_country",
     "elm:awardedBy/elm:location/elm:address/elm:countryCode, or the awarding body's elm:location/elm:address/elm:countryCode "
     "(EU country table; outside it kll:issuerCountry); the model holds one country and no region"),
    ("4 awarding body", "awarding_body", "elm:awardedBy/elm:awardingBody (elm:Organisation)"),
    ("5 date of issuing", "issued", "elm:awardedBy/elm:awardingDate, or the credential's validFrom; the day in Swedish time (decision record 0023)"),
    ("6 learning outcomes", "has_learning_outcome", "elm:specifiedBy/elm:learningOutcome (elm:LearningOutcome)"),
    ("7 notional workload", "notional_workload",
     "elm:specifiedBy/elm:creditPoint (ECTS or another system), or elm:volumeOfLearning (notional hours) where there are no credit points"),
    ("8 level", "credential_levels",
     "elm:specifiedBy/elm:EQFLevel; QF-EHEA cycles and not-applicable as kll:credentialLevel; national levels (elm:NQFLevel) in national_qualification_levels"),
    ("9 type of assessment", "assessment_types",
     "elm:provenBy/elm:specifiedBy/dcterms:type (elm:LearningAssessment, elm:LearningAssessmentSpecification); a concept outside the project's list is read as other"),
    ("10 form of participation", "participation_form", "elm:specifiedBy/elm:mode"),
    ("11 type of quality assurance", "quality_assurance", "elm:specifiedBy/elm:accreditation/dcterms:description (elm:Accreditation)"),
    ("12 prerequisites", "entry_requirements", "elm:specifiedBy/elm:entryRequirement (elm:Note)"),
    ("13 supervision and identity verification", "supervision_verification", "elm:provenBy/elm:idVerification (elm:LearningAssessment)"),
    ("14 grade", "grade", "elm:provenBy/elm:grade (elm:Note)"),
    ("15 integration and stackability", "stackability",
     "no ELM v3 property found: kll:stackability, and kll:stackableTowards for the qualifications it stacks towards"),
    ("16 further information", "further_information", "elm:additionalNote (elm:Note) of the elm:LearningAchievement"),
)

#: ELM classes the mapping does not read, with the reason; every property the EDC profile gives
#: such a class is unmapped for the same reason (each is one unmapped finding when met).
_NOT_READ = (
    ("elm:EuropeanDigitalCredential", "the sealed credential around an achievement: its proof, issuer seal and display are not model data; "
                                      "the person and achievement it carries are read, and its validFrom is the micro-credential's date of issue"),
    ("cred:VerifiableCredential", "the W3C credential the EDC credential is: not model data (see elm:EuropeanDigitalCredential)"),
    ("elm:EuropeanDigitalPresentation", "a presentation of credentials to a verifier: not model data"),
    ("cred:VerifiablePresentation", "a presentation of credentials to a verifier: not model data"),
    ("elm:DisplayParameter", "how a credential is displayed: not model data"),
    ("elm:IndividualDisplay", "how a credential is displayed: not model data"),
    ("elm:DisplayDetail", "how a credential is displayed: not model data"),
    ("elm:MediaObject", "images and attachments of a credential: not model data"),
    ("elm:ShaclValidator2017", "the credential's schema reference: not model data"),
    ("elm:VerificationCheck", "the result of checking a credential's seal: not model data"),
    ("elm:LearningActivity", "the model records no learning activities of a person"),
    ("elm:LearningActivitySpecification", "the model records no learning activity specifications"),
    ("elm:LearningEntitlement", "the model records no entitlements"),
    ("elm:LearningEntitlementSpecification", "the model records no entitlements"),
    ("elm:Evidence", "evidence belongs to the model's Achievement (individual module), which this adapter does not export"),
    ("elm:Claim", "read only as its subclasses the model has (elm:LearningAchievement)"),
    ("elm:ContactPoint", "the model's contact data is kept as vcard/dcat, as the project's RDF writes it; ELM's contact point classes are not mapped"),
    ("elm:Mailbox", "the model's contact data is kept as vcard/dcat; ELM's contact point classes are not mapped"),
    ("elm:Phone", "the model's contact data is kept as vcard/dcat; ELM's contact point classes are not mapped"),
    ("elm:Group", "the model has no groups of organisations"),
    ("elm:GradingScheme", "the model holds the grade as written, not its scheme"),
    ("elm:ShortenedGrading", "the model holds the grade as written, not its distribution"),
    ("elm:ResultDistribution", "the model holds the grade as written, not its distribution"),
    ("elm:ResultCategory", "the model holds the grade as written, not its distribution"),
    ("elm:Grant", "the model records no grants"),
    ("elm:PriceDetail", "prices of offerings are the offering module's concern"),
    ("elm:Amount", "prices of offerings are the offering module's concern"),
    ("dcterms:PeriodOfTime", "periods of learning activities: the model records no learning activities of a person"),
    ("locn:Geometry", "the model holds no coordinates"),
    ("elm:Identifier", "identifiers other than legal ones (student numbers, credential numbers): the model's identifiers are IRIs"),
    ("elm:Agent", "read only as its subclasses the model has (elm:Organisation, elm:Person)"),
    ("elm:Specification", "read only as its subclasses the model has (elm:Qualification, elm:LearningAchievementSpecification)"),
)


def _steps(cmap: ClassMap, rule: Rule) -> list[tuple[str, str]]:
    """The (class, property) pairs of the standard a rule goes through, in CURIEs: each hop from
    the class it starts at, then the property that holds the value on the class that holds it."""
    pairs, here = [], cmap.elm
    for hop in rule.path:
        pairs.append((curie(str(hop.cls)), curie(str(hop.prop))) if hop.reverse else (curie(str(here)), curie(str(hop.prop))))
        here = hop.cls
    holder = _elm("Person") if rule.reverse else here
    pairs.append((curie(str(holder)), curie(str(rule.prop))))
    return pairs


#: Inside the value shapes: the standard's elements a shape reads and writes besides the rule's own.
_SHAPE_ELEMENTS = {
    "credit": (("elm:CreditPoint", "elm:point"), ("elm:CreditPoint", "elm:framework")),
    "identifier": (("elm:LegalIdentifier", "skos:notation"), ("elm:LegalIdentifier", "dcterms:spatial"), ("elm:LegalIdentifier", "elm:schemeName")),
    "foreign-identifier": (("elm:LegalIdentifier", "skos:notation"), ("elm:LegalIdentifier", "dcterms:spatial"), ("elm:LegalIdentifier", "elm:schemeName")),
}


def mapping_rows(index: ModelIndex | None = None) -> list[MappingRow]:
    """The published ELM mapping table, one row per element of the standard that a rule goes
    through (``Class/property`` as the EDC profile spells it; the rule's whole path in the note),
    the classes, what is not read and why, and the 16 micro-credential elements.

    Model content that ELM has no element for is kept under the model's own IRIs (``preserved_iri``)
    so a round trip is lossless; those are the model's properties, not the standard's, and are not
    rows of the standard's elements. The slots a rule writes under a model property on purpose
    (``kll:relatedOccupation``…) are declared losses: rows of their own, group
    ``kept-outside-elm``, unmapped with the reason (decision record 0020)."""
    index = index or model_index()
    rows: list[MappingRow] = []
    kept: list[MappingRow] = []
    for cmap in CLASS_MAPS:
        rows.append(MappingRow(curie(str(cmap.elm)), "mapped", cmap.model, note=cmap.note))
        classes = [cmap.model, *(name for name, base in _BASE.items() if base == cmap.model)]
        for rule in cmap.rules:
            if rule.prop == _ALIAS_NATIONAL_ID:
                continue  # named in the note of the elm:nationalId rows
            owner = next((name for name in classes if rule.slot in index.classes[name].slots), cmap.model)
            pairs = _steps(cmap, rule)
            path = "/".join(prop for _, prop in pairs)
            note = f"{curie(str(cmap.elm))}: {path}" + (f"; {rule.note}" if rule.note else "")
            if str(rule.prop).startswith(MODEL_NAMESPACE):
                # a declared loss (decision record 0020): ELM has no property for the slot's values
                kept.append(MappingRow(curie(str(rule.prop)), "unmapped", f"{owner}.{rule.slot}", group="kept-outside-elm",
                                       reason=f"no ELM v3 property: written and read as {path} on the {curie(str(cmap.elm))}"
                                              + (f"; {rule.note}" if rule.note else "")))
            for cls, prop in [*pairs, *_SHAPE_ELEMENTS.get(rule.shape, ())]:
                if cls.startswith("kll:") or prop.startswith("kll:"):
                    continue  # the model's own property: not an element of the standard
                rows.append(MappingRow(f"{cls}/{prop}", "mapped", f"{owner}.{rule.slot}", note=note))
    rows += [
        MappingRow("elm:AwardingProcess", "mapped", "MicroCredential", note="awarding bodies, date and country of the award"),
        MappingRow("elm:AwardingOpportunity", "mapped", "Qualification", note="the awarding bodies of a qualification"),
        MappingRow("elm:LearningAchievementSpecification", "mapped", "MicroCredential",
                   note="the micro-credential's own specification (elm:specifiedBy), also as its subclass elm:Qualification"),
        MappingRow("elm:LearningAssessment", "mapped", "MicroCredential", note="identity verification, grade and assessment type"),
        MappingRow("elm:LearningAssessmentSpecification", "mapped", "MicroCredential.assessment_types"),
        MappingRow("elm:CreditPoint", "mapped", "CreditPoints"),
        MappingRow("elm:Note", "mapped", "LocalizedText", note="elm:noteLiteral in each language the model holds (sv, en)"),
        MappingRow("elm:WebResource", "mapped", "Qualification.homepage",
                   note="elm:contentUrl (the EDC context's term contentURL); also Organisation.homepage and LevelPlacementDecision.decision_document"),
        MappingRow("elm:LegalIdentifier", "mapped", "ForeignIdentifier",
                   note="Swedish (dcterms:spatial Sweden): Organisation.organisation_number, Person.personal_identity_number; "
                        "another country: Organisation.registrations, Person.national_identifiers (decision record 0022)"),
        MappingRow("skos:Concept", "mapped", "ConceptReference",
                   note="skos:inScheme, skos:notation, owl:versionInfo, skos:prefLabel; the concept's IRI is the node"),
        MappingRow("skos:ConceptScheme", "mapped", "ConceptReference.scheme", note="the project's schemes only"),
        MappingRow("dcterms:Location", "mapped", "MicroCredential.issuer_country", note="only the country of its elm:Address"),
        MappingRow("elm:Address", "mapped", "MicroCredential.issuer_country", note="only its elm:countryCode"),
        MappingRow("elm:Address/elm:countryCode", "mapped", "MicroCredential.issuer_country", note="only of the award's or awarding body's location"),
        MappingRow("elm:LearningAchievement/elm:learningOpportunity", "unmapped",
                   reason="the learning opportunity an achievement was obtained through is part of the credential, not an offering: "
                          "it is not read as an EducationEvent (a learning opportunity on its own is)"),
    ]
    profile = standard().elements
    # the properties of a learning opportunity no rule of EducationEvent uses (as they were before
    # education events were written: declared, not missing)
    used = {row.element for row in rows}
    rows += [MappingRow(element, "unmapped", reason="not mapped: an education event's schedule, places, application, fees, "
                                                     "locations and languages keep the model's own IRIs (the EMIL3 adapter carries them); "
                                                     "read from a foreign file, it is reported as convert.unmapped")
             for element in profile if element.startswith("elm:LearningOpportunity/") and element not in used]
    for element, reason in _NOT_READ:
        rows.append(MappingRow(element, "unmapped", reason=reason))
        rows += [MappingRow(other, "unmapped", reason=f"a property of {element}, which is not read: {reason}")
                 for other in profile if other.startswith(f"{element}/")]
    rows += [MappingRow(element, "mapped", f"MicroCredential.{slot}", note=note, group="micro-credential")
             for element, slot, note in MICRO_CREDENTIAL_ELEMENTS]
    # model slots whose values ELM has no property for: kept under the model's own IRI, counted
    # as a group of their own so that `kll mapping coverage elm` shows every such loss
    return rows + kept


def standard() -> StandardDefinition:
    """The EDC application profile's own elements (``elm_standard``): the yardstick of ``kll
    mapping coverage elm``."""
    from .elm_standard import standard as profile

    return profile(curie)


ADAPTER = ElmAdapter()


def used_terms() -> frozenset[str]:
    """Every IRI of the standard that the adapter reads or writes: the classes, properties and
    hops of ``CLASS_MAPS``, every term of the inline ``CONTEXT``, the classes the table declares
    unread, and the ones the code paths name outside the table. The model's own IRIs
    (``kll:``/``kllv:``, for what ELM has no element for) are not the standard's and not listed."""
    iris: set[str] = set()
    for cmap in CLASS_MAPS:
        iris.add(str(cmap.elm))
        if cmap.marker:
            iris.add(str(cmap.marker[0]))
        for rule in cmap.rules:
            iris.add(str(rule.prop))
            for hop in rule.path:
                iris.update((str(hop.prop), str(hop.cls)))
    context = Context().subcontext(CONTEXT)
    for term, definition in CONTEXT.items():
        if term.startswith("@") or term in PREFIXES or definition in ("@id", "@type"):
            continue
        iris.add(context.expand(term))
    for element, _ in _NOT_READ:
        iris.add(_expand(element))
    iris.update(str(iri) for iri in _CODE_PATH_TERMS)
    return frozenset(i for i in iris if not i.startswith((MODEL_NAMESPACE, KLLV)))


def _expand(element: str) -> str:
    prefix, _, name = element.partition(":")
    return PREFIXES[prefix] + name if prefix in PREFIXES else element


#: Standard terms the reading and writing code names outside the class maps.
_CODE_PATH_TERMS = (
    _elm("EuropeanDigitalCredential"), CRED.issuer, CRED.credentialSubject, _elm("location"), _elm("address"),
    _elm("countryCode"), _elm("Identifier"), _LEGAL_ID, _elm("schemeName"), DCTERMS.spatial, SKOS.notation,
    SKOS.inScheme, SKOS.prefLabel, SKOS.Concept, SKOS.ConceptScheme, _elm("CreditPoint"), _elm("point"), _elm("framework"),
    _elm("LearningAchievement"), _elm("specifiedBy"), _elm("learningOpportunity"),
)
