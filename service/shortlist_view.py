"""A stored shortlist as the film office sees it: live profiles, distance from the nearest shoot
location, each diary over the shoot dates, and the latest availability check with its answer.

One presentation serves the API, the page, the CSV, the workbook and the PDF, so they never
disagree. Shortlists are staff-only, so contact details are always in.
"""

from __future__ import annotations

import datetime as dt

from models.brief import Brief
from models.profile import Profile
from service.facts import facts_for
from service.formats import miles
from service.keys import as_utc
from service.runtime import Runtime
from service.schemas.shortlists import CheckOut, ProfileCard, ShortlistItemOut, ShortlistOut, ShortlistSummary
from service.shortlists import STATUSES, StoredShortlist

__all__ = ["present", "summarise"]


def present(stored: StoredShortlist, runtime: Runtime) -> ShortlistOut:
    brief = Brief.model_validate(stored.brief) if stored.brief else None
    ids = [item["profile_id"] for item in stored.items]
    profiles = runtime.catalogue.get_many(ids)
    dates = (brief.dates.start, brief.dates.end) if brief and brief.dates else None
    facts = facts_for(runtime.engine, ids, brief.locations if brief else (), dates)
    checks = runtime.desk.checks(stored.id)
    items = []
    for item in stored.items:
        profile = profiles.get(item["profile_id"])
        if profile is None:
            continue  # deleted or erased since: never shown again
        fact = facts.get(profile.id)
        check = checks.get(profile.id)
        km = fact.distance_km if fact else None
        items.append(ShortlistItemOut(
            profile_id=profile.id, need=item.get("need"), note=item.get("note"), status=item.get("status", "suggested"),
            status_at=_moment(item.get("status_at")), profile=card(profile), distance_km=km,
            distance_miles=round(miles(km), 1) if km is not None else None,
            nearest_location=fact.nearest if fact else None, availability=fact.availability if fact else None,
            check=_check(check) if check is not None else None))
    return ShortlistOut(id=stored.id, name=stored.name, production=stored.production, owner=stored.owner,
                        brief=brief, items=items, created_at=stored.created_at, updated_at=stored.updated_at)


def summarise(stored: StoredShortlist) -> ShortlistSummary:
    counts = {status: 0 for status in STATUSES}
    for item in stored.items:
        counts[item.get("status", "suggested")] += 1
    return ShortlistSummary(id=stored.id, name=stored.name, production=stored.production, owner=stored.owner,
                            item_count=len(stored.items), statuses=counts, created_at=stored.created_at,
                            updated_at=stored.updated_at)


def card(profile: Profile) -> ProfileCard:
    return ProfileCard(id=profile.id, kind=profile.kind, name=profile.name, headline=profile.headline,
                       roles=profile.roles, town=profile.location.town if profile.location else None,
                       day_rate_gbp=profile.day_rate_gbp, contact=profile.contact)


def _check(row) -> CheckOut:
    return CheckOut(sent_at=as_utc(row.sent_at), expires_at=as_utc(row.expires_at), transport=row.transport,
                    delivered=row.delivered, error=row.error, start=row.start, end=row.end,
                    answered_at=as_utc(row.answered_at), answer=row.answer, note=row.note,
                    free_start=row.free_start, free_end=row.free_end, diary_updated=row.diary_updated)


def _moment(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None
