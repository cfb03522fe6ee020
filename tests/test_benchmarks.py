"""The benchmark suite (benchmarks/): a deterministic generator, a complete ground truth that the
validator meets exactly on the benchmark data, and a runner that prints its table."""

from __future__ import annotations

import importlib.util
import inspect
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from kll.validate import validate

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "benchmarks"
SEED = 20261127


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"kll_benchmarks_{name}", BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


datasets = _load("datasets")


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> tuple[Path, dict]:
    directory = tmp_path_factory.mktemp("bench-2000")
    return directory, datasets.generate(directory, 2_000, SEED)


def _violations(report) -> dict[tuple[str, int], set[str]]:
    found: dict[tuple[str, int], set[str]] = defaultdict(set)
    for finding in report.findings:
        if finding.severity.value == "violation":
            found[(Path(finding.location.file).name, finding.location.record)].add(finding.rule)
    return dict(found)


def _expected(truth: dict) -> dict[tuple[str, int], set[str]]:
    return {(e["file"], e["line"]): set(e["rules"]) for e in truth["errors"]}


def _one_core() -> dict:
    return {"jobs": 1} if "jobs" in inspect.signature(validate).parameters else {}


def test_generator_is_deterministic(tmp_path, dataset):
    directory, _ = dataset
    again = tmp_path / "again"
    datasets.generate(again, 2_000, SEED)
    names = sorted(p.name for p in directory.iterdir())
    assert names == sorted(p.name for p in again.iterdir())
    assert "truth.json" in names
    differing = [name for name in names if (directory / name).read_bytes() != (again / name).read_bytes()]
    assert differing == []
    other = tmp_path / "other-seed"
    datasets.generate(other, 2_000, SEED + 1)
    assert (other / "education_events.jsonl").read_bytes() != (directory / "education_events.jsonl").read_bytes()


def test_sizes_are_parsed_and_exact(tmp_path):
    assert [datasets.parse_size(s) for s in ("10k", "100k", "1m", "1M", "2500", "1_000")] == [10_000, 100_000, 1_000_000, 1_000_000, 2_500, 1_000]
    truth = datasets.generate(tmp_path, 2_500, SEED)
    lines = sum(len((tmp_path / name).read_bytes().splitlines()) for name in truth["files"])
    assert truth["records"] == lines == 2_500


def test_ground_truth_is_complete(dataset):
    directory, truth = dataset
    assert truth["records"] == 2_000
    classes = {name: info["class"] for name, info in truth["files"].items()}
    records = {name: (directory / name).read_bytes().splitlines() for name in truth["files"]}
    assert all(json.loads(line)["type"] == classes[name] for name, lines in records.items() for line in lines)
    places = Counter((e["file"], e["line"]) for e in truth["errors"])
    assert max(places.values()) == 1, "a record is broken in one way only"
    for error in truth["errors"]:
        kind = datasets.KINDS[error["kind"]]
        assert error["rules"] == sorted(kind.rules) and error["rules"], error
        assert error["class"] == kind.class_name == classes[error["file"]]
        assert json.loads(records[error["file"]][error["line"]])["id"] == error["id"]
    # Every way of breaking a record occurs (block 0 breaks one record in each way), and about
    # 1 % of the records are broken.
    assert {e["kind"] for e in truth["errors"]} == set(datasets.KINDS)
    assert 0.005 <= len(truth["errors"]) / truth["records"] <= 0.03


def test_json_path_flags_exactly_the_injected_errors(dataset):
    """Structural + rules on the benchmark data: exactly the broken records, exactly their rules."""
    directory, truth = dataset
    report = validate([directory / name for name in truth["files"]], stages=["structural", "rules"], **_one_core())
    assert report.records == truth["records"]
    assert _violations(report) == _expected(truth)


def test_a_prefix_of_whole_blocks_is_closed_and_the_rdf_path_flags_exactly_its_errors(dataset, tmp_path):
    """The runner's samples: the first block(s) reference nothing outside them, so the semantic
    (SHACL) + rules stages on the sample give exactly the sample's part of the ground truth."""
    directory, truth = dataset
    sample = datasets.prefix(directory, tmp_path, 1_000)
    assert sample["records"] == 1_000
    assert sample["errors"] == [e for e in truth["errors"] if e["line"] < sample["files"][e["file"]]["records"]]
    assert {e["kind"] for e in sample["errors"]} == set(datasets.KINDS)
    report = validate([tmp_path / name for name in sample["files"]], stages=["semantic", "rules"], **_one_core())
    assert _violations(report) == _expected(sample)


def test_runner_prints_the_table(tmp_path):
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--size", "1000", "--skip-baselines", "--skip-suite", "--jobs", "1", "--data", str(tmp_path / "data")],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    header = next(line for line in out.splitlines() if line.startswith("| stage"))
    assert all(column in header for column in ("records/s", "× floor", "× linkml-validate", "× pyshacl", "peak RSS", "findings match"))
    for row in ("parse floor (orjson)", "parse (json.loads)", "kll JSON path: structural+rules", "kll RDF path: semantic",
                "kll validate --stages structural,rules --jobs 0 (every core), whole command", "kll validate (every stage, default jobs), whole command"):
        assert row in out, out
    assert "machine:" in out and "targets:" in out
    # the second performance step's targets, judged on the whole commands against this run's floor
    assert re.search(r"(PASS|FAIL)  default `kll validate` \(every stage\), whole command ≤ 15× the orjson floor: [0-9.,]+×", out), out
    assert re.search(r"(PASS|FAIL)  `kll validate --stages structural,rules`, whole command, every core ≤ 5× the floor: [0-9.,]+×", out), out
    assert "findings: every stage matches the ground truth" in out
    assert "ERROR" not in out


def test_the_performance_guide_lists_every_way_of_breaking_a_record():
    guide = (ROOT / "docs" / "guides" / "performance.en.md").read_text(encoding="utf-8")
    for kind in datasets.KINDS.values():
        assert f"| `{kind.name}` | {kind.class_name} | {', '.join(f'`{r}`' for r in kind.rules)} | {kind.stage} |" in guide, kind.name


def test_the_small_file_row_runs_both_whole_commands_and_check_jsonschema_accepts_the_schema():
    """The start-up comparison (issue 21): check-jsonschema reads the generated draft 2019-09
    schema, x-kll-rules annotations and all, and passes the example that kll passes."""
    run = _load("run")
    if run.check_jsonschema_command() is None:
        pytest.skip("check-jsonschema is not installed (the dev extra pins it)")
    small = run.start_up(1)
    assert small is not None and small.runs == 1
    assert (small.kll_exit, small.baseline_exit) == (0, 0)
    assert small.kll > 0 and small.baseline > 0 and small.ratio == small.kll / small.baseline
