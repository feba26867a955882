"""A whole journey by text message, on the real stack, ending with a plan link that opens the plan.
Each request is signed as Twilio signs it; choices are answered by number, as on a cheap phone."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from assistant.launcher import Stack
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


def test_a_whole_journey_by_sms_ends_with_a_link_that_opens_the_plan(sms):
    phone = "+447700900777"
    for body, expected in TEXTS:
        reply = sms_turn(sms, phone, body)
        assert reply.status == 200, reply.xml
        assert expected in reply.text, f"after {body!r}: {reply.text}"
        assert all(len(m) <= 320 for m in reply.messages)
        assert all(ord(ch) < 0x2000 or ch == "€" for ch in reply.text)  # nothing forcing UCS-2
    done = sms_turn(sms, phone, "1")  # yes, that's right
    assert "plan is ready" in done.text and "a week" in done.text
    links = re.findall(r"https?://\S+/plans/\S+", done.text)
    assert links, done.text
    page = sms.get(links[0])
    assert page.status_code == 200
    assert "Support plan" in page.text and "Sam" in page.text
    # the same number carries on the same conversation: the plan is remembered
    again = sms_turn(sms, phone, "hi")
    assert again.status == 200 and "plan" in again.text
