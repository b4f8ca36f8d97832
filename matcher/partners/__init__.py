"""Members finding collaborators: complementary partners, similar peers, consortia, who worked with whom.

One concept per module: ``capabilities`` (roles grouped as a bid needs them), ``work`` (what a
member does), ``gaps`` (what it lacks), ``complementary`` and ``similar`` (query builders and
scorers over ``matcher.search.search_many``), ``mmr`` (diversity), ``network`` (the co-credit
graph), ``setcover`` and ``consortium`` (teams for an opportunity), ``desk`` (the engine-facing
entry point the CLI and the API call).
"""
