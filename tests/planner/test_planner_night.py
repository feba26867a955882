"""Night support as it is bought: sleep-in by the night, waking night by the hour, night visits
with telecare, telecare alone; the risk list only says night support is planned when it is."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from planner import Plan

Draft = Callable[..., Plan]


def night(text: str, hours: float | None = None) -> list[dict[str, object]]:
    return [{"id": "n1", "area": "night_support", "text": text, "hours_per_week": hours}]


def test_someone_there_at_night_is_a_sleep_in_costed_per_night(draft: Draft) -> None:
    plan = draft(support_needs=night("Someone in the house at night", 49))
    s = next(s for s in plan.supports if "n1" in s.meets)
    assert s.rate_source == "sleep_in_night_rate"
    assert s.weekly_cost == Decimal("805.00")  # 7 nights x £115, not 49 hours x an hourly rate
    assert s.cost_breakdown[0].note == "7 nights x £115.00"


def test_a_pa_sleep_in_is_paid_as_a_night_pa(draft: Draft) -> None:
    plan = draft(
        support_needs=night("Someone to sleep over", 16),
        employer_choice="employ_pa",
        budget_management="direct_payment",
    )
    pa = next(s for s in plan.supports if s.kind == "personal_assistant")
    assert pa.cost_breakdown[0].note == "2 nights x £85.00"
    assert "sleeps in, 2 nights a week" in pa.description


def test_someone_awake_all_night_is_a_waking_night_by_the_hour(draft: Draft) -> None:
    plan = draft(support_needs=night("Someone awake to turn me every two hours", 63))
    s = next(s for s in plan.supports if "n1" in s.meets)
    assert s.kind == "agency" and s.hours_per_week == 63
    assert s.weekly_cost == Decimal("1518.30")  # 63 h x £24.10 (council rate)


def test_a_short_visit_is_a_night_visit_with_telecare(draft: Draft) -> None:
    plan = draft(support_needs=night("Help to the toilet once in the night", 3.5))
    kinds = sorted(s.rate_source for s in plan.supports if "n1" in s.meets)
    assert kinds == ["council_agency_hourly_rate", "telecare_weekly"]
    visits = next(s for s in plan.supports if s.kind == "agency")
    assert visits.hours_per_week == 3.5  # 7 visits of half an hour


def test_an_alarm_in_case_of_a_fall_is_telecare_alone(draft: Draft) -> None:
    plan = draft(support_needs=night("An alarm in case I fall at night"))
    s = next(s for s in plan.supports if "n1" in s.meets)
    assert s.rate_source == "telecare_weekly" and s.weekly_cost == Decimal("5.00")
    assert s.kind == "equipment"


def test_each_night_figure_is_on_the_rate_card_with_a_source_and_date(rates) -> None:  # type: ignore[no-untyped-def]
    for key in (
        "sleep_in_night_rate",
        "pa_sleep_in_night_rate",
        "night_visit_hours",
        "telecare_weekly",
    ):
        figure = rates.figure(key)
        assert figure.source and figure.date, key


def test_the_risk_list_does_not_say_night_support_is_planned_when_it_is_not_paid(
    draft: Draft,
) -> None:
    funded = draft(
        support_needs=night("Someone in the house at night", 49),
        budget_amount={"amount": 1000, "period": "week"},
    )
    short = draft(
        support_needs=night("Someone in the house at night", 49),
        budget_amount={"amount": 100, "period": "week"},
    )

    def night_risk(plan: Plan) -> str:
        return next(r.safeguard for r in plan.risks if "at night" in r.risk)

    assert night_risk(funded).startswith("Night support is planned")
    assert night_risk(short).startswith("Night support is not paid for yet")
    part = draft(
        support_needs=night("Someone in the house at night", 49),
        budget_amount={"amount": 300, "period": "week"},
    )
    assert night_risk(part).startswith("Night support is paid for only some nights")
