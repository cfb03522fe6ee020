"""How much of a foreign standard the mapping covers, measured against the standard itself.

A mapping table can only claim what it lists; a table that lists names the standard does not
have (``elm:legalName`` where ELM v3 says ``rov:legalName``) would still read "125/125". So the
yardstick is each adapter's ``standard()``: the elements of the standard's own, vendored
definition. Every such element is **mapped**, **unmapped** with a reason given, or **missing**
from the table; a row of the table that names an element the standard does not define is
**not in the standard** — a claim the tool cannot back, and an error of ``kll mapping coverage``.

    from kll.adapters.coverage import measure
    result = measure("elm")
    result.mapped, result.missing, result.not_in_standard
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import MappingRow, StandardDefinition

__all__ = ["FOREIGN_FORMATS", "Coverage", "measure", "markdown_table"]

#: The formats that have a standard of their own (the others are the project's own formats).
FOREIGN_FORMATS = ("emil3", "elm", "sssom", "dcat")


@dataclass(frozen=True)
class Coverage:
    """One format's mapping table measured against the standard's definition.

    ``mapped``, ``unmapped`` (with a reason) and ``missing`` partition the standard's elements;
    ``unexplained`` are elements whose row neither maps them nor gives a reason;
    ``not_in_standard`` are rows naming elements the standard does not define. ``groups`` counts,
    per row group (e.g. the Annex I elements of a micro-credential), the rows listed and mapped."""

    format: str
    standard: str
    source: str
    elements: int
    mapped: tuple[str, ...]
    unmapped: tuple[str, ...]
    missing: tuple[str, ...]
    unexplained: tuple[str, ...]
    not_in_standard: tuple[str, ...]
    groups: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def accounted(self) -> int:
        """Elements of the standard that are mapped or declared unmapped with a reason."""
        return len(self.mapped) + len(self.unmapped)

    @property
    def honest(self) -> bool:
        """True when every row names an element of the standard and every unmapped row says why."""
        return not self.not_in_standard and not self.unexplained

    def to_dict(self) -> dict:
        """The JSON form ``kll mapping coverage --format json`` prints."""
        return {
            "format": self.format, "standard": self.standard, "source": self.source,
            "elements": self.elements, "mapped": len(self.mapped), "unmapped_with_reason": len(self.unmapped),
            "missing": list(self.missing), "unexplained": list(self.unexplained),
            "not_in_standard": list(self.not_in_standard), "groups": self.groups,
        }


def measure(name: str) -> Coverage:
    """The coverage of format ``name``'s mapping table against its standard's definition."""
    from . import get  # looked up at call time: the registry is the one place adapters come from

    adapter = get(name)
    return measure_rows(name, adapter.mapping(), adapter.standard())


def measure_rows(name: str, rows: list[MappingRow], standard: StandardDefinition) -> Coverage:
    """``measure`` for a given table and definition (what the tests vary)."""
    defined = list(dict.fromkeys(standard.elements))
    known = set(defined)
    by_element: dict[str, MappingRow] = {}
    for row in rows:
        # a row that maps wins over one that declares the same element unmapped (an element
        # can be mapped in one context and not in another: the table says both)
        if row.element not in by_element or row.status == "mapped":
            by_element[row.element] = row
    mapped, unmapped, missing, unexplained = [], [], [], []
    for element in defined:
        row = by_element.get(element)
        if row is None:
            missing.append(element)
        elif row.status == "mapped":
            mapped.append(element)
        elif row.reason:
            unmapped.append(element)
        else:
            unexplained.append(element)
    # a grouped row (the Annex I elements of a micro-credential) measures against another text,
    # counted in ``groups``: it claims no element of this standard
    not_in_standard = [element for element, row in by_element.items() if element not in known and not row.group]
    groups = {}
    for group in sorted({row.group for row in rows if row.group}):
        members = [row for row in rows if row.group == group]
        groups[group] = {"listed": len(members), "mapped": sum(row.status == "mapped" for row in members)}
    return Coverage(
        format=name, standard=standard.name, source=standard.source, elements=len(defined),
        mapped=tuple(mapped), unmapped=tuple(unmapped), missing=tuple(missing),
        unexplained=tuple(unexplained), not_in_standard=tuple(not_in_standard), groups=groups,
    )


def markdown_table(rows: list[MappingRow]) -> str:
    """A mapping table as Markdown: element, status, model element or reason, note."""

    def cell(text: str | None) -> str:
        return (text or "").replace("|", "\\|").replace("\n", " ")

    lines = ["| element | status | model | reason or note |", "|---|---|---|---|"]
    for row in rows:
        model = f"`{row.model}`" if row.model else ""
        lines.append(f"| `{cell(row.element)}` | {row.status} | {model} | {cell(row.reason or row.note)} |")
    return "\n".join(lines) + "\n"
