"""The ``matcher`` command line."""

from matcher.cli import bench, brief, evaluate, keys, profiles, search, serve  # noqa: F401  (registers the commands)
from matcher.cli import evaluate_briefs  # noqa: F401  (registers evaluate-briefs)
from matcher.cli.app import app

__all__ = ["app"]
