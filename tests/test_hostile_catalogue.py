"""The hostile-input catalogue (issue 15): every entry of tests/fixtures/hostile/catalogue/manifest.yaml
is built from code into a scratch folder and run as the installed ``kll`` command, and gives the
outcome the manifest states: its exit code, its rule IDs, its reports written (0600 where it
says), no traceback, no marker value from the input in any message, nothing the entry forbids.

Time and memory are not asserted here (benchmarks/hostile.py measures them); the subprocess has a
generous fence (300 s, 6 GiB of address space) only so that an input that stalls or runs away fails
this test instead of hanging the suite or the machine.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import resource
import stat
import subprocess
import sys
from pathlib import Path

import pytest

CATALOGUE = Path(__file__).resolve().parent / "fixtures" / "hostile" / "catalogue"
FENCE_SECONDS = 300
FENCE_BYTES = 6 * 1024**3  # address space: an input that runs away fails here, not the machine


def _fence() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (FENCE_BYTES, FENCE_BYTES))


def _load_build():
    name = "hostile_catalogue_build"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, CATALOGUE / "build.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


build = _load_build()
ENTRIES = build.entries()
FIELDS = {"id", "class", "build", "outputs", "command", "exit", "rules", "written", "private",
          "absent", "unchanged", "forbids", "why"}


def kll_command() -> list[str]:
    """The ``kll`` console script of this interpreter's environment (its real entry point)."""
    script = Path(sys.executable).with_name("kll")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kll"]


def run_entry(entry: dict, folder: Path, timeout: float = FENCE_SECONDS) -> tuple[dict, subprocess.CompletedProcess]:
    """Build ``entry`` into ``folder`` and run its command there; (placeholders, the process)."""
    places = build.build(entry, folder)
    env = {key: value for key, value in os.environ.items() if key != "KLL_TRACEBACK"}
    process = subprocess.run([*kll_command(), *build.command(entry, places)], cwd=folder, env=env,
                             stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout,
                             preexec_fn=_fence)
    return places, process


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""


def _findings(path: Path) -> list[dict]:
    """The findings of a JSON report (validate's object, or convert's list), else none."""
    try:
        report = json.loads(_text(path))
    except ValueError:
        return []
    findings = report.get("findings", []) if isinstance(report, dict) else report
    return [finding for finding in findings if isinstance(finding, dict)] if isinstance(findings, list) else []


def problems(entry: dict, places: dict, process: subprocess.CompletedProcess) -> list[str]:
    """Everything in which the run of ``entry`` differs from what the manifest states."""
    found: list[str] = []
    stdout = process.stdout.decode("utf-8", errors="replace")
    stderr = process.stderr.decode("utf-8", errors="replace")
    console = stdout + stderr
    if process.returncode != entry["exit"]:
        found.append(f"exit {process.returncode}, expected {entry['exit']}")
    if "Traceback" in console:
        found.append("a traceback on the console")
    written = {name: places[name] for name in entry.get("written", ())}
    for name, path in written.items():
        if not path.is_file():
            found.append(f"{{{name}}} not written")
    reports = [places["report"], *(places[name] for name in entry.get("outputs", ()))]
    rules = {finding.get("rule") for path in reports for finding in _findings(path)}
    texts = console + "".join(_text(path) for path in reports)
    for rule in entry.get("rules", ()):
        if rule not in rules and rule not in texts:
            found.append(f"rule {rule} not reported")
    # Every message, finding and report; {output} is the converted data itself and may hold them.
    for marker in build.MARKERS:
        where = ["console"] if marker in console else []
        where += [f"{{{name}}}" for name, path in places.items()
                  if name not in ("input", "output", "folder", "python") and marker in _text(path)]
        if where:
            found.append(f"a marker value from the input in {', '.join(where)}")
    for place, texts_absent in (entry.get("absent") or {}).items():
        text = console if place == "console" else _text(places[place])
        for absent in texts_absent:
            if absent in text:
                found.append(f"{absent!r} in {place}")
    for name in entry.get("private", ()):
        path = places[name]
        if path.is_file() and stat.S_IMODE(path.stat().st_mode) & 0o077:
            found.append(f"{{{name}}} has mode {stat.S_IMODE(path.stat().st_mode):04o}, expected 0600")
    if "unchanged" in entry:
        victim = places["folder"] / entry["unchanged"]
        if _text(victim) != "unchanged\n":
            found.append(f"{entry['unchanged']} was written through a symbolic link")
    if "forbids" in entry:
        pattern = re.compile(entry["forbids"], re.MULTILINE)
        match = pattern.search(_text(places["output"]))
        if match:
            found.append(f"{{output}} has a line matching {entry['forbids']!r}")
    return found


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry["id"] for entry in ENTRIES])
def test_entry_gives_its_outcome(entry: dict, tmp_path: Path) -> None:
    places, process = run_entry(entry, tmp_path)
    found = problems(entry, places, process)
    assert not found, f"{entry['id']}: " + "; ".join(found)


def test_every_builder_has_an_entry_and_every_entry_a_builder() -> None:
    used = {entry["build"]["builder"] for entry in ENTRIES}
    assert used <= set(build.BUILDERS), sorted(used - set(build.BUILDERS))
    assert set(build.BUILDERS) <= used, sorted(set(build.BUILDERS) - used)
    mutations = {entry["build"].get("mutation") for entry in ENTRIES} - {None}
    assert mutations == set(build.MUTATIONS)


def test_manifest_is_well_formed() -> None:
    ids = [entry["id"] for entry in ENTRIES]
    assert len(ids) == len(set(ids)), "an id is used twice"
    for entry in ENTRIES:
        assert set(entry) <= FIELDS, (entry["id"], sorted(set(entry) - FIELDS))
        assert {"id", "class", "build", "command", "exit"} <= set(entry), entry["id"]
        assert entry["exit"] in (0, 1, 2), entry["id"]
        assert entry["command"][0] in ("validate", "convert", "conformance"), entry["id"]
        known = {"input", "report", "output", "folder", "python", *entry.get("outputs", ())}
        for name in [*entry.get("written", ()), *entry.get("private", ())]:
            assert name in known, (entry["id"], name)
        for place in entry.get("absent") or {}:
            assert place == "console" or place in known, (entry["id"], place)


def test_every_input_is_at_most_a_megabyte(tmp_path: Path) -> None:
    for entry in ENTRIES:
        folder = tmp_path / entry["id"]
        folder.mkdir()
        build.build(entry, folder)
        for path in folder.iterdir():
            if path.is_file() and not path.is_symlink():
                assert path.stat().st_size <= build.MAX_INPUT_BYTES, (entry["id"], path.name)
