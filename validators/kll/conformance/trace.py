"""``--trace DIR``: every exchange between the harness and an implementation, as files.

One JSON file per exchange, numbered in the order they happen: ``0001-start.json`` for the start
request and its reply (again after each restart), and ``NNNN-<case id>.json`` for each case the
harness was asked to run (the unchanged example of a patch case, run to compare against, is
``<case id>-base``). Each file
holds ``request`` (the message sent, or null when the harness did not send the case — it then says
why in ``outcome``), ``reply`` (the raw reply as received, UTF-8 text, bounded as the harness bounds
replies: ``max_reply_bytes``; null when none was read), ``outcome`` (what the harness made of it) and,
when the exchange failed, ``stderr_tail`` (the end of the implementation's standard error).

The files may hold the cases' data and whatever the implementation sent, so they are created
readable by their owner only, and never through a symbolic link (``kll.artifacts.output``). A
write that fails ends the trace (the run goes on); ``error`` keeps the first failure for the caller.
"""

from __future__ import annotations

import errno
import json
import re
from pathlib import Path
from typing import Any

from ..artifacts.output import OutputError, write_output
from ..render._common import json_safe

__all__ = ["Trace", "trace_file_name"]

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def trace_file_name(number: int, label: str) -> str:
    """``NNNN-label.json`` with every character but letters, digits, ``_`` and ``-`` replaced."""
    safe = _UNSAFE.sub("_", label).strip("_")[:120] or "case"
    return f"{number:04d}-{safe}.json"


def _text(raw: bytes | str | None) -> str | None:
    if raw is None:
        return None
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw


class Trace:
    """Writes the exchanges into ``folder``, an existing, empty folder that is not a symbolic link."""

    def __init__(self, folder: Path) -> None:
        if folder.is_symlink() or not folder.is_dir():
            link = folder.is_symlink()
            raise OutputError(errno.ELOOP if link else errno.ENOTDIR, "is a symbolic link, which is never followed" if link else "is not a folder", str(folder))
        if any(folder.iterdir()):  # files of an earlier run would read as this run's
            raise OutputError(errno.ENOTEMPTY, "is not empty", str(folder))
        self.folder = folder
        self.written = 0
        self.error: OSError | None = None
        self._number = 0

    def start(self, request: Any, reply: bytes | str | None, *, outcome: str, stderr_tail: str | None = None) -> None:
        """The start exchange (the command's ``start`` message, or HTTP ``GET /info``)."""
        self._write("start", {"request": request, "reply": _text(reply), "outcome": outcome, "stderr_tail": stderr_tail or None})

    def case(self, case_id: str, request: Any, reply: bytes | str | None, *, outcome: dict, stderr_tail: str | None = None) -> None:
        """One case: the request sent (None when not sent), the raw reply, what it was graded as."""
        self._write(case_id, {"case": case_id, "request": request, "reply": _text(reply), "outcome": outcome, "stderr_tail": stderr_tail or None})

    def _write(self, label: str, content: dict) -> None:
        if self.error is not None:
            return
        self._number += 1
        path = self.folder / trace_file_name(self._number, label)
        try:
            write_output(path, json_safe(json.dumps(content, ensure_ascii=False, indent=2)) + "\n", private=True)
        except OSError as error:
            self.error = error
            return
        self.written += 1
