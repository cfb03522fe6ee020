"""Files the tool writes for its user: reports, converted data, EARL, badges, summaries.

Two promises hold for every one of them. A symbolic link at the target is refused, never followed
(a link planted in a shared folder could otherwise redirect a report, or personal data, to a file
of the attacker's choosing). And a file that may hold personal data — a report quotes record
identifiers and locations, converted data is the data itself — is created readable by its owner
only (mode 0600); an existing file keeps no wider mode.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Iterable

__all__ = ["OutputError", "write_output"]


class OutputError(OSError):
    """The file could not be written; the message names the path and the reason, no content."""


def write_output(path: Path, content: str | bytes | Iterable[str], *, private: bool = True) -> None:
    """Write ``content`` to ``path`` without following a symbolic link at ``path``.

    ``private`` (the default) creates the file with mode 0600 and narrows an existing file to it;
    pass ``private=False`` only for output that holds no record data (a badge). Text is written as
    UTF-8; an iterable of texts (a report rendered in pieces) is written piece by piece, as made.
    Raises :class:`OutputError` when the target is a link, a folder, or cannot be written.
    """
    if isinstance(content, (str, bytes)):
        content = (content,)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        if path.is_symlink():
            raise OutputError(errno.ELOOP, "is a symbolic link, which is never followed", str(path))
        descriptor = os.open(path, flags, 0o600 if private else 0o644)
    except OutputError:
        raise
    except OSError as error:
        reason = "is a symbolic link, which is never followed" if error.errno == errno.ELOOP else (error.strerror or "cannot be written")
        raise OutputError(error.errno or errno.EIO, reason, str(path)) from None
    try:
        if private and stat.S_IMODE(os.fstat(descriptor).st_mode) & 0o077:
            os.fchmod(descriptor, 0o600)
        for piece in content:
            view = memoryview(piece.encode("utf-8") if isinstance(piece, str) else piece)
            while view:
                written = os.write(descriptor, view)
                view = view[written:]
    except OSError as error:
        raise OutputError(error.errno or errno.EIO, error.strerror or "cannot be written", str(path)) from None
    finally:
        os.close(descriptor)
