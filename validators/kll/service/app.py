"""The ASGI application: routes, security headers, and one error path that answers in problem details
(or, to a browser outside the API, as a page of ``kll.service.page``).

``create_app(limits)`` builds the app; ``create_app_from_env()`` is the factory ``kll serve`` hands
to uvicorn (``--factory``), reading the limits from ``KLL_SERVICE_*`` so that every uvicorn worker
process builds the same app. Starlette on uvicorn; decision record 0024 says why not FastAPI.

Every response carries the security headers (``SECURITY_HEADERS``): a Content-Security-Policy
that allows no script at all and no framing, ``nosniff``, no referrer. Every error is
``application/problem+json`` in the request's language, including the router's 404 and 405 and
whatever escapes a handler (500): the server log then gets the rule and the place in kll's code,
never an exception's message or a traceback, which could quote the data.
"""

from __future__ import annotations

import contextlib
import logging
import os
from typing import AsyncIterator

import anyio


from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import api, isolation, page
from .limits import Limits
from .openapi import document
from .problems import ProblemError, problem_response

__all__ = ["create_app", "create_app_from_env", "SECURITY_HEADERS"]

log = logging.getLogger("kll.service")

#: Sent with every response. ``style-src 'self'`` is the page's one stylesheet; nothing else loads.
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


class _SecurityHeaders:
    """Adds ``SECURITY_HEADERS`` to every response (a plain ASGI middleware: no body is buffered)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.decode("latin-1").lower() not in SECURITY_HEADERS]
                headers += [(k.encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _Guard:
    """Whatever escapes a handler becomes a 500 problem and one log line with the rule and the
    place in kll's code; Starlette's own last handler would log the traceback."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as error:
            if os.environ.get("KLL_TRACEBACK") == "1":
                raise
            from ..validation.engine import failure

            rule, where = failure(error)
            log.error("internal-error rule=%s where=%s", rule, where)
            if started:  # the answer is under way: nothing more can be said to the client
                return
            problem, request = ProblemError("internal-error", {"where": where or rule}), Request(scope)
            response = problem_response(problem, api.language_of(request))
            if page.wants_html(request):
                with contextlib.suppress(Exception):  # a page that fails too falls back on the problem
                    response = page.error_page(request, problem)
            await response(scope, receive, send)


def _language(request: Request) -> str:
    explicit = request.query_params.get("lang")
    return api.language_of(request, explicit if explicit in api.LANGUAGES else None)


async def _problem(request: Request, error: Exception) -> Response:
    assert isinstance(error, ProblemError)
    return problem_response(error, _language(request))


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    if error.status_code == 405:
        allowed = (error.headers or {}).get("Allow", "")
        problem = ProblemError("method-not-allowed", {"allowed": allowed}, {"Allow": allowed})
    elif error.status_code == 404:
        problem = ProblemError("not-found")
    else:  # Starlette raises no other HTTPException in this app; answer as a server failure, never raw text
        problem = ProblemError("internal-error", {"where": f"HTTP {error.status_code}"})
    # a browser asking for a page gets a page in its language; API clients get problem details
    return page.error_page(request, problem) if page.wants_html(request) else problem_response(problem, _language(request))


async def _openapi(request: Request) -> Response:
    return JSONResponse(document(request.scope.get("root_path", "") or "/"))


@contextlib.asynccontextmanager
async def _lifespan(app: Starlette) -> AsyncIterator[None]:
    """At start-up, start the fork server of the validations so the first request finds it warm."""
    await anyio.to_thread.run_sync(isolation.start)
    yield


def create_app(limits: Limits | None = None) -> Starlette:
    """The service with ``limits`` (default: ``Limits()``, the documented defaults)."""
    routes = [
        Route("/health", api.health, methods=["GET"]),
        Route("/openapi.json", _openapi, methods=["GET"]),
        Route("/api/v1/openapi.json", _openapi, methods=["GET"]),
        Route("/api/v1/validate", api.validate, methods=["POST"]),
        Route("/api/v1/convert", api.convert, methods=["POST"]),
        Route("/api/v1/rules", api.rules, methods=["GET"]),
        Route("/api/v1/profiles", api.profiles, methods=["GET"]),
        Route("/api/v1/version", api.version, methods=["GET"]),
        *page.routes(),  # the bilingual page (/, /en/, /validate, the accessibility statement, its stylesheet)
    ]
    app = Starlette(
        routes=routes,
        lifespan=_lifespan,
        exception_handlers={ProblemError: _problem, HTTPException: _http_error},
    )
    app.state.service = api.Service(limits or Limits())
    # Added last, runs first: the guard sits inside the headers, so a 500 gets them too.
    app.add_middleware(_Guard)
    app.add_middleware(_SecurityHeaders)
    return app


def create_app_from_env() -> Starlette:
    """The app with the limits of ``KLL_SERVICE_*`` (the factory ``kll serve`` gives uvicorn)."""
    return create_app(Limits.from_env())


