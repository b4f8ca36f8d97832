"""The right to erasure: a profile leaves the database, the index, every shortlist and every
later export at once. The erasure itself is logged with a one-way hash, never the id."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter

from service.deps import AdminCaller, RuntimeDep
from service.schemas.common import Done

__all__ = ["forget_outbox_mail", "router"]

router = APIRouter(prefix="/profiles", tags=["profiles"])


@router.post("/{profile_id}/erase", response_model=Done, summary="Erase a profile (right to erasure)")
def erase_profile(profile_id: str, caller: AdminCaller, runtime: RuntimeDep) -> Done:
    # The database first: from this commit on the profile is not served by anything that
    # reads it (exports and shortlists render from the live rows), and the recorded briefs and
    # change log no longer name them (matcher.store.erasure). The index follows in this
    # process now and in others within one sync interval.
    contact = runtime.engine.profile(profile_id).contact
    runtime.engine.delete(profile_id, erased_by=caller.name)
    if contact is not None and contact.email:  # availability checks written to the outbox folder
        forget_outbox_mail(runtime.settings.resolved_outbox_dir, contact.email)
    shortlists = runtime.shortlists.forget_profile(profile_id)  # and its availability checks
    runtime.ownership.forget_profile(profile_id)
    runtime.follower.save_soon()  # so no saved copy of the index keeps it either
    return Done(id=profile_id, status="erased",
                detail=f"removed from the database, the search index and {shortlists} shortlist(s)")


def forget_outbox_mail(outbox: Path, email: str) -> int:
    """Delete the messages in the outbox folder addressed to ``email``; returns how many."""
    removed = 0
    needle = email.lower().encode()
    for message in outbox.glob("*.eml") if outbox.is_dir() else ():
        if needle in message.read_bytes().lower():
            message.unlink(missing_ok=True)
            removed += 1
    return removed
