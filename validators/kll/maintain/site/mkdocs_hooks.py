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

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

# The hook file is loaded by path, not as part of the package: make the package importable when
# mkdocs runs from a checkout that is not installed (the package lives in validators/).
_PACKAGE_ROOT = Path(__file__).resolve().parents[3]
if str(_PACKAGE_ROOT) not in sys.path:
    sys.path.insert(0, str(_PACKAGE_ROOT))

from kll.artifacts.paths import repository_root  # noqa: E402
from kll.maintain.site.pages import generated_pages  # noqa: E402
from kll.maintain.site.render import agencies_table, changelog_markdown, count_markdown, decision_header, mapping_coverage_markdown, mapping_markdown, real_corpus_markdown  # noqa: E402


#: Navigation sections whose entries on_config adds, by their title in mkdocs.yml.
_MODULES_SECTION, _RECORDS_SECTION = "Model reference", "Decisions"
#: Entries on_config added: a later language build starts again from mkdocs.yml's own entries.
_ADDED = re.compile(r"^(reference/modules/[^/]+|decisions/[0-9]{4}-[^/]+)\.md$")


def on_config(config):
    """List the module pages and every decision record in the navigation, which a static nav in
    mkdocs.yml cannot do without going stale, titled in the language being built. MkDocs runs this
    once per language build on the same config, so the entries of the previous build are replaced."""
    from kll.governance.records import decisions_dir, read_record, record_files
    from kll.maintain.site.languages import builds
    from kll.maintain.site.model import site_model

    build = builds(config)
    swedish = build is not None and build.current == "sv"
    modules = [{html.escape(str((swedish and facts.get("title_sv")) or facts["title"])): f"reference/modules/{m}.md"}
               for m, facts in site_model().modules.items()]
    records = []
    for path in record_files(decisions_dir(repository_root())):
        record = read_record(path)
        title = record.value("title") if isinstance(record.value("title"), dict) else {}
        shown = (title.get("sv") if swedish and path.with_name(f"{path.stem}.sv.md").is_file() else None) or record.title_en
        # The theme prints navigation titles as HTML, unescaped: a record's title is data.
        records.append({f"{record.number:04d} {html.escape(str(shown))}": f"decisions/{path.name}"})
    for section in config["nav"] or []:
        if not isinstance(section, dict):
            continue
        (title, entries), = section.items()
        if title not in (_MODULES_SECTION, _RECORDS_SECTION):
            continue
        entries[:] = [e for e in entries if not (isinstance(e, dict) and any(isinstance(v, str) and _ADDED.match(v) for v in e.values()))]
        entries[1:1] = modules if title == _MODULES_SECTION else records
    return config


#: The generated pages of the build in progress, by repository root.
_PAGES: dict[Path, dict[str, str]] = {}


def _generated_pages(root: Path, config) -> dict[str, str]:
    """``generated_pages(root)``, made once per build: it writes every language's pages, and the
    i18n plugin runs ``on_files`` once per language. The plugin builds the other languages from
    inside the first language's build (while its ``building`` flag is set), so the pages are made
    anew whenever that flag is down: each ``mkdocs build``, each rebuild under ``mkdocs serve``."""
    plugin = config.plugins.get("i18n")
    if plugin is None or not getattr(plugin, "building", False) or root not in _PAGES:
        _PAGES[root] = generated_pages(root)
    return _PAGES[root]


@event_priority(-110)  # after the i18n plugin (-100) has placed the files it can place
def on_files(files: Files, config) -> Files:
    from kll.governance.records import decisions_dir, record_files
    from kll.maintain.site.languages import place_pages

    from kll.conformance.claims import claim_paths

    root = repository_root()
    files = place_pages(files, config, _generated_pages(root, config), Path(config.docs_dir), record_files(decisions_dir(root)))
    # The implementers' submitted reports, which the results page links to (generated_pages has
    # checked them: an invalid one fails the build before this).
    for path in claim_paths(root):
        files.append(File.generated(config, f"conformance/claims/{path.name}", abs_src_path=str(path)))
    return files


_MARKER = re.compile(r"^<!-- kll:(agencies|changelog|mapping-coverage|mapping|real-corpus|count) ?([a-z0-9]*) -->$", re.MULTILINE)


_RECORD_PAGE = re.compile(r"^decisions/[0-9]{4}-[a-z0-9-]+\.md$")


def on_page_markdown(markdown: str, page, config, files) -> str:
    language = getattr(page.file, "locale", None) or "en"
    norm = getattr(page.file, "norm_src_uri", page.file.src_uri)
    if _RECORD_PAGE.match(norm):
        from kll.governance.records import read_record

        # The metadata is the English record's front matter, for its translation too.
        meta = read_record(Path(config.docs_dir) / norm).front_matter or {}
        title = meta.get("title") if isinstance(meta.get("title"), dict) else {}
        own, other = (title.get("sv"), title.get("en")) if language == "sv" else (title.get("en"), title.get("sv"))
        markdown = decision_header(markdown, meta, norm, language, other)
        # The theme prints page.meta.title into <title> and the header as HTML, unescaped.
        page.meta["title"] = html.escape(str(own or page.file.name))

    def fill(match: re.Match) -> str:
        kind, argument = match[1], match[2]
        if kind == "mapping":
            return mapping_markdown(argument)
        if kind == "count":
            return count_markdown(argument, language)
        if argument:
            raise ValueError(f"docs/{page.file.src_uri}: the marker kll:{kind} takes no argument")
        if kind == "mapping-coverage":
            return mapping_coverage_markdown()
        if kind == "real-corpus":
            return real_corpus_markdown()
        return agencies_table(norm, language) if kind == "agencies" else changelog_markdown(norm)

    return _MARKER.sub(fill, markdown)


_HTML_LANG = re.compile(r'<html lang="[a-zA-Z-]+"')
# Material 9.8 fetches "sitemap.xml" relative to every <link rel="alternate" hreflang> in the head,
# which it expects to be a language's root; the i18n plugin makes them the same page in the other
# language, so each page view asked for two sitemaps that do not exist. The header's language
# switcher keeps its own links to the same page in the other language; only the head links go.
_HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[a-zA-Z-]+">')


def on_post_page(output: str, page, config) -> str:
    """A page shown in a build of another language (not translated yet) declares the language it
    is written in, so that screen readers read it with the right voice; the head's alternate links
    go (see _HEAD_ALTERNATE)."""
    from kll.maintain.site.languages import builds, language_base

    build = builds(config)
    if build is None:
        return output
    output = _HEAD_ALTERNATE.sub("", output)
    locale = getattr(page.file, "locale", None)
    if locale and locale != build.current:
        output = _HTML_LANG.sub(f'<html lang="{locale}"', output, count=1)
    return language_base(output, build)


@event_priority(-200)  # after the i18n plugin has built every language and gathered the search index
def on_post_build(config) -> None:
    from kll.maintain.site.languages import builds, split_search_index

    plugin, build = config.plugins.get("i18n"), builds(config)
    if build is None or plugin.building:
        return  # a language built from inside the i18n plugin's own post_build: not the last step
    split_search_index(Path(config.site_dir), build)
