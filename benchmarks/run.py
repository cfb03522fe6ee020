"""The benchmark: our validation stages side by side with the baselines, on the same data, one table.

    python benchmarks/run.py                          # 100k records (make bench)
    python benchmarks/run.py --size 10k --skip-baselines --skip-suite
    python benchmarks/run.py --size 1m                # adds the memory rows (100k vs 1M)

It generates a seeded dataset with ``datasets.py`` (providers, educations, events, organisations,
persons, qualifications, mapping sets, consents, data requests, sharing receipts; about 1 % of the
records broken in known ways, with the ground truth beside the data), then runs every stage in a
fresh subprocess of its own — so that each one's peak resident memory is its own — and prints:

* the floor: parsing every line with orjson (no validator can read faster), and with json.loads;
* our JSON path: the structural (JSON Schema) and rules stages, one core and, where the validator
  has ``jobs``, all cores;
* the whole commands as a user runs them: ``kll validate`` with every stage and with
  ``--stages structural,rules`` on the whole dataset, default jobs, timed from start to exit — the
  ratios the second performance issue's targets are stated in;
* our RDF path: the semantic (SHACL) and rules stages on the same JSON Lines, which the validator
  maps to RDF with the project's JSON→RDF mapping in chunks — the way JSON input reaches SHACL;
* the baselines: ``linkml-validate`` with the same schema (model/kll.yaml) on the same records, one
  run per class (``-C Class``) on a JSON array of that class's records, timed whole, and its engine
  (the Validator the command builds) in one process without the start-up; and pyshacl with the
  generated shapes on the whole graph of the same records (inference none);
* one small file (an example data package), ``kll validate`` with every stage against
  check-jsonschema with the generated JSON Schema on the same file, whole commands alternated,
  median of ``--start-up-runs`` each: the start-up a pre-commit hook pays (with the baselines);
* the generation of every artifact (``kll generate`` into a scratch copy of the repository) and the
  whole conformance suite (``kll conformance run``), each against its 60 s target;

with records/s, the ratio to the floor, to each baseline, the peak RSS and whether the records
flagged and their rule IDs are exactly the injected errors. The slow baselines run on a sample —
the first whole blocks of the same data, a closed dataset — of ``--baseline-sample`` records.

Exit status: 0 when every stage's findings match the ground truth, 1 otherwise (speed targets are
reported, not enforced: the machine decides those).
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import datasets  # noqa: E402  (benchmarks/ is a folder of scripts, not a package)

SCHEMA = ROOT / "model" / "kll.yaml"
SHAPES = ROOT / "generated" / "shacl" / "kll.shacl.ttl"
TARGET_SECONDS = 60
RDF_FULL_UP_TO = 100_000  # larger runs give the RDF path a 100k sample unless --rdf-sample says otherwise


# ================================================================================================
# The stages, each run in a child process: ``run.py --stage NAME --data DIR --result FILE``
# ================================================================================================


def _cpu() -> float:
    """CPU seconds (user + system) of this process and of the workers it has waited for."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def _files(directory: Path) -> list[Path]:
    truth = datasets.load_truth(directory)
    return [directory / name for name in truth["files"]]


def _stage_parse(directory: Path, engine: str) -> dict:
    if engine == "orjson":
        import orjson

        loads = orjson.loads
        mode = "rb"
    else:
        loads, mode = json.loads, "r"
    records = 0
    started, cpu = time.perf_counter(), _cpu()
    for path in _files(directory):
        with path.open(mode, **({} if mode == "rb" else {"encoding": "utf-8"})) as handle:
            for line in handle:
                loads(line)
                records += 1
    return {"records": records, "seconds": time.perf_counter() - started, "cpu": _cpu() - cpu}


def _has_jobs() -> bool:
    try:
        from kll.validate import validate
    except ImportError:
        return False  # the stages report the import error themselves
    return "jobs" in inspect.signature(validate).parameters


def _fast_shacl() -> str:
    """The SHACL engine the semantic stage will use: 'fast' when the fast engine exists and is not
    switched off with KLL_SHACL_ENGINE=pyshacl, else 'pyshacl'."""
    import importlib.util

    if os.environ.get("KLL_SHACL_ENGINE", "").lower() == "pyshacl":
        return "pyshacl"
    return "fast" if importlib.util.find_spec("kll.validation.fastshacl") is not None else "pyshacl"


def _stage_kll(directory: Path, stages: list[str], jobs: int | None, detail_limits: dict[str, int] | None) -> dict:
    from kll.validate import validate

    kwargs = {"jobs": jobs} if jobs is not None and _has_jobs() else {}
    files = _files(directory)
    started, cpu = time.perf_counter(), _cpu()
    report = validate(files, stages=stages, **kwargs)
    seconds, cpu = time.perf_counter() - started, _cpu() - cpu
    findings = []
    for finding in report.findings:
        name = Path(finding.location.file).name if finding.location.file else ""
        severity = finding.severity.value
        stage = finding.stage.value if hasattr(finding.stage, "value") else str(finding.stage)
        if severity != "violation":
            # Warnings and infos are kept only where the SHACL baseline is compared with them.
            if detail_limits is None or finding.location.record is None or finding.location.record >= detail_limits.get(name, 0):
                continue
        findings.append([name, finding.location.record, finding.rule, stage, severity])
    return {"records": report.records, "seconds": seconds, "cpu": cpu, "findings": findings, "jobs": kwargs.get("jobs", 1), "engine": _fast_shacl() if "semantic" in stages else None}


def _stage_pyshacl(directory: Path) -> dict:
    """pyshacl.validate on one graph of every record (the project's JSON→RDF mapping), shapes from
    generated/shacl, inference none. Timed: the validate call only (not reading or mapping)."""
    import logging

    import orjson
    import pyshacl
    from rdflib import BNode, Graph, URIRef
    from rdflib.namespace import RDF, SH

    from kll.maintain.generation.rules import RULE_NAMESPACE
    from kll.artifacts.modelindex import model_index
    from kll.validation.rdf_mapping import JsonToRdf

    logging.getLogger("pyshacl").setLevel(logging.ERROR)
    truth = datasets.load_truth(directory)
    started = time.perf_counter()
    graph = Graph()
    mapper = JsonToRdf(model_index())
    mapper.graph = graph
    where: dict[str, tuple[str, int]] = {}
    records = 0
    for name, info in truth["files"].items():
        with (directory / name).open("rb") as handle:
            for line, text in enumerate(handle):
                record = orjson.loads(text)
                mapper.add_record(record, info["class"], record_index=line)
                where[record["id"]] = (name, line)
                records += 1
    mapping_seconds = time.perf_counter() - started
    shapes = Graph().parse(SHAPES)
    triples = len(graph)
    started, cpu = time.perf_counter(), _cpu()
    _, report, _ = pyshacl.validate(graph, shacl_graph=shapes, inference="none", advanced=False, abort_on_first=False, allow_warnings=True, allow_infos=True, inplace=True)
    seconds, cpu = time.perf_counter() - started, _cpu() - cpu

    def owner(node):
        seen = set()
        while isinstance(node, BNode) and node not in seen:
            seen.add(node)
            node = next(graph.subjects(None, node), node)
        return where.get(str(node))

    severities = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
    findings = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        shape = report.value(result, SH.sourceShape)
        rule = str(shape).removeprefix(RULE_NAMESPACE) if isinstance(shape, URIRef) else "semantic.unnamed-shape"
        place = owner(report.value(result, SH.focusNode)) or ("", None)
        findings.append([place[0], place[1], rule, "semantic", severities.get(report.value(result, SH.resultSeverity), "violation")])
    return {"records": records, "seconds": seconds, "cpu": cpu, "findings": findings, "triples": triples, "mapping_seconds": mapping_seconds}


def _stage_linkml_engine(directory: Path) -> dict:
    """linkml-validate's engine without its start-up: the Validator with the JSON Schema plugin
    (closed=True) that the command builds, each class warmed up on its first record (which makes
    the JSON Schema), then timed over every record of the class, as the command iterates them."""
    import orjson
    from linkml.validator import Validator
    from linkml.validator.plugins import JsonschemaValidationPlugin
    from linkml_runtime.linkml_model import SchemaDefinition
    from linkml_runtime.loaders import yaml_loader

    truth = datasets.load_truth(directory)
    schema = yaml_loader.load(str(SCHEMA), SchemaDefinition)
    schema.source_file = str(SCHEMA)
    validator = Validator(schema, validation_plugins=[JsonschemaValidationPlugin(closed=True)])
    seconds = cpu_seconds = 0.0
    records, findings = 0, []
    for name, info in truth["files"].items():
        with (directory / name).open("rb") as handle:
            items = [orjson.loads(line) for line in handle]
        if not items:
            continue
        list(validator.iter_results(items[0], info["class"]))  # warm-up: generates the JSON Schema
        started, cpu = time.perf_counter(), _cpu()
        for position, item in enumerate(items):
            for result in validator.iter_results(item, info["class"]):
                if result.severity.value == "ERROR":
                    findings.append([name, position, "linkml", "structural", "violation"])
        seconds += time.perf_counter() - started
        cpu_seconds += _cpu() - cpu
        records += len(items)
    return {"records": records, "seconds": seconds, "cpu": cpu_seconds, "findings": findings}


def stage_main(args: argparse.Namespace) -> int:
    directory = Path(args.data)
    limits = json.loads(args.detail_limits) if args.detail_limits else None
    if args.stage in {"orjson", "json.loads"}:
        result = _stage_parse(directory, args.stage)
    elif args.stage == "kll-json":
        result = _stage_kll(directory, ["structural", "rules"], args.jobs, None)
    elif args.stage == "kll-default":
        result = _stage_kll(directory, ["structural", "semantic", "rules"], args.jobs, None)
    elif args.stage == "kll-rdf":
        result = _stage_kll(directory, ["semantic", "rules"], args.jobs, limits)
    elif args.stage == "pyshacl":
        result = _stage_pyshacl(directory)
    elif args.stage == "linkml-engine":
        result = _stage_linkml_engine(directory)
    else:
        raise SystemExit(f"unknown stage {args.stage}")
    result["vmhwm_kb"] = _status_kb("self", b"VmHWM:")  # this process's peak, exact
    Path(args.result).write_text(json.dumps(result), encoding="utf-8")
    return 0


# ================================================================================================
# The parent: data, children, measurements, table
# ================================================================================================


def _status_kb(pid: int | str, field: bytes) -> int | None:
    """A memory figure (kB) from /proc/<pid>/status: VmHWM (peak resident) or VmRSS (now)."""
    try:
        with open(f"/proc/{pid}/status", "rb") as handle:
            for line in handle:
                if line.startswith(field):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


class _Sampler:
    """Polls a running command's memory: the peak resident set of its own process image (VmHWM)
    and, with ``tree``, the summed resident set of it and its descendants (workers).

    Not ``ru_maxrss`` from wait4: Linux carries the parent's resident set at fork time into the
    child's maxrss across exec, so a child of a big parent would report the parent's size."""

    def __init__(self, pid: int, tree: bool, interval: float = 0.05) -> None:
        self.pid, self.tree, self.interval = pid, tree, interval
        self.hwm_kb = self.tree_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _descendants(self) -> list[int]:
        children: dict[int, list[int]] = defaultdict(list)
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                try:
                    with open(f"/proc/{entry.name}/stat", "rb") as handle:
                        fields = handle.read().rsplit(b")", 1)[1].split()
                    children[int(fields[1])].append(int(entry.name))
                except (OSError, IndexError, ValueError):
                    continue
        found, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            found.append(pid)
            todo.extend(children.get(pid, []))
        return found

    def _run(self) -> None:
        while not self._stop.is_set():
            self.hwm_kb = max(self.hwm_kb, _status_kb(self.pid, b"VmHWM:") or 0)
            if self.tree:
                self.tree_kb = max(self.tree_kb, sum(_status_kb(pid, b"VmRSS:") or 0 for pid in self._descendants()))
            self._stop.wait(self.interval)

    def stop(self) -> tuple[int, int]:
        self._stop.set()
        self._thread.join()
        return self.hwm_kb, self.tree_kb


@dataclass
class Measured:
    """One process run: wall time, peak RSS (MB) and exit status."""

    seconds: float
    peak_mb: float
    returncode: int
    stdout: str = ""
    stderr: str = ""
    cpu: float = 0.0  # user + system seconds of the command and the children it waited for
    tree_mb: float = 0.0  # sampled peak of the summed resident sets of the command and its workers


def measure(command: list[str], *, cwd: Path = ROOT, env: dict | None = None, tree: bool = False) -> Measured:
    """Run a command; its peak RSS is the polled VmHWM of its process (with ``tree``, at least the
    sampled sum over its process tree)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        sampler = _Sampler(process.pid, tree)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        hwm, summed = sampler.stop()
        out.seek(0)
        err.seek(0)
        return Measured(seconds, max(hwm, summed) / 1024, process.returncode,
                        out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"), usage.ru_utime + usage.ru_stime, summed / 1024)


def run_stage(name: str, directory: Path, scratch: Path, *, jobs: int | None = None, detail_limits: dict | None = None, env: dict | None = None) -> tuple[dict, Measured]:
    result_file = scratch / f"result-{name}-{jobs}-{directory.name}.json"
    command = [sys.executable, str(Path(__file__).resolve()), "--stage", name, "--data", str(directory), "--result", str(result_file)]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    if detail_limits is not None:
        command += ["--detail-limits", json.dumps(detail_limits)]
    measured = measure(command, env=env, tree=bool(jobs and jobs > 1))
    if measured.returncode != 0:
        raise RuntimeError(f"stage {name} failed (exit {measured.returncode}):\n{measured.stderr[-3000:]}")
    result = json.loads(result_file.read_text(encoding="utf-8"))
    if result.get("vmhwm_kb"):
        measured.peak_mb = max(result["vmhwm_kb"] / 1024, measured.tree_mb)
    return result, measured


# --- comparing findings with the ground truth ---------------------------------------------------


def expected(truth: dict, stage: str | None = None) -> dict[tuple[str, int], set[str]]:
    return {(e["file"], e["line"]): set(e["rules"]) for e in truth["errors"] if stage is None or e["stage"] == stage}


def flagged(findings: list, stage: str | None = None) -> dict[tuple[str, int], set[str]]:
    found: dict[tuple[str, int], set[str]] = defaultdict(set)
    for name, record, rule, finding_stage, severity in findings:
        if severity == "violation" and (stage is None or finding_stage == stage):
            found[(name, record)].add(rule)
    return dict(found)


@dataclass
class Match:
    exact: bool
    expected: int
    missed: int = 0
    extra: int = 0
    wrong: int = 0
    examples: list = field(default_factory=list)

    def text(self, records_only: bool = False) -> str:
        if self.exact:
            return f"yes ({self.expected} records{'' if records_only else ', rule IDs'})"
        return f"NO: {self.missed} missed, {self.extra} extra, {self.wrong} wrong rules"


def compare(found: dict, wanted: dict, *, records_only: bool = False) -> Match:
    missed = [k for k in wanted if k not in found]
    extra = [k for k in found if k not in wanted]
    wrong = [] if records_only else [k for k in wanted if k in found and found[k] != wanted[k]]
    examples = [("missed", k, sorted(wanted[k])) for k in missed[:3]] + [("extra", k, sorted(found[k])) for k in extra[:3]] + [("wrong", k, sorted(found[k]), sorted(wanted[k])) for k in wrong[:3]]
    return Match(not (missed or extra or wrong), len(wanted), len(missed), len(extra), len(wrong), examples)


# --- the baselines ---------------------------------------------------------------------------------


def linkml_validate(directory: Path, scratch: Path) -> dict:
    """linkml-validate per class (-C) on JSON arrays of the records: whole runs, start-up included."""
    import orjson

    truth = datasets.load_truth(directory)
    executable = shutil.which("linkml-validate", path=str(Path(sys.executable).parent)) or shutil.which("linkml-validate")
    if executable is None:
        raise RuntimeError("linkml-validate not found")
    arrays = scratch / "linkml"
    arrays.mkdir(exist_ok=True)
    total_seconds, total_cpu, peak, records, found = 0.0, 0.0, 0.0, 0, defaultdict(set)
    per_class = {}
    for name, info in truth["files"].items():
        with (directory / name).open("rb") as handle:
            items = [orjson.loads(line) for line in handle]
        if not items:
            continue
        target = arrays / name.replace(".jsonl", ".json")
        target.write_bytes(orjson.dumps(items))
        measured = measure([executable, "-s", str(SCHEMA), "-C", info["class"], str(target)])
        if measured.returncode not in (0, 1):
            raise RuntimeError(f"linkml-validate failed on {name}: {measured.stderr[-2000:]}")
        for match in re.finditer(r"^\[ERROR\] \[(.*?)/(\d+)\] ", measured.stdout, re.MULTILINE):
            found[(name, int(match.group(2)))].add("linkml")
        total_seconds += measured.seconds
        total_cpu += measured.cpu
        peak = max(peak, measured.peak_mb)
        records += len(items)
        per_class[name] = (len(items), measured.seconds)
    return {"records": records, "seconds": total_seconds, "cpu": total_cpu, "peak_mb": peak, "found": dict(found), "invocations": len(per_class)}


# --- the repository-level targets ----------------------------------------------------------------


def kll_command() -> list[str]:
    executable = Path(sys.executable).parent / "kll"
    return [str(executable)] if executable.exists() else [sys.executable, "-m", "kll"]


def command_memory(directory: Path, scratch: Path, stages: str | None, jobs: int | None = None) -> tuple[dict, Measured]:
    """The whole ``kll validate`` command on every file of a dataset as a user runs it (default
    jobs: every core from 8 MiB of JSON Lines; the JSON report to a file): the records and
    findings of its report, and the peak RSS of the command with its workers."""
    report_file = scratch / f"command-{directory.name}-{stages or 'default'}.json"
    command = kll_command() + ["validate", "--format", "json", "-o", str(report_file), "--reference-date", date.today().isoformat()]
    if stages:
        command += ["--stages", stages]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    measured = measure(command + [str(path) for path in _files(directory)], tree=True)
    if measured.returncode not in (0, 1):
        raise RuntimeError(f"kll validate failed (exit {measured.returncode}):\n{measured.stderr[-3000:]}")
    report = json.loads(report_file.read_text(encoding="utf-8"))
    report_file.unlink()
    findings = [[Path(f["location"]["file"]).name, f["location"].get("record"), f["rule"], f["stage"], f["severity"]] for f in report["findings"]]
    return {"records": report["records"], "findings": findings}, measured


def time_generation(scratch: Path) -> Measured:
    root = scratch / "repo"
    for folder in ("model", "generated"):
        shutil.copytree(ROOT / folder, root / folder)
    return measure([*kll_command(), "generate", "--root", str(root)])


def time_conformance() -> Measured:
    return measure([*kll_command(), "conformance", "run"])


# --- one small file: the start-up a pre-commit hook pays -----------------------------------------

SMALL_FILE = ROOT / "examples" / "offering" / "komvux-sundsvall-matematik.yaml"
JSON_SCHEMA = ROOT / "generated" / "jsonschema" / "kll.schema.json"


def check_jsonschema_command() -> list[str] | None:
    """check-jsonschema (the dev extra pins it) from this interpreter's environment, or None."""
    executable = Path(sys.executable).parent / "check-jsonschema"
    return [str(executable)] if executable.exists() else None


@dataclass
class StartUp:
    """Both whole commands on one small file, run alternately: medians, exit codes, runs."""

    kll: float
    baseline: float
    kll_exit: int
    baseline_exit: int
    runs: int

    @property
    def ratio(self) -> float:
        return self.kll / self.baseline


def start_up(runs: int, small: Path = SMALL_FILE) -> StartUp | None:
    """`kll validate FILE` (every stage) against `check-jsonschema --schemafile` the generated JSON
    Schema on the same file, whole commands with interpreter start-up and imports, alternated so
    both see the same load; None without check-jsonschema. The schema is draft 2019-09 and its
    ``x-kll-rules`` annotations are unknown keywords, which 2019-09 allows."""
    baseline = check_jsonschema_command()
    if baseline is None:
        return None
    ours: list[Measured] = []
    theirs: list[Measured] = []
    for _ in range(max(1, runs)):
        ours.append(measure([*kll_command(), "validate", str(small)]))
        theirs.append(measure([*baseline, "--schemafile", str(JSON_SCHEMA), str(small)]))

    def median(found: list[Measured]) -> float:
        seconds = sorted(m.seconds for m in found)
        middle = len(seconds) // 2
        return seconds[middle] if len(seconds) % 2 else (seconds[middle - 1] + seconds[middle]) / 2

    return StartUp(median(ours), median(theirs), max(m.returncode for m in ours), max(m.returncode for m in theirs), len(ours))


# --- the machine ---------------------------------------------------------------------------------


def machine() -> list[str]:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = []
    from importlib.metadata import PackageNotFoundError, version

    for package in ("kll", "linkml", "pyshacl", "rdflib", "jsonschema-rs", "orjson"):
        try:
            versions.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return [
        f"machine: {cpu}, {cores} cores, {memory} RAM, Python {platform.python_version()} ({platform.system()} {platform.release()})",
        f"packages: {', '.join(versions)}",
        f"load average at start: {load} (other processes share the cores; rates are wall-clock)",
    ]


# --- the table -----------------------------------------------------------------------------------


@dataclass
class Row:
    stage: str
    records: int | None
    seconds: float | None
    rate: float | None
    peak_mb: float | None
    match: str
    kind: str = "ours"  # floor | ours | baseline | other
    cpu: float | None = None  # CPU seconds in the timed part


def _n(value: float | None, fmt: str) -> str:
    return "—" if value is None else format(value, fmt)


def render(rows: list[Row], floor: float | None, linkml: float | None, shacl: float | None) -> str:
    header = ["stage", "records", "seconds", "CPU s", "records/s", "× floor", "× linkml-validate", "× pyshacl", "peak RSS", "findings match ground truth"]
    lines = []
    for row in rows:
        rate = row.rate
        lines.append([
            row.stage, _n(row.records, ","), _n(row.seconds, ".1f"), _n(row.cpu, ".1f"), _n(rate, ",.0f"),
            f"{floor / rate:,.1f}" if floor and rate and row.kind != "other" else "—",
            f"{rate / linkml:,.1f}" if linkml and rate and row.kind == "ours" else "—",
            f"{rate / shacl:,.1f}" if shacl and rate and row.kind == "ours" else "—",
            "—" if row.peak_mb is None else f"{row.peak_mb:,.0f} MB", row.match,
        ])
    widths = [max(len(header[i]), *(len(line[i]) for line in lines)) for i in range(len(header))]
    right = {1, 2, 3, 4, 5, 6, 7, 8}

    def fmt(cells: list[str]) -> str:
        return "| " + " | ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))) + " |"

    separator = "|" + "|".join(("-" * (w + 1) + ":") if i in right else ("-" * (w + 2)) for i, w in enumerate(widths)) + "|"
    return "\n".join([fmt(header), separator, *(fmt(line) for line in lines)])


# --- main ----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="100k", help="records: 10k, 100k, 1m or a number (default 100k)")
    parser.add_argument("--seed", type=int, default=datasets.DEFAULT_SEED)
    parser.add_argument("--jobs", type=int, default=None, help="workers for the parallel JSON-path row (default: all cores)")
    parser.add_argument("--skip-baselines", action="store_true", help="no linkml-validate and pyshacl rows")
    parser.add_argument("--baseline-sample", type=int, default=5_000, help="records for linkml-validate and pyshacl (0: all; default 5,000)")
    parser.add_argument("--rdf-sample", type=int, default=None,
                        help="records for our RDF path (0: all; default: all up to 100k with the fast SHACL engine, else the baseline sample)")
    parser.add_argument("--skip-suite", action="store_true", help="no generation and conformance-suite rows")
    parser.add_argument("--start-up-runs", type=int, default=7,
                        help="runs of each whole command on one small file, kll vs check-jsonschema, alternated (0: none; with the baselines only)")
    parser.add_argument("--turtle-records", type=int, default=10_000, help="records for the Turtle-input row against pyshacl's command (0: none; default 10,000)")
    parser.add_argument("--no-whole-commands", dest="whole_commands", action="store_false",
                        help="no whole-command rows (kll validate as a user runs it, default jobs) on the data")
    parser.add_argument("--memory-scaling", action="store_true", help="peak RSS of the JSON path at 100k vs 1M (implied by --size 1m)")
    parser.add_argument("--memory-base", default="100k", help="N of the whole-command memory rows, N and 10×N records (default 100k)")
    parser.add_argument("--data", type=Path, help="use (or, if empty, write) the dataset in this directory instead of a temporary one")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    parser.add_argument("--detail-limits", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.argv = argv
    if args.stage:
        return stage_main(args)
    with tempfile.TemporaryDirectory(prefix="kll-bench-") as temporary:
        return benchmark(args, Path(temporary))


def benchmark(args: argparse.Namespace, scratch: Path) -> int:
    size = datasets.parse_size(args.size)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    command = "python benchmarks/run.py" + "".join(f" {a}" for a in (sys.argv[1:] if args.argv is None else args.argv))
    print(f"KLL benchmark — {date.today().isoformat()} — {command}")
    for line in machine():
        print(line)

    data = args.data or scratch / "data"
    started = time.perf_counter()
    if (data / "truth.json").exists():
        truth = datasets.load_truth(data)
        made = "reused"
    else:
        truth = datasets.generate(data, size, args.seed)
        made = f"generated in {time.perf_counter() - started:.1f} s"
    size = truth["records"]
    counts = ", ".join(f"{info['records']:,} {name.removesuffix('.jsonl').replace('_', ' ')}" for name, info in truth["files"].items())
    print(f"data: {size:,} records ({counts}); {len(truth['errors']):,} broken ({len(truth['errors']) / size:.2%}) "
          f"in {len(truth['kinds'])} ways; seed {truth['seed']}; {made}")

    rows: list[Row] = []
    notes: list[str] = []
    failures: list[str] = []
    targets: list[tuple[str, bool | None, str]] = []

    def progress(text: str) -> None:
        print(f"  … {text}", file=sys.stderr, flush=True)

    def failed(label: str, error: Exception, kind: str = "ours") -> None:
        rows.append(Row(label, None, None, None, None, "ERROR (see notes)", kind))
        failures.append(label)
        notes.append(f"{label} failed: {str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__}")

    def judged(label: str, match: Match) -> str:
        if not match.exact:
            failures.append(label)
            notes.append(f"{label}: first differences {match.examples}")
        return match.text()

    # The floor.
    floor = None
    for engine, label in (("orjson", "parse floor (orjson)"), ("json.loads", "parse (json.loads)")):
        progress(label)
        try:
            result, measured = run_stage(engine, data, scratch)
        except Exception as error:  # noqa: BLE001 - a failed stage is a row, not a crash
            failed(label, error, "floor")
            continue
        rate = result["records"] / result["seconds"]
        floor = floor or rate
        rows.append(Row(label, result["records"], result["seconds"], rate, measured.peak_mb, "—", "floor", result.get("cpu")))

    # Our JSON path.
    has_jobs = _has_jobs()
    all_jobs = args.jobs or cores
    json_rows: list[Row] = []
    for jobs in ([1, all_jobs] if has_jobs and all_jobs > 1 else [1 if has_jobs else None]):
        label = "kll JSON path: structural+rules" + (f", jobs={jobs}" if jobs is not None else "")
        progress(label)
        try:
            result, measured = run_stage("kll-json", data, scratch, jobs=jobs)
        except Exception as error:  # noqa: BLE001
            failed(label, error)
            continue
        text = judged(label, compare(flagged(result["findings"]), expected(truth)))
        row = Row(label, result["records"], result["seconds"], result["records"] / result["seconds"], measured.peak_mb, text, cpu=result.get("cpu"))
        rows.append(row)
        json_rows.append(row)
    if not has_jobs:
        notes.append("the validator has no `jobs` parameter: the JSON path ran once, on one core")

    # The default command: every stage, SHACL evaluated on the records (kll.validation.shaclview).
    label = "kll default: structural+semantic (SHACL view)+rules" + (", jobs=1" if has_jobs else "")
    progress(label)
    try:
        result, measured = run_stage("kll-default", data, scratch, jobs=1 if has_jobs else None)
        text = judged(label, compare(flagged(result["findings"]), expected(truth)))
        rows.append(Row(label, result["records"], result["seconds"], result["records"] / result["seconds"], measured.peak_mb, text, cpu=result.get("cpu")))
    except Exception as error:  # noqa: BLE001
        failed(label, error)

    # Whole commands as a user runs them: interpreter start-up, imports, the JSON report written to
    # a file; every stage with the default jobs (every core from 8 MiB of JSON Lines), and the
    # structural and rules stages on every core, as the target states them. The acceptance ratios of
    # the second performance issue are these against the floor.
    whole: dict[str, Row] = {}
    if args.whole_commands:
        for stages, jobs, label in (("structural,rules", 0, "kll validate --stages structural,rules --jobs 0 (every core), whole command"),
                                    (None, None, "kll validate (every stage, default jobs), whole command")):
            progress(label)
            try:
                result, measured = command_memory(data, scratch, stages, jobs)
            except Exception as error:  # noqa: BLE001
                failed(label, error)
                continue
            text = judged(label, compare(flagged(result["findings"]), expected(truth)))
            whole[stages or "default"] = Row(label, result["records"], measured.seconds, result["records"] / measured.seconds,
                                             measured.peak_mb, text, cpu=measured.cpu)
            rows.append(whole[stages or "default"])
        notes.append("whole commands: `kll validate` on every file of the data, timed from the process start to its exit "
                     "(start-up, imports and workers included; CPU s sums the command and its workers)")

    # Samples for the slow stages: whole blocks from the start of the same data (closed datasets).
    def sample_of(records: int) -> tuple[Path, dict]:
        if records <= 0 or records >= size:
            return data, truth
        target = scratch / f"sample-{records}"
        if (target / "truth.json").exists():
            return target, datasets.load_truth(target)
        return target, datasets.prefix(data, target, records)

    # Our RDF path.
    engine = _fast_shacl()
    rdf_records = args.rdf_sample if args.rdf_sample is not None else ((0 if size <= RDF_FULL_UP_TO else RDF_FULL_UP_TO) if engine == "fast" else args.baseline_sample)
    baseline_dir, baseline_truth = sample_of(args.baseline_sample)
    limits = {name: info["records"] for name, info in baseline_truth["files"].items()}
    rdf_dir, rdf_truth = sample_of(rdf_records)
    rdf_label = f"kll RDF path: semantic ({engine} SHACL)+rules" + (", jobs=1" if has_jobs else "") + ("" if rdf_dir == data else ", sample")
    rdf_row, rdf_findings = None, None
    progress(f"{rdf_label} on {rdf_truth['records']:,} records")
    try:
        # The graph built by the mapping (KLL_SHACL_VIEW=off), not the view of the default row.
        result, measured = run_stage("kll-rdf", rdf_dir, scratch, jobs=1 if has_jobs else None, detail_limits=limits, env={**os.environ, "KLL_SHACL_VIEW": "off"})
        rdf_findings = result["findings"]
        text = judged(rdf_label, compare(flagged(rdf_findings), expected(rdf_truth)))
        rdf_row = Row(rdf_label, result["records"], result["seconds"], result["records"] / result["seconds"], measured.peak_mb, text, cpu=result.get("cpu"))
        rows.append(rdf_row)
    except Exception as error:  # noqa: BLE001
        failed(rdf_label, error)
    if rdf_dir != data:
        notes.append(f"RDF path: on the first {rdf_truth['records']:,} records (whole blocks of the same data; --rdf-sample)")
    if engine != "fast":
        notes.append("the fast SHACL engine is not in this checkout (or KLL_SHACL_ENGINE=pyshacl): the RDF path ran pyshacl in chunks, on the sample")

    linkml_rate = shacl_rate = None
    identical = False
    if not args.skip_baselines:
        label = "linkml-validate (-C per class), with start-up"
        progress(f"linkml-validate on {baseline_truth['records']:,} records")
        try:
            linkml = linkml_validate(baseline_dir, scratch)
            match = compare({k: {"linkml"} for k in linkml["found"]}, {k: {"linkml"} for k in expected(baseline_truth, "structural")}, records_only=True)
            text = judged(label, match)
            if match.exact:
                text = f"yes ({match.expected} structural errors; records only, no rule IDs)"
            rows.append(Row(f"linkml-validate, {linkml['invocations']} runs (-C per class), with start-up", linkml["records"], linkml["seconds"],
                            linkml["records"] / linkml["seconds"], linkml["peak_mb"], text, "baseline", linkml["cpu"]))
            label = "linkml-validate's engine in-process, without start-up"
            result, measured = run_stage("linkml-engine", baseline_dir, scratch)
            match = compare(flagged(result["findings"]), {k: {"linkml"} for k in expected(baseline_truth, "structural")})
            text = judged(label, match)
            if match.exact:
                text = f"yes ({match.expected} structural errors; records only, no rule IDs)"
            linkml_rate = result["records"] / result["seconds"]
            rows.append(Row(label, result["records"], result["seconds"], linkml_rate, measured.peak_mb, text, "baseline", result.get("cpu")))
            notes.append(f"linkml-validate: the {baseline_truth['records']:,}-record sample; the command once per class (-C) on a JSON array of the class's records, "
                         "timed whole; and its engine (Validator + JsonschemaValidationPlugin(closed=True), as the command builds it) in one process, "
                         "timed after each class's first record has built the JSON Schema. The × linkml-validate column uses the engine's rate, the fairer figure for linkml")
        except Exception as error:  # noqa: BLE001
            failed(label, error, "baseline")

        label = "pyshacl, whole graph, inference none"
        progress(f"pyshacl on the whole graph of {baseline_truth['records']:,} records")
        try:
            result, measured = run_stage("pyshacl", baseline_dir, scratch)
            shacl_rate = result["records"] / result["seconds"]
            truth_match = compare(flagged(result["findings"]), expected(baseline_truth, "structural"))
            text = judged(label, truth_match)
            if rdf_findings is not None:
                # The RDF path's SHACL findings on the same records, every severity, must be pyshacl's.
                ours = {(f[0], f[1], f[2], f[4]) for f in rdf_findings
                        if f[3] == "semantic" and f[1] is not None and f[1] < limits.get(f[0], 0) and not f[2].startswith("semantic.")}
                theirs = {(f[0], f[1], f[2], f[4]) for f in result["findings"] if not f[2].startswith("semantic.")}
                identical = ours == theirs
                text += f"; = kll SHACL ({len(theirs):,} results)" if identical else f"; ≠ kll SHACL: {len(theirs - ours)} only pyshacl, {len(ours - theirs)} only kll"
                if not identical:
                    failures.append("pyshacl vs kll SHACL")
                    notes.append(f"SHACL differences (file, record, rule, severity): only pyshacl {sorted(theirs - ours)[:4]}, only kll {sorted(ours - theirs)[:4]}")
            rows.append(Row(f"pyshacl, whole graph ({result['triples']:,} triples), inference none", result["records"], result["seconds"], shacl_rate,
                            measured.peak_mb, text, "baseline", result.get("cpu")))
            notes.append(f"pyshacl: the {result['records']:,}-record sample as one graph (the project's JSON→RDF mapping); rate = sample / time of the "
                         f"pyshacl.validate call — mapping the records ({result['mapping_seconds']:.1f} s) and parsing the shapes are not counted")
        except Exception as error:  # noqa: BLE001
            failed(label, error, "baseline")

    # One small file, whole commands: what a pre-commit hook pays on every commit.
    small = None
    if not args.skip_baselines and args.start_up_runs > 0:
        progress(f"one small file, whole commands, {args.start_up_runs} runs each")
        small = start_up(args.start_up_runs)
        if small is None:
            notes.append("one small file: check-jsonschema is not installed (pip install -e '.[dev]'), so the start-up was not compared")
        else:
            name = SMALL_FILE.relative_to(ROOT)
            for label, seconds, code, kind in (
                (f"one small file ({name}), kll validate, default stages, whole command", small.kll, small.kll_exit, "ours"),
                ("check-jsonschema on the same file against the generated JSON Schema, whole command", small.baseline, small.baseline_exit, "baseline"),
            ):
                rows.append(Row(label, None, seconds, None, None, f"exit {code}" + ("" if code == 0 else " (expected 0)"), "other"))
                if code != 0:
                    failures.append(label)
            notes.append(f"one small file: median of {small.runs} alternated runs of each whole command (interpreter start-up and imports included); "
                         f"kll {small.ratio:.2f}× check-jsonschema")

    turtle = None
    if not args.skip_baselines and args.turtle_records:
        import turtle_row  # the Turtle-input row: both whole commands on one file

        progress(f"Turtle input, {args.turtle_records:,} records: kll validate and pyshacl, whole commands")
        try:
            turtle = turtle_row.measure_row(scratch / "turtle", args.turtle_records, measure, kll_command())
            ours, theirs = turtle["ours"], turtle["theirs"]
            text = f"= pyshacl ({turtle['results']:,} results)" if turtle["identical"] else f"≠ pyshacl: only kll {turtle['only_kll']}, only pyshacl {turtle['only_pyshacl']}"
            if not turtle["identical"]:
                failures.append("Turtle input vs pyshacl")
            rows.append(Row(f"kll validate on Turtle, whole command ({turtle['triples']:,} triples)", turtle["records"], ours.seconds, turtle["records"] / ours.seconds, ours.peak_mb, text, "other", ours.cpu))
            rows.append(Row("pyshacl command on the same Turtle file", turtle["records"], theirs.seconds, turtle["records"] / theirs.seconds, theirs.peak_mb, "—", "other", theirs.cpu))
        except Exception as error:  # noqa: BLE001
            failed("Turtle input vs pyshacl", error, "other")

    # Memory scaling: the JSON path at 100k and at 1M.
    memory = None
    if args.memory_scaling or size >= 1_000_000:
        progress("memory scaling")
        try:
            jobs = 1 if has_jobs else None
            suffix = f", jobs={jobs}" if jobs else ""
            memory_rows = []
            if size >= 1_000_000 and json_rows:
                big_dir, big_peak, big_records = data, json_rows[0].peak_mb, json_rows[0].records
            else:
                big_dir = scratch / "data-1m"
                big_truth = datasets.generate(big_dir, 1_000_000, args.seed)
                result, measured = run_stage("kll-json", big_dir, scratch, jobs=jobs)
                label = f"memory: kll JSON path{suffix}, 1M records (same seed)"
                text = judged(label, compare(flagged(result["findings"]), expected(big_truth)))
                memory_rows.append(Row(label, result["records"], result["seconds"], result["records"] / result["seconds"], measured.peak_mb, text, cpu=result.get("cpu")))
                big_peak, big_records = measured.peak_mb, result["records"]
            small_dir = scratch / "prefix-100k"
            small_truth = datasets.prefix(big_dir, small_dir, 100_000)
            result, measured = run_stage("kll-json", small_dir, scratch, jobs=jobs)
            label = f"memory: kll JSON path{suffix}, first 100k of the 1M"
            text = judged(label, compare(flagged(result["findings"]), expected(small_truth)))
            memory_rows.insert(0, Row(label, result["records"], result["seconds"], result["records"] / result["seconds"], measured.peak_mb, text, cpu=result.get("cpu")))
            rows.extend(memory_rows)
            memory = (measured.peak_mb, result["records"], big_peak, big_records)
        except Exception as error:  # noqa: BLE001
            failures.append("memory scaling")
            notes.append(f"memory scaling failed: {error}")

    # Memory of the whole commands (structural+rules, and every stage) at N and 10×N records.
    command_memory_ratios = []
    if args.memory_scaling or size >= 1_000_000:
        base = datasets.parse_size(args.memory_base)
        try:
            if size == 10 * base:
                big_dir = data
            elif base == 100_000 and (scratch / "data-1m" / "truth.json").exists():
                big_dir = scratch / "data-1m"
            else:
                big_dir = scratch / f"memory-{10 * base}"
                datasets.generate(big_dir, 10 * base, args.seed)
            small_dir = scratch / f"memory-prefix-{base}"
            if not (small_dir / "truth.json").exists():
                datasets.prefix(big_dir, small_dir, base)
            for stages, name in (("structural,rules", "kll validate --stages structural,rules"), (None, "kll validate (every stage)")):
                peaks = []
                for directory in (small_dir, big_dir):
                    truth_here = datasets.load_truth(directory)
                    label = f"memory: {name}, whole command, {truth_here['records']:,} records"
                    progress(label)
                    result, measured = command_memory(directory, scratch, stages)
                    text = judged(label, compare(flagged(result["findings"]), expected(truth_here)))
                    rows.append(Row(label, result["records"], measured.seconds, result["records"] / measured.seconds, measured.peak_mb, text, cpu=measured.cpu))
                    peaks.append((measured.peak_mb, result["records"]))
                command_memory_ratios.append((name, *peaks[0], *peaks[1]))
        except Exception as error:  # noqa: BLE001
            failures.append("whole-command memory")
            notes.append(f"whole-command memory failed: {error}")

    if not args.skip_suite:
        label = "generation of all artifacts (kll generate)"
        progress(label)
        generation = time_generation(scratch)
        rows.append(Row(label, None, generation.seconds, None, generation.peak_mb, "—" if generation.returncode == 0 else f"exit {generation.returncode}", "other", generation.cpu))
        targets.append(("generation of all artifacts < 60 s", generation.seconds < TARGET_SECONDS and generation.returncode == 0, f"{generation.seconds:.1f} s"))
        label = "whole conformance suite (kll conformance run)"
        progress(label)
        conformance = time_conformance()
        cases = re.search(r"(\d+)/(\d+) cases", conformance.stdout)
        rows.append(Row(label, int(cases.group(2)) if cases else None, conformance.seconds, None, conformance.peak_mb,
                        (f"{cases.group(1)}/{cases.group(2)} cases pass" if cases else "passes") if conformance.returncode == 0 else f"exit {conformance.returncode}", "other",
                        conformance.cpu))
        targets.append(("whole conformance suite < 60 s", conformance.seconds < TARGET_SECONDS and conformance.returncode == 0, f"{conformance.seconds:.1f} s"))
        if conformance.returncode != 0:
            failures.append(label)

    print()
    print(render(rows, floor, linkml_rate, shacl_rate))
    if memory:
        small_peak, small_records, big_peak, big_records = memory
        print()
        print(f"memory: JSON path (jobs=1) peak RSS {small_peak:,.0f} MB at {small_records:,} records, {big_peak:,.0f} MB at {big_records:,} records "
              f"({big_peak / small_peak:.2f}×)")

    for name, small_peak, small_records, big_peak, big_records in command_memory_ratios:
        print(f"memory: {name} (whole command, workers included): peak RSS {small_peak:,.0f} MB at {small_records:,} records, "
              f"{big_peak:,.0f} MB at {big_records:,} records ({big_peak / small_peak:.2f}×)")

    print()
    print("targets:")
    print("  second performance step — whole commands against the floor measured in this run")
    for key, limit, text in (("default", 15, "default `kll validate` (every stage), whole command ≤ 15× the orjson floor"),
                             ("structural,rules", 5, "`kll validate --stages structural,rules`, whole command, every core ≤ 5× the floor")):
        row = whole.get(key)
        if row is not None and floor:
            print_target(text, floor / row.rate <= limit, f"{floor / row.rate:.1f}× ({row.seconds:.1f} s for {row.records:,} records)")
        else:
            print_target(text, None, "not measured (--no-whole-commands)" if not args.whole_commands else "failed (see notes)")
    if small is not None:
        print_target("one small file, whole command, default stages ≤ 2× check-jsonschema", small.ratio <= 2 and small.kll_exit == 0,
                     f"{small.ratio:.2f}× ({small.kll:.2f} s vs {small.baseline:.2f} s, median of {small.runs})")
    else:
        print_target("one small file ≤ 2× check-jsonschema", None, "not measured (--skip-baselines, --start-up-runs 0 or no check-jsonschema)")
    if turtle:
        speedup = turtle["theirs"].seconds / turtle["ours"].seconds
        print_target(f"Turtle input ({turtle['records']:,} records), whole command ≥ 20× pyshacl's, identical results", speedup >= 20 and turtle["identical"],
                     f"{speedup:,.1f}× ({turtle['theirs'].cpu / turtle['ours'].cpu:,.1f}× in CPU s), results {'identical' if turtle['identical'] else 'differ'}")
    else:
        print_target("Turtle input, whole command ≥ 20× pyshacl's", None, "not measured (--skip-baselines or --turtle-records 0)")
    for name, small_peak, small_records, big_peak, big_records in command_memory_ratios:
        print_target(f"{name}: memory at {big_records:,} ≤ 1.5× at {small_records:,}, ≤ 200 MB", big_peak <= 1.5 * small_peak and big_peak <= 200,
                     f"{big_peak / small_peak:.2f}×, {big_peak:,.0f} MB")
    if not command_memory_ratios:
        print_target("whole-command memory at 1M ≤ 1.5× at 100k, ≤ 200 MB", None, "not measured (--memory-scaling or --size 1m)")
    print("  first performance step — the timed call, without start-up")
    if json_rows and floor:
        best = max(json_rows, key=lambda r: r.rate)
        print_target("JSON path ≥ 100,000 records/s", best.rate >= 100_000, f"{best.rate:,.0f} records/s ({best.stage.split(', ')[-1]})")
        print_target("JSON path ≤ 10× the orjson floor", floor / best.rate <= 10, f"{floor / best.rate:.1f}×")
        if linkml_rate:
            single = json_rows[0]
            print_target("JSON path ≥ 10× linkml-validate (one core each)", single.rate / linkml_rate >= 10, f"{single.rate / linkml_rate:,.1f}×")
        else:
            print_target("JSON path ≥ 10× linkml-validate", None, "not measured")
    if rdf_row and shacl_rate:
        print_target("RDF path ≥ 10× pyshacl whole graph, identical findings", rdf_row.rate / shacl_rate >= 10 and identical,
                     f"{rdf_row.rate / shacl_rate:,.1f}×, findings {'identical' if identical else 'differ'}")
    else:
        print_target("RDF path ≥ 10× pyshacl whole graph", None, "not measured")
    if memory:
        small_peak, _, big_peak, big_records = memory
        print_target(f"memory ≤ 500 MB at {big_records:,} records", big_peak <= 500, f"{big_peak:,.0f} MB")
        print_target("memory at 1M ≤ 1.5× at 100k", big_peak <= 1.5 * small_peak, f"{big_peak / small_peak:.2f}×")
    else:
        print_target("memory ≤ 500 MB at 1M, ≤ 1.5× the 100k peak", None, "not measured (--size 1m or --memory-scaling)")
    for text, passed, value in targets:
        print_target(text, passed, value)
    if args.skip_suite:
        print_target("generation < 60 s; conformance suite < 60 s", None, "not measured (--skip-suite)")

    print()
    print("notes:")
    print("  seconds: the validate() call or parse loop in a fresh process (not interpreter start-up or imports), except")
    print("  linkml-validate, generation and the suite: whole commands. peak RSS: that process's VmHWM (/proc)"
          + ("; for jobs > 1 the sampled peak of the summed RSS of the process and its workers" if has_jobs else "") + ".")
    print("  CPU s: user + system time of the timed part (with finished workers); well below the seconds when other processes held the cores.")
    print("  × floor = floor rate / rate (times slower than parsing); × baseline = rate / baseline rate (times faster).")
    for note in notes:
        print(f"  {note}")
    print(f"findings: {'every stage matches the ground truth' if not failures else 'MISMATCH or failure: ' + '; '.join(failures)}")
    return 0 if not failures else 1


def print_target(text: str, passed: bool | None, value: str) -> None:
    print(f"  {'PASS' if passed else ('—   ' if passed is None else 'FAIL')}  {text}: {value}")


if __name__ == "__main__":
    sys.exit(main())
