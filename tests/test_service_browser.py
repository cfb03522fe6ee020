"""The service's web page in a real browser, and axe-core's accessibility checks on it.

The service runs as it is deployed: uvicorn in a subprocess, with the app factory ``kll serve``
gives it, on 127.0.0.1 and a free port. Headless Chromium, driven through Playwright, uploads a
valid and a broken file in Swedish and in English, reads the verdict and a finding, downloads the
SARIF report, switches language with the link, posts the form with JavaScript turned off, walks
the form with the keyboard, and fits the pages in 320 CSS pixels. axe-core (the ``axe.min.js``
bundled in the axe-playwright-python wheel; nothing is fetched) checks the form, the result page,
the error page and the accessibility statement with the tags wcag2a, wcag2aa, wcag21a and
wcag21aa: no serious or critical violation is allowed. Every request the browser makes to another
host is refused and recorded; there must be none.

The browser is Debian's ``chromium``, launched by path, as in tests/test_site_browser.py: the tests
skip where no Chromium or Playwright is installed, and fail instead with ``KLL_REQUIRE_BROWSER=1``.
Screenshots and axe results go to ``$KLL_TEST_ARTIFACTS`` (default ``test-artifacts/``).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Iterator

import pytest

from chromium import axe, browser  # noqa: F401  (fixtures)

from kll.artifacts import paths
from kll.service import page as service_page

pytestmark = pytest.mark.browser

ROOT = paths.repository_root()
ARTIFACTS = Path(os.environ.get("KLL_TEST_ARTIFACTS") or ROOT / "test-artifacts")
SCREENSHOTS = ARTIFACTS / "screenshots"
VALID = ROOT / "examples" / "offering" / "komvux-sundsvall-matematik.yaml"
BROKEN = ROOT / "docs" / "guides" / "files" / "event-ends-before-start.yaml"

PAGE_TIMEOUT_MS = 60_000
#: How many times to ask /health while the server starts (the fork server warms the validator).
START_ATTEMPTS = 600
START_PAUSE_S = 0.2
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = {"serious", "critical"}



def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The service under uvicorn on 127.0.0.1, started from the installed package as ``kll serve`` starts it."""
    port = free_port()
    environment = {**os.environ, "KLL_SERVICE_CONCURRENCY": "2", "KLL_SERVICE_MAX_UPLOAD_BYTES": str(5 << 20)}
    log = (ARTIFACTS / "service-browser-server.log")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", "kll.service.app:create_app_from_env",
             "--host", "127.0.0.1", "--port", str(port), "--no-access-log"],
            stdout=output, stderr=subprocess.STDOUT, env=environment, cwd=ARTIFACTS,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(START_ATTEMPTS):
                if process.poll() is not None:
                    pytest.fail(f"the service exited with {process.returncode}:\n{log.read_text(errors='replace')}")
                try:
                    with urllib.request.urlopen(base + "/health", timeout=5) as answer:
                        if answer.status == 200:
                            break
                except (urllib.error.URLError, ConnectionError, TimeoutError):
                    time.sleep(START_PAUSE_S)
            else:
                pytest.fail(f"the service did not answer /health:\n{log.read_text(errors='replace')}")
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()



class Visit:
    """A browser context on the service: its page, and what it tried that it must not."""

    def __init__(self, browser: Any, base: str, *, javascript: bool = True, width: int = 1280) -> None:
        self.base = base
        self.foreign: list[str] = []
        self.console_errors: list[str] = []
        self.context = browser.new_context(
            java_script_enabled=javascript, viewport={"width": width, "height": 900}, accept_downloads=True, locale="sv-SE",
        )
        self.context.route("**/*", self._only_the_service)
        self.page = self.context.new_page()
        self.page.set_default_timeout(PAGE_TIMEOUT_MS)
        self.page.on("console", lambda message: message.type == "error" and self.console_errors.append(message.text))

    def _only_the_service(self, route: Any) -> None:
        url = route.request.url
        if url.startswith(self.base + "/"):
            route.continue_()
        else:  # nothing leaves the machine: a request elsewhere is refused and recorded
            self.foreign.append(url)
            route.abort()

    def goto(self, path: str) -> Any:
        return self.page.goto(self.base + path)

    def submit(self, *files: Path, **choices: str) -> None:
        """Choose ``files`` and the options, and press the form's button as a person would."""
        page = self.page
        if files:
            page.set_input_files("#file", [str(f) for f in files])
        for name, value in choices.items():
            page.select_option(f"#{name}", value)
        with page.expect_navigation():
            page.click("#submit")

    def close(self) -> None:
        self.context.close()
        assert not self.foreign, f"the page made requests to other hosts: {self.foreign}"
        # a favicon request is answered 404, which the console reports; the CSP must block nothing
        assert not [m for m in self.console_errors if "Content Security Policy" in m or "Refused" in m], self.console_errors


@pytest.fixture()
def visit(browser, server) -> Iterator[Visit]:
    opened = Visit(browser, server)
    yield opened
    opened.close()


def run_axe(axe: Any, visit: Visit, name: str) -> dict:
    """axe-core on the current page with the WCAG 2.0/2.1 A and AA tags; the results go to the
    artifacts; no serious or critical violation may be among them."""
    results = axe.run(visit.page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}).response
    summary = [
        {"id": v["id"], "impact": v["impact"], "nodes": len(v["nodes"]), "help": v["help"]} for v in results["violations"]
    ]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"axe-service-{name}.json").write_text(
        json.dumps({"url": visit.page.url, "axe": results["testEngine"]["version"], "violations": summary}, indent=2), encoding="utf-8")
    assert results["testEngine"]["version"] == service_page.AXE_VERSION
    blocking = [v for v in summary if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"axe-core found serious or critical violations on {name}: {blocking}"
    return results


def screenshot(visit: Visit, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    visit.page.screenshot(path=str(SCREENSHOTS / f"service-{name}.png"), full_page=True)


# --- the acceptance test: upload, verdict, finding, SARIF, axe -------------------------------------------


@pytest.mark.parametrize("language", ["sv", "en"])
def test_upload_a_valid_and_a_broken_file_read_the_result_and_download_sarif(visit, axe, language: str) -> None:
    t = service_page.TEXTS[language]
    page = visit.page
    visit.goto(service_page.PATHS[language]["form"])
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").inner_text() == t["form_title"]
    run_axe(axe, visit, f"form-{language}")
    screenshot(visit, f"form-{language}")

    visit.submit(VALID)
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("#verdict").inner_text().endswith(t["verdict_ok"])
    assert (": 0 fel," if language == "sv" else ": 0 violations,") in page.locator(".counts").inner_text()

    visit.goto(service_page.PATHS[language]["form"])
    visit.submit(BROKEN)
    verdict = page.locator("#verdict")
    assert verdict.inner_text().endswith(t["verdict_not_ok"])
    # the verdict comes first: above the findings on the page
    assert verdict.bounding_box()["y"] < page.locator("#findings").bounding_box()["y"]
    rule = page.locator("section.rule", has_text="Execution.end_date.after-start")
    expected = {"sv": "Utbildningstillfällets slutdatum ligger före dess startdatum.",
                "en": "The end date of the education event is before its start date."}
    assert rule.locator(".message").inner_text() == expected[language]
    other = service_page.OTHER[language]
    assert rule.locator(f".other-message [lang={other}]").inner_text() == expected[other]
    assert "/education_events/0/execution/end_date" in rule.locator(".places").inner_text()
    # no site address configured, the w3id namespace unregistered: the rule is named, not linked
    assert rule.locator("a", has_text="Execution.end_date.after-start").count() == 0
    run_axe(axe, visit, f"result-{language}")
    screenshot(visit, f"result-{language}")

    with page.expect_download() as waiting:
        page.click(f"text={t['download_sarif']}")
    download = waiting.value
    assert download.suggested_filename == ("kll-rapport.sarif" if language == "sv" else "kll-report.sarif")
    sarif = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"Execution.end_date.after-start"}
    assert expected[language] in {r["message"]["text"] for r in results}


# --- the rest of the page: language link, statement, errors, no JavaScript, keyboard, 320 px ---------------


def test_the_language_link_switches_to_english_and_back(visit) -> None:
    page = visit.page
    visit.goto("/")
    page.click("header a[lang=en]")
    assert page.locator("html").get_attribute("lang") == "en" and page.url == visit.base + "/en/"
    page.click("header a[lang=sv]")
    assert page.locator("html").get_attribute("lang") == "sv" and page.url == visit.base + "/"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_accessibility_statement_passes_axe(visit, axe, language: str) -> None:
    visit.goto(service_page.PATHS[language]["form"])
    visit.page.click(f"footer >> text={service_page.TEXTS[language]['statement_link']}")
    assert visit.page.url == visit.base + service_page.PATHS[language]["statement"]
    assert "WCAG 2.1" in visit.page.locator("main").inner_text()
    run_axe(axe, visit, f"statement-{language}")
    screenshot(visit, f"statement-{language}")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_an_error_links_its_summary_to_the_field_and_passes_axe(visit, axe, language: str) -> None:
    page = visit.page
    visit.goto(service_page.PATHS[language]["form"])
    with page.expect_navigation() as navigation:
        page.click("#submit")  # no file, no text
    assert navigation.value.status == 400
    summary = page.locator(".error-summary")
    assert service_page.PAGE_PROBLEMS["no-file"][language] in summary.inner_text()
    summary.locator("a").click()
    assert page.evaluate("document.activeElement.id") == "file"  # the link takes the focus to the field
    run_axe(axe, visit, f"error-{language}")
    screenshot(visit, f"error-{language}")


def test_the_form_works_without_javascript(browser, server) -> None:
    visit = Visit(browser, server, javascript=False)
    try:
        visit.goto("/en/")
        visit.page.fill("#text", VALID.read_text(encoding="utf-8"))
        visit.submit(format="yaml")
        assert visit.page.locator("#verdict").inner_text().endswith(service_page.TEXTS["en"]["verdict_ok"])
        assert service_page.TEXTS["en"]["pasted_text"] in visit.page.locator(".verdict").inner_text()
    finally:
        visit.close()


def test_the_keyboard_reaches_every_control_in_order_with_a_skip_link(visit) -> None:
    page = visit.page
    visit.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert page.locator(".skip").bounding_box()["y"] >= 0  # shown when focused
    page.keyboard.press("Enter")
    reached = []
    for _ in range(20):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.id || document.activeElement.tagName"))
        if reached[-1] == "submit":
            break
    controls = [r for r in reached if r in {"file", "text", "format", "profile", "level-full", "submit"}]
    assert controls == ["file", "text", "format", "profile", "level-full", "submit"], reached
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # the focus is visible


@pytest.mark.parametrize("path", ["/", "/en/accessibility"])
def test_the_pages_fit_320_pixels_without_horizontal_scrolling(browser, server, path: str) -> None:
    visit = Visit(browser, server, width=320)
    try:
        visit.goto(path)
        assert visit.page.evaluate("document.documentElement.scrollWidth") <= 320
        if path == "/":
            visit.submit(BROKEN)
            assert visit.page.evaluate("document.documentElement.scrollWidth") <= 320
        screenshot(visit, "narrow-" + ("result" if path == "/" else "statement"))
    finally:
        visit.close()
