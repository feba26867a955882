"""What the action tests share: the domain, a finished set of answers, a real SQLite database
behind the actions, an in-memory `Tracker` and a way to run one action on it. Imported by the
action tests (test_dialogue_actions.py, test_dialogue_steps.py) and by tests that reuse them."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlmodel import Session

from assistant import actions
from assistant.journey.spec import EXTRA_QUESTIONS, FIELDS
from assistant.storage import store
from assistant.storage.db import make_engine, migrate

DOMAIN: dict[str, Any] = {
    "forms": {"journey_form": {"required_slots": [*EXTRA_QUESTIONS, *FIELDS]}},
    "slots": {},
}

ANSWERS: dict[str, Any] = {
    "consent": True,
    "answering_for": "self",
    "preferred_name": "Priya",
    "admired_qualities": ["kind", "funny"],
    "typical_week": "I go to the library on Tuesdays and see my sister on Sundays.",
    "people": [
        {
            "name": "Jo",
            "relationship": "sister",
            "helps_with": ["shopping"],
            "hours_per_week": 2,
            "can_continue": True,
        }
    ],
    "current_support": [],
    "important_to": ["my cat", "my garden"],
    "support_needs": [
        {
            "id": "n1",
            "area": "personal_care",
            "text": "help to wash and dress",
            "hours_per_week": 7,
            "times": "every morning",
        }
    ],
    "dreams": [{"id": "d1", "text": "go swimming again", "tags": ["fitness"]}],
    "bottom_lines": [
        {"id": "b1", "text": "never a male carer", "kind": "must_not", "about": "gender_of_worker"}
    ],
    "budget_amount": {"amount": 320.0, "period": "week"},
    "budget_management": "direct_payment",
    "employer_choice": "employ_pa",
    "plan_voice": "first_person",
}


@pytest.fixture(autouse=True)
def engine(tmp_path):
    url = f"sqlite:///{tmp_path / 'kt.db'}"
    migrate(url)
    engine = make_engine(url)
    actions.configure(engine)
    return engine


@pytest.fixture
def chat(engine):
    with Session(engine) as db:
        session, _token = store.create_session(db, channel="web")
        yield db, session


def tracker(
    sender: str = "nobody",
    slots: dict[str, Any] | None = None,
    *,
    text: str = "hello",
    intent: str = "inform",
    entities: list[dict[str, Any]] | None = None,
    asking: str | None = None,
    candidates: dict[str, Any] | None = None,
) -> Tracker:
    values: dict[str, Any] = dict.fromkeys([*FIELDS, *EXTRA_QUESTIONS])
    values |= {"skipped": [], "concerns": [], "tries": 0, "channel": "web"}
    values |= slots or {}
    values["requested_slot"] = asking
    events = [{"event": "user", "text": text}]
    events += [{"event": "slot", "name": k, "value": v} for k, v in (candidates or {}).items()]
    return Tracker(
        sender_id=sender,
        slots=values,
        latest_message={"text": text, "intent": {"name": intent}, "entities": entities or []},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": "journey_form"} if asking else {},
        latest_action_name="action_listen",
    )


def run(action: Any, t: Tracker) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, t, DOMAIN))
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}, dispatcher.messages
