"""Bulk import: JSONL or CSV as the body (by Content-Type) or as a multipart file.

All-or-nothing by default: one invalid line stores nothing and the 422 lists every line and
field at fault; ``?skip_invalid=true`` stores the valid ones and lists what it skipped.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException

from matcher.errors import InvalidInput
from matcher.importers import ParsedFile, parse_csv, parse_jsonl
from service.deps import AdminCaller, RuntimeDep
from service.errors import UnsupportedMediaType
from service.schemas.profiles import ImportResult, LineProblem

__all__ = ["IMPORT_PATH", "parsed_body", "router"]

IMPORT_PATH = "/api/profiles/import"  # its own body limit (settings.max_import_bytes)
_JSONL = {"application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json-lines"}
_CSV = {"text/csv", "application/csv"}

router = APIRouter(prefix="/profiles", tags=["profiles"])


@router.post("/import", response_model=ImportResult, summary="Import many profiles (JSONL or CSV)",
             openapi_extra={"requestBody": {"content": {
                 "application/x-ndjson": {"schema": {"type": "string"}},
                 "text/csv": {"schema": {"type": "string"}},
                 "multipart/form-data": {"schema": {"type": "object", "properties": {
                     "file": {"type": "string", "format": "binary"}}}}}}})
async def import_profiles(request: Request, _caller: AdminCaller, runtime: RuntimeDep,
                          skip_invalid: bool = False) -> ImportResult:
    parsed = await parsed_body(request)
    parsed.ensure_not_empty()
    report = await run_in_threadpool(runtime.engine.import_parsed, parsed, skip_invalid)
    return ImportResult(imported=report.imported, created=report.created, updated=report.updated,
                        skipped=[LineProblem(line=e.line, field=e.field, message=e.message) for e in report.skipped])


async def parsed_body(request: Request) -> ParsedFile:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "multipart/form-data":
        return await _parsed_upload(request)
    if media in _JSONL or media in _CSV:
        return await run_in_threadpool(_parse, _text(await request.body()), media in _CSV)
    raise UnsupportedMediaType(
        f"cannot import '{media or 'no content type'}': send application/x-ndjson (JSONL), text/csv, "
        "or a multipart/form-data file field named 'file'")


async def _parsed_upload(request: Request) -> ParsedFile:
    try:
        form = await request.form(max_files=1, max_fields=5)
    except (MultiPartException, HTTPException) as error:  # too many fields or files, a broken body
        why = getattr(error, "detail", None) or getattr(error, "message", error)
        raise InvalidInput(f"the upload cannot be read: {why} (send one multipart file field named 'file')") from None
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise InvalidInput("file: is required (a multipart file field named 'file')")
        name = (upload.filename or "").lower()
        media = (upload.content_type or "").split(";")[0].strip().lower()
        is_csv = name.endswith(".csv") or media in _CSV
        return await run_in_threadpool(_parse, _text(await upload.read()), is_csv)
    finally:
        await form.close()


def _parse(text: str, is_csv: bool) -> ParsedFile:
    return parse_csv(text) if is_csv else parse_jsonl(text)


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput("the import is not UTF-8 text") from None
