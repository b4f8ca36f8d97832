"""The nearest taxonomy role to a phrase the taxonomy does not know, by meaning.

A phrase asked for in a brief ("a BSL interpreter", "someone to keep the crowd happy between takes")
that no alias names is embedded with the product's encoder and compared with every role's label,
aliases and description (embedded once per taxonomy and encoder, and kept on disk). The nearest
role is a *guess*: its confidence is the cosine, capped at ``MAX_GUESS`` so it always ranks below an
alias reading (see ``matcher.taxonomy_data.Mention``); below ``MIN_GUESS`` there is no guess and the
phrase stays a free-text need ("needed, but not a role we know"), searched as text, never dropped.

The thresholds were chosen on the project's own examples (tests/matcher/briefs/test_guess.py) and
the dev judged briefs, never on held-out data: a cosine of 0.6 separates the phrases whose nearest
role a film officer accepts ("sign language interpreter" -> BSL interpreter, "a mixer for the final
mix" -> re-recording mixer) from those where it is a different job.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from matcher.encoders import Encoder
from matcher.taxonomy import Role, Taxonomy

__all__ = ["MAX_GUESS", "MIN_GUESS", "Guess", "RoleGuesser", "role_guesser"]

MIN_GUESS = 0.6
MAX_GUESS = 0.75
_BRACKETS = re.compile(r"\s*\([^)]*\)")
_GUESSERS: dict[tuple[int, int], RoleGuesser] = {}
# Heads that say nothing of the job: "a water safety person" is read by its other words.
_GENERIC_HEADS = frozenset({"person", "people", "someone", "team", "crew", "company", "firm", "service", "services",
                            "hire", "support", "cover", "unit", "bod", "body", "type"})


@dataclass(frozen=True)
class Guess:
    role: Role
    cosine: float

    @property
    def confidence(self) -> float:
        return round(min(self.cosine, MAX_GUESS), 2)


class RoleGuesser:
    """Embeds every role's names once; ``guess`` returns the nearest role above ``MIN_GUESS``."""

    def __init__(self, encoder: Encoder, taxonomy: Taxonomy, cache_dir: Path | None = None) -> None:
        self.encoder = encoder
        texts, owners = [], []
        for role in taxonomy.roles.values():
            for text in dict.fromkeys((_BRACKETS.sub("", role.label), *role.aliases, role.description)):
                if text:
                    texts.append(text)
                    owners.append(role)
        self._owners = owners
        self._names = [t.lower() for t in texts]
        self._vectors = self._load(texts, cache_dir)

    def _load(self, texts: list[str], cache_dir: Path | None) -> np.ndarray:
        key = hashlib.sha256("\n".join([self.encoder.name, str(self.encoder.dim), *texts]).encode()).hexdigest()[:16]
        path = cache_dir / f"role-vectors-{key}.npy" if cache_dir else None
        if path is not None and path.is_file():
            stored: np.ndarray = np.load(path)
            if stored.shape == (len(texts), self.encoder.dim):
                return stored
        vectors = self.encoder.encode_documents(texts)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp.npy")
            np.save(tmp, vectors)
            tmp.replace(path)
        return vectors

    def nearest(self, phrases: list[str]) -> list[Guess]:
        """The nearest role to each phrase, whatever its cosine."""
        if not phrases:
            return []
        cosines = self.encoder.encode_queries(phrases) @ self._vectors.T
        best = cosines.argmax(axis=1)
        return [Guess(self._owners[int(j)], float(cosines[i, j])) for i, j in enumerate(best)]

    def guess(self, phrase: str, head: str | None = None) -> Guess | None:
        """The nearest role above ``MIN_GUESS``; with ``head``, the nearest among the roles one of whose
        names ends in that word ("trailer editor" is some editor, never a trailer; "dailies drivers"
        some driver), unless the head says nothing of the job ("person", "team")."""
        if head is None or head.lower() in _GENERIC_HEADS:
            found = self.nearest([phrase])[0]
            return found if found.cosine >= MIN_GUESS else None
        # The nearest among the roles one of whose names ends in the head noun.
        stem = head.lower().rstrip("s")
        rows = [i for i, name in enumerate(self._names) if name.rstrip("s").endswith(stem)]
        if not rows:
            return None
        cosines = self.encoder.encode_queries([phrase])[0] @ self._vectors[rows].T
        best = int(cosines.argmax())
        return Guess(self._owners[rows[best]], float(cosines[best])) if cosines[best] >= MIN_GUESS else None


def role_guesser(encoder: Encoder | None, taxonomy: Taxonomy) -> RoleGuesser | None:
    """One guesser per encoder and taxonomy in a process, its vectors cached under the model cache."""
    if encoder is None:
        return None
    key = (id(encoder), id(taxonomy))
    if key not in _GUESSERS:
        from matcher.settings import default_model_cache

        cache = None if encoder.name.startswith("hashing") else default_model_cache()
        _GUESSERS[key] = RoleGuesser(encoder, taxonomy, cache)
    return _GUESSERS[key]
