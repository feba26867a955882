"""A gap no bigger than the contingency (issue 16, sixteenth session; used by
planner.broker_reasons).

Someone who employs PAs holds a contingency fund in the plan (5% of PA costs) for sick pay and
cover. When the plan costs more than the budget by no more than that fund, it fits once the
fund is held a little smaller, or topped up from a balance the person already has: no reason
for a broker, not even a signal. The plan still shows the gap and how it is met. Not when
the condition comes and goes (relapses, bad days): then the contingency is what pays for the
extra weeks, and cannot be held smaller.
"""

from __future__ import annotations

from decimal import Decimal

from planner.fitting import Fitted
from planner.signals import fluctuating

__all__ = ["within_contingency"]


def within_contingency(fitted: Fitted, words: str) -> bool:
    """The plan's gap is more than nothing and no more than its contingency fund, and the
    condition in `words` does not come and go."""
    if fluctuating(words):
        return False
    gap = -Decimal(str(fitted.costs.annual_headroom))
    held = sum(
        (
            Decimal(str(s.weekly_cost or 0))
            for s in fitted.supports
            if s.kind == "secondary" and "contingency" in s.description.lower()
        ),
        Decimal(0),
    )
    return Decimal(0) < gap <= held * fitted.costs.weeks_per_year
