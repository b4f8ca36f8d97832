"""A baseline outside the product: TF-IDF (scikit-learn) over the profiles' text.

It answers the same ``Query`` objects as the product, including a brief's need queries
(``matcher.briefs.sheet.need_queries``), applies the same filters (``matcher.filters``) and
assembles a crew sheet the same way (shortlists without repeats, flattened round-robin), so
only the scoring differs. The documents are the given index's, which should be built
without taxonomy labels (the BM25-only configuration) to keep the baseline plain.
"""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from matcher.briefs.sheet import fallback_query, need_queries, round_robin
from matcher.filters import evaluate
from matcher.index import ProfileIndex
from matcher.search import Query
from models.brief import Brief

__all__ = ["TfidfSystem"]


class TfidfSystem:
    def __init__(self, index: ProfileIndex, name: str = "tfidf") -> None:
        self.name = name
        self.index = index
        self.vectorizer = TfidfVectorizer(lowercase=True, stop_words="english", sublinear_tf=True)
        texts = [doc.lexical_text() if doc is not None else "" for doc in index.documents]
        self.matrix = self.vectorizer.fit_transform(texts)  # rows are index positions, L2-normalised

    def search(self, queries: list[Query]) -> list[list[str]]:
        return [self._rank(query) for query in queries]

    def match_brief(self, brief: Brief, shortlist_size: int) -> list[str]:
        if not brief.needs:
            return self._rank(fallback_query(brief, shortlist_size))
        queries, sizes = need_queries(brief, shortlist_size=shortlist_size)
        used: set[str] = set()
        lists = []
        for query, size in zip(queries, sizes, strict=True):
            kept = [i for i in self._rank(query) if i not in used][:size]
            used |= set(kept)
            lists.append(kept)
        return round_robin(lists)

    def _rank(self, query: Query) -> list[str]:
        """Cosine of TF-IDF vectors among the profiles passing the filters; a profile
        sharing no word with the query is no match."""
        scores = (self.matrix @ self.vectorizer.transform([query.text]).T).toarray().ravel()
        excluded = [self.index.positions[i] for i in query.filters.exclude_ids if i in self.index.positions]
        verdict = evaluate(self.index.columns, query.filters, excluded)
        mask = verdict.passing(query.filters.include_unknown)[: len(scores)]
        hits = np.flatnonzero(mask & (scores > 0))
        order = hits[np.lexsort((hits, -scores[hits]))][: query.top_k]
        return [self.index.ids[p] for p in order.tolist()]
