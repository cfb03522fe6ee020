"""The EMIL3 adapter (kll.adapters.emil3): reading Susa-navet EMIL3 into the model, writing it back,
and validating an export as it is.

The fixtures are in tests/fixtures/emil3/: ``export.json`` is a realistic export (three providers,
three educations, four events and one deleted event), ``export-broken.json`` the same with one
event that ends before it starts, and ``every-field.json`` a record of each kind with every field
that the mapping table (model/emil3_fields.yaml) marks as mapped.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

from kll import adapters
from kll.adapters import emil3_values as values
from kll.adapters.emil3 import TABLE, TUITION_FEE_CONDITION, WRITTEN_ELSEWHERE, read_document, write_document
from kll.cli import app
from kll.artifacts.codelists import load
from kll.artifacts.modelindex import model_index
from kll.validation.report import Location, Severity, Stage

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "emil3"
EXPORT, BROKEN, EVERY_FIELD = FIXTURES / "export.json", FIXTURES / "export-broken.json", FIXTURES / "every-field.json"
ENTRIES = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
MAPPED = {entry["emil3"] for entry in ENTRIES if entry["status"] == "mapped"}
LISTS = ("educationProviders", "educationInfos", "educationEvents")
ADAPTER = adapters.get("emil3")
runner = CliRunner()


def _document(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _rules(findings) -> list[str]:
    return [f.rule for f in findings]


# --- generated EMIL3 records: the round trip is lossless ----------------------------------------------

# Realistic values: Swedish and English words, EMIL identifiers, codes from the model's lists and the
# shipped code lists. Every generated record is in the form the writer gives (LangStrings with swe
# before eng, one Swedish URL, an extension's id equal to the record's identifier), so that
# EMIL3 → model → EMIL3 must give the same document back.

_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäöéABCDEFGHIJKLMNOPRSTUVÅÄÖ", min_size=1, max_size=10)
TEXT = st.lists(_WORD, min_size=1, max_size=6).map(" ".join).filter(lambda t: not t.lower().startswith("box"))
SOURCES = st.sampled_from(["sv", "uoh", "yh", "af", "fhsk"])
LOCAL_ID = st.from_regex(r"[A-Za-z0-9_-]{1,10}(\.[A-Za-z0-9_-]{1,6}){0,3}", fullmatch=True)


def identifiers(kind: str):
    return st.builds(lambda source, local: f"{kind}.{source}.{local}", SOURCES, LOCAL_ID)


def codes_of(class_name: str, slot: str):
    return st.sampled_from(sorted(model_index().classes[class_name].slots[slot].values))


def coded(type_name: str, class_name: str, slot: str):
    return codes_of(class_name, slot).map(lambda code: {"type": type_name, "code": code})


def lang_strings():
    return st.builds(
        lambda sv, en: {"strings": [{"lang": "swe", "value": sv}, *([{"lang": "eng", "value": en}] if en else [])]},
        TEXT, st.none() | TEXT,
    )


URLS = st.from_regex(r"https://www\.[a-z]{2,10}\.se(/[a-z0-9-]{1,10}){0,3}", fullmatch=True)
LANG_URLS = URLS.map(lambda url: {"urls": [{"lang": "swe", "value": url}]})
DATES = st.dates(min_value=datetime(2020, 1, 1).date(), max_value=datetime(2030, 12, 31).date()).map(lambda d: d.isoformat())
# Daytime only: a local time in the hour that daylight saving time skips does not exist.
DATE_TIMES = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31)).map(
    lambda moment: moment.replace(hour=8 + moment.hour % 10, microsecond=0).isoformat()
)
MUNICIPALITIES = st.sampled_from(sorted(load("municipality")))
EMAILS = st.from_regex(r"[a-z]{1,8}@[a-z]{2,10}\.se", fullmatch=True)
PHONES = st.from_regex(r"\+46 [1-9][0-9] [0-9]{2} [0-9]{2} [0-9]{2}", fullmatch=True)
COUNT = st.integers(0, 500)
AMOUNT = st.one_of(st.integers(0, 100_000), st.integers(0, 20_000).map(lambda n: n + 0.5))


def optional(strategy):
    return st.none() | strategy


def objects(required: dict, optional_fields: dict):
    """A JSON object with the required fields and any of the optional ones."""
    return st.fixed_dictionaries(required, optional=optional_fields)


def addresses(location: bool):
    def street(fields):
        return fields

    common = {
        "country": st.sampled_from(["SE", "NO", "DK", "FI"]), "areaCode": MUNICIPALITIES, "town": TEXT,
        "postalCode": st.from_regex(r"[1-9][0-9]{2} [0-9]{2}", fullmatch=True),
    }
    extra = {"organization": lang_strings(), "department": lang_strings(), "studyLocation": lang_strings(),
             "wgs84": st.tuples(st.floats(55, 69), st.floats(11, 24)).map(lambda p: f"{round(p[0], 4)}, {round(p[1], 4)}")} if location else {}
    base = objects({}, {**common, **extra})
    # a street address or a box, not both: the model has one street address
    return st.builds(lambda fields, where: {**fields, **where}, base, st.one_of(
        st.just({}), TEXT.map(lambda t: {"streetAddress": t}), st.integers(1, 9999).map(lambda n: {"postBox": str(n)}),
    ))


SUBJECTS = st.one_of(
    st.sampled_from(sorted(load("af-ssyk-2012"))).map(lambda c: {"type": "AUB_Subject", "code": c}),
    st.sampled_from(sorted(load("sun-2020-field"))).map(lambda c: {"type": "C_Subject_SUN", "code": c}),
    st.sampled_from(["0613", "0714", "0541", "1041", "0311"]).map(lambda c: {"type": "C_Subject_ISCED2013", "code": c}),
    st.sampled_from(["481", "840", "52", "214"]).map(lambda c: {"type": "C_Subject_ISCED97", "code": c}),
    st.builds(lambda t, c: {"type": t, "code": c}, st.sampled_from(["FH_Subject", "SV_Subject", "F_Subject", "UH_Subject"]),
              st.from_regex(r"[A-Z0-9]{1,6}", fullmatch=True)),
)


@st.composite
def providers(draw):
    identifier = draw(identifiers("p"))
    content = draw(objects(
        {"identifier": st.just(identifier), "lastEdited": DATE_TIMES, "name": lang_strings(), "url": LANG_URLS,
         "contactAddress": addresses(False), "emailAddresses": EMAILS.map(lambda e: [e]),
         "responsibleBody": st.fixed_dictionaries({"type": coded("C_Body", "ResponsibleBody", "responsible_body_type"), "name": lang_strings()})},
        {"expires": DATE_TIMES, "description": lang_strings(), "visitAddresses": st.lists(addresses(True), min_size=1, max_size=2),
         "phones": st.lists(objects({"number": PHONES.map(lambda n: {"strings": [{"lang": "swe", "value": n}]})},
                                    {"function": TEXT.map(lambda t: {"strings": [{"lang": "swe", "value": t}]})}), min_size=1, max_size=2),
         "years": st.lists(coded("C_SchoolYear", "EducationProvider", "school_years"), min_size=1, max_size=3, unique_by=lambda c: c["code"]),
         "owner": lang_strings(), "organisationNumber": st.from_regex(r"[0-9]{6}-[0-9]{4}", fullmatch=True)},
    ))
    return {"id": identifier, "status": "ACTIVE", "content": content}


@st.composite
def infos(draw):
    identifier = draw(identifiers("i"))
    content = draw(objects(
        {"identifier": st.just(identifier), "code": st.from_regex(r"[A-Z]{3}[A-Z0-9]{2,7}", fullmatch=True), "lastEdited": DATE_TIMES,
         "title": lang_strings(), "type": coded("C_SchoolType", "Education", "school_type"),
         "subjects": st.lists(SUBJECTS, min_size=1, max_size=3), "resultIsDegree": st.booleans()},
        {"expires": DATE_TIMES, "description": lang_strings(), "url": LANG_URLS,
         "educationLevels": st.lists(coded("C_EducationLevel", "Education", "education_levels"), min_size=1, max_size=2, unique_by=lambda c: c["code"]),
         "orientation": coded("C_Orientation", "Education", "orientation"), "audience": coded("C_Audience", "Education", "target_audience"),
         "configuration": coded("C_Configuration", "Education", "configuration"), "isVocational": st.booleans(), "degrees": lang_strings(),
         "qualificationLevel": coded("C_Qualification", "Education", "qualification_level"),
         "credits": objects({"system": coded("C_Credits", "Credits", "credit_system"), "credits": st.sampled_from([1.5, 7.5, 15, 30, 100, 200, 400])},
                            {"min": st.sampled_from([0, 1.5, 50])}),
         "extent": objects({"length": st.integers(1, 60), "unit": coded("C_TimeType", "TimeLength", "time_unit")},
                           {"max": st.integers(1, 80), "note": lang_strings()}),
         "eligibility": lang_strings(), "recommendedPriorKnowledge": lang_strings(),
         "eligibleForStudentAid": coded("C_StudentAid", "Education", "eligible_for_student_aid"),
         "extensions": TEXT.map(lambda t: [{"type": "AUBInfoExtension", "id": identifier, "aubType": t}])},
    ))
    return {"id": identifier, "status": "ACTIVE", "content": content}


@st.composite
def keywords(draw):
    """Keywords as the writer pairs them: the n-th Swedish and the n-th English keyword together."""
    swedish = draw(st.lists(TEXT, min_size=0, max_size=3, unique=True))
    english = draw(st.lists(TEXT, min_size=0 if swedish else 1, max_size=3, unique=True))
    out = []
    for position in range(max(len(swedish), len(english))):
        strings = [{"lang": tag, "value": texts[position]} for tag, texts in (("swe", swedish), ("eng", english)) if position < len(texts)]
        out.append({"strings": strings})
    return out


@st.composite
def events(draw):
    identifier = draw(identifiers("e"))
    content = draw(objects(
        {"identifier": st.just(identifier), "education": identifiers("i"), "providers": st.lists(identifiers("p"), min_size=1, max_size=2),
         "lastEdited": DATE_TIMES, "expires": DATE_TIMES,
         "execution": objects({"condition": coded("C_ExecutionCondition", "Execution", "execution_condition")}, {"start": DATES, "end": DATES})},
        {"examiningBodies": st.lists(identifiers("p"), min_size=1, max_size=2), "orderers": st.lists(identifiers("p"), min_size=1, max_size=2),
         "title": lang_strings(), "description": lang_strings(), "url": LANG_URLS,
         "locations": st.lists(addresses(True), min_size=1, max_size=2),
         "languageOfInstructions": st.sampled_from([["swe"], ["eng"], ["swe", "eng"], ["fin"]]), "isCancelled": st.booleans(),
         "fees": st.lists(objects({"totalAmount": AMOUNT, "currency": st.sampled_from(["SEK", "EUR"])},
                                  {"condition": lang_strings(), "firstInstallment": AMOUNT}), min_size=1, max_size=2),
         "places": COUNT, "timeOfStudy": coded("C_TimeOfStudy", "EducationEvent", "time_of_study"),
         "paceOfStudy": objects({}, {"percentage": st.integers(1, 100), "individual": st.booleans(), "note": lang_strings()}),
         "isApprenticeship": st.booleans(),
         "distance": objects({}, {"noOfMandatorySessions": COUNT, "noOfOptionalSessions": COUNT, "noOfMandatoryRemoteSessions": COUNT,
                                  "noOfOptionalRemoteSessions": COUNT, "description": lang_strings()}),
         "application": objects({}, {"code": st.from_regex(r"[A-Z]{2,4}-[0-9]{3,5}", fullmatch=True), "instruction": lang_strings(),
                                     "url": LANG_URLS, "first": DATES, "last": DATES, "email": EMAILS, "address": addresses(False),
                                     "continuous": st.booleans()}),
         "keywords": keywords()},
    ))
    extensions = []
    contractor = draw(optional(TEXT))
    if contractor:
        extensions.append({"type": "KVEventExtension", "id": identifier, "contractor": contractor})
    if draw(st.booleans()):
        uh = draw(objects(
            {"startPeriod": objects({"period": objects({"year": st.integers(2020, 2030).map(str), "periodNumber": st.integers(1, 5)},
                                                       {"semester": st.sampled_from(["vt", "ht"])})}, {"week": st.integers(1, 53)})},
            {"stopWeek": st.integers(1, 53).map(lambda week: {"week": week}),
             "tuitionFee": objects({"value": st.just(True)}, {"first": st.integers(0, 50_000), "total": st.integers(50_000, 200_000)}),
             "department": TEXT,
             "eventPackageReferences": st.lists(identifiers("e"), min_size=1, max_size=2).map(lambda ids: {"educationEventRefs": [{"id": i} for i in ids]})},
        ))
        extensions.append({"type": "UHEventExtension", "id": identifier, **uh, "itdistance": "distance" in content})
    if extensions:
        content["extensions"] = extensions
    return {"id": identifier, "status": "ACTIVE", "content": content}


@st.composite
def exports(draw):
    return {
        "educationProviders": draw(st.lists(providers(), max_size=2)),
        "educationInfos": draw(st.lists(infos(), max_size=2)),
        "educationEvents": draw(st.lists(events(), max_size=2)),
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(document=exports())
def test_emil3_to_model_to_emil3_is_lossless(document):
    """Every mapped field of a generated export comes back unchanged, and nothing is reported."""
    reading = read_document(document, "export.json")
    assert reading.findings == []
    writing = write_document(reading.package, "back.json")
    assert writing.findings == []
    assert writing.document == document


def test_a_language_of_instruction_outside_the_examples_is_still_carried():
    """languageOfInstructions is carried as it is (ISO 639-3), whatever the language."""
    document = {"educationEvents": [{"id": "e.sv.1", "status": "ACTIVE", "content": {"identifier": "e.sv.1", "languageOfInstructions": ["fin", "sme"]}}]}
    assert read_document(document, "f").package["education_events"][0]["languages_of_instruction"] == ["fin", "sme"]


# --- every mapped field is implemented, both ways ------------------------------------------------------


def test_the_every_field_fixture_exercises_every_mapped_field_and_reads_without_findings():
    reading = read_document(_document(EVERY_FIELD), str(EVERY_FIELD))
    assert reading.findings == []
    assert sorted(MAPPED - reading.used) == [], "mapped in model/emil3_fields.yaml but not read by the adapter"


def test_every_mapped_field_is_written_back():
    reading = read_document(_document(EVERY_FIELD), str(EVERY_FIELD))
    writing = write_document(reading.package, "back.json")
    assert writing.findings == []
    assert set(WRITTEN_ELSEWHERE) <= MAPPED
    assert sorted(MAPPED - set(WRITTEN_ELSEWHERE) - writing.written) == [], "mapped but never written"
    assert set(WRITTEN_ELSEWHERE.values()) <= writing.written | {"LangString.strings.lang", "LangString.strings.value"}


def test_the_every_field_records_come_back_unchanged_and_the_uh_copies_through_the_general_fields():
    original = _document(EVERY_FIELD)
    reading = read_document(original, str(EVERY_FIELD))
    back = write_document(reading.package, "back.json").document
    assert back["educationProviders"] == original["educationProviders"]
    assert back["educationInfos"] == original["educationInfos"]
    assert back["educationEvents"][0] == original["educationEvents"][0]
    # the second event has its description, last application date and keywords in the UH extension only
    uh_only = back["educationEvents"][1]["content"]
    assert uh_only["description"]["strings"][0]["value"] == "Beskrivning ur UH-tillägget."
    assert uh_only["application"] == {"first": "2026-03-16", "last": "2026-04-15"}
    assert uh_only["keywords"] == [{"strings": [{"lang": "swe", "value": "matematik"}, {"lang": "eng", "value": "mathematics"}]},
                                   {"strings": [{"lang": "swe", "value": "analys"}]}]
    assert read_document(back, "back.json").package == reading.package


def test_mapping_rows_are_the_table():
    rows = ADAPTER.mapping()
    assert [row.element for row in rows] == [entry["emil3"] for entry in ENTRIES]
    for row, entry in zip(rows, ENTRIES):
        if entry["status"] == "mapped":
            assert row.status == "mapped" and row.model == entry["model"] and row.reason is None
        else:
            assert row.status == "unmapped" and row.reason == entry["reason"] and row.model is None
    notes = {row.element: row.note for row in rows if row.note}
    assert notes["educationInfo.lastEdited"] == "EMIL3 local date-times get the Europe/Stockholm offset."
    assert "record.status" not in notes


# --- reading ---------------------------------------------------------------------------------------------


def _wrapper(identifier: str, content: dict | None, **extra) -> dict:
    return {"id": identifier, "status": "ACTIVE", "content": content, **extra}


MINIMAL_EVENT = {"identifier": "e.sv.9", "education": "i.sv.9", "providers": ["p.sv.9"], "lastEdited": "2026-01-12T09:00:00",
                 "expires": "2026-06-30T00:00:00", "execution": {"condition": {"type": "C_ExecutionCondition", "code": "0"}}}


@pytest.mark.parametrize("shape", ["wrapper", "array", "list response", "combined"])
def test_each_shape_the_api_serves_is_read(shape):
    wrapper = _wrapper("e.sv.9", MINIMAL_EVENT)
    document, pointer = {
        "wrapper": (wrapper, "/content"),
        "array": ([wrapper], "/0/content"),
        "list response": ({"links": [{"rel": "self", "href": "https://api.skolverket.se/susa-navet/emil3/educationEvents?page=0"}],
                           "educationEvents": [wrapper], "page": {"size": 100, "totalElements": 1, "totalPages": 1, "pageNumber": 0}},
                          "/educationEvents/0/content"),
        "combined": ({"educationInfos": [], "educationProviders": [], "educationEvents": [wrapper]}, "/educationEvents/0/content"),
    }[shape]
    reading = read_document(document, "f.json")
    assert reading.findings == []
    event = reading.package["education_events"][0]
    assert event["id"] == "https://w3id.org/kll/id/skolverket/e.sv.9"
    assert event["education"] == "https://w3id.org/kll/id/skolverket/i.sv.9"
    assert event["last_modified"] == "2026-01-12T09:00:00+01:00"
    assert reading.locate("/education_events/0/execution/execution_condition") == Location(
        "f.json", record=0, pointer=f"{pointer}/execution/condition/code", record_id="e.sv.9")


def test_a_record_in_an_array_is_told_by_its_identifier_or_fields():
    document = [_wrapper("p.sv.1", {"identifier": "p.sv.1"}), _wrapper("x", {"identifier": "x", "resultIsDegree": True}), _wrapper("y", {"identifier": "y"})]
    reading = read_document(document, "f.json")
    assert list(reading.package) == ["conforms_to_model_version", "education_providers", "educations"]
    [finding] = reading.findings
    assert finding.rule == "convert.invalid-record" and finding.location == Location("f.json", record=2, pointer="/2", record_id="y")
    assert finding.severity is Severity.VIOLATION and "cannot be told" in finding.detail


@pytest.mark.parametrize("document, message", [
    ({"education_events": []}, "the top level is a JSON object"),
    ([1, 2], "a JSON array whose items are not EMIL3 record wrappers"),
    ("text", "the top level is a JSON str"),
    ({"educationEvents": {"id": "e.sv.1"}}, "educationEvents is not a list"),
])
def test_a_document_that_is_not_emil3_is_a_conversion_error(document, message):
    with pytest.raises(adapters.ConversionError, match=message) as raised:
        read_document(document, "f.json")
    assert raised.value.location == Location("f.json")


def test_a_file_that_is_not_json_is_a_conversion_error_with_its_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"educationEvents": [\n  {"id": }\n]}\n', encoding="utf-8")
    with pytest.raises(adapters.ConversionError, match="not an EMIL3 file: not JSON") as raised:
        ADAPTER.read(bad)
    assert raised.value.location.line == 2


def test_a_deleted_record_is_an_info_finding_and_not_in_the_package():
    reading = read_document({"educationEvents": [_wrapper("e.sv.9", MINIMAL_EVENT), _wrapper("e.sv.8", None)]}, "f.json")
    assert [e["emil_identifier"] for e in reading.package["education_events"]] == ["e.sv.9"]
    [deleted] = reading.findings
    assert deleted.rule == "convert.deleted-record" and deleted.severity is Severity.INFO
    assert deleted.location == Location("f.json", record=1, pointer="/educationEvents/1", record_id="e.sv.8")


def test_a_record_without_content_whose_status_says_deleted_is_deleted_too():
    reading = read_document([{"id": "e.sv.8", "status": "DELETED"}], "f.json")
    assert _rules(reading.findings) == ["convert.deleted-record"] and "education_events" not in reading.package


@pytest.mark.parametrize("wrapper", [{"id": "e.sv.8", "status": "ACTIVE"}, {"id": "e.sv.8"}])
def test_an_active_record_wrapper_without_content_is_an_invalid_record_named_by_its_identifier(wrapper):
    reading = read_document({"educationEvents": [_wrapper("e.sv.9", MINIMAL_EVENT), wrapper]}, "f.json")
    [finding] = reading.findings
    assert finding.rule == "convert.invalid-record" and finding.severity is Severity.VIOLATION
    assert finding.location == Location("f.json", record=1, pointer="/educationEvents/1", record_id="e.sv.8")
    assert "no content" in finding.detail
    assert [e["emil_identifier"] for e in reading.package["education_events"]] == ["e.sv.9"]


def test_an_event_in_the_list_of_educations_is_an_invalid_record_not_an_education():
    reading = read_document({"educationInfos": [_wrapper("e.sv.9", MINIMAL_EVENT)]}, "f.json")
    [finding] = reading.findings
    assert finding.rule == "convert.invalid-record"
    assert finding.location.record_id == "e.sv.9" and finding.location.pointer == "/educationInfos/0"
    assert "educationEvents" in finding.detail and "educationInfos" in finding.detail
    assert "educations" not in reading.package and "education_events" not in reading.package


def test_a_text_node_with_a_content_type_but_no_text_is_reported_with_the_record_identifier(tmp_path):
    document = json.loads((FIXTURES / "export.json").read_text(encoding="utf-8"))
    node = document["educationProviders"][0]["content"]["name"]["strings"][0]
    node["content"] = "text/plain"
    del node["value"]
    source = tmp_path / "export.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    report = json.loads(runner.invoke(app, ["validate", "--from", "emil3", "--format", "json", str(source)]).stdout)
    record = document["educationProviders"][0]["id"]
    located = [f for f in report["findings"] if f["location"].get("record_id") == record]
    assert any(f["rule"] == "convert.unmapped" and "without a text (value)" in f["detail"] and f["location"]["pointer"].endswith("/strings/0/content") for f in located)
    # the Swedish name is gone, and the rule that requires it says so for the same record
    assert any(f["rule"] == "EducationProvider.name.swedish" for f in located)


def test_a_record_without_deletion_gives_no_deleted_record_finding():
    reading = read_document({"educationEvents": [_wrapper("e.sv.9", MINIMAL_EVENT)]}, "f.json")
    assert "convert.deleted-record" not in _rules(reading.findings)


def _unmapped(content: dict, kind: str = "educationEvents") -> list[tuple[str, str]]:
    reading = read_document({kind: [_wrapper(content["identifier"], content)]}, "f.json")
    assert {f.rule for f in reading.findings} <= {"convert.unmapped"}
    assert all(f.severity is Severity.WARNING and f.location.record_id == content["identifier"] for f in reading.findings)
    return [(f.location.pointer, f.detail) for f in reading.findings]


def test_an_unknown_field_is_reported_by_name_never_by_value():
    [(pointer, detail)] = _unmapped({**MINIMAL_EVENT, "studentSecret": "197001011234"})
    assert pointer == "/educationEvents/0/content/studentSecret"
    assert detail == "educationEvent.studentSecret is not a field of EMIL3 as the Susa-navet API 3.0.2 serves it"
    assert "197001011234" not in detail


def test_a_field_declared_out_of_scope_is_reported_with_the_reason_when_it_has_a_value():
    uh = {"type": "UHEventExtension", "id": "e.sv.9", "startPeriod": {"period": {"year": "2026", "periodNumber": 1}},
          "courseRound": 2, "formOfFunding": None, "admissionDetails": {}}
    [(pointer, detail)] = _unmapped({**MINIMAL_EVENT, "extensions": [uh]})
    assert pointer == "/educationEvents/0/content/extensions/0/courseRound"
    assert detail.startswith("UHEventExtension.courseRound is outside the mapping: Internal numbering of course rounds")


def test_an_extension_id_other_than_the_record_identifier_is_reported():
    kv = {"type": "KVEventExtension", "id": "kv-17", "contractor": "Norrlärande AB"}
    [(pointer, detail)] = _unmapped({**MINIMAL_EVENT, "extensions": [kv]})
    assert pointer == "/educationEvents/0/content/extensions/0/id" and detail.startswith("KVEventExtension.id is outside the mapping")


@pytest.mark.parametrize("field, value, expected", [
    ("timeOfStudy", {"type": "C_TimeOfStudy", "code": "distans"}, "the code is not one of the model's C_TimeOfStudy codes"),
    ("timeOfStudy", {"type": "C_Credits", "code": "dag"}, "a coded value of another type than C_TimeOfStudy"),
    ("timeOfStudy", "dag", "is not a coded value {type, code}"),
])
def test_a_code_the_model_does_not_have_is_reported_and_not_carried(field, value, expected):
    content = {**MINIMAL_EVENT, field: value}
    [(pointer, detail)] = _unmapped(content)
    assert expected in detail and pointer.startswith(f"/educationEvents/0/content/{field}")
    assert "time_of_study" not in read_document({"educationEvents": [_wrapper("e.sv.9", content)]}, "f").package["education_events"][0]


def test_levels_of_agency_lists_are_reported_with_the_reason():
    info = {"identifier": "i.yh.1", "educationLevels": [{"type": "C_EducationLevel", "code": "ISCED_5"}, {"type": "YH_EducationLevel", "code": "YH5"}]}
    [(pointer, detail)] = _unmapped(info, "educationInfos")
    assert pointer == "/educationInfos/0/content/educationLevels/1"
    assert detail.startswith("educationInfo.educationLevels.YH_EducationLevel is outside the mapping")


def test_texts_in_other_languages_html_and_second_urls_are_reported():
    info = {
        "identifier": "i.sv.1",
        "title": {"strings": [{"lang": "swe", "value": "Svenska för invandrare"}, {"lang": "fin", "value": "Ruotsia maahanmuuttajille"}]},
        "description": {"strings": [{"lang": "swe", "content": "text/html", "value": "<p>Kurs i <b>svenska</b> &amp; samhälle.</p><ul><li>Nivå A</li></ul>"},
                                    {"lang": "eng", "content": "A course in Swedish."}]},
        "url": {"urls": [{"lang": "eng", "value": "https://example.se/en"}, {"lang": "swe", "value": "https://example.se/sv"}]},
    }
    reading = read_document({"educationInfos": [_wrapper("i.sv.1", info)]}, "f.json")
    education = reading.package["educations"][0]
    assert education["title"] == {"sv": "Svenska för invandrare"}
    assert education["description"] == {"sv": "Kurs i svenska & samhälle.\n\n- Nivå A"}
    assert education["homepage"] == "https://example.se/sv"
    assert [(f.location.pointer, f.detail) for f in reading.findings] == [
        ("/educationInfos/0/content/title/strings/1", "educationInfo.title: a text in a language other than Swedish and English (fin); it is not carried"),
        ("/educationInfos/0/content/description/strings/0/content", "educationInfo.description: HTML text is converted to plain text; the markup is not carried"),
        ("/educationInfos/0/content/description/strings/1/content", "educationInfo.description: a content marker without a text (value); it is not carried"),
        ("/educationInfos/0/content/url/urls/0", "educationInfo.url: the model keeps one web page per record; this one is not carried"),
    ]


def test_a_text_without_a_language_tag_is_read_as_swedish_and_said_so():
    info = {"identifier": "i.sv.1", "title": {"strings": [{"value": "Svenska för invandrare"}]},
            "description": {"strings": [{"lang": "swe", "value": "Kurs i svenska."}]}}
    uh = {"type": "UHEventExtension", "id": "e.sv.9", "startPeriod": {"period": {"year": "2026", "periodNumber": 1}},
          "keywords": {"words": [{"strings": ["svenska"]}]}}
    reading = read_document({"educationInfos": [_wrapper("i.sv.1", info)], "educationEvents": [_wrapper("e.sv.9", {**MINIMAL_EVENT, "extensions": [uh]})]}, "f.json")
    assert reading.package["educations"][0]["title"] == {"sv": "Svenska för invandrare"}
    assert reading.package["education_events"][0]["keywords"] == {"sv": ["svenska"]}
    assert [(f.rule, f.severity, f.location.pointer) for f in reading.findings] == [
        ("convert.language-assumed", Severity.WARNING, "/educationInfos/0/content/title/strings/0"),
        ("convert.language-assumed", Severity.WARNING, "/educationEvents/0/content/extensions/0/keywords/words/0"),
    ]
    # a tagged text is not reported
    assert "convert.language-assumed" not in _rules(read_document(_document(EXPORT), "export.json").findings)


def test_a_list_response_that_is_one_page_of_several_is_reported():
    page = {"educationEvents": [_wrapper("e.sv.9", MINIMAL_EVENT)], "page": {"size": 1, "totalElements": 40, "totalPages": 40, "pageNumber": 0}}
    [finding] = read_document(page, "f.json").findings
    assert finding.location.pointer == "/page" and "one page of a paged list response" in finding.detail


def test_the_uh_tuition_fee_distance_flag_and_weeks_are_folded_into_the_event():
    uh = {"type": "UHEventExtension", "id": "e.sv.9", "startPeriod": {"week": 3, "period": {"year": "2026", "periodNumber": 3, "semester": "vt"}},
          "stopWeek": {"week": 12}, "tuitionFee": {"value": True, "first": 15000, "total": 30000}, "itdistance": True}
    reading = read_document({"educationEvents": [_wrapper("e.sv.9", {**MINIMAL_EVENT, "extensions": [uh]})]}, "f.json")
    event = reading.package["education_events"][0]
    assert event["academic_period"] == {"start_week": 3, "period_year": "2026", "period_number": 3, "semester": "vt", "end_week": 12}
    assert event["fees"] == [{"amount": 30000, "currency": "SEK", "first_installment": 15000, "fee_condition": TUITION_FEE_CONDITION}]
    assert event["distance"] == {}
    assert reading.locate("/education_events/0/academic_period/end_week").pointer == "/educationEvents/0/content/extensions/0/stopWeek/week"
    assert reading.locate("/education_events/0/fees/0/amount").pointer == "/educationEvents/0/content/extensions/0/tuitionFee/total"


def test_two_different_values_for_one_slot_keep_the_first_and_report_the_second():
    uh = {"type": "UHEventExtension", "id": "e.sv.9", "startPeriod": {"period": {"year": "2026", "periodNumber": 1}},
          "applicationDetails": {"closeDate": "2026-04-15"}}
    content = {**MINIMAL_EVENT, "application": {"last": "2026-04-01"}, "extensions": [uh]}
    [(pointer, detail)] = _unmapped(content)
    assert pointer == "/educationEvents/0/content/extensions/0/applicationDetails/closeDate"
    assert "the model has one application_deadline" in detail


def test_locate_names_the_emil3_field_of_a_model_pointer_and_of_a_missing_field():
    reading = ADAPTER.read(EXPORT)
    where = lambda pointer: reading.locate(pointer)  # noqa: E731
    assert where("/education_events/3/execution/start_date") == Location(
        str(EXPORT), record=10, pointer="/educationEvents/4/content/execution/start", record_id="e.yh.yrgo.automationsingenjor.2026ht")
    # the deleted record before it is not in the package: the package's event 2 is the file's event 3
    assert where("/education_events/2/academic_period/period_year").pointer == "/educationEvents/3/content/extensions/0/startPeriod/period/year"
    assert where("/education_events/0/locations/0/latitude").pointer == "/educationEvents/0/content/locations/0/wgs84"
    assert where("/education_events/0/keywords/sv/1").pointer == "/educationEvents/0/content/keywords/1/strings/0/value"
    assert where("/educations/0/subjects/1/code").pointer == "/educationInfos/0/content/subjects/1/code"
    assert where("/education_providers/0/id").pointer == "/educationProviders/0/id"
    # missing fields: where EMIL3 would have them
    assert where("/education_events/1/execution/end_date").pointer == "/educationEvents/1/content/execution/end"
    assert where("/educations/0/qualification_level").pointer == "/educationInfos/0/content/qualificationLevel"
    # model content with no EMIL3 field: the nearest object
    assert where("/education_providers/0/phones/0/email").pointer == "/educationProviders/0/content/phones/0"
    assert where("/conforms_to_model_version") is None


# --- writing ---------------------------------------------------------------------------------------------


def test_writing_gives_the_three_lists_of_active_wrappers(tmp_path):
    package = ADAPTER.read(EXPORT).package
    out = tmp_path / "out.json"
    assert ADAPTER.write(package, out) == []
    document = _document(out)
    assert list(document) == list(LISTS)
    assert [len(document[key]) for key in LISTS] == [3, 3, 4]
    assert {wrapper["status"] for key in LISTS for wrapper in document[key]} == {"ACTIVE"}
    assert all(wrapper["id"] == wrapper["content"]["identifier"] for key in LISTS for wrapper in document[key])


def test_model_content_emil3_cannot_carry_is_reported_in_the_package(tmp_path):
    package = ADAPTER.read(EXPORT).package
    package["education_providers"][1]["contact_point"] = {"email": "studentservice@kth.se"}
    package["educations"][0]["subjects"][0]["label"] = {"sv": "Matematik"}
    package["educations"][0]["subjects"].append({"scheme": "ssyk-2012", "code": "2512", "scheme_version": "2012"})
    package["education_events"][0]["title"] = {"sv": "Matematik 1a", "fi": "Matematiikka 1a"}
    package["qualifications"] = [{"id": "https://w3id.org/kll/id/myh/q1"}, {"id": "https://w3id.org/kll/id/myh/q2"}]
    out = tmp_path / "out.json"
    findings = ADAPTER.write(package, out)
    assert {f.rule for f in findings} == {"convert.not-representable"}
    assert [(f.location, f.detail) for f in findings] == [
        (Location(str(out), pointer="/education_providers/1/contact_point"), "contact_point: EMIL3 has no field for it"),
        (Location(str(out), pointer="/educations/0/subjects/0/label"), "label: EMIL3 has no field for it"),
        (Location(str(out), pointer="/educations/0/subjects/2"), "subjects: EMIL3 has no field for it"),
        (Location(str(out), pointer="/education_events/0/title/fi"), "fi: EMIL3 has no field for it"),
        (Location(str(out), pointer="/qualifications/0"), "a Qualification record: EMIL3 carries education providers, educations and education events only"),
        (Location(str(out), pointer="/qualifications/1"), "a Qualification record: EMIL3 carries education providers, educations and education events only"),
    ]


EMIL3_HAS_NO_ROOM_FOR = {
    "label: EMIL3 has no field for it",
    "leads_to_qualifications: EMIL3 has no field for it",
    "has_learning_outcome: EMIL3 has no field for it",
    "eligibility_requirements: EMIL3 has no field for it",
    "a Qualification record: EMIL3 carries education providers, educations and education events only",
    "a LearningOutcome record: EMIL3 carries education providers, educations and education events only",
}


def test_writing_the_model_examples_reports_only_what_emil3_has_no_field_for(tmp_path):
    for example in sorted((ROOT / "examples" / "offering").glob("*.yaml")):
        package = adapters.get("yaml").read(example).package
        findings = ADAPTER.write(package, tmp_path / "out.json")
        # the concept labels of subjects: EMIL3 subjects are a type and a code only; EMIL3 has no
        # link from an education to a qualification or learning outcome, nor such records, and no
        # field for structured eligibility (the free text goes to educationInfo.eligibility)
        details = [f.detail for f in findings]
        assert details[0] == "label: EMIL3 has no field for it", example.name
        assert set(details) <= EMIL3_HAS_NO_ROOM_FOR, example.name
        back = ADAPTER.read(tmp_path / "out.json")
        assert back.findings == []
        assert back.package["education_events"] == package["education_events"]


def test_structured_eligibility_is_written_as_its_free_text_and_reported_as_a_loss(tmp_path):
    # EMIL3 has eligibility (LangString) and recommendedPriorKnowledge only: the free text is written
    # and read back both ways; each structured requirement is a convert.not-representable warning at
    # its place, and reading the EMIL3 file gives the text without a structure (nothing is guessed)
    source = ROOT / "examples" / "offering" / "hs-miun-sjukskoterskeprogrammet.yaml"
    package = adapters.get("yaml").read(source).package
    education = package["educations"][0]
    assert [r["eligibility_kind"] for r in education["eligibility_requirements"]] == ["general", "specific"]
    out = tmp_path / "out.json"
    findings = ADAPTER.write(package, out)
    lost = [(f.rule, f.location.pointer, f.detail) for f in findings if "eligibility" in (f.detail or "")]
    assert lost == [
        ("convert.not-representable", f"/educations/0/eligibility_requirements/{i}", "eligibility_requirements: EMIL3 has no field for it")
        for i in range(2)
    ]
    content = _document(out)["educationInfos"][0]["content"]
    assert {node["lang"] for node in content["eligibility"]["strings"]} == {"swe", "eng"}
    back = ADAPTER.read(out).package["educations"][0]
    assert back["eligibility"] == education["eligibility"]
    assert "eligibility_requirements" not in back


def test_the_mapping_table_says_where_eligibility_goes():
    rows = {row.element: row for row in ADAPTER.mapping()}
    assert rows["educationInfo.eligibility"].model == "Education.eligibility"
    assert "eligibility_requirements" in (rows["educationInfo.eligibility"].note or "")
    assert "eligibility_requirements" in rows["UHEventExtension.admissionDetails.eligibilityModelSB"].reason


# --- values ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("local, aware", [
    ("2026-01-12T09:00:00", "2026-01-12T09:00:00+01:00"),
    ("2026-07-01T09:00:00", "2026-07-01T09:00:00+02:00"),
    ("2026-07-01T09:00:00.250000", "2026-07-01T09:00:00.250000+02:00"),
])
def test_local_date_times_get_the_stockholm_offset_and_lose_it_again(local, aware):
    assert values.to_aware(local) == aware
    assert values.to_local(aware) == local
    assert values.to_local("2026-07-01T07:00:00Z") == "2026-07-01T09:00:00"
    assert values.to_aware("last Tuesday") is None


@pytest.mark.parametrize("identifier, iri", [
    ("i.sv.2281.MATMAT01a", "https://w3id.org/kll/id/skolverket/i.sv.2281.MATMAT01a"),
    ("e.uoh.kth.dd1420.60090.20251", "https://w3id.org/kll/id/uhr/e.uoh.kth.dd1420.60090.20251"),
    ("p.yh.yrgo", "https://w3id.org/kll/id/myh/p.yh.yrgo"),
    ("p.fhsk.12", "https://w3id.org/kll/id/skolverket/p.fhsk.12"),
    ("e.sv.a/b#c%d\"e", "https://w3id.org/kll/id/skolverket/e.sv.a%2Fb%23c%25d%22e"),
])
def test_identifiers_become_iris_and_come_back(identifier, iri):
    assert values.mint_iri(identifier) == iri
    assert values.emil_id_of(iri) == identifier
    assert values.emil_id_of("https://w3id.org/kll/id/skolverket/not-emil") is None
    assert values.mint_iri("https://example.org/x") == "https://example.org/x"


@pytest.mark.parametrize("text, expected", [
    ("62.3913, 17.3069", (62.3913, 17.3069)), ("62.3913 17.3069", (62.3913, 17.3069)), ("62,3913; 17,3069", (62.3913, 17.3069)),
    ("-33.9, 18.4", (-33.9, 18.4)), ("N 62° 23'", None), ("95, 17", None),
])
def test_wgs84_positions(text, expected):
    assert values.wgs84_of(text) == expected


@pytest.mark.parametrize("raw, expected", [
    ("060-19 10 00", "+46 60-19 10 00"), ("0046 60 19 10 00", "+46 60 19 10 00"), ("+46 60 19 10 00", "+46 60 19 10 00"), ("vxl 123", "vxl 123"),
])
def test_telephone_numbers_are_put_in_international_form(raw, expected):
    assert values.international_phone(raw) == expected


@pytest.mark.parametrize("raw, expected", [("2120002411", "212000-2411"), ("162120002411", "212000-2411"), ("212000-2411", "212000-2411"), ("21200", "21200")])
def test_organisation_numbers_get_their_hyphen(raw, expected):
    assert values.organisation_number(raw) == expected


@pytest.mark.parametrize("raw, expected", [("Sverige", "SE"), ("sweden", "SE"), ("se", "SE"), ("SWE", "SE"), ("Norge", "NO"), ("Atlantis", None)])
def test_countries_become_iso_codes(raw, expected):
    assert values.country_code(raw) == expected


def test_box_addresses():
    assert values.box_address("800") == "Box 800" and values.box_address("Box 800") == "Box 800"
    assert values.box_number("Box 800") == "800" and values.box_number("Köpmangatan 24") is None


# --- the command line ----------------------------------------------------------------------------------------


def test_the_export_converts_to_a_package_that_validates_conformant(tmp_path):
    out = tmp_path / "export.yaml"
    converted = runner.invoke(app, ["convert", "--from", "emil3", "--to", "yaml", str(EXPORT), str(out)])
    assert converted.exit_code == 0, converted.output
    package = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert [len(package[k]) for k in ("education_providers", "educations", "education_events")] == [3, 3, 4]
    validated = runner.invoke(app, ["validate", "--format", "json", str(out)])
    assert validated.exit_code == 0, validated.output
    report = json.loads(validated.stdout)
    assert report["conformant"] and report["counts"]["violation"] == 0 and report["records"] == 10


def test_convert_prints_unmapped_input_with_its_emil3_location_and_strict_exits_1(tmp_path):
    out = tmp_path / "export.yaml"
    converted = runner.invoke(app, ["convert", "--from", "emil3", "--to", "yaml", str(EXPORT), str(out)])
    assert converted.exit_code == 0
    assert (f"{EXPORT} record e.uoh.kth.dd1310.50123.20262 /educationEvents/3/content/extensions/0/courseRound: "
            "warning: convert.unmapped:") in converted.output
    assert f"{EXPORT} record e.sv.2281.ENGENG05.20252 /educationEvents/2: info: convert.deleted-record:" in converted.output
    assert "(emil3) -> " in converted.stdout and "8 warning(s)" in converted.stdout
    strict = runner.invoke(app, ["convert", "--strict", "--from", "emil3", "--to", "yaml", str(EXPORT), str(out)])
    assert strict.exit_code == 1


def test_convert_back_to_emil3_keeps_every_mapped_field(tmp_path):
    package, back = tmp_path / "export.yaml", tmp_path / "back.json"
    assert runner.invoke(app, ["convert", "--from", "emil3", "--to", "yaml", str(EXPORT), str(package)]).exit_code == 0
    converted = runner.invoke(app, ["convert", "--strict", "--from", "yaml", "--to", "emil3", str(package), str(back)])
    assert converted.exit_code == 0, converted.output
    assert "0 warning(s)" in converted.stdout
    # the same package again: what the export had that the model cannot carry was reported on the way in
    assert ADAPTER.read(back).package == ADAPTER.read(EXPORT).package


def test_validate_from_emil3_reports_the_broken_record_in_emil3_terms_and_exits_1():
    result = runner.invoke(app, ["validate", "--from", "emil3", str(BROKEN)])
    assert result.exit_code == 1, result.output
    assert "Execution.end_date.after-start  violation  (1 finding)" in result.stdout
    assert f"- {BROKEN} record e.sv.2281.MATMAT01a.20261 /educationEvents/0/content/execution/end" in result.stdout
    assert "1 file, 10 records: 1 violation," in result.stdout
    report = json.loads(runner.invoke(app, ["validate", "--from", "emil3", "--format", "json", str(BROKEN)]).stdout)
    [violation] = [f for f in report["findings"] if f["severity"] == "violation"]
    assert violation["location"] == {"file": str(BROKEN), "record": 6, "pointer": "/educationEvents/0/content/execution/end",
                                     "record_id": "e.sv.2281.MATMAT01a.20261"}


def test_validate_from_emil3_passes_the_export_as_it_is():
    result = runner.invoke(app, ["validate", "--from", "emil3", str(EXPORT)])
    assert result.exit_code == 0, result.output
    assert "1 file, 10 records: 0 violations" in result.stdout and "convert.deleted-record" in result.stdout


def test_validate_from_emil3_exits_2_for_a_file_that_is_not_emil3(tmp_path):
    package = tmp_path / "package.json"
    package.write_text(json.dumps({"conforms_to_model_version": "0.4.0", "education_events": []}), encoding="utf-8")
    result = runner.invoke(app, ["validate", "--from", "emil3", str(package)])
    assert result.exit_code == 2, result.output
    assert "convert.invalid-input" in result.stdout
    assert "not an EMIL3 file: the top level is a JSON object, not a record wrapper {id, status, content}" in result.stdout
    converted = runner.invoke(app, ["convert", "--from", "emil3", "--to", "yaml", str(package), str(tmp_path / "out.yaml")])
    assert converted.exit_code == 2 and "error: " in converted.output and "not an EMIL3 file" in converted.output


# --- malformed EMIL3: findings, never exceptions ---------------------------------------------------------


@pytest.mark.parametrize("record, pointer, detail", [
    (_wrapper("e.sv.9", [MINIMAL_EVENT]), "/educationEvents/1/content", "record.content is not a JSON object"),
    (17, "/educationEvents/1", "is not an EMIL3 record wrapper"),
    ({"name": "x"}, "/educationEvents/1", "is not an EMIL3 record wrapper"),
])
def test_a_record_that_cannot_be_read_is_an_invalid_record_violation(record, pointer, detail):
    reading = read_document({"educationEvents": [_wrapper("e.sv.8", {**MINIMAL_EVENT, "identifier": "e.sv.8"}), record]}, "f.json")
    assert [e["emil_identifier"] for e in reading.package["education_events"]] == ["e.sv.8"]
    [finding] = reading.findings
    assert finding.rule == "convert.invalid-record" and finding.severity is Severity.VIOLATION
    assert finding.stage is not Stage.INPUT  # a finding about the data (exit 1), not an unreadable file (exit 2)
    assert finding.location.record == 1 and finding.location.pointer == pointer and detail in finding.detail
    if isinstance(record, dict) and "id" in record:
        assert finding.location.record_id == "e.sv.9"


def test_readable_records_give_no_invalid_record_finding():
    assert "convert.invalid-record" not in _rules(read_document(_document(EXPORT), "export.json").findings)
    assert "convert.invalid-record" not in _rules(read_document(_document(EVERY_FIELD), "every-field.json").findings)


def test_validate_from_emil3_fails_an_export_with_a_broken_record(tmp_path):
    document = _document(EXPORT)
    document["educationEvents"].append({"id": "e.sv.77", "status": "ACTIVE", "content": ["not", "an", "object"]})
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    result = runner.invoke(app, ["validate", "--from", "emil3", str(broken)])
    assert result.exit_code == 1, result.output
    assert "convert.invalid-record" in result.stdout and "Traceback" not in result.output
    assert runner.invoke(app, ["validate", "--from", "emil3", str(EXPORT)]).exit_code == 0
    profiled = runner.invoke(app, ["validate", "--from", "emil3", "--profile", "education-offering-publisher", str(broken)])
    assert profiled.exit_code == 1 and "convert.invalid-record" in profiled.stdout  # a profile never hides it
    converted = runner.invoke(app, ["convert", "--from", "emil3", "--to", "json", str(broken), str(tmp_path / "out.json")])
    assert converted.exit_code == 1 and "1 record(s) left out" in converted.output
    assert runner.invoke(app, ["convert", "--from", "emil3", "--to", "json", str(EXPORT), str(tmp_path / "ok.json")]).exit_code == 0


@pytest.mark.parametrize("content, pointer, field", [
    ({"identifier": "i.sv.1", "type": {"type": "C_SchoolType", "code": ["x"]}}, "/type/code", "educationInfo.type.code"),
    ({"identifier": "i.sv.1", "educationLevels": [{"type": "C_EducationLevel", "code": {"a": 1}}]}, "/educationLevels/0/code", "educationInfo.educationLevels.code"),
    ({"identifier": "i.sv.1", "subjects": [{"type": ["x"], "code": "1"}]}, "/subjects/0/type", "educationInfo.subjects.type"),
    ({"identifier": "i.sv.1", "extensions": [{"type": ["UHEventExtension"]}]}, "/extensions/0", "educationInfo.extensions.type"),
])
def test_values_of_the_wrong_json_type_are_reported_by_field(content, pointer, field):
    [(found, detail)] = _unmapped(content, "educationInfos")
    assert found == f"/educationInfos/0/content{pointer}" and detail.startswith(field)


def test_a_semester_that_is_not_a_string_is_reported():
    uh = {"type": "UHEventExtension", "id": "e.sv.9", "startPeriod": {"period": {"year": "2026", "semester": {}}}}
    [(pointer, detail)] = _unmapped({**MINIMAL_EVENT, "extensions": [uh]})
    assert pointer.endswith("/startPeriod/period/semester") and "not one of the model's codes" in detail


def test_an_iri_identifier_beside_the_wrapper_id_is_reported():
    content = {**MINIMAL_EVENT, "identifier": "https://example.org/event/9"}
    [finding] = read_document({"educationEvents": [_wrapper("e.sv.9", content)]}, "f.json").findings
    pointer, detail = finding.location.pointer, finding.detail
    assert finding.rule == "convert.unmapped" and pointer == "/educationEvents/0/content/identifier" and "an IRI other than the record's IRI" in detail
    assert "example.org" not in detail
    # an IRI that is the record's IRI is carried as it is, without a finding
    reading = read_document([{"id": "https://example.org/event/9", "status": "ACTIVE", "content": content}], "f.json")
    assert reading.findings == [] and reading.package["education_events"][0]["id"] == "https://example.org/event/9"


def test_keywords_that_are_not_a_list_of_strings_are_reported():
    words = {"words": [{"lang": "swe", "strings": "svenska"}, {"lang": "eng", "strings": ["Swedish", 7, {"x": 1}]}]}
    uh = {"type": "UHEventExtension", "id": "e.sv.9", "keywords": words}
    reading = read_document({"educationEvents": [_wrapper("e.sv.9", {**MINIMAL_EVENT, "extensions": [uh]})]}, "f.json")
    assert reading.package["education_events"][0]["keywords"] == {"en": ["Swedish"]}
    base = "/educationEvents/0/content/extensions/0/keywords/words"
    assert [(f.rule, f.location.pointer) for f in reading.findings] == [
        ("convert.unmapped", f"{base}/0/strings"), ("convert.unmapped", f"{base}/1/strings/1"), ("convert.unmapped", f"{base}/1/strings/2")]


def test_a_tuition_fee_whose_value_is_not_a_boolean_is_reported_and_not_carried():
    uh = {"type": "UHEventExtension", "id": "e.sv.9", "tuitionFee": {"value": "maybe", "total": 30000}}
    [(pointer, detail)] = _unmapped({**MINIMAL_EVENT, "extensions": [uh]})
    assert pointer.endswith("/tuitionFee/value") and "is not a boolean" in detail and "maybe" not in detail
    event = read_document({"educationEvents": [_wrapper("e.sv.9", {**MINIMAL_EVENT, "extensions": [uh]})]}, "f").package["education_events"][0]
    assert "fees" not in event


@pytest.mark.parametrize("tag, shown", [("fin", "(fin)"), ("Zz-<secret>", None), (["swe"], None), (197001011234, None)])
def test_a_language_tag_is_named_only_when_it_has_the_form_of_an_iso_639_code(tag, shown):
    info = {"identifier": "i.sv.1", "title": {"strings": [{"lang": tag, "value": "Otsikko"}]}}
    uh = {"type": "UHEventExtension", "id": "e.sv.9", "keywords": {"words": [{"lang": tag, "strings": ["avainsana"]}]}}
    reading = read_document({"educationInfos": [_wrapper("i.sv.1", info)], "educationEvents": [_wrapper("e.sv.9", {**MINIMAL_EVENT, "extensions": [uh]})]}, "f")
    details = [f.detail for f in reading.findings]
    assert len(details) == 2 and all("a language other than Swedish and English" in d for d in details)
    if shown:
        assert all(shown in d for d in details)
    else:
        assert not any(str(tag) in d or "secret" in d for d in details)


def test_a_file_that_is_not_utf8_is_reported_without_its_bytes(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"educationEvents": ["\xffsecret"]}')
    with pytest.raises(adapters.ConversionError) as raised:
        ADAPTER.read(bad)
    assert str(raised.value).endswith("not an EMIL3 file: not UTF-8 (at byte 22)")
    assert "0xff" not in str(raised.value) and "secret" not in str(raised.value)


# Arbitrary JSON values put into a valid record at random places, and arbitrary JSON documents: the
# reader gives findings or a ConversionError, never another exception.

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6) | st.sampled_from(["type", "code", "lang", "strings", "value", "words", "content", "id"]), inner, max_size=3),
    max_leaves=8,
)


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


def _substituted(document, path, value):
    if not path:
        return value
    copy = json.loads(json.dumps(document))
    holder = copy
    for step in path[:-1]:
        holder = holder[step]
    holder[path[-1]] = value
    return copy


_VALID = _document(EVERY_FIELD)
_VALID_PATHS = list(_paths(_VALID))


def _read_or_conversion_error(document, tmp_path) -> None:
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    try:
        imported = ADAPTER.read(path)
    except adapters.ConversionError:
        return
    assert {f.rule for f in imported.findings} <= set(adapters.CONVERSION_RULES)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.sampled_from(_VALID_PATHS), JSON)
def test_any_json_value_anywhere_in_a_record_gives_findings_not_exceptions(tmp_path, path, value):
    _read_or_conversion_error(_substituted(_VALID, path, value), tmp_path)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(JSON | st.dictionaries(st.sampled_from(LISTS), st.lists(JSON, max_size=3), min_size=1, max_size=2))
def test_any_json_document_gives_findings_or_a_conversion_error(tmp_path, document):
    _read_or_conversion_error(document, tmp_path)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.sampled_from(_VALID_PATHS), JSON)
def test_convert_and_validate_from_emil3_never_end_in_a_traceback(tmp_path, path, value):
    source = tmp_path / "fuzz.json"
    source.write_text(json.dumps(_substituted(_VALID, path, value)), encoding="utf-8")
    converted = runner.invoke(app, ["convert", "--from", "emil3", "--to", "yaml", str(source), str(tmp_path / "out.yaml")])
    assert converted.exit_code in (0, 1, 2) and (converted.exception is None or isinstance(converted.exception, SystemExit)), converted.output
    validated = runner.invoke(app, ["validate", "--from", "emil3", str(source)])
    assert validated.exit_code in (0, 1, 2) and (validated.exception is None or isinstance(validated.exception, SystemExit)), validated.output


def test_mapping_coverage_accounts_for_every_emil3_field():
    result = runner.invoke(app, ["mapping", "coverage", "emil3", "--format", "json"])
    assert result.exit_code == 0, result.output
    [coverage] = json.loads(result.stdout)
    # measured against the OpenAPI description: every field it defines has an entry, every entry a field
    assert coverage["elements"] == len(ENTRIES) and coverage["missing"] == [] and coverage["not_in_standard"] == []
    assert coverage["mapped"] == len(MAPPED) and coverage["mapped"] + coverage["unmapped_with_reason"] == coverage["elements"]
    text = runner.invoke(app, ["mapping", "coverage", "emil3"], env={"COLUMNS": "200"})
    assert text.exit_code == 0 and f"{len(ENTRIES)}/{len(ENTRIES)} (100" in text.stdout
    table = runner.invoke(app, ["mapping", "table", "emil3"])
    assert table.exit_code == 0 and "| `educationEvent.execution.start` | mapped | `Execution.start_date` |" in table.stdout
