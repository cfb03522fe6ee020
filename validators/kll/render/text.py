"""The human report: findings grouped by rule, then a one-line summary.

Rules come in order of severity (violations first), then rule ID. Each group is headed by the
rule ID, its severity, how many findings it has and its message in the chosen language, followed
by one line per location (``Location.describe()``) and the rule's documentation address. A
finding whose message differs from the group's first (a rule whose message names the place) shows
its own message after the location; a ``detail`` is shown only when the finding carries one.

The last line sums up: files, records, violations / warnings / infos, and whether the data is
conformant. Colour (rich styles, rendered as ANSI) only with ``color=True``; otherwise the output
is plain text without escape codes, whatever the environment (``NO_COLOR``, ``TERM``, width).

Every text that comes from the report (rule, message, location, detail, address) is passed
through :func:`kll.render._common.printable` first: a control character in a JSON key, an IRI or
a file name is shown as a visible escape (``\\x1b``, ``\\n``, ``\\u202e``), so the data can neither
send a terminal sequence nor forge a line such as a "conformant" summary of its own.
"""

from __future__ import annotations

import io
from typing import Iterator

from rich.console import Console
from rich.text import Text

from ..validation.report import Finding, Report, Severity
from .. import __version__
from ._common import check_language, count, groups_of, model_version, phrase, printable

__all__ = ["render", "pieces", "lines", "summary"]

STYLES = {
    Severity.VIOLATION: "bold red",
    Severity.WARNING: "bold yellow",
    Severity.INFO: "bold cyan",
}
RULE_STYLE = "bold"
DIM = "dim"
#: Wide enough that rich never wraps a line; output width must not depend on the terminal.
_WIDTH = 10_000


def _severity_word(severity: Severity, language: str) -> str:
    return count(1, severity.value, language).split(" ", 1)[1]


def _location_line(finding: Finding, group_message: str, language: str) -> Text:
    line = Text("  - ")
    line.append(printable(finding.location.describe()))
    own = finding.message(language)
    if own != group_message:
        line.append(": " + printable(own))
    if finding.detail is not None:
        line.append(f" ({phrase('detail', language)}: {printable(finding.detail_in(language))})", style=DIM)
    return line


def summary(report: Report, language: str = "en") -> Text:
    """``2 files, 7 records: 1 violation, 1 warning, 0 infos — not conformant``."""
    counts = report.counts
    text = Text(
        f"{count(len(report.files), 'file', language)}, {count(report.records, 'record', language)}: "
    )
    for index, severity in enumerate(Severity):
        if index:
            text.append(", ")
        n = counts[severity.value]
        text.append(count(n, severity.value, language), style=STYLES[severity] if n else None)
    text.append(" — ")
    if report.conformant:
        text.append(phrase("conformant", language), style="bold green")
    else:
        text.append(phrase("not_conformant", language), style="bold red")
        if report.records == 0:
            text.append(f" ({phrase('nothing_checked', language)})")
    return text


def lines(report: Report, language: str = "en") -> list[Text]:
    return list(_lines(report, language))


def _lines(report: Report, language: str) -> Iterator[Text]:
    """The lines of the report, one at a time: a large report is never held as text whole."""
    check_language(language)
    for group in groups_of(report):
        message = group.first.message(language)
        header = Text()
        header.append(printable(group.rule), style=RULE_STYLE)
        header.append("  ")
        header.append(_severity_word(group.severity, language), style=STYLES[group.severity])
        header.append(f"  ({count(len(group.findings), 'finding', language)})")
        yield header
        yield Text("  " + printable(message))
        for finding in group.findings:
            yield _location_line(finding, message, language)
        yield Text(f"  {phrase('see', language)} {printable(group.documentation)}", style=DIM)
        yield Text("")
    if not report.findings:
        yield Text(phrase("no_findings", language))
    checked_by = phrase("checked_by", language).format(kll=__version__, model=model_version())
    if report.reference_date:
        checked_by += phrase("reference_date", language).format(date=report.reference_date)
    yield Text(checked_by, style=DIM)
    yield summary(report, language)


def render(report: Report, *, language: str = "en", color: bool = False) -> str:
    return "".join(pieces(report, language=language, color=color))


def pieces(report: Report, *, language: str = "en", color: bool = False) -> Iterator[str]:
    """The text of ``render``, a line at a time, for writing as it is made."""
    rendered = _lines(report, language)
    if not color:
        for line in rendered:
            yield line.plain + "\n"
        return
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=True,
        color_system="standard",
        no_color=False,
        width=_WIDTH,
        soft_wrap=True,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
        force_jupyter=False,
        force_interactive=False,
        _environ={},  # ignore NO_COLOR / FORCE_COLOR / COLUMNS: color=True decides
    )
    for line in rendered:
        console.print(line)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
