"""EMIL3 by its own definition: every field path of the Susa-navet API's OpenAPI description.

The yardstick of ``kll mapping coverage emil3``. The paths are spelt the way the mapping table
(``model/emil3_fields.yaml``) spells them: from the record type (``educationInfo.credits.min``),
from a shared type (``LangString.strings.lang``, ``Address.areaCode``) or an extension type
(``UHEventExtension.startPeriod.week``) for the fields of those types, ``record.*`` for the
record wrapper, ``listResponse.*`` for the list responses, ``query.*`` for query parameters and
``apiInfo.*``/``error.*`` for the API's own responses. A coded value with one variant
(``{type, code}``) is one element; one with several lists ``type``, ``code`` and each variant.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from . import StandardDefinition

__all__ = ["standard"]

_DEFINITION = Path(__file__).with_name("standards") / "emil3" / "susa-navet-emil3.structure.yaml"

#: Types whose fields are listed under the type's own name, not at every place they are used.
_SHARED = ("LangString", "LangUrl", "Address", "TimeLength")
_RECORDS = {"educationInfo": "EducationInfo", "educationEvent": "EducationEvent", "educationProvider": "EducationProvider"}
_LISTS = ("EducationInfoListResponse", "EducationEventListResponse", "EducationProviderListResponse")
_SOURCE = (
    "Skolverket, Susa-navets öppna API 3.0.2 (OpenAPI), as published in "
    "Sundsvallskommun/api-service-education-data, src/main/resources/integration/susa-navet-emil3.yaml, "
    "commit 06f06d398735ef6ba1e5be1369ea75c81dab74b8"
)


@lru_cache(maxsize=1)
def standard() -> StandardDefinition:
    """Every element of EMIL3 as the OpenAPI description defines it, in the table's spelling."""
    definition = yaml.safe_load(_DEFINITION.read_text(encoding="utf-8"))
    schemas: dict = definition["schemas"]
    extensions = [variant for name in ("Extension_I", "Extension_E") for variant in schemas[name]["discriminator"]]
    named = (*_SHARED, *extensions)
    paths: list[str] = []

    def emit(path: str) -> None:
        if path not in paths:
            paths.append(path)

    def fields(path: str, schema: dict, expand: tuple[str, ...] = ()) -> None:
        for name, prop in schema.get("properties", {}).items():
            field(f"{path}.{name}", prop, expand_records=name in expand)

    def field(path: str, prop: dict, expand_records: bool = True) -> None:
        emit(path)
        prop = prop.get("items", prop)
        target = prop.get("$ref")
        if target is None or target in named:
            return
        schema = schemas[target]
        variants = list(schema.get("discriminator", {}))
        if target.startswith("Extension_"):
            for variant in variants:
                emit(f"{path}.{variant}")
        elif len(variants) > 1:
            for part in ("type", "code", *variants):
                emit(f"{path}.{part}")
        elif "properties" in schema and target not in _RECORDS.values() and not target.endswith("Response"):
            fields(path, schema)

    emit("record")
    fields("record", schemas["EducationInfoResponse"])
    emit("listResponse")
    for name in _LISTS:
        fields("listResponse", schemas[name])
    for name, parameter in definition["parameters"].items():
        if parameter["in"] == "query":
            emit(f"query.{name}")
    for name in _SHARED:
        emit(name)
        fields(name, schemas[name])
    for path, name in _RECORDS.items():
        emit(path)
        fields(path, schemas[name])
    for name in extensions:
        fields(name, schemas[name])
    fields("apiInfo", schemas["ApiInfoResponse"])
    fields("error", schemas["ApiErrorResponse"])
    return StandardDefinition("EMIL3 as served by the Susa-navet API 3.0.2 (its OpenAPI description)", _SOURCE, tuple(paths))
