"""The governance forum's page (``governance/forum.md``, generated): what it shows is read from the
repository — record statuses from decisions.json, case statuses from the case files — and every
text from a record is escaped."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import markdown
import pytest
import yaml

from kll.maintain.site import forum_page
from kll.maintain.modeldiff import release_snapshots

ROOT = Path(__file__).resolve().parents[1]


@cache
def page(lang: str) -> str:
    return forum_page.page_forum(ROOT, lang)


@cache
def case_statuses() -> Counter:
    """Read from the case files directly, not through the code the page uses."""
    found: Counter = Counter()
    for path in (ROOT / "conformance" / "cases").rglob("*.yaml"):
        if "data" in path.relative_to(ROOT / "conformance" / "cases").parts:
            continue
        for case in yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)).get("cases", []):
            found[case["status"]] += 1
    return found


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_page_has_its_four_sections_in_both_languages(lang):
    headings = [line for line in page(lang).splitlines() if line.startswith("## ")]
    assert len(headings) == 4, headings


def test_swedish_headings_keep_the_english_anchors():
    from markdown.extensions.toc import slugify

    def anchors(text: str, english: bool) -> list[str]:
        found = []
        for line in text.splitlines():
            match = re.match(r"^(#{2,6}) (.*?)(?: \{#([a-z0-9_-]+)\})?$", line)
            if match:
                found.append(match[3] or (slugify(match[2], "-") if english else None))
        return found

    assert None not in anchors(page("sv"), english=False)
    assert anchors(page("sv"), english=False) == anchors(page("en"), english=True)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_record_counts_are_those_of_the_decision_log(lang):
    records = json.loads((ROOT / "docs" / "decisions" / "decisions.json").read_text(encoding="utf-8"))["records"]
    rows = re.findall(r"^\| \[(\d{4})\]\(\.\./decisions/[^)]+\.md\) \|", page(lang), re.M)
    assert sorted(rows) == sorted(f"{r['number']:04d}" for r in records)
    proposed = [r for r in records if r["status"] == "proposed"]
    assert len(re.findall(r"^- \[\d{4}\]", page(lang), re.M)) == len(proposed)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_case_statuses_are_read_from_the_case_files(lang):
    statuses = case_statuses()
    total = re.search(r"^\| \*\*(?:all|alla)\*\* \| (.*) \|$", page(lang), re.M)[1].split(" | ")
    assert [int(n) for n in total] == [*(statuses[s] for s in sorted(statuses, key=lambda s: (s != "proposed", s))), sum(statuses.values())]


def test_the_diff_compares_the_model_with_the_newest_release():
    newest = release_snapshots(ROOT)[-1].name
    assert f"`model/releases/{newest}`" in page("en") and "| New | `model/` |" in page("en")
    assert "Unreleased: the model against release" in page("en")


def test_the_claims_section_links_the_results_and_the_guide():
    for lang in ("sv", "en"):
        assert "(../conformance/results.md#implementations-claims)" in page(lang)
        assert "(../conformance/claims.md)" in page(lang)


def test_a_records_title_is_shown_as_text(monkeypatch):
    hostile = [{"number": 99, "file": "docs/decisions/0099-x.md", "status": "proposed", "scope": "ecosystem",
                "title": {"en": "<script>alert(1)</script> [x](javascript:y) | *", "sv": "<img src=x onerror=y>"}}]
    monkeypatch.setattr(forum_page, "_records", lambda root: hostile)
    for lang in ("sv", "en"):
        lines = forum_page._records_section(ROOT, lang) + forum_page._waiting_section(ROOT, lang)
        html = markdown.markdown("\n".join(lines), extensions=["tables", "attr_list"])
        assert "<script" not in html and "<img" not in html and 'href="javascript' not in html


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_heading_level_is_skipped(lang):
    """axe's heading-order: a heading is at most one level below the one before it."""
    levels = [len(m[1]) for m in re.finditer(r"^(#{1,6}) ", page(lang), re.M)]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), levels


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_headings_with_a_figure_have_an_anchor_that_does_not_change_with_it(lang):
    text = page(lang)
    assert re.search(r"^### .*\(\d+\) \{#proposed-records\}$", text, re.M)
    assert re.search(r"^### .* \{#unreleased-changes\}$", text, re.M)


@cache
def submitted_claims() -> tuple:
    from kll.conformance.claims import check_claims

    return check_claims(ROOT).claims


def claim_rows(text: str) -> list[str]:
    section = text[text.index("## Implement"):]
    return [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| Implementation |")]


@pytest.mark.parametrize("lang, no", [("sv", "nej"), ("en", "no")])
def test_each_claim_is_listed_with_its_figures_and_not_verified(lang, no):
    claims = submitted_claims()
    rows = claim_rows(page(lang))
    assert len(rows) == len(claims) > 0
    for claim, row in zip(claims, rows):
        cells = row.strip("|").split(" | ")
        assert cells[-1].strip() == no  # record 0036: no claim is verified yet
        for figures in claim.profiles:
            assert f"`{figures.profile}` {figures.passed} / {figures.total}" in row


def test_a_claims_text_is_shown_as_text(monkeypatch):
    from kll.conformance.claims import Claim, ProfileFigures

    hostile = Claim(file="conformance/claims/x.ttl", name="<script>alert(1)</script> [x](javascript:y)", version="1 | 2",
                    homepage=None, suite_version="<b>0.4.0</b>", level="*full*", date=None, cases_checked=False,
                    profiles=(ProfileFigures("core`</code><img src=x>", 3, 2, 1, 0, 0),))
    monkeypatch.setattr(forum_page, "_claims", lambda root: (hostile,))
    for lang in ("sv", "en"):
        html = markdown.markdown("\n".join(forum_page._claims_section(ROOT, lang)), extensions=["tables", "attr_list"])
        assert "<script" not in html and "<img" not in html and "<b>" not in html and 'href="javascript' not in html
        rows = re.findall(r"<tr>(.*?)</tr>", html, re.S)
        assert len(rows) == 2 and all(len(re.findall(r"<t[dh]", row)) == 6 for row in rows), rows
