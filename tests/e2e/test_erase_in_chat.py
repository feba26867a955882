"""Data rights in the conversation itself, on the real stack: "what do you keep about me?" is
answered plainly, and "delete everything you know about me" is confirmed first, then erased from
both databases (checked by reading them directly), on the web and by SMS."""

from __future__ import annotations

import sqlite3

import httpx
import pytest

from assistant.ops.stack import Stack
from tests.e2e.test_journey import Person
from tests.support.sms import sms_gateway, sms_turn

pytestmark = pytest.mark.stack


def count(path, table: str, column: str, value: object) -> int:
    with sqlite3.connect(path) as conn:
        sql = f"SELECT count(*) FROM {table} WHERE {column} = ?"
        return int(conn.execute(sql, (value,)).fetchone()[0])


def test_what_we_keep_is_answered_in_the_journey_and_nothing_is_stored(stack: Stack):
    with httpx.Client(base_url=stack.gateway_url, timeout=60) as http:
        person = Person(http)
        person.say("hello")
        person.answer_until("typical_week")
        person.say("what do you keep about me?")
        assert "I keep your answers, your plan and our chat" in person.text()
        assert person.asking == "typical_week"
        assert "typical_week" not in person.profile()


def test_delete_everything_is_confirmed_first_then_erased_everywhere(stack: Stack):
    gateway_db = stack.settings.var_dir / "kitchen_table.db"
    tracker_db = stack.settings.var_dir / "rasa_tracker.db"
    with httpx.Client(base_url=stack.gateway_url, timeout=60) as http:
        person = Person(http)
        person.say("hello")
        person.answer_until("dreams")
        before = person.profile()

        # asked first; a no keeps everything and goes back to the question
        person.say("please delete everything you know about me")
        assert person.asking == "erase_confirm" and "cannot be undone" in person.text()
        person.say("no")
        assert person.asking == "dreams" and "not deleted anything" in person.text()
        assert person.profile() == before

        person.say("actually, delete my data")
        assert person.asking == "erase_confirm"
        with sqlite3.connect(gateway_db) as conn:
            # the newest conversation is this one (tests on the shared stack run one at a time)
            query = "SELECT id, sender_id FROM chat_session ORDER BY id DESC LIMIT 1"
            chat_id, sender = conn.execute(query).fetchone()
        assert count(tracker_db, "events", "sender_id", sender) > 0
        reply = person.say("yes")
        assert "deleted everything" in person.text() and reply["erased"] is True
        assert person.replies[-1]["state"]["asking"] is None

        assert count(tracker_db, "events", "sender_id", sender) == 0
        assert count(gateway_db, "message", "session_id", chat_id) == 0
        assert count(gateway_db, "chat_session", "id", chat_id) == 0
        assert http.get(f"/api/sessions/{person.sid}/profile").status_code == 404
        reply = http.post("/api/chat", json={"session_id": person.sid, "text": "hello"})
        assert reply.status_code == 404


def test_by_sms_delete_my_data_is_confirmed_then_the_number_starts_afresh(stack: Stack):
    gateway_db = stack.settings.var_dir / "kitchen_table.db"
    tracker_db = stack.settings.var_dir / "rasa_tracker.db"
    phone = "+447700900555"
    with sms_gateway(stack) as sms:
        assert "not the council" in sms_turn(sms, phone, "hello").text
        sms_turn(sms, phone, "1")  # yes to consent
        with sqlite3.connect(gateway_db) as conn:
            query = "SELECT id, sender_id FROM chat_session ORDER BY id DESC LIMIT 1"
            chat_id, sender = conn.execute(query).fetchone()
        assert count(tracker_db, "events", "sender_id", sender) > 0

        asked = sms_turn(sms, phone, "pls delete my data")
        assert "cannot be undone" in asked.text and "1" in asked.text, asked.text
        done = sms_turn(sms, phone, "1")  # yes, delete it all
        assert "deleted everything" in done.text and all(len(m) <= 320 for m in done.messages)

        assert count(tracker_db, "events", "sender_id", sender) == 0
        assert count(gateway_db, "chat_session", "id", chat_id) == 0
        assert count(gateway_db, "message", "session_id", chat_id) == 0
        # the next text from the same number is a new conversation, from the first question
        again = sms_turn(sms, phone, "hello")
        assert "not the council" in again.text
        with sqlite3.connect(gateway_db) as conn:
            query = "SELECT sender_id FROM chat_session ORDER BY id DESC LIMIT 1"
            newest = conn.execute(query).fetchone()[0]
        assert newest != sender
