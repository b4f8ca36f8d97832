"""A production brief as understood, and the crew sheet matched to it.

The structured brief is shown back to the film office, can be corrected, and sent back to
re-run the match, so it is a public record like the import format.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from models.match import MatchOut

__all__ = ["Brief", "BriefDates", "BriefPlace", "Budget", "BudgetLevel", "CrewSheet", "Need", "NeedResult", "Package",
           "ProfileRef", "WorkedTogether"]


class _Record(BaseModel):
    # No infinite or NaN numbers: PostgreSQL's JSON cannot store them (a recorded brief is stored).
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, allow_inf_nan=False)


class Need(_Record):
    role: str | None = Field(None, description="taxonomy role or facility class id; None for a free-text need")
    label: str = Field(min_length=1, description="what is needed, for people: 'Electrician (spark)'")
    kind: Literal["crew", "facility"] = "crew"
    quantity: int = Field(1, ge=1, le=50)
    qualifiers: list[str] = Field(default_factory=list,
                                  description="words that qualify it: 'period experience', 'Welsh-speaking'")
    text: str = Field("", description="the words in the brief that named it, e.g. 'two sparks'")
    confidence: float = Field(1.0, ge=0, le=1, description="how sure the reading of the role is: 1 an alias as "
                              "written; below 1 a guess (see matcher.taxonomy_data.Mention); 0 for free text")
    how: str = Field("alias", description="what the reading rests on: alias, embedding (a guess), free text, ...")


class BriefPlace(_Record):
    name: str = Field(min_length=1)
    text: str = Field("", description="as written in the brief ('North Staffs', 'stoke'), when it differs")
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    shoot: bool = Field(True, description="a shoot location; false: where to look for people, the brief "
                        "mentioning no shoot ('an editor in Stafford'); distances are measured from it all the same")


class BriefDates(_Record):
    start: dt.date
    end: dt.date
    text: str = Field("", description="as written in the brief")
    approximate: bool = Field(False, description="from a vague phrase such as 'next spring'")
    open_end: bool = Field(False, description="only a start is given ('from 3 May'); end repeats the start")
    shoot: bool = Field(True, description="false: when off-set work is done ('an editor for two weeks from 4 "
                        "January'), no shoot date; availability is still read over it")

    @model_validator(mode="after")
    def _ordered(self) -> BriefDates:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


BudgetLevel = Literal["micro", "low", "mid", "high"]


class Budget(_Record):
    level: BudgetLevel | None = None
    amount_gbp: float | None = Field(None, ge=0)
    max_day_rate_gbp: float | None = Field(None, ge=0, description="a stated day-rate cap, applied as a filter")
    text: str = ""


class Brief(_Record):
    text: str = Field("", description="the brief as pasted")
    needs: list[Need] = Field(default_factory=list)
    locations: list[BriefPlace] = Field(default_factory=list,
                                        description="shoot locations; a profile's distance is to the nearest")
    dates: BriefDates | None = None
    budget: Budget | None = None
    radius_km: float = Field(50.0, gt=0, le=1000, description="how far counts as local")
    deadline: dt.date | None = Field(None, description="when the work must be delivered (or a quote returned); "
                                     "no shoot date")
    language: str = Field("en", description="ISO 639-1 code of the language the brief is written in")
    notes: list[str] = Field(default_factory=list, description="what the parser was unsure of")


class NeedResult(BaseModel):
    need: Need
    matches: list[MatchOut] = Field(description="the shortlist, best first")
    gap: bool = Field(description="nothing local above the confidence threshold")
    gap_reason: str | None = None
    beyond: list[MatchOut] = Field(default_factory=list, description="nearest options beyond the radius, for a gap")
    qualifiers_met: dict[str, list[str]] = Field(default_factory=dict, description="profile id -> the need's "
                                                 "qualifiers its profile shows (they move it up the shortlist)")


class Package(BaseModel):
    id: str
    name: str
    kind: str
    needs: list[int] = Field(description="indexes of the needs this company covers")
    labels: list[str]
    distance_km: float | None = None


class ProfileRef(BaseModel):
    id: str
    kind: str
    name: str = Field(description="as the caller may see it: a hidden freelancer's is what they do")


class WorkedTogether(BaseModel):
    """Past work together, as evidence: two profiles put forward for different needs of the sheet,
    or one of them and the member that sent the brief, credited on the same production."""

    a: ProfileRef = Field(description="a profile on the sheet")
    b: ProfileRef = Field(description="another on the sheet (for another need), or the brief's sender")
    productions: list[str] = Field(description="what both are credited on (same title, same year), newest first: "
                                   "'The Bottle Kiln Job, 2024'")
    with_sender: bool = Field(False, description="b is the member that sent the brief")


class CrewSheet(BaseModel):
    brief: Brief
    needs: list[NeedResult]
    packages: list[Package] = Field(default_factory=list)
    sender: ProfileRef | None = Field(None, description="the member that sent the brief, when named")
    worked_together: list[WorkedTogether] = Field(
        default_factory=list, description="people and firms on the sheet who have worked together before, and "
        "with the sender: evidence, not a ranking signal")
    fallback: bool = Field(False, description="no recognisable need: a plain search over the whole brief")
    fallback_matches: list[MatchOut] = Field(default_factory=list)
    message: str | None = None
