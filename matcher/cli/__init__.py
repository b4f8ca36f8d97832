"""The ``matcher`` command line."""

from matcher.cli import (  # noqa: F401  (registers the commands)
    bench,
    brief,
    companies_house,
    evaluate,
    evaluate_briefs,
    investors,
    keys,
    partners,
    profiles,
    search,
    serve,
)
from matcher.cli.app import app

__all__ = ["app"]
