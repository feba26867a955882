"""A long conversation on a Rasa that starts a new session every few turns goes exactly as on
one that never does (issue 18): the same question at every turn, the same actions, the same
Profile; every message is still in the transcript and every event still in the tracker store;
after a gap of months the person carries on where they were; and erasing the conversation still
removes all of it.

Two stacks of their own: `KT_RASA_SESSION_EVENTS=0` (never a new session, as before issue 18)
and a small number, so that new sessions start many times in one conversation."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlmodel import Session

from assistant.ops.stack import Stack
from assistant.ops.training import ensure_model
from assistant.storage import store
from assistant.storage.db import make_engine
from bench.journeys import load_personas
from bench.long_conversation import LongScript, move_back
from tests.conftest import make_settings

pytestmark = pytest.mark.stack

TURNS = 90  # the journey with interruptions, a plan, then changes and a second plan


def _start(var: Path, session_events: int) -> Stack:
    settings = make_settings(var, KT_RASA_SESSION_EVENTS=session_events)
    running = Stack(settings, log=lambda _m: None)
    with pytest.MonkeyPatch.context() as env:  # one person, as fast as replies come
        env.setenv("KT_RATE_CLIENT_PER_MIN", "100000")
        env.setenv("KT_RATE_SESSION_PER_MIN", "100000")
        running.start_rasa(ensure_model(settings, log=lambda _m: None))
        running.start_gateway()
    return running


@pytest.fixture(scope="module")
def stacks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Stack, Stack]]:
    never = _start(tmp_path_factory.mktemp("never-var"), 0)
    often = _start(tmp_path_factory.mktemp("often-var"), 12)
    try:
        never.wait_ready(timeout=240)
        often.wait_ready(timeout=240)
        yield never, often
    finally:
        never.stop()
        often.stop()


def _talk(stack: Stack) -> tuple[str, list[dict[str, Any]]]:
    persona = next(p for p in load_personas() if p.name == "buttons_and_back")
    script = LongScript(persona, seed=18)
    replies: list[dict[str, Any]] = []
    body: dict[str, Any] = {"text": persona.greeting}
    with httpx.Client(base_url=stack.gateway_url, timeout=60) as http:
        for _ in range(TURNS):
            response = http.post("/api/chat", json=body)
            assert response.status_code == 200, response.text
            reply = response.json()
            replies.append(reply)
            body = {"session_id": reply["session_id"],
                    "text": script.next_text(reply["state"]["asking"])}  # fmt: skip
    return replies[0]["session_id"], replies


def _sender(stack: Stack, session_id: str) -> str:
    engine = make_engine(stack.settings.effective_database_url)
    try:
        with Session(engine) as db:
            chat = store.find_session(db, token=session_id)
            assert chat is not None
            return chat.sender_id
    finally:
        engine.dispose()


def _turns(stack: Stack, sender: str) -> list[tuple[str, list[str]]]:
    """Each message Rasa took (its intent) and the actions it ran for it, from every stored
    event; the events that begin a session (`action_session_start` up to the next message) are
    left out, so the two stacks can be compared."""
    response = httpx.get(
        f"{stack.rasa_urls[0]}/conversations/{sender}/tracker",
        params={"token": stack.settings.rasa_token, "include_events": "ALL"},
        timeout=60,
    )
    response.raise_for_status()
    turns: list[tuple[str, list[str]]] = []
    starting = False
    for event in response.json()["events"]:
        kind = event.get("event")
        if kind == "action" and event.get("name") == "action_session_start":
            starting = True
        elif kind == "user":
            starting = False
            turns.append(((event.get("parse_data") or {}).get("intent", {}).get("name"), []))
        elif kind == "action" and not starting and turns:
            turns[-1][1].append(event["name"])
    return turns


def _rows(stack: Stack, sender: str) -> int:
    with sqlite3.connect(stack.settings.var_dir / "rasa_tracker.db") as conn:
        sql = "SELECT count(*) FROM events WHERE sender_id = ?"
        return int(conn.execute(sql, (sender,)).fetchone()[0])


def _sessions(stack: Stack, sender: str) -> int:
    with sqlite3.connect(stack.settings.var_dir / "rasa_tracker.db") as conn:
        sql = "SELECT count(*) FROM events WHERE sender_id = ? AND type_name = 'session_started'"
        return int(conn.execute(sql, (sender,)).fetchone()[0])


def test_new_sessions_change_nothing_in_a_long_conversation(stacks):
    never, often = stacks
    sid_never, replies_never = _talk(never)
    sid_often, replies_often = _talk(often)
    sender_never, sender_often = _sender(never, sid_never), _sender(often, sid_often)
    assert _sessions(never, sender_never) == 1
    assert _sessions(often, sender_often) > 5, "the small setting should start many sessions"
    # the same question, stage and plan at every turn, and as many messages
    for i, (a, b) in enumerate(zip(replies_never, replies_often, strict=True)):
        assert a["state"] == b["state"], (i, a["state"], b["state"])
        assert len(a["messages"]) == len(b["messages"]), (i, a["messages"], b["messages"])
    assert sum(r["state"]["plan_ready"] and r["state"]["stage"] == "plan"
               for r in replies_often) > 0, "the conversation should reach a plan"  # fmt: skip
    # the same actions for every message, read from the whole of each tracker store
    assert _turns(often, sender_often) == _turns(never, sender_never)
    with httpx.Client(timeout=60) as http:
        profile_never = http.get(f"{never.gateway_url}/api/sessions/{sid_never}/profile").json()
        profile_often = http.get(f"{often.gateway_url}/api/sessions/{sid_often}/profile").json()
        assert profile_often == profile_never
        # nothing is lost: every message in the transcript, every event still stored
        export = http.get(f"{often.gateway_url}/api/sessions/{sid_often}/export").json()
        said = [m for m in export["transcript"] if m["direction"] == "in"]
        assert len(said) == TURNS
        assert export["dialogue"]["events"] == _rows(often, sender_often)
        assert _rows(often, sender_often) > _rows(never, sender_never)
        plain = http.get(f"{never.gateway_url}/api/sessions/{sid_never}/export").json()
        assert export["dialogue"]["slots"] == plain["dialogue"]["slots"]
        # months later, the person comes back in the middle of a question and carries on there
        chat = f"{often.gateway_url}/api/chat"
        said = http.post(chat, json={"session_id": sid_often, "text": "change my budget"}).json()
        assert said["state"]["asking"] == "budget_amount", said
        before = http.get(f"{often.gateway_url}/api/sessions/{sid_often}/profile").json()
        move_back(often.settings.var_dir, often.settings.effective_database_url, sid_often, 90)
        back = http.post(chat, json={"session_id": sid_often, "text": "hello again"}).json()
        assert back["state"] == said["state"], back
        assert http.get(f"{often.gateway_url}/api/sessions/{sid_often}/profile").json() == before
        on = http.post(chat, json={"session_id": sid_often, "text": "£200 a week"}).json()
        assert on["state"]["asking"] == "confirm_summary", on
        # and erasure still takes every one of them
        gone = http.delete(f"{often.gateway_url}/api/sessions/{sid_often}")
        assert gone.status_code == 204
        assert _rows(often, sender_often) == 0
        assert http.get(f"{often.gateway_url}/api/sessions/{sid_often}/profile").status_code == 404
