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

from matcher.errors import MatcherError
from matcher.settings import MatcherSettings, load_settings

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
    dense_index: Annotated[str | None, typer.Option(
        "--dense-index", help="flat (exact, the default) or ivf (approximate, for about a million "
        "profiles); MATCHER_DENSE_INDEX. A saved index of the other kind is rebuilt from its vectors.")] = None,
    ivf_nprobe: Annotated[int | None, typer.Option(
        "--ivf-nprobe", help="IVF cells scanned per query (default 32); MATCHER_IVF_NPROBE.")] = None,
) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    given = {"home": home, "dense_index": dense_index, "ivf_nprobe": ivf_nprobe}
    try:
        ctx.obj = load_settings(MatcherSettings, **{k: v for k, v in given.items() if v is not None})
    except MatcherError as error:
        fail(str(error))


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
        except KeyboardInterrupt:
            sys.exit(130)

    return wrapper
