"""Sending email: through a real SMTP server started here, or into the outbox folder."""

from __future__ import annotations

import email
from email.message import EmailMessage

from service.mail import OutboxMailer, SmtpMailer


def message(to: str, subject: str = "Are you free?") -> EmailMessage:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "Film office <office@example.org>", to, subject
    m.set_content("Hello, are you free in March?")
    return m


def test_messages_go_through_the_smtp_server_one_connection_for_a_batch(smtp_server):
    mailer = SmtpMailer("127.0.0.1", smtp_server.port, "none", None, None, timeout=10)
    outcomes = mailer.send([message("a@example.org", "one"), message("b@example.org", "two")])
    assert [o.delivered for o in outcomes] == [True, True]
    received = smtp_server.wait_for(2)
    assert [m["To"] for m in received[-2:]] == ["a@example.org", "b@example.org"]
    assert received[-1].get_content().strip() == "Hello, are you free in March?"


def test_an_unreachable_smtp_server_fails_each_message_with_a_reason(free_port_number):
    mailer = SmtpMailer("127.0.0.1", free_port_number, "none", None, None, timeout=3)
    outcomes = mailer.send([message("a@example.org"), message("b@example.org")])
    assert [o.delivered for o in outcomes] == [False, False]
    assert "could not be reached" in outcomes[0].error


def test_without_smtp_each_message_is_an_eml_file_in_the_outbox(tmp_path):
    mailer = OutboxMailer(tmp_path / "outbox")
    assert "outbox" in mailer.describe() and mailer.transport == "outbox"
    outcomes = mailer.send([message("a@example.org", "first"), message("b@example.org", "second")])
    assert all(o.delivered for o in outcomes)
    files = sorted((tmp_path / "outbox").glob("*.eml"))
    assert [email.message_from_bytes(f.read_bytes())["Subject"] for f in files] == ["first", "second"]
    assert not list((tmp_path / "outbox").glob("*.part"))
