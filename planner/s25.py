"""Care Act 2014 s25: the needs table, the direct-payment clause and the review.

needs table  one row per need: the need, the outcome it serves, how it is met, who,
             hours, and its share of the weekly cost (a support meeting several needs is
             shared by hours, to the penny, so the rows add up to the supports)
s25(2)       for a direct payment: which needs it meets, its amount and how often
review       the first at 6 weeks (within 6 to 8), then every year
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from planner.fitting import Fitted
from planner.money import ZERO, gbp, penny
from planner.plan import DirectPayment, NeedRow, PlanNeed, Review, Support
from planner.rates import RateCard
from planner.voice import Voice, long_date

__all__ = [
    "DIRECT_PAYMENT_ROUTES",
    "direct_payment_for",
    "needs_table",
    "outcome_for",
    "review_for",
]

DIRECT_PAYMENT_ROUTES = ("direct_payment", "third_party", "managed_account")

_OUTCOMES = {
    "personal_care": "Clean, dressed and comfortable each day, in {my} own way.",
    "meals": "A good meal every day.",
    "medication": "Medicines taken safely and on time.",
    "mobility": "Getting about safely, in the home and outside.",
    "household": "A clean and safe home.",
    "shopping": "Food and everyday things in the house.",
    "money_admin": "Bills paid and letters dealt with.",
    "social_life": "Time with people who matter to {me}.",
    "community_access": "Out and about in places {I} choose.",
    "work_or_learning": "Taking part in work or learning.",
    "night_support": "Safe and settled at night.",
    "communication": "Being understood and having a say.",
    "carer_break": "A carer who has breaks and can keep going.",
    "health": "Staying well, with health care joined up.",
    "housing": "A settled home that suits {me}.",
}


def outcome_for(area: str, v: Voice) -> str:
    """The outcome a need's support serves, in plain words."""
    return _OUTCOMES[area].format(my=v.my, I=v.I, me=v.me)


def _who(s: Support) -> str:
    if s.kind == "informal":
        return s.description.split(" helps with")[0]
    if s.rate_source == "micro_provider_hourly":
        return "A small local care service"
    return {
        "personal_assistant": "Personal assistants",
        "agency": "A care agency",
        "day_service": "A day service",
        "short_break": "A short-break provider",
        "equipment": "The council's equipment service",
        "community": "Local groups and services",
        "mainstream": "Local services",
        "secondary": "The budget holder",
    }[s.kind]


def _shares(s: Support, needs: list[PlanNeed]) -> dict[str, Decimal]:
    """The support's weekly cost shared between the needs it meets, by hours, to the penny."""
    mine = [n for n in needs if n.id in s.meets]
    if not mine or not s.weekly_cost:
        return {}
    weights = [Decimal(str(n.hours_per_week or 1)) for n in mine]
    total = sum(weights, Decimal(0))
    shares: dict[str, Decimal] = {}
    left = s.weekly_cost
    for i, (n, w) in enumerate(zip(mine, weights, strict=True)):
        part = left if i == len(mine) - 1 else penny(s.weekly_cost * w / total)
        shares[n.id] = part
        left -= part
    return shares


def needs_table(fitted: Fitted, needs: list[PlanNeed]) -> list[NeedRow]:
    """One row per need: need, outcome, how met, who, hours and its share of the cost."""
    cost: dict[str, Decimal] = {}
    for s in fitted.supports:
        for ref, part in _shares(s, needs).items():
            cost[ref] = cost.get(ref, ZERO) + part
    by_id = {s.id: s for s in fitted.supports}
    unmet = {u.ref for u in fitted.unmet}
    rows = []
    for n in needs:
        used = [by_id[i] for i in n.covered_by]
        how = " ".join(s.description for s in used) or "Not met yet."
        who = ", ".join(dict.fromkeys(_who(s) for s in used)) or "To be found"
        rows.append(
            NeedRow(
                need_id=n.id,
                need=n.text,
                outcome=n.outcome,
                how=how,
                who=who,
                hours_per_week=n.hours_per_week,
                weekly_cost=cost.get(n.id, ZERO),
                funded=n.funded and n.id not in unmet,
            )
        )
    return rows


def direct_payment_for(
    fitted: Fitted, needs: list[PlanNeed], rates: RateCard, v: Voice
) -> DirectPayment | None:
    """s25(2): which needs the direct payment meets, and its amount and frequency."""
    if fitted.money_route not in DIRECT_PAYMENT_ROUTES:
        return None
    # bought with the money: every week, or once (equipment over the free limit)
    paid = [s for s in fitted.supports if s.weekly_cost > 0 or s.one_off_cost > 0]
    met = [n for n in needs if any(n.id in s.meets for s in paid)]
    # a goal the money pays for (a holiday, help towards a job) is named too
    goals = [d for d in fitted.dreams if any(d.id in s.meets for s in paid)]
    c = fitted.costs
    weekly = min(c.weekly_total, c.budget_weekly) if c.budget_annual else c.weekly_total
    four_weeks = weekly * 4
    yearly = weekly * rates["weeks_per_year"]
    where = (
        "a managed account, so no one else can reach it"
        if fitted.money_route == "managed_account"
        else "a separate bank account used only for support"
    )
    # the person's own words may end in a full stop: one is enough
    names = "; ".join(n.text.rstrip(" .") for n in met) or "none yet"
    aims = "; ".join(d.text.rstrip(" .") for d in goals)
    what = (
        f"The direct payment meets these needs: {names}."
        if met or not goals
        else f"The direct payment pays for these goals: {aims}."
    )
    if met and goals:
        what += f" It also pays for these goals: {aims}."
    text = (
        f"{what} It is {gbp(four_weeks)} every four weeks ({gbp(weekly)} a week, "
        f"{gbp(yearly)} a year), paid into {where}."
    )
    if not paid and not c.one_off_total:
        text = (
            "Nothing is bought with the direct payment yet, so nothing is paid from it. When "
            "paid help is added, the plan will say which needs it meets, how much it is and "
            "how often."
        )
    if c.one_off_total:
        text += f" One-off costs of {gbp(c.one_off_total)} are paid once, at the start."
    return DirectPayment(
        needs=[n.id for n in met],
        amount=four_weeks,
        frequency="every four weeks",
        annual_amount=yearly,
        text=text,
    )


def review_for(today: date, rates: RateCard) -> Review:
    """The first review at 6 weeks (within 6 to 8 weeks), then every year."""
    days = int(rates["first_review_days"])
    first = today + timedelta(days=days)
    weeks = days // 7
    return Review(
        first=f"A first review at {weeks} weeks, to check the support works.",
        first_date=long_date(first),
        then="Then a review every year, or sooner if anything changes.",
    )
