"""Unpaid help first: each need gets the help the person's circle can give.

Only people who can keep going, never anyone named in a safeguarding concern, never a child or
anyone the person said must not care for them (planner.young_carers), only the hours
they can sustain; not hours placed when they are away or asked to be paid; not a PA the
person employs (their hours are paid); not parents' help at home after a first move out of
the family home; a relative paid as a PA when only family will do gives paid hours.
"""

from __future__ import annotations

import re
from decimal import Decimal

from planner.allocated import Allocation, FreeSupport, named_in_concern
from planner.availability import asked_to_be_paid, for_their_rest, share_free
from planner.bottom_lines import Rules, is_family
from planner.models import Person, Profile
from planner.money import as_decimal, hours_count
from planner.rates import RateCard
from planner.signals import AWAY, PAID_HELP, is_parent, leaving_family_home
from planner.vocabulary import AREA_LABELS, area_label, area_route, dream_theme
from planner.young_carers import not_to_care_for

__all__ = ["allocate_informal"]

#: Help given in the home, which parents cannot give once the person has moved out.
_AT_HOME = frozenset({"personal_care", "meals", "household", "medication", "night_support"})
#: A PA the person employs, listed among the people who help ("my PA (I employ her)").
#: (and, sixteenth session, a worker from the agency or provider the budget pays: "care
#: worker from the agency", "support worker with the provider")
_EMPLOYED = re.compile(
    r"\b(pa|personal assistant|(i|we) employ\w*|(carer|care worker|support worker|worker)s? "
    r"(from|with|at) (the|an?|my|our|his|her|their) (agency|provider|care (company|agency)))\b",
    re.I,
)


def _quarter(hours: Decimal) -> Decimal:
    """Down to the quarter hour: what a carer can give is not rounded up."""
    return (hours * 4).to_integral_value(rounding="ROUND_FLOOR") / 4


def allocate_informal(
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
        if not_to_care_for(person, profile):
            # a child, or someone the person said must not care for them: their hours are paid
            result.not_carers.append(person)
            continue
        if person in paid_family:
            result.paid_relatives.append(person)
            continue
        if _EMPLOYED.search(person.relationship):
            continue  # a PA the person employs is paid help: their hours are costed
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

    # after a first move out of the family home, parents are not there for the help at home
    housing = [n.text for n in profile.support_needs if n.area == "housing"]
    housing += [
        " ".join([d.text, *d.tags])
        for d in profile.dreams
        if dream_theme(d.text, d.tags) == "housing"
    ]
    leaving = leaving_family_home(profile, housing)
    for need in profile.support_needs:
        # 0 hours is read as "not known": the need still has to be met somehow.
        need_hours = as_decimal(need.hours_per_week) if need.hours_per_week else None
        # hours placed when family are away, or asked to be paid, are not theirs to give
        paid_for = need_hours is not None and bool(
            pay_hours
            or AWAY.search(f"{need.text} {need.times or ''}")
            or PAID_HELP.search(need.text)
            or asked_to_be_paid(need, profile)
        )
        whole = need_hours
        for i, (person, left, meets, given) in enumerate(helpers):
            if (
                need.area not in person.helps_with
                or carer_needs.get(need.id) == person.name
                or for_their_rest(need, person)  # "so Linda can sleep": not Linda's to give
                or paid_for
                or (need.area in _AT_HOME and is_parent(person.relationship) and leaving)
            ):
                continue
            # only the part of the need that falls when they are there (planner.availability)
            share = share_free(person, need, profile)
            if share == 0:
                continue
            if need_hours is None:
                covered.add(need.id)
                meets.append(need.id)
            elif left is None:
                meets.append(need.id)
                if person not in result.uncounted_helpers:
                    result.uncounted_helpers.append(person)
            elif left > 0 and need_hours > 0:
                give = min(left, need_hours, _quarter(whole * share) if whole else need_hours)
                if give <= 0:
                    continue
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
        amount = f", about {hours_count(given)} a week" if given else ""
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
