"""The API's routers, one per resource, registered in one list.

``API_ROUTERS`` are mounted under ``/api``; a new resource (investor matching at
``/api/investors``, collaborator discovery at ``/api/collaborators``, the gap report at
``/api/gaps``) is one more module here with its own ``router``, added to this list.
``ROOT_ROUTERS`` sit at the root: ``/metrics`` (where scrapers look) and ``/`` (the page).

Order matters for speed, never for meaning: a request is matched against the routers in this
order, each router scanning its routes, so the two routes that take the load (a search, a brief)
come first, ahead of some 25 routers a search used to be compared with (the first route that
matches wins, and no earlier route matches a search's or a brief's path).
"""

from __future__ import annotations

from fastapi import APIRouter

from service.routes import (
    availability,
    briefs,
    docs,
    erasure,
    evidence_pages,
    gaps,
    health,
    investors,
    jobs,
    keys,
    maps,
    me,
    metrics,
    office_pages,
    overview,
    pages,
    partners,
    partners_page,
    profile_import,
    profiles,
    search,
    sector,
    sheets,
    shortlists,
)

__all__ = ["API_ROUTERS", "ROOT_ROUTERS"]

API_ROUTERS: list[APIRouter] = [
    search.router,  # the busiest first (see above)
    briefs.router,
    health.router,
    profile_import.router,  # before profiles: "/profiles/import" is not a profile id
    jobs.router,  # imports in the background and their progress
    erasure.router,
    profiles.router,
    shortlists.router,
    keys.router,
    # the film office's working day: profile pages, availability checks, members, paper, maps
    overview.router,
    availability.router,
    me.router,
    sheets.router,
    maps.router,
    # the film office's evidence: the sector map (public) and the gap report (staff)
    sector.router,
    gaps.router,
    # investors: interests matched to companies, investors for a company, matchmaking sessions
    investors.router,
    # members finding collaborators: partners, consortia, networks (members and staff)
    partners.router,
]

ROOT_ROUTERS: list[APIRouter] = [metrics.router, pages.router,
                                 office_pages.router, availability.page_router, docs.router,
                                 evidence_pages.router, investors.page_router, partners_page.router]
