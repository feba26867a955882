"""Cheaper ways first: before a plan shows a gap, try ways that cost less and still honour
the bottom lines and what the person asked for.

    needs do not fit ─► a carer's break whose length the planner chose (the person did not
        say) is one week a year, not two
    still do not fit a direct payment ─► agency hours go to a micro-provider (a small local
        care service, cheaper an hour), least important need first, until they fit

Never against an "agency only" bottom line, never for nights (a provider that covers nights
is needed), never on a council-managed budget or service fund (the council buys at its own
commissioned rate). The person still employs no one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from planner.answers import Demand
from planner.pricing import Pricing
from planner.rates import RateCard

__all__ = ["cheaper_demands"]

#: Agency hours a micro-provider can give instead (not the night: sleep-ins and waking nights
#: need a provider that covers nights).
_NOT_MICRO = ("night visits", "a waking night")
_ONE_WEEK = Decimal(1)
_BREAK_WHY = (
    "No length was asked for and the budget is tight, so it is one week a year. Ask for more "
    "at the review."
)
_MICRO_WHY = (
    "An agency would cost more than the budget. A small local care service does the same "
    "for less. No one has to be an employer."
)


def cheaper_demands(
    demands: list[Demand],
    by_priority: list[str],
    budget: Decimal,
    agency_only: bool,
    rates: RateCard,
    pricing: Pricing,
    annual_cost: Callable[[list[Demand]], Decimal],
) -> list[Demand]:
    """The needs' demands, cheaper where they do not fit the budget (see the module notes):
    a break whose length the planner chose is one week a year; then, on a direct payment
    with no "agency only" bottom line, agency hours go to a micro-provider, least important
    need first (`by_priority` is the funding order of need ids), until they fit.
    `annual_cost` is what a set of demands costs a year (planner.fitting)."""
    if annual_cost(demands) <= budget:
        return demands
    result = [
        replace(d, weeks=_ONE_WEEK, why=_BREAK_WHY)
        if d.kind == "short_break" and d.flexible and d.weeks > _ONE_WEEK
        else d
        for d in demands
    ]
    if (
        agency_only
        or pricing.money_route not in ("direct_payment", "third_party")
        or rates["micro_provider_hourly"] >= rates[pricing.agency_key]
        or annual_cost(result) <= budget
    ):
        return result
    for ref in reversed(by_priority):
        for i, d in enumerate(result):
            if d.ref == ref and d.kind == "agency" and d.what not in _NOT_MICRO:
                result[i] = replace(d, kind="micro_provider", why=_MICRO_WHY)
        if annual_cost(result) <= budget:
            break
    return result
