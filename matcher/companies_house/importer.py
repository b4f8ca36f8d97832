"""Stream a Companies House snapshot into the store: rules, flags, merge, in resumable batches.

The snapshot is read row by row (``csv`` over a byte stream: constant memory, however many
gigabytes). Most rows fail the cheapest test (no screen SIC code) and cost a slice and a set
look-up; the few that pass are read whole and judged by the rules. Companies the register
import kept before are always judged, so one that has left the area or the register, or
stopped trading, is marked (``merge.mark_left``), never deleted.

Writes go in batches, each one transaction holding the profiles, their change-log rows,
the ``register_companies`` rows and the import's progress (lines committed and counts). A
crash loses at most the batch in flight and leaves nothing half-written; running the same
file with the same options again resumes after the last committed batch. When every row is
read, one last transaction sets the address-cluster flags (which need the whole file),
marks the companies this snapshot no longer holds (a whole snapshot only, not one of its
``-partN_M`` files) and closes the import. Re-running a finished file changes nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.companies_house.area import Area
from matcher.companies_house.flags import address_clusters, cluster_reason, flags_for
from matcher.companies_house.layout import Columns, Snapshot, open_snapshot
from matcher.companies_house.merge import mark_left, merge_register
from matcher.companies_house.records import Malformed, RegisterRecord, normalise_number, read_record, sic_cells
from matcher.companies_house.rules import RuleContext, why_not_kept
from matcher.companies_house.state import as_of_for, known_numbers, start_import
from matcher.errors import LineError
from matcher.store import Store
from matcher.store.tables import ProfileRow, RegisterCompanyRow, RegisterImportRow, utcnow
from models.profile import Profile, RegisterFacts, RegisterFlag

__all__ = ["SUMMARY_KEYS", "ImportOptions", "ImportSummary", "Progress", "import_register"]

SUMMARY_KEYS = ("rows_read", "kept", "created", "updated", "unchanged", "flagged", "skipped")
MAX_REPORTED = 1000  # malformed lines kept for the report (all are counted)
_PART_FILE = re.compile(r"part\d+_\d+", re.IGNORECASE)
_PROGRESS_EVERY = 20_000

Progress = Callable[[int, int], None]  # (bytes read, bytes in all)


@dataclass(frozen=True)
class ImportOptions:
    """What to keep, and how often to commit.

    ``batch_size``: companies per transaction; ``checkpoint_rows``: rows read between two
    commits of progress even when nothing was kept (how much a crash makes re-read)."""

    area: Area = field(default_factory=Area)
    include_music: bool = False
    as_of: dt.date | None = None
    batch_size: int = 500
    checkpoint_rows: int = 200_000
    restart: bool = False


@dataclass
class ImportSummary:
    source: str
    as_of: dt.date
    area: str
    whole_snapshot: bool
    counts: dict[str, int]
    malformed: list[LineError]
    flagged: list[tuple[str, str, list[RegisterFlag]]]  # number, registered name, flags
    marked: list[tuple[str, str, str]]  # number, registered name, why it left
    resumed_from_line: int | None = None

    def as_json(self) -> dict[str, int]:
        """The summary's one JSON object: ``SUMMARY_KEYS`` and nothing else."""
        return {key: self.counts[key] for key in SUMMARY_KEYS}


@dataclass
class _Pending:
    record: RegisterRecord
    left: str | None = None  # why a company kept before is not kept now


class _Run:
    """One pass over a snapshot; the counts are the import's, committed with each batch."""

    def __init__(self, store: Store, path: Path, options: ImportOptions, state: RegisterImportRow) -> None:
        self.store, self.path, self.options = store, path, options
        self.import_id = state.id
        self.lines_done = state.lines_done
        self.counts: dict[str, Any] = dict(state.counts)
        self.context = RuleContext(options.area, options.include_music, as_of_for(path, options.as_of))
        self.pending: list[_Pending] = []
        self.registered: dict[str, str] = {}  # number -> profile id, kept by an import before
        self.claimed: dict[str, str] = {}  # number -> profile id, written by members
        self.seen: dict[str, int] = {}  # number -> line, for duplicates

    # -- reading ------------------------------------------------------------------------
    def read(self, snapshot: Snapshot, progress: Progress | None) -> None:
        columns = Columns.from_header(snapshot.header, snapshot.name)
        wanted = self.context.wanted_codes
        sic_positions, number_at, width = sic_cells(columns), columns["CompanyNumber"], columns.width
        known = self.registered
        reader = csv.reader(snapshot.rows)
        base, last, since_commit = self.lines_done, 0, 0
        counts = self.counts
        for row in _rows(reader):
            line, last = base + last + 1, reader.line_num
            if row is None:  # the csv module could not split it (a field over its size limit...)
                counts["rows_read"] += 1
                self._malformed(LineError(line, "", "not a CSV row the reader can split"))
                continue
            if not row:
                continue  # a blank line is no row
            counts["rows_read"] += 1
            since_commit += 1
            if counts["rows_read"] % _PROGRESS_EVERY == 0 and progress is not None:
                progress(snapshot.position(), snapshot.size)
            if len(row) != width:
                self._malformed(LineError(line, "", f"{len(row)} cells where the header has {width}"))
                continue
            number = row[number_at]
            if len(number) != 8:
                number = normalise_number(number)
            if number not in known and not any(row[p].lstrip()[:5] in wanted for p in sic_positions):
                counts["skipped"] += 1
            else:
                self._judge(row, columns, line, number in known)
            if len(self.pending) >= self.options.batch_size or since_commit >= self.options.checkpoint_rows:
                self.flush(base + last)
                since_commit = 0
        self.flush(base + last)
        if progress is not None:
            progress(snapshot.size, snapshot.size)

    def _judge(self, row: list[str], columns: Columns, line: int, known: bool) -> None:
        try:
            record = read_record(row, columns, line)
        except Malformed as problem:
            self._malformed(LineError(line, problem.column, problem.message))
            return
        reason = why_not_kept(record, self.context)
        if reason is not None and not known:
            self.counts["skipped"] += 1
            return
        # Only companies written are remembered, so memory follows the companies kept, not the rows.
        first = self.seen.setdefault(record.number, line)
        if first != line:
            self._malformed(LineError(line, "CompanyNumber", f"company {record.number} is already on line {first}"))
            return
        self.pending.append(_Pending(record, reason))

    def _malformed(self, problem: LineError) -> None:
        self.counts["skipped"] += 1
        self.counts["malformed"] += 1
        if len(self.counts["malformed_lines"]) < MAX_REPORTED:
            self.counts["malformed_lines"].append([problem.line, problem.field, problem.message])

    # -- writing ------------------------------------------------------------------------
    def flush(self, lines_done: int) -> None:
        """Commit the pending companies and the progress so far, in one transaction."""
        counts = json.loads(json.dumps(self.counts))  # adopted only once committed
        with self.store.writing() as session:
            profiles = self._write_pending(session, counts)
            self.store.save_in(session, profiles)
            self._save_state(session, lines_done, counts)
        self.counts.clear()
        self.counts.update(counts)  # in place: the reading loop holds it
        self.lines_done, self.pending = lines_done, []

    def _write_pending(self, session: Session, counts: dict[str, Any]) -> list[Profile]:
        numbers = [p.record.number for p in self.pending]
        rows = {r.number: r for r in session.scalars(
            select(RegisterCompanyRow).where(RegisterCompanyRow.number.in_(numbers)))} if numbers else {}
        ids = {n: rows[n].profile_id if n in rows else self.claimed.get(n) for n in numbers}
        existing = _load(session, [i for i in ids.values() if i])
        changed: list[Profile] = []
        for pending in self.pending:
            record, number = pending.record, pending.record.number
            old = existing.get(ids[number] or "")
            old_facts = old.company.companies_house if old is not None and old.company else None
            facts = self._facts(record, old_facts)
            if pending.left is None:
                new = merge_register(old, number, facts)
                outcome = "created" if old is None else "unchanged" if new == old else "updated"
                counts["kept"] += 1
                counts["flagged"] += bool(facts.flags)
                counts[outcome] += 1
            else:
                counts["skipped"] += 1
                if old is None or old_facts is None:
                    continue
                new, outcome = mark_left(old, pending.left, self.context.as_of, facts), "left"
                counts["marked"] += old_facts.left is None
            if new != old:
                changed.append(new)
            session.merge(RegisterCompanyRow(number=number, profile_id=new.id, last_import=self.import_id,
                                             outcome=outcome))
        return changed

    def _facts(self, record: RegisterRecord, old: RegisterFacts | None) -> RegisterFacts:
        bare = record.facts([])
        cluster = cluster_reason(old.flags) if old is not None else None  # the final pass owns it
        return record.facts(flags_for(bare, self.context.as_of, cluster))

    def _save_state(self, session: Session, lines_done: int, counts: dict[str, Any]) -> None:
        state = session.get(RegisterImportRow, self.import_id)
        assert state is not None
        state.lines_done, state.counts, state.updated_at = lines_done, counts, utcnow()

    def finish(self, whole: bool) -> tuple[list[tuple[str, str, list[RegisterFlag]]], list[tuple[str, str, str]]]:
        """Address clusters, the companies this snapshot no longer holds, and the import closed."""
        counts = json.loads(json.dumps(self.counts))
        flagged: list[tuple[str, str, list[RegisterFlag]]] = []
        marked: list[tuple[str, str, str]] = []
        with self.store.writing() as session:
            rows = list(session.scalars(select(RegisterCompanyRow)))
            profiles = _load(session, [r.profile_id for r in rows])
            mine = [r for r in rows if r.last_import == self.import_id and r.profile_id in profiles]
            kept = [(r, profiles[r.profile_id]) for r in mine if r.outcome != "left"]
            clusters = address_clusters((r.number, _register(p)) for r, p in kept)
            changed = []
            for row, profile in kept:
                facts = _register(profile)
                bare = facts.model_copy(update={"flags": []})
                flags = flags_for(bare, self.context.as_of, clusters.get(row.number))
                if flags != facts.flags:
                    profile = merge_register(profile, row.number, facts.model_copy(update={"flags": flags}))
                    changed.append(profile)
                    counts["flagged"] += bool(flags) - bool(facts.flags)
                    if row.outcome == "unchanged":
                        counts["unchanged"] -= 1
                        counts["updated"] += 1
                        row.outcome = "updated"
                if flags:
                    flagged.append((row.number, _register(profile).name, flags))
            for row in rows:
                stored = profiles.get(row.profile_id)
                held = stored.company.companies_house if stored is not None and stored.company else None
                if stored is None or held is None:
                    continue
                profile, facts = stored, held
                if whole and row.last_import != self.import_id and facts.left is None:
                    reason = f"not in the register snapshot of {self.context.as_of.isoformat()}"
                    changed.append(mark_left(profile, reason, self.context.as_of))
                    counts["marked"] += 1
                    row.last_import, row.outcome = self.import_id, "left"
                    marked.append((row.number, facts.name, reason))
                elif row.last_import == self.import_id and row.outcome == "left" and facts.left is not None:
                    marked.append((row.number, facts.name, facts.left.reason))
            self.store.save_in(session, changed)
            state = session.get(RegisterImportRow, self.import_id)
            assert state is not None
            state.counts, state.status, state.finished_at = counts, "done", utcnow()
        self.counts = counts
        return flagged, marked


def import_register(store: Store, path: Path | str, options: ImportOptions | None = None,
                    progress: Progress | None = None) -> ImportSummary:
    """Import a snapshot (CSV, or the zip it is published in) into ``store``; resumes an
    unfinished import of the same file with the same options."""
    path, options = Path(path), options or ImportOptions()
    as_of = as_of_for(path, options.as_of)
    settings = {"area": options.area.as_option(), "include_music": options.include_music, "as_of": as_of.isoformat()}
    state, resumed = start_import(store, path, settings, options.restart)
    run = _Run(store, path, options, state)
    run.registered, run.claimed = known_numbers(store)
    with open_snapshot(path, skip_lines=state.lines_done - 1) as snapshot:
        run.read(snapshot, progress)
    whole = not _PART_FILE.search(path.name)
    flagged, marked = run.finish(whole)
    counts = run.counts
    return ImportSummary(
        source=str(path), as_of=run.context.as_of, area=options.area.describe(), whole_snapshot=whole,
        counts={k: int(v) for k, v in counts.items() if isinstance(v, int)},
        malformed=[LineError(*item) for item in counts["malformed_lines"]],
        flagged=flagged, marked=marked, resumed_from_line=resumed)


def _rows(reader: Iterator[list[str]]) -> Iterator[list[str] | None]:
    """The reader's rows, with None for one it cannot split (and carrying on after it)."""
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error:
            yield None


def _load(session: Session, ids: list[str]) -> dict[str, Profile]:
    if not ids:
        return {}
    rows = session.scalars(select(ProfileRow).where(ProfileRow.id.in_(list(dict.fromkeys(ids)))))
    return {row.id: Profile.model_validate(row.data) for row in rows}


def _register(profile: Profile) -> RegisterFacts:
    assert profile.company is not None and profile.company.companies_house is not None, profile.id
    return profile.company.companies_house
