"""Care Act s25 content, other funding checked as actions, and "Ready for the council?"."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from planner import READINESS_CODES, Plan, plan_to_dict, render_html, render_text

Draft = Callable[..., Plan]


def test_the_needs_table_has_need_outcome_how_who_hours_and_cost(draft: Draft) -> None:
    plan = draft(
        support_needs=[
            {"id": "n1", "area": "personal_care", "text": "Help to get up", "hours_per_week": 7},
            {"id": "n2", "area": "household", "text": "Cleaning", "hours_per_week": 2},
            {"id": "n3", "area": "shopping", "text": "Shopping"},
        ]
    )
    rows = {r.need_id: r for r in plan.needs_table}
    assert rows["n1"].outcome.startswith("Clean, dressed and comfortable")
    assert rows["n1"].who == "A care agency" and rows["n1"].weekly_cost == Decimal("168.70")
    assert rows["n2"].weekly_cost == Decimal("32.00")
    assert rows["n3"].who == "Sam (friend)"
    assert all(r.outcome and r.how for r in plan.needs_table)
    paid = sum((s.weekly_cost for s in plan.supports if s.kind != "secondary"), Decimal(0))
    assert sum((r.weekly_cost for r in plan.needs_table), Decimal(0)) == paid


def test_a_direct_payment_says_which_needs_the_amount_and_how_often(draft: Draft) -> None:
    plan = draft(budget_management="direct_payment", employer_choice="employ_pa")
    dp = plan.direct_payment
    assert dp is not None
    assert dp.needs == ["n1"] and dp.frequency == "every four weeks"
    assert dp.amount == plan.costs.weekly_total * 4
    assert dp.annual_amount == plan.costs.weekly_total * 52
    assert "Help to get up" in dp.text and "every four weeks" in dp.text
    assert draft().direct_payment is None  # council-managed: no direct payment
    assert "The direct payment" in render_text(plan) and "The direct payment" in render_html(plan)


def test_the_first_review_is_at_six_weeks_then_every_year(draft: Draft) -> None:
    plan = draft()
    assert plan.review is not None
    assert plan.review.first_date == "12 June 2026"  # 6 weeks after 1 May 2026
    assert "every year" in plan.review.then
    assert any(a.when == "by 12 June 2026" and "review" in a.step.lower() for a in plan.actions)


def test_who_helps_decide_names_an_attorney_or_else_an_advocate(draft: Draft) -> None:
    lpa = {
        "name": "Helen",
        "relationship": "daughter (Lasting Power of Attorney)",
        "helps_with": ["meals"],
        "hours_per_week": 5,
        "can_continue": True,
    }
    plan = draft(people=[lpa], concerns=[{"code": "capacity", "evidence": "I forget things"}])
    assert any(d.role == "Lasting Power of Attorney" for d in plan.decisions)
    alone = draft(people=[], concerns=[{"code": "communication", "evidence": "Hard to say"}])
    advocate = next(d for d in alone.decisions if "advocate" in d.who)
    assert "Care Act s67" in advocate.role


def test_other_funding_is_checked_as_actions(draft: Draft) -> None:
    plan = draft(
        support_needs=[
            {
                "id": "n1",
                "area": "health",
                "text": "Tube feeding and nurse checks",
                "hours_per_week": 10,
            },
            {"id": "n2", "area": "mobility", "text": "I cannot get up the stairs"},
        ],
        dreams=[{"id": "d1", "text": "Get a paid job", "tags": ["work"]}],
    )
    steps = " ".join(a.step for a in plan.actions)
    for words in (
        "NHS Continuing Healthcare",
        "Access to Work",
        "Disabled Facilities Grant",
        "benefits check",
    ):
        assert words in steps, words
    simple = " ".join(a.step for a in draft().actions)
    for words in ("NHS Continuing Healthcare", "Access to Work", "Disabled Facilities Grant"):
        assert words not in simple, words


def test_readiness_has_every_code_in_order_in_plain_words(draft: Draft) -> None:
    plan = draft()
    assert (
        tuple(r.code for r in plan.readiness)
        == READINESS_CODES
        == (
            "cost_breakdown",
            "specific_terms",
            "no_imposed_changes",
            "contingency",
            "review_date",
            "direct_payment_clause",
            "budget_fits",
            "safeguarding_steps",
            "outcomes",
        )
    )
    assert all(r.passed and r.what_to_do for r in plan.readiness)
    assert "Ready for the council?" in render_html(plan)
    shape = plan_to_dict(plan)["readiness"]
    assert all(set(item) == {"code", "passed", "what_to_do"} for item in shape)


def test_readiness_fails_where_a_council_would_send_the_plan_back(draft: Draft) -> None:
    vague = draft(support_needs=[{"id": "n1", "area": "household", "text": "Help at home"}])
    failed = {r.code: r for r in vague.readiness if not r.passed}
    assert list(failed) == ["specific_terms"]
    assert "Help at home" in failed["specific_terms"].what_to_do
    clash = [
        {"id": "b1", "text": "No agency", "kind": "must_not", "about": "agency_staff"},
        {"id": "b2", "text": "Agency only", "kind": "must", "about": "agency_staff"},
    ]
    assert not {r.code: r.passed for r in draft(bottom_lines=clash).readiness}["no_imposed_changes"]
    plan = draft()
    broken = plan.model_copy(update={"review": None, "emergency_plan": []})
    from planner.readiness import readiness_for

    codes = [r.code for r in readiness_for(broken) if not r.passed]
    assert codes == ["contingency", "review_date"]
    concern = draft(concerns=[{"code": "safeguarding", "evidence": "He hits me"}])
    unsafe = concern.model_copy(
        update={"safeguarding": concern.safeguarding.model_copy(update={"steps": []})}
    )
    assert [r.code for r in readiness_for(unsafe) if not r.passed] == ["safeguarding_steps"]
