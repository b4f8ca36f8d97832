"""Imports as background jobs: ``POST /api/imports`` answers 202 with the job, which the caller
polls at ``GET /api/jobs/{id}`` while the profiles commit batch by batch (``service.jobs``).

The body is what ``/api/profiles/import`` takes (JSONL, CSV or a multipart file) and is read
and validated before the job starts: a file with a bad line is refused whole (422, every line
and field at fault) unless ``?skip_invalid=true``, so a job never half-imports a bad file.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

from matcher.errors import ImportRejected, InvalidInput
from service.deps import AdminCaller, RuntimeDep
from service.keys import as_utc
from service.routes.profile_import import parsed_body
from service.schemas.jobs import JobOut

__all__ = ["IMPORTS_PATH", "router"]

IMPORTS_PATH = "/api/imports"  # the import body limit applies (settings.max_import_bytes)

router = APIRouter(tags=["jobs"])


@router.post("/imports", status_code=202, response_model=JobOut,
             summary="Import many profiles in the background; poll the job it returns",
             openapi_extra={"requestBody": {"content": {
                 "application/x-ndjson": {"schema": {"type": "string"}},
                 "text/csv": {"schema": {"type": "string"}},
                 "multipart/form-data": {"schema": {"type": "object", "properties": {
                     "file": {"type": "string", "format": "binary"}}}}}}})
async def start_import(request: Request, response: Response, caller: AdminCaller, runtime: RuntimeDep,
                       skip_invalid: bool = False) -> JobOut:
    parsed = await parsed_body(request)
    if not parsed.total and not parsed.errors:
        raise InvalidInput("the import is empty: send one profile per JSONL line or CSV row")
    if parsed.errors and not skip_invalid:
        raise ImportRejected(parsed.errors, parsed.total)
    skipped = [{"line": e.line, "field": e.field, "message": e.message} for e in parsed.errors]
    job = runtime.jobs.start(parsed, skipped, caller.name)
    response.headers["Location"] = _url(job["id"])
    return _out(job)


@router.get("/jobs/{job_id}", response_model=JobOut, summary="A background job: status and progress")
def get_job(job_id: str, _caller: AdminCaller, runtime: RuntimeDep) -> JobOut:
    return _out(runtime.jobs.get(job_id))


def _url(job_id: str) -> str:
    return f"/api/jobs/{job_id}"


def _out(job: dict[str, Any]) -> JobOut:
    progress = 1.0 if job["total"] == 0 else job["done"] / job["total"]
    moments = {name: as_utc(job[name]) for name in ("created_at", "updated_at", "finished_at") if name in job}
    return JobOut(**{**job, **moments}, progress=round(progress, 4), url=_url(job["id"]))
