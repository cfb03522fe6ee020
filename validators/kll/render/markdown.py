"""Text from the model, the decision records and the registers, put into the Markdown of the site
so that it is shown as text and never runs.

Python-Markdown passes raw HTML through (``<script>`` in a description would run in every
reader's browser), turns ``[x](javascript:…)`` into a live link, and with ``attr_list`` lets
``{onclick=…}`` after an element set an attribute on it. Every text that comes from data is
therefore put into a page through one of these functions:

* :func:`text` — plain text inline (a table cell, a heading, emphasis): HTML special characters
  as entities, Markdown's punctuation escaped (``~`` as a character reference), whitespace folded to single spaces, ``|`` escaped
  for tables;
* :func:`code` — a code span whose fence is longer than any run of backticks inside, so the
  text cannot close it;
* :func:`iri` — an autolink for a plain ``http(s)`` IRI, a code span for anything else;
* :func:`html` — text inside a raw HTML element or attribute of a page;
* :func:`fence` — the backtick fence for a code block that holds the given lines.
"""

from __future__ import annotations

import html as _html
import re
from typing import Any

__all__ = ["code", "fence", "html", "iri", "text"]

#: Characters Markdown (with the site's extensions) reads as markup: emphasis, code, links and
#: images, attribute lists, footnotes, and the backslash that escapes them.
_MARKDOWN = re.compile(r"([\\`*_\[\]{}])")
#: An IRI that can be an autolink as it is: no space, no angle bracket, quote, brace or other
#: character an autolink would end at or a browser would read differently.
_PLAIN_IRI = re.compile(r"https?://[^\s<>\"'`{}|\\^\x00-\x1f\x7f]+")


def _one_line(value: Any) -> str:
    return re.sub(r"\s+", " ", "" if value is None else str(value)).strip()


def text(value: Any) -> str:
    """``value`` as plain inline text in Markdown, safe in a table cell: shown as written."""
    escaped = _html.escape(_one_line(value), quote=False)
    # "~" as a character reference: GitHub reads "~~x~~" as struck through, and Python-Markdown
    # shows the backslash of "\~"; neither reads a reference as markup.
    return _MARKDOWN.sub(r"\\\1", escaped).replace("|", "\\|").replace("~", "&#126;")


def code(value: Any) -> str:
    """``value`` in a code span: shown literally, and no backtick in it can end the span."""
    # Python-Markdown's tables do not split a row at a "|" inside a code span: no escape needed.
    content = _one_line(value)
    longest = max((len(run) for run in re.findall(r"`+", content)), default=0)
    ticks = "`" * (longest + 1)
    padded = f" {content} " if content.startswith("`") or content.endswith("`") else content
    return f"{ticks}{padded}{ticks}"


def iri(value: Any) -> str:
    """An ``http(s)`` IRI as an autolink; anything else (a CURIE, or text that only looks like an
    IRI) in a code span, so it cannot close the link and continue as HTML."""
    candidate = _one_line(value)
    return f"<{candidate}>" if _PLAIN_IRI.fullmatch(candidate) else code(candidate)


def html(value: Any) -> str:
    """``value`` inside a raw HTML element or attribute value (``<h2 id="…">…</h2>``)."""
    return _html.escape(_one_line(value), quote=True)


def fence(lines: list[str]) -> str:
    """A backtick fence longer than any run of backticks that begins a line of the block."""
    longest = max((len(match[0]) for line in lines if (match := re.match(r"\s*(`+)", line))), default=0)
    return "`" * max(3, longest + 1)
