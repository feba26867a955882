"""planner.chart: the one budget chart, by kind, for the printable page and the plan page."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from planner import Plan, render_html
from planner.chart import CHART_WIDTH, KIND_COLOURS, KIND_LABELS, budget_chart


def test_the_budget_comes_first_then_each_kind_then_the_total(draft: Callable[..., Plan]) -> None:
    plan = draft()
    chart = budget_chart(plan)
    labels = [bar["label"] for bar in chart["bars"]]
    kinds = {s.kind for s in plan.supports if s.annual_cost > 0}
    assert labels[0] == "Budget" and labels[-1] == "All planned support"
    assert sorted(labels[1:-1]) == sorted(KIND_LABELS[k] for k in kinds)
    assert chart["bars"][0]["amount"] == plan.costs.budget_annual
    assert chart["bars"][-1]["amount"] == plan.costs.annual_total
    assert [bar["y"] for bar in chart["bars"]] == [i * 48 for i in range(len(labels))]


def test_bars_are_drawn_against_the_larger_of_budget_and_cost(draft: Callable[..., Plan]) -> None:
    within = budget_chart(draft(budget_amount={"amount": 2000, "period": "week"}))
    assert within["bars"][0]["width"] == CHART_WIDTH and within["budget_x"] == CHART_WIDTH
    assert not within["short"] and within["bars"][-1]["colour"] == KIND_COLOURS["total"]
    over = budget_chart(draft(budget_amount={"amount": 20, "period": "week"}))
    assert over["bars"][-1]["width"] == CHART_WIDTH and over["budget_x"] < CHART_WIDTH
    assert over["short"] and over["bars"][-1]["colour"] == KIND_COLOURS["short"]
    assert "more than the budget" in over["balance"]


def test_the_words_say_everything_the_bars_show(draft: Callable[..., Plan]) -> None:
    plan = draft()
    chart = budget_chart(plan)
    for bar in chart["bars"]:
        amount = f"£{bar['amount'].quantize(Decimal('0.01')):,}"
        assert f"{bar['label']}: {amount} a year." in chart["text"]
    assert chart["text"].endswith(chart["balance"])
    assert chart["summary"].startswith("Budget £")


def test_the_printable_page_draws_this_chart(draft: Callable[..., Plan]) -> None:
    plan = draft()
    html = render_html(plan)
    for bar in budget_chart(plan)["bars"]:
        assert f'fill="{bar["colour"]}"' in html
        assert f'width="{max(bar["width"], 1)}"' in html
