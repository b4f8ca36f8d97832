"""The Partners page: a member's partners and peers, its network, and teams for an opportunity.

Like the other pages it holds no data of its own: its script calls ``/api/partners`` with the key
the visitor typed (members and staff), so the page itself is public and shows only a prompt for a key.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from service.deps import require_role
from service.routes.pages import asset_version, templates

__all__ = ["router"]

router = APIRouter(tags=["page"])


@router.get("/partners", response_class=HTMLResponse, response_model=None, include_in_schema=False,
            dependencies=[Depends(require_role("public"))])
def partners_page(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "partners.html", {"version": asset_version(), "page": "partners"})
