"""The index follower writes the saved index only when it holds something the saved copy lacks.

A server (and each of its workers) loads the saved index at start. Rewriting it when nothing
changed cost every worker a full write of the index (tens of megabytes at 100k profiles) half a
minute after each start; a change must still be saved, and on stop."""

from __future__ import annotations

from matcher.engine import Engine
from matcher.importers import parse_jsonl
from matcher.index import ProfileIndex
from matcher.index_files import read_manifest, version_folder
from matcher.settings import MatcherSettings
from models.profile import Profile
from service.follower import IndexFollower
from tests.service_fixtures import demo_slice_lines, fresh_database, seed_home


def test_a_loaded_index_nothing_changed_is_not_written_again_and_a_change_is(tmp_path, encoder):
    profiles = parse_jsonl("\n".join(demo_slice_lines(step=60))).profiles
    database = fresh_database("sqlite")
    seed_home(tmp_path, database, profiles, ProfileIndex.build(profiles, encoder))
    settings = MatcherSettings(home=tmp_path, database_url=database.url)
    engine = Engine(settings, encoder=encoder, catch_up=False)
    saved = version_folder(settings.index_dir)

    follower = IndexFollower(engine, interval=3600, save_interval=0.0001)  # every tick is due to save
    follower.start()
    follower.save_soon()
    follower.stop()  # catches up and ticks once more, due: nothing new, so nothing written
    assert version_folder(settings.index_dir) == saved

    newcomer = Profile.model_validate({"id": "fl-follower-new", "kind": "freelancer", "name": "Nia Newcomer",
                                       "visibility": "public", "skills": ["lantern slide projection"]})
    engine.save_profiles([newcomer])
    follower = IndexFollower(engine, interval=3600, save_interval=3600)
    follower.start()
    follower.stop()  # a stop saves what is new
    assert version_folder(settings.index_dir) != saved
    assert read_manifest(settings.index_dir)["change_seq"] == engine.index.change_seq
    engine.store.engine.dispose()
