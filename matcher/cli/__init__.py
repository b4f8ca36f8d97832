"""The ``matcher`` command line."""

from matcher.cli import brief, profiles, search  # noqa: F401  (registers the commands)
from matcher.cli.app import app

__all__ = ["app"]
