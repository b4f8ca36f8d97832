"""What a running service holds: the engine (loaded once, in the lifespan), the keys, the
shortlists, the metrics and the thread that keeps the index in step with the database."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from matcher.engine import Engine
from service.availability import AnswerLinks, AvailabilityDesk
from service.catalogue import Catalogue
from service.coworkers import CreditTable
from service.follower import IndexFollower
from service.jobs import ImportJobs
from service.keys import KeyRing
from service.mail import Mailer, create_mailer
from service.metrics import Metrics
from service.ownership import Ownership
from service.roles import Role
from service.settings import ServiceSettings
from service.shortlists import ShortlistBook

__all__ = ["Runtime"]

log = logging.getLogger("service")


@dataclass
class Runtime:
    settings: ServiceSettings
    engine: Engine
    keys: KeyRing
    shortlists: ShortlistBook
    catalogue: Catalogue
    follower: IndexFollower
    metrics: Metrics
    # The film office's working day: member keys' profiles, co-credits, email and answers.
    ownership: Ownership
    credits: CreditTable
    mailer: Mailer
    desk: AvailabilityDesk
    jobs: ImportJobs  # imports through the API, in the background

    @classmethod
    def start(cls, settings: ServiceSettings, metrics: Metrics, engine: Engine | None = None) -> Runtime:
        engine = engine or Engine(settings, catch_up=False)  # answers at once; the follower replays the rest
        engine.encoder.ready()  # the model loads in the background: ready means ready, and a broken one stops the start
        keys = KeyRing(engine.store)
        if settings.admin_key is not None:
            keys.ensure(settings.admin_key.get_secret_value(), "MATCHER_ADMIN_KEY", Role.admin)
        follower = IndexFollower(engine, settings.sync_interval, settings.index_save_interval)
        follower.start()
        log.info("matcher ready: %d profiles in the index, change %d", len(engine.index), engine.index.change_seq)
        shortlists = ShortlistBook(engine.store)
        mailer = create_mailer(settings)
        links = AnswerLinks(AnswerLinks.secret_from(settings, engine.store), settings.availability_link_ttl)
        desk = AvailabilityDesk(engine, shortlists, mailer, links, settings)
        jobs = ImportJobs(engine, settings.import_batch)  # and a job a killed process left "running" is said cut short
        return cls(settings, engine, keys, shortlists, Catalogue(engine.store), follower, metrics,
                   Ownership(engine.store), CreditTable(engine), mailer, desk, jobs)

    def stop(self) -> None:
        self.jobs.stop()
        self.follower.stop()
        self.engine.store.engine.dispose()

    @property
    def database_kind(self) -> str:
        return self.engine.store.engine.dialect.name
