"""Safeguarding-aware plans: the person named in a concern has no part in the plan; money is
kept safe; a "Staying safe" part comes first, with the referral today."""

from __future__ import annotations

from collections.abc import Callable

from planner import Plan, render_html, render_text

Draft = Callable[..., Plan]

NEPHEW = {
    "name": "Gary",
    "relationship": "nephew",
    "helps_with": ["money_admin", "shopping"],
    "hours_per_week": 2,
    "can_continue": True,
}
FRIEND = {
    "name": "Jean",
    "relationship": "friend",
    "helps_with": ["social_life"],
    "hours_per_week": 2,
    "can_continue": True,
}
MONEY = [{"code": "safeguarding", "evidence": "My nephew takes my bank card and my pension"}]


def _everywhere_but_safety(plan: Plan) -> str:
    """Every part of the plan where a person could be given a task or a say."""
    parts = [s.text for s in plan.sections if s.key != "important_to_me"]
    parts += [f"{s.description} {s.why}" for s in plan.supports]
    parts += [f"{a.step} {a.who}" for a in plan.actions]
    parts += [f"{d.who} {d.decides}" for d in plan.decisions]
    parts += [f"{e.then} {e.who}" for e in plan.emergency_plan]
    parts += [f"{r.how} {r.who}" for r in plan.needs_table]
    return "\n".join(parts)


def test_the_person_named_in_a_concern_never_helps_decide_or_does_a_task(draft: Draft) -> None:
    plan = draft(people=[NEPHEW, FRIEND], concerns=MONEY)
    assert "Gary" not in _everywhere_but_safety(plan)
    assert plan.safeguarding.kept_out == ["Gary"]
    assert any(d.who.startswith("Jean") for d in plan.decisions)
    control = next(s for s in plan.sections if s.key == "staying_in_control").text
    assert "Jean" in control and "Gary" not in control


def test_a_relationship_named_in_the_concern_is_enough_to_keep_them_out(draft: Draft) -> None:
    plan = draft(
        people=[NEPHEW], concerns=[{"code": "safeguarding", "evidence": "My nephew hits me"}]
    )
    assert "Gary" not in _everywhere_but_safety(plan)


def test_a_money_concern_takes_the_budget_away_from_a_bank_account(draft: Draft) -> None:
    agency = draft(
        people=[NEPHEW],
        concerns=MONEY,
        budget_management="direct_payment",
        employer_choice="not_sure",
    )
    assert agency.money_route == "council_managed"
    assert agency.direct_payment is None
    pas = draft(
        people=[NEPHEW],
        concerns=MONEY,
        budget_management="direct_payment",
        employer_choice="employ_pa",
    )
    assert pas.money_route == "managed_account"
    account = next(s for s in pas.supports if s.rate_source == "managed_account_per_payroll_run")
    assert account.one_off_cost == 189 and account.weekly_cost > 0
    employed = next(s for s in pas.supports if s.kind == "personal_assistant")
    # the managed account runs the payroll: no second payroll fee
    assert "payroll service" not in [line.label for line in employed.cost_breakdown]
    assert "managed account" in pas.direct_payment.text  # type: ignore[union-attr]
    safe = draft(people=[NEPHEW], budget_management="direct_payment")
    assert safe.money_route == "direct_payment"


def test_staying_safe_starts_with_the_referral_today_then_bank_benefits_and_food(
    draft: Draft,
) -> None:
    plan = draft(people=[NEPHEW], concerns=MONEY)
    steps = plan.safeguarding.steps
    assert "adult safeguarding team" in steps[0].step and steps[0].when == "today"
    words = " ".join(s.step for s in steps)
    for thing in ("bank", "PIN", "benefits", "food", "Pension Service"):
        assert thing in words, thing
    assert plan.actions[0] == steps[0]  # the action plan starts with it too
    assert "Steps to stay safe" in render_text(plan)
    assert "Steps to stay safe" in render_html(plan)
    ready = {r.code: r for r in plan.readiness}
    assert ready["safeguarding_steps"].passed


def test_no_concern_means_no_staying_safe_steps_and_the_check_still_passes(draft: Draft) -> None:
    plan = draft()
    assert plan.safeguarding.steps == [] and plan.safeguarding.kept_out == []
    assert {r.code: r.passed for r in plan.readiness}["safeguarding_steps"]
