#!/usr/bin/env bash
# Installs Node.js and npm for the ajv reference adapter (examples/implementations/ajv/, its test in
# tests/test_rule_ids.py): Debian's nodejs and npm packages, from Debian's own archive. CI runs this
# as root on a fresh Debian machine (`make adapters-js`); a developer without root gets a notice,
# and the ajv test skips.
set -euo pipefail

if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-node: no apt-get here; install Node.js 18 or later and npm with your system's package manager."
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
else
    echo "install-node: needs root to run apt-get install nodejs npm; until then the ajv adapter test skips."
    exit 0
fi
"${SUDO[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
