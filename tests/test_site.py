"""The documentation site: it builds strictly, and every class, slot, enumeration and rule of the
model has its page or anchor (counted against the model, not against the generator)."""

from __future__ import annotations

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
            if not (site / "reference" / kind / name / "index.html").is_file():
                missing.append(f"{kind}/{name}")
    assert missing == []
    anchors = set()
    for page in (site / "rules").rglob("index.html"):
        anchors |= {unescape(a) for a in re.findall(r'id="([^"]+)"', _text(page))}
    assert sorted(set(catalogue()) - anchors) == []


def test_every_module_and_decision_record_has_a_page(site: Path, view) -> None:
    modules = {s.name.removeprefix("kll_") for s in view.schema_map.values() if not s.id.startswith("https://w3id.org/linkml/")}
    for module in modules:
        assert (site / "reference" / "modules" / module / "index.html").is_file(), module
    for path in record_files(decisions_dir()):
        assert (site / "decisions" / path.stem / "index.html").is_file(), path.name


def test_a_class_page_shows_both_languages_the_rules_and_an_example(site: Path, view) -> None:
    page = _text(site / "reference" / "classes" / "EducationEvent" / "index.html")
    assert "Utbildningstillfälle" in page and "Education event" in page
    assert "EducationEvent.education.required" in page and "../../../rules/EducationEvent/#EducationEvent.education.required" in page
    assert "Från <code>examples/" in page
    english = _text(site / "en" / "reference" / "classes" / "EducationEvent" / "index.html")
    assert "From <code>examples/" in english and "EducationEvent.education.required" in english
    assert f"URI: <code>{view.get_uri('EducationEvent', expand=True)}</code>" in page


def test_a_rule_names_its_decision_and_the_cases_that_fire_it(site: Path) -> None:
    page = _text(site / "rules" / "DecisionRecord" / "index.html")
    block = page[page.index('id="DecisionRecord.resolution.required-for-accepted-ecosystem"'):]
    block = block[:block.index("</details>")]
    assert "decisions/0001-use-decision-records-on-two-approval-tracks/" in block
    assert "decision-record-accepted-ecosystem-without-resolution" in block


def test_a_decision_record_page_shows_its_metadata(site: Path) -> None:
    page = _text(site / "decisions" / "0009-individual-data-is-shared-only-with-recorded-consent" / "index.html")
    assert "Decision makers" in page and "proposed" in page and "Ethics and Transparency Review" in page


def test_module_pages_have_a_class_diagram(site: Path) -> None:
    page = _text(site / "reference" / "modules" / "offering" / "index.html")
    assert 'class="mermaid"' in page and "classDiagram" in page


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
        page = (site / "guides" / name / "index.html").read_text(encoding="utf-8")
        assert "kll:mapping" not in page, name
        rows = adapters.get(name).mapping()
        coverage = measure(name)
        assert f"{coverage.accounted}/{coverage.elements} accounted for" in page, name
        assert page.count("<tr>") >= len(rows), name
    overview = (site / "guides" / "formats" / "index.html").read_text(encoding="utf-8")
    assert "micro-credential: 16/16" in overview
