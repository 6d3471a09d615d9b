"""Pieces every `forecasts` command shares: user errors, the date type, common options.

Kept apart from ``forecasts.cli`` so that commands living in sub-packages (extract, check,
score, update, backtest) can use them without an import cycle.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, ParamSpec, TypeVar

import click
from click.core import ParameterSource

from forecasts.dates import DateError, When, format_when, now_utc, parse_when, start_instant
from forecasts.scenario import likelihood_ratio_problem
from forecasts.store import ENV_VAR, Catalog, load_catalog

DEFAULT_ROOT = "scenarios"

# Every command's context settings: `-h` as well as `--help`, help wrapped at 100 columns. A
# subcommand with settings of its own takes these whole: click caches a command's help option the
# first time it is asked for, so a command invoked on its own (as tests do) would otherwise keep
# `--help` alone, and its `-h` would depend on what ran before.
COMMAND_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

P = ParamSpec("P")
R = TypeVar("R")


class Failure(click.ClickException):
    """A user or validation error: message on stderr as is, exit status 1."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        click.echo(self.message, err=True)


def fail(message: str) -> NoReturn:
    """Stop with a user error."""
    raise Failure(message)


class WhenType(click.ParamType):  # type: ignore[type-arg]
    """A date (YYYY-MM-DD) or a datetime with a timezone."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> When:
        try:
            return parse_when(value)
        except DateError as exc:
            self.fail(str(exc), param, ctx)


WHEN = WhenType()


class AsOfType(WhenType):
    """An ``--as-of`` date: like ``WHEN``, but not after today, since it replays what was known."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> When:
        when = super().convert(value, param, ctx)
        today = now_utc().date()
        if start_instant(when).date() > today:
            self.fail(
                f"{format_when(when)!r} is after today ({today.isoformat()}); --as-of shows what was known on a "
                "past date (leave it out for today)",
                param,
                ctx,
            )
        return when


AS_OF = AsOfType()


class LikelihoodRatioType(click.ParamType):  # type: ignore[type-arg]
    """A likelihood ratio within the schema's bounds (``inf`` and ``nan`` are not evidence)."""

    name = "LR"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        try:
            number = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number", param, ctx)
        problem = likelihood_ratio_problem(number)
        if problem is not None:
            self.fail(problem, param, ctx)
        return number


LIKELIHOOD_RATIO = LikelihoodRatioType()

scenarios_option = click.option(
    "--scenarios",
    "scenarios",
    type=click.Path(path_type=Path, file_okay=False),
    envvar=ENV_VAR,
    default=DEFAULT_ROOT,
    show_default=True,
    show_envvar=True,
    help="Folder of scenario files (one folder per case).",
)
as_of_option = click.option(
    "--as-of",
    type=AS_OF,
    default=None,
    help="Show the state as known at the end of this date (YYYY-MM-DD, not after today).",
)

# Every command's output formats, in one order: text for people, json for programs (with a
# schema_version, schemas in docs/schema/), then the extra formats some commands have.
FORMATS = ("text", "json")


def format_choice(*extra: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """The ``--format`` option: text (default) and json, plus this command's ``extra`` formats."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice([*FORMATS, *extra]),
        default="text",
        show_default=True,
        help="Output format: text to read, json for programs (schema in docs/schema/)"
        + "".join(f", {name}" for name in extra)
        + ".",
    )


def deprecated_alias(
    old: str, new: str, dest: str, *, required: bool = False, **attrs: Any
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Accept ``old``, the option's former spelling, as a hidden alias of ``new`` for one release.

    The alias says on stderr that it is deprecated; giving both is a usage error. ``required``
    replaces the new option's own ``required`` (which would refuse the old spelling): with neither
    given, the command stops as Click does for a missing option. ``attrs`` (the type, a flag's
    settings) must match the new option's, so both spellings take the same values.
    """
    hidden = f"deprecated_{dest}"

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(function)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            value = kwargs.pop(hidden)
            ctx = click.get_current_context()
            if value is not None:
                if ctx.get_parameter_source(dest) in (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT):
                    raise click.UsageError(f"{old} is the old spelling of {new}: give {new} only", ctx)
                click.echo(
                    f"warning: {old} is deprecated, use {new} (the old spelling goes in the next release)", err=True
                )
                kwargs[dest] = value
            if required and kwargs.get(dest) is None:
                raise click.MissingParameter(ctx=ctx, param_hint=f"'{new}'", param_type="option")
            return function(*args, **kwargs)

        option = click.option(old, hidden, hidden=True, default=None, **attrs)
        return option(wrapper)

    return decorate


format_option = format_choice()

notify_option = click.option(
    "--notify",
    "notify",
    multiple=True,
    metavar="URL",
    help="Send what is new as one message (repeat): a webhook (json://host/path, jsons://..., slack://, "
    "discord://, matrix://) or e-mail (mailto://user:password@smtp-host?to=you@example.org). Never the same news twice.",
)


def load_or_fail(root: Path, strict: bool = False) -> Catalog:
    """The catalog under ``root``; stops with the problems if nothing (or, ``strict``, not all) loads."""
    catalog = load_catalog(root)
    if catalog.problems:
        if strict or not catalog.files:
            fail("\n".join(str(p) for p in catalog.problems))
        click.echo(
            f"warning: {len(catalog.problems)} problem(s) in {root}, {len(catalog.left_out)} file(s) left out "
            "(run `forecasts validate`)",
            err=True,
        )
    return catalog
