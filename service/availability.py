"""Availability checks: staff ask the people on a shortlist whether they are free over the
shoot dates, by email, and each answers through a personal link, without an account.

The link:
- carries only the check's id, signed with a key of the service (``itsdangerous``, with a
  salt of its own, so no other signed value of the service can pass for an answer link);
- expires (``MATCHER_AVAILABILITY_LINK_TTL``, 14 days by default: the signature's age);
- answers once: the answer is written by a conditional UPDATE (``answered_at IS NULL``), so
  of two answers sent at once exactly one is taken; a newer check to the same person for the
  same shortlist retires the older link;
- shows nothing but the production's name the office chose and the shoot dates.

The answer (available, not available, or partly with the days they are free) sets their
status on the shortlist (available / declined / available) and, only if they tick the box,
writes the dates into their diary through the engine, so the database's change log and the
index follow as for every other write.
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from typing import Literal

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from matcher.engine import Engine
from matcher.errors import InvalidInput, MatcherError, NotFound
from matcher.store import Store
from matcher.store.office import AvailabilityCheckRow, SecretRow
from matcher.store.tables import utcnow
from service.diary import mark
from service.formats import uk_date, uk_range
from service.keys import as_utc
from service.mail import Mailer
from service.settings import ServiceSettings
from service.shortlists import ShortlistBook, StoredShortlist

__all__ = ["ANSWERS", "MAX_RECIPIENTS", "AnswerLinks", "AvailabilityDesk", "CheckSent", "LinkRefused", "OpenCheck"]

ANSWERS = ("available", "unavailable", "partly")
STATUS_OF_ANSWER = {"available": "available", "unavailable": "declined", "partly": "available"}
MAX_RECIPIENTS = 100  # checks sent by one request
_SALT = "smic-matcher/availability-answer/v1"
_SECRET_NAME = "availability-links"

Answer = Literal["available", "unavailable", "partly"]


class LinkRefused(MatcherError):
    """An answer link that cannot be used: ``reason`` is expired, invalid, answered or replaced."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class OpenCheck:
    """What the answer page may show: the production's name and the shoot dates, nothing else."""

    production: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class CheckSent:
    profile_id: str
    outcome: Literal["sent", "outbox", "skipped", "failed"]
    detail: str


class AnswerLinks:
    """Signs a check id into a URL-safe token and reads it back, refusing old or altered ones."""

    def __init__(self, secret: str, ttl: dt.timedelta) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt=_SALT)
        self.ttl = ttl

    def make(self, check_id: str) -> str:
        return self._serializer.dumps({"check": check_id})

    def read(self, token: str) -> str:
        if len(token) > 500:
            raise LinkRefused("invalid", "this link is not a valid answer link")
        try:
            payload = self._serializer.loads(token, max_age=int(self.ttl.total_seconds()))
        except SignatureExpired:
            raise LinkRefused("expired", "this link has expired: ask the film office for a new one") from None
        except BadSignature:
            raise LinkRefused("invalid", "this link is not a valid answer link: check it was copied whole") from None
        if not isinstance(payload, dict) or not isinstance(payload.get("check"), str):
            raise LinkRefused("invalid", "this link is not a valid answer link")
        return payload["check"]

    @staticmethod
    def secret_from(settings: ServiceSettings, store: Store) -> str:
        """The configured key, else one made once and kept in the database for every process."""
        if settings.availability_link_secret is not None:
            return settings.availability_link_secret.get_secret_value()
        with store.session() as session:
            row = session.get(SecretRow, _SECRET_NAME)
            if row is not None:
                return row.value
        try:
            with store.session() as session:
                session.add(SecretRow(name=_SECRET_NAME, value=secrets.token_urlsafe(48)))
        except IntegrityError:  # another process made it first: use theirs
            pass
        with store.session() as session:
            return session.get(SecretRow, _SECRET_NAME).value


class AvailabilityDesk:
    def __init__(self, engine: Engine, book: ShortlistBook, mailer: Mailer, links: AnswerLinks,
                 settings: ServiceSettings) -> None:
        self.engine, self.store, self.book = engine, engine.store, book
        self.mailer, self.links, self.settings = mailer, links, settings

    # -- asking ----------------------------------------------------------------------------
    def send(self, shortlist: StoredShortlist, profile_ids: Sequence[str] | None, message: str | None,
             sent_by: str, base_url: str, dates: tuple[dt.date, dt.date] | None = None) -> list[CheckSent]:
        """Email a check to these people on the shortlist (default: everyone still 'suggested').

        The shoot dates are ``dates`` if given, else the shortlist's brief's."""
        start, end = dates or _shoot_dates(shortlist)
        if end < start:
            raise InvalidInput(f"the shoot dates end ({uk_date(end)}) before they start ({uk_date(start)})")
        on_list = {i["profile_id"]: i for i in shortlist.items}
        if profile_ids is None:
            profile_ids = [pid for pid, item in on_list.items() if item.get("status", "suggested") == "suggested"]
        missing = [pid for pid in profile_ids if pid not in on_list]
        if missing:
            raise InvalidInput(f"profile_ids: '{missing[0]}' is not on this shortlist")
        profile_ids = list(dict.fromkeys(profile_ids))
        if len(profile_ids) > MAX_RECIPIENTS:
            raise InvalidInput(f"profile_ids: at most {MAX_RECIPIENTS} people at once; this asks {len(profile_ids)}")
        profiles = self.store.get_many(profile_ids)
        results: dict[str, CheckSent] = {}
        outgoing: list[tuple[str, str, EmailMessage]] = []
        now = utcnow()
        for pid in profile_ids:
            profile = profiles.get(pid)
            email = profile.contact.email if profile and profile.contact else None
            if profile is None:
                results[pid] = CheckSent(pid, "skipped", "the profile no longer exists")
                continue
            if not email:
                results[pid] = CheckSent(pid, "skipped", "no email address on the profile: call them instead")
                continue
            check_id = str(uuid.uuid4())
            need = on_list[pid].get("need")
            with self.store.session() as session:
                session.execute(update(AvailabilityCheckRow)
                                .where(AvailabilityCheckRow.shortlist_id == shortlist.id,
                                       AvailabilityCheckRow.profile_id == pid,
                                       AvailabilityCheckRow.answered_at.is_(None),
                                       AvailabilityCheckRow.superseded_at.is_(None))
                                .values(superseded_at=now))
                session.add(AvailabilityCheckRow(
                    id=check_id, shortlist_id=shortlist.id, profile_id=pid, email=email,
                    production=shortlist.production, need=need, start=start, end=end, sent_by=sent_by,
                    sent_at=now, expires_at=now + self.links.ttl, transport=self.mailer.transport))
            link = f"{base_url.rstrip('/')}/availability/{self.links.make(check_id)}"
            outgoing.append((pid, check_id, self._message(profile.name, email, shortlist.production, need,
                                                          start, end, link, message, now + self.links.ttl)))
        deliveries = self.mailer.send([m for _, _, m in outgoing])
        asked = {}
        with self.store.session() as session:
            for (pid, check_id, _), delivery in zip(outgoing, deliveries, strict=True):
                row = session.get(AvailabilityCheckRow, check_id)
                row.delivered, row.error = delivery.delivered, delivery.error
                if delivery.delivered:
                    asked[pid] = "asked"
                    outcome = "sent" if self.mailer.transport == "smtp" else "outbox"
                    results[pid] = CheckSent(pid, outcome, "sent" if outcome == "sent" else "written to the outbox")
                else:
                    results[pid] = CheckSent(pid, "failed", delivery.error or "not delivered")
        if asked:
            self.book.set_statuses(shortlist.id, asked)
        return [results[pid] for pid in profile_ids]

    def checks(self, shortlist_id: str) -> dict[str, AvailabilityCheckRow]:
        """The latest check of each person on a shortlist."""
        latest: dict[str, AvailabilityCheckRow] = {}
        with self.store.session() as session:
            rows = session.scalars(select(AvailabilityCheckRow)
                                   .where(AvailabilityCheckRow.shortlist_id == shortlist_id)
                                   .order_by(AvailabilityCheckRow.sent_at, AvailabilityCheckRow.id))
            for row in rows:
                latest[row.profile_id] = row
        return latest

    # -- answering -------------------------------------------------------------------------
    def open(self, token: str) -> OpenCheck:
        """The check behind a link, if the link may still be answered."""
        row = self._usable(self.links.read(token))
        return OpenCheck(row.production, row.start, row.end)

    def answer(self, token: str, answer: Answer, note: str | None, free: tuple[dt.date, dt.date] | None,
               update_diary: bool) -> tuple[OpenCheck, bool]:
        """Take the answer (once); returns the check and whether the diary was updated."""
        if answer not in ANSWERS:
            raise InvalidInput("answer: choose available, not available or partly")
        check_id = self.links.read(token)
        row = self._usable(check_id)
        if answer == "partly" and free is not None:
            if free[1] < free[0]:
                raise InvalidInput("the days you are free end before they start")
            if free[0] < row.start or free[1] > row.end:
                raise InvalidInput(f"the days you are free must fall within the shoot, {uk_range(row.start, row.end)}")
        free = free if answer == "partly" else None
        with self.store.session() as session:
            taken = session.execute(
                update(AvailabilityCheckRow)
                .where(AvailabilityCheckRow.id == check_id, AvailabilityCheckRow.answered_at.is_(None),
                       AvailabilityCheckRow.superseded_at.is_(None))
                .values(answered_at=utcnow(), answer=answer, note=note or None,
                        free_start=free[0] if free else None, free_end=free[1] if free else None)).rowcount
        if taken != 1:
            self._usable(check_id)  # says why: answered or replaced a moment ago
            raise LinkRefused("answered", "this link has already been used to answer")
        with suppress(NotFound):  # the shortlist was deleted meanwhile: the answer is kept with the check
            self.book.set_statuses(row.shortlist_id, {row.profile_id: STATUS_OF_ANSWER[answer]})
        diary = update_diary and self._write_diary(row, answer, free)
        if diary:
            with self.store.session() as session:
                session.get(AvailabilityCheckRow, check_id).diary_updated = True
        return OpenCheck(row.production, row.start, row.end), diary

    # -- internals -------------------------------------------------------------------------
    def _usable(self, check_id: str) -> AvailabilityCheckRow:
        with self.store.session() as session:
            row = session.get(AvailabilityCheckRow, check_id)
        if row is None:
            raise LinkRefused("invalid", "this link is no longer valid: ask the film office for a new one")
        if row.answered_at is not None:
            when = as_utc(row.answered_at)
            raise LinkRefused("answered", f"this link was already used to answer, on {uk_date(when.date())} "
                                          f"at {when:%H:%M} UTC")
        if row.superseded_at is not None:
            raise LinkRefused("replaced", "the film office has sent you a newer link: please use that one")
        return row

    def _write_diary(self, row: AvailabilityCheckRow, answer: str, free: tuple[dt.date, dt.date] | None) -> bool:
        profile = self.store.get(row.profile_id)
        if profile is None:
            return False
        if answer == "available":
            diary = mark(profile.availability, row.start, row.end, "available")
        elif answer == "unavailable":
            diary = mark(profile.availability, row.start, row.end, "booked")
        elif free is not None:
            diary = mark(profile.availability, free[0], free[1], "available")
        else:
            return False  # partly, without saying which days: nothing certain to write
        self.engine.save_profiles([profile.model_copy(update={"availability": diary})], mode="update")
        return True

    def _message(self, name: str, email: str, production: str, need: str | None, start: dt.date, end: dt.date,
                 link: str, note: str | None, expires: dt.datetime) -> EmailMessage:
        message = EmailMessage()
        message["Subject"] = f"Are you free for {production}, {uk_range(start, end)}?"
        message["From"] = self.settings.mail_from
        message["To"] = formataddr((name, email))
        if self.settings.mail_reply_to:
            message["Reply-To"] = self.settings.mail_reply_to
        message["Date"] = formatdate(localtime=False)
        message["Message-ID"] = make_msgid(domain="smic-matcher")
        role = f" as {need}" if need and not need.startswith("Search:") else ""
        lines = [f"Hello {name},", "",
                 f"The film office is putting together the crew for {production}, shooting "
                 f"{uk_range(start, end)}, and would like to know if you are free{role}.", ""]
        if note:
            lines += [note, ""]
        lines += ["Please answer here (no account needed; it takes a minute):", link, "",
                  f"The link is yours alone and works once, until {uk_date(expires.date())}. You can also say "
                  "whether to update your diary on the cluster's matcher.", "",
                  "Staffordshire Moving Image Cluster film office"]
        message.set_content("\n".join(lines))
        return message


def _shoot_dates(shortlist: StoredShortlist) -> tuple[dt.date, dt.date]:
    dates = (shortlist.brief or {}).get("dates")
    if not dates:
        raise InvalidInput("this shortlist's brief has no shoot dates: give the dates to ask about")
    return dt.date.fromisoformat(dates["start"]), dt.date.fromisoformat(dates["end"])
