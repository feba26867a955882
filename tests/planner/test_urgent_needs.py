"""Urgent needs the council meets now, while a carer is in hospital (planner/urgent.py,
eleventh session; Care Act 2014 s19(3)): priced, not charged to the budget, and the first
step is to ring the council today."""

from __future__ import annotations

from collections.abc import Callable

from planner import Plan, check_plan
from tests.support.calibration import person_row as person

Draft = Callable[..., Plan]

_WIFE = [person("Rose", "wife", ["personal_care", "meals", "household"], 50, False)]
_NEEDS = [
    {
        "id": "n1",
        "area": "night_support",
        "text": "Someone with him at night while Rose is in hospital",
        "hours_per_week": None,
        "times": "every night",
    },
    {"id": "n2", "area": "personal_care", "text": "Help to wash", "hours_per_week": 7},
]
_BUDGET = {"amount": 250, "period": "week"}


def _night(plan: Plan):
    return next(s for s in plan.supports if "n1" in s.meets)


def test_cover_while_the_carer_is_in_hospital_is_the_councils_urgent_help(draft: Draft) -> None:
    week = "Rose was taken to hospital by ambulance this morning. He can't be alone at night."
    plan = draft(typical_week=week, people=_WIFE, support_needs=_NEEDS, budget_amount=_BUDGET)
    assert check_plan(plan) == []
    night = _night(plan)
    assert night.weekly_cost == 0
    assert "s19(3)" in night.cost_breakdown[0].note
    assert not [r.code for r in plan.readiness if not r.passed]
    assert plan.actions[0].when == "today" and "Ring the council" in plan.actions[0].step


def test_without_a_carer_taken_into_hospital_the_nights_are_the_budgets(draft: Draft) -> None:
    week = "Rose is tired and wants to stop. He can't be alone at night."
    plan = draft(typical_week=week, people=_WIFE, support_needs=_NEEDS, budget_amount=_BUDGET)
    assert _night(plan).weekly_cost > 0
    assert not any("Ring the council" in a.step for a in plan.actions)
