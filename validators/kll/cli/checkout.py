"""The maintainers' commands and the checkout they need.

Commands that maintain the specification itself read ``model/`` and write ``generated/``, the
decision index or release snapshots: they run in a checkout of its repository, never from an
installed wheel, where they would read (and write into) the package's own copy.
"""

from __future__ import annotations

import typer
from rich.console import Console

from ..artifacts import paths

__all__ = ["require_checkout"]

EXIT_USAGE = 2
_err = Console(stderr=True, emoji=False)


def require_checkout(command: str) -> None:
    """Refuse a maintainer's command when kll runs from an installed wheel (exit 2)."""
    if paths.checkout_root() is None:
        _err.print(
            f"error: `kll {command}` maintains the specification and needs a checkout of its repository; "
            "this kll is installed from a wheel. `kll validate`, `convert`, `rules`, `mapping`, "
            "`conformance run`/`check-data` and `governance check --root DIR` work anywhere.",
            markup=False, highlight=False, soft_wrap=True,
        )
        raise typer.Exit(EXIT_USAGE)
