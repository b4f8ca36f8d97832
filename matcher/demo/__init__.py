"""The demo cluster: fictional companies, freelancers and facilities around Stoke-on-Trent.

Every person and company in the demo is invented. The shipped file is written by
``python -m matcher.demo.generate`` from a fixed seed and the curated content in this
package (see ``matcher/data/demo/README.md``).
"""

from __future__ import annotations

from pathlib import Path

from models import Profile

__all__ = ["DEMO_PATH", "load_demo"]

DEMO_PATH: Path = Path(__file__).resolve().parent.parent / "data" / "demo" / "cluster.jsonl"


def load_demo(path: Path | None = None) -> list[Profile]:
    """Read the shipped demo (or another JSONL file in the same format) into profiles."""
    source = DEMO_PATH if path is None else Path(path)
    with source.open(encoding="utf-8") as handle:
        return [Profile.model_validate_json(line) for line in handle if line.strip()]
