"""Words someone has said "I'm safe" about are not asked about again (tenth session).

A person who answers "i dont no" each time the budget question comes back was asked "are you
safe right now?" every other turn, and never reached a plan (the journey simulator, persona 35).
The check-in asks once about the same words; a clear risk in them is still signposted."""

from __future__ import annotations

import asyncio

from assistant.conversation.routing import reply_context, safety_route, words_key

SAFE = '/inform{"choice": "safe"}'
OFFERED = {SAFE, '/inform{"choice": "need_help"}', '/inform{"choice": "numbers"}'}
# a wish to be gone, said of oneself: always asked about (assistant/safety/signs/crisis.py)
UNSURE = "not sure I want to be here any more"


def route(text: str, **kwargs):
    return asyncio.run(safety_route(text, offered=OFFERED, after_signpost=False, **kwargs))


def test_the_words_asked_about_are_remembered_and_then_the_answer_that_they_are_safe():
    sent, _ = route(UNSURE, asking="dreams")
    assert sent.startswith("/safety_check")
    checking = reply_context({"asking": "safety_check"}, sent, UNSURE, {})
    assert checking["checking"] == words_key(UNSURE)
    assert checking["safe_words"] == []

    said, _ = route("I'm safe", asking="safety_check")
    assert said == SAFE
    after = reply_context({"asking": "dreams"}, said, "I'm safe", checking)
    assert after["said_safe"] and after["safe_words"] == [words_key(UNSURE)]

    # carried from reply to reply, however many turns later
    later = reply_context({"asking": "people"}, "Mum and Sal", "Mum and Sal", after)
    assert later["safe_words"] == [words_key(UNSURE)] and not later["said_safe"]


def test_the_same_words_again_after_i_am_safe_are_taken_as_an_answer():
    known = frozenset({words_key(UNSURE)})
    sent, why = route(UNSURE, asking="dreams", safe_words=known)
    assert sent == UNSURE and why == {"kt_safety": "none"}
    # other words are still acted on (asked about, or signposted if the classifier is sure),
    # and the same words are asked about in a conversation where nobody said "I'm safe"
    other = "dont know if i want to be here"
    assert route(other, asking="dreams", safe_words=known)[0] != other
    assert route(UNSURE, asking="dreams")[0].startswith("/safety_check")


def test_a_clear_risk_is_signposted_even_in_words_said_safe_before():
    text = "I've taken all my tablets with vodka"
    sent, _ = route(text, asking="dreams", safe_words=frozenset({words_key(text)}))
    assert sent == "/crisis"
