"""Availability checks end to end: staff send them from a shortlist through a real SMTP server
(aiosmtpd, started by the tests), the person follows the link in the message they received
and answers; the shortlist status and, if they allow it, their diary follow. Links that have
expired, were used, were altered or were replaced are refused and change nothing."""

from __future__ import annotations

import email
import email.policy
import re
import time
import uuid

import httpx
import pytest
from itsdangerous import URLSafeTimedSerializer

from tests.service.conftest import LINK_SECRET

pytestmark = pytest.mark.slow

DATES = {"start": "2027-03-03", "end": "2027-04-13"}
BRIEF = {"text": "Six weeks in Leek", "radius_km": 50, "locations": [{"name": "Leek", "lat": 53.1059, "lon": -2.0231}],
         "dates": DATES}


def person(admin, email: str | None = "crew@example.org", name: str = "Nell Turner") -> str:
    profile_id = f"fl-check-{uuid.uuid4().hex[:8]}"
    profile = {"id": profile_id, "kind": "freelancer", "name": name, "roles": ["Gaffer"], "visibility": "public",
               "location": {"town": "Leek"}, "availability": [{"start": "2027-01-01", "end": "2027-01-31",
                                                               "status": "booked"}]}
    if email:
        profile["contact"] = {"email": email.replace("@", f"+{profile_id}@")}
    assert admin.post("/api/profiles", json=profile).status_code == 201
    return profile_id


def shortlist(staff, ids: list[str], brief: dict | None = BRIEF) -> dict:
    body = {"name": f"Checks {uuid.uuid4().hex[:6]}", "production": f"The Bottle Kiln Job {uuid.uuid4().hex[:6]}",
            "items": [{"profile_id": pid, "need": "Gaffer"} for pid in ids]}
    if brief:
        body["brief"] = brief
    response = staff.post("/api/shortlists", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def link_in(message) -> str:
    found = re.search(r"https?://\S+/availability/\S+", message.get_content())
    assert found, message.get_content()
    return found.group()


def item(staff, shortlist_id: str, profile_id: str) -> dict:
    got = staff.get(f"/api/shortlists/{shortlist_id}").json()
    return next(i for i in got["items"] if i["profile_id"] == profile_id)


@pytest.fixture
def asked(mail_service, smtp_server):
    """Two people on a new shortlist, asked by email; returns (shortlist, {profile id: link})."""
    admin, staff = mail_service.client("admin"), mail_service.client("staff")
    ids = [person(admin), person(admin, name="Ravi Shah")]
    saved = shortlist(staff, ids)
    before = len(smtp_server.messages)
    sent = staff.post(f"/api/shortlists/{saved['id']}/checks", json={"message": "Rates £300 a day."})
    assert sent.status_code == 200, sent.text
    body = sent.json()
    assert body["mail"]["transport"] == "smtp"
    assert [(r["profile_id"], r["outcome"]) for r in body["results"]] == [(ids[0], "sent"), (ids[1], "sent")]
    messages = smtp_server.wait_for(before + 2)[before:]
    links = {pid: link_in(next(m for m in messages if pid in str(m["To"]))) for pid in ids}
    return saved, links


def test_a_check_arrives_by_smtp_and_the_link_shows_only_the_production_and_the_dates(mail_service, smtp_server,
                                                                                       asked):
    saved, links = asked
    message = next(m for m in smtp_server.messages if next(iter(links)) in str(m["To"]))
    assert message["From"] == "Film office <film-office@example.org>"
    assert saved["production"] in message["Subject"] and "3 March – 13 April 2027" in message["Subject"]
    assert "Rates £300 a day." in message.get_content() and "Nell Turner" in message.get_content()
    staff = mail_service.client("staff")
    assert item(staff, saved["id"], next(iter(links)))["status"] == "asked"

    page = httpx.get(next(iter(links.values())))
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    text = re.sub(r"<[^>]+>", " ", page.text)
    assert saved["production"] in text and "3 March – 13 April 2027" in text
    for private in ("Nell", "Turner", "@example.org", "Gaffer", "Leek", saved["name"]):
        assert private not in text  # nothing but the production and the dates


def test_an_answer_sets_the_status_writes_the_diary_and_the_index_follows(mail_service, asked):
    saved, links = asked
    nell, ravi = list(links)
    answered = httpx.post(links[nell], data={"answer": "available", "note": "Can do nights too",
                                             "update_diary": "yes"})
    assert answered.status_code == 200 and "has reached the film office" in answered.text
    assert "Your diary on the cluster’s matcher has been updated" in answered.text
    staff = mail_service.client("staff")
    got = item(staff, saved["id"], nell)
    assert got["status"] == "available"
    assert got["check"]["answer"] == "available" and got["check"]["note"] == "Can do nights too"
    assert got["check"]["diary_updated"] is True
    diary = staff.get(f"/api/profiles/{nell}").json()["availability"]
    assert {"start": "2027-03-03", "end": "2027-04-13", "status": "available"} in diary
    assert {"start": "2027-01-01", "end": "2027-01-31", "status": "booked"} in diary  # the rest is kept
    overview = staff.get(f"/api/profiles/{nell}/overview", params=DATES).json()
    assert overview["availability"] == "available"  # read from the index: it followed the change log

    declined = httpx.post(links[ravi], data={"answer": "unavailable"})  # no diary update asked for
    assert declined.status_code == 200 and "was left as it was" in declined.text
    got = item(staff, saved["id"], ravi)
    assert got["status"] == "declined" and not got["check"].get("diary_updated")
    assert all(w["start"] != "2027-03-03" for w in staff.get(f"/api/profiles/{ravi}").json()["availability"])


def test_partly_available_with_the_days_free_writes_only_those_days(mail_service, asked):
    saved, links = asked
    nell = next(iter(links))
    answered = httpx.post(links[nell], data={"answer": "partly", "free_start": "2027-03-03", "free_end": "2027-03-20",
                                             "note": "Then on a feature", "update_diary": "yes"})
    assert answered.status_code == 200
    staff = mail_service.client("staff")
    check = item(staff, saved["id"], nell)["check"]
    assert (check["answer"], check["free_start"], check["free_end"]) == ("partly", "2027-03-03", "2027-03-20")
    assert {"start": "2027-03-03", "end": "2027-03-20", "status": "available"} in \
        staff.get(f"/api/profiles/{nell}").json()["availability"]
    csv_text = staff.get(f"/api/shortlists/{saved['id']}/export.csv").content.decode("utf-8-sig")
    assert "partly available: free 3–20 March 2027. Then on a feature" in csv_text


def test_days_outside_the_shoot_or_no_answer_are_asked_again_and_the_link_stays_usable(mail_service, asked):
    _saved, links = asked
    link = next(iter(links.values()))
    outside = httpx.post(link, data={"answer": "partly", "free_start": "2027-05-01", "free_end": "2027-05-03"})
    assert outside.status_code == 422 and "must fall within the shoot" in outside.text
    assert httpx.post(link, data={}).status_code == 422
    assert httpx.post(link, data={"answer": "available", "note": "x" * 1001}).status_code == 422
    assert httpx.post(link, data={"answer": "available"}).status_code == 200


def test_a_used_link_is_refused_and_the_first_answer_stands(mail_service, asked):
    saved, links = asked
    nell = next(iter(links))
    assert httpx.post(links[nell], data={"answer": "available"}).status_code == 200
    again = httpx.post(links[nell], data={"answer": "unavailable"})
    assert again.status_code == 409 and "already used" in again.text
    assert httpx.get(links[nell]).status_code == 409
    assert item(mail_service.client("staff"), saved["id"], nell)["status"] == "available"


def test_a_tampered_link_is_refused(mail_service, asked):
    saved, links = asked
    nell = next(iter(links))
    link = links[nell]
    payload, stamp, signature = link.rsplit("/", 1)[1].split(".")
    # The first character, not the last: base64's last character carries unused bits, so changing
    # it can leave the signature's bytes as they were.
    flipped = ("A" if signature[0] != "A" else "B") + signature[1:]
    for bad in (f"{payload}.{stamp}.{flipped}", f"{payload[:-2]}x{payload[-1]}.{stamp}.{signature}", "not-a-link"):
        url = link.rsplit("/", 1)[0] + "/" + bad
        assert httpx.get(url).status_code == 404
        refused = httpx.post(url, data={"answer": "available"})
        assert refused.status_code == 404 and "not a valid answer link" in refused.text
    assert item(mail_service.client("staff"), saved["id"], nell)["status"] == "asked"


def test_an_expired_link_is_refused(mail_service, asked):
    saved, links = asked
    nell = next(iter(links))
    token = links[nell].rsplit("/", 1)[1]
    signer = URLSafeTimedSerializer(LINK_SECRET, salt="smic-matcher/availability-answer/v1")
    payload = signer.loads(token)  # the genuine link, as the server signed it
    old_signer = signer.make_signer(signer.salt)
    old_signer.get_timestamp = lambda: int(time.time()) - 15 * 86400  # the same link, signed 15 days ago
    stale = old_signer.sign(signer.dump_payload(payload)).decode()
    url = links[nell].rsplit("/", 1)[0] + "/" + stale
    refused = httpx.post(url, data={"answer": "available"})
    assert refused.status_code == 410 and "expired" in refused.text
    assert item(mail_service.client("staff"), saved["id"], nell)["status"] == "asked"


def test_a_newer_check_retires_the_older_link(mail_service, smtp_server, asked):
    saved, links = asked
    nell = next(iter(links))
    before = len(smtp_server.messages)
    staff = mail_service.client("staff")
    assert staff.post(f"/api/shortlists/{saved['id']}/checks", json={"profile_ids": [nell]}).status_code == 200
    newer = link_in(smtp_server.wait_for(before + 1)[before])
    old = httpx.post(links[nell], data={"answer": "available"})
    assert old.status_code == 410 and "newer link" in old.text
    assert httpx.post(newer, data={"answer": "available"}).status_code == 200


def test_someone_without_an_email_is_skipped_and_a_list_without_dates_needs_them(mail_service):
    admin, staff = mail_service.client("admin"), mail_service.client("staff")
    nobody = person(admin, email=None)
    saved = shortlist(staff, [nobody])
    sent = staff.post(f"/api/shortlists/{saved['id']}/checks", json={}).json()
    assert sent["results"][0]["outcome"] == "skipped" and "no email" in sent["results"][0]["detail"]
    assert item(staff, saved["id"], nobody)["status"] == "suggested"

    undated = shortlist(staff, [person(admin)], brief=None)
    refused = staff.post(f"/api/shortlists/{undated['id']}/checks", json={})
    assert refused.status_code == 422 and "shoot dates" in refused.json()["detail"]
    given = staff.post(f"/api/shortlists/{undated['id']}/checks", json=DATES)
    assert given.status_code == 200 and given.json()["results"][0]["outcome"] == "sent"
    assert staff.post(f"/api/shortlists/{undated['id']}/checks", json={"profile_ids": ["fl-0007"]}).status_code == 422


def test_without_smtp_checks_go_to_the_outbox_and_say_so(service):
    admin, staff = service.client("admin"), service.client("staff")
    mail = staff.get("/api/mail").json()
    assert mail["transport"] == "outbox" and "outbox" in mail["detail"]
    pid = person(admin)
    saved = shortlist(staff, [pid])
    sent = staff.post(f"/api/shortlists/{saved['id']}/checks", json={}).json()
    assert sent["results"][0]["outcome"] == "outbox"
    files = [f for f in (service.home / "outbox").glob("*.eml") if pid in f.read_text()]
    assert len(files) == 1
    message = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
    assert httpx.post(link_in(message), data={"answer": "available"}).status_code == 200
    assert item(staff, saved["id"], pid)["status"] == "available"
