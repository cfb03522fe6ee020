"""Read input files safely: JSON, YAML, JSON Lines, Turtle and JSON-LD.

Every failure becomes an ``InputError`` with a rule ID, a bilingual message and, where the parser
gives one, a line and column — never a traceback. Nothing is fetched: JSON-LD may use this
project's context (by its IRI, resolved to the shipped file) or an inline context, and a remote
context, ``@import`` or ``owl:imports`` is refused, not followed.

Limits keep hostile input from exhausting the machine; each gives an ``input.limit`` finding with
the line (and column) where it was reached, never the value:

- nesting depth: ``MAX_DEPTH`` (64) levels, in every format;
- numbers (JSON, JSON Lines, YAML): at most ``MAX_NUMBER_DIGITS`` (1,000) digits, and within the
  range of a double (``1e999999`` is refused, not read as infinity); ``NaN`` and ``Infinity``, which
  Python's ``json`` accepts, are not JSON and give ``input.syntax``;
- YAML, which is read whole: at most ``MAX_YAML_BYTES`` (32 MiB, checked before parsing), at most
  ``MAX_YAML_NODES`` (2,000,000) values as written, and at most ``MAX_YAML_ALIAS_NODES`` (1,000,000)
  values added by expanding aliases, counted apart from those written. YAML is built straight from
  the parser's events (no node graph), so the limits are checked before the memory is spent, and
  its scalars follow the JSON data model: dates stay strings, keys are the text they were written as.

JSON Lines is read one line at a time, so a line that breaks a limit is a finding on that line and
the other lines are read.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import orjson
import yaml

from ..artifacts.paths import generated_dir
from .report import Detail

__all__ = [
    "InputError", "FORMATS", "detect_format", "read_document", "iter_json_lines", "read_graph",
    "parse_json_line", "BLANK", "json_lines", "plan_json_lines", "read_json_lines_chunk", "JsonLinesChunk",
    "CONTEXT_IRI", "MAX_DEPTH", "MAX_YAML_BYTES", "MAX_YAML_NODES", "MAX_YAML_ALIAS_NODES", "MAX_NUMBER_DIGITS",
    "CHUNK_BYTES", "check_protected_terms",
]

FORMATS = ("json", "yaml", "jsonl", "turtle", "jsonld")
_EXTENSIONS = {
    ".json": "json", ".yaml": "yaml", ".yml": "yaml", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".ttl": "turtle", ".jsonld": "jsonld",
}
#: The IRI under which this project's JSON-LD context is published; resolved to the shipped file.
CONTEXT_IRI = "https://w3id.org/kll/model/context.jsonld"
MAX_DEPTH = 64
#: A YAML file is read whole, so its size is bounded before it is parsed.
MAX_YAML_BYTES = 32 << 20
#: The values (scalars, lists, mappings) a YAML document may hold as written.
MAX_YAML_NODES = 2_000_000
#: The values a YAML document's aliases may add when expanded (an alias to a list of ten values
#: adds eleven), counted apart from the values as written.
MAX_YAML_ALIAS_NODES = 1_000_000
#: The digits a number in JSON, JSON Lines or YAML may have.
MAX_NUMBER_DIGITS = 1000


@dataclass
class InputError(Exception):
    """Input that cannot be read. ``rule`` is one of the ``input.*`` rule IDs."""

    rule: str
    message_en: str
    message_sv: str
    line: int | None = None
    column: int | None = None
    detail: "str | Detail | None" = None

    def detail_in(self, language: str = "en") -> str | None:
        """The note in ``language`` (``sv`` or ``en``); one without a Swedish form reads the same."""
        if isinstance(self.detail, Detail):
            return self.detail.sv if language == "sv" else self.detail.en
        return self.detail

    def __str__(self) -> str:
        detail = self.detail_in("en")
        return self.message_en + (f" ({detail})" if detail else "")


def _syntax(detail: str, line: int | None = None, column: int | None = None) -> InputError:
    return InputError("input.syntax", "The file is not well-formed and cannot be read.", "Filen är inte välformad och kan inte läsas.", line, column, detail)


def _too_deep_messages() -> tuple[str, str]:
    return f"The document is nested more than {MAX_DEPTH} levels deep.", f"Dokumentet är nästlat i fler än {MAX_DEPTH} nivåer."


def _too_deep() -> InputError:
    return InputError("input.limit", *_too_deep_messages())


def detect_format(path: Path, override: str | None = None) -> str:
    """The input format: ``override`` if given, else from the file extension."""
    if override:
        if override not in FORMATS:
            raise InputError("input.format", f"Unknown input format; use one of {', '.join(FORMATS)}.", f"Okänt indataformat; använd något av {', '.join(FORMATS)}.", detail=override)
        return override
    found = _EXTENSIONS.get(path.suffix.lower())
    if found is None:
        raise InputError(
            "input.format",
            "The format cannot be told from the file extension; name it with --input-format.",
            "Formatet framgår inte av filändelsen; ange det med --input-format.",
            detail=path.suffix or Detail("no extension", "ingen filändelse"),
        )
    return found


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("input.not-found", "The file does not exist.", "Filen finns inte.") from None
    except IsADirectoryError:
        raise InputError("input.not-found", "The path is a directory, not a file.", "Sökvägen är en katalog, inte en fil.") from None
    except UnicodeDecodeError as error:
        raise _syntax(f"not UTF-8: byte {error.start}") from None
    except OSError as error:
        raise InputError("input.not-found", "The file cannot be opened.", "Filen kan inte öppnas.", detail=error.strerror) from None


def check_depth(document: Any) -> None:
    """Raise ``InputError`` if the document nests deeper than ``MAX_DEPTH`` (checked iteratively)."""
    stack = [(document, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _too_deep()
        if isinstance(node, dict):
            stack.extend((value, depth + 1) for value in node.values())
        elif isinstance(node, list):
            stack.extend((value, depth + 1) for value in node)


class _BadNumber(Exception):
    """Raised from inside ``json.loads`` by the number hooks; turned into an ``InputError``."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def _digits(text: str) -> int:
    return len(text) - sum(text.count(sign) for sign in "-+.eE")


def _json_int(text: str) -> int:
    # Python refuses more than 4,300 digits with a ValueError that json.loads would pass on.
    if _digits(text) > MAX_NUMBER_DIGITS:
        raise _BadNumber("number digits")
    return int(text)


def _json_float(text: str) -> float:
    if _digits(text) > MAX_NUMBER_DIGITS:
        raise _BadNumber("number digits")
    number = float(text)
    if number in (_INF, -_INF):  # 1e999999 would silently become infinity
        raise _BadNumber("number range")
    return number


def _json_constant(text: str) -> float:
    raise _BadNumber("constant")  # NaN, Infinity, -Infinity: not JSON, though Python reads them


#: JSON's strings and numbers (and Python's extra constants), to find where a bad number is: a
#: string is skipped whole, so a number-like run inside one is never taken for a number.
_JSON_TOKEN = re.compile(r'"(?:[^"\\]+|\\.)*"|-?(?:NaN|Infinity)|-?[0-9][0-9.eE+-]*')


def _number_error(kind: str, text: str) -> InputError:
    """The finding for a bad number, at the line and column of the first such number in ``text``."""
    line = column = None
    for token in _JSON_TOKEN.finditer(text):
        value = token.group()
        if value.startswith('"'):
            continue
        try:
            (_json_constant if value.lstrip("-")[0] in "NI" else _json_float if any(c in value for c in ".eE") else _json_int)(value)
        except _BadNumber:
            start = token.start()
            line = text.count("\n", 0, start) + 1
            column = start - text.rfind("\n", 0, start)
            break
    if kind == "constant":
        return _syntax("not a JSON number (NaN or infinity)", line, column)
    return _limit(kind, line=line, column=column)


def parse_json(text: str) -> Any:
    """A JSON document, with the nesting and number limits of the module docstring."""
    try:
        document = json.loads(text, parse_int=_json_int, parse_float=_json_float, parse_constant=_json_constant)
    except json.JSONDecodeError as error:
        raise _syntax(error.msg, error.lineno, error.colno) from None
    except _BadNumber as error:
        raise _number_error(error.kind, text) from None
    except RecursionError:
        raise _too_deep() from None
    if text.count("[") + text.count("{") > MAX_DEPTH:  # cheap test first: depth needs brackets
        check_depth(document)
    return document


_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_STR, _NULL, _BOOL, _INT, _FLOAT = ("tag:yaml.org,2002:" + name for name in ("str", "null", "bool", "int", "float"))
_MAP, _SEQ, _MERGE = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:merge"
#: The C parser where PyYAML has it (about ten times faster); the pure-Python one otherwise. Both
#: give the same events.
_YAML_PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _yaml_error(rule: str, detail: str, mark: Any, *, kind: str) -> InputError:
    line = mark.line + 1 if mark is not None else None
    column = mark.column + 1 if mark is not None else None
    if rule == "input.syntax":
        return _syntax(detail, line, column)
    return _limit(kind, line=line, column=column, detail=detail)


def _limit(kind: str, *, line: int | None = None, column: int | None = None, detail: "str | Detail | None" = None) -> InputError:
    """``input.limit`` for one of the limits stated in the module docstring."""
    en, sv, short = _LIMIT_MESSAGES[kind]
    return InputError("input.limit", en, sv, line, column, detail or short)


def _sv(number: int) -> str:
    """A number as Swedish writes it: thousands apart by a (non-breaking) space."""
    return f"{number:,}".replace(",", "\u00a0")


_LIMIT_MESSAGES = {
    "yaml size": (
        f"The YAML file is larger than {MAX_YAML_BYTES // (1 << 20)} MiB; write large data sets as JSON Lines, which is read in bounded memory.",
        f"YAML-filen är större än {MAX_YAML_BYTES // (1 << 20)} MiB; skriv stora datamängder som JSON Lines, som läses med begränsat minne.",
        Detail(f"YAML file larger than {MAX_YAML_BYTES >> 20} MiB", f"YAML-fil större än {MAX_YAML_BYTES >> 20} MiB"),
    ),
    "yaml nodes": (
        f"The YAML document has more than {MAX_YAML_NODES:,} values; write large data sets as JSON Lines, which is read in bounded memory.",
        f"YAML-dokumentet har fler än {_sv(MAX_YAML_NODES)} värden; skriv stora datamängder som JSON Lines, som läses med begränsat minne.",
        Detail(f"more than {MAX_YAML_NODES:,} YAML values", f"fler än {_sv(MAX_YAML_NODES)} YAML-värden"),
    ),
    "yaml aliases": (
        f"The YAML document's aliases would expand to more than {MAX_YAML_ALIAS_NODES:,} values.",
        f"YAML-dokumentets alias skulle växa till fler än {_sv(MAX_YAML_ALIAS_NODES)} värden.",
        Detail(f"YAML aliases expand to more than {MAX_YAML_ALIAS_NODES:,} values", f"YAML-alias växer till fler än {_sv(MAX_YAML_ALIAS_NODES)} värden"),
    ),
    "number digits": (
        f"A number has more than {MAX_NUMBER_DIGITS} digits.",
        f"Ett tal har fler än {MAX_NUMBER_DIGITS} siffror.",
        Detail(f"a number longer than {MAX_NUMBER_DIGITS} digits", f"ett tal med fler än {MAX_NUMBER_DIGITS} siffror"),
    ),
    "number range": (
        "A number is too large to be represented (it would become infinite).",
        "Ett tal är för stort för att kunna representeras (det skulle bli oändligt).",
        Detail("a number beyond the range of a double", "ett tal utanför talområdet för double"),
    ),
}


class _YamlReader:
    """One YAML document built straight from the parser's events into JSON values.

    No node graph is composed (PyYAML's composer holds every node with its marks: 1.65 GB for a
    15 MB file, then the constructed copy on top), so memory is the data itself, and every limit is
    checked as the events arrive — before the memory is spent. Scalars follow the JSON data model:
    dates and times stay the strings they were written as, a key is the text it was written as (so
    ``1:`` and ``true:`` give the keys ``"1"`` and ``"true"``), numbers are bounded in length and
    range, and tags with no JSON counterpart (``!!binary``, ``!!set``, ``!!omap``, custom tags) are
    refused.
    """

    def __init__(self) -> None:
        self.resolver = yaml.resolver.Resolver()
        self.constructor = yaml.constructor.SafeConstructor()
        # Anchor → (value, expanded node count, height, the text of a scalar or None).
        self.anchors: dict[str, tuple[Any, int, int, str | None]] = {}
        self.nodes = 0
        self.alias_nodes = 0

    def read(self, text: str) -> Any:
        parser = _YAML_PARSER(text)
        try:
            event = parser.get_event()  # stream start
            event = parser.get_event()
            if isinstance(event, yaml.StreamEndEvent):
                return None
            value = self._document(parser)
            event = parser.get_event()
            if not isinstance(event, yaml.StreamEndEvent):
                raise _syntax("more than one document", *_mark(event))
            return value
        finally:
            parser.dispose()

    def _document(self, parser) -> Any:
        # Each open collection: [value, pending key (mappings), expanded count, height, anchor,
        # start mark, whether a merge key is pending, merged mappings].
        stack: list[list] = []
        root: Any = None
        get_event = parser.get_event
        while True:
            event = get_event()
            kind = type(event)
            if kind is yaml.ScalarEvent:
                self._count(event)
                if len(stack) >= MAX_DEPTH:  # a value counts as a level, as in ``check_depth``
                    raise _too_deep_at(event)
                tag = event.tag
                if tag is None or tag == "!":
                    tag = self.resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
                value = self._scalar(tag, event)
                entry = (value, 1, 0, event.value)
                if event.anchor is not None:
                    self.anchors[event.anchor] = entry
                if not stack:
                    root = value
                else:
                    self._add(stack, entry, event, merge=tag == _MERGE)
            elif kind is yaml.AliasEvent:
                entry = self.anchors.get(event.anchor)
                if entry is None:
                    raise _syntax("an alias refers to no anchor before it", *_mark(event))
                self.alias_nodes += entry[1]
                if self.alias_nodes > MAX_YAML_ALIAS_NODES:
                    raise _limit("yaml aliases", line=_mark(event)[0])
                if len(stack) + 1 + entry[2] > MAX_DEPTH:
                    raise _too_deep_at(event)
                if not stack:
                    root = entry[0]
                else:
                    self._add(stack, entry, event, merge=False)
            elif kind is yaml.SequenceStartEvent or kind is yaml.MappingStartEvent:
                self._count(event)
                mapping = kind is yaml.MappingStartEvent
                expected = _MAP if mapping else _SEQ
                if event.tag not in (None, "!", expected):
                    raise _syntax("a YAML tag with no JSON counterpart", *_mark(event))
                if len(stack) >= MAX_DEPTH:
                    raise _too_deep_at(event)
                stack.append([{} if mapping else [], _NO_KEY, 1, 0, event.anchor, event.start_mark, False, None])
            elif kind is yaml.SequenceEndEvent or kind is yaml.MappingEndEvent:
                value, _, count, height, anchor, start, _, merged = stack.pop()
                if merged:  # merged keys first, as PyYAML orders them; explicit keys win
                    combined: dict = {}
                    for source in merged:  # an earlier merged mapping wins over a later one
                        for key, item in source.items():
                            combined.setdefault(key, item)
                    combined.update(value)
                    value = combined
                entry = (value, min(count, MAX_YAML_ALIAS_NODES + 1), height, None)
                if anchor is not None:
                    self.anchors[anchor] = entry
                if not stack:
                    root = value
                else:
                    self._add(stack, entry, start, merge=False)
            elif kind is yaml.DocumentEndEvent:
                return root
            # DocumentStartEvent and StreamStartEvent carry nothing to build.

    def _count(self, event) -> None:
        self.nodes += 1
        if self.nodes > MAX_YAML_NODES:
            raise _limit("yaml nodes", line=_mark(event)[0])

    def _add(self, stack: list[list], entry: tuple, where: Any, *, merge: bool) -> None:
        frame = stack[-1]
        value, count, height, text = entry
        frame[2] += count
        if height + 1 > frame[3]:
            frame[3] = height + 1
        container = frame[0]
        if isinstance(container, list):
            container.append(value)
            return
        key = frame[1]
        if key is _NO_KEY:  # this is a key
            if merge:
                frame[6] = True
                frame[1] = _MERGE_KEY
            elif isinstance(value, str):
                frame[1] = value
            elif text is not None:  # a number, boolean or null written as a key: its text
                frame[1] = text
            else:
                raise _syntax("a mapping key that is a list or a mapping", *_mark(where))
            return
        frame[1] = _NO_KEY
        if key is _MERGE_KEY:
            sources = value if isinstance(value, list) else [value]
            if not all(isinstance(source, dict) for source in sources):
                raise _syntax("a merge key whose value is not a mapping", *_mark(where))
            frame[7] = (frame[7] or []) + sources
            return
        container[key] = value

    def _scalar(self, tag: str, event) -> Any:
        value = event.value
        if tag == _STR or tag == _TIMESTAMP or tag == _MERGE:
            return value
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return self.constructor.construct_yaml_bool(yaml.ScalarNode(tag, value))
        if tag == _INT or tag == _FLOAT:
            if sum(character.isdigit() for character in value) > MAX_NUMBER_DIGITS:
                raise _limit("number digits", line=_mark(event)[0], column=_mark(event)[1])
            if tag == _INT:
                return self.constructor.construct_yaml_int(yaml.ScalarNode(tag, value))
            number = self.constructor.construct_yaml_float(yaml.ScalarNode(tag, value))
            if number != number or number in (_INF, -_INF):
                if any(character.isdigit() for character in value):
                    raise _limit("number range", line=_mark(event)[0], column=_mark(event)[1])
                raise _syntax("not a JSON number (NaN or infinity)", *_mark(event))
            return number
        raise _syntax("a YAML tag with no JSON counterpart", *_mark(event))


_NO_KEY, _MERGE_KEY = object(), object()
_INF = float("inf")


def _mark(event_or_mark: Any) -> tuple[int | None, int | None]:
    mark = getattr(event_or_mark, "start_mark", event_or_mark)
    if mark is None:
        return None, None
    return mark.line + 1, mark.column + 1


def _too_deep_at(event) -> InputError:
    error = _too_deep()
    error.line, error.column = _mark(event)
    return error


def parse_yaml(text: str) -> Any:
    """Safe YAML read into the JSON data model: one document, no custom tags, and the limits of the
    module docstring (size, values, alias expansion, depth, numbers)."""
    if len(text) > MAX_YAML_BYTES:
        raise _limit("yaml size")
    try:
        return _YamlReader().read(text)
    except yaml.MarkedYAMLError as error:
        # The message only: PyYAML's pure-Python scanner quotes the offending character.
        line, column = _mark(error.problem_mark or error.context_mark)
        if "nesting depth" in str(error.problem):  # libyaml's own nesting limit, past ours
            raise InputError("input.limit", *_too_deep_messages(), line, column) from None
        raise _syntax(_yaml_problem(error), line, column) from None
    except yaml.YAMLError as error:
        raise _syntax(_yaml_problem(error)) from None
    except (ValueError, OverflowError):  # a number PyYAML cannot convert (say, a huge sexagesimal)
        raise _limit("number digits") from None
    except RecursionError:
        raise _too_deep() from None


def _yaml_problem(error: yaml.YAMLError) -> str:
    """The parser's problem without what it quotes from the input (the pure-Python scanner quotes
    the offending character); the punctuation it names as expected is kept."""
    problem = str(getattr(error, "problem", None) or getattr(error, "context", None) or type(error).__name__)
    return re.sub(r"'([^']*)'", lambda quoted: quoted.group() if quoted.group(1) and set(quoted.group(1)) <= set(",[]{}:-?") else "'…'", problem)


def read_document(path: Path, fmt: str) -> Any:
    """A whole JSON or YAML document."""
    if fmt == "yaml":
        try:
            if path.stat().st_size > MAX_YAML_BYTES:  # refused before a byte is read
                raise _limit("yaml size")
        except OSError:
            pass  # _read_text reports it
    text = _read_text(path)
    return parse_json(text) if fmt == "json" else parse_yaml(text)


#: Integers of 19 digits or more may lie outside 64 bits, which orjson reads as floats: such lines
#: (and any line with a run of 19 digits, even inside a string) take the ``json`` module's path.
#: One ``bytes.translate`` finds both that and the brackets that nesting needs: digits become "9",
#: brackets "[", everything else a space.
_SHAPE = bytes(57 if 48 <= i <= 57 else 91 if i in (91, 123) else 32 for i in range(256))
_LONG_DIGITS = b"9" * 19
#: What ``parse_json_line`` returns for a blank line.
BLANK = object()
#: JSON Lines are read in chunks of about this many bytes, cut at line ends.
CHUNK_BYTES = 1 << 20


def parse_json_line(raw: bytes, line_number: int, newline: bool = True) -> Any:
    """One line of JSON Lines (without its line end): the record, ``InputError``, or ``BLANK``.

    orjson reads the line; whatever orjson refuses, and lines with long digit runs, go through the
    ``json`` module exactly as a line read on its own would (so ``NaN``, lone surrogates and big
    integers are read as before, and errors carry the same message, line and column). ``newline``
    tells whether the line ended with one in the file: error columns count it.
    """
    shape = raw.translate(_SHAPE)
    if _LONG_DIGITS not in shape:
        try:
            document = orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
        else:
            if shape.count(b"[") > MAX_DEPTH:  # cheap test first: depth needs brackets
                try:
                    check_depth(document)
                except InputError as error:
                    error.line = line_number
                    return error
            return document
    if not raw.strip():
        return BLANK
    try:
        line = (raw + b"\n" if newline else raw).decode("utf-8")
    except UnicodeDecodeError as error:
        return _syntax(f"not UTF-8: byte {error.start + 1} of the line", line_number)
    if not line.strip():
        return BLANK
    try:
        return parse_json(line)
    except InputError as error:
        error.line = line_number
        return error


def json_lines(data: bytes, first_line: int) -> Iterator[tuple[int, Any]]:
    """(line number, record or InputError) for each non-blank line of ``data``, a run of whole
    lines of a file starting at line ``first_line``."""
    lines = data.split(b"\n")
    last = first_line + len(lines) - 1  # the last piece: a line without line end, or b"" after the last one
    loads, shape_of, long_digits = orjson.loads, _SHAPE, _LONG_DIGITS
    line = first_line - 1
    for raw in lines:
        line += 1
        if not raw or raw == b"\r":
            continue
        shape = raw.translate(shape_of)
        if long_digits not in shape and shape.count(b"[") <= MAX_DEPTH:  # the common case, inline
            try:
                record = loads(raw)
            except orjson.JSONDecodeError:
                pass
            else:
                yield line, record
                continue
        record = parse_json_line(raw, line, line != last)
        if record is not BLANK:
            yield line, record


def _open_binary(path: Path):
    try:
        return path.open("rb")
    except OSError:
        _read_text(path)  # raises the matching InputError
        raise


@dataclass(frozen=True)
class JsonLinesChunk:
    """A run of whole lines of a JSON Lines file: where it starts (byte offset), how long it is and
    the number of its first line."""

    offset: int
    length: int
    first_line: int


def plan_json_lines(path: Path, chunk_bytes: int | None = None) -> Iterator[JsonLinesChunk]:
    """Cut a JSON Lines file into chunks of about ``chunk_bytes`` (default ``CHUNK_BYTES``) at line
    ends, streamed: reads the file once, holds one block at a time. Raises ``InputError`` if the
    file cannot be opened."""
    chunk_bytes = chunk_bytes or CHUNK_BYTES
    with _open_binary(path) as handle:
        offset, line = 0, 1
        while True:
            handle.seek(offset)
            block = handle.read(chunk_bytes)
            if not block:
                return
            cut = block.rfind(b"\n")
            if len(block) < chunk_bytes:  # the rest of the file
                yield JsonLinesChunk(offset, len(block), line)
                return
            if cut == -1:  # one line longer than a chunk: find its end
                length = len(block)
                while True:
                    more = handle.read(chunk_bytes)
                    if not more:
                        break
                    found = more.find(b"\n")
                    if found != -1:
                        length += found + 1
                        break
                    length += len(more)
                yield JsonLinesChunk(offset, length, line)
                offset, line = offset + length, line + 1
                continue
            yield JsonLinesChunk(offset, cut + 1, line)
            offset, line = offset + cut + 1, line + block.count(b"\n", 0, cut + 1)


def read_json_lines_chunk(path: Path, chunk: JsonLinesChunk) -> Iterator[tuple[int, Any]]:
    """(line number, record or InputError) for each non-blank line of one chunk."""
    with _open_binary(path) as handle:
        handle.seek(chunk.offset)
        data = handle.read(chunk.length)
    yield from json_lines(data, chunk.first_line)


def iter_json_lines(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, record or InputError) for each non-blank line, streamed one chunk at a time.

    Lines are decoded one by one, so a line that is not UTF-8 is reported at its own line and the
    other lines are still read.
    """
    for chunk in plan_json_lines(path):
        yield from read_json_lines_chunk(path, chunk)


def _local_context() -> dict:
    return json.loads((generated_dir() / "jsonld" / "kll.context.jsonld").read_text(encoding="utf-8"))["@context"]


def _resolve_contexts(node: Any) -> Any:
    """Replace this project's context IRI by the shipped context; refuse any other remote one."""
    if isinstance(node, list):
        return [_resolve_contexts(item) for item in node]
    if not isinstance(node, dict):
        return node
    resolved = {}
    for key, value in node.items():
        if key == "@context":
            resolved[key] = _context_value(value)
        elif key == "@import":
            raise _remote(str(value))
        else:
            resolved[key] = _resolve_contexts(value)
    return resolved


def _context_value(value: Any) -> Any:
    if isinstance(value, list):
        return [_context_value(item) for item in value]
    if isinstance(value, str):
        if value == CONTEXT_IRI:
            return _local_context()
        raise _remote(value)
    if isinstance(value, dict):
        if "@import" in value:
            raise _remote(str(value["@import"]))
        return {term: _term_definition(definition) for term, definition in value.items()}
    return value


def _term_definition(definition: Any) -> Any:
    """A term definition may carry a scoped context of its own, which is checked the same way."""
    if isinstance(definition, dict) and "@context" in definition:
        return {**definition, "@context": _context_value(definition["@context"])}
    return definition


def _protected_redefinition(pointer: str) -> InputError:
    return InputError(
        "input.syntax",
        "The JSON-LD document redefines a protected term (an error in JSON-LD 1.1: protected term redefinition).",
        "JSON-LD-dokumentet omdefinierar en skyddad term (ett fel i JSON-LD 1.1: protected term redefinition).",
        detail=Detail(f"protected term redefinition in the context at {pointer or '/'}", f"protected term redefinition i kontexten vid {pointer or '/'}"),
    )


def _same_definition(first: Any, second: Any) -> bool:
    """Whether two term definitions are the same apart from ``@protected`` (JSON-LD 1.1 allows a
    protected term to be defined again only so); a string is short for ``{"@id": …}``."""
    def plain(definition: Any) -> Any:
        if isinstance(definition, str):
            return {"@id": definition}
        if isinstance(definition, dict):
            return {key: value for key, value in definition.items() if key != "@protected"}
        return definition

    return plain(first) == plain(second)


class _Scope:
    """The active context as a chain of layers, one per context that defined terms: a layer holds
    only its own terms, so a context costs what it defines, never a copy of all active terms (a
    file of many small contexts under one large one would otherwise take quadratic time). The
    chain is as deep as the document, which ``MAX_DEPTH`` bounds."""

    __slots__ = ("parent", "terms", "protected", "has_protected")

    def __init__(self, parent: "_Scope | None", terms: dict[str, Any], protected: set[str]) -> None:
        self.parent, self.terms, self.protected = parent, terms, protected
        # Conservative: a term protected further up counts even if a scoped context redefined it.
        self.has_protected = bool(protected) or (parent is not None and parent.has_protected)

    def lookup(self, term: str) -> tuple[Any, bool]:
        """The term's definition and whether it is protected (None, False when not defined)."""
        scope: _Scope | None = self
        while scope is not None:
            if term in scope.terms:
                return scope.terms[term], term in scope.protected
            scope = scope.parent
        return None, False


def _apply_context(context: Any, scope: _Scope | None, pointer: str, *, override: bool) -> _Scope | None:
    """The active context after ``context`` (already resolved to local data); raises
    ``input.syntax`` for a protected term redefined, or a context nullified while protected terms
    are active, outside a property-scoped context (where JSON-LD 1.1 allows both)."""
    for item in context if isinstance(context, list) else [context]:
        if item is None:
            if scope is not None and scope.has_protected and not override:
                raise _protected_redefinition(pointer)
            scope = None
            continue
        if not isinstance(item, dict):
            continue
        default = item.get("@protected") is True
        terms: dict[str, Any] = {}
        protected: set[str] = set()
        for term, definition in item.items():
            if term.startswith("@"):
                continue
            if not override and scope is not None:
                known, is_protected = scope.lookup(term)
                if is_protected and not _same_definition(known, definition):
                    raise _protected_redefinition(pointer)
            terms[term] = definition
            flag = definition.get("@protected", default) if isinstance(definition, dict) else default
            if flag is True:
                protected.add(term)
        if terms:
            scope = _Scope(scope, terms, protected)
    return scope


def check_protected_terms(document: Any) -> None:
    """Raise ``input.syntax`` where a JSON-LD document redefines a protected term (JSON-LD 1.1,
    "protected term redefinition"), which rdflib accepts. Checked over the contexts as they nest,
    iteratively (the document is already within ``MAX_DEPTH``), in time linear in the document
    times its depth; a property's scoped context may override, as the specification allows.
    Type-scoped contexts are not followed."""
    stack: list[tuple[Any, _Scope | None, str]] = [(document, None, "")]
    while stack:
        node, scope, pointer = stack.pop()
        if isinstance(node, list):
            stack.extend((item, scope, f"{pointer}/{position}") for position, item in enumerate(node))
            continue
        if not isinstance(node, dict):
            continue
        if "@context" in node:
            scope = _apply_context(node["@context"], scope, f"{pointer}/@context", override=False)
        for key, value in node.items():
            if key == "@context":
                continue
            definition = scope.lookup(key)[0] if scope is not None else None
            scoped = definition.get("@context") if isinstance(definition, dict) else None
            child = f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}"
            if scoped is not None:
                stack.append((value, _apply_context(scoped, scope, child, override=True), child))
            else:
                stack.append((value, scope, child))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("input.not-found", "The file does not exist.", "Filen finns inte.") from None
    except IsADirectoryError:
        raise InputError("input.not-found", "The path is a directory, not a file.", "Sökvägen är en katalog, inte en fil.") from None
    except OSError as error:
        raise InputError("input.not-found", "The file cannot be opened.", "Filen kan inte öppnas.", detail=error.strerror) from None


def _external_entity(kind: str) -> InputError:
    return InputError(
        "input.remote-reference",
        "The XML file declares an external DTD or entity; nothing is fetched. Remove the declaration or write the entity's text in the file.",
        "XML-filen deklarerar en extern DTD eller entitet; inget hämtas. Ta bort deklarationen eller skriv in entitetens text i filen.",
        detail=kind,
    )


def _parse_rdfxml(data: bytes, graph, base: str) -> None:
    """RDF/XML through rdflib's own RDF/XML handler, on an expat reader that cannot reach outside
    the file: a DOCTYPE naming an external DTD and any external entity (general or parameter) are
    refused before anything is resolved, and the reader never opens a URL (external general and
    parameter entities off). Entities declared inside the file (``<!ENTITY xsd "http://…">``, a
    common RDF/XML abbreviation) are expanded by expat, whose amplification limit (expat 2.4 and
    later) stops an entity-expansion bomb; the nesting limit applies as for every other format."""
    from io import BytesIO
    from xml.sax import handler as sax_handler
    from xml.sax.expatreader import ExpatParser

    from rdflib.parser import create_input_source
    from rdflib.plugins.parsers.rdfxml import ErrorHandler, RDFXMLHandler

    class SafeExpat(ExpatParser):
        """Expat with every route to another document closed (see ``_parse_rdfxml``)."""

        depth = 0

        def reset(self) -> None:
            super().reset()
            self._parser.StartDoctypeDeclHandler = self._doctype
            self._parser.EntityDeclHandler = self._entity
            self._parser.ExternalEntityRefHandler = self._external
            # A default handler stops expat from expanding declared entities in element text: they
            # come here instead and are refused. rdflib joins text pieces one by one, so an
            # expansion bomb that stays under expat's amplification limit would still take hours.
            self._parser.DefaultHandler = self._default
            self._parser.SkippedEntityHandler = self._skipped  # never silently dropped
            # No external parameter entities, hence no external DTD subset, is ever read.
            self._parser.SetParamEntityParsing(0)

        def _doctype(self, name, system_id, public_id, has_internal_subset) -> None:
            if system_id or public_id:
                raise _external_entity("external DTD")

        def _entity(self, name, is_parameter, value, base, system_id, public_id, notation) -> None:
            if system_id or public_id or notation:
                raise _external_entity("external entity")

        def _external(self, context, base, system_id, public_id) -> int:
            raise _external_entity("external entity")

        def _skipped(self, name: str, is_parameter: bool) -> None:
            self._default("&;")

        def _default(self, data: str) -> None:
            if data.startswith("&") and data.endswith(";"):
                raise InputError(
                    "input.limit",
                    "The XML file uses a declared entity in element text; only entities in attribute values (such as namespace abbreviations) are read.",
                    "XML-filen använder en deklarerad entitet i elementtext; bara entiteter i attributvärden (till exempel förkortade namnrymder) läses.",
                    line=self._parser.CurrentLineNumber, detail=Detail("entity reference in text", "entitetsreferens i text"),
                )

        def start_element_ns(self, name, attrs) -> None:
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise _too_deep()
            super().start_element_ns(name, attrs)

        def end_element_ns(self, name) -> None:
            self.depth -= 1
            super().end_element_ns(name)

    source = create_input_source(source=BytesIO(data), publicID=base, format="xml")
    reader = SafeExpat()
    reader.setFeature(sax_handler.feature_namespaces, 1)
    reader.setFeature(sax_handler.feature_external_ges, 0)
    reader.setFeature(sax_handler.feature_external_pes, 0)
    rdfxml = RDFXMLHandler(graph)
    rdfxml.setDocumentLocator(source)
    reader.setContentHandler(rdfxml)
    reader.setErrorHandler(ErrorHandler())
    reader.parse(source)


def _remote(reference: str) -> InputError:
    return InputError(
        "input.remote-reference",
        "The file refers to a remote document (context or import); nothing is fetched. Use this project's context or inline it.",
        "Filen hänvisar till ett fjärrdokument (kontext eller import); inget hämtas. Använd projektets kontext eller skriv in den i filen.",
        detail=reference[:200],
    )


def _error_line(error: Exception, text: str) -> int | None:
    """The 1-based line of an rdflib syntax error, from its character offset where it has one."""
    offset = getattr(error, "_i", None)
    source = getattr(error, "_str", None)
    if isinstance(offset, int) and isinstance(source, (bytes, str)):
        prefix = source[:offset]
        return (prefix.count(b"\n") if isinstance(prefix, bytes) else prefix.count("\n")) + 1
    line = getattr(error, "lineno", None)
    if line is None and callable(getattr(error, "getLineNumber", None)):  # xml.sax's SAXParseException
        line = error.getLineNumber()
    return line if isinstance(line, int) else None


def read_graph(path: Path, fmt: str):
    """An RDF graph from Turtle, JSON-LD or RDF/XML (``fmt`` ``"xml"``), with no network access
    and no imports followed."""
    from rdflib import Graph
    from rdflib.namespace import OWL

    from .literals import install_literal_limits

    install_literal_limits()  # before parsing: rdflib reads a literal's value when it is made
    # RDF/XML declares its own encoding (the XML declaration), so expat gets the bytes.
    text = _read_bytes(path) if fmt == "xml" else _read_text(path)
    graph = Graph()
    rdflib_logger = logging.getLogger("rdflib")
    previous = rdflib_logger.level
    rdflib_logger.setLevel(logging.ERROR)
    try:
        if fmt == "xml":
            _parse_rdfxml(text, graph, path.resolve().as_uri())
        elif fmt == "jsonld":
            document = _resolve_contexts(parse_json(text))
            check_protected_terms(document)
            graph.parse(data=json.dumps(document), format="json-ld", base=path.resolve().as_uri())
        else:
            graph.parse(data=text, format="turtle", publicID=path.resolve().as_uri())
    except InputError:
        raise
    except RecursionError:
        raise _too_deep() from None
    except Exception as error:  # rdflib raises many unrelated types for bad syntax
        # Only the error's type and line: rdflib's message quotes the input around the error,
        # which may be personal data.
        raise _syntax(type(error).__name__, _error_line(error, text)) from None
    finally:
        rdflib_logger.setLevel(previous)
    imports = sorted(str(o) for o in graph.objects(None, OWL.imports))
    if imports:
        raise _remote(imports[0])
    return graph
