"""The film office's evidence pages: the sector map and the gap report, with charts.

Like the main page they hold no data of their own: the page's script calls the API with the
key the visitor typed (``/api/sector`` is public, ``/api/gaps`` needs a staff key).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from service.deps import require_role
from service.routes.pages import asset_version, templates

__all__ = ["router"]

router = APIRouter(tags=["page"])


@router.get("/sector", response_class=HTMLResponse, response_model=None, include_in_schema=False,
            dependencies=[Depends(require_role("public"))])
def sector_page(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "sector.html",
                                      {"version": asset_version(), "page": "sector", "script": "sector.js"})


@router.get("/gaps", response_class=HTMLResponse, response_model=None, include_in_schema=False,
            dependencies=[Depends(require_role("public"))])
def gaps_page(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "gaps.html",
                                      {"version": asset_version(), "page": "gaps", "script": "gaps.js"})
