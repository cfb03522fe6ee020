"""One process per validation, killed at the deadline: the service's answer to slow and hostile input.

Processes come from a fork server (``multiprocessing``'s ``forkserver``) that has imported the
validator, its adapters and renderers once (``PRELOAD``), so each request forks a warm process in
milliseconds instead of importing rdflib, pyshacl and LinkML's artifacts again. The fork server is
started once per worker of the service, by the first request; it holds no request's data.

``run`` blocks, so the app calls it in a worker thread (``anyio.to_thread``): the event loop keeps
answering other requests — the page, the health check — while a large upload is validated.
"""

from __future__ import annotations

import multiprocessing
import threading
from typing import Any

from . import work

__all__ = ["run", "start", "Timeout", "Failed", "PRELOAD"]

#: Modules the fork server imports once, so every validation's process starts with them loaded.
#: ``__main__`` first: the fork server imports the main script once (it must guard its work with
#: ``if __name__ == "__main__"``, as console scripts do) instead of every child importing it again.
PRELOAD = [
    "__main__", "kll.service.work", "kll.validate", "kll.adapters", "kll.adapters.native", "kll.adapters.emil3", "kll.adapters.elm",
    "kll.adapters.sssom", "kll.adapters.dcat", "kll.validation.semantic", "kll.conformance.profiles", "kll.service.warm",
]

_lock = threading.Lock()
_context: Any = None


class Timeout(Exception):
    """The work took longer than it may; its process is gone."""


class Failed(Exception):
    """The work's process failed: ``rule`` and ``where`` (a place in kll's code, never the data)."""

    def __init__(self, rule: str, where: str | None) -> None:
        super().__init__(rule)
        self.rule, self.where = rule, where


def _get_context() -> Any:
    global _context
    with _lock:
        if _context is None:
            method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
            context = multiprocessing.get_context(method)
            if method == "forkserver":
                context.set_forkserver_preload(PRELOAD)
            _context = context
        return _context


def start() -> None:
    """Start the fork server now (it warms the validator, a few seconds), not at the first request."""
    context = _get_context()
    if context.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def run(task: work.Task, *, timeout: float, memory_mb: int = 0) -> Any:
    """Do ``task`` in a new process and return its result; raise ``Timeout`` past ``timeout``
    seconds (the process is killed) and ``Failed`` when the process fails or dies."""
    context = _get_context()
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=work.child, args=(sending, task, memory_mb), name="kll-service-work")
    process.start()
    sending.close()  # the child holds its end: the parent sees EOF when the child is gone
    try:
        if not receiving.poll(timeout):
            raise Timeout()
        try:
            status, value = receiving.recv()
        except (EOFError, OSError):  # killed (out of memory, a signal) before it answered
            raise Failed("internal.error", "the validation's process ended without an answer") from None
        if status != "ok":
            rule, where = value
            raise Failed(rule, where)
        return value
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiving.close()
