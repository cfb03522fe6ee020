"""Decision record files: YAML front matter (a DecisionRecord of the model) and a MADR 4 body.

A record lives in ``docs/decisions/NNNN-slug.md``. This module only *reads* a file, keeping the line
of every front-matter value, heading, link and confirmation entry so that the checker can point at
it; it judges nothing (that is :mod:`kll.governance.check`).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..validation.loaders import InputError, parse_yaml
from ..artifacts.paths import repository_root

__all__ = [
    "RECORD_FILE", "RECORD_URI", "REQUIRED_HEADINGS", "OPTIONAL_HEADINGS", "Heading", "Link",
    "Reference", "RecordFile", "decisions_dir", "read_record", "record_files", "record_uri", "number_of",
    "translation_path",
]

RECORD_FILE = re.compile(r"^(?P<number>[0-9]{4})-(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
#: Files in the decisions folder that are not records.
NOT_RECORDS = frozenset({"index.md", "template.md", "README.md"})
RECORD_URI = "https://w3id.org/kll/id/decision/"
#: A language suffix before ``.md`` (``.sv.md``, ``.en.md``): a page of the bilingual site, not a record.
_TRANSLATION = re.compile(r"\.[a-z]{2}\.md$")

#: The MADR 4 headings every record has, in this order (level, text); the H1 is the title.
REQUIRED_HEADINGS: tuple[tuple[int, str], ...] = (
    (2, "Context and Problem Statement"),
    (2, "Decision Drivers"),
    (2, "Considered Options"),
    (2, "Decision Outcome"),
    (3, "Consequences"),
    (3, "Confirmation"),
    (2, "Pros and Cons of the Options"),
)
#: Level-2 sections a record may add after the pros and cons.
OPTIONAL_HEADINGS: tuple[str, ...] = ("Ethics and Transparency Review", "More Information")

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_LINK = re.compile(r"(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_CONFIRMATION_LINE = re.compile(r"^\s*[-*]\s+\**(Rules|Cases|Checks)\**\s*:\**\s*(.*)$")
_CODE = re.compile(r"`([^`]+)`")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    line: int


@dataclass(frozen=True)
class Link:
    target: str
    line: int


@dataclass(frozen=True)
class Reference:
    """One entry of the confirmation list: a rule pattern, a case id or a check."""

    kind: str  # rules | cases | checks
    value: str
    line: int


@dataclass
class RecordFile:
    """One decision record as read from disk; ``front_matter`` is None when it cannot be read."""

    path: Path
    text: str
    number: int | None
    slug: str | None
    front_matter: dict[str, Any] | None = None
    front_matter_error: tuple[int, str] | None = None
    lines: dict[str, int] = field(default_factory=dict)  # JSON Pointer -> 1-based line
    body_line: int = 1
    headings: list[Heading] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name

    def line_of(self, pointer: str | None) -> int:
        """The line of the value at ``pointer``, or of its nearest parent that has one."""
        while pointer:
            if pointer in self.lines:
                return self.lines[pointer]
            pointer = pointer.rsplit("/", 1)[0]
        return 1

    def section(self, title: str) -> tuple[int, int] | None:
        """The body lines (start, end exclusive) of the section under the heading ``title``."""
        for position, heading in enumerate(self.headings):
            if heading.text == title:
                end = next((h.line for h in self.headings[position + 1:] if h.level <= heading.level), None)
                return heading.line, end if end is not None else self.text.count("\n") + 2
        return None

    @property
    def uri(self) -> str | None:
        return record_uri(self.number) if self.number is not None else None

    @property
    def title_en(self) -> str | None:
        title = (self.front_matter or {}).get("title")
        return title.get("en") if isinstance(title, dict) else None

    def value(self, key: str, default: Any = None) -> Any:
        return (self.front_matter or {}).get(key, default)


def decisions_dir(root: Path | None = None) -> Path:
    return (root or repository_root()) / "docs" / "decisions"


def record_uri(number: int) -> str:
    return f"{RECORD_URI}{number:04d}"


def number_of(uri: Any) -> int | None:
    """The record number of a decision record URI, or None when it is not one."""
    if isinstance(uri, str) and uri.startswith(RECORD_URI) and uri[len(RECORD_URI):].isdigit():
        return int(uri[len(RECORD_URI):])
    return None


def record_files(directory: Path) -> list[Path]:
    """Every Markdown file of the decisions folder that should be a record, in name order: the
    English record keeps the name it was given (file names never change); translations
    (``NNNN-slug.sv.md``) and the site's language versions of other pages are not records."""
    return sorted(p for p in directory.glob("*.md") if p.name not in NOT_RECORDS and not _TRANSLATION.search(p.name))


def translation_path(record: Path, language: str = "sv") -> Path:
    """Where the translation of a record into ``language`` lives: ``NNNN-slug.<language>.md``."""
    return record.with_name(f"{record.stem}.{language}.md")


def read_record(path: Path) -> RecordFile:
    """Read one record file; never raises for bad content (the checker reports it)."""
    text = path.read_text(encoding="utf-8")
    match = RECORD_FILE.match(path.name)
    record = RecordFile(path, text, int(match["number"]) if match else None, match["slug"] if match else None)
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        record.front_matter_error = (1, "the file does not start with YAML front matter between '---' lines")
        _read_body(record, lines, 0)
        return record
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        record.front_matter_error = (1, "the front matter is not closed by a '---' line")
        return record
    _read_front_matter(record, "\n".join(lines[1:end]), first_line=2)
    _read_body(record, lines, end + 1)
    return record


def _read_front_matter(record: RecordFile, text: str, first_line: int) -> None:
    try:
        data = parse_yaml(text)
    except InputError as error:
        line = first_line + (error.line - 1 if error.line else 0)
        record.front_matter_error = (line, f"the front matter is not valid YAML: {error.detail_in()}")
        return
    if not isinstance(data, dict):
        record.front_matter_error = (first_line, "the front matter is not a mapping of keys to values")
        return
    record.front_matter = _plain(data)
    record.lines = _value_lines(yaml.compose(text, Loader=yaml.SafeLoader), first_line)


def _plain(value: Any) -> Any:
    """YAML dates become the ISO strings the model expects; everything else is kept as read."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return value


def _value_lines(node: yaml.Node | None, first_line: int) -> dict[str, int]:
    lines: dict[str, int] = {}

    def walk(node: yaml.Node, pointer: str, line: int) -> None:
        lines[pointer] = line
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                walk(value, f"{pointer}/{key.value}", first_line + key.start_mark.line)
        elif isinstance(node, yaml.SequenceNode):
            for position, item in enumerate(node.value):
                walk(item, f"{pointer}/{position}", first_line + item.start_mark.line)

    if node is not None:
        walk(node, "", first_line)
    return lines


def _read_body(record: RecordFile, lines: list[str], start: int) -> None:
    record.body_line = start + 1
    fenced = False
    confirmation = False
    for index in range(start, len(lines)):
        number, line = index + 1, lines[index]
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            continue
        heading = _HEADING.match(line)
        if heading:
            level, text = len(heading[1]), heading[2]
            record.headings.append(Heading(level, text, number))
            if level <= 3:
                confirmation = level == 3 and text == "Confirmation"
            continue
        for link in _LINK.finditer(_without_code(line)):
            record.links.append(Link(link[1], number))
        if confirmation:
            entry = _CONFIRMATION_LINE.match(line)
            if entry:
                for code in _CODE.findall(entry[2]):
                    record.references.append(Reference(entry[1].lower(), code.strip(), number))


def _without_code(line: str) -> str:
    return _CODE.sub("", line)
