"""The command line's help as a user reads it at 80 columns: two audiences, plain metavars."""

from __future__ import annotations

import re

import click
import pytest
import typer
from typer.testing import CliRunner

from kll.artifacts import paths
from kll.cli import app

runner = CliRunner()

#: typer's annotation tags (<bool>, <str>, <list[Path]>, <int range>) and its braces for required
#: arguments ({PATH...}): neither means anything to someone checking an export.
TYPE_TAG = re.compile(r"<(?:bool|str|int|float|path|Path|file|list\[[^\]]*\]|[a-z]+ range)>")


def _commands(command: click.Command, words: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [words]
    if any("--profile" in param.opts for param in command.params):
        WITH_PROFILE.append(words)
    # typer's group is a click.Command with subcommands, not a click.Group
    for name, sub in getattr(command, "commands", {}).items():
        found += _commands(sub, (*words, name))
    return found


WITH_PROFILE: list[tuple[str, ...]] = []
COMMANDS = _commands(typer.main.get_command(app))


def _help(words: tuple[str, ...]) -> str:
    result = runner.invoke(app, [*words, "--help"], prog_name="kll", env={"COLUMNS": "80", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.output


def test_the_walk_finds_every_command() -> None:
    assert {("validate",), ("conformance", "run"), ("mapping", "coverage"), ("governance", "check")} <= set(COMMANDS)
    assert len(COMMANDS) > 20


@pytest.mark.parametrize("words", COMMANDS, ids=lambda words: " ".join(words) or "kll")
def test_no_help_shows_a_type_tag(words: tuple[str, ...]) -> None:
    text = _help(words)
    assert not TYPE_TAG.search(text), TYPE_TAG.search(text)
    usage = next(line for line in text.splitlines() if "Usage:" in line)
    assert "{" not in usage and "......" not in usage


def test_options_read_with_metavars() -> None:
    text = _help(("validate",))
    assert re.search(r"--format\s+FORMAT\s", text)
    assert re.search(r"--output\s+-o\s+PATH\s", text)
    assert re.search(r"--jobs\s+-j\s+N\s", text)
    assert "Usage: kll validate [OPTIONS] PATH..." in text
    # a flag takes no value, so it shows none
    assert re.search(r"--help\s+Show this message", text)


def test_users_commands_stand_before_the_maintainers() -> None:
    text = _help(())
    users = text.index("For data producers and implementers")
    maintainers = text.index("For maintainers of the specification")
    assert users < maintainers
    for command in ("validate", "convert", "rules", "mapping", "conformance", "codelists"):
        assert users < text.index(f"│ {command} ") < maintainers, command
    for command in ("generate", "examples", "stats", "governance", "model"):
        assert text.index(f"│ {command} ") > maintainers, command
    conformance = _help(("conformance",))
    assert conformance.index("For data producers") < conformance.index("│ run ") < conformance.index("For maintainers")
    assert conformance.index("For maintainers") < conformance.index("│ generate ")


def test_the_profile_options_are_found() -> None:
    assert {("validate",), ("conformance", "run"), ("conformance", "check-data")} <= set(WITH_PROFILE)


@pytest.mark.parametrize("words", WITH_PROFILE, ids=" ".join)
def test_every_profile_option_lists_the_profiles(words: tuple[str, ...]) -> None:
    text = _help(words)
    flat = re.sub(r"[\s│]+", " ", text)
    for profile in sorted(path.stem for path in paths.profiles_dir().glob("*.yaml")):
        # a name may be cut at a hyphen where the help wraps
        assert profile in flat or profile.replace("-", "- ") in flat, (words, profile)
