"""The report renderers: text, JSON, JUnit XML and SARIF, from hand-built reports."""

from __future__ import annotations

import json
import random
import re
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import replace

import jsonschema
import pytest

import kll
from kll.artifacts.modelindex import model_index
from kll.render import FORMATS, render
from kll.render import json as json_render
from kll.render import junit as junit_render
from kll.render import sarif as sarif_render
from kll.render import text as text_render
from kll.validation.report import Detail, Finding, Location, Report, Severity, Stage
from kll.artifacts import paths

ANSI = re.compile(r"\x1b\[")
DETAIL = "pattern ^[0-9]{6}$ (sentinel-detail-7f3a)"

REQUIRED = "EducationEvent.start_date.required"
#: Where a report sends the reader for REQUIRED with the shipped settings: its page on the site.
DOCS = f"rules/EducationEvent/#{REQUIRED}"
RECOMMENDED = "Organisation.organisation_number.recommended"
ENGLISH = "Organisation.name.english"
PARSE = "input.json-syntax"
LANGUAGE_MAP = "Organisation.name.language-map"


def finding(rule, severity, stage, location, en, sv, detail=None) -> Finding:
    return Finding(rule, severity, stage, location, en, sv, detail)


def conformant() -> Report:
    return Report(findings=[], files=["ok.jsonl"], records=3, stages=list(Stage))


def mixed() -> Report:
    """A violation (in two files), a warning and an info, with JSON Pointers; one detail."""
    required = dict(
        rule=REQUIRED,
        severity=Severity.VIOLATION,
        stage=Stage.STRUCTURAL,
        en="EducationEvent: start date is required.",
        sv="Utbildningstillfälle: startdatum är obligatoriskt.",
    )
    return Report(
        findings=[
            finding(**required, location=Location("data/b.jsonl", record=4, pointer="/start_date")),
            finding(
                RECOMMENDED,
                Severity.WARNING,
                Stage.STRUCTURAL,
                Location("data/a.jsonl", record=1, pointer="/organisation_number"),
                "Organisation: organisation number is recommended and missing.",
                "Organisation: organisationsnummer bör anges men saknas.",
            ),
            finding(**required, location=Location("data/a.jsonl", record=0, pointer="/start_date"), detail=DETAIL),
            finding(
                ENGLISH,
                Severity.INFO,
                Stage.RULES,
                Location("data/b.jsonl", record=0, pointer="/name"),
                "Organisation: name has no English text.",
                "Organisation: namn saknar engelsk text.",
            ),
            finding(**required, location=Location("data/a.jsonl", record=2, pointer="/start_date")),
        ],
        files=["data/a.jsonl", "data/b.jsonl"],
        records=6,
        stages=[Stage.INPUT, Stage.STRUCTURAL, Stage.RULES],
    )


def positioned() -> Report:
    """A parse error with line and column; messages of one rule that differ per finding."""
    return Report(
        findings=[
            finding(
                PARSE,
                Severity.VIOLATION,
                Stage.INPUT,
                Location("broken.json", line=3, column=17),
                "The file is not valid JSON.",
                "Filen är inte giltig JSON.",
                detail="Expecting ',' delimiter",
            ),
            finding(
                PARSE,
                Severity.VIOLATION,
                Stage.INPUT,
                Location("broken.json", line=9, column=1),
                "The file ends inside a string.",
                "Filen slutar mitt i en sträng.",
            ),
        ],
        files=["broken.json", "fine.json"],
        records=1,
        stages=[Stage.INPUT],
    )


def rdf() -> Report:
    """Findings from the SHACL stage: focus node and path, no pointer."""
    return Report(
        findings=[
            finding(
                LANGUAGE_MAP,
                Severity.VIOLATION,
                Stage.SEMANTIC,
                Location("orgs.ttl", focus_node="https://w3id.org/kll/id/af", path="http://xmlns.com/foaf/0.1/name"),
                "Organisation: name must be language-tagged text.",
                "Organisation: namn måste vara språkmärkt text.",
            ),
            finding(
                ENGLISH,
                Severity.WARNING,
                Stage.SEMANTIC,
                Location("orgs.ttl", focus_node="_:b0", path="http://xmlns.com/foaf/0.1/name"),
                "Organisation: name should also have an English text.",
                "Organisation: namn bör också ha en engelsk text.",
            ),
        ],
        files=["orgs.ttl"],
        records=2,
        stages=[Stage.INPUT, Stage.SEMANTIC],
    )


def nothing_checked() -> Report:
    return Report()


REPORTS = {"conformant": conformant, "mixed": mixed, "positioned": positioned, "rdf": rdf, "nothing_checked": nothing_checked}


def shuffled(report: Report, seed: int) -> Report:
    findings = list(report.findings)
    random.Random(seed).shuffle(findings)
    return replace(report, findings=findings)


# --- dispatch, determinism and details, for every format -----------------------------------------


def test_formats_and_unknown_format():
    assert FORMATS == ("text", "json", "junit", "sarif")
    with pytest.raises(ValueError) as error:
        render(conformant(), "html")
    for name in FORMATS:
        assert name in str(error.value)
    with pytest.raises(ValueError, match="language"):
        render(conformant(), "text", language="de")


@pytest.mark.parametrize("format", FORMATS)
@pytest.mark.parametrize("language", ["en", "sv"])
@pytest.mark.parametrize("name", REPORTS)
def test_deterministic(format, language, name):
    report = REPORTS[name]()
    first = render(report, format, language=language)
    assert render(report, format, language=language) == first
    assert render(REPORTS[name](), format, language=language) == first
    assert render(shuffled(report, 1), format, language=language) == first  # order comes from Report.sorted()
    assert first.endswith("\n")


def test_colour_is_deterministic():
    assert render(mixed(), "text", color=True) == render(mixed(), "text", color=True)


@pytest.mark.parametrize("format", FORMATS)
def test_detail_only_where_the_finding_carries_one(format):
    carried = render(mixed(), format)
    # exactly one finding carries DETAIL, and each renderer shows it once (JSON in detail, detail_en
    # and detail_sv: a note without a Swedish form reads the same in both)
    assert carried.count("sentinel-detail-7f3a") == (3 if format == "json" else 1)
    for name in ("conformant", "rdf", "nothing_checked"):
        out = render(REPORTS[name](), format)
        assert "detail" not in out.lower(), name
        assert "detalj" not in render(REPORTS[name](), format, language="sv")
    without = replace(mixed(), findings=[replace(f, detail=None) for f in mixed().findings])
    for language in ("en", "sv"):
        out = render(without, format, language=language)
        assert "sentinel" not in out
        assert not re.search(r"\bdetail|detalj", out)


@pytest.mark.parametrize("format", FORMATS)
@pytest.mark.parametrize("language", ["en", "sv"])
def test_a_bilingual_detail_is_shown_in_the_report_language(format, language):
    """A check's Detail(en, sv): text, JUnit and SARIF show the report's language; JSON has both."""
    first = mixed().findings[0]
    report = replace(mixed(), findings=[replace(first, detail=Detail("english-note-1c2d", "svensk-anteckning-3e4f"), detail_sv=None)])
    out = render(report, format, language=language)
    if format == "json":
        [finding] = json.loads(out)["findings"]
        assert (finding["detail"], finding["detail_en"], finding["detail_sv"]) == ("english-note-1c2d", "english-note-1c2d", "svensk-anteckning-3e4f")
    else:
        shown, hidden = ("svensk-anteckning-3e4f", "english-note-1c2d") if language == "sv" else ("english-note-1c2d", "svensk-anteckning-3e4f")
        assert shown in out and hidden not in out


def test_json_detail_key_absent_without_detail():
    data = json.loads(render(mixed(), "json"))
    with_detail = [f for f in data["findings"] if "detail" in f]
    assert [f["detail"] for f in with_detail] == [DETAIL]


# --- text ----------------------------------------------------------------------------------------


def _groups(out: str) -> list[str]:
    """The header line of each rule group (lines that start without indentation, before the
    versions line and the summary)."""
    return [line for line in out.splitlines()[:-2] if line and not line.startswith(" ")]


def test_text_groups_by_rule_ordered_by_severity_then_id():
    out = render(mixed(), "text")
    headers = _groups(out)
    assert [h.split()[0] for h in headers] == [REQUIRED, RECOMMENDED, ENGLISH]
    assert headers[0] == f"{REQUIRED}  violation  (3 findings)"
    assert headers[1] == f"{RECOMMENDED}  warning  (1 finding)"
    assert headers[2] == f"{ENGLISH}  info  (1 finding)"
    lines = out.splitlines()
    start = lines.index(headers[0])
    assert lines[start + 1] == "  EducationEvent: start date is required."
    # one line per location, in Report.sorted() order, each by Location.describe()
    expected = [f for f in mixed().sorted() if f.rule == REQUIRED]
    location_lines = lines[start + 2 : start + 5]
    assert [line.split(" (detail")[0] for line in location_lines] == [f"  - {f.location.describe()}" for f in expected]
    assert location_lines[0].endswith(f"(detail: {DETAIL})")
    assert lines[start + 5] == f"  see {DOCS}"


def test_text_rule_order_is_by_id_within_a_severity():
    report = rdf()
    extra = finding(
        "Aardvark.name.required",
        Severity.VIOLATION,
        Stage.SEMANTIC,
        Location("orgs.ttl", focus_node="_:b1"),
        "x",
        "x",
    )
    report.findings.append(extra)
    assert [h.split()[0] for h in _groups(render(report, "text"))] == ["Aardvark.name.required", LANGUAGE_MAP, ENGLISH]


def test_text_swedish():
    out = render(mixed(), "text", language="sv")
    headers = _groups(out)
    assert headers[0] == f"{REQUIRED}  fel  (3 anmärkningar)"
    assert headers[1] == f"{RECOMMENDED}  varning  (1 anmärkning)"
    assert headers[2] == f"{ENGLISH}  upplysning  (1 anmärkning)"
    assert "  Utbildningstillfälle: startdatum är obligatoriskt." in out.splitlines()
    assert "EducationEvent: start date is required." not in out
    assert f"(detalj: {DETAIL})" in out
    assert out.splitlines()[-1] == "2 filer, 6 poster: 3 fel, 1 varning, 1 upplysning — uppfyller inte kraven"


@pytest.mark.parametrize(
    "name, language, summary",
    [
        ("conformant", "en", "1 file, 3 records: 0 violations, 0 warnings, 0 infos — conformant"),
        ("conformant", "sv", "1 fil, 3 poster: 0 fel, 0 varningar, 0 upplysningar — uppfyller kraven"),
        ("mixed", "en", "2 files, 6 records: 3 violations, 1 warning, 1 info — not conformant"),
        ("positioned", "en", "2 files, 1 record: 2 violations, 0 warnings, 0 infos — not conformant"),
        ("rdf", "sv", "1 fil, 2 poster: 1 fel, 1 varning, 0 upplysningar — uppfyller inte kraven"),
        ("nothing_checked", "en", "0 files, 0 records: 0 violations, 0 warnings, 0 infos — not conformant (nothing was checked)"),
        ("nothing_checked", "sv", "0 filer, 0 poster: 0 fel, 0 varningar, 0 upplysningar — uppfyller inte kraven (inget kontrollerades)"),
    ],
)
def test_text_summary(name, language, summary):
    out = render(REPORTS[name](), "text", language=language)
    assert out.splitlines()[-1] == summary


def test_text_conformant_report():
    model = model_index().model_version
    assert render(conformant(), "text").splitlines() == [
        "No findings.",
        f"checked by kll {kll.__version__} against model {model}",
        "1 file, 3 records: 0 violations, 0 warnings, 0 infos — conformant",
    ]
    assert render(conformant(), "text", language="sv").splitlines()[:2] == ["Inga anmärkningar.", f"kontrollerat av kll {kll.__version__} mot modell {model}"]


def test_text_message_differing_within_a_rule_is_shown_per_location():
    out = render(positioned(), "text")
    lines = out.splitlines()
    assert lines[0] == f"{PARSE}  violation  (2 findings)"
    assert lines[1] == "  The file is not valid JSON."
    assert lines[2] == "  - broken.json line 3, column 17 (detail: Expecting ',' delimiter)"
    assert lines[3] == "  - broken.json line 9, column 1: The file ends inside a string."


def test_text_rdf_locations():
    out = render(rdf(), "text")
    assert "  - orgs.ttl node https://w3id.org/kll/id/af path http://xmlns.com/foaf/0.1/name" in out.splitlines()
    assert "  - orgs.ttl node _:b0 path http://xmlns.com/foaf/0.1/name" in out.splitlines()


@pytest.mark.parametrize("name", REPORTS)
@pytest.mark.parametrize("language", ["en", "sv"])
def test_text_no_ansi_without_colour(name, language, monkeypatch):
    for variable, value in (("FORCE_COLOR", "1"), ("TERM", "xterm-256color"), ("COLUMNS", "20"), ("TTY_COMPATIBLE", "1")):
        monkeypatch.setenv(variable, value)
    out = render(REPORTS[name](), "text", language=language)
    assert not ANSI.search(out)
    assert "\x1b" not in out


def test_text_colour(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "20")
    coloured = render(mixed(), "text", color=True)
    assert ANSI.search(coloured)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", coloured)
    assert plain == render(mixed(), "text")  # same text, only styled; never wrapped to the terminal


def test_text_markup_in_messages_is_literal():
    tricky = "Value [bold]x[/bold] :smile: ends with a backslash \\"
    report = Report(
        findings=[finding("Thing.x.pattern", Severity.VIOLATION, Stage.RULES, Location("t.jsonl", record=0, pointer="/x"), tricky, tricky, detail="[red]d[/]")],
        files=["t.jsonl"],
        records=1,
    )
    for color in (False, True):
        out = re.sub(r"\x1b\[[0-9;]*m", "", render(report, "text", color=color))
        assert f"  {tricky}\n" in out
        assert "(detail: [red]d[/])" in out


# --- JSON ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def report_schema() -> dict:
    schema = json_render.schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def _validate(instance, schema) -> None:
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER).validate(instance)


@pytest.mark.parametrize("name", REPORTS)
def test_json_validates_against_its_schema(name, report_schema):
    _validate(json.loads(render(REPORTS[name](), "json")), report_schema)


def test_json_schema_is_package_data(report_schema):
    assert report_schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    pyproject = tomllib.loads((paths.repository_root() / "pyproject.toml").read_text(encoding="utf-8"))
    assert "render/*.json" in pyproject["tool"]["setuptools"]["package-data"]["kll"]


def test_json_content_and_order():
    report = mixed()
    data = json.loads(render(report, "json", language="sv"))  # both languages regardless
    assert list(data) == ["kll_version", "model_version", "reference_date", "conformant", "counts", "files", "records", "stages", "findings"]
    assert data["kll_version"] == kll.__version__ and data["model_version"] == model_index().model_version
    assert data["conformant"] is False
    assert data["counts"] == {"violation": 3, "warning": 1, "info": 1}
    assert list(data["counts"]) == ["violation", "warning", "info"]
    assert data["files"] == ["data/a.jsonl", "data/b.jsonl"]
    assert data["records"] == 6
    assert data["stages"] == ["input", "structural", "rules"]
    assert [f["rule"] for f in data["findings"]] == [f.rule for f in report.sorted()]
    assert [f["location"] for f in data["findings"]] == [
        {k: v for k, v in vars(f.location).items() if v is not None} for f in report.sorted()
    ]
    first = data["findings"][0]
    assert list(first) == ["rule", "severity", "stage", "location", "message_en", "message_sv", "detail", "detail_en", "detail_sv", "documentation"]
    assert list(data["findings"][1]) == ["rule", "severity", "stage", "location", "message_en", "message_sv", "documentation"]
    assert first["documentation"] == DOCS
    assert first["message_sv"] == "Utbildningstillfälle: startdatum är obligatoriskt."
    assert list(first["location"]) == ["file", "record", "pointer"]


def test_json_line_column_and_rdf_locations():
    located = json.loads(render(positioned(), "json"))["findings"][0]["location"]
    assert located == {"file": "broken.json", "line": 3, "column": 17}
    node = json.loads(render(rdf(), "json"))["findings"][0]["location"]
    assert node == {"file": "orgs.ttl", "focus_node": "https://w3id.org/kll/id/af", "path": "http://xmlns.com/foaf/0.1/name"}


def test_json_schema_rejects_what_the_report_cannot_be(report_schema):
    good = json.loads(render(mixed(), "json"))
    for mutate in (
        lambda d: d.update(conformant=True),  # violations but conformant
        lambda d: d["findings"][0].update(severity="error"),
        lambda d: d["findings"][0]["location"].update(record=-1),
        lambda d: d["findings"][0]["location"].update(line=0),
        lambda d: d["findings"][0].pop("message_sv"),
        lambda d: d["findings"][0].update(value="190001019876"),  # no data values in findings
        lambda d: d["counts"].pop("info"),
    ):
        bad = json.loads(json.dumps(good))
        mutate(bad)
        with pytest.raises(jsonschema.ValidationError):
            _validate(bad, report_schema)
    nothing = json.loads(render(nothing_checked(), "json"))
    nothing["conformant"] = True
    with pytest.raises(jsonschema.ValidationError):
        _validate(nothing, report_schema)


# --- JUnit ---------------------------------------------------------------------------------------


def _junit(report: Report, language: str = "en") -> ET.Element:
    out = render(report, "junit", language=language)
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag == "testsuites"
    # the counters agree with the elements, at every level
    cases = root.findall("testsuite/testcase")
    assert int(root.get("tests")) == len(cases) > 0
    assert int(root.get("failures")) == sum(1 for c in cases if c.find("failure") is not None)
    for suite in root.findall("testsuite"):
        suite_cases = suite.findall("testcase")
        assert int(suite.get("tests")) == len(suite_cases) > 0
        assert int(suite.get("failures")) == sum(1 for c in suite_cases if c.find("failure") is not None)
        assert suite.get("errors") == suite.get("skipped") == "0"
        for case in suite_cases:
            assert case.get("classname") and case.get("name")
            assert case.find("error") is None
    return root


@pytest.mark.parametrize("name", REPORTS)
def test_junit_parses_and_fails_exactly_when_not_conformant(name):
    report = REPORTS[name]()
    root = _junit(report)
    assert (int(root.get("failures")) == 0) == report.conformant


def test_junit_conformant_report_has_a_passing_case():
    root = _junit(conformant())
    [suite] = root.findall("testsuite")
    assert suite.get("name") == "ok.jsonl"
    [case] = suite.findall("testcase")
    assert (case.get("classname"), case.get("name"), case.get("file")) == ("ok.jsonl", "conformant", "ok.jsonl")
    assert list(case) == []


def test_junit_one_suite_per_file_one_case_per_file_and_rule():
    root = _junit(mixed())
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == ["data/a.jsonl", "data/b.jsonl"]
    a = {c.get("name"): c for c in suites["data/a.jsonl"].findall("testcase")}
    b = {c.get("name"): c for c in suites["data/b.jsonl"].findall("testcase")}
    assert list(a) == [REQUIRED, RECOMMENDED]
    assert list(b) == [REQUIRED, ENGLISH]
    # violations fail: one failing case per (file, rule), every location in it
    assert root.get("failures") == "2"
    failure = a[REQUIRED].find("failure")
    assert failure.get("type") == "violation"
    assert failure.get("message") == "2 violations: EducationEvent: start date is required."
    assert "data/a.jsonl /start_date" in failure.text and failure.text.count("data/a.jsonl") == 2
    assert DOCS in failure.text
    assert b[REQUIRED].find("failure").get("message") == "1 violation: EducationEvent: start date is required."
    # warnings and infos pass, reported in system-out
    for case, word in ((a[RECOMMENDED], "1 warning"), (b[ENGLISH], "1 info")):
        assert case.find("failure") is None
        assert case.find("system-out").text.startswith(word + ": ")
    assert "data/b.jsonl /name" in b[ENGLISH].find("system-out").text


def test_junit_swedish_messages_stable_names():
    root = _junit(mixed(), language="sv")
    case = root.find("testsuite/testcase")
    assert case.get("name") == REQUIRED
    assert case.find("failure").get("message") == "2 fel: Utbildningstillfälle: startdatum är obligatoriskt."


def test_junit_file_without_violations_gets_conformant_case():
    root = _junit(positioned())
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert [c.get("name") for c in suites["broken.json"].findall("testcase")] == [PARSE]
    assert [c.get("name") for c in suites["fine.json"].findall("testcase")] == ["conformant"]
    assert root.get("failures") == "1"
    text = suites["broken.json"].find("testcase/failure").text
    assert "broken.json line 3, column 17 (detail: Expecting ',' delimiter)" in text
    assert "broken.json line 9, column 1: The file ends inside a string." in text
    # a file with only warnings passes and still says so
    root = _junit(replace(rdf(), findings=[f for f in rdf().findings if f.severity is Severity.WARNING]))
    assert [c.get("name") for c in root.findall("testsuite/testcase")] == [ENGLISH, "conformant"]


def test_junit_nothing_checked_fails():
    root = _junit(nothing_checked())
    assert root.get("failures") == "1"
    case = root.find("testsuite/testcase")
    assert case.get("name") == "records checked"
    assert "nothing was checked" in case.find("failure").get("message")


def test_junit_survives_characters_xml_cannot_carry():
    report = Report(
        findings=[finding("Thing.x.pattern", Severity.VIOLATION, Stage.INPUT, Location("odd\x01name.json", line=1), "bad \x00 byte <&>", "bad \x0b", detail="\x1b[31m")],
        files=["odd\x01name.json"],
        records=1,
    )
    root = _junit(report)
    assert "bad \ufffd byte <&>" in root.find("testsuite/testcase/failure").get("message")


# --- SARIF ---------------------------------------------------------------------------------------


def _object(properties: dict, required: tuple[str, ...] = ()) -> dict:
    """A SARIF object: closed like the real schema, except the property bag everywhere."""
    return {
        "type": "object",
        "required": list(required),
        "properties": {**properties, "properties": {"$ref": "#/$defs/propertyBag"}},
        "additionalProperties": False,
    }


_STR = {"type": "string"}
_MESSAGE_STRING = {"$ref": "#/$defs/multiformatMessageString"}

#: A hand-written subset of https://json.schemastore.org/sarif-2.1.0.json (not available
#: offline): the objects this renderer writes, their real property names (so a typo fails), the
#: required properties and the types and enums of the SARIF 2.1.0 specification.
SARIF_SUBSET = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$ref": "#/$defs/sarifLog",
    "$defs": {
        "propertyBag": {
            "type": "object",
            "properties": {"tags": {"type": "array", "items": _STR, "uniqueItems": True}},
        },
        "sarifLog": _object(
            {
                "$schema": {"type": "string", "format": "uri"},
                "version": {"const": "2.1.0"},
                "runs": {"type": ["array", "null"], "items": {"$ref": "#/$defs/run"}},
                "inlineExternalProperties": {"type": "array"},
            },
            ("version", "runs"),
        ),
        "run": _object(
            {
                "tool": {"$ref": "#/$defs/tool"},
                "results": {"type": ["array", "null"], "items": {"$ref": "#/$defs/result"}},
                "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                "invocations": {"type": "array"},
                "artifacts": {"type": ["array", "null"]},
                "logicalLocations": {"type": "array"},
                "originalUriBaseIds": {"type": "object"},
                "automationDetails": {"type": "object"},
            },
            ("tool",),
        ),
        "tool": _object(
            {"driver": {"$ref": "#/$defs/toolComponent"}, "extensions": {"type": "array"}},
            ("driver",),
        ),
        "toolComponent": _object(
            {
                "guid": _STR,
                "name": _STR,
                "organization": _STR,
                "product": _STR,
                "fullName": _STR,
                "version": _STR,
                "semanticVersion": _STR,
                "informationUri": {"type": "string", "format": "uri"},
                "downloadUri": {"type": "string", "format": "uri"},
                "shortDescription": _MESSAGE_STRING,
                "fullDescription": _MESSAGE_STRING,
                "rules": {
                    "type": "array",
                    "items": {"$ref": "#/$defs/reportingDescriptor"},
                    "uniqueItems": True,
                },
            },
            ("name",),
        ),
        "reportingDescriptor": _object(
            {
                "id": _STR,
                "name": _STR,
                "guid": _STR,
                "deprecatedIds": {"type": "array"},
                "shortDescription": _MESSAGE_STRING,
                "fullDescription": _MESSAGE_STRING,
                "messageStrings": {"type": "object"},
                "defaultConfiguration": {"$ref": "#/$defs/reportingConfiguration"},
                "helpUri": {"type": "string", "format": "uri"},
                "help": _MESSAGE_STRING,
                "relationships": {"type": "array"},
            },
            ("id",),
        ),
        "reportingConfiguration": _object(
            {
                "enabled": {"type": "boolean"},
                "level": {"enum": ["none", "note", "warning", "error"]},
                "rank": {"type": "number", "minimum": -1, "maximum": 100},
                "parameters": {"$ref": "#/$defs/propertyBag"},
            }
        ),
        "multiformatMessageString": _object({"text": _STR, "markdown": _STR}, ("text",)),
        "message": {
            **_object({"text": _STR, "markdown": _STR, "id": _STR, "arguments": {"type": "array", "items": _STR}}),
            "anyOf": [{"required": ["text"]}, {"required": ["id"]}],
        },
        "result": _object(
            {
                "ruleId": _STR,
                "ruleIndex": {"type": "integer", "minimum": -1},
                "rule": {"type": "object"},
                "kind": {"enum": ["notApplicable", "pass", "fail", "review", "open", "informational"]},
                "level": {"enum": ["none", "note", "warning", "error"]},
                "message": {"$ref": "#/$defs/message"},
                "locations": {"type": "array", "items": {"$ref": "#/$defs/location"}},
                "partialFingerprints": {"type": "object", "additionalProperties": _STR},
                "fingerprints": {"type": "object", "additionalProperties": _STR},
                "relatedLocations": {"type": "array", "items": {"$ref": "#/$defs/location"}},
                "guid": _STR,
                "rank": {"type": "number"},
            },
            ("message",),
        ),
        "location": _object(
            {
                "id": {"type": "integer", "minimum": -1},
                "physicalLocation": {"$ref": "#/$defs/physicalLocation"},
                "logicalLocations": {"type": "array", "items": {"$ref": "#/$defs/logicalLocation"}, "minItems": 0},
                "message": {"$ref": "#/$defs/message"},
            }
        ),
        "physicalLocation": {
            **_object(
                {
                    "address": {"type": "object"},
                    "artifactLocation": {"$ref": "#/$defs/artifactLocation"},
                    "region": {"$ref": "#/$defs/region"},
                    "contextRegion": {"$ref": "#/$defs/region"},
                }
            ),
            "anyOf": [{"required": ["address"]}, {"required": ["artifactLocation"]}],
        },
        "artifactLocation": _object(
            {
                "uri": {"type": "string", "format": "uri-reference"},
                "uriBaseId": _STR,
                "index": {"type": "integer", "minimum": -1},
                "description": {"$ref": "#/$defs/message"},
            }
        ),
        "region": _object(
            {
                "startLine": {"type": "integer", "minimum": 1},
                "startColumn": {"type": "integer", "minimum": 1},
                "endLine": {"type": "integer", "minimum": 1},
                "endColumn": {"type": "integer", "minimum": 1},
                "charOffset": {"type": "integer", "minimum": -1},
                "charLength": {"type": "integer", "minimum": 0},
                "byteOffset": {"type": "integer", "minimum": -1},
                "byteLength": {"type": "integer", "minimum": 0},
                "message": {"$ref": "#/$defs/message"},
            }
        ),
        "logicalLocation": _object(
            {
                "name": _STR,
                "index": {"type": "integer", "minimum": -1},
                "fullyQualifiedName": _STR,
                "decoratedName": _STR,
                "parentIndex": {"type": "integer", "minimum": -1},
                "kind": _STR,
            }
        ),
    },
}


def _sarif(report: Report, language: str = "en") -> dict:
    data = json.loads(render(report, "sarif", language=language))
    jsonschema.Draft202012Validator.check_schema(SARIF_SUBSET)
    jsonschema.Draft202012Validator(SARIF_SUBSET, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER).validate(data)
    return data


def test_sarif_subset_schema_catches_mistakes():
    good = _sarif(mixed())
    for mutate in (
        lambda d: d.update(version="2.0.0"),
        lambda d: d["runs"][0]["results"][0].update(level="violation"),
        lambda d: d["runs"][0]["results"][0].update(ruleIdx=0),
        lambda d: d["runs"][0]["results"][0].pop("message"),
        lambda d: d["runs"][0]["tool"]["driver"].pop("name"),
        lambda d: d["runs"][0]["tool"]["driver"]["rules"][0].update(helpUri="not a uri"),
        lambda d: d["runs"][0]["results"][0]["locations"][0]["physicalLocation"].update(region={"startLine": 0}),
    ):
        bad = json.loads(json.dumps(good))
        mutate(bad)
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.Draft202012Validator(SARIF_SUBSET, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER).validate(bad)


@pytest.mark.parametrize("name", REPORTS)
@pytest.mark.parametrize("language", ["en", "sv"])
def test_sarif_is_structurally_valid(name, language):
    report = REPORTS[name]()
    data = _sarif(report, language)
    assert data["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert data["version"] == "2.1.0"
    [run] = data["runs"]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("kll", kll.__version__)
    assert driver["informationUri"].startswith("https://")
    # one rule per rule ID present, every result pointing at its own rule
    assert sorted(r["id"] for r in driver["rules"]) == sorted(report.rule_ids())
    assert len(run["results"]) == len(report.findings)
    for result in run["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_sarif_rules_levels_and_messages():
    report = mixed()
    [run] = _sarif(report, "sv")["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [REQUIRED, RECOMMENDED, ENGLISH]
    assert [r["defaultConfiguration"]["level"] for r in rules] == ["error", "warning", "note"]
    assert rules[0]["shortDescription"]["text"] == "EducationEvent: start date is required."  # always English
    assert "Utbildningstillfälle" in rules[0]["fullDescription"]["text"]
    # no site address is configured: SARIF takes only an absolute helpUri, so there is none
    assert "helpUri" not in rules[0]
    sorted_findings = report.sorted()
    results = run["results"]
    assert [r["ruleId"] for r in results] == [f.rule for f in sorted_findings]
    levels = {"violation": "error", "warning": "warning", "info": "note"}
    assert [r["level"] for r in results] == [levels[f.severity.value] for f in sorted_findings]
    assert [r["message"]["text"] for r in results] == [f.message_sv for f in sorted_findings]
    assert [r["message"]["text"] for r in _sarif(report, "en")["runs"][0]["results"]] == [f.message_en for f in sorted_findings]


def test_sarif_locations_with_pointer():
    [run] = _sarif(mixed())["runs"]
    first = run["results"][0]
    [location] = first["locations"]
    assert location["physicalLocation"] == {"artifactLocation": {"uri": "data/a.jsonl"}}  # no region without a line
    assert location["logicalLocations"] == [{"fullyQualifiedName": "/start_date", "kind": "value"}]
    assert first["properties"] == {"stage": "structural", "record": 0, "detail": DETAIL}
    assert "detail" not in run["results"][1]["properties"]


def test_sarif_locations_with_line_and_column():
    [run] = _sarif(positioned())["runs"]
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in run["results"]]
    assert regions == [{"startLine": 3, "startColumn": 17}, {"startLine": 9, "startColumn": 1}]
    assert run["columnKind"] == "unicodeCodePoints"
    assert all("logicalLocations" not in r["locations"][0] for r in run["results"])
    # each result keeps its own message even when the rule's description is the first one's
    assert [r["message"]["text"] for r in run["results"]] == ["The file is not valid JSON.", "The file ends inside a string."]
    line_only = Report(findings=[finding(PARSE, Severity.VIOLATION, Stage.INPUT, Location("x.json", line=2), "m", "m")], files=["x.json"], records=1)
    assert _sarif(line_only)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 2}
    column_only = Report(findings=[finding(PARSE, Severity.VIOLATION, Stage.INPUT, Location("x.json", column=2), "m", "m")], files=["x.json"], records=1)
    assert "region" not in _sarif(column_only)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]


def test_sarif_locations_with_focus_node():
    [run] = _sarif(rdf())["runs"]
    [location] = run["results"][0]["locations"]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == "orgs.ttl"
    assert location["logicalLocations"] == [
        {"fullyQualifiedName": "https://w3id.org/kll/id/af", "kind": "resource"},
        {"fullyQualifiedName": "http://xmlns.com/foaf/0.1/name", "kind": "property"},
    ]


def test_sarif_empty_and_conformant_runs():
    for report in (conformant(), nothing_checked()):
        [run] = _sarif(report)["runs"]
        assert run["results"] == [] and run["tool"]["driver"]["rules"] == []
        assert run["properties"]["conformant"] is report.conformant


@pytest.mark.parametrize(
    "file, uri",
    [
        ("data/a.jsonl", "data/a.jsonl"),
        ("my data/å.jsonl", "my%20data/%C3%A5.jsonl"),
        ("/srv/in/x.json", "file:///srv/in/x.json"),
        ("C:\\in\\x.json", "file:///C:/in/x.json"),
        ("https://example.org/x.jsonl", "https://example.org/x.jsonl"),
    ],
)
def test_sarif_artifact_uri(file, uri):
    assert sarif_render.artifact_uri(file) == uri


def test_module_entry_points_match_dispatch():
    report = mixed()
    assert text_render.render(report, language="sv") == render(report, "text", language="sv")
    assert json_render.render(report) == render(report, "json")
    assert junit_render.render(report, language="sv") == render(report, "junit", language="sv")
    assert sarif_render.render(report, language="sv") == render(report, "sarif", language="sv")


def test_reports_link_a_rule_to_its_page_at_the_configured_site(monkeypatch):
    """With a site address configured, every format links to the rule's page there, in the
    report's language; the rule's IRI is never the link while its namespace is unregistered."""
    monkeypatch.setenv("KLL_DOCS_BASE_URL", "https://docs.example/kll")
    report = mixed()
    [run] = _sarif(report, "sv")["runs"]
    assert run["tool"]["driver"]["rules"][0]["helpUri"] == f"https://docs.example/kll/{DOCS}"
    first = json.loads(render(report, "json"))["findings"][0]
    assert first["documentation"] == f"https://docs.example/kll/{DOCS}"
    required = next(f for f in report.findings if f.rule == REQUIRED)
    assert required.documentation_in("en") == f"https://docs.example/kll/en/{DOCS}"


# --- the JSON report's fast writer (kll.render.json.indented) ---------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

_json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | st.text()
_json_values = st.recursive(
    _json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(value=_json_values, depth=st.integers(min_value=0, max_value=3))
def test_indented_writes_what_json_dumps_writes(value, depth):
    """Byte for byte json.dumps(ensure_ascii=False, indent=2), at any depth: the JSON report's
    bytes did not change when its findings stopped going through the pure-Python encoder."""
    expected = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)
    assert json_render.indented(value, depth) == expected


def test_indented_refuses_keys_that_are_not_strings_and_values_json_cannot_write():
    with pytest.raises(TypeError):
        json_render.indented({1: "a key that is not a string"})
    with pytest.raises(TypeError):
        json_render.indented({"value": object()})


def test_a_finding_as_data_has_the_report_keys_in_order():
    finding = Finding("Education.title.required", Severity.VIOLATION, Stage.STRUCTURAL, Location("a.json", record=3, pointer="/title"),
                      "Title is missing.", "Titel saknas.", Detail("in English", "på svenska"))
    data = finding.to_dict()
    assert list(data) == ["rule", "severity", "stage", "location", "message_en", "message_sv", "detail", "detail_en", "detail_sv", "documentation"]
    assert data["location"] == {"file": "a.json", "record": 3, "pointer": "/title"}
    assert (data["detail"], data["detail_en"], data["detail_sv"]) == ("in English", "in English", "på svenska")
    plain = Finding("r", Severity.WARNING, Stage.RULES, Location("b.json"), "m", "m")
    assert list(plain.to_dict()) == ["rule", "severity", "stage", "location", "message_en", "message_sv", "documentation"]
