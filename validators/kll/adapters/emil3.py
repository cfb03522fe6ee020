"""EMIL3 as the Susa-navet API serves it (API 3.0.2): education providers, educations and events.

**Reading** takes a file as the API returns it: one record wrapper ``{id, status, content}``, a
JSON array of wrappers, a list response ``{links, educationInfos | educationEvents |
educationProviders: [...], page}``, or one JSON object holding several of those lists (an export
of infos, events and providers in one file). Each record becomes a record of the offering module
(``education_providers``, ``educations``, ``education_events``) field by field as
``model/emil3_fields.yaml`` says; that table is also the published mapping (``mapping()``).

* Multilingual texts (``{strings: [{lang, content, value}]}``, ISO 639-3 ``swe``/``eng``) become
  language maps ``{sv, en}``; HTML text becomes plain text. A language-tagged URL becomes the
  record's one web page, the Swedish one first.
* Coded values ``{type, code}`` become the codes of the model's enumerations; subjects become
  concept references whose scheme is told by the subject type.
* Local date-times get the Europe/Stockholm offset; identifiers become IRIs below
  ``https://w3id.org/kll/id/`` and are kept in ``emil_identifier``.
* A deleted record (``content: null``) is not part of the package: an info finding
  ``convert.deleted-record`` says so.

A record that cannot be read as a record — not a wrapper, its kind cannot be told, its content is
not a JSON object — is not part of the package: a violation ``convert.invalid-record`` says so,
located at the record, so that ``kll validate --from emil3`` does not call the rest conformant.

A text without a language tag is read as Swedish, with a ``convert.language-assumed`` warning.
Whatever the model cannot carry — unknown fields, fields declared out of scope that hold a value,
codes without a model equivalent, texts in languages other than Swedish and English — is a
``convert.unmapped`` warning located in EMIL3 terms (the record's position in the file, a JSON
Pointer into the file and the record's EMIL identifier), with the field named and the value never
shown. ``Imported.locate`` takes a pointer into the package back to the EMIL3 field it came from,
which is how ``kll validate --from emil3`` reports findings where the implementer can find them.

**Writing** gives one JSON object with the three lists of wrappers ``{id, status: "ACTIVE",
content}``, like the API's list responses without paging. Model content EMIL3 has no field for,
and records of other kinds, are ``convert.not-representable`` warnings located in the package.

The mapping is symmetric by construction: each EMIL3 object type is described once below, as a
``Shape`` of fields (``kll.adapters.emil3_kinds``), and the same description reads and writes it. A handful of EMIL3 fields repeat what another
field carries (``WRITTEN_ELSEWHERE``); they are read, and written back through the other field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..artifacts.output import write_output
from ..validation.loaders import InputError, parse_json
from ..artifacts.modelindex import model_index
from ..validation.report import Finding, Location, pointer_token
from . import ConversionError, Imported, MappingRow, StandardDefinition, conversion_finding
from .emil3_kinds import (
    TABLE, TUITION_FEE_CONDITION, Code, Codes, Country, DateTime, Emails, Extensions, ExtensionId, Fees, Field,
    Identifier, Inline, ItDistance, Keywords, NoPlace, Node, Object, Objects, OneText, OrganisationNumber, PackageReferences,
    Percentage, Phones, Plain, PlainCode, PostBox, Reader, Reading, Reference, References, Shape, Street, Strings,
    Subjects, Target, Text, TuitionFee, Url, Wgs84, Words, Writer, Writing, has_value, notes, read_shape, table,
    write_shape,
)
from .emil3_values import emil_id_of, kind_of_identifier, mint_iri

__all__ = ["ADAPTER", "TABLE", "TUITION_FEE_CONDITION", "WRITTEN_ELSEWHERE", "Reading", "Writing", "read_document", "write_document"]

#: EMIL3 fields that repeat what another field carries: read into the model, and written back
#: through the field named here (EMIL3's general field rather than the UH extension's copy).
WRITTEN_ELSEWHERE = {
    "UHEventExtension.textualDescription": "educationEvent.description",
    "UHEventExtension.applicationDetails": "educationEvent.application",
    "UHEventExtension.applicationDetails.closeDate": "educationEvent.application.last",
    "UHEventExtension.keywords": "educationEvent.keywords",
    "UHEventExtension.keywords.words": "educationEvent.keywords",
    "UHEventExtension.keywords.words.lang": "LangString.strings.lang",
    "UHEventExtension.keywords.words.strings": "LangString.strings.value",
}

#: The list keys of a list response, and the package list each fills.
LISTS = {"educationProviders": "education_providers", "educationInfos": "educations", "educationEvents": "education_events"}


# --- the EMIL3 object types ---------------------------------------------------------------------

_NOT_HERE = "the model keeps it for visiting addresses and event locations, not for this address; it is not carried"

_LOCATION = Shape("Address", (
    Field("country", "country_code", Country()),
    Field("areaCode", "municipality_code", Plain()),
    Field("town", "post_name", Plain()),
    Field("postalCode", "postal_code", Plain()),
    Field("streetAddress", "street_address", Street()),
    Field("postBox", "street_address", PostBox()),
    Field("organization", "address_organisation", Text()),
    Field("department", "address_department", Text()),
    Field("wgs84", None, Wgs84()),
    Field("studyLocation", "study_location_name", Text()),
))
#: A provider's contact address and an application address are core addresses: no organisation,
#: department, study location or position.
_ADDRESS = Shape("Address", (
    *(f for f in _LOCATION.fields if f.key in {"country", "areaCode", "town", "postalCode", "streetAddress", "postBox"}),
    *(Field(key, None, NoPlace(_NOT_HERE)) for key in ("organization", "department", "wgs84", "studyLocation")),
))
_TIME_LENGTH = Shape("TimeLength", (
    Field("length", "length", Plain()),
    Field("max", "length_max", Plain()),
    Field("unit", "time_unit", Code("C_TimeType", ("TimeLength", "time_unit"))),
    Field("note", "length_note", Text()),
))

_RESPONSIBLE_BODY = Shape("educationProvider.responsibleBody", (
    Field("type", "responsible_body_type", Code("C_Body", ("ResponsibleBody", "responsible_body_type"))),
    Field("name", "name", Text()),
))
_PHONE = Shape("educationProvider.phones", (
    Field("function", "contact_name", OneText()),
    Field("number", "telephone", OneText(telephone=True)),
))
_PROVIDER = Shape("educationProvider", (
    Field("identifier", "emil_identifier", Identifier()),
    Field("lastEdited", "last_modified", DateTime()),
    Field("expires", "expires", DateTime()),
    Field("name", "name", Text()),
    Field("description", "description", Text()),
    Field("url", "homepage", Url()),
    Field("visitAddresses", "visiting_addresses", Objects(_LOCATION)),
    Field("contactAddress", "address", Object(_ADDRESS)),
    Field("emailAddresses", "email", Emails()),
    Field("phones", "phones", Phones(_PHONE)),
    Field("responsibleBody", "responsible_body", Object(_RESPONSIBLE_BODY)),
    Field("years", "school_years", Codes("C_SchoolYear", ("EducationProvider", "school_years"))),
    Field("owner", "owner_name", Text()),
    Field("organisationNumber", "organisation_number", OrganisationNumber()),
))

_CREDITS = Shape("educationInfo.credits", (
    Field("system", "credit_system", Code("C_Credits", ("Credits", "credit_system"))),
    Field("credits", "credit_value", Plain()),
    Field("min", "credit_minimum", Plain()),
))
_AUB_INFO = Shape("AUBInfoExtension", (
    Field("id", None, ExtensionId("AUBInfoExtension.id")),
    Field("aubType", "labour_market_training_type", Plain()),
))
_UH_INFO = Shape("UHInfoExtension", (
    Field("id", None, ExtensionId("UHInfoExtension.id")),
))
_INFO = Shape("educationInfo", (
    Field("identifier", "emil_identifier", Identifier()),
    Field("code", "education_code", Plain()),
    Field("lastEdited", "last_modified", DateTime()),
    Field("expires", "expires", DateTime()),
    Field("title", "title", Text()),
    Field("description", "description", Text()),
    Field("url", "homepage", Url()),
    Field("type", "school_type", Code("C_SchoolType", ("Education", "school_type"))),
    Field("educationLevels", "education_levels", Codes("C_EducationLevel", ("Education", "education_levels"))),
    Field("orientation", "orientation", Code("C_Orientation", ("Education", "orientation"))),
    Field("audience", "target_audience", Code("C_Audience", ("Education", "target_audience"))),
    Field("configuration", "configuration", Code("C_Configuration", ("Education", "configuration"))),
    Field("subjects", "subjects", Subjects()),
    Field("isVocational", "is_vocational", Plain()),
    Field("resultIsDegree", "leads_to_degree", Plain()),
    Field("degrees", "degrees", Text()),
    Field("qualificationLevel", "qualification_level", Code("C_Qualification", ("Education", "qualification_level"))),
    Field("credits", "credits", Object(_CREDITS)),
    Field("extent", "extent", Object(_TIME_LENGTH)),
    Field("eligibility", "eligibility", Text()),
    Field("recommendedPriorKnowledge", "recommended_prior_knowledge", Text()),
    Field("eligibleForStudentAid", "eligible_for_student_aid", Code("C_StudentAid", ("Education", "eligible_for_student_aid"))),
    Field("extensions", None, Extensions({"AUBInfoExtension": _AUB_INFO, "UHInfoExtension": _UH_INFO})),
))

_EXECUTION = Shape("educationEvent.execution", (
    Field("condition", "execution_condition", Code("C_ExecutionCondition", ("Execution", "execution_condition"))),
    Field("start", "start_date", Plain()),
    Field("end", "end_date", Plain()),
))
_FEE = Shape("educationEvent.fees", (
    Field("totalAmount", "amount", Plain()),
    Field("currency", "currency", Plain()),
    Field("condition", "fee_condition", Text()),
    Field("firstInstallment", "first_installment", Plain()),
))
_PACE = Shape("educationEvent.paceOfStudy", (
    Field("percentage", "pace_percentage", Percentage()),
    Field("individual", "individual_pace", Plain()),
    Field("note", "pace_note", Text()),
))
_DISTANCE = Shape("educationEvent.distance", (
    Field("noOfMandatorySessions", "mandatory_sessions", Plain()),
    Field("noOfOptionalSessions", "optional_sessions", Plain()),
    Field("noOfMandatoryRemoteSessions", "mandatory_remote_sessions", Plain()),
    Field("noOfOptionalRemoteSessions", "optional_remote_sessions", Plain()),
    Field("description", "distance_description", Text()),
))
_APPLICATION = Shape("educationEvent.application", (
    Field("code", "application_code", Plain()),
    Field("instruction", "application_instruction", Text()),
    Field("url", "application_url", Url()),
    Field("first", "application_start_date", Plain()),
    Field("last", "application_deadline", Plain()),
    Field("email", "email", Plain()),
    Field("address", "address", Object(_ADDRESS)),
    Field("continuous", "continuous_application", Plain()),
))
_KV_EVENT = Shape("KVEventExtension", (
    Field("id", None, ExtensionId("KVEventExtension.id")),
    Field("contractor", "contractor", Plain()),
))
_PERIOD = Shape("UHEventExtension.startPeriod.period", (
    Field("year", "period_year", Plain()),
    Field("periodNumber", "period_number", Plain()),
    Field("semester", "semester", PlainCode(("AcademicPeriod", "semester"))),
))
_START_PERIOD = Shape("UHEventExtension.startPeriod", (
    Field("week", "start_week", Plain()),
    Field("period", None, Inline(_PERIOD)),
))
_STOP_WEEK = Shape("UHEventExtension.stopWeek", (
    Field("week", "end_week", Plain()),
))
_UH_APPLICATION = Shape("UHEventExtension.applicationDetails", (
    Field("closeDate", "application_deadline", Plain()),
))
_UH_EVENT = Shape("UHEventExtension", (
    Field("id", None, ExtensionId("UHEventExtension.id")),
    Field("startPeriod", "academic_period", Object(_START_PERIOD)),
    Field("stopWeek", "academic_period", Object(_STOP_WEEK)),
    Field("applicationDetails", "application", Object(_UH_APPLICATION), alternate=True),
    Field("tuitionFee", None, TuitionFee()),
    Field("itdistance", None, ItDistance(_DISTANCE)),
    Field("textualDescription", "description", Text(), alternate=True),
    Field("keywords", "keywords", Words(), alternate=True),
    Field("department", "department_name", Plain()),
    Field("eventPackageReferences", "part_of_packages", PackageReferences()),
))
_EVENT = Shape("educationEvent", (
    Field("identifier", "emil_identifier", Identifier()),
    Field("education", "education", Reference()),
    Field("providers", "providers", References()),
    Field("examiningBodies", "examining_bodies", References()),
    Field("orderers", "orderers", References()),
    Field("lastEdited", "last_modified", DateTime()),
    Field("expires", "expires", DateTime()),
    Field("title", "title", Text()),
    Field("description", "description", Text()),
    Field("url", "homepage", Url()),
    Field("locations", "locations", Objects(_LOCATION)),
    Field("languageOfInstructions", "languages_of_instruction", Strings()),
    Field("execution", "execution", Object(_EXECUTION)),
    Field("isCancelled", "is_cancelled", Plain()),
    Field("fees", "fees", Fees(_FEE)),
    Field("places", "places", Plain()),
    Field("timeOfStudy", "time_of_study", Code("C_TimeOfStudy", ("EducationEvent", "time_of_study"))),
    Field("paceOfStudy", "pace_of_study", Object(_PACE)),
    Field("isApprenticeship", "is_apprenticeship", Plain()),
    Field("distance", "distance", Object(_DISTANCE)),
    Field("application", "application", Object(_APPLICATION)),
    Field("keywords", "keywords", Keywords()),
    Field("extensions", None, Extensions({"KVEventExtension": _KV_EVENT, "UHEventExtension": _UH_EVENT})),
))


@dataclass(frozen=True)
class _RecordKind:
    list_key: str  # EMIL3 list of a list response
    container: str  # package list
    class_name: str
    shape: Shape


_KINDS = {
    "p": _RecordKind("educationProviders", "education_providers", "EducationProvider", _PROVIDER),
    "i": _RecordKind("educationInfos", "educations", "Education", _INFO),
    "e": _RecordKind("educationEvents", "education_events", "EducationEvent", _EVENT),
}
_BY_LIST = {kind.list_key: kind for kind in _KINDS.values()}
_BY_CONTAINER = {kind.container: kind for kind in _KINDS.values()}


# --- documents -------------------------------------------------------------------------------------


def _not_emil3(file: str, detail: str, line: int | None = None, column: int | None = None) -> ConversionError:
    return ConversionError(f"{file}: not an EMIL3 file: {detail}", Location(file, line=line, column=column))


def _kind_of(wrapper: Any) -> _RecordKind | None:
    """The kind of a record not in a typed list: by its identifier's prefix, else by its fields."""
    if not isinstance(wrapper, dict):
        return None
    told = _told_kind(wrapper)
    if told is not None:
        return told
    content = wrapper.get("content")
    if isinstance(content, dict):
        if "execution" in content or "education" in content:
            return _KINDS["e"]
        if "responsibleBody" in content:
            return _KINDS["p"]
        if "resultIsDegree" in content or "subjects" in content:
            return _KINDS["i"]
    return None


def _told_kind(wrapper: dict) -> _RecordKind | None:
    """The kind a record's own identifier (``p.``, ``i.``, ``e.``) names, if it names one."""
    content = wrapper.get("content")
    for candidate in (wrapper.get("id"), content.get("identifier") if isinstance(content, dict) else None):
        if isinstance(candidate, str) and kind_of_identifier(candidate):
            return _KINDS[kind_of_identifier(candidate)]
    return None


def _is_wrapper(value: Any) -> bool:
    return isinstance(value, dict) and ("content" in value or ("id" in value and "status" in value))


def read_document(document: Any, file: str) -> Reading:
    """Read a parsed EMIL3 document (the shapes the module docstring lists) into a package.

    Raises ``ConversionError`` when the document has none of those shapes."""
    r = Reader(file)
    records: list[tuple[Node, _RecordKind | None]] = []
    if isinstance(document, list):
        if document and not any(_is_wrapper(item) for item in document):
            raise _not_emil3(file, "a JSON array whose items are not EMIL3 record wrappers {id, status, content}")
        records = [(Node(item, f"/{i}", "record"), _kind_of(item)) for i, item in enumerate(document)]
    elif isinstance(document, dict) and any(key in document for key in LISTS):
        top = Node(document, "", "listResponse")
        for key, value in document.items():
            if key in LISTS:
                if not isinstance(value, list):
                    raise _not_emil3(file, f"{key} is not a list of record wrappers")
                r.use(f"listResponse.{key}")
                listing = top.at(key)
                records += [(listing.item(i, "record"), _BY_LIST[key]) for i in range(len(value))]
            elif key == "page":
                _read_page(r, top.at(key))
            elif key != "links" and has_value(value):
                # links are the API's paging links; the page object says whether pages are missing
                r.leftover(top.at(key), f"listResponse.{key}")
    elif _is_wrapper(document):
        records = [(Node(document, "", "record"), _kind_of(document))]
    else:
        what = "a JSON object" if isinstance(document, dict) else f"a JSON {type(document).__name__}"
        raise _not_emil3(file, f"the top level is {what}, not a record wrapper {{id, status, content}}, a list of them, or a list response with educationInfos, educationEvents or educationProviders")
    package: dict = {"conforms_to_model_version": model_index().model_version}
    r.result.package = package
    for index, (node, kind) in enumerate(records):
        _read_record(r, node, kind, index, package)
    for container in list(package):
        if package[container] == []:
            del package[container]
    return r.result


def _read_page(r: Reader, node: Node) -> None:
    """The list response's paging: reported when the file is one page of several."""
    page = node.value
    if isinstance(page, dict) and isinstance(page.get("totalPages"), int) and page["totalPages"] > 1:
        r.unmapped(node, "listResponse.page: the file is one page of a paged list response; the package holds this page only")


def _read_record(r: Reader, node: Node, kind: _RecordKind | None, index: int, package: dict) -> None:
    wrapper = node.value
    record_id = wrapper.get("id") if isinstance(wrapper, dict) else None
    content = wrapper.get("content") if isinstance(wrapper, dict) else None
    identifier = content.get("identifier") if isinstance(content, dict) else None
    r.record = (index, record_id if isinstance(record_id, str) else identifier if isinstance(identifier, str) else None)
    r.identifier = identifier if isinstance(identifier, str) else None
    if not isinstance(wrapper, dict) or not wrapper.keys() & {"id", "status", "content"}:
        r.invalid(node, "record: an item is not an EMIL3 record wrapper {id, status, content}")
        return
    r.use("record")
    for key, value in wrapper.items():
        if key not in {"id", "status", "content"} and has_value(value):
            r.leftover(node.at(key), f"record.{key}")
    status = wrapper.get("status")
    if "content" not in wrapper and status in (None, "ACTIVE"):
        # A deletion is said by `content: null` or by a status other than ACTIVE; an active record
        # without content says nothing, and reading it as a deletion would drop it silently.
        r.invalid(node, "record: the record wrapper has no content, and its status does not say it is deleted")
        return
    if content is None:
        r.result.findings.append(conversion_finding("convert.deleted-record", r.location(node.pointer)))
        return
    if kind is None:
        r.invalid(node, "record: the kind of record (provider, education or event) cannot be told from its identifier or fields")
        return
    told = _told_kind(wrapper)
    if told is not None and told is not kind:
        # an event in educationInfos would otherwise be read field by field as an education
        r.invalid(node, f"record: its identifier is that of a record of {told.list_key}, but it is in {kind.list_key}; it is not read as either")
        return
    if has_value(status) and status != "ACTIVE":
        r.leftover(node.at("status"), "record.status")
    if not isinstance(content, dict):
        r.invalid(node.at("content"), "record.content is not a JSON object")
        return
    if record_id is not None and not isinstance(record_id, str):
        r.unmapped(node.at("id"), "record.id is not a string; it is not carried")
    r.use("record.content", kind.shape.path)
    records = package.setdefault(kind.container, [])
    pointer = f"/{kind.container}/{len(records)}"
    record: dict = {}
    content_node = node.at("content", kind.shape.path)
    r.origin(pointer, content_node.pointer, kind.shape.keys)
    source = record_id if isinstance(record_id, str) else r.identifier
    if source is not None:
        r.use("record.id")
        record["id"] = mint_iri(source)
        r.origin(f"{pointer}/id", node.at("id").pointer if isinstance(record_id, str) else content_node.at("identifier").pointer)
    read_shape(r, kind.shape, content_node, Target(r, record, pointer))
    records.append(record)


def write_document(package: dict, file: str) -> Writing:
    """A package's providers, educations and events as one EMIL3 document (three lists of record
    wrappers); everything else in the package is reported as not representable."""
    # A reference is written as the EMIL identifier of the record it names, when the package has it.
    identifiers = {
        record["id"]: record["emil_identifier"]
        for container in LISTS.values() for record in package.get(container) or []
        if isinstance(record, dict) and isinstance(record.get("id"), str) and isinstance(record.get("emil_identifier"), str)
    }
    w = Writer(file, identifiers)
    document: dict = {kind.list_key: [] for kind in _KINDS.values()}
    for container, kind in _BY_CONTAINER.items():
        records = package.get(container)
        if not isinstance(records, list):
            continue
        for position, record in enumerate(records):
            if isinstance(record, dict):
                document[kind.list_key].append(_write_record(w, kind, record, f"/{container}/{position}"))
    # The model version says which model a package conforms to; an EMIL3 file conforms to EMIL3.
    w.take("/conforms_to_model_version")
    findings = [
        conversion_finding("convert.not-representable", Location(file, pointer=pointer), detail)
        for pointer, detail in _left_out(package, w.consumed)
    ]
    return Writing(document, findings, w.written)


def _write_record(w: Writer, kind: _RecordKind, record: dict, pointer: str) -> dict:
    iri = record.get("id")
    emil = record.get("emil_identifier")
    minted = emil_id_of(iri) if isinstance(iri, str) else None
    w.identifier = emil if isinstance(emil, str) else minted or (iri if isinstance(iri, str) else None)
    if iri is not None:
        w.take(f"{pointer}/id")
    if record.get("type") == kind.class_name:
        w.take(f"{pointer}/type")
    content = write_shape(w, kind.shape, record, pointer)
    w.written.update({"record", "record.id", "record.content", f"listResponse.{kind.list_key}"})
    return {"id": minted or w.identifier, "status": "ACTIVE", "content": content}


def _left_out(package: dict, consumed: set[str]) -> list[tuple[str, str]]:
    """Each part of the package that was not written: the largest wholly unwritten parts, and
    always one per record (a record of another kind is one finding, not one per field)."""
    prefixes = {pointer.rsplit("/", depth)[0] for pointer in consumed for depth in range(pointer.count("/") + 1)}
    containers = model_index().containers
    left: list[tuple[str, str]] = []

    def walk(value: Any, pointer: str, name: str) -> None:
        if pointer in consumed:
            return
        if isinstance(value, list) and value:
            for index, item in enumerate(value):
                walk(item, f"{pointer}/{index}", name)
        elif isinstance(value, dict) and value and pointer in prefixes:
            for key, item in value.items():
                walk(item, f"{pointer}/{pointer_token(key)}", key)
        elif has_value(value):
            left.append((pointer, f"{name}: EMIL3 has no field for it"))

    for key, value in package.items():
        if key in _BY_CONTAINER:
            walk(value, f"/{key}", key)
        elif key in containers and isinstance(value, list):
            for index in range(len(value)):
                left.append((f"/{key}/{index}", f"a {containers[key]} record: EMIL3 carries education providers, educations and education events only"))
        else:
            walk(value, f"/{pointer_token(key)}", key)
    return left


# --- the adapter -----------------------------------------------------------------------------------


class _Emil3:
    name = "emil3"
    title = "EMIL3 records as the Susa-navet API serves them"
    suffixes = (".json",)

    def read(self, path: Path) -> Imported:
        file = str(path)
        try:
            document = parse_json(path.read_text(encoding="utf-8"))
        except InputError as error:
            if error.rule == "input.limit":  # JSON past a limit (nesting, a number's size) is not "not EMIL3"
                raise
            raise _not_emil3(file, f"not JSON ({error})", error.line, error.column) from None
        except UnicodeDecodeError as error:  # its text would quote the bytes: only where
            raise _not_emil3(file, f"not UTF-8 (at byte {error.start})") from None
        except OSError as error:
            raise _not_emil3(file, f"cannot be read ({error.strerror or type(error).__name__})") from None
        reading = read_document(document, file)
        return Imported(reading.package, reading.findings, reading.locate)

    def write(self, package: dict, path: Path) -> list[Finding]:
        writing = write_document(package, str(path))
        # The records may hold personal data: 0600, and a symbolic link at the target is refused.
        write_output(path, json.dumps(writing.document, ensure_ascii=False, indent=2, default=str) + "\n", private=True)
        return writing.findings

    def mapping(self) -> list[MappingRow]:
        """The rows of ``model/emil3_fields.yaml``; an entry out of scope is unmapped with its reason,
        and the comment above an entry is its note."""
        comments = notes()
        rows = []
        for path, entry in table().items():
            if entry["status"] == "mapped":
                rows.append(MappingRow(path, "mapped", model=entry["model"], note=comments.get(path)))
            else:
                rows.append(MappingRow(path, "unmapped", reason=entry["reason"], note=comments.get(path)))
        return rows

    def standard(self) -> StandardDefinition:
        """Every field path of the Susa-navet API's OpenAPI description (``emil3_standard``)."""
        from .emil3_standard import standard

        return standard()


ADAPTER = _Emil3()
