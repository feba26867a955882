"""Changing an answer after the plan touches only what was named (issue 15, item 3): the form asks
that question, then the summary, then a new plan version; never consent again."""

from __future__ import annotations

import httpx
import pytest

from assistant.launcher import Stack
from tests.e2e.test_journey import Person, check_plan

pytestmark = pytest.mark.stack


@pytest.fixture
def http(roomy_stack: Stack):
    with httpx.Client(base_url=roomy_stack.gateway_url, timeout=60) as client:
        yield client


@pytest.mark.parametrize(
    ("said", "field", "new"),
    [
        ("change the help i need", "support_needs", "help to wash and dress 2 hours every morning"),
        ("my budget is wrong", "budget_amount", "£350 a week"),
        ("can I redo the bit about my family", "people", "my sister Jo does my shopping weekly"),
    ],
)
def test_a_change_after_the_plan_touches_only_the_part_named(http, said, field, new):
    person = Person(http)
    person.say("hello")
    person.answer_until(None)
    check_plan(person)
    before = person.profile()
    person.say(said)
    assert person.asking == field, person.text()
    person.say(new)
    assert person.asking == "confirm_summary", person.text()
    person.say("yes")
    plan = check_plan(person)
    assert plan["version"] == 2
    after = person.profile()
    for name, value in before.items():
        if name not in (field, "confirm_summary", "skipped"):
            assert after.get(name) == value, name
    assert after[field] != before[field]
    texts = [m["text"] for r in person.replies[-3:] for m in r["messages"]]
    assert sum(t.lower().startswith("sorry") for t in texts) <= 2
