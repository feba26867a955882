"""A concern that says "he" or "she" instead of a name (planner.harm): the person named just
before the quoted words has no part in the plan, as if the concern had named them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planner import Plan
from planner.harm import pointed_at
from planner.models import Profile

Draft = Callable[..., Plan]


def _person(name: str, relationship: str, helps: list[str], hours: int = 10) -> dict[str, Any]:
    return {
        "name": name,
        "relationship": relationship,
        "helps_with": helps,
        "hours_per_week": hours,
        "can_continue": True,
    }


DESMOND = _person("Desmond", "son", ["personal_care", "money_admin"], 20)
PRIYA = _person("Priya", "daughter", ["shopping"], 3)
WEEK = (
    "I live in a bungalow in Kettering. My daughter Priya does my big shop on Saturdays. "
    "Desmond moved back in after his divorce and he does my washing. "
    "He keeps my bank card and tells me I can't afford a haircut. I miss my church friends."
)
CONCERN = [{"code": "safeguarding", "evidence": "He keeps my bank card"}]


def _everywhere_but_safety(plan: Plan) -> str:
    parts = [f"{s.description} {s.why}" for s in plan.supports]
    parts += [f"{a.step} {a.who}" for a in plan.actions]
    parts += [f"{d.who} {d.decides}" for d in plan.decisions]
    parts += [f"{e.then} {e.who}" for e in plan.emergency_plan]
    parts += [f"{r.how} {r.who}" for r in plan.needs_table]
    return "\n".join(parts)


def test_he_points_back_to_the_man_named_just_before(make_profile: Callable[..., Any]) -> None:
    profile = Profile.model_validate(
        make_profile(typical_week=WEEK, people=[PRIYA, DESMOND], concerns=CONCERN)
    )
    assert [p.name for p in pointed_at(profile, CONCERN[0]["evidence"])] == ["Desmond"]


def test_she_skips_a_man_named_later_and_finds_the_woman(make_profile: Callable[..., Any]) -> None:
    week = (
        "My sister-in-law Bev comes round every day since my stroke, with her husband Alan. "
        "She calls me useless and she pinches me when I'm slow on the stairs."
    )
    bev = _person("Bev", "sister-in-law", ["personal_care"])
    alan = _person("Alan", "brother-in-law", ["household"])
    evidence = "she pinches me when I'm slow on the stairs"
    profile = Profile.model_validate(
        make_profile(
            typical_week=week,
            people=[bev, alan],
            concerns=[{"code": "safeguarding", "evidence": evidence}],
        )
    )
    assert [p.name for p in pointed_at(profile, evidence)] == ["Bev"]


def test_words_that_name_someone_or_no_one_point_nowhere(make_profile: Callable[..., Any]) -> None:
    profile = Profile.model_validate(
        make_profile(typical_week=WEEK, people=[PRIYA, DESMOND], concerns=CONCERN)
    )
    assert pointed_at(profile, "Desmond keeps my bank card") == []  # the name finds him
    assert pointed_at(profile, "I miss my church friends") == []  # no pronoun
    assert pointed_at(profile, "he hides my post") == []  # not in anything said


def test_the_man_he_points_to_has_no_part_in_the_plan(draft: Draft) -> None:
    plan = draft(typical_week=WEEK, people=[PRIYA, DESMOND], concerns=CONCERN)
    text = _everywhere_but_safety(plan)
    assert "Desmond" not in text  # no task, no say, no carer's assessment
    assert "Priya" in text  # the daughter's shopping still counts


def test_without_the_concern_his_help_counts(draft: Draft) -> None:
    plan = draft(typical_week=WEEK, people=[PRIYA, DESMOND])
    assert "Desmond" in _everywhere_but_safety(plan)
