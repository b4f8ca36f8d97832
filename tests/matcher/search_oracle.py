"""An independent brute-force oracle for search: every profile scored one by one, in plain
Python, from its document, by the rules the documentation states (README, architecture.md,
``MatcherConfig``), with none of the product's scoring, filtering, fusion or BM25 code.

It shares only what is input rather than scoring: the stored vectors, the text analysis
(``analyse``: tokens and stems) and the taxonomy's data (which roles a query names, which are
related). BM25 is Lucene's variant, as bm25s computes it: idf = ln(1 + (N - df + 0.5) /
(df + 0.5)), term weight tf / (tf + k1 (1 - b + b dl / avgdl)), k1 = 1.2, b = 0.75.

Fusion as documented in ``matcher/fusion.py`` and ``matcher/data/ranking/fusion.json``: the
query's length in words picks a band (its lexical weight; dense takes the rest; its boost
scale applies to roles read from the query's own words); each role the query names boosts by
how sure its reading is, linearly from nothing at the confidence floor to all of it at 1, and a
later role by ``later_role_scale`` (not when the query's roles are alike); a profile takes its
single best boost.
"""

from __future__ import annotations

import math
from collections import Counter

from matcher.lexical import analyse
from matcher.taxonomy import load_taxonomy

__all__ = ["oracle_scores"]

K1, B = 1.2, 0.75


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def _bm25(documents: dict[int, object], text: str) -> dict[int, float]:
    tokens = {p: analyse([d.lexical_text()])[0] for p, d in documents.items()}
    n, avgdl = len(tokens), sum(len(t) for t in tokens.values()) / max(1, len(tokens))
    df = Counter(term for t in tokens.values() for term in set(t))
    out = {}
    for p, doc_tokens in tokens.items():
        tf, dl = Counter(doc_tokens), len(doc_tokens)
        out[p] = sum(math.log(1 + (n - df[term] + 0.5) / (df[term] + 0.5)) * tf[term]
                     / (tf[term] + K1 * (1 - B + B * dl / avgdl)) for term in set(analyse([text])[0]) if tf[term])
    return out


def _availability(doc, start, end) -> str:
    span = (end - start).days + 1
    booked = free = 0
    for first, last, status in doc.availability:
        days = (min(last, end) - max(first, start)).days + 1
        if days > 0:
            booked, free = (booked + days, free) if status == "booked" else (booked, free + days)
    if booked >= span:
        return "booked"
    if booked > 0:
        return "partial"
    if free >= span:
        return "available"
    return "partial" if free > 0 else "unknown"


def oracle_scores(index, query) -> dict[str, float]:
    """Every passing profile's score for ``query`` (the top k are the k highest)."""
    config, filters = index.config, query.filters
    live = {p: d for p, d in enumerate(index.documents) if d is not None}
    taxonomy = load_taxonomy()
    read = _read_roles(taxonomy, query)
    roles = set(read)
    dense_weight, lexical_weight, boost_scale = _weights(config, len(query.text.split()), query.roles is not None)
    vector = index.encoder.encode_queries([query.text])[0]
    bm25 = _bm25(live, query.text)
    points = [filters.near, *filters.also_near] if filters.near else []
    kept: dict[int, float] = {}   # position -> penalty
    for p, doc in live.items():
        unknown, penalty = False, 0.0
        if (filters.kinds and doc.kind not in filters.kinds) or (not filters.kinds and doc.kind == "investor"):
            continue
        if filters.audience not in (None, "staff") and doc.visibility == "staff":
            continue
        if filters.sectors:
            if not doc.sectors:
                unknown, penalty = True, penalty + config.unknown_fact_penalty
            elif not {s.lower() for s in doc.sectors} & {s.lower() for s in filters.sectors}:
                continue
        if points:
            if doc.lat is None:
                unknown, penalty = True, penalty + config.unknown_location_penalty
            else:
                km = min(_km((doc.lat, doc.lon), point) for point in points)
                if filters.radius_km is not None and km > filters.radius_km:
                    continue
                beyond = doc.travel_radius_km is not None and km > doc.travel_radius_km
                penalty += config.distance_penalty * min(km / config.distance_scale_km, 1.0) \
                    + config.beyond_travel_radius_penalty * beyond
        if filters.available:
            state = _availability(doc, *filters.available)
            if state == "booked":
                continue
            if state in ("unknown", "partial"):
                unknown = True
                penalty += config.unknown_availability_penalty if state == "unknown" \
                    else config.partial_availability_penalty
        if filters.max_rate is not None:
            if doc.rate_min is None:
                unknown, penalty = True, penalty + config.unknown_fact_penalty
            elif doc.rate_min > filters.max_rate:
                continue
        if unknown and not filters.include_unknown:
            continue
        kept[p] = penalty
    best_bm25 = max((bm25[p] for p in kept), default=0.0) or 1.0
    out = {}
    for p, penalty in kept.items():
        doc = index.documents[p]
        held = set(doc.role_ids)
        boost = 0.0
        for order, (role, confidence) in enumerate(read.items()):
            sure = _sureness(config, confidence) * (1.0 if order == 0 or query.roles_alike else config.later_role_scale)
            related = set(taxonomy.roles[role].related) - roles
            boost = max(boost, sure * config.exact_role_boost * (role in held),
                        sure * config.related_role_boost * bool(held & related),
                        sure * config.same_department_boost * (taxonomy.roles[role].department in doc.departments))
        dense = float(sum(float(a) * float(b) for a, b in zip(index.vectors[p], vector, strict=True)))
        out[doc.id] = (dense_weight * dense + lexical_weight * bm25[p] / best_bm25
                       + boost_scale * boost * config.use_taxonomy - penalty)
    return out


def _read_roles(taxonomy, query) -> dict[str, float]:
    """Role -> confidence, in the order the query names them (given roles are sure unless told)."""
    if query.roles is not None:
        sure = query.role_confidence or (1.0,) * len(query.roles)
        return dict(zip(query.roles, sure, strict=True))
    read: dict[str, float] = {}
    for mention in taxonomy.mentions(query.text):
        read[mention.role.id] = max(read.get(mention.role.id, 0.0), mention.confidence)
    return read


def _weights(config, words: int, roles_given: bool) -> tuple[float, float, float]:
    dense, lexical, scale = config.dense_weight, config.lexical_weight, 1.0
    for band in config.fusion_bands or ():
        if band.max_words is None or words <= band.max_words:
            dense, lexical, scale = 1.0 - band.lexical_weight, band.lexical_weight, band.boost_scale
            break
    total = dense + lexical
    return dense / total, lexical / total, 1.0 if roles_given else scale


def _sureness(config, confidence: float) -> float:
    if not config.use_confidence:
        return 1.0
    return min(max((confidence - config.confidence_floor) / (1.0 - config.confidence_floor), 0.0), 1.0)
