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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from matcher.catch_up import CHUNK, CatchUp
from matcher.changes import latest_change
from matcher.config import DEFAULT_CONFIG, MatcherConfig
from matcher.encoders import Encoder
from matcher.errors import ImportRejected, LineError, NotFound, StaleIndex
from matcher.explain import Match
from matcher.index import ProfileIndex
from matcher.index_files import index_exists, load_index, save_index
from matcher.rwlock import ReadWriteLock
from matcher.search import Query, search_many
from matcher.settings import MatcherSettings

if TYPE_CHECKING:
    from matcher.importers import ParsedFile
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
        self._sync_lock = threading.Lock()
        self.erasures_applied = 0  # erasures this index has applied (the follower saves at once after one)
        self.catching_up: CatchUp | None = None  # a replay after loading a saved index, with its progress
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
        self._follow_write()
        return ImportReport(imported=len(created), created=sum(created),
                            updated=len(created) - sum(created), skipped=list(parsed.errors))

    def save_profiles(self, profiles: list[Profile], mode: str = "upsert") -> list[bool]:
        created = self.store.save(profiles, mode=mode)
        self._follow_write()
        return created

    def delete(self, profile_id: str, erased_by: str | None = None) -> None:
        self.store.delete(profile_id, erased_by=erased_by)
        self._follow_write()

    # -- reading ---------------------------------------------------------------------
    def search(self, queries: list[Query]) -> list[list[Match]]:
        with self.lock.reading():
            return search_many(self.index, queries)

    def match_brief(self, brief: str | Brief, *, today: dt.date | None = None,
                    shortlist_size: int | None = None, repeats: bool = False,
                    audience: str | None = None, record: bool = True, label: str | None = None) -> CrewSheet:
        """Parse (when given text), match, and record the brief and its gaps for the gap report.

        ``audience`` is who is looking (``Filters.audience``); every search of the sheet uses it.
        ``record=False`` matches again a brief already recorded (its sheet printed or downloaded).
        ``label`` marks the recorded brief ("demo" for the briefs the demo seeds). Companies
        known from the register carry a note (``register_note``). ``shortlist_size``: None is the
        sheet's default (``SHORTLIST_SIZE``)."""
        from matcher.briefs.parser import parse_brief
        from matcher.briefs.sheet import SHORTLIST_SIZE, match_brief
        from matcher.companies_house.notes import annotate_register

        if isinstance(brief, str):
            brief = parse_brief(brief, today=today, encoder=self.encoder)
        with self.lock.reading():
            size = SHORTLIST_SIZE if shortlist_size is None else shortlist_size
            sheet = match_brief(self.index, brief, shortlist_size=size, repeats=repeats,
                                audience=audience)
        if record:
            self.store.record_brief(sheet, label=label)
        return annotate_register(sheet, self.store.get_many)

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
        profile is applied as the database holds it now, so applying one twice is harmless.
        ``stop`` set between chunks ends the replay early, ``change_seq`` unmoved (0 returned)."""
        with self._sync_lock:
            changes = self.store.changes_since(self.index.change_seq)
            if not changes:
                self.catching_up = None
                return 0
            wanted, gone, erased = self._pending(changes)
            with self.lock.writing():
                self.index.remove(gone)
            progress = self.catching_up
            if progress is not None:
                progress.total = max(progress.total, len(wanted))
            for start in range(0, len(wanted), CHUNK):
                if stop is not None and stop.is_set():
                    return 0
                ids = wanted[start : start + CHUNK]
                upserts = self.store.get_many(ids)
                documents, vectors = self.index.prepare(list(upserts.values()))  # outside the write lock
                with self.lock.writing():
                    self.index.remove([p for p in ids if p not in upserts])
                    self.index.upsert_documents(documents, vectors=vectors)
                if progress is not None:
                    progress.advance(len(ids))
            with self.lock.writing():
                if erased:  # and the vocabulary keeps no word only they used
                    self.index.lexical.prune_vocabulary()
                    self.erasures_applied += 1
                self.index.change_seq = changes[-1][0]
            self.catching_up = None
            return len(changes)

    def _pending(self, changes: list) -> tuple[list[str], list[str], bool]:
        """What changes ask of the index: ids to add or change, ids to remove, whether any is an erasure."""
        latest = {profile_id: op for _, profile_id, op in changes if profile_id}
        wanted = [p for p, op in latest.items() if op == "upsert"]
        gone = [p for p, op in latest.items() if op != "upsert"]
        erased = any(op == "erase" for _, _, op in changes)
        if erased:  # the log does not say who (matcher.store.erasure): drop what the database no longer holds
            held = self.store.ids()
            gone += [p for p in self.index.positions if p not in held]
        return wanted, gone, erased

    def _fence(self) -> None:
        """Take every profile the pending changes touch out of the loaded index and leave the replay
        to ``sync`` (``matcher.catch_up``): until then the index answers with what is unchanged."""
        changes = self.store.changes_since(self.index.change_seq)
        if not changes:
            return
        wanted, gone, _ = self._pending(changes)
        self.index.remove([*gone, *wanted])
        self.catching_up = CatchUp(target_seq=changes[-1][0], total=len(wanted))
        log.info("the saved index is %d changes behind the database: answering from it while %d profiles "
                 "are brought up to date", len(changes), len(wanted))

    def _follow_write(self) -> None:
        """After a write in this process: bring the index up to date at once, unless a replay is under
        way (the follower applies the write when it ends; a write does not wait minutes for it)."""
        if self.catching_up is None:
            self.sync()

    def save_index(self) -> None:
        with self.lock.reading():
            save_index(self.index, self.settings.index_dir)

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
            except StaleIndex as stale:  # e.g. it may hold words now kept out of the index: build it again
                log.warning("%s", stale)
                stale_index = True
        if index is None:
            seq = self.store.latest_seq()
            index = ProfileIndex.build(list(self.store.profiles()), self.encoder, self.config, progress)
            index.change_seq = seq
            if stale_index:  # replace it, so the next command (or worker) loads instead of rebuilding
                save_index(index, folder)
        self.index = index
        latest = latest_change(self.settings.resolved_database_url)
        if latest is None or latest > index.change_seq:
            if catch_up:
                self.sync()
            else:
                self._fence()
        return self.index
