"""``matcher bench``: speed and memory, every figure a ratio against a floor measured in the same run."""

from __future__ import annotations
