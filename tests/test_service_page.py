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
    assert (f"{violations} fel" if language == "sv" else f"{violations} violations") in parsed.text
    # one section per rule, with its findings' count, both messages and the rule's page
    rules = sorted({f["rule"] for f in report["findings"]})
    assert len(parsed.all("h3")) == len(rules) == len([s for s in parsed.all("section") if s.get("class", "").startswith("rule ")])
    for rule in rules:
        findings = [f for f in report["findings"] if f["rule"] == rule]
        first = findings[0]
        # no site address is configured and the rule's w3id namespace is unregistered: no dead link
        assert not any(rule in a.get("href", "") for a in parsed.all("a"))
        assert first[f"message_{language}"] in parsed.text and first[f"message_{other}"] in parsed.text
        assert all(f["location"]["pointer"] in parsed.text for f in findings)
    assert page.SEVERITY_WORDS[language]["violation"] in parsed.text
    assert (f"{t['pointer']} /education_events/0/execution/end_date") in parsed.text
    # the other language's message is marked as that language
    assert re.search(rf'<span lang="{other}">{re.escape(report["findings"][0][f"message_{other}"])}</span>', response.text) or \
        any(re.search(rf'<span lang="{other}">{re.escape(f[f"message_{other}"])}</span>', response.text) for f in report["findings"])


def test_several_files_are_one_dataset(app) -> None:
    parsed = html_page(post(app, [(VALID.name, VALID.read_bytes()), (BROKEN.name, BROKEN.read_bytes())]))
    assert "2 filer, 5 poster: 1 fel" in parsed.text and VALID.name in parsed.text and BROKEN.name in parsed.text
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


def _as_json(path: Path) -> bytes:
    return json.dumps(yaml.safe_load(path.read_text(encoding="utf-8"))).encode()


#: One upload per format choice: (the name sent, its bytes). The names' extensions do not tell the
#: format where it matters (``.txt``), so the choice is what makes the reader right.
FORMAT_CASES: dict[str, tuple[str, bytes]] = {
    "auto": (VALID.name, VALID.read_bytes()),
    "json": ("export.txt", _as_json(VALID)),
    "yaml": ("export.txt", VALID.read_bytes()),
    "jsonl": ("organisations.txt", JSONL.read_bytes()),
    "turtle": ("data.txt", b"@prefix ex: <http://example.org/> . ex:a ex:b ex:c ."),
    "jsonld": ("data.txt", json.dumps({"@context": {"@vocab": "http://example.org/"}, "@id": "http://example.org/a", "b": "c"}).encode()),
    "emil3": ("export-broken.json", (FIXTURES / "emil3" / "export-broken.json").read_bytes()),
    "elm": ("micro-credential-broken.jsonld", (FIXTURES / "elm" / "micro-credential-broken.jsonld").read_bytes()),
    "sssom": ("broken-confidence.sssom.tsv", (FIXTURES / "sssom" / "broken-confidence.sssom.tsv").read_bytes()),
    "dcat": ("obligatoriskt.rdf", (FIXTURES / "real" / "dcat" / "obligatoriskt.rdf").read_bytes()),
}


def test_every_format_has_a_case() -> None:
    assert list(FORMAT_CASES) == list(FORMATS) == list(page.FORMAT_LABELS)


@pytest.mark.parametrize("fmt", list(FORMAT_CASES))
def test_each_format_choice_gives_the_apis_report(app, fmt: str) -> None:
    """The page's JSON download is the API's report of the same upload and format, finding for finding."""
    name, content = FORMAT_CASES[fmt]
    parsed = html_page(post(app, [(name, content)], format=fmt))
    api = call(app, "POST", "/api/v1/validate", params={"format": fmt}, files=[("file", (name, content))],
               headers={"accept": "application/json"})
    assert api.status_code == 200, api.text
    assert json.loads(data_url(parsed, "kll-rapport.json")) == api.json()
    if name.endswith(".txt"):  # the choice, not the name, told the format: without it the page asks for one
        assert post(app, [(name, content)], format="auto").status_code == 415
    verdict = page.TEXTS["sv"]["verdict_ok" if api.json()["conformant"] else "verdict_not_ok"]
    assert verdict in parsed.text


@pytest.mark.parametrize("language", page.LANGUAGES)
def test_the_downloads_are_the_reports_in_the_page_language(app, language: str) -> None:
    parsed = html_page(post(app, [(BROKEN.name, BROKEN.read_bytes())], language=language), language=language)
    stem = "kll-rapport" if language == "sv" else "kll-report"
    report = json.loads(data_url(parsed, f"{stem}.json"))
    assert report == api_report(app, BROKEN)
    sarif = json.loads(data_url(parsed, f"{stem}.sarif"))
    assert sarif["version"] == "2.1.0"
    messages = {r["message"]["text"] for r in sarif["runs"][0]["results"]}
    assert messages == {f[f"message_{language}"] for f in report["findings"]}
    junit = ET.fromstring(data_url(parsed, f"{stem}.junit.xml"))
    assert junit.tag == "testsuites" and int(junit.get("failures")) >= 1
    assert [a["type"] for a in parsed.all("a") if "download" in a] == ["application/json", "application/sarif+json", "application/xml"]


def test_a_report_too_large_for_a_link_points_to_the_api(app, monkeypatch) -> None:
    monkeypatch.setattr(page, "MAX_DATA_URL", 100)
    parsed = html_page(post(app, [(BROKEN.name, BROKEN.read_bytes())]))
    assert not [a for a in parsed.all("a") if "download" in a]
    assert parsed.text.count(page.TEXTS["sv"]["download_too_large"]) == 3


def test_many_findings_of_a_rule_are_shown_up_to_a_limit(app, monkeypatch) -> None:
    monkeypatch.setattr(page, "MAX_SHOWN_PER_RULE", 1)
    parsed = html_page(post(app, [(BROKEN.name, BROKEN.read_bytes())], language="en"), language="en")
    assert page.TEXTS["en"]["more_findings"].format(n=1) in parsed.text  # reference.unresolved has two


# --- escaping -------------------------------------------------------------------------------------------


def test_markup_in_the_data_is_shown_escaped(app) -> None:
    data = {"organisations": [{"id": f"https://w3id.org/kll/id/x/{SCRIPT}", SCRIPT: {"<b>": 1}}]}
    response = post(app, [("data.json", json.dumps(data).encode())])
    parsed = html_page(response)
    assert SCRIPT in parsed.text  # shown, as text: the key is in a finding's pointer and detail
    assert "<script" not in response.text and "<b>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


@pytest.mark.parametrize("name", [f"{SCRIPT}.yaml", '"><img src=x onerror=alert(1)>.yaml', "a&amp;b<i>.yaml"])
def test_markup_in_a_file_name_never_reaches_the_page(app, name: str) -> None:
    response = post(app, [(name, VALID.read_bytes())])
    parsed = html_page(response)
    assert "upload-1.yaml" in parsed.text  # a name with markup is replaced, not shown
    assert "<script" not in response.text and "<img" not in response.text and "<i>" not in response.text and "&amp;amp;" not in response.text


def test_a_path_in_a_file_name_is_cut_to_its_base_name(app) -> None:
    response = post(app, [("../../etc/komvux.yaml", VALID.read_bytes())])
    assert "komvux.yaml" in html_page(response).text and "../" not in response.text and "etc/" not in response.text


def test_the_templates_escape_everything() -> None:
    environment = page._environment()
    assert environment.autoescape is True
    for name in environment.list_templates():
        source = (Path(page.__file__).parent / "templates" / name).read_text(encoding="utf-8")
        assert "|safe" not in source.replace(" ", "") and "autoescape false" not in source and "<script" not in source
        assert " style=" not in source


# --- the accessibility statement -----------------------------------------------------------------------


@pytest.mark.parametrize(("url", "language"), [("/tillganglighet", "sv"), ("/en/accessibility", "en"), ("/tillganglighet?lang=en", "en")])
def test_the_accessibility_statement(app, url: str, language: str) -> None:
    parsed = html_page(call(app, "GET", url), language=language)
    text = parsed.text
    assert "WCAG 2.1" in text and "AA" in text and "2018:1937" in text
    assert f"axe-core {page.AXE_VERSION}" in text
    assert "Myndigheten för digital förvaltning" in text and {"href": "https://www.digg.se/tdosanmalan"}.items() <= \
        next(a for a in parsed.all("a") if "digg.se" in a.get("href", "")).items()
    hosting = "myndigheten som driftar tjänsten" if language == "sv" else "the agency that hosts the service"
    assert hosting in text.lower()
    known = "Kända begränsningar" if language == "sv" else "Known limitations"
    tested = "Hur vi har testat" if language == "sv" else "How we tested"
    feedback = "Rapportera brister" if language == "sv" else "Report a problem"
    assert all(heading in text for heading in (known, tested, feedback))
    assert not re.search(r"\[[^\]]*\]|\bTODO\b|XXX|<agency>", text), "no placeholder in the statement"
    if language == "en":  # the Swedish name inside the English text is marked as Swedish
        assert {"lang": "sv"} in parsed.all("span")
    # every page links to it
    home = html_page(call(app, "GET", page.PATHS[language]["form"]), language=language)
    assert page.PATHS[language]["statement"] in {a["href"] for a in home.all("a")}


def test_the_statement_names_the_axe_core_the_browser_test_runs() -> None:
    axe = pytest.importorskip("axe_playwright_python")
    header = (Path(axe.__file__).parent / "axe.min.js").read_text(encoding="utf-8")[:200]
    assert f"axe v{page.AXE_VERSION}" in header


# --- errors are pages with their status ---------------------------------------------------------------


def error(response: httpx.Response, status: int, slug: str, *, language: str = "sv", field: str | None = None) -> Page:
    """An error page: the status, the page's language, the form's text for ``slug``, linked to ``field``."""
    parsed = html_page(response, status=status, language=language)
    assert MARKER not in response.text
    summary = parsed.all("div", class_="error-summary")
    if field is not None:
        assert summary and {"href": f"#{field}"} in parsed.all("a") and field in parsed.ids()
        assert parsed.text.startswith(f" {page.TEXTS[language]['error_prefix']}:") or f"{page.TEXTS[language]['error_prefix']}:" in parsed.text
    return parsed


@pytest.mark.parametrize("language", page.LANGUAGES)
def test_400_without_a_file_or_text(app, language: str) -> None:
    parsed = error(post(app, None, language=language), 400, "no-file", language=language, field="file")
    assert page.PAGE_PROBLEMS["no-file"][language] in parsed.text
    assert parsed.all("input", id="file")[0]["aria-invalid"] == "true"
    assert "file-error" in parsed.all("input", id="file")[0]["aria-describedby"].split()


@pytest.mark.parametrize("language", page.LANGUAGES)
def test_413_too_large_in_the_page_language(language: str) -> None:
    small = create_app(Limits(max_upload_bytes=1000))
    parsed = error(post(small, [(VALID.name, MARKER.encode() * 100)], language=language), 413, "too-large", language=language, field="file")
    assert page.PAGE_PROBLEMS["too-large"][language].format(size="1000 byte" if language == "sv" else "1000 bytes") in parsed.text


def test_413_too_many_files(app) -> None:
    parsed = error(post(app, [(f"{n}.yaml", VALID.read_bytes()) for n in range(4)]), 413, "too-many-files", field="file")
    assert "Välj högst 3 filer åt gången." in parsed.text


def test_400_for_a_foreign_format_mixed_with_ours(app) -> None:
    rdf = FIXTURES / "real" / "dcat" / "obligatoriskt.rdf"
    error(post(app, [(VALID.name, VALID.read_bytes()), (rdf.name, rdf.read_bytes())], language="en"), 400, "mixed-formats",
          language="en", field="file")


def test_415_when_the_name_does_not_tell_the_format(app) -> None:
    error(post(app, [("data.txt", VALID.read_bytes())]), 415, "unsupported-media-type", field="format")


@pytest.mark.parametrize("name", ["format", "profile", "level"])
def test_400_for_a_choice_out_of_range_never_echoing_it(app, name: str) -> None:
    parsed = error(post(app, [(VALID.name, VALID.read_bytes())], **{name: MARKER}), 400, "invalid-parameter", field=name)
    assert page.PAGE_PROBLEMS["invalid-parameter"]["sv"] in parsed.text


def test_400_when_the_query_and_the_form_disagree(app) -> None:
    response = call(app, "POST", "/validate?format=json", data={"format": "yaml"}, files=[("file", (VALID.name, VALID.read_bytes()))])
    error(response, 400, "conflicting-parameter", field="format")


def test_400_for_a_malformed_form(app) -> None:
    response = call(app, "POST", "/en/validate", content=b"--x\r\n", headers={"content-type": "multipart/form-data"})
    error(response, 400, "malformed-request", language="en", field="file")


@pytest.mark.parametrize("language", page.LANGUAGES)
def test_503_busy_with_retry_after(app, language: str) -> None:
    service = app.state.service
    service.running = service.limits.concurrency
    try:
        response = post(app, [(VALID.name, VALID.read_bytes())], language=language)
    finally:
        service.running = 0
    parsed = error(response, 503, "busy", language=language)
    assert response.headers["retry-after"] == str(service.limits.retry_after)
    assert page.PAGE_PROBLEMS["busy"][language].format(limit=4, retry_after=service.limits.retry_after) in parsed.text


def test_503_over_the_time_limit() -> None:
    hurried = create_app(Limits(timeout=1e-6, retry_after=7))
    response = post(hurried, [(VALID.name, VALID.read_bytes())], language="en")
    parsed = error(response, 503, "timeout", language="en")
    assert response.headers["retry-after"] == "7" and "Try again in 7 seconds" in parsed.text
    assert hurried.state.service.running == 0


def test_500_names_the_place_never_the_data(app, monkeypatch) -> None:
    def failed(task, *, timeout, memory_mb):
        raise isolation.Failed("internal.error", "RuntimeError in kll.validation.pipeline.validate (line 1)")

    monkeypatch.setattr(isolation, "run", failed)
    parsed = error(post(app, [(VALID.name, MARKER.encode())]), 500, "internal-error")
    assert "RuntimeError in kll.validation.pipeline.validate" in parsed.text


@pytest.mark.parametrize(("url", "language"), [("/nowhere", "sv"), ("/en/nowhere", "en"), ("/nowhere?lang=en", "en")])
def test_404_is_a_page_for_a_browser(app, url: str, language: str) -> None:
    parsed = error(call(app, "GET", url), 404, "not-found", language=language)
    assert page.PAGE_PROBLEMS["not-found"][language] in parsed.text
    assert page.PATHS[language]["form"] in {a["href"] for a in parsed.all("a")}


def test_405_is_a_page_for_a_browser_with_allow(app) -> None:
    response = call(app, "PUT", "/en/")
    error(response, 405, "method-not-allowed", language="en")
    assert "GET" in response.headers["allow"]


@pytest.mark.parametrize(("url", "accept"), [("/api/v1/nowhere", "text/html"), ("/nowhere", "application/json")])
def test_api_clients_still_get_problem_details(app, url: str, accept: str) -> None:
    response = call(app, "GET", url, headers={"accept": accept})
    assert response.status_code == 404 and response.headers["content-type"] == "application/problem+json"


def test_a_rule_links_to_its_page_at_the_configured_site(app, monkeypatch) -> None:
    """With the site's address configured, each rule links to its page there, in the page's language."""
    monkeypatch.setenv("KLL_DOCS_BASE_URL", "https://docs.example/kll/")
    parsed = html_page(post(app, [(BROKEN.name, BROKEN.read_bytes())], language="en"), language="en")
    hrefs = {a["href"] for a in parsed.all("a")}
    assert "https://docs.example/kll/en/rules/Execution/#Execution.end_date.after-start" in hrefs
