"""Report renderers: one ``Report``, four output formats.

``text`` for people (grouped by rule, optionally coloured), ``json`` for programs (schema in
``report.schema.json``), ``junit`` for CI test views, ``sarif`` for code-scanning views. Every
renderer is deterministic: the same report gives the same string.
"""

from __future__ import annotations

from ..validation.report import Report
from ._common import LANGUAGES, check_language

__all__ = ["render", "FORMATS", "LANGUAGES"]

FORMATS = ("text", "json", "junit", "sarif")


def render(report: Report, format: str, *, language: str = "en", color: bool = False) -> str:
    """Render ``report`` as ``format`` (one of ``FORMATS``).

    ``language`` (``en`` or ``sv``) chooses the messages of text, JUnit and SARIF; the JSON output
    always carries both. ``color`` applies to text only.
    """
    check_language(language)
    if format == "text":
        from . import text

        return text.render(report, language=language, color=color)
    if format == "json":
        from . import json

        return json.render(report)
    if format == "junit":
        from . import junit

        return junit.render(report, language=language)
    if format == "sarif":
        from . import sarif

        return sarif.render(report, language=language)
    raise ValueError(f"unknown report format {format!r}; known formats: {', '.join(FORMATS)}")
