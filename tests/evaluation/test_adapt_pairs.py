"""The encoder's training pairs: ESCO rows split into label, alternatives and description, and
nothing of a judged query's occupation or words reaches training (dev or held-out alike).
Every text here is invented for the test, shaped like the real files."""

from __future__ import annotations

import csv
import json

from evaluation.adapt_encoder import _batches
from evaluation.adapt_pairs import Pair, _split_row, build_pairs

_ROWS = {
    "esco/1": "lighting rigger stage lighting rigger lighting crew rigger Lighting riggers hang and focus lamps. "
              "They work at height. They check cables.",
    "esco/2": "boom swinger boom operator microphone boom swinger Boom swingers hold the microphone over the scene.",
    "esco/3": "puppet fabricator puppet builder Puppet fabricators make puppets for screen and stage work.",
    "esco/4": "greens keeper studio greens keeper Greens keepers look after plants on set for a long shoot day.",
}


def _write(tmp_path):
    data = tmp_path / "esco"
    data.mkdir()
    with (data / "occupations.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "description"])
        writer.writerows(_ROWS.items())
    reference = tmp_path / "reference"
    reference.mkdir()
    (reference / "esco_screen_occupation_skills.csv").write_text(
        "occupation,relation,skill_type,skill\n"
        "boom swinger,essential,skill/competence,hold a microphone boom\n"
        "puppet fabricator,essential,skill/competence,carve foam heads\n"
        "puppet fabricator,optional,skill/competence,paint latex\n")
    (reference / "film_credit_jobs.csv").write_text(
        "department,job,people_credited\nSound,Boom Swinger,10\nArt,Puppet Maker,3\n")
    reallang = tmp_path / "reallang"
    for split, query in (("dev", {"_id": "q1", "text": "Boom Operator", "metadata": {"occupation": "boom-op"}}),
                         ("heldout", {"_id": "q2", "text": "plants on set for a long shoot day",
                                      "metadata": {"occupation": "grip[rigger:2]", "esco_uri": "esco/3"}})):
        (reallang / split).mkdir(parents=True)
        (reallang / split / "queries.jsonl").write_text(json.dumps(query) + "\n")
    (reallang / "profile_occupations.tsv").write_text(
        "corpus-id\tkind\tmain_occupation\tsecondary_or_services\twording\trole_as_written\n"
        "p1\tfreelancer\tboom-op\t\tesco\tBoom swinger\n"
        "p2\tfreelancer\trigger\t\tcredit\tLighting Crew Rigger\n")
    return data / "occupations.csv", reference, reallang


def test_an_esco_row_splits_into_label_alternatives_and_two_sentences_of_description():
    row = _split_row("esco/1", _ROWS["esco/1"])
    assert row.label == "lighting rigger"
    assert row.alternatives == ("stage lighting rigger", "lighting crew rigger")
    assert row.description == "Lighting riggers hang and focus lamps. They work at height."


def test_no_pair_comes_from_a_query_occupation_or_a_query_text(tmp_path):
    pairs, counts = build_pairs(*_write(tmp_path), seed=1)
    texts = {text for p in pairs for text in (p.anchor, p.positive)}
    # boom-op (dev) is named "Boom swinger" by a profile: its ESCO row, skills and credit go.
    assert not any("boom" in t.lower() for t in texts)
    # esco/3 is a held-out query's URI; rigger (a held-out grade-2 occupation) names esco/1's alternative.
    assert not any("puppet fabricator" in t.lower() or "rigger" in t.lower() for t in texts)
    # esco/4 shares six words with a held-out query: its description pairs go, the label pair's other side too.
    assert not any("long shoot day" in t for t in texts)
    assert Pair("Puppet Maker", "Art department", "tmdb job->department") in pairs
    assert counts["esco occupations excluded"] == 3 and counts["credit jobs excluded"] == 1
    assert counts["pairs dropped (exact query text or six-word span)"] >= 2


def test_a_batch_never_holds_the_same_text_twice():
    pairs = [Pair(f"job {i}", f"department {i % 3}", "t") for i in range(30)]
    batches = _batches(pairs, 8, seed=3)
    for batch in batches:
        texts = [t for p in batch for t in (p.anchor, p.positive)]
        assert len(texts) == len(set(texts))
    assert sum(len(b) for b in batches) == 30
