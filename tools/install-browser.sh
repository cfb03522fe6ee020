#!/usr/bin/env bash
# Installs the browser that tests/test_site_browser.py drives: Debian's chromium package, from
# Debian's own archive (no browser download from anywhere else). CI runs this as root on a fresh
# Debian machine before `make test`; developers run it with `make browser`.
#
#   chromium already on PATH        -> nothing to do
#   root, or passwordless sudo      -> apt-get install chromium (and a font, so pages render text)
#   otherwise                       -> a notice; the browser test will skip, exit 0
#
# Never fails for a developer without root: `make setup` and `make test` keep working, the
# browser test then skips with a message naming this script.
set -euo pipefail

PACKAGES=(chromium fonts-dejavu-core)

for candidate in chromium chromium-browser; do
    if command -v "$candidate" >/dev/null 2>&1; then
        echo "install-browser: $(command -v "$candidate") is already installed; nothing to do."
        exit 0
    fi
done

# shellcheck source=tools/apt-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/apt-lib.sh"

if ! apt_available; then
    echo "install-browser: no apt-get here (not Debian or Ubuntu). Install Chromium with your"
    echo "install-browser: system's package manager; until then tests/test_site_browser.py skips."
    exit 0
fi

if ! apt_find_root; then
    echo "install-browser: Chromium is not installed and installing it needs root."
    echo "install-browser: the browser test (tests/test_site_browser.py) will be skipped."
    echo "install-browser: to run it, install Debian's package and re-run the tests:"
    echo "install-browser:     sudo apt-get install --no-install-recommends ${PACKAGES[*]}"
    exit 0
fi

echo "install-browser: installing ${PACKAGES[*]} from the Debian archive"
apt_install verbose "${PACKAGES[@]}"
if ! installed="$(command -v chromium || command -v chromium-browser)"; then
    echo "install-browser: apt-get succeeded but no chromium is on PATH" >&2
    exit 1
fi
echo "install-browser: installed $installed ($("$installed" --version 2>/dev/null || echo 'version unknown'))"
