"""Changing one answer touches only that answer (issue 15, item 3), over every part that can be
changed and many ways of asking: the part named is cleared (or set, for a choice said at once),
the summary is asked again, and every other answer stays exactly as it was."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.actions.interruptions import ActionChangeAnswer
from assistant.actions.journey import CHANGEABLE
from assistant.journey.changes import change_request
from assistant.journey.spec import FIELDS
from tests.assistant.actions_support import ANSWERS, run, tracker

# how people name each part, and ways of asking to change it (written for this test)
NAMES = {
    "preferred_name": ["my name", "what you call me", "the name"],
    "answering_relationship": ["who i am to him", "my relationship to her"],
    "admired_qualities": ["what people like about me", "the good things people say"],
    "typical_week": ["my week", "the typical week bit", "what my week is like"],
    "people": ["my family", "the people in my life", "who helps me"],
    "current_support": ["the help i get now", "my current support"],
    "important_to": ["what matters to me", "what's important to me"],
    "support_needs": ["the help i need", "my support needs", "what help i need"],
    "dreams": ["my dreams", "what i want to achieve"],
    "bottom_lines": ["my bottom lines", "what must never happen"],
    "budget_amount": ["my budget", "the amount", "how much money i get"],
    "budget_management": ["how the money is managed", "who looks after the money"],
    "employer_choice": ["the staffing bit", "who employs the staff"],
    "plan_voice": ["how the plan is written", "the plan's voice"],
}
ASKS = [
    "change {}", "can I change {}", "{} is wrong", "i need to redo {}",
    "can i redo the bit about {}", "actually {} has changed", "id like to update {}",
]  # fmt: skip
BOOKKEEPING = {"confirm_summary", "skipped", "change_from", "tries"}


@settings(max_examples=300, deadline=None)
@given(field=st.sampled_from(sorted(NAMES)), name=st.data(), ask=st.sampled_from(ASKS))
def test_a_change_touches_only_the_part_named(field, name, ask):
    said = ask.format(name.draw(st.sampled_from(NAMES[field])))
    change = change_request(said, CHANGEABLE)
    entities = (
        json.loads(change.payload.removeprefix("/change_answer")) if change else {"field": field}
    )
    named = entities.get("field", field)
    full = {
        **ANSWERS,
        "answering_for": "someone_else",
        "answering_relationship": "daughter",
        "confirm_summary": True,
    }
    slots, messages = run(
        ActionChangeAnswer(),
        tracker(
            slots=full,
            text=said,
            intent="change_answer",
            entities=[{"entity": k, "value": v} for k, v in entities.items()],
        ),
    )
    assert messages, said  # never silent
    touched = set(slots) - BOOKKEEPING
    assert touched <= {named}, (said, touched)
    for other in FIELDS:
        if other != named and other not in BOOKKEEPING and other in slots:
            raise AssertionError(f"{said!r} changed {other}")
    if touched:
        assert slots["confirm_summary"] is None  # the summary is asked again after the change


def test_every_changeable_part_has_ways_of_asking():
    assert set(NAMES) == set(CHANGEABLE)
