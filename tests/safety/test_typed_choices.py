"""Typed choices (assistant/journey/choices.py) on phrasings written for these tests, and the frozen
held-out list in tests/heldout/choices (written by a helper from a brief, never trained on)."""

from __future__ import annotations

import json

import pytest
import yaml

from assistant.journey.choices import resolve_typed_choice
from assistant.settings import ROOT

QUESTIONS = {
    "carry_on": "utter_ask_carry_on",
    "restart_confirm": "utter_ask_restart_confirm",
    "erase_confirm": "utter_ask_erase_confirm",
    "review_change": "utter_ask_review_change",
    "budget_management": "utter_ask_budget_management",
    "employer_choice": "utter_ask_employer_choice",
    "plan_voice": "utter_ask_plan_voice",
    "answering_for": "utter_ask_answering_for",
    "consent": "utter_ask_consent",
    "safety_check": "utter_ask_safety_check",
}
HELDOUT = ROOT / "tests" / "heldout" / "choices" / "typed_choices.jsonl"


def buttons(asking: str, name: str = "Josh") -> list[dict[str, str]]:
    responses = yaml.safe_load((ROOT / "assistant/rasa_side/domain/journey.yml").read_text())[
        "responses"
    ]
    web = responses[QUESTIONS[asking]][-1]
    return [
        {
            "title": b["title"].replace("{preferred_name}", name),
            "payload": b["payload"].replace("{{", "{").replace("}}", "}"),
        }
        for b in web["buttons"]
    ]


def meaning(payload: str | None) -> str | None:
    if payload is None:
        return None
    if "{" in payload:
        return json.loads(payload[payload.index("{") :])["choice"]
    return {"/answer_self": "self", "/answer_someone_else": "someone_else"}.get(
        payload, payload.lstrip("/")
    )


@pytest.mark.parametrize(
    ("asking", "typed", "want"),
    [
        ("carry_on", "carry on", "affirm"),
        ("carry_on", "Continue please", "affirm"),
        ("carry_on", "lets keep going", "affirm"),
        ("carry_on", "not now thanks", "deny"),
        ("carry_on", "2", "deny"),
        ("restart_confirm", "no, carry on", "deny"),
        ("restart_confirm", "yes from the top", "affirm"),
        ("erase_confirm", "no keep it", "deny"),
        ("restart_confirm", "yeh start agin", "affirm"),
        ("erase_confirm", "yep delet it all", "affirm"),
        ("budget_management", "my son looks after the money for me", "third_party"),
        ("budget_management", "the councel can do it", "council_managed"),
        ("employer_choice", "bit of both really", "mix"),
        ("plan_voice", "about josh please", "third_person"),
        ("review_change", "a typicel week", "typical_week"),
        ("answering_for", "for my mum", "someone_else"),
        ("budget_management", "number 2 please", "council_managed"),
        ("budget_management", "its the 4th one", "third_party"),
        ("plan_voice", "the first one", "first_person"),
        ("plan_voice", "the last one", "third_person"),
        ("employer_choice", "not an agency, my own staff", "employ_pa"),
        ("employer_choice", "i dont want to employ anyone, agency please", "use_agency"),
        ("employer_choice", "own staff weekdays and an agency at weekends", "mix"),
        ("employer_choice", "not sure yet", "not_sure"),
        ("review_change", "the nice things people say about me", "admired_qualities"),
        ("review_change", "who helps me, the peeple part", "people"),
    ],
)
def test_typed_words_become_the_button_they_mean(asking, typed, want):
    assert meaning(resolve_typed_choice(typed, asking, buttons(asking))) == want


def test_nothing_is_chosen_for_an_answer_that_names_no_choice():
    assert (
        resolve_typed_choice(
            "what does that mean?", "budget_management", buttons("budget_management")
        )
        is None
    )
    assert resolve_typed_choice("carry on", "carry_on", []) is None  # no buttons offered


def test_only_an_offered_payload_can_come_out():
    offered = buttons("carry_on")
    for text in ("yes", "stop", "1", "continue", "delete it all"):
        payload = resolve_typed_choice(text, "carry_on", offered)
        assert payload is None or payload in {b["payload"] for b in offered}


def test_heldout_typed_choices_floor():
    """The frozen list: 193 of 193 on 2026-11-30, third session (192 before; see docs/DIALOGUE.md);
    never below 98%."""
    rows = [json.loads(line) for line in HELDOUT.read_text().splitlines() if line.strip()]
    rows = [r for r in rows if r["asking"] != "safety_check"]  # the safety route answers those
    right = 0
    for row in rows:
        got = meaning(resolve_typed_choice(row["text"], row["asking"], buttons(row["asking"])))
        right += got == row["expected"]
    assert len(rows) >= 150
    assert right / len(rows) >= 0.98, f"{right}/{len(rows)}"


@pytest.mark.parametrize(
    ("typed", "word", "near"),
    [
        ("councel", "council", True),  # vowels slipped, the consonants kept
        ("agen", "again", True),
        ("paymnet", "payment", True),  # letters swapped: a close spelling
        ("mix", "max", False),  # short words must be exact
        ("agency", "urgency", False),
        ("carry", "curry", True),
    ],
)
def test_a_typing_slip_in_a_choice_word(typed, word, near):
    from assistant.journey.choices import _near

    assert _near(typed, word) is near
