"""A ranked match and why it matched, as the CLI (--json) and the API return it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from models.profile import Contact

__all__ = ["ExplanationOut", "MatchOut", "RankedOut"]


class ExplanationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    score: float = Field(description="final score: fused evidence + taxonomy boost + context penalty")
    dense: float = Field(description="cosine similarity of query and profile embeddings")
    lexical: float = Field(description="BM25 normalised to the best lexical match that passed the filters (0-1)")
    lexical_raw: float = Field(description="raw BM25 score")
    taxonomy_boost: float
    context_penalty: float = Field(description="distance and travel-radius penalty (never positive)")
    role_evidence: str | None = Field(None, description="exact role | related role | same department")
    matched_role: str | None = None
    matched_terms: dict[str, list[str]] = Field(default_factory=dict, description="field -> query words found there")
    distance_km: float | None = None
    within_travel_radius: bool | None = None
    availability: str | None = Field(None, description="available | partly available | unknown | booked")
    unknown: list[str] = Field(default_factory=list, description="filters this profile is unknown on")
    tier: int = Field(0, description="0 known-good; 1 kept although unknown or partly available")
    reasons: list[str] = Field(default_factory=list, description="the explanation in short sentences")


class RankedOut(BaseModel):
    """What every ranked answer says of a profile first: who it is, where, and its place."""

    id: str
    kind: str
    name: str
    headline: str = ""
    place: str | None = None
    rank: int
    score: float


class MatchOut(RankedOut):
    model_config = ConfigDict(from_attributes=True)

    explanation: ExplanationOut
    register_note: str | None = Field(None, description="for a company known from Companies House: 'no profile yet: "
                                                        "invite them' when the match rests on register facts only, or "
                                                        "why it left the register or the area")
    contact: Contact | None = Field(None, description="contact details: for staff only (service.contacts)")

    @classmethod
    def of(cls, match: object) -> MatchOut:
        """From a matcher ``Match`` (its explanation's ``reasons`` included)."""
        return cls.model_validate(match)
