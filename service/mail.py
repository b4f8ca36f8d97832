"""Sending the film office's email: through an SMTP server, or into an outbox folder.

``create_mailer(settings)`` picks the backend: with ``MATCHER_SMTP_HOST`` set, messages go
to that server (STARTTLS on 587 by default, implicit TLS with ``MATCHER_SMTP_SECURITY=ssl``,
plain for a relay on the machine with ``none``; a login when a username is set). Without one
they are written to the outbox folder as ``.eml`` files that any mail program opens, and the
page says so: nothing is sent and nothing is lost.

A batch goes through one SMTP connection. One refused recipient does not stop the others:
each message reports its own outcome.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import smtplib
import ssl
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from service.settings import ServiceSettings

__all__ = ["Delivery", "Mailer", "OutboxMailer", "SmtpMailer", "create_mailer"]

log = logging.getLogger("service.mail")


@dataclass(frozen=True)
class Delivery:
    delivered: bool
    error: str | None = None


class Mailer(Protocol):
    transport: str  # "smtp" | "outbox"

    def describe(self) -> str:
        """Where messages go, for the film office's page."""

    def send(self, messages: Sequence[EmailMessage]) -> list[Delivery]:
        """Send each message; one outcome per message, in order."""


class SmtpMailer:
    transport = "smtp"

    def __init__(self, host: str, port: int, security: str, username: str | None, password: str | None,
                 timeout: float) -> None:
        self.host, self.port, self.security = host, port, security
        self.username, self.password, self.timeout = username, password, timeout

    def describe(self) -> str:
        return f"sent through the SMTP server {self.host}:{self.port}"

    def send(self, messages: Sequence[EmailMessage]) -> list[Delivery]:
        if not messages:
            return []
        try:
            client = self._connect()
        except (OSError, smtplib.SMTPException) as error:
            reason = f"the SMTP server {self.host}:{self.port} could not be reached ({_short(error)})"
            log.warning("%s", reason)
            return [Delivery(False, reason) for _ in messages]
        outcomes = []
        with client:
            for message in messages:
                try:
                    refused = client.send_message(message)
                    outcomes.append(Delivery(not refused, f"refused: {_short(refused)}" if refused else None))
                except smtplib.SMTPException as error:
                    outcomes.append(Delivery(False, f"the SMTP server refused it ({_short(error)})"))
        return outcomes

    def _connect(self) -> smtplib.SMTP:
        context = ssl.create_default_context()
        if self.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
        else:
            client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            if self.security == "starttls":
                client.starttls(context=context)
        if self.username:
            client.login(self.username, self.password or "")
        return client


class OutboxMailer:
    """Each message becomes one ``.eml`` file, written whole or not at all."""

    transport = "outbox"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def describe(self) -> str:
        return f"not sent: no SMTP server is configured, so messages are written to the outbox folder {self.folder}"

    def send(self, messages: Sequence[EmailMessage]) -> list[Delivery]:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return [Delivery(False, f"the outbox folder cannot be written ({_short(error)})") for _ in messages]
        outcomes = []
        for message in messages:
            # Named by time first, so a folder listing reads oldest to newest.
            target = self.folder / f"{dt.datetime.now(dt.UTC):%Y%m%d-%H%M%S-%f}-{uuid.uuid4().hex[:8]}.eml"
            partial = target.with_suffix(".eml.part")
            try:
                partial.write_bytes(bytes(message))
                os.replace(partial, target)
                outcomes.append(Delivery(True))
            except OSError as error:
                outcomes.append(Delivery(False, f"the outbox folder cannot be written ({_short(error)})"))
        return outcomes


def create_mailer(settings: ServiceSettings) -> Mailer:
    if settings.smtp_host:
        password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
        return SmtpMailer(settings.smtp_host, settings.smtp_port, settings.smtp_security, settings.smtp_username,
                          password, settings.smtp_timeout)
    return OutboxMailer(settings.resolved_outbox_dir)


def _short(error: object) -> str:
    return str(error)[:200] or error.__class__.__name__
