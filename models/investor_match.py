"""Investor matching at the boundaries: what an interest was read as, a match's fit breakdown
criterion by criterion, and a matchmaking session's timetable.

- ``Reading``: one thing read from an interest ("£10-25k" as the ticket), shown back for correction.
- ``CriterionFit``: one criterion against one company: ``met``, ``partly`` (a raise bigger than the
  ticket is a syndicate fit), ``not met`` or ``unknown`` (the company's profile does not say;
  never counted as met); ``source`` is ``stated`` (the company said so) or ``to verify`` (inferred:
  SEIS from age and headcount, own IP from sector and credits, stage from founding year and size).
- ``InvestorMatch``: a ranked company (or, the other way round, a ranked investor) with how much
  text relevance and criteria fit each contributed to its score.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from models.investor import CriterionName, InterestCriteria
from models.match import RankedOut

__all__ = ["CriterionFit", "FactSource", "FitStatus", "InterestReading", "InvestorMatch", "Meeting", "Reading",
           "SessionPlan"]

FitStatus = Literal["met", "partly", "not met", "unknown"]
FactSource = Literal["stated", "to verify"]


class Reading(BaseModel):
    criterion: str = Field(description="which criterion the words set (ticket, stage, sectors, geography, ...)")
    value: str = Field(description="what it was read as, for people")
    words: str = Field(description="the interest's own words")


class InterestReading(BaseModel):
    criteria: InterestCriteria
    read: list[Reading] = Field(default_factory=list)
    text: str = Field("", description="the words text relevance is measured with")
    notes: list[str] = Field(default_factory=list, description="what was noticed and not used, and why")


class CriterionFit(BaseModel):
    criterion: CriterionName
    status: FitStatus
    source: FactSource | None = Field(None, description="None when the fact is unknown")
    wanted: str = Field(description="what the investor asked for")
    found: str = Field(description="what the company's profile says, or that it does not say")
    strict: bool = False


class InvestorMatch(RankedOut):
    text_relevance: float = Field(description="text relevance, 0-1 (the search's score against the best one)")
    fit: float = Field(description="criteria fit, 0-1")
    text_part: float = Field(description="what text relevance added to the score")
    fit_part: float = Field(description="what criteria fit added to the score")
    criteria: list[CriterionFit] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list)


class Meeting(BaseModel):
    slot: int = Field(description="1-based")
    table: int = Field(description="1-based")
    investor_id: str
    investor: str
    company_id: str
    company: str
    fit: float = Field(description="two-way fit of the pair, 0-1")
    reason: str


class SessionPlan(BaseModel):
    slots: int
    tables: int
    meetings: list[Meeting]
    total_fit: float
    solver: str
    unmet_interest: list[str] = Field(default_factory=list, description="who got no meeting, and why")
