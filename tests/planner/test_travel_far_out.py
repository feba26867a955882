"""Travel to a home no care service comes out to (planner/travel.py, eleventh session): each
visit pays the worker's time on the road there and back and their mileage (HMRC's approved
rate), costed with its sums, so a budget priced at town rates is seen to fall short."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from planner import Plan, check_plan

Draft = Callable[..., Plan]

_NEEDS = [
    {
        "id": "n1",
        "area": "personal_care",
        "text": "Help to wash and dress",
        "hours_per_week": 7,
        "times": "every morning",
    },
    {
        "id": "n2",
        "area": "household",
        "text": "Cleaning",
        "hours_per_week": 2,
        "times": "once a week",
    },
]
_FAR = (
    "No agency will come out this far. It's half an hour each way from town, twelve miles "
    "down the lane."
)


def _road(plan: Plan):
    return [s for s in plan.supports if s.rate_source == "mileage_rate_per_mile"]


def test_visits_far_out_pay_time_on_the_road_and_miles(draft: Draft) -> None:
    plan = draft(
        typical_week=_FAR,
        support_needs=_NEEDS,
        budget_management="direct_payment",
        employer_choice="employ_pa",
        budget_amount={"amount": 600, "period": "week"},
    )
    assert check_plan(plan) == []
    (road,) = _road(plan)
    lines = {line.label: line for line in road.cost_breakdown}
    visits = 7 + (1 if "n2" in next(s for s in plan.supports if s.hours_per_week).meets else 0)
    assert lines["mileage"].weekly == Decimal(visits * 24) * Decimal("0.45")
    assert f"{visits} visits x 1 hour there and back" in lines["time on the road"].note
    assert road.weekly_cost == sum(line.weekly for line in road.cost_breakdown)
    assert len(road.options) >= 3


def test_no_travel_is_costed_without_the_distance_or_when_a_service_comes(draft: Draft) -> None:
    plan = draft(typical_week="No agency will come out this far.", support_needs=_NEEDS)
    assert _road(plan) == []
    hospital = "No agency will come out this far. The hospital is forty minutes away."
    plan = draft(typical_week=hospital, support_needs=_NEEDS)
    assert _road(plan) == []
    near = "The agency comes every day. It's half an hour each way from town for them."
    plan = draft(typical_week=near, support_needs=_NEEDS)
    assert _road(plan) == []
