"""Fixtures of the service tests that need mail: a real SMTP server (aiosmtpd) on a free port,
and a running ``matcher serve`` that sends availability checks through it."""

from __future__ import annotations

import email
import email.policy
import threading
import time
from collections.abc import Iterator
from email.message import EmailMessage

import pytest

from tests.service.routes.evidence_service import evidence_service  # noqa: F401  (a fixture: the sector map's server)
from tests.service_fixtures import Service, free_port, fresh_database, make_service

LINK_SECRET = "test-availability-link-secret"  # the test can sign a link as the server does


class SmtpServer:
    """aiosmtpd in a thread: every message it accepts, parsed, in order."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.messages: list[EmailMessage] = []
        self._arrived = threading.Condition()
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_DATA(self, server, session, envelope) -> str:
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self._arrived:
            self.messages.append(parsed)
            self._arrived.notify_all()
        return "250 Message accepted for delivery"

    def wait_for(self, count: int, timeout: float = 30) -> list[EmailMessage]:
        deadline = time.monotonic() + timeout
        with self._arrived:
            while len(self.messages) < count and time.monotonic() < deadline:
                self._arrived.wait(timeout=0.5)
            assert len(self.messages) >= count, f"{len(self.messages)} messages arrived, expected {count}"
            return list(self.messages)

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if address in str(m["To"])]


@pytest.fixture(scope="session")
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.controller.start()
    yield server
    server.controller.stop()


@pytest.fixture
def free_port_number() -> int:
    return free_port()


@pytest.fixture(scope="session")
def mail_service(tmp_path_factory, smtp_server, demo_slice_profiles, demo_slice_index) -> Iterator[Service]:
    """A running server over the demo slice (SQLite) that sends mail through ``smtp_server``."""
    env = {"MATCHER_SMTP_HOST": "127.0.0.1", "MATCHER_SMTP_PORT": str(smtp_server.port),
           "MATCHER_SMTP_SECURITY": "none", "MATCHER_MAIL_FROM": "Film office <film-office@example.org>",
           "MATCHER_AVAILABILITY_LINK_SECRET": LINK_SECRET}
    database = fresh_database("sqlite")
    running = make_service(tmp_path_factory.mktemp("mail-service"), database, demo_slice_profiles,
                           demo_slice_index, env=env)
    yield running
    running.close()
    running.server.stop()
    database.drop()
