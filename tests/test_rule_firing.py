"""End to end: every rule of the rules stage and of the engine fires, alone, on a realistic input.

Acceptance criterion: "For every rule ID in the catalogue, a test feeds an input that produces
exactly that rule ID." The rules with origin ``generated`` (the SHACL / JSON Schema rules) are
covered by automatic mutation elsewhere; this file covers every rule with origin ``rules``
(``kll.validation.checks``) and ``engine`` (``input.*``, ``package.*``, ``record.*``, ``semantic.*``).

Each case starts from a copy of a real example data package (``examples/**/*.yaml``), changes one
thing, writes the result to a temporary file (YAML, JSON, JSON Lines, Turtle or JSON-LD, whichever
the rule is about) and runs ``kll.validate.validate`` on it, through every stage unless the rule
belongs to one stage only. Then:

* the rule IDs of all violations and warnings, minus the warnings that the *unmutated* input (the
  same example written the same way, validated the same way) already produces, are exactly the
  rule under test. Examples are conformant but some carry warnings of generated rules such as
  ``Concept.label.english`` (a Swedish-only label); those are subtracted, and the base input must
  itself have no violation. Where a rule cannot fire alone the case names the rules that
  necessarily fire with it, and why;
* one finding of the rule points at the place that was changed (a JSON Pointer into the file, or
  the line, or the RDF node);
* when the input holds a Person, no rendered report (text, JSON, JUnit, SARIF) contains the
  person's personnummer or name.

``test_every_rules_and_engine_rule_has_a_case`` keeps the cases complete: it fails naming any rule
of the catalogue with origin ``rules`` or ``engine`` that has no case here.

The people in the examples are Skatteverket's published test person and fictional; the second
person added in one case is fictional too.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from kll.artifacts import paths
from kll.validation.catalogue import catalogue
from kll.validation.identifiers import luhn_valid
from kll.validation.loaders import CONTEXT_IRI
from kll.artifacts.modelindex import model_index
from kll.validation.rdf_mapping import JsonToRdf
from kll.render import FORMATS, render
from kll.validation.report import Report, Stage
from kll.validation.severity import Severity
from kll.validate import ALL_STAGES, validate

EXAMPLES = paths.examples_dir()
COUNTED = {Severity.VIOLATION, Severity.WARNING}
SEMANTIC_ONLY = (Stage.SEMANTIC,)

# Example files, by a short name.
CONSENT = "individual/consent-and-sharing.yaml"
SUPPLEMENT = "individual/diploma-supplement.yaml"
CROSSWALK = "concepts/sun2020-ssyk2012-crosswalk.yaml"
GOVERNANCE = "governance/agency-register-and-decisions.yaml"
FLOWS = "governance/data-flows.yaml"
KOMVUX = "offering/komvux-sundsvall-matematik.yaml"
KTH = "offering/hs-kth-programmeringsteknik.yaml"
YRGO = "offering/yh-yrgo-automation.yaml"
NURSING = "offering/hs-miun-sjukskoterskeprogrammet.yaml"
CATALOGUE = "catalogue/skolverket-susa-navet.yaml"
LEVEL = "qualification/level-placement-decision.yaml"
MICRO = "qualification/micro-credential.yaml"
CNC = "labour/cnc-operator-sundsvall.yaml"
OUTLOOK = "labour/nurses-vasternorrland-outlook.yaml"
VPL = "individual/validation-of-prior-learning.yaml"
RESULTS = "individual/study-results.yaml"


@cache
def _example_text(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


def example(name: str) -> dict:
    """A fresh copy of an example data package, as plain data."""
    return copy.deepcopy(yaml.safe_load(_example_text(name)))


# --- writing inputs -----------------------------------------------------------------------------


def write_yaml(data: Any, path: Path) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def write_json(data: Any, path: Path) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def package_graph(data: dict) -> Graph:
    """The RDF graph of a data package, as the engine maps JSON records to RDF."""
    index = model_index()
    mapper = JsonToRdf(index)
    for key, records in data.items():
        container = index.containers.get(key)
        if container is None:
            continue
        for record in records:
            mapper.add_record(record, container)
    return mapper.graph


def write_turtle(data: dict, path: Path, extra: Callable[[Graph], None] | None = None) -> None:
    graph = package_graph(data)
    if extra is not None:
        extra(graph)
    path.write_text(graph.serialize(format="turtle"), encoding="utf-8")


def write_jsonld(data: dict, path: Path, context: Any = None) -> None:
    """Expanded JSON-LD of a data package (full IRIs), optionally with an ``@context``."""
    nodes = json.loads(package_graph(data).serialize(format="json-ld"))
    document: dict[str, Any] = {"@graph": nodes}
    if context is not None:
        document = {"@context": context, **document}
    write_json(document, path)


# --- the cases ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One rule, one input.

    ``write(directory, mutated)`` writes the input into ``directory`` and returns the paths to
    validate: the mutated input when ``mutated`` is true, else the unmutated base (None when the
    case has no base, e.g. a file that does not exist is compared with nothing).
    ``at`` is the location of one finding of the rule: attributes of ``Location`` that must match
    exactly; a callable value is a predicate on the attribute, and ``line_containing`` names the
    text of the line that ``Location.line`` must point at.
    """

    rule: str
    write: Callable[[Path, bool], list[Path] | None]
    at: dict = field(default_factory=dict)
    stages: tuple = ALL_STAGES
    class_name: str | None = None
    also: frozenset = frozenset()  # rules that necessarily fire with this one (see the case)
    persons: tuple = ()  # personal data of the input that no report may contain
    name: str | None = None  # pytest id, when one rule has several cases
    records: int | None = None  # how many records the mutated input must still have had checked
    profile: str | None = None  # the profile a rule that only a profile turns on is validated with
    during: Callable[[], Any] | None = None  # a context the mutated input is validated in (a check made to fail)

    @property
    def id(self) -> str:
        return self.name or self.rule


def _persons(data: Any) -> tuple:
    found = []
    if isinstance(data, dict):
        for person in data.get("persons", []) if isinstance(data.get("persons"), list) else []:
            if isinstance(person, dict):
                found += [str(person[k]) for k in ("personal_identity_number", "given_name", "family_name") if k in person]
    return tuple(found)


def mutated(rule: str, base: str, mutate: Callable[[dict], Any], *, at: dict, fmt: str = "yaml", also=(), stages=ALL_STAGES, name=None, profile=None) -> Case:
    """A case that changes one thing in a copy of example ``base`` and writes it as ``fmt``."""
    writer = {"yaml": write_yaml, "json": write_json}[fmt]
    persons = set(_persons(example(base)))
    changed = example(base)
    mutate(changed)
    persons |= set(_persons(changed))

    def write(directory: Path, apply: bool) -> list[Path]:
        data = example(base)
        if apply:
            mutate(data)
        path = directory / f"input.{fmt}"
        writer(data, path)
        return [path]

    if "file" not in at:
        at = {**at, "file": lambda value: value.endswith(f"input.{fmt}")}
    return Case(rule, write, at, tuple(stages), None, frozenset(also), tuple(sorted(persons)), name, profile=profile)


def ptr(value: str) -> dict:
    return {"pointer": value}


def record(container: str, position: int, rest: str = "") -> dict:
    return {"record": position, "pointer": f"/{container}/{position}{rest}"}


def by_id(records: list, identifier_end: str) -> dict:
    matches = [r for r in records if isinstance(r, dict) and str(r.get("id", "")).endswith(identifier_end)]
    assert len(matches) == 1, identifier_end
    return matches[0]


def luhn_complete(nine: str) -> str:
    """The ten digits ``nine`` followed by their Luhn check digit."""
    for digit in "0123456789":
        if luhn_valid(nine + digit):
            return nine + digit
    raise AssertionError(nine)


def luhn_wrong(nine: str) -> str:
    return nine + str((int(luhn_complete(nine)[-1]) + 1) % 10)


# --- mutations: the rules stage -----------------------------------------------------------------


def _set(path: str, value: Any) -> Callable[[dict], None]:
    """A mutation that sets the value at a slash-separated path (list positions as numbers)."""

    def apply(data: dict) -> None:
        *parents, last = path.strip("/").split("/")
        node: Any = data
        for step in parents:
            node = node[int(step)] if isinstance(node, list) else node[step]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return apply


def _delete(path: str) -> Callable[[dict], None]:
    def apply(data: dict) -> None:
        *parents, last = path.strip("/").split("/")
        node: Any = data
        for step in parents:
            node = node[int(step)] if isinstance(node, list) else node[step]
        del node[int(last) if isinstance(node, list) else last]

    return apply


def _all(*mutations: Callable[[dict], None]) -> Callable[[dict], None]:
    def apply(data: dict) -> None:
        for mutation in mutations:
            mutation(data)

    return apply

def _second_learner(data: dict) -> None:
    """The resulting achievement awarded to a second, fictional person."""
    data["persons"].append({"id": "urn:uuid:0b0e7d0e-4f1c-4c55-9a52-3c7e8e8f2a11", "given_name": "Elva", "family_name": "Elvasson"})
    data["achievements"][0]["learner"] = "urn:uuid:0b0e7d0e-4f1c-4c55-9a52-3c7e8e8f2a11"



def _without_receipts(data: dict) -> None:
    # The sharing receipt of consent-and-sharing.yaml is a use of the consent: a consent that is
    # broken in time (revoked before given, valid until before valid from) or withdrawn without a
    # time cannot cover any sharing, so with the receipt kept a SharingReceipt.consent.* rule fires
    # as well. The receipt is removed so that the consent rule is seen alone.
    del data["sharing_receipts"]


def _add_person(data: dict) -> str:
    other = {
        "id": "urn:uuid:0f5e2b7a-6c1d-4e8f-9a3b-2d4c6e8f0a1b",
        "given_name": "Greta",
        "family_name": "Testsson",
        "birth_date": "1985-05-05",
        "personal_identity_number": "19850505" + luhn_complete("850505238")[-4:],
    }
    data["persons"].append(other)
    return other["id"]


def _protected_subject(data: dict) -> None:
    """Marks the example's data subject as having protected personal data (decision record 0035)."""
    data["persons"][0]["protected_personal_data"] = True


def _receipt_subject_other_person(data: dict) -> None:
    data["sharing_receipts"][0]["data_subject"] = _add_person(data)


def _concept_broader_cycle(data: dict) -> None:
    # sun-2020-field/72 is narrower than /7; making /7 narrower than /72 closes a cycle of two.
    by_id(data["concepts"], "sun-2020-field/7")["broader"] = ["https://w3id.org/kll/id/scb/sun-2020-field/72"]


def _scb_ssyk_scheme(data: dict) -> None:
    # The SUN 2000 scheme of the example holds one deprecated concept; it becomes a scheme of SCB's
    # SSYK 2012 with a concept whose code, 1211, is an SCB unit group that Arbetsförmedlingen's
    # variant merges into 1210.
    scheme = by_id(data["concept_schemes"], "scheme/sun-2000-field")
    scheme["scheme"], scheme["scheme_version"] = "ssyk-2012", "2012"
    by_id(data["concepts"], "sun-2000-field/0")["code"] = "1211"


def _deprecated_broader(data: dict) -> None:
    # The current SUN 2020 concept 0 gets the deprecated SUN 2000 concept 0 as its broader concept.
    by_id(data["concepts"], "sun-2020-field/0")["broader"] = ["https://w3id.org/kll/id/scb/sun-2000-field/0"]


def _mapping_from_deprecated(data: dict) -> None:
    # The subject of the crosswalk's first mapping, SUN 2020 723a, is deprecated in favour of its
    # broader concept 723 (as a taxonomy version can do), and the crosswalk still maps it.
    concept = by_id(data["concepts"], "sun-2020-field/723a")
    concept["deprecated"], concept["replaced_by"] = True, "https://w3id.org/kll/id/scb/sun-2020-field/723"


def _match_to_deprecated_without_replacement(data: dict) -> None:
    # SUN 2000 concept 0 loses its replacement, and the current SUN 2020 concept 0 still declares
    # it an exact match: the warning says it has no replacement.
    del by_id(data["concepts"], "sun-2000-field/0")["replaced_by"]
    by_id(data["concepts"], "sun-2020-field/0")["exact_match"] = ["https://w3id.org/kll/id/scb/sun-2000-field/0"]


def _second_decision_record(data: dict) -> dict:
    return by_id(data["decision_records"], "decision/0007")


def _decision_status(status: str) -> Callable[[dict], None]:
    def apply(data: dict) -> None:
        _second_decision_record(data)["decision_status"] = status

    return apply


def _decision_outcomes_without_autonomy(data: dict) -> None:
    decision = data["level_placement_decisions"][0]
    decision["has_learning_outcome"] = [o for o in decision["has_learning_outcome"] if not o.endswith(("-a1", "-a2"))]


def _duplicate_learning_outcome(data: dict) -> None:
    data["learning_outcomes"].append(copy.deepcopy(data["learning_outcomes"][0]))


def _temporal_coverage(data: dict) -> None:
    data["datasets"][0]["temporal_coverage"] = {"start_date": "2020-01-01", "end_date": "2019-12-31"}


ORG_WITH_GROUP_DIGIT_1 = luhn_complete("551234567")[:6] + "-" + luhn_complete("551234567")[6:]
ORG_WITH_WRONG_CHECK_DIGIT = "556812-345" + luhn_wrong("556812345")[-1]
PIN_WRONG_CHECK_DIGIT = "19" + luhn_wrong("121212121")
PIN_NO_SUCH_DATE = "19" + luhn_complete("121312121")  # month 13: neither a date nor day + 60


# ConceptReference.scheme_version is a recommended slot: the generated warning
# ConceptReference.scheme_version.recommended fires whenever it is absent. The two rules that demand
# a scheme version for some schemes (local-scheme, versioned-scheme) fire when it is absent or empty;
# absent brings that warning, empty brings the violation ConceptReference.scheme_version.pattern
# instead. Neither can fire alone, and the case takes the lesser companion, the warning.
SCHEME_VERSION_ABSENT = {"ConceptReference.scheme_version.recommended"}


RULES_CASES = [
    mutated("Address.municipality_code.in-code-list", LEVEL, _set("organisations/1/address/municipality_code", "2299"),
            at=record("organisations", 1, "/address/municipality_code")),
    mutated("ApplicationDetails.application_deadline.after-start", KOMVUX,
            _set("education_events/0/application/application_deadline", "2025-09-30"),
            at=record("education_events", 0, "/application/application_deadline")),
    mutated("Concept.broader.no-cycle", CROSSWALK, _concept_broader_cycle, at=record("concepts", 1, "/broader/0")),
    mutated("Concept.code.in-code-list", CROSSWALK, _set("concepts/4/code", "723v"), at=record("concepts", 4, "/code")),
    mutated("Concept.code.ssyk-unconfirmed", CROSSWALK, _scb_ssyk_scheme, at=record("concepts", 8, "/code")),
    mutated("Concept.jobtech_concept_id.matches-code", CROSSWALK, _set("concepts/0/jobtech_concept_id", "bV8r_EjP_wxB"),
            at=record("concepts", 0, "/jobtech_concept_id")),
    mutated("Concept.replaced_by.not-self", CROSSWALK, _set("concepts/8/replaced_by", "https://w3id.org/kll/id/scb/sun-2000-field/0"),
            at=record("concepts", 8, "/replaced_by")),
    mutated("Concept.replaced_by.only-when-deprecated", CROSSWALK, _delete("concepts/8/deprecated"), at=record("concepts", 8, "/replaced_by")),
    mutated("ConceptAnnotation.annotated_text.matches-offsets", CROSSWALK, _set("concept_annotations/0/annotated_text", "sjuksköterskeexame"),
            at=record("concept_annotations", 0, "/annotated_text")),
    mutated("ConceptAnnotation.end_offset.after-start", CROSSWALK, _set("concept_annotations/1/end_offset", 71),
            at=record("concept_annotations", 1, "/end_offset")),
    mutated("ConceptReference.code.in-code-list", KOMVUX, _set("educations/0/subjects/0/code", "461q"),
            at=record("educations", 0, "/subjects/0/code")),
    mutated("ConceptReference.code.ssyk-unconfirmed", KOMVUX,
            _set("educations/0/subjects/0", {"scheme": "ssyk-2012", "code": "1211", "scheme_version": "2012"}),
            at=record("educations", 0, "/subjects/0/code")),
    mutated("ConceptReference.scheme_version.local-scheme", KTH,
            _set("educations/0/subjects/1", {"scheme": "local", "code": "DD1310"}),
            at=record("educations", 0, "/subjects/1/scheme_version"), also=SCHEME_VERSION_ABSENT),
    mutated("ConceptReference.scheme_version.matches-edition", KTH, _set("educations/0/subjects/1/scheme_version", "2011"),
            at=record("educations", 0, "/subjects/1/scheme_version")),
    mutated("ConceptReference.scheme_version.versioned-scheme", LEVEL, _delete("learning_outcomes/2/related_esco_skills/0/scheme_version"),
            at=record("learning_outcomes", 2, "/related_esco_skills/0/scheme_version"), also=SCHEME_VERSION_ABSENT),
    mutated("ConceptScheme.scheme_version.matches-edition", CROSSWALK, _set("concept_schemes/1/scheme_version", "2001"),
            at=record("concept_schemes", 1, "/scheme_version")),
    mutated("Consent.data_categories.protected-contact-data", CONSENT,
            _all(_protected_subject, _set("consents/0/data_categories", ["achievements", "qualifications", "contact-data"])),
            at=record("consents", 0, "/data_categories/2")),
    mutated("Consent.revoked_at.after-given", CONSENT,
            _all(_without_receipts, _set("consents/0/consent_status", "withdrawn"), _set("consents/0/revoked_at", "2025-03-03T10:00:00+01:00")),
            at=record("consents", 0, "/revoked_at")),
    mutated("Consent.revoked_at.only-when-revoked", CONSENT, _set("consents/0/revoked_at", "2025-04-01T09:00:00+02:00"),
            at=record("consents", 0, "/revoked_at")),
    mutated("Consent.revoked_at.required-when-revoked", CONSENT, _all(_without_receipts, _set("consents/0/consent_status", "withdrawn")),
            at=record("consents", 0, "/revoked_at")),
    mutated("Consent.retained_until.before-valid-until", CONSENT, _set("consents/0/retained_until", "2025-06-29"),
            at=record("consents", 0, "/retained_until")),
    mutated("Consent.valid_until.after-valid-from", CONSENT, _all(_without_receipts, _set("consents/0/valid_until", "2025-03-02")),
            at=record("consents", 0, "/valid_until")),
    mutated("CreditPoints.point_value.plausible", MICRO, _set("micro_credentials/0/notional_workload/point_value", 1500),
            at=record("micro_credentials", 0, "/notional_workload/point_value")),
    mutated("Credits.credit_minimum.not-above-value", KTH, _set("educations/0/credits/credit_minimum", 10),
            at=record("educations", 0, "/credits/credit_minimum")),
    mutated("Credits.credit_value.plausible", KTH, _set("educations/0/credits/credit_value", 7.25),
            at=record("educations", 0, "/credits/credit_value")),
    mutated("DataRequest.data_categories.protected-contact-data", CONSENT,
            _all(_protected_subject, _set("data_requests/0/data_categories", ["achievements", "contact-data"])),
            at=record("data_requests", 0, "/data_categories/1")),
    mutated("DataRequest.consent.required-when-shared", CONSENT, _delete("data_requests/0/consent"), at=record("data_requests", 0, "/consent")),
    mutated("DecisionRecord.date_accepted.required-for-status", GOVERNANCE, _delete("decision_records/1/date_accepted"),
            at=record("decision_records", 1, "/date_accepted")),
    mutated("DecisionRecord.date_deprecated.required-for-status", GOVERNANCE, _decision_status("deprecated"),
            at=record("decision_records", 1, "/date_deprecated")),
    mutated("DecisionRecord.date_rejected.required-for-status", GOVERNANCE, _decision_status("rejected"),
            at=record("decision_records", 1, "/date_rejected")),
    mutated("DecisionRecord.date_withdrawn.required-for-status", GOVERNANCE, _decision_status("withdrawn"),
            at=record("decision_records", 1, "/date_withdrawn")),
    mutated("DecisionRecord.last_updated.not-before-other-dates", GOVERNANCE, _set("decision_records/1/last_updated", "2025-05-13"),
            at=record("decision_records", 1, "/last_updated")),
    mutated("DecisionRecord.model_modules.required-for-scope", GOVERNANCE, _delete("decision_records/1/model_modules"),
            at=record("decision_records", 1, "/model_modules")),
    mutated("DecisionRecord.resolution.required-for-accepted-ecosystem", GOVERNANCE,
            _all(_set("decision_records/1/decision_scope", "ecosystem"), _delete("decision_records/1/resolution")),
            at=record("decision_records", 1, "/resolution")),
    mutated("DecisionRecord.superseded_by.only-when-superseded", GOVERNANCE,
            _set("decision_records/1/superseded_by", ["https://w3id.org/kll/id/decision/0003"]),
            at=record("decision_records", 1, "/superseded_by")),
    mutated("DecisionRecord.superseded_by.required-for-status", GOVERNANCE, _delete("decision_records/0/superseded_by"),
            at=record("decision_records", 0, "/superseded_by")),
    mutated("DiplomaSupplement.eqf_level.equals-seqf", SUPPLEMENT, _set("diploma_supplements/0/eqf_level", "7"),
            at=record("diploma_supplements", 0, "/eqf_level")),
    mutated("Education.degrees.only-when-degree", YRGO, _set("educations/0/leads_to_degree", False), at=record("educations", 0, "/degrees")),
    mutated("EducationEvent.application.before-start", KOMVUX, _set("education_events/0/application/application_deadline", "2026-01-20"),
            at=record("education_events", 0, "/application/application_deadline")),
    mutated("Execution.end_date.after-start", KOMVUX, _set("education_events/0/execution/end_date", "2026-01-09"),
            at=record("education_events", 0, "/execution/end_date")),
    mutated("Execution.execution_condition.fixed-dates", KOMVUX, _delete("education_events/0/execution/end_date"),
            at=record("education_events", 0, "/execution/end_date")),
    mutated("Fee.first_installment.not-above-amount", KTH, _set("education_events/0/fees/0/first_installment", 40000),
            at=record("education_events", 0, "/fees/0/first_installment")),
    mutated("LevelPlacementDecision.has_learning_outcome.all-categories", LEVEL, _decision_outcomes_without_autonomy,
            at=record("level_placement_decisions", 0, "/has_learning_outcome")),
    mutated("LevelPlacementDecision.seqf_level.matches-qualification", LEVEL, _set("level_placement_decisions/0/seqf_level", "6"),
            at=record("level_placement_decisions", 0, "/seqf_level")),
    mutated("LevelPlacementDecision.valid_until.after-valid-from", LEVEL, _set("level_placement_decisions/0/valid_until", "2023-03-01"),
            at=record("level_placement_decisions", 0, "/valid_until")),
    mutated("MappingSet.mappings.object-in-source", CROSSWALK, _set("mapping_sets/0/mappings/0/mapping_object/scheme", "ssyk-2012"),
            at=record("mapping_sets", 0, "/mappings/0/mapping_object/scheme")),
    mutated("MappingSet.mappings.subject-in-source", CROSSWALK,
            _all(_set("mapping_sets/0/mappings/1/mapping_subject/scheme", "sun-2000-field"),
                 _set("mapping_sets/0/mappings/1/mapping_subject/scheme_version", "2000")),
            at=record("mapping_sets", 0, "/mappings/1/mapping_subject/scheme")),
    # Rules that only the taxonomy-crosswalk-publisher profile turns on (checks/profile_rules.py).
    mutated("Mapping.mapping_predicate.skos", CROSSWALK, _set("mapping_sets/0/mappings/0/mapping_predicate", "http://www.w3.org/2002/07/owl#equivalentClass"),
            at=record("mapping_sets", 0, "/mappings/0/mapping_predicate"), profile="taxonomy-crosswalk-publisher"),
    # A subject (object) outside the project's schemes is also not from the set's source.
    mutated("Mapping.mapping_subject.project-scheme", CROSSWALK,
            _set("mapping_sets/0/mappings/0/mapping_subject", {"concept_iri": "http://purl.obolibrary.org/obo/HP_0000175", "label": {"sv": "Gomspalt", "en": "Cleft palate"}}),
            at=record("mapping_sets", 0, "/mappings/0/mapping_subject"), also=("MappingSet.mappings.subject-in-source",), profile="taxonomy-crosswalk-publisher"),
    mutated("Mapping.mapping_object.project-scheme", CROSSWALK,
            _set("mapping_sets/0/mappings/0/mapping_object", {"concept_iri": "http://purl.obolibrary.org/obo/MP_0000111", "label": {"sv": "Gomspalt", "en": "Cleft palate"}}),
            at=record("mapping_sets", 0, "/mappings/0/mapping_object"), also=("MappingSet.mappings.object-in-source",), profile="taxonomy-crosswalk-publisher"),
    mutated("MappingSet.subject_source.project-required", CROSSWALK, _delete("mapping_sets/0/subject_source"),
            at=record("mapping_sets", 0, "/subject_source"), profile="taxonomy-crosswalk-publisher"),
    mutated("MappingSet.object_source.project-required", CROSSWALK, _delete("mapping_sets/0/object_source"),
            at=record("mapping_sets", 0, "/object_source"), profile="taxonomy-crosswalk-publisher"),
    mutated("MappingSet.title.project-recommended", CROSSWALK, _delete("mapping_sets/0/title"),
            at=record("mapping_sets", 0, "/title"), profile="taxonomy-crosswalk-publisher"),
    mutated("MappingSet.mapping_set_version.project-recommended", CROSSWALK, _delete("mapping_sets/0/mapping_set_version"),
            at=record("mapping_sets", 0, "/mapping_set_version"), profile="taxonomy-crosswalk-publisher"),
    mutated("MappingSet.mapping_set_creators.project-recommended", CROSSWALK, _delete("mapping_sets/0/mapping_set_creators"),
            at=record("mapping_sets", 0, "/mapping_set_creators"), profile="taxonomy-crosswalk-publisher"),
    mutated("MicroCredential.credential_levels.not-applicable-alone", MICRO, _set("micro_credentials/0/credential_levels", ["eqf-5", "not-applicable"]),
            at=record("micro_credentials", 0, "/credential_levels/1")),
    mutated("Organisation.organisation_number.check-digit", MICRO, _set("organisations/0/organisation_number", ORG_WITH_WRONG_CHECK_DIGIT),
            at=record("organisations", 0, "/organisation_number")),
    mutated("Organisation.organisation_number.group-digit", MICRO, _set("organisations/0/organisation_number", ORG_WITH_GROUP_DIGIT_1),
            at=record("organisations", 0, "/organisation_number")),
    mutated("DataService.endpoint_url.https-when-not-public", CATALOGUE,
            _all(_set("data_services/0/access_rights", "RESTRICTED"), _set("data_services/0/endpoint_url", "http://api.skolverket.se/susa-navet/emil3")),
            at=record("data_services", 0, "/endpoint_url")),
    mutated("Period.end_date.after-start", CATALOGUE, _temporal_coverage, at=record("datasets", 0, "/temporal_coverage/end_date")),
    mutated("Person.personal_identity_number.check-digit", MICRO, _set("persons/0/personal_identity_number", PIN_WRONG_CHECK_DIGIT),
            at=record("persons", 0, "/personal_identity_number")),
    mutated("Person.personal_identity_number.valid-date", MICRO, _set("persons/0/personal_identity_number", PIN_NO_SUCH_DATE),
            at=record("persons", 0, "/personal_identity_number")),
    mutated("Qualification.eqf_level.equals-seqf", CONSENT, _set("qualifications/0/eqf_level", "6"), at=record("qualifications", 0, "/eqf_level")),
    mutated("Qualification.level_placement_decision.recommended-for-route", MICRO, _set("qualifications/0/level_placement_route", "myh-decision"),
            at=record("qualifications", 0, "/level_placement_decision")),
    mutated("SharingReceipt.data_categories.protected-contact-data", CONSENT,
            _all(_protected_subject, _set("consents/0/data_categories", ["achievements", "qualifications", "contact-data"]),
                 _set("sharing_receipts/0/data_categories", ["contact-data"])),
            at=record("sharing_receipts", 0, "/data_categories/0"), also=("Consent.data_categories.protected-contact-data",)),
    mutated("SharingReceipt.consent.category-not-covered", CONSENT, _set("sharing_receipts/0/data_categories", ["achievements", "qualifications", "grades"]),
            at=record("sharing_receipts", 0, "/data_categories/2")),
    mutated("SharingReceipt.consent.data-holder-mismatch", CONSENT, _set("sharing_receipts/0/data_holder", "https://w3id.org/kll/id/af/org/556901-2775"),
            at=record("sharing_receipts", 0, "/data_holder")),
    mutated("SharingReceipt.consent.data-subject-mismatch", CONSENT, _receipt_subject_other_person, at=record("sharing_receipts", 0, "/data_subject")),
    mutated("SharingReceipt.consent.not-active", CONSENT, _set("sharing_receipts/0/shared_at", "2025-07-01T10:00:00+02:00"),
            at=record("sharing_receipts", 0, "/shared_at")),
    mutated("SharingReceipt.consent.recipient-mismatch", CONSENT, _set("sharing_receipts/0/recipient", "https://w3id.org/kll/id/myh/org/556812-3458"),
            at=record("sharing_receipts", 0, "/recipient")),
    mutated("SharingReceipt.consent.refused", CONSENT, _set("consents/0/consent_status", "refused"), at=record("sharing_receipts", 0, "/consent")),
    mutated("SharingReceipt.consent.revoked", CONSENT,
            _all(_set("consents/0/consent_status", "revoked"), _set("consents/0/revoked_at", "2025-03-03T10:16:00+01:00")),
            at=record("sharing_receipts", 0, "/shared_at")),
    mutated("TimeLength.length_max.not-below-length", YRGO, _set("educations/0/extent/length_max", 1), at=record("educations", 0, "/extent/length_max")),
    mutated("identifier.duplicate", MICRO, _duplicate_learning_outcome, at=record("learning_outcomes", 3, "/id")),
    mutated("reference.deprecated-concept", CROSSWALK, _deprecated_broader, at=record("concepts", 0, "/broader/0")),
    mutated("reference.deprecated-concept", CROSSWALK, _mapping_from_deprecated, at=record("mapping_sets", 0, "/mappings/0/mapping_subject"),
            name="reference.deprecated-concept:mapping-subject"),
    mutated("reference.deprecated-concept", CROSSWALK, _match_to_deprecated_without_replacement, at=record("concepts", 0, "/exact_match/0"),
            name="reference.deprecated-concept:skos-match"),
    mutated("reference.unresolved", MICRO, _set("micro_credentials/0/awarding_body/0", "https://w3id.org/kll/id/myh/org/000000-0000"),
            at=record("micro_credentials", 0, "/awarding_body/0")),
    mutated("reference.wrong-class", MICRO,
            _set("micro_credentials/0/awarding_body/0", "https://w3id.org/kll/id/nordvik/learning-outcome/tg-k1"),
            at=record("micro_credentials", 0, "/awarding_body/0")),
    # --- governance.py: the register of data flows (issue 18)
    mutated("DataFlow.statutory_basis.required-for-personal-data", FLOWS, _delete("data_flows/1/statutory_basis"),
            at=record("data_flows", 1, "/statutory_basis")),
    mutated("DataFlow.secrecy_assessment.required-for-personal-data", FLOWS, _delete("data_flows/1/secrecy_assessment"),
            at=record("data_flows", 1, "/secrecy_assessment")),
    mutated("DataFlow.approval_date.required-when-approved", FLOWS, _delete("data_flows/0/approval_date"),
            at=record("data_flows", 0, "/approval_date")),
    mutated("DataFlow.review_due_date.passed", FLOWS, _set("data_flows/0/review_due_date", "2001-01-31"),
            at=record("data_flows", 0, "/review_due_date")),
    # --- labour.py, schemes.py (issue 17)
    mutated("concept-reference.scheme-fits-slot", CNC, _set("job_postings/0/required_skills/0/scheme", "esco-occupation"),
            at=record("job_postings", 0, "/required_skills/0/scheme")),
    mutated("concept-reference.jobtech-type-fits-slot", CNC,
            _set("job_postings/0/required_skills/0", {"scheme": "jobtech-taxonomy", "code": "vaEp_iBS_c5h", "scheme_version": "2020-06-24"}),
            at=record("job_postings", 0, "/required_skills/0/code")),
    mutated("ConceptReference.scheme.deprecated", LEVEL, _set("learning_outcomes/2/related_esco_skills/0/scheme", "esco"),
            at=record("learning_outcomes", 2, "/related_esco_skills/0/scheme")),
    mutated("JobPosting.application_deadline_of_posting.after-publication", CNC, _set("job_postings/0/application_deadline_of_posting", "2026-11-01"),
            at=record("job_postings", 0, "/application_deadline_of_posting")),
    mutated("JobPosting.employer.organisation-number", CNC, _delete("organisations/0/organisation_number"),
            at=record("job_postings", 0, "/employer"), also={"Organisation.organisation_number.recommended"}),
    mutated("JobPosting.county_code.matches-municipality", CNC, _set("job_postings/0/county_code", "24"),
            at=record("job_postings", 0, "/county_code")),
    mutated("JobPosting.county_code.in-code-list", CNC, _all(_delete("job_postings/0/workplace_address/municipality_code"), _set("job_postings/0/county_code", "29")),
            at=record("job_postings", 0, "/county_code")),
    mutated("JobPosting.employment_type.in-code-list", CNC, _set("job_postings/0/employment_type/code", "JFDz_Uyg_Nmy"),
            at=record("job_postings", 0, "/employment_type/code")),
    mutated("JobPosting.working_time.in-code-list", CNC, _set("job_postings/0/working_time/code", "0000_xxx_000"),
            at=record("job_postings", 0, "/working_time/code")),
    mutated("OccupationOutlook.county_code.in-code-list", OUTLOOK, _set("occupation_outlooks/0/county_code", "29"),
            at=record("occupation_outlooks", 0, "/county_code")),
    mutated("OccupationOutlook.issued.not-after-period", OUTLOOK, _set("occupation_outlooks/0/issued", "2028-01-02"),
            at=record("occupation_outlooks", 0, "/issued")),
    mutated("SkillsDemand.county_code.in-code-list", OUTLOOK, _set("skills_demands/0/county_code", "29"),
            at=record("skills_demands", 0, "/county_code")),
    mutated("SkillsDemand.municipality_code.in-code-list", OUTLOOK, _set("skills_demands/0/municipality_code", "2299"),
            at=record("skills_demands", 0, "/municipality_code")),
    mutated("SkillsDemand.county_code.matches-municipality", OUTLOOK, _set("skills_demands/0/municipality_code", "2480"),
            at=record("skills_demands", 0, "/county_code")),
    mutated("SkillsDemand.observation_value.fits-measure", OUTLOOK, _set("skills_demands/0/observation_value", 412.5),
            at=record("skills_demands", 0, "/observation_value")),
    # --- validation.py (issue 18)
    mutated("ValidationOfPriorLearning.assessed_against_qualifications.or-outcomes-or-standard", VPL,
            _all(_delete("validations_of_prior_learning/0/assessed_against_qualifications"), _delete("validations_of_prior_learning/0/assessed_against_outcomes")),
            at=record("validations_of_prior_learning", 0, "/assessed_against_qualifications")),
    mutated("ValidationOfPriorLearning.recognised_learning_outcomes.among-assessed", VPL,
            _all(_delete("validations_of_prior_learning/0/assessed_against_outcomes"), _delete("qualifications/0/has_learning_outcome/1")),
            at=record("validations_of_prior_learning", 0, "/recognised_learning_outcomes/1")),
    mutated("ValidationOfPriorLearning.validation_date.not-after-achievement", VPL, _set("validations_of_prior_learning/0/validation_date", "2025-04-30"),
            at=record("validations_of_prior_learning", 0, "/validation_date")),
    mutated("ValidationOfPriorLearning.resulting_achievement.same-learner", VPL, _second_learner,
            at=record("validations_of_prior_learning", 0, "/resulting_achievement")),
    mutated("ValidationOfPriorLearning.resulting_achievement.named-at-certification", VPL,
            _delete("validations_of_prior_learning/0/resulting_achievement"),
            at=record("validations_of_prior_learning", 0, "/resulting_achievement")),
    mutated("StudyResult.grade.in-scale", RESULTS, _set("study_results/0/grade", "VG"),
            at=record("study_results", 0, "/grade")),
    # --- eligibility.py (issue 18)
    mutated("EligibilityRequirement.eligibility_kind.specific-states-requirement", YRGO,
            _delete("educations/0/eligibility_requirements/1/course_requirements"),
            at=record("educations", 0, "/eligibility_requirements/1/eligibility_kind")),
    mutated("CourseRequirement.minimum_grade.grade-scale", NURSING,
            _set("educations/0/eligibility_requirements/1/course_requirements/1/minimum_grade", "F"),
            at=record("educations", 0, "/eligibility_requirements/1/course_requirements/1/minimum_grade")),
    mutated("Education.eligibility_requirements.higher-education-specific", NURSING,
            _all(_delete("educations/0/eligibility_requirements/1/eligibility_area"),
                 _delete("educations/0/eligibility_requirements/1/course_requirements"),
                 _set("educations/0/eligibility_requirements/1/description", {"sv": "Godkänt arbetsprov.", "en": "A passed work test."})),
            at=record("educations", 0, "/eligibility_requirements/1")),
]


# --- the engine: input, package, record and semantic rules --------------------------------------


def engine(rule: str, write: Callable[[Path, bool], list[Path] | None], *, at: dict, base: str | None = None, name=None, stages=ALL_STAGES,
           class_name=None, also=(), records=None, during=None) -> Case:
    persons = _persons(example(base)) if base else ()
    return Case(rule, write, at, tuple(stages), class_name, frozenset(also), persons, name, records, during=during)


def _ends(suffix: str) -> Callable[[Any], bool]:
    return lambda value: isinstance(value, str) and value.endswith(suffix)


def _package_writer(base: str, build: Callable[[dict, Path], Path], base_name: str = "input.yaml"):
    """Writes ``build(copy of base, directory)`` when mutated, else the example as YAML."""

    def write(directory: Path, apply: bool) -> list[Path]:
        data = example(base)
        if not apply:
            path = directory / base_name
            write_yaml(data, path)
            return [path]
        return [build(data, directory)]

    return write


def _only_version(data: dict, directory: Path) -> Path:
    # A data package that holds nothing but its model version: no record to validate.
    path = directory / "input.yaml"
    write_yaml({"conforms_to_model_version": data["conforms_to_model_version"]}, path)
    return path


def _unknown_extension(data: dict, directory: Path) -> Path:
    path = directory / "input.txt"
    write_yaml(data, path)
    return path


def _missing_file(data: dict, directory: Path) -> Path:
    return directory / "no-such-input.yaml"


def _directory_not_file(data: dict, directory: Path) -> Path:
    path = directory / "input.yaml"
    path.mkdir()
    return path


DEPTH = 10_000


def _deep_json(data: dict, directory: Path) -> Path:
    # A JSON array 10,000 levels deep inside an otherwise valid package, written by hand because
    # json.dumps would itself exceed Python's recursion limit.
    data["organisations"][0]["name"]["sv"] = "__DEEP__"
    path = directory / "input.json"
    path.write_text(json.dumps(data, ensure_ascii=False).replace('"__DEEP__"', "[" * DEPTH + "]" * DEPTH), encoding="utf-8")
    return path


def _deep_yaml(data: dict, directory: Path) -> Path:
    # 100 nested flow sequences (the limit is 64 levels).
    data["organisations"][0]["name"]["sv"] = "__DEEP__"
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False).replace("__DEEP__", "[" * 100 + "x" + "]" * 100)
    path = directory / "input.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _yaml_alias_bomb(data: dict, directory: Path) -> Path:
    # "Billion laughs": nine levels of ten aliases each expand to 10^9 nodes.
    lines = ["bomb:", "  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 10):
        lines.append(f"  l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]")
    path = directory / "input.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False) + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def _turtle_writer(base: str, extra: Callable[[Graph], None] | None, name: str = "input.ttl"):
    def write(directory: Path, apply: bool) -> list[Path]:
        path = directory / name
        write_turtle(example(base), path, extra if apply else None)
        return [path]

    return write


def _owl_import(graph: Graph) -> None:
    graph.add((URIRef("https://w3id.org/kll/id/example/dataset"), OWL.imports, URIRef("https://example.org/other.ttl")))


UNKNOWN_NODE = "https://w3id.org/kll/id/example/thing-1"


def _unknown_class(graph: Graph) -> None:
    graph.add((URIRef(UNKNOWN_NODE), RDF.type, URIRef("https://example.org/vocabulary/Gadget")))


def _jsonld_writer(base: str, remote: Any):
    def write(directory: Path, apply: bool) -> list[Path]:
        path = directory / "input.jsonld"
        write_jsonld(example(base), path, remote if apply else CONTEXT_IRI)
        return [path]

    return write


def _text_writer(base: str, name: str, damage: Callable[[str], str], only: str | None = None):
    """Writes the example (or only its list ``only``) re-serialised as ``name`` (format by
    extension), and damages the text when mutated."""

    def write(directory: Path, apply: bool) -> list[Path]:
        path = directory / name
        data = example(base)
        if only is not None:
            data = {only: data[only]}
        if name.endswith(".json"):
            write_json(data, path)
        elif name.endswith(".ttl"):
            write_turtle(data, path)
        else:
            write_yaml(data, path)
        if apply:
            path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
        return [path]

    return write


BROKEN_STATEMENT = "<https://w3id.org/kll/id/broken> <https://w3id.org/kll/model/note> ;; ."


def _broken_statement_before_last(marker: str) -> Callable[[str], str]:
    """Inserts ``BROKEN_STATEMENT`` before the last line that starts with ``marker``."""

    def damage(text: str) -> str:
        lines = text.splitlines(keepends=True)
        position = max(i for i, line in enumerate(lines) if line.startswith(marker))
        return "".join(lines[:position] + [BROKEN_STATEMENT + "\n\n"] + lines[position:])

    return damage


def _break_line_with(marker: str) -> Callable[[str], str]:
    """Ends the statement on the line holding ``marker`` with a stray ';;' and an open string."""

    def damage(text: str) -> str:
        lines = text.splitlines(keepends=True)
        position = next(i for i, line in enumerate(lines) if marker in line)
        lines[position] = lines[position].rstrip().removesuffix(".").rstrip() + ' ;; "\n'
        return "".join(lines)

    return damage


def _only_comments(data: dict, directory: Path) -> Path:
    # The example's leading comment and nothing else: a YAML file that holds no document at all.
    path = directory / "input.yaml"
    header = [line for line in _example_text(CONSENT).splitlines(keepends=True)[:10] if line.startswith("#")]
    assert header
    path.write_text("".join(header), encoding="utf-8")
    return path


def _deep_turtle_statement(text: str) -> str:
    # A statement about the first organisation whose object is a blank node nested 10,000 deep.
    return text + (
        "\n<https://w3id.org/kll/id/myh/org/556812-3458> <https://w3id.org/kll/model/note> "
        + "[ <https://w3id.org/kll/model/note> " * DEPTH + '"x"' + " ]" * DEPTH + " .\n"
    )


def _not_utf8(data: dict, directory: Path) -> Path:
    path = directory / "input.yaml"
    path.write_bytes(yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("latin-1", errors="replace"))
    return path


def _jsonl_writer(base: str, container: str, damage: Callable[[list], list]):
    """The records of one list of an example as JSON Lines, each with its type."""

    def write(directory: Path, apply: bool) -> list[Path]:
        index = model_index()
        records = [{"type": index.containers[container], **r} for r in example(base)[container]]
        path = directory / "input.jsonl"
        if apply:
            records = damage(records)
        path.write_text("".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        return [path]

    return write


def _jsonl_bad_second_line(records: list) -> list:
    return [records[0], '{"type": "Organisation", "id": \n']


def _jsonl_second_not_an_object(records: list) -> list:
    return [records[0], json.dumps([records[1]["id"]]) + "\n"]


def _jsonl_writer_latin1_second_line(base: str, container: str):
    """Like ``_jsonl_writer``, but the second line is encoded in Latin-1 when mutated."""

    def write(directory: Path, apply: bool) -> list[Path]:
        index = model_index()
        records = [{"type": index.containers[container], **r} for r in example(base)[container]][:2]
        lines = [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in records]
        if apply:
            assert any(ord(c) > 127 for c in json.dumps(records[1], ensure_ascii=False))
            lines[1] = json.dumps(records[1], ensure_ascii=False).encode("latin-1")
        path = directory / "input.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        return [path]

    return write


def _jsonl_missing(directory: Path, apply: bool) -> list[Path]:
    if apply:
        return [directory / "no-such-input.jsonl"]
    return _jsonl_writer(CONSENT, "organisations", lambda records: records)(directory, apply)


def _jsonl_second_without_type(records: list) -> list:
    second = dict(records[1])
    del second["type"]
    return [records[0], second]


def _two_files_second_untyped(directory: Path, apply: bool) -> list[Path]:
    # The package of consent-and-sharing.yaml and, in a JSON file of its own, one organisation of
    # it (with a new identifier) as a single record; its type names no class of the model.
    package = directory / "input.yaml"
    write_yaml(example(CONSENT), package)
    single = directory / "single.json"
    organisation = copy.deepcopy(example(CONSENT)["organisations"][1])
    organisation["id"] = "https://w3id.org/kll/id/af/org/other"
    organisation["type"] = "Organisation" if not apply else "Organization"
    write_json(organisation, single)
    return [package, single]


def _foreign_vocabulary_turtle(directory: Path, apply: bool) -> list[Path] | None:
    if not apply:
        return None
    # Data typed with another vocabulary's class only (schema:Course): SHACL would "conform" with
    # nothing checked. The node is also reported as being of a class the model does not know.
    path = directory / "input.ttl"
    path.write_text(
        "@prefix schema: <http://schema.org/> .\n"
        f"<{UNKNOWN_NODE}> a schema:Course ; schema:name \"Svetsning\"@sv .\n",
        encoding="utf-8",
    )
    return [path]


def _unchanged(data: dict, directory: Path) -> Path:
    path = directory / "input.yaml"
    write_yaml(data, path)
    return path


@contextmanager
def _failing_check(rule: str):
    """The check of ``rule`` failing as a bug in it would, with the object it checks (a person:
    personnummer, names) in the exception's message, which no report may repeat. A fresh engine
    picks the check up; the cached engine is back afterwards."""
    import kll.validation.checks.base as checks_base
    import kll.validation.engine as engine_module

    original = checks_base._REGISTRY[rule]

    def fail(obj, context):
        raise ValueError(f"cannot check {obj!r}")

    checks_base._REGISTRY[rule] = dataclasses.replace(original, function=fail)
    engines, engine_module._ENGINES = engine_module._ENGINES, {}
    try:
        yield
    finally:
        checks_base._REGISTRY[rule] = original
        engine_module._ENGINES = engines


def _records_in(name: str) -> int:
    return sum(len(value) for value in example(name).values() if isinstance(value, list))


ENGINE_CASES = [
    # A check that fails on the person (a bug, simulated): a finding on that record, and every
    # other record of the package still checked.
    engine("internal.error", _package_writer(CONSENT, _unchanged), base=CONSENT, records=_records_in(CONSENT),
           at={"file": _ends("input.yaml"), "record": 0, "pointer": "/persons/0"},
           during=lambda: _failing_check("Person.personal_identity_number.check-digit")),
    engine("input.empty", _package_writer(CONSENT, _only_version), base=CONSENT, at={"file": _ends("input.yaml")}),
    # A YAML file with comments only holds no document, so no record whose class could be unknown.
    engine("input.empty", _package_writer(CONSENT, _only_comments), base=CONSENT, at={"file": _ends("input.yaml")},
           name="input.empty:yaml-only-comments"),
    engine("input.format", _package_writer(CONSENT, _unknown_extension), base=CONSENT, at={"file": _ends("input.txt")}),
    engine("input.limit", _package_writer(CONSENT, _deep_json), base=CONSENT, at={"file": _ends("input.json")}, name="input.limit:json-10000-deep"),
    engine("input.limit", _package_writer(CONSENT, _deep_yaml), base=CONSENT, at={"file": _ends("input.yaml")}, name="input.limit:yaml-100-deep"),
    engine("input.limit", _package_writer(CONSENT, _yaml_alias_bomb), base=CONSENT, at={"file": _ends("input.yaml")}, name="input.limit:yaml-alias-bomb"),
    # Turtle nested as deep as the JSON case above: well-formed, so not a syntax error, but beyond
    # the depth limit.
    engine("input.limit", _text_writer(CONSENT, "input.ttl", _deep_turtle_statement), base=CONSENT, at={"file": _ends("input.ttl")},
           name="input.limit:turtle-10000-deep"),
    engine("input.not-found", _package_writer(CONSENT, _missing_file), base=CONSENT, at={"file": _ends("no-such-input.yaml")}),
    engine("input.not-found", _package_writer(CONSENT, _directory_not_file), base=CONSENT, at={"file": _ends("input.yaml")},
           name="input.not-found:directory"),
    engine("input.not-found", _jsonl_missing, base=CONSENT, at={"file": _ends("no-such-input.jsonl")}, name="input.not-found:jsonl"),
    engine("input.remote-reference", _turtle_writer(CROSSWALK, _owl_import), base=CROSSWALK, at={"file": _ends("input.ttl")},
           name="input.remote-reference:turtle-owl-imports"),
    engine("input.remote-reference", _jsonld_writer(CROSSWALK, "https://example.org/context.jsonld"), base=CROSSWALK,
           at={"file": _ends("input.jsonld")}, name="input.remote-reference:jsonld-remote-context"),
    engine("input.remote-reference", _jsonld_writer(CROSSWALK, {"@import": "https://example.org/context.jsonld"}), base=CROSSWALK,
           at={"file": _ends("input.jsonld")}, name="input.remote-reference:jsonld-context-import"),
    engine("input.syntax", _text_writer(CONSENT, "input.json", lambda text: text.replace('"persons": [', '"persons": [,', 1)), base=CONSENT,
           at={"file": _ends("input.json"), "line_containing": '"persons": [,'}, name="input.syntax:json"),
    engine("input.syntax", _text_writer(CONSENT, "input.yaml", lambda text: text.replace("persons:\n", "persons:\n  - note: a: b\n", 1)), base=CONSENT,
           at={"file": _ends("input.yaml"), "line_containing": "note: a: b"}, name="input.syntax:yaml"),
    # A statement without an object, inserted before the last node of the file.
    engine("input.syntax", _text_writer(CROSSWALK, "input.ttl", _broken_statement_before_last("<https://w3id.org/kll/id/")),
           base=CROSSWALK, at={"file": _ends("input.ttl"), "line_containing": BROKEN_STATEMENT}, name="input.syntax:turtle"),
    # The person of consent-and-sharing.yaml in Turtle, with a broken personnummer statement: the
    # report must say where the error is without repeating the text around it.
    engine("input.syntax", _text_writer(CONSENT, "input.ttl", _break_line_with("personalIdentityNumber"), only="persons"),
           base=CONSENT, at={"file": _ends("input.ttl"), "line_containing": "personalIdentityNumber"}, name="input.syntax:turtle-person"),
    engine("input.syntax", _jsonl_writer(CONSENT, "organisations", _jsonl_bad_second_line), base=CONSENT,
           at={"file": _ends("input.jsonl"), "record": 1, "line": 2}, name="input.syntax:jsonl-line", records=1),
    # Only the second line is not UTF-8 (Latin-1 å): the first line is still a record to check.
    engine("input.syntax", _jsonl_writer_latin1_second_line(CONSENT, "organisations"), base=CONSENT,
           at={"file": _ends("input.jsonl"), "record": 1, "line": 2}, name="input.syntax:jsonl-line-not-utf8", records=1),
    engine("input.syntax", _package_writer(CONSENT, _not_utf8), base=CONSENT, at={"file": _ends("input.yaml")}, name="input.syntax:not-utf8"),
    mutated("package.model-version", CONSENT, _set("conforms_to_model_version", "9.9.9"), at=ptr("/conforms_to_model_version")),
    mutated("package.not-a-list", CROSSWALK, lambda data: data.update(concept_annotations=data["concept_annotations"][0]),
            at=ptr("/concept_annotations")),
    mutated("package.unknown-key", CROSSWALK, lambda data: data.update(comments=["Granskad 2025-06-02."]), at=ptr("/comments")),
    mutated("record.not-an-object", CROSSWALK, _set("concept_annotations/1", "https://w3id.org/kll/id/af/annotation/spec-anestesi-2"),
            at=record("concept_annotations", 1)),
    engine("record.not-an-object", _jsonl_writer(CONSENT, "organisations", _jsonl_second_not_an_object), base=CONSENT,
           class_name="Organisation", at={"file": _ends("input.jsonl"), "record": 1, "line": 2}, name="record.not-an-object:jsonl-line",
           records=1),
    mutated("record.type-unknown", CONSENT, _set("organisations/0/type", "Organization"), at=record("organisations", 0, "/type")),
    engine("record.class-unknown", _jsonl_writer(CONSENT, "organisations", _jsonl_second_without_type), base=CONSENT,
           at={"file": _ends("input.jsonl"), "record": 1, "line": 2}, name="record.class-unknown:jsonl-without-type"),
    engine("record.class-unknown", _two_files_second_untyped, base=CONSENT, at={"file": _ends("single.json"), "pointer": "/type"},
           name="record.class-unknown:document-type-not-a-class"),
    engine("semantic.unknown-class", _turtle_writer(CROSSWALK, _unknown_class), base=CROSSWALK, stages=SEMANTIC_ONLY,
           at={"file": _ends("input.ttl"), "focus_node": UNKNOWN_NODE}),
    # Nothing targeted: the one node is of a class outside the model, which semantic.unknown-class
    # reports as well (a warning naming the node; nothing-targeted names the file).
    engine("semantic.nothing-targeted", _foreign_vocabulary_turtle, base=CONSENT, stages=SEMANTIC_ONLY, at={"file": _ends("input.ttl")},
           also={"semantic.unknown-class"}),
]

CASES = RULES_CASES + ENGINE_CASES


# --- running a case once ------------------------------------------------------------------------


@dataclass
class Outcome:
    report: Report
    base: Report | None


_OUTCOMES: dict[str, Outcome] = {}


def outcome(case: Case, tmp_path_factory) -> Outcome:
    if case.id not in _OUTCOMES:
        directory = tmp_path_factory.mktemp("rule-firing")
        reports = []
        for apply in (False, True):
            where = directory / ("mutated" if apply else "base")
            where.mkdir()
            paths_ = case.write(where, apply)
            with case.during() if apply and case.during is not None else nullcontext():
                reports.append(None if paths_ is None else validate(paths_, class_name=case.class_name, stages=case.stages, profile=case.profile))
        _OUTCOMES[case.id] = Outcome(report=reports[1], base=reports[0])
    return _OUTCOMES[case.id]


def counted(report: Report | None, severities=COUNTED) -> set[str]:
    return set() if report is None else {f.rule for f in report.findings if f.severity in severities}


def describe(report: Report) -> str:
    return "\n".join(f"  {f.severity.value} {f.rule} at {f.location}" for f in report.findings)


# --- the tests ----------------------------------------------------------------------------------


def test_every_rules_and_engine_rule_has_a_case():
    expected = {rule_id for rule_id, rule in catalogue().items() if rule.origin in {"rules", "engine"}}
    covered = {case.rule for case in CASES}
    missing, unknown = sorted(expected - covered), sorted(covered - expected)
    assert not missing, f"rules without a case: {missing}"
    assert not unknown, f"cases for rules that are not rules/engine rules of the catalogue: {unknown}"


def test_case_ids_are_unique():
    ids = [case.id for case in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_rule_fires_alone(case: Case, tmp_path_factory):
    result = outcome(case, tmp_path_factory)
    report = result.report
    if result.base is not None:
        assert not counted(result.base, {Severity.VIOLATION}), "the unmutated input has violations:\n" + describe(result.base)
    base_warnings = counted(result.base, {Severity.WARNING})
    assert case.rule in counted(report), f"{case.rule} did not fire; findings:\n" + describe(report)
    assert counted(report) - base_warnings == {case.rule} | case.also, "findings:\n" + describe(report)
    assert catalogue()[case.rule].severity in {f.severity for f in report.findings if f.rule == case.rule}
    if case.records is not None:
        assert report.records == case.records, "not every readable record of the input was checked"


def _matches(location, expected: dict) -> bool:
    """Whether ``location`` has the expected attributes; ``line_containing`` is the text of the
    line that the location's line must be (in the file the location names)."""
    for attribute, wanted in expected.items():
        if attribute == "line_containing":
            lines = Path(location.file).read_text(encoding="utf-8", errors="replace").splitlines()
            numbers = [n for n, line in enumerate(lines, start=1) if wanted in line]
            assert numbers, f"no line contains {wanted!r}"
            if location.line not in numbers:
                return False
            continue
        value = getattr(location, attribute)
        if callable(wanted):
            if not wanted(value):
                return False
        elif value != wanted:
            return False
    return True


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_finding_points_at_the_change(case: Case, tmp_path_factory):
    report = outcome(case, tmp_path_factory).report
    locations = [f.location for f in report.findings if f.rule == case.rule]
    assert locations, f"{case.rule} did not fire"
    assert any(_matches(location, case.at) for location in locations), (
        f"no finding of {case.rule} at {case.at}; found at: {locations}"
    )


PERSON_CASES = [case for case in CASES if case.persons]


@pytest.mark.parametrize("case", PERSON_CASES, ids=[case.id for case in PERSON_CASES])
@pytest.mark.parametrize("fmt", FORMATS)
def test_reports_do_not_echo_personal_data(case: Case, fmt: str, tmp_path_factory):
    report = outcome(case, tmp_path_factory).report
    for language in ("en", "sv"):
        text = render(report, fmt, language=language)
        leaked = [value for value in case.persons if value in text]
        assert not leaked, f"the {fmt} report ({language}) contains personal data of the input: {leaked}"


def test_person_rules_have_person_cases():
    """The rules about a Person are among the cases whose reports are checked for personal data."""
    person_rules = {rule_id for rule_id, rule in catalogue().items() if rule.origin == "rules" and rule.source.startswith("Person.")}
    assert person_rules
    assert person_rules <= {case.rule for case in PERSON_CASES}


# --- RDF shapes that must give a report, not an exception ----------------------------------------
#
# Not rule cases of their own: an unknown property (``k:note``) on an organisation is the generated
# rule Organisation.closed, whatever its value. The value must not change that, however it is
# shaped — or, if the engine decides it is too deep to map, it is input.limit. Either way validate()
# returns a report ("Never raises for bad input").

NOTE = "<https://w3id.org/kll/model/note>"
ORGANISATION = "<https://w3id.org/kll/id/myh/org/556812-3458>"
RDF_VALUES = {
    # (the value that must not break the engine, a harmless value of the same kind)
    "blank-node-cycle": (f"_:first .\n_:first {NOTE} _:second .\n_:second {NOTE} _:first .",
                         f"_:first .\n_:first {NOTE} _:second .\n_:second {NOTE} \"end\" ."),
    "collection-of-5000": ("( " + " ".join(f'"v{i}"' for i in range(5000)) + " ) .", '( "v0" "v1" "v2" ) .'),
}


@pytest.mark.parametrize("shape", sorted(RDF_VALUES))
def test_rdf_value_shapes_give_a_report_not_an_exception(shape: str, tmp_path: Path):
    reports = []
    for position, value in enumerate(RDF_VALUES[shape]):
        path = tmp_path / f"input-{position}.ttl"
        write_turtle(example(CONSENT), path)
        path.write_text(path.read_text(encoding="utf-8") + f"\n{ORGANISATION} {NOTE} {value}\n", encoding="utf-8")
        try:
            reports.append(validate([path]))
        except RecursionError as error:  # shown as a failure, not an error of the test
            pytest.fail(f"validate() raised {type(error).__name__} on {path.name} ({shape}): {error}")
    broken, harmless = reports
    assert "Organisation.closed" in counted(harmless)
    if "input.limit" not in counted(broken):
        assert counted(broken) == counted(harmless), "findings:\n" + describe(broken)
        return
    # refused: one finding at the organisation's node, and every other record still checked
    limit = [f for f in broken.findings if f.rule == "input.limit"]
    assert [f.location.focus_node for f in limit] == [ORGANISATION.strip("<>")], "findings:\n" + describe(broken)
    others = {rule for rule in counted(harmless) if not rule.startswith("Organisation.")}
    assert others and others <= counted(broken), "findings:\n" + describe(broken)
