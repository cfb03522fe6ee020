"""The known-gaps register (``model/known-gaps.yaml``): what an artifact does not carry, and why."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .paths import model_dir

__all__ = ["RegisterError", "Disagreement", "Gap", "ExplainedWarning", "Register", "load_register", "explain_warnings"]

ARTIFACTS = {"json-schema", "shacl", "python", "jsonld-context", "owl", "rules"}
STATUSES = {"handled", "delegated", "accepted"}


@dataclass(frozen=True)
class Gap:
    id: str
    artifact: str
    construct: str
    status: str
    description: str
    resolution: str


@dataclass(frozen=True)
class ExplainedWarning:
    match: str
    reason: str


@dataclass(frozen=True)
class Disagreement:
    """A declared disagreement of one artifact with the expected outcome of conformance cases.

    ``direction`` is ``accepts`` (the artifact passes cases that break rules matching ``rules`` /
    ``origin``) or ``rejects`` (it fails valid cases whose id matches ``cases``).
    """

    gap: str
    artifact: str
    direction: str
    rules: str = ".*"
    origin: str | None = None
    cases: str = "^$"


@dataclass(frozen=True)
class Register:
    gaps: list[Gap]
    warnings: list[ExplainedWarning]
    disagreements: list[Disagreement]


class RegisterError(ValueError):
    """The known-gaps register is missing or malformed."""


def load_register(root: Path | None = None) -> Register:
    """Load and check the register; raises ``RegisterError`` naming what is wrong.

    The agreement matrix asks once per disagreement (about 1,700 times a run), so a register is
    parsed once per version of the file: the cache is keyed by its path, size and modification time.
    """
    path = model_dir(root) / "known-gaps.yaml"
    try:
        stat = path.stat()
    except OSError as error:
        raise RegisterError(f"{path}: {error}") from None
    return _parse_register(path, stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=8)
def _parse_register(path: Path, size: int, mtime_ns: int) -> Register:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise RegisterError(f"{path}: {error}") from None
    gaps = []
    for entry in data.get("gaps", []):
        try:
            gap = Gap(**entry)
        except TypeError as error:
            raise RegisterError(f"{path}: entry {entry.get('id', '?')}: {error}") from None
        if gap.artifact not in ARTIFACTS:
            raise RegisterError(f"{gap.id}: unknown artifact {gap.artifact!r}")
        if gap.status not in STATUSES:
            raise RegisterError(f"{gap.id}: unknown status {gap.status!r}")
        gaps.append(gap)
    ids = [g.id for g in gaps]
    if len(ids) != len(set(ids)):
        raise RegisterError("duplicate gap ids in known-gaps.yaml")
    warnings = [ExplainedWarning(**w) for w in data.get("warnings") or []]
    for warning in warnings:
        re.compile(warning.match)
    try:
        disagreements = [Disagreement(**d) for d in data.get("disagreements") or []]
    except TypeError as error:
        raise RegisterError(f"{path}: disagreements: {error}") from None
    for entry in disagreements:
        if entry.gap not in ids:
            raise RegisterError(f"{path}: disagreement names unknown gap {entry.gap}")
        if entry.artifact not in {"json-schema", "shacl", "python", "rules"} or entry.direction not in {"accepts", "rejects"}:
            raise RegisterError(f"{path}: disagreement for {entry.gap}: bad artifact or direction")
        re.compile(entry.rules), re.compile(entry.cases)
    return Register(gaps=gaps, warnings=warnings, disagreements=disagreements)


def explain_warnings(messages: list[str], root: Path | None = None) -> list[str]:
    """The generator warnings that no register entry explains."""
    explained = load_register(root).warnings
    return [m for m in messages if not any(re.search(w.match, m) for w in explained)]
