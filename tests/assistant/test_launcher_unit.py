import os

import yaml

from assistant.ops.rasa_config import write_endpoints
from assistant.ops.training import fingerprint, prune_models
from assistant.storage.tracker import tracker_store_config
from tests.conftest import make_settings


def test_fingerprint_is_stable_and_changes_with_the_training_data(tmp_path):
    for name in ("assistant/rasa_side", "nlu_data", "stories"):
        (tmp_path / name).mkdir(parents=True)
    (tmp_path / "assistant/rasa_side/config.yml").write_text("pipeline: []")
    (tmp_path / "assistant/rasa_side/domain").mkdir()
    (tmp_path / "assistant/rasa_side/domain/base.yml").write_text("intents: [greet]")
    (tmp_path / "nlu_data/a.yml").write_text("nlu: []")
    first = fingerprint(tmp_path)
    assert fingerprint(tmp_path) == first
    (tmp_path / "nlu_data/a.yml").write_text("nlu: [x]")
    assert fingerprint(tmp_path) != first
    (tmp_path / "nlu_data/notes.txt").write_text("not training data")
    assert fingerprint(tmp_path) == fingerprint(tmp_path)


def test_prune_models_keeps_the_current_and_two_spares(tmp_path):
    paths = []
    for i in range(5):
        p = tmp_path / f"kt-{i:016x}.tar.gz"
        p.write_bytes(b"x")
        os.utime(p, (i, i))
        paths.append(p)
    prune_models(tmp_path, keep=paths[0])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (paths[0], paths[3], paths[4])
    )


def test_endpoints_file_points_rasa_at_the_gateway_with_a_token_and_is_private(tmp_path):
    settings = make_settings(tmp_path, KT_GATEWAY_PORT=8123, KT_ACTIONS_TOKEN="tok")
    path = write_endpoints(settings, tmp_path / "endpoints.yml")
    config = yaml.safe_load(path.read_text())
    assert config["action_endpoint"]["url"] == "http://127.0.0.1:8123/actions/webhook"
    assert config["action_endpoint"]["headers"] == {"X-Kitchen-Table-Action-Token": "tok"}
    assert config["tracker_store"]["dialect"] == "sqlite"
    assert "lock_store" not in config
    assert path.stat().st_mode & 0o077 == 0


def test_tracker_store_from_a_postgres_url(tmp_path):
    settings = make_settings(tmp_path, RASA_TRACKER_URL="postgresql://kt:pw@db.local:5433/rasa")
    assert tracker_store_config(settings) == {
        "type": "SQL",
        "dialect": "postgresql",
        "url": "db.local",
        "db": "rasa",
        "port": 5433,
        "username": "kt",
        "password": "pw",
    }


def test_redis_url_adds_a_lock_store(tmp_path):
    settings = make_settings(tmp_path, REDIS_URL="redis://127.0.0.1:6380/2")
    config = yaml.safe_load(write_endpoints(settings, tmp_path / "e.yml").read_text())
    assert config["lock_store"] == {"type": "redis", "url": "127.0.0.1", "port": 6380, "db": 2}


def test_a_token_that_starts_with_a_dash_still_reaches_rasa_as_the_token(tmp_path, monkeypatch):
    """secrets.token_urlsafe can start with "-": as a separate argument Rasa's argparse read it
    as an option and the server refused to start ("expected one argument")."""
    import argparse

    from assistant.ops.stack import Stack

    token = "-tDashFirst_x"
    settings = make_settings(tmp_path, RASA_TOKEN=token)
    stack = Stack(settings)
    spawned = {}
    monkeypatch.setattr(stack, "_spawn", lambda name, cmd, env: spawned.update({name: cmd}))
    stack.start_rasa(tmp_path / "model.tar.gz")
    cmd = spawned["rasa"]
    parser = argparse.ArgumentParser()  # the same option shape as `rasa run`
    parser.add_argument("-t", "--auth-token")
    parser.add_argument("-p", "--port")
    parsed, _ = parser.parse_known_args(cmd[2:])
    assert parsed.auth_token == token
