"""The service's limits and settings: one frozen value, read from the environment.

``kll serve`` writes its options into the environment (``KLL_SERVICE_*``) before it starts
uvicorn, so that every worker process of ``uvicorn --workers N`` (each builds its own app from the
factory ``kll.service.app:create_app_from_env``) reads the same settings. An agency that runs the
app under another ASGI server sets the same variables.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

__all__ = ["Limits", "ENVIRONMENT", "LimitsError"]

MIB = 1 << 20


class LimitsError(ValueError):
    """A setting that is not a number or out of range: names the variable, never guesses."""


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class Limits:
    """What one instance of the service allows.

    ``max_upload_bytes`` bounds the whole request body (every file and field together): a larger
    declared Content-Length is refused before a byte is read, a body that grows past it while
    streaming is cut off there. ``timeout`` bounds one request from its first byte to its answer
    (upload and validation): past it the validation's process is killed and the answer is 503.
    ``concurrency`` bounds validations and conversions running at once in this worker process;
    one more is refused at once with 503 rather than queued, so a client learns to come back
    instead of holding a connection. ``retry_after`` is what the 503s tell it to wait.
    ``max_files`` bounds the files of one multipart request; ``memory_mb`` (0: no limit) caps the
    address space of each validation's process, so one hostile upload cannot take the host.
    """

    max_upload_bytes: int = 50 * MIB
    timeout: float = 120.0
    concurrency: int = max(1, _cores())
    retry_after: int = 10
    max_files: int = 20
    memory_mb: int = 0

    def __post_init__(self) -> None:
        if self.max_upload_bytes < 1:
            raise LimitsError("the upload limit must be at least one byte")
        if not self.timeout > 0:
            raise LimitsError("the request time limit must be more than zero seconds")
        if self.concurrency < 1:
            raise LimitsError("at least one validation must be allowed at a time")
        if self.retry_after < 1:
            raise LimitsError("Retry-After must be at least one second")
        if self.max_files < 1:
            raise LimitsError("at least one file must be allowed per request")
        if self.memory_mb < 0:
            raise LimitsError("the memory limit is 0 (none) or a number of MiB")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "Limits":
        """The limits named in ``environ`` (default ``os.environ``); the defaults for the rest."""
        environ = os.environ if environ is None else environ
        values: dict[str, int | float] = {}
        for name, (variable, kind) in ENVIRONMENT.items():
            raw = environ.get(variable)
            if raw is None or raw.strip() == "":
                continue
            try:
                values[name] = kind(raw.strip())
            except ValueError:
                raise LimitsError(f"{variable} must be a number") from None
        return cls(**values)

    def to_env(self) -> dict[str, str]:
        """The environment that gives these limits back (``from_env(to_env())`` equals ``self``)."""
        return {ENVIRONMENT[field.name][0]: str(getattr(self, field.name)) for field in fields(self)}

    def to_dict(self) -> dict[str, int | float]:
        """The limits as the version endpoint and the documentation show them."""
        return {field.name: getattr(self, field.name) for field in fields(self)}


#: Field -> (environment variable, number type). Bytes and seconds, so no unit is ever guessed.
ENVIRONMENT: dict[str, tuple[str, type]] = {
    "max_upload_bytes": ("KLL_SERVICE_MAX_UPLOAD_BYTES", int),
    "timeout": ("KLL_SERVICE_TIMEOUT", float),
    "concurrency": ("KLL_SERVICE_CONCURRENCY", int),
    "retry_after": ("KLL_SERVICE_RETRY_AFTER", int),
    "max_files": ("KLL_SERVICE_MAX_FILES", int),
    "memory_mb": ("KLL_SERVICE_MEMORY_MB", int),
}
