"""CHANGELOG.md follows Keep a Changelog and agrees with the model's version and release snapshots."""

from __future__ import annotations

import re
from datetime import date

import yaml

from kll.artifacts.paths import repository_root

ROOT = repository_root()
CHANGE_TYPES = {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}
RELEASE = re.compile(r"^## \[(?P<version>\d+\.\d+\.\d+)\] - (?P<date>\d{4}-\d{2}-\d{2})$")


def _sections() -> list[str]:
    return [line for line in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8").split("\n") if line.startswith("## ")]


def _releases() -> list[tuple[tuple[int, ...], date]]:
    out = []
    for line in _sections()[1:]:
        match = RELEASE.match(line)
        assert match, f"not a release heading: {line!r}"
        out.append((tuple(map(int, match["version"].split("."))), date.fromisoformat(match["date"])))
    return out


def test_changelog_starts_with_unreleased_then_releases_newest_first() -> None:
    assert _sections()[0] == "## [Unreleased]"
    releases = _releases()
    assert releases, "no released version"
    assert releases == sorted(releases, reverse=True)


def test_changelog_uses_only_keep_a_changelog_change_types() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    kinds = set(re.findall(r"^### (.+)$", text, re.MULTILINE))
    assert kinds <= CHANGE_TYPES, kinds - CHANGE_TYPES


def test_every_release_snapshot_has_a_changelog_entry() -> None:
    released = {".".join(map(str, version)) for version, _ in _releases()}
    snapshots = {p.stem for p in (ROOT / "model" / "releases").glob("*.json")}
    assert snapshots, "no release snapshot in model/releases/"
    assert snapshots <= released, f"snapshots without a changelog entry: {snapshots - released}"


def test_the_model_version_is_the_latest_release_or_the_next_one() -> None:
    """A version older than the newest changelog release would mean the model went backwards."""
    version = tuple(map(int, yaml.safe_load((ROOT / "model" / "kll.yaml").read_text(encoding="utf-8"))["version"].split(".")))
    latest = max(v for v, _ in _releases())
    assert version >= latest
