"""The Turtle-input row of the benchmark: ``kll validate`` on one Turtle file of N records against
pyshacl's own command on the same file, both timed whole (start-up, parsing, shapes, report), and
their SHACL results compared one for one.

    python benchmarks/turtle_row.py --records 10k     # alone; run.py adds it as a row

The file is the benchmark dataset (``datasets.py``) written through the project's JSON→RDF mapping
as one Turtle file. A result is (rule, focus node, result path); pyshacl gives one per value node,
kll one per focus node and path, so both are compared as sets, blank nodes (whose labels are the
parsers' own) by their count.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import datasets  # noqa: E402

RULES = "https://w3id.org/kll/rule/"
SHAPES = ROOT / "generated" / "shacl" / "kll.shacl.ttl"


def write_turtle(directory: Path, records: int, seed: int = datasets.DEFAULT_SEED) -> tuple[Path, int]:
    """The dataset of ``records`` records as one Turtle file in ``directory``; (path, triples)."""
    import logging

    import orjson
    from rdflib import Graph

    from kll.validation.engine import _engine
    from kll.validation.rdf_mapping import JsonToRdf

    data = directory / "data"
    truth = datasets.load_truth(data) if (data / "truth.json").exists() else datasets.generate(data, records, seed)
    logging.getLogger("rdflib").setLevel(logging.ERROR)  # the broken dates are meant; no log line for each
    mapper = JsonToRdf(_engine(None).index, graph=Graph())
    for name, info in truth["files"].items():
        for line in (data / name).read_bytes().splitlines():
            if line.strip():
                mapper.add_record(orjson.loads(line), info["class"])
    target = directory / f"data-{records}.ttl"
    mapper.graph.serialize(target, format="turtle")
    return target, len(mapper.graph)


def _key(focus: str | None, blank: bool, rule: str, path: str | None) -> tuple:
    return (rule, "_:" if blank else focus, path)


def kll_results(report: dict) -> Counter:
    """(rule, focus node, path) of every SHACL finding in a ``kll validate --format json`` report."""
    found = set()
    for finding in report["findings"]:
        location = finding["location"]
        if finding["stage"] == "semantic" and not finding["rule"].startswith("semantic."):
            focus = location.get("focus_node")
            found.add((finding["rule"], focus, location.get("path")))
    return Counter(_key(f, not f.startswith(("http:", "https:", "urn:", "file:")), r, p) for r, f, p in found)


def pyshacl_results(report_file: Path) -> Counter:
    """The same triples' worth from pyshacl's report graph (N-Triples)."""
    from rdflib import BNode, Graph
    from rdflib.namespace import RDF, SH

    graph = Graph().parse(report_file, format="nt")
    found = set()
    for result in graph.subjects(RDF.type, SH.ValidationResult):
        shape = graph.value(result, SH.sourceShape)
        if not str(shape).startswith(RULES):
            continue
        focus, path = graph.value(result, SH.focusNode), graph.value(result, SH.resultPath)
        found.add((str(shape).removeprefix(RULES), focus, None if path is None else str(path)))
    return Counter(_key(str(f), isinstance(f, BNode), r, p) for r, f, p in found)


def measure_row(directory: Path, records: int, measure, kll_command: list[str]) -> dict:
    """Both whole commands on the same Turtle file (``measure`` is run.py's): seconds, CPU, peak
    memory, the SHACL results of each and whether they are identical."""
    turtle, triples = write_turtle(directory, records)
    report = directory / "kll-report.json"
    ours = measure([*kll_command, "validate", str(turtle), "--format", "json", "-o", str(report)])
    if ours.returncode not in (0, 1):  # 1: the data has findings
        raise RuntimeError(f"kll validate failed (exit {ours.returncode}): {ours.stderr[-2000:]}")
    theirs_file = directory / "pyshacl-report.nt"
    pyshacl = Path(sys.executable).parent / "pyshacl"
    theirs = measure([str(pyshacl), "-s", str(SHAPES), "-sf", "turtle", "-df", "turtle", "-i", "none", "-w", "--allow-infos",
                      "-f", "nt", "-o", str(theirs_file), str(turtle)])
    if not theirs_file.exists():
        raise RuntimeError(f"pyshacl failed (exit {theirs.returncode}): {theirs.stderr[-2000:]}")
    kll_found = kll_results(json.loads(report.read_text(encoding="utf-8")))
    pyshacl_found = pyshacl_results(theirs_file)
    return {
        "records": records, "triples": triples, "ours": ours, "theirs": theirs, "results": sum(pyshacl_found.values()),
        "identical": kll_found == pyshacl_found, "only_kll": sorted(kll_found - pyshacl_found)[:4], "only_pyshacl": sorted(pyshacl_found - kll_found)[:4],
    }


def main(argv: list[str] | None = None) -> int:
    import run  # the benchmark's measure() and command

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", default="10k", help="records (default 10k)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kll-turtle-") as scratch:
        row = measure_row(Path(scratch), datasets.parse_size(args.records), run.measure, run.kll_command())
    ours, theirs = row["ours"], row["theirs"]
    print(f"Turtle input, {row['records']:,} records ({row['triples']:,} triples), whole commands:")
    print(f"  kll validate {ours.seconds:.1f} s ({ours.cpu:.1f} CPU s, {ours.peak_mb:,.0f} MB); pyshacl {theirs.seconds:.1f} s ({theirs.cpu:.1f} CPU s, {theirs.peak_mb:,.0f} MB)")
    print(f"  speed-up {theirs.seconds / ours.seconds:.1f}× wall, {theirs.cpu / ours.cpu:.1f}× CPU; results {row['results']:,}, "
          + ("identical" if row["identical"] else f"DIFFERENT: only kll {row['only_kll']}, only pyshacl {row['only_pyshacl']}"))
    return 0 if row["identical"] else 1


if __name__ == "__main__":
    sys.exit(main())
