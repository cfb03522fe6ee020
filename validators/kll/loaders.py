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
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import yaml

from .paths import generated_dir

__all__ = [
    "InputError", "FORMATS", "detect_format", "read_document", "iter_json_lines", "read_graph",
    "CONTEXT_IRI", "MAX_DEPTH", "MAX_YAML_NODES",
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


def iter_json_lines(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, record or InputError) for each non-blank line, streamed one line at a time.

    Lines are decoded one by one, so a line that is not UTF-8 is reported at its own line and the
    other lines are still read.
    """
    try:
        handle = path.open("rb")
    except OSError:
        _read_text(path)  # raises the matching InputError
        raise
    with handle:
        for line_number, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                yield line_number, _syntax(f"not UTF-8: byte {error.start + 1} of the line", line_number)
                continue
            if not line.strip():
                continue
            try:
                yield line_number, parse_json(line)
            except InputError as error:
                error.line = line_number
                yield line_number, error


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
    return line if isinstance(line, int) else None


def read_graph(path: Path, fmt: str):
    """An RDF graph from Turtle or JSON-LD, with no network access and no imports followed."""
    from rdflib import Graph
    from rdflib.namespace import OWL

    text = _read_text(path)
    graph = Graph()
    rdflib_logger = logging.getLogger("rdflib")
    previous = rdflib_logger.level
    rdflib_logger.setLevel(logging.ERROR)
    try:
        if fmt == "jsonld":
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
