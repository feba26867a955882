"""What the plan's templates need beyond the plan itself, computed once for both pages.

    plan_view(plan) -> {"chart", "cost_rows", "kind_labels", "level_label", "unmet_names",
                        "readiness_labels"}

The printable page (planner.render.render_html) and the gateway's plan page
(assistant/web/plan_view.py) both pass this to the macros of planner/templates/plan_content.html
and plan_parts.html, so both draw the plan from the same rows and labels.
"""

from __future__ import annotations

from typing import Any, TypedDict

from planner.chart import KIND_LABELS, budget_chart
from planner.plan import Plan
from planner.plan_costs import Support

__all__ = ["BROKER_LEVEL_LABELS", "READINESS_LABELS", "CostRow", "cost_rows", "plan_view"]

#: Plain names for the readiness checks (CONTRACT.md section 4 `readiness` codes).
READINESS_LABELS = {
    "cost_breakdown": "Every cost is shown",
    "specific_terms": "Each need says how much help",
    "no_imposed_changes": "Nothing is forced on the person",
    "contingency": "A plan for when things go wrong",
    "review_date": "A review date",
    "direct_payment_clause": "What the direct payment pays for",
    "budget_fits": "The budget fits, or the gap is explained",
    "safeguarding_steps": "Steps to stay safe",
    "outcomes": "What each need is for",
}

#: How much a broker is needed, as the plan's broker section says it ("A broker is: ...").
BROKER_LEVEL_LABELS = {
    "none": "Not needed",
    "optional": "Optional",
    "recommended": "Recommended",
    "urgent": "Needed now",
}


class CostRow(TypedDict):
    """One row of the "What the money pays for" table: a support that costs money."""

    support: Support
    kind: str


def cost_rows(plan: Plan) -> list[CostRow]:
    """The supports that cost money, each with its kind in plain words."""
    return [
        CostRow(support=s, kind=KIND_LABELS[s.kind])
        for s in plan.supports
        if s.weekly_cost or s.one_off_cost
    ]


def _unmet_names(plan: Plan) -> dict[str, str]:
    names = {n.id: n.text for n in plan.needs} | {d.id: d.text for d in plan.dreams}
    return {u.ref: names.get(u.ref, "Something else").rstrip(".") for u in plan.unmet}


def plan_view(plan: Plan) -> dict[str, Any]:
    """Everything the plan macros take besides the plan, for one plan."""
    return {
        "chart": budget_chart(plan),
        "cost_rows": cost_rows(plan),
        "kind_labels": KIND_LABELS,
        "level_label": BROKER_LEVEL_LABELS[plan.broker.level],
        "unmet_names": _unmet_names(plan),
        "readiness_labels": READINESS_LABELS,
    }
