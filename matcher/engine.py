"""The matcher as a whole: the database is the truth, the index follows its change log.

Writes go to the database first (one transaction, with change-log rows) and then the index
replays the log, so the CLI, each service process and a restarted process all converge on
the database: a committed profile is never lost and a deleted one never served.

A cold command line pays only for what it uses: the database layer (``store``) is opened on
first use, and a saved index that is already up to date with an SQLite database's change log
(``matcher.changes.latest_change``, the standard library's sqlite3) needs no SQLAlchemy at all;
the brief matcher is imported by the first brief.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from matcher.catch_up import CatchUp, fence
from matcher.changes import latest_change
from matcher.config import DEFAULT_CONFIG, MatcherConfig
from matcher.encoders import Encoder
from matcher.errors import ImportRejected, LineError, NotFound, StaleIndex
from matcher.explain import Match
from matcher.index import ProfileIndex
from matcher.index_files import index_exists, load_index, save_index
from matcher.replay import Replay
from matcher.rwlock import ReadWriteLock
from matcher.search import Query, search_many
from matcher.settings import MatcherSettings

if TYPE_CHECKING:

    from matcher.importers import ParsedFile
    from matcher.partners.network import CoCreditGraph
    from matcher.partners.network_keeper import NetworkKeeper
    from matcher.store import Store
    from models.brief import Brief, CrewSheet
    from models.profile import Profile

__all__ = ["Engine", "ImportReport"]

log = logging.getLogger("matcher.engine")


@dataclass(frozen=True)
class ImportReport:
    imported: int
    created: int
    updated: int
    skipped: list[LineError] = field(default_factory=list)


class Engine:
    def __init__(self, settings: MatcherSettings, config: MatcherConfig = DEFAULT_CONFIG,
                 encoder: Encoder | None = None, progress: bool = False, catch_up: bool = True) -> None:
        """``catch_up=False`` (the service): a saved index behind the database is fenced and answers at
        once, and ``sync`` replays the rest later (``matcher.catch_up``; ``catching_up`` says how far)."""
        self.settings = settings
        self.config = settings.configure(config)
        self.encoder = encoder or settings.create_encoder(config.encoder)
        self.lock = ReadWriteLock()
        self._replay = Replay(self)  # the index following the change log (matcher.replay)
        self.erasures_applied = 0  # erasures this index has applied (the follower saves at once after one)
        self.catching_up: CatchUp | None = None  # a replay after loading a saved index, with its progress
        # The change the home folder's saved index holds, as far as this process knows (None: unknown or
        # none saved): the follower saves only when the index has moved past it.
        self.saved_seq: int | None = None
        self.index = self._open_index(progress, catch_up)

    @functools.cached_property
    def store(self) -> Store:
        """The database, opened on first use (a search on an up-to-date index never needs it)."""
        from matcher.store import Store

        return Store(self.settings.resolved_database_url)

    # -- writing ---------------------------------------------------------------------
    def import_parsed(self, parsed: ParsedFile, skip_invalid: bool = False) -> ImportReport:
        """All-or-nothing unless ``skip_invalid``: a bad line stores nothing from the file; an empty
        file is refused (``InvalidInput``), from the API and the CLI alike."""
        parsed.ensure_not_empty()
        if parsed.errors and not skip_invalid:
            raise ImportRejected(parsed.errors, parsed.total)
        created = self.store.save(parsed.profiles) if parsed.profiles else []
        self.sync()  # the importer waits for its file; other writes do not (_follow_write)
        return ImportReport(imported=len(created), created=sum(created),
                            updated=len(created) - sum(created), skipped=list(parsed.errors))

    def save_profiles(self, profiles: list[Profile], mode: str = "upsert") -> list[bool]:
        created = self.store.save(profiles, mode=mode)
        self._follow_write([p.id for p in profiles])
        return created

    def delete(self, profile_id: str, erased_by: str | None = None) -> None:
        self.store.delete(profile_id, erased_by=erased_by)
        if erased_by is None:
            self._follow_write([profile_id])
        else:  # an erasure is complete before it is answered (the vocabulary pruned, matcher.store.erasure)
            self.sync()

    # -- reading ---------------------------------------------------------------------
    def search(self, queries: list[Query], wait: bool = True) -> list[list[Match]]:
        """``wait=False``: ``matcher.rwlock.Busy`` at once while the index is being changed, for a
        caller that must not block (the service's event loop searches in a thread then)."""
        with self.lock.reading(wait):
            return search_many(self.index, queries)

    def match_brief(self, brief: str | Brief, *, today: dt.date | None = None,
                    shortlist_size: int | None = None, repeats: bool = False,
                    audience: str | None = None, record: bool = True, label: str | None = None,
                    sender: str | None = None) -> CrewSheet:
        """Parse (when given text), match, and record the brief and its gaps for the gap report.

        ``audience`` is who is looking (``Filters.audience``); every search of the sheet uses it.
        ``record=False`` matches again a brief already recorded (its sheet printed or downloaded).
        ``label`` marks the recorded brief ("demo" for the briefs the demo seeds). Companies
        known from the register carry a note (``register_note``). ``shortlist_size``: None is the
        sheet's default (``SHORTLIST_SIZE``). ``sender``: the profile id of the member that sent
        the brief (``NotFound`` when ``audience`` may not find it); who on the sheet has worked
        with it, and with each other, is listed as evidence (``matcher.briefs.worked_together``)."""
        from matcher.briefs.parser import parse_brief
        from matcher.briefs.sheet import SHORTLIST_SIZE, match_brief
        from matcher.briefs.worked_together import with_worked_together
        from matcher.companies_house.notes import annotate_register
        from matcher.partners.network import linkable

        sent_by = self.profile(sender) if sender is not None else None
        if sent_by is not None and not linkable(sent_by.kind, sent_by.visibility, audience):
            raise NotFound(f"no profile with id '{sender}'")  # the same answer as an unknown id
        if isinstance(brief, str):
            brief = parse_brief(brief, today=today, encoder=self.encoder)
        with self.lock.reading():
            size = SHORTLIST_SIZE if shortlist_size is None else shortlist_size
            sheet = match_brief(self.index, brief, shortlist_size=size, repeats=repeats,
                                audience=audience)
        if record:
            self.store.record_brief(sheet, label=label)
        read = _read_once(self.store.get_many)  # the register notes and the co-credits read the same profiles
        return with_worked_together(annotate_register(sheet, read), read, sent_by)

    def co_credits(self) -> CoCreditGraph:
        """Who has worked with whom (same title, same year), as the database is now: the one
        co-credit graph the partners mode, crew sheets and profile pages read."""
        return self._network_keeper.graph()

    @functools.cached_property
    def _network_keeper(self) -> NetworkKeeper:
        from matcher.partners.network_keeper import NetworkKeeper

        return NetworkKeeper(self.store)

    def profile(self, profile_id: str) -> Profile:
        profile = self.store.get(profile_id)
        if profile is None:
            raise NotFound(f"no profile with id '{profile_id}'")
        return profile

    # -- keeping the index in step ---------------------------------------------------
    def sync(self, stop: threading.Event | None = None) -> int:
        """Apply the change log since the index's last change; returns changes applied.

        Removals first, then the profiles to add or change, read, encoded and applied ``CHUNK``
        at a time (searches go on meanwhile); ``change_seq`` moves once all are applied. Each
        profile is applied as the database holds it now (newest read wins, ``matcher.freshest``),
        so applying one twice is harmless. ``stop`` set between chunks ends the replay early,
        ``change_seq`` unmoved (0 returned)."""
        return self._replay.sync(stop)

    def _follow_write(self, profile_ids: list[str]) -> None:
        self._replay.follow_write(profile_ids)

    def save_index(self) -> None:
        with self.lock.reading():
            save_index(self.index, self.settings.index_dir)
            self.saved_seq = self.index.change_seq

    def rebuild(self, progress: bool = False) -> None:
        fresh = ProfileIndex.build(list(self.store.profiles()), self.encoder, self.config, progress)
        fresh.change_seq = self.store.latest_seq()
        with self.lock.writing():
            self.index = fresh
        self.sync()

    def _open_index(self, progress: bool, catch_up: bool) -> ProfileIndex:
        folder = self.settings.index_dir
        index, stale_index = None, False
        if index_exists(folder):
            try:
                index = load_index(folder, self.encoder, self.config)
                self.saved_seq = index.change_seq
            except StaleIndex as stale:  # e.g. it may hold words now kept out of the index: build it again
                log.warning("%s", stale)
                stale_index = True
        if index is None:
            seq = self.store.latest_seq()
            index = ProfileIndex.build(list(self.store.profiles()), self.encoder, self.config, progress)
            index.change_seq = seq
            if stale_index:  # replace it, so the next command (or worker) loads instead of rebuilding
                save_index(index, folder)
                self.saved_seq = index.change_seq
        self.index = index
        latest = latest_change(self.settings.resolved_database_url)
        if latest is None or latest > index.change_seq:
            if catch_up:
                self.sync()
            else:  # answer from it at once; the follower replays the rest
                self.catching_up = fence(self, self._replay)
        return self.index


def _read_once(
    get_many: Callable[[Iterable[str]], dict[str, Profile]],
) -> Callable[[Iterable[str]], dict[str, Profile]]:
    """``get_many`` that reads each id from the database once, however often it is asked."""
    held: dict[str, Profile] = {}
    asked: set[str] = set()

    def read(profile_ids: Iterable[str]) -> dict[str, Profile]:
        wanted = list(dict.fromkeys(profile_ids))
        missing = [p for p in wanted if p not in asked]
        if missing:
            held.update(get_many(missing))
            asked.update(missing)
        return {p: held[p] for p in wanted if p in held}

    return read
