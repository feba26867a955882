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

import re
from decimal import Decimal

from planner.aftercare import met_by_aftercare
from planner.allocated import Allocation, FreeSupport, named_in_concern
from planner.answers import (
    LOST,
    Demand,
    is_yearly_break,
    ordinary_answer,
    short_break_demand,
)
from planner.bottom_lines import Rules
from planner.breaks import (
    carer_break,
    days_at_work,
    last_weeks_care,
    met_without_hours,
    own_activity,
    transport_only,
)
from planner.informal import allocate_informal
from planner.kitchen import pet_minded, safe_kitchen
from planner.models import Need, Person, Profile
from planner.modes import care_mode, mode_for, pas_now
from planner.money import hours_count
from planner.nights_now import nhs_nights, night_help
from planner.rates import RateCard
from planner.sharing import occasional_hours, share_words, shared_by
from planner.signals import ADAPTATION, FALL_WORRY, MOVE
from planner.swallowing import falls_too, swallowing_plan
from planner.vocabulary import (
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


def _uses_day_service(profile: Profile, rules: Rules, asked: bool = True) -> bool:
    """Day services only where the person goes to one now or asked for one (`asked`), or,
    for a carer's days off, where no bottom line rules one out."""
    if rules.restrictions.no_day_service:
        return False
    if rules.prefer_day_service or not asked:
        return True
    return any(mentions(text, _DAY_SERVICE_WORDS) for text in profile.current_support)


def _needs_support_out(profile: Profile) -> bool:
    areas = {n.area for n in profile.support_needs}
    codes = {c.code for c in profile.concerns}
    return bool(areas & _OUT_AND_ABOUT) or bool(codes & {"capacity", "communication"})


_EQUIPMENT_AREAS = {"mobility", "communication"}
_ALSO_FREE = {"health", "housing", "work_or_learning"}


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
    """What to pay for this need. Hours needed only some weeks are a weekly average, and a
    worker or nights shared with housemates are this person's share (planner.sharing)."""
    if paid_hours == 0:
        return
    notes = []
    share = shared_by(need, profile)
    if paid_hours > 0 and need.area != "night_support":
        occasional = occasional_hours(need, paid_hours, rates)
        if occasional:
            paid_hours, note = occasional
            notes.append(f"{area_label(need.area).capitalize()}: {note[:1].lower()}{note[1:]}")
        if share > 1:
            whole = paid_hours
            paid_hours = max(_QUARTER, _quarter_up(whole / share))
            notes.append(
                f"{area_label(need.area).capitalize()}: one worker is shared by {share} people, "
                "so this budget pays "
                f"{share_words(share)} of the {hours_count(whole)}: "
                f"{hours_count(paid_hours)} a week."
            )
    start = len(result.demands)
    _demands_for(need, paid_hours, profile, rules, rates, result)
    for demand in result.demands[start:]:
        if demand.kind == "sleep_in" and share > 1:
            demand.shared_by = share
            demand.note = (
                f"The sleep-in is shared by {share} people who live together, so this budget "
                f"pays {share_words(share)} of it. Write down who pays what in an agreement."
            )
        elif notes:
            demand.note = " ".join(notes)


_QUARTER = Decimal("0.25")


def _quarter_up(hours: Decimal) -> Decimal:
    return (hours / _QUARTER).to_integral_value(rounding="ROUND_CEILING") * _QUARTER


def _demands_for(
    need: Need,
    paid_hours: Decimal,
    profile: Profile,
    rules: Rules,
    rates: RateCard,
    result: Allocation,
) -> None:
    area = need.area
    mode = mode_for(need, profile, rules)
    if fast_track := last_weeks_care(need, profile):
        result.free.append(fast_track)  # the NHS pays for care in the last weeks of life
        return
    if aftercare := met_by_aftercare(need, profile) or nhs_nights(need):
        result.free.append(aftercare)  # section 117 aftercare pays now (planner.aftercare)
        return
    if area == "night_support":
        hours = paid_hours if paid_hours > 0 else None  # the sensor now, or as the words ask
        result.demands.extend(night_help(need, profile, hours, mode, rates))
        return
    known = paid_hours > 0
    if swallow := swallowing_plan(need):
        result.free.append(swallow)  # choking: the NHS swallowing plan (planner.swallowing)
        if not falls_too(need):
            return
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
    if free := safe_kitchen(need) or pet_minded(need, profile):
        result.free.append(free)  # a cooker made safe (free minor aids), or a pet minded
        return
    if area == "carer_break" and is_yearly_break(need):
        # a week away once a year is a short break costed once a year, whatever the hours
        result.demands.append(short_break_demand(need, profile, rules, rates))
        return
    ordinary = ordinary_answer(need, paid_hours if known else Decimal(0), rates, rules.keep_workers)
    relative = any(area in p.helps_with for p in result.paid_relatives)
    if ordinary is not None and ordinary.kind == "cleaner" and (rules.family_only or relative):
        ordinary = None  # a stranger in the home, or the relative taken on as a PA does it
    # priced per meal or per device, so it does not need hours a week
    if ordinary is not None and (known or ordinary.kind in ("pill_dispenser", "meals_service")):
        result.demands.append(ordinary)
        return
    if not known:  # hours unknown and no unpaid help
        if area == "carer_break":
            result.demands.append(short_break_demand(need, profile, rules, rates))
        elif area in _EQUIPMENT_AREAS and met_without_hours(need, profile) is None:
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
        elif isinstance(without := met_without_hours(need, profile), FreeSupport):
            result.free.append(without)
        elif without is not None:
            result.demands.append(without)
        else:
            result.unmet[need.id] = (
                "We do not know how many hours of help this needs yet, so it cannot be costed. "
                "Add the hours a week and draft the plan again."
            )
        return
    if area == "health" and own_activity(need):
        # an activity the person does themselves (a class, a swim, the gym): the activity
        # meets the need; paid hours only when the words ask for someone with them
        result.free.append(
            FreeSupport(
                kind="community",
                description="A local class, pool or gym. The person goes on their own. "
                "A leisure card often makes it cheaper.",
                meets=[need.id],
                route=area_route(area),
            )
        )
        return
    if area in _ALSO_FREE:
        kind, route, text = FREE_NEED_ROUTES[area]
        result.free.append(FreeSupport(kind=kind, description=text, meets=[need.id], route=route))
    if area == "carer_break":
        day_ok = _uses_day_service(profile, rules, asked=False)
        chosen = carer_break(need, profile, mode, paid_hours, day_ok)
        if isinstance(chosen, FreeSupport):
            result.free.append(chosen)
        else:
            result.demands.append(chosen)
        return
    if area in ("community_access", "social_life") and (ride := transport_only(need)):
        result.free.append(ride)  # a lift there and back, not a worker for the whole time
        return
    travel = mentions(need.text, _TRAVEL_WORDS)
    if (
        area in ("community_access", "social_life")
        and not travel
        and _uses_day_service(profile, rules, asked=not days_at_work(need))
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
    paid = allocate_informal(
        profile, rules, rates, result, carer_needs or {}, list(paid_family or [])
    )
    if _budget_left_unused(profile, paid):
        # a budget is for the assessed needs family do not meet: when family help would
        # leave all of it unused while paid help was chosen, the needs with hours are paid
        result = Allocation(employs_pas_now=pas_now(profile))
        paid = allocate_informal(
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

    _reminders_from_workers(profile, result)
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


#: Personal care that is only a reminder or a prompt ("reminders to shower and shave").
REMINDER = re.compile(
    r"^\W*(reminders?|prompts?|prompting|a nudge|nudges?)\b|\bremind (me|him|her|them)\b", re.I
)
_WORKERS = ("agency", "personal_assistant", "micro_provider")


def _reminders_from_workers(profile: Profile, result: Allocation) -> None:
    """A reminder with no hours, when paid workers already come: they give it within their
    hours (it needs no hours of its own), so it is not left uncosted."""
    worker = next((d for d in result.demands if d.kind in _WORKERS and d.hours > 0), None)
    if worker is None:
        return
    for need in profile.support_needs:
        if (
            need.id in result.unmet
            and need.area == "personal_care"
            and not need.hours_per_week
            and REMINDER.search(need.text)
        ):
            del result.unmet[need.id]
            result.demands.append(
                Demand(
                    need.id,
                    worker.kind,
                    "reminders",
                    note="The workers who already come give the reminders, within their hours.",
                )
            )
