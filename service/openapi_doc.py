"""The published OpenAPI document says what the API does: every error status a route can answer,
and the one error body every one of them has.

FastAPI documents a 422 shaped as its own validation error (``{"detail": [{"loc", "msg",
"type"}]}``) and nothing else; this API answers every error as ``ErrorOut`` (``service.errors``:
``{"detail": "a sentence", "errors": [{"field", "message"}]}``). ``install_openapi`` rewrites the
document once, on first request, from the routes themselves:

| status | documented on | when |
|---|---|---|
| 401 | every operation | a key that is not known (or none where one is needed) |
| 403 | operations needing a key | a key whose role is too low |
| 404 | operations with a path parameter or a body | nothing by an id given |
| 408, 413 | operations with a body | a body too slow or too large |
| 409 | writes (POST, PUT, PATCH, DELETE) | clashes with what is stored |
| 415 | the two imports | a body in a format it does not read |
| 422 | every operation | bad input, in one sentence per field |
| 429 | every operation | a rate limit (with Retry-After) |
| 503 | every operation | busy or over its time budget (``service.budget``), or the database away |

A text the routes cap at ``max_text_chars`` (``service.limits.CAPPED_TEXTS``: a search, a brief, an
opportunity) is published with that ``maxLength``, so the schema says what the 422 enforces.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field

from service.deps import RoleGuard
from service.limits import CAPPED_TEXTS
from service.roles import Role

__all__ = ["ErrorOut", "install_openapi"]


class ProblemOut(BaseModel):
    field: str = Field(description="where: 'top_k', 'items[0].profile_id'; empty for the request as a whole")
    message: str = Field(description="what is wrong, for people")


class ErrorOut(BaseModel):
    """Every error the API answers."""

    detail: str = Field(description="what went wrong, in a sentence")
    errors: list[ProblemOut | dict[str, Any]] | None = Field(None, description="one entry per problem (422)")


_WHY = {401: "No API key where one is needed, or a key that is not known or revoked",
        403: "The key's role may not do this", 404: "Nothing by that id", 408: "The body arrived too slowly",
        409: "Clashes with what is stored", 413: "The body is too large",
        415: "A body in a format this operation does not read", 422: "Bad input, one sentence per field",
        429: "Too many requests: see Retry-After", 503: "Busy, over its time budget, or the database is away"}
_WRITES = {"post", "put", "patch", "delete"}


def install_openapi(app: FastAPI) -> None:
    """Make ``app.openapi()`` return the document with every error status and body described."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, summary=app.summary,
                                 description=app.description, routes=app.routes)
            schema.setdefault("components", {}).setdefault("schemas", {})
            for model in (ProblemOut, ErrorOut):
                schema["components"]["schemas"][model.__name__] = model.model_json_schema(
                    ref_template="#/components/schemas/{model}")
            for name in ("HTTPValidationError", "ValidationError"):
                schema["components"]["schemas"].pop(name, None)
            _document_errors(app, schema)
            _cap_texts(schema, app.state.settings.max_text_chars)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _document_errors(app: FastAPI, schema: dict[str, Any]) -> None:
    minimum = {(method.lower(), route.path_format): _least_role(route)
               for route in app.routes if isinstance(route, APIRoute) for method in route.methods or ()}
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            statuses = {401, 422, 429, 503}
            if minimum.get((method, path), Role.public) is not Role.public:
                statuses.add(403)
            if "{" in path or "requestBody" in operation:  # an id in the path or the body names nothing
                statuses.add(404)
            if "requestBody" in operation or method in _WRITES:
                statuses |= {408, 413}
            if method in _WRITES:
                statuses.add(409)
            if path.endswith(("/profiles/import", "/api/imports")):  # both import routes read files
                statuses.add(415)
            responses = operation.setdefault("responses", {})
            for status in sorted(statuses):
                responses[str(status)] = {"description": _WHY[status], "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/ErrorOut"}}}}


def _cap_texts(schema: dict[str, Any], limit: int) -> None:
    components = schema["components"]["schemas"]
    for name, field in CAPPED_TEXTS:
        prop = components.get(name, {}).get("properties", {}).get(field)
        if prop is None:
            continue
        for branch in prop.get("anyOf", [prop]):  # an optional text: its string branch
            if branch.get("type") == "string":
                branch["maxLength"] = limit


def _least_role(route: APIRoute) -> Role:
    for dependency in route.dependant.dependencies:
        call = dependency.call
        if isinstance(call, RoleGuard):
            return call.minimum
        for sub in dependency.dependencies:
            if isinstance(sub.call, RoleGuard):
                return sub.call.minimum
    return Role.public
