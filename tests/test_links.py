"""Links that resolve: while the w3id namespace is unregistered (record 0004, amended), no page
of the site and no report links into it; the shipped redirect rules map every rule and record
IRI to a page the site serves, so that registering is one pull request."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kll.governance.records import decisions_dir, read_record, record_files
from kll.maintain.site.pages import generated_pages
from kll.maintain.site.w3id import PLACEHOLDER, htaccess, htaccess_path, site_address
from kll.validation.catalogue import catalogue
from kll.validation.documentation import RULE_IRI_BASE, rule_documentation, settings

NAMESPACE = "https://w3id.org/kll/"
_LINK = re.compile(r"<(https?://[^>\s]+)>|\]\((https?://[^)\s]+)\)")
# A fenced code block (indented inside a collapsed block too) is shown as text, never as links:
# an example file's IRIs, Turtle's <…> included, are data there.
_FENCED = re.compile(r"^([ \t]*)(```|~~~)[^\n]*\n.*?^\1\2[ \t]*$", re.MULTILINE | re.DOTALL)
_RULE = re.compile(r"^RewriteRule (\S+) (\S+) \[([^\]]+)\]$")


def test_the_namespace_is_unregistered_or_the_site_address_is_known() -> None:
    """The shipped settings: registering needs the site's address to redirect to."""
    current = settings()
    assert not current.w3id_registered or current.site_url


def test_no_generated_page_links_into_the_unregistered_namespace() -> None:
    if settings().w3id_registered:
        pytest.skip("the namespace is registered: its IRIs are links")
    links = [(page, url) for page, text in generated_pages().items() for pair in _LINK.findall(_FENCED.sub("", text))
             for url in pair if url.startswith(NAMESPACE)]
    assert links == []


def test_no_report_links_a_rule_into_the_unregistered_namespace() -> None:
    if settings().w3id_registered:
        pytest.skip("the namespace is registered")
    assert [r for r, rule in catalogue().items() if rule.documentation.startswith(NAMESPACE)] == []
    assert all(rule.iri == RULE_IRI_BASE + rule_id for rule_id, rule in catalogue().items())


def test_every_rule_documentation_is_an_anchor_on_a_generated_rules_page() -> None:
    pages = generated_pages()
    missing = []
    for rule_id in catalogue():
        for language in ("sv", "en"):
            path, anchor = rule_documentation(rule_id, language).removeprefix(settings().site_url).split("#")
            path = path.removeprefix("en/").rstrip("/") + f".{language}.md"
            if f'<a id="{anchor}"></a>' not in pages.get(path, ""):
                missing.append((rule_id, language))
    assert missing == []


def test_the_shipped_redirects_are_the_generated_ones() -> None:
    assert htaccess_path().read_text(encoding="utf-8") == htaccess(), "run python -m kll.maintain.site.w3id"


def _redirect(rules: list[tuple[re.Pattern, str]], iri: str) -> str | None:
    """Where mod_rewrite sends ``iri``: the first rule whose pattern matches the path below /kll/."""
    path = iri.removeprefix(NAMESPACE)
    for pattern, target in rules:
        match = pattern.match(path)
        if match:
            return re.sub(r"\$(\d)", lambda m: match[int(m[1])], target)
    return None


def test_every_rule_and_record_iri_redirects_to_a_page_the_site_serves() -> None:
    text = htaccess_path().read_text(encoding="utf-8")
    rules = [(re.compile(m[1]), m[2]) for line in text.splitlines() if (m := _RULE.match(line))]
    site = site_address()
    pages = generated_pages()
    wrong = []
    for rule_id in catalogue():
        target = _redirect(rules, RULE_IRI_BASE + rule_id) or ""
        path, _, anchor = target.removeprefix(site).partition("#")
        if anchor != rule_id or f'<a id="{anchor}"></a>' not in pages.get(path.rstrip("/") + ".sv.md", ""):
            wrong.append((rule_id, target))
    for path in record_files(decisions_dir()):
        record = read_record(path)
        target = _redirect(rules, f"{NAMESPACE}id/decision/{record.number:04d}") or ""
        if target != f"{site}decisions/{path.stem}/":
            wrong.append((path.name, target))
    assert wrong == []
    assert _redirect(rules, NAMESPACE) == site


def test_the_placeholder_address_is_never_shipped_with_a_registered_namespace() -> None:
    if settings().w3id_registered:
        assert PLACEHOLDER not in htaccess_path().read_text(encoding="utf-8")


def test_no_page_of_the_built_site_links_into_the_unregistered_namespace(built_site) -> None:
    if settings().w3id_registered:
        pytest.skip("the namespace is registered")
    assert built_site.returncode == 0, built_site.log[-3000:]
    links = []
    for page in Path(built_site.directory).rglob("*.html"):
        links += [(page.name, href) for href in re.findall(r'href="(https://w3id\.org/kll/[^"]*)"', page.read_text(encoding="utf-8"))]
    assert links == []
