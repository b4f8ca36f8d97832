"""A database error is logged without the statement's parameters: a profile PostgreSQL refuses
(here a NUL character, which only reaches the store past every check at the boundary) leaves
its name, email and phone out of the log."""

from __future__ import annotations

import logging
import uuid

import pytest

from matcher.store import Store
from models.profile import Contact, Profile
from tests.service_fixtures import fresh_database

NAME, EMAIL, PHONE = "Perpetua Quenby-Rask", "perpetua.qr@example.org", "07700 900777"


@pytest.mark.postgres
def test_a_profile_postgresql_refuses_leaves_no_personal_data_in_the_log(tmp_path):
    database = fresh_database("postgresql")
    log_path = tmp_path / "server.log"
    handler = logging.FileHandler(log_path)
    service_log = logging.getLogger("service")
    service_log.addHandler(handler)
    logging.getLogger("sqlalchemy").addHandler(handler)
    store = Store(database.url)
    try:
        # model_construct: past validation, as a bug in some future path might let it through
        profile = Profile.model_construct(id=f"fl-{uuid.uuid4().hex[:8]}", kind="freelancer", visibility="staff",
                                          name=NAME + "\x00", contact=Contact(email=EMAIL, phone=PHONE))
        with pytest.raises(Exception) as refused:
            store.save([profile])
        service_log.error("unexpected error on POST /api/profiles", exc_info=refused.value)  # as service.errors does
    finally:
        service_log.removeHandler(handler)
        logging.getLogger("sqlalchemy").removeHandler(handler)
        handler.close()
        store.engine.dispose()
        database.drop()
    log = log_path.read_text()
    assert "unexpected error" in log and "INSERT INTO profiles" in log  # the error is logged...
    for personal in (NAME, "Quenby", EMAIL, PHONE):
        assert personal not in log  # ...without what was being written
