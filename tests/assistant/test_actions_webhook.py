"""The custom-action endpoint answers like rasa_sdk's own server (hand-made requests).

tests/e2e covers a real call from Rasa.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from assistant.api.actions import TOKEN_HEADER
from assistant.main import create_app
from tests.conftest import make_settings


@pytest.fixture
def client(tmp_path) -> Iterator[TestClient]:
    settings = make_settings(tmp_path, KT_ACTIONS_TOKEN="secret-token")
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def call(next_action: str, slots: dict | None = None) -> dict:
    return {
        "next_action": next_action,
        "sender_id": "someone",
        "version": "3.6.21",
        "domain": {"slots": {}, "responses": {}, "forms": {}},
        "tracker": {
            "sender_id": "someone",
            "slots": slots or {},
            "latest_message": {"intent": {"name": "greet"}, "entities": [], "text": "hi"},
            "events": [],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
        },
    }


AUTH = {TOKEN_HEADER: "secret-token"}


def test_unknown_action_answers_404(client):
    r = client.post("/actions/webhook", json=call("action_does_not_exist"), headers=AUTH)
    assert r.status_code == 404
    assert r.json()["action_name"] == "action_does_not_exist"


def test_empty_or_broken_body_answers_400(client):
    assert client.post("/actions/webhook", content=b"", headers=AUTH).status_code == 400
    assert client.post("/actions/webhook", content=b"[1,", headers=AUTH).status_code == 400


def test_missing_or_wrong_token_answers_403(client):
    assert client.post("/actions/webhook", json=call("action_welcome")).status_code == 403
    wrong = {TOKEN_HEADER: "guess"}
    assert (
        client.post("/actions/webhook", json=call("action_welcome"), headers=wrong).status_code
        == 403
    )


def test_known_action_runs_and_returns_events(client):
    r = client.post("/actions/webhook", json=call("action_welcome"), headers=AUTH)
    assert r.status_code == 200
    events = r.json()["events"]
    assert {"event": "slot", "name": "consent", "value": None} in [
        {k: e[k] for k in ("event", "name", "value")} for e in events
    ]


def test_deflate_compressed_call_is_understood(client):
    body = zlib.compress(json.dumps(call("action_welcome")).encode())
    headers = {**AUTH, "content-encoding": "deflate", "content-type": "application/json"}
    assert client.post("/actions/webhook", content=body, headers=headers).status_code == 200
