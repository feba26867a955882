"""Checks a plan against its own arithmetic and promises (CONTRACT.md section 4).

Anyone holding a plan (a broker, the council, a test) can run these without the planner's
inputs: every figure must follow from the plan alone.
"""

from __future__ import annotations

from decimal import Decimal

from planner.plan import ADVISABLE_LEVELS, Plan

__all__ = ["check_plan"]


def check_plan(plan: Plan) -> list[str]:
    """Every broken rule, in plain words. An empty list means the plan checks out."""
    problems: list[str] = []
    weeks = plan.costs.weeks_per_year
    zero = Decimal("0.00")
    for s in plan.supports:
        lines = sum((line.weekly for line in s.cost_breakdown), zero)
        one_off = sum((line.one_off for line in s.cost_breakdown), zero)
        if lines != s.weekly_cost:
            problems.append(f"{s.id}: weekly_cost {s.weekly_cost} is not its lines' sum {lines}")
        if one_off != s.one_off_cost:
            problems.append(f"{s.id}: one_off_cost {s.one_off_cost} is not its lines' {one_off}")
        if s.annual_cost != s.weekly_cost * weeks:
            problems.append(f"{s.id}: annual_cost is not weekly_cost x {weeks}")
        if min(s.weekly_cost, s.annual_cost, s.one_off_cost, s.unit_cost) < 0:
            problems.append(f"{s.id}: a cost is negative")
        if (s.weekly_cost or s.one_off_cost) and len(s.options) < 3:
            problems.append(f"{s.id}: money is spent but fewer than three options are shown")
    c = plan.costs
    if c.weekly_total != sum((s.weekly_cost for s in plan.supports), zero):
        problems.append("weekly_total is not the sum of the supports")
    if c.one_off_total != sum((s.one_off_cost for s in plan.supports), zero):
        problems.append("one_off_total is not the sum of the supports")
    if c.annual_total != c.weekly_total * weeks:
        problems.append(f"annual_total is not weekly_total x {weeks}")
    if c.annual_headroom != c.budget_annual - c.annual_total:
        problems.append("annual_headroom is not budget_annual - annual_total")
    ids = {s.id for s in plan.supports}
    unmet = {u.ref for u in plan.unmet}
    for need in plan.needs:
        if not need.covered_by and need.id not in unmet:
            problems.append(f"{need.id}: neither covered nor listed as unmet")
        if not need.funded and need.id not in unmet:
            problems.append(f"{need.id}: not funded but not listed as unmet")
        if set(need.covered_by) - ids:
            problems.append(f"{need.id}: covered_by names a support that does not exist")
    shortfalls = [u.annual_shortfall for u in plan.unmet if u.annual_shortfall is not None]
    if shortfalls and sum(shortfalls, zero) != max(zero, -c.annual_headroom):
        problems.append("the shortfall figures in unmet do not add up to the shortfall")
    if plan.broker.advisable != (plan.broker.level in ADVISABLE_LEVELS):
        problems.append("broker.advisable does not match broker.level")
    return problems
