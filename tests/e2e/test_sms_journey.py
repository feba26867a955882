"""A whole journey by text message, on the real stack, ending with a plan link that opens the plan.
Each request is signed as Twilio signs it; choices are answered by number, as on a cheap phone."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from assistant.channels.sms_text import MAX_UNITS, units
from assistant.ops.stack import Stack
from tests.support.sms import sms_gateway, sms_turn

pytestmark = pytest.mark.stack

# what Sam texts, in the order the questions come (choices by number)
TEXTS = [
    ("hello", "not the council"),
    ("1", "yourself, or for someone else"),  # yes to consent
    ("1", "call you"),  # for myself
    ("sam", "like and admire"),
    ("kind, patient and good at quizzes", "typical week"),
    ("i go to the pub quiz on thursdays and watch football", "people in your life"),
    ("my brother Dave takes me to the football every other week", "services"),
    ("none", "matters most"),
    ("my independence and my mates", "day to day"),
    ("help getting up and dressed 1 hour every morning", "change or achieve"),
    ("get a job in a shop", "must always happen"),
    ("no male carers", "personal budget"),
    ("£250 a week", "managed"),
    ("1", "employ your own staff"),  # a direct payment
    ("1", "plan be written"),  # employ my own staff
    ("1", "Is this right"),  # first person
]


@pytest.fixture(scope="module")
def sms(stack: Stack) -> Iterator[httpx.Client]:
    with sms_gateway(stack) as client:
        yield client


def segments(text: str) -> int:
    """How many SMS segments a message costs (GSM-7: 160 alone, 153 a part when joined)."""
    size = units(text)
    return 1 if size <= 160 else -(-size // 153)


def test_a_whole_journey_by_sms_ends_with_a_link_that_opens_the_plan(sms):
    phone = "+447700900777"
    for body, expected in TEXTS:
        reply = sms_turn(sms, phone, body)
        assert reply.status == 200, reply.xml
        assert expected in reply.text, f"after {body!r}: {reply.text}"
        assert all(units(m) <= MAX_UNITS for m in reply.messages)
        assert all(ord(ch) < 0x2000 or ch == "€" for ch in reply.text)  # nothing forcing UCS-2
        assert not any(m.endswith("...") for m in reply.messages)  # nothing cut short
    summary = reply  # "Is this right?": the summary, split between lines, never inside a word
    lines = [line for m in summary.messages for line in m.splitlines() if line]
    assert "Help needed: help getting up and dressed" in summary.text
    assert any(line.startswith("Help needed:") for line in lines)
    cost = sum(map(segments, summary.messages))
    print(f"summary: {len(summary.messages)} messages, {cost} segments")
    done = sms_turn(sms, phone, "1")  # yes, that's right
    print(
        f"plan ready: {len(done.messages)} messages, {sum(map(segments, done.messages))} segments"
    )
    assert "plan is ready" in done.text and "a week" in done.text
    links = re.findall(r"https?://\S+/plans/\S+", done.text)
    assert links, done.text
    page = sms.get(links[0])
    assert page.status_code == 200
    assert "Support plan" in page.text and "Sam" in page.text
    # the same number carries on the same conversation: the plan is remembered
    again = sms_turn(sms, phone, "hi")
    assert again.status == 200 and "plan" in again.text


def test_choices_on_their_own_lines_one_message_when_not_understood_and_print_advice(sms):
    phone = "+447700900778"
    sms_turn(sms, phone, "hello")
    asked = sms_turn(sms, phone, "1")  # yes to consent: for yourself, or for someone else?
    assert "\n1 For myself\n2 For someone else" in asked.text, asked.text
    muddle = sms_turn(sms, phone, "purple elephants dancing on the roof")
    assert len(muddle.messages) == 1, muddle.messages
    assert units(muddle.messages[0]) <= MAX_UNITS
    assert "1 For myself" in muddle.text
    print(f"not understood: 1 message, {segments(muddle.messages[0])} segments")
    nothing = sms_turn(sms, phone, "7")  # a number that is not one of the choices
    assert len(nothing.messages) == 1 and "1 to 2" in nothing.text
    printing = sms_turn(sms, phone, "how do i print it")
    assert "Print" in printing.text and "A4" in printing.text, printing.text
    paper = sms_turn(sms, phone, "can you post me a paper copy")
    assert "paper copy" in paper.text and "large print" in paper.text, paper.text
