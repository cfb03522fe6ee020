"""What the renderers share: languages, words, and the grouping of findings by rule."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ..artifacts.modelindex import model_index
from ..validation.report import Finding, Report, Severity


def model_version() -> str:
    """The version of the model the reports are checked against (the shipped model index)."""
    return model_index().model_version

LANGUAGES = ("en", "sv")

#: Characters a terminal or a text viewer acts on instead of showing: C0 controls (ESC starts a
#: sequence that can move the cursor, erase a line or retitle the window; a newline or carriage
#: return can start a forged line), DEL, C1 controls (U+009B is a one-character CSI on some
#: terminals), the Unicode line and paragraph separators, the bidirectional embeddings, overrides
#: and isolates that reorder what follows them (the "Trojan Source" characters) with the marks
#: U+200E, U+200F and U+061C, and lone surrogates, which no encoder can write.
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
#: The same set less the C0 controls, which ``json.dumps`` escapes already and which, outside a
#: string, are the pretty-printed file's own line breaks.
_UNPRINTABLE_IN_JSON = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_one(match: re.Match[str]) -> str:
    char = match[0]
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every character a terminal would act on shown as a visible escape.

    ESC becomes ``\\x1b``, a newline ``\\n``, a right-to-left override ``\\u202e``: a key or IRI
    in the data can then neither colour, move nor hide the report's own lines, nor forge a line of
    its own. A backslash already in the text is left as it is (paths on Windows keep their look),
    so ``\\n`` in the output may also be those two characters in the data.
    """
    return _UNPRINTABLE.sub(_escape_one, text)


def json_safe(rendered: str) -> str:
    """Serialised JSON with the characters :func:`printable` escapes written as ``\\uXXXX``.

    ``json.dumps(..., ensure_ascii=False)`` escapes only C0 controls: DEL, C1 controls, the line
    separators and the bidi controls would reach a terminal that shows the file, and a lone
    surrogate would make the text impossible to encode as UTF-8. Every such character can only
    occur inside a JSON string, where ``\\uXXXX`` is the same value to any JSON reader.
    """
    return _UNPRINTABLE_IN_JSON.sub(lambda match: f"\\u{ord(match[0]):04x}", rendered)


#: Singular and plural of the words a summary counts, per language.
WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "violation": ("violation", "violations"),
        "warning": ("warning", "warnings"),
        "info": ("info", "infos"),
        "file": ("file", "files"),
        "record": ("record", "records"),
        "finding": ("finding", "findings"),
    },
    "sv": {
        # the project's binding terms (the glossary): violation → fel, finding → anmärkning
        "violation": ("fel", "fel"),
        "warning": ("varning", "varningar"),
        "info": ("upplysning", "upplysningar"),
        "file": ("fil", "filer"),
        "record": ("post", "poster"),
        "finding": ("anmärkning", "anmärkningar"),
    },
}

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "conformant": "conformant",
        "not_conformant": "not conformant",
        "nothing_checked": "nothing was checked",
        "no_findings": "No findings.",
        "see": "see",
        "detail": "detail",
        "checked_by": "checked by kll {kll} against model {model}",
        "reference_date": ", reference date {date}",
    },
    "sv": {
        "conformant": "uppfyller kraven",
        "not_conformant": "uppfyller inte kraven",
        "nothing_checked": "inget kontrollerades",
        "no_findings": "Inga anmärkningar.",
        "see": "se",
        "detail": "detalj",
        "checked_by": "kontrollerat av kll {kll} mot modell {model}",
        "reference_date": ", referensdatum {date}",
    },
}


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")
    return language


def count(n: int, word: str, language: str) -> str:
    """``1 violation``, ``2 violations``, ``0 fel``."""
    singular, plural = WORDS[language][word]
    return f"{n} {singular if n == 1 else plural}"


def phrase(key: str, language: str) -> str:
    return PHRASES[language][key]


@dataclass(frozen=True)
class RuleGroup:
    """The findings of one rule, in ``ordered()`` order.

    ``severity`` is the most severe among them (a rule has one severity; this only guards against
    a stage that reports the same rule at two levels).
    """

    rule: str
    severity: Severity
    findings: tuple[Finding, ...]

    @property
    def first(self) -> Finding:
        return self.findings[0]

    @property
    def documentation(self) -> str:
        return self.first.documentation


def group_by_rule(findings: list[Finding] | tuple[Finding, ...]) -> list[RuleGroup]:
    """Findings grouped by rule, rules ordered by severity (violation first) then rule ID.

    Within a group the findings keep the order they are given in (pass ``ordered(report)``).
    """
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.rule, []).append(finding)
    result = [
        RuleGroup(rule, min((f.severity for f in members), key=lambda s: s.rank), tuple(members))
        for rule, members in groups.items()
    ]
    return sorted(result, key=lambda group: (group.severity.rank, group.rule))


def _tiebreak(finding: Finding) -> tuple:
    loc = finding.location

    def number(value: int | None) -> int:
        return -1 if value is None else value

    return (
        number(loc.line),
        number(loc.column),
        loc.focus_node or "",
        loc.path or "",
        finding.message_en,
        finding.message_sv,
        finding.detail or "",
        finding.detail_sv or "",
    )


def ordered(report: Report) -> list[Finding]:
    """``Report.sorted()``, with ties broken by the rest of the finding.

    ``Finding.sort_key`` stops at (file, record, pointer, severity, rule), so two findings that
    differ only in line, column, focus node, path or message would keep the order the stages
    happened to produce them in. This refines that order without changing it anywhere it decides,
    so every renderer prints the same findings the same way whatever order they were collected in.
    """
    return sorted(report.findings, key=lambda f: (f.sort_key(), _tiebreak(f)))


def ordered_stream(report: Report) -> Iterable[Finding]:
    """``ordered(report)`` a finding at a time where the findings are on disk (a list otherwise)."""
    findings = report.findings
    if hasattr(findings, "ordered"):  # kll.validation.findings_store.SpilledFindings
        return findings.ordered(_tiebreak)
    return ordered(report)


def groups_of(report: Report) -> list[RuleGroup]:
    """``group_by_rule(ordered(report))``; for findings on disk each group's findings stay on disk."""
    findings = report.findings
    if hasattr(findings, "groups"):
        return [RuleGroup(rule, severity, members) for rule, severity, members in findings.groups(_tiebreak)]
    return group_by_rule(ordered(report))


def report_files(report: Report) -> list[str]:
    """Every file the report knows of, checked or named by a finding, sorted like its findings."""
    return sorted(set(report.files) | {f.location.file for f in report.findings})
