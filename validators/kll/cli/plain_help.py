"""Help screens in the terms a command-line user knows: ``--format FORMAT``, not ``<str>``.

typer (0.29 and later) prints each parameter's Python annotation as a type tag — ``<bool>`` beside
every flag, ``<list[Path]>`` beside a file argument — which says nothing to someone checking an
export. The command classes here give every parameter a metavar once, when the command is built: a
flag has none, a path reads ``PATH``, a number ``N``, any other value its option's name. Every
``typer.Typer`` of the command line is a :class:`Typer` from this module, so no command escapes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

__all__ = ["Typer"]


def _metavar(param: TyperOption | TyperArgument) -> str:
    annotation = getattr(param.type_descriptor, "annotation", None)
    element = getattr(annotation, "__args__", (annotation,))[0] if annotation is not None else None
    if getattr(param.type_descriptor, "is_path", False) or element is Path:
        return "PATH"
    if element in (int, float):
        return "N"
    long_names = [opt for opt in param.opts if opt.startswith("--")]
    # the last word of the option: --input-format FORMAT, --implementation-url URL
    name = long_names[0][2:].rsplit("-", 1)[-1] if long_names else (param.name or "value")
    return name.upper()


def _no_type_column(ctx: click.Context) -> None:  # noqa: ARG001 - typer's signature
    return None


def _usage_name(argument: TyperArgument) -> str:
    # click's convention: PATH when required, [PATH] when not (typer writes {PATH}); typer adds
    # the brackets and the "..." of a repeated argument itself
    name = argument.metavar or ""
    return name if argument.required or argument.nargs != 1 else f"[{name}]"


def _plain(params: list[click.Parameter]) -> None:
    for param in params:
        if isinstance(param, TyperOption):
            if param.is_flag:
                param.metavar = ""
            elif param.metavar is None:
                param.metavar = _metavar(param)
        elif isinstance(param, TyperArgument):
            if param.metavar is None:
                param.metavar = _metavar(param)
            # The argument's name column shows the metavar; typer would add the annotation
            # again in the type column, and write the usage line's name in braces.
            param.display_type_rich = _no_type_column  # type: ignore[method-assign]
            param._usage_display_name = lambda argument=param: _usage_name(argument)  # type: ignore[method-assign]


class PlainCommand(TyperCommand):
    """A typer command whose help shows metavars instead of annotation tags."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _plain(self.params)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        _plain([option] if option is not None else [])
        return option


class PlainGroup(TyperGroup):
    """A typer group (a command with subcommands) whose own options read the same way."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _plain(self.params)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        _plain([option] if option is not None else [])
        return option


class Typer(typer.Typer):
    """``typer.Typer`` whose groups and commands are :class:`PlainGroup` and :class:`PlainCommand`."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("cls", PlainGroup)
        super().__init__(**kwargs)

    def command(self, *args: Any, **kwargs: Any) -> Any:  # noqa: D102 - typer's docstring applies
        kwargs.setdefault("cls", PlainCommand)
        return super().command(*args, **kwargs)
