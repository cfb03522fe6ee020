"""MkDocs hooks (``hooks:`` in mkdocs.yml): add the generated pages, render decision-record front
matter, and fill the markers in hand-written pages.

Markers, each alone on a line in a hand-written page:

* ``<!-- kll:agencies -->`` — the agency register as a table;
* ``<!-- kll:changelog -->`` — CHANGELOG.md, its links rewritten for the site;
* ``<!-- kll:mapping FORMAT -->`` — a foreign format's mapping coverage and table, from the
  adapter itself (``kll mapping table FORMAT``), so the page cannot drift from the code;
* ``<!-- kll:mapping-coverage -->`` — the coverage of every foreign format (``kll mapping coverage``);
* ``<!-- kll:count NAME -->`` — a count or duration in the prose (``modules``, ``cases``,
  ``suiteline``, ``suitetime``; :func:`kll.maintain.site.render.count_markdown`), never typed;
* ``<!-- kll:real-corpus -->`` — the real-file corpus: each published file, what it shows and the
  report its manifest demands (``tests/fixtures/real/*/manifest.yaml``).
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from mkdocs.structure.files import File, Files

# The hook file is loaded by path, not as part of the package: make the package importable when
# mkdocs runs from a checkout that is not installed (the package lives in validators/).
_PACKAGE_ROOT = Path(__file__).resolve().parents[3]
if str(_PACKAGE_ROOT) not in sys.path:
    sys.path.insert(0, str(_PACKAGE_ROOT))

from kll.artifacts.paths import repository_root  # noqa: E402
from kll.maintain.site.pages import generated_pages  # noqa: E402
from kll.maintain.site.render import agencies_table, changelog_markdown, count_markdown, decision_header, mapping_coverage_markdown, mapping_markdown, real_corpus_markdown  # noqa: E402


def on_config(config):
    """List the module pages and every decision record in the navigation, which a static nav in
    mkdocs.yml cannot do without going stale."""
    from kll.governance.records import decisions_dir, read_record, record_files
    from kll.maintain.site.model import site_model

    modules = [{site_model().modules[m]["title"]: f"reference/modules/{m}.md"} for m in site_model().modules]
    records = []
    for path in record_files(decisions_dir(repository_root())):
        record = read_record(path)
        # The theme prints navigation titles as HTML, unescaped: a record's title is data.
        records.append({f"{record.number:04d} {html.escape(str(record.title_en))}": f"decisions/{path.name}"})
    for section in config["nav"] or []:
        if not isinstance(section, dict):
            continue
        (title, entries), = section.items()
        if title == "Model reference":
            entries[1:1] = modules
        elif title == "Decisions":
            entries[1:1] = records
    return config


def on_files(files: Files, config) -> Files:
    for path, content in generated_pages(repository_root()).items():
        if files.get_file_from_path(path) is not None:
            raise ValueError(f"docs/{path} is generated at build time; remove the hand-written file")
        files.append(File.generated(config, path, content=content))
    return files


_MARKER = re.compile(r"^<!-- kll:(agencies|changelog|mapping-coverage|mapping|real-corpus|count) ?([a-z0-9]*) -->$", re.MULTILINE)


def on_page_markdown(markdown: str, page, config, files) -> str:
    if page.file.src_uri.startswith("decisions/") and isinstance(page.meta.get("title"), dict):
        title = page.meta["title"]
        page.meta["_title_sv"] = title.get("sv")
        markdown = decision_header(markdown, {**page.meta, "title": title.get("en")}, page.file.src_uri)
        # The theme prints page.meta.title into <title> and the header as HTML, unescaped.
        page.meta["title"] = html.escape(str(title.get("en") or page.file.name))

    def fill(match: re.Match) -> str:
        kind, argument = match[1], match[2]
        if kind == "mapping":
            return mapping_markdown(argument)
        if kind == "count":
            return count_markdown(argument, _language(page.file.src_uri))
        if argument:
            raise ValueError(f"docs/{page.file.src_uri}: the marker kll:{kind} takes no argument")
        if kind == "mapping-coverage":
            return mapping_coverage_markdown()
        if kind == "real-corpus":
            return real_corpus_markdown()
        return agencies_table(page.file.src_uri) if kind == "agencies" else changelog_markdown(page.file.src_uri)

    return _MARKER.sub(fill, markdown)


def _language(src_uri: str) -> str:
    """The language of a hand-written page: its suffix (``index.sv.md``) or, before the suffix
    layout, its folder (``sv/``)."""
    return "sv" if src_uri.endswith(".sv.md") or src_uri.startswith("sv/") else "en"
