"""Changing an answer after the plan touches only what was named (issue 15, item 3): the form asks
that question, then the summary, then a new plan version; never consent again."""

from __future__ import annotations

import httpx
import pytest

from assistant.ops.stack import Stack
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


def test_help_named_without_hours_gets_one_follow_up_and_its_answer_counts(http):
    person = Person(http)
    person.say("hello")
    person.answer_until("support_needs")
    person.say("someone to help me with my tablets")
    assert person.asking == "support_hours", person.text()
    person.say("15 mins morning and night")
    assert person.asking == "dreams"
    needs = person.profile()["support_needs"]
    assert [(n["area"], n["hours_per_week"]) for n in needs] == [("medication", 3.5)]


def test_hours_still_unknown_make_the_plan_say_its_cost_is_not_complete(http):
    person = Person(http)
    person.say("hello")
    person.answer_until("support_needs")
    person.say("help with my shopping")
    assert person.asking == "support_hours"
    person.say("not sure")
    assert person.asking == "dreams"
    person.answer_until(None)
    assert "cost is not complete" in person.text()
    assert "fits the budget" not in person.text()


def _after_the_plan(http) -> tuple[Person, dict]:
    person = Person(http)
    person.say("hello")
    person.answer_until(None)
    check_plan(person)
    return person, person.profile()


def _unchanged_but(before: dict, after: dict, *fields: str) -> None:
    for name, value in before.items():
        if name not in (*fields, "confirm_summary", "skipped"):
            assert after.get(name) == value, name


def test_a_choice_changed_in_words_is_changed_at_once(http):
    person, before = _after_the_plan(http)
    person.say("I've had a think, could the council look after the money instead?")
    assert person.asking == "confirm_summary", person.text()
    assert "council manages it" in person.text().lower()
    person.say("yes")
    assert check_plan(person)["version"] == 2
    after = person.profile()
    assert after["budget_management"] == "council_managed"
    _unchanged_but(before, after, "budget_management")


def test_adding_to_an_answer_keeps_what_was_there(http):
    person, before = _after_the_plan(http)
    person.say("can I add to my dreams? I would love to learn to paint with watercolours")
    assert person.asking == "confirm_summary", person.text()
    after = person.profile()
    said = [d["text"] for d in after["dreams"]]
    assert [d["text"] for d in before["dreams"]] == said[: len(before["dreams"])]
    assert any("watercolours" in t for t in said)
    _unchanged_but(before, after, "dreams")


def test_a_new_name_given_with_the_request_is_taken(http):
    person, before = _after_the_plan(http)
    person.say("please change my name to Bernie")
    assert person.asking == "confirm_summary", person.text()
    after = person.profile()
    assert after["preferred_name"] == "Bernie"
    _unchanged_but(before, after, "preferred_name")


def test_a_question_about_money_after_the_plan_is_not_a_change(http):
    person, before = _after_the_plan(http)
    person.say("can I have a direct payment if I have dementia?")
    assert person.profile() == before
