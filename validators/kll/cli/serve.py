"""``kll serve``: the validation service (kll.service) on uvicorn.

Mounted in :mod:`kll.cli`. Every option has an environment variable (``KLL_SERVICE_*``), so a
container or a systemd unit configures the service without a command line; an option given wins
over its variable. The limits are handed to the app through the environment because each of
uvicorn's worker processes builds its own app from the factory ``create_app_from_env``.
"""

from __future__ import annotations

import os
from typing import Annotated

import typer

EXIT_USAGE = 2

__all__ = ["serve_command"]


def serve_command(
    host: Annotated[str, typer.Option(envvar="KLL_SERVICE_HOST", help="Address to listen on. 127.0.0.1 serves this machine only; 0.0.0.0 every interface (put a reverse proxy with TLS in front).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(envvar="KLL_SERVICE_PORT", help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(envvar="KLL_SERVICE_WORKERS", metavar="N", help="Worker processes of the server; each runs up to --concurrency validations at once.")] = 1,
    max_upload_mb: Annotated[float | None, typer.Option("--max-upload-mb", metavar="MB", help="Largest request body in MiB (default 50); larger is refused with 413. The variable KLL_SERVICE_MAX_UPLOAD_BYTES gives it in bytes.")] = None,
    timeout: Annotated[float | None, typer.Option(envvar="KLL_SERVICE_TIMEOUT", metavar="SECONDS", help="Time limit of one request, upload and validation (default 120); past it the answer is 503 with Retry-After.")] = None,
    concurrency: Annotated[int | None, typer.Option(envvar="KLL_SERVICE_CONCURRENCY", metavar="N", help="Validations at once per worker (default: the cores); one more is refused with 503.")] = None,
    retry_after: Annotated[int | None, typer.Option(envvar="KLL_SERVICE_RETRY_AFTER", metavar="SECONDS", help="Retry-After of the 503 answers (default 10).")] = None,
    max_files: Annotated[int | None, typer.Option(envvar="KLL_SERVICE_MAX_FILES", metavar="N", help="Files per request (default 20).")] = None,
    memory_mb: Annotated[int | None, typer.Option("--memory-mb", envvar="KLL_SERVICE_MEMORY_MB", metavar="MB", help="Address-space limit of each validation's process in MiB, 0 for none (default 0).")] = None,
    root_path: Annotated[str, typer.Option(envvar="KLL_SERVICE_ROOT_PATH", metavar="PATH", help="The path prefix a reverse proxy serves the service under, e.g. /validator.")] = "",
    proxy_headers: Annotated[bool, typer.Option(envvar="KLL_SERVICE_PROXY_HEADERS", help="Trust X-Forwarded-For and X-Forwarded-Proto from --forwarded-allow-ips.")] = True,
    forwarded_allow_ips: Annotated[str, typer.Option(envvar="KLL_SERVICE_FORWARDED_ALLOW_IPS", metavar="IPS", help="Comma-separated addresses of the proxies whose forwarded headers are trusted.")] = "127.0.0.1",
) -> None:
    """Run the validation service: the REST API (/api/v1/…, /openapi.json, /health).

    Nothing is fetched and uploads are removed when each request ends. Every option has a KLL_SERVICE_* variable (docs/guides/service.en.md).

    Exit status: 2 for a limit out of range, or without the service extra of the wheel.
    """
    try:
        import uvicorn

        from ..service.limits import Limits, LimitsError
    except ImportError:
        typer.echo("error: the service needs its extra: pip install 'kll-validator[service]'", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    given = {
        "max_upload_bytes": None if max_upload_mb is None else int(max_upload_mb * (1 << 20)),
        "timeout": timeout, "concurrency": concurrency, "retry_after": retry_after, "max_files": max_files, "memory_mb": memory_mb,
    }
    try:
        limits = Limits.from_env()
        limits = Limits(**{**limits.to_dict(), **{k: v for k, v in given.items() if v is not None}})
    except LimitsError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    if workers < 1 or not 0 < port < 65536:
        typer.echo("error: --workers takes 1 or more, --port 1 to 65535", err=True)
        raise typer.Exit(EXIT_USAGE)
    os.environ.update(limits.to_env())  # read by every worker's app (see the module docstring)
    import copy

    from uvicorn.config import LOGGING_CONFIG

    # the service's own line per request (sizes, formats, counts, rule IDs) beside uvicorn's
    log_config = copy.deepcopy(LOGGING_CONFIG)
    log_config["loggers"]["kll.service"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    uvicorn.run(
        "kll.service.app:create_app_from_env", factory=True, host=host, port=port, workers=workers, root_path=root_path,
        proxy_headers=proxy_headers, forwarded_allow_ips=forwarded_allow_ips,
        server_header=False,  # the server's name and version tell an attacker, not a user
        log_config=log_config,
    )
