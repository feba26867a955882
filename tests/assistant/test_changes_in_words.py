"""Changes asked for in words after the plan (assistant/journey/changes.py) and how a changed
answer is
kept with the one before when the person adds to it (issue 15, item 3)."""

from __future__ import annotations

import json

import pytest

from assistant.actions.journey import CHANGEABLE, merged_answer
from assistant.journey.changes import change_request


def read(text: str) -> tuple[dict | None, str | None]:
    change = change_request(text, CHANGEABLE)
    if change is None:
        return None, None
    return json.loads(change.payload.removeprefix("/change_answer")), change.answer


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("can we switch it to a direct payment please",
         {"field": "budget_management", "choice": "direct_payment"}),
        ("on second thoughts I'd rather use an agency instead",
         {"field": "employer_choice", "choice": "use_agency"}),
        ("Use an agency", {"field": "employer_choice", "choice": "use_agency"}),
        ("the staffing bit is wrong", {"field": "employer_choice"}),
        ("I forgot to add something to the help I need", {"field": "support_needs", "mode": "add"}),
        ("can I change who is in my life", {"field": "people"}),
    ],
)  # fmt: skip
def test_a_change_in_words_names_the_part(text: str, entities: dict) -> None:
    assert read(text)[0] == entities


@pytest.mark.parametrize(
    "text",
    [
        "can I have a direct payment if I have dementia?",
        "what is an agency",
        "thank you so much",
        "council",
        "how do I print my plan",
    ],
)
def test_a_question_or_thanks_is_not_a_change(text: str) -> None:
    assert read(text)[0] is None


def test_the_new_answer_given_with_the_request_is_kept() -> None:
    assert read("could you change my name to Dot please")[1] == "Dot"
    entities, answer = read("my bottom lines are wrong. Never send a carer before 9am")
    assert entities == {"field": "bottom_lines"} and answer == "Never send a carer before 9am"
    assert read("change the help i need")[1] is None
    assert read("my budget is wrong, it's £250 a week")[1] == "my budget is wrong, it's £250 a week"
    assert read("could the council look after the money instead?")[0] == {
        "field": "budget_management",
        "choice": "council_managed",
    }


def test_adding_keeps_the_old_answer_first_and_numbers_again() -> None:
    old = [{"id": "d1", "text": "see the sea", "tags": []}]
    new = [{"id": "d1", "text": "learn to paint", "tags": []}, {"id": "d2", "text": "see the sea"}]
    assert merged_answer("dreams", old, new) == [
        {"id": "d1", "text": "see the sea", "tags": []},
        {"id": "d2", "text": "learn to paint", "tags": []},
    ]


def test_help_named_again_without_hours_is_not_a_second_need() -> None:
    old = [{"id": "n1", "area": "meals", "text": "lunch every day", "hours_per_week": 3.5}]
    new = [
        {"id": "n1", "area": "personal_care", "text": "toilet at 3pm", "hours_per_week": 2.5},
        {"id": "n2", "area": "meals", "text": "the lunch", "hours_per_week": None},
    ]
    merged = merged_answer("support_needs", old, new)
    assert [(n["id"], n["area"]) for n in merged] == [("n1", "meals"), ("n2", "personal_care")]


def test_people_added_keep_the_people_there() -> None:
    old = [{"name": "Sue", "relationship": "sister", "helps_with": []}]
    new = [{"name": "Raj", "relationship": "", "helps_with": ["shopping"]}]
    assert [p["name"] for p in merged_answer("people", old, new)] == ["Sue", "Raj"]
