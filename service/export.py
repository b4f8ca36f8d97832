"""A shortlist as CSV for the film office's spreadsheet, rendered from the live profiles.

Rendering happens at export time from the database, so a profile erased or deleted since
the shortlist was made is not in the file. Cells that a spreadsheet would run as a formula
are defused with a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict

from models.profile import GbpRange, Profile
from service.shortlists import StoredShortlist

__all__ = ["COLUMNS", "shortlist_csv"]

COLUMNS = ("need", "order", "name", "kind", "roles", "town", "day rate", "email", "phone", "website")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def shortlist_csv(shortlist: StoredShortlist, profiles: dict[str, Profile]) -> str:
    """One row per live item; ``order`` counts within each need, in the shortlist's order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    seen_in_need: dict[str, int] = defaultdict(int)
    for item in shortlist.items:
        profile = profiles.get(item["profile_id"])
        if profile is None:
            continue
        need = item.get("need") or ""
        seen_in_need[need] += 1
        writer.writerow([_cell(v) for v in _row(need, seen_in_need[need], profile)])
    return "\ufeff" + out.getvalue()  # the BOM tells spreadsheet programs it is UTF-8


def _row(need: str, order: int, profile: Profile) -> list[str]:
    contact = profile.contact
    return [need, str(order), profile.name, profile.kind, "; ".join(profile.roles),
            (profile.location.town or "") if profile.location else "", day_rate(profile.day_rate_gbp),
            (contact.email or "") if contact else "", (contact.phone or "") if contact else "",
            (contact.website or "") if contact else ""]


def day_rate(rate: GbpRange | None) -> str:
    if rate is None or (rate.min is None and rate.max is None):
        return ""
    if rate.min is not None and rate.max is not None:
        return f"£{rate.min:g}" if rate.min == rate.max else f"£{rate.min:g}–£{rate.max:g}"
    return f"from £{rate.min:g}" if rate.min is not None else f"up to £{rate.max:g}"


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value
