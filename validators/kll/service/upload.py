"""Reading a request body into a private folder, within the upload limit.

The body is streamed: it is never held in memory as a whole and never written anywhere but the
folder of this request (``tempfile.mkdtemp``: mode 0700, removed when the request ends by
``private_folder``). Each file is created new (``O_EXCL``, no symbolic link followed, mode 0600)
under a name the service chooses; the client's file name only lends its extension, and a cleaned
form of it becomes the name the report shows.

A body whose declared length is over the limit is refused before a byte of it is read; a body that
grows past the limit while it streams (chunked, or a lying Content-Length) is refused at the byte
that crosses it, and the rest is never read.

Multipart bodies go through python-multipart's streaming parser directly rather than through
Starlette's ``request.form()``, which spools files to the system's shared temporary folder.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import AsyncIterator, Iterator

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from .formats import suffix_of
from .limits import Limits
from .problems import ProblemError

__all__ = ["Upload", "Received", "receive", "private_folder", "FIELDS", "FILE_FIELDS"]

#: Form fields read from a multipart body (the query string's parameters, for a plain HTML form).
FIELDS = ("format", "profile", "level", "lang", "from", "to", "reference_date")
#: Parts that hold data: uploaded files, and text pasted into the page's text area.
FILE_FIELDS = ("file", "text")
#: A form field's value is a short word; anything longer is not one of ours.
_MAX_FIELD = 256
#: Characters kept in the name a report shows for an upload: letters, digits, a few marks.
_SHOWN_NAME = re.compile(r"^[\w][\w .,()+-]{0,99}$")


@dataclass
class Upload:
    """One uploaded file: where it is stored, the name shown for it, what the client said of it."""

    path: Path
    shown: str
    suffix: str
    media_type: str | None
    size: int = 0


@dataclass
class Received:
    """What a request carried: its files (in order) and its form fields."""

    files: list[Upload] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    size: int = 0


@contextlib.contextmanager
def private_folder() -> Iterator[Path]:
    """A folder only this process's user can enter (mode 0700), removed with everything in it at the end."""
    folder = Path(tempfile.mkdtemp(prefix="kll-service-"))
    try:
        os.chmod(folder, 0o700)  # mkdtemp's mode already; said again so no umask can widen it
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _create(path: Path):
    """A new file for an upload: never an existing one, never through a link, readable by us only."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    return os.fdopen(os.open(path, flags, 0o600), "wb")


def _shown_name(client_name: str | None, number: int, suffix: str, taken: set[str]) -> str:
    """The name a report shows: the client's base name when it is plain, else ``upload-N.ext``."""
    base = re.split(r"[/\\]", client_name or "")[-1].strip()
    name = base if _SHOWN_NAME.match(base) and ".." not in base else f"upload-{number}{suffix}"
    shown, n = name, 2
    while shown in taken:  # two files of the same name stay two in the report
        shown, n = f"{name} ({n})", n + 1
    taken.add(shown)
    return shown


def _media_type(header: str | bytes | None) -> str | None:
    if not header:
        return None
    try:
        value, _ = parse_options_header(header)
    except UnicodeError:  # a header that is not Latin-1: no media type anyone registered
        return None
    return value.decode("latin-1").strip().lower() or None


def refuse_declared_too_large(request: Request, limits: Limits) -> None:
    """413 for a body whose Content-Length is over the limit, before anything is read or created
    (and before a validation slot is taken: a body that can never fit is never told to retry)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isascii() and declared.isdigit() and int(declared) > limits.max_upload_bytes:
        raise ProblemError("too-large", {"limit": limits.max_upload_bytes})


async def _body(request: Request, limits: Limits) -> AsyncIterator[bytes]:
    """The body's chunks; raises ``too-large`` at the chunk that crosses the limit."""
    seen = 0
    async for chunk in request.stream():
        seen += len(chunk)
        if seen > limits.max_upload_bytes:
            raise ProblemError("too-large", {"limit": limits.max_upload_bytes})
        yield chunk


async def receive(request: Request, folder: Path, limits: Limits) -> Received:
    """Read the request's body into ``folder``: a multipart form, or one raw file of the body's media type."""
    refuse_declared_too_large(request, limits)
    media_type = _media_type(request.headers.get("content-type"))
    if media_type == "multipart/form-data":
        return await _multipart(request, folder, limits)
    received = Received()
    upload = Upload(folder / "1.upload", "", "", media_type)
    with _create(upload.path) as out:
        async for chunk in _body(request, limits):
            out.write(chunk)
            upload.size += len(chunk)
    received.size = upload.size
    if upload.size:
        upload.shown = _shown_name(None, 1, "", set())
        received.files.append(upload)
    return received


class _FormReader:
    """python-multipart's callbacks: each file part streamed to its own file, each field kept short."""

    def __init__(self, folder: Path, limits: Limits) -> None:
        self.folder, self.limits = folder, limits
        self.received = Received()
        self._header_field = bytearray()
        self._header_value = bytearray()
        self._headers: dict[str, bytes] = {}
        self._out = None
        self._upload: Upload | None = None
        self._named = False
        self._field: str | None = None
        self._value = bytearray()
        self._names: set[str] = set()
        self.problem: ProblemError | None = None

    def callbacks(self) -> dict:
        return {
            "on_part_begin": self._part_begin, "on_part_data": self._part_data, "on_part_end": self._part_end,
            "on_header_field": lambda data, start, end: self._header_field.extend(data[start:end]),
            "on_header_value": lambda data, start, end: self._header_value.extend(data[start:end]),
            "on_header_end": self._header_end, "on_headers_finished": self._headers_finished,
        }

    def _part_begin(self) -> None:
        self._headers, self._field, self._upload, self._value = {}, None, None, bytearray()

    def _header_end(self) -> None:
        # kept as bytes: a part's headers may hold any byte, and the parser reads them as bytes
        self._headers[self._header_field.decode("latin-1").strip().lower()] = bytes(self._header_value)
        self._header_field, self._header_value = bytearray(), bytearray()

    def _headers_finished(self) -> None:
        _, options = parse_options_header(self._headers.get("content-disposition", b""))
        name = options.get(b"name", b"").decode("utf-8", "replace")
        filename = options.get(b"filename")
        if name in FILE_FIELDS:
            files = self.received.files
            if len(files) >= self.limits.max_files:
                self.problem = self.problem or ProblemError("too-many-files", {"limit": self.limits.max_files})
                return
            client_name = filename.decode("utf-8", "replace") if filename is not None else None
            suffix = suffix_of(client_name)
            number = len(files) + 1
            self._upload = Upload(self.folder / f"{number}.upload", "", suffix, _media_type(self._headers.get("content-type")))
            self._upload.shown = _shown_name(client_name, number, suffix, self._names) if name == "file" else f"text{suffix}"
            self._named = name == "file" and bool(client_name)
            self._out = _create(self._upload.path)
        elif name in FIELDS:
            self._field = name

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        if self._upload is not None and self._out is not None:
            self._out.write(data[start:end])
            self._upload.size += end - start
        elif self._field is not None:
            self._value.extend(data[start:end])
            if len(self._value) > _MAX_FIELD:
                self.problem = self.problem or ProblemError("invalid-parameter", {
                    "parameter": self._field, "allowed": f"a word of at most {_MAX_FIELD} characters", "allowed_sv": f"ett ord på högst {_MAX_FIELD} tecken",
                })
                self._field = None

    def _part_end(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None
            # a file input left empty (no name, no bytes) or an empty text area is no file; an
            # empty file with a name is a file, and its report says it holds no records
            if self._upload is not None and (self._upload.size or self._named):
                self.received.files.append(self._upload)
            elif self._upload is not None:
                self._upload.path.unlink(missing_ok=True)
        elif self._field is not None:
            self.received.fields[self._field] = self._value.decode("utf-8", "replace").strip()
        self._upload, self._field = None, None

    def close(self) -> None:
        if self._out is not None:
            self._out.close()


async def _multipart(request: Request, folder: Path, limits: Limits) -> Received:
    _, options = parse_options_header(request.headers.get("content-type", ""))
    boundary = options.get(b"boundary")
    if not boundary:
        raise ProblemError("malformed-request", {"reason": "no boundary", "reason_sv": "ingen avgränsare (boundary)"})
    reader = _FormReader(folder, limits)
    parser = MultipartParser(boundary, reader.callbacks())
    try:
        async for chunk in _body(request, limits):
            reader.received.size += len(chunk)
            parser.write(chunk)
            if reader.problem is not None:
                raise reader.problem
        parser.finalize()
    except MultipartParseError:
        raise ProblemError("malformed-request", {"reason": "not a well-formed multipart/form-data body", "reason_sv": "inte ett välformat multipart/form-data-innehåll"}) from None
    finally:
        reader.close()
    if reader.problem is not None:
        raise reader.problem
    return reader.received
