"""Formats, media types, dates and superseded values of DCAT-AP-SE, from shipped lists only.

* **Formats.** DCAT-AP-SE writes ``dcterms:format`` as an IANA media type literal (``"text/csv"``,
  its pick lists ``dcat:format-group_common_choices`` and ``geodcat:dcterms:format-INSPIRE`` or any
  type matching its pattern), and, since 3.0.0, also as an EU file type IRI. The model keeps the EU
  file type (the enumeration ``FileFormat``: the whole authority table, the shipped code list
  ``eu-file-type``) and the media type (``media_type``). A media type becomes the file type the
  EU table gives for it (its ``IANA_MT`` notation); where the table gives several (application/xml:
  XML, SDMX, JATS …) the generic one is taken (``_PREFERRED``); the packaged CSV, XML and JSON of
  DCAT-AP-SE's own pick list (``text/csv+zip`` …) are ZIP files, and the OGC service types are the
  table's service file types. Nothing else is guessed: a media type with no file type is kept as
  the media type and reported.
* **Dates.** DCAT-AP-SE 3.0.1 gives ``dcterms:issued`` and ``dcterms:modified`` as ``xsd:date``,
  ``xsd:dateTime`` (with or without a time zone) or ``xsd:gYear``. The lexical forms do not
  overlap, so the model keeps the text and the datatype is the one its form has
  (``date_datatype``): a round trip writes back the datatype it read.
* **Superseded values.** DCAT-AP 2's availability IRIs (``http://data.europa.eu/r5r/availability/…``)
  were replaced in DCAT-AP 3 by the EU planned-availability table; they are read as their
  replacement with a warning that names it.
"""

from __future__ import annotations

import re
from functools import cache

from rdflib.namespace import XSD

from ..artifacts.codelists import load
from .dcat_standard import pick_list

__all__ = [
    "EU_FILE_TYPE", "IANA_FORMS", "file_type_for_media_type", "media_type_of", "date_datatype",
    "SUPERSEDED", "dcat_ap_se_media_types",
]

EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
#: The IRI forms of an IANA media type (DCAT-AP's dcat:mediaType range), https first.
IANA_FORMS = (
    "https://www.iana.org/assignments/media-types/", "http://www.iana.org/assignments/media-types/",
    "https://iana.org/assignments/media-types/", "http://iana.org/assignments/media-types/",
)
#: Media types the EU table gives to several file types: the generic file type of each.
_PREFERRED = {
    "application/xml": "XML", "text/xml": "XML", "application/zip": "ZIP", "text/html": "HTML",
    "application/pdf": "PDF", "text/plain": "TXT", "application/rdf+xml": "RDF_XML", "image/tiff": "TIFF",
    "application/gml+xml": "GML", "application/json": "JSON", "application/octet-stream": "BIN",
}
#: DCAT-AP-SE pick-list media types the EU table (edition 20220928-0) does not list, and the file
#: type of each: packaged CSV, XML and JSON are ZIP files; the OGC capabilities documents are the
#: table's service types where it has one and XML where it has none (WMTS); SQLite is "any other
#: binary format" (BIN), the media type saying which.
_DCAT_AP_SE_EXTRA = {
    "text/csv+zip": "ZIP", "application/xml+zip": "ZIP", "application/json+zip": "ZIP",
    "application/vnd.ogc.wmts_xml": "XML", "application/vnd.ogc.wfs_xml": "WFS_SRVC",
    "application/vnd.ogc.wcs_xml": "WCS_SRVC", "application/vnd.sqlite3": "BIN",
}
_MEDIA_TYPE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}( *; *[A-Za-z0-9_.-]+=[A-Za-z0-9_.-]+)?$")

#: DCAT-AP 2 planned-availability IRIs and their DCAT-AP 3 replacements.
_PLANNED = "http://publications.europa.eu/resource/authority/planned-availability/"
SUPERSEDED = {
    f"http://data.europa.eu/r5r/availability/{level.lower()}": f"{_PLANNED}{level}"
    for level in ("TEMPORARY", "EXPERIMENTAL", "AVAILABLE", "STABLE")
}

_DATE_FORMS = (
    (re.compile(r"^[0-9]{4}$"), XSD.gYear),
    (re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), XSD.date),
    (re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?$"), XSD.dateTime),
)


def date_datatype(text: str):
    """The XSD datatype a DCAT-AP-SE date has by its form (gYear, date, dateTime), or None."""
    for form, datatype in _DATE_FORMS:
        if form.match(text):
            return datatype
    return None


@cache
def _by_media_type() -> dict[str, str]:
    table: dict[str, list[str]] = {}
    for code in (codes := load("eu-file-type")):
        for media_type in codes[code].columns["media_types"].split():
            table.setdefault(media_type.lower(), []).append(code)
    chosen = {media_type: _PREFERRED.get(media_type, candidates[0]) for media_type, candidates in table.items() if len(candidates) == 1 or media_type in _PREFERRED}
    # An ambiguous media type with no preferred file type maps to none rather than to a guess.
    for media_type, code in _DCAT_AP_SE_EXTRA.items():
        chosen.setdefault(media_type, code)
    return chosen


def media_type_of(text: str) -> str | None:
    """The media type a ``dcterms:format`` or ``dcat:mediaType`` value names (a literal or an IANA
    IRI), or None when it is not one."""
    for form in IANA_FORMS:
        if text.startswith(form):
            text = text[len(form):]
            break
    text = text.strip()
    return text if _MEDIA_TYPE.match(text) and not text.startswith(("http/", "https/")) else None


def file_type_for_media_type(media_type: str) -> str | None:
    """The EU file type code of a media type (parameters ignored), or None when the EU table and
    DCAT-AP-SE's pick lists give none."""
    return _by_media_type().get(media_type.split(";")[0].strip().lower())


def dcat_ap_se_media_types() -> tuple[str, ...]:
    """DCAT-AP-SE 3.0.1's own pick lists of formats (common and INSPIRE media types)."""
    return (*pick_list("dcat:format-group_common_choices"), *pick_list("geodcat:dcterms:format-INSPIRE"))
