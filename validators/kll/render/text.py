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

from rich.console import Console
from rich.text import Text

from ..validation.report import Finding, Report, Severity
from .. import __version__
from ._common import check_language, count, group_by_rule, model_version, ordered, phrase, printable

__all__ = ["render"]

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
    check_language(language)
    out: list[Text] = []
    for group in group_by_rule(ordered(report)):
        message = group.first.message(language)
        header = Text()
        header.append(printable(group.rule), style=RULE_STYLE)
        header.append("  ")
        header.append(_severity_word(group.severity, language), style=STYLES[group.severity])
        header.append(f"  ({count(len(group.findings), 'finding', language)})")
        out.append(header)
        out.append(Text("  " + printable(message)))
        out.extend(_location_line(finding, message, language) for finding in group.findings)
        out.append(Text(f"  {phrase('see', language)} {printable(group.documentation)}", style=DIM))
        out.append(Text(""))
    if not report.findings:
        out.append(Text(phrase("no_findings", language)))
    checked_by = phrase("checked_by", language).format(kll=__version__, model=model_version())
    if report.reference_date:
        checked_by += phrase("reference_date", language).format(date=report.reference_date)
    out.append(Text(checked_by, style=DIM))
    out.append(summary(report, language))
    return out


def render(report: Report, *, language: str = "en", color: bool = False) -> str:
    rendered = lines(report, language)
    if not color:
        return "".join(line.plain + "\n" for line in rendered)
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
    return buffer.getvalue()
