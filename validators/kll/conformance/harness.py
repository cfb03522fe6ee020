"""Plug an implementation under test into the conformance runner: a command or an HTTP service.

The reference validator runs in process (``runner.ReferenceImplementation``). Any other
implementation — in any language — is run through one of two small protocols, modelled on
Bowtie's harness protocol for JSON Schema implementations: the harness starts the implementation
once, tells it which protocol version it speaks, sends it one case at a time and reads one reply per
case. Both give objects that ``runner.run_suite`` accepts::

    from kll.conformance.harness import CommandImplementation
    from kll.conformance.runner import run_suite

    with CommandImplementation(["java", "-jar", "kll-check.jar", "--harness"]) as implementation:
        results = run_suite(implementation)

The protocol (version 1) is also in ``docs/conformance/protocol.en.md``.

Command protocol (``CommandImplementation``)
============================================

The harness starts the command once (and again after a crash or a timeout) and writes requests
to its standard input; the implementation writes replies to its standard output. Both are JSON
Lines: one JSON object per line, UTF-8, ``\\n``-terminated. Standard output carries replies only;
logs go to standard error (the harness keeps its last lines for error messages). Blank lines are
ignored; anything else that is not a JSON object is a malformed reply.

1. ``{"cmd": "start", "version": 1}`` — sent first. The reply::

       {"ready": true,
        "version": 1,                                   # optional: the protocol version spoken
        "implementation": {"name": "...", "version": "...", "homepage": "https://..."},
        "capabilities": {"formats": ["json", "yaml", "jsonl", "turtle", "jsonld"],
                         "profiles": ["education-offering-publisher"]}}

   ``homepage`` and ``profiles`` are optional; without ``profiles`` every profile is attempted.
   ``formats`` names the input formats the implementation reads (``json`` at least, for record
   and package cases). A reply without ``"ready": true``, or naming another protocol version, is
   a failed start, like a command that cannot be run or exits first: ``start()`` raises
   ``StartError`` (in English and Swedish; ``kll conformance run`` calls it before any case and
   exits with status 3), and in ``run_suite`` every case is then *errored*.

2. ``{"cmd": "run", "seq": n, "case": {...}}`` — once per case, ``seq`` counting up from 1 (it keeps
   counting across restarts). The case object::

       {"id": "offering-event-ends-before-it-starts",
        "profile": "education-offering-publisher",
        "class": "EducationEvent",                      # the model class the case targets
        "kind": "record" | "package" | "file",
        "format": "json",                              # the input format
        "data": ...,
        "stages": ["structural", "semantic"],          # only when the case restricts them
        "reference_date": "2026-06-30"}                # the day dates are judged against

   * ``record``: ``data`` is one record (a JSON object) of ``class``; it may lack ``type``.
   * ``package``: ``data`` is a whole document (a JSON object): a data package, whose lists place
     their records in classes, or one record naming its class with ``type``. (Cases written as a
     JSON Patch of an example are sent as the patched document, as ``package``.)
   * ``file``: ``data`` is the absolute path of a file (string) and ``format`` its format, one of
     ``json``, ``yaml``, ``jsonl``, ``turtle``, ``jsonld``, or ``null`` when the file's extension
     names none (such cases are about refusing the input).
   * ``stages``, when present, names the layers of the specification the case exercises
     (``structural`` = the JSON Schema, ``semantic`` = the SHACL shapes, ``rules`` = the rules
     beyond both); an implementation that can restrict its checks should, others may ignore it.
   * ``reference_date`` (YYYY-MM-DD) is the day against which the case's dates that may have
     passed (e.g. a data flow's review date) are judged, in place of today: the case's own, or the
     suite's (``SUITE_REFERENCE_DATE``). An implementation judges against it, so that a case's
     verdict does not change from one day to the next.

   Cases whose ``format`` is not among the implementation's ``formats``, or whose ``profile`` is not
   among its ``profiles`` (when it lists them), are *skipped* by the harness and never sent.

   The reply is exactly one line, one of::

       {"seq": n, "verdict": "conformant" | "not-conformant",
        "findings": [{"rule": "Execution.end_date.after-start", "severity": "violation"}, ...]}
       {"seq": n, "skipped": "why the implementation does not attempt this case"}
       {"seq": n, "errored": "what went wrong inside the implementation"}

   ``verdict`` is "conformant" when the input has no violation (warnings and infos do not count).
   ``findings`` (required with a verdict, ``[]`` when there are none) lists one entry per finding — the same rule may appear more than once — with the
   rule ID of the specification and ``severity`` ``violation``, ``warning`` or ``info``; other keys
   in a finding (a message, a location) are allowed and ignored. An implementation without rule
   IDs sends its verdict with ``"findings": []``: it can then pass only cases that expect no
   findings at the level graded.

3. ``{"cmd": "stop"}`` — sent last; no reply. The implementation exits. The harness closes its
   standard input, waits a moment and then terminates it (and its process group).

What the harness makes of misbehaviour — never a crash of the harness, always an *errored*
outcome for the case at hand: no reply within the case timeout (default 30 s; the process is
killed and restarted for the next case), the process exiting, a line that is not a JSON object,
a reply with another ``seq``, a reply of none of the three shapes, a reply longer than
``max_reply_bytes`` (default 16 MiB). After a malformed reply the process is restarted too, since
the conversation cannot be trusted to be in step. After ``max_restarts`` restarts, a failed start,
or more than ``max_total_bytes`` (default 256 MiB) of output in all, the remaining cases are errored
without being sent. Standard error is never kept beyond its last few kilobytes.

With ``trace=kll.conformance.trace.Trace(folder)`` every exchange — the start request and reply,
each case's request and raw reply, the end of standard error when one failed — is written to a
file of its own (``kll.conformance.trace``).

The implementation is not trusted: every text it sends (its name, a reason, an excerpt of a
malformed reply, the end of its standard error) reaches the reports with control characters
escaped and its length bounded, and a homepage that is not an absolute http(s) IRI is ignored.
The process is always terminated: on ``stop()``, on leaving the ``with`` block, and when the object
is garbage-collected or the interpreter exits.

HTTP protocol (``HttpImplementation``)
======================================

The same messages over HTTP, for an implementation that is a service. ``GET {url}/info`` returns
the start reply (``{"ready": true, "implementation": ..., "capabilities": ...}``).
``POST {url}/validate`` with the case object (above) as a JSON body, ``Content-Type:
application/json``, returns the run reply without ``seq`` (status 200). A service need not share the
harness's file system, so a file case also carries ``"content_base64"``: the file's bytes (unless
there is no such file: a case may be about a missing file). Any
status other than 200, a body that is not such a reply, a body longer than ``max_reply_bytes``, a
connection error or no complete answer within the timeout (default 30 s) makes the case
*errored*. The timeout is a deadline for the whole request — connecting, redirects, headers and
body — not for each read, so an answer trickled a byte at a time cannot hold the harness. Redirects
are followed only within the origin (scheme, host and port) of ``url``; bodies of error responses
are never read into a reason. Proxies are bypassed for loopback addresses.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import queue
import re
import shlex
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from .cases import Case
from .reports import homepage_iri, plain_text
from .runner import Outcome
from .trace import Trace

__all__ = [
    "PROTOCOL_VERSION", "DEFAULT_TIMEOUT", "ProtocolError", "StartError", "ImplementationInfo", "case_message",
    "outcome_from_reply", "CommandImplementation", "HttpImplementation", "open_implementation",
]

PROTOCOL_VERSION = 1
DEFAULT_TIMEOUT = 30.0
DEFAULT_START_TIMEOUT = 60.0
DEFAULT_MAX_REPLY = 16 * 1024 * 1024  # a longer reply (one line, one body) is malformed
DEFAULT_MAX_TOTAL = 256 * 1024 * 1024  # past this much output in all, no more cases are sent
MAX_LINE = DEFAULT_MAX_REPLY  # the name of earlier versions
_MAX_NAME = 200  # an implementation's name or version is cut here
_STDERR_TAIL = 4096  # bytes of standard error kept for error messages
_MAX_REDIRECTS = 5
_SEVERITIES = frozenset({"violation", "warning", "info"})
_ALL_STAGES = ("structural", "semantic", "rules")


class ProtocolError(Exception):
    """The implementation broke the protocol; the message says how."""


class StartError(ProtocolError):
    """The implementation could not be started, or its start reply (``/info``) was not one.

    ``en`` and ``sv`` say why in English and Swedish (the details the implementation or the
    operating system gave stay as they are, escaped and bounded); ``str()`` is the English.
    """

    def __init__(self, en: str, sv: str) -> None:
        super().__init__(en)
        self.en, self.sv = en, sv


@dataclass(frozen=True)
class ImplementationInfo:
    """What an implementation said about itself in its start reply."""

    name: str
    version: str
    homepage: str | None
    formats: frozenset[str]
    profiles: frozenset[str] | None  # None: it attempts every profile

    @classmethod
    def from_reply(cls, reply: Any) -> "ImplementationInfo":
        if not isinstance(reply, dict):
            raise ProtocolError("the start reply is not a JSON object")
        if reply.get("ready") is not True:
            raise ProtocolError(f"the start reply does not say \"ready\": true ({_excerpt(reply)})")
        if "version" in reply and reply["version"] != PROTOCOL_VERSION:
            raise ProtocolError(f"the implementation speaks protocol version {_excerpt(reply['version'], 40)}, the harness {PROTOCOL_VERSION}")
        about = reply.get("implementation")
        if not isinstance(about, dict) or not _text(about.get("name")) or not _text(about.get("version")):
            raise ProtocolError("the start reply lacks implementation.name and implementation.version (strings)")
        homepage = about.get("homepage")
        if homepage is not None and not _text(homepage):
            raise ProtocolError("implementation.homepage is not a string")
        # An IRI the reports cannot use would cost the run its EARL report: it is dropped instead.
        homepage = homepage_iri(homepage)
        capabilities = reply.get("capabilities")
        if not isinstance(capabilities, dict):
            raise ProtocolError("the start reply lacks capabilities")
        formats = capabilities.get("formats")
        if not isinstance(formats, list) or not all(_text(f) for f in formats):
            raise ProtocolError("capabilities.formats is not a list of format names")
        profiles = capabilities.get("profiles")
        if profiles is not None and (not isinstance(profiles, list) or not all(_text(p) for p in profiles)):
            raise ProtocolError("capabilities.profiles is not a list of profile ids")
        return cls(
            plain_text(about["name"], _MAX_NAME), plain_text(about["version"], _MAX_NAME), homepage,
            frozenset(formats), frozenset(profiles) if profiles is not None else None,
        )

    def skip_reason(self, message: dict) -> str | None:
        """Why a case (as its protocol message) is not sent, or None when it is."""
        fmt = message["format"]
        if fmt is not None and fmt not in self.formats:
            return f"the implementation does not read {fmt} (capabilities: {plain_text(', '.join(sorted(self.formats)), 500) or 'none'})"
        if self.profiles is not None and message["profile"] not in self.profiles:
            return f"the implementation does not implement profile {message['profile']}"
        return None


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _excerpt(value: Any, limit: int = 200) -> str:
    """The implementation's text, or a JSON value, as a bounded, printable excerpt for a reason."""
    text = value[: limit + 1] if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)[: limit + 1]
    return plain_text(text, limit)


def case_message(case: Case, *, inline_files: bool = False) -> dict:
    """The case object of the protocol; ``inline_files`` adds a file case's bytes (for HTTP)."""
    if case.kind == "file":
        path = Path(case.data)
        try:
            fmt: str | None = case.input_format
        except Exception:  # an extension that names no format: the case is about that
            fmt = None
        message = {"id": case.id, "profile": case.profile, "class": case.class_name, "kind": "file", "format": fmt, "data": str(path)}
        if inline_files and path.is_file():
            message["content_base64"] = base64.b64encode(path.read_bytes()).decode("ascii")
    else:
        document = case.document() if hasattr(case, "document") else case.data
        kind = "record" if case.kind == "record" else "package"
        message = {"id": case.id, "profile": case.profile, "class": case.class_name, "kind": kind, "format": "json", "data": document}
    stages = tuple(getattr(case, "stages", _ALL_STAGES))
    if set(stages) != set(_ALL_STAGES):
        message["stages"] = list(stages)
    reference_date = getattr(case, "reference_date", None)
    if reference_date:
        message["reference_date"] = reference_date
    return message


def outcome_from_reply(reply: Any, seq: int | None = None) -> Outcome:
    """The outcome a run reply states; raises ``ProtocolError`` for anything else."""
    if not isinstance(reply, dict):
        raise ProtocolError(f"the reply is not a JSON object: {_excerpt(reply)}")
    if seq is not None and reply.get("seq") != seq:
        raise ProtocolError(f"the reply has seq {_excerpt(reply.get('seq'), 40)}, expected {seq}")
    shapes = [key for key in ("verdict", "skipped", "errored") if key in reply]
    if len(shapes) != 1:
        raise ProtocolError(f"the reply has none or more than one of verdict, skipped, errored: {_excerpt(reply)}")
    if "skipped" in reply:
        return Outcome("skipped", message=_excerpt(str(reply["skipped"]), 500) or "skipped by the implementation")
    if "errored" in reply:
        return Outcome("errored", message=f"the implementation reported an error: {_excerpt(str(reply['errored']), 500)}")
    verdict = reply["verdict"]
    if verdict not in {"conformant", "not-conformant"}:
        raise ProtocolError(f"unknown verdict {_excerpt(verdict, 40)}")
    findings = reply.get("findings")
    if not isinstance(findings, list):
        raise ProtocolError("a verdict without a findings list (send \"findings\": [] when there are none)")
    pairs = []
    for finding in findings:
        if not isinstance(finding, dict) or not _text(finding.get("rule")) or finding.get("severity") not in _SEVERITIES:
            raise ProtocolError(f"a finding without a rule and a severity (violation, warning, info): {_excerpt(finding)}")
        # A rule ID reaches the grader's reasons and from there the terminal and the reports.
        pairs.append((plain_text(finding["rule"], _MAX_NAME), finding["severity"]))
    return Outcome(verdict, tuple(sorted(pairs)))


def _traced(outcome: Outcome) -> dict:
    """An outcome as a trace file states it."""
    return {"verdict": outcome.verdict, "findings": [{"rule": r, "severity": s} for r, s in outcome.findings], "message": outcome.message}


def _start_error(error: BaseException, english: str) -> StartError:
    """A failed start in both languages; the harness's own detail (escaped) follows in English."""
    if isinstance(error, TimeoutError):
        return StartError(english, f"implementationen startade inte: inget svar på start i tid ({error})")
    if isinstance(error, _Exited):
        return StartError(english, f"implementationen startade inte: den avslutades före sitt svar på start ({error})")
    return StartError(english, f"implementationen startade inte: svaret på start är inte giltigt ({error})")


# --- the command protocol ----------------------------------------------------------------------


class _Exited(Exception):
    pass


class _TooLong(ProtocolError):
    """A reply over the per-case cap, or output over the total cap (``total``)."""

    def __init__(self, message: str, *, total: bool = False) -> None:
        super().__init__(message)
        self.total = total


def _kill(process: subprocess.Popen) -> None:
    """Terminate a process and its process group; never raises."""
    if process.poll() is not None:
        return
    try:
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    except (ProcessLookupError, PermissionError, OSError):
        try:
            process.kill()
        except OSError:
            pass
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


# Markers the reader thread queues instead of a line.
_EOF, _OVERSIZED, _OVER_TOTAL = object(), object(), object()


class _Process:
    """One running instance of the command, with threads that read its output.

    Memory stays bounded whatever the command writes: a line is kept only up to ``max_line``
    bytes, at most two lines wait in the queue (the reader then waits, and the command blocks on a
    full pipe), output past ``budget`` bytes ends the reading, and of standard error only the last
    few kilobytes are kept.
    """

    def __init__(self, argv: Sequence[str], cwd, env, *, max_line: int, budget: int) -> None:
        self.process = subprocess.Popen(
            list(argv), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, env=env,
            bufsize=0, start_new_session=(os.name == "posix"),
        )
        self.finalizer = weakref.finalize(self, _kill, self.process)
        self.max_line, self.budget = max_line, budget
        self.received = 0  # bytes read from standard output
        self.lines: queue.Queue = queue.Queue(maxsize=2)
        self._closed = threading.Event()
        self._stderr = b""
        self.last_raw: bytes | None = None  # the bytes of the last reply read, for a trace
        threading.Thread(target=self._read_stdout, daemon=True).start()
        self._stderr_reader = threading.Thread(target=self._read_stderr, daemon=True)
        self._stderr_reader.start()

    def _put(self, item: Any) -> bool:
        """Queue ``item`` unless the process is being discarded; False when it is."""
        while not self._closed.is_set():
            try:
                self.lines.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def _read_stdout(self) -> None:
        stream = self.process.stdout
        pending = bytearray()
        try:
            while not self._closed.is_set():
                chunk = stream.read(65536)
                if not chunk:
                    break
                self.received += len(chunk)
                if self.received > self.budget:
                    self._put(_OVER_TOTAL)
                    return
                pending += chunk
                while (end := pending.find(b"\n")) >= 0:
                    line = bytes(pending[: end + 1])
                    del pending[: end + 1]
                    if len(line) > self.max_line:
                        self._put(_OVERSIZED)
                        return
                    if not self._put(line):
                        return
                if len(pending) > self.max_line:
                    self._put(_OVERSIZED)
                    return
        except (OSError, ValueError):
            pass
        if pending and len(pending) <= self.max_line:
            self._put(bytes(pending))
        self._put(_EOF)

    def _read_stderr(self) -> None:
        stream = self.process.stderr
        try:
            while True:
                chunk = stream.read(65536)
                if not chunk:
                    break
                self._stderr = (self._stderr + chunk)[-_STDERR_TAIL:]
        except (OSError, ValueError):
            pass

    def stderr_tail(self) -> str:
        text = self._stderr.decode("utf-8", "replace")
        tail = [line.strip() for line in text.splitlines() if line.strip()][-3:]
        return f"; standard error ends: {plain_text(' | '.join(tail)[-500:], 500)}" if tail else ""

    def end(self, wait: float = 1.0) -> str:
        """Terminate the process and return the end of its standard error, once read to the end
        (what it wrote just before failing may still be in the pipe), waiting at most ``wait`` s."""
        _kill(self.process)
        self._stderr_reader.join(wait)
        return self.stderr_tail()

    def alive(self) -> bool:
        return self.process.poll() is None

    def send(self, message: dict, timeout: float) -> None:
        data = (json.dumps(message, ensure_ascii=False) + "\n").encode("utf-8")
        failure: list[BaseException] = []

        def write() -> None:
            try:
                self.process.stdin.write(data)
                self.process.stdin.flush()
            except (OSError, ValueError) as error:
                failure.append(error)

        writer = threading.Thread(target=write, daemon=True)
        writer.start()
        writer.join(timeout)
        if writer.is_alive():
            raise TimeoutError(f"the implementation did not read its input within {timeout:g} s")
        if failure:
            raise _Exited(self._exit_description())

    def receive(self, timeout: float) -> Any:
        deadline = time.monotonic() + timeout
        consumed = 0  # blank lines count too: they are bytes the harness had to read for this case
        self.last_raw = None
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no reply within {timeout:g} s")
            try:
                line = self.lines.get(timeout=remaining)
            except queue.Empty:
                raise TimeoutError(f"no reply within {timeout:g} s") from None
            if line is _EOF:
                raise _Exited(self._exit_description())
            if line is _OVERSIZED:
                raise _TooLong(f"a reply longer than {self.max_line} bytes")
            if line is _OVER_TOTAL:
                raise _TooLong("", total=True)
            consumed += len(line)
            if consumed > self.max_line:
                raise _TooLong(f"a reply longer than {self.max_line} bytes")
            if not line.strip():
                continue
            self.last_raw = line
            try:
                return json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):  # ValueError: also a number past Python's digit limit
                raise ProtocolError(f"a reply line that is not JSON: {_excerpt(line[:400].decode('utf-8', 'replace').strip())}") from None
            except RecursionError:
                raise ProtocolError("a reply nested too deeply to read") from None

    def _exit_description(self) -> str:
        try:
            code = self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            code = None
        what = "the implementation closed its output" if code is None else f"the implementation exited with code {code}"
        return what + self.stderr_tail()

    def stop(self, grace: float) -> None:
        if self.alive():
            try:
                self.send({"cmd": "stop"}, timeout=min(grace, 2.0))
            except Exception:
                pass
            try:
                self.process.stdin.close()
            except OSError:
                pass
            try:
                self.process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                pass
        self.kill()

    def kill(self) -> None:
        self._closed.set()
        _kill(self.process)
        self.finalizer.detach()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            try:
                stream.close()
            except (OSError, ValueError):
                pass


class CommandImplementation:
    """An implementation run as a command that speaks the JSON Lines protocol (module docstring).

    ``name``, ``version`` and ``homepage`` are what the implementation says in its start reply (the
    command line until it has started). Use it as a context manager, or call ``stop()``.

    ``max_reply_bytes`` caps one reply line (a longer one errors the case and restarts the
    process); ``max_total_bytes`` caps everything the implementation writes on standard output over
    the run, restarts included (past it, the remaining cases are errored without being sent).
    ``trace`` records every exchange (``kll.conformance.trace``). A start that fails raises
    ``StartError`` from ``start()``; ``run()`` turns it into an errored outcome.
    """

    def __init__(
        self,
        argv: Sequence[str],
        *,
        timeout: float = DEFAULT_TIMEOUT,
        start_timeout: float = DEFAULT_START_TIMEOUT,
        cwd: str | Path | None = None,
        env: dict[str, str] | None = None,
        max_restarts: int = 5,
        stop_grace: float = 5.0,
        max_reply_bytes: int = DEFAULT_MAX_REPLY,
        max_total_bytes: int = DEFAULT_MAX_TOTAL,
        trace: Trace | None = None,
    ) -> None:
        if isinstance(argv, str):
            raise TypeError("argv is a list of arguments; split a command line with shlex.split")
        if not argv:
            raise ValueError("argv is empty")
        if max_reply_bytes < 1 or max_total_bytes < 1:
            raise ValueError("max_reply_bytes and max_total_bytes are positive")
        self.argv = list(argv)
        self.timeout, self.start_timeout = timeout, start_timeout
        self.cwd, self.env = cwd, env
        self.max_restarts, self.stop_grace = max_restarts, stop_grace
        self.max_reply_bytes, self.max_total_bytes = max_reply_bytes, max_total_bytes
        self.info: ImplementationInfo | None = None
        self.starts = 0
        self._process: _Process | None = None
        self._broken: str | None = None  # why no more cases are sent
        self._seq = 0
        self._received = 0  # bytes of standard output of the processes that have ended
        self.trace = trace

    # --- what the runner and the reports read ----------------------------------------------------

    @property
    def name(self) -> str:
        return self.info.name if self.info else plain_text(shlex.join(self.argv), 500)

    @property
    def version(self) -> str:
        return self.info.version if self.info else "unknown"

    @property
    def homepage(self) -> str | None:
        return self.info.homepage if self.info else None

    # --- life cycle --------------------------------------------------------------------------------

    def start(self) -> ImplementationInfo:
        """Start the command (if it is not running) and read its start reply; raises ``ProtocolError``."""
        if self._broken:
            raise ProtocolError(self._broken)
        if self._process is not None and self._process.alive():
            assert self.info is not None
            return self.info
        if self._process is not None:
            self._discard(self._process)
        if self.starts > self.max_restarts:
            self._broken = f"gave up after {self.max_restarts} restarts of the implementation"
            raise ProtocolError(self._broken)
        self.starts += 1
        request = {"cmd": "start", "version": PROTOCOL_VERSION}
        try:
            process = _Process(self.argv, self.cwd, self.env, max_line=self.max_reply_bytes, budget=self.max_total_bytes - self._received)
        except OSError as error:
            # The operating system's reason (no such file, permission denied), not its text with the path.
            why = plain_text(error.strerror or type(error).__name__, 200)
            self._broken = f"the command could not be started: {plain_text(str(error), 500)}"
            self._trace_start(request, None, self._broken)
            raise StartError(f"the command could not be started ({why})", f"kommandot kunde inte startas ({why})") from None
        try:
            process.send(request, self.start_timeout)
            info = ImplementationInfo.from_reply(process.receive(self.start_timeout))
        except (ProtocolError, TimeoutError, _Exited) as error:
            tail = process.end()
            self._discard(process)
            self._broken = self._over_total() if isinstance(error, _TooLong) and error.total else f"the implementation did not start: {error}"
            self._trace_start(request, process.last_raw, self._broken, tail)
            raise _start_error(error, self._broken) from None
        if self.info is not None and (info.name, info.version) != (self.info.name, self.info.version):
            self._discard(process)
            self._broken = f"the implementation restarted as {info.name} {info.version}, not {self.info.name} {self.info.version}"
            raise ProtocolError(self._broken)
        self.info, self._process = info, process
        self._trace_start(request, process.last_raw, "started")
        return info

    def _trace_start(self, request: dict, raw: bytes | None, outcome: str, tail: str = "") -> None:
        if self.trace is not None:
            self.trace.start(request, raw, outcome=outcome, stderr_tail=tail)

    def stop(self) -> None:
        """Send ``stop`` and make sure the process is gone."""
        if self._process is not None:
            self._process.stop(self.stop_grace)
            self._received += self._process.received
            self._process = None

    def _discard(self, process: _Process) -> None:
        """Kill a process whose conversation is over, keeping the count of what it wrote."""
        process.kill()
        self._received += process.received
        if process is self._process:
            self._process = None

    def _over_total(self) -> str:
        return f"the implementation wrote more than {self.max_total_bytes} bytes in all; the remaining cases are not sent"

    close = stop

    def __enter__(self) -> "CommandImplementation":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- cases -----------------------------------------------------------------------------------

    def run(self, case: Case, directory: Path) -> Outcome:
        request, raw, tail = None, None, ""
        outcome = self._run(case)
        if isinstance(outcome, tuple):
            outcome, request, raw, tail = outcome
        if self.trace is not None:
            self.trace.case(case.id, request, raw, outcome=_traced(outcome), stderr_tail=tail)
        return outcome

    def _run(self, case: Case) -> Outcome | tuple[Outcome, dict, bytes | None, str]:
        """The outcome, with (the request, the raw reply, the end of standard error when the
        exchange failed) once the case was sent."""
        try:
            message = case_message(case)
        except Exception as error:
            return Outcome("errored", message=f"the harness could not prepare the case: {type(error).__name__}")
        try:
            info = self.start()
        except ProtocolError as error:
            return Outcome("errored", message=str(error))
        reason = info.skip_reason(message)
        if reason:
            return Outcome("skipped", message=reason)
        assert self._process is not None
        process = self._process
        self._seq += 1
        request = {"cmd": "run", "seq": self._seq, "case": message}
        try:
            process.send(request, self.timeout)
            return outcome_from_reply(process.receive(self.timeout), self._seq), request, process.last_raw, ""
        except (TimeoutError, _Exited, ProtocolError) as error:
            # The conversation is out of step or over: the next case gets a fresh process.
            tail = process.end()
            self._discard(process)
            if isinstance(error, _TooLong) and error.total:
                self._broken = self._over_total()
                return Outcome("errored", message=self._broken), request, None, tail
            what = "malformed reply: " if isinstance(error, ProtocolError) else ""
            shown = tail if isinstance(error, TimeoutError) else ""
            return Outcome("errored", message=f"{what}{error}{shown}"), request, process.last_raw, tail


# --- the HTTP protocol ---------------------------------------------------------------------------

_LOOPBACK = {"localhost", "127.0.0.1", "::1", "[::1]"}


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or {"http": 80, "https": 443}.get(scheme)
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").lower(), port


class _Redirect(Exception):
    def __init__(self, code: int, location: str) -> None:
        super().__init__(code, location)
        self.code, self.location = code, location


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hands every redirect back to ``HttpImplementation._request``, which decides on the origin;
    urllib's own handler would read the redirect's whole body and follow it anywhere."""

    def http_error_302(self, req, fp, code, msg, headers):  # noqa: D102 (urllib's hook)
        location = headers.get("Location") or headers.get("URI")
        fp.close()
        if not location:
            raise _Redirect(code, "")
        raise _Redirect(code, location)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


class _Deadline:
    """Ends one request at its deadline, however slowly the answer trickles in.

    A socket timeout bounds each read, not the request: a server sending a byte a second never
    trips it. At the deadline this shuts the request's sockets down, so the read in progress
    returns and the request fails.
    """

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> "_Deadline":
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()
        with self._lock:
            self._sockets.clear()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    def watch(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def handlers(self) -> list[urllib.request.BaseHandler]:
        """urllib handlers whose connections report their sockets to this deadline."""
        deadline = self

        class Http(http.client.HTTPConnection):
            def connect(self) -> None:
                super().connect()
                deadline.watch(self.sock)

        class Https(http.client.HTTPSConnection):
            def connect(self) -> None:
                super().connect()
                deadline.watch(self.sock)

        class HttpHandler(urllib.request.HTTPHandler):
            def http_open(self, req):
                return self.do_open(Http, req)

        class HttpsHandler(urllib.request.HTTPSHandler):
            def https_open(self, req):
                return self.do_open(Https, req, context=self._context)

        return [HttpHandler(), HttpsHandler()]


class HttpImplementation:
    """An implementation behind HTTP: ``GET {url}/info``, ``POST {url}/validate`` (module docstring).

    ``timeout`` is the deadline of each request as a whole. ``max_reply_bytes`` caps one response
    body; ``max_total_bytes`` caps all of them over the run (past it, the remaining cases are
    errored without being sent). ``max_response`` is the former name of ``max_reply_bytes``.
    ``trace`` records every exchange (``kll.conformance.trace``). ``start()`` raises ``StartError``
    when ``/info`` fails; ``run()`` turns that into an errored outcome.
    """

    def __init__(
        self,
        url: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        max_reply_bytes: int = DEFAULT_MAX_REPLY,
        max_total_bytes: int = DEFAULT_MAX_TOTAL,
        max_response: int | None = None,
        trace: Trace | None = None,
    ) -> None:
        parsed = urllib.parse.urlsplit(url)
        if parsed.scheme not in {"http", "https"} or not parsed.netloc:
            raise ValueError(f"not an http(s) URL: {plain_text(url, 200)}")
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.max_reply_bytes = max_response if max_response is not None else max_reply_bytes
        self.max_total_bytes = max_total_bytes
        if self.max_reply_bytes < 1 or max_total_bytes < 1:
            raise ValueError("max_reply_bytes and max_total_bytes are positive")
        self.info: ImplementationInfo | None = None
        self._broken: str | None = None
        self._received = 0
        self._last_raw: bytes | None = None  # the last response body read, for a trace
        self.trace = trace
        host = (parsed.hostname or "").lower()
        self._proxies = [urllib.request.ProxyHandler({})] if host in _LOOPBACK or host.startswith("127.") else []

    @property
    def max_response(self) -> int:
        return self.max_reply_bytes

    @property
    def name(self) -> str:
        return self.info.name if self.info else plain_text(self.url, 500)

    @property
    def version(self) -> str:
        return self.info.version if self.info else "unknown"

    @property
    def homepage(self) -> str | None:
        return self.info.homepage if self.info else None

    def _request(self, path: str, body: dict | None = None) -> Any:
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        method = "GET" if body is None else "POST"
        url, origin = self.url + path, _origin(self.url)
        self._last_raw = None
        with _Deadline(self.timeout) as deadline:
            opener = urllib.request.build_opener(*self._proxies, *deadline.handlers(), _NoRedirects())
            try:
                for _ in range(_MAX_REDIRECTS + 1):
                    request = urllib.request.Request(
                        url, data=data, method=method,
                        headers={"Accept": "application/json", **({"Content-Type": "application/json"} if data is not None else {})},
                    )
                    try:
                        with opener.open(request, timeout=self.timeout) as response:
                            raw = response.read(self.max_reply_bytes + 1)
                            status = response.status
                        break
                    except _Redirect as redirect:
                        target = urllib.parse.urljoin(url, redirect.location)
                        if not redirect.location or _origin(target) != origin:
                            raise ProtocolError(f"HTTP {redirect.code} from {path}: a redirect to another origin, which is not followed") from None
                        if redirect.code in {301, 302, 303} and method == "POST":
                            method, data = "GET", None  # what a browser does; the reply will say what it makes of it
                        url = target
                else:
                    raise ProtocolError(f"more than {_MAX_REDIRECTS} redirects from {path}")
            except urllib.error.HTTPError as error:
                error.close()  # its body is the implementation's (or a proxy's): never quoted
                raise ProtocolError(f"HTTP {error.code} from {path}") from None
            except (OSError, http.client.HTTPException) as error:  # socket.timeout and URLError are OSErrors
                if deadline.expired:
                    raise ProtocolError(f"no complete answer from {path} within {self.timeout:g} s") from None
                reason = getattr(error, "reason", error)
                if isinstance(reason, TimeoutError) or "timed out" in str(reason):
                    raise ProtocolError(f"no answer from {path} within {self.timeout:g} s") from None
                raise ProtocolError(f"cannot reach {plain_text(self.url, 200)}{path}: {plain_text(str(reason), 200)}") from None
            if deadline.expired:  # the body may have been cut short without an error
                raise ProtocolError(f"no complete answer from {path} within {self.timeout:g} s")
        self._received += len(raw)
        self._last_raw = raw[: self.max_reply_bytes]
        if self._received > self.max_total_bytes:
            self._broken = f"the implementation sent more than {self.max_total_bytes} bytes in all; the remaining cases are not sent"
            raise ProtocolError(self._broken)
        if status != 200:
            raise ProtocolError(f"HTTP {status} from {path}")
        if len(raw) > self.max_reply_bytes:
            raise ProtocolError(f"a response from {path} longer than {self.max_reply_bytes} bytes")
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise ProtocolError(f"a response from {path} that is not JSON ({len(raw)} bytes)") from None

    def start(self) -> ImplementationInfo:
        """Read ``/info`` once; raises ``ProtocolError``."""
        if self._broken:
            raise ProtocolError(self._broken)
        if self.info is not None:
            return self.info
        try:
            self.info = ImplementationInfo.from_reply(self._request("/info"))
        except ProtocolError as error:
            self._broken = f"the implementation did not start: {error}"
            self._trace_start(self._broken)
            raise StartError(self._broken, f"implementationen startade inte: GET /info misslyckades ({error})") from None
        self._trace_start("started")
        return self.info

    def _trace_start(self, outcome: str) -> None:
        if self.trace is not None:
            self.trace.start({"method": "GET", "url": plain_text(self.url, 500) + "/info"}, self._last_raw, outcome=outcome)

    def stop(self) -> None:
        """Nothing to stop: the service is not the harness's."""

    close = stop

    def __enter__(self) -> "HttpImplementation":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def run(self, case: Case, directory: Path) -> Outcome:
        request: dict | None = None
        self._last_raw = None
        outcome = self._run(case)
        if isinstance(outcome, tuple):
            outcome, request = outcome
        if self.trace is not None:
            self.trace.case(case.id, request, self._last_raw if request else None, outcome=_traced(outcome))
        return outcome

    def _run(self, case: Case) -> Outcome | tuple[Outcome, dict]:
        """The outcome, with the request once the case was sent."""
        try:
            info = self.start()
        except ProtocolError as error:
            return Outcome("errored", message=str(error))
        try:
            message = case_message(case, inline_files=True)
        except Exception as error:
            return Outcome("errored", message=f"the harness could not prepare the case: {type(error).__name__}")
        reason = info.skip_reason(message)
        if reason:
            return Outcome("skipped", message=reason)
        request = {"method": "POST", "url": plain_text(self.url, 500) + "/validate", "body": message}
        try:
            return outcome_from_reply(self._request("/validate", message)), request
        except ProtocolError as error:
            return Outcome("errored", message=str(error)), request


def open_implementation(spec: str | Sequence[str], **options) -> CommandImplementation | HttpImplementation:
    """An ``http(s)://`` URL gives an ``HttpImplementation``; anything else is a command line."""
    if isinstance(spec, str) and spec.startswith(("http://", "https://")):
        return HttpImplementation(spec, **options)
    return CommandImplementation(shlex.split(spec) if isinstance(spec, str) else list(spec), **options)
