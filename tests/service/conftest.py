"""Fixtures of the service tests that several folders share."""

from tests.service.routes.evidence_service import evidence_service  # noqa: F401  (a fixture)
