"""The public API is importable from ``matcher`` and importing the package costs nothing."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_the_public_names_are_the_modules_own_objects():
    import matcher
    from matcher import Engine, Filters, Query, parse_brief, search_many
    from matcher.briefs.parser import parse_brief as parser_parse_brief
    from matcher.engine import Engine as EngineClass
    from matcher.filters import Filters as FiltersClass
    from matcher.search import Query as QueryClass
    from matcher.search import search_many as search_many_function

    assert sorted(matcher.__all__) == ["Engine", "Filters", "Query", "parse_brief", "search_many"]
    assert (Engine, Filters, Query, parse_brief, search_many) == (
        EngineClass, FiltersClass, QueryClass, parser_parse_brief, search_many_function)
    assert set(matcher.__all__) <= set(dir(matcher))
    with pytest.raises(AttributeError, match="no attribute 'Engin'"):
        matcher.Engin  # noqa: B018


def test_import_matcher_loads_none_of_the_heavy_modules():
    code = ("import sys, matcher; heavy = {'numpy', 'faiss', 'onnxruntime', 'sqlalchemy', 'matcher.engine'}; "
            "print(sorted(heavy & set(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]"
