"""The one report language of every validation stage.

A ``Finding`` names a stable rule, its severity, the stage that found it, where it is and what is
wrong in Swedish and English. A ``Report`` is the findings of one run with what was checked.
Conformant means zero violations (warnings and infos do not count), and a report that checked
nothing is never conformant.

Findings never carry the values of data they point at, so personal data (personnummer, names of
data subjects) is not echoed; ``detail`` holds a non-personal technical note where one helps, in
English and (``detail_sv``) in Swedish: a stage or check gives it as a ``Detail`` pair.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields
from enum import Enum
from typing import NamedTuple

from ..artifacts.jsonpointer import pointer_token
from .severity import Severity

__all__ = ["Stage", "Location", "Detail", "Finding", "Report", "Severity", "RULE_DOCS", "pointer_token"]

#: The rule of a record the validator failed on (see ``kll.validation.engine.failure``).
INTERNAL_ERROR = "internal.error"

#: The namespace of rule IRIs, a rule's identifier (decision record 0004); where a report links
#: for a rule is :attr:`Finding.documentation`.
RULE_DOCS = "https://w3id.org/kll/rule/"


class Stage(str, Enum):
    INPUT = "input"
    STRUCTURAL = "structural"
    SEMANTIC = "semantic"
    RULES = "rules"


@dataclass(frozen=True)
class Location:
    """Where a finding is: the file, and inside it whatever the stage can tell.

    ``record`` is the 0-based index of the record (line number − 1 in JSON Lines, position in its
    list in a data package); ``pointer`` a JSON Pointer into the file's document; ``line`` and
    ``column`` are 1-based where a parser reports them; ``focus_node`` and ``path`` are the RDF
    node and property for findings from the RDF stages. ``record_id`` is the identifier the
    record has in its own format, for findings about a file in a foreign format (``emil3``,
    ``elm``, ``sssom``, ``dcat``; see ``kll.adapters``), where ``pointer`` is then in that
    format's terms too.
    """

    file: str
    record: int | None = None
    pointer: str | None = None
    line: int | None = None
    column: int | None = None
    focus_node: str | None = None
    path: str | None = None
    record_id: str | None = None

    def describe(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(f"line {self.line}" + (f", column {self.column}" if self.column is not None else ""))
        if self.record_id is not None:
            parts.append(f"record {self.record_id}")
        if self.pointer is not None:
            parts.append(self.pointer or "/")
        elif self.record is not None:
            parts.append(f"record {self.record}")
        if self.focus_node is not None and self.pointer is None and self.focus_node != self.record_id:
            parts.append(f"node {self.focus_node}")
        if self.path is not None and self.pointer is None:
            parts.append(f"path {self.path}")
        return ": ".join(parts[:1]) + (" " + " ".join(parts[1:]) if len(parts) > 1 else "")


#: Location's fields in declaration order: the order of the JSON report's ``location`` keys.
_LOCATION_FIELDS = tuple(f.name for f in fields(Location))


class Detail(NamedTuple):
    """A finding's note in English and Swedish. A plain string stays a valid detail for notes
    without words of either language (a file suffix, a number); it reads the same in both."""

    en: str
    sv: str


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    stage: Stage
    location: Location
    message_en: str
    message_sv: str
    #: The English note; given as a ``Detail`` it is split into this and ``detail_sv``.
    detail: "str | Detail | None" = None
    #: The Swedish note, when the note has words; None reads ``detail`` in both languages.
    detail_sv: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.detail, Detail):
            english, swedish = self.detail
            object.__setattr__(self, "detail", english)
            object.__setattr__(self, "detail_sv", swedish)

    @property
    def documentation(self) -> str:
        """Where the reader learns about the rule (:mod:`kll.validation.documentation`): its page on
        the site, in the site's default language, until the rule IRI's namespace is registered."""
        return self.documentation_in("sv")

    def documentation_in(self, language: str) -> str:
        """The rule's documentation address for a report in ``language``."""
        from .documentation import rule_documentation

        return rule_documentation(self.rule, language)

    def message(self, language: str = "en") -> str:
        return self.message_sv if language == "sv" else self.message_en

    def detail_in(self, language: str = "en") -> str | None:
        """The note in ``language`` (``sv`` or ``en``); one without a Swedish form reads the same."""
        if language == "sv" and self.detail_sv is not None:
            return self.detail_sv
        return self.detail  # type: ignore[return-value]  # a Detail never survives __post_init__

    def to_dict(self) -> dict:
        """The finding as the JSON report writes it: rule, severity, stage, location (only its known
        parts), message_en, message_sv, detail / detail_en / detail_sv when there is a detail, and
        documentation, in that order. Built field by field: ``dataclasses.asdict`` deep-copies
        every value, which cost a third of writing a large report."""
        location = self.location
        data = {
            "rule": self.rule,
            "severity": self.severity.value,
            "stage": self.stage.value,
            "location": {name: value for name in _LOCATION_FIELDS if (value := getattr(location, name)) is not None},
            "message_en": self.message_en,
            "message_sv": self.message_sv,
        }
        # detail stays English for readers of earlier reports; detail_en / detail_sv name each language
        # as message_en / message_sv do, so the JSON report is the same whatever --lang says.
        if self.detail is not None:
            data["detail"] = data["detail_en"] = self.detail
            data["detail_sv"] = self.detail if self.detail_sv is None else self.detail_sv
        data["documentation"] = self.documentation
        return data

    def sort_key(self):
        loc = self.location
        return (
            loc.file, -1 if loc.record is None else loc.record, loc.pointer or "", self.severity.rank, self.rule,
            loc.line or 0, loc.column or 0, loc.focus_node or "", loc.path or "", self.message_en,
        )


@dataclass
class Report:
    """The findings of one run, in a deterministic order, and what was checked."""

    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    records: int = 0
    stages: list[Stage] = field(default_factory=list)
    #: The day (YYYY-MM-DD) against which rules judged dates that may have passed, e.g. a data
    #: flow's review date; the same files give the same report for the same reference date.
    reference_date: str | None = None

    @property
    def counts(self) -> dict[str, int]:
        findings = self.findings
        # findings on disk (kll.validation.findings_store) count themselves, once
        counted = findings.counts() if hasattr(findings, "counts") else Counter(f.severity.value for f in findings)
        return {severity.value: counted.get(severity.value, 0) for severity in Severity}

    @property
    def conformant(self) -> bool:
        """Zero violations, and at least one record was checked."""
        return self.records > 0 and self.counts["violation"] == 0

    @property
    def input_errors(self) -> list[Finding]:
        return [f for f in self.findings if f.stage is Stage.INPUT and f.severity is Severity.VIOLATION]

    @property
    def unreadable(self) -> bool:
        """Whether nothing could be read or checked (an ``input.*`` or ``internal.error`` violation
        and no record): what ``kll validate`` exits 2 for. Input findings on some records or files
        while others were read and checked — one bad line of JSON Lines, one unreadable file of
        several — are violations like any other (exit 1): the report says what was checked."""
        return bool(self.input_errors) and not self.records

    def sorted(self) -> list[Finding]:
        return sorted(self.findings, key=Finding.sort_key)

    def rule_ids(self) -> set[str]:
        return {f.rule for f in self.findings}
