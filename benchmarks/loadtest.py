"""A bounded load test of the validation service on loopback (issue 16): ``make loadtest``.

Starts ``kll serve`` as a child process on 127.0.0.1 with stated limits, sends a fixed number of
requests from concurrent clients, stops by itself, stops the server, and prints:

* the limits the server ran with (as its ``/api/v1/version`` states them) and the workload;
* throughput and p50/p95/p99 latency, for all requests and per kind of request;
* the count of each outcome: reports (200), the deliberate 413s of the oversized uploads, the 503s
  with ``Retry-After`` (busy: every validation slot taken; timeout: the request's time ran out),
  and anything else — another status, a 503 without ``Retry-After``, a dropped connection;
* the server's peak memory: ``VmHWM`` of the server process, the largest of its children (the fork
  server and each validation's process), and the largest sum of resident memory over the whole
  process tree, sampled every 0.2 s (a child that lives less than that may be missed);
* the machine's load average before and after.

The workload, in a seeded order: the shipped examples and the guides' small files (YAML and JSON
Lines, some broken on purpose), every ``--large-every``-th request a generated JSON Lines dataset
of about ``--large-mb`` MB (benchmarks/datasets.py), half as a raw body and half as a multipart
file, and ``--oversized`` uploads of the upload limit plus 1 MiB, which must draw 413. Clients do
not retry: a 503 is counted, not waited out, so every request is one line of the tally.

Exit status: 0 when every answer was a report, a deliberate 413 or a 503 with ``Retry-After`` and
the server answered ``/health`` at the end; 1 otherwise; 2 when the server did not start.

    python benchmarks/loadtest.py [--requests 500] [--clients 16] [--max-upload-mb 8] [--concurrency 2] [--timeout 30]
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import datasets  # noqa: E402  (benchmarks/datasets.py: the seeded generator of the benchmark)

MIB = 1 << 20


@dataclass(frozen=True)
class Payload:
    """One request's body: sent raw with its media type, or as the ``file`` part of a form."""

    kind: str  # "small", "large" or "oversized"
    name: str
    data: bytes
    media_type: str
    multipart: bool


@dataclass
class Outcome:
    kind: str
    seconds: float
    status: int | None  # None: no answer (the connection dropped, or the client's own timeout)
    label: str  # the tally's category
    error: str = ""
    retry_after: int = 0


def small_payloads() -> list[Payload]:
    """The examples and the guides' small files: valid ones and broken ones, YAML and JSON Lines."""
    files = sorted((ROOT / "examples").rglob("*.yaml")) + sorted((ROOT / "docs" / "guides" / "files").glob("*.yaml"))
    files += sorted((ROOT / "docs" / "guides" / "files").glob("*.jsonl"))
    payloads = []
    for index, path in enumerate(files):
        media = "application/x-ndjson" if path.suffix == ".jsonl" else "application/yaml"
        payloads.append(Payload("small", path.name, path.read_bytes(), media, multipart=index % 2 == 1))
    return payloads


def large_dataset(folder: Path, megabytes: float, seed: int) -> bytes:
    """Whole JSON Lines records of a generated dataset, the shared records first, up to about
    ``megabytes`` MB: a realistic export in which about 1 % of the records are broken."""
    records = max(200, int(megabytes * 1_300))  # ~770 bytes a record: overshoot, then cut
    datasets.generate(folder, records=records, seed=seed)
    first = ["concept_schemes", "organisations", "education_providers", "educations", "qualifications", "persons"]
    names = first + sorted(p.stem for p in folder.glob("*.jsonl") if p.stem not in first)
    lines: list[bytes] = []
    size, limit = 0, int(megabytes * 1_000_000)
    for name in names:
        for line in (folder / f"{name}.jsonl").read_bytes().splitlines(keepends=True):
            if size + len(line) > limit:
                return b"".join(lines)
            lines.append(line)
            size += len(line)
    return b"".join(lines)


def schedule(args: argparse.Namespace, small: list[Payload], large: bytes, oversized: bytes) -> list[Payload]:
    """The requests in a seeded order: every ``large_every``-th a large upload, ``oversized``
    deliberate 413s spread over the run, the rest small files."""
    rng = random.Random(args.seed)
    plan: list[Payload] = []
    for index in range(args.requests):
        if args.large_every and index % args.large_every == args.large_every - 1:
            multipart = (index // args.large_every) % 2 == 1
            plan.append(Payload("large", "export.jsonl", large, "application/x-ndjson", multipart))
        else:
            plan.append(rng.choice(small))
    step = max(1, args.requests // max(1, args.oversized))
    for number in range(min(args.oversized, args.requests)):
        plan[min(args.requests - 1, number * step + step // 2)] = Payload("oversized", "too-large.jsonl", oversized,
                                                                          "application/x-ndjson", number % 2 == 1)
    return plan


# --- the server and its memory ---------------------------------------------------------------------

def _status_kib(pid: int) -> dict[str, int]:
    """VmHWM and VmRSS (KiB) from /proc/<pid>/status; empty when the process is gone."""
    values: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                key, _, rest = line.partition(":")
                if key in {"VmHWM", "VmRSS"}:
                    values[key] = int(rest.split()[0])
    except (FileNotFoundError, ProcessLookupError, PermissionError, ValueError):
        pass
    return values


def _descendants(root: int) -> list[int]:
    """The processes below ``root`` (every /proc entry's PPid, read once per sample)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (FileNotFoundError, ProcessLookupError, PermissionError, IndexError, ValueError):
            continue
        parents.setdefault(ppid, []).append(int(entry))
    found, queue = [], [root]
    while queue:
        for child in parents.get(queue.pop(), []):
            found.append(child)
            queue.append(child)
    return found


@dataclass
class Memory:
    """The server's peaks, in KiB, sampled by a thread while the load runs."""

    server_hwm: int = 0
    child_hwm: int = 0
    tree_rss: int = 0
    children_seen: set[int] = field(default_factory=set)

    def sample(self, root: int) -> None:
        rss_sum = 0
        for pid in [root, *_descendants(root)]:
            values = _status_kib(pid)
            rss_sum += values.get("VmRSS", 0)
            if pid == root:
                self.server_hwm = max(self.server_hwm, values.get("VmHWM", 0))
            else:
                self.children_seen.add(pid)
                self.child_hwm = max(self.child_hwm, values.get("VmHWM", 0))
        self.tree_rss = max(self.tree_rss, rss_sum)


def sample_memory(root: int, memory: Memory, stop: threading.Event, interval: float = 0.2) -> None:
    while not stop.is_set():
        memory.sample(root)
        stop.wait(interval)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def kll_command() -> list[str]:
    script = Path(sys.executable).with_name("kll")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kll"]


def start_server(args: argparse.Namespace, port: int, log: Path) -> subprocess.Popen:
    """``kll serve`` with the stated limits, in a session of its own (it and its children)."""
    argv = [*kll_command(), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
            "--max-upload-mb", str(args.max_upload_mb), "--concurrency", str(args.concurrency),
            "--timeout", str(args.timeout), "--retry-after", str(args.retry_after), "--memory-mb", str(args.memory_mb)]
    # the limits are the options above only: no KLL_SERVICE_* of the caller's shell plays a part
    env = {key: value for key, value in os.environ.items() if not key.startswith("KLL_SERVICE_") and key != "KLL_TRACEBACK"}
    with log.open("wb") as sink:
        return subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)


def wait_until_healthy(server: subprocess.Popen, base: str, patience: float) -> bool:
    """Ask /health until it answers; False when the server exits or ``patience`` runs out."""
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if httpx.get(f"{base}/health", timeout=5).status_code == 200:
                return True
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    return False


def stop_server(server: subprocess.Popen) -> None:
    """SIGTERM (uvicorn finishes what it serves), then the whole session so no child outlives it."""
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    try:
        os.killpg(server.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


# --- the load ---------------------------------------------------------------------------------------

def classify(payload: Payload, response: httpx.Response) -> tuple[str, str]:
    """(the tally's label, an error text or "") of one answer."""
    status = response.status_code
    problem = ""
    if response.headers.get("content-type", "").startswith("application/problem+json"):
        try:
            problem = str(response.json().get("type", "")).rsplit(":", 1)[-1]
        except ValueError:
            problem = "unreadable problem"
    if status == 200 and payload.kind != "oversized":
        try:
            report = response.json()
        except ValueError:
            return "error", "200 without a JSON report"
        return ("200 report", "") if "findings" in report and "conformant" in report else ("error", "200 without a report")
    if status == 413 and payload.kind == "oversized" and problem == "too-large":
        return "413 deliberate (too-large)", ""
    if status == 503 and response.headers.get("retry-after", "").isdigit():
        # the service takes a slot before it reads the body, so a busy one says 503 to an
        # oversized upload too: counted apart, it is not the 413 that upload was sent to draw
        on = ", on an oversized upload" if payload.kind == "oversized" else ""
        return f"503 {problem or '?'} with Retry-After{on}", ""
    return "error", f"{status} {problem} on a {payload.kind} upload"


async def send(client: httpx.AsyncClient, payload: Payload) -> Outcome:
    start = time.perf_counter()
    try:
        if payload.multipart:
            response = await client.post("/api/v1/validate", files=[("file", (payload.name, payload.data, payload.media_type))])
        else:
            response = await client.post("/api/v1/validate", content=payload.data, headers={"Content-Type": payload.media_type})
        await response.aread()
    except httpx.HTTPError as error:  # a dropped or refused connection, or the client's own timeout
        return Outcome(payload.kind, time.perf_counter() - start, None, "error", f"{type(error).__name__} on a {payload.kind} upload")
    label, problem = classify(payload, response)
    wait = response.headers.get("retry-after", "")
    return Outcome(payload.kind, time.perf_counter() - start, response.status_code, label, problem, int(wait) if wait.isdigit() else 0)


async def run_load(base: str, plan: list[Payload], clients: int, client_timeout: float, backoff: bool) -> tuple[list[Outcome], float]:
    """``clients`` connections working through ``plan`` in order; (outcomes, wall seconds).

    A client that is told 503 moves on to its next request, after waiting the ``Retry-After`` it
    was given when ``backoff`` is set, as a well-behaved client would (the refused request is
    counted, not sent again)."""
    queue: asyncio.Queue[Payload] = asyncio.Queue()
    for payload in plan:
        queue.put_nowait(payload)
    outcomes: list[Outcome] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=client_timeout, limits=limits, headers={"Accept": "application/json"}) as client:

        async def worker() -> None:
            while True:
                try:
                    payload = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                outcome = await send(client, payload)
                outcomes.append(outcome)
                if backoff and outcome.status == 503 and outcome.retry_after:
                    await asyncio.sleep(outcome.retry_after)

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        return outcomes, time.perf_counter() - start


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (``share`` in 0..1) of ``values``; 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))]


def latency_line(name: str, outcomes: list[Outcome]) -> str:
    times = [o.seconds * 1000 for o in outcomes]
    return (f"  {name:<24} {len(times):>5}  p50 {percentile(times, 0.50):>8.0f} ms  p95 {percentile(times, 0.95):>8.0f} ms"
            f"  p99 {percentile(times, 0.99):>8.0f} ms  max {max(times, default=0):>8.0f} ms")


# --- the run -----------------------------------------------------------------------------------------

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500, help="requests in all (default 500)")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients (default 16)")
    parser.add_argument("--large-every", type=int, default=8, help="every N-th request is a large upload (default 8; 0: none)")
    parser.add_argument("--large-mb", type=float, default=5.0, help="size of the large upload in MB (default 5)")
    parser.add_argument("--oversized", type=int, default=6, help="uploads over the limit, each must draw 413 (default 6)")
    parser.add_argument("--max-upload-mb", type=float, default=8.0, help="the server's upload limit in MiB (default 8)")
    parser.add_argument("--concurrency", type=int, default=2, help="the server's validations at once (default 2)")
    parser.add_argument("--timeout", type=float, default=30.0, help="the server's time limit per request in seconds (default 30)")
    parser.add_argument("--retry-after", type=int, default=1, help="the server's Retry-After in seconds (default 1)")
    parser.add_argument("--no-backoff", action="store_true", help="clients do not wait the Retry-After of a 503 before their next request")
    parser.add_argument("--memory-mb", type=int, default=0, help="the server's address-space limit per validation in MiB (default 0: none)")
    parser.add_argument("--seed", type=int, default=20261127, help="the order of the requests and the generated data")
    parser.add_argument("--startup", type=float, default=300.0, help="seconds to wait for the server's first /health (default 300)")
    args = parser.parse_args(argv)
    if args.requests < 1 or args.clients < 1 or args.large_mb * 1_000_000 >= args.max_upload_mb * MIB:
        parser.error("--requests and --clients take 1 or more; --large-mb must stay under --max-upload-mb")
    return args


def report(args: argparse.Namespace, limits: dict, outcomes: list[Outcome], seconds: float, memory: Memory,
           loads: tuple[tuple[float, float, float], tuple[float, float, float]], healthy_after: bool, sizes: dict[str, int]) -> int:
    """Print the figures; return the exit status."""
    tally = Counter(o.label for o in outcomes)
    errors = Counter(o.error for o in outcomes if o.label == "error")
    print(f"limits (GET /api/v1/version): {limits}")
    print(f"workload: {args.requests} requests, {args.clients} clients; small files {sizes['small']} bytes on average, "
          f"large upload {sizes['large']:,} bytes every {args.large_every}th request, {args.oversized} oversized of {sizes['oversized']:,} bytes; "
          f"no request sent again; after a 503 a client waits its Retry-After{' (not: --no-backoff)' if args.no_backoff else ''}")
    uploaded = sum(sizes[o.kind] for o in outcomes if o.status is not None)
    print(f"wall time {seconds:.1f} s; throughput {len(outcomes) / seconds:.1f} requests/s "
          f"({tally['200 report'] / seconds:.2f} reports/s), {uploaded / seconds / 1e6:.1f} MB/s sent")
    print("latency (all answers, including the refused):")
    print(latency_line("all", outcomes))
    for kind in ("small", "large", "oversized"):
        print(latency_line(kind, [o for o in outcomes if o.kind == kind]))
    print(latency_line("200 reports", [o for o in outcomes if o.label == "200 report"]))
    print(latency_line("large, 200 reports", [o for o in outcomes if o.label == "200 report" and o.kind == "large"]))
    print("status counts:")
    for label, count in sorted(tally.items()):
        print(f"  {label:<52} {count:>5}")
    for text, count in sorted(errors.items()):
        print(f"    error: {text} × {count}")
    print(f"server memory: server process VmHWM {memory.server_hwm / 1024:.0f} MB; largest child VmHWM "
          f"{memory.child_hwm / 1024:.0f} MB ({len(memory.children_seen)} children seen); peak resident sum of the tree "
          f"{memory.tree_rss / 1024:.0f} MB")
    print(f"load average before {loads[0][0]:.2f} {loads[0][1]:.2f} {loads[0][2]:.2f}; after {loads[1][0]:.2f} {loads[1][1]:.2f} "
          f"{loads[1][2]:.2f} (1, 5, 15 min; {os.cpu_count()} cores)")
    print(f"server answered /health after the load: {'yes' if healthy_after else 'NO'}")
    deliberate = tally["413 deliberate (too-large)"]
    refused_first = tally["503 busy with Retry-After, on an oversized upload"]
    failed = bool(errors) or not healthy_after or deliberate + refused_first != sum(1 for o in outcomes if o.kind == "oversized")
    print("result: " + ("FAIL" if failed else "ok: every answer a report, a deliberate 413 or a 503 with Retry-After"))
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kll-loadtest-") as scratch:
        folder = Path(scratch)
        small = small_payloads()
        large = large_dataset(folder / "dataset", args.large_mb, args.seed)
        oversized = (large * (int(args.max_upload_mb * MIB) // len(large) + 2))[: int(args.max_upload_mb * MIB) + MIB]
        plan = schedule(args, small, large, oversized)
        sizes = {"small": sum(len(p.data) for p in small) // len(small), "large": len(large), "oversized": len(oversized)}
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log = folder / "serve.log"
        server = start_server(args, port, log)
        memory, stop = Memory(), threading.Event()
        sampler = threading.Thread(target=sample_memory, args=(server.pid, memory, stop), daemon=True)
        try:
            if not wait_until_healthy(server, base, args.startup):
                print("the server did not start:\n" + log.read_text(errors="replace")[-3000:], file=sys.stderr)
                return 2
            sampler.start()
            limits = httpx.get(f"{base}/api/v1/version", timeout=30).json()["limits"]
            # one validation before the clock starts: /health answers while the fork server is
            # still warming the validator, and the first request would wait for it
            warm = small[0]
            httpx.post(f"{base}/api/v1/validate", content=warm.data, headers={"Content-Type": warm.media_type}, timeout=args.startup)
            before = os.getloadavg()
            # the client may wait for the server's own timeout and a little more: a hang is an error
            outcomes, seconds = asyncio.run(run_load(base, plan, args.clients, args.timeout + 30, not args.no_backoff))
            after = os.getloadavg()
            healthy_after = wait_until_healthy(server, base, 30)
        finally:
            stop.set()
            stop_server(server)
        if "Traceback" in log.read_text(errors="replace"):
            print("the server's log has a traceback:\n" + log.read_text(errors="replace")[-3000:], file=sys.stderr)
            healthy_after = False
        return report(args, limits, outcomes, seconds, memory, (before, after), healthy_after, sizes)


if __name__ == "__main__":
    sys.exit(main())
