#!/usr/bin/env python3
"""The reference validator as a tiny HTTP service, for the harness's HTTP protocol.

    python examples/implementations/http_reference.py --port 0     # 0: any free port

    GET  /info       the start reply: {"ready": true, "implementation": ..., "capabilities": ...}
    POST /validate   a case object (JSON) → {"verdict": ..., "findings": [...]}

It prints ``listening on http://127.0.0.1:PORT`` on standard output once it accepts connections,
and serves until interrupted. Standard library only (``http.server``); it binds to 127.0.0.1 by
default and is meant for tests and demonstrations, not for exposure to a network.

It does not trust its client:

* Only ``Content-Type: application/json`` is accepted (415 otherwise): a web page open in a
  browser on the same machine can send ``text/plain`` or a form without asking, but not JSON.
  When bound to a loopback address it answers only requests whose ``Host`` names a loopback
  address (421 otherwise), so a page that rebinds its own name to 127.0.0.1 is refused too.
* A case is checked against a strict shape (400 otherwise): ``id`` matches
  ``[A-Za-z0-9][A-Za-z0-9_-]{0,199}``, ``kind``, ``format``, ``class`` and ``stages`` are among
  the known ones.
* It reads and writes nothing outside a scratch folder of its own, made for each case and
  removed after it; no file name comes from the request. A ``file`` case is checked from the
  bytes in ``content_base64``; the path in ``data`` is never opened (only its extension is used,
  to name the format), and without ``content_base64`` the case is about a missing file.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import ipaddress
import json
import re
import sys
import tempfile
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kll_reference import start_reply, validate_input  # noqa: E402  (the command adapter beside this file)

MAX_BODY = 64 * 1024 * 1024
#: Seconds a client may take to send its request: a slow one cannot hold the (single-threaded) server.
REQUEST_TIMEOUT = 30

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,199}")
_CLASS = re.compile(r"[A-Za-z][A-Za-z0-9]{0,99}")
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,16}")
_KINDS = {"record", "package", "file"}
_FORMATS = {"json", "yaml", "jsonl", "turtle", "jsonld", None}
_STAGES = {"structural", "semantic", "rules"}


class BadCase(ValueError):
    """The request is not a case this service accepts; the message names the field, never its value."""


def checked_case(case: object) -> dict:
    """``case`` when it has the protocol's shape; raises ``BadCase`` naming the first field that has not."""
    if not isinstance(case, dict):
        raise BadCase("the body is not a JSON object")
    if not isinstance(case.get("id"), str) or not _ID.fullmatch(case["id"]):
        raise BadCase("id is not a case id (letters, digits, '-' and '_', at most 200)")
    if case.get("kind") not in _KINDS:
        raise BadCase("kind is not record, package or file")
    if case.get("format", "json") not in _FORMATS:
        raise BadCase("format is not a known input format")
    if case["kind"] == "record" and (not isinstance(case.get("class"), str) or not _CLASS.fullmatch(case["class"])):
        raise BadCase("class is not a class name")
    stages = case.get("stages", sorted(_STAGES))
    if not isinstance(stages, list) or not stages or not all(isinstance(s, str) and s in _STAGES for s in stages):
        raise BadCase("stages is not a list of structural, semantic, rules")
    if case["kind"] == "file":
        if not isinstance(case.get("data"), str):
            raise BadCase("data of a file case is not a file name")
        if "content_base64" in case and not isinstance(case["content_base64"], str):
            raise BadCase("content_base64 is not a string")
    elif not isinstance(case.get("data"), dict):
        raise BadCase("data of a record or package case is not a JSON object")
    return case


def suffix_of(name: str) -> str:
    """The extension of the last part of a client's file name, when it is a plain one; else ''."""
    last = re.split(r"[\\/]", name)[-1]
    suffix = Path(last).suffix if last not in {"", ".", ".."} else ""
    return suffix if _SUFFIX.fullmatch(suffix) else ""


def run_case(case: dict) -> dict:
    """The run reply (without ``seq``) for a checked case; every file is in a fresh scratch folder."""
    with tempfile.TemporaryDirectory(prefix="kll-http-reference-") as scratch:
        if case["kind"] == "file":
            # The name is ours; only the extension is the client's, so the format is detected as
            # it would be for the client's file.
            path = Path(scratch) / f"input{suffix_of(case['data'])}"
            if "content_base64" in case:
                try:
                    path.write_bytes(base64.b64decode(case["content_base64"], validate=True))
                except (binascii.Error, ValueError):
                    raise BadCase("content_base64 is not base64") from None
            # Without the bytes the path stays missing: such a case is about a missing file.
        else:
            path = Path(scratch) / "input.json"
            path.write_text(json.dumps(case["data"], ensure_ascii=False), encoding="utf-8")
        return validate_input(path, case)


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host == "localhost"


class Handler(BaseHTTPRequestHandler):
    server_version = "kll-http-reference/1"
    timeout = REQUEST_TIMEOUT

    def _send(self, status: int, body: dict) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(data)

    def _host_allowed(self) -> bool:
        """Whether the request names this server by a loopback address (when bound to one)."""
        bound, port = self.server.server_address[:2]
        if not _loopback(bound):
            return True
        host = self.headers.get("Host", "")
        name, _, given_port = host.rpartition(":") if not host.endswith("]") else (host, "", "")
        return _loopback(name) and given_port == str(port)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if not self._host_allowed():
            self._send(421, {"error": "this service answers only requests to its loopback address"})
        elif self.path.rstrip("/") == "/info":
            self._send(200, start_reply())
        else:
            self._send(404, {"error": "not found"})

    def do_POST(self) -> None:  # noqa: N802
        if not self._host_allowed():
            self._send(421, {"error": "this service answers only requests to its loopback address"})
            return
        if self.path.rstrip("/") != "/validate":
            self._send(404, {"error": "not found"})
            return
        if self.headers.get_content_type() != "application/json" or "Content-Type" not in self.headers:
            self._send(415, {"error": "send the case as application/json"})
            return
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._send(411, {"error": "Content-Length required"})
            return
        if length < 0 or length > MAX_BODY:
            self._send(413, {"error": "request too large"})
            return
        try:
            case = checked_case(json.loads(self.rfile.read(length).decode("utf-8")))
        except (UnicodeDecodeError, ValueError, RecursionError) as error:  # ValueError: JSON, and BadCase
            self._send(400, {"error": str(error) if isinstance(error, BadCase) else "the body is not JSON"})
            return
        try:
            reply = run_case(case)
        except BadCase as error:
            self._send(400, {"error": str(error)})
            return
        except Exception as error:  # a broken case is an errored reply, not a dead server; its text may quote the data
            reply = {"errored": f"the validator failed on the case ({type(error).__name__})"}
        self._send(200, reply)

    def log_message(self, format: str, *args) -> None:  # quiet: requests go to standard error only on --verbose
        if self.server.verbose:
            super().log_message(format, *args)


def main() -> int:
    parser = argparse.ArgumentParser(description="The KLL reference validator over HTTP.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--verbose", action="store_true")
    options = parser.parse_args()
    server = HTTPServer((options.host, options.port), Handler)
    server.verbose = options.verbose
    host, port = server.server_address[:2]
    print(f"listening on http://{host}:{port}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
