"""Investor matching over the one search path: an investor's interest read into criteria
(``interest``, ``rules``, ``sectors``, ``geography``), companies ranked by text relevance and
criteria fit (``ranking``, ``fit``, ``facts``), investors for a company (``reverse``), and a
matchmaking session's timetable (``session``, ``session_export``)."""
