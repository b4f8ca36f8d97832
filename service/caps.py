"""Caps on what one brief may ask of the service, checked before anything is matched.

A crew sheet's work grows with the needs it names and the places it fills: every need is one
search, and each search over-fetches by what the other needs may take (``need_queries``), so
a brief naming every role fifty times asks for tens of thousands of candidates per search.
Reading a brief is cheap and bounded by its length (``max_text_chars``); matching is not, so
the brief is read first and refused with a 422 naming the cap it passes:

- ``max_brief_needs``: needs in one brief (a feature's full crew sheet is about 30);
- ``max_answer_matches``: shortlist places across the brief, each need counting its quantity
  or the shortlist size, whichever is larger (this bounds every search's over-fetch too);
- a need's quantity is at most 50 (``models.brief.Need``), the shortlist size at most 20 and
  a search's ``top_k`` at most 100 (their request schemas).

Together with ``service.budget`` (a time budget and a limit on how many run at once) this
bounds the memory one request can take; ``scripts/worst_brief.py`` measures the worst brief
these caps allow.
"""

from __future__ import annotations

from matcher.briefs.parser import parse_brief
from matcher.encoders.base import Encoder
from matcher.errors import InvalidInput
from models.brief import Brief
from service.limits import check_text_length
from service.schemas.briefs import BriefMatchRequest
from service.settings import ServiceSettings

__all__ = ["answer_size", "brief_within_caps", "check_brief"]


def brief_within_caps(request: BriefMatchRequest, settings: ServiceSettings, encoder: Encoder | None) -> Brief:
    """The brief a match request asks for, read (when sent as text) and checked against every cap.

    Args:
        request: the body of ``/api/briefs/match`` or ``/api/sheets/export.*``.
        settings: where the caps come from.
        encoder: the engine's encoder (the parser guesses roles with it).
    Returns:
        The brief to match; raises ``InvalidInput`` (422) naming the field or the cap.
    """
    if request.brief is not None:
        check_text_length(request.brief.text, settings.max_text_chars, "brief.text")
        brief = request.brief
    else:
        text = request.text or ""
        check_text_length(text, settings.max_text_chars, "text")
        brief = parse_brief(text, today=request.today, encoder=encoder)
    check_brief(brief, request.shortlist_size, settings.max_brief_needs, settings.max_answer_matches)
    return brief


def answer_size(brief: Brief, shortlist_size: int) -> int:
    """Shortlist places a crew sheet for this brief fills: per need, its quantity or the
    shortlist size, the larger (``matcher.briefs.sheet.need_queries``)."""
    return sum(max(shortlist_size, need.quantity) for need in brief.needs)


def check_brief(brief: Brief, shortlist_size: int, max_needs: int, max_matches: int) -> None:
    """Refuse a brief whose crew sheet would pass a cap (``InvalidInput``: a 422 naming it).

    Args:
        brief: the brief as read (or as sent back corrected).
        shortlist_size: people shown per need.
        max_needs: the most needs one brief may name.
        max_matches: the most shortlist places one crew sheet may fill.
    """
    needs = len(brief.needs)
    if needs > max_needs:
        raise InvalidInput(f"needs: this brief asks for {needs} needs; at most {max_needs} are matched at once "
                           "(split the brief into departments)")
    places = answer_size(brief, shortlist_size)
    if places > max_matches:
        raise InvalidInput(f"needs: this brief fills {places} shortlist places (each need its quantity or the "
                           f"shortlist size of {shortlist_size}, whichever is larger); at most {max_matches} "
                           "are matched at once (ask for fewer people or a smaller shortlist_size)")
