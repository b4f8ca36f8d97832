"""A bare "studio" or "stage" is the kind of studio its purpose names, when the brief says it.

The taxonomy reads the everyday word "studio" (a resolve-only word) as a sound stage, the studio a
film office is asked for most. English names the kind of studio by what is done in it, and a
brief often says that after the noun rather than before it: "a quiet studio with four mics for our
podcast" is a recording studio, "a studio to record the voice-over" a voice-over booth, "a studio
for a mocap day" a motion-capture stage. The purpose is read only in the need's own sentence,
between the needs named either side of it, and only when the need was named by the bare word (not
"a film studio", "a TV studio", which say their kind): in "a studio for two days, and a sound
recordist bringing radio mics" the microphones are the recordist's and the studio stays a stage.
Rules: ``PURPOSES`` (one per kind of studio, tried in order).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from matcher.briefs.need_features import locate
from matcher.briefs.rules import Rule, RuleTable
from matcher.taxonomy import Taxonomy
from models.brief import Need

__all__ = ["PURPOSES", "studio_by_purpose"]

PURPOSES = RuleTable.of("studio purpose", [
    Rule("voice", r"\b(?:voice[\s-]?overs?|voiceovers?|VOs?|narration|audiobooks?|dubbing|ADR)\b",
         "A studio for recording voices: a voice-over or ADR booth ('a studio to lay down the narration').",
         ("a studio to lay down the narration", "a studio for the voice-over", "somewhere for ADR"),
         ("a studio for the interview", "a studio with a cyc"), source="issue-12"),
    Rule("audio", r"\b(?:mics?(?!['\u2019-])|microphones?|podcasts?|vocals|multitrack|music\s+recording"
         r"|record\s+(?:the\s+)?"
         r"(?:audio|music|band|songs?|album)|(?:audio|music)\s+recording|sound[\s-]?proofed)\b",
         "A studio for recording sound: microphones, a podcast, a band's music ('a quiet studio with three mics').",
         ("a quiet studio with three mics", "a studio for our podcast", "a studio to record the band"),
         ("a studio with a green screen", "a studio for a product shoot", "a mic'd-up presenter"), source="issue-12"),
    Rule("capture", r"\b(?:mocap|mo-cap|motion[\s-]capture|performance\s+capture|Vicon|OptiTrack"
         r"|capture\s+suits?)\b",
         "A studio for capturing performers' movement: a motion-capture stage.",
         ("a studio with a Vicon rig", "a studio for a mocap session", "a stage for performance capture"),
         ("a studio for a dance video", "capture the mood"), source="issue-12"),
])
_ROLE_OF_PURPOSE = {"voice": "adr-studio", "audio": "recording-studio", "capture": "mocap-studio"}
_GENERIC = "sound-stage"  # what the bare word reads as
_BARE = re.compile(r"^(?:\W*\w+\W+){0,3}?(?:studios?|stages?)\W*$", re.I)  # "a quiet studio", not "a TV studio"
_KINDED = re.compile(r"\b(?:film|tv|television|photo\w*|sound|drive-in|green[\s-]?screen|production)"
                     r"\s+(?:studio|stage)", re.I)
_SENTENCE = re.compile(r"[.!?\n]")


@dataclass(frozen=True)
class _Purpose:
    name: str
    role: str


def _own_words(text: str, start: int, end: int, left: int, right: int) -> str:
    """The need's sentence, cut at the needs either side ("a studio, and a recordist with mics": no mics)."""
    left = max([m.end() for m in _SENTENCE.finditer(text, 0, start)] + [min(left, start)])
    right = min(next((m.start() for m in _SENTENCE.finditer(text, end)), len(text)), max(right, end))
    return text[left:right]


def _purpose(sentence: str) -> _Purpose | None:
    for rule in PURPOSES:
        if rule.rx.search(sentence):
            return _Purpose(rule.name, _ROLE_OF_PURPOSE[rule.name])
    return None


def studio_by_purpose(text: str, needs: list[Need], taxonomy: Taxonomy) -> tuple[list[Need], list[str]]:
    """The needs with a bare studio read as the kind its sentence's purpose names, and notes."""
    changed: dict[int, Need] = {}
    notes = []
    located = sorted((x for x in locate(text, needs) if x.start >= 0), key=lambda x: x.start)
    for i, x in enumerate(located):
        need = x.need
        if need.role != _GENERIC or not _BARE.match(need.text) or _KINDED.search(need.text):
            continue
        left = located[i - 1].end if i else 0
        right = located[i + 1].start if i + 1 < len(located) else len(text)
        purpose = _purpose(_own_words(text, x.start, x.end, left, right))
        role = taxonomy.roles.get(purpose.role) if purpose is not None else None
        if purpose is None or role is None or any(n.role == role.id for n in needs):
            continue
        changed[id(need)] = need.model_copy(update={"role": role.id, "label": role.label})
        notes.append(f"'{need.text}' read as a {role.label.lower()}: the brief says what it is for ({purpose.name}).")
    return [changed.get(id(n), n) for n in needs], notes
