"""The web page of the matcher: one HTML page; everything else is the JSON API it calls.

The page is public (it holds no data of its own): what a visitor may see is decided by the
API routes it calls, with the key the visitor typed into the page.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from service.deps import require_role

__all__ = ["router"]

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
templates = Jinja2Templates(directory=str(WEB_DIR / "templates"))

router = APIRouter(tags=["page"])


def asset_version() -> str:
    """Changes whenever a static file changes, so browsers never mix an old script with a new page."""
    static = WEB_DIR / "static"
    stamps = [int(p.stat().st_mtime) for p in static.rglob("*") if p.is_file()]
    return format(max(stamps, default=0), "x")


@router.get("/", response_class=HTMLResponse, response_model=None, include_in_schema=False,
            dependencies=[Depends(require_role("public"))])
def index(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "index.html", {"version": asset_version()})


@router.get("/corrections", response_class=HTMLResponse, response_model=None, include_in_schema=False,
            dependencies=[Depends(require_role("public"))])
def corrections(request: Request) -> HTMLResponse:
    """Staff view of corrections to understood briefs; the data comes from the staff-only API."""
    return templates.TemplateResponse(request, "corrections.html", {"version": asset_version()})


@router.get("/import", response_class=HTMLResponse, response_model=None, include_in_schema=False,
            dependencies=[Depends(require_role("public"))])
def import_page(request: Request) -> HTMLResponse:
    """Admin page to import a file of profiles in the background and watch its progress (the
    work and the data go through the admin-only ``/api/imports`` and ``/api/jobs``)."""
    return templates.TemplateResponse(request, "import.html", {"version": asset_version()})
