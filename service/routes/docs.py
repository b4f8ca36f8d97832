"""The API documentation, offline: Swagger UI at /docs and ReDoc at /redoc, their JavaScript
and CSS served by the app from ``static/vendor/`` (swagger-ui-dist and redoc from the npm
registry, with their licences), never from a CDN. Nothing on either page asks the network for
anything: no web fonts, no online validator badge."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse

from service.deps import require_role

__all__ = ["router"]

router = APIRouter(include_in_schema=False, dependencies=[Depends(require_role("public"))])
_VENDOR = "/static/vendor"


@router.get("/docs", response_class=HTMLResponse)
def swagger_ui(request: Request) -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url=request.app.openapi_url, title=f"{request.app.title} · API",
        swagger_js_url=f"{_VENDOR}/swagger-ui/swagger-ui-bundle.js",
        swagger_css_url=f"{_VENDOR}/swagger-ui/swagger-ui.css", swagger_favicon_url="/static/icon.svg",
        swagger_ui_parameters={"validatorUrl": None, "persistAuthorization": True})


@router.get("/redoc", response_class=HTMLResponse)
def redoc(request: Request) -> HTMLResponse:
    return get_redoc_html(openapi_url=request.app.openapi_url, title=f"{request.app.title} · API reference",
                          redoc_js_url=f"{_VENDOR}/redoc/redoc.standalone.js", redoc_favicon_url="/static/icon.svg",
                          with_google_fonts=False)
