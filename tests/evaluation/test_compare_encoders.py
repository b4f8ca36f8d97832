"""``python -m evaluation.compare_encoders``: two encoders side by side on one split, dense and
full, by family, each model's system tested against the first model's same system."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from evaluation.compare_encoders import compare, main, render

SMALL = Path(__file__).parents[1] / "data" / "eval_small"


def _set(tmp_path):
    (tmp_path / "dev").mkdir()
    for name in ("queries.jsonl", "qrels.tsv"):
        shutil.copy(SMALL / name, tmp_path / "dev" / name)
    shutil.copy(SMALL / "corpus.jsonl", tmp_path / "corpus.jsonl")
    return tmp_path


def test_two_models_are_tabled_side_by_side_for_dense_and_full(tmp_path):
    result = compare(_set(tmp_path), "dev", ["words-a", "words-b"], dt.date(2026, 12, 1), backend="hashing")
    table = render(result)
    rows = [line for line in table.splitlines() if line.startswith("| dense |") or line.startswith("| full |")]
    assert [row.split(" | ")[1] for row in rows] == ["words-a", "words-b", "words-a", "words-b"]
    # The same vectors either way: equal figures, and the second model's cells carry a test.
    dense = result["tables"]["dense"]
    assert dense.cells["dense"]["all"].mean == dense.cells["words-b"]["all"].mean
    assert "p=" in rows[1] and "p=" not in rows[0]


def test_a_split_the_set_lacks_or_one_model_is_exit_code_2(tmp_path, capsys):
    folder = _set(tmp_path)
    assert main(["--set", str(folder), "--split", "heldout", "--models", "a,b"]) == 2
    assert "--split: 'heldout' is not a split of" in capsys.readouterr().err
    assert main(["--set", str(folder), "--models", "all-MiniLM-L6-v2"]) == 2
    assert "two different models" in capsys.readouterr().err
