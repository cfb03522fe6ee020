"""Seeded benchmark datasets: realistic KLL records in JSON Lines, about 1 % broken in known ways.

    python benchmarks/datasets.py --records 100k --seed 20261127 --out /tmp/kll-bench

writes one JSON Lines file per kind of record (one record per line, each with its ``type``) and
``truth.json``, the ground truth: for every broken record its file, line (0-based record index, the
validator's ``Location.record``), identifier, class, the way it was broken and the exact set of rule
IDs the reference validator must report for it — and nothing for any other record.

What is generated, per block of 1,000 records (block 0 also holds the shared records: the agencies
SCB, Arbetsförmedlingen and MYH and the SUN 2020 / SSYK 2012 concept schemes):

============================  ======  =============================================================
file                          count   what
============================  ======  =============================================================
education_providers.jsonl     3       EducationProvider: a municipality's adult education or a
                                      private provider, Luhn-valid organisation number, address
educations.jsonl              20      Education: course or programme, SUN 2020 field from the code
                                      list, school type, credits
education_events.jsonl        rest    EducationEvent (the bulk, ~95 %): dates, municipality from
                                      the code list, pace, application period
organisations.jsonl           2       Organisation: employers and awarding bodies
persons.jsonl                 6       Person: data subjects (no personal identity numbers)
qualifications.jsonl          4       Qualification: SeQF/EQF level, awarding body, credit points
mapping_sets.jsonl            2       MappingSet: SUN 2020 field → SSYK 2012 crosswalk, 6–12
                                      mappings (SSSOM-style)
consents.jsonl                10      Consent: data subject, recipient, holder, validity period
data_requests.jsonl           5       DataRequest in state shared, with its consent
sharing_receipts.jsonl        5       SharingReceipt: one transfer covered by a consent
============================  ======  =============================================================

References stay inside a block or point into block 0's shared records, so any prefix of whole
blocks is a closed dataset whose ground truth is the prefix of the full one: the runner's samples
for the slow baselines are such prefixes (``prefix()`` below).

Every record is broken with probability 0.9 % (events) or 4 % (the other kinds), about 1 % in all,
in exactly one of the ways in ``KINDS``; block 0 breaks one record in each way, so every kind
occurs at every size. A broken record is never one whose breakage would change another record's
findings (a consent that a receipt relies on is not broken, for example).

The output depends only on the seed and the size: the same arguments give the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import orjson

from kll.artifacts.codelists import load

__all__ = ["KINDS", "FILES", "BLOCK", "DEFAULT_SEED", "Kind", "generate", "parse_size", "load_truth", "prefix"]

DEFAULT_SEED = 20261127
BLOCK = 1_000
BASE = "https://w3id.org/kll/id/bench"

#: file → class of its records, in the order the validator is given them.
FILES = {
    "organisations.jsonl": "Organisation",
    "concept_schemes.jsonl": "ConceptScheme",
    "education_providers.jsonl": "EducationProvider",
    "educations.jsonl": "Education",
    "education_events.jsonl": "EducationEvent",
    "persons.jsonl": "Person",
    "qualifications.jsonl": "Qualification",
    "mapping_sets.jsonl": "MappingSet",
    "consents.jsonl": "Consent",
    "data_requests.jsonl": "DataRequest",
    "sharing_receipts.jsonl": "SharingReceipt",
}

#: records of each kind per block (education events fill the rest of the block).
PER_BLOCK = {
    "education_providers.jsonl": 3,
    "educations.jsonl": 20,
    "organisations.jsonl": 2,
    "persons.jsonl": 6,
    "qualifications.jsonl": 4,
    "mapping_sets.jsonl": 2,
    "consents.jsonl": 10,
    "data_requests.jsonl": 5,
    "sharing_receipts.jsonl": 5,
}
SHARED = 5  # block 0's agencies (3) and concept schemes (2)
BREAK_RATE = {"EducationEvent": 0.009}
OTHER_BREAK_RATE = 0.04


@dataclass(frozen=True)
class Kind:
    """One way of breaking a record, and what the validator must say about it."""

    name: str
    class_name: str
    rules: tuple[str, ...]
    stage: str  # the stage that must find it with structural + rules: structural | rules
    what: str


KINDS = {k.name: k for k in [
    # EducationEvent
    Kind("event-end-before-start", "EducationEvent", ("Execution.end_date.after-start",), "rules", "end date a year before the start date"),
    Kind("event-municipality-not-in-list", "EducationEvent", ("Address.municipality_code.in-code-list",), "rules", "municipality code 9999 (not a kommun)"),
    Kind("event-impossible-date", "EducationEvent", ("Execution.start_date.value-type",), "structural", "start date 30 February"),
    Kind("event-unresolved-provider", "EducationEvent", ("reference.unresolved",), "rules", "provider that no record defines"),
    Kind("event-missing-expires", "EducationEvent", ("EducationEvent.expires.required",), "structural", "required expires missing"),
    Kind("event-bad-emil-identifier", "EducationEvent", ("EducationEvent.emil_identifier.pattern",), "structural", "EMIL identifier without the e. prefix"),
    Kind("event-pace-out-of-range", "EducationEvent", ("PaceOfStudy.pace_percentage.range",), "structural", "pace of study 150 %"),
    Kind("event-time-of-study-unknown", "EducationEvent", ("EducationEvent.time_of_study.enum",), "structural", "time of study 'natt', not in the enumeration"),
    # EducationProvider
    Kind("provider-organisation-number-check-digit", "EducationProvider", ("Organisation.organisation_number.check-digit",), "rules", "organisation number with a wrong Luhn digit"),
    Kind("provider-missing-name", "EducationProvider", ("EducationProvider.name.required",), "structural", "required name missing"),
    Kind("provider-bad-email", "EducationProvider", ("EducationProvider.email.pattern",), "structural", "e-mail address without a domain"),
    # Education
    Kind("education-field-not-in-list", "Education", ("ConceptReference.code.in-code-list",), "rules", "SUN 2020 field code 999x (not in the code list)"),
    Kind("education-school-type-unknown", "Education", ("Education.school_type.enum",), "structural", "school type 'KOMVUX', not in the enumeration"),
    # Organisation
    Kind("organisation-bad-homepage", "Organisation", ("Organisation.homepage.pattern",), "structural", "homepage on ftp://, not http(s)"),
    # Person
    Kind("person-impossible-birth-date", "Person", ("Person.birth_date.value-type",), "structural", "birth date 31 April"),
    # Qualification
    Kind("qualification-eqf-differs-from-seqf", "Qualification", ("Qualification.eqf_level.equals-seqf",), "rules", "EQF level one above the SeQF level"),
    Kind("qualification-unresolved-awarding-body", "Qualification", ("reference.unresolved",), "rules", "awarding body that no record defines"),
    # MappingSet
    Kind("mapping-subject-not-in-source", "MappingSet", ("MappingSet.mappings.subject-in-source",), "rules", "a mapping subject from SUN 2020 levels, not fields"),
    Kind("mapping-confidence-above-one", "MappingSet", ("Mapping.confidence.range",), "structural", "confidence 1.5"),
    # Consent
    Kind("consent-valid-until-before-from", "Consent", ("Consent.valid_until.after-valid-from",), "rules", "validity ends before it starts"),
    Kind("consent-revoked-without-time", "Consent", ("Consent.revoked_at.required-when-revoked",), "rules", "status revoked, no time of revocation"),
    # DataRequest
    Kind("request-shared-without-consent", "DataRequest", ("DataRequest.consent.required-when-shared",), "rules", "state shared without its consent"),
    # SharingReceipt
    Kind("receipt-after-revocation", "SharingReceipt", ("SharingReceipt.consent.revoked",), "rules", "shared after the consent was revoked"),
    Kind("receipt-category-not-covered", "SharingReceipt", ("SharingReceipt.consent.category-not-covered",), "rules", "shares a category the consent does not cover"),
    Kind("receipt-before-validity", "SharingReceipt", ("SharingReceipt.consent.not-active",), "rules", "shared before the consent's first day"),
    Kind("receipt-unresolved-consent", "SharingReceipt", ("reference.unresolved",), "rules", "consent that no record defines"),
    Kind("receipt-bad-digest", "SharingReceipt", ("SharingReceipt.payload_digest.pattern",), "structural", "payload digest in upper-case hex"),
]}

_KINDS_BY_CLASS: dict[str, list[Kind]] = {}
for _kind in KINDS.values():
    _KINDS_BY_CLASS.setdefault(_kind.class_name, []).append(_kind)

COURSES = [  # (Swedish title, English title, school type, configuration, credit system, credit values)
    ("Matematik", "Mathematics", "VUXGY", "kurs", "gy", (50, 100)),
    ("Svenska som andraspråk", "Swedish as a second language", "VUXGY", "kurs", "gy", (100,)),
    ("Engelska", "English", "VUXGR", "kurs", "gy", (50, 100)),
    ("Vård och omsorg", "Health and social care", "VUXGY", "kurspaket", "gy", (100, 200)),
    ("Svets", "Welding", "VUXGY", "kurspaket", "gy", (100, 200)),
    ("Automationstekniker", "Automation technician", "YH", "program", "yh", (200, 300, 400)),
    ("Redovisningsekonom", "Accounting specialist", "YH", "program", "yh", (200, 400)),
    ("Programmeringsteknik", "Programming technique", "HS", "kurs", "hp", (7.5, 15)),
    ("Sjuksköterskeprogrammet", "Nursing programme", "HS", "program", "hp", (180,)),
    ("Ledarskap i praktiken", "Leadership in practice", "HS", "kurs", "hp", (7.5, 15)),
]
FIELD_LABELS = {  # SUN 2020 field code per course (from the shipped code list)
    "Matematik": "461z", "Svenska som andraspråk": "222g", "Engelska": "222b", "Vård och omsorg": "723o",
    "Svets": "521c", "Automationstekniker": "523f", "Redovisningsekonom": "344z",
    "Programmeringsteknik": "481a", "Sjuksköterskeprogrammet": "723a", "Ledarskap i praktiken": "345a",
}
GIVEN = ["Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Sara", "Mohammed", "Fatima", "Oskar", "Elin", "Ali", "Linnea"]
FAMILY = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Hassan", "Lindberg"]
COMPANY = ["Nordvik", "Bergslagen", "Kustlandet", "Fjällvind", "Mälardalen", "Österlen", "Höglandet", "Norrsken"]
CATEGORIES = ["achievements", "qualifications", "grades", "education-history", "diploma-supplements", "skills"]
AGENCIES = [("scb", "Statistiska centralbyrån", "Statistics Sweden", "202100-0837"), ("af", "Arbetsförmedlingen", "Swedish Public Employment Service", "202100-2114"), ("myh", "Myndigheten för yrkeshögskolan", "Swedish National Agency for Higher Vocational Education", "202100-6016")]
SCHEMES = {"sun-2020-field": (f"{BASE}/scheme/sun-2020-field", "2020", "scb"), "af-ssyk-2012": (f"{BASE}/scheme/af-ssyk-2012", "2012", "af")}
CC0 = "http://creativecommons.org/publicdomain/zero/1.0/"


def parse_size(text: str | int) -> int:
    """``10k``, ``100k``, ``1m``, ``2000`` → a number of records."""
    if isinstance(text, int):
        return text
    text = text.strip().lower().replace("_", "").replace(",", "")
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    number = int(float(text[:-1] if factor > 1 else text) * factor)
    if number < 200:
        raise ValueError("at least 200 records")
    return number


def _luhn_digit(digits: str) -> int:
    total = 0
    for position, char in enumerate(digits):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        municipalities = load("municipality")
        self.municipalities = [(code, municipalities[code].label_sv) for code in sorted(municipalities)]
        fields = load("sun-2020-field")
        self.fields = sorted(code for code in fields if len(code) == 4)
        self.field_label = {code: fields[code].label_sv for code in self.fields}
        ssyk = load("af-ssyk-2012")
        self.ssyk = [(code, ssyk[code].label_sv) for code in sorted(ssyk)]
        missing = [code for code in FIELD_LABELS.values() if code not in fields]
        if missing:  # the code list changed: fail loudly rather than generate findings
            raise RuntimeError(f"SUN 2020 codes missing from the code list: {missing}")
        self.counter = 0

    # --- small values ------------------------------------------------------------------------------

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def organisation_number(self, group: str) -> str:
        digits = group + str(self.rng.randint(0, 9)) + str(self.rng.randint(2, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(6))
        return f"{digits[:6]}-{digits[6:]}{_luhn_digit(digits)}"

    def date(self, year: int) -> str:
        return f"{year}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"

    def address(self, code: str, town: str) -> dict:
        rng = self.rng
        return {
            "street_address": f"{rng.choice(['Storgatan', 'Skolgatan', 'Kungsgatan', 'Köpmangatan', 'Järnvägsgatan', 'Drottninggatan'])} {rng.randint(1, 60)}",
            "postal_code": f"{rng.randint(100, 989)} {rng.randint(10, 99)}", "post_name": town,
            "municipality_code": code, "country_code": "SE",
        }

    # --- records -------------------------------------------------------------------------------------

    def shared(self) -> dict[str, list[dict]]:
        organisations = [{
            "type": "Organisation", "id": f"{BASE}/agency/{key}", "name": {"sv": sv, "en": en},
            "organisation_number": number, "homepage": f"https://www.{key}.se",
        } for key, sv, en, number in AGENCIES]
        schemes = [{
            "type": "ConceptScheme", "id": iri, "scheme": scheme, "scheme_version": version,
            "title": {"sv": f"Kodlista {scheme}", "en": f"Code list {scheme}"}, "scheme_publisher": f"{BASE}/agency/{publisher}",
        } for scheme, (iri, version, publisher) in SCHEMES.items()]
        return {"organisations.jsonl": organisations, "concept_schemes.jsonl": schemes}

    def block(self, number: int, events: int) -> dict[str, list[dict]]:
        rng, b = self.rng, number
        out: dict[str, list[dict]] = {name: [] for name in FILES}
        providers = out["education_providers.jsonl"]
        for i in range(PER_BLOCK["education_providers.jsonl"]):
            code, town = rng.choice(self.municipalities)
            municipal = rng.random() < 0.6
            name_sv = f"{town} kommun, Vuxenutbildningen" if municipal else f"{rng.choice(COMPANY)} Utbildning AB"
            name_en = f"{town} Municipality, Adult Education" if municipal else f"{rng.choice(COMPANY)} Education Ltd"
            slug = f"p{b}-{i}"
            providers.append({
                "type": "EducationProvider", "id": f"{BASE}/provider/{slug}", "emil_identifier": f"p.bench.{b:04d}{i}",
                "name": {"sv": name_sv, "en": name_en},
                "organisation_number": self.organisation_number("2" if municipal else "5"),
                "homepage": f"https://utbildning-{slug}.example.se", "email": f"info@utbildning-{slug}.example.se",
                "telephone": f"+46 {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                "address": self.address(code, town),
                "responsible_body": {"responsible_body_type": "kommunal" if municipal else "enskild", "name": {"sv": f"{town} kommun" if municipal else name_sv}},
                "last_modified": f"{self.date(2025)}T09:{rng.randint(10, 59)}:00+01:00",
            })
        educations = out["educations.jsonl"]
        for i in range(PER_BLOCK["educations.jsonl"]):
            sv, en, school_type, configuration, credit_system, credit_values = rng.choice(COURSES)
            level = rng.randint(1, 3)
            field = FIELD_LABELS[sv] if rng.random() < 0.7 else rng.choice(self.fields)
            code = f"{sv[:3].upper().replace('Å', 'A').replace('Ä', 'A').replace('Ö', 'O')}{b:04d}{i:02d}"
            educations.append({
                "type": "Education", "id": f"{BASE}/education/e{b}-{i}", "emil_identifier": f"i.bench.{code}", "education_code": code,
                "title": {"sv": f"{sv} {level}", "en": f"{en} {level}"},
                "description": {"sv": f"{sv}, nivå {level}. Inriktning: {self.field_label[field]}.", "en": f"{en}, level {level}."},
                "school_type": school_type, "configuration": configuration, "leads_to_degree": configuration == "program",
                "subjects": [{"scheme": "sun-2020-field", "code": field, "scheme_version": "2020", "label": {"sv": self.field_label[field]}}],
                "credits": {"credit_system": credit_system, "credit_value": rng.choice(credit_values)},
                "is_vocational": school_type == "YH", "last_modified": f"{self.date(2025)}T10:{rng.randint(10, 59)}:00+01:00",
            })
        for i in range(events):
            year = rng.choice([2026, 2026, 2027])
            month, day = rng.randint(1, 10), rng.randint(1, 28)
            weeks = rng.choice([10, 12, 20, 40])
            end_month = min(12, month + weeks // 4)
            code, town = rng.choice(self.municipalities)
            education = rng.choice(educations)
            provider = rng.choice(providers)
            event = {
                "type": "EducationEvent", "id": f"{BASE}/event/v{b}-{i}", "emil_identifier": f"e.bench.{education['education_code']}.{year}{i}",
                "education": education["id"], "providers": [provider["id"]],
                "locations": [{"study_location_name": {"sv": f"Lärcentrum {town}"}, **self.address(code, town)}],
                "languages_of_instruction": ["swe"] if rng.random() < 0.9 else ["swe", "eng"],
                "execution": {"execution_condition": "1", "start_date": f"{year}-{month:02d}-{day:02d}", "end_date": f"{year}-{end_month:02d}-{day:02d}"},
                "time_of_study": rng.choice(["dag", "dag", "kväll", "blandat"]),
                "pace_of_study": {"pace_percentage": rng.choice([25, 50, 50, 75, 100])},
                "places": rng.choice([12, 20, 24, 30, 32]),
                "application": {"application_start_date": f"{year - 1}-09-01", "application_deadline": f"{year - 1}-11-15", "application_url": f"{provider['homepage']}/ansok"},
                "last_modified": f"{year - 1}-08-{rng.randint(10, 28)}T08:00:00+02:00", "expires": f"{year}-12-31T23:59:00+01:00",
            }
            out["education_events.jsonl"].append(event)
        organisations = out["organisations.jsonl"]
        for i in range(PER_BLOCK["organisations.jsonl"]):
            code, town = rng.choice(self.municipalities)
            company = rng.choice(COMPANY)
            slug = f"o{b}-{i}"
            organisations.append({
                "type": "Organisation", "id": f"{BASE}/org/{slug}", "name": {"sv": f"{company} {rng.choice(['Yrkesakademi AB', 'Bemanning AB', 'Vård AB', 'Industri AB'])}"},
                "organisation_number": self.organisation_number("5"), "homepage": f"https://{slug}.example.se",
                "address": self.address(code, town),
            })
        persons = out["persons.jsonl"]
        for i in range(PER_BLOCK["persons.jsonl"]):
            persons.append({
                "type": "Person", "id": f"urn:uuid:{self.uuid()}", "given_name": rng.choice(GIVEN), "family_name": rng.choice(FAMILY),
                "birth_date": f"{rng.randint(1960, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            })
        for i in range(PER_BLOCK["qualifications.jsonl"]):
            level = rng.choice(["4", "5", "5", "6"])
            sv, en, *_ = rng.choice(COURSES)
            out["qualifications.jsonl"].append({
                "type": "Qualification", "id": f"{BASE}/qualification/q{b}-{i}", "title": {"sv": f"Yrkesbevis – {sv}", "en": f"Vocational certificate – {en}"},
                "seqf_level": level, "eqf_level": level, "level_placement_route": "government-regulation",
                "awarding_body": [rng.choice(organisations)["id"]], "learning_setting": "formal",
                "credit_points": {"point_value": rng.choice([100, 200, 300]), "credit_framework": "yh"},
                "fields_of_education": [{"scheme": "sun-2020-field", "code": FIELD_LABELS[sv], "scheme_version": "2020"}],
            })
        for i in range(PER_BLOCK["mapping_sets.jsonl"]):
            mappings = []
            for _ in range(rng.randint(6, 12)):
                field = rng.choice(self.fields)
                occupation, occupation_label = rng.choice(self.ssyk)
                mappings.append({
                    "mapping_subject": {"scheme": "sun-2020-field", "code": field, "scheme_version": "2020", "label": {"sv": self.field_label[field]}},
                    "mapping_predicate": "http://www.w3.org/2004/02/skos/core#relatedMatch",
                    "mapping_object": {"scheme": "af-ssyk-2012", "code": occupation, "scheme_version": "2012", "label": {"sv": occupation_label}},
                    "mapping_justification": rng.choice(["ManualMappingCuration", "LexicalMatching"]),
                    "confidence": rng.choice([0.7, 0.8, 0.85, 0.9, 0.95]), "mapping_date": self.date(2025),
                })
            out["mapping_sets.jsonl"].append({
                "type": "MappingSet", "id": f"{BASE}/mapping-set/m{b}-{i}",
                "title": {"sv": f"Översättningsnyckel SUN 2020 till SSYK 2012, del {b}.{i}", "en": f"Crosswalk SUN 2020 to SSYK 2012, part {b}.{i}"},
                "mapping_set_version": "0.1.0", "mapping_set_license": CC0,
                "subject_source": SCHEMES["sun-2020-field"][0], "object_source": SCHEMES["af-ssyk-2012"][0],
                "mapping_set_creators": [f"{BASE}/agency/af"], "mapping_date": self.date(2025), "mappings": mappings,
            })
        for i in range(PER_BLOCK["consents.jsonl"]):
            start = f"2025-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}"
            categories = sorted(rng.sample(CATEGORIES[:4], rng.randint(1, 3)))
            out["consents.jsonl"].append({
                "type": "Consent", "id": f"{BASE}/consent/{self.uuid()}", "data_subject": rng.choice(persons)["id"],
                "data_categories": categories, "recipient": rng.choice(organisations)["id"], "data_holder": rng.choice(providers)["id"],
                "purpose": {"sv": "Styrka utbildning i en ansökan om anställning.", "en": "Prove education in a job application."},
                "legal_basis": "consent", "valid_from": start, "valid_until": start.replace("2025", "2026", 1),
                "consent_status": "given", "given_at": f"{start}T10:15:02+01:00",
            })
        return out

    # --- breaking ------------------------------------------------------------------------------------

    def connect(self, out: dict[str, list[dict]], usable: list[dict]) -> None:
        """Data requests and receipts for consents that are not broken."""
        rng = self.rng
        for consent in rng.sample(usable, min(len(usable), PER_BLOCK["sharing_receipts.jsonl"])):
            day = consent["valid_from"][:5] + f"{min(12, int(consent['valid_from'][5:7]) + 2):02d}" + consent["valid_from"][7:]
            request = {
                "type": "DataRequest", "id": f"{BASE}/data-request/{self.uuid()}", "requestor": consent["recipient"],
                "data_holder": consent["data_holder"], "data_subject": consent["data_subject"], "data_categories": list(consent["data_categories"]),
                "purpose": consent["purpose"], "created": f"{day}T09:00:00+01:00", "request_state": "shared", "consent": consent["id"],
            }
            digest = hashlib.sha256(request["id"].encode()).hexdigest()
            out["data_requests.jsonl"].append(request)
            out["sharing_receipts.jsonl"].append({
                "type": "SharingReceipt", "id": f"{BASE}/sharing-receipt/{self.uuid()}", "consent": consent["id"], "data_request": request["id"],
                "data_holder": consent["data_holder"], "recipient": consent["recipient"], "data_subject": consent["data_subject"],
                "data_categories": list(consent["data_categories"]), "shared_at": f"{day}T09:05:00+01:00", "payload_digest": f"sha256:{digest}",
            })

    def apply(self, kind: Kind, record: dict, consents: dict[str, dict]) -> None:
        name = kind.name
        if name == "event-end-before-start":
            start = record["execution"]["start_date"]
            record["execution"]["end_date"] = f"{int(start[:4]) - 1}{start[4:]}"
        elif name == "event-municipality-not-in-list":
            record["locations"][0]["municipality_code"] = "9999"
        elif name == "event-impossible-date":
            record["execution"]["start_date"] = record["execution"]["start_date"][:4] + "-02-30"
        elif name == "event-unresolved-provider":
            record["providers"] = [f"{BASE}/provider/nedlagd-{self.rng.randint(1, 999)}"]
        elif name == "event-missing-expires":
            del record["expires"]
        elif name == "event-bad-emil-identifier":
            record["emil_identifier"] = record["emil_identifier"][2:]
        elif name == "event-pace-out-of-range":
            record["pace_of_study"]["pace_percentage"] = 150
        elif name == "event-time-of-study-unknown":
            record["time_of_study"] = "natt"
        elif name == "provider-organisation-number-check-digit":
            number = record["organisation_number"]
            record["organisation_number"] = number[:-1] + str((int(number[-1]) + 1) % 10)
        elif name == "provider-missing-name":
            del record["name"]
        elif name == "provider-bad-email":
            record["email"] = record["email"].split("@")[0] + "@utbildning"
        elif name == "education-field-not-in-list":
            record["subjects"][0] = {"scheme": "sun-2020-field", "code": "999x", "scheme_version": "2020"}
        elif name == "education-school-type-unknown":
            record["school_type"] = "KOMVUX"
        elif name == "organisation-bad-homepage":
            record["homepage"] = record["homepage"].replace("https://", "ftp://", 1)
        elif name == "person-impossible-birth-date":
            record["birth_date"] = record["birth_date"][:4] + "-04-31"
        elif name == "qualification-eqf-differs-from-seqf":
            record["eqf_level"] = str(int(record["seqf_level"]) + 1)
        elif name == "qualification-unresolved-awarding-body":
            record["awarding_body"] = [f"{BASE}/org/okand-{self.rng.randint(1, 999)}"]
        elif name == "mapping-subject-not-in-source":
            record["mappings"][0]["mapping_subject"] = {"scheme": "sun-2020-level", "code": "5", "scheme_version": "2020"}
        elif name == "mapping-confidence-above-one":
            record["mappings"][-1]["confidence"] = 1.5
        elif name == "consent-valid-until-before-from":
            record["valid_until"] = record["valid_from"].replace("2025", "2024", 1)
        elif name == "consent-revoked-without-time":
            record["consent_status"] = "revoked"
        elif name == "request-shared-without-consent":
            del record["consent"]
        elif name == "receipt-after-revocation":
            consent = consents[record["consent"]]
            consent["consent_status"] = "revoked"
            consent["revoked_at"] = record["shared_at"].replace("T09:05:00", "T08:00:00")
        elif name == "receipt-category-not-covered":
            consent = consents[record["consent"]]
            extra = next(c for c in CATEGORIES if c not in consent["data_categories"])
            record["data_categories"] = sorted([*record["data_categories"], extra])
        elif name == "receipt-before-validity":
            record["shared_at"] = record["shared_at"].replace("2025", "2024", 1)
        elif name == "receipt-unresolved-consent":
            record["consent"] = f"{BASE}/consent/{self.uuid()}"
        elif name == "receipt-bad-digest":
            record["payload_digest"] = record["payload_digest"].upper().replace("SHA256:", "sha256:")
        else:  # pragma: no cover - KINDS and apply() must agree
            raise KeyError(name)


def _choose(rng: random.Random, class_name: str, forced: list[Kind]) -> Kind | None:
    if forced:
        return forced.pop(0)
    if rng.random() < BREAK_RATE.get(class_name, OTHER_BREAK_RATE):
        return rng.choice(_KINDS_BY_CLASS[class_name])
    return None


def generate(directory: str | Path, records: int | str = 100_000, seed: int = DEFAULT_SEED) -> dict:
    """Write the dataset into ``directory``; return the ground truth (also written as truth.json)."""
    total = parse_size(records)
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    generator = _Generator(seed)
    rng = generator.rng
    fixed = sum(PER_BLOCK.values())
    blocks = max(1, total // BLOCK)
    handles = {name: (directory / name).open("wb") for name in FILES}
    lines = dict.fromkeys(FILES, 0)
    boundaries: list[dict[str, int]] = []
    pending = {c: list(kinds) for c, kinds in _KINDS_BY_CLASS.items()}  # placed first, in block 0
    errors: list[dict] = []
    try:
        for number in range(blocks):
            size = BLOCK if number < blocks - 1 else total - BLOCK * (blocks - 1)
            events = size - fixed - (SHARED if number == 0 else 0)
            out = generator.block(number, events)
            if number == 0:
                for name, shared in generator.shared().items():
                    out[name] = shared + out[name]
            # Decide the breakages; block 0 breaks one record in each way first.
            broken: dict[tuple[str, int], Kind] = {}
            shared_count = {"organisations.jsonl": len(AGENCIES), "concept_schemes.jsonl": len(SCHEMES)} if number == 0 else {}
            consents = out["consents.jsonl"]
            for name in ["education_providers.jsonl", "educations.jsonl", "education_events.jsonl", "organisations.jsonl", "persons.jsonl", "qualifications.jsonl", "mapping_sets.jsonl", "consents.jsonl"]:
                class_name = FILES[name]
                for position in range(shared_count.get(name, 0), len(out[name])):
                    kind = _choose(rng, class_name, pending.get(class_name, []))
                    if kind is not None:
                        broken[(name, position)] = kind
            usable = [c for position, c in enumerate(consents) if (("consents.jsonl", position) not in broken)]
            generator.connect(out, usable)
            by_id = {c["id"]: c for c in usable}
            # A receipt broken "after revocation" revokes its consent; the other receipt-breakages
            # must then not share that consent, so each consent serves one receipt (connect()).
            for name in ["data_requests.jsonl", "sharing_receipts.jsonl"]:
                class_name = FILES[name]
                for position in range(len(out[name])):
                    kind = _choose(rng, class_name, pending.get(class_name, []))
                    if kind is not None:
                        broken[(name, position)] = kind
            for (name, position), kind in sorted(broken.items(), key=lambda item: (list(FILES).index(item[0][0]), item[0][1])):
                record = out[name][position]
                generator.apply(kind, record, by_id)
                errors.append({
                    "file": name, "line": lines[name] + position, "id": record["id"], "class": kind.class_name,
                    "kind": kind.name, "rules": sorted(kind.rules), "stage": kind.stage,
                })
            for name, handle in handles.items():
                for record in out[name]:
                    handle.write(orjson.dumps(record) + b"\n")
                lines[name] += len(out[name])
            boundaries.append(dict(lines))
    finally:
        for handle in handles.values():
            handle.close()
    errors.sort(key=lambda e: (list(FILES).index(e["file"]), e["line"]))
    truth = {
        "generator": "benchmarks/datasets.py", "seed": seed, "records": total, "block": BLOCK,
        "files": {name: {"class": FILES[name], "records": lines[name]} for name in FILES},
        "kinds": {k.name: {"class": k.class_name, "rules": list(k.rules), "stage": k.stage, "what": k.what} for k in KINDS.values()},
        "blocks": [[b[name] for name in FILES] for b in boundaries],
        "errors": errors,
    }
    (directory / "truth.json").write_bytes(orjson.dumps(truth, option=orjson.OPT_INDENT_2) + b"\n")
    return truth


def load_truth(directory: str | Path) -> dict:
    return json.loads((Path(directory) / "truth.json").read_text(encoding="utf-8"))


def prefix(source: str | Path, target: str | Path, records: int) -> dict:
    """Copy the smallest prefix of whole blocks with at least ``records`` records into ``target``:
    a closed dataset (no reference leaves it). Returns its ground truth (also written there)."""
    source, target = Path(source), Path(target)
    truth = load_truth(source)
    names = list(truth["files"])
    chosen = truth["blocks"][-1]
    for counts in truth["blocks"]:
        if sum(counts) >= records:
            chosen = counts
            break
    limit = dict(zip(names, chosen))
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        with (source / name).open("rb") as reader, (target / name).open("wb") as writer:
            for _, line in zip(range(limit[name]), reader):
                writer.write(line)
    sample = dict(truth)
    sample["records"] = sum(chosen)
    sample["files"] = {name: {"class": truth["files"][name]["class"], "records": limit[name]} for name in names}
    sample["blocks"] = [b for b in truth["blocks"] if all(x <= limit[n] for x, n in zip(b, names))]
    sample["errors"] = [e for e in truth["errors"] if e["line"] < limit[e["file"]]]
    (target / "truth.json").write_bytes(orjson.dumps(sample, option=orjson.OPT_INDENT_2) + b"\n")
    return sample


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", default="100k", help="10k, 100k, 1m or a number (default 100k)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", required=True, type=Path, help="directory to write into")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    truth = generate(args.out, args.records, args.seed)
    elapsed = time.perf_counter() - started
    print(f"{truth['records']:,} records in {len(truth['files'])} files, {len(truth['errors']):,} broken "
          f"({len(truth['errors']) / truth['records']:.2%}), seed {args.seed}, {elapsed:.1f} s → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
