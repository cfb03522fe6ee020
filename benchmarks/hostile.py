"""Time and memory of every hostile-catalogue entry (issue 15): ``make hostile``.

Each entry of tests/fixtures/hostile/catalogue/manifest.yaml is built into a scratch folder and run
as the ``kll`` command in a child process with a hard timeout (60 s). Its wall time is measured,
and its peak resident memory is read from ``os.wait4`` (``ru_maxrss``, KiB on Linux: the largest
of the child and of any process it waited for, so a worker counts on its own, not summed).

Prints a table, the worst case and the load average, and exits 1 when any entry takes more than
10 s or 500 MB, or is killed at the timeout; 0 otherwise. The outcome (exit code against the
manifest) is shown but not judged here: tests/test_hostile_catalogue.py does that.

    python benchmarks/hostile.py [--only ID-SUBSTRING ...] [--timeout 60]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "tests" / "fixtures" / "hostile" / "catalogue"
LIMIT_SECONDS = 10.0
LIMIT_MB = 500.0


def load_build():
    spec = importlib.util.spec_from_file_location("hostile_catalogue_build", CATALOGUE / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def kll_command() -> list[str]:
    script = Path(sys.executable).with_name("kll")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kll"]


def measure(argv: list[str], folder: Path, timeout: float) -> tuple[int | None, float, float]:
    """(exit code or None when killed at the timeout, wall seconds, peak RSS in MB) of ``argv``."""
    env = {key: value for key, value in os.environ.items() if key != "KLL_TRACEBACK"}
    start = time.monotonic()
    child = subprocess.Popen(argv, cwd=folder, env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    killed = threading.Event()

    def kill() -> None:
        killed.set()
        os.killpg(child.pid, signal.SIGKILL)  # the child's own session: it and its workers

    timer = threading.Timer(timeout, kill)
    timer.start()
    try:
        _, status, usage = os.wait4(child.pid, 0)
    finally:
        timer.cancel()
    seconds = time.monotonic() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    return (None if killed.is_set() else child.returncode), seconds, usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], help="entries whose id contains one of these")
    parser.add_argument("--timeout", type=float, default=60.0, help="hard timeout per entry in seconds")
    args = parser.parse_args(argv)
    build = load_build()
    entries = [e for e in build.entries() if not args.only or any(part in e["id"] for part in args.only)]
    rows, over = [], []
    width = max(len(entry["id"]) for entry in entries)
    print(f"{'entry':<{width}}  {'exit':>4}  {'want':>4}  {'seconds':>8}  {'peak MB':>8}")
    with tempfile.TemporaryDirectory(prefix="kll-hostile-") as scratch:
        for entry in entries:
            folder = Path(scratch) / entry["id"]
            folder.mkdir()
            places = build.build(entry, folder)
            code, seconds, megabytes = measure([*kll_command(), *build.command(entry, places)], folder, args.timeout)
            rows.append((entry["id"], code, seconds, megabytes))
            shown = "kill" if code is None else str(code)
            flag = ""
            if code is None or seconds > LIMIT_SECONDS or megabytes > LIMIT_MB:
                over.append(entry["id"])
                flag = "  over the limit" if code is not None else f"  killed at {args.timeout:g} s"
            print(f"{entry['id']:<{width}}  {shown:>4}  {entry['exit']:>4}  {seconds:>8.2f}  {megabytes:>8.1f}{flag}", flush=True)
    slowest = max(rows, key=lambda row: row[2])
    largest = max(rows, key=lambda row: row[3])
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print()
    print(f"{len(rows)} entries; limits {LIMIT_SECONDS:g} s and {LIMIT_MB:g} MB each")
    print(f"worst time:   {slowest[0]} {slowest[2]:.2f} s")
    print(f"worst memory: {largest[0]} {largest[3]:.1f} MB")
    print(f"load average: {load} (1, 5, 15 min; {os.cpu_count()} cores)")
    if over:
        print(f"over a limit: {', '.join(over)}")
        return 1
    print("every entry within the limits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
