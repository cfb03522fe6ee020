"""Which file each language build of the site shows, for the pages the i18n plugin cannot place.

mkdocs-static-i18n (``docs_structure: suffix``) builds the Swedish site at ``/`` and the English one
at ``/en/`` from ``name.sv.md`` and ``name.en.md``. Three kinds of page are outside what it handles:

* the decision records keep their names (``NNNN-slug.md``, English, names never change) and have a
  Swedish translation beside them (``NNNN-slug.sv.md``); the plugin would read the unsuffixed
  record as Swedish, so the records are withheld from it and placed here;
* the generated pages exist only in memory, and the plugin re-reads every file from docs/;
* a page not yet translated: the plugin drops an English-only page from the Swedish build. Here it
  is shown in the Swedish build as what it is, an English page (``lang="en"``), until its
  translation lands; the Swedish build never presents English text as Swedish.

A placed file gets the attributes the plugin gives its own (``locale``, ``alternates`` …), so the
theme's language switcher and the plugin's link resolution (``name.md`` → the page in the build's
language) treat it like any other page.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any, Iterable

from mkdocs.structure.files import File, Files

__all__ = ["Builds", "builds", "place_pages", "withhold_records"]

#: A decision record or its translation, relative to docs/.
_RECORD = re.compile(r"^decisions/[0-9]{4}-[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z]{2})?\.md$")
#: A page with a language suffix: group 1 the name without it, group 2 the language.
_SUFFIXED = re.compile(r"^(.*)\.([a-z]{2})\.md$")
#: docs/ folders that are not part of the site (mkdocs.yml exclude_docs).
_NOT_ON_SITE = ("design/",)


class Builds:
    """The languages of the site and the one being built now."""

    def __init__(self, current: str, default: str, languages: tuple[str, ...]) -> None:
        self.current, self.default, self.languages = current, default, languages

    def prefix(self, language: str) -> str:
        """The folder of a language's pages in the site: '' for the default language."""
        return "" if language == self.default else f"{language}/"


def builds(config: Any) -> Builds | None:
    """The i18n plugin's languages, or None when the plugin is not configured (one language)."""
    plugin = config.plugins.get("i18n")
    if plugin is None:
        return None
    languages = tuple(language.locale for language in plugin.config.languages if language.build)
    default = plugin.default_language
    return Builds(plugin.current_language or default, default, languages)


def withhold_records(files: Files) -> Files:
    """Remove the decision records and their translations before the plugin sees them."""
    for file in [f for f in files if _RECORD.match(f.src_uri)]:
        files.remove(file)
    return files


def _norm(src_uri: str) -> tuple[str, str | None]:
    """``guides/x.sv.md`` → (``guides/x.md``, ``sv``); an unsuffixed name has no language."""
    match = _SUFFIXED.match(src_uri)
    return (f"{match[1]}.md", match[2]) if match else (src_uri, None)


def _dest(config: Any, norm: str, language: str, build: Builds) -> File:
    """A file that only knows where ``norm`` is published in ``language`` (for its URL)."""
    where = File(norm, None, config.site_dir, config.use_directory_urls)
    return File(norm, None, config.site_dir, config.use_directory_urls, dest_uri=build.prefix(language) + where.dest_uri)


def _placed(config: Any, build: Builds, norm: str, locale: str, *, content: str | None = None, path: Path | None = None) -> File:
    """The page ``norm`` of the current build, its text in ``locale``; named ``name.<build>.md`` so
    that the plugin's link resolution finds it from ``name.md``."""
    src_uri = norm[:-3] + f".{build.current}.md"
    if content is not None:
        file = File.generated(config, src_uri, content=content)
    else:
        file = File.generated(config, src_uri, abs_src_path=str(path))
    file.dest_uri = _dest(config, norm, build.current, build).dest_uri
    file.locale, file.localization, file.locale_alternate_of = locale, locale, build.current
    file.norm_src_uri = norm
    file.alternates = {build.current: file}
    return file


def _choose(versions: dict[str, Any], build: Builds) -> tuple[str, Any] | None:
    """The version for the current build: its own language, else the default, else any."""
    for language in (build.current, build.default, *build.languages):
        if language in versions:
            return language, versions[language]
    return None


def place_pages(files: Files, config: Any, generated: dict[str, str], docs_dir: Path, records: Iterable[Path]) -> Files:
    """Add, after the plugin's own placing, the records, the generated pages and the untranslated
    pages to the current build (see the module's docstring), and give every page an alternate in
    each language so that the switcher leads to the same page in the other language."""
    build = builds(config)
    if build is None:
        raise ValueError("mkdocs.yml: the i18n plugin is not configured")
    present = {getattr(f, "norm_src_uri", f.src_uri) for f in files.documentation_pages()}

    by_page: dict[str, dict[str, Any]] = {}
    for path, content in generated.items():
        norm, language = _norm(path)
        if language is None:
            raise ValueError(f"generated page {path} has no language suffix (.sv.md or .en.md)")
        if norm in present or (docs_dir / path).exists():
            raise ValueError(f"docs/{path} is generated at build time; remove the hand-written file")
        by_page.setdefault(norm, {})[language] = ("content", content)
    for record in records:
        norm = f"decisions/{record.name}"
        versions = by_page.setdefault(norm, {})
        versions["en"] = ("path", record)
        translation = record.with_name(f"{record.stem}.sv.md")
        if translation.is_file():
            versions["sv"] = ("path", translation)
    for path in sorted(docs_dir.rglob("*.md")):
        relative = path.relative_to(docs_dir).as_posix()
        norm, language = _norm(relative)
        if language is None or norm in present or relative.startswith(_NOT_ON_SITE) or _RECORD.match(relative):
            continue
        by_page.setdefault(norm, {})[language] = ("path", path)

    for norm, versions in sorted(by_page.items()):
        chosen = _choose(versions, build)
        if chosen is None:
            continue
        locale, (kind, value) = chosen
        file = _placed(config, build, norm, locale, **({"content": value} if kind == "content" else {"path": value}))
        files.append(file)
    for file in files.documentation_pages():
        alternates = getattr(file, "alternates", None)
        norm = getattr(file, "norm_src_uri", None)
        if alternates is None or norm is None:
            continue
        for language in build.languages:
            alternates.setdefault(language, _dest(config, norm, language, build))
    plugin = config.plugins.get("i18n")
    plugin.i18n_files_per_language[build.current] = files.documentation_pages()
    return files


def split_search_index(site_dir: Path, build: Builds) -> None:
    """One search index per language: the plugin gathers every build's entries into
    ``search/search_index.json``; each language gets its own entries, the default language at the
    root and the others in ``<language>/search/``, so that a search finds pages of the reader's
    language (and the untranslated pages shown in it), not the same page twice."""
    import json

    index_path = site_dir / "search" / "search_index.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    entries = index["docs"]
    for language in build.languages:
        prefix = build.prefix(language)
        if prefix:
            own = [{**e, "location": e["location"][len(prefix):]} for e in entries if e["location"].startswith(prefix)]
        else:
            others = tuple(build.prefix(other) for other in build.languages if build.prefix(other))
            own = [e for e in entries if not e["location"].startswith(others)]
        target = site_dir / prefix / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({**index, "docs": own}, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


_CONFIG_BASE = re.compile(r'("base": ")([^"]*)(")')


def language_base(output: str, build: Builds) -> str:
    """Point the theme's ``base`` (from which it loads the search index and places the results) at
    the language's own root, ``<language>/``, in a page of a non-default build."""
    prefix = build.prefix(build.current).rstrip("/")
    if not prefix:
        return output
    return _CONFIG_BASE.sub(lambda m: f"{m[1]}{m[2].rstrip('/')}/{prefix}{m[3]}", output, count=1)
