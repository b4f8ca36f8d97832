"""The ``matcher`` command line run as a user runs it: a fresh ``python -m matcher`` process over
a home folder, offline, with its output captured (the CLI tests' one way to start it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

__all__ = ["run_matcher"]


def run_matcher(home: Path | str | None, *args: str, stdin: str | None = None,
                env: dict[str, str | None] | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """``python -m matcher ARGS`` with ``MATCHER_HOME=home`` (unless ``home`` is None) and no network.

    ``env`` adds or overrides variables; a None value removes one (a ``MATCHER_DATABASE_URL`` the
    caller's environment may carry, say)."""
    full = {**os.environ, "HF_HUB_OFFLINE": "1"}
    if home is not None:
        full["MATCHER_HOME"] = str(home)
    for name, value in (env or {}).items():
        if value is None:
            full.pop(name, None)
        else:
            full[name] = value
    return subprocess.run([sys.executable, "-m", "matcher", *args], input=stdin, env=full, capture_output=True,
                          text=True, timeout=timeout, check=False)
