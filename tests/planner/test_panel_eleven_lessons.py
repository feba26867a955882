"""Panel 11 read as a development set (thirteenth session): one development profile for each
kind of miss, written in other words about other people (tests/planner/broker_dev, bd-130 to
bd-135), each with its verdict before the planner ran. Each test failed on f0a25fb."""

from __future__ import annotations

import pytest


def _codes(plan: dict) -> dict[str, str]:
    return {r["code"]: r["evidence"] for r in plan["broker"]["reasons"]}


def test_a_cooker_made_safe_is_free_minor_aids_not_an_unmet_need(dev_plan):
    plan = dev_plan("bd-130-moira")
    kitchen = [s for s in plan["supports"] if "n2" in s["meets"]]
    assert kitchen and all(float(s["weekly_cost"]) == 0 for s in kitchen)
    assert any("microwave" in s["description"] for s in kitchen)
    assert all(r["passed"] for r in plan["readiness"])
    assert plan["broker"]["level"] == "none"


def test_someone_to_know_at_night_is_a_sensor_with_a_responder(dev_plan):
    plan = dev_plan("bd-131-priya")
    night = [s for s in plan["supports"] if "n1" in s["meets"]]
    assert [s["kind"] for s in night] == ["equipment"]
    assert all(r["passed"] for r in plan["readiness"])
    assert plan["broker"]["level"] == "none"


def test_a_partner_who_needs_care_and_gives_none_is_no_carer_giving_up(dev_plan):
    plan = dev_plan("bd-132-stanley")
    # Edna gives no help now; Paul will keep going and the council arranges the agency
    assert "limited_support_network" not in _codes(plan)
    assert all(r["passed"] for r in plan["readiness"])


def test_a_health_need_the_persons_own_health_budget_pays_for_is_no_reason(dev_plan):
    plan = dev_plan("bd-133-nadia")
    assert "health_coordination" not in _codes(plan)
    assert plan["broker"]["level"] == "none"


def test_changing_from_council_arranged_care_to_a_direct_payment_is_a_lesser_reason(dev_plan):
    plan = dev_plan("bd-134-gloria")
    assert plan["broker"]["level"] == "optional"
    assert "direct payment" in _codes(plan)["complex_plan"]


def test_a_move_told_in_the_week_is_a_housing_change(dev_plan):
    plan = dev_plan("bd-135-owen")
    assert plan["broker"]["level"] == "optional"
    assert "moving to Norwich" in _codes(plan)["housing_change"]


def test_mealtimes_that_follow_a_swallowing_plan_are_counted_as_calls(dev_plan):
    plan = dev_plan("bd-137-len")
    meals = [s for s in plan["supports"] if "n2" in s["meets"]]
    # breakfast, lunch and tea, half an hour each, every day: 10.5 hours with the 7 for washing
    assert meals and float(meals[0]["hours_per_week"]) == 17.5
    assert all(r["passed"] for r in plan["readiness"])
    assert plan["broker"]["level"] == "none"


def test_company_for_whole_days_while_the_carer_works_is_a_day_service_by_the_day(dev_plan):
    plan = dev_plan("bd-138-rose")
    days = [s for s in plan["supports"] if "n1" in s["meets"]]
    assert [s["kind"] for s in days] == ["day_service"]
    assert all(r["passed"] for r in plan["readiness"])
    assert plan["broker"]["level"] == "none"


@pytest.mark.parametrize(
    ("week", "moving"),
    [
        ("I'm moving to Whitby in the spring, nearer my sister.", True),
        ("We're moving to a new flat with a lift next month.", True),
        ("I'm moving to the evening class on Tuesdays now.", False),
        ("She's moving to a different day centre after Easter.", False),
    ],
)
def test_a_move_told_in_the_week_is_a_new_home_not_a_new_class(draft, week, moving):
    plan = draft(typical_week=week, budget_management="council_managed")
    codes = {r.code for r in plan.broker.reasons}
    assert ("housing_change" in codes) is moving, codes
