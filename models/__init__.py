"""Typed records at the boundaries: the import format, briefs, matches and API envelopes."""

from models import profile as _profile
from models.investor import InterestCriteria, InvestorFacts
from models.profile import (
    Availability,
    CompanyFacts,
    Contact,
    Credit,
    GbpRange,
    Location,
    Profile,
)

# Profile.investor names InvestorFacts, which builds on the records of models.profile: the name is
# given to that module, where Profile's deferred build (on its first use) resolves it.
_profile.InvestorFacts = InvestorFacts  # type: ignore[attr-defined]

__all__ = ["Availability", "CompanyFacts", "Contact", "Credit", "GbpRange", "InterestCriteria", "InvestorFacts",
           "Location", "Profile"]
