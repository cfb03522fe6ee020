"""The OpenAPI 3.1 document of the API, written here rather than derived from the handlers.

The document is the contract agencies and publishers' CI code against, so it is written as one
reviewable value; tests/test_service_api.py runs schemathesis against it, so it cannot drift from
what the handlers do. The report's schema is not copied: it is ``kll/render/report.schema.json``,
the schema of ``kll validate --format json``, with its ``$defs`` moved into the components.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from typing import Any

from .formats import CONVERT_FORMATS, FORMATS, MEDIA_TYPES
from .problems import MEDIA_TYPE as PROBLEM, PROBLEMS

__all__ = ["document"]

_RAW_MEDIA_TYPES = (*MEDIA_TYPES, "text/plain", "application/octet-stream")


def _report_schemas() -> dict[str, Any]:
    """The report schema and its definitions as components (``Report``, ``ReportFinding``, …)."""
    from ..render.json import schema

    report = copy.deepcopy(schema())
    definitions = report.pop("$defs", {})
    report.pop("$schema", None)
    names = {f"#/$defs/{name}": f"#/components/schemas/Report{name[0].upper()}{name[1:]}" for name in definitions}

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            return {key: (names.get(value, value) if key == "$ref" else rewrite(value)) for key, value in node.items()}
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        return node

    schemas = {"Report": rewrite(report)}
    for name, definition in definitions.items():
        schemas[f"Report{name[0].upper()}{name[1:]}"] = rewrite(definition)
    return schemas


def _problem(description: str, *, retry: bool = False) -> dict[str, Any]:
    response: dict[str, Any] = {"description": description, "content": {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}}}
    if retry:
        response["headers"] = {"Retry-After": {"description": "Seconds to wait before trying again.", "required": True, "schema": {"type": "string", "pattern": "^[0-9]+$"}}}
    return response


def _enum(name: str, values: tuple[str, ...], description: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description, "schema": {"type": "string", "enum": list(values)}}


_TEXTS = {"type": "string", "minLength": 1}


@lru_cache(maxsize=8)
def _document(profiles: tuple[str, ...], version: str, server: str) -> dict[str, Any]:
    lang = _enum("lang", ("sv", "en"), "Language of titles and details in problems and of SARIF messages (sv, en); default: Accept-Language, else sv. The JSON report always carries both.")
    level = _enum("level", ("core", "full"), "With profile: core (MUST rules) or full (MUST and SHOULD rules). Default full.")
    profile = _enum("profile", profiles, "Judge by this conformance profile: only its rules are reported (input errors always are).")
    fmt = _enum("format", FORMATS, "The data's format; auto tells it from each file's extension, else its media type. Foreign formats are validated as they are, with findings in their terms.")
    reference_date = {
        "name": "reference_date", "in": "query", "required": False,
        "description": "The day (YYYY-MM-DD) against which dates that may have passed are judged, e.g. a data flow's review date; the report names it. Default: the day of the request.",
        "schema": {"type": "string", "format": "date"},
    }
    source = _enum("from", CONVERT_FORMATS, "The format of the file (required).")
    target = _enum("to", CONVERT_FORMATS, "The format to write (required).")
    files = {"type": "array", "minItems": 1, "items": {"type": "string", "contentMediaType": "application/octet-stream"}}

    def body(*, several: bool, fields: dict[str, Any]) -> dict[str, Any]:
        form = {
            "type": "object", "required": ["file"],
            "properties": {"file": files if several else {**files, "maxItems": 1}, **fields},
        }
        content: dict[str, Any] = {"multipart/form-data": {"schema": form, "encoding": {"file": {"contentType": "application/octet-stream"}}}}
        for media in _RAW_MEDIA_TYPES:
            content[media] = {"schema": {"type": "string", "minLength": 1}}
        content["application/json"] = {"schema": {}}
        return {"required": True, "description": "The data: the raw body with its media type, or the parts named file of a multipart form.", "content": content}

    errors = {
        "400": _problem("A parameter is out of range, no file was sent, or the multipart body is malformed."),
        "406": _problem("The Accept header allows neither answer."),
        "413": _problem("The body is larger than the upload limit, or holds too many files."),
        "415": _problem("format is auto and a file's extension and media type tell no format."),
        "500": _problem("The service failed; the problem names where, never the data."),
        "503": _problem("Every validation slot is taken, or the request ran out of time.", retry=True),
    }
    json_of = lambda ref: {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}  # noqa: E731
    bad_parameter = {"400": _problem("A parameter is out of range.")}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "KLL validation service",
            "version": version,
            "summary": "Validate and convert data for the Swedish skills-supply and lifelong-learning infrastructure.",
            "description": (
                "Validates data against the KLL information model (JSON, YAML, JSON Lines, Turtle, JSON-LD, and EMIL3, ELM, "
                "SSSOM and DCAT-AP-SE as they are) and answers with the report `kll validate --format json` writes. Nothing is "
                "fetched, uploads are removed when the request ends, and reports never quote the data.\n\n"
                "Validerar data mot informationsmodellen KLL och svarar med samma rapport som `kll validate --format json`. "
                "Inget hämtas, uppladdningar tas bort när begäran är klar och rapporter citerar aldrig data."
            ),
            "license": {"name": "EUPL-1.2", "identifier": "EUPL-1.2"},
        },
        "servers": [{"url": server}],
        "paths": {
            "/api/v1/validate": {"post": {
                "operationId": "validate", "summary": "Validate files together and return the report",
                "parameters": [fmt, profile, level, lang, reference_date],
                "requestBody": body(several=True, fields={"format": fmt["schema"], "profile": profile["schema"], "level": level["schema"], "lang": lang["schema"], "reference_date": reference_date["schema"]}),
                "responses": {
                    "200": {"description": "The report (JSON by default; SARIF 2.1.0 on Accept: application/sarif+json).", "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Report"}},
                        "application/sarif+json": {"schema": {"$ref": "#/components/schemas/Sarif"}},
                    }},
                    **errors,
                },
            }},
            "/api/v1/convert": {"post": {
                "operationId": "convert", "summary": "Convert one file between formats",
                "parameters": [source, target, lang],
                "requestBody": body(several=False, fields={"from": source["schema"], "to": target["schema"], "lang": lang["schema"]}),
                "responses": {
                    "200": {"description": "The converted file and what could not be carried over.", "content": json_of("Converted")},
                    "422": _problem("The file cannot be read as the format named by from, or the conversion stopped at a safety limit."),
                    **errors,
                },
            }},
            "/api/v1/rules": {"get": {
                "operationId": "rules", "summary": "The rule catalogue, or a profile's rules", "parameters": [profile, level, lang],
                "responses": {"200": {"description": "Every rule.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Rule"}}}}}, **bad_parameter},
            }},
            "/api/v1/profiles": {"get": {
                "operationId": "profiles", "summary": "The conformance profiles", "parameters": [lang],
                "responses": {"200": {"description": "Every profile.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Profile"}}}}}, **bad_parameter},
            }},
            "/api/v1/version": {"get": {
                "operationId": "version", "summary": "Versions and this instance's limits",
                "responses": {"200": {"description": "Versions and limits.", "content": json_of("Version")}},
            }},
            "/health": {"get": {
                "operationId": "health", "summary": "The process answers",
                "responses": {"200": {"description": "Healthy.", "content": json_of("Health")}},
            }},
        },
        "components": {"schemas": {
            **_report_schemas(),
            "Sarif": {"type": "object", "required": ["version", "runs"], "properties": {"version": {"const": "2.1.0"}, "runs": {"type": "array", "minItems": 1}}},
            "Problem": {
                "type": "object", "description": "RFC 9457 problem details; title and detail in the request's language, both languages in the extension members.",
                "required": ["type", "title", "status", "detail", "title_sv", "title_en", "detail_sv", "detail_en"],
                "properties": {
                    "type": {"type": "string", "enum": sorted(p.type for p in PROBLEMS.values())},
                    "title": _TEXTS, "status": {"type": "integer", "minimum": 400, "maximum": 599}, "detail": _TEXTS,
                    "title_sv": _TEXTS, "title_en": _TEXTS, "detail_sv": _TEXTS, "detail_en": _TEXTS,
                },
            },
            "Rule": {
                "type": "object", "additionalProperties": False,
                "required": ["id", "severity", "stages", "message_en", "message_sv", "source", "origin", "decision", "iri", "documentation"],
                "properties": {
                    "id": _TEXTS, "severity": {"$ref": "#/components/schemas/ReportSeverity"},
                    "stages": {"type": "array", "items": {"$ref": "#/components/schemas/ReportStage"}},
                    "message_en": _TEXTS, "message_sv": _TEXTS, "source": _TEXTS, "origin": {"enum": ["generated", "rules", "engine"]},
                    "decision": {"type": ["string", "null"]}, "iri": {"type": "string", "format": "uri"},
                    # the rule's page: absolute once a site address is configured, else its path on the site
                    "documentation": {"type": "string", "format": "uri-reference"},
                },
            },
            "Profile": {
                "type": "object", "additionalProperties": False,
                "required": ["id", "version", "title_en", "title_sv", "description_en", "description_sv", "roles", "classes", "rules"],
                "properties": {
                    "id": {"enum": list(profiles)}, "version": _TEXTS, "title_en": _TEXTS, "title_sv": _TEXTS,
                    "description_en": _TEXTS, "description_sv": _TEXTS,
                    "roles": {"type": "array", "items": _TEXTS}, "classes": {"type": "array", "items": _TEXTS},
                    "rules": {"type": "object", "required": ["core", "full"], "additionalProperties": False,
                              "properties": {"core": {"type": "integer", "minimum": 0}, "full": {"type": "integer", "minimum": 0}}},
                },
            },
            "Version": {
                "type": "object", "required": ["kll_version", "model_version", "api_version", "formats", "accepted_media_types", "limits"],
                "properties": {
                    "kll_version": _TEXTS, "model_version": _TEXTS, "api_version": {"const": "1"},
                    "formats": {"type": "array", "items": {"enum": list(FORMATS)}},
                    "accepted_media_types": {"type": "array", "items": _TEXTS},
                    "limits": {"type": "object", "required": ["max_upload_bytes", "timeout", "concurrency", "retry_after", "max_files", "memory_mb"]},
                },
            },
            "Health": {"type": "object", "required": ["status"], "properties": {"status": {"const": "ok"}}},
            "Converted": {
                "type": "object", "additionalProperties": False, "required": ["source", "target", "media_type", "content", "findings"],
                "properties": {
                    "source": {"enum": list(CONVERT_FORMATS)}, "target": {"enum": list(CONVERT_FORMATS)}, "media_type": _TEXTS,
                    "content": {"type": "string"}, "findings": {"type": "array", "items": {"$ref": "#/components/schemas/ReportFinding"}},
                },
            },
        }},
    }


def document(server: str = "/") -> dict[str, Any]:
    """The OpenAPI document, its server at ``server`` (the root path the app is mounted under)."""
    from .. import __version__
    from ..conformance.profiles import load_profiles

    return _document(tuple(load_profiles()), __version__, server or "/")
