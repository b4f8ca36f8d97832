"""One error hierarchy for the whole product, shallow on purpose.

The CLI maps every ``MatcherError`` to one line and exit code 2; the service maps each
class to one HTTP status in ``service.errors``. Messages are written for a person. Errors of
the libraries the product runs on (faiss, onnxruntime) are wrapped where they are called
(``wrapped``), so they reach a person as a ``BackendFailure``, never as a stack trace.

    MatcherError                  (HTTP 400: anything not below)
    ├── InvalidInput              422  a bad brief, filter, file or setting
    │   ├── ImportRejected        422  an import file with bad lines (each listed)
    │   └── TextTooLong           422  a text field past its cap (the field and the cap named)
    ├── NotFound                  404  an id that names nothing
    ├── Conflict                  409  clashes with what is stored
    ├── PayloadTooLarge           413  larger than the product accepts
    ├── Forbidden                 403  a role that may not do this
    ├── IndexMismatch             503  a saved index built for another encoder
    │   └── StaleIndex            503  a saved index made under older indexing rules (rebuilt)
    └── BackendFailure            503  faiss or onnxruntime failed (the cause is logged)

Errors only the HTTP service raises live in ``service.errors``:

    MatcherError
    ├── Unauthorized              401  no API key, or one that is not known
    ├── TooManyRequests           429  a rate limit is reached (Retry-After says when)
    ├── Unavailable               503  the database cannot be reached just now
    └── InvalidInput
        └── UnsupportedMediaType  415  a body in a format the endpoint does not read
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

__all__ = [
    "BackendFailure",
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
    "TextTooLong",
    "wrapped",
]


class MatcherError(Exception):
    """Base of every error the product reports to a person."""


class InvalidInput(MatcherError):
    """The input cannot be understood (bad brief, bad filter, malformed file)."""


class TextTooLong(InvalidInput):
    """A text field longer than its cap: bad input in one field, like any other (the body's own size
    limit is ``PayloadTooLarge``)."""

    def __init__(self, field: str, length: int, limit: int) -> None:
        super().__init__(f"{field}: {length:,} characters is more than the {limit:,} accepted")
        self.field, self.limit = field, limit


class NotFound(MatcherError):
    """An id that names nothing."""


class Conflict(MatcherError):
    """The request clashes with what is stored (an id that already exists)."""


class PayloadTooLarge(MatcherError):
    """The input is larger than the product accepts."""


class Forbidden(MatcherError):
    """A known key whose role may not do this."""


class IndexMismatch(MatcherError):
    """A saved index was built with a different encoder or dimension than the one asked for."""


class StaleIndex(IndexMismatch):
    """A saved index made under older rules for what is indexed (``DOCUMENTS_VERSION``): rebuild it."""


class BackendFailure(MatcherError):
    """A library the matcher runs on failed (faiss searching the vectors, onnxruntime encoding).

    ``str()`` says which part failed, what it was doing, the library's own last line and what
    to do (``hint``), for the operator at the command line; ``public`` says only which part
    failed doing what (HTTP answers, which log the rest: paths and library internals)."""

    def __init__(self, part: str, doing: str, cause: BaseException, hint: str = "") -> None:
        self.part, self.doing, self.hint = part, doing, hint
        lines = str(cause).strip().splitlines() or [type(cause).__name__]
        self.reason = lines[-1][:300]
        self.public = f"{part} failed while {doing}; it has been logged"
        super().__init__(f"{part} failed while {doing}: {self.reason}" + (f"; {hint}" if hint else ""))


@contextmanager
def wrapped(part: str, doing: str, errors: tuple[type[BaseException], ...] = (RuntimeError,),
            hint: str = "") -> Iterator[None]:
    """Turn ``errors`` raised inside into ``BackendFailure(part, doing, hint=hint)``; the
    product's own errors pass through unchanged."""
    try:
        yield
    except MatcherError:
        raise
    except errors as error:
        raise BackendFailure(part, doing, error, hint) from error


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
