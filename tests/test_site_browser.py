"""The published documentation site, built with ``mkdocs build --strict`` and opened in a real browser.

The site is built once per session (``built_site`` in conftest.py) and served from its temporary
directory on 127.0.0.1 (an ephemeral port). Headless Chromium, driven through Playwright, opens the
landing page, a class page of the model reference and a decision record, and finds a class by its
Swedish label with the search box. Every internal link of every built page is fetched with urllib:
no 404, and every ``#fragment`` is an ``id`` of its target page. Screenshots go to
``$KLL_TEST_ARTIFACTS/screenshots/`` (default ``test-artifacts/screenshots/`` in the repository
root), with reports of the link check and of requests to other hosts beside them.

The browser is Debian's ``chromium`` package, launched by path; nothing is downloaded. The browser
tests skip only where no Chromium is installed or Playwright is missing (``tools/install-browser.sh``
or ``make browser`` installs Chromium); with ``KLL_REQUIRE_BROWSER=1`` (CI) they fail instead.
Building the site and checking its links need no browser and never skip.

The site is Swedish first: Swedish at ``/``, English at ``/en/`` (mkdocs-static-i18n; the languages
are read from mkdocs.yml). The accessibility tests open every page type in both languages at 1280
and 390 CSS pixels (and at 1280 in the dark colour scheme) and run axe-core (the ``axe.min.js`` bundled in the axe-playwright-python wheel)
with the WCAG 2.0/2.1 A and AA tags: no serious or critical violation, no sideways page scroll at
390 px, a table too wide for its column in a scroll region that the keyboard reaches and that has
a name, one ``h1`` and no skipped heading level, no link named "here", no emoji. What they
measure goes to ``$KLL_TEST_ARTIFACTS/site-accessibility/`` (one JSON file per page and language);
docs/accessibility.*.md states those figures.
"""
from __future__ import annotations

import functools
import json
import os
import re
import threading
import urllib.error
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest

from chromium import axe, browser  # noqa: F401  (fixtures)
import yaml

from kll.artifacts.paths import model_dir, repository_root

pytestmark = pytest.mark.browser

ROOT = repository_root()
ARTIFACTS = Path(os.environ.get("KLL_TEST_ARTIFACTS") or ROOT / "test-artifacts")
SCREENSHOTS = ARTIFACTS / "screenshots"

PAGE_TIMEOUT_MS = 30_000
HTTP_TIMEOUT_S = 30
VIEWPORT = {"width": 1440, "height": 900}  # wide enough for the navigation tabs (>= 76.25em)

CLASS_PAGE = "Education"  # the class page that must render, with its Swedish label
SEARCH_CLASS = "EducationEvent"  # the class that search must find by its Swedish label
DECISION = "0001-use-decision-records-on-two-approval-tracks"
CONSOLE_SAMPLE = 10  # pages loaded in the browser to check for console errors


# --- the model and the configuration, read as the authors wrote them ---------------------------


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose ``!!python/name:`` tags name functions the test does not need."""


_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def mkdocs_config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_TolerantLoader)


def site_languages(config: dict) -> dict[str, str]:
    """Each language the site is built in, by locale, with the URL prefix of its pages: the
    i18n plugin's default language at the root, every other under ``<locale>/``. A site without
    the plugin is one English site at the root."""
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "i18n" in plugin:
            languages = (plugin["i18n"] or {}).get("languages") or []
            return {
                language["locale"]: "" if language.get("default") else f"{language['locale']}/"
                for language in languages
                if language.get("build", True)
            }
    return {"en": ""}


LANGUAGES = site_languages(mkdocs_config())
ENGLISH = LANGUAGES.get("en", "")  # the prefix of the English pages, which the tests below read


def swedish_label(class_name: str) -> str:
    """The class's ``title_sv`` annotation, from whichever model module defines the class."""
    for path in sorted(model_dir(ROOT).glob("*.yaml")):
        module = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(module, dict):
            continue
        cls = (module.get("classes") or {}).get(class_name)
        if cls is not None:
            label = (cls.get("annotations") or {}).get("title_sv")
            label = label.get("value") if isinstance(label, dict) else label
            assert label, f"class {class_name} in {path.name} has no title_sv annotation"
            return label
    raise AssertionError(f"no class {class_name} in {model_dir(ROOT)}")


def decision_front_matter(name: str) -> dict:
    """The record's metadata: the English record carries it (``NNNN-slug.en.md`` or, before the
    site had languages, ``NNNN-slug.md``); the Swedish translation has none."""
    folder = ROOT / "docs" / "decisions"
    path = next((p for p in (folder / f"{name}.en.md", folder / f"{name}.md") if p.is_file()), folder / f"{name}.md")
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n", text, re.DOTALL)
    assert match, f"decision record {name} has no front matter"
    return yaml.safe_load(match.group(1))


# --- building and serving the site ---------------------------------------------------------------


@pytest.fixture(scope="module")
def site(built_site):
    """The site as the session built it (``built_site`` in conftest.py: ``mkdocs build --strict``
    with the virtual environment's mkdocs, from the repository root). A failed or warning build
    fails every test here: it is never a reason to skip."""
    output = built_site.log
    assert built_site.returncode == 0, f"mkdocs build --strict failed (exit {built_site.returncode}):\n{output}"
    warnings = [line for line in output.splitlines() if line.lstrip().startswith("WARNING")]
    assert not warnings, "mkdocs build --strict warned:\n" + "\n".join(warnings)
    assert (built_site.directory / "index.html").is_file(), f"the build wrote no index.html:\n{output}"
    return built_site


class _SiteHandler(SimpleHTTPRequestHandler):
    """Serves the built files; a directory without index.html is a 404, as on a static host."""

    def list_directory(self, path):
        self.send_error(404, "No index.html in this directory")
        return None

    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="module")
def base_url(site):
    handler = functools.partial(_SiteHandler, directory=str(site.directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def page_url(base_url: str, site, path: str) -> str:
    """The URL of a built page, given its site path (``reference/classes/Education/``)."""
    assert (site.directory / path / "index.html").is_file(), f"the built site has no page {path}"
    return urljoin(base_url, path)


def class_page_path(site, class_name: str) -> str:
    """Where the class's reference page was built: ``reference/classes/<Class>/``, or else the page
    the search index titles with the class name (the hook may use another URL scheme)."""
    conventional = f"reference/classes/{class_name}/"
    if (site.directory / conventional / "index.html").is_file():
        return conventional
    index = json.loads((site.directory / "search" / "search_index.json").read_text(encoding="utf-8"))
    titled = [
        doc["location"]
        for doc in index["docs"]
        if "#" not in doc["location"] and re.sub(r"<[^>]+>", "", doc["title"]).strip() == class_name
    ]
    titled.sort(key=lambda location: (not location.startswith("reference/"), location))
    assert titled, f"no page of the built site is titled {class_name!r} (looked for {conventional} and in the search index)"
    return titled[0]


# --- crawling the internal links -----------------------------------------------------------------


class _LinksAndIds(HTMLParser):
    """The ``<a href>`` and ``<img src>`` targets of a page, and every ``id`` (and ``<a name>``) in it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("name"):
            self.ids.add(attributes["name"])
        if tag == "a" and attributes.get("href") is not None:
            self.links.append(attributes["href"])
        elif tag == "img" and attributes.get("src"):
            self.links.append(attributes["src"])


@dataclass
class Fetched:
    status: int
    html: bool = False
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Link:
    source: str  # the page the link is on
    href: str  # as written
    target: str  # absolute, without fragment
    fragment: str  # decoded, "" if none


@dataclass
class Crawl:
    base_url: str
    fetched: dict[str, Fetched]
    links: list[Link]
    reachable: set[str]  # pages reachable from the landing page by links

    @property
    def pages(self) -> list[str]:
        return sorted(url for url, got in self.fetched.items() if got.html and got.status == 200)

    def path(self, url: str) -> str:
        return "/" + url[len(self.base_url) :]

    def broken(self) -> list[str]:
        """Every internal link whose target is not served (grouped by target) or whose fragment is
        not an id of the target page, one line each."""
        missing: dict[str, list[Link]] = {}
        anchors: dict[tuple[str, str], list[Link]] = {}
        for link in self.links:
            got = self.fetched[link.target]
            if got.status != 200:
                missing.setdefault(link.target, []).append(link)
            elif link.fragment and got.html and link.fragment not in got.ids:
                anchors.setdefault((link.target, link.fragment), []).append(link)
        lines = []
        for target, links in sorted(missing.items()):
            lines.append(f"HTTP {self.fetched[target].status} {self.path(target)}  <- {self._sources(links)}")
        for (target, fragment), links in sorted(anchors.items()):
            lines.append(f"no id {fragment!r} on {self.path(target)}  <- {self._sources(links)}")
        return lines

    def _sources(self, links: list[Link]) -> str:
        sources = sorted({f"{self.path(link.source)} ({link.href})" for link in links})
        more = f" and {len(sources) - 3} more" if len(sources) > 3 else ""
        return ", ".join(sources[:3]) + more


def fetch(url: str) -> Fetched:
    try:
        with urllib.request.urlopen(url, timeout=HTTP_TIMEOUT_S) as response:
            if not response.headers.get_content_type() == "text/html":
                return Fetched(response.status)
            parser = _LinksAndIds()
            parser.feed(response.read().decode("utf-8", errors="replace"))
            return Fetched(response.status, True, parser.ids, parser.links)
    except urllib.error.HTTPError as error:
        return Fetched(error.code)


def built_pages(site, base_url: str) -> list[str]:
    """The URL of every page the build wrote (``**/index.html``)."""
    return sorted(
        urljoin(base_url, path.parent.relative_to(site.directory).as_posix() + "/")
        for path in site.directory.rglob("index.html")
    )


def crawl(base_url: str, seeds: list[str]) -> Crawl:
    """Follows every same-origin link breadth-first from the landing page, then from any built page
    not reached that way, so that every page's links are checked."""
    origin = urlsplit(base_url)[:2]
    fetched: dict[str, Fetched] = {}
    links: list[Link] = []
    reachable: set[str] = set()
    queue: deque[str] = deque()

    def visit(url: str) -> None:
        if url not in fetched:
            fetched[url] = fetch(url)
            queue.append(url)

    for seed_index, seed in enumerate([base_url, *seeds]):
        visit(seed)
        while queue:
            url = queue.popleft()
            if seed_index == 0:
                reachable.add(url)
            for href in fetched[url].links:
                absolute = urljoin(url, href.strip())
                if urlsplit(absolute)[:2] != origin:
                    continue  # another host or scheme (mailto:, javascript:, data:)
                target, fragment = urldefrag(absolute)
                links.append(Link(url, href, target, unquote(fragment)))
                visit(target)
    return Crawl(base_url, fetched, links, reachable)


@pytest.fixture(scope="module")
def site_crawl(site, base_url: str) -> Crawl:
    result = crawl(base_url, built_pages(site, base_url))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    report = {
        "pages": len(result.pages),
        "links": len(result.links),
        "broken": result.broken(),
        "built but not reachable from the landing page": sorted(result.path(url) for url in set(result.pages) - result.reachable),
    }
    (ARTIFACTS / "site-links.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return result


# --- the browser ---------------------------------------------------------------------------------





@dataclass
class Tab:
    """A browser page with what it logged: console errors and requests to other hosts (answered
    with an empty response, so that the test runs offline and the same everywhere)."""

    page: object
    console_errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)

    def open(self, url: str) -> None:
        response = self.page.goto(url, wait_until="load")
        assert response is not None and response.ok, f"{url}: HTTP {response and response.status}"
        self.page.wait_for_load_state("networkidle")

    def assert_no_console_errors(self) -> None:
        if self.console_errors:
            pytest.fail(f"{len(self.console_errors)} console errors:\n" + "\n".join(self.console_errors), pytrace=False)

    def screenshot(self, name: str, *, full_page: bool = True) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path


@pytest.fixture
def tab(browser, base_url: str):
    context = browser.new_context(viewport=VIEWPORT, locale="en-GB")
    context.set_default_timeout(PAGE_TIMEOUT_MS)
    context.set_default_navigation_timeout(PAGE_TIMEOUT_MS)
    page = context.new_page()
    opened = Tab(page)
    origin = urlsplit(base_url).netloc

    def route(route):
        if urlsplit(route.request.url).netloc == origin:
            route.continue_()
        else:
            opened.external_requests.append(route.request.url)
            route.fulfill(status=200, body="")

    def console(message):
        source = message.location.get("url") or ""
        if message.type == "error" and "favicon" not in source + message.text:
            opened.console_errors.append(f"{page.url}: {message.text} ({source})")

    context.route("**/*", route)
    page.on("console", console)
    page.on("pageerror", lambda error: opened.console_errors.append(f"{page.url}: uncaught {error}"))
    try:
        yield opened
    finally:
        context.close()


# --- the tests -----------------------------------------------------------------------------------


def test_every_internal_link_resolves(site_crawl: Crawl):
    assert len(site_crawl.pages) > 1, "the crawl found no pages beyond the landing page"
    broken = site_crawl.broken()
    checked = f"{len(site_crawl.links)} links checked on {len(site_crawl.pages)} pages"
    assert not broken, f"{len(broken)} broken internal links ({checked}):\n" + "\n".join(broken)


def test_landing_page_renders(tab: Tab, base_url: str):
    config = mkdocs_config()
    tab.open(urljoin(base_url, ENGLISH))
    tab.screenshot("landing")
    page = tab.page
    assert config["site_name"] in page.title()
    assert page.locator("header.md-header").is_visible()
    assert page.locator("header.md-header .md-header__title").inner_text().strip()
    tabs = page.locator("nav.md-tabs")
    assert tabs.is_visible(), "the navigation tabs are not shown"
    tab_labels = [label.strip() for label in tabs.locator(".md-tabs__link").all_inner_texts()]
    sections = [next(iter(entry)) for entry in config["nav"] if isinstance(entry, dict)]
    assert tab_labels == sections, f"navigation tabs {tab_labels}, expected the nav sections {sections}"
    assert page.locator("article.md-content__inner h1").first.is_visible()
    tab.assert_no_console_errors()


def test_class_page_shows_its_swedish_label(tab: Tab, site, base_url: str):
    label = swedish_label(CLASS_PAGE)
    tab.open(page_url(base_url, site, ENGLISH + class_page_path(site, CLASS_PAGE)))
    tab.screenshot(f"class-{CLASS_PAGE}")
    article = tab.page.locator("article.md-content__inner")
    assert CLASS_PAGE in article.locator("h1").first.inner_text()
    shown = re.search(rf"\b{re.escape(label)}\b", article.inner_text())
    assert shown, f"the {CLASS_PAGE} page does not show its Swedish label {label!r}"
    tab.assert_no_console_errors()


def test_decision_record_shows_title_and_status(tab: Tab, site, base_url: str):
    record = decision_front_matter(DECISION)
    tab.open(page_url(base_url, site, f"{ENGLISH}decisions/{DECISION}/"))
    tab.screenshot(f"decision-{DECISION[:4]}")
    article = tab.page.locator("article.md-content__inner")
    title = record["title"]["en"]
    assert title in article.locator("h1").first.inner_text(), f"decision {DECISION[:4]} does not show its title {title!r}"
    status = record["decision_status"]
    shown = re.search(rf"\b{re.escape(status)}\b", article.inner_text(), re.IGNORECASE)
    assert shown, f"decision {DECISION[:4]} does not show its status {status!r}"
    tab.assert_no_console_errors()


def test_search_finds_a_class_by_its_swedish_label(tab: Tab, site, base_url: str):
    label = swedish_label(SEARCH_CLASS)
    expected = page_url(base_url, site, class_page_path(site, SEARCH_CLASS))
    tab.open(base_url)
    page = tab.page
    try:
        page.keyboard.press("/")  # mkdocs-material's shortcut to the search box
        query = page.locator("input.md-search__input")
        query.wait_for(state="visible")
        assert query.evaluate("input => input === document.activeElement"), "'/' did not focus the search box"
        query.press_sequentially(label, delay=20)
        page.locator(".md-search-result__item").first.wait_for(state="visible")
        # Material shows the first 10 results and 4 more each time the list is scrolled to its end:
        # until a result links to the class page (its fragment and ?h=<query> aside), scroll the
        # list to the end and back to the top on alternate polls, as a reader scrolling would.
        page.wait_for_function(
            """expected => {
                const links = [...document.querySelectorAll(".md-search-result__item a")];
                if (links.map(link => new URL(link.href)).some(url => url.origin + url.pathname === expected)) return true;
                const list = document.querySelector(".md-search__scrollwrap");
                list.dataset.kllAtEnd = list.dataset.kllAtEnd ? "" : "yes";
                list.scrollTop = list.dataset.kllAtEnd ? list.scrollHeight : 0;
                return false;
            }""",
            arg=expected,
            polling=250,
            timeout=PAGE_TIMEOUT_MS,
        )
        page.evaluate(
            """expected => [...document.querySelectorAll(".md-search-result__item a")]
                .find(link => { const url = new URL(link.href); return url.origin + url.pathname === expected; })
                .scrollIntoView({block: "center"})""",
            expected,
        )
    finally:
        tab.screenshot(f"search-{SEARCH_CLASS}", full_page=False)  # the results overlay the viewport
    tab.assert_no_console_errors()


def test_pages_load_without_console_errors(tab: Tab, site, site_crawl: Crawl, base_url: str):
    """The landing page, the class page, the decision record and pages spread evenly over the rest
    of the site, loaded in the browser: no console error (favicon aside), no uncaught exception."""
    chosen = [
        base_url,
        page_url(base_url, site, class_page_path(site, CLASS_PAGE)),
        page_url(base_url, site, f"decisions/{DECISION}/"),
    ]
    rest = [url for url in site_crawl.pages if url not in chosen]
    step = max(1, len(rest) // (CONSOLE_SAMPLE - len(chosen)))
    chosen += rest[::step][: CONSOLE_SAMPLE - len(chosen)]
    for url in chosen:
        tab.open(url)
    external = json.dumps(sorted(set(tab.external_requests)), indent=2)
    (ARTIFACTS / "site-external-requests.json").write_text(external + "\n", encoding="utf-8")
    tab.assert_no_console_errors()


# --- accessibility: every page type, both languages, wide and narrow -----------------------------

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = {"serious", "critical"}
#: Width and colour scheme of each view: a laptop and a phone held upright in the default light
#: scheme, and the laptop in the dark scheme that follows the computer's setting.
VIEWS = ((1280, "light"), (390, "light"), (1280, "dark"))
NARROW = 390
ACCESSIBILITY = ARTIFACTS / "site-accessibility"

#: One page of each type, by its path under the language's prefix.
PAGE_TYPES = {
    "landing": "",
    "guide": "guides/quickstart/",
    "decision-record": f"decisions/{DECISION}/",
    "decision-index": "decisions/",
    "class": f"reference/classes/{CLASS_PAGE}/",
    "slot": "reference/slots/academic_period/",
    "enum": "reference/enums/AccessRights/",
    "module": "reference/modules/core/",
    "rule": f"rules/{CLASS_PAGE}/",
    "conformance-results": "conformance/results/",
    "known-gaps": "reference/known-gaps/",
    "changelog": "changelog/",
    "accessibility-statement": "accessibility/",
    "wide-table": "guides/performance/",  # the widest table of the site (10 columns)
}

#: Link texts that say nothing out of context (WCAG 2.4.4), in either language.
VAGUE_LINK_TEXTS = {"here", "click here", "read more", "more", "link", "this", "här", "klicka här", "läs mer", "mer", "länk", "denna", "detta"}

#: What the page shows, measured in the browser: the page's width against the viewport, every table
#: against the region it scrolls in, the headings of the article, vague link texts and emoji.
MEASURE = """() => {
  const article = document.querySelector("article.md-content__inner");
  const tables = [...article.querySelectorAll("table")].map(table => {
    const region = table.closest(".md-typeset__scrollwrap");
    const width = region ? region.clientWidth : article.clientWidth;
    return {
      width: table.scrollWidth, column: width, overflows: table.scrollWidth > width + 1,
      region: region ? {tabindex: region.getAttribute("tabindex"), role: region.getAttribute("role"),
                        name: region.getAttribute("aria-label") || ""} : null,
    };
  });
  const headings = [...article.querySelectorAll("h1, h2, h3, h4, h5, h6")].map(h => Number(h.tagName[1]));
  const links = [...article.querySelectorAll("a[href]")]
    .map(a => (a.innerText || a.getAttribute("aria-label") || "").trim().toLowerCase().replace(/[.:!]$/, ""));
  const emoji = [...article.innerText.matchAll(/\\p{Extended_Pictographic}/gu)].map(m => m[0]).filter(c => !"©®".includes(c));
  return {
    lang: document.documentElement.lang, scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
    tables, headings, links, emoji: [...new Set(emoji)],
    landmarks: {main: document.querySelectorAll("main").length, header: document.querySelectorAll("header").length,
                footer: document.querySelectorAll("footer").length, nav: document.querySelectorAll("nav").length},
  };
}"""


def heading_problems(levels: list[int]) -> list[str]:
    """One ``h1`` first, and no level skipped on the way down (an ``h2`` may follow an ``h4``)."""
    problems = []
    if levels.count(1) != 1:
        problems.append(f"{levels.count(1)} h1 headings, expected 1")
    elif levels[0] != 1:
        problems.append(f"the first heading is an h{levels[0]}, not the h1")
    for before, after in zip(levels, levels[1:]):
        if after > before + 1:
            problems.append(f"h{before} followed by h{after}")
    return problems


def check_page(page, axe, url: str, locale: str, width: int) -> tuple[dict, list[str]]:
    """Opens ``url`` in ``page`` and returns what was measured and every problem found."""
    response = page.goto(url, wait_until="load")
    assert response is not None and response.ok, f"{url}: HTTP {response and response.status}"
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(100)  # kll-tables.js marks the scroll regions in the next animation frame
    measured = page.evaluate(MEASURE)
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}).response
    measured["axe"] = results["testEngine"]["version"]
    measured["violations"] = [
        {"id": v["id"], "impact": v["impact"], "nodes": len(v["nodes"]), "help": v["help"],
         "targets": [node["target"] for node in v["nodes"][:5]]}
        for v in results["violations"]
    ]
    problems = [f"axe-core {v['impact']} {v['id']} ({v['nodes']} elements: {v['help']}): {v['targets']}"
                for v in measured["violations"] if v["impact"] in BLOCKING_IMPACTS]
    if not measured["lang"].lower().startswith(locale):
        problems.append(f'<html lang="{measured["lang"]}">, expected {locale}')
    if width <= NARROW and measured["scrollWidth"] > measured["innerWidth"]:
        problems.append(f"the page scrolls sideways: {measured['scrollWidth']} px wide in a {measured['innerWidth']} px viewport")
    for number, table in enumerate(measured["tables"], 1):
        region = table["region"]
        if table["overflows"] and not (region and region["tabindex"] == "0" and region["role"] == "region" and region["name"]):
            problems.append(f"table {number} ({table['width']} px in {table['column']} px) scrolls in no focusable, named region: {region}")
    problems += heading_problems(measured["headings"])
    vague = sorted({text for text in measured["links"] if text in VAGUE_LINK_TEXTS})
    if vague:
        problems.append(f"links that say nothing out of context: {vague}")
    if measured["emoji"]:
        problems.append(f"emoji in the text (an empty box where no emoji font exists): {measured['emoji']}")
    marks = measured["landmarks"]
    if marks["main"] != 1 or not marks["header"] or not marks["footer"] or not marks["nav"]:
        problems.append(f"landmarks: {marks}")
    return measured, problems


@functools.lru_cache(maxsize=1)
def _empty_search_index(directory: Path) -> str:
    config = json.loads((directory / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    return json.dumps({"config": config, "docs": []})


def empty_search_index(site) -> str:
    """The site's search index with its configuration and no documents."""
    return _empty_search_index(site.directory)


def test_the_site_is_swedish_first_with_english_beside_it():
    """Swedish at the root, English under /en/: the layout the accessibility tests walk."""
    assert LANGUAGES == {"sv": "", "en": "en/"}, f"the site's languages are {LANGUAGES}, expected Swedish at / and English at /en/"


@pytest.mark.parametrize("page_type", list(PAGE_TYPES))
@pytest.mark.parametrize("locale", list(LANGUAGES))
def test_every_page_type_is_accessible_wide_and_narrow(browser, axe, site, base_url: str, locale: str, page_type: str):
    """axe-core finds no serious or critical violation at 1280 and 390 px (and in the dark scheme at
    1280 px); the page never scrolls
    sideways at 390 px; a table too wide for its column scrolls in a focusable, named region;
    headings, landmarks and link texts are in order; no emoji carries information."""
    url = page_url(base_url, site, LANGUAGES[locale] + PAGE_TYPES[page_type])
    figures, problems = {}, []
    for width, scheme in VIEWS:
        view = f"{width}-{scheme}"
        context = browser.new_context(
            viewport={"width": width, "height": 900}, color_scheme=scheme, locale="sv-SE" if locale == "sv" else "en-GB")
        context.set_default_timeout(PAGE_TIMEOUT_MS)
        origin = urlsplit(base_url).netloc
        context.route("**/*", lambda route: route.continue_() if urlsplit(route.request.url).netloc == origin else route.abort())
        # The search index (about 5 MB per language), which Material's web worker fetches and
        # indexes on every page load, is served empty: nothing of it is in the page that axe-core
        # reads, and indexing it took 2 of the 6 s of each view. Search has a test of its own.
        context.route("**/search/search_index.json", lambda route: route.fulfill(status=200, content_type="application/json", body=empty_search_index(site)))
        try:
            page = context.new_page()
            measured, found = check_page(page, axe, url, locale, width)
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / f"a11y-{locale}-{page_type}-{view}.png"), full_page=width <= NARROW)
        finally:
            context.close()
        figures[view] = measured
        problems += [f"{width} px, {scheme}: {problem}" for problem in found]
    ACCESSIBILITY.mkdir(parents=True, exist_ok=True)
    (ACCESSIBILITY / f"{locale}-{page_type}.json").write_text(
        json.dumps({"url": url, "widths": figures}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert not problems, f"{locale} {page_type} ({url}):\n" + "\n".join(problems)


def test_a_wide_table_scrolls_with_the_keyboard(browser, site, base_url: str):
    """The performance table (10 columns) is wider than the text column at 1280 px: Tab reaches its
    region, which is named in the page's language, and the arrow keys scroll it."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    for locale, prefix in LANGUAGES.items():
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        try:
            page = context.new_page()
            page.goto(page_url(base_url, site, prefix + PAGE_TYPES["wide-table"]), wait_until="load")
            page.wait_for_load_state("networkidle")
            region = page.locator('.md-typeset__scrollwrap[role="region"][tabindex="0"]').first
            region.wait_for(state="attached")
            name = region.get_attribute("aria-label")
            assert name.startswith("Tabell" if locale == "sv" else "Table"), f"{locale}: the region is named {name!r}"
            for _ in range(200):  # Tab from the top of the page until the region has the focus
                page.keyboard.press("Tab")
                if region.evaluate("region => region === document.activeElement"):
                    break
            else:
                pytest.fail(f"{locale}: 200 presses of Tab never reached the table's scroll region")
            for _ in range(10):
                page.keyboard.press("ArrowRight")
            # Chromium scrolls smoothly: the position moves over a few frames after the key presses.
            handle = region.element_handle()
            try:
                page.wait_for_function("region => region.scrollLeft > 0", arg=handle, timeout=3000)
            except PlaywrightTimeoutError:
                pass
            scrolled = region.evaluate("region => region.scrollLeft")
            assert scrolled > 0, f"{locale}: the arrow keys did not scroll the focused table"
        finally:
            context.close()
