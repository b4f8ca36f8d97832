"""Which searches run on the event loop, and why not in the thread pool.

A search is CPU work in one process: encoding the query, scanning the index, scoring and
explaining the matches. Run in anyio's thread pool, it costs a thread hop each way (waking a
worker thread, then waking the event loop with its answer), which profiled at about a quarter
of a server process's CPU per search, and it buys nothing: with the GIL a second thread gives a
process no more Python, and ``matcher serve --workers`` already has a process per core. So a
search runs on the event loop when all of these hold (``on_loop``):

- **its work is short** (``ON_LOOP_MAX_CHARS``): while it runs, its process answers nothing
  else, so only a query of search-box length (a few ms) runs there. A long text (a description
  pasted in, up to the 20,000 characters the caps allow) ranks for tens to hundreds of ms and
  goes to the pool, where the loop goes on answering its process's other requests meanwhile;
- **it reads nothing from a database server**: staff get contact details read from the database
  after the ranking (``service.contacts``); from a SQLite file that is a few cached pages that
  never wait for a writer (WAL), as the key look-up already does on the loop
  (``service.keys.KeyRing.local``); from a database server it is a network round trip, so a
  staff search on PostgreSQL goes to the pool;
- **the index is not being changed** (checked as it starts, ``Engine.search(wait=False)``): a
  change under way or waiting (a write's profiles applied, a replay's chunk) would make it wait
  on the loop, so it goes to the pool and waits there (``matcher.rwlock.Busy``).

What decides is the request's own length and role and the state of the index, never what the
matches hold, so the path a search takes tells its caller nothing about profiles it may not see.
Answers are the same either way: the same function builds them (``service.routes.search``).
Briefs stay in the pool: they parse, match many needs and record the brief in the database.
``MATCHER_SEARCH_ON_LOOP=false`` sends every search to the pool as before, to compare the two.
"""

from __future__ import annotations

from service.roles import Role

__all__ = ["ON_LOOP_MAX_CHARS", "on_loop"]

# A query up to this long ranks in a few ms of CPU on the demo (measured here: 7-8 ms for the
# bench's queries, ~22 ms at 300 characters, ~80 ms at 1,200, ~300 ms at 20,000 with top_k 100).
ON_LOOP_MAX_CHARS = 300


def on_loop(text: str, role: Role, database_file: bool) -> bool:
    """Whether a search of ``text`` by ``role`` may run on the event loop (see the module);
    ``database_file``: the database is a SQLite file (``KeyRing.local``), not a server."""
    if len(text) > ON_LOOP_MAX_CHARS:
        return False
    return database_file or not role.allows(Role.staff)  # staff read contacts from the database
