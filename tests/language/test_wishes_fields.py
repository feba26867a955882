"""extract_dreams, extract_bottom_lines, detect_flags, detect_field and parse_choice."""

from __future__ import annotations

import pytest

from assistant.language import (
    detect_field,
    detect_flags,
    extract_bottom_lines,
    extract_dreams,
    parse_choice,
)
from planner.vocabulary import BOTTOM_LINE_TAGS, DREAM_THEMES


def test_dreams_split_and_tagged() -> None:
    dreams = extract_dreams(
        "I want to get a job in a shop and I'd also like to go to Spain. My own flat one day!"
    )
    assert dreams == [
        {"text": "I want to get a job in a shop", "tags": ["work"]},
        {"text": "I'd also like to go to Spain", "tags": ["travel"]},
        {"text": "My own flat one day", "tags": ["housing"]},
    ]


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("he wants to learn to cook", "learning"),
        ("get the bus on my own", "independence"),
        ("go to the gym and lose weight", "health"),
        ("join a choir and make friends", "social"),
        ("a holiday by the seaside", "travel"),
        ("she'd love to volunteer at the charity shop", "work"),
        ("move into supported living", "housing"),
    ],
)
def test_dream_tags(text: str, tag: str) -> None:
    assert tag in extract_dreams(text)[0]["tags"]


def test_dream_tags_are_planner_themes() -> None:
    dreams = extract_dreams(
        "college, a job, holidays, friends, the gym, my own flat, cooking by myself"
    )
    for dream in dreams:
        assert set(dream["tags"]) <= set(DREAM_THEMES)


def test_dream_without_theme_has_no_tags() -> None:
    assert extract_dreams("to be happy") == [{"text": "to be happy", "tags": []}]


BOTTOM = [
    ("I must never be helped to wash by a man", "must_not", "male_worker"),
    ("I must keep my dog Max", "must", "pets"),
    ("I don't want to go into a care home", "must_not", "residential"),
    ("never before 9am", "must_not", "routine"),
    ("No agency staff", "must_not", "agency_staff"),
    ("I want the same carers", "must", "same_workers"),
    ("I must be able to go to mosque on Fridays", "must", "faith"),
    ("she must have halal food", "must", "diet"),
    ("I must stay in my own home", "must", "own_home"),
    ("my family must be involved", "must", "family_involved"),
    ("only women to help with personal care", "must", "female_worker"),
    ("he won't go to a day centre", "must_not", "day_service"),
    ("she has to be able to smoke in the garden", "must", "smoking"),
    ("I dont want my son handling my money", "must_not", "money"),
    ("carers must speak Polish", "must", "language"),
    ("i never want to miss my grandsons football", "must", "family_involved"),
    ("Don't wake me up early", "must_not", "routine"),
    ("be kind to me", "must", "other"),
]


@pytest.mark.parametrize(("text", "kind", "about"), BOTTOM)
def test_bottom_lines(text: str, kind: str, about: str) -> None:
    lines = extract_bottom_lines(text)
    assert lines == [{"text": text, "kind": kind, "about": about}]
    assert about in BOTTOM_LINE_TAGS


def test_several_bottom_lines() -> None:
    lines = extract_bottom_lines(
        "No agency staff. I want the same carers, and I must be able to go to mosque on Fridays"
    )
    assert [(b["kind"], b["about"]) for b in lines] == [
        ("must_not", "agency_staff"),
        ("must", "same_workers"),
        ("must", "faith"),
    ]


FLAGS = [
    ("mum has dementia and can't decide things", "capacity"),
    ("he has a deputy from the court of protection", "capacity"),
    ("he doesn't use words, he signs", "communication"),
    ("she is non verbal and uses makaton", "communication"),
    ("dad is deaf and needs a BSL interpreter", "communication"),
    ("my brother and I disagree about her care", "conflict"),
    ("we keep arguing about what mum wants", "conflict"),
    ("can I talk to a real person", "asked_for_person"),
]


@pytest.mark.parametrize(("text", "code"), FLAGS)
def test_flags(text: str, code: str) -> None:
    flags = detect_flags(text)
    assert code in [f["code"] for f in flags]
    assert all(f["evidence"] for f in flags)


@pytest.mark.parametrize(
    "text", ["I like gardening", "she needs help to wash", "£300 a week", "we all get on"]
)
def test_no_flags(text: str) -> None:
    assert detect_flags(text) == []


FIELDS = [
    ("can I change my name", "preferred_name"),
    ("I got the budget wrong", "budget_amount"),
    ("change what I said about my family", "people"),
    ("edit my dreams", "dreams"),
    ("the bit about what I need help with", "support_needs"),
    ("actually the council manages the money", "budget_management"),
    ("i want to change how the plan is written", "plan_voice"),
    ("can we go back to my bottom lines", "bottom_lines"),
    ("what people like about me was wrong", "admired_qualities"),
    ("change my typical week", "typical_week"),
    ("the services i get now", "current_support"),
    ("what's important to me", "important_to"),
    ("I'd rather use an agency after all", "employer_choice"),
    ("actually I'm filling this in for someone else", "answering_for"),
    ("the summary is wrong", "confirm_summary"),
]


@pytest.mark.parametrize(("text", "field"), FIELDS)
def test_detect_field(text: str, field: str) -> None:
    assert detect_field(text) == field


def test_detect_field_none() -> None:
    assert detect_field("hello") is None
    assert detect_field("") is None


CHOICES = [
    ("answering_for", "it's for my mum", "someone_else"),
    ("answering_for", "me", "self"),
    ("answering_for", "myself", "self"),
    ("answering_for", "I'm her son", "someone_else"),
    ("answering_for", "someone_else", "someone_else"),
    ("budget_management", "direct payment", "direct_payment"),
    ("budget_management", "I get the money paid into my account", "direct_payment"),
    ("budget_management", "the council does it", "council_managed"),
    ("budget_management", "not sure", "not_sure"),
    ("budget_management", "my daughter manages it", "third_party"),
    ("budget_management", "ISF", "individual_service_fund"),
    ("budget_management", "council managed", "council_managed"),
    ("employer_choice", "I want to employ my own PAs", "employ_pa"),
    ("employer_choice", "an agency", "use_agency"),
    ("employer_choice", "a bit of both", "mix"),
    ("employer_choice", "no agencies please", "employ_pa"),
    ("employer_choice", "i don't want to be an employer", "use_agency"),
    ("employer_choice", "dunno", "not_sure"),
    ("plan_voice", "write it as me / I", "first_person"),
    ("plan_voice", "about him", "third_person"),
    ("plan_voice", "first_person", "first_person"),
    ("plan_voice", "third person please", "third_person"),
]


@pytest.mark.parametrize(("field", "text", "code"), CHOICES)
def test_parse_choice(field: str, text: str, code: str) -> None:
    assert parse_choice(field, text) == code


@pytest.mark.parametrize(
    ("field", "text"),
    [("plan_voice", "1"), ("budget_management", "2"), ("employer_choice", ""), ("nope", "me")],
)
def test_parse_choice_none(field: str, text: str) -> None:
    assert parse_choice(field, text) is None
