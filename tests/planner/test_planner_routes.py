"""Rates by route: the council buys at its commissioned rate, a direct payment at market rates;
short breaks by kind; contingency only where the person employs staff."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from planner import Plan, RateCard, draft_plan

Draft = Callable[..., Plan]


@pytest.mark.parametrize(
    ("route", "rate"),
    [
        ("council_managed", "24.10"),
        ("individual_service_fund", "24.10"),
        ("direct_payment", "33.07"),
        ("third_party", "33.07"),
    ],
)
def test_agency_care_is_costed_at_the_rate_of_the_route(
    draft: Draft, route: str, rate: str
) -> None:
    plan = draft(budget_management=route, employer_choice="use_agency")
    agency = next(s for s in plan.supports if s.kind == "agency")
    assert agency.unit_cost == Decimal(rate)
    assert agency.weekly_cost == Decimal(rate) * 7


def test_a_council_can_set_its_own_commissioned_rate(
    rates: RateCard, make_profile: Callable[..., dict[str, Any]]
) -> None:
    card = rates.with_overrides({"council_agency_hourly_rate": "26.50"})
    when = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    plan = draft_plan(make_profile(), card, plan_id="t", created_at=when)
    assert next(s for s in plan.supports if s.kind == "agency").weekly_cost == Decimal("185.50")


def test_contingency_only_where_the_person_employs_staff(draft: Draft) -> None:
    agency = draft(employer_choice="use_agency")
    assert not any(s.rate_source == "contingency_rate" for s in agency.supports)
    pa = draft(employer_choice="employ_pa", budget_management="direct_payment")
    fund = next(s for s in pa.supports if s.rate_source == "contingency_rate")
    employed = next(s for s in pa.supports if s.kind == "personal_assistant")
    assert fund.weekly_cost == (employed.weekly_cost * Decimal("0.05")).quantize(Decimal("0.01"))


BREAK = [{"id": "n1", "area": "carer_break", "text": "A break for my husband"}]


def _break(plan: Plan) -> str:
    return next(s.rate_source for s in plan.supports if s.kind == "short_break")


def test_short_breaks_are_priced_by_kind_never_a_kind_a_bottom_line_rules_out(draft: Draft) -> None:
    assert _break(draft(support_needs=BREAK)) == "short_break_shared_lives_weekly"
    no_home = [
        {"id": "b1", "text": "No care home, ever", "kind": "must_not", "about": "residential"}
    ]
    plan = draft(support_needs=BREAK, bottom_lines=no_home)
    assert _break(plan) == "short_break_shared_lives_weekly"
    stay = [{"id": "b1", "text": "I stay in my own home", "kind": "must", "about": "own_home"}]
    plan = draft(support_needs=BREAK, bottom_lines=stay)
    assert _break(plan) == "short_break_at_home_weekly"
    names = [o.name for s in plan.supports for o in s.options]
    assert "Short stay in a care home" not in names and "Shared Lives short break" not in names


def test_every_figure_on_the_rate_card_has_a_source_and_a_date(rates: RateCard) -> None:
    for key, figure in rates.figures.items():
        assert figure.source, key
        assert figure.date, key
