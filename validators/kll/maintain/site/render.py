"""Small renderings for hand-written pages: the metadata block of a decision record, the agency
register as a table, and the changelog with its links rewritten for the site.

A decision record's front matter and the agency register are data that anyone proposing a record
or an agency writes: every value of theirs goes into the page through :mod:`kll.render.markdown`,
so it is shown as text and never runs as HTML."""

from __future__ import annotations

import posixpath
import re
from typing import Any

from ...artifacts.paths import repository_root
from ...render import markdown as md

__all__ = ["agencies_table", "agency_name", "changelog_markdown", "decision_header"]

#: The rows of a record's metadata block, in this order (labels: kll.governance.vocabulary).
_FIELDS = (
    "decision_status", "decision_scope", "owning_agency", "decision_makers", "consulted", "informed",
    "model_modules", "interoperability_layers", "date_created", "last_updated", "date_accepted",
    "date_rejected", "date_withdrawn", "date_deprecated", "supersedes", "superseded_by", "amends", "resolution",
)
#: Front-matter keys whose values are agency aliases, shown by the agency's name.
_AGENCY_FIELDS = frozenset({"owning_agency", "decision_makers", "consulted", "informed"})
_RECORD = re.compile(r"^https://w3id\.org/kll/id/decision/([0-9]{4})$")


def _record_link(uri: str, names: dict[str, str]) -> str:
    match = _RECORD.match(str(uri))
    if match and match[1] in names:
        return f"[{match[1]}]({names[match[1]]})"
    return md.code(uri)


#: An ATX heading of level 1, its text in group 1.
_TITLE = re.compile(r"^# (.*)$")


def agency_name(alias: Any, language: str, names: dict[str, tuple[str, str | None]]) -> str:
    """An agency by its name in ``language`` with its alias as a code ("Arbetsförmedlingen (`af`)");
    an alias not in the register is shown as the code alone (the checker reports it)."""
    pair = names.get(str(alias))
    if pair is None:
        return md.code(str(alias))
    name = pair[0] if language == "sv" or not pair[1] else pair[1]
    return f"{md.text(name)} ({md.code(str(alias))})"


def _agency_names() -> dict[str, tuple[str, str | None]]:
    from ...governance.register import read_register, register_path

    return {a.alias: (a.name_sv, a.name_en) for a in read_register(register_path()).agencies}


def decision_header(markdown: str, meta: dict[str, Any], src_uri: str, language: str = "en", other_title: str | None = None) -> str:
    """The record's metadata as a table right under its title (and banner, if any), labelled and
    worded in ``language``; ``other_title`` is the title in the other language, shown under it."""
    from ...governance.records import decisions_dir, record_files
    from ...governance.vocabulary import FIELD_LABELS, LAYER_WORDS, SCOPE_WORDS, STATUS_WORDS, word

    names = {p.name[:4]: p.name for p in record_files(decisions_dir(repository_root()))}
    agencies = _agency_names()
    rows = ["| | |", "|---|---|"]
    for key in _FIELDS:
        value = meta.get(key)
        if value in (None, "", []):
            continue
        values = value if isinstance(value, list) else [value]
        if key in ("supersedes", "superseded_by", "amends"):
            text = ", ".join(_record_link(v, names) for v in values)
        elif key == "resolution":
            text = md.iri(value)
        elif key in _AGENCY_FIELDS:
            text = ", ".join(agency_name(v, language, agencies) for v in values)
        elif key == "interoperability_layers":
            text = ", ".join(md.text(word(LAYER_WORDS, v, language)) for v in values)
        elif key == "decision_status":
            text = f"**{md.text(word(STATUS_WORDS, value, language))}**"  # a word: an emoji is an empty box without an emoji font
        elif key == "decision_scope":
            text = md.text(word(SCOPE_WORDS, value, language))
        else:
            text = ", ".join(md.text(v) for v in values)
        rows.append(f"| {word(FIELD_LABELS, key, language)} | {text} |")
    sv = other_title
    lines = markdown.split("\n")
    heading = next((i for i, line in enumerate(lines) if line.startswith("# ")), None)
    if heading is None:
        return markdown
    # The record repeats its title as the page's heading, where Markdown would pass HTML through.
    lines[heading] = "# " + md.text(_TITLE.match(lines[heading])[1])
    insert = heading + 1
    # keep a generated banner directly under the title
    if any("<!-- banner:" in line for line in lines[insert:insert + 3]):
        insert = next(i for i in range(insert, len(lines)) if lines[i].startswith("<!-- /banner -->")) + 1
    block = [""] + ([f"*{md.text(sv)}*", ""] if sv else []) + rows + [""]
    return "\n".join(lines[:insert] + block + lines[insert:])


def agencies_table(src_uri: str, language: str = "en") -> str:
    """The agency register as a table in ``language``: each agency by its name, the alias as a code."""
    from ...governance.register import read_register, register_path

    register = read_register(register_path())
    base = posixpath.dirname(src_uri)
    head = ("| Myndighet | Kod | Organisationsnummer | Ansvarig för modulerna |" if language == "sv"
            else "| Agency | Code | Organisation number | Owns modules |")
    rows = [head, "|---|---|---|---|"]
    for agency in register.agencies:
        modules = ", ".join(f"[{md.text(m)}]({posixpath.relpath(f'reference/modules/{m}.md', base or '.')})" for m in agency.modules) or "—"
        name = agency.name_sv if language == "sv" or not agency.name_en else agency.name_en
        rows.append(f"| {md.text(name)} | {md.code(agency.alias)} | {md.text(agency.organisation_number or '—')} | {modules} |")
    return "\n".join(rows)


def changelog_markdown(src_uri: str) -> str:
    text = (repository_root() / "CHANGELOG.md").read_text(encoding="utf-8")
    base = posixpath.dirname(src_uri) or "."
    text = re.sub(r"\]\(docs/([^)]+)\)", lambda m: f"]({posixpath.relpath(m[1], base)})", text)
    # the page has its own title; the changelog's sections move one level down
    text = re.sub(r"^# .*\n", "", text, count=1)
    return text


def mapping_markdown(name: str) -> str:
    """A foreign format's coverage, measured against the standard's own definition, and its
    mapping table, from its adapter."""
    from ...adapters import get
    from ...adapters.coverage import markdown_table, measure

    coverage = measure(name)
    lines = [
        f"**Coverage**, measured against {coverage.standard} ({coverage.source}): "
        f"{coverage.elements} elements; {len(coverage.mapped)} mapped, {len(coverage.unmapped)} not mapped with the "
        f"reason given, {len(coverage.missing)} missing from the table — {coverage.accounted}/{coverage.elements} accounted for."
    ]
    for group, counts in coverage.groups.items():
        lines.append(f"**{group}:** {counts['mapped']}/{counts['listed']} mapped.")
    if coverage.missing:
        lines.append("**Missing from the table:** " + ", ".join(f"`{element}`" for element in coverage.missing) + ".")
    return "\n\n".join(lines) + "\n\n" + markdown_table(get(name).mapping())


def mapping_coverage_markdown() -> str:
    """The coverage of every foreign format, as ``kll mapping coverage`` prints it."""
    from ...adapters.coverage import FOREIGN_FORMATS, measure

    rows = [
        "| format | measured against | elements | mapped | not mapped, reason given | missing | accounted for | groups |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for name in FOREIGN_FORMATS:
        c = measure(name)
        groups = "; ".join(f"{g}: {v['mapped']}/{v['listed']}" for g, v in c.groups.items()) or "—"
        rows.append(
            f"| [{name}]({name}.md) | {c.standard} | {c.elements} | {len(c.mapped)} | {len(c.unmapped)} | "
            f"{len(c.missing)} | {c.accounted}/{c.elements} | {groups} |"
        )
    return "\n".join(rows)


def real_corpus_markdown() -> str:
    """The real-file corpus (``tests/fixtures/real/*/manifest.yaml``): each file the standards'
    maintainers publish, what it shows, and what ``kll validate --from`` must say of it."""
    import yaml

    corpus = repository_root() / "tests" / "fixtures" / "real"

    def cell(text: str) -> str:
        return " ".join(str(text).split()).replace("|", "\\|").replace("<", "&lt;")

    rows = [
        "| format | file | what it shows | command | exit | violations, and the clause behind each |",
        "|---|---|---|---|---:|---|",
    ]
    for manifest_path in sorted(corpus.glob("*/manifest.yaml")):
        manifest = yaml.safe_load(manifest_path.read_text(encoding="utf-8"))
        for entry in manifest["files"]:
            for check in entry["checks"]:
                args = " ".join(check.get("args", []))
                command = f"`kll validate --from {manifest['format']}{' ' + args if args else ''}`"
                violations = "; ".join(f"`{rule}` — {cell(clause)}" for rule, clause in (check.get("violations") or {}).items()) or "none"
                rows.append(
                    f"| {manifest['format']} | `{cell(entry['file'])}` | {cell(entry['shows']['en'])} | {command} | {check['exit']} | {violations} |"
                )
    return "\n".join(rows)



#: The counts a hand-written page may ask for with ``<!-- kll:count NAME -->`` (a line of its own,
#: which Markdown joins to the paragraph around it), so that a number in the prose is never typed.
COUNTS = ("modules", "cases", "suiteline", "suitetime")


def count_markdown(name: str, language: str) -> str:
    """The count ``name`` (one of :data:`COUNTS`) as it reads in a sentence in ``language``:

    * ``modules``: the model's modules (the root schema, which only gathers them, not counted);
    * ``cases``: the conformance cases, from the recorded results;
    * ``suiteline``: the line ``kll conformance run`` prints for the recorded results;
    * ``suitetime``: how long the recorded run of the whole suite took, or a sentence saying it
      has not been measured yet.
    """
    import json

    from ...artifacts.paths import root_schema
    from ...conformance.results import read_timing, results_path
    from .model import site_model

    if name == "modules":
        return str(sum(1 for module in site_model().modules if module != root_schema().stem))
    results = json.loads(results_path().read_text(encoding="utf-8"))
    total = results["total"]
    if name == "cases":
        return str(total["cases"])
    if name == "suiteline":
        share = 100 * total["passed"] / max(total["cases"], 1)
        return (f"{results['implementation']} {results['implementation_version']}: {total['passed']}/{total['cases']} cases "
                f"({share:.1f} %) at level {results['level']}; passed {total['passed']}")
    if name == "suitetime":
        measured = read_timing()
        if not measured:
            return "(tiden är inte uppmätt än: `kll conformance results` mäter den)" if language == "sv" else "(not measured yet: `kll conformance results` measures it)"
        seconds = f"{measured['seconds']:.0f}" if measured["seconds"] >= 10 else f"{measured['seconds']:.1f}".replace(".", "," if language == "sv" else ".")
        cpus = measured.get("cpus") or 1
        if language == "sv":
            return f"cirka {seconds} s ({measured['cases']} testfall, uppmätt med {cpus} processorkärnor när resultaten för {measured['suite_version']} registrerades)"
        return f"about {seconds} s ({measured['cases']} cases, measured on {cpus} CPU cores when the results of {measured['suite_version']} were recorded)"
    raise ValueError(f"unknown count {name!r}; known: {', '.join(COUNTS)}")
