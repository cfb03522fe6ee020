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
* every case is governed by the records of **every rule its profile checks** at level ``full``:
  its ``findings`` list is exhaustive, so a case claims the outcome of each of those rules (that it
  fires, or that it does not), whether it expects the input to conform or not;
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
    """A case file that cannot be read as YAML text (not YAML, not UTF-8, not a readable file); the
    message names the file and line, never its text. ``readable`` is False when the file could not
    be read as UTF-8 text at all, True when it was read but is not valid YAML."""

    def __init__(self, path: Path, line: int | None, *, readable: bool = True) -> None:
        self.path, self.line, self.readable = path, line, readable
        super().__init__(f"{path}{f':{line}' if line else ''}: {self.reason('en')}")

    def reason(self, language: str) -> str:
        """What is wrong with the file, in ``language`` (``en`` or ``sv``)."""
        if self.readable:
            return "testfallsfilen är inte giltig YAML" if language == "sv" else "the case file is not valid YAML"
        return ("testfallsfilen kan inte läsas som UTF-8-text" if language == "sv"
                else "the case file cannot be read as UTF-8 text")


@dataclass(frozen=True)
class CaseStatus:
    """What the lifecycle needs of one case: where it is, its status and what it expects."""

    id: str | None  # None when the entry has no ID the meta-schema allows; such an ID is never printed
    position: int  # the entry's 1-based place in its file's list of cases
    status: str
    profile: str
    rules: frozenset[str]
    path: Path
    line: int


@dataclass(frozen=True)
class Governance:
    """The records that govern a case (by number) and the rules it depends on that no record names."""

    records: frozenset[int]
    rules_without_record: frozenset[str]
    #: The case names no profile of the suite: the records of its profile's rules cannot be known,
    #: so it cannot be approved (else a mistyped profile would approve on the shared rules alone).
    unknown_profile: bool = False


def case_files(folder: Path) -> list[Path]:
    """Every case file below ``folder``; files in ``data/`` folders are inputs, not case files."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*.yaml") if "data" not in p.relative_to(folder).parts)


def read_case_statuses(folder: Path) -> list[CaseStatus]:
    """The entries of every case file below ``folder`` that can be told apart as cases: each mapping
    in the file's ``cases`` list, or in a file that is a list itself. Everything else about their
    form is left to ``kll conformance`` to report; but an entry that claims ``approved`` (in any
    letter case) is returned even when its ID or other fields are malformed, so that a malformed
    case cannot slip past the lifecycle.

    Raises ``CaseFileUnreadable`` when a case file is not UTF-8 text or not YAML at all."""
    out: list[CaseStatus] = []
    for path in case_files(folder):
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            raise CaseFileUnreadable(path, None, readable=False) from None
        try:
            document = yaml.load(text, Loader=_LOADER)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            raise CaseFileUnreadable(path, mark.line + 1 if mark else None) from None
        entries = document.get("cases") if isinstance(document, dict) else document
        if not isinstance(entries, list):
            continue
        lines = _entry_lines(text, isinstance(document, dict)) if any(_approved(e) for e in entries) else []
        for position, entry in enumerate(entries, start=1):
            case = _case(entry, path, position, lines)
            if case is not None:
                out.append(case)
    return out


def _approved(entry: Any) -> bool:
    return isinstance(entry, dict) and str(entry.get("status", "")).strip().lower() == "approved"


def _entry_lines(text: str, under_cases: bool) -> list[int]:
    """The 1-based line where each entry of the list of cases starts, read from the YAML node tree
    (only needed, and only parsed, when a file has an approved entry)."""
    node = yaml.compose(text, Loader=_LOADER)
    if under_cases and isinstance(node, yaml.MappingNode):
        node = next((value for key, value in node.value if isinstance(key, yaml.ScalarNode) and key.value == "cases"), None)
    return [item.start_mark.line + 1 for item in node.value] if isinstance(node, yaml.SequenceNode) else []


def _case(entry: Any, path: Path, position: int, lines: list[int]) -> CaseStatus | None:
    if not isinstance(entry, dict):
        return None
    approved = _approved(entry)
    case_id = entry["id"] if isinstance(entry.get("id"), str) and CASE_ID.match(entry["id"]) else None
    if case_id is None and not approved:
        return None  # a malformed entry that claims nothing is for ``kll conformance`` to report
    expected = entry.get("expected") if isinstance(entry.get("expected"), dict) else {}
    findings = expected.get("findings") if isinstance(expected.get("findings"), list) else []
    rules = frozenset(f["rule"] for f in findings if isinstance(f, dict) and isinstance(f.get("rule"), str))
    return CaseStatus(
        id=case_id, position=position, status="approved" if approved else str(entry.get("status", "")),
        profile=str(entry.get("profile", "")), rules=rules,
        path=path, line=lines[position - 1] if position <= len(lines) else 1,
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
    # a case's findings are exhaustive, so it claims the outcome of every rule its profile checks
    of_profile = profile_rules(case.profile)
    depends = set(shared) | (case.rules & known) | set(of_profile or ())
    records = frozenset(rule_records[rule] for rule in depends if rule in rule_records)
    return Governance(records, frozenset(rule for rule in depends if rule not in rule_records), unknown_profile=of_profile is None)
