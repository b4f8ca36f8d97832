"""The one place where errors become HTTP responses, and the errors only the service raises.

Each ``matcher.errors`` class maps to one status (the hierarchy is drawn in ``matcher.errors``);
a ``BackendFailure`` (faiss, onnxruntime) answers 503 naming the part that failed, its cause
logged; validation errors become one readable
sentence per field ("top_k: must be at most 100"); anything unexpected is logged here and
answered with a plain 500, never a stack trace.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException

from matcher.errors import (
    BackendFailure,
    Conflict,
    Forbidden,
    ImportRejected,
    IndexMismatch,
    InvalidInput,
    MatcherError,
    NotFound,
    PayloadTooLarge,
    TextTooLong,
)
from service.messages import describe

__all__ = ["STATUS_OF", "TooManyRequests", "Unauthorized", "Unavailable", "UnsupportedMediaType",
           "error_response", "install_error_handlers", "status_of"]

log = logging.getLogger("service")


class Unauthorized(MatcherError):
    """No API key, or one that is not known."""


class UnsupportedMediaType(InvalidInput):
    """A body in a format this endpoint does not read."""


class Unavailable(MatcherError):
    """Something the service needs (the database) cannot be reached just now."""


class TooManyRequests(MatcherError):
    """A rate limit is reached (``service.rate_limits``); ``retry_after`` seconds until it is not."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


# Most specific first: the first class an error is an instance of decides its status.
STATUS_OF: list[tuple[type[MatcherError], int]] = [
    (UnsupportedMediaType, 415),
    (PayloadTooLarge, 413),
    (InvalidInput, 422),
    (NotFound, 404),
    (Conflict, 409),
    (Unauthorized, 401),
    (Forbidden, 403),
    (TooManyRequests, 429),
    (IndexMismatch, 503),
    (BackendFailure, 503),
    (Unavailable, 503),
    (MatcherError, 400),
]


def status_of(error: MatcherError) -> int:
    return next(status for cls, status in STATUS_OF if isinstance(error, cls))


def error_response(status: int, detail: str, **extra) -> JSONResponse:
    headers = {"WWW-Authenticate": 'Bearer, ApiKey header="X-API-Key"'} if status == 401 else None
    return JSONResponse({"detail": detail, **extra}, status_code=status, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(MatcherError, _matcher_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(ValidationError, _invalid_request)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)


async def _matcher_error(_request: Request, error: MatcherError) -> JSONResponse:
    if isinstance(error, ImportRejected):
        lines = [{"line": e.line, "field": e.field, "message": e.message} for e in error.errors]
        detail = (f"import rejected, nothing stored: {len(error.errors)} "
                  f"problem{'s' if len(error.errors) != 1 else ''} in {error.total} lines, "
                  f"the first {error.errors[0]}")
        return error_response(422, detail, errors=lines)
    if isinstance(error, BackendFailure):
        log.error("%s on %s %s: %s", error.public, _request.method, _request.url.path, error.reason,
                  exc_info=error.__cause__)
        return error_response(status_of(error), error.public)
    if isinstance(error, TextTooLong):
        return error_response(422, str(error), errors=[{"field": error.field,
                                                        "message": f"must be at most {error.limit} characters"}])
    response = error_response(status_of(error), str(error))
    if isinstance(error, TooManyRequests):
        response.headers["Retry-After"] = str(error.retry_after)
    return response


async def _invalid_request(_request: Request, error: RequestValidationError | ValidationError) -> JSONResponse:
    problems = describe(error.errors())
    detail = "; ".join(f"{p['field']}: {p['message']}" if p["field"] else p["message"] for p in problems)
    return error_response(422, detail or "the request is not valid", errors=problems)


async def _http_error(request: Request, error: HTTPException) -> JSONResponse:
    detail = error.detail
    if error.status_code == 404 and detail == "Not Found":
        detail = f"nothing at {request.url.path}"
    elif error.status_code == 405:
        detail = f"{request.method} is not allowed on {request.url.path}"
    response = error_response(error.status_code, str(detail))
    response.headers.update(error.headers or {})
    return response


async def _unexpected(request: Request, error: Exception) -> JSONResponse:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=error)
    return error_response(500, "something went wrong on our side; it has been logged")
