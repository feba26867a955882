"""Shared set-up for the broker and plan-page tests: a real gateway (no Rasa) on a real SQLite
file, the sample register, plans drafted by the planner and stored with `store.save_plan`."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from assistant.brokers import auth, register
from assistant.brokers.models import Broker, PlanShare
from assistant.main import create_app
from assistant.ops.stack import free_port
from assistant.storage import store
from assistant.storage.models import ChatSession, PlanRecord
from planner import Directory, draft_plan, load_rate_card, plan_to_dict
from tests.conftest import make_settings

PROFILES = Path(__file__).resolve().parent.parent / "planner" / "profiles"
PASSWORD = "correct horse battery staple"


def profile(name: str = "young_adult_own_flat", **changes: Any) -> dict[str, Any]:
    data = json.loads((PROFILES / f"{name}.json").read_text(encoding="utf-8"))
    data.update(changes)
    return data


@dataclass
class Person:
    chat: ChatSession
    token: str
    key: str
    record: PlanRecord

    @property
    def plan_id(self) -> str:
        return self.record.plan_id

    @property
    def url(self) -> str:
        return f"/plans/{self.plan_id}"


@dataclass
class Gateway:
    app: FastAPI
    client: TestClient

    def db(self) -> Session:
        return Session(self.app.state.engine)

    def other_client(self, base_url: str = "http://testserver") -> TestClient:
        """A second browser on the same running app (its own cookie jar)."""
        return TestClient(self.app, base_url=base_url)


def make_gateway(tmp_path: Path, **overrides: object) -> Iterator[Gateway]:
    settings = make_settings(tmp_path, RASA_URLS=f"http://127.0.0.1:{free_port()}", **overrides)
    app = create_app(settings)
    with TestClient(app) as client:
        with Session(app.state.engine) as db:
            register.seed(db)
        yield Gateway(app, client)


@pytest.fixture
def gw(tmp_path: Path) -> Iterator[Gateway]:
    yield from make_gateway(tmp_path)


def make_person(
    gw: Gateway, data: dict[str, Any] | None = None, *, directory: Directory | None = None
) -> Person:
    """A person with a stored plan (drafted with a council directory snapshot when given)."""
    data = data or profile()
    with gw.db() as db:
        chat, token = store.create_session(db, channel="web")
        store.save_profile(db, chat=chat, data=data)
        plan_id, version = store.next_plan_identity(db, chat=chat)
        plan = draft_plan(
            data,
            load_rate_card(),
            plan_id=plan_id,
            created_at=datetime.now(UTC),
            version=version,
            directory=directory,
        )
        record = store.save_plan(db, chat=chat, plan=plan_to_dict(plan))
        key = store.plan_key(db, chat=chat)
        db.refresh(chat)
        db.refresh(record)
        db.expunge_all()
    return Person(chat, token, key, record)


@pytest.fixture
def person(gw: Gateway) -> Person:
    return make_person(gw)


def set_password(gw: Gateway, handle: str, password: str = PASSWORD) -> Broker:
    with gw.db() as db:
        broker = register.find(db, handle)
        auth.set_password(db, broker=broker, password=password)
        db.refresh(broker)
        db.expunge(broker)
    return broker


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def sign_in(client: TestClient, email: str, password: str = PASSWORD):
    page = client.get("/review")
    assert page.status_code == 200
    return client.post(
        "/review/sign-in",
        data={"csrf": csrf_of(page.text), "email": email, "password": password},
        follow_redirects=False,
    )


def signed_in_broker(gw: Gateway, handle: str) -> tuple[TestClient, Broker]:
    broker = set_password(gw, handle)
    client = gw.other_client()
    r = sign_in(client, broker.email)
    assert r.status_code == 303, r.text
    return client, broker


def open_as_person(gw: Gateway, who: Person, client: TestClient | None = None):
    """The person opens the chat's link: the page, and the key cookie for its forms."""
    client = client or gw.client
    r = client.get(f"{who.url}?key={who.key}")
    assert r.status_code == 200
    return r


def share_with(gw: Gateway, who: Person, handle: str, *, transcript: bool = False) -> str:
    """The person shares their plan through the page's form; returns the share's public id."""
    page = open_as_person(gw, who)
    data = {"csrf": csrf_of(page.text), "broker": handle, "confirmed": "yes"}
    if transcript:
        data["transcript"] = "yes"
    r = gw.client.post(f"{who.url}/shares", data=data, follow_redirects=False)
    assert r.status_code == 303, r.text
    with gw.db() as db:
        broker = register.find(db, handle)
        share = db.exec(
            select(PlanShare).where(
                PlanShare.plan_id == who.plan_id,
                PlanShare.broker_id == broker.id,
                PlanShare.status == "active",
            )
        ).one()
        return share.public_id
