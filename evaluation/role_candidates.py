"""Candidate roles for each need the parser reads, with features, for the learned role-choice study.

A need the parser reads may be a real need read as the wrong role ("a grade" read as a grading
suite, "a model" as a talent agency). ``evaluation.role_choice`` measures whether a model that
chooses among candidate readings generalises across authors; this module makes its rows.

**Mentions.** Every need of ``parse_brief`` (the filter as shipped) is located in the brief's body
(``need_features.locate``); it is *labelled* when its words overlap the evidence span of a gold need
of the same brief, else it has no label (it is a false need whatever its role).

**Candidates** of a mention: the parser's own reading; the ``K`` roles nearest by meaning to the
mention's words and the ``K`` nearest to its sentence (the shipped MiniLM encoder; a role's
similarity is its best over its label, aliases and description, as ``guess.RoleGuesser`` embeds
them); and "free text, not a known role". A candidate is right when the evaluator's own rule
(``understanding._needs_match``) matches it to a gold need the mention overlaps.

**Features** (``FEATURES``), each about the language and the taxonomy, none about a brief: whether
it is the parser's reading and how that reading was made (alias, everyday word asked for, guess by
meaning, free text, another rule) with its confidence; the similarity of the mention and of its
sentence to the role, their ranks and the gap to the best; whether the phrase's head word, first
word or any word is one of the role's names' words; whether the role's department's words stand in
the sentence; the role's kind against cues in the phrase (a person: "someone"; a business:
"company"; kit: "hire", "package"; an agent noun as head).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import Stemmer

from evaluation.understanding import _needs_match
from matcher.encoders import Encoder
from matcher.taxonomy import Taxonomy

__all__ = ["FEATURES", "HOWS", "K", "Row", "candidate_rows", "reading_label"]

K = 5  # nearest roles by meaning taken from the mention, and again from its sentence
HOWS = ("alias", "asked-for word", "embedding", "free text")
FEATURES = ("parser", *(f"parser_{h.replace(' ', '_').replace('-', '_')}" for h in HOWS), "parser_other",
            "parser_confidence", "free", "cos_mention", "rank_mention", "gap_mention", "cos_sentence",
            "rank_sentence", "head_agrees", "first_agrees", "any_agrees", "department_in_sentence", "facility",
            "person_cue", "company_cue", "kit_cue", "agent_head", "best_cos", "free_x_best", "facility_x_person",
            "crew_x_kit", "crew_x_company")
_STEM = Stemmer.Stemmer("english")
_PLAIN = frozenset("a an the some any our your good great local experienced freelance reliable professional "
                   "qualified decent extra additional to for of and or with who can do s up one two three four x "
                   "need needs needed".split())
_PERSON = frozenset("someone somebody person people guy man woman lady bod".split())
_COMPANY = frozenset("company companies firm agency service services supplier provider house studio studios".split())
_KIT = frozenset("hire kit package rental truck van equipment gear rig".split())
_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent|eer|man|men|ers|ors|ists|ians|ants|ents|eers|op|ops|tech|techs)$")
_BRACKETS = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True)
class Row:
    """One candidate reading of one mention."""

    mention: int  # index of the mention (one need of one brief)
    role: str | None  # None: free text, not a known role
    features: tuple[float, ...]
    label: int | None  # 1 right, 0 wrong, None: the mention overlaps no gold need


def _stems(text: str) -> set[str]:
    return set(_STEM.stemWords(re.findall(r"[a-z0-9]+", text.lower())))


def _sentence(body: str, start: int, end: int) -> str:
    lo = max(body.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (body.find(c, end) for c in ".!?\n") if i >= 0]
    return body[lo:min(ends) if ends else len(body)]


def reading_label(need: dict[str, Any], role: str | None, taxonomy: Taxonomy) -> str:
    """The label a need gets when read as ``role``: the parser's own for its reading; a role's label;
    for free text, the words that named it."""
    if role == need["role"]:
        return str(need["label"])
    return need["text"].split("; ")[0] or str(need["label"]) if role is None else taxonomy.roles[role].label


def _role_table(encoder: Encoder, taxonomy: Taxonomy) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Role ids, the vectors of every role's names, and each vector's role's row."""
    ids = list(taxonomy.roles)
    texts, owners = [], []
    for row, role in enumerate(taxonomy.roles.values()):
        for text in dict.fromkeys((_BRACKETS.sub("", role.label), *role.aliases, role.description)):
            if text:
                texts.append(text)
                owners.append(row)
    return ids, encoder.encode_documents(texts), np.array(owners)


def _per_role(cosines: np.ndarray, owners: np.ndarray, roles: int) -> np.ndarray:
    """Texts' cosines to every role name -> to every role, the best over its names."""
    out = np.full((cosines.shape[0], roles), -1.0, dtype=np.float32)
    np.maximum.at(out.T, owners, cosines.T)
    return out


def candidate_rows(briefs: list[dict[str, Any]], encoder: Encoder, taxonomy: Taxonomy) -> tuple[list[Row], list[int]]:
    """Candidate rows of every need of ``briefs`` and the file of each mention.

    Args:
        briefs: one dict a brief: ``file``, ``body``, ``needs`` (``Need.model_dump()``), ``spans`` (where each
            need's words stand in the body, or (-1, -1)), ``gold`` (the judged needs), ``known`` (the judged
            role list, or None).
        encoder: the product's encoder.
        taxonomy: the taxonomy the parser reads into.
    Returns:
        The rows, and for each mention (in order) the file it is in.
    """
    ids, vectors, owners = _role_table(encoder, taxonomy)
    row_of = {role_id: j for j, role_id in enumerate(ids)}
    names = {r.id: _stems(" ".join((r.label, *r.aliases))) for r in taxonomy.roles.values()}
    departments = {r.id: _stems(r.department.replace("-", " ")) - {"and"} for r in taxonomy.roles.values()}
    mentions = []
    for b in briefs:
        evidence = [(at, at + len(ev)) if ev and (at := b["body"].lower().find(ev.lower())) >= 0 else None
                    for ev in (g.get("evidence") for g in b["gold"])]
        for need, (start, end) in zip(b["needs"], b["spans"], strict=True):
            phrase = need["text"].split("; ")[0] or need["label"]
            over = [j for j, sp in enumerate(evidence) if start >= 0 and sp and sp[0] < end and start < sp[1]]
            mentions.append((b, need, phrase, _sentence(b["body"], start, end) if start >= 0 else phrase, over))
    by_phrase = _per_role(encoder.encode_queries([m[2] for m in mentions]) @ vectors.T, owners, len(ids))
    by_sentence = _per_role(encoder.encode_queries([m[3] for m in mentions]) @ vectors.T, owners, len(ids))
    rows: list[Row] = []
    for i, (b, need, phrase, sentence, over) in enumerate(mentions):
        words = [w for w in re.findall(r"[a-z][a-z0-9-]*", phrase.lower()) if w not in _PLAIN]
        said = set(re.findall(r"[a-z]+", phrase.lower()))
        head, first = (_STEM.stemWord(words[-1]), _STEM.stemWord(words[0])) if words else ("", "")
        in_sentence = _stems(sentence)
        order_p, order_s = np.argsort(-by_phrase[i]), np.argsort(-by_sentence[i])
        rank_p = {ids[j]: r for r, j in enumerate(order_p[:50])}
        rank_s = {ids[j]: r for r, j in enumerate(order_s[:50])}
        best = float(by_phrase[i].max())
        cues = {"person_cue": float(bool(said & _PERSON)), "company_cue": float(bool(said & _COMPANY)),
                "kit_cue": float(bool(said & _KIT)), "agent_head": float(bool(words and _AGENT.search(words[-1]))),
                "best_cos": best}
        for role in dict.fromkeys([need["role"], *(ids[j] for j in order_p[:K]), *(ids[j] for j in order_s[:K]),
                                   None]):
            f = dict.fromkeys(FEATURES, 0.0) | cues
            if role == need["role"]:
                how = need["how"].replace(" ", "_").replace("-", "_")
                f["parser"], f["parser_confidence"] = 1.0, need["confidence"]
                f[f"parser_{how}" if need["how"] in HOWS else "parser_other"] = 1.0
            if role is None:
                f["free"], f["free_x_best"] = 1.0, best
            else:
                j, words_of_role, facility = row_of[role], names[role], float(taxonomy.roles[role].kind == "facility")
                f |= {"cos_mention": float(by_phrase[i, j]), "rank_mention": 1 / (1 + rank_p.get(role, 50)),
                      "gap_mention": best - float(by_phrase[i, j]), "cos_sentence": float(by_sentence[i, j]),
                      "rank_sentence": 1 / (1 + rank_s.get(role, 50)), "head_agrees": float(head in words_of_role),
                      "first_agrees": float(first in words_of_role),
                      "any_agrees": float(any(_STEM.stemWord(w) in words_of_role for w in words)),
                      "department_in_sentence": float(bool(departments[role] & in_sentence)), "facility": facility,
                      "facility_x_person": facility * cues["person_cue"],
                      "crew_x_kit": (1 - facility) * cues["kit_cue"],
                      "crew_x_company": (1 - facility) * cues["company_cue"]}
            label = None
            if over:
                pred = {"role": role, "label": reading_label(need, role, taxonomy), "text": need["text"]}
                label = int(any(_needs_match(pred, b["gold"][j], b["known"]) for j in over))
            rows.append(Row(i, role, tuple(f[k] for k in FEATURES), label))
    return rows, [m[0]["file"] for m in mentions]
