"""Records the partners mode returns: partners with the gap each fills, teams for an opportunity, a network.

Names of freelancers in these records are personal data: the service redacts them by the
profile's visibility (``service.routes.partners``) exactly as it does search results. Reasons
never carry a name ("they mix for broadcast, 6 km away"), so they need no redaction.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from models.brief import Need
from models.match import MatchOut

__all__ = ["ConsortiumOut", "EdgeOut", "GapOut", "NetworkOut", "NodeOut", "PairOut", "PartnerOut", "PartnersOut",
           "TeamMemberOut", "TeamNeedOut", "TeamOut"]

Relation = Literal["complementary", "similar"]


class GapOut(BaseModel):
    capability: str = Field(description="capability id (matcher/data/partners/capabilities.json)")
    label: str
    weight: float = Field(description="how routinely the member's kind of work needs it, 0-1")
    physical: bool = Field(description="whether distance matters for it")
    found: int = Field(0, description="providers found for it")


class PartnerOut(BaseModel):
    id: str
    kind: str
    name: str
    headline: str = ""
    place: str | None = None
    distance_km: float | None = None
    score: float
    fills: list[str] = Field(default_factory=list, description="capability ids of the member's gaps it fills")
    reason: str = Field(description="why, in a sentence: the gap it fills, what they do, how far")
    worked_together: list[str] = Field(default_factory=list, description="productions shared with the member")
    match: MatchOut = Field(description="the search match it came from, with the search's own explanation")


class PartnersOut(BaseModel):
    profile_id: str
    name: str
    relation: Relation
    work: list[str] = Field(default_factory=list, description="the kinds of work the member does, main first")
    capabilities: list[str] = Field(default_factory=list, description="capability ids the member has")
    gaps: list[GapOut] = Field(default_factory=list)
    partners: list[PartnerOut] = Field(default_factory=list)
    message: str | None = None


class TeamMemberOut(BaseModel):
    id: str
    kind: str
    name: str
    place: str | None = None
    bidder: bool = False
    needs: list[int] = Field(default_factory=list, description="indexes of the needs it provides")


class TeamNeedOut(BaseModel):
    need: int
    label: str
    provider: str | None = Field(description="profile id, None when uncovered")
    score: float = 0.0
    reason: str


class PairOut(BaseModel):
    a: str = Field(description="profile id")
    b: str = Field(description="profile id")
    production: str = Field(description="the most recent production both are credited on: 'Title, 2024'")


class TeamOut(BaseModel):
    rank: int
    members: list[TeamMemberOut]
    needs: list[TeamNeedOut]
    uncovered: list[str] = Field(default_factory=list, description="need labels no one in the team provides")
    coverage: float = Field(description="share of the needs covered, 0-1")
    spread_km: float | None = Field(None, description="the largest distance between two members")
    worked_together: list[PairOut] = Field(default_factory=list, description="members who worked together before")
    objective: float


class ConsortiumOut(BaseModel):
    text: str
    bidder: str | None = None
    needs: list[Need] = Field(default_factory=list)
    teams: list[TeamOut] = Field(default_factory=list, description="best team first, then alternatives")
    uncovered: list[str] = Field(default_factory=list, description="needs no local candidate provides")
    considered: list[list[str]] = Field(default_factory=list,
                                        description="per need, the profile ids the teams were chosen from, best first")
    text_matches: list[str] = Field(default_factory=list,
                                    description="profile ids a plain search over the opportunity's own words finds "
                                                "(for needs the reading may have missed), best first")
    fallback: bool = Field(False, description="no recognisable need: a plain search over the text instead")
    fallback_matches: list[MatchOut] = Field(default_factory=list)
    message: str | None = None


class NodeOut(BaseModel):
    id: str
    kind: str
    name: str
    ring: int = Field(description="0 the member, 1 worked with it, 2 worked with one of those")


class EdgeOut(BaseModel):
    source: str
    target: str
    productions: list[str]


class NetworkOut(BaseModel):
    profile_id: str
    nodes: list[NodeOut]
    edges: list[EdgeOut]
    message: str | None = None
