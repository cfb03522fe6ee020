"""Finding severity, from the requirement word of the constraint: MUST, SHOULD, MAY."""

from __future__ import annotations

from enum import Enum

__all__ = ["Severity"]


class Severity(str, Enum):
    """MUST → violation, SHOULD → warning, MAY → info. Conformant means zero violations."""

    VIOLATION = "violation"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for a violation, 1 for a warning, 2 for an info: the report's order."""
        return _RANKS[self]


_RANKS = {Severity.VIOLATION: 0, Severity.WARNING: 1, Severity.INFO: 2}
