"""The page keeps an API key for the browser session only, unless asked to remember it."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.service.web.conftest import LAPTOP, TIMEOUT_MS

pytestmark = pytest.mark.browser
STORED = "[sessionStorage.getItem('smic-matcher.api-key'), localStorage.getItem('smic-matcher.api-key')]"


@pytest.mark.parametrize("remember", [False, True])
def test_a_key_is_kept_for_the_session_unless_remembered(browser, service, remember):
    context = browser.new_context(viewport=LAPTOP)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        page.goto(service.base_url + "/")
        key = service.keys["staff"]
        page.fill("#api-key", key)
        if remember:
            page.check("#key-remember")
        page.click("#key-form button[type=submit]")
        expect(page.locator("#key-status")).to_contain_text("taff", timeout=TIMEOUT_MS)
        assert page.evaluate(STORED) == [key, key if remember else None]
        page.goto(service.base_url + "/profiles/fl-0003")  # the same session: still in use
        expect(page.locator("#api-key")).to_have_value(key, timeout=TIMEOUT_MS)
        later = context.new_page()  # a new session (a new tab) finds it only if remembered
        later.goto(service.base_url + "/")
        assert later.evaluate(STORED)[1] == (key if remember else None)
        page.click("#key-forget")
        assert page.evaluate(STORED) == [None, None]
    finally:
        context.close()
