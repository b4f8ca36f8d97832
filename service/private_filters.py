"""Filters on what a role may not read are refused or left out for that role.

Day rates and diaries are member data (``service.visibility``). A filter on them answers a
question about them: bisecting a public search's ``max_rate`` with ``strict`` recovered a
member-only day rate exactly in 14 searches, and a brief's dates dropped the booked. So:

| where | field | below members |
|---|---|---|
| ``POST /api/search`` | ``max_rate`` | refused (401: send a member key) |
| ``POST /api/search`` | ``available`` | refused (401) |
| a crew sheet (match, PDF, workbook) | the brief's dates | matched without them (distance still counts) |
| a crew sheet | the brief's day-rate cap (``budget.max_day_rate_gbp``) | matched without it |

A crew sheet is refused nothing: a brief is pasted as written, dates and all, so the sheet is
matched without the member-only parts and says so in a note, and shows the brief as read.
Investor profiles (and so their facts) are never found by the public (``matcher.filters``).
"""

from __future__ import annotations

from models.brief import Brief, CrewSheet
from service.errors import Unauthorized
from service.roles import Role
from service.schemas.search import SearchRequest

__all__ = ["MEMBER_ONLY_NOTE", "brief_for_role", "check_search_filters", "restore_brief"]

MEMBER_ONLY_NOTE = ("Matched without the dates and day-rate cap: diaries and day rates are member data "
                    "(a member key matches on them).")


def check_search_filters(request: SearchRequest, role: Role) -> None:
    """Refuse a search filtering on a field this role may not read (``Unauthorized``: 401)."""
    if role.allows(Role.member):
        return
    if request.max_rate is not None:
        raise Unauthorized("max_rate: day rates are member data; filtering on them needs an API key "
                           "with the member role (send it as X-API-Key or Authorization: Bearer)")
    if request.available is not None:
        raise Unauthorized("available: diaries are member data; filtering on them needs an API key "
                           "with the member role (send it as X-API-Key or Authorization: Bearer)")


def brief_for_role(brief: Brief, role: Role) -> Brief:
    """The brief as it may be matched for this role: below members, without dates and day-rate cap."""
    if role.allows(Role.member):
        return brief
    rate_cap = brief.budget is not None and brief.budget.max_day_rate_gbp is not None
    if brief.dates is None and not rate_cap:
        return brief
    budget = brief.budget.model_copy(update={"max_day_rate_gbp": None}) if brief.budget is not None else None
    return brief.model_copy(update={"dates": None, "budget": budget})


def restore_brief(sheet: CrewSheet, brief: Brief, matched: Brief) -> CrewSheet:
    """The sheet showing the brief as read (dates and all), noting what was left out of the match."""
    if matched is brief:
        return sheet
    shown = sheet.brief.model_copy(update={"dates": brief.dates, "budget": brief.budget,
                                           "notes": [*sheet.brief.notes, MEMBER_ONLY_NOTE]})
    return sheet.model_copy(update={"brief": shown})
