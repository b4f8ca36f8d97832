"""Where the matcher keeps its data, read from the environment (``MATCHER_*``) or flags.

The home folder holds the SQLite database (the embedded default) and the search index;
``MATCHER_DATABASE_URL`` points at PostgreSQL instead.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["MatcherSettings", "default_home", "default_model_cache"]


def default_home() -> Path:
    return Path(platformdirs.user_data_dir("smic-matcher", appauthor=False))


def default_model_cache() -> Path:
    return Path(platformdirs.user_cache_dir("smic-matcher", appauthor=False)) / "models"


class MatcherSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MATCHER_", extra="ignore")

    home: Path = Field(default_factory=default_home)
    database_url: str | None = None
    encoder_backend: str = "onnx"
    model_cache: Path = Field(default_factory=default_model_cache)

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'matcher.db'}"

    @property
    def index_dir(self) -> Path:
        return self.home / "index"
