"""Typed records at the boundaries: the import format, briefs, matches and API envelopes."""

from models.profile import (
    Availability,
    CompanyFacts,
    Contact,
    Credit,
    GbpRange,
    Location,
    Profile,
)

__all__ = ["Availability", "CompanyFacts", "Contact", "Credit", "GbpRange", "Location", "Profile"]
