"""Small envelopes shared by several resources."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Done", "RequestModel"]


class RequestModel(BaseModel):
    """Base of request bodies: unknown fields are refused, so a typo is reported, not ignored;
    numbers are finite (``Infinity`` and ``NaN`` are refused)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, allow_inf_nan=False)


class Done(BaseModel):
    """What a DELETE-like action did."""

    id: str
    status: Literal["deleted", "erased", "revoked"]
    detail: str = Field("", description="what else changed, for people")
