"""The code lists shipped with the package, with their provenance.

Large classifications (SUN 2020, SSYK 2012, municipalities, counties) are data, not enumerations
in the model: the model carries a code and the scheme it belongs to, and the rules stage checks
membership against these lists. Nothing is fetched at run time.

>>> from kll.artifacts.codelists import load
>>> municipalities = load("municipality")
>>> municipalities["2281"].label_sv
'Sundsvall'
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Iterator, Mapping

import yaml

__all__ = ["Code", "CodeList", "load", "names"]


@dataclass(frozen=True)
class Code:
    """One row of a code list: the code, its Swedish label and every other column of the row."""

    code: str
    label_sv: str
    columns: Mapping[str, str]


@dataclass(frozen=True)
class CodeList:
    """A code list with its provenance. Behaves as a read-only mapping from code to `Code`."""

    name: str
    scheme: str
    version: str
    title: str
    title_sv: str
    publisher: str
    source: str
    caveats: tuple[str, ...]
    codes: Mapping[str, Code] = field(repr=False)

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def __getitem__(self, code: str) -> Code:
        return self.codes[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self.codes)

    def __len__(self) -> int:
        return len(self.codes)


def _manifest() -> dict[str, dict]:
    return yaml.safe_load(files(__name__).joinpath("codelists.yaml").read_text(encoding="utf-8"))


def names() -> list[str]:
    """The names of all shipped code lists, e.g. ``["sun-2020-level", …]``."""
    return list(_manifest())


@cache
def load(name: str) -> CodeList:
    """Load one shipped code list by name; raises ``KeyError`` naming the known lists otherwise.

    Raises ``ValueError`` if the file holds a duplicate code, so a corrupted list never loads
    silently with one row shadowing another.
    """
    manifest = _manifest()
    if name not in manifest:
        raise KeyError(f"unknown code list {name!r}; known: {', '.join(manifest)}")
    meta = manifest[name]
    text = files(__name__).joinpath(meta["file"]).read_text(encoding="utf-8")
    codes: dict[str, Code] = {}
    for row in csv.DictReader(text.splitlines()):
        code = row[meta["code_column"]]
        if code in codes:
            raise ValueError(f"code list {name!r}: duplicate code {code!r}")
        codes[code] = Code(code=code, label_sv=row[meta["label_column"]], columns=MappingProxyType(row))
    return CodeList(
        name=name,
        scheme=meta["scheme"],
        version=str(meta["version"]),
        title=meta["title"],
        title_sv=meta["title_sv"],
        publisher=meta["publisher"],
        source=" ".join(meta["source"].split()),
        caveats=tuple(meta.get("caveats", ())),
        codes=MappingProxyType(codes),
    )
