"""The graded safety decision through the real stack (gateway, Rasa, custom actions): an unclear
signal asks "are you safe right now?"; "I'm safe" carries on at the same question with nothing
recorded; "I need help" signposts and records the words; a false alarm taken back leaves the
Profile and the plan."""

from __future__ import annotations

import httpx
import pytest

from assistant.ops.stack import Stack
from assistant.safety import decide
from tests.e2e.test_journey import Person, check_plan

pytestmark = pytest.mark.stack

UNCLEAR = "honestly most days i cant see the point of anything, i just sit in the flat"
IDIOM = "I'd kill for a proper cuppa in the morning, then I do the crossword"


@pytest.fixture
def http(roomy_stack: Stack):
    with httpx.Client(base_url=roomy_stack.gateway_url, timeout=60) as client:
        yield client


def at_typical_week(http: httpx.Client) -> Person:
    person = Person(http)
    person.say("hello")
    person.answer_until("typical_week")
    return person


def test_the_unclear_message_is_one_the_decision_is_unsure_about():
    # the dialogue tests below rely on it; if the decision changes, pick another message
    assert decide(UNCLEAR, "typical_week").level == "check"
    assert decide(IDIOM, "typical_week").level == "none"


def test_an_unclear_signal_asks_are_you_safe_with_the_numbers_in_one_line(http):
    person = at_typical_week(http)
    reply = person.say(UNCLEAR)
    assert person.asking == "safety_check"
    last = reply["messages"][-1]
    assert "999" in last["text"] and "116 123" in last["text"]
    assert "Are you safe right now?" in last["text"]
    assert [b["title"] for b in last["buttons"]] == [
        "I'm safe",
        "I need help now",
        "Show me the numbers",
    ]
    assert reply["state"]["safeguarding"] is False
    assert reply["state"]["stage"] == "your_life"


def test_im_safe_typed_carries_on_at_the_same_question_with_nothing_recorded(http):
    person = at_typical_week(http)
    person.say(UNCLEAR)
    reply = person.say("yes im safe thanks")
    assert "glad you are safe" in person.text()
    assert person.asking == "typical_week"
    assert reply["state"]["safeguarding"] is False
    profile = person.profile()
    assert "typical_week" not in profile
    assert not profile.get("concerns")


def test_i_need_help_signposts_and_records_the_words_that_raised_the_check(http):
    person = at_typical_week(http)
    person.say(UNCLEAR)
    reply = person.say('/inform{"choice": "need_help"}')
    text = person.text()
    assert "999" in text and "Samaritans" in text and "NHS 111" in text
    assert reply["state"]["safeguarding"] is True
    assert person.asking == "carry_on"
    assert {"code": "crisis", "evidence": UNCLEAR} in person.profile()["concerns"]
    person.say("carry on")
    assert person.asking == "typical_week"


def test_an_idiom_is_an_answer_not_an_alarm(http):
    person = at_typical_week(http)
    reply = person.say(IDIOM)
    assert person.asking == "people"
    assert reply["state"]["safeguarding"] is False
    assert "crossword" in person.profile()["typical_week"]


def test_a_false_alarm_taken_back_disappears_from_the_profile_and_the_plan(http):
    person = Person(http)
    person.say("hello")
    person.answer_until("dreams")
    person.say("I want to end it all")  # said as despair about the forms, then taken back
    assert person.replies[-1]["state"]["safeguarding"] is True
    assert person.profile()["concerns"]
    reply = person.say("no no I'm fine, I meant end all this paperwork")
    assert "taken that note out" in person.text()
    assert reply["state"]["safeguarding"] is False
    assert person.asking == "dreams"
    assert not [c for c in person.profile().get("concerns") or [] if c["code"] == "crisis"]
    person.answer_until(None)
    plan = check_plan(person)
    assert plan["safeguarding"]["concern"] is False
    export = http.get(f"/api/sessions/{person.sid}/export").json()
    said = [m["text"] for m in export["transcript"] if m["direction"] == "in"]
    assert "I want to end it all" in said  # the conversation keeps what happened


UNCLEAR_CHANGE = "honestly most days i cant see the point of anything. can I change the staff bit?"


def test_after_im_safe_a_change_asked_for_in_the_same_words_is_made(http):
    assert decide(UNCLEAR_CHANGE, None).level == "check"  # if not, pick another message
    person = Person(http)
    person.say("hello")
    person.answer_until(None)
    check_plan(person)
    person.say(UNCLEAR_CHANGE)
    assert person.asking == "safety_check", person.text()
    person.say("I'm safe")
    assert person.asking == "employer_choice", person.text()
    assert person.profile()["concerns"] == []
