"""The ``matcher`` command: typer app, the shared --home option, and one error policy.

Every ``MatcherError`` becomes one line on stderr and exit code 2; nothing a user typed
ends in a stack trace.

Commands are registered lazily (``LazyTyper``): each lives in a module named in
``matcher.cli.COMMANDS``, and a command line imports only the module of the command it runs,
so ``matcher search`` pays for neither the brief matcher nor the bench nor anything a new
command imports at its top. Anything that builds the whole app (``matcher --help``, an
unknown command, typer's test runner on ``app``) imports every module first.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Annotated, Any, NoReturn, ParamSpec, TypeVar

import typer
from pydantic import ValidationError

from matcher.errors import MatcherError
from matcher.settings import MatcherSettings, load_settings

__all__ = ["LazyTyper", "app", "fail", "handles_errors", "settings_from"]

P = ParamSpec("P")
R = TypeVar("R")


class LazyTyper(typer.Typer):
    """A typer app whose command modules are imported when the app is built, not before.

    ``lazily(modules)`` names the module of each command (or command group). Typer builds the
    click command from ``registered_commands`` and ``registered_groups``; reading either first
    imports every module not yet imported, unless ``load(names)`` chose the modules already
    (the command line names one command: only its module is imported). Registering a command
    (``@app.command()``, ``app.add_typer``) imports nothing else."""

    def __init__(self, **kwargs: Any) -> None:
        self._modules: dict[str, str] = {}
        self._pending = False  # modules named and not yet imported
        self._registering = 0
        super().__init__(**kwargs)

    def lazily(self, modules: Mapping[str, str]) -> None:
        """``modules``: command name -> the module that registers it."""
        self._modules.update(modules)
        self._pending = True

    def load(self, names: list[str] | None = None) -> None:
        """Import the modules of ``names`` (every module when None); then the app is final."""
        self._pending = False
        wanted = self._modules.values() if names is None else [self._modules[n] for n in names]
        for module in dict.fromkeys(wanted):
            importlib.import_module(module)

    # typer's arguments are forwarded unchanged (restating its ~20 keywords would only drift from them)
    def command(self, *args: Any, **kwargs: Any) -> Callable[[Callable[P, R]], Callable[P, R]]:  # type: ignore[override]
        decorator = super().command(*args, **kwargs)

        def register(function: Callable[P, R]) -> Callable[P, R]:
            with self._adding():
                return decorator(function)

        return register

    def add_typer(self, *args: Any, **kwargs: Any) -> None:
        with self._adding():
            super().add_typer(*args, **kwargs)

    @contextlib.contextmanager
    def _adding(self) -> Iterator[None]:
        self._registering += 1
        try:
            yield
        finally:
            self._registering -= 1

    def _built(self) -> None:
        if self._pending and not self._registering:
            self.load()

    @property
    def registered_commands(self) -> list[Any]:
        self._built()
        return self._commands

    @registered_commands.setter
    def registered_commands(self, value: list[Any]) -> None:
        self._commands = value

    @property
    def registered_groups(self) -> list[Any]:
        self._built()
        return self._groups

    @registered_groups.setter
    def registered_groups(self, value: list[Any]) -> None:
        self._groups = value


app = LazyTyper(
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
        "--ivf-nprobe", help="IVF cells scanned per query (default 64); MATCHER_IVF_NPROBE.")] = None,
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
        except ValidationError as error:  # e.g. a MATCHER_* setting out of bounds (MATCHER_ADMIN_KEY too short)
            setting = error.title.endswith("Settings")
            fail("; ".join((f"setting MATCHER_{'_'.join(map(str, e['loc'])).upper()}" if setting
                            else ".".join(map(str, e["loc"]))) + f": {e['msg']}"
                           for e in error.errors(include_input=False)))
        except KeyboardInterrupt:
            sys.exit(130)

    return wrapper
