"""Writes a freelancer's summary: a voice, an opening, then a varied handful of topics in a varied order."""

from __future__ import annotations

import random
from typing import Any

from matcher.demo import crew_colour, crew_openers
from matcher.demo.crew_sentences import TOPICS
from matcher.demo.wording import fields, fill, sentence_case, usable

__all__ = ["summary"]

# Sentences per summary, 1 to 5, and how likely each topic is to be picked when the facts allow it.
LENGTHS = {1: 8, 2: 20, 3: 31, 4: 26, 5: 15}
TOPIC_WEIGHTS = {
    "experience": 1.0, "credits": 1.4, "kit": 1.3, "skills": 1.0, "travel": 0.7, "uk_wide": 0.9,
    "availability": 0.7, "style": 0.6, "style_on_set": 0.5, "step": 0.9, "languages": 1.6, "personal": 0.35,
    "closer": 0.6,
}
TOPIC_NEEDS = {"credits": "credit", "kit": "kit", "step": "role2", "languages": "lang", "availability": "month",
               "style_on_set": "on_set"}
# Fields that state the same fact: once one is said, the others count as said too.
SAME_FACT = (
    {"years", "years_w", "since"}, {"kit", "kit1", "kit_raw", "kit1_raw"}, {"credit", "credit_list", "credit_old"},
    {"skills", "skill", "skill_a", "skill_b"}, {"genre", "genre_b", "genres", "genre_one"}, {"role2", "a_role2",
                                                                                             "role3", "a_role3"},
)
# Facts that should be said once per summary; names, roles and places may recur.
SAY_ONCE = {
    "work", "good_at", "habit", "habit_third", "place", "background", "former", "start_story", "origin", "credit",
    "credit_old", "credit_list", "kit", "kit1", "skills", "skill", "genre", "genre_b", "genres", "genre_one",
    "personal", "personal_third", "staff_years", "lang", "month", "miles", "since", "years", "years_w", "role2",
    "a_role2", "wide",
}


def _voice(rng: random.Random, ctx: dict[str, Any]) -> str:
    if ctx["they"] == "they":
        return rng.choices(("first", "terse"), weights=(85, 15))[0]
    return rng.choices(("first", "third", "terse"), weights=(62, 24, 14))[0]


def _pick(rng: random.Random, templates: tuple[str, ...] | list[str], ctx: dict[str, Any],
          said: set[str]) -> str | None:
    """A template whose facts are all known and not yet said, filled in; records what it says."""
    ready = [t for t in templates if usable(t, ctx) and not (fields(t) & said & SAY_ONCE)]
    if not ready:
        return None
    template = rng.choice(ready)
    used = fields(template)
    said.update(used, *(group for group in SAME_FACT if group & used))
    return fill(template, ctx)


def _opener(rng: random.Random, voice: str, ctx: dict[str, Any], said: set[str]) -> str:
    pool = crew_openers.FIRST if voice == "first" else crew_openers.THIRD
    text = _pick(rng, pool, ctx, said)
    assert text is not None, "some opener needs no more than a role, which every freelancer has"
    ends_on_fact = text.endswith(tuple(f"{ctx.get(k)}." for k in ("town", "area", "role", "since", "district")))
    if ends_on_fact and not said & {"genre", "genres"} and rng.random() < 0.35:
        tails = [t for t in crew_openers.TAILS if usable(t, ctx) and (voice == "first" or "I'" not in t)]
        tail = _pick(rng, tails, ctx, said)
        text = text[:-1] + tail + "." if tail else text
    return text


def _topics(rng: random.Random, ctx: dict[str, Any], count: int) -> list[str]:
    wide = (ctx.get("miles") or 0) >= 180
    weights = {
        topic: weight for topic, weight in TOPIC_WEIGHTS.items()
        if ctx.get(TOPIC_NEEDS.get(topic, "role")) and (topic != "travel" or not wide) and (topic != "uk_wide" or wide)
    }
    chosen: list[str] = []
    while weights and len(chosen) < count:
        topic = rng.choices(list(weights), weights=list(weights.values()))[0]
        chosen.append(topic)
        del weights[topic]
    if "closer" in chosen:
        chosen.remove("closer")
        chosen.append("closer")
    return chosen


def _prose(rng: random.Random, voice: str, ctx: dict[str, Any]) -> str:
    count = rng.choices(list(LENGTHS), weights=list(LENGTHS.values()))[0]
    said: set[str] = set()
    sentences = [_opener(rng, voice, ctx, said)]
    side = 0 if voice == "first" else 1
    for topic in _topics(rng, ctx, count - 1):
        sentence = _pick(rng, TOPICS[topic][side], ctx, said)
        if sentence and sentence not in sentences:
            sentences.append(sentence)
    if voice == "first" and len(sentences) > 2 and rng.random() < 0.15:
        sentences[0], sentences[1] = sentences[1], sentences[0]
    return " ".join(sentences)


def _terse(rng: random.Random, ctx: dict[str, Any]) -> str:
    said: set[str] = set()
    first = _pick(rng, crew_openers.TERSE, ctx, said)
    assert first is not None, "some terse opener needs no more than a role, which every freelancer has"
    parts = [first]
    groups = list(crew_colour.TERSE_BITS)
    rng.shuffle(groups)
    wanted = rng.randint(2, 5)
    for group in groups:
        bit = _pick(rng, group, ctx, said)
        if bit:
            parts.append(bit)
        if len(parts) > wanted:
            break
    style = rng.choices((" ", " · ", " | "), weights=(6, 2, 2))[0]
    if style != " ":
        parts = [p.rstrip(".") for p in parts]
        return style.join(parts) + rng.choice(("", "."))
    return " ".join(parts)


def summary(rng: random.Random, ctx: dict[str, Any]) -> str:
    voice = _voice(rng, ctx)
    text = _terse(rng, ctx) if voice == "terse" else _prose(rng, voice, ctx)
    return sentence_case(text)
