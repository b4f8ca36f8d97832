"""The service's settings: the matcher's (home, database, encoder) plus how it serves.

Read from the environment with the same ``MATCHER_`` prefix, e.g. ``MATCHER_DATABASE_URL``,
``MATCHER_SYNC_INTERVAL`` or ``MATCHER_ADMIN_KEY``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator

from matcher.settings import MatcherSettings

__all__ = ["ServiceSettings"]


class ServiceSettings(MatcherSettings):
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)
    # Other processes writing to the same database are seen within this many seconds.
    sync_interval: float = Field(1.0, gt=0, description="seconds between change-log polls")
    # The index is saved at most this often while changes arrive, and always on shutdown.
    index_save_interval: float = Field(30.0, gt=0)
    max_import_bytes: int = Field(5_000_000, gt=0, description="body limit of /api/profiles/import")
    import_batch: int = Field(200, ge=1, le=5_000, description="profiles per transaction of a background import "
                              "(POST /api/imports); other writes wait at most for one batch")
    max_body_bytes: int = Field(1_000_000, gt=0, description="body limit of every other request")
    max_text_chars: int = Field(20_000, gt=0, description="longest search text or brief")
    admin_key: SecretStr | None = Field(None, min_length=32, description="an admin key that must exist "
                                        "(deployments, tests); at least 32 characters")

    # -- bounded work for every request (service.caps, service.budget, service.rate_limits) ----
    max_brief_needs: int = Field(40, ge=1, description="most needs one brief may ask for")
    max_answer_matches: int = Field(300, ge=1, description="most shortlist places one crew sheet may fill "
                                    "(each need counts its quantity or the shortlist size, the larger)")
    request_budget: float = Field(30.0, gt=0, description="seconds a search, brief or sheet may take before "
                                  "the answer is 503 (Retry-After)")
    heavy_concurrency: int = Field(2, ge=1, description="searches, briefs and sheets worked on at once; "
                                   "more wait (up to the budget) for a turn")
    header_timeout: float = Field(10.0, gt=0, description="seconds a client may take to send a request's headers")
    body_timeout: float = Field(15.0, gt=0, description="seconds a client may take to send a request body")
    keep_alive_timeout: float = Field(5.0, gt=0, description="seconds an idle connection is kept open")
    max_connections: int = Field(200, ge=1, description="connections served at once; more are answered 503")
    rate_limit_public: str = Field("300/minute", description="requests per client address without a key")
    rate_limit_public_heavy: str = Field("30/minute;300/hour", description="searches, briefs and sheets per "
                                         "client address without a key")
    rate_limit_key: str = Field("1200/minute", description="requests per API key")
    rate_limit_failed_auth: str = Field("10/minute;50/hour", description="wrong keys per client address")
    brief_retention: dt.timedelta = Field(dt.timedelta(days=365), description="how long recorded briefs are "
                                          "kept (seconds or ISO 8601); demo briefs stay")
    max_recorded_briefs: int = Field(20_000, ge=1, description="recorded briefs kept at most (oldest go first)")
    demo_path: Path | None = Field(None, description="what 'matcher serve' loads into an empty database "
                                                     "(default: the shipped demo cluster)")
    # -- serving under load (``service.concurrency``) ---------------------------------------------
    workers: int = Field(1, ge=1, le=64, description="server processes ('matcher serve'), each with its own "
                                                     "engine and index, following one database")
    threads: int | None = Field(None, ge=1, le=256, description="requests worked on at once per process "
                                "(default: the number of cores); the rest wait their turn")
    search_on_loop: bool = Field(True, description="short searches run on the event loop, no thread hop "
                                 "(service.on_loop); false: every search in the thread pool, to compare")

    # -- the film office's working day: availability checks by email, and the map --------------
    smtp_host: str | None = Field(None, description="SMTP server for availability checks; none: "
                                                    "messages are written to the outbox folder")
    smtp_port: int = Field(587, ge=1, le=65535)
    smtp_security: Literal["starttls", "ssl", "none"] = Field(
        "starttls", description="starttls (port 587), ssl (port 465) or none (a relay on this machine)")
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_timeout: float = Field(20.0, gt=0, description="seconds to wait for the SMTP server")
    mail_from: str = Field("Film office <film-office@localhost>", min_length=3, max_length=300,
                           description="the From of availability checks")
    mail_reply_to: str | None = Field(None, max_length=300, description="where replies to a check go")
    outbox_dir: Path | None = Field(None, description="where messages go without an SMTP server "
                                                      "(default: the home folder's outbox/)")
    public_url: str | None = Field(None, max_length=300, description="the address crew open answer links at, "
                                   "e.g. https://matcher.example.org (default: the address the request came to)")
    availability_link_secret: SecretStr | None = Field(
        None, description="signs answer links; default: made once and kept in the database")
    availability_link_ttl: dt.timedelta = Field(dt.timedelta(days=14), description="how long an answer link "
                                                "works (seconds or ISO 8601, e.g. P14D)")
    map_tile_url: str | None = Field(None, max_length=500, description="map tiles, e.g. "
                                     "https://tile.openstreetmap.org/{z}/{x}/{y}.png (default: the county "
                                     "outline alone, no tile server)")
    map_tile_attribution: str = Field("", max_length=500, description="credit line for the tiles")

    @property
    def resolved_outbox_dir(self) -> Path:
        return self.outbox_dir or self.home / "outbox"

    @field_validator("availability_link_ttl", "brief_retention", mode="before")
    @classmethod
    def _seconds(cls, value: object) -> object:
        """A plain number in the environment is seconds ("3600"), as ISO 8601 ("PT1H") is a duration."""
        if isinstance(value, str) and value.strip().replace(".", "", 1).isdigit():
            return float(value)
        return value

    @field_validator("availability_link_ttl", "brief_retention")
    @classmethod
    def _positive_ttl(cls, value: dt.timedelta) -> dt.timedelta:
        if value.total_seconds() <= 0:
            raise ValueError("must be longer than 0 seconds")
        return value

    @field_validator("public_url", "map_tile_url")
    @classmethod
    def _web_address(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError(f"{value!r} must start with http:// or https://")
        return value.rstrip("/") if value else value
