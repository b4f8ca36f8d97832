"""The role-choice study's model and labels (evaluation.role_choice, evaluation.role_candidates)."""

from __future__ import annotations

import numpy as np

from evaluation.role_candidates import reading_label
from evaluation.role_choice import fit_choice
from matcher.taxonomy import load_taxonomy


def _choose(fitted: np.ndarray, X: np.ndarray) -> int:
    w, means, scales = fitted
    return int((((X - means) / scales) @ w).argmax())


def test_the_choice_learns_which_feature_marks_the_right_reading() -> None:
    # Invented mentions of three candidates each: the right one has feature 0 high, feature 1 is noise.
    rng = np.random.default_rng(7)
    groups, rows, right = [], [], []
    for g in range(60):
        truth = int(rng.integers(3))
        for c in range(3):
            rows.append([1.0 if c == truth else 0.0, float(rng.random())])
            right.append(c == truth)
        groups.append(np.arange(3 * g, 3 * g + 3))
    fitted = fit_choice(np.array(rows), groups, np.array(right))
    assert _choose(fitted, np.array([[0.0, 0.9], [1.0, 0.1], [0.0, 0.5]])) == 1
    assert _choose(fitted, np.array([[1.0, 0.2], [0.0, 0.8], [0.0, 0.7]])) == 0


def test_a_reading_keeps_the_parsers_label_and_free_text_keeps_the_briefs_words() -> None:
    taxonomy = load_taxonomy()
    need = {"role": None, "label": "warm-up act", "text": "a warm-up act; the warm-up"}
    assert reading_label(need, None, taxonomy) == "warm-up act"
    guessed = {"role": "camera-operator", "label": "Camera operator", "text": "an underwater cameraman"}
    assert reading_label(guessed, None, taxonomy) == "an underwater cameraman"
    assert reading_label(guessed, "editor", taxonomy) == taxonomy.roles["editor"].label
