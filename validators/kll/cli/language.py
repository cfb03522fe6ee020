"""The language of the command line's messages when ``--lang`` is not given: the user's locale.

Swedish users get Swedish without asking, as everywhere else in the project (issue 19); a machine
whose locale says nothing Swedish (CI's ``C.UTF-8``, ``POSIX``, an English locale) keeps English,
so scripts that parse the English output keep working.
"""

from __future__ import annotations

import os
from typing import Mapping

__all__ = ["LANGUAGES", "LANG_HELP", "default_language", "chosen_language"]

LANGUAGES = ("sv", "en")

#: The help of every ``--lang`` option, so that each command says the same thing.
LANG_HELP = (
    "Language of the messages: sv or en. Default: sv when the locale (LC_ALL, LC_MESSAGES or LANG, "
    "the first one set) starts with sv, else en"
)


def default_language(environ: Mapping[str, str] | None = None) -> str:
    """``sv`` when the first non-empty of LC_ALL, LC_MESSAGES and LANG starts with ``sv``, else
    ``en``; the same order the C library uses to choose the language of messages."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return "sv" if value.lower().startswith("sv") else "en"
    return "en"


def chosen_language(option: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The ``--lang`` given, or the locale's language when it was not."""
    return option if option is not None else default_language(environ)
