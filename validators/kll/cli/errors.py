"""What the command line says when it cannot go on: in the report's language, naming the rule or
the path and the reason, never a value of the input (a personnummer in an exception's message would
otherwise reach the terminal), and never a traceback."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Iterable

import typer
from rich.console import Console

__all__ = ["say", "output_problem", "cannot_write", "write_file", "internal_error", "EXIT_USAGE"]

EXIT_USAGE = 2
err = Console(stderr=True, emoji=False)

_REASONS = {
    errno.ELOOP: ("is a symbolic link, which is never followed", "är en symbolisk länk, som aldrig följs"),
    errno.EACCES: ("permission denied", "åtkomst nekas"),
    errno.EPERM: ("permission denied", "åtkomst nekas"),
    errno.ENOENT: ("its folder does not exist", "mappen finns inte"),
    errno.ENOTDIR: ("a part of the path is not a folder", "en del av sökvägen är inte en mapp"),
    errno.EISDIR: ("is a folder", "är en mapp"),
    errno.ENOSPC: ("no space left on the device", "inget utrymme kvar på enheten"),
    errno.EROFS: ("the file system is read-only", "filsystemet är skrivskyddat"),
}


def say(en: str, sv: str, language: str) -> None:
    """One line on standard error in the chosen language, shown as text (no markup, no control characters)."""
    from ..render._common import printable

    err.print(printable(sv if language == "sv" else en), markup=False, highlight=False, soft_wrap=True)


def output_problem(path: Path) -> OSError | None:
    """Why ``path`` cannot take an output file, or None: checked before a long run, so that a typo
    in ``-o`` costs no validation (the write itself is still guarded)."""
    from ..artifacts.output import OutputError

    def problem(number: int) -> OSError:
        return OutputError(number, os.strerror(number), str(path))

    if path.is_symlink():
        return problem(errno.ELOOP)
    if path.is_dir():
        return problem(errno.EISDIR)
    folder = path.parent
    if not folder.is_dir():
        return problem(errno.ENOTDIR if folder.exists() else errno.ENOENT)
    if not os.access(path if path.exists() else folder, os.W_OK):
        return problem(errno.EACCES)
    return None


def cannot_write(path: Path, error: OSError, language: str) -> typer.Exit:
    """Say that ``path`` cannot be written and why (the path and the reason, nothing of its content)."""
    en, sv = _REASONS.get(error.errno or 0, (error.strerror or "cannot be written",) * 2)
    if error.errno == errno.ELOOP or (error.strerror or "").startswith("is a symbolic link"):
        en, sv = _REASONS[errno.ELOOP]
    say(f"error: {path}: cannot be written: {en}", f"fel: {path}: kan inte skrivas: {sv}", language)
    return typer.Exit(EXIT_USAGE)


def write_file(path: Path, text: "str | Iterable[str]", language: str) -> None:
    """Write a file that may hold personal data (mode 0600, no symbolic link followed); exit 2
    with the path and the reason when it cannot be written."""
    from ..artifacts.output import write_output

    try:
        write_output(path, text, private=True)
    except OSError as error:
        raise cannot_write(path, error, language) from None


def internal_error(error: BaseException, language: str) -> None:
    """The one line for an exception nobody expected: the rule and where in kll, never its message."""
    from ..validation.engine import failure

    rule, detail = failure(error)
    say(
        f"error: {rule}: kll failed ({detail}). Report it with this line, never the data.",
        f"fel: {rule}: kll misslyckades ({detail}). Rapportera felet med den här raden, aldrig data.",
        language,
    )
