"""Whole journeys through `POST /api/chat` on the real stack: to a drafted plan, across restarts
of both servers, and with a disclosure in the middle of the dreams stage."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from assistant.ops.stack import Stack

pytestmark = pytest.mark.stack

# what Priya types, by the question being asked (`state.asking`)
ANSWERS: dict[str, str] = {
    "consent": "yes",
    "answering_for": "/answer_self",
    "preferred_name": "call me Priya",
    "admired_qualities": "people say im kind, funny and good with plants",
    "typical_week": "I go to the library on tuesdays and my sister comes round on sundays. "
    "the rest of the week I'm at home watching telly",
    "people": "my sister Jo does my shopping every week, and my neighbour Bill pops in most days",
    "current_support": "none",
    "important_to": "my cat, my garden, and seeing my sister",
    "support_needs": "help to wash and dress 1 hour every morning, and help cooking my tea "
    "5 days a week",
    "support_hours": "about 45 minutes each time",
    "dreams": "I'd love to go swimming again",
    "bottom_lines": "I never want a male carer",
    "budget_amount": "£320 a week",
    "budget_management": '/inform{"choice": "direct_payment"}',
    "employer_choice": '/inform{"choice": "employ_pa"}',
    "plan_voice": '/inform{"choice": "first_person"}',
    "confirm_summary": "/affirm",
}


class Person:
    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.sid: str | None = None
        self.replies: list[dict[str, Any]] = []

    def say(self, text: str) -> dict[str, Any]:
        body: dict[str, Any] = {"text": text}
        if self.sid:
            body["session_id"] = self.sid
        r = self.http.post("/api/chat", json=body)
        assert r.status_code == 200, r.text
        reply = r.json()
        self.sid = reply["session_id"]
        self.replies.append(reply)
        return reply

    @property
    def asking(self) -> str | None:
        return self.replies[-1]["state"]["asking"]

    def text(self) -> str:
        return " ".join(m["text"] for m in self.replies[-1]["messages"])

    def answer_until(self, stop: str | None, limit: int = 40) -> dict[str, Any]:
        """Answer whatever is asked until the question `stop` is asked (None: the end)."""
        reply = self.replies[-1]
        for _ in range(limit):
            if self.asking == stop:
                return reply
            assert self.asking in ANSWERS, f"unexpected question {self.asking}: {self.text()}"
            reply = self.say(ANSWERS[self.asking])
        raise AssertionError(f"never reached {stop}; last: {self.text()}")

    def profile(self) -> dict[str, Any]:
        return self.http.get(f"/api/sessions/{self.sid}/profile").json()


@pytest.fixture
def http(stack: Stack):
    with httpx.Client(base_url=stack.gateway_url, timeout=60) as client:
        yield client


def check_plan(person: Person) -> dict[str, Any]:
    last = person.replies[-1]
    assert last["state"]["plan_ready"] is True and last["state"]["stage"] == "plan"
    links = [link for m in last["messages"] for link in m["links"]]
    assert links and links[0]["url"].startswith("/plans/")
    assert "a week" in person.text() and "broker" in person.text()
    plan = person.http.get(f"/api/sessions/{person.sid}/plan").json()
    assert links[0]["url"].startswith(f"/plans/{plan['plan_id']}?key=")
    assert plan["sections"][0]["key"] == "important_to_me"
    weekly = sum(round(s["weekly_cost"] * 100) for s in plan["supports"])
    assert weekly == round(plan["costs"]["weekly_total"] * 100)
    assert f"£{plan['costs']['weekly_total']:,.2f} a week" in person.text()
    return plan


def test_a_whole_journey_ends_with_a_drafted_plan(http):
    person = Person(http)
    person.say("hello")
    assert person.asking == "consent"
    person.answer_until(None)
    plan = check_plan(person)
    profile = person.profile()
    assert profile["preferred_name"] == "Priya"
    assert profile["budget_amount"] == {"amount": 320.0, "period": "week"}
    areas = {n["area"] for n in profile["support_needs"]}
    assert {"personal_care", "meals"} <= areas
    assert any(p["name"] == "Jo" for p in profile["people"])
    assert profile["bottom_lines"][0]["kind"] == "must_not"
    assert any(b["kind"] == "must_not" and b["honoured"] for b in plan["bottom_lines"])
    steps = [r["state"]["progress"]["step"] for r in person.replies]
    assert steps == sorted(steps) and steps[-1] == 8


def test_interruptions_are_answered_and_never_stored_as_answers(http):
    person = Person(http)
    person.say("hello")
    person.answer_until("people")
    person.say("why do you need to know that?")
    assert "does not ask too much of them" in person.text() and person.asking == "people"
    person.say("what's the weather tomorrow")
    assert "can't help with that" in person.text() and person.asking == "people"
    person.say("can i pay my daughter to look after me")
    assert "carry on" in person.text() and person.asking == "people"
    person.answer_until("dreams")
    person.say("skip this one")
    assert person.asking == "bottom_lines"
    person.say("go back")
    assert person.asking == "dreams"
    person.say("I'll finish this later")
    assert person.asking == "dreams" and "saved" in person.text()
    # days later, they come back and carry on exactly where they were
    person.say("hi")
    assert "Hello again" in person.text() and person.asking == "dreams"
    profile = person.profile()
    assert "dreams" not in profile and "weather" not in str(profile)
    person.say("can I talk to a real person")
    assert person.asking == "dreams"
    codes = [c["code"] for c in person.profile()["concerns"]]
    assert "asked_for_person" in codes


def test_the_same_journey_survives_both_servers_restarting_in_the_middle(stack: Stack, http):
    person = Person(http)
    person.say("hello")
    person.answer_until("budget_amount")
    before = person.profile()

    stack.stop()
    assert stack.model is not None
    stack.start_rasa(stack.model)
    stack.start_gateway()
    stack.wait_ready(timeout=240)

    with httpx.Client(base_url=stack.gateway_url, timeout=60) as again:
        person.http = again
        reply = person.say("")  # an empty message repeats the question, nothing lost
        assert reply["state"]["asking"] == "budget_amount"
        assert person.profile() == before
        person.answer_until(None)
        check_plan(person)
        export = again.get(f"/api/sessions/{person.sid}/export").json()
    statuses = [m["status"] for m in export["transcript"] if m["direction"] == "in"]
    assert statuses and set(statuses) == {"answered"}


def test_a_disclosure_in_the_dreams_stage_is_signposted_recorded_and_the_person_decides(http):
    person = Person(http)
    person.say("hello")
    person.answer_until("dreams")
    words = "my son takes all my pension and wont let me see my friends"
    reply = person.say(words)
    text = person.text()
    assert "999" in text and "116 123" in text and "NHS 111" in text and "safeguarding" in text
    assert reply["state"]["safeguarding"] is True
    assert person.asking == "carry_on" and reply["state"]["stage"] == "dreams"
    concerns = person.profile()["concerns"]
    assert {"code": "safeguarding", "evidence": words} in concerns
    assert "dreams" not in person.profile()
    person.say("yes")
    assert person.asking == "dreams"
    person.answer_until(None)
    plan = check_plan(person)
    assert plan["safeguarding"]["concern"] is True
    assert plan["broker"]["level"] == "urgent"
