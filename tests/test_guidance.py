"""The guidance query of the report (section 4.1.1, "Digital vägledning: koppling mellan
utbildningar och yrke"), answered from the shipped examples alone.

From an education event, reach its education, the qualifications it leads to, their related
occupations, and the occupation outlooks for those occupations in the event's county. Every step
is a reference by identifier or a concept reference compared by scheme and code, as
docs/guides/guidance.en.md (and guidance.sv.md) walk it.
"""

from __future__ import annotations

from collections import defaultdict

import yaml

from kll.artifacts.paths import example_files, examples_dir
from kll.validation.pipeline import validate

EVENT = "https://w3id.org/kll/id/uhr/e.uoh.miun.vgsja.20262"


def _records():
    """Every record of every example, by container and identifier (examples repeat records)."""
    found: dict[str, dict[str, dict]] = defaultdict(dict)
    for path in example_files():
        if path.suffix not in {".yaml", ".yml"}:
            continue
        package = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for container, records in package.items():
            if isinstance(records, list):
                for record in records:
                    if isinstance(record, dict) and isinstance(record.get("id"), str):
                        found[container][record["id"]] = record
    return found


def guidance(records, event_id: str) -> list[tuple[str, dict, dict]]:
    """(qualification id, occupation reference, outlook) for every outlook the event leads to."""
    event = records["education_events"][event_id]
    education = records["educations"][event["education"]]
    counties = {location["municipality_code"][:2] for location in event.get("locations", []) if "municipality_code" in location}
    answers = []
    for qualification_id in education.get("leads_to_qualifications", []):
        qualification = records["qualifications"][qualification_id]
        for occupation in qualification.get("related_occupations", []):
            for outlook in records["occupation_outlooks"].values():
                same = (outlook["occupation"]["scheme"], outlook["occupation"]["code"]) == (occupation["scheme"], occupation["code"])
                if same and outlook.get("county_code") in counties:
                    answers.append((qualification_id, occupation, outlook))
    return answers


def test_guidance_query_from_event_to_outlook():
    answers = guidance(_records(), EVENT)
    assert [(q.rsplit("/", 1)[-1], o["scheme"], o["code"], out["county_code"], out["demand_level"]["code"]) for q, o, out in answers] == [
        ("sjukskoterskeexamen", "af-ssyk-2012", "2221", "22", "stora")
    ]
    outlook = answers[0][2]
    assert outlook["outlook_period"] == {"start_date": "2027-01-01", "end_date": "2027-12-31"}
    assert outlook["expected_change"] == "increase"


def test_the_chain_is_conformant_when_its_files_are_validated_together():
    """Every reference of the chain resolves across the two files, and nothing is violated."""
    files = [examples_dir() / "offering" / "hs-miun-sjukskoterskeprogrammet.yaml", examples_dir() / "labour" / "nurses-vasternorrland-outlook.yaml"]
    report = validate(files)
    assert [f.rule for f in report.findings if f.severity.value == "violation"] == []
    assert not report.unreadable


def test_an_event_in_another_county_reaches_no_outlook():
    records = _records()
    event = dict(records["education_events"][EVENT])
    event["locations"] = [dict(event["locations"][0], municipality_code="0180")]  # Stockholm, county 01
    records["education_events"][EVENT] = event
    assert guidance(records, EVENT) == []
