"""A fast start (issue 21): a small file is checked without loading what its path does not use, and
the shapes ship as plain data that is the published Turtle, triple for triple."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import yaml
from rdflib import BNode, Graph, Literal

from kll.artifacts import paths
from kll.artifacts.shapesdata import encode, load

ROOT = Path(__file__).resolve().parents[1]
SMALL = ROOT / "examples" / "offering" / "komvux-sundsvall-matematik.yaml"

#: Never needed to validate a JSON or YAML file: the pyshacl oracle, the generators (LinkML and
#: pyoxigraph, which `kll generate` uses), the Python jsonschema library (the structural stage runs
#: jsonschema-rs) and the maintainers' code (model diff, generation, site).
HEAVY = ("pyshacl", "linkml", "linkml_runtime", "pyoxigraph", "jsonschema", "sssom", "kll.maintain")

_PROBE = """
import json, sys
sys.argv = ["kll", *json.loads(sys.argv[1])]
from kll.cli import app
try:
    app()
except SystemExit as done:
    code = done.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _modules_after(*args: str) -> tuple[int, set[str]]:
    """The exit code of `kll ARGS` and every module it imported, run in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "validators"), "COLUMNS": "80"}
    done = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(args)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    last = done.stdout.strip().splitlines()[-1]
    result = json.loads(last)
    return result["code"], set(result["modules"])


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


def test_default_command_on_a_small_yaml_file_loads_nothing_heavy() -> None:
    code, modules = _modules_after("validate", str(SMALL.relative_to(ROOT)))
    assert code == 0
    assert _loaded(modules, HEAVY) == []
    # The shapes come from the shipped plain data, not from parsing the Turtle.
    assert _loaded(modules, ("rdflib.plugins.parsers",)) == []


def test_structural_and_rules_on_a_small_json_file_load_no_rdf(tmp_path: Path) -> None:
    data = tmp_path / "offering.json"
    data.write_text(json.dumps(yaml.safe_load(SMALL.read_text(encoding="utf-8")), default=str), encoding="utf-8")
    code, modules = _modules_after("validate", "--stages", "structural,rules", str(data))
    assert code == 0
    # RDF is only read or built for RDF input and the SHACL stage.
    assert _loaded(modules, (*HEAVY, "rdflib")) == []


def _digest(graph) -> Counter:
    """The triples with every blank node replaced by a digest of what hangs off it: equal for two
    graphs equal up to blank-node labels (the shapes' blank nodes form trees and lists). Literals
    compare by lexical form, datatype and language, not by rdflib's value equality."""
    outgoing: dict = {}
    for s, p, o in graph:
        if isinstance(s, BNode):
            outgoing.setdefault(s, []).append((p, o))
    digests: dict = {}

    def term(node) -> str:
        if isinstance(node, Literal):
            return repr(("literal", str(node), str(node.datatype), node.language))
        return digests[node] if isinstance(node, BNode) else repr(("iri", str(node)))

    for root in outgoing:
        stack = [root]
        while stack:  # children first, without recursion: RDF lists are long
            node = stack[-1]
            pending = [o for _, o in outgoing.get(node, ()) if isinstance(o, BNode) and o not in digests]
            if pending:
                assert len(stack) < len(outgoing) + 1, "a blank-node cycle in the shapes"
                stack.extend(pending)
                continue
            stack.pop()
            if node not in digests:
                parts = sorted(repr((str(p), term(o))) for p, o in outgoing.get(node, ()))
                digests[node] = "blank:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return Counter((term(s), str(p), term(o)) for s, p, o in graph)


def test_the_shipped_shapes_data_is_the_published_turtle() -> None:
    shacl = paths.generated_dir() / "shacl"
    turtle = (shacl / "kll.shacl.ttl").read_bytes()
    assert encode(turtle) == (shacl / "kll.shacl.json").read_bytes(), "run `kll generate`"
    plain = load(shacl / "kll.shacl.json")
    parsed = Graph().parse(data=turtle, format="turtle")
    assert len(plain) == len(parsed)
    assert _digest(plain) == _digest(parsed)


def test_lazily_compiled_shapes_are_the_eagerly_compiled_ones() -> None:
    """The validator compiles a class's shapes when it first meets the class; what it ends up
    with, and what any reader of ``by_class`` sees, is what compiling everything gives."""
    from kll.validation.fastshacl import compile_shapes

    shapes = load(paths.generated_dir() / "shacl" / "kll.shacl.json")
    eager = compile_shapes(shapes)
    lazy = compile_shapes(shapes, lazy=True)
    first = next(iter(eager.by_class))
    assert [s.node for s in lazy.by_class.get(first)] == [s.node for s in eager.by_class[first]]
    assert len(lazy._shapes) < len(eager._shapes), "only the class asked for was compiled"
    as_read = {key: [s.node for s in found] for key, found in lazy.by_class.items()}
    assert as_read == {key: [s.node for s in found] for key, found in eager.by_class.items()}
    lazy.compile_all()
    assert set(lazy._shapes) == set(eager._shapes)
