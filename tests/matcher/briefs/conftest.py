"""What the parser's tests share: reading a brief with the real model on the test module's day."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from matcher.briefs.parser import parse_brief
from models.brief import Brief


@pytest.fixture(scope="module")
def read(encoder, request) -> Callable[[str], Brief]:
    """``read(text)``: the brief as parsed on the module's ``TODAY`` with the real encoder (the
    embedding fallback for unknown roles depends on meaning)."""
    today = request.module.TODAY
    return lambda text: parse_brief(text, today=today, encoder=encoder)
