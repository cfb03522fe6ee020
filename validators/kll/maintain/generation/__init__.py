"""Generate every artifact in ``generated/`` from the LinkML model, and check for drift.

``generate()`` runs the LinkML generators on the root schema, post-processes their output where
the generators fall short (see ``model/known-gaps.yaml``) and returns the files as bytes, keyed by
their path under ``generated/``. Nothing is written until ``write()``; ``check()`` compares a
fresh generation with what is on disk. Output is deterministic: the same model gives the same
bytes, which the tests assert.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from linkml.generators.jsonldcontextgen import ContextGenerator
from linkml.generators.jsonschemagen import JsonSchemaGenerator
from linkml.generators.owlgen import OwlSchemaGenerator
from linkml.generators.pydanticgen import PydanticGenerator
from linkml.generators.shaclgen import ShaclGenerator
from linkml_runtime import SchemaView
from linkml_runtime.utils.rdf_canonicalize import canonicalize_rdf_graph

from ...artifacts import shapesdata
from ...artifacts.modelindex import ModelIndex
from ...validation.catalogue import ENGINE_RULES
from . import context, json_schema, mapping, owl, python, shacl

__all__ = ["Generation", "Drift", "generate", "write", "check", "ARTIFACTS"]

#: The artifacts, by path under ``generated/``.
ARTIFACTS = (
    "jsonschema/kll.schema.json",
    "shacl/kll.shacl.ttl",
    "shacl/kll.shacl.json",
    "python/kll_model.py",
    "jsonld/kll.context.jsonld",
    "owl/kll.owl.ttl",
    "shacl/rule-ids.txt",
    "index/kll.model-index.json",
)


@dataclass
class Generation:
    """The result of one generation: file contents and what the generators warned about."""

    files: dict[str, bytes]
    warnings: list[str] = field(default_factory=list)


@dataclass
class Drift:
    """How ``generated/`` differs from a fresh generation."""

    changed: list[str]
    missing: list[str]
    unexpected: list[str]

    def __bool__(self) -> bool:
        return bool(self.changed or self.missing or self.unexpected)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(f"{record.name}: {record.getMessage()}")


def _json(data) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def _normalise_warning(text: str, schema: Path) -> str:
    # Paths differ between checkouts; the warning's meaning does not.
    return text.replace(str(schema.parent) + "/", "")


def generate(schema: Path) -> Generation:
    """Run every generator on the root schema and return the post-processed artifacts."""
    collector = _Collect()
    root_logger = logging.getLogger()
    root_logger.addHandler(collector)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            files = _generate(schema)
    finally:
        root_logger.removeHandler(collector)
    messages = collector.records + [f"{w.category.__name__}: {w.message}" for w in caught]
    unique = sorted({_normalise_warning(m, schema) for m in messages})
    return Generation(files=files, warnings=unique)


def _generate(schema: Path) -> dict[str, bytes]:
    # Generators embed the path they were given (e.g. pydantic's linkml_meta source_file); run
    # them from the model folder with a relative path so the output is the same in every checkout.
    with contextlib.chdir(schema.parent):
        return _generate_here(schema.name)


def _generate_here(source: str) -> dict[str, bytes]:
    view = SchemaView(source)
    files: dict[str, bytes] = {}

    shapes, rule_ids = shacl.refine(ShaclGenerator(source, mergeimports=True).as_graph(), view)
    index = mapping.build_index(view)
    raw_schema = JsonSchemaGenerator(source, include_null=False, mergeimports=True).generate()
    known_rules = frozenset(rule_ids) | frozenset(ENGINE_RULES)
    # A model without a tree root (a test's tiny model) has no records, so no rule IDs to place.
    refined = json_schema.refine(raw_schema, ModelIndex(index), known_rules) if index.get("root") else raw_schema
    files["jsonschema/kll.schema.json"] = _json(refined)
    pydantic_source = PydanticGenerator(source, mergeimports=True).serialize()
    files["python/kll_model.py"] = python.refine(pydantic_source, refined).encode("utf-8")

    files["shacl/kll.shacl.ttl"] = canonical_turtle(shapes)
    # The same triples as plain data, which the validator loads in milliseconds (kll.artifacts.shapesdata).
    files["shacl/kll.shacl.json"] = shapesdata.encode(files["shacl/kll.shacl.ttl"])
    files["shacl/rule-ids.txt"] = ("\n".join(sorted(rule_ids)) + "\n").encode()


    raw_context = json.loads(ContextGenerator(source, mergeimports=True).serialize())
    files["jsonld/kll.context.jsonld"] = _json(context.refine(raw_context, view))

    ontology = OwlSchemaGenerator(
        source,
        mergeimports=True,
        skip_vacuous_min_zero_cardinality_axioms=True,
        skip_vacuous_local_range_axioms=True,
        consolidate_cardinality_axioms=True,
        skip_abstract_class_as_unionof_subclasses=True,
    ).as_graph()
    files["owl/kll.owl.ttl"] = canonical_turtle(owl.refine(ontology, view))
    files["index/kll.model-index.json"] = _json(index)
    return files


def canonical_turtle(graph) -> bytes:
    """Turtle with canonical blank-node labels, so equal graphs give equal bytes."""
    return canonicalize_rdf_graph(graph, output_format="turtle").encode("utf-8")


def write(generation: Generation, target: Path) -> list[str]:
    """Write the artifacts under ``target``; remove stale files there. Returns written paths."""
    for stale in sorted(p for p in target.rglob("*") if p.is_file()):
        if stale.relative_to(target).as_posix() not in generation.files and not _kept(stale, target):
            stale.unlink()
    for relative, content in sorted(generation.files.items()):
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return sorted(generation.files)


def _kept(path: Path, target: Path) -> bool:
    """Files in ``generated/`` that are not generator output (e.g. its README)."""
    return path.relative_to(target).as_posix() in {"README.md"}


def check(generation: Generation, target: Path) -> Drift:
    """Compare a fresh generation with the files under ``target``."""
    on_disk = {
        p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file() and not _kept(p, target)
    } if target.exists() else set()
    changed = [name for name, content in sorted(generation.files.items()) if name in on_disk and (target / name).read_bytes() != content]
    missing = sorted(set(generation.files) - on_disk)
    unexpected = sorted(on_disk - set(generation.files) - {n for n in on_disk if re.search(r"__pycache__", n)})
    return Drift(changed=changed, missing=missing, unexpected=unexpected)
