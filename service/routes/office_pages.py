"""The film office's pages beyond the crew sheet: a profile page, a working shortlist and a
member's "My profile". Each is a page shell; its data comes from the JSON API, called with
the key the visitor gave the page, so what a visitor sees is decided by the API alone."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from service.deps import require_role
from service.routes.pages import asset_version, templates

__all__ = ["router"]

router = APIRouter(tags=["page"], dependencies=[Depends(require_role("public"))])


@router.get("/profiles/{profile_id}", response_class=HTMLResponse, response_model=None, include_in_schema=False)
def profile_page(profile_id: str, request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "profile.html", {"version": asset_version(), "profile_id": profile_id})


@router.get("/shortlists/{shortlist_id}", response_class=HTMLResponse, response_model=None, include_in_schema=False)
def shortlist_page(shortlist_id: str, request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "shortlist.html",
                                      {"version": asset_version(), "shortlist_id": shortlist_id})


@router.get("/me", response_class=HTMLResponse, response_model=None, include_in_schema=False)
def my_profile_page(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "me.html", {"version": asset_version()})
