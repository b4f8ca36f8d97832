"""The ``matcher`` command line.

``COMMANDS`` names the module that registers each command (``@app.command()``, or
``app.add_typer`` for a group). A command line imports only the module of the command it
runs (``main``); building the whole app (``matcher --help``, an unknown command, typer's test
runner on ``app``) imports them all (``LazyTyper``). A new command: its name and module here.

A command line is a short process whose start-up (imports, the taxonomy, the gazetteer, the
index) makes hundreds of thousands of objects that live until it ends, so the cyclic garbage
collector, at Python's default thresholds, spends ~0.1 s of a cold ``matcher search`` (~0.25 s
of a ``matcher brief``) traversing them for nothing. ``main`` collects a hundred and forty times
less often (``COLLECT_EVERY``); ``matcher serve``, a long-lived server, keeps the defaults. Even
then each collection of the young generation walks the ~100,000 objects made since the last one
(~30 ms): a cold search paid one and a brief two, for nothing. So a command that answers once
(``ANSWERS_ONCE``: one search, one brief, bounded work) run as the program collects no cycles at
all (``gc.disable``, from ``python -m matcher``'s first line): whatever it makes lives until
``os._exit``. A caller passing ``argv`` (tests, other programs) keeps collecting, at ``COLLECT_EVERY``.

Importing this module puts in ``re``'s cache the regular expressions the commands that answer
once compiled before (``matcher.regex_programs``: ~230 for a brief, ~35 ms of CPU), and such a
command, run as the program, keeps those it compiled afresh as it ends.

A command that encodes a query (``ENCODES``) starts loading the encoder before its module is
imported: the ONNX session builds on a thread of its own (``matcher.encoders.onnx``) with the
GIL released, so the model loads on the second core while Python imports and reads the rest.
The command asks for the same encoder (``create_encoder`` keeps one per model, backend and
cache) and its first encode waits for the load.

Run as the program (``main()`` with no arguments: the ``matcher`` script, ``python -m matcher``),
a command other than ``serve`` ends the process as soon as its output is flushed and logging shut
down (``os._exit``), skipping the interpreter's teardown: freeing every module, the taxonomy, the
model and the index object by object costs a cold search ~0.2 s and a brief ~0.35 s of CPU, after
the answer. Everything a command writes is committed or atomically replaced before it returns.
A caller passing ``argv`` (tests, other programs) keeps the ordinary ``SystemExit``.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
from typing import NoReturn

from matcher import regex_programs

regex_programs.warm()  # before the command line's modules compile their regular expressions

from matcher.cli.app import app  # noqa: E402

__all__ = ["ANSWERS_ONCE", "COMMANDS", "app", "command_named", "main"]

COMMANDS: dict[str, str] = {
    "bench": "matcher.cli.bench",
    "brief": "matcher.cli.brief",
    "consortium": "matcher.cli.partners",
    "evaluate": "matcher.cli.evaluate",
    "evaluate-briefs": "matcher.cli.evaluate_briefs",
    "import": "matcher.cli.profiles",
    "import-companies-house": "matcher.cli.companies_house",
    "invest": "matcher.cli.investors",
    "investors-for": "matcher.cli.investors",
    "keys": "matcher.cli.keys",
    "network": "matcher.cli.partners",
    "partners": "matcher.cli.partners",
    "reindex": "matcher.cli.profiles",
    "search": "matcher.cli.search",
    "serve": "matcher.cli.serve",
    "session": "matcher.cli.investors",
    "show": "matcher.cli.profiles",
}
# Allocations between the youngest generation's collections (Python's default: 700), then how
# often the older ones follow; commands that run a server keep the defaults.
COLLECT_EVERY = (100_000, 50, 100)
_SERVERS = ("serve",)
ENCODES = ("search", "brief")
ANSWERS_ONCE = ("search", "brief")
_DEFAULT_THRESHOLDS = (700, 10, 10)
# Options of the top-level callback that take a value (``matcher --home DIR search …``).
_VALUED_OPTIONS = ("--home",)

app.lazily(COMMANDS)


def command_named(argv: list[str]) -> str | None:
    """The command a command line runs, when it names one ``COMMANDS`` knows; else None."""
    args = iter(argv)
    for arg in args:
        if arg in _VALUED_OPTIONS:
            next(args, None)
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def main(argv: list[str] | None = None) -> None:
    """Run the command line, importing only the named command's module."""
    args = sys.argv[1:] if argv is None else argv
    name = command_named(args)
    gc.set_threshold(*(_DEFAULT_THRESHOLDS if name in _SERVERS else COLLECT_EVERY))
    if argv is None and name in ANSWERS_ONCE:
        gc.disable()
    else:
        gc.enable()
    if name in ENCODES:
        _start_encoder()
    app.load([name] if name else None)
    if argv is not None or name in _SERVERS:
        app(args=args, prog_name="matcher")
        return
    try:
        app(args=args, prog_name="matcher")
    except SystemExit as stop:
        _end(stop.code, name)
    _end(0, name)


def _end(code: object, name: str | None) -> NoReturn:
    """End the process now, as ``SystemExit(code)`` would (see the module's docstring)."""
    if isinstance(code, str):  # SystemExit("message"): the message on stderr, status 1
        print(code, file=sys.stderr)
    status = code if isinstance(code, int) else 0 if code is None else 1
    logging.shutdown()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # the reader went away (matcher search … | head): as Python's own exit says it
        status = status or 120
    if name in ANSWERS_ONCE:
        regex_programs.remember()  # once the answer is out; nothing to do once it has them all
    os._exit(status)


def _start_encoder() -> None:
    """Begin loading the encoder the command is about to ask for (the settings it will read)."""
    from matcher.config import DEFAULT_CONFIG
    from matcher.settings import MatcherSettings, load_settings

    # A bad setting or a model that cannot be exported: the command meets it again and says so.
    with contextlib.suppress(Exception):
        load_settings(MatcherSettings).create_encoder(DEFAULT_CONFIG.encoder)
