"""The service's container image (``Containerfile``), checked without a container engine.

No engine exists where the tests run, so the file is judged in two ways:

* statically: its instructions are parsed (continuation lines joined, comments dropped) and held
  to what an agency's security review asks of an image — base images pinned by tag, no ``ADD`` of
  a URL and no ``curl | sh``, no secret in ``ENV``/``ARG``, a non-root user with a fixed UID set
  after every install and before the command, a ``HEALTHCHECK`` against ``/health``, ``EXPOSE`` the
  service's default port, and the built wheel (with its ``service`` extra) as what gets installed;
* by running its steps: the wheel is built from a copy of the source (as tests/test_installed.py
  does), the runtime stage's ``RUN … pip install`` is executed as written in a fresh virtual
  environment outside the checkout — offline, from a wheelhouse packed from this test run
  (``distribution.wheelhouse(extras=("service",))``) — and the image's ``ENTRYPOINT``/``CMD`` is
  started with the image's ``ENV``, on 127.0.0.1 and a free port instead of 0.0.0.0 and 8000
  (the one deliberate difference: a test must not listen on every interface). The image's own
  ``HEALTHCHECK`` command then asks it for ``/health``, and a small file is validated over the API.

The started service may open loopback and Unix sockets only (its fork server talks over one); any
other connection is an error, so a run-time fetch fails the test. No wall-clock limit is asserted:
the deadlines below only stop a hung test.
"""

from __future__ import annotations

import inspect
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

import kll
from distribution import ROOT, clean_environment, source_copy, wheelhouse

CONTAINERFILE = ROOT / "Containerfile"
IGNORE_FILES = (ROOT / ".containerignore", ROOT / ".dockerignore")

#: A ``sitecustomize`` for the started service: loopback and Unix sockets only. The project's
#: ``distribution.NO_NETWORK`` refuses every connection, which would stop the fork server (a Unix
#: socket) and uvicorn's own address lookup of 127.0.0.1.
LOOPBACK_ONLY = '''
import socket

_LOCAL = {None, "", "localhost", "127.0.0.1", "::1", "0.0.0.0", "::"}
_connect, _connect_ex, _getaddrinfo = socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo


def _check(sock, address):
    if sock.family != socket.AF_UNIX and (not isinstance(address, tuple) or address[0] not in _LOCAL):
        raise OSError("kll tried to reach the network")


def _guarded_connect(self, address):
    _check(self, address)
    return _connect(self, address)


def _guarded_connect_ex(self, address):
    _check(self, address)
    return _connect_ex(self, address)


def _guarded_getaddrinfo(host, *args, **kwargs):
    if (host.decode() if isinstance(host, bytes) else host) not in _LOCAL:
        raise OSError("kll tried to reach the network")
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect = _guarded_connect
socket.socket.connect_ex = _guarded_connect_ex
socket.getaddrinfo = _guarded_getaddrinfo
'''


# --- the file, parsed ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Instruction:
    """One instruction: its keyword (upper case), its arguments as written, the stage it is in
    (the index of the ``FROM`` that opened it) and its line."""

    keyword: str
    arguments: str
    stage: int
    line: int

    def exec_form(self) -> list[str] | None:
        """The arguments as a JSON array (exec form), or None when they are in shell form."""
        text = self.arguments.strip()
        if not text.startswith("["):
            return None
        value = json.loads(text)
        assert isinstance(value, list) and all(isinstance(word, str) for word in value), self
        return value


def parse(text: str) -> list[Instruction]:
    """The instructions of a Containerfile: comments and blank lines dropped, lines ending in a
    backslash joined with the next (comment lines inside a continuation are skipped, as the
    engines do)."""
    instructions: list[Instruction] = []
    stage, pending, start = -1, "", 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not pending:
            start = number
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        whole = pending + line
        pending = ""
        keyword, _, arguments = whole.partition(" ")
        keyword = keyword.upper()
        if keyword == "FROM":
            stage += 1
        instructions.append(Instruction(keyword, arguments.strip(), stage, start))
    assert not pending, "the file ends inside a continuation line"
    return instructions


INSTRUCTIONS = parse(CONTAINERFILE.read_text(encoding="utf-8"))
RUNTIME = max(i.stage for i in INSTRUCTIONS)  # the last stage is the image that is run


def runtime(keyword: str) -> list[Instruction]:
    """The runtime stage's instructions with ``keyword``."""
    return [i for i in INSTRUCTIONS if i.stage == RUNTIME and i.keyword == keyword]


def environment() -> dict[str, str]:
    """The runtime stage's ``ENV`` (``NAME=value`` pairs, shell-quoted as the engines read them)."""
    values: dict[str, str] = {}
    for instruction in runtime("ENV"):
        for word in shlex.split(instruction.arguments):
            name, equals, value = word.partition("=")
            assert equals, f"line {instruction.line}: write ENV as NAME=value (the legacy `ENV NAME value` is ambiguous)"
            values[name] = value
    return values


def command() -> list[str]:
    """What the image runs: ``ENTRYPOINT`` then ``CMD``, both in exec form."""
    words: list[str] = []
    for keyword in ("ENTRYPOINT", "CMD"):
        found = runtime(keyword)
        if found:
            form = found[-1].exec_form()
            assert form is not None, f"line {found[-1].line}: {keyword} in exec form, so the service is PID 1 and gets SIGTERM"
            words += form
    return words


def install_step() -> Instruction:
    """The runtime stage's one ``RUN`` that installs the wheel."""
    [step] = [i for i in runtime("RUN") if "pip install" in i.arguments]
    return step


def default_port() -> int:
    from kll.cli.serve import serve_command

    return int(inspect.signature(serve_command).parameters["port"].default)


# --- static checks --------------------------------------------------------------------------------------

def test_every_base_image_is_pinned_by_a_tag_and_the_runtime_is_python_3_11_slim():
    stages: list[str] = []
    for instruction in (i for i in INSTRUCTIONS if i.keyword == "FROM"):
        words = [w for w in instruction.arguments.split() if not w.startswith("--")]
        image = words[0]
        if len(words) >= 3 and words[1].upper() == "AS":
            stages.append(words[2].lower())
        if image.lower() in stages[:-1]:
            continue  # an earlier stage of this file, not an image from a registry
        name, _, tag = image.rpartition(":") if ":" in image.split("/")[-1] else (image, "", "")
        assert tag and tag != "latest" and "$" not in image, f"line {instruction.line}: {image} is not pinned by a tag"
    runtime_from = next(i for i in INSTRUCTIONS if i.keyword == "FROM" and i.stage == RUNTIME)
    assert runtime_from.arguments.split()[0] == "python:3.11-slim"
    assert RUNTIME >= 1, "a builder stage builds the wheel; the runtime stage installs it"


def test_nothing_is_fetched_by_url_and_nothing_is_piped_into_a_shell():
    for instruction in INSTRUCTIONS:
        if instruction.keyword == "ADD":
            assert not re.search(r"(https?|ftp)://|git@", instruction.arguments), f"line {instruction.line}: ADD of a URL"
        if instruction.keyword == "RUN":
            assert not re.search(r"\b(curl|wget)\b[^|;&]*\|\s*(ba|da|z)?sh\b", instruction.arguments), f"line {instruction.line}: a download piped into a shell"
            assert "--extra-index-url" not in instruction.arguments and "--index-url" not in instruction.arguments
    # at run time nothing is downloaded: the runtime stage's only network step is none at all
    for instruction in runtime("RUN"):
        assert not re.search(r"\b(curl|wget|git)\b", instruction.arguments), f"line {instruction.line}"


def test_no_secret_is_baked_into_the_image():
    secret = re.compile(r"PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE|CREDENTIAL", re.IGNORECASE)
    for instruction in INSTRUCTIONS:
        if instruction.keyword in {"ENV", "ARG", "LABEL"}:
            assert not secret.search(instruction.arguments), f"line {instruction.line}: {instruction.arguments}"
        if instruction.keyword in {"COPY", "ADD"}:
            assert not re.search(r"\.env\b|id_rsa|\.pem\b|\.netrc|pip\.conf", instruction.arguments), f"line {instruction.line}"


def test_the_builder_builds_the_wheel_and_the_runtime_installs_that_wheel_with_the_service_extra():
    builds = [i for i in INSTRUCTIONS if i.stage < RUNTIME and i.keyword == "RUN" and re.search(r"python -m build\b", i.arguments)]
    assert builds, "the builder stage runs `python -m build`"
    out = re.search(r"--outdir\s+(\S+)", builds[-1].arguments)
    assert out, "the build names its output folder"
    copies = [i for i in runtime("COPY") if i.arguments.startswith("--from=")]
    assert [c for c in copies if c.arguments.split()[1].rstrip("/") == out.group(1).rstrip("/")], "the runtime copies the built wheels"
    step = install_step()
    assert re.search(r"kll_validator-\*\.whl", step.arguments) and "[service]" in step.arguments
    assert "--index-url" not in step.arguments and "-e " not in step.arguments and "COPY . " not in step.arguments
    # the checkout never reaches the runtime stage: only the builder's output does
    assert all(i.arguments.startswith("--from=") for i in runtime("COPY") + runtime("ADD"))


def test_the_service_runs_as_a_fixed_non_root_user_set_after_every_install_and_before_the_command():
    users = runtime("USER")
    assert users, "the runtime stage names a USER"
    last_user = users[-1]
    name = last_user.arguments.split(":")[0]
    assert name not in {"root", "0"}
    created = [i for i in runtime("RUN") if re.search(r"\buseradd\b", i.arguments)]
    assert created and re.search(rf"useradd\b.*\s{re.escape(name)}\s*($|&&|;)", created[0].arguments), "the user is created in the image"
    uid = re.search(r"--uid\s+(\S+)", created[0].arguments)
    assert uid, "the user has a fixed UID"
    value = uid.group(1).strip("\"'")
    argument = re.fullmatch(r"\$\{?(\w+)\}?", value)
    if argument:  # a build argument: its default must be the fixed number
        default = next(i.arguments for i in runtime("ARG") if i.arguments.startswith(argument.group(1) + "="))
        value = default.split("=", 1)[1]
    assert value.isdigit() and int(value) >= 1000, "a fixed UID outside the system range"
    assert "--shell /usr/sbin/nologin" in created[0].arguments or "--shell /bin/false" in created[0].arguments
    order = [i for i in INSTRUCTIONS if i.stage == RUNTIME]
    position = order.index(last_user)
    assert all(order.index(i) < position for i in runtime("RUN")), "every RUN (every install) before USER"
    for keyword in ("ENTRYPOINT", "CMD", "HEALTHCHECK"):
        assert all(order.index(i) > position for i in runtime(keyword)), f"{keyword} after USER"


def test_the_healthcheck_asks_health_on_the_services_port():
    [check] = runtime("HEALTHCHECK")
    assert re.search(r"--start-period=\d+s", check.arguments), "the fork server warms up before the first answer"
    form = Instruction("CMD", check.arguments.split("CMD", 1)[1], RUNTIME, check.line).exec_form()
    assert form and form[0] == "python" and "/health" in form[-1] and "KLL_SERVICE_PORT" in form[-1]


def test_expose_is_the_default_port_and_the_port_the_service_listens_on():
    [expose] = runtime("EXPOSE")
    assert expose.arguments.split() == [str(default_port())] == [environment()["KLL_SERVICE_PORT"]]


def test_the_command_is_kll_serve_on_every_interface_with_the_limits_from_the_environment():
    from kll.service.limits import ENVIRONMENT, Limits

    words = command()
    assert words[:2] == ["kll", "serve"]
    assert words[words.index("--host") + 1] == "0.0.0.0", "in a container the engine's port mapping must reach it"
    # every limit is a variable of the image, none is fixed on its command line, and they are valid
    env = environment()
    assert {variable for variable, _ in ENVIRONMENT.values()} <= set(env)
    assert not {"--max-upload-mb", "--timeout", "--concurrency", "--retry-after", "--max-files", "--memory-mb", "--port"} & set(words)
    limits = Limits.from_env(env)
    assert limits.max_upload_bytes == Limits().max_upload_bytes and limits.timeout == Limits().timeout


@pytest.mark.parametrize("ignore", IGNORE_FILES, ids=lambda p: p.name)
def test_the_build_context_leaves_out_the_checkouts_scratch_but_not_what_the_wheel_carries(ignore: Path):
    import tomllib

    patterns = [line.strip() for line in ignore.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    for needed in (".git", ".venv", "tests", ".pytest_cache", ".hypothesis", "site", "dist", "build"):
        assert needed in patterns, f"{ignore.name} keeps out {needed}"
    package_dirs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-dir"]
    carried = {"pyproject.toml", "README.md", "LICENSE"} | {folder.split("/")[0] for folder in package_dirs.values()}
    for pattern in patterns:
        if pattern.startswith("!"):
            continue
        assert pattern.strip("/").split("/")[0] not in carried, f"{ignore.name}: {pattern} would take {pattern} from the build"
    assert patterns == [line.strip() for line in IGNORE_FILES[0].read_text(encoding="utf-8").splitlines()
                                     if line.strip() and not line.startswith("#")], "the two ignore files list the same"


# --- the install and start steps, run in a fresh virtual environment -----------------------------

@dataclass
class Image:
    """The runtime stage's steps as they ran here: the virtual environment stands for the image's
    Python, ``home`` for the user's home and working directory."""

    venv: Path
    home: Path
    env: dict[str, str]
    install: subprocess.CompletedProcess


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def image(tmp_path_factory) -> Image:
    """Build the wheel (as tests/test_installed.py does), then run the Containerfile's install step."""
    dist = tmp_path_factory.mktemp("dist")
    source = source_copy(tmp_path_factory.mktemp("source"))
    env = clean_environment() | {"PIP_CONFIG_FILE": os.devnull}  # this machine's pip settings play no part
    built = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(source)],
                           capture_output=True, text=True, timeout=900, env=env)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    # the builder stage's output folder, copied as `COPY --from=builder /dist/ /tmp/dist/` copies it
    [copy] = [i for i in runtime("COPY") if i.arguments.startswith("--from=")]
    destination = copy.arguments.split()[-1].rstrip("/")
    staged = tmp_path_factory.mktemp("staged") / "dist"
    shutil.copytree(dist, staged)
    work = tmp_path_factory.mktemp("image")
    venv, home = work / "venv", work / "home" / "kll"
    home.mkdir(parents=True)
    base_python = getattr(sys, "_base_executable", sys.executable)
    # with pip (ensurepip's bundled wheel, no download): the step runs `python -m pip` as written
    subprocess.run([base_python, "-m", "venv", str(venv)], check=True, timeout=300, env=env, capture_output=True)
    purelib = Path(subprocess.run([str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  capture_output=True, text=True, check=True, env=env).stdout.strip())
    env |= {
        "PATH": f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
        "HOME": str(home),
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": str(wheelhouse(tmp_path_factory.mktemp("wheels"), build=(), extras=("service",))),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    script = install_step().arguments.replace(destination, str(staged))
    install = subprocess.run(["sh", "-c", script], cwd=home, capture_output=True, text=True, timeout=900, env=env)
    (purelib / "sitecustomize.py").write_text(LOOPBACK_ONLY, encoding="utf-8")  # after pip: it must not refuse pip
    run_env = {key: value for key, value in env.items() if not key.startswith("PIP_")} | environment()
    return Image(venv, home, run_env, install)


def test_the_install_step_installs_the_wheel_with_the_service_extra_offline(image: Image):
    assert image.install.returncode == 0, image.install.stdout[-3000:] + image.install.stderr[-3000:]
    assert re.search(r"Successfully installed .*\bkll-validator-" + re.escape(kll.__version__), image.install.stdout)
    for extra in ("starlette", "uvicorn", "python-multipart"):
        assert re.search(rf"\b{re.escape(extra)}-\d", image.install.stdout), f"{extra} (the service extra) was installed"
    where = subprocess.run([str(image.venv / "bin" / "python"), "-c", "import kll; print(kll.__file__)"],
                           capture_output=True, text=True, env=image.env, cwd=image.home, timeout=120)
    assert Path(where.stdout.strip()).is_relative_to(image.venv), "kll comes from the installed wheel, not the checkout"


@pytest.fixture(scope="module")
def served(image: Image, tmp_path_factory) -> Iterator[tuple[str, Image, subprocess.Popen, Path]]:
    """The image's command, started: ``--host 0.0.0.0`` becomes 127.0.0.1, the port a free one."""
    import httpx

    assert image.install.returncode == 0, "the install step failed (see the install test)"
    words = command()
    words[words.index("--host") + 1] = "127.0.0.1"
    port = _free_port()
    env = image.env | {"KLL_SERVICE_PORT": str(port)}
    log = tmp_path_factory.mktemp("log") / "serve.log"
    with log.open("wb") as sink:
        server = subprocess.Popen(words, cwd=image.home, env=env, stdin=subprocess.DEVNULL, stdout=sink, stderr=subprocess.STDOUT,
                                  start_new_session=True)  # its own group: the fork server and its children go with it
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300  # only stops a hung test; how long start-up takes is not judged
        while True:
            assert server.poll() is None, "the service exited at start:\n" + log.read_text(errors="replace")[-3000:]
            try:
                if httpx.get(f"{base}/health", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "no answer on /health:\n" + log.read_text(errors="replace")[-3000:]
            time.sleep(0.5)
        yield base, Image(image.venv, image.home, env, image.install), server, log
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)  # what the engine sends at `stop`
            try:
                server.wait(timeout=60)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        # a container's end takes every process of its namespace with PID 1; here, the group
        try:
            os.killpg(server.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_the_images_healthcheck_command_passes_against_the_started_service(served):
    base, image, _, _ = served
    [check] = runtime("HEALTHCHECK")
    form = Instruction("CMD", check.arguments.split("CMD", 1)[1], RUNTIME, check.line).exec_form()
    assert form is not None
    result = subprocess.run(form, cwd=image.home, env=image.env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    # and it fails where nothing answers, so an orchestrator would notice a dead service
    silent = subprocess.run(form, cwd=image.home, env=image.env | {"KLL_SERVICE_PORT": str(_free_port())},
                            capture_output=True, text=True, timeout=120)
    assert silent.returncode != 0


def test_the_started_service_has_the_images_limits_and_validates_a_file(served):
    import httpx

    base, image, _, _ = served
    version = httpx.get(f"{base}/api/v1/version", timeout=60).json()
    assert version["kll_version"] == kll.__version__
    from kll.service.limits import Limits

    assert version["limits"] == Limits.from_env(environment()).to_dict(), "the limits come from the image's ENV"
    good = (ROOT / "examples/offering/komvux-sundsvall-matematik.yaml").read_bytes()
    answer = httpx.post(f"{base}/api/v1/validate", content=good, headers={"Content-Type": "application/yaml"}, timeout=300)
    assert answer.status_code == 200, answer.text[-2000:]
    report = answer.json()
    assert report["conformant"] is True and report["kll_version"] == kll.__version__ and report["records"] > 0
    assert not [f for f in report["findings"] if f["severity"] == "violation"]
    broken = (ROOT / "docs/guides/files/event-ends-before-start.yaml").read_bytes()
    answer = httpx.post(f"{base}/api/v1/validate", files=[("file", ("events.yaml", broken, "application/yaml"))], timeout=300)
    assert answer.status_code == 200 and answer.json()["conformant"] is False
    assert "Execution.end_date.after-start" in {f["rule"] for f in answer.json()["findings"]}


def test_the_service_stops_on_sigterm_without_a_traceback(served):
    _, _, server, log = served
    server.send_signal(signal.SIGTERM)  # as the engine's `stop` does: to PID 1 only
    server.wait(timeout=120)
    text = log.read_text(errors="replace")
    # uvicorn shuts down gracefully, then re-raises the signal it caught, so the exit is -SIGTERM
    assert server.returncode in {0, -signal.SIGTERM} and "Finished server process" in text, text[-3000:]
    assert "Traceback" not in text and "network" not in text, text[-3000:]
