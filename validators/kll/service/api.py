"""The REST API, version 1: validate, convert, and what the validator knows (rules, profiles, version).

``POST /api/v1/validate`` answers with the report ``kll validate --format json`` writes — the same
renderer, the same schema (``kll/render/report.schema.json``) — or with SARIF when the client
asks for ``application/sarif+json``. Files are named in the report by the name the client gave
them (cleaned; see ``kll.service.upload``), never by where the service stored them.

A report is the answer whenever the data could be looked at, however bad it is: unreadable input
is an ``input.*`` finding in a 200 response, as it is a finding in the CLI's report. 4xx answers
are for requests the service cannot act on (a parameter out of range, no file, too large), 503 for
a service that is busy or out of time; all of them are problem details (``kll.service.problems``).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

import anyio
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import isolation
from .formats import ACCEPTED_MEDIA_TYPES, CONVERT_FORMATS, FOREIGN, FORMATS, MEDIA_TYPES, format_of, output_media_type, stored_suffix
from .limits import Limits
from .problems import ProblemError
from .upload import Received, private_folder, receive, refuse_declared_too_large
from .work import Converted, Task

__all__ = ["validate", "validated", "Validated", "within_limits", "check_query", "convert", "rules", "profiles", "version", "health", "language_of", "LEVELS", "LANGUAGES", "Service"]

log = logging.getLogger("kll.service")

LEVELS = ("core", "full")
LANGUAGES = ("sv", "en")
SARIF = "application/sarif+json"
#: The language of texts when the request names none: the service is Swedish agencies' first.
DEFAULT_LANGUAGE = "sv"


class Service:
    """The state one app holds: its limits and the slots of the validations running now."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.running = 0  # only touched on the event loop's thread, so no lock is needed

    def take_slot(self) -> None:
        """Take a slot or answer 503 at once: a full service tells clients to come back rather
        than holding their connections in a queue."""
        if self.running >= self.limits.concurrency:
            raise ProblemError("busy", {"limit": self.limits.concurrency, "retry_after": self.limits.retry_after},
                               {"Retry-After": str(self.limits.retry_after)})
        self.running += 1

    def free_slot(self) -> None:
        self.running -= 1


# --- the request's language and parameters --------------------------------------------------------


def language_of(request: Request, explicit: str | None = None) -> str:
    """``sv`` or ``en``: ``explicit`` (the ``lang`` parameter) if it is one, else the first of them
    the client's Accept-Language prefers, else Swedish."""
    if explicit in LANGUAGES:
        return explicit
    ranked = []
    for position, item in enumerate(request.headers.get("accept-language", "").split(",")):
        tag, _, params = item.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if primary in LANGUAGES and quality > 0:
            ranked.append((-quality, position, primary))
    return min(ranked)[2] if ranked else DEFAULT_LANGUAGE


def _choice(name: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    """``value`` if it is one of ``allowed`` (None if not given); else 400 naming the parameter and the allowed values."""
    if value is None or value == "":
        return None
    if value not in allowed:
        raise ProblemError("invalid-parameter", {"parameter": name, "allowed": ", ".join(allowed)})
    return value


def _reference_date(value: str | None) -> str | None:
    """``value`` if it is a date YYYY-MM-DD (None if not given); else 400 naming the parameter."""
    if value is None or value == "":
        return None
    from ..validation.checks.base import parse_reference_date

    try:
        return parse_reference_date(value).isoformat()
    except ValueError:
        raise ProblemError("invalid-parameter", {"parameter": "reference_date", "allowed": "a date, YYYY-MM-DD"}) from None


def _merged(request: Request, fields: dict[str, str], name: str) -> str | None:
    """A parameter from the query string or the form; the two must agree when both are given."""
    query, form = request.query_params.get(name), fields.get(name)
    if query is not None and form is not None and query != form:
        raise ProblemError("conflicting-parameter", {"parameter": name})
    return query if query is not None else form


@lru_cache(maxsize=1)
def _profile_ids() -> tuple[str, ...]:
    from ..conformance.profiles import load_profiles

    return tuple(load_profiles())


def _wants_sarif(request: Request) -> bool:
    """True when the client prefers SARIF; 406 when it accepts neither JSON nor SARIF."""
    header = request.headers.get("accept", "").strip()
    if not header:
        return False
    ranges, refused = [], set()
    for position, item in enumerate(header.split(",")):
        media, _, params = item.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranges.append((-quality, position, media.strip().lower()))
        else:
            refused.add(media.strip().lower())  # q=0: "not this one", whatever a wildcard says
    for _, _, media in sorted(ranges):
        if media == SARIF and SARIF not in refused:
            return True
        if media == "application/json" and media not in refused:
            return False
        if media in ("application/*", "*/*"):
            if "application/json" not in refused:
                return False
            if SARIF not in refused:
                return True
    raise ProblemError("not-acceptable", {"allowed": f"application/json, {SARIF}"})


# --- running the work within the limits ------------------------------------------------------------


async def within_limits(request: Request, work) -> Any:
    """Take a slot, give the request a private folder, and run ``work(folder, deadline)`` before the
    deadline; 503 when the slot or the time runs out."""
    service: Service = request.app.state.service
    limits = service.limits
    deadline = time.monotonic() + limits.timeout
    refuse_declared_too_large(request, limits)  # 413 even when busy: retrying could never help
    service.take_slot()
    try:
        with private_folder() as folder:
            return await work(folder, deadline)
    except TimeoutError:
        raise ProblemError("timeout", {"limit": _seconds(limits.timeout), "retry_after": limits.retry_after},
                           {"Retry-After": str(limits.retry_after)}) from None
    finally:
        service.free_slot()


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


async def _receive_before(request: Request, folder: Path, deadline: float) -> Received:
    with anyio.fail_after(max(0.0, deadline - time.monotonic())):
        return await receive(request, folder, request.app.state.service.limits)


async def _isolated(request: Request, task: Task, deadline: float) -> Any:
    limits: Limits = request.app.state.service.limits
    remaining = max(0.0, deadline - time.monotonic())
    try:
        return await anyio.to_thread.run_sync(partial(isolation.run, task, timeout=remaining, memory_mb=limits.memory_mb))
    except isolation.Timeout:
        raise TimeoutError from None
    except isolation.Failed as failed:
        if failed.rule.startswith("input."):  # the input's fault (a limit), not the service's
            raise ProblemError("over-limit", {"rule": failed.rule}) from None
        raise ProblemError("internal-error", {"where": failed.where or failed.rule}) from None


def _formats(received: Received, fmt: str) -> tuple[str | None, list[str]]:
    """The task's format (None: the project's own, told by extension) and each file's stored extension."""
    found = []
    for upload in received.files:
        chosen = fmt if fmt != "auto" else format_of(upload.suffix, upload.media_type)
        if chosen is None:
            raise ProblemError("unsupported-media-type", {"allowed": ", ".join(MEDIA_TYPES)})
        found.append(chosen)
    foreign = {f for f in found if f in FOREIGN}
    if foreign and (len(foreign) > 1 or len(foreign) != len(set(found))):
        raise ProblemError("mixed-formats")
    suffixes = [stored_suffix(f, u.suffix, u.media_type) for f, u in zip(found, received.files)]
    return (foreign.pop() if foreign else None), suffixes


def _store(received: Received, folder: Path, suffixes: list[str]) -> dict[str, str]:
    """Give each upload its reader's extension; stored path -> the name shown for it."""
    shown = {}
    for number, (upload, suffix) in enumerate(zip(received.files, suffixes), start=1):
        target = folder / f"{number}{suffix}"
        upload.path.rename(target)
        upload.path = target
        shown[str(target)] = upload.shown or f"upload-{number}{suffix}"
    return shown


def _renamed(text: str | None, names: dict[str, str]) -> str | None:
    """``text`` with every stored path (and its file: IRI) replaced by the name shown for it."""
    if text is None:
        return None
    for stored, shown in names.items():
        if stored in text:
            text = text.replace(Path(stored).as_uri(), shown).replace(stored, shown)
    # A relative IRI in the data resolves against the stored file's folder: the server's private
    # folder is nobody's business, so such an IRI is shown relative again.
    for folder in {Path(stored).parent for stored in names}:
        text = text.replace(folder.as_uri() + "/", "").replace(f"{folder}/", "")
    return text


def _shown_finding(finding: Any, names: dict[str, str]) -> Any:
    location = finding.location
    location = dataclasses.replace(
        location, file=names.get(location.file, _renamed(location.file, names)),
        focus_node=_renamed(location.focus_node, names), path=_renamed(location.path, names), record_id=_renamed(location.record_id, names),
    )
    return dataclasses.replace(finding, location=location, detail=_renamed(finding.detail, names), detail_sv=_renamed(finding.detail_sv, names))


def _log(event: str, **counts: Any) -> None:
    """One line per request: sizes, formats, counts and rule IDs — never a value, a file name or a message."""
    log.info("%s %s", event, " ".join(f"{key}={value}" for key, value in counts.items()))


# --- endpoints ---------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Validated:
    """One validation's outcome: the report (files named as the client named them) and the choices it was made with."""

    report: Any
    fmt: str
    profile: str | None
    level: str
    language: str | None


async def validated(request: Request, folder: Path, deadline: float, *, event: str = "validate") -> Validated:
    """Receive the request's files into ``folder``, validate them in an isolated process before
    ``deadline``, and name the files in the report as the client named them.

    The one validation path of the service: ``POST /api/v1/validate`` and the page's form post
    (``kll.service.page``) both call it inside ``within_limits``, so uploads, limits, isolation and
    problems are the same for both. ``language`` is the ``lang`` the request named, if any."""
    received = await _receive_before(request, folder, deadline)
    fmt = _choice("format", _merged(request, received.fields, "format"), FORMATS) or "auto"
    profile = _choice("profile", _merged(request, received.fields, "profile"), _profile_ids())
    level = _choice("level", _merged(request, received.fields, "level"), LEVELS) or "full"
    language = _choice("lang", _merged(request, received.fields, "lang"), LANGUAGES)
    reference_date = _reference_date(_merged(request, received.fields, "reference_date"))
    if not received.files:
        raise ProblemError("no-file")
    foreign, suffixes = _formats(received, fmt)
    names = _store(received, folder, suffixes)
    task = Task("validate", tuple(names), fmt=foreign, profile=profile, level=level, reference_date=reference_date)
    report = await _isolated(request, task, deadline)
    # A report of many findings takes seconds to rename and render: off the event loop, so that
    # other requests (and /health) are answered meanwhile.
    report.findings = await anyio.to_thread.run_sync(lambda: [_shown_finding(f, names) for f in report.findings])
    report.files = [names.get(f, f) for f in report.files]
    _log(event, files=len(received.files), bytes=received.size, format=foreign or "native", profile=profile or "-",
         records=report.records, **report.counts, rules=",".join(sorted(report.rule_ids())) or "-")
    return Validated(report, fmt, profile, level, language)


def check_query(request: Request) -> None:
    """400 at once for a query parameter of ``validate`` out of range, before any upload is read."""
    for name, allowed in (("format", FORMATS), ("profile", _profile_ids()), ("level", LEVELS)):
        _choice(name, request.query_params.get(name), allowed)
    _reference_date(request.query_params.get("reference_date"))


async def validate(request: Request) -> Response:
    """``POST /api/v1/validate``: the report of the uploaded files, validated together."""
    from ..render import render

    language = language_of(request, _choice("lang", request.query_params.get("lang"), LANGUAGES))
    sarif = _wants_sarif(request)
    check_query(request)

    async def work(folder: Path, deadline: float) -> Response:
        outcome = await validated(request, folder, deadline)
        chosen_language = language_of(request, outcome.language or language)
        # The answer depends on Accept and holds the data's findings: not for shared caches.
        headers = {"Vary": "Accept, Accept-Language", "Cache-Control": "no-store"}
        if sarif:
            text = await anyio.to_thread.run_sync(lambda: render(outcome.report, "sarif", language=chosen_language))
            return Response(text, media_type=SARIF, headers={**headers, "Content-Language": chosen_language})
        return Response(await anyio.to_thread.run_sync(lambda: render(outcome.report, "json")), media_type="application/json", headers=headers)

    return await within_limits(request, work)


async def convert(request: Request) -> Response:
    """``POST /api/v1/convert``: one file from one format into another, with what could not be carried."""
    from ..render._common import json_safe

    language = language_of(request, _choice("lang", request.query_params.get("lang"), LANGUAGES))
    for name in ("from", "to"):
        _choice(name, request.query_params.get(name), CONVERT_FORMATS)

    async def work(folder: Path, deadline: float) -> Response:
        received = await _receive_before(request, folder, deadline)
        source = _choice("from", _merged(request, received.fields, "from"), CONVERT_FORMATS)
        target = _choice("to", _merged(request, received.fields, "to"), CONVERT_FORMATS)
        if source is None or target is None:
            missing = "from" if source is None else "to"
            raise ProblemError("invalid-parameter", {"parameter": missing, "allowed": ", ".join(CONVERT_FORMATS)})
        if not received.files:
            raise ProblemError("no-file")
        if len(received.files) > 1:
            raise ProblemError("one-file")
        upload = received.files[0]
        names = _store(received, folder, [stored_suffix(source, upload.suffix, upload.media_type)])
        output = folder / f"converted{stored_suffix(target, '', None)}"
        task = Task("convert", tuple(names), fmt=source, target=target, output=str(output))
        converted: Converted = await _isolated(request, task, deadline)
        if converted.not_that_format:
            raise ProblemError("not-that-format")
        names[str(output)] = f"converted{stored_suffix(target, '', None)}"
        findings = [_shown_finding(f, names).to_dict() for f in converted.findings]
        content = output.read_text(encoding="utf-8") if output.is_file() else ""
        _log("convert", bytes=received.size, source=source, target=target, findings=len(findings),
             rules=",".join(sorted({f["rule"] for f in findings})) or "-")
        body = {"source": source, "target": target, "media_type": output_media_type(target), "content": content, "findings": findings}
        return Response(json_safe(json.dumps(body, ensure_ascii=False)), media_type="application/json",
                        headers={"Content-Language": language})

    return await within_limits(request, work)


@lru_cache(maxsize=None)
def _rules(profile: str | None, level: str) -> list[dict]:
    from ..validation.catalogue import catalogue

    if profile is None:
        return [rule.to_dict() for rule in catalogue().values()]
    from ..conformance.profiles import load_profiles

    return [rule.to_dict() for rule in load_profiles()[profile].rules(level).values()]


async def rules(request: Request) -> Response:
    """``GET /api/v1/rules``: the rule catalogue, or a profile's rules at a level."""
    _choice("lang", request.query_params.get("lang"), LANGUAGES)
    profile = _choice("profile", request.query_params.get("profile"), _profile_ids())
    level = _choice("level", request.query_params.get("level"), LEVELS) or "full"
    return JSONResponse(await anyio.to_thread.run_sync(_rules, profile, level))


@lru_cache(maxsize=1)
def _profiles() -> list[dict]:
    import yaml

    from ..conformance.profiles import load_profiles, profiles_dir

    found = []
    for profile in load_profiles().values():
        # the Profile keeps the English description only; the file has both
        data = yaml.safe_load((profiles_dir() / f"{profile.id}.yaml").read_text(encoding="utf-8"))
        found.append({
            "id": profile.id, "version": profile.version, "title_en": profile.title_en, "title_sv": profile.title_sv,
            "description_en": profile.description_en, "description_sv": str(data["description"]["sv"]),
            "roles": list(profile.roles), "classes": list(profile.classes),
            "rules": {level: len(profile.rules(level)) for level in LEVELS},
        })
    return found


async def profiles(request: Request) -> Response:
    """``GET /api/v1/profiles``: the conformance profiles a validation can be judged by."""
    _choice("lang", request.query_params.get("lang"), LANGUAGES)
    return JSONResponse(await anyio.to_thread.run_sync(_profiles))


async def version(request: Request) -> Response:
    """``GET /api/v1/version``: the validator's and the model's versions, and this instance's limits."""
    from .. import __version__
    from ..artifacts.modelindex import model_index

    limits: Limits = request.app.state.service.limits
    return JSONResponse({
        "kll_version": __version__, "model_version": model_index().model_version, "api_version": "1",
        "formats": list(FORMATS), "accepted_media_types": list(ACCEPTED_MEDIA_TYPES), "limits": limits.to_dict(),
    })


async def health(request: Request) -> Response:
    """``GET /health``: the process answers. Cheap on purpose, so a load balancer may ask often."""
    return JSONResponse({"status": "ok"}, headers={"Cache-Control": "no-store"})
