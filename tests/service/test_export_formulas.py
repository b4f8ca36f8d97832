"""CSV cells a spreadsheet would run as a formula are defused, at the start of a cell and after a
separator a spreadsheet may split on (";", ",", tab, "|"); ordinary text and numbers are kept."""

from __future__ import annotations

import pytest

from service.export import _cell

CASES = [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),     # at the start
    ("Smith;=cmd|' /C calc'!A0", "Smith;'=cmd|' /C calc'!A0"),    # after ";" (issue 17)
    ("Smith, +SUM(A1)", "Smith, '+SUM(A1)"),                      # after ","
    ("note\t@risk", "note\t'@risk"),                               # after a tab
    ("a; -cmd", "a; '-cmd"),                                       # a minus before a word
    ("Leek, -2.02", "Leek, -2.02"),                                # non-example: a negative number
    ("Gaffer; Spark", "Gaffer; Spark"),                            # non-example: a list
    ("Rates £300-£350", "Rates £300-£350"),                        # non-example: a range
]


@pytest.mark.parametrize(("text", "written"), CASES)
def test_a_formula_anywhere_a_cell_may_start_is_defused(text, written):
    assert _cell(text) == written
