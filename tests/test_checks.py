"""The rules stage: every registered check, with a realistic passing case and a failing case each.

Each case runs *every* registered check that applies to the object's class (as the engine does)
against a small Dataset built here, and asserts that a passing object yields nothing and a failing
object yields exactly the rule under test. The Dataset's ``is_a`` and ``reference_slots`` come from
the LinkML model itself, so the cases see the same reference slots the engine will.

People and organisations are fictional; the person is Skatteverket's published test person.
"""

from __future__ import annotations

import copy
import re
from datetime import date, timedelta
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kll.validation.checks import INDEXED_CLASSES, Context, Dataset, IndexedRecord, registry
from kll.validation.identifiers import luhn_valid
from kll.maintain.model import load_view
from kll.validation.severity import Severity

REGISTRY = registry()
#: Rules that apply to every entity (IDs without a class): across records, or across a record's slots.
DATASET_RULES = {"identifier.duplicate", "reference.unresolved", "reference.wrong-class", "reference.deprecated-concept",
                 "concept-reference.scheme-fits-slot", "concept-reference.jobtech-type-fits-slot"}
LEAK = re.compile(r"[0-9]{10,}")


# --- the model as the engine sees it ------------------------------------------------------------


@cache
def _view():
    return load_view()


@cache
def is_a(sub: str, sup: str) -> bool:
    view = _view()
    return sub in view.all_classes() and sup in view.class_ancestors(sub)


@cache
def reference_slots(class_name: str) -> list[tuple[str, str, bool]]:
    view = _view()
    classes = view.all_classes()
    if class_name not in classes:
        return []
    return [
        (slot.name, slot.range, bool(slot.multivalued))
        for slot in view.class_induced_slots(class_name)
        if slot.range in classes and view.get_identifier_slot(slot.range) is not None and not slot.inlined
    ]


def make_dataset(records, duplicate: tuple[str, dict] | None = None) -> Dataset:
    dataset = Dataset(is_a=is_a, reference_slots=reference_slots)
    for index, (class_name, record) in enumerate(records):
        data = record if class_name in INDEXED_CLASSES else None
        dataset.add(record["id"], IndexedRecord(class_name, "case.yaml", index, f"/records/{index}", data))
    if duplicate is not None:
        class_name, record = duplicate
        dataset.add(record["id"], IndexedRecord(class_name, "other.yaml", 0, "/records/0", None))
    return dataset


def context_for(class_name: str, obj: dict, records=(), duplicate=None) -> Context:
    """The object's context: the records plus the object itself (an entity is one of the records)."""
    records = list(records)
    if isinstance(obj.get("id"), str) and all(r.get("id") != obj["id"] for _, r in records):
        records.append((class_name, obj))
    return Context(class_name, "/records/0", make_dataset(records, duplicate))


def both_languages(detail) -> str | None:
    """A hit's detail as one text, English then Swedish, so that what a test asserts of a detail
    (a name it gives, a value it must never echo) holds in both languages."""
    return detail if detail is None or isinstance(detail, str) else f"{detail.en}\n{detail.sv}"


def run(class_name: str, obj: dict, records=(), duplicate=None) -> list[tuple[str, str, str | None]]:
    """(rule, pointer, detail) of every hit of every check that applies to the object's class."""
    context = context_for(class_name, obj, records, duplicate)
    hits = []
    for rule, check in REGISTRY.items():
        if is_a(class_name, check.applies_to):
            hits.extend((rule, hit.pointer, both_languages(hit.detail)) for hit in check(copy.deepcopy(obj), context))
    return hits


def changed(base: dict, **updates) -> dict:
    """A deep copy of ``base`` with slots replaced; a value of DROP removes the slot."""
    result = copy.deepcopy(base)
    for key, value in updates.items():
        if value is DROP:
            result.pop(key, None)
        else:
            result[key] = value
    return result


DROP = object()


def with_check_digit(first_nine: str) -> str:
    """The ten-digit form completed with its Luhn check digit."""
    return next(first_nine + d for d in "0123456789" if luhn_valid(first_nine + d))


def with_wrong_check_digit(first_nine: str) -> str:
    right = with_check_digit(first_nine)
    return right[:-1] + str((int(right[-1]) + 1) % 10)


# --- realistic records --------------------------------------------------------------------------

PERSON_ID = "urn:uuid:756b0ba6-9880-4444-a0e5-c825c08a8410"
PERSON = {
    "id": PERSON_ID,
    "given_name": "Tolvan",
    "family_name": "Tolvansson",
    "birth_date": "1912-12-12",
    "personal_identity_number": "191212121212",
}
OTHER_PERSON = {"id": "urn:uuid:0b0e7d0e-4f1c-4c55-9a52-3c7e8e8f2a11", "given_name": "Elva", "family_name": "Elvasson"}

HOLDER_ID = "https://w3id.org/kll/id/myh/org/556812-3458"
RECIPIENT_ID = "https://w3id.org/kll/id/af/org/556901-2775"
OTHER_ORG_ID = "https://w3id.org/kll/id/af/org/202100-2114"
MYH_ID = "https://w3id.org/kll/id/myh/org/myh"
COUNCIL_ID = "https://w3id.org/kll/id/myh/org/802473-1187"
HOLDER = {"id": HOLDER_ID, "name": {"sv": "Nordvik Yrkesakademi AB"}, "organisation_number": "556812-3458"}
RECIPIENT = {"id": RECIPIENT_ID, "name": {"sv": "Tillgänglighetsbyrån Norr AB"}, "organisation_number": "556901-2775"}
OTHER_ORG = {"id": OTHER_ORG_ID, "name": {"sv": "Arbetsförmedlingen"}, "organisation_number": "202100-2114"}
MYH = {"id": MYH_ID, "name": {"sv": "Myndigheten för yrkeshögskolan"}}
COUNCIL = {"id": COUNCIL_ID, "name": {"sv": "Branschrådet för digital tillgänglighet"}, "organisation_number": "802473-1187"}
PARTIES = [("Person", PERSON), ("Person", OTHER_PERSON), ("Organisation", HOLDER), ("Organisation", RECIPIENT), ("Organisation", OTHER_ORG), ("Organisation", MYH), ("Organisation", COUNCIL)]

CONSENT_ID = "https://w3id.org/kll/id/af/consent/9a7c3e21-4f6b-4d8e-b2a1-6c5d0e8f9b47"
REQUEST_ID = "https://w3id.org/kll/id/af/data-request/5d0e9c1a-2b7f-4e3a-8c6d-1f4a9b2e7d30"
CONSENT = {
    "id": CONSENT_ID,
    "data_subject": PERSON_ID,
    "data_categories": ["achievements", "qualifications"],
    "recipient": RECIPIENT_ID,
    "purpose": {"sv": "Styrka avlagd yrkeshögskoleexamen i ansökan om tjänsten som tillgänglighetskonsult."},
    "legal_basis": "consent",
    "valid_from": "2025-03-03",
    "valid_until": "2025-06-30",
    "consent_status": "given",
    "given_at": "2025-03-03T10:15:02+01:00",
    "data_holder": HOLDER_ID,
}
REQUEST = {
    "id": REQUEST_ID,
    "requestor": RECIPIENT_ID,
    "data_holder": HOLDER_ID,
    "data_subject": PERSON_ID,
    "data_categories": ["achievements", "qualifications"],
    "purpose": {"sv": "Styrka avlagd yrkeshögskoleexamen."},
    "created": "2025-03-03T10:02:11+01:00",
    "request_state": "shared",
    "consent": CONSENT_ID,
}
RECEIPT = {
    "id": "https://w3id.org/kll/id/af/sharing-receipt/c2b8e4f0-1d3a-4e6b-9f7c-5a2d8e0b4c61",
    "consent": CONSENT_ID,
    "data_request": REQUEST_ID,
    "data_holder": HOLDER_ID,
    "recipient": RECIPIENT_ID,
    "data_subject": PERSON_ID,
    "data_categories": ["achievements", "qualifications"],
    "shared_at": "2025-03-03T10:16:40+01:00",
    "payload_digest": "sha256:" + "0" * 64,
}
INDIVIDUAL = PARTIES + [("Consent", CONSENT), ("DataRequest", REQUEST)]
SERVICE = {
    "id": "https://w3id.org/kll/id/skolverket/dataservice/susa-navet-emil3",
    "title": {"sv": "Susa-navets API"},
    "endpoint_url": "https://api.skolverket.se/susa-navet/emil3",
    "access_rights": "PUBLIC",
}
#: The same records with the data subject marked as having protected personal data (record 0035).
PROTECTED_INDIVIDUAL = [(kind, changed(obj, protected_personal_data=True) if obj is PERSON else obj) for kind, obj in INDIVIDUAL]


def _with_contact_consent(records: list) -> list:
    """``records`` with the consent covering contact data, so that a receipt of it is covered."""
    return [(kind, changed(obj, data_categories=["achievements", "qualifications", "contact-data"]) if obj is CONSENT else obj) for kind, obj in records]


def receipt_case(consent: dict | None = None, **receipt_updates):
    """A receipt and the records around it, with the consent replaced when given."""
    records = [r for r in INDIVIDUAL if r[1]["id"] != CONSENT_ID] + [("Consent", consent or CONSENT)]
    return changed(RECEIPT, **receipt_updates), records


OUTCOME_IDS = {
    "knowledge": ["https://w3id.org/kll/id/myh/learning-outcome/dts-k1", "https://w3id.org/kll/id/myh/learning-outcome/dts-k2"],
    "skills": ["https://w3id.org/kll/id/myh/learning-outcome/dts-f1"],
    "responsibility-and-autonomy": ["https://w3id.org/kll/id/myh/learning-outcome/dts-a1"],
}
OUTCOMES = [
    ("LearningOutcome", {"id": i, "outcome_statement": {"sv": "Innehavaren kan granska en webbplats mot WCAG 2.1."}, "learning_outcome_category": category})
    for category, ids in OUTCOME_IDS.items()
    for i in ids
]
ALL_OUTCOMES = [i for ids in OUTCOME_IDS.values() for i in ids]
QUALIFICATION_ID = "https://w3id.org/kll/id/myh/qualification/diplomerad-tillganglighetsspecialist"
DECISION_ID = "https://w3id.org/kll/id/myh/level-placement-decision/MYH-2022-4711"
QUALIFICATION = {
    "id": QUALIFICATION_ID,
    "title": {"sv": "Diplomerad tillgänglighetsspecialist"},
    "seqf_level": "5",
    "eqf_level": "5",
    "level_placement_route": "myh-decision",
    "level_placement_decision": DECISION_ID,
    "has_learning_outcome": ALL_OUTCOMES,
    "awarding_body": [COUNCIL_ID],
    "volume_of_learning": "PT400H",
    "learning_setting": "non-formal",
}
DECISION = {
    "id": DECISION_ID,
    "qualification": QUALIFICATION_ID,
    "seqf_level": "5",
    "decision_date": "2023-03-15",
    "decision_justification": {"sv": "Läranderesultaten motsvarar nivåbeskrivningarna för nivå 5."},
    "valid_from": "2023-03-15",
    "valid_until": "2033-03-14",
    "deciding_body": MYH_ID,
    "applicant": COUNCIL_ID,
    "case_number": "MYH 2022/4711",
    "has_learning_outcome": ALL_OUTCOMES,
}
QUALIFICATION_RECORDS = PARTIES + OUTCOMES + [("Qualification", QUALIFICATION), ("LevelPlacementDecision", DECISION)]

YH_QUALIFICATION = {
    "id": "https://w3id.org/kll/id/myh/qualification/yh-tillganglighetssamordnare",
    "title": {"sv": "Yrkeshögskoleexamen – Tillgänglighetssamordnare"},
    "seqf_level": "5",
    "eqf_level": "5",
    "level_placement_route": "government-regulation",
    "awarding_body": [HOLDER_ID],
    "credit_points": {"point_value": 200, "credit_framework": "yh"},
    "learning_setting": "formal",
}
SUPPLEMENT = {
    "id": "https://w3id.org/kll/id/uhr/diploma-supplement/norrvik-2024-1187",
    "learner": PERSON_ID,
    "qualification": YH_QUALIFICATION["id"],
    "issuer": HOLDER_ID,
    "seqf_level": "6",
    "eqf_level": "6",
    "credit_points": {"point_value": 180, "credit_framework": "hp"},
    "issued": "2024-06-20",
}
MICRO_CREDENTIAL = {
    "id": "https://w3id.org/kll/id/nordvik/micro-credential/2025-0042",
    "learner": PERSON_ID,
    "title": {"sv": "Tillgänglighetsgranskning enligt WCAG 2.1"},
    "issuer_country": "SE",
    "awarding_body": [HOLDER_ID],
    "issued": "2025-02-21",
    "has_learning_outcome": ALL_OUTCOMES[:1],
    "notional_workload": {"point_value": 15, "credit_framework": "yh"},
    "credential_levels": ["eqf-5"],
    "assessment_types": ["practical-test"],
    "participation_form": "blended",
    "quality_assurance": {"sv": "Tillsyn av Myndigheten för yrkeshögskolan."},
}
LEVEL_RECORDS = QUALIFICATION_RECORDS + [("Qualification", YH_QUALIFICATION)]

SCHEMES = {
    "sun-2020-field": {"id": "https://w3id.org/kll/id/scb/scheme/sun-2020-field", "scheme": "sun-2020-field", "title": {"sv": "SUN 2020, inriktningar"}, "scheme_version": "2020"},
    "sun-2000-field": {"id": "https://w3id.org/kll/id/scb/scheme/sun-2000-field", "scheme": "sun-2000-field", "title": {"sv": "SUN 2000, inriktningar"}, "scheme_version": "2000"},
    "af-ssyk-2012": {"id": "https://w3id.org/kll/id/af/scheme/ssyk-2012", "scheme": "af-ssyk-2012", "title": {"sv": "SSYK 2012, Arbetsförmedlingens variant"}, "scheme_version": "2012"},
    "ssyk-2012": {"id": "https://w3id.org/kll/id/scb/scheme/ssyk-2012", "scheme": "ssyk-2012", "title": {"sv": "SSYK 2012"}, "scheme_version": "2012"},
}
SUN_BASE = "https://w3id.org/kll/id/scb/sun-2020-field/"
CONCEPTS = {
    "72": {"id": SUN_BASE + "72", "concept_scheme": SCHEMES["sun-2020-field"]["id"], "code": "72", "jobtech_concept_id": "xPJU_eQm_ehe", "label": {"sv": "Hälso- och sjukvård"}},
    "723": {"id": SUN_BASE + "723", "concept_scheme": SCHEMES["sun-2020-field"]["id"], "code": "723", "jobtech_concept_id": "fQMU_GjY_AkC", "label": {"sv": "Omvårdnad"}, "broader": [SUN_BASE + "72"]},
    "723a": {
        "id": SUN_BASE + "723a",
        "concept_scheme": SCHEMES["sun-2020-field"]["id"],
        "code": "723a",
        "jobtech_concept_id": "iPb1_fyH_9zX",
        "jobtech_concept_type": "sun-education-field-4",
        "label": {"sv": "Sjuksköterskeutbildning, grundutbildning"},
        "broader": [SUN_BASE + "723"],
    },
    "0": {"id": SUN_BASE + "0", "concept_scheme": SCHEMES["sun-2020-field"]["id"], "code": "0", "label": {"sv": "Allmän utbildning"}},
    "2000/0": {
        "id": "https://w3id.org/kll/id/scb/sun-2000-field/0",
        "concept_scheme": SCHEMES["sun-2000-field"]["id"],
        "code": "0",
        "label": {"sv": "Allmän utbildning"},
        "deprecated": True,
        "replaced_by": SUN_BASE + "0",
    },
    "2000/00": {
        "id": "https://w3id.org/kll/id/scb/sun-2000-field/00",
        "concept_scheme": SCHEMES["sun-2000-field"]["id"],
        "code": "00",
        "label": {"sv": "Allmän utbildning, ospecificerad"},
        "deprecated": True,
        "broader": ["https://w3id.org/kll/id/scb/sun-2000-field/0"],
    },
    "af/2221": {
        "id": "https://w3id.org/kll/id/af/ssyk-2012/2221",
        "concept_scheme": SCHEMES["af-ssyk-2012"]["id"],
        "code": "2221",
        "jobtech_concept_id": "Z8ci_bBE_tmx",
        "label": {"sv": "Grundutbildade sjuksköterskor"},
    },
}
AGENCY_AF = {"id": "https://w3id.org/kll/id/agency/af", "agency_alias": "af", "name": {"sv": "Arbetsförmedlingen"}}
CONCEPT_RECORDS = [("ConceptScheme", s) for s in SCHEMES.values()] + [("Concept", c) for c in CONCEPTS.values()] + [("Agency", AGENCY_AF), ("Person", PERSON)]


def concept(key: str, **updates) -> dict:
    return changed(CONCEPTS[key], **updates)


MAPPING_SET = {
    "id": "https://w3id.org/kll/id/af/mapping-set/sun-2020-field-to-af-ssyk-2012",
    "title": {"sv": "Översättningsnyckel SUN 2020 inriktning till SSYK 2012, vård"},
    "mapping_set_version": "0.1.0",
    "mapping_set_license": "http://creativecommons.org/publicdomain/zero/1.0/",
    "subject_source": SCHEMES["sun-2020-field"]["id"],
    "object_source": SCHEMES["af-ssyk-2012"]["id"],
    "mapping_set_creators": [AGENCY_AF["id"]],
    "mappings": [
        {
            "mapping_subject": {"scheme": "sun-2020-field", "code": "723a", "scheme_version": "2020"},
            "mapping_predicate": "http://www.w3.org/2004/02/skos/core#relatedMatch",
            "mapping_object": {"scheme": "af-ssyk-2012", "code": "2221", "scheme_version": "2012"},
            "mapping_justification": "ManualMappingCuration",
            "mapping_authors": [AGENCY_AF["id"]],
        },
        {
            "mapping_subject": {"scheme": "sun-2020-field", "code": "723c"},
            "mapping_predicate": "http://www.w3.org/2004/02/skos/core#relatedMatch",
            "mapping_object": {"scheme": "af-ssyk-2012", "code": "2223"},
            "mapping_justification": "LexicalMatching",
        },
    ],
}


def mapping_set(index: int, side: str, **updates) -> dict:
    result = copy.deepcopy(MAPPING_SET)
    result["mappings"][index][side].update(updates)
    return result


EDUCATION_ID = "https://w3id.org/kll/id/skolverket/i.sv.2281.MATMAT01a"
PROVIDER_ID = "https://w3id.org/kll/id/skolverket/p.sv.22810001"
EDUCATION = {
    "id": EDUCATION_ID,
    "education_code": "MATMAT01a",
    "title": {"sv": "Matematik 1a"},
    "school_type": "VUXGY",
    "subjects": [{"scheme": "sun-2020-field", "code": "461z", "scheme_version": "2020"}],
    "leads_to_degree": False,
    "credits": {"credit_system": "gy", "credit_value": 100},
    "last_modified": "2025-09-15T10:15:00+02:00",
}
PROVIDER = {"id": PROVIDER_ID, "name": {"sv": "Sundsvalls kommun, Vuxenutbildningen"}, "organisation_number": "212000-2411", "responsible_body": {"responsible_body_type": "kommunal", "name": {"sv": "Sundsvalls kommun"}}}
EVENT = {
    "id": "https://w3id.org/kll/id/skolverket/e.sv.2281.MATMAT01a.20261",
    "education": EDUCATION_ID,
    "providers": [PROVIDER_ID],
    "execution": {"execution_condition": "1", "start_date": "2026-01-12", "end_date": "2026-03-27"},
    "application": {"application_start_date": "2025-10-01", "application_deadline": "2025-11-16"},
    "last_modified": "2025-09-15T10:20:00+02:00",
    "expires": "2026-03-28T00:00:00+01:00",
}
OFFERING_RECORDS = [("Education", EDUCATION), ("EducationProvider", PROVIDER)]

ANNOTATION = {
    "id": "https://w3id.org/kll/id/af/annotation/spec-anestesi-1",
    "annotated_resource": "https://w3id.org/kll/id/uhr/education/specialistsjukskoterskeprogrammet-anestesisjukvard",
    "annotated_property": "description",
    "annotated_language": "sv",
    "start_offset": 110,
    "end_offset": 129,
    "annotated_text": "sjuksköterskeexamen",
    "annotated_concept": {"scheme": "sun-2020-field", "code": "723a", "scheme_version": "2020"},
    "annotation_role": "prerequisite",
}

DECISION_0003 = "https://w3id.org/kll/id/decision/0003"
DECISION_0007 = "https://w3id.org/kll/id/decision/0007"
RECORD_0007 = {
    "id": DECISION_0007,
    "record_number": 7,
    "title": {"sv": "Översättningsnycklar publiceras som uppsättningar mappningar enligt SSSOM"},
    "decision_status": "accepted",
    "date_created": "2025-02-10",
    "last_updated": "2025-05-14",
    "date_accepted": "2025-05-14",
    "decision_scope": "module",
    "owning_agency": "af",
    "model_modules": ["concepts"],
    "supersedes": [DECISION_0003],
}
RECORD_0003 = {
    "id": DECISION_0003,
    "record_number": 3,
    "title": {"sv": "Översättningsnycklar publiceras som CSV-tabeller"},
    "decision_status": "superseded",
    "date_created": "2024-02-26",
    "last_updated": "2025-05-14",
    "date_accepted": "2024-04-16",
    "decision_scope": "module",
    "owning_agency": "scb",
    "model_modules": ["concepts"],
    "superseded_by": [DECISION_0007],
}
ECOSYSTEM_RECORD = {
    "id": "https://w3id.org/kll/id/decision/0001",
    "record_number": 1,
    "title": {"sv": "Beslutsdokument förs i MADR-format"},
    "decision_status": "proposed",
    "date_created": "2024-01-15",
    "last_updated": "2024-01-15",
    "decision_scope": "ecosystem",
    "owning_agency": "digg",
}
DECISIONS = [("DecisionRecord", RECORD_0003), ("DecisionRecord", RECORD_0007)]


def accepted(**updates) -> dict:
    return changed(RECORD_0007, **updates)


ACHIEVEMENT = {
    "id": "https://w3id.org/kll/id/nordvik/achievement/2024-0318",
    "learner": PERSON_ID,
    "issuer": HOLDER_ID,
    "qualification": YH_QUALIFICATION["id"],
    "awarding_date": "2024-06-14",
    "credit_points": {"point_value": 200, "credit_framework": "yh"},
}
ACHIEVEMENT_RECORDS = PARTIES + [("Qualification", YH_QUALIFICATION)]

ADDRESS = {"street_address": "Köpmangatan 24", "postal_code": "852 30", "post_name": "Sundsvall", "municipality_code": "2281", "country_code": "SE"}


def ref(scheme: str, code: str, version: str | None = None, **extra) -> dict:
    result = {"scheme": scheme, "code": code, **extra}
    if version is not None:
        result["scheme_version"] = version
    return result


# --- the cases: rule -> (class, passing objects, failing objects, records) -----------------------
# Each passing / failing entry is an object, or (object, records) when it needs other records.

CASES: dict[str, tuple[str, list, list, list]] = {
    # codes.py
    "ConceptReference.code.in-code-list": (
        "ConceptReference",
        [
            ref("sun-2020-field", "481a", "2020"),
            ref("sun-2020-level", "522", "2020"),
            ref("sun-2020-field", "522", "2020"),
            ref("af-ssyk-2012", "2221", "2012"),
            ref("af-ssyk-2012", "222", "2012"),
            ref("ssyk-2012", "2221", "2012"),
            ref("ssyk-2012", "22", "2012"),
            ref("municipality", "2281"),
            ref("county", "22"),
            ref("isced-f-2013", "0613", "2013"),
            ref("sun-2000-field", "48", "2000"),
        ],
        [
            ref("sun-2020-level", "481a", "2020"),
            ref("sun-2020-field", "316", "2020"),
            ref("af-ssyk-2012", "1211", "2012"),
            ref("ssyk-2012", "1x", "2012"),
            ref("ssyk-2012", "0999", "2012"),
            ref("municipality", "2299"),
            ref("county", "02"),
        ],
        [],
    ),
    "ConceptReference.code.ssyk-unconfirmed": ("ConceptReference", [ref("ssyk-2012", "2221", "2012"), ref("af-ssyk-2012", "2221", "2012")], [ref("ssyk-2012", "1211", "2012")], []),
    "ConceptReference.scheme_version.versioned-scheme": (
        "ConceptReference",
        [ref("jobtech-taxonomy", "Z8ci_bBE_tmx", "22"), ref("esco-skill", "5fd5c985-eaaa-47aa-8314-62359c54505a", "v1.2.0")],
        [ref("jobtech-taxonomy", "Z8ci_bBE_tmx"), ref("esco-skill", "5fd5c985-eaaa-47aa-8314-62359c54505a")],
        [],
    ),
    "ConceptReference.scheme_version.local-scheme": ("ConceptReference", [ref("local", "TG-101", "nordvik-kurskoder-2025")], [ref("local", "TG-101")], []),
    "ConceptReference.scheme_version.matches-edition": (
        "ConceptReference",
        [ref("sun-2020-field", "481a", "2020"), ref("jobtech-taxonomy", "Z8ci_bBE_tmx", "22")],
        [ref("sun-2020-field", "481a", "2000"), ref("af-ssyk-2012", "2221", "2020")],
        [],
    ),
    "Address.municipality_code.in-code-list": ("Address", [ADDRESS, changed(ADDRESS, municipality_code=DROP)], [changed(ADDRESS, municipality_code="2299")], []),
    "Concept.code.in-code-list": (
        "Concept",
        [concept("723a"), concept("af/2221"), concept("2000/0"), concept("72")],
        [concept("723a", code="723y", jobtech_concept_id=DROP), concept("af/2221", code="1211", jobtech_concept_id=DROP)],
        CONCEPT_RECORDS,
    ),
    "Concept.code.ssyk-unconfirmed": (
        "Concept",
        [changed(CONCEPTS["af/2221"], id="https://w3id.org/kll/id/scb/ssyk-2012/2221", concept_scheme=SCHEMES["ssyk-2012"]["id"])],
        [{"id": "https://w3id.org/kll/id/scb/ssyk-2012/1211", "concept_scheme": SCHEMES["ssyk-2012"]["id"], "code": "1211", "label": {"sv": "Ekonomi- och finanschefer, nivå 1"}}],
        CONCEPT_RECORDS,
    ),
    "Concept.jobtech_concept_id.matches-code": ("Concept", [concept("723a"), concept("723a", jobtech_concept_id=DROP)], [concept("723a", jobtech_concept_id="Z8ci_bBE_tmx")], CONCEPT_RECORDS),
    "ConceptScheme.scheme_version.matches-edition": (
        "ConceptScheme",
        list(SCHEMES.values()) + [{"id": "https://w3id.org/kll/id/af/scheme/jobtech-22", "scheme": "jobtech-taxonomy", "title": {"sv": "JobTech-taxonomin"}, "scheme_version": "22"}],
        [changed(SCHEMES["sun-2020-field"], scheme_version="2000")],
        [],
    ),
    # Rules only the taxonomy-crosswalk-publisher profile turns on (checks/profile_rules.py).
    "Mapping.mapping_predicate.skos": (
        "Mapping",
        [MAPPING_SET["mappings"][0]],
        [changed(MAPPING_SET["mappings"][0], mapping_predicate="http://www.w3.org/2002/07/owl#equivalentClass"),
         changed(MAPPING_SET["mappings"][0], mapping_predicate="skos:relatedMatch")],
        [],
    ),
    "Mapping.mapping_subject.project-scheme": (
        "Mapping",
        [MAPPING_SET["mappings"][0]],
        [changed(MAPPING_SET["mappings"][0], mapping_subject={"concept_iri": "http://purl.obolibrary.org/obo/HP_0000175"}),
         changed(MAPPING_SET["mappings"][0], mapping_subject={"label": {"sv": "alice"}, "entity_type": "rdfs literal"})],
        [],
    ),
    "Mapping.mapping_object.project-scheme": (
        "Mapping",
        [MAPPING_SET["mappings"][0]],
        [changed(MAPPING_SET["mappings"][0], mapping_object={"scheme": "af-ssyk-2012"})],
        [],
    ),
    "MappingSet.subject_source.project-required": ("MappingSet", [MAPPING_SET], [changed(MAPPING_SET, subject_source=DROP)], CONCEPT_RECORDS),
    "MappingSet.object_source.project-required": ("MappingSet", [MAPPING_SET], [changed(MAPPING_SET, object_source=DROP)], CONCEPT_RECORDS),
    "MappingSet.title.project-recommended": ("MappingSet", [MAPPING_SET], [changed(MAPPING_SET, title=DROP)], CONCEPT_RECORDS),
    "MappingSet.mapping_set_version.project-recommended": ("MappingSet", [MAPPING_SET], [changed(MAPPING_SET, mapping_set_version=DROP)], CONCEPT_RECORDS),
    "MappingSet.mapping_set_creators.project-recommended": ("MappingSet", [MAPPING_SET], [changed(MAPPING_SET, mapping_set_creators=DROP)], CONCEPT_RECORDS),
    "MappingSet.mappings.subject-in-source": (
        "MappingSet",
        [MAPPING_SET],
        [mapping_set(0, "mapping_subject", scheme="sun-2000-field", scheme_version="2000"), mapping_set(0, "mapping_subject", scheme_version="2000")],
        CONCEPT_RECORDS,
    ),
    "MappingSet.mappings.object-in-source": (
        "MappingSet",
        [MAPPING_SET],
        [mapping_set(1, "mapping_object", scheme="ssyk-2012"), mapping_set(0, "mapping_object", scheme_version="2011")],
        CONCEPT_RECORDS,
    ),
    # identifiers.py
    "Person.personal_identity_number.check-digit": (
        "Person",
        [PERSON, changed(PERSON, personal_identity_number="121212-1212"), changed(PERSON, personal_identity_number="19" + with_check_digit("121272121"))],
        [changed(PERSON, personal_identity_number="191212121213"), changed(PERSON, personal_identity_number="121212+1213")],
        [],
    ),
    "Person.personal_identity_number.valid-date": (
        "Person",
        [PERSON, changed(PERSON, personal_identity_number="20" + with_check_digit("000229123"))],
        [
            changed(PERSON, personal_identity_number="19" + with_check_digit("121312121")),
            changed(PERSON, personal_identity_number="19" + with_check_digit("121292121")),
            changed(PERSON, personal_identity_number="19" + with_check_digit("230229123")),
        ],
        [],
    ),
    "Organisation.organisation_number.check-digit": ("Organisation", [OTHER_ORG, HOLDER], [changed(OTHER_ORG, organisation_number="202100-2115")], []),
    "Organisation.organisation_number.group-digit": (
        "Organisation",
        [OTHER_ORG, changed(OTHER_ORG, organisation_number=DROP)],
        [changed(OTHER_ORG, organisation_number=(lambda n: n[:6] + "-" + n[6:])(with_check_digit("121212121")))],
        [],
    ),
    # periods.py
    "Period.end_date.after-start": (
        "Period",
        [{"start_date": "2025-01-01", "end_date": "2025-12-31"}, {"start_date": "2025-01-01", "end_date": "2025-01-01"}, {"start_date": "2025-01-01"}],
        [{"start_date": "2025-12-31", "end_date": "2025-01-01"}],
        [],
    ),
    "Execution.end_date.after-start": (
        "Execution",
        [EVENT["execution"], {"execution_condition": "2"}],
        [{"execution_condition": "1", "start_date": "2026-03-27", "end_date": "2026-01-12"}],
        [],
    ),
    "Execution.execution_condition.fixed-dates": (
        "Execution",
        [EVENT["execution"], {"execution_condition": "3"}],
        [{"execution_condition": "1", "start_date": "2026-01-12"}, {"execution_condition": "1"}],
        [],
    ),
    "LevelPlacementDecision.valid_until.after-valid-from": (
        "LevelPlacementDecision",
        [DECISION, changed(DECISION, valid_until=DROP)],
        [changed(DECISION, valid_until="2023-03-14")],
        QUALIFICATION_RECORDS,
    ),
    "Consent.valid_until.after-valid-from": ("Consent", [CONSENT, changed(CONSENT, valid_until=DROP)], [changed(CONSENT, valid_until="2025-03-02")], INDIVIDUAL),
    "ConceptAnnotation.end_offset.after-start": ("ConceptAnnotation", [ANNOTATION], [changed(ANNOTATION, end_offset=110), changed(ANNOTATION, end_offset=100)], []),
    "ConceptAnnotation.annotated_text.matches-offsets": (
        "ConceptAnnotation",
        [ANNOTATION, changed(ANNOTATION, annotated_text=DROP)],
        [changed(ANNOTATION, annotated_text="sjuksköterskeexame"), changed(ANNOTATION, start_offset=0, end_offset=2, annotated_text="😀")],
        [],
    ),
    "ApplicationDetails.application_deadline.after-start": (
        "ApplicationDetails",
        [EVENT["application"], {"continuous_application": True}],
        [{"application_start_date": "2025-11-16", "application_deadline": "2025-10-01"}],
        [],
    ),
    "EducationEvent.application.before-start": (
        "EducationEvent",
        [EVENT, changed(EVENT, execution={"execution_condition": "2"}, application={"application_deadline": "2026-06-01"})],
        [changed(EVENT, application={"application_start_date": "2025-10-01", "application_deadline": "2026-01-20"})],
        OFFERING_RECORDS,
    ),
    "TimeLength.length_max.not-below-length": (
        "TimeLength",
        [{"length": 2, "length_max": 3, "time_unit": "years"}, {"length": 40, "time_unit": "weeks"}],
        [{"length": 3, "length_max": 2, "time_unit": "years"}],
        [],
    ),
    "DecisionRecord.date_accepted.required-for-status": ("DecisionRecord", [RECORD_0007, ECOSYSTEM_RECORD], [accepted(date_accepted=DROP)], DECISIONS),
    "DecisionRecord.date_rejected.required-for-status": (
        "DecisionRecord",
        [accepted(decision_status="rejected", date_accepted=DROP, date_rejected="2025-05-14")],
        [accepted(decision_status="rejected", date_accepted=DROP)],
        DECISIONS,
    ),
    "DecisionRecord.date_deprecated.required-for-status": (
        "DecisionRecord",
        [accepted(decision_status="deprecated", date_deprecated="2025-05-14")],
        [accepted(decision_status="deprecated")],
        DECISIONS,
    ),
    "DecisionRecord.date_withdrawn.required-for-status": (
        "DecisionRecord",
        [changed(ECOSYSTEM_RECORD, decision_status="withdrawn", date_withdrawn="2024-01-15")],
        [changed(ECOSYSTEM_RECORD, decision_status="withdrawn")],
        DECISIONS,
    ),
    "DecisionRecord.superseded_by.required-for-status": ("DecisionRecord", [RECORD_0003], [changed(RECORD_0003, superseded_by=DROP), changed(RECORD_0003, superseded_by=[])], DECISIONS),
    "DecisionRecord.superseded_by.only-when-superseded": ("DecisionRecord", [RECORD_0007, RECORD_0003], [accepted(superseded_by=[DECISION_0003])], DECISIONS),
    "DecisionRecord.last_updated.not-before-other-dates": ("DecisionRecord", [RECORD_0007, RECORD_0003], [accepted(last_updated="2025-05-13")], DECISIONS),
    "DecisionRecord.model_modules.required-for-scope": ("DecisionRecord", [RECORD_0007, ECOSYSTEM_RECORD], [accepted(model_modules=DROP), accepted(model_modules=[])], DECISIONS),
    "DecisionRecord.resolution.required-for-accepted-ecosystem": (
        "DecisionRecord",
        [ECOSYSTEM_RECORD, RECORD_0007, accepted(decision_scope="ecosystem", resolution="https://w3id.org/kll/id/forum/minutes/2025-05-14")],
        [accepted(decision_scope="ecosystem"), accepted(decision_scope="ecosystem", resolution="")],
        DECISIONS,
    ),
    # levels.py
    "Qualification.eqf_level.equals-seqf": ("Qualification", [QUALIFICATION, YH_QUALIFICATION, changed(YH_QUALIFICATION, eqf_level=DROP)], [changed(YH_QUALIFICATION, eqf_level="6")], LEVEL_RECORDS),
    "DiplomaSupplement.eqf_level.equals-seqf": ("DiplomaSupplement", [SUPPLEMENT], [changed(SUPPLEMENT, eqf_level="7")], LEVEL_RECORDS),
    "LevelPlacementDecision.seqf_level.matches-qualification": ("LevelPlacementDecision", [DECISION], [changed(DECISION, seqf_level="6")], QUALIFICATION_RECORDS),
    "Qualification.level_placement_decision.recommended-for-route": ("Qualification", [QUALIFICATION, YH_QUALIFICATION], [changed(QUALIFICATION, level_placement_decision=DROP)], LEVEL_RECORDS),
    "LevelPlacementDecision.has_learning_outcome.all-categories": (
        "LevelPlacementDecision",
        [DECISION, changed(DECISION, has_learning_outcome=list(reversed(ALL_OUTCOMES)))],
        [
            changed(DECISION, has_learning_outcome=OUTCOME_IDS["knowledge"] + OUTCOME_IDS["skills"]),
            (
                changed(DECISION, has_learning_outcome=ALL_OUTCOMES[:3] + ["https://w3id.org/kll/id/myh/learning-outcome/uncategorised"]),
                QUALIFICATION_RECORDS + [("LearningOutcome", {"id": "https://w3id.org/kll/id/myh/learning-outcome/uncategorised", "outcome_statement": {"sv": "Innehavaren kan leda arbetet."}})],
            ),
        ],
        QUALIFICATION_RECORDS,
    ),
    "MicroCredential.credential_levels.not-applicable-alone": (
        "MicroCredential",
        [MICRO_CREDENTIAL, changed(MICRO_CREDENTIAL, credential_levels=["not-applicable"]), changed(MICRO_CREDENTIAL, credential_levels=["eqf-6", "qf-ehea-first-cycle"])],
        [changed(MICRO_CREDENTIAL, credential_levels=["eqf-5", "not-applicable"])],
        LEVEL_RECORDS,
    ),
    "Credits.credit_value.plausible": (
        "Credits",
        [
            {"credit_system": "hp", "credit_value": 7.5},
            {"credit_system": "hp", "credit_value": 360},
            {"credit_system": "yh", "credit_value": 400},
            {"credit_system": "gy", "credit_value": 2500},
            {"credit_system": "vp", "credit_value": 100},
            {"credit_system": "fup", "credit_value": 10},
        ],
        [
            {"credit_system": "hp", "credit_value": 7.25},
            {"credit_system": "hp", "credit_value": 0},
            {"credit_system": "hp", "credit_value": 450},
            {"credit_system": "yh", "credit_value": 2000},
            {"credit_system": "gy", "credit_value": 5000},
            {"credit_system": "vp", "credit_value": 2400},
        ],
        [],
    ),
    "CreditPoints.point_value.plausible": (
        "CreditPoints",
        [{"point_value": 200, "credit_framework": "yh"}, {"point_value": 7.5, "credit_framework": "ects"}, {"point_value": 2.7, "credit_framework": "ects"}, {"point_value": 400, "credit_framework": "notional-hours"}],
        [{"point_value": 500, "credit_framework": "ects"}, {"point_value": 20000, "credit_framework": "notional-hours"}, {"point_value": 0, "credit_framework": "yh"}],
        [],
    ),
    "Credits.credit_minimum.not-above-value": (
        "Credits",
        [{"credit_system": "hp", "credit_value": 30, "credit_minimum": 15}, {"credit_system": "hp", "credit_value": 30, "credit_minimum": 30}],
        [{"credit_system": "hp", "credit_value": 30, "credit_minimum": 45}],
        [],
    ),
    "Fee.first_installment.not-above-amount": (
        "Fee",
        [{"amount": 45000, "currency": "SEK", "first_installment": 22500}, {"amount": 45000, "currency": "SEK"}],
        [{"amount": 45000, "currency": "SEK", "first_installment": 50000}],
        [],
    ),
    "Education.degrees.only-when-degree": (
        "Education",
        [EDUCATION, changed(EDUCATION, leads_to_degree=True, degrees={"sv": "Yrkeshögskoleexamen"})],
        [changed(EDUCATION, degrees={"sv": "Yrkeshögskoleexamen"})],
        [],
    ),
    # consent.py
    "SharingReceipt.consent.not-active": (
        "SharingReceipt",
        [receipt_case()[0], receipt_case(shared_at="2025-06-30T23:30:00+02:00")[0]],
        [
            receipt_case(shared_at="2025-07-01T09:00:00+02:00")[0],
            receipt_case(shared_at="2025-03-02T23:59:00+01:00")[0],
            receipt_case(shared_at="2025-03-03T10:00:00+01:00")[0],
        ],
        receipt_case()[1],
    ),
    "SharingReceipt.consent.refused": ("SharingReceipt", [receipt_case()], [receipt_case(changed(CONSENT, consent_status="refused"))], []),
    "SharingReceipt.consent.revoked": (
        "SharingReceipt",
        [receipt_case(changed(CONSENT, consent_status="withdrawn", revoked_at="2025-03-04T08:00:00+01:00"))],
        [
            receipt_case(changed(CONSENT, consent_status="withdrawn", revoked_at="2025-03-03T10:16:00+01:00")),
            receipt_case(changed(CONSENT, consent_status="revoked")),
        ],
        [],
    ),
    "SharingReceipt.consent.category-not-covered": (
        "SharingReceipt",
        [receipt_case(), receipt_case(data_categories=["achievements"])],
        [receipt_case(data_categories=["achievements", "grades"])],
        [],
    ),
    "SharingReceipt.consent.recipient-mismatch": ("SharingReceipt", [receipt_case()], [receipt_case(recipient=OTHER_ORG_ID)], []),
    "SharingReceipt.consent.data-subject-mismatch": ("SharingReceipt", [receipt_case()], [receipt_case(data_subject=OTHER_PERSON["id"])], []),
    "SharingReceipt.consent.data-holder-mismatch": (
        "SharingReceipt",
        [receipt_case(), receipt_case(changed(CONSENT, data_holder=DROP), data_holder=OTHER_ORG_ID)],
        [receipt_case(data_holder=OTHER_ORG_ID)],
        [],
    ),
    "DataRequest.consent.required-when-shared": ("DataRequest", [REQUEST, changed(REQUEST, request_state="received", consent=DROP)], [changed(REQUEST, consent=DROP)], INDIVIDUAL),
    "Consent.revoked_at.required-when-revoked": (
        "Consent",
        [CONSENT, changed(CONSENT, consent_status="withdrawn", revoked_at="2025-04-01T12:00:00+02:00")],
        [changed(CONSENT, consent_status="withdrawn"), changed(CONSENT, consent_status="revoked")],
        INDIVIDUAL,
    ),
    "Consent.revoked_at.only-when-revoked": ("Consent", [CONSENT, changed(CONSENT, consent_status="expired")], [changed(CONSENT, revoked_at="2025-04-01T12:00:00+02:00")], INDIVIDUAL),
    # Decision record 0035: no contact data of a person with protected personal data, at any step.
    "DataRequest.data_categories.protected-contact-data": (
        "DataRequest",
        [changed(REQUEST, data_categories=["achievements", "contact-data"]), (REQUEST, PROTECTED_INDIVIDUAL)],
        [(changed(REQUEST, data_categories=["achievements", "contact-data"]), PROTECTED_INDIVIDUAL)],
        INDIVIDUAL,
    ),
    "Consent.data_categories.protected-contact-data": (
        "Consent",
        [changed(CONSENT, data_categories=["contact-data"]), (CONSENT, PROTECTED_INDIVIDUAL)],
        [(changed(CONSENT, data_categories=["achievements", "contact-data"]), PROTECTED_INDIVIDUAL)],
        INDIVIDUAL,
    ),
    "SharingReceipt.data_categories.protected-contact-data": (
        "SharingReceipt",
        [changed(RECEIPT, data_categories=["contact-data"]), (RECEIPT, _with_contact_consent(PROTECTED_INDIVIDUAL))],
        [(changed(RECEIPT, data_categories=["contact-data"]), _with_contact_consent(PROTECTED_INDIVIDUAL))],
        _with_contact_consent(INDIVIDUAL),
    ),
    "Consent.revoked_at.after-given": (
        "Consent",
        [changed(CONSENT, consent_status="withdrawn", revoked_at="2025-04-01T12:00:00+02:00")],
        [changed(CONSENT, consent_status="withdrawn", revoked_at="2025-03-03T10:00:00+01:00")],
        INDIVIDUAL,
    ),
    "Consent.retained_until.before-valid-until": (
        "Consent",
        [CONSENT, changed(CONSENT, retained_until="2025-06-30"), changed(CONSENT, retained_until="2020-01-01", valid_until=DROP)],
        [changed(CONSENT, retained_until="2025-06-29")],
        INDIVIDUAL,
    ),
    # catalogue.py
    "DataService.endpoint_url.https-when-not-public": (
        "DataService",
        [SERVICE, changed(SERVICE, access_rights="RESTRICTED"), changed(SERVICE, endpoint_url="http://api.example.se/oppen")],
        [changed(SERVICE, access_rights="RESTRICTED", endpoint_url="http://api.example.se/begransad"),
         changed(SERVICE, access_rights="NON_PUBLIC", endpoint_url="http://api.example.se/ej-offentlig")],
        [],
    ),
    # dataset_rules.py
    "identifier.duplicate": ("Achievement", [ACHIEVEMENT], [(ACHIEVEMENT, "duplicate")], ACHIEVEMENT_RECORDS),
    "reference.unresolved": (
        "Achievement",
        [ACHIEVEMENT],
        [changed(ACHIEVEMENT, learner="urn:uuid:00000000-0000-4000-8000-000000000000"), changed(ACHIEVEMENT, issuer="https://w3id.org/kll/id/org/unknown")],
        ACHIEVEMENT_RECORDS,
    ),
    "reference.wrong-class": (
        "Achievement",
        [ACHIEVEMENT],
        [changed(ACHIEVEMENT, issuer=PERSON_ID), changed(ACHIEVEMENT, qualification=CONSENT_ID)],
        ACHIEVEMENT_RECORDS + [("Consent", CONSENT)],
    ),
    "reference.deprecated-concept": (
        "Concept",
        [concept("723a"), concept("2000/00"),
         # SKOS matches to a current concept of the data and to one outside it (SCB's SSYK 2221, not among the records)
         concept("723a", close_match=[CONCEPTS["af/2221"]["id"]], exact_match=["https://w3id.org/kll/id/scb/ssyk-2012/2221"]),
         concept("2000/00", exact_match=[CONCEPTS["2000/0"]["id"]]),  # a deprecated concept may match another
         concept("0", exact_match=[CONCEPTS["2000/0"]["id"]])],  # the replacement matches the concept it replaces
        [concept("0", related_concepts=[CONCEPTS["2000/0"]["id"]]), concept("723a", broader=[CONCEPTS["2000/00"]["id"]]),
         concept("72", exact_match=[CONCEPTS["2000/0"]["id"]]), concept("723a", broad_match=[CONCEPTS["2000/00"]["id"]]),
         concept("af/2221", close_match=[CONCEPTS["2000/0"]["id"]]), concept("723a", narrow_match=[CONCEPTS["72"]["id"], CONCEPTS["2000/00"]["id"]])],
        CONCEPT_RECORDS,
    ),
    "Concept.replaced_by.only-when-deprecated": ("Concept", [concept("2000/0"), concept("723a")], [concept("2000/0", deprecated=False), concept("2000/0", deprecated=DROP)], CONCEPT_RECORDS),
    "Concept.replaced_by.not-self": ("Concept", [concept("2000/0")], [concept("2000/0", replaced_by=CONCEPTS["2000/0"]["id"])], CONCEPT_RECORDS),
    "Concept.broader.no-cycle": (
        "Concept",
        [concept("723a"), concept("72")],
        [concept("72", broader=[CONCEPTS["723a"]["id"]]), concept("723", broader=[CONCEPTS["723"]["id"]])],
        CONCEPT_RECORDS,
    ),
}


# --- labour.py and schemes.py (issue 17) -----------------------------------------------------------

EMPLOYER_ID = "https://w3id.org/kll/id/org/559900-1236"
JOB_POSTING = {
    "id": "https://w3id.org/kll/id/af/job-posting/29871234",
    "posting_identifier": "29871234",
    "title": {"sv": "CNC-operatör"},
    "occupation": ref("af-ssyk-2012", "7223", "2012"),
    "required_skills": [ref("jobtech-taxonomy", "JFDz_Uyg_Nmy", "2020-06-24")],
    "employer": EMPLOYER_ID,
    "workplace_address": ADDRESS,
    "county_code": "22",
    "employment_type": ref("jobtech-taxonomy", "PFZr_Syz_cUq", "2020-06-24"),
    "working_time": ref("jobtech-taxonomy", "6YE1_gAC_R2G", "2020-06-24"),
    "publication_date": "2026-11-16",
    "application_deadline_of_posting": "2026-12-14",
}
EMPLOYER = {"id": EMPLOYER_ID, "name": {"sv": "Sundsvalls Precisionsmekanik AB"}, "organisation_number": "559900-1236"}
JOBTECH_SKILL_CONCEPT = {"id": "https://w3id.org/kll/id/af/concept/JFDz_Uyg_Nmy", "code": "JFDz_Uyg_Nmy",
                         "jobtech_concept_id": "JFDz_Uyg_Nmy", "jobtech_concept_type": "skill"}
OUTLOOK = {
    "id": "https://w3id.org/kll/id/af/occupation-outlook/2027/22/2221",
    "occupation": ref("af-ssyk-2012", "2221", "2012"),
    "county_code": "22",
    "outlook_period": {"start_date": "2027-01-01", "end_date": "2027-12-31"},
    "issued": "2026-12-01",
    "demand_level": ref("local", "stora", "af-jobbmojligheter-2026"),
    "outlook_publisher": "https://w3id.org/kll/id/org/202100-2114",
}
DEMAND = {
    "id": "https://w3id.org/kll/id/af/skills-demand/2025/22/2221",
    "demanded_concepts": [ref("af-ssyk-2012", "2221", "2012")],
    "statistics_period": {"start_date": "2025-01-01", "end_date": "2025-12-31"},
    "county_code": "22",
    "demand_measure": "job-postings",
    "observation_value": 412,
    "outlook_publisher": "https://w3id.org/kll/id/org/202100-2114",
}
AF = {"id": "https://w3id.org/kll/id/org/202100-2114", "name": {"sv": "Arbetsförmedlingen"}, "organisation_number": "202100-2114"}
JOB_RECORDS = [("Organisation", EMPLOYER)]
AF_RECORDS = [("Organisation", AF)]

CASES.update({
    "concept-reference.scheme-fits-slot": (
        "JobPosting",
        [JOB_POSTING, changed(JOB_POSTING, occupation=ref("esco-occupation", "7223.1", "v1.2.0")), changed(JOB_POSTING, required_skills="not a list")],
        [changed(JOB_POSTING, occupation=ref("sun-2020-field", "523f", "2020")),
         changed(JOB_POSTING, required_skills=[ref("esco-occupation", "7223.1", "v1.2.0")])],
        JOB_RECORDS,
    ),
    "concept-reference.jobtech-type-fits-slot": (
        "JobPosting",
        [JOB_POSTING, changed(JOB_POSTING, occupation=ref("jobtech-taxonomy", "vaEp_iBS_c5h", "2020-06-24"))],
        [changed(JOB_POSTING, required_skills=[ref("jobtech-taxonomy", "vaEp_iBS_c5h", "2020-06-24")]),
         (changed(JOB_POSTING, occupation=ref("jobtech-taxonomy", "JFDz_Uyg_Nmy", "2020-06-24")), JOB_RECORDS + [("Concept", JOBTECH_SKILL_CONCEPT)])],
        JOB_RECORDS,
    ),
    "ConceptReference.scheme.deprecated": (
        "ConceptReference",
        [ref("esco-skill", "5fd5c985-eaaa-47aa-8314-62359c54505a", "v1.2.0")],
        [ref("esco", "5fd5c985-eaaa-47aa-8314-62359c54505a", "v1.2.0")],
        [],
    ),
    "JobPosting.application_deadline_of_posting.after-publication": (
        "JobPosting",
        [JOB_POSTING, changed(JOB_POSTING, application_deadline_of_posting="2026-11-16"), changed(JOB_POSTING, application_deadline_of_posting=DROP)],
        [changed(JOB_POSTING, application_deadline_of_posting="2026-11-15")],
        JOB_RECORDS,
    ),
    "JobPosting.employer.organisation-number": (
        "JobPosting",
        [JOB_POSTING],
        [(JOB_POSTING, [("Organisation", changed(EMPLOYER, organisation_number=DROP))])],
        JOB_RECORDS,
    ),
    "JobPosting.county_code.matches-municipality": (
        "JobPosting",
        [JOB_POSTING, changed(JOB_POSTING, workplace_address=changed(ADDRESS, municipality_code=DROP))],
        [changed(JOB_POSTING, county_code="24")],
        JOB_RECORDS,
    ),
    "JobPosting.county_code.in-code-list": (
        "JobPosting",
        [JOB_POSTING, changed(JOB_POSTING, county_code=DROP)],
        [changed(JOB_POSTING, county_code="29", workplace_address=changed(ADDRESS, municipality_code=DROP))],
        JOB_RECORDS,
    ),
    "JobPosting.employment_type.in-code-list": (
        "JobPosting",
        [JOB_POSTING, changed(JOB_POSTING, employment_type=DROP)],
        [changed(JOB_POSTING, employment_type=ref("jobtech-taxonomy", "JFDz_Uyg_Nmy", "2020-06-24"))],
        JOB_RECORDS,
    ),
    "JobPosting.working_time.in-code-list": (
        "JobPosting",
        [JOB_POSTING, changed(JOB_POSTING, working_time=ref("jobtech-taxonomy", "947z_JGS_Uk2", "2020-06-24"))],
        [changed(JOB_POSTING, working_time=ref("jobtech-taxonomy", "0000_xxx_000", "2020-06-24"))],
        JOB_RECORDS,
    ),
    "OccupationOutlook.county_code.in-code-list": ("OccupationOutlook", [OUTLOOK, changed(OUTLOOK, county_code=DROP)], [changed(OUTLOOK, county_code="29")], AF_RECORDS),
    "OccupationOutlook.issued.not-after-period": (
        "OccupationOutlook",
        [OUTLOOK, changed(OUTLOOK, issued="2027-12-31"), changed(OUTLOOK, outlook_period={"start_date": "2027-01-01"})],
        [changed(OUTLOOK, issued="2028-01-01")],
        AF_RECORDS,
    ),
    "SkillsDemand.county_code.in-code-list": ("SkillsDemand", [DEMAND], [changed(DEMAND, county_code="29")], AF_RECORDS),
    "SkillsDemand.municipality_code.in-code-list": ("SkillsDemand", [changed(DEMAND, municipality_code="2281")], [changed(DEMAND, municipality_code="2299")], AF_RECORDS),
    "SkillsDemand.county_code.matches-municipality": (
        "SkillsDemand",
        [changed(DEMAND, municipality_code="2262"), changed(DEMAND, county_code=DROP, municipality_code="2480")],
        [changed(DEMAND, municipality_code="2480")],
        AF_RECORDS,
    ),
    "SkillsDemand.observation_value.fits-measure": (
        "SkillsDemand",
        [DEMAND, changed(DEMAND, observation_value=412.0), changed(DEMAND, demand_measure="share-of-postings", observation_value=0.0418),
         changed(DEMAND, demand_measure="share-of-postings", observation_value=1)],
        [changed(DEMAND, observation_value=412.5), changed(DEMAND, demand_measure="share-of-postings", observation_value=4.18)],
        AF_RECORDS,
    ),
})



# --- validation.py (issue 18) ---------------------------------------------------------------------

VALIDATION_ACHIEVEMENT = changed(ACHIEVEMENT, id="https://w3id.org/kll/id/nordvik/achievement/validering-2025-0042",
                                 qualification=DROP, awarding_date="2025-04-22", credit_points={"point_value": 40, "credit_framework": "yh"})
VALIDATION_QUALIFICATION = changed(YH_QUALIFICATION, has_learning_outcome=[OUTCOME_IDS["knowledge"][0], OUTCOME_IDS["skills"][0]])
VALIDATION = {
    "id": "https://w3id.org/kll/id/nordvik/validation/2025-0042",
    "learner": PERSON_ID,
    "assessed_against_qualifications": [VALIDATION_QUALIFICATION["id"]],
    "assessing_organisation": HOLDER_ID,
    "validation_stage": "certification",
    "validation_date": "2025-04-15",
    "recognised_learning_outcomes": [OUTCOME_IDS["knowledge"][0], OUTCOME_IDS["skills"][0]],
    "credit_points": {"point_value": 40, "credit_framework": "yh"},
    "resulting_achievement": VALIDATION_ACHIEVEMENT["id"],
}
VALIDATION_RECORDS = PARTIES + OUTCOMES + [("Qualification", VALIDATION_QUALIFICATION), ("Achievement", VALIDATION_ACHIEVEMENT)]
STUDY_RESULT = {
    "id": "https://w3id.org/kll/id/kth/study-result/1b2e4c6a-8d0f-4a3b-9c5e-7f1a2b3c4d5e",
    "learner": PERSON_ID,
    "course_title": {"sv": "Programmeringsteknik"},
    "course_code": ref("local", "DD1310", "kth-kurskoder"),
    "issuer": HOLDER_ID,
    "credit_points": {"point_value": 7.5, "credit_framework": "hp"},
    "grade": "B",
    "grading_scale": "a-f-ects",
    "result_date": "2025-01-17",
}

CASES.update({
    "ValidationOfPriorLearning.assessed_against_qualifications.or-outcomes-or-standard": (
        "ValidationOfPriorLearning",
        [VALIDATION, changed(VALIDATION, assessed_against_qualifications=DROP, recognised_learning_outcomes=DROP,
                             occupational_standards=[ref("local", "tillganglighetsgranskare", "branschradet-standarder-2025")])],
        [changed(VALIDATION, assessed_against_qualifications=DROP), changed(VALIDATION, assessed_against_qualifications=[])],
        VALIDATION_RECORDS,
    ),
    "ValidationOfPriorLearning.recognised_learning_outcomes.among-assessed": (
        "ValidationOfPriorLearning",
        [VALIDATION,
         changed(VALIDATION, assessed_against_qualifications=DROP, assessed_against_outcomes=[OUTCOME_IDS["skills"][0]], recognised_learning_outcomes=[OUTCOME_IDS["skills"][0]])],
        [changed(VALIDATION, recognised_learning_outcomes=[OUTCOME_IDS["responsibility-and-autonomy"][0]]),
         changed(VALIDATION, assessed_against_qualifications=DROP, assessed_against_outcomes=[OUTCOME_IDS["skills"][0]])],
        VALIDATION_RECORDS,
    ),
    "ValidationOfPriorLearning.validation_date.not-after-achievement": (
        "ValidationOfPriorLearning",
        [VALIDATION, changed(VALIDATION, validation_date="2025-04-22"), changed(VALIDATION, resulting_achievement=DROP, validation_stage="assessment", validation_date="2026-01-01")],
        [changed(VALIDATION, validation_date="2025-04-23")],
        VALIDATION_RECORDS,
    ),
    "ValidationOfPriorLearning.resulting_achievement.same-learner": (
        "ValidationOfPriorLearning",
        [VALIDATION],
        [changed(VALIDATION, learner=OTHER_PERSON["id"])],
        VALIDATION_RECORDS,
    ),
    "ValidationOfPriorLearning.resulting_achievement.named-at-certification": (
        "ValidationOfPriorLearning",
        [VALIDATION, changed(VALIDATION, validation_stage="assessment", resulting_achievement=DROP)],
        [changed(VALIDATION, resulting_achievement=DROP)],
        VALIDATION_RECORDS,
    ),
    "StudyResult.grade.in-scale": (
        "StudyResult",
        [STUDY_RESULT, changed(STUDY_RESULT, grade="Fx"), changed(STUDY_RESULT, grading_scale="other", grade="Hyv"),
         changed(STUDY_RESULT, grading_scale="u-g-vg", grade="VG"), changed(STUDY_RESULT, grading_scale=DROP, grade="5")],
        [changed(STUDY_RESULT, grade="VG"), changed(STUDY_RESULT, grading_scale="a-f-school", grade="Fx"),
         changed(STUDY_RESULT, grading_scale="ig-g-vg", grade="U")],
        PARTIES,
    ),
})


# --- governance.py: the register of data flows (issue 18) -----------------------------------------

DATA_FLOW = {
    "id": "https://w3id.org/kll/id/data-flow/myh-scb-yh-statistik",
    "title": {"sv": "Uppgifter om studerande i yrkeshögskolan till SCB"},
    "providing_party": "https://w3id.org/kll/id/agency/myh",
    "receiving_party": "https://w3id.org/kll/id/agency/scb",
    "flow_datasets": ["https://w3id.org/kll/id/myh/dataset/studerande-yrkeshogskolan"],
    "flow_purpose": {"sv": "Framställning av officiell statistik."},
    "contains_personal_data": True,
    "statutory_basis": [{"sfs_number": "2001:99"}],
    "gdpr_legal_basis": ["public-task"],
    "secrecy_assessment": {
        "description": {"sv": "Statistiksekretess hos mottagaren."},
        "secrecy_result": "disclosure-permitted",
        "secrecy_provisions": [{"sfs_number": "2009:400", "statute_chapter": "24", "statute_section": "8"}],
    },
    "approval_status": "approved",
    "approval_date": "2025-10-07",
    "review_due_date": "2999-12-31",
}
FLOW_RECORDS = [
    ("Organisation", {"id": "https://w3id.org/kll/id/agency/myh", "name": {"sv": "Myndigheten för yrkeshögskolan"}, "organisation_number": "202100-6115"}),
    ("Organisation", {"id": "https://w3id.org/kll/id/agency/scb", "name": {"sv": "Statistiska centralbyrån"}, "organisation_number": "202100-0829"}),
    ("Dataset", {"id": "https://w3id.org/kll/id/myh/dataset/studerande-yrkeshogskolan", "title": {"sv": "Studerande i yrkeshögskolan"},
                 "description": {"sv": "Uppgifter per studerande."}, "publisher": "https://w3id.org/kll/id/agency/myh"}),
]
OPEN_FLOW = changed(DATA_FLOW, contains_personal_data=False, statutory_basis=DROP, gdpr_legal_basis=DROP, secrecy_assessment=DROP)

CASES.update({
    "DataFlow.statutory_basis.required-for-personal-data": (
        "DataFlow",
        [DATA_FLOW, OPEN_FLOW, changed(DATA_FLOW, approval_status="proposed", statutory_basis=DROP, gdpr_legal_basis=DROP)],
        [changed(DATA_FLOW, statutory_basis=DROP), changed(DATA_FLOW, gdpr_legal_basis=[]), changed(DATA_FLOW, statutory_basis=DROP, gdpr_legal_basis=DROP)],
        FLOW_RECORDS,
    ),
    "DataFlow.secrecy_assessment.required-for-personal-data": (
        "DataFlow",
        [DATA_FLOW, OPEN_FLOW, changed(DATA_FLOW, approval_status="proposed", secrecy_assessment=DROP)],
        [changed(DATA_FLOW, secrecy_assessment=DROP)],
        FLOW_RECORDS,
    ),
    "DataFlow.approval_date.required-when-approved": (
        "DataFlow",
        [DATA_FLOW, changed(DATA_FLOW, approval_status="proposed", approval_date=DROP)],
        [changed(DATA_FLOW, approval_date=DROP), changed(OPEN_FLOW, approval_date="")],
        FLOW_RECORDS,
    ),
    "DataFlow.review_due_date.passed": (
        "DataFlow",
        [DATA_FLOW, changed(DATA_FLOW, review_due_date=DROP), changed(DATA_FLOW, approval_status="ended", review_due_date="2001-01-01")],
        [changed(DATA_FLOW, review_due_date="2001-01-01"), changed(OPEN_FLOW, approval_status="suspended", review_due_date="2001-01-01")],
        FLOW_RECORDS,
    ),
})


# --- eligibility.py (issue 18) ----------------------------------------------------------------------

def gy(code: str) -> dict:
    return ref("gy-course", code, "Gy11")


MATHEMATICS_2 = {"courses": [gy("MATMAT02a"), gy("MATMAT02b"), gy("MATMAT02c")], "minimum_grade": "E"}
SPECIFIC_A14 = {
    "eligibility_kind": "specific",
    "eligibility_area": ref("local", "A14", "uhr-omradesbehorigheter-gy11"),
    "course_requirements": [{"courses": [gy("NAKNAK02")], "minimum_grade": "E"}, MATHEMATICS_2,
                            {"courses": [gy("SAMSAM01b")], "minimum_grade": "E"}],
}
GENERAL = {"eligibility_kind": "general", "description": {"sv": "Grundläggande behörighet för högskolestudier."}}
NURSING = changed(EDUCATION, id="https://w3id.org/kll/id/uhr/i.uoh.miun.vgsja", education_code="VGSJA",
                  title={"sv": "Sjuksköterskeprogrammet"}, school_type="HS", credits={"credit_system": "hp", "credit_value": 180},
                  eligibility_requirements=[GENERAL, SPECIFIC_A14])
ONLY_TEXT = {"eligibility_kind": "specific", "description": {"sv": "Godkänt arbetsprov."}}

CASES.update({
    "EligibilityRequirement.eligibility_kind.specific-states-requirement": (
        "EligibilityRequirement",
        [SPECIFIC_A14, GENERAL, {"eligibility_kind": "general"}, ONLY_TEXT,
         {"eligibility_kind": "specific", "course_requirements": [MATHEMATICS_2]},
         {"eligibility_kind": "specific", "eligibility_area": ref("local", "A14", "uhr-omradesbehorigheter-gy11")}],
        [{"eligibility_kind": "specific"}, {"eligibility_kind": "specific", "course_requirements": [], "description": {}}],
        [],
    ),
    "CourseRequirement.minimum_grade.grade-scale": (
        "CourseRequirement",
        [MATHEMATICS_2, changed(MATHEMATICS_2, minimum_grade="C"), changed(MATHEMATICS_2, minimum_grade=DROP),
         {"courses": [ref("local", "MA2", "yrgo-forkunskaper")], "minimum_grade": "G"}],
        [changed(MATHEMATICS_2, minimum_grade="F"), changed(MATHEMATICS_2, minimum_grade="G"),
         {"courses": [ref("local", "MA2", "yrgo-forkunskaper"), gy("MATMAT02c")], "minimum_grade": "3"}],
        [],
    ),
    "Education.eligibility_requirements.higher-education-specific": (
        "Education",
        [NURSING, changed(NURSING, eligibility_requirements=DROP), changed(EDUCATION, eligibility_requirements=[GENERAL, ONLY_TEXT]),
         changed(NURSING, eligibility_requirements=[GENERAL, {"eligibility_kind": "specific", "course_requirements": [MATHEMATICS_2]}])],
        [changed(NURSING, eligibility_requirements=[GENERAL, ONLY_TEXT]),
         changed(NURSING, eligibility_requirements=[{"eligibility_kind": "specific"}])],
        [],
    ),
})


def _entries(entries, records):
    """(object, records, duplicate) for each entry of a case list."""
    for entry in entries:
        if isinstance(entry, tuple):
            obj, extra = entry
            if extra == "duplicate":
                yield obj, records, ("Achievement", obj)
            else:
                yield obj, records if extra is None else extra, None
        else:
            yield entry, records, None


def _params(which: int):
    for rule, case in CASES.items():
        class_name, records = case[0], case[3]
        for n, (obj, recs, duplicate) in enumerate(_entries(case[which], records)):
            yield pytest.param(rule, class_name, obj, recs, duplicate, id=f"{rule}-{n}")


@pytest.mark.parametrize("rule, class_name, obj, records, duplicate", list(_params(1)))
def test_passing_object_yields_nothing(rule, class_name, obj, records, duplicate):
    assert run(class_name, obj, records, duplicate) == []


@pytest.mark.parametrize("rule, class_name, obj, records, duplicate", list(_params(2)))
def test_failing_object_yields_exactly_the_rule(rule, class_name, obj, records, duplicate):
    hits = run(class_name, obj, records, duplicate)
    assert hits, f"{rule} found nothing"
    assert {hit[0] for hit in hits} == {rule}
    for _, where, detail in hits:
        assert where.startswith("/"), "a hit points into the object"
        assert detail is None or not LEAK.search(detail), "a detail must not carry a personal number"
    # the check itself, called directly through the registry, finds the same
    direct = list(REGISTRY[rule](copy.deepcopy(obj), context_for(class_name, obj, records, duplicate)))
    assert [(h.pointer, both_languages(h.detail)) for h in direct] == [(where, detail) for _, where, detail in hits]


def test_every_registered_rule_has_cases():
    assert set(CASES) == set(REGISTRY)
    for rule, (class_name, good, bad, _) in CASES.items():
        assert good and bad, rule
        assert is_a(class_name, REGISTRY[rule].applies_to), rule


@pytest.mark.parametrize("rule", sorted(REGISTRY))
def test_rule_metadata(rule):
    check = REGISTRY[rule]
    view = _view()
    assert check.rule == rule
    assert isinstance(check.severity, Severity)
    assert check.applies_to in view.all_classes()
    for message in (check.message_en, check.message_sv):
        assert message.strip() and message == message.strip() and "\n" not in message
        assert message[0].isupper() and message.endswith("."), message
        assert not LEAK.search(message)
    assert check.message_en != check.message_sv
    if rule in DATASET_RULES:
        assert check.applies_to == "Entity"
    else:
        class_name, slot, kind = rule.split(".")
        assert class_name == check.applies_to
        assert slot in {s.name for s in view.class_induced_slots(class_name)}, rule
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", kind), rule
    source_class, _, source_slot = check.source.partition(".")
    assert source_class in view.all_classes()
    assert not source_slot or source_slot in {s.name for s in view.class_induced_slots(source_class)}


# --- specific behaviour -------------------------------------------------------------------------


def _details(rule, class_name, obj, records=()):
    return [detail for hit_rule, _, detail in run(class_name, obj, records) if hit_rule == rule]


def test_personal_number_is_never_in_a_detail():
    number = "191212121213"
    for rule in ("Person.personal_identity_number.check-digit",):
        details = _details(rule, "Person", changed(PERSON, personal_identity_number=number))
        assert details and all(number not in d and "121212" not in d for d in details)
    org = (lambda n: n[:6] + "-" + n[6:])(with_check_digit("121212121"))
    details = _details("Organisation.organisation_number.group-digit", "Organisation", changed(OTHER_ORG, organisation_number=org))
    assert details and all(org not in d and org.replace("-", "") not in d for d in details)


def test_sun_level_and_field_are_kept_apart():
    [detail] = _details("ConceptReference.code.in-code-list", "ConceptReference", ref("sun-2020-level", "481a", "2020"))
    assert "field code" in detail
    [detail] = _details("ConceptReference.code.in-code-list", "ConceptReference", ref("sun-2020-field", "316", "2020"))
    assert "level code" in detail


def test_ssyk_manager_groups_are_explained():
    [detail] = _details("ConceptReference.code.ssyk-unconfirmed", "ConceptReference", ref("ssyk-2012", "1211", "2012"))
    assert "manager" in detail
    assert REGISTRY["ConceptReference.code.ssyk-unconfirmed"].severity is Severity.WARNING


def test_deprecated_reference_names_the_replacement():
    [detail] = _details("reference.deprecated-concept", "Concept", concept("0", related_concepts=[CONCEPTS["2000/0"]["id"]]), CONCEPT_RECORDS)
    assert CONCEPTS["0"]["id"] in detail


def test_references_inside_mappings_are_checked():
    bad = copy.deepcopy(MAPPING_SET)
    bad["mappings"][0]["mapping_authors"] = ["https://w3id.org/kll/id/agency/unknown"]
    hits = run("MappingSet", bad, CONCEPT_RECORDS)
    assert [(rule, where) for rule, where, _ in hits] == [("reference.unresolved", "/mappings/0/mapping_authors/0")]


def _mapping_set(subject: dict, target: dict) -> dict:
    mapping_set = copy.deepcopy(MAPPING_SET)
    mapping_set["mappings"] = [dict(mapping_set["mappings"][0], mapping_subject=subject, mapping_object=target)]
    return mapping_set


SUN_2000_0 = {"scheme": "sun-2000-field", "code": "0", "scheme_version": "2000"}
SSYK_2221 = {"scheme": "af-ssyk-2012", "code": "2221", "scheme_version": "2012"}


@pytest.mark.parametrize(("subject", "target", "where"), [
    (SUN_2000_0, SSYK_2221, ["/mappings/0/mapping_subject"]),
    (SSYK_2221, SUN_2000_0, ["/mappings/0/mapping_object"]),
    (SSYK_2221, {"scheme": "sun-2000-field", "code": "00"}, ["/mappings/0/mapping_object"]),  # no version: the only one
    ({"concept_iri": CONCEPTS["2000/0"]["id"], "label": "Allmän utbildning"}, SSYK_2221, ["/mappings/0/mapping_subject"]),
    (SUN_2000_0, {"scheme": "sun-2000-field", "code": "00", "scheme_version": "2000"}, ["/mappings/0/mapping_subject", "/mappings/0/mapping_object"]),
    # the mapping from a deprecated concept to its own replacement records the replacement
    (SUN_2000_0, {"scheme": "sun-2020-field", "code": "0", "scheme_version": "2020"}, []),
    (dict(SUN_2000_0, scheme_version="2010"), SSYK_2221, []),  # another version of the scheme: not this concept
    ({"scheme": "sun-2020-field", "code": "723a", "scheme_version": "2020"}, SSYK_2221, []),
])
def test_a_mapping_of_a_deprecated_concept_is_warned_about(subject, target, where):
    hits = [(rule, pointer, detail) for rule, pointer, detail in run("MappingSet", _mapping_set(subject, target), CONCEPT_RECORDS)
            if rule == "reference.deprecated-concept"]
    assert [pointer for _, pointer, _ in hits] == where
    for _, pointer, detail in hits:
        end = subject if pointer.endswith("subject") else target
        expected = "replaced by " + SUN_BASE + "0" if end.get("code") == "0" or end.get("concept_iri") else "has no replacement"
        assert expected in detail


def test_outcome_categories_are_not_judged_with_an_outcome_missing():
    # An outcome that is not among the records validated together: reference.unresolved says so,
    # and the category rule does not guess.
    decision = changed(DECISION, has_learning_outcome=ALL_OUTCOMES[:2] + ["https://w3id.org/kll/id/myh/learning-outcome/elsewhere"])
    hits = run("LevelPlacementDecision", decision, QUALIFICATION_RECORDS)
    assert [(rule, where) for rule, where, _ in hits] == [("reference.unresolved", "/has_learning_outcome/2")]


def test_scheme_fit_reaches_the_value_objects_of_a_record():
    # the courses of an eligibility requirement take Skolverket's course codes or a local scheme;
    # the record is judged, down to the course, and the hit points at the course
    wrong = copy.deepcopy(NURSING)
    wrong["eligibility_requirements"][1]["course_requirements"][1]["courses"][2] = ref("sun-2020-field", "461z", "2020")
    assert run("Education", wrong) == [(
        "concept-reference.scheme-fits-slot",
        "/eligibility_requirements/1/course_requirements/1/courses/2/scheme",
        "The property courses takes the schemes gy-course, local.\nEgenskapen courses tar emot begreppssystemen gy-course, local.",
    )]
    area = copy.deepcopy(NURSING)
    area["eligibility_requirements"][1]["eligibility_area"] = ref("sun-2020-level", "525", "2020")
    assert [hit[:2] for hit in run("Education", area)] == [("concept-reference.scheme-fits-slot", "/eligibility_requirements/1/eligibility_area/scheme")]
    assert run("Education", NURSING) == []


def test_utf16_offsets_are_recognised():
    [detail] = _details("ConceptAnnotation.annotated_text.matches-offsets", "ConceptAnnotation", changed(ANNOTATION, start_offset=0, end_offset=2, annotated_text="😀"))
    assert "UTF-16" in detail


def test_yaml_dates_and_wrong_types_do_not_crash():
    assert _details("Period.end_date.after-start", "Period", {"start_date": date(2025, 12, 31), "end_date": date(2025, 1, 1)})
    for obj in ({"start_date": "2025-02-30", "end_date": "2025-01-01"}, {"start_date": 5, "end_date": ["x"]}, {"start_date": "2025-12-31", "end_date": "2025-1-1"}):
        assert run("Period", obj) == []
    assert run("Credits", {"credit_system": "hp", "credit_value": "7.25"}) == []
    assert run("Credits", {"credit_system": "hp", "credit_value": True}) == []
    assert run("SharingReceipt", changed(RECEIPT, shared_at="yesterday"), INDIVIDUAL) == []
    assert run("Person", changed(PERSON, personal_identity_number=191212121212)) == []


def test_naive_and_aware_times_compare_without_error():
    receipt, records = receipt_case(changed(CONSENT, consent_status="withdrawn", revoked_at="2025-03-03T10:16:00"))
    assert {hit[0] for hit in run("SharingReceipt", receipt, records)} == {"SharingReceipt.consent.revoked"}


def test_subclasses_get_the_checks_of_their_class():
    location = changed(ADDRESS, municipality_code="2299", study_location_name={"sv": "Lärcentrum"})
    assert {hit[0] for hit in run("EducationLocation", location)} == {"Address.municipality_code.in-code-list"}
    provider = changed(PROVIDER, organisation_number="212000-2412")
    assert {hit[0] for hit in run("EducationProvider", provider)} == {"Organisation.organisation_number.check-digit"}


# --- properties ---------------------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(
    born=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    serial=st.integers(min_value=0, max_value=999),
    coordination=st.booleans(),
    form=st.sampled_from(["long", "long-hyphen", "short"]),
)
def test_personal_numbers_pass_with_the_right_check_digit_and_fail_otherwise(born, serial, coordination, form):
    day = born.day + (60 if coordination else 0)
    ten = with_check_digit(f"{born:%y%m}{day:02d}{serial:03d}")
    text = {"long": f"{born.year // 100}{ten}", "long-hyphen": f"{born.year // 100}{ten[:6]}-{ten[6:]}", "short": f"{ten[:6]}-{ten[6:]}"}[form]
    assert run("Person", changed(PERSON, personal_identity_number=text)) == []
    wrong = text[:-1] + str((int(text[-1]) + 1) % 10)
    hits = run("Person", changed(PERSON, personal_identity_number=wrong))
    assert [rule for rule, _, _ in hits] == ["Person.personal_identity_number.check-digit"]
    assert all(not re.search(r"[0-9]{4,}", detail or "") for _, _, detail in hits)


@settings(max_examples=100, deadline=None)
@given(start=st.dates(min_value=date(2000, 1, 1), max_value=date(2050, 12, 31)), days=st.integers(min_value=-400, max_value=400))
def test_period_order_property(start, days):
    end = start + timedelta(days=days)
    hits = run("Period", {"start_date": start.isoformat(), "end_date": end.isoformat()})
    assert bool(hits) == (days < 0)
