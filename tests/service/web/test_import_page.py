"""The import page in headless Chromium: an admin picks a file, the page shows the import's
progress as it polls the background job, and the profiles are then found; a wrong line is
listed and nothing is imported."""

from __future__ import annotations

import json
import uuid

import pytest

from tests.service.web.conftest import LAPTOP, TIMEOUT_MS

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("service", ["sqlite"], indirect=True)]

_IMPORT_DONE_MS = 300_000  # encoding on a shared two-core machine


@pytest.fixture
def admin_page(browser, service):
    context = browser.new_context(viewport=LAPTOP, locale="en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{service.base_url}/import")
    page.evaluate("key => localStorage.setItem('smic-matcher.api-key', key)", service.keys["admin"])
    page.reload()
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def test_an_admin_imports_a_file_and_watches_it_finish(admin_page, service, tmp_path):
    tag = uuid.uuid4().hex[:8]
    lines = [json.dumps({"id": f"fl-page-{tag}-{i}", "kind": "freelancer", "name": f"Page Import {i}",
                         "visibility": "public", "roles": ["Runner"],
                         "summary": f"Runner {i} from a page import; knows the Potteries well."}) for i in range(250)]
    lines[3] = lines[3].replace("knows the Potteries well", "drives a vintage double-decker bus for period scenes")
    path = tmp_path / "crew.jsonl"
    path.write_text("\n".join(lines) + "\n")
    admin_page.set_input_files("#file", str(path))
    admin_page.get_by_role("button", name="Import").click()
    status = admin_page.locator("#status")
    status.filter(has_text="Imported 250 of 250 profiles").wait_for(timeout=_IMPORT_DONE_MS)
    assert admin_page.locator("#progress").evaluate("el => el.value") == 1
    found = service.client("public").post("/api/search", json={"text": "vintage double-decker bus", "top_k": 3})
    assert f"fl-page-{tag}-3" in [m["id"] for m in found.json()["matches"]]


def test_a_wrong_line_is_listed_and_nothing_is_imported(admin_page, service, tmp_path):
    tag = uuid.uuid4().hex[:8]
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": f"fl-page-{tag}-ok", "kind": "freelancer", "name": "Fine"}) + "\n"
                    + json.dumps({"id": f"fl-page-{tag}-bad", "kind": "freelancer"}) + "\n")
    admin_page.set_input_files("#file", str(path))
    admin_page.get_by_role("button", name="Import").click()
    admin_page.locator("#problems li").filter(has_text="line 2, name").wait_for()
    assert "nothing stored" in admin_page.locator("#status").inner_text()
    assert service.client("staff").get(f"/api/profiles/fl-page-{tag}-ok").status_code == 404
