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
        return {"violation": 0, "warning": 1, "info": 2}[self.value]
