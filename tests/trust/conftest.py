"""Set-up for the data-rights tests (export, erasure, retention): a real gateway (TestClient, real
SQLite) whose Rasa is a stand-in that writes its events into a real tracker-store file with
Rasa's own `events` table, so erasure can be checked by reading both databases directly."""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from assistant.brokers import register, service
from assistant.main import create_app
from assistant.ops.stack import free_port
from assistant.storage import store
from planner import draft_plan, load_rate_card, plan_to_dict
from tests.brokers.conftest import profile
from tests.conftest import make_settings
from tests.support.sms import TEST_TWILIO_TOKEN

# Rasa 3.6's SQLTrackerStore table, as Rasa creates it
EVENTS_DDL = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER NOT NULL PRIMARY KEY, sender_id VARCHAR(255) NOT NULL,
    type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255),
    action_name VARCHAR(255), data TEXT
)"""


@dataclass
class FakeRasa:
    """Answers the REST channel and the tracker like Rasa, and stores events like its tracker
    store. `erase_on` is the text after which the tracker says `erase_confirmed: true`."""

    tracker_db: Path
    erase_on: str = "yes delete it all"
    goodbye: str = "Everything is deleted. Goodbye."
    received: list[dict[str, Any]] = field(default_factory=list)

    def add_event(self, sender: str, event: dict[str, Any], *, at: float | None = None) -> None:
        at = time.time() if at is None else at
        with sqlite3.connect(self.tracker_db) as conn:
            conn.execute(EVENTS_DDL)
            conn.execute(
                "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, ?, ?, ?)",
                (sender, event["event"], at, json.dumps({**event, "timestamp": at})),
            )

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/webhooks/rest/webhook":
            body = json.loads(request.content)
            self.received.append(body)
            sender, text = body["sender"], body["message"]
            self.add_event(sender, {"event": "user", "text": text})
            if text == self.erase_on:
                self.add_event(sender, {"event": "slot", "name": "erase_confirmed", "value": True})
                reply = self.goodbye
            else:
                self.add_event(sender, {"event": "slot", "name": "last_words", "value": text})
                reply = "Thank you. What else?"
            self.add_event(sender, {"event": "bot", "text": reply})
            return httpx.Response(200, json=[{"recipient_id": sender, "text": reply}])
        if request.url.path.endswith("/tracker"):
            sender = request.url.path.split("/")[-2]
            slots: dict[str, Any] = {}
            with sqlite3.connect(self.tracker_db) as conn:
                conn.execute(EVENTS_DDL)
                rows = conn.execute(
                    "SELECT data FROM events WHERE sender_id = ? AND type_name = 'slot' "
                    "ORDER BY id",
                    (sender,),
                ).fetchall()
            for (data,) in rows:
                event = json.loads(data)
                slots[event["name"]] = event["value"]
            return httpx.Response(
                200, json={"slots": slots, "active_loop": {}, "latest_message": {}}
            )
        return httpx.Response(404, json={})


@dataclass
class Held:
    """One person's conversation with something in every table."""

    token: str
    chat_id: int
    sender_id: str
    plan_id: str
    plan_key: str
    share_id: str
    comment_id: str
    suggestion_id: str


@dataclass
class TrustGateway:
    app: FastAPI
    client: TestClient
    rasa: FakeRasa
    db_file: Path
    tracker_db: Path

    def db(self) -> Session:
        return Session(self.app.state.engine)

    def other_client(self, base_url: str = "http://testserver") -> TestClient:
        """A second browser on the same running app (its own cookie jar)."""
        return TestClient(self.app, base_url=base_url)

    def gateway_rows(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        """Read the gateway's SQLite file directly (not through the app)."""
        with sqlite3.connect(self.db_file) as conn:
            return conn.execute(sql, args).fetchall()

    def tracker_rows(self, sender_id: str) -> int:
        """Rows in the tracker store's `events` table for one conversation, read directly."""
        with sqlite3.connect(self.tracker_db) as conn:
            conn.execute(EVENTS_DDL)
            query = "SELECT count(*) FROM events WHERE sender_id = ?"
            return int(conn.execute(query, (sender_id,)).fetchone()[0])

    def chat(self, text: str, token: str | None = None) -> httpx.Response:
        body: dict[str, Any] = {"text": text}
        if token:
            body["session_id"] = token
        return self.client.post("/api/chat", json=body)

    def person(self, *, name: str = "Ottoline Barraclough") -> Held:
        """A conversation by web chat with a profile, a plan (two versions), a share with a
        broker, a comment, a suggestion and events in the tracker store."""
        first = self.chat("hello")
        token = first.json()["session_id"]
        self.chat(f"call me {name}", token)
        data = profile(preferred_name=name)
        with self.db() as db:
            chat = store.find_session(db, token=token)
            assert chat is not None and chat.id is not None
            store.save_profile(db, chat=chat, data=data)
            record = None
            for _ in range(2):
                plan_id, version = store.next_plan_identity(db, chat=chat)
                plan = draft_plan(
                    data,
                    load_rate_card(),
                    plan_id=plan_id,
                    created_at=datetime.now(UTC),
                    version=version,
                )
                record = store.save_plan(db, chat=chat, plan=plan_to_dict(plan))
            assert record is not None
            key = store.plan_key(db, chat=chat)
            broker = register.find(db, "amara-okafor")
            share = service.share_plan(
                db, chat=chat, plan_id=record.plan_id, broker=broker, include_transcript=True
            )
            comment = service.add_comment(
                db, broker=broker, share=share, section_key="plan", text="A kind, clear plan."
            )
            suggestion = service.add_suggestion(
                db,
                broker=broker,
                share=share,
                reason="Say more about the garden.",
                section_key="important_to_me",
                text="My garden matters a great deal to me.",
            )
            return Held(
                token=token,
                chat_id=chat.id,
                sender_id=chat.sender_id,
                plan_id=record.plan_id,
                plan_key=key,
                share_id=share.public_id,
                comment_id=comment.public_id,
                suggestion_id=suggestion.public_id,
            )


def make_trust_gateway(tmp_path: Path, **overrides: object) -> Iterator[TrustGateway]:
    values: dict[str, object] = {
        "RASA_URLS": f"http://127.0.0.1:{free_port()}",
        "TWILIO_AUTH_TOKEN": TEST_TWILIO_TOKEN,
        "PUBLIC_BASE_URL": "http://testserver",
        "KT_PURGE_INTERVAL_MINUTES": 0,
        "KT_PHONE_HASH_KEY": "trust-tests-" + uuid.uuid4().hex,
    }
    values.update(overrides)
    settings = make_settings(tmp_path, **values)
    tracker_db = tmp_path / "rasa_tracker.db"
    rasa = FakeRasa(tracker_db)
    app = create_app(settings)
    with TestClient(app) as client:
        rasa_client = client.app.state.rasa  # type: ignore[attr-defined]
        client.portal.call(rasa_client._http.aclose)  # type: ignore[union-attr]
        rasa_client._http = httpx.AsyncClient(transport=httpx.MockTransport(rasa.handler))
        with Session(app.state.engine) as db:
            register.seed(db)
        yield TrustGateway(app, client, rasa, tmp_path / "kitchen_table.db", tracker_db)


@pytest.fixture
def trust_gw(tmp_path: Path) -> Iterator[TrustGateway]:
    yield from make_trust_gateway(tmp_path)
