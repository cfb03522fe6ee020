"""Which format an upload is, and the file name it is stored under so the readers see it.

The validator tells the project's own formats apart by file extension and the foreign adapters
read DCAT-AP-SE's syntax (RDF/XML, Turtle, JSON-LD) from it too, so an upload is stored under a
name whose extension says what it is: the format the request names, else the extension of the
name the client gave, else its media type. The client's name itself never becomes a path.
"""

from __future__ import annotations

__all__ = [
    "FORMATS", "NATIVE", "FOREIGN", "MEDIA_TYPES", "CONVERT_FORMATS", "suffix_of", "format_of", "stored_suffix",
    "ACCEPTED_MEDIA_TYPES", "output_media_type",
]

#: The values of the ``format`` parameter, ``auto`` first.
FORMATS = ("auto", "json", "yaml", "jsonl", "turtle", "jsonld", "emil3", "elm", "sssom", "dcat")
#: The project's own formats: validated by ``kll.validate.validate``.
NATIVE = ("json", "yaml", "jsonl", "turtle", "jsonld")
#: Foreign formats: validated as they are by ``kll.adapters.validate_foreign``.
FOREIGN = ("emil3", "elm", "sssom", "dcat")
#: What ``/api/v1/convert`` reads and writes (the adapters' formats; JSON Lines is not one).
CONVERT_FORMATS = ("json", "yaml", "turtle", "jsonld", "emil3", "elm", "sssom", "dcat")

#: Extension -> format for ``format=auto``. RDF/XML is read by the DCAT-AP-SE adapter only, and a
#: TSV file is SSSOM: those are the only readers of those syntaxes.
_BY_SUFFIX = {
    ".json": "json", ".yaml": "yaml", ".yml": "yaml", ".jsonl": "jsonl", ".ndjson": "jsonl", ".ttl": "turtle",
    ".jsonld": "jsonld", ".rdf": "dcat", ".xml": "dcat", ".sssom.tsv": "sssom", ".tsv": "sssom",
}
#: Media type -> format for ``format=auto``.
MEDIA_TYPES = {
    "application/json": "json",
    "application/yaml": "yaml", "application/x-yaml": "yaml", "text/yaml": "yaml",
    "application/jsonl": "jsonl", "application/x-ndjson": "jsonl", "application/x-jsonlines": "jsonl",
    "text/turtle": "turtle",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "dcat",
    "text/tab-separated-values": "sssom",
}
#: Media types a raw body may have with ``format`` named (anything textual is then read as that format).
ACCEPTED_MEDIA_TYPES = (*MEDIA_TYPES, "text/plain", "application/octet-stream")

_NATIVE_SUFFIX = {"json": ".json", "yaml": ".yaml", "jsonl": ".jsonl", "turtle": ".ttl", "jsonld": ".jsonld"}
_FOREIGN_SUFFIXES = {
    "emil3": (".json",), "elm": (".jsonld", ".json"), "sssom": (".sssom.tsv", ".tsv"), "dcat": (".rdf", ".ttl", ".jsonld"),
}
#: DCAT-AP-SE's syntax by media type, when the client's name has no telling extension.
_DCAT_BY_MEDIA = {"application/rdf+xml": ".rdf", "text/turtle": ".ttl", "application/ld+json": ".jsonld", "application/json": ".jsonld"}

_OUTPUT_MEDIA = {
    "json": "application/json", "yaml": "application/yaml", "turtle": "text/turtle", "jsonld": "application/ld+json",
    "emil3": "application/json", "elm": "application/ld+json", "sssom": "text/tab-separated-values", "dcat": "application/rdf+xml",
}


def suffix_of(name: str | None) -> str:
    """The known extension of a client's file name (lower case), or ``""``."""
    if not name:
        return ""
    lowered = name.lower()
    for suffix in sorted(_BY_SUFFIX, key=len, reverse=True):
        if lowered.endswith(suffix):
            return suffix
    return ""


def format_of(suffix: str, media_type: str | None) -> str | None:
    """The format ``auto`` finds for an upload: by extension, else by media type, else None."""
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    return MEDIA_TYPES.get(media_type or "")


def stored_suffix(fmt: str, suffix: str, media_type: str | None) -> str:
    """The extension an upload of format ``fmt`` is stored under, so that its reader sees it."""
    if fmt in _NATIVE_SUFFIX:
        return _NATIVE_SUFFIX[fmt]
    allowed = _FOREIGN_SUFFIXES[fmt]
    if suffix in allowed:
        return suffix
    if fmt == "dcat":
        return _DCAT_BY_MEDIA.get(media_type or "", ".rdf")
    return allowed[0]


def output_media_type(fmt: str) -> str:
    """The media type of a file written as ``fmt`` (DCAT-AP-SE is written as RDF/XML)."""
    return _OUTPUT_MEDIA[fmt]
