"""The bilingual web page: a plain HTML form over the service's one validation path.

Swedish at ``/``, English at ``/en/`` (or ``?lang=en`` on any page), one link apart. The form posts
``multipart/form-data`` to ``/validate`` (``/en/validate``) and works without JavaScript: the
Content-Security-Policy of ``kll.service.app`` allows no script at all and one stylesheet, served
from this package (``static/kll.css``). The post goes through ``api.within_limits`` and
``api.validated`` — the same upload handling, limits, isolated process and problems as
``POST /api/v1/validate`` — and only the answer differs: an HTML page of the report, or the form
again with an error summary and the problem's status code.

Templates are Jinja2 with autoescape on for every template, so every value from the data or the
request (file names, messages, pointers, IRIs) is escaped for HTML; no template marks anything
``safe``. Texts a person reads are in ``TEXTS`` (both languages) or in the statement's two templates.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import anyio
from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from . import api
from .formats import FORMATS
from .limits import MIB, Limits
from .problems import ProblemError

__all__ = ["routes", "wants_html", "error_page", "TEXTS", "PATHS", "MAX_DATA_URL", "MAX_SHOWN_PER_RULE"]


LANGUAGES = ("sv", "en")
OTHER = {"sv": "en", "en": "sv"}
#: Where each page is, per language. Swedish has the short addresses: it is the default.
PATHS: dict[str, dict[str, str]] = {
    "sv": {"form": "/", "validate": "/validate", "statement": "/tillganglighet"},
    "en": {"form": "/en/", "validate": "/en/validate", "statement": "/en/accessibility"},
}
#: The longest ``data:`` URL a download link gets. Chromium refuses URLs over 2 MiB (its
#: ``kMaxURLChars``), so a larger report is offered through the API instead of a link that fails.
MAX_DATA_URL = 2_000_000
#: Locations shown per rule on the page; the downloads always hold every finding. A report of
#: 100,000 findings would otherwise be a page no browser or screen reader can use.
MAX_SHOWN_PER_RULE = 100
#: Which form control an error is about, so the error summary can link to it (WCAG 3.3.1).
_FIELD_OF = {
    "no-file": "file", "too-large": "file", "too-many-files": "file", "mixed-formats": "file",
    "malformed-request": "file", "unsupported-media-type": "format",
}
_PARAMETER_FIELDS = {"format": "format", "profile": "profile", "level": "level"}

#: Every short text of the pages, in both languages. Placeholders are filled by the service
#: (limits, counts), never with a value from the request.
TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "service": "KLL-validatorn",
        "skip": "Hoppa till innehållet",
        "other_language": "English",
        "form_title": "Validera data",
        "form_intro": "Kontrollera att en export följer KLL:s informationsmodell eller ett av standardformaten. "
                      "Filerna valideras på servern och raderas när svaret är skickat.",
        "data_legend": "Data",
        "file_label": "Filer",
        "file_hint": "En eller flera filer som valideras tillsammans, högst {max_files} filer och {max_size} totalt.",
        "text_label": "Eller klistra in text",
        "text_hint": "Välj formatet nedan när du klistrar in text: det kan inte avgöras av något filnamn.",
        "options_legend": "Hur datat ska bedömas",
        "format_label": "Format",
        "format_hint": "Automatiskt: efter filnamnets ändelse (.json, .yaml, .jsonl, .ttl, .jsonld, .rdf, .sssom.tsv).",
        "profile_label": "Profil",
        "profile_hint": "En profil bedömer bara de regler som gäller en viss roll.",
        "profile_none": "Ingen profil: alla regler",
        "level_legend": "Nivå",
        "level_core": "Nivå core: bara SKA-krav (fel)",
        "level_full": "Full: även bör- och kan-krav (varningar och upplysningar)",
        "submit": "Validera",
        "error_summary": "Det finns ett problem",
        "error_prefix": "Fel",
        "result_title": "Resultat av valideringen",
        "verdict_ok": "Uppfyller kraven",
        "verdict_not_ok": "Uppfyller inte kraven",
        "verdict_nothing": "Inget kontrollerades: ingen post kunde läsas.",
        "summary_counts": "{files}, {records}: {violations}, {warnings}, {infos}.",
        "judged_by": "Bedömt mot profilen {profile}, nivå {level}.",
        "judged_all": "Bedömt mot alla regler, nivå {level}.",
        "checked_by": "Kontrollerat av kll {kll} mot modell {model}.",
        "downloads": "Ladda ned rapporten",
        "download_json": "JSON-rapport",
        "download_sarif": "SARIF-rapport",
        "download_junit": "JUnit-rapport",
        "download_too_large": "Rapporten är för stor för en nedladdningslänk. Skicka filerna till API:et "
                              "(POST /api/v1/validate) för att få hela rapporten.",
        "findings": "Fynd per regel",
        "no_findings": "Inga anmärkningar.",
        "rule_page": "Regelns sida: {rule}",
        "in_other_language": "På engelska:",
        "more_findings": "Ytterligare {n} anmärkningar för den här regeln finns i de nedladdade rapporterna.",
        "detail": "Detalj",
        "again": "Validera fler filer",
        "statement_link": "Tillgänglighetsredogörelse",
        "api_link": "API-beskrivning (OpenAPI)",
        "footer": "Tjänsten hämtar ingenting från nätet och sparar inga uppladdade filer.",
        "error_title": "Sidan kunde inte visas",
        "back": "Till formuläret",
        "file": "Fil", "line": "rad", "column": "kolumn", "record": "post (index)", "record_id": "identifierare",
        "pointer": "fält", "node": "nod", "path": "egenskap",
        "pasted_text": "inklistrad text",
        "files_label": "Validerade filer:",
        "detail_language": "på engelska",
    },
    "en": {
        "service": "KLL validator",
        "skip": "Skip to content",
        "other_language": "Svenska",
        "form_title": "Validate data",
        "form_intro": "Check that an export follows the KLL information model or one of the standard formats. "
                      "The files are validated on the server and deleted once the answer is sent.",
        "data_legend": "Data",
        "file_label": "Files",
        "file_hint": "One or more files validated together, at most {max_files} files and {max_size} in all.",
        "text_label": "Or paste text",
        "text_hint": "Choose the format below when you paste text: no file name can tell it.",
        "options_legend": "How the data is judged",
        "format_label": "Format",
        "format_hint": "Automatic: by the file name's extension (.json, .yaml, .jsonl, .ttl, .jsonld, .rdf, .sssom.tsv).",
        "profile_label": "Profile",
        "profile_hint": "A profile judges only the rules that apply to one role.",
        "profile_none": "No profile: every rule",
        "level_legend": "Level",
        "level_core": "Core: MUST requirements only (violations)",
        "level_full": "Full: SHOULD and MAY too (warnings and infos)",
        "submit": "Validate",
        "error_summary": "There is a problem",
        "error_prefix": "Error",
        "result_title": "Validation result",
        "verdict_ok": "Conformant",
        "verdict_not_ok": "Not conformant",
        "verdict_nothing": "Nothing was checked: no record could be read.",
        "summary_counts": "{files}, {records}: {violations}, {warnings}, {infos}.",
        "judged_by": "Judged by the profile {profile}, level {level}.",
        "judged_all": "Judged by every rule, level {level}.",
        "checked_by": "Checked by kll {kll} against model {model}.",
        "downloads": "Download the report",
        "download_json": "JSON report",
        "download_sarif": "SARIF report",
        "download_junit": "JUnit report",
        "download_too_large": "The report is too large for a download link. Send the files to the API "
                              "(POST /api/v1/validate) to get the whole report.",
        "findings": "Findings by rule",
        "no_findings": "No findings.",
        "rule_page": "The rule's page: {rule}",
        "in_other_language": "In Swedish:",
        "more_findings": "{n} more findings of this rule are in the downloaded reports.",
        "detail": "Detail",
        "again": "Validate more files",
        "statement_link": "Accessibility statement",
        "api_link": "API description (OpenAPI)",
        "footer": "The service fetches nothing from the network and keeps no uploaded file.",
        "error_title": "The page could not be shown",
        "back": "To the form",
        "file": "File", "line": "line", "column": "column", "record": "record (index)", "record_id": "identifier",
        "pointer": "field", "node": "node", "path": "property",
        "pasted_text": "pasted text",
        "files_label": "Files validated:",
        "detail_language": "in English",
    },
}

#: The format choices: value -> label per language. The values are ``kll.service.formats.FORMATS``.
FORMAT_LABELS: dict[str, dict[str, str]] = {
    "auto": {"sv": "Automatiskt (efter filnamnet)", "en": "Automatic (by the file name)"},
    "json": {"sv": "JSON (KLL)", "en": "JSON (KLL)"},
    "yaml": {"sv": "YAML (KLL)", "en": "YAML (KLL)"},
    "jsonl": {"sv": "JSON Lines (KLL)", "en": "JSON Lines (KLL)"},
    "turtle": {"sv": "Turtle (KLL)", "en": "Turtle (KLL)"},
    "jsonld": {"sv": "JSON-LD (KLL)", "en": "JSON-LD (KLL)"},
    "emil3": {"sv": "EMIL3 (JSON)", "en": "EMIL3 (JSON)"},
    "elm": {"sv": "ELM, European Learning Model (JSON-LD)", "en": "ELM, European Learning Model (JSON-LD)"},
    "sssom": {"sv": "SSSOM-mappningar (TSV)", "en": "SSSOM mappings (TSV)"},
    "dcat": {"sv": "DCAT-AP-SE (RDF/XML, Turtle eller JSON-LD)", "en": "DCAT-AP-SE (RDF/XML, Turtle or JSON-LD)"},
}
SEVERITY_WORDS = {
    "sv": {"violation": "Fel", "warning": "Varning", "info": "Upplysning"},
    "en": {"violation": "Violation", "warning": "Warning", "info": "Info"},
}
LEVEL_WORDS = {"sv": {"core": "kärna", "full": "full"}, "en": {"core": "core", "full": "full"}}
#: What a person at the form is told for each problem, in words about the form rather than the
#: API's (``{size}``, ``{limit}``, ``{retry_after}``, ``{where}`` come from the service, never the request).
#: A problem not named here is told with its API detail, which quotes nothing from the request either.
PAGE_PROBLEMS: dict[str, dict[str, str]] = {
    "no-file": {"sv": "Välj minst en fil eller klistra in text.", "en": "Choose at least one file or paste some text."},
    "too-large": {"sv": "Filerna och texten får vara högst {size} tillsammans.", "en": "The files and the text may be at most {size} in all."},
    "too-many-files": {"sv": "Välj högst {limit} filer åt gången.", "en": "Choose at most {limit} files at a time."},
    "unsupported-media-type": {
        "sv": "Formatet framgår inte av filnamnet. Välj format i listan.",
        "en": "The format cannot be told from the file name. Choose the format from the list.",
    },
    "mixed-formats": {
        "sv": "Filer som valideras tillsammans måste vara i ett och samma främmande format, eller bara i KLL:s egna format. "
              "Validera dem var för sig.",
        "en": "Files validated together must be in one and the same foreign format, or in KLL's own formats only. "
              "Validate them one at a time.",
    },
    "invalid-parameter": {"sv": "Välj ett av alternativen i listan.", "en": "Choose one of the options in the list."},
    "conflicting-parameter": {"sv": "Välj ett av alternativen i listan.", "en": "Choose one of the options in the list."},
    "malformed-request": {
        "sv": "Formuläret kom inte fram i sin helhet. Välj filerna och försök igen.",
        "en": "The form did not arrive whole. Choose the files and try again.",
    },
    "busy": {
        "sv": "Tjänsten validerar redan så mycket som den kan ({limit} åt gången). Försök igen om {retry_after} sekunder.",
        "en": "The service is validating as much as it can ({limit} at a time). Try again in {retry_after} seconds.",
    },
    "timeout": {
        "sv": "Valideringen tog längre tid än {limit} sekunder och avbröts. Försök igen om {retry_after} sekunder, eller skicka mindre data.",
        "en": "The validation took longer than {limit} seconds and was stopped. Try again in {retry_after} seconds, or send less data.",
    },
    "not-found": {"sv": "Det finns ingen sida på den här adressen.", "en": "There is no page at this address."},
    "method-not-allowed": {
        "sv": "Den här adressen kan inte användas så. Börja från formuläret.",
        "en": "This address cannot be used that way. Start from the form.",
    },
    "internal-error": {
        "sv": "Tjänsten misslyckades ({where}). Rapportera felet med den här texten, aldrig data.",
        "en": "The service failed ({where}). Report it with this text, never the data.",
    },
}


def _size(limit: int, language: str) -> str:
    """A byte limit as people read it: ``50 MB``, or bytes when it is under a mebibyte."""
    if limit >= MIB:
        return f"{limit / MIB:g} MB"
    return f"{limit} byte" if language == "sv" else f"{limit} bytes"


@dataclass(frozen=True)
class PageError:
    """A problem told on a page: its title, its text, and the control it is about (if one is)."""

    title: str
    text: str
    field: str | None
    status: int
    headers: dict[str, str]


def page_error(error: ProblemError, language: str) -> PageError:
    """``error`` in ``language``, in the form's words, with the control the summary links to."""
    problem = error.problem
    values = {key: value for key, value in error.values.items()}
    if "limit" in values and error.slug == "too-large":
        values["size"] = _size(int(values["limit"]), language)  # type: ignore[call-overload]
    template = PAGE_PROBLEMS.get(error.slug, {}).get(language)
    try:
        text = template.format(**values) if template else str(error.to_dict(language)["detail"])
    except (KeyError, IndexError):  # a problem raised without the value its text names
        text = str(error.to_dict(language)["detail"])
    control = _FIELD_OF.get(error.slug)
    if error.slug in ("invalid-parameter", "conflicting-parameter"):
        control = _PARAMETER_FIELDS.get(str(values.get("parameter", "")))
    title = problem.title_sv if language == "sv" else problem.title_en
    return PageError(title, text, control, problem.status, dict(error.headers))


# --- templates and the page's language ------------------------------------------------------------


@lru_cache(maxsize=1)
def _environment() -> Environment:
    """Jinja2 with autoescape on for every template (whatever its name): data never becomes markup."""
    return Environment(
        loader=PackageLoader("kll.service", "templates"), autoescape=True, undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )


def _language(request: Request, default: str) -> str:
    """``?lang=`` when it is ``sv`` or ``en``, else the language of the page's address. A page is
    forgiving where the API is strict: an unknown ``lang`` shows the page rather than a 400."""
    asked = request.query_params.get("lang")
    return asked if asked in LANGUAGES else default


def _root(request: Request) -> str:
    """The prefix a reverse proxy serves the service under (``--root-path``), so links work there too."""
    return str(request.scope.get("root_path", "") or "").rstrip("/")


def _context(request: Request, language: str, *, alternate: str) -> dict[str, Any]:
    """What every page needs: its language, its texts, the other language and where the pages are."""
    from .. import __version__

    root = _root(request)
    other = OTHER[language]
    return {
        "lang": language, "other": other, "t": TEXTS[language], "ot": TEXTS[other], "root": root,
        "paths": {key: root + value for key, value in PATHS[language].items()},
        "alternate": root + PATHS[other][alternate], "version": __version__,
    }


def _html(name: str, context: dict[str, Any], *, status: int = 200, headers: dict[str, str] | None = None) -> HTMLResponse:
    """Render a template into a response in the page's language. ``no-store``: a result page holds
    a report of someone's data, which no shared cache should keep."""
    body = _environment().get_template(name).render(**context)
    return HTMLResponse(body, status_code=status, headers={
        "Content-Language": context["lang"], "Cache-Control": "no-store", "Vary": "Accept-Language", **(headers or {}),
    })


# --- the form ---------------------------------------------------------------------------------------


@dataclass
class Choices:
    """The form's selections, to show again after an error (all from the allowed lists, never free text)."""

    format: str = "auto"
    profile: str = ""
    level: str = "full"


def _form_context(request: Request, language: str, choices: Choices, error: PageError | None) -> dict[str, Any]:
    limits: Limits = request.app.state.service.limits
    t = TEXTS[language]
    return {
        **_context(request, language, alternate="form"),
        "formats": [(value, FORMAT_LABELS[value][language]) for value in FORMATS],
        "profiles": [(p["id"], p[f"title_{language}"]) for p in api._profiles()],
        "levels": [("core", t["level_core"]), ("full", t["level_full"])],
        "file_hint": t["file_hint"].format(max_files=limits.max_files, max_size=_size(limits.max_upload_bytes, language)),
        "choices": choices, "error": error,
    }


async def form(request: Request, language: str) -> Response:
    """``GET /`` (Swedish) and ``GET /en/``: the form."""
    language = _language(request, language)
    context = await anyio.to_thread.run_sync(_form_context, request, language, Choices(), None)
    return _html("form.html", context)


async def back_to_form(request: Request, language: str) -> Response:
    """``GET /validate``: a reload or a bookmark of the result's address leads back to the form
    (the result itself is kept nowhere, so it cannot be shown again)."""
    return RedirectResponse(_root(request) + PATHS[_language(request, language)]["form"], status_code=303)


# --- the result -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """One finding of a rule: where it is (label, value pairs), and its own message when it differs
    from the rule's first (a rule whose message names the place), in both languages."""

    parts: list[tuple[str, str]]
    message: str | None = None
    other_message: str | None = None
    detail: str | None = None
    #: Whether the detail is shown in English on a Swedish page (a note that has no Swedish form).
    detail_in_english: bool = False


@dataclass(frozen=True)
class Group:
    """The findings of one rule, as the page shows them."""

    rule: str
    severity: str
    severity_word: str
    count: str
    message: str
    other_message: str
    documentation: str | None
    places: list[Place] = field(default_factory=list)
    more: int = 0


@dataclass(frozen=True)
class Download:
    """A rendered report offered as a ``data:`` link, or ``None`` when it is too large for one."""

    label: str
    filename: str
    href: str | None


def _parts(location: Any, t: dict[str, str]) -> list[tuple[str, str]]:
    """Where a finding is, as ``Location.describe`` tells it, with the labels in the page's language."""
    # pasted text is stored as the upload named ``text`` (kll.service.upload): say what it is
    parts = [(t["file"], t["pasted_text"] if location.file == "text" else location.file)]
    if location.line is not None:
        parts.append((t["line"], str(location.line)))
        if location.column is not None:
            parts.append((t["column"], str(location.column)))
    if location.record_id is not None:
        parts.append((t["record_id"], location.record_id))
    if location.pointer is not None:
        parts.append((t["pointer"], location.pointer or "/"))
    elif location.record is not None:
        parts.append((t["record"], str(location.record)))
    if location.focus_node is not None and location.pointer is None and location.focus_node != location.record_id:
        parts.append((t["node"], location.focus_node))
    if location.path is not None and location.pointer is None:
        parts.append((t["path"], location.path))
    return parts


def _groups(report: Any, language: str) -> list[Group]:
    from ..render._common import count, group_by_rule, ordered

    other, t = OTHER[language], TEXTS[language]
    groups = []
    for group in group_by_rule(ordered(report)):
        first = group.first
        places = []
        for finding in group.findings[:MAX_SHOWN_PER_RULE]:
            own = finding.message(language) != first.message(language)
            places.append(Place(
                _parts(finding.location, t),
                finding.message(language) if own else None, finding.message(other) if own else None,
                finding.detail_in(language), language != "en" and finding.detail is not None and finding.detail_sv is None,
            ))
        groups.append(Group(
            group.rule, group.severity.value, SEVERITY_WORDS[language][group.severity.value],
            count(len(group.findings), "finding", language),
            # the rule's page in the page's language; only an absolute address is a link from here
            first.message(language), first.message(other), _absolute(first.documentation_in(language)), places,
            max(0, len(group.findings) - MAX_SHOWN_PER_RULE),
        ))
    return groups


def _downloads(report: Any, language: str) -> list[Download]:
    """The report as JSON, SARIF and JUnit, each a ``data:`` URL embedded in the result page.

    Why ``data:`` URLs: the page must offer the downloads without JavaScript and without keeping
    the upload or the report anywhere after the answer (the service keeps no state, and a second
    worker behind a load balancer could not find it). A link that re-posts the form would need the
    files chosen again (a browser never re-sends a file input) and would validate twice; a form
    that posts the report back would make the service render whatever a client claims its report
    was. An embedded link is the report already made, downloaded by the browser with no request at
    all. A report over ``MAX_DATA_URL`` is not offered this way (Chromium refuses longer URLs)."""
    from ..render import render

    t = TEXTS[language]
    stem = "kll-rapport" if language == "sv" else "kll-report"
    offers = (
        ("download_json", "json", "application/json", f"{stem}.json"),
        ("download_sarif", "sarif", "application/sarif+json", f"{stem}.sarif"),
        ("download_junit", "junit", "application/xml", f"{stem}.junit.xml"),
    )
    downloads = []
    for label, fmt, media_type, filename in offers:
        text = render(report, fmt, language=language)
        href = f"data:{media_type};charset=utf-8;base64," + base64.b64encode(text.encode("utf-8")).decode("ascii")
        downloads.append(Download(t[label], filename, href if len(href) <= MAX_DATA_URL else None))
    return downloads


def _result_page(request: Request, language: str, outcome: api.Validated) -> HTMLResponse:
    """The result page: the verdict first, then the downloads, then the findings grouped by rule."""
    from .. import render as _  # noqa: F401 - the renderers are imported here, in the worker thread
    from ..render._common import count, model_version

    report, t = outcome.report, TEXTS[language]
    counts = report.counts
    summary = t["summary_counts"].format(
        files=count(len(report.files), "file", language), records=count(report.records, "record", language),
        violations=count(counts["violation"], "violation", language), warnings=count(counts["warning"], "warning", language),
        infos=count(counts["info"], "info", language),
    )
    level = LEVEL_WORDS[language][outcome.level]
    titles = {p["id"]: p[f"title_{language}"] for p in api._profiles()}
    judged = t["judged_by"].format(profile=titles[outcome.profile], level=level) if outcome.profile else t["judged_all"].format(level=level)
    context = {
        **_context(request, language, alternate="form"),
        "conformant": report.conformant, "nothing_checked": report.records == 0, "summary": summary, "judged": judged,
        "checked_by": t["checked_by"].format(kll=_context(request, language, alternate="form")["version"], model=model_version()),
        "files": [t["pasted_text"] if name == "text" else name for name in report.files],
        "groups": _groups(report, language), "downloads": _downloads(report, language),
    }
    return _html("result.html", context)


async def validate(request: Request, language: str) -> Response:
    """``POST /validate`` (``/en/validate``): validate the form's files and text on the service's
    one validation path; answer with the result page, or the form again with the problem."""
    language = _language(request, language)

    async def work(folder: Path, deadline: float) -> api.Validated:
        return await api.validated(request, folder, deadline, event="page-validate")

    try:
        api.check_query(request)
        outcome = await api.within_limits(request, work)
    except ProblemError as error:
        told = page_error(error, language)
        context = await anyio.to_thread.run_sync(_form_context, request, language, Choices(), told)
        return _html("form.html", context, status=told.status, headers=told.headers)
    return await anyio.to_thread.run_sync(_result_page, request, language, outcome)


# --- the accessibility statement, the stylesheet, error pages --------------------------------------


async def statement(request: Request, language: str) -> Response:
    """``GET /tillganglighet`` and ``GET /en/accessibility``: the accessibility statement that lag
    (2018:1937) om tillgänglighet till digital offentlig service requires; one template per language."""
    language = _language(request, language)
    context = _context(request, language, alternate="statement")
    context["axe_version"] = AXE_VERSION
    context["max_shown"] = MAX_SHOWN_PER_RULE
    return _html(f"statement_{language}.html", context)


#: The axe-core release the browser test runs (bundled by the axe-playwright-python test
#: dependency); the statement names it. tests/test_service_browser.py checks the two agree.
AXE_VERSION = "4.12.1"


@lru_cache(maxsize=1)
def _stylesheet() -> bytes:
    return resources.files("kll.service").joinpath("static", "kll.css").read_bytes()


async def stylesheet(request: Request) -> Response:
    """``GET /static/kll.css``: the page's one stylesheet, from the package (the CSP allows it and
    no inline style). Served from memory by name: no path from the request reaches the disk."""
    return Response(_stylesheet(), media_type="text/css; charset=utf-8", headers={"Cache-Control": "public, max-age=3600"})


def wants_html(request: Request) -> bool:
    """Whether an error should be a page rather than problem details: a browser's request (it
    accepts ``text/html``) for an address outside the API's. API clients always get problems."""
    path = request.scope.get("path", "")
    root = _root(request)
    if root and path.startswith(root):
        path = path[len(root):]
    if path.startswith("/api/") or path in ("/openapi.json", "/health"):
        return False
    return "text/html" in request.headers.get("accept", "")


def error_page(request: Request, error: ProblemError) -> Response:
    """A problem outside the form (404, 405, 500) as a page in the request's language."""
    # the address's language if it has one (``/en/…``), else ``?lang=``, else Accept-Language, else Swedish
    under_english = request.scope.get("path", "").startswith(_root(request) + "/en/")
    language = api.language_of(request, "en" if under_english else request.query_params.get("lang"))
    told = page_error(error, language)
    context = {**_context(request, language, alternate="form"), "error": told}
    return _html("error.html", context, status=told.status, headers=told.headers)


def _bound(handler: Any, language: str) -> Any:
    """``handler`` with the language of its address: one endpoint per language, no parsing of paths."""

    async def endpoint(request: Request) -> Response:
        return await handler(request, language)

    endpoint.__name__ = f"{handler.__name__}_{language}"
    endpoint.__doc__ = handler.__doc__
    return endpoint


def routes() -> list[Route]:
    """The page's routes, mounted by ``kll.service.app.create_app`` beside the API's."""
    found = [Route("/static/kll.css", stylesheet, methods=["GET"])]
    for language, paths in PATHS.items():
        found += [
            Route(paths["form"], _bound(form, language), methods=["GET"]),
            Route(paths["validate"], _bound(validate, language), methods=["POST"]),
            Route(paths["validate"], _bound(back_to_form, language), methods=["GET"]),
            Route(paths["statement"], _bound(statement, language), methods=["GET"]),
        ]
    return found


def _absolute(address: str) -> str | None:
    """``address`` if it is absolute; a path on a documentation site of unknown address is not a
    link the service can give (kll.validation.documentation)."""
    return address if address.startswith(("https://", "http://")) else None
