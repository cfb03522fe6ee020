#!/usr/bin/env bash
# Installs Node.js and npm for the ajv reference adapter (examples/implementations/ajv/, its test in
# tests/test_rule_ids.py): Debian's nodejs and npm packages, from Debian's own archive. CI runs this
# as root on a fresh Debian machine (`make adapters-js`); a developer without root gets a notice,
# and the ajv test skips.
set -euo pipefail

if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    exit 0
fi
# shellcheck source=tools/apt-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/apt-lib.sh"

if ! apt_available; then
    echo "install-node: no apt-get here; install Node.js 18 or later and npm with your system's package manager."
    exit 0
fi
if ! apt_find_root; then
    echo "install-node: needs root to run apt-get install nodejs npm; until then the ajv adapter test skips."
    exit 0
fi
apt_install quiet nodejs npm
