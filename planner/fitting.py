"""Fitting: cost the allocation and fit it to the budget, needs first, then dreams.

demands ─► pooled into supports (all PA hours, and a PA's sleep-in nights, are one team of
           PAs, so NI and pension thresholds apply per employee; all agency day hours one
           booking; a provider's sleep-ins one booking; ordinary answers each their own)
        ─► costed line by line at the route's rates (planner.pricing), plus a contingency on
           employed PAs only
        ─► compared with the budget (annual = weekly x 52):

1. needs are funded in the order of what matters most (safety first; see
   vocabulary.AREA_PRIORITY, then the person's own order). A need the budget cannot pay for
   in full is part-funded: the hours (or nights) that fit are funded, the rest are not;
2. a need the budget cannot pay for stays in the plan, costed, and is listed in `unmet` with
   `annual_shortfall`: the shortfall figures add up exactly to the gap (-annual_headroom);
3. only when every need is funded, paid help for dreams is added, one dream at a time,
   while it fits. A dream that does not fit keeps its free route and is listed in `unmet`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from planner.allocation import Allocation, Demand, FreeSupport, area_route
from planner.bottom_lines import Rules
from planner.cheaper import cheaper_demands
from planner.costing import Costed, annual, convention
from planner.local import LocalFinds
from planner.models import Need, Profile
from planner.money import ZERO, gbp, hours_text, penny
from planner.plan import Costs, PlanDream, PlanNeed, Support, Unmet
from planner.pricing import Draft, Pricing, paid_drafts
from planner.rates import RateCard
from planner.supports import make_support, show_local
from planner.vocabulary import AREA_PRIORITY

__all__ = ["Fitted", "fit", "funding_order"]

_SCALABLE_HOURS = ("personal_assistant", "agency", "micro_provider", "cleaner", "day_service")


@dataclass
class Fitted:
    """Costed supports fitted to the budget, with what is met and what is not."""

    supports: list[Support]
    needs: list[PlanNeed]
    dreams: list[PlanDream]
    unmet: list[Unmet]
    costs: Costs
    allocation: Allocation
    unfunded_needs: list[str]
    dropped_dreams: list[str]
    money_route: str = ""
    #: need id -> (funded amount, full amount, unit word) for part-funded needs
    part_funded: dict[str, tuple[Decimal, Decimal, str]] | None = None


def _key(d: Demand) -> tuple[object, ...]:
    return (d.ref, d.kind, d.hours, d.weeks, d.items, d.nights, d.mode, d.break_kind)


def _weekly(demands: list[Demand], rates: RateCard, pricing: Pricing) -> Decimal:
    # the same sets of demands are costed many times while fitting one plan; the cost depends
    # only on the demands as a set, so it is remembered for the length of one fit()
    key = tuple(sorted(map(_key, demands), key=repr))
    found = pricing.memo.get(key)
    if found is None:
        found = sum((dr.costed.weekly for dr in paid_drafts(demands, rates, pricing)), ZERO)
        pricing.memo[key] = found
    return found


def _annual(demands: list[Demand], rates: RateCard, pricing: Pricing) -> Decimal:
    return annual(_weekly(demands, rates, pricing), rates)


_SAFETY_FIRST = ("personal_care", "medication", "meals", "night_support")
_WORDS = re.compile(r"[a-z]{4,}")


def funding_order(profile: Profile) -> list[Need]:
    """The order needs are funded in: safety first (personal care, medicines, meals, nights),
    then what matters most to the person (a need in the words of what is important to them),
    then the usual order of areas, then the person's own order."""
    names = {p.name.lower() for p in profile.people}
    important = {w for text in profile.important_to for w in _WORDS.findall(text.lower())}
    important -= names
    position = {n.id: i for i, n in enumerate(profile.support_needs)}

    def key(n: Need) -> tuple[int, int, int, int]:
        safety = n.area in _SAFETY_FIRST
        matters = not safety and bool(important & set(_WORDS.findall(n.text.lower())))
        return (
            0 if safety else 1,
            0 if matters else 1,
            AREA_PRIORITY.index(n.area),
            position[n.id],
        )

    return sorted(profile.support_needs, key=key)


def _merge_free(free: list[FreeSupport]) -> list[FreeSupport]:
    merged: list[FreeSupport] = []
    for item in free:
        for existing in merged:
            if item.kind != "informal" and (existing.kind, existing.description) == (
                item.kind,
                item.description,
            ):
                existing.meets.extend(m for m in item.meets if m not in existing.meets)
                break
        else:
            merged.append(
                FreeSupport(item.kind, item.description, list(item.meets), item.route, item.hours)
            )
    order = {"informal": 0, "community": 1, "mainstream": 2}
    return sorted(merged, key=lambda f: order.get(f.kind, 3))


def _scaled(d: Demand, amount: Decimal) -> Demand:
    if d.kind == "sleep_in":
        return replace(d, nights=int(amount))
    return replace(d, hours=amount)


def _part(
    funded: list[Demand], ds: list[Demand], budget: Decimal, rates: RateCard, pricing: Pricing
) -> tuple[Demand, Decimal, Decimal, str] | None:
    """The most of one need that fits: (funded demand, funded amount, full amount, unit)."""
    scalable = [d for d in ds if d.kind in _SCALABLE_HOURS or d.kind == "sleep_in"]
    if len(scalable) != 1:
        return None
    d = scalable[0]
    nights = d.kind == "sleep_in"
    step = Decimal(1) if nights else rates["pa_hours_step"]
    full = Decimal(d.nights) if nights else d.hours
    low, high = 0, int(full / step) - 1  # counts of steps; the whole need did not fit
    best = 0
    while low <= high:
        mid = (low + high) // 2
        if mid and _annual([*funded, _scaled(d, step * mid)], rates, pricing) <= budget:
            best, low = mid, mid + 1
        else:
            high = mid - 1
    if not best:
        return None
    return _scaled(d, step * best), step * best, full, "nights" if nights else "hours"


def fit(
    profile: Profile,
    allocation: Allocation,
    rules: Rules,
    rates: RateCard,
    pricing: Pricing,
    local: LocalFinds | None = None,
) -> Fitted:
    """Cost everything, fit it to the budget and build the plan's supports and totals.

    `local`: services from the council's directory that fit each need and dream; they are
    shown among the options of the supports they belong to, and any not shown there get a
    free support of their own ("places near you from the council's list")."""
    budget_annual = penny(profile.budget_annual)
    relief = allocation.relief_needs
    by_priority = funding_order(profile)
    # a carer's extra hours come after the person's own needs
    by_priority = [n for n in by_priority if n.id not in relief] + [
        n for n in by_priority if n.id in relief
    ]
    need_demands = cheaper_demands(
        [d for d in allocation.demands if not d.is_dream],
        [n.id for n in by_priority],
        budget_annual,
        rules.force_mode == "agency",
        rates,
        pricing,
        lambda ds: _annual(ds, rates, pricing),
    )
    funded: list[Demand] = []
    unfunded: list[str] = []
    to_carer: list[FreeSupport] = []
    part_funded: dict[str, tuple[Decimal, Decimal, str]] = {}
    for need in by_priority:
        ds = [d for d in need_demands if d.ref == need.id]
        if not ds:
            continue
        if _annual([*funded, *ds], rates, pricing) <= budget_annual:
            funded.extend(ds)
            continue
        if need.id in relief:
            # the carer can keep going; help for the carer is theirs to ask for, not a gap
            # in the person's budget
            carer = relief[need.id]
            to_carer.append(
                FreeSupport(
                    "mainstream",
                    f"{carer}'s carer's assessment can pay for this, to give {carer} a rest.",
                    [need.id],
                    area_route(need.area),
                )
            )
            continue
        unfunded.append(need.id)
        # only the first need that does not fit is part-funded: the rest of the budget is
        # not spread thinly over needs that matter less
        part = None if part_funded else _part(funded, ds, budget_annual, rates, pricing)
        if part:
            demand, amount, full, unit = part
            funded.append(demand)
            part_funded[need.id] = (amount, full, unit)

    moved = {ref for f in to_carer for ref in f.meets}
    need_demands = [d for d in need_demands if d.ref not in moved]
    kept: list[Demand] = []
    dropped: list[str] = []
    for dream in profile.dreams:
        extra = [d for d in allocation.demands if d.is_dream and d.ref == dream.id]
        if not extra:
            continue
        if not unfunded and _annual([*need_demands, *kept, *extra], rates, pricing) <= (
            budget_annual
        ):
            kept.extend(extra)
        else:
            dropped.append(dream.id)

    final = [*need_demands, *kept]
    final_annual = _annual(final, rates, pricing)
    shortfalls = _shortfalls(unfunded, funded, need_demands, budget_annual, rates, pricing)
    unmet: list[Unmet] = []
    for need in profile.support_needs:
        if need.id in allocation.unmet:
            unmet.append(Unmet(ref=need.id, why=allocation.unmet[need.id]))
        elif need.id in unfunded:
            more = shortfalls[need.id]
            if need.id in part_funded:
                amount, full, unit = part_funded[need.id]
                rest = full - amount
                one = rest == 1  # "the other 1 night needs", not "1 nights need"
                why = (
                    f"The budget pays for {hours_text(amount)} of {hours_text(full)} {unit} a "
                    f"week. The other {hours_text(rest)} {unit[:-1] if one else unit} "
                    f"{'needs' if one else 'need'} {gbp(more)} more a year."
                )
            else:
                why = f"The budget does not pay for this yet. It needs {gbp(more)} more a year."
            unmet.append(Unmet(ref=need.id, why=why, annual_shortfall=more))
    for dream_id in dropped:
        extra = [d for d in allocation.demands if d.ref == dream_id]
        more = _annual([*final, *extra], rates, pricing) - final_annual
        unmet.append(
            Unmet(
                ref=dream_id,
                why=(
                    f"Paid help for this does not fit in the budget yet. It would cost about "
                    f"{gbp(more)} a year."
                ),
            )
        )

    restrictions = replace(rules.restrictions, care_home_asked=pricing.care_home_asked)
    drafts = [
        Draft(f.kind, f.description, f.meets, Costed.of([]), f.hours, route=f.route)
        for f in _merge_free([*allocation.free, *to_carer])
    ] + paid_drafts(final, rates, pricing)
    supports = [
        make_support(f"s{i}", draft, rules, restrictions, rates, local)
        for i, draft in enumerate(drafts, 1)
    ]
    if local is not None:
        supports = show_local(supports, local, restrictions, rates)

    weekly_total = sum((s.weekly_cost for s in supports), ZERO)
    annual_total = annual(weekly_total, rates)
    one_off_total = sum((s.one_off_cost for s in supports), ZERO)
    weeks = rates["weeks_per_year"]
    costs = Costs(
        weekly_total=weekly_total,
        annual_total=annual_total,
        one_off_total=one_off_total,
        budget_annual=budget_annual,
        annual_headroom=budget_annual - annual_total,
        annual_convention=convention(rates),
        weeks_per_year=int(weeks),
        budget_weekly=penny(budget_annual / weeks),
        first_year_total=annual_total + one_off_total,
        first_year_headroom=budget_annual - annual_total - one_off_total,
        contingency_rate=float(rates["contingency_rate"]),
    )

    def met_by(ref: str) -> list[str]:
        return [s.id for s in supports if ref in s.meets]

    needs = [
        PlanNeed(
            id=n.id,
            area=n.area,
            text=n.text,
            hours_per_week=n.hours_per_week,
            times=n.times,
            covered_by=met_by(n.id),
            funded=n.id not in unfunded,
            funded_hours=float(part_funded[n.id][0]) if n.id in part_funded else None,
        )
        for n in profile.support_needs
    ]
    dreams = [
        PlanDream(
            id=d.id,
            text=d.text,
            tags=list(d.tags),
            theme=allocation.dream_themes.get(d.id, "other"),
            addressed_by=met_by(d.id),
        )
        for d in profile.dreams
    ]
    return Fitted(
        supports,
        needs,
        dreams,
        unmet,
        costs,
        allocation,
        unfunded,
        dropped,
        pricing.money_route,
        part_funded,
    )


def _shortfalls(
    unfunded: list[str],
    funded: list[Demand],
    need_demands: list[Demand],
    budget: Decimal,
    rates: RateCard,
    pricing: Pricing,
) -> dict[str, Decimal]:
    """What each unfunded need adds, in funding order, so that together they are the gap.

    Each need's figure is what the total rises by when that need is paid in full (after the
    ones before it). The budget left unused after part-funding goes towards the first of them,
    so the figures add up exactly to the plan's shortfall.
    """
    result: dict[str, Decimal] = {}
    running = list(funded)
    before = _annual(running, rates, pricing)
    for ref in unfunded:
        running = [d for d in running if d.ref != ref] + [d for d in need_demands if d.ref == ref]
        after = _annual(running, rates, pricing)
        # costs are not quite monotonic (a second PA can lower the pension), so never below 0
        result[ref] = max(ZERO, after - before)
        before = after
    gap = max(ZERO, _annual(need_demands, rates, pricing) - budget)
    excess = sum(result.values(), ZERO) - gap  # the budget left unused, and any dips
    for ref in unfunded:  # goes towards the first shortfalls
        take = min(excess, result[ref]) if excess > 0 else excess
        result[ref] -= take
        excess -= take
        if not excess:
            break
    return result
