"""Renderers: JSON with two-decimal money, escaped HTML with a chart, text and SMS."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal

from planner import (
    SMS_LIMIT,
    Plan,
    is_gsm7,
    plan_to_dict,
    render_html,
    render_json,
    render_sms,
    render_text,
)
from planner.chart import budget_chart

Draft = Callable[..., Plan]
HOSTILE = '<script>alert("x")</script>'


def test_json_writes_money_with_exactly_two_decimals(draft: Draft) -> None:
    text = render_json(
        draft(
            employer_choice="employ_pa",
            budget_management="direct_payment",
            support_needs=[
                {"id": "n1", "area": "personal_care", "text": "Care", "hours_per_week": 20}
            ],
        )
    )
    assert '"weekly": 269.00' in text
    assert '"annual_headroom": ' in text
    assert re.search(r'"weekly_total": \d+\.\d\d\b', text)


def test_json_round_trips_to_an_equal_plan(draft: Draft) -> None:
    plan = draft(concerns=[{"code": "crisis", "evidence": "help"}])
    again = Plan.model_validate(json.loads(render_json(plan)))
    assert again == plan
    assert plan_to_dict(plan) == json.loads(render_json(plan))


def test_json_times_are_iso_8601_utc(draft: Draft) -> None:
    assert plan_to_dict(draft())["created_at"] == "2026-05-01T09:00:00Z"


def test_html_escapes_hostile_free_text(draft: Draft) -> None:
    plan = draft(
        preferred_name=HOSTILE[:40],
        important_to=[HOSTILE],
        support_needs=[{"id": "n1", "area": "meals", "text": HOSTILE, "hours_per_week": 3}],
    )
    html = render_html(plan)
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_html_is_printable_and_has_an_accessible_budget_chart(draft: Draft) -> None:
    plan = draft()
    html = render_html(plan)
    chart = budget_chart(plan)
    assert "@media print" in html
    # the chart of the plan page: its words are text, its bars pictures screen readers skip
    assert '<figcaption id="chart-title">Costs a year by kind of support' in html
    for bar in chart["bars"]:
        amount = f"£{bar['amount'].quantize(Decimal('0.01')):,}"
        assert f'<span class="kt-bar-label">{bar["label"]}: {amount} a year</span>' in html
    assert html.count('<svg class="kt-bar"') == len(chart["bars"]) > 0
    assert html.count('aria-hidden="true" focusable="false"') >= len(chart["bars"])
    assert f"The dashed line marks the budget. {chart['balance']}" in html
    assert re.search(r"Budget, a year</th><td[^>]*>£20,800.00<", html)
    assert html.count("<h2") >= 7


def test_html_shows_a_safety_box_when_there_is_a_concern(draft: Draft) -> None:
    html = render_html(draft(concerns=[{"code": "safeguarding", "evidence": "hit"}]))
    assert "Staying safe comes first" in html


def test_text_has_every_section_and_the_cost_lines(draft: Draft) -> None:
    plan = draft()
    text = render_text(plan)
    for section in plan.sections:
        assert section.title.upper() in text
    assert "agency hours: £168.70 (7 h x £24.10)" in text


def test_sms_is_at_most_320_gsm7_characters(draft: Draft) -> None:
    sms = render_sms(draft(preferred_name="Zoë 😀 ĳ €"))
    assert len(sms) <= SMS_LIMIT
    assert is_gsm7(sms)
    assert "Zoe" in sms


def test_sms_puts_safety_first(draft: Draft) -> None:
    sms = render_sms(draft(concerns=[{"code": "crisis", "evidence": "x"}]))
    assert sms.startswith("If you are in danger call 999.")
