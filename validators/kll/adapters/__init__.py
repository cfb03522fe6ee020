"""Reading and writing the formats implementers hold their data in.

Every format is an ``Adapter``: it reads a file into a **data package** (the model's ``DataPackage``
as a JSON-ready dict, the same shape as ``examples/*.yaml``) and writes a data package out. What a
mapping cannot carry is never dropped silently: it becomes a warning ``Finding`` located in the
terms of the format it came from (``Location.record_id`` and a JSON Pointer or line there). Model
content that a foreign format has no element for is kept where the format has room for it (ELM
and DCAT-AP-SE carry it under the model's own IRIs) and reported where it has none (EMIL3, SSSOM).
Input that the model cannot carry is reported and left out: the model's classes are closed, so
keeping it would make the package invalid.

    from kll import adapters
    imported = adapters.get("emil3").read(Path("export.json"))
    imported.package        # {"education_providers": [...], "educations": [...], ...}
    imported.findings       # warnings: input the mapping cannot carry
    adapters.get("turtle").write(imported.package, Path("export.ttl"))

Formats: the project's own ``json``, ``yaml``, ``turtle`` and ``jsonld``; ``emil3`` (Susa-navet
EMIL3 records), ``elm`` (European Learning Model v3 JSON-LD), ``sssom`` (SSSOM TSV mapping sets)
and ``dcat`` (DCAT-AP-SE catalogues, Turtle or JSON-LD). ``kll convert`` and ``kll mapping`` are
the command line of this module; ``kll validate --from FORMAT`` validates a foreign file as it is.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Protocol

from ..validation.report import Finding, Location, Severity, Stage

__all__ = [
    "Adapter", "Imported", "MappingRow", "StandardDefinition", "ConversionError", "CONVERSION_RULES",
    "conversion_finding", "get", "names", "convert", "validate_foreign",
]


class ConversionError(Exception):
    """A file that cannot be read as the format it was given as (syntax, wrong shape): exit 2.

    ``location`` says where, in the terms of that format."""

    def __init__(self, message: str, location: Location) -> None:
        super().__init__(message)
        self.location = location


@dataclass(frozen=True)
class MappingRow:
    """One row of a format's published mapping table.

    ``element`` is the element in the foreign format (an EMIL3 field path, an ELM class or property
    IRI as a CURIE, an SSSOM slot, a DCAT property); ``status`` is ``mapped`` or ``unmapped``;
    ``model`` the model class or ``Class.slot`` it maps to; ``reason`` why it is not mapped; ``note``
    any conversion detail a reader needs (code list translation, unit, language tags)."""

    element: str
    status: str
    model: str | None = None
    reason: str | None = None
    note: str | None = None
    group: str | None = None  # e.g. "micro-credential" for the 16 ELM micro-credential elements


@dataclass(frozen=True)
class StandardDefinition:
    """What a foreign format consists of, by the standard's own definition — not by our table.

    ``elements`` lists every element of the standard (an ELM class or property as a CURIE, an
    EMIL3 field path, an SSSOM slot, a DCAT-AP-SE property), spelt as ``MappingRow.element``
    spells it; ``kll mapping coverage`` measures the mapping table against it. ``name`` says
    which definition it is, ``source`` where it was published (repository, path, commit)."""

    name: str
    source: str
    elements: tuple[str, ...]


@dataclass
class Imported:
    """A foreign file read into a data package.

    ``locate`` turns a JSON Pointer into the package (``/education_events/3/execution/start_date``)
    into a ``Location`` in the source file's own terms (its record identifier and field path), so
    that ``kll validate --from`` reports where the implementer can find it; None when the pointer
    comes from no one place of the source."""

    package: dict
    findings: list[Finding] = field(default_factory=list)
    locate: Callable[[str], Location | None] = lambda pointer: None
    #: The adapter's last word on each validation finding of its file, where a decision record
    #: says how the format's data is judged (ELM: a credential issued abroad need not carry
    #: Swedish text, decision record 0021); by default the finding as it is.
    review: Callable[[Finding], Finding] = lambda finding: finding
    #: Findings on the file's conformance to its own format that are not about the conversion
    #: (DCAT-AP-SE: a mandatory element the model has no slot for). ``kll validate --from``
    #: reports them; ``kll convert`` does not, as nothing is lost or left out.
    judgements: list[Finding] = field(default_factory=list)


class Adapter(Protocol):
    """A format: read a file into a data package, write a package into a file."""

    name: str
    title: str
    suffixes: tuple[str, ...]

    def read(self, path: Path) -> Imported:
        """Raise ``ConversionError`` when the file is not that format at all."""

    def write(self, package: dict, path: Path) -> list[Finding]:
        """Write ``package``; return a warning finding for everything the format cannot carry,
        located as ``Location(str(path), pointer=<JSON Pointer into the package>)`` — ``convert``
        moves it to the place in the source file that the pointer came from."""

    def mapping(self) -> list[MappingRow]:
        """The published mapping table ([] for the project's own formats)."""

    def standard(self) -> StandardDefinition:
        """The standard's own list of elements, read from a vendored copy of its definition
        (foreign formats only): the yardstick of ``kll mapping coverage``."""


#: Rules of the conversion itself: every finding an adapter reports has one of these IDs.
#: (severity, English message, Swedish message)
CONVERSION_RULES: dict[str, tuple[Severity, str, str]] = {
    "convert.unmapped": (
        Severity.WARNING,
        "The input has content the mapping to the model cannot carry; it is not part of the converted data.",
        "Indata har innehåll som mappningen till modellen inte kan bära; det ingår inte i konverterade data.",
    ),
    "convert.not-representable": (
        Severity.WARNING,
        "The data has content the target format cannot carry; it is left out of the written file.",
        "Data har innehåll som målformatet inte kan bära; det utelämnas ur den skrivna filen.",
    ),
    "convert.deleted-record": (
        Severity.INFO,
        "The record is deleted at the source (content null); it is not part of the data package.",
        "Posten är raderad i källan (content null); den ingår inte i datapaketet.",
    ),
    "convert.invalid-input": (
        Severity.VIOLATION,
        "The file cannot be read as the format it was given as.",
        "Filen kan inte läsas i det format som angavs.",
    ),
    "convert.invalid-record": (
        Severity.VIOLATION,
        "A record cannot be read as the kind of record it should be; it is not part of the data package.",
        "En post kan inte läsas som den sorts post den ska vara; den ingår inte i datapaketet.",
    ),
    "convert.swedish-not-required": (
        Severity.INFO,
        "A text of a credential issued abroad has no Swedish version; it is kept in the languages it was issued in, as a credential issued abroad need not carry Swedish text.",
        "En text i en merit som utfärdats utomlands saknar svensk version; den behålls på de språk den utfärdades på, eftersom en merit som utfärdats utomlands inte behöver ha svensk text.",
    ),
    "convert.organisation-number-not-required": (
        Severity.INFO,
        "An organisation registered abroad has no Swedish organisation number; the recommendation to give one applies to Swedish organisations, and its foreign registration is carried with its country.",
        "En organisation som är registrerad utomlands saknar svenskt organisationsnummer; rekommendationen att ange ett gäller svenska organisationer, och dess utländska registrering återges med sitt land.",
    ),
    "convert.language-assumed": (
        Severity.WARNING,
        "A text without a language tag is read as Swedish; the model keeps every text under its language.",
        "En text utan språkmärkning läses som svenska; modellen håller varje text under sitt språk.",
    ),
    "convert.superseded-value": (
        Severity.WARNING,
        "A value of a superseded vocabulary is read as its replacement, which the detail names; write the replacement.",
        "Ett värde ur en ersatt vokabulär läses som sin ersättare, som detaljen anger; skriv ersättaren.",
    ),
    "convert.format-required": (
        Severity.VIOLATION,
        "The file lacks an element that its format makes mandatory and that the model does not carry.",
        "Filen saknar ett element som dess format gör obligatoriskt och som modellen inte bär.",
    ),
    "convert.invalid-value": (
        Severity.VIOLATION,
        "A value has a datatype or form that its format does not allow for the element; it is not part of the converted data.",
        "Ett värde har en datatyp eller form som dess format inte tillåter för elementet; det ingår inte i konverterade data.",
    ),
}


def conversion_finding(rule: str, location: Location, detail: str | None = None) -> Finding:
    """A finding of one of ``CONVERSION_RULES``; ``detail`` names the element, never a value."""
    severity, message_en, message_sv = CONVERSION_RULES[rule]
    return Finding(rule, severity, Stage.INPUT, location, message_en, message_sv, detail)


# name -> module that defines ``ADAPTER`` (imported on first use: rdflib and sssom are slow to load)
_MODULES = {
    "json": "native", "yaml": "native", "turtle": "native", "jsonld": "native",
    "emil3": "emil3", "elm": "elm", "sssom": "sssom", "dcat": "dcat",
}


def names() -> list[str]:
    """Every format ``convert`` reads and writes."""
    return list(_MODULES)


def get(name: str) -> Adapter:
    """The adapter of a format; ``ValueError`` names the formats there are."""
    if name not in _MODULES:
        raise ValueError(f"unknown format {name!r}; formats: {', '.join(_MODULES)}")
    module = importlib.import_module(f"{__name__}.{_MODULES[name]}")
    adapters = getattr(module, "ADAPTERS", None)
    return adapters[name] if adapters is not None else module.ADAPTER


def convert(source: str, target: str, in_path: Path, out_path: Path) -> list[Finding]:
    """Read ``in_path`` as ``source`` and write it as ``target``: the findings of both steps.

    What the writer cannot carry is located where it came from: a writer names the place in the
    package (a JSON Pointer), and the reader turns that into a place in ``in_path``."""
    from dataclasses import replace

    reader, writer = get(source), get(target)
    imported = reader.read(in_path)
    package, left_out, positions = _records_only(imported.package, out_path)
    written = [relocated(finding, imported, in_path) for finding in left_out]  # at the read package's places already
    for finding in writer.write(package, out_path):
        if finding.location.file == str(out_path) and finding.location.pointer is not None:
            pointer = _original_pointer(finding.location.pointer, positions)
            finding = relocated(replace(finding, location=replace(finding.location, pointer=pointer)), imported, in_path)
        written.append(finding)
    return [*imported.findings, *written]


def _original_pointer(pointer: str, positions: dict[str, list[int]]) -> str:
    """A writer's pointer into the package it was given, as a pointer into the package that was
    read: a record's position counts the items ``_records_only`` left out before it."""
    parts = pointer.split("/", 3)
    if len(parts) >= 3 and parts[1] in positions and parts[2].isdigit() and int(parts[2]) < len(positions[parts[1]]):
        parts[2] = str(positions[parts[1]][int(parts[2])])
    return "/".join(parts)


def _records_only(package: Any, out_path: Path) -> tuple[Any, list[Finding], dict[str, list[int]]]:
    """``package`` without what no writer can carry as a record — a list of the package that is not
    a list, an item of one that is not an object or has an identifier that is not a string — each
    left out with a ``convert.invalid-record``
    violation at its place (a writer would otherwise fail on it, or spell a string out as
    characters)."""
    from ..artifacts.modelindex import model_index

    if not isinstance(package, dict):
        return package, [], {}
    kept, findings, positions = dict(package), [], {}
    for container in model_index().containers:
        value = package.get(container)
        if value is None:
            continue
        if not isinstance(value, list):
            kept.pop(container)
            findings.append(conversion_finding("convert.invalid-record", Location(str(out_path), pointer=f"/{container}"), "not a list of records"))
            continue
        records, positions[container] = [], []
        for position, record in enumerate(value):
            if not isinstance(record, dict):
                why = "not an object"
            elif "id" in record and not isinstance(record["id"], str):
                why = "an identifier that is not a string"  # writers key records by their id
            else:
                records.append(record)
                positions[container].append(position)
                continue
            findings.append(conversion_finding("convert.invalid-record", Location(str(out_path), pointer=f"/{container}/{position}"), why))
        kept[container] = records
    return kept, findings, positions


def relocated(finding: Finding, imported: Imported, source: Path) -> Finding:
    """``finding``, located by a JSON Pointer into ``imported.package``, moved to the place in the
    source file that the pointer came from; where no one place is known, the file itself, with
    the pointer in the model named in the detail."""
    from dataclasses import replace

    pointer = finding.location.pointer
    located = imported.locate(pointer) if pointer is not None else None
    if located is None:
        english, swedish = f"in the model: {pointer or '/'}", f"i modellen: {pointer or '/'}"
        finding = replace(
            finding,
            detail=f"{finding.detail}; {english}" if finding.detail else english,
            detail_sv=f"{finding.detail_in('sv')}; {swedish}" if finding.detail else swedish,
        )
        located = Location(str(source))
    return replace(finding, location=located)


def _failed_file(error: Exception, path: Path) -> Finding:
    """The finding for a file a foreign reader failed on: the input's own rule (``input.limit``
    for input nested beyond what can be held) or ``internal.error``, never the exception's message,
    which may quote a value."""
    from ..validation.catalogue import ENGINE_RULES
    from ..validation.engine import failure

    from ..validation.loaders import InputError

    rule_id, detail = failure(error)
    rule = ENGINE_RULES[rule_id]
    if isinstance(error, InputError):  # the reader's own words and place: a limit's line, say
        location = Location(str(path), line=error.line, column=error.column)
        return Finding(rule_id, rule.severity, Stage.INPUT, location, error.message_en, error.message_sv, detail)
    return Finding(rule_id, rule.severity, Stage.INPUT, Location(str(path)), rule.message_en, rule.message_sv, detail)


def validate_foreign(source: str, paths: list[Path], **options) -> "Report":
    """Validate files in a foreign format as they are: each is read into a data package, the
    packages are validated together (``kll.validate.validate`` with ``options``), and every
    finding is located back in the file it came from, in that format's terms. The conversion's
    own findings (content the mapping cannot carry, deleted records) are part of the report.

    A file that is not that format at all gives a ``convert.invalid-input`` violation (an input
    error: ``kll validate`` exits 2) and the other files are still validated."""
    import tempfile

    from ..validation.report import Report
    from ..validation.pipeline import validate

    adapter = get(source)
    imported, unreadable = [], []
    for path in paths:
        try:
            imported.append((path, adapter.read(path)))
        except ConversionError as error:
            unreadable.append(conversion_finding("convert.invalid-input", error.location, str(error)))
        except Exception as error:  # noqa: BLE001 - one file the reader fails on never ends the run
            unreadable.append(_failed_file(error, path))
    if not imported:
        return Report(findings=unreadable, files=[str(p) for p in paths], stages=[Stage(s) for s in options.get("stages", ())])
    with tempfile.TemporaryDirectory(prefix="kll-from-") as scratch:
        temporary = {}
        for number, (path, result) in enumerate(imported):
            target = Path(scratch) / f"{number}.json"
            get("json").write(result.package, target)
            temporary[str(target)] = (path, result)
        report = validate([*temporary], input_format="json", **options)
    findings = []
    for finding in report.findings:
        origin = temporary.get(finding.location.file)
        if origin is None:
            findings.append(finding)
            continue
        path, result = origin
        findings.append(result.review(relocated(finding, result, path)))
    for _, result in imported:
        findings.extend(result.findings)
        findings.extend(result.judgements)
    findings.extend(unreadable)
    return Report(findings=findings, files=[str(p) for p in paths], records=report.records, stages=report.stages)
