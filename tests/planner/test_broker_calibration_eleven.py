"""Broker advice, eleventh session (issue 16): where skilled help is needed and where the
person can manage (planner/weighing.py `ally`, planner/changes.py `swinging_hours`,
planner/employing.py `paperwork_help`). Each test fails when its rule is undone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planner import Plan
from tests.support.calibration import person_row as person

Draft = Callable[..., Plan]


def weights(plan: Plan) -> list[str]:
    return [r.code for r in plan.broker.reasons]


def need(i: int, area: str, text: str, hours: float | None, times: str = "") -> dict[str, Any]:
    return {"id": f"n{i}", "area": area, "text": text, "hours_per_week": hours, "times": times}


# --- a disagreement with family: an ally on the person's side -------------------------------

_OUTINGS = [need(1, "community_access", "Someone with me at the bowls club", 4, "Thursdays")]
_ROW = [{"code": "conflict", "evidence": "my son Dean wants me to stop going out on my own"}]
_FAMILY = [person("Dean", "son", ["shopping"], 2), person("Rita", "sister", ["social_life"], 3)]


def test_a_disagreement_with_someone_on_the_persons_side_is_optional(draft: Draft) -> None:
    week = "My son Dean wants me to stop going out on my own. Rita backs me up, it's my life."
    plan = draft(typical_week=week, people=_FAMILY, support_needs=_OUTINGS, concerns=_ROW)
    assert plan.broker.level == "optional"
    assert "Rita" in next(r.evidence for r in plan.broker.reasons if r.code == "conflict")


def test_a_disagreement_with_nobody_on_the_persons_side_is_recommended(draft: Draft) -> None:
    week = "My son Dean wants me to stop going out on my own. Rita says nothing."
    plan = draft(typical_week=week, people=_FAMILY, support_needs=_OUTINGS, concerns=_ROW)
    assert plan.broker.level == "recommended"


def test_the_one_disagreeing_is_no_ally_and_a_discharge_keeps_it_strong(draft: Draft) -> None:
    own = "Dean agrees with me about the club but not about going out alone."
    plan = draft(typical_week=own, people=_FAMILY, support_needs=_OUTINGS, concerns=_ROW)
    assert plan.broker.level == "recommended"  # Dean is the one in the disagreement
    ward = "I'm on the ward till Friday. Dean wants me in a home. Rita agrees with me."
    plan = draft(typical_week=ward, people=_FAMILY, support_needs=_OUTINGS, concerns=_ROW)
    assert plan.broker.level == "recommended"  # no time to work it through


# --- hours that swing with a condition that comes and goes ----------------------------------

_SWING = [
    need(1, "personal_care", "Help to wash and dress, all day when I flare", 6, "mornings"),
    need(2, "household", "Cleaning", 2, "once a week"),
]


def test_hours_that_swing_are_optional_with_someone_to_manage_them(draft: Draft) -> None:
    people = [person("Sam", "husband", ["meals", "money_admin"], 12)]
    plan = draft(people=people, support_needs=_SWING, employer_choice="use_agency")
    assert plan.broker.level == "optional"
    steady = [need(1, "personal_care", "Help to wash and dress", 6, "mornings"), _SWING[1]]
    plan = draft(people=people, support_needs=steady, employer_choice="use_agency")
    assert plan.broker.level == "none"


def test_hours_that_swing_with_nobody_to_step_in_are_recommended(draft: Draft) -> None:
    plan = draft(people=[], support_needs=_SWING, employer_choice="use_agency")
    assert plan.broker.level == "recommended"


# --- a first team of PAs with nobody to run the payroll -------------------------------------

_TEAM_NEEDS = [
    need(1, "personal_care", "Help getting up, washed and dressed", 14, "every morning"),
    need(2, "personal_care", "Help with lunch and the toilet", 10, "every day"),
    need(3, "personal_care", "Help getting to bed", 7, "every evening"),
]


def test_a_first_team_with_nobody_for_the_paperwork_is_recommended(draft: Draft) -> None:
    people = [person("Jo", "wife", ["meals"], 10)]
    said = "I want to employ a team of three PAs. Jo works full time and can't do the payroll."
    plan = draft(
        typical_week=said,
        people=people,
        support_needs=_TEAM_NEEDS,
        budget_amount={"amount": 800, "period": "week"},
        budget_management="direct_payment",
        employer_choice="employ_pa",
    )
    assert plan.broker.level == "recommended"
    silent = "I want to employ a team of three PAs."  # silence is not "nobody"
    plan = draft(
        typical_week=silent,
        people=people,
        support_needs=_TEAM_NEEDS,
        budget_amount={"amount": 800, "period": "week"},
        budget_management="direct_payment",
        employer_choice="employ_pa",
    )
    assert plan.broker.level == "optional"


def test_the_persons_own_experience_of_running_things_is_help_with_payroll(draft: Draft) -> None:
    people = [person("Jo", "wife", ["meals"], 10)]
    said = (
        "I want to employ a team of three PAs. Jo works full time and can't do the payroll. "
        "I used to manage a pharmacy, so I can set it up myself."
    )
    plan = draft(
        typical_week=said,
        people=people,
        support_needs=_TEAM_NEEDS,
        budget_amount={"amount": 800, "period": "week"},
        budget_management="direct_payment",
        employer_choice="employ_pa",
    )
    assert plan.broker.level == "optional"


# --- a spoken language, and someone close who interprets ------------------------------------

_WASH = [need(1, "personal_care", "Help to shower", 2, "Tuesday and Friday")]
_TALK = [{"code": "communication", "evidence": "He speaks Turkish and not much English"}]


def test_a_spoken_language_a_relative_interprets_is_no_reason(draft: Draft) -> None:
    people = [
        person("Ayse", "wife", ["meals", "household"], 20),
        person("Deniz", "daughter", ["communication", "money_admin"], 3),
    ]
    plan = draft(people=people, support_needs=_WASH, concerns=_TALK)
    assert plan.broker.level == "none"


def test_a_child_or_a_paid_worker_interpreting_keeps_it_a_reason(draft: Draft) -> None:
    child = [
        person("Ayse", "wife", ["meals", "household"], 20),
        person("Emre", "grandson, 12", ["communication"], 2),
    ]
    plan = draft(people=child, support_needs=_WASH, concerns=_TALK)
    assert "capacity_or_communication" in weights(plan)
    worker = [
        person("Ayse", "wife", ["meals", "household"], 20),
        person("Jan", "support worker at the charity", ["communication"], 2),
    ]
    plan = draft(people=worker, support_needs=_WASH, concerns=_TALK)
    assert "capacity_or_communication" in weights(plan)


def test_more_than_a_spoken_language_keeps_it_a_reason(draft: Draft) -> None:
    people = [person("Deniz", "daughter", ["communication", "money_admin"], 3)]
    aphasia = [{"code": "communication", "evidence": "since the stroke he can't find his words"}]
    plan = draft(people=people, support_needs=_WASH, concerns=aphasia)
    assert "capacity_or_communication" in weights(plan)
