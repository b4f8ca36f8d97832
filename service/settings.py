"""The service's settings: the matcher's (home, database, encoder) plus how it serves.

Read from the environment with the same ``MATCHER_`` prefix, e.g. ``MATCHER_DATABASE_URL``,
``MATCHER_SYNC_INTERVAL`` or ``MATCHER_ADMIN_KEY``.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import SettingsConfigDict

from matcher.settings import MatcherSettings

__all__ = ["ServiceSettings"]


class ServiceSettings(MatcherSettings):
    model_config = SettingsConfigDict(env_prefix="MATCHER_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)
    # Other processes writing to the same database are seen within this many seconds.
    sync_interval: float = Field(1.0, gt=0, description="seconds between change-log polls")
    # The index is saved at most this often while changes arrive, and always on shutdown.
    index_save_interval: float = Field(30.0, gt=0)
    max_import_bytes: int = Field(5_000_000, gt=0, description="body limit of /api/profiles/import")
    max_body_bytes: int = Field(1_000_000, gt=0, description="body limit of every other request")
    max_text_chars: int = Field(20_000, gt=0, description="longest search text or brief")
    admin_key: SecretStr | None = Field(None, description="an admin key that must exist (deployments, tests)")
    demo_path: Path | None = Field(None, description="what 'matcher serve' loads into an empty database "
                                                     "(default: the shipped demo cluster)")
