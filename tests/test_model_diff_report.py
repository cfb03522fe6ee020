"""The readable model diff: grouped, worded changes, in text and Markdown, in Swedish and English.

The pinned outputs: every pair of tests/fixtures/modeldiff-report/ (``base.yaml`` against
``<pair>.yaml``) rendered as text and Markdown in both languages must equal
``expected/<pair>.<lang>.<txt|md>``. After an intended change to the wording, refresh them with

    KLL_REFRESH_EXPECTED=1 PYTHONPATH=validators .venv/bin/python -m pytest -q tests/test_model_diff_report.py

and read the diff of the expected files before committing it (the refresh writes, then fails, so
a refresh is never mistaken for a pass).
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from kll.cli.model import model_app
from kll.maintain.diffreport import group_changes, render_markdown, render_text
from kll.maintain.modeldiff import KINDS, Change, Source, compare, snapshot_of_schema
from kll.maintain.regexwords import explain, explain_or_none

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "modeldiff-report"
EXPECTED = FIXTURES / "expected"
PAIRS = sorted(p.stem for p in FIXTURES.glob("*.yaml") if p.stem != "base")
REFRESH = os.environ.get("KLL_REFRESH_EXPECTED") == "1"
runner = CliRunner()

#: The exit status of `kll model diff` for each pair: the gate's verdict, pinned.
EXIT = {"description-only": 0, "inherited-pattern": 0, "mixed": 1, "range-narrowed": 1, "slot-removed": 1, "value-added": 0}


@cache
def snapshot(name: str) -> dict:
    return snapshot_of_schema(FIXTURES / f"{name}.yaml")


def comparison(pair: str):
    return compare(Source("base.yaml", snapshot("base")), Source(f"{pair}.yaml", snapshot(pair)))


def test_every_pair_has_its_exit_status_pinned():
    assert set(PAIRS) == set(EXIT)


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("fmt", ["txt", "md"])
@pytest.mark.parametrize("pair", PAIRS)
def test_the_output_for_a_fixture_pair_is_pinned(pair, fmt, lang):
    rendered = render_text(comparison(pair), lang) if fmt == "txt" else render_markdown(comparison(pair), lang)
    expected = EXPECTED / f"{pair}.{lang}.{fmt}"
    if REFRESH:
        expected.parent.mkdir(exist_ok=True)
        expected.write_text(rendered, encoding="utf-8")
        pytest.fail(f"refreshed {expected.relative_to(ROOT)}: read its diff, then run without KLL_REFRESH_EXPECTED")
    assert rendered == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["txt", "md"])
@pytest.mark.parametrize("pair", PAIRS)
def test_swedish_output_never_shows_an_english_change_kind_code(pair, fmt):
    rendered = render_text(comparison(pair), "sv") if fmt == "txt" else render_markdown(comparison(pair), "sv")
    # The fixture files are named after kinds (range-narrowed.yaml); their names are not words.
    words = rendered.replace(f"{pair}.yaml", "")
    shown = sorted(kind for kind in KINDS if re.search(rf"(?<![\w-]){re.escape(kind)}(?![\w-])", words))
    assert not shown, f"English kind codes in the Swedish {fmt} output: {shown}"


@pytest.mark.parametrize("pair", PAIRS)
def test_the_cli_keeps_the_gates_exit_status_in_every_format_and_language(pair):
    old, new = str(FIXTURES / "base.yaml"), str(FIXTURES / f"{pair}.yaml")
    outputs = {}
    for fmt in ("text", "markdown", "json"):
        for lang in ("en", "sv"):
            result = runner.invoke(model_app, ["diff", old, new, "--format", fmt, "--lang", lang])
            assert result.exit_code == EXIT[pair], (fmt, lang, result.output)
            outputs[fmt, lang] = result.stdout
    assert outputs["json", "en"] == outputs["json", "sv"], "JSON is data: the same in both languages"
    assert outputs["text", "en"].splitlines()[3].startswith("Verdict: OK" if EXIT[pair] == 0 else "Verdict: FAILED")
    assert outputs["text", "sv"].splitlines()[3].startswith("Utslag: OK" if EXIT[pair] == 0 else "Utslag: UNDERKÄND")


def test_an_inherited_change_is_shown_once_with_its_classes_and_origin():
    text = render_text(comparison("inherited-pattern"), "en")
    assert text.count("* pattern changed") == 1
    assert "  * pattern changed: slot code on 7 classes" in text
    assert "comes from: Note, Resource (and 5 classes that inherit it)" in text
    assert "classes: Course, Module, Note, Organisation, Programme, Resource, University" in text
    assert "the value is exactly 2 capital letters A–Z, then exactly 6 digits 0–9" in text


@pytest.mark.parametrize("args", [["--lang", "de"], ["--format", "html"]])
def test_an_unknown_language_or_format_is_bad_input(args):
    result = runner.invoke(model_app, ["diff", str(FIXTURES / "base.yaml"), str(FIXTURES / "value-added.yaml"), *args])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --")


@pytest.mark.parametrize("args, env, shown", [
    (["--lang", "sv", "--format", "html"], {}, "fel: --format måste vara text, markdown eller json"),
    (["--lang", "de"], {"LC_ALL": "sv_SE.UTF-8"}, "fel: --lang måste vara sv eller en"),
    (["--lang", "en", "--format", "html"], {"LC_ALL": "sv_SE.UTF-8"}, "error: --format must be text, markdown or json"),
])
def test_a_usage_error_is_in_the_users_language(args, env, shown):
    result = runner.invoke(model_app, ["diff", str(FIXTURES / "base.yaml"), str(FIXTURES / "value-added.yaml"), *args], env=env)
    assert result.exit_code == 2
    assert result.stderr.strip() == shown


# --- the grouped view loses no change ---------------------------------------------------------

_NAMES = st.sampled_from(["Course", "Module", "Note", "Resource", "Level", "Code"])
_WHERE = st.one_of(
    st.tuples(st.just("class"), _NAMES),
    st.tuples(st.just("enum"), _NAMES),
    st.tuples(st.just("type"), _NAMES),
    st.tuples(st.just("slot"), _NAMES, st.sampled_from(["code", "title", "tags"])),
    st.tuples(st.just("value"), _NAMES, st.sampled_from(["BASIC", "EXPERT"])),
)


@st.composite
def changes(draw):
    found = {}
    for where in draw(st.lists(_WHERE, max_size=25)):
        kind = draw(st.sampled_from(sorted(KINDS)))
        detail = draw(st.sampled_from(["pattern ^a$ → ^b$", "slot removed from the class", "description changed"]))
        element = ".".join(where[1:])
        found[kind, element, detail] = Change(kind, element, detail, where)
    return list(found.values())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes())
def test_every_change_of_the_flat_list_is_in_exactly_one_group(flat):
    groups = group_changes(flat, snapshot("base"), snapshot("base"))
    grouped = [change for group in groups for change in group.changes]
    assert sorted(grouped, key=Change.sort_key) == sorted(flat, key=Change.sort_key)
    assert len(grouped) == len(set(grouped)) == len(flat)
    for group in groups:
        assert {(c.kind, c.detail) for c in group.changes} == {(group.kind, group.detail)}


@pytest.mark.parametrize("pair", PAIRS)
def test_every_member_of_every_change_is_named_in_both_renderings(pair):
    result = comparison(pair)
    for lang in ("en", "sv"):
        text, page = render_text(result, lang), render_markdown(result, lang)
        for change in result.changes:
            member = change.where[1] if change.where[0] == "slot" else change.element.rsplit(".", 1)[-1]
            assert member in text and f"`{member}`" in page or f"`{change.element}`" in page, (lang, change)


# --- patterns in words ----------------------------------------------------------------------


def model_patterns() -> set[str]:
    found = set()
    for path in (ROOT / "model").glob("*.yaml"):
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r"\s*pattern:\s*(.+)$", line)
            if match:
                found.add(yaml.safe_load(match[1]))
    return found


def test_every_pattern_of_the_model_is_explained_except_the_date_time():
    unexplained = {p for p in model_patterns() if explain_or_none(p, "en") is None or explain_or_none(p, "sv") is None}
    assert len(model_patterns()) > 30
    # The full date-time pattern is in the subset, but its reading runs to 1,200 characters.
    assert [p[:40] for p in unexplained] == ["^[0-9]{4}(-((0[13578]|1[02])-(0[1-9]|[12"]


@pytest.mark.parametrize("pattern, en, sv", [
    ("^[0-9]{4}$", "the value is exactly 4 digits 0–9", "värdet är exakt 4 siffror 0–9"),
    ("^https?://[^\\s]+$", "the value is “http”, then optionally “s”, then “://”, then 1 or more characters other than whitespace",
     "värdet är ”http”, sedan eventuellt ”s”, sedan ”://”, sedan 1 eller flera tecken som inte är blanktecken"),
    ("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "the value is 2 to 3 small letters a–z, then (“-”, then 2 to 8 characters among A–Z, a–z or 0–9) any number of times (possibly none)",
     "värdet är 2 till 3 gemener a–z, sedan (”-”, sedan 2 till 8 tecken bland A–Z, a–z eller 0–9) valfritt antal gånger (även inga)"),
    ("^(https?|urn):[^\\s]+$", "the value is (either (“http”, then optionally “s”) or “urn”), then “:”, then 1 or more characters other than whitespace",
     "värdet är (antingen (”http”, sedan eventuellt ”s”) eller ”urn”), sedan ”:”, sedan 1 eller flera tecken som inte är blanktecken"),
    ("^\\+[0-9][0-9 -]{5,19}[0-9]$", "the value is “+”, then a digit 0–9, then 5 to 19 characters among 0–9, space or “-”, then a digit 0–9",
     "värdet är ”+”, sedan en siffra 0–9, sedan 5 till 19 tecken bland 0–9, mellanslag eller ”-”, sedan en siffra 0–9"),
    ("^[^a-c]$", "the value is a character other than a–c", "värdet är ett tecken utom a–c"),
])
def test_patterns_in_words(pattern, en, sv):
    assert (explain(pattern, "en"), explain(pattern, "sv")) == (en, sv)


@pytest.mark.parametrize("pattern", [
    "[0-9]{4}", "^[0-9]{4}", "[0-9]{4}$", "^a|b$", "^(?=a)a$", "^(?:a)$", "^(a)\\1$", "^\\d{4}$", "^\\w+$", "^a+?$", "^a{2}{3}$",
    "^a{x}$", "^[a$", "^(a$", "^a)$", "^a\\$", "^[z-a]$", "^\\p{L}$", "^a{3,2}$",
    # "²" is a digit to isdigit() but not to int(); "]" first in a class is read differently by
    # ECMA-262 (an empty class) and Python (a literal "]").
    "^a{²}$", "^a{1,²}$", "^[]a]$", "^[^]a]$",
])
def test_a_pattern_beyond_the_subset_is_not_explained(pattern):
    assert explain_or_none(pattern, "en") is None and explain_or_none(pattern, "sv") is None


# --- nothing from the model is rendered unescaped -------------------------------------------

HOSTILE_PATTERN = "^<script>alert(1)</script>`|*_[x](javascript:y)$"


def hostile():
    base = yaml.safe_load((FIXTURES / "base.yaml").read_text(encoding="utf-8"))
    new = yaml.safe_load((FIXTURES / "base.yaml").read_text(encoding="utf-8"))
    new["version"] = "2.0.0"
    new["slots"]["code"]["pattern"] = HOSTILE_PATTERN
    new["enums"]["Level"]["permissible_values"]["BASIC"]["title"] = "<img src=x onerror=alert(1)> | `tick`"
    from linkml_runtime.utils.schemaview import SchemaView
    from kll.maintain.modeldiff import snapshot as snap
    return compare(Source("old", snap(SchemaView(yaml.safe_dump(base)))), Source("new <b>", snap(SchemaView(yaml.safe_dump(new)))))


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_markdown_shows_hostile_model_text_as_text_on_github_and_on_the_site(lang):
    page = render_markdown(hostile(), lang)
    gfm = MarkdownIt("commonmark").enable("table").render(page)
    site = markdown.markdown(page, extensions=["tables"])
    for html_ in (gfm, site):
        assert "<script" not in html_ and "<img" not in html_ and "<b>" not in html_ and 'href="javascript' not in html_
        for row in re.findall(r"<tr>(.*?)</tr>", html_, re.S):
            assert len(re.findall(r"<t[dh]", row)) in (2, 3), row
    assert "&lt;script&gt;alert(1)&lt;/script&gt;`|*_[x](javascript:y)" in gfm.replace("&#96;", "`").replace("&#124;", "|")


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_a_tilde_in_model_text_is_not_struck_through_on_github_or_the_site(lang):
    result = hostile()
    values = result.new.snapshot["enums"]["Level"]["permissible_values"]
    values["BASIC"]["title"] = values["BASIC"]["annotations"]["title_sv"] = "c~~d~~"
    page = render_markdown(result, lang)
    gfm = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(page)
    site = markdown.markdown(page, extensions=["tables", "pymdownx.tilde"])
    for html_ in (gfm, site):
        assert "<s>" not in html_ and "<del>" not in html_ and "c~~d~~" in html_.replace("&#126;", "~")


def test_text_shows_control_characters_as_escapes():
    result = hostile()
    result.new.snapshot["classes"]["Course"]["slots"]["code"]["pattern"] = "^a\x1b[31m$"
    text = render_text(result, "en")
    assert "\x1b" not in text and "\\x1b[31m" in text


# --- every detail is worded in the report's language ---------------------------------------


def worded():
    """Changes whose detail is more than its kind: a recommendation, a mixin, a deprecation, a
    title, annotations; and two whose kind says it all (an added code, an added slot)."""
    from linkml_runtime.utils.schemaview import SchemaView
    from kll.maintain.modeldiff import snapshot as snap

    base = yaml.safe_load((FIXTURES / "base.yaml").read_text(encoding="utf-8"))
    new = yaml.safe_load((FIXTURES / "base.yaml").read_text(encoding="utf-8"))
    new["version"] = "1.1.0"
    new["slots"]["tags"]["recommended"] = True
    new["classes"]["Note"]["mixins"] = ["Organisation"]
    new["classes"]["Programme"].update(deprecated="Use Course", deprecated_element_has_exact_replacement="Course")
    new["enums"]["Level"]["title"] = "Levels"
    new["enums"]["Level"]["permissible_values"]["BASIC"]["annotations"]["description_sv"] = "Grundnivå"
    new["enums"]["Level"]["permissible_values"]["EXPERT"] = {"title": "Expert"}
    new["classes"]["Programme"]["slots"].append("tags")
    return compare(Source("old", snap(SchemaView(yaml.safe_dump(base)))), Source("new", snap(SchemaView(yaml.safe_dump(new)))))


ENGLISH_DETAILS = ("became recommended", "mixins added", "mixin added", "deprecated:", "replaced by", "title Levels", "annotations changed",
                   "permissible value added", "optional slot added")


@pytest.mark.parametrize("render", [render_text, render_markdown])
def test_a_swedish_report_words_every_detail_in_swedish(render):
    page = render(worded(), "sv")
    for english in ENGLISH_DETAILS:
        assert english not in page, english
    for swedish in ("blev rekommenderad", "1 mixin tillagd", "utfasad: Use Course", "1 annotering ändrad", "titel (ingen) → ”Levels”"):
        assert swedish in page.replace("\\(", "(").replace("\\)", ")"), swedish
    assert "Organisation" in page and "description" in page  # the raw forms: the mixin's name, the annotation's tag


def test_an_english_report_words_the_details_too():
    page = render_text(worded(), "en")
    for english in ("became recommended", "1 mixin added", "deprecated: Use Course", "1 annotation changed", "title (none) → “Levels”"):
        assert english in page, english


# --- a table only where a raw form stands beside the words -----------------------------------


def _rendered_pages():
    for lang in ("en", "sv"):
        yield render_markdown(worded(), lang)
        for pair in PAIRS:
            yield render_markdown(comparison(pair), lang)


def test_no_markdown_table_has_an_empty_cell_on_github_or_the_site():
    for page in _rendered_pages():
        gfm = MarkdownIt("commonmark").enable("table").render(page)
        site = markdown.markdown(page, extensions=["tables"])
        for html_ in (gfm, site):
            cells = re.findall(r"<td[^>]*>(.*?)</td>", html_, re.S)
            assert cells and all(cell.strip() for cell in cells), page


@pytest.mark.parametrize(("lang", "heading", "sentences"), [
    ("en", "#### Title changed: `Level`", ["Change: title (none) → “Levels”.", "What it means: a title changed."]),
    ("sv", "#### Titel ändrad: `Level`", ["Ändring: titel (ingen) → ”Levels”.", "Vad det betyder: en titel ändrades."]),
])
def test_a_group_without_a_raw_form_is_said_in_sentences(lang, heading, sentences):
    page = render_markdown(worded(), lang)
    section = page[page.index(heading):].split("\n#")[0]
    assert "|" not in section
    assert [line for line in section.splitlines()[1:] if line] == sentences
    site = markdown.markdown(section, extensions=["tables"])
    assert "<table>" not in site and site.count("<p>") == len(sentences)
