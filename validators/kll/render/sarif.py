"""SARIF 2.1.0, for code-scanning views (GitHub, GitLab, IDE SARIF viewers).

One run; ``tool.driver`` is kll with one ``reportingDescriptor`` per rule ID present in the
report, ordered like the text report (severity, then ID) and referenced by ``ruleIndex``. A rule's
``shortDescription`` is its English message, ``fullDescription`` the English and Swedish messages,
``helpUri`` its documentation IRI and ``defaultConfiguration.level`` its severity.

Results follow ``Report.sorted()`` (ties broken by line, column, node, path, message).
Levels: violation → ``error``, warning → ``warning``, info → ``note``. ``message.text`` is in
the chosen language. Each result has one location: the file as ``artifactLocation.uri`` (a relative path stays a relative URI reference, resolved against the
repository root by consumers; an absolute path becomes a ``file:`` URI), a ``region`` when a
line is known (columns are Unicode code points, declared by ``run.columnKind``), and
``logicalLocations`` for the JSON Pointer (kind ``value``) or the RDF focus node (kind
``resource``) and its path (kind ``property``). The record index, stage and ``detail`` (only when
the finding has one) go into the result's property bag. Characters a terminal would act on and
lone surrogates are written as ``\\uXXXX`` escapes, as in the JSON report.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..validation.report import Finding, Report, Severity
from ._common import RuleGroup, check_language, group_by_rule, json_safe, model_version, ordered

__all__ = ["render", "to_data", "SARIF_SCHEMA", "SARIF_VERSION", "LEVELS", "INFORMATION_URI"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
INFORMATION_URI = "https://w3id.org/kll/"

LEVELS = {Severity.VIOLATION: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def _octets(path: str) -> bytes:
    """The bytes of a path, for percent-encoding.

    A file name read from a POSIX file system may hold bytes that are not UTF-8, which Python
    keeps as lone surrogates (``os.fsdecode``): they become the bytes they stand for. Any other
    lone surrogate (from JSON text, say) cannot be UTF-8 and is encoded as it is, so that the
    URI is still written rather than the report lost.
    """
    try:
        return path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogatepass")


def artifact_uri(file: str) -> str:
    """The file as a URI reference: relative paths stay relative, absolute ones become ``file:``."""
    if _DRIVE.match(file):
        return "file:///" + quote(_octets(file.replace("\\", "/")), safe="/:")
    if _SCHEME.match(file):
        return file  # already a URI (e.g. a file fetched from https:)
    if file.startswith("/"):
        return "file://" + quote(_octets(file), safe="/")
    return quote(_octets(file), safe="/")


def _rule(group: RuleGroup) -> dict[str, Any]:
    first = group.first
    rule = {
        "id": group.rule,
        "shortDescription": {"text": first.message_en},
        "fullDescription": {"text": f"{first.message_en} (sv: {first.message_sv})"},
        "helpUri": group.documentation,
        "defaultConfiguration": {"level": LEVELS[group.severity]},
        "properties": _rule_properties(group),
    }
    # SARIF requires an absolute helpUri; a rule page's path on a site of unknown address is not one.
    if not _SCHEME.match(group.documentation):
        del rule["helpUri"]
    return rule


def _rule_properties(group: RuleGroup) -> dict[str, Any]:
    from ..validation.catalogue import catalogue

    properties: dict[str, Any] = {"severity": group.severity.value, "stage": group.first.stage.value}
    rule = catalogue().get(group.rule)
    if rule is not None and rule.decision:
        properties["decision"] = rule.decision  # the decision record the rule comes from
    return properties


def _location(finding: Finding) -> dict[str, Any]:
    loc = finding.location
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(loc.file)}}
    if loc.line is not None:
        region: dict[str, Any] = {"startLine": loc.line}
        if loc.column is not None:
            region["startColumn"] = loc.column
        physical["region"] = region
    location: dict[str, Any] = {"physicalLocation": physical}
    logical = []
    if loc.pointer is not None:
        logical.append({"fullyQualifiedName": loc.pointer, "kind": "value"})
    if loc.focus_node is not None:
        logical.append({"fullyQualifiedName": loc.focus_node, "kind": "resource"})
    if loc.path is not None:
        logical.append({"fullyQualifiedName": loc.path, "kind": "property"})
    if logical:
        location["logicalLocations"] = logical
    return location


def _result(finding: Finding, index: int, language: str) -> dict[str, Any]:
    properties: dict[str, Any] = {"stage": finding.stage.value}
    if finding.location.record is not None:
        properties["record"] = finding.location.record
    if finding.detail is not None:
        properties["detail"] = finding.detail_in(language)
    return {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message(language)},
        "locations": [_location(finding)],
        "properties": properties,
    }


def to_data(report: Report, *, language: str = "en") -> dict[str, Any]:
    check_language(language)
    findings = ordered(report)
    groups = group_by_rule(findings)
    index = {group.rule: i for i, group in enumerate(groups)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "kll",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": [_rule(group) for group in groups],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, index[f.rule], language) for f in findings],
                "properties": {
                    "model_version": model_version(),
                    "reference_date": report.reference_date,
                    "conformant": report.conformant,
                    "files": list(report.files),
                    "records": report.records,
                    "stages": [stage.value for stage in report.stages],
                },
            }
        ],
    }


def render(report: Report, *, language: str = "en") -> str:
    return json_safe(json.dumps(to_data(report, language=language), ensure_ascii=False, indent=2)) + "\n"
