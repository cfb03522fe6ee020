"""Counts and durations in the hand-written pages come from the model and the recorded results
(the ``kll:count`` marker), so they cannot go stale as they did in 0.2.1 and 0.2.2."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kll.conformance.results import results_path
from kll.maintain.site.render import COUNTS, count_markdown

DOCS = Path(__file__).resolve().parents[1] / "docs"
_COUNT = re.compile(r"^<!-- kll:count ([a-z0-9]*) -->$", re.MULTILINE)


def test_every_count_marker_names_a_known_count() -> None:
    used = {(page.relative_to(DOCS).as_posix(), name) for page in DOCS.rglob("*.md") for name in _COUNT.findall(page.read_text(encoding="utf-8"))}
    assert used and all(name in COUNTS for _, name in used)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_counts_are_those_of_the_model_and_the_results(language: str) -> None:
    import yaml

    from kll.artifacts.paths import root_schema

    # the modules are what the root schema imports (it only gathers them)
    imports = yaml.safe_load(root_schema().read_text(encoding="utf-8"))["imports"]
    assert count_markdown("modules", language) == str(len([i for i in imports if not i.startswith("linkml:")]))
    results = json.loads(results_path().read_text(encoding="utf-8"))
    assert count_markdown("cases", language) == str(results["total"]["cases"])
    assert f"{results['total']['passed']}/{results['total']['cases']} cases" in count_markdown("suiteline", language)
    assert count_markdown("suitetime", language)


def test_the_landing_pages_and_the_guide_type_no_count_the_markers_give() -> None:
    typed = re.compile(r"\b(eight|nine|ten|åtta|nio|tio) (modules|moduler)\b|about three minutes|[0-9]+/[0-9]+ cases \([0-9.]+ %\) at level full")
    pages = [DOCS / "conformance" / "guide.md", *DOCS.glob("index*.md"), *DOCS.glob("sv/index.md")]
    assert [(p.name, m.group(0)) for p in pages if p.is_file() for m in typed.finditer(p.read_text(encoding="utf-8"))] == []
