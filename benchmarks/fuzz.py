"""The fuzz target of issue 15: ``make fuzz`` (not part of ``make test``).

Every route — ``kll validate`` for each native format and each ``--from``, ``kll convert`` both
ways — is run in-process (typer's CliRunner on ``kll.cli.app``) on inputs hypothesis derives from
seeds: the hostile catalogue (tests/fixtures/hostile/catalogue/), examples/ and the real-world
fixtures (tests/fixtures/real/ and the adapters' fixtures). Each route gets a time budget. For every
input it asserts:

- no exception escapes the command (a ``SystemExit`` with 0, 1 or 2 is the only way out);
- the report is written (``validate --format json -o``; ``convert --report``) and is JSON;
- no value of the catalogue's markers (planted in seeds and inserted by the mutations) is in a
  finding's message or detail, or on the console.

It prints, per route, the inputs run, the seconds spent, the peak memory of the process during the
route (VmHWM, reset per route) and the exit codes counted, and exits 1 if any input broke a promise.
An input that breaks one is saved under ``--failures`` (default: kll-fuzz-failures in the temporary folder) by its hash;
nothing of it is printed.

    python benchmarks/fuzz.py [--budget SECONDS] [--routes NAME ...] [--max-seed-bytes N]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import resource
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "tests" / "fixtures" / "hostile" / "catalogue"
FIXTURES = ROOT / "tests" / "fixtures"


def load_build():
    spec = importlib.util.spec_from_file_location("hostile_catalogue_build", CATALOGUE / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = load_build()


@dataclass
class Route:
    """One command line: ``argv`` with {input} {report} {output}; ``kind`` names its seeds."""

    name: str
    kind: str
    suffix: str
    argv: list[str]
    inputs: int = 0
    seconds: float = 0.0
    peak_mb: float = 0.0
    exits: Counter = field(default_factory=Counter)
    broken: Counter = field(default_factory=Counter)


def routes() -> list[Route]:
    json_report = ["--format", "json", "-o", "{report}"]
    found = [
        Route("validate json", "json", ".json", ["validate", "{input}", *json_report]),
        Route("validate yaml", "yaml", ".yaml", ["validate", "{input}", *json_report]),
        Route("validate jsonl", "jsonl", ".jsonl", ["validate", "{input}", "--class", "Person", "--jobs", "1", *json_report]),
        Route("validate turtle", "turtle", ".ttl", ["validate", "{input}", *json_report]),
        Route("validate jsonld", "jsonld", ".jsonld", ["validate", "{input}", *json_report]),
        Route("validate rdf/xml", "rdfxml", ".rdf", ["validate", "--from", "dcat", "{input}", *json_report]),
    ]
    for foreign, suffix in (("emil3", ".json"), ("elm", ".jsonld"), ("sssom", ".sssom.tsv"), ("dcat", ".ttl")):
        found.append(Route(f"validate --from {foreign}", foreign, suffix, ["validate", "--from", foreign, "{input}", *json_report]))
    for target in ("yaml", "turtle", "jsonld", "sssom", "dcat", "elm", "emil3"):
        found.append(Route(f"convert json → {target}", "json", ".json",
                           ["convert", "--from", "json", "--to", target, "{input}", "{output}", "--report", "{report}"]))
    for source, kind, suffix in (("yaml", "yaml", ".yaml"), ("turtle", "turtle", ".ttl"), ("jsonld", "jsonld", ".jsonld"),
                                 ("emil3", "emil3", ".json"), ("elm", "elm", ".jsonld"), ("sssom", "sssom", ".sssom.tsv"),
                                 ("dcat", "dcat", ".ttl")):
        found.append(Route(f"convert {source} → json", kind, suffix,
                           ["convert", "--from", source, "--to", "json", "{input}", "{output}", "--report", "{report}"]))
    return found


SUFFIX_KIND = {".json": "json", ".yaml": "yaml", ".jsonl": "jsonl", ".ttl": "turtle", ".jsonld": "jsonld"}


def catalogue_seeds(scratch: Path) -> dict[str, list[bytes]]:
    """The input of every catalogue entry that is a file of one route's kind."""
    seeds: dict[str, list[bytes]] = {}
    for entry in build.entries():
        command = entry["command"]
        if command[0] not in ("validate", "convert") or entry["build"]["builder"] == "symlinked_output":
            continue
        folder = scratch / "catalogue" / entry["id"]
        folder.mkdir(parents=True)
        source = build.build(entry, folder)["input"]
        if "--from" in command:
            kind = command[command.index("--from") + 1]
            kind = "rdfxml" if kind == "dcat" and source.suffix == ".rdf" else kind
        else:
            kind = SUFFIX_KIND.get(source.suffix)
        if kind:
            seeds.setdefault(kind, []).append(source.read_bytes())
    return seeds


def file_seeds() -> dict[str, list[bytes]]:
    """examples/ (as YAML, JSON, JSON Lines and Turtle) and the adapters' and real-world fixtures."""
    seeds: dict[str, list[bytes]] = {}

    def add(kind: str, data: bytes | str) -> None:
        seeds.setdefault(kind, []).append(data.encode("utf-8") if isinstance(data, str) else data)

    for path in sorted((ROOT / "examples").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        add("yaml", text)
        data = yaml.safe_load(text)
        add("json", json.dumps(data, ensure_ascii=False, indent=1, default=str))
        try:
            add("turtle", build.package_turtle(data))
        except Exception:  # an example the mapping cannot write is simply no Turtle seed
            pass
        for records in data.values():
            if isinstance(records, list) and records and isinstance(records[0], dict) and "given_name" in records[0]:
                add("jsonl", "".join(json.dumps(record, ensure_ascii=False, default=str) + "\n" for record in records))
    globs = {
        "emil3": ["emil3/*.json"], "elm": ["elm/*.json*", "real/elm/*.json*"],
        "sssom": ["sssom/*.tsv", "real/sssom/**/*.tsv"], "dcat": ["dcat/*.ttl", "real/dcat/*.ttl"],
        "rdfxml": ["real/dcat/*.rdf"], "jsonld": ["dcat/*.jsonld"],
    }
    for kind, patterns in globs.items():
        for pattern in patterns:
            for path in sorted(FIXTURES.glob(pattern)):
                add(kind, path.read_bytes())
    return seeds


def jsonld_seeds(scratch: Path) -> list[bytes]:
    """Native JSON-LD: two examples converted by kll itself."""
    from typer.testing import CliRunner

    from kll.cli import app

    found = []
    for name in ("individual/consent-and-sharing.yaml", "qualification/micro-credential.yaml"):
        target = scratch / (Path(name).stem + ".jsonld")
        result = CliRunner().invoke(app, ["convert", "--from", "yaml", "--to", "jsonld", str(ROOT / "examples" / name), str(target)])
        if result.exit_code == 0 and target.is_file():
            found.append(target.read_bytes())
    return found


def all_seeds(scratch: Path, max_bytes: int) -> dict[str, list[bytes]]:
    seeds = file_seeds()
    for kind, more in catalogue_seeds(scratch).items():
        seeds.setdefault(kind, []).extend(more)
    seeds.setdefault("jsonld", []).extend(jsonld_seeds(scratch))
    kept = {}
    for kind, found in seeds.items():
        small = [seed for seed in found if len(seed) <= max_bytes]
        kept[kind] = small or [min(found, key=len)]
    return kept


# --- inputs -------------------------------------------------------------------------------------

#: Fragments the mutations insert: syntax, number bombs, special literals, markup, control
#: characters, entity and alias tricks, remote references, and the markers themselves.
FRAGMENTS = [
    b"[", b"]", b"{", b"}", b'"', b"'", b"\\", b",", b":", b"\n", b"\r\n", b"\t", b"#", b"\x00",
    b"\x1b[2K\r", b"\xff\xfe", b"\xed\xa0\x80", "\u202e".encode(), b"[" * 2000, b"{\"a\":" * 500,
    b"9" * 4400, b"1e999999999", b"-1e-999999", b"NaN", b"Infinity", b"-0", b"0x1F", b"1_000",
    b'"INF"^^<http://www.w3.org/2001/XMLSchema#double>', b'"1e999999"^^<http://www.w3.org/2001/XMLSchema#decimal>',
    b'"abc"^^<http://www.w3.org/2001/XMLSchema#integer>', b'"[[[]]]"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON>',
    b"_:b0", b" _:b0 _:b0 ", b"@context", b'"@protected": true', b'"@import": "http://127.0.0.1:9/c"',
    b"http://127.0.0.1:9/x", b"file:///etc/passwd", b"<a " * 200, b"<script>alert(1)</script>",
    b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', b"&e;", b"&amp;", b"*a", b"&a ", b"<<: *a",
    b"!!python/object/apply:os.system ['true']", b"? ", b"--- ", b"2025-02-30", b"1990-01-01", b"=SUM(1)",
    b"@prefix x: <urn:x:> .", b"^^", b"@sv", b"\"\"\"", b"=HYPERLINK(\"x\")",
    *(marker.encode() for marker in build.MARKERS),
]


def strategies():
    """The hypothesis strategy of inputs: a seed with up to six mutations, or two seeds spliced."""
    from hypothesis import strategies as st

    position = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
    fragment = st.one_of(st.sampled_from(FRAGMENTS), st.binary(min_size=1, max_size=12))
    mutation = st.one_of(
        st.tuples(st.just("insert"), position, fragment),
        st.tuples(st.just("replace"), position, fragment),
        st.tuples(st.just("delete"), position, st.integers(1, 64)),
        st.tuples(st.just("repeat"), position, st.integers(1, 64), st.integers(2, 50)),
        st.tuples(st.just("truncate"), position),
    )
    return st, mutation


def mutate(seed: bytes, mutations: list[tuple]) -> bytes:
    data = bytearray(seed)
    for mutation in mutations:
        at = min(int(mutation[1] * len(data)), len(data))
        if mutation[0] == "insert":
            data[at:at] = mutation[2]
        elif mutation[0] == "replace":
            data[at:at + len(mutation[2])] = mutation[2]
        elif mutation[0] == "delete":
            del data[at:at + mutation[2]]
        elif mutation[0] == "repeat":
            data[at:at] = bytes(data[at:at + mutation[2]]) * mutation[3]
        else:
            del data[at:]
    return bytes(data[: build.MAX_INPUT_BYTES])


def json_value_strategy(st):
    """Any JSON value, numbers at the edges included (NaN and infinities are what Python writes)."""
    leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=40),
                     st.sampled_from([marker for marker in build.MARKERS]))
    return st.recursive(leaf, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                      st.dictionaries(st.text(max_size=12), inner, max_size=4)), max_leaves=12)


def set_value(document, path: list[int], key: str, value):
    """``document`` with ``value`` set at a place chosen by ``path`` (indices into what is there)."""
    node = document
    for step in path:
        if isinstance(node, dict) and node:
            child = list(node)[step % len(node)]
            if not isinstance(node[child], (dict, list)) or not node[child]:
                break
            node = node[child]
        elif isinstance(node, list) and node:
            item = node[step % len(node)]
            if not isinstance(item, (dict, list)) or not item:
                break
            node = item
    if isinstance(node, dict):
        keys = list(node)
        node[keys[len(key) % len(keys)] if keys and len(key) % 2 else key] = value
    elif isinstance(node, list):
        node.append(value)
    return document


# --- running ------------------------------------------------------------------------------------


class Stall(BaseException):
    """An input ran past the per-input timeout (a BaseException, so kll's own nets let it pass)."""


def _on_alarm(signum, frame):
    raise Stall()


def reset_peak() -> None:
    """Reset the process's peak resident memory (Linux: VmHWM), so that each route has its own."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def peak_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def messages_of(report: Path) -> str | None:
    """The messages and details of a JSON report's findings, joined; None when it is no JSON report."""
    try:
        data = json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    findings = data.get("findings") if isinstance(data, dict) else data
    if not isinstance(findings, list):
        return None
    return "\n".join(str(finding.get(key, "")) for finding in findings if isinstance(finding, dict)
                     for key in ("message_en", "message_sv", "detail"))


def run_one(runner, app, route: Route, payload: bytes, folder: Path, timeout: int) -> tuple[str, list[str]]:
    """Run ``route`` on ``payload``: (the exit code as text, the promises it broke)."""
    source, report, output = folder / ("input" + route.suffix), folder / "report.json", folder / ("output" + route.suffix)
    for path in (source, report, output):
        path.unlink(missing_ok=True)
    source.write_bytes(payload)
    argv = [part.format(input=source, report=report, output=output) for part in route.argv]
    broken = []
    signal.alarm(timeout)
    try:
        result = runner.invoke(app, argv, catch_exceptions=True)
    except Stall:
        return "stalled", [f"stalled past {timeout} s"]
    finally:
        signal.alarm(0)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        broken.append(f"uncaught {type(result.exception).__name__}")
    if result.exit_code not in (0, 1, 2):
        broken.append(f"exit {result.exit_code}")
    console = result.output
    if "Traceback" in console:
        broken.append("a traceback on the console")
    messages = messages_of(report)
    if messages is None:
        broken.append("no report written" if not report.exists() else "a report that is not JSON")
    text = console + (messages or "")
    if any(marker in text for marker in build.MARKERS):
        broken.append("a marker value in a message")
    if "internal.error" in text:
        broken.append("internal.error")
    return str(result.exit_code), broken


def fuzz_route(route: Route, seeds: list[bytes], budget: float, folder: Path, failures: Path, timeout: int) -> None:
    from hypothesis import HealthCheck, Phase, Verbosity, given, settings
    from typer.testing import CliRunner

    from kll.cli import app

    st, mutation = strategies()
    value = json_value_strategy(st)
    runner = CliRunner()
    structured = route.kind in ("json", "jsonl")
    end = time.monotonic() + budget

    def draw(data) -> bytes:
        seed = data.draw(st.sampled_from(seeds))
        if structured and data.draw(st.booleans()):
            lines = seed.decode("utf-8", errors="replace").splitlines() if route.kind == "jsonl" else [seed.decode("utf-8", errors="replace")]
            line = data.draw(st.integers(0, max(len(lines) - 1, 0)))
            try:
                document = json.loads(lines[line])
            except (ValueError, IndexError):
                document = {}
            path = data.draw(st.lists(st.integers(0, 50), max_size=5))
            key = data.draw(st.one_of(st.text(max_size=12), st.sampled_from(["id", "given_name", "personal_identity_number", "point_value", "title", "@context"])))
            document = set_value(document, path, key, data.draw(value))
            if lines:
                lines[line] = json.dumps(document, ensure_ascii=False)
            return "\n".join(lines).encode("utf-8", errors="surrogatepass")[: build.MAX_INPUT_BYTES]
        if len(seeds) > 1 and data.draw(st.integers(0, 9)) == 0:  # splice two seeds
            other = data.draw(st.sampled_from(seeds))
            cut = data.draw(st.floats(0, 1))
            seed = seed[: int(cut * len(seed))] + other[int(cut * len(other)):]
        return mutate(seed, data.draw(st.lists(mutation, max_size=6)))

    @settings(max_examples=20, deadline=None, database=None, phases=[Phase.generate], derandomize=False,
              suppress_health_check=list(HealthCheck), verbosity=Verbosity.quiet)
    @given(st.data())
    def one(data) -> None:
        payload = draw(data)
        if time.monotonic() >= end:
            return
        started = time.monotonic()
        code, broken = run_one(runner, app, route, payload, folder, timeout)
        route.seconds += time.monotonic() - started
        route.inputs += 1
        route.exits[code] += 1
        for promise in broken:
            route.broken[promise] += 1
        if broken:
            failures.mkdir(parents=True, exist_ok=True)
            name = route.name.replace(" ", "_").replace("/", "").replace("→", "to").replace("--", "")
            (failures / f"{name}-{hashlib.sha256(payload).hexdigest()[:16]}{route.suffix}").write_bytes(payload)

    reset_peak()
    while time.monotonic() < end:
        one()
    route.peak_mb = peak_mb()


def main(argv: list[str] | None = None) -> int:
    all_routes = routes()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=600.0, help="seconds per route (default 600)")
    parser.add_argument("--routes", nargs="*", default=[], help="only routes whose name contains one of these")
    parser.add_argument("--max-seed-bytes", type=int, default=65536, help="leave out larger seeds (default 64 KiB)")
    parser.add_argument("--input-timeout", type=int, default=60, help="seconds before one input counts as stalled")
    parser.add_argument("--failures", type=Path, default=Path(tempfile.gettempdir()) / "kll-fuzz-failures", help="where inputs that break a promise are saved")
    args = parser.parse_args(argv)
    chosen = [route for route in all_routes if not args.routes or any(part in route.name for part in args.routes)]
    signal.signal(signal.SIGALRM, _on_alarm)
    os.environ.pop("KLL_TRACEBACK", None)
    started = time.strftime("%Y-%m-%d %H:%M")
    with tempfile.TemporaryDirectory(prefix="kll-fuzz-") as scratch:
        seeds = all_seeds(Path(scratch), args.max_seed_bytes)
        print(f"kll fuzz, {started}: {len(chosen)} routes, {args.budget:g} s each; seeds: "
              + ", ".join(f"{kind} {len(found)}" for kind, found in sorted(seeds.items())), flush=True)
        for route in chosen:
            folder = Path(scratch) / "run"
            folder.mkdir(exist_ok=True)
            fuzz_route(route, seeds[route.kind], args.budget, folder, args.failures, args.input_timeout)
            exits = ", ".join(f"{code}: {count}" for code, count in sorted(route.exits.items()))
            broken = ", ".join(f"{what}: {count}" for what, count in route.broken.most_common()) or "none"
            print(f"{route.name:<26} {route.inputs:>7} inputs  {route.seconds:>7.1f} s  peak {route.peak_mb:>7.1f} MB"
                  f"  exits {{{exits}}}  broken: {broken}", flush=True)
    failed = [route.name for route in chosen if set(route.broken) - {"internal.error"}]
    internal = sum(route.broken["internal.error"] for route in chosen)
    print(f"\n{sum(route.inputs for route in chosen)} inputs in all; internal.error findings: {internal}; "
          f"load average {', '.join(f'{value:.2f}' for value in os.getloadavg())}")
    if failed:
        print(f"promises broken on: {', '.join(failed)} (inputs saved in {args.failures})")
        return 1
    print("no promise broken")
    return 0


if __name__ == "__main__":
    sys.exit(main())
