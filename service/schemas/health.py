"""What /api/health reports."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

__all__ = ["Health"]


class Health(BaseModel):
    status: Literal["ok", "catching_up"] = Field(
        description="ok, or catching_up: restarted with a saved index behind the database, the server answers "
                    "from it (minus every profile changed since) while it replays the change log")
    catch_up_progress: float | None = Field(
        None, description="while catching up: the share of the changed profiles brought up to date (0 to 1)")
    profiles_in_database: int
    profiles_in_index: int
    change_seq: int = Field(description="the last change of the database log the index has applied")
    database_change_seq: int = Field(description="the database's latest change")
    index_lag: int = Field(description="changes the index has still to apply")
    database: str = Field(description="sqlite | postgresql")
    encoder: str = Field(description="the model and the backend running it, e.g. all-MiniLM-L6-v2 (onnx)")
    dense_index: str = Field(description="flat (exact) | ivf (approximate)")
