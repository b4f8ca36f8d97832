"""`matcher serve` and `matcher keys` as an operator uses them."""

from __future__ import annotations

import json
import re

import httpx
import pytest

from tests.run_matcher import run_matcher
from tests.service_fixtures import ServerProcess, demo_slice_lines

# Each test runs `matcher` in subprocesses over a fresh home: end to end, so slow (make test runs it).
pytestmark = pytest.mark.slow


def matcher(home, *args):
    return run_matcher(home, *args, env={"COLUMNS": "200", "MATCHER_DATABASE_URL": None}, timeout=300)


def test_keys_are_created_listed_and_revoked_from_the_command_line(tmp_path):
    created = matcher(tmp_path, "keys", "create", "--role", "staff", "--name", "Film office")
    assert created.returncode == 0, created.stderr
    key = created.stdout.strip().splitlines()[-1]
    assert key.startswith("smic_") and len(key) > 40
    listed = matcher(tmp_path, "keys", "list")
    assert "Film office" in listed.stdout and "staff" in listed.stdout and key[:12] in listed.stdout
    assert key not in listed.stdout
    revoked = matcher(tmp_path, "keys", "revoke", "1")
    assert revoked.returncode == 0 and "Revoked key 1 'Film office'" in revoked.stdout


def test_a_member_key_is_created_owning_its_profiles_and_only_member_keys_own_any(tmp_path):
    demo = tmp_path / "demo.jsonl"
    lines = demo_slice_lines(step=200)
    demo.write_text("\n".join(lines) + "\n")
    assert matcher(tmp_path, "import", str(demo)).returncode == 0
    owned = json.loads(lines[0])["id"]
    created = matcher(tmp_path, "keys", "create", "--role", "member", "--name", "Kiln", "--profile", owned)
    assert created.returncode == 0, created.stderr
    assert f"owning {owned}" in created.stdout
    assert owned in matcher(tmp_path, "keys", "list").stdout
    staff = matcher(tmp_path, "keys", "create", "--role", "staff", "--name", "x", "--profile", owned)
    assert staff.returncode == 2 and staff.stderr.strip() == (
        "error: --profile: only member keys own profiles (staff and admin keys edit any)")
    unknown = matcher(tmp_path, "keys", "create", "--role", "member", "--name", "y", "--profile", "nobody-here")
    assert unknown.returncode == 2 and unknown.stderr.strip() == "error: profiles: no profile with id 'nobody-here'"
    assert [line.split("│")[2].strip() for line in matcher(tmp_path, "keys", "list").stdout.splitlines()
            if line.startswith("│")] == ["Kiln"]  # the refused commands made no key


@pytest.mark.parametrize("args,message", [
    (("keys", "create", "--role", "boss", "--name", "x"), "error: role: must be one of member, staff, admin"),
    (("keys", "revoke", "42"), "error: no API key with id 42"),
])
def test_bad_key_commands_are_one_line_and_exit_code_2(tmp_path, args, message):
    result = matcher(tmp_path, *args)
    assert result.returncode == 2 and result.stderr.strip() == message


def test_the_first_start_loads_the_demo_and_prints_two_keys_once(tmp_path):
    demo = tmp_path / "demo.jsonl"
    demo.write_text("\n".join(demo_slice_lines(step=100)) + "\n")
    home = tmp_path / "home"
    home.mkdir()
    first = ServerProcess(home, env={"MATCHER_DEMO_PATH": str(demo)}, args=()).start()
    try:
        log = first.log()
        assert (f"Serving the matcher on {first.base_url} (page), API docs at {first.base_url}/docs") in log
        admin_key = re.search(r"^  admin  (smic_\S+)$", log, re.MULTILINE).group(1)
        staff_key = re.search(r"^  staff  (smic_\S+)$", log, re.MULTILINE).group(1)
        keys = httpx.get(f"{first.base_url}/api/keys", headers={"X-API-Key": admin_key}).json()
        assert sorted(k["role"] for k in keys) == ["admin", "staff"]
        staff = httpx.get(f"{first.base_url}/api/shortlists", headers={"Authorization": f"Bearer {staff_key}"})
        assert staff.status_code == 200
        assert httpx.get(f"{first.base_url}/api/health").json()["profiles_in_database"] == 9
    finally:
        first.stop()
    again = ServerProcess(home, env={"MATCHER_DEMO_PATH": str(demo)}, args=()).start()
    try:
        assert "admin  smic_" not in again.log() and "First start" not in again.log()
        assert httpx.get(f"{again.base_url}/api/health").json()["profiles_in_database"] == 9
    finally:
        again.stop()


DEPLOY_KEY = "deploy-secret-0123456789-abcdefghij"


def test_matcher_admin_key_makes_sure_that_key_exists(tmp_path):
    server = ServerProcess(tmp_path, env={"MATCHER_ADMIN_KEY": DEPLOY_KEY}).start()
    try:
        assert "admin  smic_" not in server.log()
        keys = httpx.get(f"{server.base_url}/api/keys", headers={"X-API-Key": DEPLOY_KEY})
        assert keys.status_code == 200
        listed = [(k["name"], k["role"], k["prefix"]) for k in keys.json()]
        assert listed == [("MATCHER_ADMIN_KEY", "admin", "deploy-secr")]
    finally:
        server.stop()


def test_an_admin_key_under_32_characters_is_refused_in_one_line(tmp_path):
    server = ServerProcess(tmp_path, env={"MATCHER_ADMIN_KEY": "x"})
    with pytest.raises(RuntimeError, match="exited with 2"):
        server.start()
    lines = server.log().strip().splitlines()
    assert lines == ["error: setting MATCHER_ADMIN_KEY: Value should have at least 32 items after validation, "
                     "not 1"], lines
