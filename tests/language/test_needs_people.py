"""need_areas, extract_needs, extract_people and extract_relationship."""

from __future__ import annotations

import pytest

from assistant.language import extract_needs, extract_people, extract_relationship, need_areas
from planner.models import NEED_AREAS

AREAS = [
    ("wash and dress", ["personal_care"]),
    ("cooking", ["meals"]),
    ("tablets", ["medication"]),
    ("getting out", ["community_access"]),
    ("at night", ["night_support"]),
    ("bills", ["money_admin"]),
    ("help with the washing up and ironing", ["household"]),
    (
        "she needs help with her tablets, meals and getting to appointments",
        ["medication", "meals", "community_access", "health"],
    ),
    ("I need a break from caring", ["carer_break"]),
    ("he gets lonely and wants to see friends", ["social_life"]),
    ("a hand with the shopping", ["shopping"]),
    ("he signs, needs an interpreter", ["communication"]),
    ("help finding a college course", ["work_or_learning"]),
    ("she needs to move to a bungalow", ["housing"]),
    ("getting up the stairs, she uses a walking frame", ["personal_care", "mobility"]),
    ("DOCTORS APPOINTMENTS", ["health"]),
    ("nothing really", []),
]


@pytest.mark.parametrize(("text", "areas"), AREAS)
def test_need_areas(text: str, areas: list[str]) -> None:
    assert need_areas(text) == areas


def test_every_area_is_a_contract_area() -> None:
    from assistant.language.areas import AREA_WORDS

    assert set(AREA_WORDS) == set(NEED_AREAS)


def test_two_needs() -> None:
    assert extract_needs(
        "help to wash and dress 2 hours every morning, and someone to do my shopping once a week"
    ) == [
        {
            "area": "personal_care",
            "text": "help to wash and dress 2 hours every morning",
            "hours_per_week": 14.0,
            "times": "every morning",
        },
        {
            "area": "shopping",
            "text": "someone to do my shopping once a week",
            "hours_per_week": None,
            "times": "once a week",
        },
    ]


def test_carer_voice_rambling_needs() -> None:
    needs = extract_needs(
        "well my son needs help with cooking and cleaning. Also someone at night coz he "
        "wanders, and he cant manage his tablets at all. he'd like to get out more, maybe "
        "twice a week for 3 hours"
    )
    areas = [n["area"] for n in needs]
    assert areas == ["meals", "household", "night_support", "medication", "community_access"]
    out = needs[-1]
    assert out["hours_per_week"] == 6.0 and out["times"] == "twice a week"
    assert all(n["text"] for n in needs)


def test_subordinate_clause_stays_with_its_need() -> None:
    needs = extract_needs("a sleep-in because I fall at night")
    assert [n["area"] for n in needs] == ["night_support"]
    assert needs[0]["text"] == "a sleep-in because I fall at night"
    assert needs[0]["hours_per_week"] == 70.0


def test_no_needs() -> None:
    assert extract_needs("") == []
    assert extract_needs("I am fine thanks") == []


def test_people_brief_example() -> None:
    people = extract_people(
        "my daughter Sue does my shopping on saturdays, and my neighbour Bill pops in most "
        "days but he's getting old"
    )
    assert people == [
        {
            "name": "Sue",
            "relationship": "daughter",
            "helps_with": ["shopping"],
            "hours_per_week": None,
            "can_continue": None,
        },
        {
            "name": "Bill",
            "relationship": "neighbour",
            "helps_with": [],
            "hours_per_week": None,
            "can_continue": False,
        },
    ]


def test_unnamed_people_and_hours() -> None:
    people = extract_people(
        "Sue, my daughter, helps with cooking 2 hours a day. My son can't keep doing the "
        "washing up."
    )
    assert people[0]["name"] == "Sue" and people[0]["hours_per_week"] == 14.0
    assert people[1] == {
        "name": "My son",
        "relationship": "son",
        "helps_with": ["household"],
        "hours_per_week": None,
        "can_continue": False,
    }


@pytest.mark.parametrize(
    "text",
    [
        "my husband does everything but he won't be able to for much longer",
        "my mum helps but she can't keep doing it",
        "my wife is exhausted",
        "my sister, though she's moving away in May",
    ],
)
def test_cannot_continue(text: str) -> None:
    people = extract_people(text)
    assert people and people[0]["can_continue"] is False


def test_can_continue() -> None:
    people = extract_people("My Mum does my washing. She is happy to keep going.")
    assert people[0]["relationship"] == "mother" and people[0]["can_continue"] is True


def test_shared_help() -> None:
    people = extract_people("my son and daughter help with meals")
    assert [(p["name"], p["helps_with"]) for p in people] == [
        ("my son", ["meals"]),
        ("my daughter", ["meals"]),
    ]


def test_name_before_relationship_in_brackets() -> None:
    assert extract_people("Dave (my neighbour) takes me to church")[0]["name"] == "Dave"


@pytest.mark.parametrize(
    "text", ["no one", "nobody", "I'm on my own", "none", "just me", "No one.", "", "nope"]
)
def test_nobody(text: str) -> None:
    assert extract_people(text) == []


RELATIONSHIP = [
    ("I'm her son", "son"),
    ("im his wife", "wife"),
    ("support worker", "support worker"),
    ("I am her support worker", "support worker"),
    ("son", "son"),
    ("her daughter", "daughter"),
    ("Her mum", "mother"),
    ("my mum", "child"),
    ("it's for my husband", "spouse"),
    ("my son", "parent"),
    ("my brother", "sibling"),
    ("friend", "friend"),
    ("i'm the pa", "personal assistant"),
    ("as his appointee", "appointee"),
    ("I'm his social worker", "social worker"),
    ("neighbour", "neighbour"),
]


@pytest.mark.parametrize(("text", "relationship"), RELATIONSHIP)
def test_relationship(text: str, relationship: str) -> None:
    assert extract_relationship(text) == relationship


def test_relationship_unknown() -> None:
    assert extract_relationship("") is None
    assert extract_relationship("hello there") is None
