"""Imports of thousands of profiles as background jobs: the request answers at once (202 and a
job id), the import commits batch by batch, and the index follows each batch.

``POST /api/imports`` reads and validates the whole file first (a bad line refuses the file, as
``/api/profiles/import`` does, unless ``skip_invalid``), then hands the profiles to one job
thread per process: imports run one after another, never in the request threads that serve
searches. Each batch of ``BATCH`` profiles is one transaction (profiles and change-log rows,
``Store.save``), then ``Engine.sync`` encodes and indexes it, then the job row records the
progress, so a profile counted as done is stored and findable. A failure stops the job with
what it committed kept and said (``failed``); a shutdown stops it between batches
(``interrupted``). The page and any client poll ``GET /api/jobs/{id}``; jobs are rows
(``matcher.store.jobs``), so every service process answers for every job.

A process killed mid-job (SIGKILL, out of memory: no shutdown runs) leaves its row "running".
Each job records its process ("host:pid"); a job of this host whose process is gone, or whose pid
is now this process's (containers reuse pids) but not one of its jobs, is marked interrupted when
a process starts and whenever the job is read. The batches it committed are whole and indexed
(the restarted index replays them); importing the file again finishes it (upserts).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import select, update

from matcher.engine import Engine
from matcher.errors import NotFound
from matcher.importers import ParsedFile
from matcher.store.jobs import JobRow
from matcher.store.tables import utcnow

__all__ = ["BATCH", "ImportJobs"]

_CUT_SHORT = "the service stopped during the import; what was committed is kept: import the file again to finish it"

BATCH = 200  # profiles per transaction: a few seconds of encoding on two cores
log = logging.getLogger("service")


class ImportJobs:
    def __init__(self, engine: Engine, batch: int = BATCH) -> None:
        self.engine = engine
        self.batch = batch
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-job")
        self._stopping = threading.Event()
        self._mine: set[str] = set()
        self._host, self.owner = socket.gethostname(), f"{socket.gethostname()}:{os.getpid()}"
        self.reap()

    def start(self, parsed: ParsedFile, skipped: list[dict[str, Any]], by: str) -> dict[str, Any]:
        """Record a job for the file's valid profiles and queue it; returns the job as ``get`` does."""
        job_id = str(uuid.uuid4())
        with self.engine.store.session() as session:
            session.add(JobRow(id=job_id, kind="import", status="running", total=len(parsed.profiles), done=0,
                               created=0, updated=0, skipped=skipped, created_by=by, owner=self.owner))
        self._mine.add(job_id)
        self._pool.submit(self._run, job_id, parsed)
        return self.get(job_id)

    def get(self, job_id: str) -> dict[str, Any]:
        with self.engine.store.session() as session:
            row = session.get(JobRow, job_id)
            if row is None:
                raise NotFound(f"no job with id '{job_id}'")
            job = {c.name: getattr(row, c.name) for c in JobRow.__table__.columns}
        if job["status"] == "running" and self._orphaned(job_id, job["owner"]):
            self._finish(job_id, "interrupted", _CUT_SHORT, only_running=True)
            return self.get(job_id)
        return job

    def reap(self) -> int:
        """Mark interrupted the running jobs whose process is gone; returns how many."""
        with self.engine.store.session() as session:
            running = session.execute(select(JobRow.id, JobRow.owner).where(JobRow.status == "running")).all()
        orphans = [job_id for job_id, owner in running if self._orphaned(job_id, owner)]
        for job_id in orphans:
            log.warning("import job %s was cut short by the end of its process; marked interrupted", job_id)
            self._finish(job_id, "interrupted", _CUT_SHORT, only_running=True)
        return len(orphans)

    def _orphaned(self, job_id: str, owner: str | None) -> bool:
        """Whether a running job's process is gone (only a process on the same host can tell)."""
        host, _, pid = (owner or "").rpartition(":")
        if host != self._host or not pid.isdigit():
            return False
        if int(pid) == os.getpid():
            return job_id not in self._mine
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:  # someone else's live process
            return False
        return False

    def stop(self) -> None:
        """Stop between batches; a job cut short says so and keeps what it committed."""
        self._stopping.set()
        self._pool.shutdown(wait=True, cancel_futures=True)
        for job_id in self._mine:
            self._finish(job_id, "interrupted", _CUT_SHORT, only_running=True)

    def _run(self, job_id: str, parsed: ParsedFile) -> None:
        profiles = parsed.profiles
        try:
            for start in range(0, len(profiles), self.batch):
                if self._stopping.is_set():
                    return
                created = self.engine.store.save(profiles[start : start + self.batch])
                self.engine.sync()  # the index follows the batch just committed
                self._advance(job_id, len(created), sum(created))
            self._finish(job_id, "done", None)
        except Exception as error:  # a job's failure is its outcome, reported on the job
            log.exception("import job %s failed", job_id)
            self._finish(job_id, "failed", f"{type(error).__name__}: {error}")

    def _advance(self, job_id: str, stored: int, new: int) -> None:
        with self.engine.store.session() as session:
            session.execute(update(JobRow).where(JobRow.id == job_id).values(
                done=JobRow.done + stored, created=JobRow.created + new, updated=JobRow.updated + stored - new,
                updated_at=utcnow()))

    def _finish(self, job_id: str, status: str, error: str | None, only_running: bool = False) -> None:
        with self.engine.store.session() as session:
            query = update(JobRow).where(JobRow.id == job_id)
            if only_running:
                query = query.where(JobRow.status == "running")
            session.execute(query.values(status=status, error=error, updated_at=utcnow(), finished_at=utcnow()))
