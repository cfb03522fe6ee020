"""Output that cannot be turned against its reader (issue 15, item 3): the text, JSON, JUnit and
SARIF reports with hostile keys and IRIs, the documentation site with script in the model and in
a decision record, and SSSOM TSV opened in a spreadsheet."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kll.render import render
from kll.validation.report import Finding, Location, Report, Severity, Stage

#: What a terminal or a bidi-aware viewer acts on; none of it may reach the reader raw.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

#: A JSON key that, printed raw, erases the line, returns the cursor and forges a clean summary.
FORGED = "x\x1b[2K\r1 file, 1 record: 0 violations, 0 warnings, 0 infos — conformant\n"


def _report(text: str, *, severity: Severity = Severity.VIOLATION) -> Report:
    """One finding whose every part that can come from the data holds ``text``."""
    location = Location(text, record=0, pointer="/" + text, focus_node=text, path=text, record_id=text)
    finding = Finding("Thing.name.required", severity, Stage.STRUCTURAL, location, "name is required: " + text, "namn krävs: " + text, detail=text)
    return Report(findings=[finding], files=[text], records=1, stages=[Stage.INPUT, Stage.STRUCTURAL])


# --- text report ---------------------------------------------------------------------------------


@pytest.mark.parametrize("color", [False, True])
def test_a_key_cannot_forge_a_conformant_line_in_the_text_report(color: bool) -> None:
    out = render(_report(FORGED), "text", color=color)
    plain = re.sub("\x1b\\[[0-9;]*m", "", out)  # the report's own colours, and nothing else
    assert "\x1b" not in plain and "\r" not in plain
    assert "conformant" not in [line.rsplit("— ", 1)[-1] for line in plain.splitlines()[:-1]]
    assert plain.splitlines()[-1].endswith("— not conformant")
    # the key is shown, with its control characters written out
    assert "x\\x1b[2K\\r1 file, 1 record: 0 violations, 0 warnings, 0 infos — conformant\\n" in plain


@pytest.mark.parametrize(
    ("character", "shown"),
    [("\x1b", "\\x1b"), ("\n", "\\n"), ("\t", "\\t"), ("\x7f", "\\x7f"), ("\x9b", "\\x9b"), ("\u2028", "\\u2028"),
     ("\u202e", "\\u202e"), ("\u2066", "\\u2066"), ("\u2069", "\\u2069"), ("\ud800", "\\ud800")],
)
def test_each_kind_of_control_character_is_shown_as_a_visible_escape(character: str, shown: str) -> None:
    iri = f"https://example.org/a{character}b"
    out = render(_report(iri), "text")
    assert f"https://example.org/a{shown}b" in out
    assert out.count("\n") == render(_report("https://example.org/ab"), "text").count("\n")
    assert character == "\n" or character not in out
    out.encode("utf-8")  # a lone surrogate would make the report impossible to print


# --- JSON, SARIF, JUnit --------------------------------------------------------------------------


def test_json_and_sarif_keep_the_value_but_write_inert_escapes() -> None:
    for fmt in ("json", "sarif"):
        out = render(_report(FORGED + "\u202e\x9b\ud800"), fmt)
        assert not RAW_CONTROL.search(out), fmt
        out.encode("utf-8")
        data = json.loads(out)
        if fmt == "json":
            assert data["findings"][0]["detail"] == FORGED + "\u202e\x9b\ud800"  # a reader gets the value back
        else:
            assert data["runs"][0]["results"][0]["properties"]["detail"] == FORGED + "\u202e\x9b\ud800"


def test_sarif_takes_a_file_name_that_is_not_utf8() -> None:
    # os.fsdecode keeps a non-UTF-8 byte of a POSIX file name as a lone surrogate
    data = json.loads(render(_report("data/caf\udce9.json"), "sarif"))
    assert data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "data/caf%E9.json"


def test_junit_shows_line_breaks_and_bidi_from_the_data_as_escapes() -> None:
    root = ET.fromstring(render(_report("a\nb\u202ec"), "junit").encode("utf-8"))
    failure = root.find("testsuite/testcase/failure")
    assert "a\\nb\\u202ec" in failure.get("message")
    assert "\u202e" not in failure.text
    # the failure text has one line per location plus the address: the data adds none
    assert len(failure.text.split("\n")) == 2


_HOSTILE_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0, max_codepoint=0x3000),
        st.sampled_from(["\x1b", "\r", "\n", "\x9b", "\u202e", "\u2066", "\u2028", "\ud800", "\udfff", "\ufffe", "<", "&", "]", ">"]),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_HOSTILE_TEXT, warning=st.booleans())
def test_any_text_leaves_every_renderer_well_formed_and_without_raw_controls(text: str, warning: bool) -> None:
    report = _report(text, severity=Severity.WARNING if warning else Severity.VIOLATION)
    out = render(report, "text")
    assert not RAW_CONTROL.search(out)
    assert out.count("\n") == len(render(_report("x", severity=report.findings[0].severity), "text").splitlines())
    junit = render(report, "junit")
    assert not RAW_CONTROL.search(junit)
    ET.fromstring(junit.encode("utf-8"))
    for fmt in ("json", "sarif"):
        rendered = render(report, fmt)
        assert not RAW_CONTROL.search(rendered)
        json.loads(rendered)
        rendered.encode("utf-8")
