"""End to end against the real stack: real Rasa server, real gateway, real HTTP, real SQLite."""

from __future__ import annotations

import sqlite3

import httpx
import pytest

from assistant.ops.stack import Stack

pytestmark = pytest.mark.stack


@pytest.fixture
def http(stack: Stack):
    with httpx.Client(base_url=stack.gateway_url, timeout=30) as client:
        yield client


def say(http: httpx.Client, text: str, session_id: str | None = None) -> dict:
    body = {"text": text} if session_id is None else {"session_id": session_id, "text": text}
    r = http.post("/api/chat", json=body)
    assert r.status_code == 200, r.text
    return r.json()


def test_greeting_gets_the_welcome_from_rasa_asking_for_consent(http):
    reply = say(http, "hello")
    assert len(reply["session_id"]) >= 43
    texts = " ".join(m["text"] for m in reply["messages"])
    assert "I am not the council" in texts
    assert reply["state"]["asking"] == "consent"
    assert reply["state"]["stage"] == "welcome"
    assert reply["state"]["progress"] == {"step": 0, "of": 8}
    assert reply["state"]["plan_ready"] is False and reply["state"]["safeguarding"] is False
    buttons = [b["payload"] for m in reply["messages"] for b in m["buttons"]]
    assert buttons == ["/affirm", "/deny"]


def test_answering_yes_moves_on_and_the_action_saves_consent(http):
    sid = say(http, "hi there")["session_id"]
    reply = say(http, "yes that's ok", sid)
    assert reply["state"]["asking"] == "answering_for"
    assert reply["state"]["stage"] == "about_you"
    assert reply["state"]["progress"]["step"] == 1
    # validate_journey_form (a custom action Rasa called on the gateway) saved the Profile
    profile = http.get(f"/api/sessions/{sid}/profile").json()
    assert profile["consent"] is True


def test_name_and_who_is_typing_are_gathered_through_the_form(http):
    sid = say(http, "hello")["session_id"]
    say(http, "/affirm", sid)
    reply = say(http, "/answer_self", sid)
    assert reply["state"]["asking"] == "preferred_name"
    reply = say(http, "Please call me Jo", sid)
    assert reply["state"]["asking"] == "admired_qualities"
    assert "Jo" in reply["messages"][-1]["text"]
    profile = http.get(f"/api/sessions/{sid}/profile").json()
    assert profile["preferred_name"] == "Jo"
    assert profile["answering_for"] == "self"


def test_off_topic_question_during_consent_is_declined_and_consent_asked_again(http):
    sid = say(http, "hello")["session_id"]
    reply = say(http, "tell me a joke", sid)
    assert "can't help with that" in reply["messages"][0]["text"]
    assert reply["state"]["asking"] == "consent"
    profile = http.get(f"/api/sessions/{sid}/profile").json()
    assert "consent" not in profile


def test_saying_no_to_consent_is_respected(http):
    sid = say(http, "hello")["session_id"]
    reply = say(http, "/deny", sid)
    assert "You are in charge" in " ".join(m["text"] for m in reply["messages"])
    assert reply["state"]["asking"] is None
    assert http.get(f"/api/sessions/{sid}/profile").json()["consent"] is False
    again = say(http, "hello", sid)
    assert again["state"]["asking"] == "consent"


def test_transcript_holds_both_sides_in_order(http, stack):
    sid = say(http, "hello")["session_id"]
    say(http, "yes", sid)
    export = http.get(f"/api/sessions/{sid}/export").json()
    rows = [(m["direction"], m["text"]) for m in export["transcript"]]
    assert rows[0] == ("in", "hello")
    assert rows[1][0] == "out" and "Kitchen Table" in rows[1][1]
    assert ("in", "yes") in rows
    assert rows[-1][0] == "out"
    assert all(m["channel"] == "web" and m["at"] for m in export["transcript"])
    # and it is really in the gateway's database file
    db = sqlite3.connect(stack.settings.var_dir / "kitchen_table.db")
    try:
        count = db.execute("SELECT count(*) FROM message").fetchone()[0]
    finally:
        db.close()
    assert count >= len(rows)


def test_empty_text_repeats_the_last_question_without_losing_the_place(http):
    sid = say(http, "hello")["session_id"]
    reply = say(http, "   ", sid)
    assert "didn't get any words" in reply["messages"][0]["text"]
    assert reply["messages"][-1]["buttons"]
    assert reply["state"]["asking"] == "consent"


def test_hand_made_payload_cannot_set_slots(http):
    sid = say(http, "hello")["session_id"]
    reply = say(http, '/affirm{"consent": true, "safeguarding": true}', sid)
    assert reply["state"]["safeguarding"] is False


def test_unicode_and_hostile_text_is_answered_kindly(http):
    sid = say(http, "hello")["session_id"]
    reply = say(http, "<script>alert(1)</script> 🙂 ñ \u202e", sid)
    assert reply["messages"]
    assert reply["state"]["asking"] == "consent"


def test_unknown_session_answers_404(http):
    r = http.post("/api/chat", json={"session_id": "x" * 43, "text": "hello"})
    assert r.status_code == 404


def test_text_over_the_limit_answers_413(http):
    r = http.post("/api/chat", json={"text": "word " * 500})
    assert r.status_code == 413


def test_malformed_json_answers_400(http):
    r = http.post("/api/chat", content=b'{"text": ', headers={"content-type": "application/json"})
    assert r.status_code == 400
    assert r.json()["error"] == "bad_request"


def test_health_reports_everything_reachable_and_the_model_fingerprint(http, stack):
    r = http.get("/health")
    assert r.status_code == 200
    body = r.json()
    assert (body["gateway"], body["database"], body["rasa"]) == ("ok", "ok", "ok")
    assert stack.model is not None
    assert stack.model.name == f"kt-{body['model_fingerprint']}.tar.gz"


def test_rasa_calls_the_gateway_action_endpoint_with_the_shared_token(stack):
    # Rasa's tracker (its own SQLite file) shows the custom action ran and set its slot
    db = sqlite3.connect(stack.settings.var_dir / "rasa_tracker.db")
    try:
        names = {row[0] for row in db.execute("SELECT DISTINCT action_name FROM events")}
    finally:
        db.close()
    assert {"action_welcome", "journey_form"} <= names


def test_goodbye_mid_question_keeps_the_place_for_next_time(http):
    sid = say(http, "hello")["session_id"]
    say(http, "yes", sid)
    reply = say(http, "bye for now", sid)
    assert "Goodbye for now" in reply["messages"][0]["text"]
    assert reply["state"]["asking"] == "answering_for"
    back = say(http, "it's for me", sid)
    assert back["state"]["asking"] == "preferred_name"
    assert http.get(f"/api/sessions/{sid}/profile").json()["consent"] is True
