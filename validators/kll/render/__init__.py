"""Report renderers: one ``Report``, four output formats.

``text`` for people (grouped by rule, optionally coloured), ``json`` for programs (schema in
``report.schema.json``), ``junit`` for CI test views, ``sarif`` for code-scanning views. Every
renderer is deterministic: the same report gives the same string. ``render_pieces`` gives the same
string in pieces, to be written as they are made: text and JSON stream a finding (a line) at a
time, so a report of many findings is never held whole as text; JUnit and SARIF are one piece.
"""

from __future__ import annotations

from typing import Iterator

from ..validation.report import Report
from ._common import LANGUAGES, check_language

__all__ = ["render", "render_pieces", "FORMATS", "LANGUAGES", "STREAMED_FORMATS"]

FORMATS = ("text", "json", "junit", "sarif")
#: The formats ``render_pieces`` writes a finding at a time.
STREAMED_FORMATS = ("text", "json")


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


def render_pieces(report: Report, format: str, *, language: str = "en", color: bool = False) -> Iterator[str]:
    """``render(report, format, ...)`` in pieces whose concatenation is that string."""
    check_language(language)
    if format == "text":
        from . import text

        return text.pieces(report, language=language, color=color)
    if format == "json":
        from . import json

        return json.pieces(report)
    return iter((render(report, format, language=language, color=color),))
