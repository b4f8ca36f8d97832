"""Query-dependent fusion and confidence-aware taxonomy evidence (``matcher.fusion``): a role
read with little confidence, or named only as part of a more specific job, pulls nobody up;
the weights follow the query's length; the tuned numbers load from data."""

from __future__ import annotations

import json

import pytest

from matcher.config import DEFAULT_CONFIG
from matcher.fusion import query_roles, query_weights, role_scale
from matcher.fusion_data import FusionBand, load_tuned
from matcher.search import Query, search

CONFIG = DEFAULT_CONFIG.with_(confidence_floor=0.6, later_role_scale=0.5)

# Rules as data: (confidence, order among the query's roles, share of the boost, why).
SCALES = [
    (1.0, 0, 1.0, "an alias as written, the first role named: full boost"),
    (0.8, 0, 0.5, "an everyday word asked for ('need sound'): half way"),
    (0.75, 0, 0.375, "an embedding guess at its highest: less than any alias reading"),
    (0.6, 0, 0.0, "head of a longer name ('subtitle editor'): a more specific job, no boost"),
    (0.4, 0, 0.0, "modifies another job ('puppetry coordinator'): no boost"),
    (1.0, 1, 0.5, "a later role ('... works with actors'): the configuration's later-role scale"),
]


@pytest.mark.parametrize(("confidence", "order", "share", "why"), SCALES, ids=[s[3] for s in SCALES])
def test_the_boost_share_follows_the_confidence_and_order_of_a_role(confidence, order, share, why):
    assert role_scale(CONFIG, confidence, order) == pytest.approx(share)


# Invented for these tests (no judged set holds them): a more specific job than the taxonomy
# knows, next to the general role it contains, and a plain name of that role.
SPECIFIC = [("subtitle editor", "editor"), ("caption editor", "editor"), ("podcast producer", "producer"),
            ("puppetry coordinator", "puppeteer"), ("crowd marshal coordinator", "crowd-assistant-director")]
PLAIN = [("picture editor", "editor"), ("film editor", "editor"), ("experienced gaffer", "gaffer")]


@pytest.mark.parametrize(("text", "general"), SPECIFIC)
def test_a_more_specific_job_is_read_below_the_confidence_floor(text, general):
    confidences = dict(query_roles(text))
    assert general in confidences and confidences[general] <= DEFAULT_CONFIG.confidence_floor


@pytest.mark.parametrize(("text", "role"), PLAIN)
def test_a_plain_name_of_the_role_is_read_with_full_confidence(text, role):
    assert dict(query_roles(text))[role] == 1.0


@pytest.mark.parametrize(("specific", "plain"), [("subtitle editor", "picture editor"),
                                                 ("podcast producer", "film producer")])
def test_a_more_specific_job_does_not_pull_up_holders_of_the_general_role(demo_index, specific, plain):
    general = dict(query_roles(plain))
    boosted = search(demo_index, Query(plain, top_k=20))
    assert any(m.explanation.taxonomy_boost > 0 for m in boosted), "the plain name boosts its role"
    for match in search(demo_index, Query(specific, top_k=20)):
        assert match.explanation.taxonomy_boost == 0.0, (match.id, match.explanation.role_evidence, general)


def test_a_role_passed_with_its_confidence_is_boosted_by_that_share(demo_index):
    sure = search(demo_index, Query("editor", roles=("editor",), top_k=3))[0]
    guessed = search(demo_index, Query("editor", roles=("editor",), role_confidence=(0.8,), top_k=3))[0]
    assert sure.explanation.role_evidence == guessed.explanation.role_evidence == "exact role"
    share = role_scale(demo_index.config, 0.8, 0)
    assert guessed.explanation.taxonomy_boost == pytest.approx(share * sure.explanation.taxonomy_boost)


def test_weights_follow_the_length_of_the_query():
    bands = (FusionBand(3, 0.4, 1.0), FusionBand(None, 0.1, 0.5))
    config = DEFAULT_CONFIG.with_(fusion_bands=bands)
    short, long = query_weights(config, 2), query_weights(config, 25)
    assert (short.dense, short.lexical, short.boost_scale) == pytest.approx((0.6, 0.4, 1.0))
    assert (long.dense, long.lexical, long.boost_scale) == pytest.approx((0.9, 0.1, 0.5))
    dense_only = query_weights(config.with_(use_lexical=False), 2)
    assert (dense_only.dense, dense_only.lexical) == (1.0, 0.0)
    plain = query_weights(DEFAULT_CONFIG.with_(fusion_bands=(), dense_weight=0.55, lexical_weight=0.45), 2)
    assert (plain.dense, plain.lexical) == pytest.approx((0.55, 0.45))


def test_the_shipped_fusion_file_loads_and_a_broken_one_names_itself(tmp_path):
    tuned = load_tuned()
    assert tuned.bands[-1].max_words is None and tuned.method in ("convex", "rrf")
    broken = tmp_path / "fusion.json"
    broken.write_text(json.dumps({"chosen": {"method": "convex", "bands": [{"max_words": 3, "lexical_weight": 2}]}}))
    with pytest.raises(ValueError, match=r"fusion\.json"):
        load_tuned(broken)


def test_a_role_given_with_the_query_is_not_scaled_by_the_length_band(demo_index):
    """A crew sheet's need arrives with its role read by the brief parser: its boost does not
    depend on how many words the need's query has."""
    text = "editor for a short documentary about the pottery towns"
    given = search(demo_index, Query(text, roles=("editor",), top_k=1))[0]
    assert given.explanation.role_evidence == "exact role"
    assert given.explanation.taxonomy_boost == pytest.approx(demo_index.config.exact_role_boost)


def test_roles_alike_each_get_the_first_roles_boost(demo_index):
    """A partners gap lists its capability's roles in data order, any of which fills it: the
    holder of its second role is pulled up as much as the holder of its first (named in a request,
    a later role is a side mention and gets ``later_role_scale``)."""
    roles, exact = ("editor", "colourist"), demo_index.config.exact_role_boost
    alike = search(demo_index, Query("colour grading", roles=roles, holders_only=True, roles_alike=True, top_k=30))
    ordered = search(demo_index, Query("colour grading", roles=roles, holders_only=True, top_k=30))
    assert alike and all(m.explanation.taxonomy_boost == pytest.approx(exact) for m in alike)
    assert any(m.explanation.taxonomy_boost < exact - 1e-6 for m in ordered), "a later role is scaled down"
