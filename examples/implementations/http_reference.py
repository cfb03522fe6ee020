#!/usr/bin/env python3
"""The reference validator as a tiny HTTP service, for the harness's HTTP protocol.

    python examples/implementations/http_reference.py --port 0     # 0: any free port

    GET  /info       the start reply: {"ready": true, "implementation": ..., "capabilities": ...}
    POST /validate   a case object (JSON) → {"verdict": ..., "findings": [...]}

It prints ``listening on http://127.0.0.1:PORT`` on standard output once it accepts connections,
and serves until interrupted. Standard library only (``http.server``); it binds to 127.0.0.1 by
default and is meant for tests and demonstrations, not for exposure to a network.
"""

from __future__ import annotations

import argparse
import json
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kll_reference import run_case, start_reply  # noqa: E402  (the command adapter beside this file)

MAX_BODY = 64 * 1024 * 1024


class Handler(BaseHTTPRequestHandler):
    server_version = "kll-http-reference/1"

    def _send(self, status: int, body: dict) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path.rstrip("/") == "/info":
            self._send(200, start_reply())
        else:
            self._send(404, {"error": "not found"})

    def do_POST(self) -> None:  # noqa: N802
        if self.path.rstrip("/") != "/validate":
            self._send(404, {"error": "not found"})
            return
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._send(411, {"error": "Content-Length required"})
            return
        if length > MAX_BODY:
            self._send(413, {"error": "request too large"})
            return
        try:
            case = json.loads(self.rfile.read(length).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            self._send(400, {"error": "the body is not JSON"})
            return
        try:
            self._send(200, run_case(case))
        except Exception as error:  # a broken case is an errored reply, not a dead server
            self._send(200, {"errored": f"{type(error).__name__}: {error}"})

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
