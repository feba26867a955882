"""The gateway's HTTP answers, with a real gateway and no Rasa listening (a closed port)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from assistant.main import create_app
from assistant.ops.stack import free_port
from assistant.storage import store
from assistant.storage.models import ChatSession
from tests.conftest import make_settings


@pytest.fixture
def client(tmp_path) -> Iterator[TestClient]:
    settings = make_settings(
        tmp_path,
        RASA_URLS=f"http://127.0.0.1:{free_port()}",
        KT_RATE_SESSION_PER_MIN=5,
        KT_RATE_CLIENT_PER_MIN=50,
    )
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def post_chat(client: TestClient, body: object, **kwargs):
    return client.post("/api/chat", content=json.dumps(body), **kwargs)


def test_malformed_json_answers_400_with_clear_json(client):
    r = client.post("/api/chat", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400
    assert r.json()["error"] == "bad_request"
    assert "JSON" in r.json()["detail"]


def test_missing_text_answers_400_naming_the_field(client):
    r = post_chat(client, {"session_id": None})
    assert r.status_code == 400
    assert "text" in r.json()["detail"]


def test_text_that_is_not_a_string_answers_400(client):
    assert post_chat(client, {"text": 42}).status_code == 400
    assert post_chat(client, ["hello"]).status_code == 400


def test_unknown_session_answers_404(client):
    r = post_chat(client, {"session_id": "not-a-real-session", "text": "hello"})
    assert r.status_code == 404
    assert r.json()["error"] == "unknown_session"


def test_text_over_the_limit_answers_413(client):
    r = post_chat(client, {"text": "a" * 2001})
    assert r.status_code == 413
    assert r.json()["error"] == "text_too_long"
    assert "2000" in r.json()["detail"]


def test_text_at_the_limit_is_accepted_for_delivery(client):
    # Rasa is down here, so the answer is 503 (not 413): the length itself was fine.
    assert post_chat(client, {"text": "a" * 2000}).status_code == 503


def test_body_over_the_byte_limit_answers_413_even_without_content_length(client):
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(40):
            yield b"x" * 1024
        yield b'"}'

    r = client.post("/api/chat", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_rasa_down_answers_503_kindly_and_keeps_the_message(client):
    r = post_chat(client, {"text": "I need help with my mum's care"})
    assert r.status_code == 503
    body = r.json()
    assert body["error"] == "assistant_unavailable"
    assert "kept your message" in body["detail"]
    assert body["messages"][0]["text"] == body["detail"]
    assert r.headers["retry-after"]
    with Session(client.app.state.engine) as db:
        chat = store.find_session(db, token=body["session_id"])
        assert isinstance(chat, ChatSession)
        [message] = store.transcript(db, chat=chat)
    assert (message.direction, message.text, message.status) == (
        "in",
        "I need help with my mum's care",
        "undelivered",
    )
    # the same session can be used again: the person doesn't lose their place
    again = post_chat(client, {"session_id": body["session_id"], "text": "hello?"})
    assert again.status_code == 503
    assert again.json()["session_id"] == body["session_id"]


def test_too_many_messages_in_a_session_answers_429_with_retry_after(client):
    first = post_chat(client, {"text": "hello"})
    token = first.json()["session_id"]
    codes = [post_chat(client, {"session_id": token, "text": "hi"}).status_code for _ in range(6)]
    assert codes[-1] == 429
    r = post_chat(client, {"session_id": token, "text": "hi"})
    assert int(r.headers["retry-after"]) > 0
    assert r.json()["error"] == "too_many_requests"


def test_health_reports_rasa_unreachable_with_503(client):
    r = client.get("/health")
    assert r.status_code == 503
    body = r.json()
    assert body["gateway"] == "ok" and body["database"] == "ok"
    assert body["rasa"] == "unreachable" and body["status"] == "degraded"


def test_profile_of_unknown_session_answers_404(client):
    assert client.get("/api/sessions/nope/profile").status_code == 404
    assert client.get("/api/sessions/nope/plan").status_code == 404
    assert client.get("/api/sessions/nope/export").status_code == 404


def test_session_tokens_are_unguessable_and_not_stored_in_clear(client):
    token = post_chat(client, {"text": "hello"}).json()["session_id"]
    assert len(token) >= 43  # 32 random bytes, URL-safe base64
    with Session(client.app.state.engine) as db:
        chat = store.find_session(db, token=token)
        assert chat is not None and token not in (chat.token_hash, chat.sender_id)
