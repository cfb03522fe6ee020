"""MkDocs hook run before the i18n plugin places the files of a language build: it withholds the
decision records, which keep their unsuffixed names (file names never change) and which the plugin
would take for Swedish pages; mkdocs_hooks.py places them after the plugin (see
kll.maintain.site.languages). A second hook file because MkDocs takes one on_files per hook."""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

_PACKAGE_ROOT = Path(__file__).resolve().parents[3]
if str(_PACKAGE_ROOT) not in sys.path:
    sys.path.insert(0, str(_PACKAGE_ROOT))

from kll.maintain.site.languages import withhold_records  # noqa: E402


@event_priority(-50)  # before the i18n plugin (-100)
def on_files(files: Files, config) -> Files:
    return withhold_records(files)
