"""The command line speaks the user's language: Swedish when the locale is Swedish and ``--lang``
is not given, English otherwise, ``--lang`` always winning (issue 19, step 9)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kll.cli import app
from kll.cli.language import default_language

#: A file that gives one finding whatever the run: its extension tells no format.
UNKNOWN = "no-such-format.xyz"


@pytest.mark.parametrize("environ, expected", [
    ({"LANG": "sv_SE.UTF-8"}, "sv"),
    ({"LANG": "sv"}, "sv"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "C"}, "en"),
    ({}, "en"),
    ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "sv_SE.UTF-8"}, "sv"),
    ({"LANG": "sv_SE.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
    ({"LANG": "sv_SE.UTF-8", "LC_ALL": ""}, "sv"),
    ({"LANG": "sv_FI.UTF-8", "LC_MESSAGES": "POSIX"}, "en"),
])
def test_the_first_locale_variable_set_decides(environ, expected):
    assert default_language(environ) == expected


def _validate(tmp_path, environ: dict[str, str], *options: str) -> str:
    path = tmp_path / UNKNOWN
    path.write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path), "--format", "text", *options], env=environ)
    assert result.exit_code in (1, 2), result.output
    return result.output


def test_a_swedish_locale_gives_swedish_messages(tmp_path):
    assert "Indataformatet är okänt" in _validate(tmp_path, {"LANG": "sv_SE.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})


def test_lang_overrides_the_locale(tmp_path):
    assert "The input format is unknown" in _validate(tmp_path, {"LANG": "sv_SE.UTF-8"}, "--lang", "en")


def test_the_c_locale_gives_english(tmp_path):
    assert "The input format is unknown" in _validate(tmp_path, {"LANG": "C", "LC_ALL": "", "LC_MESSAGES": ""})


def test_the_help_says_where_the_default_comes_from():
    result = CliRunner().invoke(app, ["validate", "--help"], env={"COLUMNS": "200"})
    assert "LC_MESSAGES" in result.output and "LANG" in result.output
