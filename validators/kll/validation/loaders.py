"""Read input files safely: JSON, YAML, JSON Lines, Turtle and JSON-LD.

Every failure becomes an ``InputError`` with a rule ID, a bilingual message and, where the parser
gives one, a line and column — never a traceback. Nothing is fetched: JSON-LD may use this
project's context (by its IRI, resolved to the shipped file) or an inline context, and a remote
context, ``@import`` or ``owl:imports`` is refused, not followed.

Limits keep hostile input from exhausting the machine: nesting depth (``MAX_DEPTH``) and the size a
YAML document would have once its aliases are expanded (``MAX_YAML_NODES``).
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

__all__ = [
    "InputError", "FORMATS", "detect_format", "read_document", "iter_json_lines", "read_graph",
    "parse_json_line", "BLANK", "json_lines", "plan_json_lines", "read_json_lines_chunk", "JsonLinesChunk",
    "CONTEXT_IRI", "MAX_DEPTH", "MAX_YAML_NODES", "CHUNK_BYTES",
]

FORMATS = ("json", "yaml", "jsonl", "turtle", "jsonld")
_EXTENSIONS = {
    ".json": "json", ".yaml": "yaml", ".yml": "yaml", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".ttl": "turtle", ".jsonld": "jsonld",
}
#: The IRI under which this project's JSON-LD context is published; resolved to the shipped file.
CONTEXT_IRI = "https://w3id.org/kll/model/context.jsonld"
MAX_DEPTH = 64
MAX_YAML_NODES = 1_000_000


@dataclass
class InputError(Exception):
    """Input that cannot be read. ``rule`` is one of the ``input.*`` rule IDs."""

    rule: str
    message_en: str
    message_sv: str
    line: int | None = None
    column: int | None = None
    detail: str | None = None

    def __str__(self) -> str:
        return self.message_en + (f" ({self.detail})" if self.detail else "")


def _syntax(detail: str, line: int | None = None, column: int | None = None) -> InputError:
    return InputError("input.syntax", "The file is not well-formed and cannot be read.", "Filen är inte välformad och kan inte läsas.", line, column, detail)


def _too_deep() -> InputError:
    return InputError(
        "input.limit",
        f"The document is nested more than {MAX_DEPTH} levels deep.",
        f"Dokumentet är nästlat i fler än {MAX_DEPTH} nivåer.",
    )


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
            detail=path.suffix or "no extension",
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


def parse_json(text: str) -> Any:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise _syntax(error.msg, error.lineno, error.colno) from None
    except RecursionError:
        raise _too_deep() from None
    if text.count("[") + text.count("{") > MAX_DEPTH:  # cheap test first: depth needs brackets
        check_depth(document)
    return document


def _expanded_size(root: yaml.Node) -> int:
    """The number of nodes the document would have with every alias expanded, without expanding."""
    sizes: dict[int, int] = {}
    order: list[yaml.Node] = []
    stack, seen = [root], set()
    while stack:  # post-order over the node graph, each shared node once
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        order.append(node)
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(child for pair in node.value for child in pair)
    for node in reversed(order):
        if isinstance(node, yaml.SequenceNode):
            children = node.value
        elif isinstance(node, yaml.MappingNode):
            children = [child for pair in node.value for child in pair]
        else:
            children = []
        total = 1 + sum(sizes.get(id(child), 1) for child in children)
        sizes[id(node)] = min(total, MAX_YAML_NODES + 1)
    return sizes[id(root)]


def parse_yaml(text: str) -> Any:
    """Safe YAML: no custom tags, bounded alias expansion, bounded depth, one document."""
    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            if _expanded_size(node) > MAX_YAML_NODES:
                raise InputError(
                    "input.limit",
                    f"The YAML document would expand to more than {MAX_YAML_NODES:,} nodes through its aliases.",
                    f"YAML-dokumentet skulle växa till fler än {MAX_YAML_NODES:,} noder genom sina alias.",
                )
            depth_error = _node_depth_exceeded(node)
            if depth_error:
                raise _too_deep()
            document = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise _syntax(str(error.problem or error.context), mark.line + 1 if mark else None, mark.column + 1 if mark else None) from None
    except yaml.YAMLError as error:
        raise _syntax(str(error)) from None
    except RecursionError:
        raise _too_deep() from None
    return document


def _node_depth_exceeded(root: yaml.Node) -> bool:
    stack, seen = [(root, 1)], set()
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        if (id(node), depth) in seen:
            continue
        seen.add((id(node), depth))
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend((value, depth + 1) for _, value in node.value)
    return False


def read_document(path: Path, fmt: str) -> Any:
    """A whole JSON or YAML document."""
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
                    line=self._parser.CurrentLineNumber, detail="entity reference in text",
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
