"""Security headers: every page and answer carries a content security policy, refuses framing and
sniffing; and in Chromium every page still works under that policy (no violation reported)."""

from __future__ import annotations

import httpx
import pytest

from tests.service.web.conftest import LAPTOP, TIMEOUT_MS

PAGES = ["/", "/docs", "/redoc", "/sector", "/gaps", "/corrections", "/profiles/fl-0003", "/me", "/investors",
         "/partners", "/import"]


@pytest.mark.parametrize("path", [*PAGES, "/api/health", "/api/profiles/nothing-here", "/static/app.js"])
def test_every_answer_carries_the_security_headers(service, path):
    response = httpx.get(service.base_url + path)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    policy = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy and "default-src 'self'" in policy
    assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]  # never for scripts
    assert ("'unsafe-eval'" in policy) == (path in ("/sector", "/gaps"))  # Vega's charts only


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES)
def test_every_page_runs_under_the_policy(browser, service, path):
    context = browser.new_context(viewport=LAPTOP)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    refused = []
    page.on("console", lambda message: refused.append(message.text)
            if "Content Security Policy" in message.text else None)
    try:
        page.goto(service.base_url + path, wait_until="networkidle")
        page.wait_for_timeout(500)
        assert refused == [], refused
        if path == "/docs":
            assert page.locator(".swagger-ui .info").count() == 1  # the inline start-up script ran
        if path == "/":
            page.fill("#brief-text", "We need a gaffer in Leek for March 2027.")
    finally:
        context.close()
