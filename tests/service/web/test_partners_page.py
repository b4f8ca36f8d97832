"""The Partners page in headless Chromium: a member's partners with reasons, its network drawn by the
vendored Cytoscape.js, and teams for a pasted opportunity; nothing fetched from elsewhere."""

from __future__ import annotations

import re

import httpx
import pytest

from tests.service.web.conftest import LAPTOP, TIMEOUT_MS

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("service", ["sqlite"], indirect=True)]


@pytest.fixture
def page(browser, service):
    context = browser.new_context(viewport=LAPTOP, locale="en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{service.base_url}/partners")
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"
    outside = [u for u in requests if not u.startswith(service.base_url) and not u.startswith(("data:", "blob:"))]
    assert not outside, f"the page fetched from elsewhere: {outside}"


def use_key(page, key: str) -> None:
    page.fill("#api-key", key)
    page.click("#key-form button[type=submit]")
    page.wait_for_selector("body[data-ready=true]")


def test_the_page_and_its_vendored_graph_library_are_served_with_the_licence(service):
    html = httpx.get(f"{service.base_url}/partners").text
    assets = re.findall(r'(?:href|src)="(/static/[^"?]+)', html)
    assert "/static/vendor/cytoscape/cytoscape.min.js" in assets
    for asset in [*assets, "/static/vendor/cytoscape/LICENSE"]:
        assert httpx.get(f"{service.base_url}{asset}").status_code == 200, asset
    assert 'href="/partners"' in httpx.get(f"{service.base_url}/").text  # in every page's navigation


def test_without_a_key_the_page_asks_for_one(page):
    assert page.locator("#partners-locked").is_visible()
    assert not page.locator("#partners-ready").is_visible()


def test_a_members_partners_show_the_gap_each_fills(page, service):
    use_key(page, service.keys["member"])
    page.fill("#profile-id", "co-hollins-street-films")
    page.click("#find-partners")
    items = page.locator("#partners-list li")
    items.first.wait_for()
    assert items.count() == 10
    assert all(text.startswith("you have no ") for text in page.locator(".partner-reason").all_text_contents())
    assert "What that work needs and you do not offer" in page.locator("#partners-summary").text_content()


def test_the_network_is_drawn_as_a_graph_and_listed(page, service):
    use_key(page, service.keys["member"])
    page.fill("#profile-id", "co-echo-valley-audio")
    page.click("#show-network")
    page.wait_for_selector("#network-graph[data-drawn=true]")
    assert int(page.locator("#network-graph").get_attribute("data-nodes")) > 2
    assert page.locator("#network-graph canvas").count() >= 1  # drawn by Cytoscape.js
    assert page.locator("#network-list li").count() >= 2
    assert "worked with you directly" in page.locator("#network-summary").text_content()


def test_an_opportunity_gets_teams_with_each_needs_provider(page, service):
    use_key(page, service.keys["member"])
    page.fill("#profile-id", "co-hollins-street-films")
    page.fill("#opportunity", "Drama commission: we need a gaffer, a costume hire house and a sound post house.")
    page.click("#propose-teams")
    page.locator(".team").first.wait_for()
    assert 2 <= page.locator(".team").count() <= 3
    assert "Best team" in page.locator(".team h3").first.text_content()
    assert "(you)" in page.locator(".team").first.text_content()
    assert page.locator(".team").first.locator("tbody tr").count() >= 3


def test_an_unknown_profile_is_said_in_a_sentence(page, service):
    use_key(page, service.keys["member"])
    page.fill("#profile-id", "no-such-profile")
    page.click("#find-partners")
    page.wait_for_selector("#alert.is-shown")
    assert "no profile with id 'no-such-profile'" in page.locator("#alert").text_content()
