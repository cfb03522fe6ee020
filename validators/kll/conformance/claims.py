"""Implementers' claims: the EARL reports submitted to ``conformance/claims/``, checked and counted.

A claim is one EARL report per implementation version, as ``kll conformance run --earl FILE``
writes it (``kll.conformance.reports.earl_graph``), in Turtle (``.ttl``) or JSON-LD (``.jsonld``).
The site's conformance results page shows every claim (``kll.maintain.site.pages.page_results``)
and the site build fails when one is invalid; ``kll conformance claims`` runs the same check.

Nothing in a report is trusted. It is read bounded (``MAX_BYTES``, no symbolic link), parsed with
rdflib's logging silenced (its warnings quote the input), a JSON-LD report may not name a remote
context (nothing is fetched), and a finding names the file, the line of a syntax error and what is
wrong — never a value from the report. What a claim shows (name, version, profiles) is the
report's own text: whoever renders it escapes it (``reports.markdown_text``, ``reports.plain_text``).

What makes a report valid:

* exactly one implementation under test (the ``earl:TestSubject``, every ``earl:subject`` of an
  assertion, and any other ``doap:Project`` than the harness that asserted) with exactly one
  ``doap:name`` and one ``doap:release``/``doap:revision``;
* exactly one suite version (``owl:versionInfo`` of the suite) that is a released model version
  (``model/releases/*.json``) or the current one, and exactly one level (``core`` or ``full``);
* every assertion names one test, one result and one outcome among ``earl:passed``,
  ``earl:failed``, ``earl:inapplicable`` and ``earl:cantTell``, about that implementation; no test is
  asserted twice;
* for the current suite version, every test is a case of the suite (``reports.case_iri``). The
  releases record the model, not the cases, so a claim about an older suite version cannot have its
  cases checked: that is said (a note), and its profiles are the ones the report states.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF

from .reports import CASE_BASE, DOAP, EARL, KLLC, PROFILE_BASE, SUITE, homepage_iri

__all__ = ["MAX_BYTES", "Finding", "ProfileFigures", "Claim", "ClaimCheck", "claims_dir", "claim_paths", "known_suite_versions", "check_claim", "check_claims"]

#: The largest report read, in bytes. The reference validator's report of the whole suite is about
#: 1.2 MB; a report larger than this is refused rather than parsed.
MAX_BYTES = 8 * 1024 * 1024

#: The files of the folder that are not claims.
_NOT_CLAIMS = {"README.md", "README.sv.md", "README.en.md", ".gitkeep"}
_FORMATS = {".ttl": "turtle", ".jsonld": "json-ld"}
_OUTCOMES = {EARL.passed: "passed", EARL.failed: "failed", EARL.inapplicable: "skipped", EARL.cantTell: "errored"}
_LEVELS = ("core", "full")
#: A claim's file name: the site links to it, so it is plain (no markup, no path, no space).
_FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,150}")
#: The base relative IRIs of a report resolve against: never the path of the file on this machine.
_BASE = "https://w3id.org/kll/conformance/claims/"


@dataclass(frozen=True)
class Finding:
    """What is wrong with a claim (``error``), or what could not be checked (``note``)."""

    file: str
    english: str
    swedish: str
    line: int | None = None
    severity: str = "error"

    def message(self, language: str = "en") -> str:
        """``file[:line]: error|fel|note|anmärkning: text`` in the language."""
        sv = language == "sv"
        place = self.file + (f":{self.line}" if self.line else "")
        label = {"error": "fel", "note": "anmärkning"}[self.severity] if sv else self.severity
        return f"{place}: {label}: {self.swedish if sv else self.english}"


@dataclass(frozen=True)
class ProfileFigures:
    """A profile's assertions in a claim; ``suite_cases`` is the number of cases of the profile in
    the suite when the suite version's cases are known."""

    profile: str
    total: int
    passed: int
    failed: int
    skipped: int
    errored: int
    suite_cases: int | None = None

    @property
    def percent(self) -> int | None:
        """Whole per cent of the asserted cases passed, rounded down (100 only when all passed)."""
        return None if self.total == 0 else 100 * self.passed // self.total


@dataclass(frozen=True)
class Claim:
    """A valid submitted report: who claims what. Every text is the report's own, unescaped."""

    file: str
    name: str
    version: str
    homepage: str | None
    suite_version: str
    level: str
    date: str | None
    profiles: tuple[ProfileFigures, ...]
    cases_checked: bool


@dataclass(frozen=True)
class ClaimCheck:
    """Every claim of the folder that is valid, and every finding (of valid and invalid ones)."""

    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]

    @property
    def valid(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)


def claims_dir(root: Path | None = None) -> Path:
    from ..artifacts.paths import repository_root

    return (root or repository_root()) / "conformance" / "claims"


def known_suite_versions(root: Path | None = None) -> tuple[str, frozenset[str]]:
    """(the current suite version, every version a claim may name): the released model versions
    (``model/releases/*.json``), the current model version and this kll's version, which
    ``kll conformance run`` writes as the suite version."""
    from .. import __version__
    from ..artifacts.modelindex import model_index
    from ..artifacts.paths import repository_root

    current = model_index(root).model_version
    released = {path.stem for path in ((root or repository_root()) / "model" / "releases").glob("*.json")}
    return current, frozenset(released | {current, __version__})


@contextmanager
def _quiet_rdflib() -> Iterator[None]:
    """rdflib logs warnings that quote the input (an IRI it doubts): none reaches the terminal."""
    logger = logging.getLogger("rdflib")
    disabled, logger.disabled = logger.disabled, True
    try:
        yield
    finally:
        logger.disabled = disabled


def _read_bounded(path: Path) -> bytes | None:
    """The file's bytes, or None when it is larger than ``MAX_BYTES``; never through a symbolic
    link (OSError ELOOP) and only a regular file (OSError otherwise)."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise IsADirectoryError(str(path))
        data = handle.read(MAX_BYTES + 1)
    return None if len(data) > MAX_BYTES else data


def _remote_context(value: object, depth: int = 0) -> bool:
    """Whether a JSON-LD document names a context (or an import) by IRI, which rdflib would fetch."""
    if depth > 200:
        return True  # deeper than any report: refused rather than walked
    if isinstance(value, dict):
        for key, item in value.items():
            if key in {"@context", "@import"} and (isinstance(item, str) or (isinstance(item, list) and any(isinstance(i, str) for i in item))):
                return True
            if _remote_context(item, depth + 1):
                return True
    elif isinstance(value, list):
        return any(_remote_context(item, depth + 1) for item in value)
    return False


def _parse(data: bytes, fmt: str, file: str) -> tuple[Graph | None, list[Finding]]:
    """The report as a graph, or the finding that says why it is not one (file and line only)."""
    def bad(en: str, sv: str, line: int | None = None) -> tuple[None, list[Finding]]:
        return None, [Finding(file, en, sv, line)]

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return bad("not UTF-8 text", "inte UTF-8-text")
    graph = Graph()
    if fmt == "json-ld":
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            return bad("not valid JSON", "inte giltig JSON", error.lineno)
        except RecursionError:
            return bad("JSON nested too deeply", "JSON nästlad för djupt")
        if _remote_context(document):
            return bad("the JSON-LD names a context by IRI, which is never fetched: give it inline",
                       "JSON-LD-dokumentet anger en kontext med IRI, som aldrig hämtas: ange den i dokumentet")
    try:
        with _quiet_rdflib():
            graph.parse(data=text, format=fmt, publicID=_BASE)
    except RecursionError:
        return bad("the RDF is nested too deeply", "RDF-datat är nästlat för djupt")
    except Exception as error:  # rdflib's many syntax errors; their text quotes the input
        line = getattr(error, "lines", None)
        line = line + 1 if isinstance(line, int) else None
        if fmt == "turtle":
            return bad("not valid Turtle (RDF syntax error)", "inte giltig Turtle (syntaxfel i RDF)", line)
        return bad("not valid JSON-LD", "inte giltig JSON-LD", line)
    return graph, []


def _literals(graph: Graph, subject, predicate) -> list[str]:
    return sorted(str(o) for o in graph.objects(subject, predicate) if isinstance(o, Literal))


def _date(graph: Graph, results: list) -> str | None:
    """The latest ``dcterms:date`` of the results (its day), or None when the report gives none."""
    days = {str(value)[:10] for result in results for value in graph.objects(result, DCTERMS.date) if isinstance(value, Literal)}
    days = {day for day in days if len(day) == 10 and day[4] == "-" and day[7] == "-" and (day[:4] + day[5:7] + day[8:]).isdigit()}
    return max(days) if days else None


def check_claim(path: Path, *, current: str, versions: frozenset[str], cases: dict[str, str], file: str | None = None) -> tuple[Claim | None, list[Finding]]:
    """Check one submitted report. ``cases`` maps each case id of the current suite version
    (``current``) to its profile; ``versions`` are the suite versions a claim may name; ``file`` is
    how findings name the report (default: its file name). Returns the claim (None when invalid)
    and the findings."""
    file = file or path.name
    if not _FILE_NAME.fullmatch(path.name):
        return None, [Finding(file, "a claim's file name holds only letters a-z, digits, '.', '-' and '_'",
                              "ett anspråks filnamn har bara bokstäverna a-z, siffror, '.', '-' och '_'")]
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        return None, [Finding(file, "not an EARL report: a claim is a .ttl (Turtle) or .jsonld (JSON-LD) file",
                              "ingen EARL-rapport: ett anspråk är en .ttl-fil (Turtle) eller .jsonld-fil (JSON-LD)")]
    try:
        data = _read_bounded(path)
    except OSError as error:
        symlink = path.is_symlink()
        return None, [Finding(file, "is a symbolic link, which is never followed" if symlink else f"cannot be read ({type(error).__name__})",
                              "är en symbolisk länk, som aldrig följs" if symlink else f"kan inte läsas ({type(error).__name__})")]
    if data is None:
        return None, [Finding(file, f"larger than {MAX_BYTES // (1024 * 1024)} MiB: not read", f"större än {MAX_BYTES // (1024 * 1024)} MiB: lästes inte")]
    graph, findings = _parse(data, fmt, file)
    if graph is None:
        return None, findings

    def error(en: str, sv: str) -> None:
        findings.append(Finding(file, en, sv))

    asserters = set(graph.objects(None, EARL.assertedBy))
    subjects = set(graph.subjects(RDF.type, EARL.TestSubject)) | set(graph.objects(None, EARL.subject))
    subjects |= set(graph.subjects(RDF.type, DOAP.Project)) - asserters
    name = version = homepage = None
    if len(subjects) != 1:
        error(f"names {len(subjects)} implementations under test; a claim is about exactly one",
              f"anger {len(subjects)} implementationer under test; ett anspråk gäller exakt en")
    else:
        (subject,) = subjects
        names = _literals(graph, subject, DOAP.name)
        revisions = [r for release in graph.objects(subject, DOAP.release) for r in _literals(graph, release, DOAP.revision)]
        if len(names) != 1 or not names[0].strip():
            error("the implementation needs exactly one name (doap:name)", "implementationen behöver exakt ett namn (doap:name)")
        else:
            name = names[0]
        if len(revisions) != 1 or not revisions[0].strip():
            error("the implementation needs exactly one version (doap:release/doap:revision)",
                  "implementationen behöver exakt en version (doap:release/doap:revision)")
        else:
            version = revisions[0]
        pages = [str(o) for o in graph.objects(subject, DOAP.homepage)]
        homepage = homepage_iri(pages[0]) if len(pages) == 1 else None

    suite_versions = _literals(graph, SUITE, OWL.versionInfo)
    suite_version = suite_versions[0] if len(suite_versions) == 1 else None
    if suite_version is None:
        error("the report needs exactly one suite version (owl:versionInfo of the suite)",
              "rapporten behöver exakt en version av testsviten (owl:versionInfo för sviten)")
    elif suite_version not in versions:
        error("the suite version is neither a released model version nor the current one",
              "testsvitens version är varken en publicerad modellversion eller den aktuella")
        suite_version = None
    levels = _literals(graph, SUITE, KLLC.level)
    level = levels[0] if len(levels) == 1 and levels[0] in _LEVELS else None
    if level is None:
        error("the report needs exactly one level (kllc:level of the suite), core or full",
              "rapporten behöver exakt en nivå (kllc:level för sviten), core eller full")

    checked = suite_version is not None and suite_version == current
    assertions = set(graph.subjects(RDF.type, EARL.Assertion)) | set(graph.subjects(EARL.test, None))
    if not assertions:
        error("the report asserts no case (no earl:Assertion)", "rapporten påstår inget testfall (ingen earl:Assertion)")
    malformed = unknown = foreign = 0
    seen: Counter = Counter()
    outcomes: dict[str, str] = {}
    results = []
    for assertion in assertions:
        tests = list(graph.objects(assertion, EARL.test))
        found = [o for result in graph.objects(assertion, EARL.result) for o in graph.objects(result, EARL.outcome)]
        results += list(graph.objects(assertion, EARL.result))
        if set(graph.objects(assertion, EARL.subject)) != subjects or len(subjects) != 1:
            foreign += 1
        if len(tests) != 1 or not isinstance(tests[0], URIRef) or len(found) != 1 or found[0] not in _OUTCOMES:
            malformed += 1
            continue
        test = str(tests[0])
        seen[test] += 1
        case_id = test[len(CASE_BASE):] if test.startswith(CASE_BASE) else None
        if checked and (case_id is None or case_id not in cases):
            unknown += 1
            continue
        outcomes[test] = _OUTCOMES[found[0]]
    duplicated = sum(1 for count in seen.values() if count > 1)
    if malformed:
        error(f"{malformed} assertions lack exactly one test, one result and one outcome among earl:passed, "
              "earl:failed, earl:inapplicable and earl:cantTell",
              f"{malformed} påståenden saknar exakt ett testfall, ett resultat och ett utfall bland earl:passed, "
              "earl:failed, earl:inapplicable och earl:cantTell")
    if foreign:
        error(f"{foreign} assertions are not about the implementation under test (earl:subject)",
              f"{foreign} påståenden gäller inte implementationen under test (earl:subject)")
    if unknown:
        error(f"{unknown} assertions name a test that is not a case of suite version {current}",
              f"{unknown} påståenden anger ett testfall som inte finns i testsviten version {current}")
    if duplicated:
        error(f"{duplicated} cases are asserted more than once", f"{duplicated} testfall påstås mer än en gång")
    if not any(f.severity == "error" for f in findings):  # the figures are judged on sound assertions only
        _check_run_figures(graph, list(outcomes.values()), error)
    if suite_version is not None and not checked:
        findings.append(Finding(file, f"suite version {suite_version} is not the current one ({current}) and its cases "
                                "are not recorded: the cases are not checked", f"testsvitens version {suite_version} är inte "
                                f"den aktuella ({current}) och dess testfall finns inte registrerade: testfallen kontrolleras inte",
                                severity="note"))
    if any(f.severity == "error" for f in findings):
        return None, findings

    by_profile: dict[str, Counter] = defaultdict(Counter)
    for test, outcome in outcomes.items():
        if checked:
            profile = cases[test[len(CASE_BASE):]]
        else:
            stated = [str(p) for p in graph.objects(URIRef(test), DCTERMS.isPartOf)]
            profile = stated[0][len(PROFILE_BASE):] if len(stated) == 1 and stated[0].startswith(PROFILE_BASE) else "?"
        by_profile[profile][outcome] += 1
    in_suite = Counter(cases.values()) if checked else Counter()
    profiles = tuple(
        ProfileFigures(profile, total=sum(counts.values()), passed=counts["passed"], failed=counts["failed"],
                       skipped=counts["skipped"], errored=counts["errored"], suite_cases=in_suite[profile] if checked else None)
        for profile, counts in sorted(by_profile.items())
    )
    claim = Claim(file=file, name=name or "", version=version or "", homepage=homepage, suite_version=suite_version or "",
                  level=level or "", date=_date(graph, results), profiles=profiles, cases_checked=checked)
    return claim, findings


def _count(graph: Graph, run, term) -> int | None:
    values = list(graph.objects(run, term))
    try:
        return int(values[0]) if len(values) == 1 else None
    except (TypeError, ValueError):
        return None


def _check_run_figures(graph: Graph, outcomes: list[str], error) -> None:
    """A ``kllc:Run`` (``kll conformance run`` writes one) must state what the assertions say: the
    same total and passes, the rest split into failed, expected failures, skipped and errored, a
    pass rate of passed/total, and green only without failures, skips and errors. A report without
    one is judged by its assertions alone."""
    runs = list(graph.subjects(RDF.type, KLLC.Run))
    if len(runs) > 1:
        error("the report has more than one kllc:Run", "rapporten har mer än en kllc:Run")
        return
    if not runs:
        return
    run = runs[0]
    stated = {name: _count(graph, run, getattr(KLLC, name)) for name in
              ("total", "passed", "failed", "expectedFailures", "unexpectedPasses", "skipped", "errored")}
    if any(value is None for value in stated.values()):
        error("the kllc:Run lacks one of its counts", "kllc:Run saknar något av sina antal")
        return
    total, passed = len(outcomes), outcomes.count("passed")
    rest = stated["failed"] + stated["expectedFailures"] + stated["skipped"] + stated["errored"]
    rates = [str(v) for v in graph.objects(run, KLLC.passRate)]
    try:
        rate_ok = not rates or (total > 0 and len(rates) == 1 and abs(float(rates[0]) - passed / total) < 5e-5)
    except ValueError:  # not a number
        rate_ok = False
    green = [bool(v.toPython()) for v in graph.objects(run, KLLC.green)]
    green_ok = not green or not green[0] or not (stated["failed"] or stated["skipped"] or stated["errored"])
    if stated["total"] != total or stated["passed"] != passed or rest != total - passed or not rate_ok or not green_ok:
        error("the figures of the kllc:Run differ from what the assertions say",
              "siffrorna i kllc:Run skiljer sig från vad påståendena säger")


def claim_paths(root: Path | None = None) -> list[Path]:
    """Every file of ``conformance/claims/`` that is meant as a claim (its README is not), by name."""
    folder = claims_dir(root)
    return sorted(p for p in folder.iterdir() if p.name not in _NOT_CLAIMS) if folder.is_dir() else []


def check_claims(root: Path | None = None) -> ClaimCheck:
    """Check every file of ``conformance/claims/`` (its README excepted), in file-name order."""
    from .cases import load_cases

    files = claim_paths(root)
    if not files:
        return ClaimCheck((), ())
    current, versions = known_suite_versions(root)
    cases = {case.id: case.profile for case in load_cases(root)}
    claims, findings = [], []
    for path in files:
        claim, found = check_claim(path, current=current, versions=versions, cases=cases, file=f"conformance/claims/{path.name}")
        findings += found
        if claim is not None:
            claims.append(claim)
    return ClaimCheck(tuple(claims), tuple(findings))


_CHECKED: dict[tuple, ClaimCheck] = {}


def check_claims_once(root: Path | None = None) -> ClaimCheck:
    """``check_claims(root)``, made again only when the claims folder changes (its files' names,
    sizes and modification times): the site shows the claims on two pages in each language, and a
    check parses every report. A change to the cases or the model's releases alone, which the
    check also reads, is not seen: call ``check_claims`` where that matters."""
    files = claim_paths(root)
    state = (str(claims_dir(root)), tuple((p.name, p.lstat().st_size, p.lstat().st_mtime_ns) for p in files))
    found = _CHECKED.get(state)
    if found is None:
        _CHECKED.clear()
        found = _CHECKED[state] = check_claims(root)
    return found
