"""Request and response bodies of the API, one module per resource.

Profiles, briefs, crew sheets and matches are the records in ``models``; what is here is
only what the API adds around them (envelopes, requests, redacted views)."""
