"""Reports of a conformance run: W3C EARL, a Markdown summary, a badge, and a W3C test manifest.

* ``earl_graph`` — the run as EARL 1.0 (http://www.w3.org/ns/earl#), the vocabulary W3C test
  suites use for implementation reports; ``to_turtle`` and ``to_jsonld`` serialize it (JSON-LD
  with an inline context: nothing to fetch).
* ``summary_markdown`` — per profile: cases, passed, failed, expected failures, skipped, errored,
  pass %, and every case that did not pass with the reason.
* ``badge`` — a shields.io endpoint document ("endpoint badge").
* ``manifest_graph`` — the cases a SHACL processor can check on its own, as a W3C test manifest
  (mf: http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#) of ``sht:Validate`` entries in
  the style of the SHACL test suite (sht: http://www.w3.org/ns/shacl-test#).

What an implementation under test says about itself and its cases is not trusted: its homepage
is the subject's IRI only when it is an absolute http(s) IRI (``homepage_iri``), and every text the
summary quotes (names, reasons) is escaped for Markdown and HTML, so a ``<script>`` or a link in a
reason is shown as text wherever the summary is rendered.

Identifiers: a case is ``https://w3id.org/kll/conformance/case/<id>`` both as an EARL test and as a
manifest entry, so EARL reports and the manifest join on it. Assertions and results are blank nodes
with stable labels, so the same run gives the same Turtle.

EARL outcomes: a passed case is ``earl:passed``; a case graded failed (also when it is a declared
expected failure — the declared reason is then in ``earl:info``) is ``earl:failed``; a case the
implementation or the harness skipped is ``earl:inapplicable``; an errored case is
``earl:cantTell``. ``dcterms:description`` of the result carries the grader's reason.

One set of figures (``kll.conformance.runner.run_figures``) is stated everywhere: the terminal's
summary line (``figures_text``), the badge, the Markdown summary, and the EARL report's run node
(``figures_graph``: a ``kllc:Run`` with ``kllc:total``, ``kllc:passed``, ``kllc:failed``,
``kllc:expectedFailures``, ``kllc:unexpectedPasses``, ``kllc:skipped``, ``kllc:errored``,
``kllc:passRate`` and ``kllc:green``). They follow from the EARL results alone too: ``passed`` is
the number of ``earl:passed`` results, ``unexpectedPasses`` those of them with an ``earl:info``
(the declared reason of an expected failure), ``expectedFailures`` the other results with an
``earl:info``, and of the results without one, ``failed`` the ``earl:failed``, ``skipped`` the
``earl:inapplicable`` and ``errored`` the ``earl:cantTell``.
"""

from __future__ import annotations

import base64
import html
import math
import os
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Sequence

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS, SH, XSD

from .. import __version__
from .cases import Case
from .runner import CaseResult, RunFigures, run_figures

__all__ = [
    "EARL", "DOAP", "MF", "SHT", "KLLC", "CASE_BASE", "SUITE", "HARNESS", "JSONLD_CONTEXT",
    "case_iri", "earl_graph", "to_turtle", "to_jsonld", "summary_markdown", "badge",
    "shacl_checkable", "case_data_graph", "manifest_graph", "homepage_iri", "plain_text", "markdown_text",
    "figures_text", "RUN",
]

EARL = Namespace("http://www.w3.org/ns/earl#")
DOAP = Namespace("http://usefulinc.com/ns/doap#")
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SHT = Namespace("http://www.w3.org/ns/shacl-test#")
KLLC = Namespace("https://w3id.org/kll/conformance#")  # the few terms neither EARL nor mf: has

SUITE = URIRef("https://w3id.org/kll/conformance/")
CASE_BASE = "https://w3id.org/kll/conformance/case/"
PROFILE_BASE = "https://w3id.org/kll/conformance/profile/"
IMPLEMENTATION_BASE = "https://w3id.org/kll/conformance/implementation/"
HARNESS = URIRef("https://w3id.org/kll/conformance/harness")
MANIFEST = URIRef("https://w3id.org/kll/conformance/manifest")
RUN = BNode("run")  # the run's figures in an EARL report
RULE_BASE = "https://w3id.org/kll/rule/"
SHAPES_PATH = Path("generated") / "shacl" / "kll.shacl.ttl"

_PREFIXES = {
    "earl": EARL, "doap": DOAP, "foaf": FOAF, "dcterms": DCTERMS, "rdfs": RDFS, "xsd": XSD, "owl": OWL,
    "mf": MF, "sht": SHT, "sh": SH, "kllc": KLLC, "case": Namespace(CASE_BASE), "rule": Namespace(RULE_BASE),
}
#: The JSON-LD context the serializer writes inline (prefixes only: no remote context, no aliases).
JSONLD_CONTEXT = {prefix: str(namespace) for prefix, namespace in _PREFIXES.items()}

_OUTCOMES = {"passed": EARL.passed, "failed": EARL.failed, "skipped": EARL.inapplicable, "errored": EARL.cantTell}


# An absolute http(s) IRI (RFC 3987) with none of the characters an IRI never holds.
_HTTP_IRI = re.compile(r"https?://[^\s<>\"{}|\\^`\x00-\x1f\x7f-\x9f/?#]+(?:[/?#][^\s<>\"{}|\\^`\x00-\x1f\x7f-\x9f]*)?", re.IGNORECASE)


def plain_text(text: str, limit: int = 500) -> str:
    """``text`` with every character a terminal would act on (controls, line separators, bidi
    overrides, lone surrogates) shown as a visible escape, cut at ``limit`` characters: safe to
    print to a terminal, to write as UTF-8, and to put in a report."""
    from ..render._common import printable

    text = printable(str(text)[: limit + 1])
    return text if len(text) <= limit else text[:limit] + "…"


def homepage_iri(value: Any) -> str | None:
    """``value`` when it is an absolute http(s) IRI of at most 2,000 characters, else None."""
    if not isinstance(value, str) or len(value) > 2000 or not _HTTP_IRI.fullmatch(value):
        return None
    return value


# Enough to make text literal mid-line: links and images need "[", emphasis "*" and "_", code "`",
# attribute lists (attr_list) "{"; "<" and "&" are HTML-escaped. Only characters Markdown lets a
# backslash escape, so what is shown is the text itself. A table cell escapes "|" besides (_cell).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]])")


def markdown_text(text: str | None, limit: int = 2000) -> str:
    """``text`` as literal text in Markdown (and the HTML it becomes): one line, HTML escaped,
    Markdown punctuation backslash-escaped, so no tag, link, emphasis or table cell break survives."""
    flat = plain_text(" ".join((text or "").split()), limit)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))


def _cell(text: str) -> str:
    """``text`` as literal text in a Markdown table cell."""
    return markdown_text(text).replace("|", "\\|")


def _code(text: str) -> str:
    """``text`` as a Markdown code span (a case id); a backtick in it could not be escaped."""
    return "`" + " ".join(plain_text(text, 300).replace("`", "'").split()) + "`"


def case_iri(case_id: str) -> URIRef:
    return URIRef(CASE_BASE + case_id)


def _graph() -> Graph:
    graph = Graph()
    for prefix, namespace in _PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "implementation"


def _outcome(result: CaseResult) -> URIRef:
    if result.outcome.verdict in {"skipped", "errored"}:
        return _OUTCOMES[result.outcome.verdict]
    return EARL.passed if result.passed else EARL.failed


# --- EARL ------------------------------------------------------------------------------------------


def earl_graph(
    results: Sequence[CaseResult],
    implementation: Any,
    suite_version: str,
    *,
    date: str | None = None,
    level: str | None = None,
    figures: RunFigures | None = None,
) -> Graph:
    """One ``earl:Assertion`` per case result, asserted by the kll harness about ``implementation``,
    and the run's figures (default: ``run_figures(results)``) on a ``kllc:Run`` node (module docstring).

    ``implementation`` needs ``name`` and ``version`` (and may have ``homepage``, which is then the
    subject's IRI; otherwise one is minted from the name). ``date`` (ISO 8601), when given, is the
    ``dcterms:date`` of every result; without it the graph depends only on the results.
    """
    graph = _graph()
    name, version = str(implementation.name), str(implementation.version)
    # The implementation under test names its homepage: one that is no IRI would make the graph
    # unserialisable, so a minted IRI stands in for it.
    homepage = homepage_iri(getattr(implementation, "homepage", None))

    graph.add((SUITE, RDF.type, EARL.TestRequirement))
    graph.add((SUITE, DCTERMS.title, Literal("KLL conformance suite")))
    graph.add((SUITE, OWL.versionInfo, Literal(str(suite_version))))
    if level:
        graph.add((SUITE, KLLC.level, Literal(level)))

    graph.add((HARNESS, RDF.type, DOAP.Project))
    graph.add((HARNESS, RDF.type, FOAF.Agent))
    graph.add((HARNESS, RDF.type, EARL.Software))
    graph.add((HARNESS, DOAP.name, Literal("kll conformance harness")))
    graph.add((HARNESS, DOAP.description, Literal("The conformance runner of the KLL reference tooling (kll.conformance).", lang="en")))
    harness_release = BNode("release-kll-harness")
    graph.add((HARNESS, DOAP.release, harness_release))
    graph.add((harness_release, RDF.type, DOAP.Version))
    graph.add((harness_release, DOAP.revision, Literal(__version__)))

    subject = URIRef(homepage) if homepage else URIRef(IMPLEMENTATION_BASE + _slug(name))
    graph.add((subject, RDF.type, DOAP.Project))
    graph.add((subject, RDF.type, EARL.TestSubject))
    graph.add((subject, RDF.type, EARL.Software))
    graph.add((subject, DOAP.name, Literal(name)))
    if homepage:
        graph.add((subject, DOAP.homepage, URIRef(homepage)))
    release = BNode(f"release-{_slug(name)}")
    graph.add((subject, DOAP.release, release))
    graph.add((release, RDF.type, DOAP.Version))
    graph.add((release, DOAP.revision, Literal(version)))

    profiles = set()
    for result in results:
        case = result.case
        test = case_iri(case.id)
        graph.add((test, RDF.type, EARL.TestCase))
        graph.add((test, DCTERMS.title, Literal(case.description)))
        graph.add((test, DCTERMS.isPartOf, URIRef(PROFILE_BASE + case.profile)))
        profiles.add(case.profile)

        assertion, outcome = BNode(f"assertion-{case.id}"), BNode(f"result-{case.id}")
        graph.add((assertion, RDF.type, EARL.Assertion))
        graph.add((assertion, EARL.assertedBy, HARNESS))
        graph.add((assertion, EARL.subject, subject))
        graph.add((assertion, EARL.test, test))
        graph.add((assertion, EARL.mode, EARL.automatic))
        graph.add((assertion, EARL.result, outcome))
        graph.add((outcome, RDF.type, EARL.TestResult))
        graph.add((outcome, EARL.outcome, _outcome(result)))
        reason = result.reason or (result.outcome.message if result.outcome.verdict in {"skipped", "errored"} else None)
        if reason:
            graph.add((outcome, DCTERMS.description, Literal(reason)))
        if result.expected_failure:
            graph.add((outcome, EARL.info, Literal(f"listed as an expected failure: {result.expected_failure}")))
        if date:
            graph.add((outcome, DCTERMS.date, Literal(date, datatype=XSD.dateTime if "T" in date else XSD.date)))
    for profile in sorted(profiles):
        graph.add((URIRef(PROFILE_BASE + profile), RDF.type, EARL.TestRequirement))
        graph.add((URIRef(PROFILE_BASE + profile), DCTERMS.isPartOf, SUITE))
    _add_figures(graph, figures or run_figures(results), subject=subject, level=level)
    return graph


def _add_figures(graph: Graph, figures: RunFigures, *, subject: URIRef, level: str | None) -> None:
    """The run's figures as a ``kllc:Run``: what the summary line and the badge state."""
    graph.add((RUN, RDF.type, KLLC.Run))
    graph.add((RUN, KLLC.testSubject, subject))
    graph.add((RUN, KLLC.assertedBy, HARNESS))
    graph.add((RUN, DCTERMS.isPartOf, SUITE))
    if level:
        graph.add((RUN, KLLC.level, Literal(level)))
    for term, value in (
        (KLLC.total, figures.total), (KLLC.passed, figures.passed), (KLLC.failed, figures.failed),
        (KLLC.expectedFailures, figures.expected_failures), (KLLC.unexpectedPasses, figures.unexpected_passes),
        (KLLC.skipped, figures.skipped), (KLLC.errored, figures.errored),
    ):
        graph.add((RUN, term, Literal(value, datatype=XSD.nonNegativeInteger)))
    if figures.pass_rate is not None:  # a decimal written exactly: 4 places are enough for a share of cases
        graph.add((RUN, KLLC.passRate, Literal(f"{figures.pass_rate:.4f}", datatype=XSD.decimal)))
    graph.add((RUN, KLLC.green, Literal(figures.green)))


def to_turtle(graph: Graph) -> str:
    return graph.serialize(format="turtle")


def to_jsonld(graph: Graph) -> str:
    """JSON-LD with the inline ``JSONLD_CONTEXT``: a reader needs no network."""
    return graph.serialize(format="json-ld", context=JSONLD_CONTEXT, indent=2, sort_keys=True)


# --- the Markdown summary and the badge ------------------------------------------------------------


def figures_text(figures: RunFigures, language: str = "en") -> str:
    """The figures as the one sentence the terminal and the Markdown summary share."""
    percent = "" if figures.percent is None else f" ({figures.percent} %)"
    if language == "sv":
        return (f"{figures.passed} av {figures.total} testfall godkända{percent}; underkända {figures.failed}, "
                f"förväntade misslyckanden {figures.expected_failures}, oväntat godkända {figures.unexpected_passes}, "
                f"överhoppade {figures.skipped}, fel vid körning {figures.errored}; körningen är {'godkänd' if figures.green else 'underkänd'}")
    return (f"{figures.passed} of {figures.total} cases passed{percent}; failed {figures.failed}, "
            f"expected failures {figures.expected_failures}, unexpected passes {figures.unexpected_passes}, "
            f"skipped {figures.skipped}, errored {figures.errored}; the run is {'green' if figures.green else 'not green'}")


def _percent(passed: int, total: int) -> int | None:
    """Whole per cent, rounded down: 100 only when every case passed."""
    return None if total == 0 else math.floor(100 * passed / total)


def _counts(results: Iterable[CaseResult]) -> Counter:
    counts: Counter = Counter()
    for result in results:
        counts["cases"] += 1
        status = result.status
        counts["passed" if status in {"passed", "unexpected-pass"} else status] += 1
    return counts


def _one_line(text: str | None) -> str:
    return markdown_text(text)


def summary_markdown(
    results: Sequence[CaseResult],
    *,
    implementation: Any = None,
    suite_version: str | None = None,
    level: str | None = None,
    figures: RunFigures | None = None,
) -> str:
    """Per profile: cases, passed, failed, expected failures, skipped, errored, pass %; then the
    cases that did not pass, with the reasons, and expected failures that passed. ``figures``
    (default: ``run_figures(results)``) is the sentence at the top and the **all** row."""
    figures = figures or run_figures(results)
    title = "KLL conformance"
    if implementation is not None:
        title += f": {markdown_text(str(implementation.name), 300)} {markdown_text(str(implementation.version), 100)}"
    lines = [f"# {title}", ""]
    facts = []
    if suite_version:
        facts.append(f"Suite {markdown_text(str(suite_version), 100)}")
    if level:
        facts.append(f"level {markdown_text(str(level), 100)}")
    lines += [", ".join(facts + [figures_text(figures)]) + ".", ""]

    by_profile: dict[str, list[CaseResult]] = defaultdict(list)
    for result in results:
        by_profile[result.case.profile].append(result)
    lines += [
        "| Profile | Cases | Passed | Failed | Expected failures | Skipped | Errored | Pass % |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def row(label: str, counts: Counter) -> str:
        pct = _percent(counts["passed"], counts["cases"])
        cells = [counts[k] for k in ("cases", "passed", "failed", "expected-failure", "skipped", "errored")]
        return f"| {label} | " + " | ".join(map(str, cells)) + f" | {'–' if pct is None else f'{pct} %'} |"

    for profile in sorted(by_profile):
        lines.append(row(_cell(profile), _counts(by_profile[profile])))
    total = Counter({"cases": figures.total, "passed": figures.passed, "failed": figures.failed,
                     "expected-failure": figures.expected_failures, "skipped": figures.skipped, "errored": figures.errored})
    lines += [row("**all**", total), ""]

    not_passing = {p: [r for r in rs if r.status in {"failed", "expected-failure", "skipped", "errored"}] for p, rs in by_profile.items()}
    if any(not_passing.values()):
        lines += ["## Cases that did not pass", ""]
        for profile in sorted(p for p in not_passing if not_passing[p]):
            lines += [f"### {markdown_text(profile)}", ""]
            for result in sorted(not_passing[profile], key=lambda r: r.case.id):
                reason = _one_line(result.reason or result.outcome.message) or "no reason given"
                if result.status == "expected-failure":
                    lines.append(f"- {_code(result.case.id)} — expected failure ({_one_line(result.expected_failure)}): {reason}")
                else:
                    lines.append(f"- {_code(result.case.id)} — {result.status}: {reason}")
            lines.append("")
    surprises = sorted((r for r in results if r.status == "unexpected-pass"), key=lambda r: r.case.id)
    if surprises:
        lines += ["## Expected failures that passed", "", "Remove them from the expected-failures file.", ""]
        lines += [f"- {_code(r.case.id)} (listed as: {_one_line(r.expected_failure)})" for r in surprises]
        lines.append("")
    return "\n".join(lines)


def badge(results: Sequence[CaseResult], *, figures: RunFigures | None = None) -> dict:
    """A shields.io endpoint badge: the pass rate of ``figures`` (default: ``run_figures(results)``)
    in whole per cent, green at 100 % in a green run, yellow from 90 %, red below."""
    figures = figures or run_figures(results)
    percent = figures.percent
    if percent is None:
        return {"schemaVersion": 1, "label": "KLL conformance", "message": "no cases", "color": "lightgrey"}
    color = "green" if percent == 100 and figures.green else "yellow" if percent >= 90 else "red"
    return {"schemaVersion": 1, "label": "KLL conformance", "message": f"{percent} %", "color": color}


# --- the W3C test manifest -----------------------------------------------------------------------


def _shacl_rule(rule_id: str) -> bool:
    """Whether the generated SHACL shapes check the rule (a shape whose IRI is the rule's)."""
    from ..validation.catalogue import catalogue
    from ..validation.report import Stage

    rule = catalogue().get(rule_id)
    return rule is not None and rule.origin == "generated" and Stage.SEMANTIC in rule.stages


def _place(index, document: Any, class_name: str | None) -> list[tuple[str, dict]] | None:
    """(class, record) for every record of a JSON document, as the validator places them; None
    when some part cannot be placed (that input is about the package structure, not SHACL)."""
    if class_name is not None:
        records = document if isinstance(document, list) else [document]
        placed = [(index.record_class(class_name, r.get("type")), r) for r in records if isinstance(r, dict)]
        return placed if len(placed) == len(records) and all(c for c, _ in placed) else None
    if isinstance(document, dict) and "type" in document and not (set(document) & set(index.containers)):
        return [(document["type"], document)] if index.is_record_class(document["type"]) else None
    if not isinstance(document, dict) or not document:
        return None
    placed = []
    for key, value in document.items():
        if key == "conforms_to_model_version":
            if value != index.model_version:
                return None
            continue
        container = index.containers.get(key)
        if container is None or not isinstance(value, list):
            return None
        for record in value:
            record_class = index.record_class(container, record.get("type")) if isinstance(record, dict) else None
            if record_class is None:
                return None
            placed.append((record_class, record))
    return placed


def case_data_graph(case: Case) -> Graph | None:
    """The RDF a SHACL processor checks for the case — the validator's JSON → RDF mapping of its
    input, or the input itself when it is RDF — or None when the input cannot be read or placed."""
    from ..validation.loaders import InputError, detect_format, iter_json_lines, read_document, read_graph
    from ..artifacts.modelindex import model_index
    from ..validation.rdf_mapping import JsonToRdf

    index = model_index()
    try:
        if case.kind == "file":
            path = Path(case.data)
            fmt = detect_format(path)
            if fmt in {"turtle", "jsonld"}:
                return read_graph(path, fmt)
            if fmt == "jsonl":
                records = []
                for _, record in iter_json_lines(path):
                    if isinstance(record, InputError) or not isinstance(record, dict) or not index.is_record_class(record.get("type")):
                        return None
                    records.append((record["type"], record))
                placed = records
            else:
                placed = _place(index, read_document(path, fmt), None)
        else:
            document = case.document() if hasattr(case, "document") else case.data
            placed = _place(index, document, case.class_name if case.kind == "record" else None)
    except InputError:
        return None
    if not placed:
        return None
    mapper = JsonToRdf(index)
    for class_name, record in placed:
        try:
            mapper.add_record(record, class_name)
        except (InputError, RecursionError, KeyError, TypeError, ValueError):
            return None
    return mapper.graph


def _expected_shacl_conforms(case: Case) -> bool | None:
    """What ``sh:conforms`` a SHACL processor must report for the case, or None when that cannot be
    told from the case alone (the case is then not in the manifest)."""
    if "semantic" not in getattr(case, "stages", ("semantic",)):
        return None
    findings = case.expected.findings
    if not all(_shacl_rule(rule) for rule, _ in findings):
        return None  # a finding that SHACL does not check: rules-stage or engine rules
    if case.kind == "patch":
        # The expected findings are what the patch adds to the example's own; with at least one the
        # report is non-empty, without any it is the example's, which the case does not state.
        return False if findings else None
    return not findings


def _is_turtle_file(case: Case) -> bool:
    return case.kind == "file" and Path(case.data).suffix.lower() in {".ttl", ".turtle"}


def _data(case: Case) -> tuple[bool, bytes | None] | None:
    """(whether the case is a Turtle file, else its data graph as Turtle), or None when a SHACL
    processor cannot be given the case's input."""
    graph = case_data_graph(case)
    if graph is None:
        return None
    if _is_turtle_file(case):
        return True, None
    turtle = _turtle(graph)
    return None if turtle is None else (False, turtle)


def shacl_checkable(case: Case) -> bool:
    """Whether a SHACL processor alone can check the case (see ``manifest_graph``)."""
    return _expected_shacl_conforms(case) is not None and _data(case) is not None


def _turtle(graph: Graph) -> bytes | None:
    """The graph as Turtle with canonical blank-node labels; None when it cannot be written (an
    IRI that is not one — such input is about references, not something SHACL alone decides)."""
    try:
        return to_canonical_graph(graph).serialize(format="turtle").encode("utf-8")
    except Exception:
        return None


def _relative(path: Path, base: Path) -> str:
    return Path(os.path.relpath(path.resolve(), base.resolve())).as_posix()


def manifest_graph(cases: Iterable[Case], *, base: Path | None = None, data_dir: Path | None = None) -> Graph:
    """A W3C test manifest of the cases a SHACL processor can check on its own.

    Each entry is an ``mf:ManifestEntry`` and ``sht:Validate`` with ``mf:name`` (the case id),
    ``rdfs:comment`` (its description), ``mf:status`` (``sht:approved`` or ``sht:proposed``),
    ``mf:action [sht:dataGraph …; sht:shapesGraph <generated/shacl/kll.shacl.ttl>]`` and
    ``mf:result [a sh:ValidationReport; sh:conforms …]``, plus ``kllc:expectedVerdict`` and one
    ``kllc:expectedRule`` per expected finding's rule.

    Which cases: those whose expected findings are all rules of the generated SHACL shapes (none of
    the rules stage or the engine — a SHACL processor cannot report those), whose stages include
    ``semantic``, and whose input can be read, placed in classes and written as RDF (a reference
    that is not an IRI cannot be).

    ``sh:conforms`` follows SHACL, not the KLL verdict. KLL's "conformant" means *no violations*;
    SHACL's ``sh:conforms`` is false as soon as there is any result, warnings included. So an entry
    says ``sh:conforms true`` only when the case expects no finding at all, and ``false`` when it
    expects any violation *or warning*; the KLL verdict is kept in ``kllc:expectedVerdict``.
    (The catalogue has no info-level rules, so no expected-silent info result can make SHACL say
    false where the case says nothing.) A case written as a patch of an example lists only the
    findings the patch adds, so it is an entry only when it adds at least one (``sh:conforms
    false``); a patch that adds nothing leaves the example's own warnings, which the case does not
    state, and is left out. The expected report lists no ``sh:result`` nodes: the cases name rules,
    not focus nodes, so a runner should compare ``sh:conforms`` (and may compare the source shapes
    of its results, ``<https://w3id.org/kll/rule/…>``, with ``kllc:expectedRule``).

    Data graphs: a Turtle file case is referenced by its path; anything else is the RDF the
    validator checks (its JSON → RDF mapping, or a JSON-LD file read with the shipped context), as a
    ``data:text/turtle`` IRI — or, with ``data_dir``, a Turtle file written there and referenced by
    path. Paths are relative IRIs, relative to ``base`` (default: the repository root), where the
    manifest is meant to be written; the shapes graph is ``generated/shacl/kll.shacl.ttl`` from there.
    """
    from ..artifacts.paths import repository_root

    root = repository_root()
    base = base or root
    graph = _graph()
    graph.add((MANIFEST, RDF.type, MF.Manifest))
    graph.add((MANIFEST, RDFS.label, Literal("KLL conformance cases a SHACL processor can check on its own")))
    shapes = URIRef(_relative(root / SHAPES_PATH, base))
    entries = []
    for case in sorted(cases, key=lambda c: c.id):
        conforms = _expected_shacl_conforms(case)
        if conforms is None:
            continue
        data = _data(case)
        if data is None:
            continue
        turtle_file, turtle = data
        if turtle_file:
            data_iri = URIRef(_relative(Path(case.data), base))
        else:
            if data_dir is not None:
                data_dir.mkdir(parents=True, exist_ok=True)
                target = data_dir / f"{case.id}.ttl"
                target.write_bytes(turtle)
                data_iri = URIRef(_relative(target, base))
            else:
                data_iri = URIRef("data:text/turtle;charset=utf-8;base64," + base64.b64encode(turtle).decode("ascii"))
        entry = case_iri(case.id)
        entries.append(entry)
        graph.add((entry, RDF.type, MF.ManifestEntry))
        graph.add((entry, RDF.type, SHT.Validate))
        graph.add((entry, MF.name, Literal(case.id)))
        graph.add((entry, RDFS.comment, Literal(case.description)))
        graph.add((entry, MF.status, SHT.approved if case.status == "approved" else SHT.proposed))
        action, result = BNode(f"action-{case.id}"), BNode(f"result-{case.id}")
        graph.add((entry, MF.action, action))
        graph.add((action, SHT.dataGraph, data_iri))
        graph.add((action, SHT.shapesGraph, shapes))
        graph.add((entry, MF.result, result))
        graph.add((result, RDF.type, SH.ValidationReport))
        graph.add((result, SH.conforms, Literal(conforms)))
        graph.add((entry, KLLC.expectedVerdict, Literal("conformant" if case.expected.conformant else "not-conformant")))
        graph.add((entry, KLLC.profile, URIRef(PROFILE_BASE + case.profile)))
        for rule in sorted({rule for rule, _ in case.expected.findings}):
            graph.add((entry, KLLC.expectedRule, URIRef(RULE_BASE + rule)))
    graph.add((MANIFEST, MF.entries, _rdf_list(graph, entries, "entries")))
    return graph


def _rdf_list(graph: Graph, items: Sequence, label: str):
    """An rdf:List of ``items`` with stable blank-node labels; its head (``rdf:nil`` when empty)."""
    head = RDF.nil
    for position in range(len(items) - 1, -1, -1):
        node = BNode(f"{label}-{position}")
        graph.add((node, RDF.first, items[position]))
        graph.add((node, RDF.rest, head))
        head = node
    return head
