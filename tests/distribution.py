"""The distribution as a user gets it, without the network: helpers for the tests that build the
package from a copy of the source and install it somewhere else (``test_installed.py``,
``test_pre_commit_hooks.py``).

Installing the package the way pip or pre-commit does needs its dependencies as wheels. The tests
may not download them, so :func:`wheelhouse` packs the ones this test run has installed back into
wheels (their files, as their ``RECORD`` lists them, and their metadata): ``pip install --no-index
--find-links`` then resolves the package's declared requirements against exactly those — and fails
when a requirement is missing from ``pyproject.toml``.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata as metadata
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]

#: A ``sitecustomize`` for an environment in which any network connection is an error.
NO_NETWORK = '''
import socket


def _refuse(*args, **kwargs):
    raise OSError("kll tried to reach the network")


socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
'''


def clean_environment() -> dict[str, str]:
    """This process's environment without what would point a child at the checkout."""
    return {key: value for key, value in os.environ.items() if key not in {"KLL_ROOT", "PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}}


def source_copy(target: Path) -> Path:
    """The files git tracks (and untracked ones it does not ignore), copied: a build writes its
    egg-info and build/ there, never into the checkout."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode().split("\0")):
        source = ROOT / name
        if source.is_file() and not source.is_symlink():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target / name)
    return target


def requirement_closure(name: str, extras: tuple[str, ...] = ()) -> set[str]:
    """The installed distributions that ``name`` needs at run time, itself excluded: its declared
    requirements and theirs, with the extras they ask for and the markers of this interpreter.
    ``extras`` are ``name``'s own extras to follow too (``("service",)`` for ``kll serve``)."""
    wanted: dict[str, set[str]] = {}

    def visit(distribution: str, extras: frozenset[str]) -> None:
        key = canonicalize_name(distribution)
        if key in wanted and extras <= wanted[key]:
            return
        wanted[key] = wanted.get(key, set()) | extras
        for line in metadata.distribution(distribution).requires or []:
            requirement = Requirement(line)
            if requirement.marker and not any(requirement.marker.evaluate({"extra": extra}) for extra in (extras or {""})):
                continue
            visit(requirement.name, frozenset(requirement.extras))

    visit(name, frozenset(extras))
    wanted.pop(canonicalize_name(name))
    return set(wanted)


def _digest(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def _compressed_tag(wheel_metadata: str) -> str:
    tags = [line.split(":", 1)[1].strip() for line in wheel_metadata.splitlines() if line.startswith("Tag:")]
    parts = [tag.split("-") for tag in tags] or [["py3", "none", "any"]]
    return "-".join(".".join(dict.fromkeys(part[index] for part in parts)) for index in range(3))


def repack(name: str, target: Path) -> Path:
    """Pack the installed distribution ``name`` into a wheel in ``target``; return its path.

    The files are those its ``RECORD`` lists inside site-packages (scripts outside it are left
    out: pip writes the console scripts again from ``entry_points.txt``); the ``RECORD`` is
    written anew."""
    distribution = metadata.distribution(name)
    base = Path(str(distribution.locate_file("")))
    files = [path for path in distribution.files or [] if ".." not in path.parts and path.suffix != ".pyc" and "__pycache__" not in path.parts]
    info = next(path.parts[0] for path in files if path.parts[0].endswith(".dist-info"))
    wheel_file = base / info / "WHEEL"
    wheel_metadata = wheel_file.read_text(encoding="utf-8") if wheel_file.is_file() else (
        "Wheel-Version: 1.0\nGenerator: kll-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    )
    stem = f"{canonicalize_name(distribution.metadata['Name']).replace('-', '_')}-{distribution.version}"
    path = target / f"{stem}-{_compressed_tag(wheel_metadata)}.whl"
    record = []
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        for file in files:
            relative = file.as_posix()
            if file.parts[0] == info and file.name in {"RECORD", "INSTALLER", "REQUESTED", "direct_url.json", "WHEEL"}:
                continue
            source = base / file
            if not source.is_file():
                continue
            data = source.read_bytes()
            archive.writestr(relative, data)
            record.append(f"{relative},{_digest(data)},{len(data)}")
        archive.writestr(f"{info}/WHEEL", wheel_metadata)
        record.append(f"{info}/WHEEL,{_digest(wheel_metadata.encode())},{len(wheel_metadata.encode())}")
        record.append(f"{info}/RECORD,,")
        archive.writestr(f"{info}/RECORD", "\n".join(record) + "\n")
    return path


def wheelhouse(target: Path, *, for_distribution: str = "kll-validator", build: tuple[str, ...] = ("setuptools", "wheel"),
               extras: tuple[str, ...] = ()) -> Path:
    """A folder of wheels from which ``pip install --no-index --find-links`` can install
    ``for_distribution`` from source: its run-time requirements and the build backend's, and
    those of its ``extras`` (e.g. ``("service",)`` for ``pip install 'kll-validator[service]'``)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in sorted(requirement_closure(for_distribution, extras) | set(build)):
        repack(name, target)
    return target
