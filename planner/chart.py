"""The budget chart: what a year of support costs, kind by kind, against the budget.

    budget_chart(plan) -> {"bars": [...], "budget_x": ..., "text": ..., "summary": ...}

One chart for every place a plan is shown: the plan page (`assistant/web`, one small bar per
line beside its words) and the printable page (`render_html`, one picture). The words carry
everything the bars show: `text` names each bar, `summary` is the short form.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from planner.money import gbp
from planner.plan import Plan

__all__ = ["CHART_WIDTH", "KIND_COLOURS", "KIND_LABELS", "budget_chart"]

#: Plain names for the kinds of support (planner.plan.SUPPORT_KINDS).
KIND_LABELS = {
    "informal": "Unpaid help",
    "community": "Community groups",
    "mainstream": "Services everyone can use",
    "personal_assistant": "Personal assistants",
    "agency": "Agency care",
    "day_service": "Day services",
    "short_break": "Short breaks",
    "equipment": "Equipment",
    "secondary": "Contingency and running costs",
}
#: Bar colours, each at least 3:1 against white (WCAG 1.4.11), labels are always in words too.
KIND_COLOURS = {
    "budget": "#1d70b8",
    "personal_assistant": "#00703c",
    "agency": "#4c2c92",
    "day_service": "#912b88",
    "short_break": "#85360c",
    "equipment": "#505a5f",
    "secondary": "#6f4e00",
    "community": "#003078",
    "mainstream": "#003078",
    "informal": "#003078",
    "total": "#0b0c0c",
    "short": "#b21b0c",
}
#: The width the bars are drawn in (SVG user units); each bar row is 48 high.
CHART_WIDTH = 600
ROW_HEIGHT = 48


def _rows(plan: Plan) -> list[tuple[str, Decimal, str]]:
    """(label, a year, colour key): the budget, each kind that costs money, then the total."""
    totals: dict[str, Decimal] = {}
    for s in plan.supports:
        if s.annual_cost > 0:
            totals[s.kind] = totals.get(s.kind, Decimal(0)) + s.annual_cost
    c = plan.costs
    short = c.annual_headroom < 0
    rows = [("Budget", c.budget_annual, "budget")]
    rows += [(KIND_LABELS[k], v, k) for k, v in totals.items()]
    rows.append(("All planned support", c.annual_total, "short" if short else "total"))
    return rows


def budget_chart(plan: Plan) -> dict[str, Any]:
    """Yearly cost by kind of support against the budget: bar geometry and text alternatives."""
    c = plan.costs
    short = c.annual_headroom < 0
    rows = _rows(plan)
    top = max(c.budget_annual, c.annual_total, Decimal("0.01"))
    bars = [
        {
            "label": label,
            "amount": amount,
            "y": i * ROW_HEIGHT,
            "width": round(float(amount / top) * CHART_WIDTH, 1),
            "colour": KIND_COLOURS.get(kind, "#0b0c0c"),
        }
        for i, (label, amount, kind) in enumerate(rows)
    ]
    if short:
        balance = f"The support costs {gbp(-c.annual_headroom)} a year more than the budget."
    else:
        balance = f"{gbp(c.annual_headroom)} a year is left over."
    parts = [f"{label}: {gbp(amount)} a year." for label, amount, _ in rows]
    summary = (
        f"Budget {gbp(c.budget_annual)} a year. Planned support {gbp(c.annual_total)} "
        f"a year. {balance}"
    )
    return {
        "bars": bars,
        "height": len(rows) * ROW_HEIGHT + 4,
        "width": CHART_WIDTH,
        "budget_x": round(float(c.budget_annual / top) * CHART_WIDTH, 1),
        "short": short,
        "balance": balance,
        "text": " ".join([*parts, balance]),
        "summary": summary,
    }
