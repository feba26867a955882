"""The limited support network reason for a broker (planner.broker): few people around, or a
carer who cannot go on or says it is too much.

    few people      fewer than `broker_limited_network_people` who can keep helping (a
                    partner, or anyone the person lives with, counts as 2; paid workers not
                    at all); a reason only when there is hands-on care for people to cover
                    (personal care, medicines or nights, with hours; nights met only by a
                    thing, a sensor or an alarm, are not) that no service already
                    gives now (an agency, a provider's team; never the nights) or that
                    the council arranges from an agency while someone close who will keep
                    going runs the money and letters (thirteenth session), and not for
                    someone who already employs PAs (a team, cover and a contingency fund)
    stopping        someone who cannot keep helping: when few remain, or hands-on help (not
                    when the person already employs PAs), nights, or many hours; not
                    someone who gives no help now (who needs care themselves)
    strain          a carer who says it is too much
    bereaved        someone close died lately ("died last month", "died in June"), or
                    someone who helped moved away lately ("moved back to Spain in May"):
                    the person's circle has just changed, whoever is left
    weight          1, and 1 more when that carer did the nights and the plan must buy them,
                    and 1 more when a carer who lived apart stops and few people are left, or
                    when a child has been doing the hands-on care a stopping adult gave

Weaker, a signal (0.5) on its own (issue 16, broker round six: "the plan rests on one person"):

    one carer       the person's only unpaid help, who gives the nights too, and the plan
                    does not buy the nights: nobody covers if that one person is ill
    worried carer   the carer says they worry who will help when they no longer can
"""

from __future__ import annotations

import re

from planner.carers import lives_with, partner
from planner.changes import moved_away
from planner.fitting import Fitted
from planner.harm import named_in_concern
from planner.models import Person, Profile
from planner.plan import Support
from planner.rates import RateCard
from planner.signals import PAID_WORKER
from planner.weighing import bereaved, carer_worried, settled_support
from planner.young_carers import ADULT_AGE, age_of

__all__ = ["limited_network"]

_HANDS_ON = {"personal_care", "medication", "night_support"}


def limited_network(
    profile: Profile,
    fitted: Fitted,
    rates: RateCard,
    around: float,
    stopping: list[Person],
    strained: list[Person],
    strain: re.Match[str] | None,
    paid: list[Support],
) -> tuple[str, str, float] | None:
    """(explanation, evidence, weight) when the network is limited, else None."""
    few = around < rates["broker_limited_network_people"]
    # few people matter only when there is hands-on care for people to cover (personal
    # care, medicines or nights); help with the house, meals, money or getting out can be
    # bought or done another day (round six: this replaced an 8-hour "small plan" line)
    # (hands-on help with no hours is met by things, not people: a pill dispenser, telecare)
    # (and nights met only by a thing, a sensor or an alarm that calls a responder, are not
    # nights for people to cover)
    by_people = {
        r for s in fitted.supports if s.kind not in ("equipment", "mainstream") for r in s.meets
    }
    by_things = {
        r for s in fitted.supports if s.kind in ("equipment", "mainstream") for r in s.meets
    } - by_people
    night_ids = {
        n.id for n in profile.support_needs if n.area == "night_support" and n.id not in by_things
    }
    hands_on = any(
        n.area in _HANDS_ON and (n.hours_per_week or n.id in night_ids)
        for n in profile.support_needs
    )
    # care a service already gives now has its own cover, however many hours it is (but
    # not at night: a night with nobody around is the gap a day service does not cover)
    nights = bool(night_ids)
    # (and care the council arranges from an agency has the agency's cover, when someone
    # close who will keep going runs the person's money and letters and can chase it:
    # thirteenth session)
    steady = any(
        p.can_continue is True
        and "money_admin" in p.helps_with
        and not PAID_WORKER.search(p.relationship)
        and not named_in_concern(p, profile)
        for p in profile.people
    )
    gave = any(p.helps_with or p.hours_per_week for p in stopping)  # a carer stops: a change
    arranged = profile.budget_management == "council_managed" and steady and not gave
    small_plan = not hands_on or ((bool(settled_support(profile)) or arranged) and not nights)
    # someone who already employs PAs has a team, cover and a contingency fund: a few hours
    # a helper gave become PA hours; only nights or a big share of the care weigh
    team = bool(fitted.allocation.employs_pas_now)
    few = few and not small_plan and not team
    # someone who gave a few hours of everyday help and is stopping matters when few remain
    # (someone who gives no help now, who needs care themselves, is no carer giving up:
    # thirteenth session)
    stopping = [
        p
        for p in stopping
        if (p.helps_with or p.hours_per_week)
        and (
            (few or (set(p.helps_with) & _HANDS_ON and not team) or "night_support" in p.helps_with)
            or p.hours_per_week is None
            or p.hours_per_week >= float(rates["carer_substantial_hours"])
        )
    ]
    died = bereaved(profile.typical_week)
    loss = died or moved_away(profile.typical_week)
    if not (stopping or strained or few or loss):
        return _one_carer(profile, paid)
    names = [f"{p.name} cannot keep helping" for p in stopping]
    if strain and strained:
        names.append(f'"{strain.group(0)}"')
    if loss:
        names.append(f'"{loss.group(0)}"')
    night_refs = {n.id for n in profile.support_needs if n.area == "night_support"}
    nights_bought = any(
        set(s.meets) & night_refs for s in paid if s.kind not in ("equipment", "mainstream")
    )
    # a carer who stops and lived apart leaves the person with few people around: two gaps
    # at once (a carer at home, or a partner, is still there in an emergency)
    # (a child who must stop is a young carer at home, not a carer who lived apart:
    # fifteenth session)
    left_alone = few and any(
        not (partner(p) or lives_with(p, profile) or _child(p, profile)) for p in stopping
    )
    hard_nights = nights_bought and any(
        "night_support" in p.helps_with for p in [*stopping, *strained]
    )
    # the hands-on care an adult gave, and a child doing it since: no adult has stepped in,
    # and the child must stop at once (second round)
    child_in = not left_alone and _child_filling_in(profile, stopping)
    return (
        "A carer cannot keep going, so their help must be bought and joined up. A broker "
        "can help find and arrange it."
        if stopping or strained
        else "Someone close has died, so the help around has changed. A broker can help "
        "find new support, at a gentle pace."
        if died
        else "Someone who helped has moved away, so the help around has changed. A broker "
        "could help plan a back-up."
        if loss
        else "Few people are around to help. A broker can help find more support.",
        "; ".join(names) or "No one else named who can help each week",
        # nights are the hardest part of a carer's work to replace
        1.0 + (1.0 if hard_nights else 0.0) + (1.0 if left_alone or child_in else 0.0),
    )


def _child(person: Person, profile: Profile) -> bool:
    age = age_of(person, profile)
    return age is not None and age < ADULT_AGE


def _child_filling_in(profile: Profile, stopping: list[Person]) -> bool:
    """An adult who gave hands-on care cannot go on, and a child gives hands-on care."""
    gave = [p for p in stopping if set(p.helps_with) & _HANDS_ON and not _child(p, profile)]
    return bool(gave) and any(
        _child(p, profile) and set(p.helps_with) & _HANDS_ON and not named_in_concern(p, profile)
        for p in profile.people
    )


def _one_carer(profile: Profile, paid: list[Support]) -> tuple[str, str, float] | None:
    """A signal: the plan rests on one unpaid carer (who does the nights, and the plan does
    not buy them), or the carer worries who will help when they no longer can."""
    worry = carer_worried(profile.typical_week)
    helpers = [p for p in profile.people if p.can_continue is not False and p.hours_per_week]
    night_refs = {n.id for n in profile.support_needs if n.area == "night_support"}
    nights_bought = any(set(s.meets) & night_refs for s in paid)
    sole = len(helpers) == 1 and "night_support" in helpers[0].helps_with and not nights_bought
    if not (sole or worry):
        return None
    evidence = [f"{helpers[0].name} gives the help, nights too"] if sole else []
    if worry:
        evidence.append(f'"{worry.group(0)}"')
    return (
        "Most of the help comes from one person. A broker could help plan a back-up "
        "for when they are ill or cannot help. That is a choice, not a must.",
        "; ".join(evidence),
        0.5,
    )
