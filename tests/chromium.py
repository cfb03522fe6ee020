"""Headless Chromium for the browser tests (the documentation site, the validation service's page).

Debian's chromium is launched by path through playwright, which never downloads a browser of its
own. Without a browser the tests skip, unless ``KLL_REQUIRE_BROWSER`` is set (CI sets it), when a
missing browser is a failure. Test modules import the ``browser`` fixture from here.
"""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")
INSTALL_HINT = "install it with tools/install-browser.sh (make browser; needs root or sudo)"


def skip_without_browser(reason: str) -> None:
    if os.environ.get("KLL_REQUIRE_BROWSER"):
        pytest.fail(f"KLL_REQUIRE_BROWSER is set but {reason}")
    pytest.skip(reason)


def find_chromium() -> str | None:
    for candidate in CHROMIUM_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_without_browser("the playwright package is not installed: pip install -e '.[dev]'")
    executable = find_chromium()
    if executable is None:
        skip_without_browser(f"no Chromium found ({', '.join(CHROMIUM_CANDIDATES)}): {INSTALL_HINT}")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def axe():
    """axe-core (bundled in axe-playwright-python) for the accessibility checks of the site and the
    service page."""
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        skip_without_browser("the axe-playwright-python package is not installed: pip install -e '.[dev]'")
    return Axe()
