"""The ``matcher`` command: typer app, the shared --home option, and one error policy.

Every ``MatcherError`` becomes one line on stderr and exit code 2; nothing a user typed
ends in a stack trace.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, NoReturn, ParamSpec, TypeVar

import typer
from pydantic import ValidationError

from matcher.errors import MatcherError
from matcher.settings import MatcherSettings

__all__ = ["app", "fail", "handles_errors", "settings_from"]

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="matcher", no_args_is_help=True, add_completion=False, pretty_exceptions_show_locals=False,
    help="Match production briefs, searches and investor interests to the cluster's crew, "
         "companies and facilities.")


@app.callback()
def main(
    ctx: typer.Context,
    home: Annotated[Path | None, typer.Option(
        "--home", envvar="MATCHER_HOME", help="Folder for the database and index "
        "(default: a per-user data folder).")] = None,
) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    ctx.obj = MatcherSettings(home=home) if home else MatcherSettings()


def settings_from(ctx: typer.Context) -> MatcherSettings:
    settings = ctx.obj
    assert isinstance(settings, MatcherSettings)
    return settings


def fail(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code=2)


def handles_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn the product's errors into one clear line and exit code 2."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except MatcherError as error:
            fail(str(error))
        except ValidationError as error:  # e.g. a MATCHER_* setting out of bounds (MATCHER_ADMIN_KEY too short)
            setting = error.title.endswith("Settings")
            fail("; ".join((f"setting MATCHER_{'_'.join(map(str, e['loc'])).upper()}" if setting
                            else ".".join(map(str, e["loc"]))) + f": {e['msg']}"
                           for e in error.errors(include_input=False)))
        except KeyboardInterrupt:
            sys.exit(130)

    return wrapper
