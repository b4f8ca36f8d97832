"""The nearest taxonomy role to a phrase the taxonomy does not know, by meaning.

A phrase asked for in a brief ("a BSL interpreter", "someone to keep the audience entertained during resets")
that no alias names is embedded with the product's encoder and compared with every role's label,
aliases and description (embedded once per taxonomy and encoder, and kept on disk). The nearest
role is a *guess*: its confidence is the cosine, capped at ``MAX_GUESS`` so it always ranks below an
alias reading (see ``matcher.taxonomy_data.Mention``); below ``MIN_GUESS`` there is no guess and the
phrase stays a free-text need ("needed, but not a role we know"), searched as text, never dropped.

The thresholds were chosen on the project's own examples (tests/matcher/briefs/test_guess.py) and
the dev judged briefs, never on held-out data: a cosine of 0.6 separates the phrases whose nearest
role a film officer accepts ("sign language interpreter" -> BSL interpreter, "a mixer for the final
mix" -> re-recording mixer) from those where it is a different job.

A guess below ``SURE_GUESS`` must also agree with the phrase in words (``RoleGuesser.agrees``), two
rules about English compounds rather than about any brief:

* the **specialty** agrees: in "prop stylist", "rope access technician" or "photographer's
  assistant" the first distinctive word names the specialty and the last only the class, so the
  role's names, description or skills must hold that first word (stemmed), or the nearest role is
  another job of the same class (a wardrobe stylist, a stunt rigger, a camera assistant) and the
  phrase stays free text; a task ("someone to keep the audience entertained") agrees when any of its words does;
* in a possessive ("a photographer's assistant") both the owner and the head must agree;
* a **thing is not a person**: a phrase whose head is no agent noun ("a boat", "a hide") is never
  guessed as a crew role; it is hired, so only a facility or service class may take it; and a
  **person is not a thing**: "someone to run the haze", "somebody who knows livestreaming" asks for
  a person, so only a crew role may take it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import Stemmer

from matcher.briefs.rules.words import AGENT_ENDINGS, AGENT_WORDS
from matcher.encoders import Encoder
from matcher.taxonomy import Role, Taxonomy

__all__ = ["MAX_GUESS", "MIN_GUESS", "SURE_GUESS", "Guess", "RoleGuesser", "role_guesser"]

MIN_GUESS = 0.6
MAX_GUESS = 0.75
SURE_GUESS = 0.85  # near enough that the words need not agree ("an accountant" -> production accountant)
_STEM = Stemmer.Stemmer("english")
# Words that say nothing of a specialty: "a good local camera person" is read by "camera".
_PLAIN = frozenset({"a", "an", "the", "some", "any", "our", "your", "good", "great", "local", "experienced",
                    "freelance", "reliable", "professional", "qualified", "decent", "extra", "additional", "someone",
                    "somebody", "to", "for", "of", "and", "or", "with", "who", "can", "do", "s", "up"})
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
        self._kinds = {role.id: role.kind for role in taxonomy.roles.values()}
        self._words: dict[str, set[str]] = {}  # a role's stemmed words, made when a guess of it is checked
        self._names = [t.lower() for t in texts]
        self._vectors = self._load(texts, cache_dir)

    def _load(self, texts: list[str], cache_dir: Path | None) -> np.ndarray:
        identity = [self.encoder.name, self.encoder.backend, self.encoder.weights, str(self.encoder.dim), *texts]
        key = hashlib.sha256("\n".join(identity).encode()).hexdigest()[:16]
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

    def agrees(self, phrase: str, guess: Guess, task: bool = False) -> bool:
        """Whether ``guess`` agrees with the words of ``phrase`` (see ``agrees``)."""
        role = guess.role
        if (words := self._words.get(role.id)) is None:
            words = self._words[role.id] = _stems(" ".join((role.label, *role.aliases, role.description, *role.skills)))
        return agrees(phrase, guess, words, task)

    def closest(self, phrase: str, role_ids: set[str]) -> Guess | None:
        """The nearest of the given roles, whatever its cosine (None when none is known): which of a
        hire's or a company's own crew a task asked of a person names ("someone to run the haze")."""
        rows = [i for i, owner in enumerate(self._owners) if owner.id in role_ids]
        if not rows:
            return None
        cosines = self.encoder.encode_queries([phrase])[0] @ self._vectors[rows].T
        best = int(cosines.argmax())
        return Guess(self._owners[rows[best]], float(cosines[best]))

    def person_for(self, phrase: str, kit: Role | None = None) -> Guess | None:
        """The crew role a task asked of a person names: with ``kit`` (the hire class the task names:
        "someone to run the haze machine"), the closest of that hire's own crew, who runs it; else the
        nearest crew role above ``MIN_GUESS``, or the closest crew of the nearest role when that is a
        hire class ("someone who can do a smoke setup")."""
        if kit is None:
            crew = self.guess(phrase, person=True)
            if crew is not None:
                return crew
        nearest = self.guess(phrase) if kit is None else None
        hire = kit if kit is not None else (nearest.role if nearest is not None else None)
        if hire is None or hire.kind != "facility" or not hire.department.endswith("-hire"):
            return None
        return self.closest(phrase, {r for r in hire.related if self._kinds.get(r) == "crew"})

    def guess(self, phrase: str, head: str | None = None, person: bool = False) -> Guess | None:
        """The nearest role above ``MIN_GUESS``; with ``head``, the nearest among the roles one of whose
        names ends in that word ("trailer editor" is some editor, never a trailer; "dailies drivers"
        some driver), unless the head says nothing of the job ("person", "team"); with ``person`` (the
        phrase asks for a person: "someone to run the haze"), the nearest crew role, never a company
        or a hire class."""
        if (head is None or head.lower() in _GENERIC_HEADS) and not person:
            found = self.nearest([phrase])[0]
            return found if found.cosine >= MIN_GUESS else None
        # The nearest among the roles one of whose names ends in the head noun (or, a person, crew roles).
        stem = (head or "").lower().rstrip("s")
        rows = [i for i, name in enumerate(self._names)
                if (not stem or stem in _GENERIC_HEADS or name.rstrip("s").endswith(stem))
                and (not person or self._owners[i].kind == "crew")]
        if not rows:
            return None
        cosines = self.encoder.encode_queries([phrase])[0] @ self._vectors[rows].T
        best = int(cosines.argmax())
        return Guess(self._owners[rows[best]], float(cosines[best])) if cosines[best] >= MIN_GUESS else None


def _stems(text: str) -> set[str]:
    return set(_STEM.stemWords(re.findall(r"[a-z0-9]+", text.lower())))


def _is_agent(word: str) -> bool:
    return word in AGENT_WORDS or word in _GENERIC_HEADS or (len(word) > 4 and word.endswith(AGENT_ENDINGS))


def agrees(phrase: str, guess: Guess, words_of_role: set[str], task: bool = False) -> bool:
    """Whether a guess agrees with the phrase's words (module docstring): the specialty word is in the
    role's words, and a thing is never a person. A guess at ``SURE_GUESS`` or above always agrees."""
    words = [w for w in re.findall(r"[a-z][a-z0-9-]*", phrase.lower().replace("\u2019", "'").replace("'s ", " "))
             if w not in _PLAIN]
    owner = re.search(r"([a-z][a-z0-9-]*)['\u2019]s\s", phrase.lower())
    if owner and owner.group(1) in words:  # "a set photographer's assistant": whose, and what
        return all(_stems(w) & words_of_role for w in words[words.index(owner.group(1)):])
    if guess.cosine >= SURE_GUESS:
        return True
    if not words:
        return True
    if not task and guess.role.kind == "crew" and not _is_agent(words[-1]):
        return False  # "a boat": hired, not a person
    content = [w for w in words if w not in _GENERIC_HEADS] or words
    found = [bool(_stems(w) & words_of_role) for w in content]
    return any(found) if task else found[0]


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
