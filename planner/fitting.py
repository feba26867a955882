"""Fitting: cost the allocation and fit it to the budget, needs first, then dreams.

demands ─► pooled into supports (all PA hours are one team of PAs, so NI and pension
           thresholds apply per employee; all agency hours one agency booking)
        ─► costed line by line, plus a contingency on the weekly paid total
        ─► compared with the budget (annual = weekly x 52):

1. needs are funded in priority order (safety first; see vocabulary.AREA_PRIORITY);
   a need the budget cannot pay for stays in the plan, costed, and is listed in `unmet`,
   so the shortfall shows as a negative headroom: nothing is dropped silently;
2. only when every need is funded, paid help for dreams is added, one dream at a time,
   while it fits. A dream that does not fit keeps its free route and is listed in `unmet`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from planner.allocation import Allocation, Demand, FreeSupport
from planner.bottom_lines import Rules
from planner.costing import (
    Costed,
    annual,
    convention,
    cost_agency,
    cost_contingency,
    cost_day_service,
    cost_equipment,
    cost_personal_assistants,
    cost_short_breaks,
)
from planner.models import Profile
from planner.money import ZERO, gbp, hours_text, penny
from planner.options import options_for
from planner.plan import Costs, PlanDream, PlanNeed, Support, Unmet
from planner.rates import RateCard
from planner.vocabulary import AREA_PRIORITY

__all__ = ["Fitted", "fit"]

_PEOPLE_KINDS = ("personal_assistant", "agency", "day_service", "short_break")


@dataclass
class _Draft:
    kind: str
    description: str
    meets: list[str]
    costed: Costed
    hours: Decimal | None = None
    unit: str = "none"
    unit_cost: Decimal = ZERO
    route: str = ""
    rate_source: str = ""


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


def _whats(demands: list[Demand]) -> str:
    seen: list[str] = []
    for d in demands:
        if d.what not in seen:
            seen.append(d.what)
    return seen[0] if len(seen) == 1 else ", ".join(seen[:-1]) + " and " + seen[-1]


def _paid(demands: list[Demand], rates: RateCard) -> list[_Draft]:
    drafts: list[_Draft] = []
    pa = [d for d in demands if d.kind == "personal_assistant"]
    if pa:
        hours = sum((d.hours for d in pa), Decimal(0))
        costed = cost_personal_assistants(hours, rates)
        shared = f", shared between {costed.workers} PAs" if (costed.workers or 0) > 1 else ""
        drafts.append(
            _Draft(
                "personal_assistant",
                f"Personal assistants, {hours_text(hours)} hours a week{shared}, for {_whats(pa)}.",
                [d.ref for d in pa],
                costed,
                hours,
                "hour",
                rates["pa_hourly_rate"],
                "care_hours",
                "pa_hourly_rate",
            )
        )
    agency = [d for d in demands if d.kind == "agency"]
    if agency:
        hours = sum((d.hours for d in agency), Decimal(0))
        drafts.append(
            _Draft(
                "agency",
                f"Care workers from an agency, {hours_text(hours)} hours a week, "
                f"for {_whats(agency)}.",
                [d.ref for d in agency],
                cost_agency(hours, rates),
                hours,
                "hour",
                rates["agency_hourly_rate"],
                "care_hours",
                "agency_hourly_rate",
            )
        )
    day = [d for d in demands if d.kind == "day_service"]
    if day:
        hours = sum((d.hours for d in day), Decimal(0))
        sessions = max(1, math.ceil(hours / rates["day_service_session_hours"]))
        drafts.append(
            _Draft(
                "day_service",
                f"Day service, {sessions} session(s) a week, for {_whats(day)}.",
                [d.ref for d in day],
                cost_day_service(sessions, rates),
                hours,
                "session",
                rates["day_service_session_rate"],
                "day_service",
                "day_service_session_rate",
            )
        )
    for d in (d for d in demands if d.kind == "short_break"):
        label = "supported holiday" if d.is_dream else "short breaks"
        drafts.append(
            _Draft(
                "short_break",
                f"{d.what[:1].upper()}{d.what[1:]}: {hours_text(d.weeks)} week(s) a year.",
                [d.ref],
                cost_short_breaks(d.weeks, rates, label),
                None,
                "week",
                rates["short_break_weekly_rate"],
                "short_break",
                "short_break_weekly_rate",
            )
        )
    for d in (d for d in demands if d.kind == "equipment"):
        drafts.append(
            _Draft(
                "equipment",
                f"{d.what[:1].upper()}{d.what[1:]}, chosen after an assessment.",
                [d.ref],
                cost_equipment(d.items, rates),
                None,
                "item",
                rates["equipment_one_off"],
                "equipment",
                "equipment_one_off",
            )
        )
    base = sum((dr.costed.weekly for dr in drafts), ZERO)
    if base > 0:
        costed = cost_contingency(base, rates)
        drafts.append(
            _Draft(
                "secondary",
                "A contingency fund for sick pay, cover when a worker is away, and surprises.",
                [],
                costed,
                None,
                "week",
                costed.weekly,
                "contingency",
                "contingency_rate",
            )
        )
    return drafts


def _weekly(demands: list[Demand], rates: RateCard) -> Decimal:
    return sum((dr.costed.weekly for dr in _paid(demands, rates)), ZERO)


def _fits(demands: list[Demand], budget_annual: Decimal, rates: RateCard) -> bool:
    return annual(_weekly(demands, rates), rates) <= budget_annual


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


def fit(profile: Profile, allocation: Allocation, rules: Rules, rates: RateCard) -> Fitted:
    """Cost everything, fit it to the budget and build the plan's supports and totals."""
    budget_annual = penny(profile.budget_annual)
    need_demands = [d for d in allocation.demands if not d.is_dream]
    position = {n.id: i for i, n in enumerate(profile.support_needs)}
    by_priority = sorted(
        profile.support_needs, key=lambda n: (AREA_PRIORITY.index(n.area), position[n.id])
    )
    funded: list[str] = []
    unfunded: list[str] = []
    for need in by_priority:
        if not any(d.ref == need.id for d in need_demands):
            continue
        trial = [d for d in need_demands if d.ref in (*funded, need.id)]
        (funded if _fits(trial, budget_annual, rates) else unfunded).append(need.id)

    kept: list[Demand] = []
    dropped: list[str] = []
    for dream in profile.dreams:
        extra = [d for d in allocation.demands if d.is_dream and d.ref == dream.id]
        if not extra:
            continue
        if not unfunded and _fits([*need_demands, *kept, *extra], budget_annual, rates):
            kept.extend(extra)
        else:
            dropped.append(dream.id)

    final = [*need_demands, *kept]
    final_annual = annual(_weekly(final, rates), rates)
    unmet: list[Unmet] = []
    for need in profile.support_needs:
        if need.id in allocation.unmet:
            unmet.append(Unmet(ref=need.id, why=allocation.unmet[need.id]))
        elif need.id in unfunded:
            without = annual(_weekly([d for d in final if d.ref != need.id], rates), rates)
            unmet.append(
                Unmet(
                    ref=need.id,
                    why=(
                        "The budget does not cover this. It adds about "
                        f"{gbp(final_annual - without)} a year. "
                        "It stays in the plan, so the shortfall shows."
                    ),
                )
            )
    for dream_id in dropped:
        extra = [d for d in allocation.demands if d.ref == dream_id]
        more = annual(_weekly([*final, *extra], rates), rates) - final_annual
        unmet.append(
            Unmet(
                ref=dream_id,
                why=(
                    f"Paid help for this does not fit in the budget yet. It would cost about "
                    f"{gbp(more)} a year."
                ),
            )
        )

    drafts = [
        _Draft(f.kind, f.description, f.meets, Costed.of([]), f.hours, route=f.route)
        for f in _merge_free(allocation.free)
    ] + _paid(final, rates)
    supports = [_support(f"s{i}", draft, rules, rates) for i, draft in enumerate(drafts, 1)]

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
    return Fitted(supports, needs, dreams, unmet, costs, allocation, unfunded, dropped)


def _support(support_id: str, draft: _Draft, rules: Rules, rates: RateCard) -> Support:
    spec = list(rules.specification) if draft.kind in _PEOPLE_KINDS else []
    description = draft.description
    if spec:
        description += " Every worker must follow the specification."
    weekly = draft.costed.weekly
    return Support(
        id=support_id,
        kind=draft.kind,
        description=description,
        meets=draft.meets,
        hours_per_week=float(draft.hours) if draft.hours is not None else None,
        unit=draft.unit,
        unit_cost=penny(draft.unit_cost),
        weekly_cost=weekly,
        annual_cost=annual(weekly, rates),
        one_off_cost=draft.costed.one_off,
        cost_breakdown=draft.costed.lines,
        options=options_for(draft.route, rules.restrictions) if draft.route else [],
        rate_source=draft.rate_source,
        specification=spec,
        workers=draft.costed.workers,
    )
