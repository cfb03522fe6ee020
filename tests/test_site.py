"""The documentation site: it builds strictly, and every class, slot, enumeration and rule of the
model has its page or anchor (counted against the model, not against the generator)."""

from __future__ import annotations

import functools
import re
from html import unescape
from pathlib import Path

import pytest

from kll.validation.catalogue import catalogue
from kll.governance.records import decisions_dir, record_files


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def site(built_site):
    assert built_site.returncode == 0, built_site.log[-3000:]
    return built_site.directory


def test_the_site_builds_strictly_without_warnings(built_site) -> None:
    assert built_site.returncode == 0, built_site.log[-3000:]
    warnings = [line for line in built_site.log.splitlines() if "WARNING" in line or "ERROR" in line]
    assert warnings == []


def test_every_class_slot_enum_and_rule_has_a_page_or_anchor(site: Path, view) -> None:
    missing = []
    for kind, names in (("classes", view.all_classes()), ("slots", view.all_slots()), ("enums", view.all_enums())):
        for name in names:
            for language in ("", "en"):
                if not (site / language / "reference" / kind / name / "index.html").is_file():
                    missing.append(f"{language}/{kind}/{name}")
    assert missing == []
    anchors = set()
    for page in (site / "rules").rglob("index.html"):
        anchors |= {unescape(a) for a in re.findall(r'id="([^"]+)"', _text(page))}
    assert sorted(set(catalogue()) - anchors) == []


def test_every_module_and_decision_record_has_a_page(site: Path, view) -> None:
    modules = {s.name.removeprefix("kll_") for s in view.schema_map.values() if not s.id.startswith("https://w3id.org/linkml/")}
    for module in modules:
        for language in ("", "en"):
            assert (site / language / "reference" / "modules" / module / "index.html").is_file(), (language, module)
    for path in record_files(decisions_dir()):
        for language in ("", "en"):
            assert (site / language / "decisions" / path.stem / "index.html").is_file(), (language, path.name)


def test_a_class_page_shows_both_languages_the_rules_and_an_example(site: Path, view) -> None:
    page = _text(site / "reference" / "classes" / "EducationEvent" / "index.html")
    assert "Utbildningstillfälle" in page and "Education event" in page
    assert "EducationEvent.education.required" in page and "../../../rules/EducationEvent/#EducationEvent.education.required" in page
    assert "Från <code>examples/" in page
    english = _text(site / "en" / "reference" / "classes" / "EducationEvent" / "index.html")
    assert "From <code>examples/" in english and "EducationEvent.education.required" in english
    assert f"URI: <code>{view.get_uri('EducationEvent', expand=True)}</code>" in page


def test_a_rule_names_its_decision_and_the_cases_that_fire_it(site: Path) -> None:
    page = _text(site / "en" / "rules" / "DecisionRecord" / "index.html")
    block = page[page.index('id="DecisionRecord.resolution.required-for-accepted-ecosystem"'):]
    block = block[:block.index("</details>")]
    # record 0030 names this rule in its confirmation: the narrowest rule pattern wins over 0001's
    assert "decisions/0030-the-forum-decides-by-consensus-then-qualified-majority-with-appeal-to-the-gd-forum/" in block
    assert "decision-record-accepted-ecosystem-without-resolution" in block


def test_a_decision_record_page_shows_its_metadata(site: Path) -> None:
    name = "0009-individual-data-is-shared-only-with-recorded-consent"
    page = _text(site / "en" / "decisions" / name / "index.html")
    assert "Decision makers" in page and "proposed" in page and "Ethics and Transparency Review" in page
    assert "Swedish Public Employment Service (<code>af</code>)" in page  # agencies by name, the alias as a code
    swedish = _text(site / "decisions" / name / "index.html")
    if (decisions_dir() / f"{name}.sv.md").is_file():
        assert "Beslutsfattare" in swedish and "föreslaget" in swedish and "Arbetsförmedlingen (<code>af</code>)" in swedish
    else:  # not translated yet: the English record, saying so
        assert '<html lang="en"' in swedish and "Decision makers" in swedish


def test_module_pages_have_a_class_diagram(site: Path) -> None:
    page = _text(site / "reference" / "modules" / "offering" / "index.html")
    assert 'class="mermaid"' in page and "classDiagram" in page


def test_mermaid_is_loaded_exactly_on_the_pages_with_a_diagram(site: Path) -> None:
    """overrides/main.html: the 3.5 MB diagram library on every page with a ``mermaid`` block (so
    that Material renders it offline rather than fetching Mermaid from a CDN), on no other page."""
    with_diagram, loading, wrong = 0, 0, []
    for page in site.rglob("index.html"):
        text = _text(page)
        has_diagram = 'class="mermaid"' in text
        loads = re.search(r'<script src="[^"]*assets/javascripts/mermaid-[0-9.]+\.min\.js"', text) is not None
        with_diagram += has_diagram
        loading += loads
        if has_diagram != loads:
            wrong.append(f"{page.relative_to(site).as_posix()}: diagram {has_diagram}, Mermaid loaded {loads}")
    assert with_diagram >= 4, "the landing pages and the module pages have diagrams"
    assert not wrong, "\n".join(wrong[:10])
    assert loading == with_diagram


def test_the_site_loads_nothing_from_other_hosts(site: Path) -> None:
    """Fonts and Mermaid are shipped; no page refers to a script, stylesheet or font elsewhere."""
    remote = set()
    for page in site.rglob("*.html"):
        remote |= set(re.findall(r'<(?:script|link)[^>]+(?:src|href)="(https?://[^"]+)"', _text(page)))
    assert remote == set()


def test_each_format_page_publishes_its_mapping_table_from_the_adapter(site: Path) -> None:
    """The `<!-- kll:mapping FORMAT -->` marker becomes the adapter's own table, every row of it,
    and the formats page shows the coverage of all four."""
    from kll import adapters
    from kll.adapters.coverage import FOREIGN_FORMATS, measure

    for name in FOREIGN_FORMATS:
        page = (site / "en" / "guides" / name / "index.html").read_text(encoding="utf-8")
        assert "kll:mapping" not in page, name
        rows = adapters.get(name).mapping()
        coverage = measure(name)
        assert f"{coverage.accounted}/{coverage.elements} accounted for" in page, name
        assert page.count("<tr>") >= len(rows), name
    overview = (site / "en" / "guides" / "formats" / "index.html").read_text(encoding="utf-8")
    assert "micro-credential: 16/16" in overview


# --- two languages: Swedish at /, English at /en/ (docs/design/issue-19.md, step 4) ------------

DOCS = Path(__file__).resolve().parents[1] / "docs"
#: docs/ folders that are not part of the site (mkdocs.yml exclude_docs).
NOT_ON_SITE = ("design/",)


@functools.lru_cache(maxsize=1)  # generating the pages takes seconds; two tests read them
def _sources() -> dict[str, set[str]]:
    """Every page of the site by its name without a language (``guides/quickstart.md``) and the
    languages it is written in: hand-written pages, decision records (English ``NNNN-slug.md``
    with ``NNNN-slug.sv.md`` beside it) and the generated pages."""
    from kll.maintain.site.pages import generated_pages

    pages: dict[str, set[str]] = {}
    records = {f"decisions/{p.name}" for p in record_files(decisions_dir())}
    paths = [p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")] + list(generated_pages())
    for relative in paths:
        if relative.startswith(NOT_ON_SITE):
            continue
        match = re.match(r"^(.*)\.([a-z]{2})\.md$", relative)
        if relative in records:
            pages.setdefault(relative, set()).add("en")
        elif match:
            pages.setdefault(f"{match[1]}.md", set()).add(match[2])
        else:
            # an unsuffixed page is shown as English until pages.py is bilingual (mkdocs_hooks._bilingual)
            pages.setdefault(relative, set()).update({"en", "(no language suffix)"})
    return pages


def test_every_page_has_both_languages() -> None:
    """Lists the pages lacking a translation; until they land the Swedish build shows the English
    page marked lang="en" (kll.maintain.site.languages)."""
    lacking = sorted(f"{name}: {', '.join(sorted({'sv', 'en'} - languages)) or '?'} missing" + (
        " (unsuffixed file)" if "(no language suffix)" in languages else "")
        for name, languages in _sources().items() if languages != {"sv", "en"})
    assert lacking == []


def _url_of(name: str) -> str:
    """The site folder of a page name: ``guides/quickstart.md`` → ``guides/quickstart/``."""
    stem = name[:-3]
    if stem == "index":
        return ""
    return (stem[:-len("index")] if stem.endswith("/index") else stem + "/")


def _lang(page: str) -> str:
    return re.search(r'<html lang="([^"]+)"', page)[1]


def test_html_lang_is_the_language_of_the_page(site: Path) -> None:
    assert _lang(_text(site / "index.html")) == "sv"
    assert _lang(_text(site / "en" / "index.html")) == "en"
    wrong = []
    for name, languages in _sources().items():
        swedish, english = site / _url_of(name) / "index.html", site / "en" / _url_of(name) / "index.html"
        if not swedish.is_file() or not english.is_file():
            wrong.append(f"{name}: not built in both languages")
            continue
        if _lang(_text(english)) != ("en" if "en" in languages else "sv"):
            wrong.append(f"en/{name}")
        if _lang(_text(swedish)) != ("sv" if "sv" in languages else "en"):
            wrong.append(name)
    assert wrong == []


def _switcher(page: str) -> dict[str, str]:
    """The language switcher's links of a page: language -> href."""
    return {lang: href for href, lang in re.findall(r'<a href="([^"]*)" hreflang="([a-z]{2})" class="md-select__link"', page)}


def test_the_language_switcher_leads_to_the_same_page_in_the_other_language(site: Path) -> None:
    import posixpath

    wrong = []
    for page in sorted(site.rglob("index.html")):
        relative = page.relative_to(site).as_posix()
        folder = posixpath.dirname(relative)
        here = folder.removeprefix("en").lstrip("/")
        links = _switcher(_text(page))
        if set(links) != {"sv", "en"}:
            wrong.append(f"{relative}: switcher {sorted(links)}")
            continue
        for language, href in links.items():
            target = posixpath.normpath(href if href.startswith("/") else posixpath.join("/" + folder, href)).lstrip("/")
            expected = here if language == "sv" else posixpath.join("en", here).rstrip("/")
            if target.rstrip("/") not in (expected.rstrip("/"), "." if not expected else expected) or not (site / target / "index.html").is_file():
                wrong.append(f"{relative}: {language} -> {href}")
    assert wrong == []


def test_each_language_has_its_own_search_index(site: Path) -> None:
    import json

    swedish = json.loads(_text(site / "search" / "search_index.json"))
    english = json.loads(_text(site / "en" / "search" / "search_index.json"))
    assert {"sv", "en"} <= set(swedish["config"]["lang"])
    assert swedish["docs"] and english["docs"]
    assert not any(d["location"].startswith("en/") for d in swedish["docs"])
    assert any(d["title"] == "Snabbstart" for d in swedish["docs"]) and not any(d["title"] == "Snabbstart" for d in english["docs"])
    assert any(d["title"] == "Quick start" for d in english["docs"]) and not any(d["title"] == "Quick start" for d in swedish["docs"])
    # an English page loads the English index: the theme's base is the English root
    config = re.search(r'id="__config"[^>]*>(\{.*?\})</script>', _text(site / "en" / "guides" / "quickstart" / "index.html"))[1]
    assert json.loads(config)["base"] == "../../../en"
    assert json.loads(config)["translations"]["search.result.none"] == "No matching documents"
    config_sv = re.search(r'id="__config"[^>]*>(\{.*?\})</script>', _text(site / "guides" / "quickstart" / "index.html"))[1]
    assert json.loads(config_sv)["base"] == "../.." and json.loads(config_sv)["translations"]["search.result.none"] != "No matching documents"


def test_a_record_header_is_worded_in_the_page_language() -> None:
    """A record's Swedish page shows the English record's metadata with Swedish labels and words,
    each agency by its Swedish name with the alias as a code (the English page: English names)."""
    from kll.maintain.site.render import decision_header

    meta = {"decision_status": "proposed", "decision_scope": "ecosystem", "owning_agency": "af",
            "decision_makers": ["af", "skolverket"], "interoperability_layers": ["legal", "technical"]}
    swedish = decision_header("# Titel\n\nText.", meta, "decisions/0001-x.md", "sv", "Title")
    assert "| Beslutsfattare | Arbetsförmedlingen (`af`), Skolverket (`skolverket`) |" in swedish
    assert "föreslaget" in swedish and "ekosystemspåret" in swedish and "rättslig, teknisk" in swedish
    assert "| Ansvarig myndighet | Arbetsförmedlingen (`af`) |" in swedish and "*Title*" in swedish
    english = decision_header("# Title\n\nText.", meta, "decisions/0001-x.md", "en", "Titel")
    assert "| Decision makers | Swedish Public Employment Service (`af`)," in english and "proposed" in english
