"""Typed records at the boundaries: the import format, briefs, matches and API envelopes."""

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

# Profile.investor names InvestorFacts, which builds on the records of models.profile.
Profile.model_rebuild(_types_namespace={"InvestorFacts": InvestorFacts})

__all__ = ["Availability", "CompanyFacts", "Contact", "Credit", "GbpRange", "InterestCriteria", "InvestorFacts",
           "Location", "Profile"]
