"""The journey form's custom actions, run on in-memory trackers: the events they return and the
messages they send. A real SQLite database stands behind them, as in the gateway (see
actions_support.py; the interruptions, safety and the plan are in test_dialogue_steps.py)."""

from __future__ import annotations

import pytest

from assistant.actions.journey import (
    ValidateJourneyForm,
    clean_name,
    required_questions,
    yes_or_no,
)
from assistant.storage import store
from tests.assistant import actions_support
from tests.assistant.actions_support import ANSWERS, run, tracker

# the fixtures: a real SQLite database behind the actions (for every test), and a chat in it
engine = actions_support.engine
chat = actions_support.chat


def test_required_questions_follow_consent_skips_and_who_is_typing():
    assert required_questions({}) == ["consent"]
    assert required_questions({"consent": False}) == ["consent"]
    mine = required_questions({"consent": True, "answering_for": "self"})
    assert "answering_relationship" not in mine and mine[0] == "consent"
    theirs = required_questions({"consent": True, "answering_for": "someone_else"})
    assert "answering_relationship" in theirs
    skipped = required_questions({"consent": True, "skipped": ["dreams", "preferred_name"]})
    assert "dreams" not in skipped and "preferred_name" in skipped  # a name cannot be skipped
    assert required_questions({"consent": True, "ask_carry_on": True})[0] == "carry_on"


def test_consent_yes_moves_on_and_a_muddle_is_asked_again_kindly():
    slots, messages = run(
        ValidateJourneyForm(),
        tracker(text="/affirm", intent="affirm", asking="consent", candidates={"consent": "/x"}),
    )
    assert slots["consent"] is True and slots["requested_slot"] == "answering_for"
    assert slots["stage"] == "about_you"
    slots, messages = run(
        ValidateJourneyForm(),
        tracker(text="purple", asking="consent", candidates={"consent": "purple"}),
    )
    assert slots["consent"] is None and slots["tries"] == 1
    assert "yes or a no" in messages[0]["text"]


def test_two_failed_tries_leave_the_question_for_now_so_it_is_never_asked_a_third_time(chat):
    _db, session = chat
    slots, messages = run(
        ValidateJourneyForm(),
        tracker(
            session.sender_id,
            {**ANSWERS, "budget_amount": None, "tries": 1},
            text="purple monkey",
            asking="budget_amount",
            candidates={"budget_amount": "purple monkey"},
        ),
    )
    assert slots["budget_amount"] is None and slots["tries"] == 0
    assert "budget_amount" in slots["skipped"]
    assert "not yours" in messages[0]["text"] and "leave that one for now" in messages[0]["text"]


def test_a_button_choice_is_taken_from_its_entity(chat):
    db, session = chat
    slots, _ = run(
        ValidateJourneyForm(),
        tracker(
            session.sender_id,
            {**ANSWERS, "budget_management": None},
            text='/inform{"choice": "council_managed"}',
            entities=[{"entity": "choice", "value": "council_managed"}],
            asking="budget_management",
            candidates={"budget_management": '/inform{"choice": "council_managed"}'},
        ),
    )
    assert slots["budget_management"] == "council_managed"
    assert store.get_profile(db, chat=session)["budget_management"] == "council_managed"


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("call me Jo", "Jo"),
        ("sam", "Sam"),
        ("her name is Margaret, she likes Peggy", "Peggy"),
        ("its Bob but everyone calls him Bobby", "Bobby"),
        ("i am Priya and i live in leeds", "Priya"),
        ("my name is Mary-Ann Smith", "Mary-Ann Smith"),
        ("yes", None),
        ("?!", None),
    ],
)
def test_names_are_cleaned_to_what_the_person_likes_to_be_called(typed, name):
    assert clean_name(typed) == name


def test_a_carers_own_help_counts_as_a_person_in_the_circle(chat):
    _db, session = chat
    text = "me, i do her shopping but i cant keep doing it. her neighbour Sheila has a key"
    slots, _ = run(
        ValidateJourneyForm(),
        tracker(
            session.sender_id,
            {**ANSWERS, "answering_for": "someone_else", "answering_relationship": "son"},
            text=text,
            asking="people",
            candidates={"people": text},
        ),
    )
    people = {p["relationship"]: p for p in slots["people"]}
    assert people["son"]["can_continue"] is False and "shopping" in people["son"]["helps_with"]
    assert people["neighbour"]["name"] == "Sheila"


@pytest.mark.parametrize(
    ("typed", "intent", "answer"),
    [
        ("Yes, that's all correct, thank you very much, you've been very patient", None, True),
        ("yeah that's right thanks", "nlu_fallback", True),
        ("yes but change my budget", "nlu_fallback", None),
        ("yes apart from the name", None, None),
        ("yes it isn't right", None, None),
        ("no thank you", None, False),
        ("no problem, but my name is wrong", "nlu_fallback", None),
        ("whatever", "affirm", True),
    ],
)
def test_a_yes_first_then_politeness_is_a_yes_but_never_a_yes_with_a_but(typed, intent, answer):
    assert yes_or_no(tracker(text=typed, intent=intent), typed) is answer


@pytest.mark.parametrize(
    ("field", "text", "wording"),
    [
        ("dreams", "i dont know", "a guess is fine"),
        ("admired_qualities", "Not sure really", "a guess is fine"),
        ("people", "i told you!!", "tell me again"),
        ("typical_week", "same as before", "tell me again"),
        ("bottom_lines", "like i said", "tell me again"),
    ],
)
def test_a_non_answer_is_never_stored_and_is_asked_again_kindly(chat, field, text, wording):
    _db, session = chat
    slots, messages = run(
        ValidateJourneyForm(),
        tracker(
            session.sender_id,
            {**ANSWERS, field: None},
            text=text,
            asking=field,
            candidates={field: text},
        ),
    )
    assert slots[field] is None and slots["tries"] == 1
    assert wording in messages[0]["text"] and "skip" in messages[0]["text"]


def test_an_answer_that_starts_like_a_non_answer_is_kept(chat):
    _db, session = chat
    text = "i dont know what i'd do without my garden, i'd love a greenhouse"
    slots, _ = run(
        ValidateJourneyForm(),
        tracker(
            session.sender_id,
            {**ANSWERS, "dreams": None},
            text=text,
            asking="dreams",
            candidates={"dreams": text},
        ),
    )
    assert slots["dreams"]


def test_the_people_question_says_who_the_week_already_named():
    from assistant.actions.journey import ActionAskPeople

    week = "mondays my sister Rita takes me to the market, and Dev next door brings my paper"
    _, messages = run(ActionAskPeople(), tracker(slots={**ANSWERS, "typical_week": week}))
    assert messages[0]["text"].startswith("You mentioned Rita and Dev.")
    _, messages = run(ActionAskPeople(), tracker(slots={**ANSWERS, "typical_week": "I read"}))
    assert messages[0]["response"] == "utter_ask_people"


def test_thats_all_keeps_the_people_the_week_named(chat):
    _db, session = chat
    week = "mondays my sister Rita takes me to the market"
    slots, _ = run(
        ValidateJourneyForm(),
        tracker(
            session.sender_id,
            {**ANSWERS, "typical_week": week, "people": None},
            text="no that's everyone",
            asking="people",
            candidates={"people": "no that's everyone"},
        ),
    )
    assert [(p["name"], p["relationship"]) for p in slots["people"]] == [("Rita", "sister")]
