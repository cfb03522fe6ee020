"""Every command shown in the guides is executed by a test and passes.

The convention, for the hand-written pages in both languages (README.md, docs/index.*.md,
docs/guides/*.md, docs/conformance/guide.*.md and docs/conformance/protocol.*.md):

* Every line of every ```sh block is a command, and a test runs it, one case per command
  (id ``file:line``). Blank lines and comment lines are skipped; a line ending in ``\\`` continues
  on the next one. The command must exit 0, unless the line ends with the comment ``# exit N``.
* Commands run with bash in a temporary directory, one per page, that holds a symbolic link to
  every top-level entry of the repository: commands see ``examples/``, ``model/``, the Makefile and
  ``.venv``, while the files they write land in the temporary directory. The commands of one page
  run in order, so a later command may read what an earlier one wrote. ``.venv/bin/`` is rewritten
  to the directory of the Python running the tests (so the tests work with the CI's ``.venv`` and
  with any other environment) and ``<this repository>`` to the repository root.
* ```console blocks are for display: long jobs (``make``, ``make test``, ``make bench``, the whole
  conformance suite) and synopses. Their ``$ `` commands are not run, but each must name things
  that exist: a ``kll`` subcommand and options its ``--help`` lists, a Makefile target, a script,
  or at least a file of the repository. Nothing shown is fictitious.

The pages' commands run concurrently, one thread per page (in order within the page), as soon as
the first case asks for a result: the suite takes about as long as its longest page, not the sum.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TIMEOUT = 600  # seconds per command

PAGES = sorted(
    {ROOT / "README.md"}
    | set((ROOT / "docs").glob("index.*.md"))
    | set((ROOT / "docs" / "conformance").glob("guide.*.md"))
    | set((ROOT / "docs" / "conformance").glob("protocol.*.md"))
    | set((ROOT / "docs" / "guides").glob("*.md"))
)
RUN_LANGUAGES = {"sh", "bash", "shell"}
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`\s]*)")
EXIT = re.compile(r"#\s*exit\s+(?P<status>\d+)\s*$")


@dataclass(frozen=True)
class Command:
    page: Path
    line: int
    text: str  # as shown on the page, continuation lines joined
    expected: int

    @property
    def id(self) -> str:
        return f"{self.page.relative_to(ROOT).as_posix()}:{self.line}"

    @property
    def shell(self) -> str:
        return self.text.replace(".venv/bin/", f"{BIN}/").replace("<this repository>", shlex.quote(str(ROOT)))


def _blocks(page: Path):
    """Yield (language, [(line number, text)]) for every fenced block of a page."""
    lines = page.read_text(encoding="utf-8").split("\n")
    i = 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if not opening:
            i += 1
            continue
        indent, fence, language = opening["indent"], opening["fence"], opening["info"].lower()
        body = []
        i += 1
        while i < len(lines):
            closing = FENCE.match(lines[i])
            if closing and closing["fence"][0] == fence[0] and len(closing["fence"]) >= len(fence) and not closing["info"]:
                break
            text = lines[i]
            body.append((i + 1, text[len(indent):] if text.startswith(indent) else text.lstrip()))
            i += 1
        i += 1
        yield language, body


def _join(numbered: list[tuple[int, str]]):
    """Join continuation lines; yield (first line number, command)."""
    pending, start = [], 0
    for number, text in numbered:
        if not pending:
            start = number
        if text.rstrip().endswith("\\"):
            pending.append(text.rstrip()[:-1].rstrip())
            continue
        pending.append(text.strip())
        yield start, " ".join(part.strip() for part in pending)
        pending = []
    if pending:
        yield start, " ".join(pending)


def run_commands(page: Path) -> list[Command]:
    out = []
    for language, body in _blocks(page):
        if language not in RUN_LANGUAGES:
            continue
        relevant = [(n, t) for n, t in body if t.strip() and not t.strip().startswith("#")]
        for line, text in _join(relevant):
            match = EXIT.search(text)
            out.append(Command(page, line, text, int(match["status"]) if match else 0))
    return out


def console_commands(page: Path) -> list[Command]:
    out = []
    for language, body in _blocks(page):
        if language != "console":
            continue
        prompts, pending = [], None
        for number, text in body:
            if pending is not None:
                pending.append((number, text))
                if not text.rstrip().endswith("\\"):
                    prompts.append(pending)
                    pending = None
            elif text.startswith("$ "):
                pending = [(number, text[2:])]
                if not text.rstrip().endswith("\\"):
                    prompts.append(pending)
                    pending = None
        for group in prompts:
            for line, text in _join(group):
                out.append(Command(page, line, text, 0))
    return out


def _same_commands_as_english(page: Path) -> bool:
    """A Swedish page whose commands are the English page's, in order, in the same words: running
    them twice proves nothing more (a Swedish page with its own commands, e.g. --lang sv, runs)."""
    english = page.with_name(page.name.removesuffix(".sv.md") + ".en.md")
    return page.name.endswith(".sv.md") and english.is_file() and \
        [(c.text, c.expected) for c in run_commands(page)] == [(c.text, c.expected) for c in run_commands(english)]


#: Pages whose commands another test runs more strictly: the conformance guide's walkthrough runs
#: from a clone, in order, with its shown output checked (tests/test_guide_walkthrough.py).
WALKED = {ROOT / "docs" / "conformance" / "guide.en.md", ROOT / "docs" / "conformance" / "guide.sv.md"}
RUN = [command for page in PAGES if page not in WALKED and not _same_commands_as_english(page) for command in run_commands(page)]
CONSOLE = [command for page in PAGES for command in console_commands(page)]


# --- running ---------------------------------------------------------------------------------------

def _skip_reason(command: Command) -> str | None:
    if re.match(r"^make\s+setup\b", command.text):
        stamp, pyproject = ROOT / ".venv" / ".installed", ROOT / "pyproject.toml"
        if not stamp.exists():
            return "`make setup` would create .venv and install packages from the network: this checkout has no .venv"
        if stamp.stat().st_mtime < pyproject.stat().st_mtime:
            return "`make setup` would reinstall packages from the network: .venv is older than pyproject.toml"
    return None


def _workspace(base: Path, page: Path) -> Path:
    directory = base / page.relative_to(ROOT).as_posix().replace("/", "__")
    directory.mkdir()
    for entry in ROOT.iterdir():
        (directory / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    return directory


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["NO_COLOR"] = "1"
    env.pop("KLL_ROOT", None)
    return env


@dataclass
class Outcome:
    status: int | None = None
    stdout: str = ""
    stderr: str = ""
    skipped: str | None = None


class Runner:
    """Runs each page's commands in order in its own workspace, pages in parallel."""

    def __init__(self, base: Path, wanted: dict[Path, int]):
        self.futures: dict[str, Future] = {}
        self.pool = ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2))
        self.stop = threading.Event()
        by_page: dict[Path, list[Command]] = {}
        for command in RUN:
            by_page.setdefault(command.page, []).append(command)
        # The pages with the most kll commands first, so that the last page to finish is a short one.
        for page, last in sorted(wanted.items(), key=lambda item: -sum("kll " in c.text for c in by_page[item[0]])):
            commands = [c for c in by_page[page] if c.line <= last]
            futures = [Future() for _ in commands]
            for command, future in zip(commands, futures):
                self.futures[command.id] = future
            self.pool.submit(self._run_page, base, page, commands, futures)

    def _run_page(self, base: Path, page: Path, commands: list[Command], futures: list[Future]) -> None:
        try:
            workspace = _workspace(base, page)
            env = _environment()
            for command, future in zip(commands, futures):
                if self.stop.is_set():
                    future.cancel()
                    continue
                reason = _skip_reason(command)
                if reason:
                    future.set_result(Outcome(skipped=reason))
                    continue
                try:
                    done = subprocess.run(
                        ["bash", "-c", command.shell], cwd=workspace, env=env, capture_output=True, text=True,
                        timeout=TIMEOUT, stdin=subprocess.DEVNULL,
                    )
                    future.set_result(Outcome(done.returncode, done.stdout, done.stderr))
                except subprocess.TimeoutExpired as timeout:
                    future.set_result(Outcome(None, str(timeout.stdout or ""), f"timed out after {TIMEOUT} s"))
        except BaseException as error:  # never leave a test waiting
            for future in futures:
                if not future.done():
                    future.set_exception(error)

    def outcome(self, command: Command) -> Outcome:
        return self.futures[command.id].result()

    def close(self) -> None:
        self.stop.set()
        self.pool.shutdown(wait=True, cancel_futures=True)


@pytest.fixture(scope="module")
def runner(request, tmp_path_factory):
    selected = {item.callspec.params["command"] for item in request.session.items
                if getattr(item, "originalname", None) == "test_command_runs" and hasattr(item, "callspec")
                and Path(str(item.fspath)) == Path(__file__)}
    wanted: dict[Path, int] = {}
    for command in selected:
        wanted[command.page] = max(wanted.get(command.page, 0), command.line)
    running = Runner(tmp_path_factory.mktemp("docs-commands"), wanted)
    yield running
    running.close()


def _tail(text: str, lines: int = 40) -> str:
    kept = text.rstrip("\n").split("\n")
    return "\n".join((["[...]"] if len(kept) > lines else []) + kept[-lines:])


@pytest.mark.parametrize("command", RUN, ids=[c.id for c in RUN])
def test_command_runs(command: Command, runner: Runner) -> None:
    outcome = runner.outcome(command)
    if outcome.skipped:
        pytest.skip(outcome.skipped)
    assert outcome.status == command.expected, (
        f"{command.id}: {command.text}\n"
        f"exit status {outcome.status}, expected {command.expected}\n"
        f"--- stdout (tail) ---\n{_tail(outcome.stdout)}\n--- stderr (tail) ---\n{_tail(outcome.stderr)}"
    )


# --- console blocks: shown, not run, but real ------------------------------------------------------

def _make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([A-Za-z][\w.-]*)\s*:(?!=)", text, re.MULTILINE))


_HELP: dict[tuple[str, ...], subprocess.CompletedProcess] = {}


def _kll_help(words: tuple[str, ...]) -> subprocess.CompletedProcess:
    if words not in _HELP:
        env = _environment() | {"COLUMNS": "200"}
        _HELP[words] = subprocess.run([str(BIN / "kll"), *words, "--help"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    return _HELP[words]


def _problems(command: Command) -> list[str]:
    """What in a console command does not exist; empty when everything it names is real."""
    try:
        tokens = shlex.split(command.shell, comments=True)
    except ValueError as error:
        return [f"cannot be read as a shell command: {error}"]
    problems, real = [], 0
    for position, token in enumerate(tokens):
        if token.endswith("/kll") or token == "kll":
            # `kll WORD [WORD]`: a subcommand, or a group and its subcommand. A word after a leaf
            # command is an argument, which --help accepts; an unknown subcommand exits 2.
            words: list[str] = []
            for word in tokens[position + 1:position + 3]:
                if not re.fullmatch(r"[a-z][a-z-]*", word):
                    break
                words.append(word)
            shown = _kll_help(tuple(words))
            if not words or shown.returncode != 0:
                problems.append(f"`kll {' '.join(words)}` is not a kll subcommand")
                continue
            real += 1
            for option in tokens[position + 1:]:
                name = option.lstrip("[").split("=")[0].rstrip("]")
                if name.startswith("--") and re.fullmatch(r"--[a-z][a-z0-9-]*", name) and name not in shown.stdout:
                    problems.append(f"`kll {' '.join(words)}` has no option {name}")
        elif token == "make" and position == 0:
            targets = [t for t in tokens[1:] if not t.startswith("-") and "=" not in t]
            missing = [t for t in targets if t not in _make_targets()]
            problems += [f"the Makefile has no target {t!r}" for t in missing]
            real += not missing
        elif position == 0 and re.search(r"python3?$", token):
            script = next((t for t in tokens[1:] if not t.startswith("-")), None)
            if script and not (ROOT / script).exists():
                problems.append(f"{script} does not exist")
                continue
            real += 1
            options = [t.split("=")[0] for t in tokens[1:] if re.fullmatch(r"--[a-z][a-z0-9-]*(=.*)?", t)]
            if script and options:
                shown = subprocess.run([sys.executable, str(ROOT / script), "--help"], capture_output=True, text=True,
                                       env=_environment(), cwd=ROOT, timeout=120)
                problems += [f"{script} has no option {o}" for o in options if o not in shown.stdout]
    if not real and not any((ROOT / token.strip("'\"")).exists() for token in tokens[1:] if token and not token.startswith("-")):
        problems.append("names no kll subcommand, Makefile target, script or file of this repository")
    return problems


@pytest.mark.parametrize("command", CONSOLE, ids=[c.id for c in CONSOLE])
def test_console_command_is_real(command: Command) -> None:
    problems = _problems(command)
    assert not problems, f"{command.id}: {command.text}\n" + "\n".join(problems)


# --- the convention itself ---------------------------------------------------------------------------

def test_the_pages_show_commands() -> None:
    """Guard against a parser that silently finds nothing."""
    assert {c.page.name for c in RUN} >= {"README.md", "quickstart.en.md", "quickstart.sv.md", "crosswalk.en.md", "change-process.en.md"}
    assert CONSOLE, "no console block found"


def test_the_landing_pages_state_the_current_model_version() -> None:
    version = yaml.safe_load((ROOT / "model" / "kll.yaml").read_text(encoding="utf-8"))["version"]
    for page in (ROOT / "docs" / "index.en.md", ROOT / "docs" / "index.sv.md"):
        assert f"**{version}**" in page.read_text(encoding="utf-8"), f"{page.relative_to(ROOT)} does not state model version {version}"
