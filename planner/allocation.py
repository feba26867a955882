"""Allocation: for each need and dream, decide the ways it will be met (before any costing).

    need ──► unpaid help from the person's circle (only people who can keep going, not
    │        anyone named in a safeguarding concern, only the hours they can sustain; not
    │        hours placed when they are away, or asked to be paid, or all of them when
    │        the budget would be left unused though paid help was chosen; a relative
    │        paid as a PA when only family will do gives paid hours, not unpaid ones)
    ├──────► an ordinary answer where one honours what the person asked for (a cleaner,
    │        a meals service, a pill dispenser, telecare, delivery, groups), priced
    ├──────► night support as it is bought: sleep-in, waking night, night visits, telecare
    └──────► paid hours for what is left: personal assistants, agency or day services

    dream ─► a free route (housing team, college, clubs, ...) and, when the person needs
             support to get out, a few paid hours a week (dropped first if money is short)

The result is a list of `Demand`s (things to pay for) and `FreeSupport`s (things that cost the
budget nothing). Carers' work that would stop (planner.carers) arrives here as needs already.
Costing and fitting to the budget happen in planner.fitting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from planner.answers import (
    LOST,
    Demand,
    is_yearly_break,
    night_demands,
    ordinary_answer,
    short_break_demand,
)
from planner.bottom_lines import Rules, is_family
from planner.harm import named_in_concern
from planner.models import Need, Person, Profile
from planner.modes import care_mode, mode_for, pas_now
from planner.money import as_decimal, hours_text
from planner.rates import RateCard
from planner.signals import ADAPTATION, AWAY, FALL_WORRY, MOVE, PAID_HELP
from planner.vocabulary import (
    AREA_LABELS,
    DREAM_ROUTES,
    FREE_NEED_ROUTES,
    area_label,
    area_route,
    dream_theme,
    mentions,
)

__all__ = [
    "Allocation",
    "Demand",
    "FreeSupport",
    "allocate",
    "area_label",
    "area_route",
    "care_mode",
    "named_in_concern",
    "pas_now",
]

_OUT_AND_ABOUT = {"community_access", "social_life", "mobility", "communication"}
_DAY_SERVICE_WORDS = ("day centre", "day center", "day service", "day services", "day_service")
_TRAVEL_WORDS = ("travel", "bus", "train", "travel training", "on my own")


@dataclass
class FreeSupport:
    """Support that costs the budget nothing."""

    kind: str  # informal, community, mainstream, equipment
    description: str
    meets: list[str]
    route: str = ""
    hours: Decimal | None = None


@dataclass
class Allocation:
    """How each need and dream will be met, before costing."""

    demands: list[Demand] = field(default_factory=list)
    free: list[FreeSupport] = field(default_factory=list)
    unmet: dict[str, str] = field(default_factory=dict)
    dream_themes: dict[str, str] = field(default_factory=dict)
    unconfirmed_helpers: list[Person] = field(default_factory=list)
    stopping_helpers: list[Person] = field(default_factory=list)
    overloaded_helpers: list[Person] = field(default_factory=list)
    uncounted_helpers: list[Person] = field(default_factory=list)
    named_in_concern: list[Person] = field(default_factory=list)
    helpers: list[Person] = field(default_factory=list)
    #: relatives paid as PAs from a direct payment (only family do the care)
    paid_relatives: list[Person] = field(default_factory=list)
    needs_direct_payment: bool = False
    employs_pas_now: int = 0
    #: need id -> carer: hours a carer gives beyond what anyone can keep up, who can keep
    #: going. Funded after the person's own needs; what does not fit goes to the carer's
    #: assessment (Care Act s10), which can fund support for the carer.
    relief_needs: dict[str, str] = field(default_factory=dict)


def _uses_day_service(profile: Profile, rules: Rules) -> bool:
    """Day services only where the person goes to one now or asked for one."""
    if rules.restrictions.no_day_service:
        return False
    if rules.prefer_day_service:
        return True
    return any(mentions(text, _DAY_SERVICE_WORDS) for text in profile.current_support)


def _needs_support_out(profile: Profile) -> bool:
    areas = {n.area for n in profile.support_needs}
    codes = {c.code for c in profile.concerns}
    return bool(areas & _OUT_AND_ABOUT) or bool(codes & {"capacity", "communication"})


_EQUIPMENT_AREAS = {"mobility", "communication"}
_ALSO_FREE = {"health", "housing", "work_or_learning"}


def _allocate_informal(
    profile: Profile,
    rules: Rules,
    rates: RateCard,
    result: Allocation,
    carer_needs: dict[str, str],
    paid_family: list[Person],
    pay_hours: bool = False,
) -> dict[str, Decimal]:
    """Give each need the unpaid help available; return paid hours still needed per need.
    Relatives in `paid_family` are paid as PAs: their hours are paid, not given."""
    remaining_paid: dict[str, Decimal] = {}
    covered: set[str] = set()
    helpers: list[tuple[Person, Decimal | None, list[str], Decimal]] = []
    sustainable = rates["carer_sustainable_hours"]
    for person in profile.people:
        if named_in_concern(person, profile):
            result.named_in_concern.append(person)
            continue
        if rules.no_family_help and is_family(person.relationship):
            continue
        if person in paid_family:
            result.paid_relatives.append(person)
            continue
        if person.can_continue is False:
            if person.helps_with:
                result.stopping_helpers.append(person)
            continue
        if person.can_continue is None:
            if person.helps_with:
                result.unconfirmed_helpers.append(person)
            continue
        hours = None if person.hours_per_week is None else as_decimal(person.hours_per_week)
        if hours is not None and hours > sustainable:
            result.overloaded_helpers.append(person)
            hours = sustainable
        helpers.append((person, hours, [], Decimal(0)))

    for need in profile.support_needs:
        # 0 hours is read as "not known": the need still has to be met somehow.
        need_hours = as_decimal(need.hours_per_week) if need.hours_per_week else None
        # hours placed when family are away, or asked to be paid, are not theirs to give
        paid_for = need_hours is not None and bool(
            pay_hours
            or AWAY.search(f"{need.text} {need.times or ''}")
            or PAID_HELP.search(need.text)
        )
        for i, (person, left, meets, given) in enumerate(helpers):
            if (
                need.area not in person.helps_with
                or carer_needs.get(need.id) == person.name
                or paid_for
            ):
                continue
            if need_hours is None:
                covered.add(need.id)
                meets.append(need.id)
            elif left is None:
                meets.append(need.id)
                if person not in result.uncounted_helpers:
                    result.uncounted_helpers.append(person)
            elif left > 0 and need_hours > 0:
                give = min(left, need_hours)
                need_hours -= give
                helpers[i] = (person, left - give, meets, given + give)
                meets.append(need.id)
        if need_hours is not None:
            remaining_paid[need.id] = need_hours
        elif need.id not in covered:
            remaining_paid[need.id] = Decimal(-1)  # hours unknown, no unpaid help

    for person in result.paid_relatives:
        # needs with no hours that the relative does are paid at the relative's own hours
        mine = [n for n in profile.support_needs if n.area in person.helps_with]
        unknown = [n for n in mine if remaining_paid.get(n.id) == Decimal(-1)]
        if not unknown or not person.hours_per_week:
            continue
        known = sum((as_decimal(n.hours_per_week or 0) for n in mine), Decimal(0))
        spare = as_decimal(person.hours_per_week) - known
        share = (spare / len(unknown) * 4).to_integral_value(rounding="ROUND_FLOOR") / 4
        if share > 0:
            for n in unknown:
                remaining_paid[n.id] = share

    for person, _left, meets, given in helpers:
        if not meets:
            continue
        result.helpers.append(person)
        who = f"{person.name} ({person.relationship})" if person.relationship else person.name
        areas = sorted(
            {n.area for n in profile.support_needs if n.id in meets}, key=list(AREA_LABELS).index
        )
        words = ", ".join(area_label(a) for a in areas)
        amount = f", about {hours_text(given)} hours a week" if given else ""
        result.free.append(
            FreeSupport(
                kind="informal",
                description=f"{who} helps with {words}{amount}.",
                meets=meets,
                route=area_route(areas[0]) if areas else "",
                hours=given if given else None,
            )
        )
    return remaining_paid


def _budget_left_unused(profile: Profile, paid: dict[str, Decimal]) -> bool:
    """Family help covers every need with hours, nothing else is paid, and the person has
    a budget and chose paid help (a PA, an agency or a mix)."""
    timed = [n for n in profile.support_needs if n.hours_per_week]
    return (
        bool(timed)
        and profile.budget_annual > 0
        and profile.employer_choice in ("employ_pa", "use_agency", "mix")
        and all(paid.get(n.id, Decimal(0)) == 0 for n in profile.support_needs)
    )


def _allocate_need(
    need: Need,
    paid_hours: Decimal,
    profile: Profile,
    rules: Rules,
    rates: RateCard,
    result: Allocation,
) -> None:
    area = need.area
    if paid_hours == 0:
        return
    mode = mode_for(need, profile, rules)
    if area == "night_support":
        result.demands.extend(
            night_demands(need, paid_hours if paid_hours > 0 else None, mode, rates)
        )
        return
    known = paid_hours > 0
    if area == "health" and FALL_WORRY.search(need.text):
        # a fear of falling with no one knowing is met by an alarm, not a health service
        result.demands.append(
            Demand(
                need.id,
                "telecare",
                "a pendant alarm or falls detector",
                items=1,
                why="A pendant or a falls detector calls for help if the person falls.",
            )
        )
        return
    if area == "carer_break" and is_yearly_break(need):
        # a week away once a year is a short break costed once a year, whatever the hours
        result.demands.append(short_break_demand(need, profile, rules, rates))
        return
    ordinary = ordinary_answer(need, paid_hours if known else Decimal(0), rates)
    if ordinary is not None and ordinary.kind == "cleaner" and rules.family_only:
        ordinary = None  # a cleaner is a stranger in the home: the relative does it
    # priced per meal or per device, so it does not need hours a week
    if ordinary is not None and (known or ordinary.kind in ("pill_dispenser", "meals_service")):
        result.demands.append(ordinary)
        return
    if not known:  # hours unknown and no unpaid help
        if area == "carer_break":
            result.demands.append(short_break_demand(need, profile, rules, rates))
        elif area in _EQUIPMENT_AREAS:
            result.demands.append(
                Demand(need.id, "equipment", f"equipment for {area_label(area)}", items=1)
            )
        elif area == "medication":
            result.free.append(
                FreeSupport(
                    kind="mainstream",
                    description="The pharmacy gives medicines in blister packs and checks them.",
                    meets=[need.id],
                    route="health",
                )
            )
        elif area == "housing" and ADAPTATION.search(need.text) and not MOVE.search(need.text):
            result.free.append(
                FreeSupport(
                    kind="mainstream",
                    description="An occupational therapist looks at changes to the home. "
                    "Small ones are free. A Disabled Facilities Grant can pay for bigger ones.",
                    meets=[need.id],
                    route="equipment",
                )
            )
        elif area in FREE_NEED_ROUTES:
            kind, route, text = FREE_NEED_ROUTES[area]
            result.free.append(
                FreeSupport(kind=kind, description=text, meets=[need.id], route=route)
            )
        else:
            result.unmet[need.id] = (
                "We do not know how many hours of help this needs yet, so it cannot be costed. "
                "Add the hours a week and draft the plan again."
            )
        return
    if area in _ALSO_FREE:
        kind, route, text = FREE_NEED_ROUTES[area]
        result.free.append(FreeSupport(kind=kind, description=text, meets=[need.id], route=route))
    if area == "carer_break":
        result.demands.append(Demand(need.id, mode, "a break for the carer", hours=paid_hours))
        return
    travel = mentions(need.text, _TRAVEL_WORDS)
    if (
        area in ("community_access", "social_life")
        and not travel
        and (_uses_day_service(profile, rules))
    ):
        result.demands.append(Demand(need.id, "day_service", area_label(area), hours=paid_hours))
        return
    if area in ("community_access", "mobility") and LOST.search(need.text):
        result.demands.append(Demand(need.id, "gps_tracker", "a GPS tracker", items=1))
    what = "travel training" if travel else area_label(area)
    result.demands.append(Demand(need.id, mode, what, hours=paid_hours))


def allocate(
    profile: Profile,
    rules: Rules,
    rates: RateCard,
    money_route: str | None = None,
    carer_needs: dict[str, str] | None = None,
    paid_family: list[Person] | None = None,
) -> Allocation:
    """Decide how every need and dream will be met. Nothing is costed yet. Relatives in
    `paid_family` are paid as PAs (planner.carers.relatives_to_pay)."""
    result = Allocation(employs_pas_now=pas_now(profile))
    paid = _allocate_informal(
        profile, rules, rates, result, carer_needs or {}, list(paid_family or [])
    )
    if _budget_left_unused(profile, paid):
        # a budget is for the assessed needs family do not meet: when family help would
        # leave all of it unused while paid help was chosen, the needs with hours are paid
        result = Allocation(employs_pas_now=pas_now(profile))
        paid = _allocate_informal(
            profile, rules, rates, result, carer_needs or {}, list(paid_family or []), True
        )
    overloaded = {p.name for p in result.overloaded_helpers}
    result.relief_needs = {
        ref: name for ref, name in (carer_needs or {}).items() if name in overloaded
    }
    for need in profile.support_needs:
        _allocate_need(
            need, paid[need.id] if need.id in paid else Decimal(0), profile, rules, rates, result
        )

    support_out = _needs_support_out(profile)
    for dream in profile.dreams:
        theme = dream_theme(dream.text, dream.tags)
        result.dream_themes[dream.id] = theme
        if theme == "travel":
            result.demands.append(
                Demand(
                    dream.id,
                    "short_break",
                    "a supported holiday",
                    weeks=rates["holiday_break_weeks_per_year"],
                    is_dream=True,
                    break_kind="holiday",
                    why="A holiday was asked for. This pays for support while away.",
                )
            )
            continue
        kind, route, text = DREAM_ROUTES[theme]
        result.free.append(FreeSupport(kind=kind, description=text, meets=[dream.id], route=route))
        if support_out and theme in ("social", "learning", "work", "independence", "health"):
            hours = rates["dream_support_hours_per_week"]
            if (
                theme == "social"
                and _uses_day_service(profile, rules)
                and mentions(dream.text, _DAY_SERVICE_WORDS)
            ):
                result.demands.append(
                    Demand(dream.id, "day_service", "time out", hours=hours, is_dream=True)
                )
            else:
                mode = care_mode("community_access", profile, rules)
                what = "travel training" if theme == "independence" else "help with a goal"
                result.demands.append(Demand(dream.id, mode, what, hours=hours, is_dream=True))
    route = money_route or profile.budget_management
    if (
        any(d.kind == "personal_assistant" for d in result.demands)
        or any(d.kind == "sleep_in" and d.mode == "personal_assistant" for d in result.demands)
    ) and route in ("council_managed", "individual_service_fund"):
        result.needs_direct_payment = True
    return result
