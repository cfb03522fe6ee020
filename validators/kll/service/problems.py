"""Errors as RFC 9457 problem details, in Swedish and English, never quoting the request.

Every problem the service can answer with is declared here once, with its status and its texts
in both languages. A response carries ``title`` and ``detail`` in the language the request asked
for (``lang``, else ``Accept-Language``, else Swedish) and both texts as the extension members
``title_sv``, ``title_en``, ``detail_sv``, ``detail_en``, so a client that logs the problem keeps
both. Details are filled only with what the service itself knows — parameter names, the allowed
values, the configured limits — never with a value from the request: a file name or a format
string sent by a client may be personal data, or a payload aimed at whoever reads the log.

``type`` is a URN (``urn:kll:problem:<slug>``): stable, and never a link the service would have to
keep alive; the deployment guide lists them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from starlette.responses import Response

__all__ = ["Problem", "ProblemError", "PROBLEMS", "problem_response", "MEDIA_TYPE"]

MEDIA_TYPE = "application/problem+json"


@dataclass(frozen=True)
class Problem:
    """One kind of error: status and texts. ``{name}`` placeholders are filled by ``ProblemError``."""

    slug: str
    status: int
    title_en: str
    title_sv: str
    detail_en: str
    detail_sv: str

    @property
    def type(self) -> str:
        return f"urn:kll:problem:{self.slug}"


def _problems(*items: Problem) -> dict[str, Problem]:
    return {item.slug: item for item in items}


PROBLEMS = _problems(
    Problem(
        "invalid-parameter", 400, "Invalid parameter", "Ogiltig parameter",
        "The parameter {parameter} takes one of: {allowed}.", "Parametern {parameter} tar något av: {allowed_sv}.",
    ),
    Problem(
        "conflicting-parameter", 400, "Conflicting parameter", "Motstridig parameter",
        "The parameter {parameter} is given twice with different values.", "Parametern {parameter} är angiven två gånger med olika värden.",
    ),
    Problem(
        "no-file", 400, "No file", "Ingen fil",
        "Send the data as the request body, or as one or more parts named file in a multipart/form-data request.",
        "Skicka data som begärans innehåll, eller som en eller flera delar med namnet file i en multipart/form-data-begäran.",
    ),
    Problem(
        "one-file", 400, "One file only", "Bara en fil",
        "A conversion takes exactly one file.", "En konvertering tar exakt en fil.",
    ),
    Problem(
        "mixed-formats", 400, "Mixed formats", "Blandade format",
        "The files of one request are validated together, so they must be one foreign format, or the project's own formats only.",
        "Filerna i en begäran valideras tillsammans, så de måste vara ett och samma främmande format, eller bara projektets egna format.",
    ),
    Problem(
        "malformed-request", 400, "Malformed request", "Felaktig begäran",
        "The multipart body cannot be read: {reason}.", "Multipart-innehållet kan inte läsas: {reason_sv}.",
    ),
    Problem(
        "not-found", 404, "Not found", "Hittades inte",
        "There is nothing at this address. The API is described at /openapi.json.", "Det finns inget på den här adressen. API:et beskrivs i /openapi.json.",
    ),
    Problem(
        "method-not-allowed", 405, "Method not allowed", "Metoden är inte tillåten",
        "This address does not take this method; it takes: {allowed}.", "Den här adressen tar inte den här metoden; den tar: {allowed}.",
    ),
    Problem(
        "not-acceptable", 406, "Not acceptable", "Kan inte levereras",
        "The response can be given as: {allowed}.", "Svaret kan ges som: {allowed}.",
    ),
    Problem(
        "too-large", 413, "Upload too large", "Uppladdningen är för stor",
        "The request body may be at most {limit} bytes.", "Begärans innehåll får vara högst {limit} byte.",
    ),
    Problem(
        "too-many-files", 413, "Too many files", "För många filer",
        "One request may carry at most {limit} files.", "En begäran får innehålla högst {limit} filer.",
    ),
    Problem(
        "unsupported-media-type", 415, "Unsupported media type", "Medietypen stöds inte",
        "The format cannot be told from the media type; name it with the format parameter, or send one of: {allowed}.",
        "Formatet framgår inte av medietypen; ange det med parametern format, eller skicka något av: {allowed}.",
    ),
    Problem(
        "not-that-format", 422, "Not that format", "Inte det formatet",
        "The file cannot be read as the format it was sent as.", "Filen kan inte läsas i det format den skickades som.",
    ),
    Problem(
        "over-limit", 422, "Over a limit", "Över en gräns",
        "The input exceeds a safety limit ({rule}: memory, size or nesting) and cannot be processed.",
        "Indata överskrider en säkerhetsgräns ({rule}: minne, storlek eller nästling) och kan inte behandlas.",
    ),
    Problem(
        "internal-error", 500, "Internal error", "Internt fel",
        "The service failed ({where}). Report it with this text, never the data.",
        "Tjänsten misslyckades ({where}). Rapportera felet med den här texten, aldrig data.",
    ),
    Problem(
        "busy", 503, "Busy", "Upptagen",
        "Every validation slot is taken ({limit} at a time); try again after {retry_after} seconds.",
        "Alla valideringsplatser är upptagna ({limit} åt gången); försök igen om {retry_after} sekunder.",
    ),
    Problem(
        "timeout", 503, "Time limit reached", "Tidsgränsen nåddes",
        "The request took longer than {limit} seconds and was stopped; try again after {retry_after} seconds, or send less data.",
        "Begäran tog längre tid än {limit} sekunder och avbröts; försök igen om {retry_after} sekunder, eller skicka mindre data.",
    ),
)


@dataclass
class ProblemError(Exception):
    """Raised anywhere in a request to answer with ``PROBLEMS[slug]``.

    ``values`` fill the placeholders of the texts and must come from the service, never from the
    request. ``headers`` are added to the response (``Allow``, ``Retry-After``)."""

    slug: str
    values: dict[str, object] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.slug not in PROBLEMS:
            raise KeyError(self.slug)

    @property
    def problem(self) -> Problem:
        return PROBLEMS[self.slug]

    def to_dict(self, language: str) -> dict[str, object]:
        problem = self.problem
        values = {key: value for key, value in self.values.items()}
        # a text that differs by language is given twice (``reason``/``reason_sv``); names and numbers once
        values.setdefault("reason_sv", values.get("reason", ""))
        values.setdefault("allowed_sv", values.get("allowed", ""))
        detail_en = problem.detail_en.format(**values)
        detail_sv = problem.detail_sv.format(**values)
        return {
            "type": problem.type,
            "title": problem.title_sv if language == "sv" else problem.title_en,
            "status": problem.status,
            "detail": detail_sv if language == "sv" else detail_en,
            "title_sv": problem.title_sv,
            "title_en": problem.title_en,
            "detail_sv": detail_sv,
            "detail_en": detail_en,
        }


def problem_response(error: ProblemError, language: str) -> Response:
    """The problem as an ``application/problem+json`` response in ``language`` (``sv`` or ``en``)."""
    body = json.dumps(error.to_dict(language), ensure_ascii=False)
    headers = {"Content-Language": language, "Cache-Control": "no-store", **error.headers}
    return Response(body, status_code=error.problem.status, media_type=MEDIA_TYPE, headers=headers)
