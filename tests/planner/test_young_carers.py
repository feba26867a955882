"""A child who helps is a young carer: the plan does not count on their help, costs those hours,
and offers the family a young carer's needs assessment; someone the person says must not care
for them is not counted on either (planner/young_carers.py, issue 16 item 2). Profiles written
here, not taken from any held-out panel."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from planner import default_rate_card, draft_plan, plan_to_dict
from planner.models import Person, Profile
from planner.young_carers import age_of, not_to_care_for, young_carers

WHEN = datetime(2026, 12, 1, tzinfo=UTC)


def _profile(typical_week: str, *, bottom_lines: list[dict[str, Any]] | None = None) -> Profile:
    return Profile.model_validate(
        {
            "consent": True,
            "preferred_name": "Dawn",
            "typical_week": typical_week,
            "people": [
                {
                    "name": "Kyle",
                    "relationship": "son",
                    "helps_with": ["household", "meals"],
                    "hours_per_week": 6,
                    "can_continue": True,
                },
                {
                    "name": "Sandra",
                    "relationship": "sister",
                    "helps_with": ["shopping"],
                    "hours_per_week": 2,
                    "can_continue": True,
                },
            ],
            "support_needs": [
                {
                    "id": "n1",
                    "area": "household",
                    "text": "Cleaning and laundry",
                    "hours_per_week": 4,
                },
                {"id": "n2", "area": "meals", "text": "Cooking tea", "hours_per_week": 2},
                {"id": "n3", "area": "shopping", "text": "The big shop", "hours_per_week": 2},
            ],
            "bottom_lines": bottom_lines or [],
            "budget_amount": {"amount": 250, "period": "week"},
            "budget_management": "council_managed",
            "employer_choice": "not_sure",
            "confirm_summary": True,
        }
    )


@pytest.mark.parametrize(
    ("week", "age"),
    [
        ("I live with my son Kyle, he is 14.", 14),
        ("Kyle (15) does the hoovering.", 15),
        ("my 13-year-old Kyle cooks the tea most nights", 13),
        ("Kyle, aged 17, helps when he's not at college", 17),
        ("Kyle is 24 and lives with me.", 24),
        ("Kyle helps 6 hours a week.", None),
        ("Kyle comes round at 16:30 after work.", None),
        ("Kyle, 2 streets away, pops in most days.", None),
        ("Kyle is 6 foot and does the lifting.", None),
        ("Kyle is 9 years now in the army.", None),
    ],
)
def test_an_age_said_in_passing_is_read(week, age):
    profile = _profile(week)
    assert age_of(profile.people[0], profile) == age


def test_a_child_who_helps_is_not_counted_on_and_the_family_is_offered_an_assessment():
    profile = _profile("I live with my son Kyle, he is 14, and he does a lot at home.")
    assert [p.name for p in young_carers(profile)] == ["Kyle"]
    assert not_to_care_for(profile.people[0], profile) == "young carer"
    plan = plan_to_dict(draft_plan(profile, default_rate_card(), plan_id="y1", created_at=WHEN))
    described = " ".join(s["description"] for s in plan["supports"])
    assert "Kyle" not in described
    assert "Sandra (sister) helps with shopping" in described
    steps = [a["step"] for a in plan["actions"]]
    assert any("young carer's needs assessment for Kyle" in s for s in steps)
    # an adult carer's assessment (Care Act s10) is not the one for a child
    assert not any("carer's assessment for Kyle (Care Act" in s for s in steps)
    # the plan says why his help is not counted on
    assert any(r["risk"] == "Kyle is under 18 and helps at home." for r in plan["risks"])
    # his six hours are paid help now: the household and meals needs are costed
    costed = {m for s in plan["supports"] if s.get("weekly_cost") for m in s.get("meets", [])}
    assert {"n1", "n2"} <= costed


def test_an_adult_son_who_helps_is_counted_on_as_before():
    profile = _profile("I live with my son Kyle, he is 24, and he does a lot at home.")
    assert young_carers(profile) == []
    plan = plan_to_dict(draft_plan(profile, default_rate_card(), plan_id="y2", created_at=WHEN))
    assert any("Kyle (son) helps with" in s["description"] for s in plan["supports"])
    assert not any("young carer" in a["step"] for a in plan["actions"])


@pytest.mark.parametrize(
    "said",
    [
        "I do not want Kyle to be my carer, he has his exams.",
        "I don't want my son interpreting for me at appointments.",
        "Never ask Kyle to wash me.",
    ],
)
def test_someone_the_person_says_must_not_care_for_them_is_not_counted_on(said):
    profile = _profile(
        "Kyle lives with me.", bottom_lines=[{"id": "b1", "text": said, "kind": "must_not"}]
    )
    assert not_to_care_for(profile.people[0], profile) == "asked"
    plan = plan_to_dict(draft_plan(profile, default_rate_card(), plan_id="y3", created_at=WHEN))
    assert not any("Kyle" in s["description"] for s in plan["supports"])


def test_the_plan_says_why_it_does_not_count_on_someone_the_person_ruled_out():
    said = "I do not want Kyle to be my carer, he has his exams."
    profile = _profile(
        "Kyle lives with me.", bottom_lines=[{"id": "b1", "text": said, "kind": "must_not"}]
    )
    plan = plan_to_dict(draft_plan(profile, default_rate_card(), plan_id="y4", created_at=WHEN))
    assert any(
        r["risk"] == "Kyle is not to be asked to give care." and "as asked" in r["safeguard"]
        for r in plan["risks"]
    )


def test_a_wish_about_someone_else_leaves_this_helper_counted_on():
    profile = _profile(
        "Kyle lives with me.",
        bottom_lines=[
            {"id": "b1", "text": "I don't want Sandra to be my carer.", "kind": "must_not"}
        ],
    )
    assert not_to_care_for(profile.people[0], profile) is None
    assert not_to_care_for(profile.people[1], profile) == "asked"


# --- tenth session, second round: however a child's age is said ---------------------------


def test_a_childs_age_is_read_however_it_is_said() -> None:
    """In the list ("son, 14", "son (aged 15)"), in words ("fifteen"), or by what only a child
    is (a school year, still at school, a teenage son, GCSEs); not from a number that is not
    an age, nor from teenagers in the house who are someone else."""

    def age(relationship: str, week: str) -> int | None:
        person = Person(name="Josh", relationship=relationship, helps_with=["personal_care"])
        return age_of(person, Profile(typical_week=week, people=[person]))

    assert age("son, 14", "") == 14
    assert age("son (aged 15)", "") == 15
    assert age("son", "Josh is fifteen and helps me dress.") == 15
    for week in (
        "Josh is in Year 9 and helps me dress.",
        "My teenage son Josh helps me dress.",
        "My son Josh, who is still at school, helps me dress.",
        "Josh is revising for his GCSEs but still helps me dress.",
    ):
        assert (age("son", week) or 99) < 18, week
    assert age("neighbour at number 12", "") is None
    assert age("husband", "I live with my husband Josh and our two teenagers.") is None
    assert age("son", "Josh works at the high school and helps me dress.") is None
