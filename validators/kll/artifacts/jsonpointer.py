"""JSON Pointers (RFC 6901), the one way every layer says where in a document something is."""

from __future__ import annotations

__all__ = ["pointer_token"]


def pointer_token(token: object) -> str:
    """One reference token of a JSON Pointer (RFC 6901): ``~`` and ``/`` escaped."""
    return str(token).replace("~", "~0").replace("/", "~1")
