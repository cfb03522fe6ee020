"""Quotations from the report, checked against its text.

The decision records (and the guides) quote the agencies' report of the assignment N2021/01915 in
Swedish and cite its sections: ``"överlappningar mellan olika ansvarsområden" (section 5.3)``,
``section 4.2.3 describes Europass as helping "…"``. This module reads those quotations and finds
them in the report's text (``governance/sources/report-n2021-01915-2022.txt``, see the README
beside it):

* a quotation must occur in the report, word for word — whitespace, line breaks, hyphenation at
  line ends, punctuation, typographic quotes and dashes and letter case do not count, and a word
  may differ in its ending (``allmänning`` for ``allmänningar``: a Swedish quotation is often
  inflected to fit the English sentence around it), but no word may be added, dropped or
  replaced; an ellipsis (``...``, ``…``, ``[…]``) stands for left-out text;
* every section cited for a quotation must be the section (or a section within the chapter) where
  it occurs; the sections are read from the report's numbered headings (``4.1.1 Arbetsförmedlingen``).

A quotation counts as the report's when it is Swedish and its paragraph cites a section of the
report or mentions the report. The section cited for it is, in this order: a running mention
before it in the same sentence ("Section 5.3 warns that "…""), a citation in parentheses after it
in the same sentence ("… (section 3.5)"), else the nearest citation before it in the paragraph,
else the nearest after it. Quotations of other sources (an SFS, a web page) are recognised by a
citation of that source right after them and left alone.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = [
    "REPORT_FILE", "Report", "Quotation", "Occurrence", "report_path", "load_report", "quotations",
    "is_swedish", "words",
]

#: The report's text, relative to a repository root.
REPORT_FILE = Path("governance") / "sources" / "report-n2021-01915-2022.txt"

_WORD = re.compile(r"\w+")
# A numbered heading of the report: "4.1.1 Arbetsförmedlingen", " 2.2 Livslångt lärande – …".
_HEADING = re.compile(r"^\s*(\d+(?:\.\d+)*)\s+(\D+?)\s*$")
_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.)\s*")


def words(text: str) -> list[str]:
    """The words of a text, lower-cased: punctuation, quotes and dashes are separators."""
    return [w.lower() for w in _WORD.findall(text.replace("_", " "))]


def same_word(quoted: str, report: str) -> bool:
    """Equal, or the same word with another ending: a common stem of at least four letters that
    leaves at most three letters of either word and at most one of the shorter one."""
    if quoted == report:
        return True
    if quoted.isdigit() or report.isdigit():
        return False
    stem = 0
    for a, b in zip(quoted, report):
        if a != b:
            break
        stem += 1
    shorter, longer = sorted((len(quoted), len(report)))
    return stem >= 4 and shorter - stem <= 1 and longer - stem <= 3


@dataclass(frozen=True)
class Occurrence:
    """Where a quotation was found: the first and last line, and the sections of its words."""

    line: int
    sections: tuple[str, ...]


class Report:
    """The report's text as words with their lines, and its numbered sections."""

    def __init__(self, text: str, path: Path | None = None) -> None:
        self.path = path
        self.lines = text.split("\n")
        self.headings = _headings(self.lines)  # [(line, number, title)], in order
        self._heading_lines = [line for line, _, _ in self.headings]
        self.tokens = _tokens(self.lines)

    @property
    def section_numbers(self) -> set[str]:
        return {number for _, number, _ in self.headings}

    def section_at(self, line: int) -> str | None:
        position = bisect.bisect_right(self._heading_lines, line) - 1
        return self.headings[position][1] if position >= 0 else None

    def find(self, quotation: str) -> list[Occurrence]:
        """Every place where the quotation (its fragments, in order, around an ellipsis) occurs."""
        fragments = [words(part) for part in _ELLIPSIS.split(quotation)]
        fragments = [f for f in fragments if f]
        if not fragments:
            return []
        tokens = self.tokens
        found: dict[int, Occurrence] = {}
        for start in range(len(tokens)):
            end = _match_at(tokens, fragments[0], start)
            if end is None:
                continue
            lines = [tokens[i][1] for i in range(start, end)]
            for fragment in fragments[1:]:
                following = next(((i, e) for i in range(end, min(len(tokens), end + 400))
                                  if (e := _match_at(tokens, fragment, i)) is not None), None)
                if following is None:
                    break
                lines += [tokens[i][1] for i in range(following[0], following[1])]
                end = following[1]
            else:
                sections = tuple(dict.fromkeys(s for s in (self.section_at(line) for line in lines) if s))
                found.setdefault(lines[0], Occurrence(lines[0], sections))
        return [found[line] for line in sorted(found)]


def _match_at(tokens: list[tuple[str, int, bool]], fragment: list[str], start: int) -> int | None:
    """Where the fragment ends when it matches the words from ``start``, or None. A word
    hyphenated at a line end matches either as it stands or joined with the next word."""
    if not fragment:
        return start
    if start >= len(tokens):
        return None
    word, _, hyphenated = tokens[start]
    if same_word(fragment[0], word):
        end = _match_at(tokens, fragment[1:], start + 1)
        if end is not None:
            return end
    if hyphenated and start + 1 < len(tokens) and same_word(fragment[0], word + tokens[start + 1][0]):
        return _match_at(tokens, fragment[1:], start + 2)
    return None


def _tokens(lines: list[str]) -> list[tuple[str, int, bool]]:
    """The words with their 1-based lines, and whether a word ends its line with a hyphen
    ("kompetens-" before "försörjning")."""
    out: list[tuple[str, int, bool]] = []
    for number, line in enumerate(lines, start=1):
        found = list(_WORD.finditer(line.replace("_", " ")))
        for position, match in enumerate(found):
            last = position == len(found) - 1
            out.append((match[0].lower(), number, last and bool(re.match(r"^-\s*$", line[match.end():]))))
    return out


def _headings(lines: list[str]) -> list[tuple[int, str, str]]:
    """The numbered headings, told from footnotes and list items because each must follow the one
    before it: the next sibling, a first child, or the next section of an ancestor."""
    found: list[tuple[int, str, str]] = []
    current: tuple[int, ...] = ()
    for number, line in enumerate(lines, start=1):
        match = _HEADING.match(line)
        if not match or len(match[2]) < 3 or not match[2][0].isupper():
            continue
        parts = tuple(int(p) for p in match[1].split("."))
        if _follows(current, parts):
            found.append((number, match[1], match[2]))
            current = parts
    return found


def _follows(current: tuple[int, ...], parts: tuple[int, ...]) -> bool:
    if not current:
        return parts == (1,)
    if parts == current + (1,):
        return True
    for depth in range(len(current), 0, -1):
        if parts == current[:depth - 1] + (current[depth - 1] + 1,):
            return True
    return False


def report_path(root: Path) -> Path:
    return root / REPORT_FILE


@cache
def load_report(path: Path) -> Report:
    return Report(path.read_text(encoding="utf-8"), path)


# --- quotations in Markdown ---------------------------------------------------------------------

@dataclass(frozen=True)
class Quotation:
    """A Swedish quotation attributed to the report: its text, its line, the sections cited for it."""

    text: str
    line: int
    sections: tuple[str, ...]


_QUOTE = re.compile(r'"([^"]+)"|“([^”“"]+)”|”([^”"]+)”|„([^“”"]+)[“”]')
_NUMBER = r"\d+(?:\.\d+)*"
_SECTIONS = re.compile(
    rf"(?:\b(?:[Ss]ections?|[Aa]vsnitt(?:en)?|[Kk]apitel|[Cc]hapters?)\s+|§§?\s*)"
    rf"({_NUMBER}(?:\s*(?:,|and|och|or|eller|to|till|–|-)\s*(?:§\s*)?{_NUMBER})*)"
    rf"|\b(?:the report|rapporten),\s+({_NUMBER}(?:\.\d+)*)\b"
    r"|\b(?:[Ff]ootnotes?|[Ff]otnot(?:er)?)\s+\d+"
    # a bare "(4.3.3)" or "(4.1.4, 4.3.4)": section numbers alone in parentheses
    rf"|(?<=\()\s*(\d+\.\d+(?:\.\d+)*(?:\s*(?:,|;|and|och)\s*\d+\.\d+(?:\.\d+)*)*)\s*(?=\))"
)
_REPORT = re.compile(r"\b(?:the report|report's|rapporten|rapportens|delredovisning\w*)\b", re.IGNORECASE)
# A citation of another source right after a quotation: an SFS, a statute, a URL, another document.
_OTHER_SOURCE = re.compile(r"^[\s,;:(]*(?:SFS\b|\d{4}:\d+|förordning|lag\b|https?://|<https?://|see\s+https?://)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"“”(*A-ZÅÄÖ0-9])|[.!?]$")
_BLOCK_START = re.compile(r"^\s*(?:[-*+]\s|\d+\.\s|#|>|\|)")
_CODE_SPAN = re.compile(r"`[^`]*`")
_FENCE = re.compile(r"^\s*(```|~~~)")

_SV = frozenset(
    "och att som för av inte med det den de en ett är på till om har kan ska skall vem vad vilka eller "
    "samt mellan inom hur där när också även under efter genom från utan mot vid sig sin sina sitt "
    "detta dessa denna vara blir bli finns behöver krävs kommer bör så än alla andra olika nya".split()
)
_EN = frozenset(
    "the and of to is are in that which for with by as be it its this these on or an from at not "
    "was were has have can must should may their they when where who what".split()
)


def is_swedish(text: str) -> bool:
    """A quotation in Swedish: more Swedish function words than English ones, or Swedish letters
    and no English function word."""
    tokens = words(text)
    sv = sum(t in _SV for t in tokens)
    en = sum(t in _EN for t in tokens)
    if sv > en:
        return True
    return en == 0 and bool(re.search(r"[åäöÅÄÖ]", text)) and len(tokens) >= 1


def _paragraphs(lines: list[str], first_line: int) -> list[tuple[str, list[int]]]:
    """Paragraphs and list items of a Markdown body, outside code, joined into one line each, with
    the source line of every character."""
    blocks: list[tuple[str, list[int]]] = []
    text, where = "", []
    fenced = False

    def close() -> None:
        nonlocal text, where
        if text.strip():
            blocks.append((text, where))
        text, where = "", []

    for offset, line in enumerate(lines):
        number = first_line + offset
        if _FENCE.match(line):
            fenced = not fenced
            close()
            continue
        if fenced or not line.strip() or line.lstrip().startswith("<!--"):
            close()
            continue
        if _BLOCK_START.match(line):
            close()
        line = _CODE_SPAN.sub(lambda m: " " * len(m[0]), line.strip())
        if text:
            text, where = text + " ", where + [number]
        text, where = text + line, where + [number] * len(line)
    close()
    return blocks


def _citations(text: str) -> list[tuple[int, int, tuple[str, ...], bool]]:
    """The section citations of a paragraph: (start, end, numbers, in parentheses)."""
    found = []
    for match in _SECTIONS.finditer(text):
        # a footnote is cited by its number, which is no section: nothing to compare
        cited = match[1] or match[2] or match[3]
        numbers = tuple(re.findall(_NUMBER, cited)) if cited else ()
        before = text[:match.start()]
        # "(section 3.5)" closes what comes before it; "section 5.4: "…"" opens what follows
        parenthesised = before.rfind("(") > before.rfind(")") and not text[match.end():].lstrip().startswith(":")
        found.append((match.start(), match.end(), numbers, parenthesised))
    return found


def _sentence_bounds(text: str, quotes: list[tuple[int, int]]) -> list[int]:
    """The offsets where sentences end, outside quotations."""
    inside = [False] * (len(text) + 1)
    for start, end in quotes:
        for i in range(start, min(end, len(text))):
            inside[i] = True
    return [m.end() for m in _SENTENCE_END.finditer(text) if not inside[m.start()]]


def quotations(text: str, first_line: int = 1, *, swedish_text: bool = False) -> list[Quotation]:
    """The Swedish quotations that a Markdown text attributes to the report.

    In a Swedish text (``swedish_text``) every quotation is Swedish, so being Swedish says nothing
    about its source: there a quotation is the report's only when its own sentence cites a section
    of the report or mentions the report (an option's name in quotes, "Dåligt", is not)."""
    out: list[Quotation] = []
    for paragraph, where in _paragraphs(text.split("\n"), first_line):
        matches = list(_QUOTE.finditer(paragraph))
        if not matches:
            continue
        citations = _citations(paragraph)
        if not citations and not _REPORT.search(paragraph):
            continue
        ends = _sentence_bounds(paragraph, [(m.start(), m.end()) for m in matches])
        for match in matches:
            quoted = next(g for g in match.groups() if g is not None).strip()
            if not is_swedish(quoted) or _OTHER_SOURCE.match(paragraph[match.end():]):
                continue
            if swedish_text and not _sentence_cites_report(paragraph, match, ends, citations):
                continue
            out.append(Quotation(quoted, where[match.start()], _cited(match, matches, citations, ends)))
    return out


def _sentence_cites_report(paragraph: str, match: re.Match, ends: list[int], citations) -> bool:
    start = max([0] + [e for e in ends if e <= match.start()])
    stop = min([e for e in ends if e > match.end()] + [len(paragraph)])
    return any(start <= c[0] < stop for c in citations) or bool(_REPORT.search(paragraph[start:stop]))


def _cited(match: re.Match, matches: list[re.Match], citations, ends: list[int]) -> tuple[str, ...]:
    start = max([0] + [e for e in ends if e <= match.start()])
    stop = min([e for e in ends if e > match.end()] + [10 ** 9])
    # 1. a running mention before it in the sentence, with no citation in parentheses in between
    before = [c for c in citations if start <= c[0] < match.start()]
    between = before and any(before[-1][1] <= m.start() < match.start() for m in matches if m is not match)
    if before and not before[-1][3] and not between:
        return before[-1][2]
    # 2. a citation in parentheses after it in the sentence, with no running mention in between
    for citation in citations:
        if match.end() <= citation[0] < stop:
            if citation[3]:
                return citation[2]
            break
    if before and not before[-1][3]:
        return before[-1][2]  # a running mention that introduced an earlier quotation too
    # 3. the nearest citation before it in the paragraph, 4. else the nearest after it
    earlier = [c for c in citations if c[1] <= match.start()]
    if earlier:
        return earlier[-1][2]
    later = [c for c in citations if c[0] >= match.end()]
    return later[0][2] if later else ()
