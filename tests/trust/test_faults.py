"""Either server killed with SIGKILL in the middle of a turn: the person gets a kind answer (or,
when the gateway itself dies, a failed connection), nothing already answered is lost, and the
conversation carries on exactly where it was.

"In the middle" is exact, not a race: the gateway runs with KT_TEST_PAUSE_DIR, and a test holds
it at a pause point (assistant/conversation/pause_points.py) before killing:

- `action`: Rasa has taken the message and is waiting for a custom action from the gateway, so
  Rasa dies half-way through its turn (before it saves the tracker).
- `after_rasa`: Rasa has answered and saved its tracker, but the gateway has not yet stored the
  reply or answered the person: the worst moment for the gateway to die, because Rasa has moved
  on and the person has seen nothing.

These tests start their own stack (they kill its servers), with SMS enabled on its gateway.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from assistant.channels.sms_answer import UNAVAILABLE_TEXT
from assistant.channels.sms_sids import CLAIM_ABANDONED_AFTER
from assistant.ops.stack import Stack
from assistant.ops.training import ensure_model
from tests.conftest import make_settings
from tests.e2e.test_journey import ANSWERS, Person
from tests.support.sms import TEST_TWILIO_TOKEN, new_sid, sms_turn

pytestmark = pytest.mark.stack


class FaultStack(Stack):
    """A stack whose gateway takes signed SMS and has pause points in `pause_dir`."""

    def __init__(self, settings: Any, pause_dir: Path) -> None:
        super().__init__(settings, log=lambda _m: None)
        self.pause_dir = pause_dir

    def child_env(self) -> dict[str, str]:
        env = super().child_env()
        env.update(
            TWILIO_AUTH_TOKEN=TEST_TWILIO_TOKEN,
            PUBLIC_BASE_URL=self.gateway_url,
            KT_TEST_PAUSE_DIR=str(self.pause_dir),
        )
        return env

    def kill(self, name: str) -> None:
        """SIGKILL the server's whole process group: no clean-up of any kind runs."""
        proc = self.procs.pop(name)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)

    def restart_gateway(self) -> None:
        self.start_gateway()
        self.wait_ready(timeout=90)

    def restart_rasa(self) -> None:
        assert self.model is not None
        self.start_rasa(self.model)
        self.wait_ready(timeout=300)

    def db(self) -> sqlite3.Connection:
        return sqlite3.connect(self.settings.effective_database_url.split("///", 1)[1])

    def asking(self, sender_id: str) -> str | None:
        """The question Rasa is asking in a conversation (its `requested_slot`)."""
        tracker = httpx.get(
            f"{self.rasa_url}/conversations/{sender_id}/tracker",
            params={"token": self.settings.rasa_token, "include_events": "NONE"},
            timeout=30,
        ).json()
        return tracker["slots"].get("requested_slot")


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultStack]:
    var = tmp_path_factory.mktemp("faults-var")
    pauses = var / "pauses"
    pauses.mkdir()
    settings = make_settings(var)
    running = FaultStack(settings, pauses)
    try:
        running.start_rasa(ensure_model(settings, log=lambda _m: None))
        running.start_gateway()
        running.wait_ready(timeout=300)
        yield running
    finally:
        running.stop()


@pytest.fixture
def http(stack: FaultStack) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=stack.gateway_url, timeout=60) as client:
        yield client


@contextlib.contextmanager
def paused_at(stack: FaultStack, point: str) -> Iterator[Any]:
    """Hold the gateway at `point` for the next turn; yield a function that waits until it is."""
    gate, reached = stack.pause_dir / point, stack.pause_dir / f"{point}.reached"
    reached.unlink(missing_ok=True)
    gate.touch()

    def wait(timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not reached.exists():
            assert time.monotonic() < deadline, f"the gateway never reached {point}"
            time.sleep(0.05)

    try:
        yield wait
    finally:
        gate.unlink(missing_ok=True)
        reached.unlink(missing_ok=True)


def transcript(http: httpx.Client, sid: str) -> list[dict[str, Any]]:
    response = http.get(f"/api/sessions/{sid}/transcript")
    assert response.status_code == 200, response.text
    return list(response.json()["messages"])


def kept(before: dict[str, Any], after: dict[str, Any]) -> None:
    """Everything in the profile before is still there, unchanged."""
    for field, value in before.items():
        assert after.get(field) == value, field


def sms_session(stack: FaultStack) -> tuple[int, str]:
    """The newest SMS conversation: its row id and Rasa sender id."""
    with stack.db() as db:
        row = db.execute(
            "select id, sender_id from chat_session where channel = 'sms' order by id desc limit 1"
        ).fetchone()
    return int(row[0]), str(row[1])


def inbound_texts(stack: FaultStack, chat_id: int) -> list[tuple[str, str]]:
    with stack.db() as db:
        rows = db.execute(
            "select text, status from message where session_id = ? and direction = 'in' "
            "order by id",
            (chat_id,),
        ).fetchall()
    return [(str(text), str(status)) for text, status in rows]


def count_out(stack: FaultStack, chat_id: int) -> int:
    with stack.db() as db:
        return int(
            db.execute(
                "select count(*) from message where session_id = ? and direction = 'out'",
                (chat_id,),
            ).fetchone()[0]
        )


# ------------------------------------------------------------------------- Rasa killed


def test_rasa_killed_mid_turn_on_the_web_gives_a_kind_503_then_carries_on(stack, http):
    person = Person(http)
    person.say("hello")
    person.answer_until("preferred_name")
    before = person.profile()

    with paused_at(stack, "action") as wait, ThreadPoolExecutor(1) as pool:
        sent = pool.submit(
            http.post, "/api/chat", json={"session_id": person.sid, "text": "call me Priya"}
        )
        wait()  # Rasa has the message and is waiting for its custom action
        stack.kill("rasa")
        answer = sent.result(60)
    try:
        assert answer.status_code == 503
        body = answer.json()
        assert body["error"] == "assistant_unavailable"
        assert "kept your message" in body["detail"] and "try again" in body["detail"]
        assert body["session_id"] == person.sid
        assert int(answer.headers["Retry-After"]) > 0
        last = transcript(http, person.sid)[-1]
        assert (last["direction"], last["text"], last["status"]) == (
            "in",
            "call me Priya",
            "undelivered",
        )
        kept(before, person.profile())
    finally:
        stack.restart_rasa()

    person.say("call me Priya")
    assert person.asking == "admired_qualities"
    assert person.profile()["preferred_name"] == "Priya"
    kept({k: v for k, v in before.items() if k != "preferred_name"}, person.profile())


def test_rasa_killed_mid_turn_by_sms_gets_a_short_kind_text_then_carries_on(stack):
    phone = "+447700900201"
    with httpx.Client(base_url=stack.gateway_url, timeout=60) as sms:
        assert "1 Yes\n2 No" in sms_turn(sms, phone, "hello").text
        chat_id, sender = sms_session(stack)
        assert stack.asking(sender) == "consent"

        with paused_at(stack, "action") as wait, ThreadPoolExecutor(1) as pool:
            sent = pool.submit(sms_turn, sms, phone, "1")
            wait()
            stack.kill("rasa")
            reply = sent.result(60)
        try:
            assert reply.status == 200  # Twilio must not retry: the person gets a short text
            assert reply.messages == [UNAVAILABLE_TEXT]
            assert len(UNAVAILABLE_TEXT) <= 160
            assert inbound_texts(stack, chat_id)[-1][1] == "undelivered"
        finally:
            stack.restart_rasa()

        again = sms_turn(sms, phone, "1")  # the person sends it again, as the text asked
        assert again.status == 200 and again.messages
        assert again.messages != [UNAVAILABLE_TEXT]
        assert stack.asking(sender) == "answering_for"


# ------------------------------------------------------------------------- gateway killed


def test_gateway_killed_mid_turn_on_the_web_loses_nothing_and_the_retry_is_answered_once(
    stack, http
):
    person = Person(http)
    person.say("hello")
    person.answer_until("admired_qualities")
    before = person.profile()
    words = ANSWERS["admired_qualities"]

    with paused_at(stack, "after_rasa") as wait, ThreadPoolExecutor(1) as pool:
        sent = pool.submit(http.post, "/api/chat", json={"session_id": person.sid, "text": words})
        wait()  # Rasa has answered and moved on; the gateway has not stored or sent the reply
        stack.kill("gateway")
        with pytest.raises(httpx.TransportError):  # what the widget sees: a lost connection
            sent.result(60)
    stack.restart_gateway()

    kept(before, person.profile())
    cut = transcript(http, person.sid)
    assert cut[-1]["direction"] == "in" and cut[-1]["text"] == words
    assert cut[-1]["status"] == "received"  # taken, but never answered

    # the widget keeps the typed words; the person sends them again
    person.say(words)
    assert person.asking == "typical_week"  # the answer was taken once, not twice
    assert "admired_qualities" in person.profile()
    mended = transcript(http, person.sid)
    mine = [m for m in mended if m["direction"] == "in" and m["text"] == words]
    assert len(mine) == 1 and mine[0]["status"] == "answered"
    assert mended[-1]["direction"] == "out"

    person.say(ANSWERS["typical_week"])
    assert person.asking == "people"  # and it carries on from there
    kept(before, person.profile())


def test_gateway_killed_during_an_sms_turn_twilio_retry_is_answered_once(stack):
    phone = "+447700900202"
    sid = new_sid()
    with httpx.Client(base_url=stack.gateway_url, timeout=60) as sms:
        assert "1 Yes\n2 No" in sms_turn(sms, phone, "hello").text
        chat_id, sender = sms_session(stack)
        taken_before = inbound_texts(stack, chat_id)

        with paused_at(stack, "after_rasa") as wait, ThreadPoolExecutor(1) as pool:
            sent = pool.submit(sms_turn, sms, phone, "1", sid=sid)
            wait()
            claimed = time.monotonic()
            stack.kill("gateway")
            with pytest.raises(httpx.TransportError):
                sent.result(60)
        stack.restart_gateway()
        assert stack.asking(sender) == "answering_for"  # Rasa had taken it before the kill

        # Twilio retries the same MessageSid. A claim with no reply is only taken over once it
        # is older than any live turn can be (a retry before that gets an empty <Response/>).
        time.sleep(max(0.0, claimed + CLAIM_ABANDONED_AFTER.total_seconds() + 1 - time.monotonic()))
        retry = sms_turn(sms, phone, "1", sid=sid)
        assert retry.status == 200 and retry.messages
        assert retry.messages != [UNAVAILABLE_TEXT]
        assert stack.asking(sender) == "answering_for"  # not taken a second time
        taken = inbound_texts(stack, chat_id)
        assert len(taken) == len(taken_before) + 1 and taken[-1][1] == "answered"
        replies = count_out(stack, chat_id)

        again = sms_turn(sms, phone, "1", sid=sid)  # and once more: the same answer, nothing new
        assert again.messages == retry.messages
        assert inbound_texts(stack, chat_id) == taken
        assert count_out(stack, chat_id) == replies
