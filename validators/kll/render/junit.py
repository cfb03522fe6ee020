"""JUnit XML, the test-report format CI systems read (GitLab ``artifacts:reports:junit``, Jenkins
``junit``): ``testsuites`` / ``testsuite`` / ``testcase`` / ``failure``.

Granularity: one ``testsuite`` per file, one ``testcase`` per (file, rule) that has findings in
that file, plus one passing ``conformant`` test case for every file without violations. Why not
one test case per record:

* The identity of a test case (``classname`` + ``name`` = file + rule ID) is stable from run to
  run, so GitLab's merge-request widget and Jenkins' test history can say "newly failing" and
  "fixed" per rule and file. Record indexes shift whenever a record is inserted, so per-record
  cases would show as churn.
* The size stays bounded by files × rules. A rule broken in every one of 50 000 records is one
  red line with the locations in its failure text, not 50 000 red lines that bury the other rules
  (GitLab also truncates long test lists).
* A report knows only the records that have findings, not which records passed, so per-record
  cases could not show the passing ones anyway.

In GitLab the ``classname`` is shown as the "Suite" column, so it is the file; the ``file``
attribute fills the "Filename" column. Jenkins splits ``classname`` at dots into package and class
(``data/x.jsonl`` → package ``data/x``, class ``jsonl``); the file path is kept as it is anyway,
because rewriting it would make the report disagree with the other formats.

Violations are a ``<failure>`` (``type`` = severity, ``message`` = count and rule message in the
chosen language, text = one line per location). Warnings and infos never fail a test: they are
listed in the test case's ``<system-out>``. A report that checked no records is never conformant,
so it gets a failing ``records checked`` test case in a ``kll`` suite: the build fails exactly
when the report is not conformant, and the output is never an empty ``testsuites``.

``failures`` counts failing test cases (not violations); no ``time`` or ``timestamp`` attributes,
so the same report gives the same bytes.

Text from the report (file names, rule IDs, messages, locations, details) cannot break the file
or act on its reader: a character XML 1.0 cannot carry (most C0 controls, ESC among them, lone
surrogates, U+FFFE, U+FFFF) becomes U+FFFD, and the ones it can carry but a CI log or page would
act on (tab, newline, carriage return, DEL, C1 controls, line separators, bidi overrides) are shown
as visible escapes (``\\n``, ``\\x9b``, ``\\u202e``), as in the text report.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from .. import __version__
from ..validation.report import Finding, Report, Severity
from ._common import check_language, count, group_by_rule, model_version, ordered, phrase, printable, report_files

__all__ = ["render", "CONFORMANT_CASE", "NOTHING_CHECKED_CASE", "REPORT_SUITE"]

#: Test case names are identifiers (stable across languages); messages follow the language.
CONFORMANT_CASE = "conformant"
NOTHING_CHECKED_CASE = "records checked"
REPORT_SUITE = "kll"

_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    """Text from the report fit for XML 1.0 (ElementTree would write a character XML cannot carry
    and break the file) and with the rest of what a reader's terminal acts on made visible."""
    return printable(_NOT_XML.sub("\ufffd", text))


def _finding_line(finding: Finding, group_message: str, language: str) -> str:
    line = _xml(finding.location.describe())
    own = finding.message(language)
    if own != group_message:
        line += ": " + _xml(own)
    if finding.detail is not None:
        line += f" ({phrase('detail', language)}: {_xml(finding.detail_in(language))})"
    return line


def _text_block(findings: tuple[Finding, ...], message: str, documentation: str, language: str, prefix: str = "") -> str:
    """The lines of a failure or system-out text; each piece from the report is escaped on its own,
    so the line breaks between them are the only ones left."""
    lines = [prefix + _xml(message)] if prefix else []
    lines += [_finding_line(f, message, language) for f in findings]
    lines.append(f"{phrase('see', language)} {_xml(documentation)}")
    return "\n".join(lines)


def _suite(parent: ET.Element, name: str, reference_date: str | None = None) -> ET.Element:
    suite = ET.SubElement(parent, "testsuite", {"name": _xml(name)})
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", {"name": "kll.version", "value": __version__})
    ET.SubElement(properties, "property", {"name": "kll.model_version", "value": model_version()})
    if reference_date:
        ET.SubElement(properties, "property", {"name": "kll.reference_date", "value": reference_date})
    return suite


def _case(suite: ET.Element, classname: str, name: str, file: str | None = None) -> ET.Element:
    attributes = {"classname": _xml(classname), "name": _xml(name)}
    if file is not None:
        attributes["file"] = _xml(file)
    return ET.SubElement(suite, "testcase", attributes)


def _close_suite(suite: ET.Element) -> tuple[int, int]:
    cases = suite.findall("testcase")
    failures = sum(1 for case in cases if case.find("failure") is not None)
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", "0")
    return len(cases), failures


def render(report: Report, *, language: str = "en") -> str:
    check_language(language)
    root = ET.Element("testsuites", {"name": REPORT_SUITE})
    findings = ordered(report)
    stages = ",".join(stage.value for stage in report.stages)
    for file in report_files(report):
        suite = _suite(root, file, report.reference_date)
        if stages:
            ET.SubElement(suite.find("properties"), "property", {"name": "kll.stages", "value": stages})
        groups = group_by_rule([f for f in findings if f.location.file == file])
        for group in groups:
            case = _case(suite, file, group.rule, file)
            message = group.first.message(language)
            violations = tuple(f for f in group.findings if f.severity is Severity.VIOLATION)
            others = tuple(f for f in group.findings if f.severity is not Severity.VIOLATION)
            if violations:
                failure = ET.SubElement(
                    case,
                    "failure",
                    {"type": Severity.VIOLATION.value, "message": _xml(f"{count(len(violations), 'violation', language)}: {message}")},
                )
                failure.text = _text_block(violations, message, group.documentation, language)
            if others:
                out = ET.SubElement(case, "system-out")
                blocks = []
                for severity in (Severity.WARNING, Severity.INFO):
                    of_severity = tuple(f for f in others if f.severity is severity)
                    if of_severity:
                        prefix = f"{count(len(of_severity), severity.value, language)}: "
                        blocks.append(_text_block(of_severity, message, group.documentation, language, prefix))
                out.text = "\n\n".join(blocks)
        if not any(f.severity is Severity.VIOLATION for group in groups for f in group.findings):
            _case(suite, file, CONFORMANT_CASE, file)
    if report.records == 0:
        suite = _suite(root, REPORT_SUITE, report.reference_date)
        case = _case(suite, REPORT_SUITE, NOTHING_CHECKED_CASE)
        message = f"{phrase('not_conformant', language)}: {phrase('nothing_checked', language)} ({count(0, 'record', language)})"
        ET.SubElement(case, "failure", {"type": "nothing-checked", "message": message}).text = message
    tests = failures = 0
    for suite in root.findall("testsuite"):
        suite_tests, suite_failures = _close_suite(suite)
        tests += suite_tests
        failures += suite_failures
    root.set("tests", str(tests))
    root.set("failures", str(failures))
    root.set("errors", "0")
    root.set("skipped", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
