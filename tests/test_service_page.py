"""The service's bilingual web page (kll.service.page), driven in-process by httpx's ASGI transport.

The page is a plain HTML form over the API's one validation path: these tests post the form as a
browser without JavaScript would (``multipart/form-data``) and read the HTML that comes back. They
cover the form in Swedish and English, a valid and a broken file, pasted text, every format choice,
findings grouped by rule with both languages' messages and the rule's link, the escaping of markup
from the data and from a file name, the three downloads (``data:`` URLs equal to the API's reports),
the accessibility statement, and every error as a page with its status. The browser and axe-core
run in tests/test_service_browser.py. No test measures time.
"""

from __future__ import annotations

import base64
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import yaml

from kll.artifacts import paths
from kll.service import isolation, page
from kll.service.app import SECURITY_HEADERS, create_app
from kll.service.formats import FORMATS
from kll.service.limits import Limits

ROOT = paths.repository_root()
FIXTURES = ROOT / "tests" / "fixtures"
VALID = ROOT / "examples" / "offering" / "komvux-sundsvall-matematik.yaml"
BROKEN = ROOT / "docs" / "guides" / "files" / "event-ends-before-start.yaml"
JSONL = ROOT / "docs" / "guides" / "files" / "organisations.jsonl"
#: Planted in inputs: it must never come back in an error page.
MARKER = "19121212-1212-MARKER"
SCRIPT = "<script>alert(1)</script>"


def call(app, method: str, url: str, *, root_path: str = "", **kwargs: Any) -> httpx.Response:
    """One request to ``app`` through httpx's ASGI transport (no socket), as a browser: accepting HTML."""
    headers = {"accept": "text/html,application/xhtml+xml,*/*;q=0.8", **kwargs.pop("headers", {})}

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, root_path=root_path)
        async with httpx.AsyncClient(transport=transport, base_url="http://service.test") as client:
            return await client.request(method, url, headers=headers, **kwargs)

    return anyio.run(go)


def post(app, files: list[tuple[str, bytes]] | None = None, *, language: str = "sv", **fields: str) -> httpx.Response:
    """The form posted as a browser posts it: every field present, an empty file part when none is chosen."""
    data = {"text": "", "format": "auto", "profile": "", "level": "full", **fields}
    parts = [("file", (name, content)) for name, content in files] if files else [("file", ("", b""))]
    return call(app, "POST", page.PATHS[language]["validate"], data=data, files=parts)


@pytest.fixture(scope="module")
def app():
    return create_app(Limits(concurrency=4, max_upload_bytes=5 << 20, max_files=3))


class Page(HTMLParser):
    """The parts of a page the tests read: elements by id, labels, controls, links, lang attributes."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text_parts: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {key: value or "" for key, value in attrs}))

    def handle_data(self, data: str) -> None:
        self.text_parts.append(data)

    @property
    def text(self) -> str:
        return re.sub(r"\s+", " ", " ".join(self.text_parts))

    def all(self, tag: str, **attrs: str) -> list[dict[str, str]]:
        return [a for t, a in self.elements if t == tag and all(a.get(k.rstrip("_")) == v for k, v in attrs.items())]

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.elements if "id" in a}


def html_page(response: httpx.Response, status: int = 200, language: str = "sv") -> Page:
    """The response is an HTML page in ``language`` with ``status``, the security headers, no script, no inline style."""
    assert response.status_code == status, response.text[:2000]
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["content-language"] == language
    assert all(response.headers[name] == value for name, value in SECURITY_HEADERS.items())
    parsed = Page(response.text)
    assert parsed.all("html") == [{"lang": language}]
    assert not parsed.all("script") and not any("style" in a for _, a in parsed.elements), "no script and no inline style"
    assert not parsed.all("style")
    return parsed


def data_url(parsed: Page, filename: str) -> str:
    """The decoded text of the download link named ``filename``."""
    (link,) = [a for a in parsed.all("a") if a.get("download") == filename]
    head, _, encoded = link["href"].partition(",")
    assert head.startswith("data:") and head.endswith(";charset=utf-8;base64")
    return base64.b64decode(encoded).decode("utf-8")


def api_report(app, path: Path, fmt: str = "auto") -> dict:
    response = call(app, "POST", "/api/v1/validate", params={"format": fmt}, files=[("file", (path.name, path.read_bytes()))],
                    headers={"accept": "application/json"})
    assert response.status_code == 200, response.text
    return response.json()


# --- the form -----------------------------------------------------------------------------------------


def labelled_controls(parsed: Page) -> None:
    """Every control has a label (by ``for``), every ``aria-describedby`` names an element of the page."""
    controls = parsed.all("input") + parsed.all("select") + parsed.all("textarea")
    labels = {a["for"] for a in parsed.all("label")}
    assert controls and all(c["id"] in labels for c in controls), "a control without a label"
    described = {name for c in controls for name in c.get("aria-describedby", "").split()}
    assert described <= parsed.ids()
    assert parsed.all("fieldset") and len(parsed.all("legend")) == len(parsed.all("fieldset"))


@pytest.mark.parametrize(("url", "language"), [("/", "sv"), ("/en/", "en"), ("/?lang=en", "en"), ("/en/?lang=sv", "sv")])
def test_the_form_in_both_languages(app, url: str, language: str) -> None:
    from kll.service.api import _profiles

    parsed = html_page(call(app, "GET", url), language=language)
    other = page.OTHER[language]
    (form,) = parsed.all("form")
    assert form == {"method": "post", "action": page.PATHS[language]["validate"], "enctype": "multipart/form-data"}
    assert [a["value"] for a in parsed.all("option")][: len(FORMATS)] == list(FORMATS)
    assert all(p[f"title_{language}"] in parsed.text for p in _profiles())
    assert [a["value"] for a in parsed.all("input", type="radio")] == ["core", "full"]
    assert parsed.all("input", type="file", name="file", id="file")[0].get("multiple") == ""
    assert parsed.all("textarea", name="text")
    # the other language one link away, marked as that language
    (switch,) = [a for a in parsed.all("a") if a.get("hreflang") == other]
    assert switch["lang"] == other and switch["href"] == page.PATHS[other]["form"]
    assert page.TEXTS[language]["form_title"] in parsed.text and page.TEXTS[language]["submit"] in parsed.text
    labelled_controls(parsed)


def test_the_page_has_a_skip_link_headings_in_order_and_its_stylesheet(app) -> None:
    response = call(app, "GET", "/")
    parsed = html_page(response)
    assert parsed.all("a")[0] == {"class": "skip", "href": "#main"} and "main" in parsed.ids()
    headings = [int(tag[1]) for tag, _ in parsed.elements if re.fullmatch(r"h[1-6]", tag)]
    assert headings[0] == 1 and all(b - a <= 1 for a, b in zip(headings, headings[1:]))
    assert parsed.all("link", rel="stylesheet") == [{"rel": "stylesheet", "href": "/static/kll.css"}]
    css = call(app, "GET", "/static/kll.css")
    assert css.status_code == 200 and css.headers["content-type"] == "text/css; charset=utf-8"
    assert ":focus" in css.text and "url(" not in css.text and "@import" not in css.text  # nothing loads from elsewhere
    assert "style-src 'self'" in response.headers["content-security-policy"] and "script-src" not in response.headers["content-security-policy"]


def test_links_follow_the_proxy_prefix(app) -> None:
    parsed = html_page(call(app, "GET", "/validator/en/", root_path="/validator"), language="en")
    assert parsed.all("form")[0]["action"] == "/validator/en/validate"
    assert {"rel": "stylesheet", "href": "/validator/static/kll.css"} in parsed.all("link")
    assert any(a.get("href") == "/validator/" for a in parsed.all("a"))


def test_a_reload_of_the_result_address_leads_back_to_the_form(app) -> None:
    for language in page.LANGUAGES:
        response = call(app, "GET", page.PATHS[language]["validate"], follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == page.PATHS[language]["form"]


# --- the result -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", page.LANGUAGES)
def test_a_valid_file_is_conformant(app, language: str) -> None:
    parsed = html_page(post(app, [(VALID.name, VALID.read_bytes())], language=language), language=language)
    t = page.TEXTS[language]
    (verdict,) = parsed.all("section", class_="verdict ok")
    assert parsed.text.index(t["verdict_ok"]) < parsed.text.index(t["downloads"])
    assert (f"1 {'fil' if language == 'sv' else 'file'}, ") in parsed.text and VALID.name in parsed.text
    assert t["verdict_not_ok"] not in parsed.text


@pytest.mark.parametrize("language", page.LANGUAGES)
def test_a_broken_file_shows_the_verdict_first_then_findings_grouped_by_rule(app, language: str) -> None:
    response = post(app, [(BROKEN.name, BROKEN.read_bytes())], language=language)
    parsed = html_page(response, language=language)
    t, other = page.TEXTS[language], page.OTHER[language]
    report = api_report(app, BROKEN)
    assert parsed.all("section", class_="verdict not-ok")
    verdict_at = parsed.text.index(t["verdict_not_ok"])
    assert verdict_at < parsed.text.index(t["findings"])
    violations = report["counts"]["violation"]
    assert (f"{violations} överträdelser" if language == "sv" else f"{violations} violations") in parsed.text
    # one section per rule, with its findings' count, both messages and the rule's page
    rules = sorted({f["rule"] for f in report["findings"]})
    assert len(parsed.all("h3")) == len(rules) == len([s for s in parsed.all("section") if s.get("class", "").startswith("rule ")])
    for rule in rules:
        findings = [f for f in report["findings"] if f["rule"] == rule]
        first = findings[0]
        assert f"https://w3id.org/kll/rule/{rule}" in {a["href"] for a in parsed.all("a")}
        assert first[f"message_{language}"] in parsed.text and first[f"message_{other}"] in parsed.text
        assert all(f["location"]["pointer"] in parsed.text for f in findings)
    assert page.SEVERITY_WORDS[language]["violation"] in parsed.text
    assert (f"{t['pointer']} /education_events/0/execution/end_date") in parsed.text
    # the other language's message is marked as that language
    assert re.search(rf'<span lang="{other}">{re.escape(report["findings"][0][f"message_{other}"])}</span>', response.text) or \
        any(re.search(rf'<span lang="{other}">{re.escape(f[f"message_{other}"])}</span>', response.text) for f in report["findings"])


def test_several_files_are_one_dataset(app) -> None:
    parsed = html_page(post(app, [(VALID.name, VALID.read_bytes()), (BROKEN.name, BROKEN.read_bytes())]))
    assert "2 filer, 5 poster: 1 överträdelse" in parsed.text and VALID.name in parsed.text and BROKEN.name in parsed.text
    assert "reference.unresolved" not in parsed.text  # the event's references resolve in the other file


def test_the_page_validates_in_the_isolated_process_on_the_apis_path(app, monkeypatch, caplog) -> None:
    """The form post goes through kll.service.isolation, as the API does, and logs counts only."""
    real, tasks = isolation.run, []

    def spy(task, *, timeout, memory_mb):
        tasks.append(task)
        return real(task, timeout=timeout, memory_mb=memory_mb)

    monkeypatch.setattr(isolation, "run", spy)
    with caplog.at_level("INFO", logger="kll.service"):
        html_page(post(app, [(BROKEN.name, BROKEN.read_bytes())], profile="education-offering-publisher", level="core"))
    assert [(t.kind, t.profile, t.level) for t in tasks] == [("validate", "education-offering-publisher", "core")]
    (line,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("page-validate ")]
    assert "rules=" in line and BROKEN.name not in line


def test_a_profile_and_level_are_named_on_the_result(app) -> None:
    from kll.service.api import _profiles

    title = next(p["title_en"] for p in _profiles() if p["id"] == "education-offering-publisher")
    parsed = html_page(post(app, [(VALID.name, VALID.read_bytes())], language="en", profile="education-offering-publisher", level="core"),
                       language="en")
    assert page.TEXTS["en"]["judged_by"].format(profile=title, level="core") in parsed.text


@pytest.mark.parametrize("language", page.LANGUAGES)
def test_pasted_text_with_its_format(app, language: str) -> None:
    parsed = html_page(post(app, None, language=language, text=VALID.read_text(encoding="utf-8"), format="yaml"), language=language)
    assert parsed.all("section", class_="verdict ok") and page.TEXTS[language]["pasted_text"] in parsed.text


def test_pasted_text_without_a_format_asks_for_one(app) -> None:
    parsed = html_page(post(app, None, text=VALID.read_text(encoding="utf-8")), status=415)
    assert page.PAGE_PROBLEMS["unsupported-media-type"]["sv"] in parsed.text
    assert {"href": "#format"} in parsed.all("a") and parsed.all("select", id="format")[0]["aria-invalid"] == "true"
