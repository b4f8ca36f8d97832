"""The film office's page, driven in headless Chromium against a real running server.

A brief is pasted, what was understood is corrected, crew are found; matches are saved as a
shortlist and exported with a staff key; the brief goes in by keyboard alone; errors reach
the alert region; the plain search filters. The server is the suite's ``service`` (a real
``matcher serve`` over the demo slice, with a key per role), on SQLite only: the page does
not care which database is behind the API.
"""

from __future__ import annotations

import csv
import io
import re

import httpx
import pytest
from playwright.sync_api import expect

from tests.service.web.conftest import LAPTOP, TIMEOUT_MS

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("service", ["sqlite"], indirect=True)]

BRIEF = ("Six weeks in Leek from 3 March 2027, need a gaffer, two sparks, costume standby with "
         "period experience, a unit base for 20 vehicles.")


# -- browser fixtures (the browser itself: tests/service/web/conftest.py) -----------------------
@pytest.fixture
def page(browser, service):
    context = browser.new_context(viewport=LAPTOP, locale="en-GB", accept_downloads=True)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{service.base_url}/")
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


# -- helpers ------------------------------------------------------------------------------------
def need_rows(page):
    return page.locator("#needs-list .need-row")


def understood(page) -> list[tuple[str, int]]:
    rows = need_rows(page)
    return [(rows.nth(i).locator(".in-label").input_value(), int(rows.nth(i).locator(".in-qty").input_value()))
            for i in range(rows.count())]


def row_for(page, label: str):
    return need_rows(page).filter(has=page.locator(f'.in-label[value="{label}"]'))


def read_brief(page, text: str = BRIEF) -> None:
    page.fill("#brief-text", text)
    page.click("#read-brief")
    page.wait_for_selector("#understood-form:not([hidden])")


def find_crew(page) -> None:
    page.click("#find-crew")
    page.wait_for_selector("#sheet:not([hidden])")


def use_key(page, key: str) -> None:
    page.fill("#api-key", key)
    page.click("#key-form button[type=submit]")


# -- the page itself ----------------------------------------------------------------------------
def test_the_page_is_public_html_with_its_assets(service):
    response = httpx.get(f"{service.base_url}/")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    html = response.text
    for asset in re.findall(r'(?:href|src)="(/static/[^"?]+)', html):
        assert httpx.get(f"{service.base_url}{asset}").status_code == 200, asset
    assert "Staffordshire Moving Image Cluster" in html


def test_the_footer_says_the_cluster_is_fictional_and_credits_the_data(page):
    footer = page.locator("footer").inner_text()
    assert "fictional" in footer
    for source in ("ESCO", "TMDb", "Office for National Statistics", "OS data"):
        assert source in footer


# -- brief -> understood -> edited -> crew sheet ------------------------------------------------
def test_a_brief_is_understood_edited_and_matched_per_need(page):
    read_brief(page)
    assert understood(page) == [("Gaffer", 1), ("Electrician (spark)", 2), ("Costume standby", 1), ("Unit base", 1)]
    assert row_for(page, "Costume standby").locator(".in-quals").input_value() == "period experience"
    assert page.input_value("#base-place") == "Leek"
    assert page.input_value("#date-start") == "2027-03-03" and page.input_value("#date-end") == "2027-04-13"
    assert float(page.input_value("#radius")) == 50

    # correct it: three sparks, no costume standby, a need of our own, a tighter radius
    row_for(page, "Electrician (spark)").locator(".in-qty").fill("3")
    row_for(page, "Costume standby").get_by_role("button", name=re.compile("^Remove")).click()
    assert page.evaluate("document.activeElement.classList.contains('in-label')")  # focus is not lost
    page.click("#add-need")
    page.keyboard.type("Drone pilot")  # focus moved into the new row's label
    page.fill("#radius", "40")
    assert understood(page) == [("Gaffer", 1), ("Electrician (spark)", 3), ("Unit base", 1), ("Drone pilot", 1)]

    with page.expect_request("**/api/briefs/match") as sent:
        find_crew(page)
    brief = sent.value.post_data_json["brief"]
    assert [(n["label"], n["quantity"], n["role"]) for n in brief["needs"]] == [
        ("Gaffer", 1, "gaffer"), ("Electrician (spark)", 3, "electrician"), ("Unit base", 1, "unit-base"),
        ("Drone pilot", 1, None)]
    assert brief["radius_km"] == 40 and brief["locations"][0]["name"] == "Leek"

    sections = page.locator(".need-section")
    assert sections.count() == 4
    titles = [sections.nth(i).locator(".need-title").inner_text() for i in range(4)]
    assert titles == ["Gaffer", "Electrician (spark) ×3", "Unit base", "Drone pilot"]
    assert page.locator("#sheet-title").evaluate("el => el === document.activeElement")  # focus on the result
    assert "4 needs" in page.inner_text("#sheet-summary")

    gaffer = sections.nth(0)
    cards = gaffer.locator(".match")
    assert cards.count() >= 1
    first = cards.first
    assert first.locator(".match-name").inner_text().strip()
    assert re.search(r"\d+(\.\d)? km away", first.locator(".meta-distance").inner_text())
    # the public page: diaries are member data, so the dates are not matched on and each card says so
    assert first.locator(".avail").inner_text() in {"Available", "Partly available", "Availability unknown", "Booked",
                                                    "Diary: members only"}
    assert first.locator(".reasons li").count() >= 1  # why it matched
    # every card on the sheet says how far and how free, and why
    all_cards = page.locator("#sheet .match")
    for i in range(all_cards.count()):
        card = all_cards.nth(i)
        assert card.locator(".meta-distance").count() == 1 or "location unknown" in card.inner_text()
        assert card.locator(".avail").count() == 1
        assert card.locator(".reasons li").count() >= 1
    # a gap says so, with its reason, and lists what lies beyond the radius
    for i in range(sections.count()):
        section = sections.nth(i)
        if "has-gap" in (section.get_attribute("class") or ""):
            assert section.locator(".banner-gap").inner_text().startswith("Gap")


def test_a_relabelled_need_is_matched_on_its_new_words_and_can_let_go_of_its_role(page):
    read_brief(page)
    gaffer = row_for(page, "Gaffer")
    gaffer.locator(".in-label").fill("Lighting gaffer for night exteriors")
    sparks = row_for(page, "Electrician (spark)")
    sparks.get_by_role("button", name=re.compile("words only")).click()
    assert "matched on the words" in sparks.locator(".need-origin").inner_text()
    with page.expect_request("**/api/briefs/match") as sent:
        find_crew(page)
    needs = sent.value.post_data_json["brief"]["needs"]
    assert (needs[0]["label"], needs[0]["role"], needs[0]["text"]) == (
        "Lighting gaffer for night exteriors", "gaffer", "")
    assert (needs[1]["label"], needs[1]["role"], needs[1]["text"]) == ("Electrician (spark)", None, "two sparks")
    assert page.locator(".need-title").first.inner_text() == "Lighting gaffer for night exteriors"


def test_no_recognised_need_shows_the_fallback_message(page):
    read_brief(page, "Anyone who knows the Potteries' canals and bottle kilns around Leek in June 2027?")
    assert need_rows(page).count() == 0
    assert page.locator("#needs-empty").is_visible()
    find_crew(page)
    assert "plain search" in page.inner_text("#sheet-body").lower()


# -- shortlist and export -----------------------------------------------------------------------
def test_with_a_staff_key_two_matches_are_saved_and_exported_as_csv(page, service, tmp_path):
    use_key(page, service.keys["staff"])
    expect(page.locator("#key-status")).to_have_text(re.compile(r"^Staff key"), timeout=TIMEOUT_MS)
    read_brief(page)
    find_crew(page)

    cards = page.locator("#sheet .match")
    names = []
    for i in (0, 1):
        card = cards.nth(i)
        card.locator("input.sel").check()
        names.append(card.locator(".match-name").inner_text().strip())
    assert page.inner_text("#tray-count") == "2"
    assert [n.strip() for n in page.locator("#tray-list .tray-name").all_inner_texts()] == names

    page.fill("#shortlist-name", "Leek drama (web test)")
    page.click("#save-shortlist")
    page.wait_for_selector("#saved:not([hidden])")
    assert "Leek drama (web test)" in page.inner_text("#saved-text")

    with page.expect_download() as download_info:
        page.click("#export-saved")
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    assert sorted(r["name"] for r in rows) == sorted(names)

    # and it is listed under saved shortlists, downloadable again
    page.click("#tab-lists")
    page.wait_for_selector("#lists li")
    assert "Leek drama (web test)" in page.inner_text("#lists")


def test_without_a_staff_key_saving_explains_that_one_is_needed(page, service):
    read_brief(page)
    find_crew(page)
    page.locator("#sheet .match input.sel").first.check()
    assert "staff key" in page.inner_text("#save-note")
    page.fill("#shortlist-name", "not allowed")
    assert page.get_attribute("#save-shortlist", "aria-disabled") == "true"  # said, yet still focusable
    page.focus("#save-shortlist")
    page.keyboard.press("Enter")
    assert "staff key" in page.inner_text("#alert")

    use_key(page, service.keys["member"])  # a key, but not a staff one
    expect(page.locator("#key-status")).to_contain_text("needs a staff key", timeout=TIMEOUT_MS)
    assert "staff key" in page.inner_text("#save-note")


def test_an_unknown_key_is_refused_and_not_kept(page):
    use_key(page, "smic_not-a-real-key")
    expect(page.locator("#alert")).to_have_text(re.compile(r"\S"), timeout=TIMEOUT_MS)
    assert "not known" in page.inner_text("#alert")
    assert page.evaluate("localStorage.getItem('smic-matcher.api-key')") is None


# -- keyboard -----------------------------------------------------------------------------------
def tab_to(page, selector: str, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} not reached with Tab")


def test_a_brief_can_be_read_and_matched_with_the_keyboard_alone(page):
    tab_to(page, "#brief-text")
    page.keyboard.type(BRIEF)
    tab_to(page, "#read-brief", limit=3)
    # the focused control shows it: a visible focus ring
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    page.wait_for_selector("#understood-form:not([hidden])")
    assert page.evaluate("document.activeElement.id") == "understood-title"
    tab_to(page, "#find-crew")
    page.keyboard.press("Enter")
    page.wait_for_selector("#sheet:not([hidden])")
    assert page.locator(".need-section").count() == 4

    # Enter in a field of the understood form submits it too
    page.locator(".in-qty").first.focus()
    page.keyboard.press("ArrowUp")  # quantity 2
    with page.expect_response("**/api/briefs/match"):
        page.keyboard.press("Enter")
    expect(page.locator(".need-title").first).to_have_text("Gaffer ×2", timeout=TIMEOUT_MS)


def test_ctrl_enter_reads_the_brief_and_the_tabs_follow_arrow_keys(page):
    page.focus("#brief-text")
    page.keyboard.type(BRIEF)
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#understood-form:not([hidden])")
    page.focus("#tab-brief")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.id") == "tab-search"
    assert page.locator("#panel-search").is_visible() and not page.locator("#panel-brief").is_visible()


def test_a_brief_in_several_towns_lists_them_all_and_measures_from_the_nearest(page):
    read_brief(page, "Filming in Leek and Tamworth in May 2027: we need a gaffer and a runner.")
    assert page.input_value("#base-place") == "Leek, Tamworth"
    page.fill("#base-place", "Leek, Tamworth, Stone")  # one more, typed by hand; Enter finds crew
    with page.expect_request("**/api/briefs/match") as sent:
        page.press("#base-place", "Enter")
        page.wait_for_selector("#sheet:not([hidden])")
    assert [p["name"] for p in sent.value.post_data_json["brief"]["locations"]] == ["Leek", "Tamworth", "Stone"]
    assert "of Leek, Tamworth or Stone" in page.inner_text("#sheet-summary")


# -- errors -------------------------------------------------------------------------------------
def test_an_empty_brief_shows_a_readable_message_in_the_alert_region(page):
    assert page.get_attribute("#alert", "role") == "alert"
    page.click("#read-brief")
    assert "The brief is empty" in page.inner_text("#alert")
    assert page.evaluate("document.activeElement.id") == "brief-text"
    assert page.locator("#understood-form").is_hidden()


def test_errors_from_the_api_are_shown_in_the_alert_region(page):
    read_brief(page)
    page.fill("#base-place", "Atlantis")
    page.click("#find-crew")
    expect(page.locator("#alert")).to_contain_text("Atlantis", timeout=TIMEOUT_MS)
    assert "not a UK town, venue or postcode district" in page.inner_text("#alert")
    assert page.locator("#sheet").is_hidden()

    page.click("#tab-search")
    page.fill("#search-text", "gaffer")
    page.fill("#search-radius", "1001")
    page.fill("#search-place", "Leek")
    page.click("#search-go")
    expect(page.locator("#alert")).to_contain_text("radius_km", timeout=TIMEOUT_MS)
    assert "1000" in page.inner_text("#alert")  # the API's sentence: must be at most 1000


# -- plain search -------------------------------------------------------------------------------
def test_the_plain_search_with_filters_returns_matching_results(page):
    page.click("#tab-search")
    page.fill("#search-text", "camera operator")
    page.check('#search-form input[name="kind"][value="freelancer"]')
    page.fill("#search-place", "Stoke-on-Trent")
    page.fill("#search-radius", "30")
    with page.expect_request("**/api/search") as sent:
        page.keyboard.press("Enter")  # from the radius field: Enter submits the search
    assert sent.value.post_data_json == {"text": "camera operator", "top_k": 20, "strict": False,
                                         "kinds": ["freelancer"], "place": "Stoke-on-Trent", "radius_km": 30}
    page.wait_for_selector("#search-results:not([hidden])")
    cards = page.locator("#search-list .match")
    assert cards.count() >= 1
    assert re.match(r"\d+ match(es)? for “camera operator”", page.inner_text("#search-summary"))
    for i in range(cards.count()):
        card = cards.nth(i)
        assert card.locator(".badge").first.inner_text() == "Freelancer"
        distance = card.locator(".meta-distance")
        if distance.count():
            assert float(re.match(r"[\d.]+", distance.inner_text()).group()) <= 30


# -- layout -------------------------------------------------------------------------------------
def test_a_crew_sheet_fits_a_laptop_screen_without_sideways_scrolling(page):
    read_brief(page)
    find_crew(page)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    body_size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert body_size >= 16
    sizes = page.evaluate("""[...document.querySelectorAll('#sheet .match-name, #sheet .reasons li, #sheet .meta')]
                             .map(el => parseFloat(getComputedStyle(el).fontSize))""")
    assert min(sizes) >= 12
