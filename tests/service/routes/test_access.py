"""Who may call what: every route has a role check, and each role gets through exactly the
routes its role allows (401 without a key where one is needed, 403 with too weak a key)."""

from __future__ import annotations

import pytest

from service.app import create_app
from service.deps import RoleGuard
from service.roles import Role

# Every route of the app, its least role, and a request that changes nothing (an unknown
# id or an invalid body) to knock with.
ROUTES = {
    ("GET", "/api/health"): ("public", None),
    ("GET", "/metrics"): ("public", None),
    ("GET", "/"): ("public", None),
    ("GET", "/api/profiles"): ("public", None),
    ("GET", "/api/profiles/{profile_id}"): ("public", None),
    ("POST", "/api/profiles"): ("admin", {}),
    ("PUT", "/api/profiles/{profile_id}"): ("member", {}),  # and only a profile the member key owns
    ("DELETE", "/api/profiles/{profile_id}"): ("admin", None),
    ("POST", "/api/profiles/import"): ("admin", None),
    ("POST", "/api/imports"): ("admin", None),
    ("GET", "/api/jobs/{job_id}"): ("admin", None),
    ("POST", "/api/profiles/{profile_id}/erase"): ("admin", None),
    ("POST", "/api/search"): ("public", {}),
    ("POST", "/api/briefs/parse"): ("public", {}),
    ("POST", "/api/briefs/match"): ("public", {}),
    ("GET", "/api/briefs/corrections"): ("staff", None),
    ("GET", "/api/briefs/corrections/export.jsonl"): ("staff", None),
    ("GET", "/corrections"): ("public", None),
    ("GET", "/import"): ("public", None),
    ("POST", "/api/shortlists"): ("staff", {}),
    ("GET", "/api/shortlists"): ("staff", None),
    ("GET", "/api/shortlists/{shortlist_id}"): ("staff", None),
    ("DELETE", "/api/shortlists/{shortlist_id}"): ("staff", None),
    ("GET", "/api/shortlists/{shortlist_id}/export.csv"): ("staff", None),
    ("POST", "/api/keys"): ("admin", {}),
    ("GET", "/api/keys"): ("admin", None),
    ("DELETE", "/api/keys/{key_id}"): ("admin", None),
    # the film office's working day
    ("PATCH", "/api/shortlists/{shortlist_id}"): ("staff", {}),
    ("POST", "/api/shortlists/{shortlist_id}/items"): ("staff", {}),
    ("PUT", "/api/shortlists/{shortlist_id}/order"): ("staff", {}),
    ("PATCH", "/api/shortlists/{shortlist_id}/items/{profile_id}"): ("staff", {}),
    ("DELETE", "/api/shortlists/{shortlist_id}/items/{profile_id}"): ("staff", None),
    ("GET", "/api/shortlists/{shortlist_id}/export.xlsx"): ("staff", None),
    ("GET", "/api/shortlists/{shortlist_id}/export.pdf"): ("staff", None),
    ("POST", "/api/shortlists/{shortlist_id}/checks"): ("staff", {}),
    ("GET", "/api/mail"): ("staff", None),
    ("PUT", "/api/keys/{key_id}/profiles"): ("admin", {}),
    ("GET", "/api/profiles/{profile_id}/overview"): ("public", None),
    ("GET", "/api/me"): ("public", None),
    ("GET", "/api/me/profiles"): ("member", None),
    ("PUT", "/api/profiles/{profile_id}/availability"): ("member", {}),  # owners only, as PUT
    ("POST", "/api/profiles/{profile_id}/diary"): ("member", {}),
    ("POST", "/api/sheets/export.pdf"): ("public", {}),
    ("POST", "/api/sheets/export.xlsx"): ("public", {}),
    ("GET", "/api/maps/config"): ("public", None),
    ("GET", "/api/maps/outline"): ("public", None),
    ("POST", "/api/maps/places"): ("public", {}),
    ("GET", "/profiles/{profile_id}"): ("public", None),
    ("GET", "/shortlists/{shortlist_id}"): ("public", None),
    ("GET", "/me"): ("public", None),
    ("GET", "/availability/{token}"): ("public", None),
    ("POST", "/availability/{token}"): ("public", None),
    # the film office's evidence
    ("GET", "/sector"): ("public", None),
    ("GET", "/gaps"): ("public", None),
    ("GET", "/api/sector"): ("public", None),
    ("GET", "/api/sector/map"): ("public", None),
    ("GET", "/api/sector/export.csv"): ("public", None),
    ("GET", "/api/gaps"): ("staff", None),
    ("GET", "/api/gaps/export.csv"): ("staff", None),
    # investors
    ("POST", "/api/investors/parse"): ("public", {}),
    ("POST", "/api/investors/match"): ("member", {}),
    ("GET", "/api/investors/for/{company_id}"): ("member", None),
    ("POST", "/api/investors/sessions/plan"): ("staff", {}),
    ("POST", "/api/investors/sessions/plan.csv"): ("staff", {}),
    ("POST", "/api/investors/sessions/plan.html"): ("staff", {}),
    ("POST", "/api/investors/sessions/plan.pdf"): ("staff", {}),
    ("GET", "/investors"): ("public", None),
    # members finding collaborators
    ("GET", "/api/partners/{profile_id}"): ("member", None),
    ("GET", "/api/partners/{profile_id}/network"): ("member", None),
    ("POST", "/api/partners/consortium"): ("member", {}),
    ("GET", "/partners"): ("public", None),
}
_NO_SUCH = {"profile_id": "no-such-profile", "shortlist_id": "no-such-shortlist", "key_id": "999999",
            "token": "no-such-token", "company_id": "no-such-profile", "job_id": "no-such-job"}
_UNGUARDED = {"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc", "/static"}  # framework and files


def _route_contexts(app):
    try:  # FastAPI >= 0.16x keeps included routers lazily; this lists their routes
        from fastapi.routing import iter_route_contexts
    except ImportError:
        return list(app.routes)
    return list(iter_route_contexts(app.routes))


def _guards(dependant) -> list[RoleGuard]:
    found = [dependant.call] if isinstance(dependant.call, RoleGuard) else []
    for sub in dependant.dependencies:
        found += _guards(sub)
    return found


def test_every_route_has_one_role_check_and_the_table_lists_every_route():
    seen = {}
    for route in _route_contexts(create_app()):
        if route.path in _UNGUARDED:
            continue
        guards = _guards(route.dependant)
        assert guards, f"{route.path} has no role check"
        for method in route.methods - {"HEAD"}:
            seen[(method, route.path)] = {g.minimum.value for g in guards}
    assert set(seen) == set(ROUTES)
    for route, minimum in seen.items():
        assert minimum == {ROUTES[route][0]}, route


def test_every_json_route_declares_its_response_model():
    for route in _route_contexts(create_app()):
        files = route.path.endswith((".csv", ".xlsx", ".pdf", ".jsonl", ".html"))
        if route.path in _UNGUARDED or route.path in ("/metrics", "/") or files:
            continue
        if not route.path.startswith("/api/"):  # the pages: HTML, not JSON
            continue
        assert route.response_model is not None, route.path


@pytest.mark.parametrize("route", sorted(ROUTES), ids=lambda r: f"{r[0]} {r[1]}")
def test_each_role_passes_exactly_the_routes_its_role_allows(service, route):
    method, path = route
    minimum, body = ROUTES[route]
    url = path.format(**_NO_SUCH)
    for role in ("public", "member", "staff", "admin"):
        response = service.client(role).request(method, url, json=body)
        if Role(role).allows(Role(minimum)):
            assert response.status_code not in (401, 403), (role, response.text)
        else:
            assert response.status_code == (401 if role == "public" else 403), (role, response.text)
            assert minimum in response.json()["detail"]


def test_a_key_works_as_a_bearer_token_too(service):
    import httpx

    response = httpx.get(f"{service.base_url}/api/keys", headers={"Authorization": f"Bearer {service.keys['admin']}"})
    assert response.status_code == 200


@pytest.mark.parametrize("headers", [{"X-API-Key": "smic_not-a-key"}, {"Authorization": "Bearer smic_not-a-key"}])
def test_an_unknown_key_is_refused_even_where_no_key_is_needed(service, headers):
    import httpx

    response = httpx.post(f"{service.base_url}/api/search", json={"text": "gaffer"}, headers=headers)
    assert response.status_code == 401
    assert response.json() == {"detail": "this API key is not known or has been revoked"}
