"""The generated pages exist in Swedish and English (``….sv.md`` and ``….en.md``), each in its
own language, and link to each other by the plain name the i18n plugin resolves per language."""

from __future__ import annotations

import re

import pytest

from kll.maintain.site.pages import LANGS, RULE_WORDS, WORDS, generated_pages


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return generated_pages()


def test_every_page_exists_in_both_languages(pages) -> None:
    stems = {path.rsplit(".", 2)[0] for path in pages}
    assert all(f"{stem}.{lang}.md" in pages for stem in stems for lang in LANGS)
    assert all(path.endswith((".sv.md", ".en.md")) for path in pages)


def test_the_words_of_the_pages_exist_in_both_languages() -> None:
    for words in (WORDS, RULE_WORDS):
        assert set(words["sv"]) == set(words["en"])


def test_links_name_the_page_not_its_language_file(pages) -> None:
    links = [(path, target) for path, text in pages.items() for target in re.findall(r"\]\(([^)\s]+)", text) if re.search(r"\.(sv|en)\.md", target)]
    assert links == []


def test_each_page_is_in_its_language(pages) -> None:
    sv, en = pages["reference/classes/EducationEvent.sv.md"], pages["reference/classes/EducationEvent.en.md"]
    assert "*Utbildningstillfälle* · klass i modulen" in sv and "## Egenskaper" in sv and "## Regler" in sv
    assert "*Education event* · class in module" in en and "## Slots" in en and "## Rules" in en
    rules_sv, rules_en = pages["rules/EducationEvent.sv.md"], pages["rules/EducationEvent.en.md"]
    assert "**Så rättar du:**" in rules_sv and "**How to fix it:**" in rules_en
    assert "Utbildningstillfällets slutdatum" not in rules_en


def test_a_rules_page_lists_its_rules_collapsed_with_contents(pages) -> None:
    text = pages["rules/EducationEvent.sv.md"]
    assert text.count('??? ') == text.count('<a id="') > 20
    assert "**Egenskaper:** [klassen själv](#section-class)" in text
    assert "| | |" not in text
