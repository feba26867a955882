"""A real gateway (TestClient, real SQLite) with a scripted stand-in for Rasa's HTTP API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from assistant.actions.wording import WORDS
from assistant.main import create_app
from assistant.ops.stack import free_port
from tests.conftest import make_settings
from tests.support.sms import TEST_TWILIO_TOKEN

BUTTONS = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]
SUMMARY_LINES = [
    "Name: Sam",
    "A typical week: I go to the day centre on Mondays and Thursdays and see my sister at the "
    "weekend. The rest of the week I am at home and it gets lonely.",
    "Help needed: getting up and dressed, 2 hours a week; cooking tea, 7 hours a week; "
    "shopping, 2 hours a week; going to the swimming club, 3 hours a week",
    "To change or achieve: go swimming again; see friends more; learn to cook curry",
    "Must and must not: Must: keep my cat; Must never: a male carer for personal care",
    "Budget: \u00a3320.00 a week",
]


@dataclass
class FakeRasa:
    """Answers /webhooks/rest/webhook and the tracker like Rasa would, from a tiny script."""

    down: bool = False
    received: list[dict[str, Any]] = field(default_factory=list)

    def reply(self, text: str) -> list[dict[str, Any]]:
        if text in ("/greet", "hello", "hi"):
            return [
                {"text": "Hello. I am Kitchen Table. I am not the council."},
                {"text": "Is it OK to use your answers to plan?", "buttons": BUTTONS},
            ]
        if text == "/affirm":
            return [{"text": "Thank you. What should I call you?"}]
        if text == "/deny":
            return [{"text": "That's fine. You are in charge."}]
        if text == "plan please":
            return [
                {"text": "Here is your plan."},
                {"custom": {"links": [{"title": "See your plan", "url": "/plans/p1?key=k"}]}},
            ]
        if text == "blah blah":  # not understood at the summary: the summary comes again
            return [
                {"text": "Sorry, I didn't catch that. Please choose one of these."},
                {"text": "Here is what you told me.\n" + "\n".join(SUMMARY_LINES)},
                {"text": "Is this right? If it is, I will draft the plan.", "buttons": BUTTONS},
            ]
        if text == "maybe":  # not a yes or a no at the consent question
            return [
                {"text": WORDS["consent_needed"]["web"]},
                {"text": WORDS["how_answers_used"]["web"]},
                {"text": "Is it OK to use your answers to plan?", "buttons": BUTTONS},
            ]
        if text == "long please":
            return [{"text": " ".join(["word"] * 100)}]
        return [{"text": f"You said \u201c{text}\u201d \u2014 thanks\u2026"}]

    def handler(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            raise httpx.ConnectError("Rasa is down", request=request)
        if request.url.path == "/webhooks/rest/webhook":
            body = json.loads(request.content)
            self.received.append(body)
            return httpx.Response(200, json=self.reply(body["message"]))
        if request.url.path.endswith("/tracker"):
            return httpx.Response(200, json={"slots": {}, "active_loop": {}, "latest_message": {}})
        return httpx.Response(404, json={})


@pytest.fixture
def rasa() -> FakeRasa:
    return FakeRasa()


@pytest.fixture
def app_client(tmp_path, rasa: FakeRasa) -> Iterator[TestClient]:
    settings = make_settings(
        tmp_path,
        RASA_URLS=f"http://127.0.0.1:{free_port()}",
        TWILIO_AUTH_TOKEN=TEST_TWILIO_TOKEN,
        PUBLIC_BASE_URL="http://testserver",
        KT_RATE_SESSION_PER_MIN=20,
    )
    with TestClient(create_app(settings)) as client:
        rasa_client = client.app.state.rasa
        client.portal.call(rasa_client._http.aclose)  # type: ignore[union-attr]
        rasa_client._http = httpx.AsyncClient(transport=httpx.MockTransport(rasa.handler))
        yield client
