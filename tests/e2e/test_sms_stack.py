"""SMS end to end: signed Twilio requests to a real gateway talking to the real Rasa server.

`sms_gateway` starts a second gateway beside the stack's (same database, same Rasa) with
TWILIO_AUTH_TOKEN and PUBLIC_BASE_URL set; `sms_turn` signs each request as Twilio would.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import httpx
import pytest

from assistant.ops.stack import Stack
from tests.support.sms import new_sid, sms_gateway, sms_turn

pytestmark = pytest.mark.stack


@pytest.fixture(scope="module")
def sms(stack: Stack) -> Iterator[httpx.Client]:
    with sms_gateway(stack) as client:
        yield client


def count(stack: Stack, sql: str) -> int:
    path = stack.settings.effective_database_url.split("///", 1)[1]
    with sqlite3.connect(path) as db:
        return int(db.execute(sql).fetchone()[0])


def test_a_signed_message_is_answered_in_twiml_and_a_number_picks_a_choice(sms):
    phone = "+447700900101"
    first = sms_turn(sms, phone, "hello")
    assert first.status == 200
    assert first.xml.startswith("<?xml") and "<Response><Message>" in first.xml
    assert "not the council" in first.text
    assert "Reply with a number:\n1 Yes\n2 No" in first.text
    assert all(len(m) <= 320 for m in first.messages)
    second = sms_turn(sms, phone, "1")  # Yes
    assert second.status == 200 and second.messages
    assert "1 Yes\n2 No" not in second.text  # moved on from the consent question


def test_wrong_or_missing_signature_gets_403_and_nothing_is_processed(sms, stack):
    sessions = count(stack, "select count(*) from chat_session")
    messages = count(stack, "select count(*) from message")
    # (an erased conversation's goodbye is kept without a session for Twilio retries, so other
    # tests on the shared stack may have left some)
    unlinked = count(stack, "select count(*) from sms_processed where session_id is null")
    assert sms_turn(sms, "+447700900102", "hello", signature="").status == 403
    assert sms_turn(sms, "+447700900102", "hello", token="not-the-token").status == 403
    assert count(stack, "select count(*) from chat_session") == sessions
    assert count(stack, "select count(*) from message") == messages
    assert count(stack, "select count(*) from sms_processed where session_id is null") == unlinked


def test_stop_then_no_reply_until_start(sms):
    phone = "+447700900103"
    sms_turn(sms, phone, "hello")
    assert "START" in sms_turn(sms, phone, "STOP").text
    for words in ("hello?", "1"):
        quiet = sms_turn(sms, phone, words)
        assert quiet.status == 200 and quiet.messages == []
    back = sms_turn(sms, phone, "START")
    assert "Welcome back" in back.text and "1 Yes\n2 No" in back.text


def test_the_same_message_sid_twice_gets_one_answer(sms, stack):
    phone = "+447700900104"
    sid = new_sid()
    first = sms_turn(sms, phone, "hello", sid=sid)
    before = count(stack, "select count(*) from message")
    again = sms_turn(sms, phone, "hello", sid=sid)
    assert again.messages == first.messages
    assert count(stack, "select count(*) from message") == before  # not taken a second time


def test_the_phone_number_is_not_stored(sms, stack):
    phone = "+447700900105"
    sms_turn(sms, phone, "hello")
    path = stack.settings.effective_database_url.split("///", 1)[1]
    with sqlite3.connect(path) as db:
        db.execute("pragma wal_checkpoint(full)")
    for name in ("kitchen_table.db", "kitchen_table.db-wal"):
        file = stack.settings.var_dir / name
        if file.exists():
            assert phone.encode() not in file.read_bytes()
