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

__all__ = ["agencies_table", "changelog_markdown", "decision_header"]

_FIELDS = (
    ("decision_status", "Status"), ("decision_scope", "Scope"), ("owning_agency", "Owning agency"),
    ("decision_makers", "Decision makers"), ("consulted", "Consulted"), ("informed", "Informed"),
    ("model_modules", "Modules"), ("interoperability_layers", "Interoperability layers"),
    ("date_created", "Created"), ("last_updated", "Last updated"), ("date_accepted", "Accepted"),
    ("date_rejected", "Rejected"), ("date_withdrawn", "Withdrawn"), ("date_deprecated", "Deprecated"),
    ("supersedes", "Supersedes"), ("superseded_by", "Superseded by"), ("amends", "Amends"),
    ("resolution", "Resolution"),
)
_RECORD = re.compile(r"^https://w3id\.org/kll/id/decision/([0-9]{4})$")


def _record_link(uri: str, names: dict[str, str]) -> str:
    match = _RECORD.match(str(uri))
    if match and match[1] in names:
        return f"[{match[1]}]({names[match[1]]})"
    return md.code(uri)


#: An ATX heading of level 1, its text in group 1.
_TITLE = re.compile(r"^# (.*)$")


def decision_header(markdown: str, meta: dict[str, Any], src_uri: str) -> str:
    """The record's metadata as a table right under its title (and banner, if any)."""
    from ...governance.records import decisions_dir

    names = {p.name[:4]: p.name for p in decisions_dir(repository_root()).glob("[0-9][0-9][0-9][0-9]-*.md")}
    title = meta.get("title")
    sv = None
    rows = ["| | |", "|---|---|"]
    for key, label in _FIELDS:
        value = meta.get(key)
        if value in (None, "", []):
            continue
        if key in ("supersedes", "superseded_by", "amends"):
            text = ", ".join(_record_link(v, names) for v in (value if isinstance(value, list) else [value]))
        elif key == "resolution":
            text = md.iri(value)
        elif isinstance(value, list):
            text = ", ".join(md.text(v) for v in value)
        elif key == "decision_status":
            text = f"**{md.text(value)}**"  # as a word: an emoji is an empty box without an emoji font
        else:
            text = md.text(value)
        rows.append(f"| {label} | {text} |")
    if isinstance(meta.get("_title_sv"), str):
        sv = meta["_title_sv"]
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


def agencies_table(src_uri: str) -> str:
    from ...governance.register import read_register, register_path

    register = read_register(register_path())
    base = posixpath.dirname(src_uri)
    rows = ["| Alias | Agency | Organisation number | Owns modules |", "|---|---|---|---|"]
    for agency in register.agencies:
        modules = ", ".join(f"[{md.text(m)}]({posixpath.relpath(f'reference/modules/{m}.md', base or '.')})" for m in agency.modules) or "—"
        name = agency.name_sv + (f" ({agency.name_en})" if agency.name_en else "")
        rows.append(f"| {md.code(agency.alias)} | {md.text(name)} | {md.text(agency.organisation_number or '—')} | {modules} |")
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

