"""Shortlists and crew sheets as rows for a production's spreadsheet: the CSV here, the same
rows in the workbook (``service.workbook``) and on paper (``service.paper``).

Rows are rendered at export time from the live profiles (``service.shortlist_view``), so a
profile erased or deleted since the shortlist was made is not in the file. A row carries what a
production needs to ring round: who, for which need, where and how far (km and miles), their
diary over the shoot dates, day rate, contact details (shortlists are staff-only), the office's
notes, the status and what they answered. Cells that a spreadsheet would run as a formula are
defused with a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict

from models.brief import Brief, CrewSheet, NeedResult
from service.formats import day_rate, km_text, miles, miles_text, uk_date, uk_range
from service.schemas.shortlists import CheckOut, ShortlistItemOut, ShortlistOut

__all__ = ["ANSWER_LABELS", "COLUMNS", "SHEET_COLUMNS", "answer_text", "brief_summary", "need_title",
           "sheet_rows", "shortlist_csv", "shortlist_rows"]

COLUMNS = ("need", "order", "name", "role", "kind", "town", "distance km", "distance miles", "availability",
           "day rate", "email", "phone", "website", "status", "answer", "notes")
ANSWER_LABELS = {"available": "available", "unavailable": "not available", "partly": "partly available"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_AFTER_SEPARATOR = re.compile(r"([;,\t|]\s*)([=+@]|-(?=[^\d\s]))")

Row = dict[str, str | int | float | None]


def shortlist_rows(shortlist: ShortlistOut) -> list[Row]:
    """One row per person, in the shortlist's order; ``order`` counts within each need."""
    seen_in_need: dict[str, int] = defaultdict(int)
    rows = []
    for item in shortlist.items:
        need = item.need or ""
        seen_in_need[need] += 1
        rows.append(_row(item, need, seen_in_need[need]))
    return rows


def shortlist_csv(shortlist: ShortlistOut) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in shortlist_rows(shortlist):
        writer.writerow([_cell(row[column]) for column in COLUMNS])
    return "\ufeff" + out.getvalue()  # the BOM tells spreadsheet programs it is UTF-8


def answer_text(check: CheckOut | None) -> str:
    """'asked 5 March 2027'; 'partly available: free 3–10 March 2027. Back from Cannes on the 3rd'."""
    if check is None:
        return ""
    if check.answered_at is None:
        return f"asked {uk_date(check.sent_at.date())}, no answer yet" if check.delivered else "check not delivered"
    text = ANSWER_LABELS.get(check.answer or "", check.answer or "")
    if check.free_start and check.free_end:
        text += f": free {uk_range(check.free_start, check.free_end)}"
    if check.note:
        text += f". {check.note}"
    return text


def _row(item: ShortlistItemOut, need: str, order: int) -> Row:
    profile, contact = item.profile, item.profile.contact
    return {
        "need": need, "order": order, "name": profile.name, "role": "; ".join(profile.roles), "kind": profile.kind,
        "town": profile.town or "", "distance km": item.distance_km, "distance miles": item.distance_miles,
        "availability": item.availability or "", "day rate": day_rate(profile.day_rate_gbp),
        "email": (contact.email or "") if contact else "", "phone": (contact.phone or "") if contact else "",
        "website": (contact.website or "") if contact else "", "status": item.status,
        "answer": answer_text(item.check), "notes": item.note or ""}


def _cell(value: str | int | float | None) -> str:
    if value is None:
        return ""
    text = f"{value:g}" if isinstance(value, float) else str(value)
    if not isinstance(value, str):
        return text
    # A spreadsheet that splits on ";" (or "," or tabs) starts a new cell after one: a formula there
    # ("Smith;=cmd|' /C calc'!A0") is defused as one at the start is.
    text = _FORMULA_AFTER_SEPARATOR.sub(r"\1'\2", text)
    return "'" + text if text.startswith(_FORMULA_START) else text


# -- a crew sheet ------------------------------------------------------------------------------
SHEET_COLUMNS = ("need", "rank", "name", "kind", "place", "distance km", "distance miles", "availability",
                 "why", "email", "phone")


def brief_summary(brief: Brief) -> str:
    """'Within 50 km (31 miles) of Leek or Tamworth · 3 March – 13 April 2027 · crew up to £350 a day'."""
    bits = []
    names = [place.name for place in brief.locations]
    if names:
        where = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
        bits.append(f"within {km_text(brief.radius_km)} ({miles_text(brief.radius_km)}) of {where}")
    else:
        bits.append("anywhere (no shoot location)")
    if brief.dates:
        approximate = " (approximate)" if brief.dates.approximate else ""
        bits.append(uk_range(brief.dates.start, brief.dates.end) + approximate)
    if brief.budget and brief.budget.max_day_rate_gbp is not None:
        bits.append(f"crew up to £{brief.budget.max_day_rate_gbp:g} a day")
    text = " · ".join(bits)
    return text[:1].upper() + text[1:]


def need_title(result: NeedResult) -> str:
    need = result.need
    return need.label + (f" ×{need.quantity}" if need.quantity > 1 else "")


def _worked_together(sheet: CrewSheet) -> dict[str, list[str]]:
    """Per profile, the sheet's evidence of past work together, as redacted on the sheet:
    "worked with Longport Pictures, who sent the brief, on Chase Road, 2024"."""
    found: dict[str, list[str]] = {}
    for pair in sheet.worked_together:
        more = f" (and {len(pair.productions) - 1} more)" if len(pair.productions) > 1 else ""
        if pair.with_sender:
            found.setdefault(pair.a.id, []).append(f"worked with {pair.b.name}, who sent the brief, on "
                                                   f"{pair.productions[0]}{more}")
            continue
        for one, other in ((pair.a, pair.b), (pair.b, pair.a)):
            found.setdefault(one.id, []).append(f"worked with {other.name} on {pair.productions[0]}{more}")
    return found


def sheet_rows(sheet: CrewSheet, with_contact: bool) -> list[Row]:
    """One row per match, need by need (the nearest options beyond the radius after, marked)."""
    rows: list[Row] = []
    together = _worked_together(sheet)
    blocks = [(need_title(r), r.matches, r.beyond) for r in sheet.needs]
    if sheet.fallback:
        blocks = [("Plain search over the brief", sheet.fallback_matches, [])]
    for title, matches, beyond in blocks:
        for match, is_beyond in [(m, False) for m in matches] + [(m, True) for m in beyond]:
            ex = match.explanation
            km = ex.distance_km
            row: Row = {"need": title, "rank": match.rank, "name": match.name, "kind": match.kind,
                        "place": match.place or "", "distance km": round(km, 1) if km is not None else None,
                        "distance miles": round(miles(km), 1) if km is not None else None,
                        "availability": ex.availability or "",
                        "why": "; ".join((["beyond the radius"] if is_beyond else []) + ex.reasons
                                         + together.get(match.id, []))}
            if with_contact:
                contact = match.contact
                row["email"] = (contact.email or "") if contact else ""
                row["phone"] = (contact.phone or "") if contact else ""
            rows.append(row)
    return rows
