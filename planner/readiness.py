"""Ready for the council? The plan checked against the common reasons a plan is refused.

Computed from the plan alone (like checks.check_plan), so anyone holding a plan can run it.
One entry per reason, always in this order, each passed or not, with what to do in plain words:

    cost_breakdown         every paid support has cost lines and a rate source
    specific_terms         every need says how many hours, or how it is met without hours
    no_imposed_changes     every bottom line is honoured; every paid support says why
    contingency            an emergency plan, and a contingency fund where staff are employed
    review_date            a first review at 6 to 8 weeks, then yearly
    direct_payment_clause  for a direct payment: which needs, the amount and how often
    budget_fits            fits; or the shortfall is explained, need by need, adding up, and
                           the assessed needs are not left largely unpaid (care, nights, PA
                           hours: a quarter of the budget, or £100 a week)
    safeguarding_steps     no concern; or the "Staying safe" part starts with the referral
    outcomes               each need has an outcome it serves
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from planner.plan import Plan, Readiness

__all__ = ["READINESS_CODES", "readiness_for"]

READINESS_CODES: tuple[str, ...] = (
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
_DIRECT = ("direct_payment", "third_party", "managed_account")
#: Needs where a large unpaid part is named as care: getting up, washing, dressing, the
#: toilet, going to bed.
CORE_AREAS = ("personal_care",)
#: A shortfall in the assessed needs (any of them: care, nights, PA hours, a day service)
#: of this share of the budget or more means the budget is not enough for what was assessed
#: (statutory guidance 11.24: a budget must be sufficient). Explaining it is not enough: the
#: council has to look at the amount again. A small gap, explained need by need, can go.
CORE_SHORTFALL_SHARE = Decimal("0.25")
#: ... or this much a week (about four hours of care at the council's rate), whatever the
#: budget: a large budget does not make hundreds of pounds of unpaid care small.
CORE_SHORTFALL_WEEKLY = Decimal("100")
_TWO_CARERS = re.compile(
    r"\b((two|2) (carers|care workers|workers|people|staff)|double.?(up|handed)|hoist\w*)\b",
    re.I,
)


def _weekly(annual: Decimal, weeks: int) -> str:
    """£ a week, to the nearest pound (what is short is said plainly, not to the penny)."""
    return f"£{(annual / weeks).quantize(Decimal('1'), rounding=ROUND_HALF_UP):,}"


def _item(code: str, passed: bool, ok: str, todo: str) -> Readiness:
    return Readiness(code=code, passed=passed, what_to_do=ok if passed else todo)


def readiness_for(plan: Plan) -> list[Readiness]:
    """Each common reason for refusal, checked against this plan."""
    paid = [s for s in plan.supports if s.weekly_cost or s.one_off_cost]
    unmet = {u.ref: u for u in plan.unmet}
    needs = {n.id: n for n in plan.needs}
    items: list[Readiness] = []

    no_lines = [s.description for s in paid if not s.cost_breakdown or not s.rate_source]
    items.append(
        _item(
            "cost_breakdown",
            not no_lines,
            "Nothing to do. Every cost is shown line by line.",
            "Show how each cost is worked out: " + "; ".join(no_lines),
        )
    )
    vague = [
        needs[ref].text
        for ref, u in unmet.items()
        if ref in needs and u.annual_shortfall is None and needs[ref].funded
    ]
    vague += [s.description for s in paid if s.hours_per_week is None and s.unit == "none"]
    items.append(
        _item(
            "specific_terms",
            not vague,
            "Nothing to do. Each need says how much help, and when.",
            "Say how many hours a week these need: " + "; ".join(vague),
        )
    )
    clashes = [b.text for b in plan.bottom_lines if not b.honoured]
    no_reason = [s.description for s in paid if s.kind != "secondary" and not s.why]
    items.append(
        _item(
            "no_imposed_changes",
            not clashes and not no_reason,
            "Nothing to do. Each choice follows what was asked for.",
            "Talk these through and say why: " + "; ".join(clashes + no_reason),
        )
    )
    employs = any(s.kind == "personal_assistant" for s in plan.supports)
    has_fund = any(s.rate_source == "contingency_rate" for s in plan.supports)
    items.append(
        _item(
            "contingency",
            bool(plan.emergency_plan) and (has_fund or not employs),
            "Nothing to do. The plan says what happens if something goes wrong.",
            "Add what happens if a worker or carer cannot come, and who steps in.",
        )
    )
    items.append(
        _item(
            "review_date",
            plan.review is not None,
            "Nothing to do. The first review date is set.",
            "Set a first review 6 to 8 weeks after support starts.",
        )
    )
    direct = plan.money_route in _DIRECT
    # nothing bought (family and free services meet every need): no money is paid, so
    # there is nothing for a clause to say yet; the plan says so
    unused = plan.costs.weekly_total == 0 and plan.costs.one_off_total == 0
    # or the money pays only for goals (a holiday, help towards a job): the clause names them
    dream_ids = {d.id for d in plan.dreams}
    goals = any(
        (s.weekly_cost > 0 or s.one_off_cost > 0) and dream_ids & set(s.meets)
        for s in plan.supports
    )
    items.append(
        _item(
            "direct_payment_clause",
            not direct
            or (
                plan.direct_payment is not None
                and (bool(plan.direct_payment.needs) or unused or goals)
            ),
            "Nothing to do. The plan says what the money pays for and how often."
            if direct and not unused
            else "Nothing to do. No direct payment is paid while nothing is bought."
            if direct
            else "Nothing to do. There is no direct payment.",
            "Say which needs the direct payment meets, how much it is and how often.",
        )
    )
    gap = -plan.costs.annual_headroom
    shortfalls = [u.annual_shortfall for u in plan.unmet if u.annual_shortfall is not None]
    explained = sum(shortfalls, Decimal("0.00")) == gap and all(
        n.id in unmet for n in plan.needs if not n.funded
    )
    core = [n for n in plan.needs if n.area in CORE_AREAS]
    core_short = sum(
        (unmet[n.id].annual_shortfall or Decimal(0) for n in plan.needs if n.id in unmet),
        Decimal("0.00"),
    )
    budget = plan.costs.budget_annual
    weeks = plan.costs.weeks_per_year or 52
    too_short = core_short > 0 and (
        core_short >= budget * CORE_SHORTFALL_SHARE or core_short >= CORE_SHORTFALL_WEEKLY * weeks
    )
    if too_short:
        short = _weekly(core_short, weeks)
        short_core = any(n.id in unmet for n in core)
        todo = (
            f"The budget is {short} a week short of the care that was assessed"
            + (", like getting up and going to bed" if short_core else "")
            + ". Ask the council to review the amount. It must be enough to pay for that care."
        )
        if any(_TWO_CARERS.search(n.text) for n in core):
            todo += (
                " Ask for an occupational therapist to check the equipment before any change "
                "to two carers."
            )
    else:
        todo = "Show which needs the budget pays for, and what each unpaid part costs."
    items.append(
        _item(
            "budget_fits",
            gap <= 0 or (explained and not too_short),
            "Nothing to do. The plan fits the budget."
            if gap <= 0
            else "The plan says what the budget pays for and what is short. Ask the council "
            "to review the budget.",
            todo,
        )
    )
    concern = plan.safeguarding.concern
    steps = plan.safeguarding.steps
    items.append(
        _item(
            "safeguarding_steps",
            not concern or (bool(steps) and steps[0].when == "today"),
            "Nothing to do. The staying safe steps come first."
            if concern
            else "Nothing to do. No worry about safety was raised.",
            "Add the staying safe steps: the safeguarding referral first, today.",
        )
    )
    no_outcome = [n.text for n in plan.needs if not n.outcome]
    items.append(
        _item(
            "outcomes",
            not no_outcome,
            "Nothing to do. Each need says what it is for.",
            "Say what each of these is for: " + "; ".join(no_outcome),
        )
    )
    return items
