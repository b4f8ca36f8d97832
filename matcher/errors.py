"""One error hierarchy for the whole product, shallow on purpose.

The CLI maps every ``MatcherError`` to one line and exit code 2; the service maps each
class to one HTTP status in ``service.errors``. Messages are written for a person.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "Conflict",
    "Forbidden",
    "ImportRejected",
    "IndexMismatch",
    "InvalidInput",
    "LineError",
    "MatcherError",
    "NotFound",
    "PayloadTooLarge",
    "StaleIndex",
    "Unauthorized",
]


class MatcherError(Exception):
    """Base of every error the product reports to a person."""


class InvalidInput(MatcherError):
    """The input cannot be understood (bad brief, bad filter, malformed file)."""


class NotFound(MatcherError):
    """An id that names nothing."""


class Conflict(MatcherError):
    """The request clashes with what is stored (an id that already exists)."""


class PayloadTooLarge(MatcherError):
    """The input is larger than the product accepts."""


class Unauthorized(MatcherError):
    """No API key, or one that is not known."""


class Forbidden(MatcherError):
    """A known key whose role may not do this."""


class IndexMismatch(MatcherError):
    """A saved index was built with a different encoder or dimension than the one asked for."""


class StaleIndex(IndexMismatch):
    """A saved index made under older rules for what is indexed (``DOCUMENTS_VERSION``): rebuild it."""


@dataclass(frozen=True)
class LineError:
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", field '{self.field}'" if self.field else "")
        return f"{where}: {self.message}"


class ImportRejected(InvalidInput):
    """An import file with invalid lines; nothing from it was stored."""

    def __init__(self, errors: list[LineError], total: int) -> None:
        self.errors = errors
        self.total = total
        first = errors[0]
        more = f" (and {len(errors) - 1} more problems; 'matcher import --check FILE' lists them)" \
            if len(errors) > 1 else ""
        super().__init__(f"import rejected, nothing stored: {first}{more}")
