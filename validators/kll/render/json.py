"""The machine-readable report: JSON described by ``report.schema.json`` (JSON Schema 2020-12).

Top-level keys, always in this order: ``kll_version``, ``model_version``, ``reference_date``, ``conformant``, ``counts`` {violation,
warning, info}, ``files``, ``records``, ``stages``, ``findings``. Findings are in
``Report.sorted()`` order (ties broken by line, column, node, path, message), each with
``rule``, ``severity``, ``stage``, ``location`` (``file`` and only the parts that are known),
``message_en``, ``message_sv``, ``detail``, ``detail_en`` and ``detail_sv`` (only when the finding has
one; ``detail`` is the English, kept for readers of earlier reports) and
``documentation``. Output is pretty-printed UTF-8 text, one trailing newline,
the same bytes for the same report. Characters a terminal would act on (controls, line
separators, bidi overrides) and lone surrogates are written as ``\\uXXXX`` escapes: the same
values to a JSON reader, inert when the file is shown.
"""

from __future__ import annotations

import json
from importlib import resources
from json.encoder import encode_basestring
from typing import Any, Iterator

from .. import __version__
from ..validation.report import Report
from ._common import json_safe, model_version, ordered, ordered_stream

__all__ = ["render", "pieces", "to_data", "schema", "indented", "SCHEMA_RESOURCE"]

#: The schema's file name inside the ``kll.render`` package.
SCHEMA_RESOURCE = "report.schema.json"


def schema() -> dict[str, Any]:
    """The JSON Schema of this output."""
    return json.loads(resources.files(__package__).joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8"))


def to_data(report: Report, *, findings: bool = True) -> dict[str, Any]:
    """The report as plain data, keys in schema order (without ``findings`` when told so)."""
    data = {
        "kll_version": __version__,
        "model_version": model_version(),
        "reference_date": report.reference_date,
        "conformant": report.conformant,
        "counts": report.counts,
        "files": list(report.files),
        "records": report.records,
        "stages": [stage.value for stage in report.stages],
    }
    if findings:
        data["findings"] = [finding.to_dict() for finding in ordered(report)]
    return data


#: The C encoder, for one value at a time: ``json.dumps`` with an indent runs the pure-Python
#: encoder instead, which made the JSON report of 100,000 findings take 12 s.
_encode = json.JSONEncoder(ensure_ascii=False).encode
_SCALARS = {None: "null", True: "true", False: "false"}


def _scalar(value: Any) -> str:
    kind = value.__class__
    if kind is str:
        return encode_basestring(value)  # the C function behind ensure_ascii=False
    if kind is int:
        return int.__repr__(value)  # as the encoder writes ints
    if value is None or kind is bool:
        return _SCALARS[value]
    return _encode(value)


def indented(value: Any, depth: int = 0) -> str:
    """Exactly what ``json.dumps(value, ensure_ascii=False, indent=2)`` writes, as it would stand
    ``depth`` levels deep inside a larger dump (inner lines indented by ``2 * depth`` more spaces),
    with every key and scalar written by the C encoder — except that keys must be strings (where
    ``json.dumps`` writes ``1`` or ``None`` as ``"1"`` or ``"null"``, this raises ``TypeError``).
    Anything else the JSON encoder refuses raises as ``json.dumps`` would (a circular structure
    as ``RecursionError``)."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = "\n" + "  " * (depth + 1)
        parts = []
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError("indented() takes string keys only")
            text = encode_basestring(item) if item.__class__ is str else indented(item, depth + 1)
            parts.append(f"{inner}{encode_basestring(key)}: {text}")
        return "{" + ",".join(parts) + "\n" + "  " * depth + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = "\n" + "  " * (depth + 1)
        return "[" + ",".join(inner + indented(item, depth + 1) for item in value) + "\n" + "  " * depth + "]"
    return _scalar(value)


def render(report: Report) -> str:
    return "".join(pieces(report))


def pieces(report: Report) -> Iterator[str]:
    """The text of ``render`` a finding at a time: ``json.dumps`` of the whole report, indent 2,
    written as it is made, so a report of many findings is never held as one text or as dicts.

    The findings are the last key: the text before them is the report dumped with an empty list,
    cut at the list; each finding is dumped alone and indented to its depth (4 spaces: no string
    in a dump holds a line break, so every line is indented as the whole dump would indent it)."""
    head = {**to_data(report, findings=False), "findings": []}
    text = json.dumps(head, ensure_ascii=False, indent=2)
    if not report.findings:
        yield json_safe(text) + "\n"
        return
    before, after = text.rsplit("[]", 1)  # the empty list is the last value: nothing follows but "}"
    yield json_safe(before) + "[\n"
    separator = ""
    for finding in ordered_stream(report):
        yield separator + json_safe("    " + indented(finding.to_dict(), 2))
        separator = ",\n"
    yield "\n  ]" + json_safe(after) + "\n"
