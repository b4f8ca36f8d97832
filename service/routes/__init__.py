"""The API's routers, one per resource, registered in one list.

``API_ROUTERS`` are mounted under ``/api``; a new resource (investor matching at
``/api/investors``, collaborator discovery at ``/api/collaborators``, the gap report at
``/api/gaps``) is one more module here with its own ``router``, added to this list.
``ROOT_ROUTERS`` sit at the root: ``/metrics`` (where scrapers look) and ``/`` (the page).
"""

from __future__ import annotations

from fastapi import APIRouter

from service.routes import (
    briefs,
    erasure,
    evidence_pages,
    gaps,
    health,
    keys,
    metrics,
    pages,
    profile_import,
    profiles,
    search,
    sector,
    shortlists,
)

__all__ = ["API_ROUTERS", "ROOT_ROUTERS"]

API_ROUTERS: list[APIRouter] = [
    health.router,
    profile_import.router,  # before profiles: "/profiles/import" is not a profile id
    erasure.router,
    profiles.router,
    search.router,
    briefs.router,
    shortlists.router,
    keys.router,
    sector.router,
    gaps.router,
]

ROOT_ROUTERS: list[APIRouter] = [metrics.router, pages.router, evidence_pages.router]
