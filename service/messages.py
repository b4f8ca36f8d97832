"""Pydantic validation errors as sentences a person can act on: "top_k: must be at most 100"."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["Problem", "describe", "field_path"]

_SOURCES = {"body", "query", "path", "header", "cookie"}

Problem = dict[str, str]  # {"field": "items[0].profile_id", "message": "is required"}


def describe(errors: Iterable[dict[str, Any]]) -> list[Problem]:
    return [_problem(error) for error in errors]


def _problem(error: dict[str, Any]) -> Problem:
    kind = error.get("type", "")
    if kind == "json_invalid":  # its location is a character offset, not a field
        return {"field": "", "message": f"the body {_sentence(error)}"}
    field = field_path(error.get("loc", ()))
    if not field and kind in _OBJECT_TYPES:
        return {"field": "", "message": "the body must be a JSON object"}
    return {"field": field, "message": _sentence(error)}


def field_path(loc: Sequence[str | int]) -> str:
    parts = list(loc)
    if parts and parts[0] in _SOURCES:  # ("body",) alone: the request as a whole
        parts = parts[1:]
    path = ""
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _sentence(error: dict[str, Any]) -> str:
    kind, ctx = error.get("type", ""), error.get("ctx") or {}
    simple = _SIMPLE.get(kind)
    if simple:
        return simple
    if kind in _BOUNDS:
        return _BOUNDS[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    if kind == "string_too_short":
        shortest = ctx.get("min_length")
        return "must not be empty" if shortest == 1 else f"must be at least {shortest} characters"
    if kind == "string_too_long":
        return f"must be at most {ctx.get('max_length')} characters"
    if kind in ("too_short", "too_long"):
        bound = "at least" if kind == "too_short" else "at most"
        return f"must have {bound} {ctx.get('min_length', ctx.get('max_length'))} items"
    if kind in ("literal_error", "enum"):
        return f"must be one of {ctx.get('expected')}"
    if kind == "json_invalid":
        return f"is not valid JSON ({ctx.get('error', 'cannot be read')})"
    return _reworded(str(error.get("msg", "is not valid")))


def _plain(value: Any) -> Any:
    """90.0 -> 90: a bound as a person writes it."""
    return f"{value:g}" if isinstance(value, float) else value


def _reworded(message: str) -> str:
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    if message.startswith("Input should be"):
        return "must be" + message.removeprefix("Input should be")
    return message[:1].lower() + message[1:] if message[1:2].islower() else message


_OBJECT_TYPES = {"model_attributes_type", "model_type", "dict_type"}
_SIMPLE = {
    "missing": "is required",
    "extra_forbidden": "is not a field we know (check the spelling)",
    "model_attributes_type": "must be an object",
    "dict_type": "must be an object",
    "list_type": "must be a list",
}
_BOUNDS = {
    "less_than_equal": "must be at most {le}",
    "less_than": "must be below {lt}",
    "greater_than_equal": "must be at least {ge}",
    "greater_than": "must be above {gt}",
}
