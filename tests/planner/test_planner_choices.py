"""Ordinary answers first, costed: three options per need with a price, the cheapest that
honours what was asked is chosen and says why; nothing is imposed."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from planner import Plan

Draft = Callable[..., Plan]


def need(area: str, text: str, hours: float | None = None) -> dict[str, object]:
    return {"id": "n1", "area": area, "text": text, "hours_per_week": hours}


def test_every_need_has_at_least_three_options_each_with_a_cost(draft: Draft) -> None:
    needs = [
        {"id": "n1", "area": "personal_care", "text": "Washing", "hours_per_week": 7},
        {"id": "n2", "area": "household", "text": "Cleaning", "hours_per_week": 2},
        {"id": "n3", "area": "meals", "text": "A hot meal", "hours_per_week": 5},
        {
            "id": "n4",
            "area": "night_support",
            "text": "Someone there at night",
            "hours_per_week": 56,
        },
        {"id": "n5", "area": "social_life", "text": "Seeing people"},
        {"id": "n6", "area": "medication", "text": "Reminders, I forget my tablets"},
    ]
    plan = draft(support_needs=needs, budget_amount={"amount": 2000, "period": "week"})
    for n in plan.needs:
        options = [o for s in plan.supports if n.id in s.meets for o in s.options]
        assert len(options) >= 3, n.text
        assert all(o.cost for o in options), n.text
    for s in plan.supports:
        if s.weekly_cost:
            assert sum(o.chosen for o in s.options) == 1, s.description
            assert s.why, s.description


def test_housework_is_a_cleaner_and_a_hot_meal_a_meals_service(draft: Draft) -> None:
    plan = draft(
        support_needs=[
            {"id": "n1", "area": "household", "text": "Cleaning", "hours_per_week": 2},
            {"id": "n2", "area": "meals", "text": "A hot meal at lunch", "hours_per_week": 5},
        ]
    )
    sources = {s.rate_source: s for s in plan.supports}
    assert sources["cleaner_hourly"].weekly_cost == Decimal("32.00")
    # the meals are priced, and paid from the person's own money like any food (round ten)
    assert sources["meals_service_meal"].weekly_cost == 0
    assert "£38.50 a week" in sources["meals_service_meal"].cost_breakdown[0].note
    assert "less" in sources["cleaner_hourly"].why


def test_words_that_ask_for_help_to_do_it_keep_paid_help(draft: Draft) -> None:
    plan = draft(support_needs=[need("meals", "Help to learn to cook my tea", 5)])
    assert [s.kind for s in plan.supports if s.weekly_cost] == ["agency"]
    plan = draft(support_needs=[need("household", "Help to learn to keep my flat clean", 3)])
    assert [s.kind for s in plan.supports if s.weekly_cost] == ["agency"]  # not a cleaner
    plan = draft(support_needs=[need("medication", "Help to put my cream on and remind me")])
    assert not any(s.rate_source == "pill_dispenser_weekly" for s in plan.supports)


def test_learning_to_travel_is_never_made_a_day_service(draft: Draft) -> None:
    plan = draft(
        support_needs=[need("community_access", "Learn to get the bus to college", 4)],
        current_support=["Day centre on Mondays"],
        dreams=[{"id": "d1", "text": "Travel to college by myself", "tags": ["independence"]}],
    )
    assert not any(s.kind == "day_service" for s in plan.supports)
    assert any("travel training" in s.description for s in plan.supports)


def test_someone_who_employs_pas_keeps_them_and_is_not_told_to_recruit(draft: Draft) -> None:
    plan = draft(
        support_needs=[need("personal_care", "Help with transfers", 24)],
        current_support=["I employ two PAs"],
        employer_choice="not_sure",
        budget_management="council_managed",
    )
    pa = next(s for s in plan.supports if s.kind == "personal_assistant")
    assert pa.workers == 2
    steps = " ".join(a.step for a in plan.actions)
    assert "Find PAs" not in steps and "Agree the hours" in steps
    assert "employing_staff" not in [r.code for r in plan.broker.reasons]


def test_no_care_home_among_housing_options_for_someone_who_wants_their_own_home(
    draft: Draft,
) -> None:
    plan = draft(dreams=[{"id": "d1", "text": "Live in my own flat", "tags": ["own_flat"]}])
    housing = next(s for s in plan.supports if "housing" in s.description)
    assert housing.options and "Care home" not in [o.name for o in housing.options]


def test_a_day_service_is_priced_per_session(draft: Draft) -> None:
    plan = draft(
        support_needs=[need("community_access", "Time out with others", 4)],
        current_support=["Day centre on Wednesdays"],
    )
    day = next(s for s in plan.supports if s.kind == "day_service")
    assert day.weekly_cost == Decimal("54.00")
    assert "1 session a week" in day.description
