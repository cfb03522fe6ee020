"""The lifecycle of a conformance case: which decision records govern it, and whether it may be
``approved``.

A case states what the validator must report for one input. That statement is normative only as
far as the decisions behind it are: the rules it names come from decision records (``kll governance
index`` links each rule to one, ``rule_decisions`` in ``decisions.json``), and a record binds only
once the forum has accepted it. So:

* a case is governed by the records of the rules it **expects** (any severity);
* every case is also governed by the records of the **shared rules** every profile checks (reading
  input, package structure, record classes, references, identifiers): its verdict is a verdict
  under the definition of conformance those rules and record 0012 give;
* a case that expects **no violation** claims that none of its profile's rules fires, so it is
  governed by the records of every rule its profile checks at level ``full``;
* a rule that no accepted or proposed record names has nothing decided behind it: a case that
  depends on it cannot be approved either.

The least advanced of those records decides: a case may be ``approved`` only when every record
governing it is ``accepted``. This module computes that; :mod:`kll.governance.check` reports it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

import yaml

__all__ = ["CaseFileUnreadable", "CaseStatus", "Governance", "case_files", "governance_of", "read_case_statuses"]

#: A case ID as the case meta-schema allows it; anything else is never printed.
CASE_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
#: Case files are the repository's own content: libyaml's parser where it is installed.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class CaseFileUnreadable(ValueError):
    """A case file that is not YAML at all; the message names the file and line, never its text."""

    def __init__(self, path: Path, line: int | None) -> None:
        super().__init__(f"{path}{f':{line}' if line else ''}: the case file is not valid YAML")
        self.path, self.line = path, line


@dataclass(frozen=True)
class CaseStatus:
    """What the lifecycle needs of one case: where it is, its status and what it expects."""

    id: str
    status: str
    profile: str
    conformant: bool
    rules: frozenset[str]
    path: Path
    line: int


@dataclass(frozen=True)
class Governance:
    """The records that govern a case (by number) and the rules it depends on that no record names."""

    records: frozenset[int]
    rules_without_record: frozenset[str]


def case_files(folder: Path) -> list[Path]:
    """Every case file below ``folder``; files in ``data/`` folders are inputs, not case files."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*.yaml") if "data" not in p.relative_to(folder).parts)


def read_case_statuses(folder: Path) -> list[CaseStatus]:
    """The cases of every case file below ``folder``; entries that are not cases as the
    meta-schema describes them are left to ``kll conformance`` to report.

    Raises ``CaseFileUnreadable`` when a case file is not YAML at all."""
    out: list[CaseStatus] = []
    for path in case_files(folder):
        text = path.read_text(encoding="utf-8")
        try:
            document = yaml.load(text, Loader=_LOADER)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            raise CaseFileUnreadable(path, mark.line + 1 if mark else None) from None
        entries = document.get("cases") if isinstance(document, dict) else None
        lines = text.split("\n")
        for entry in entries if isinstance(entries, list) else []:
            case = _case(entry, path, lines)
            if case is not None:
                out.append(case)
    return out


def _case(entry: Any, path: Path, lines: list[str]) -> CaseStatus | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not CASE_ID.match(entry["id"]):
        return None
    expected = entry.get("expected") if isinstance(entry.get("expected"), dict) else {}
    findings = expected.get("findings") if isinstance(expected.get("findings"), list) else []
    rules = frozenset(f["rule"] for f in findings if isinstance(f, dict) and isinstance(f.get("rule"), str))
    pattern = re.compile(rf"^\s*(?:-\s+)?id:\s*['\"]?{re.escape(entry['id'])}['\"]?\s*$")
    line = next((i + 1 for i, text in enumerate(lines) if pattern.match(text)), 1)
    return CaseStatus(
        id=entry["id"], status=str(entry.get("status", "")), profile=str(entry.get("profile", "")),
        conformant=expected.get("conformant") is True, rules=rules, path=path, line=line,
    )


def governance_of(
    case: CaseStatus, *, rule_records: Mapping[str, int], shared: Iterable[str],
    profile_rules: Callable[[str], Iterable[str] | None], known_rules: Iterable[str],
) -> Governance:
    """The records governing ``case``.

    ``rule_records`` maps a rule ID to the number of its record; ``shared`` are the rules every
    profile checks; ``profile_rules(profile)`` the rules a profile checks at level full (None for
    an unknown profile, which ``kll conformance`` reports); ``known_rules`` the rule catalogue: a
    rule outside it is a broken case, reported by ``kll conformance``, not a lifecycle question.
    """
    known = set(known_rules)
    depends = set(shared) | (case.rules & known)
    if case.conformant:
        depends |= set(profile_rules(case.profile) or ())
    records = frozenset(rule_records[rule] for rule in depends if rule in rule_records)
    return Governance(records, frozenset(rule for rule in depends if rule not in rule_records))
