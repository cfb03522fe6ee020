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
from typing import Any

from .. import __version__
from ..validation.report import Report
from ._common import json_safe, model_version, ordered

__all__ = ["render", "to_data", "schema", "SCHEMA_RESOURCE"]

#: The schema's file name inside the ``kll.render`` package.
SCHEMA_RESOURCE = "report.schema.json"


def schema() -> dict[str, Any]:
    """The JSON Schema of this output."""
    return json.loads(resources.files(__package__).joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8"))


def to_data(report: Report) -> dict[str, Any]:
    """The report as plain data, keys in schema order."""
    return {
        "kll_version": __version__,
        "model_version": model_version(),
        "reference_date": report.reference_date,
        "conformant": report.conformant,
        "counts": report.counts,
        "files": list(report.files),
        "records": report.records,
        "stages": [stage.value for stage in report.stages],
        "findings": [finding.to_dict() for finding in ordered(report)],
    }


def render(report: Report) -> str:
    return json_safe(json.dumps(to_data(report), ensure_ascii=False, indent=2)) + "\n"
