# Shared by tools/install-browser.sh and tools/install-node.sh (sourced, not run): how they reach
# Debian's archive. Both install Debian packages only, never fail for a developer without root (the
# test that needs the package then skips), and print their own notices; this file holds the part
# that was the same in both.

# apt_available: whether apt-get is here (Debian or Ubuntu).
apt_available() {
    command -v apt-get >/dev/null 2>&1
}

# apt_find_root: sets the array APT_SUDO to the prefix that runs a command as root — empty when
# this is root, `sudo -n` with passwordless sudo — and returns 1 when neither is at hand.
apt_find_root() {
    if [ "$(id -u)" -eq 0 ]; then
        APT_SUDO=()
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        APT_SUDO=(sudo -n)
    else
        return 1
    fi
}

# apt_install quiet|verbose PACKAGE...: apt-get update, then install the packages without the
# recommended ones and without questions; `quiet` prints only errors. Needs apt_find_root first.
apt_install() {
    local mode="$1"
    shift
    if [ "$mode" = quiet ]; then
        "${APT_SUDO[@]}" apt-get update -qq
        "${APT_SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends "$@" >/dev/null
    else
        "${APT_SUDO[@]}" apt-get update
        "${APT_SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y --no-install-recommends "$@"
    fi
}
