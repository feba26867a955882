"""The limited support network reason for a broker (planner.broker): few people around, or a
carer who cannot go on or says it is too much.

    few people      fewer than `broker_limited_network_people` who can keep helping (a
                    partner, or anyone the person lives with, counts as 2; paid workers not
                    at all); not a reason for a small plan (under `broker_small_plan_hours`,
                    nothing hands-on), nor for someone who already employs PAs (a team, cover
                    and a contingency fund)
    stopping        someone who cannot keep helping: when few remain, or hands-on help (not
                    when the person already employs PAs), nights, or many hours
    strain          a carer who says it is too much
    weight          1, and 1 more when that carer did the nights and the plan must buy them
"""

from __future__ import annotations

import re

from planner.fitting import Fitted
from planner.models import Person, Profile
from planner.plan import Support
from planner.rates import RateCard
from planner.weighing import settled_care

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
    # few people matter when there is hands-on care to cover, or more than a few hours
    assessed = sum(n.hours_per_week or 0 for n in profile.support_needs)
    # (hands-on help that an agency already gives now is settled: its cover is the agency's)
    small_plan = assessed < float(rates["broker_small_plan_hours"]) and (
        not any(n.area in _HANDS_ON for n in profile.support_needs) or bool(settled_care(profile))
    )
    # someone who already employs PAs has a team, cover and a contingency fund: a few hours
    # a helper gave become PA hours; only nights or a big share of the care weigh
    team = bool(fitted.allocation.employs_pas_now)
    few = few and not small_plan and not team
    # someone who gave a few hours of everyday help and is stopping matters when few remain
    stopping = [
        p
        for p in stopping
        if (few or (set(p.helps_with) & _HANDS_ON and not team) or "night_support" in p.helps_with)
        or p.hours_per_week is None
        or p.hours_per_week >= float(rates["carer_substantial_hours"])
    ]
    if not (stopping or strained or few):
        return None
    names = [f"{p.name} cannot keep helping" for p in stopping]
    if strain and strained:
        names.append(f'"{strain.group(0)}"')
    night_refs = {n.id for n in profile.support_needs if n.area == "night_support"}
    nights_bought = any(
        set(s.meets) & night_refs for s in paid if s.kind not in ("equipment", "mainstream")
    )
    hard_nights = nights_bought and any(
        "night_support" in p.helps_with for p in [*stopping, *strained]
    )
    return (
        "A carer cannot keep going, so their help must be bought and joined up. A broker "
        "can help find and arrange it."
        if stopping or strained
        else "Few people are around to help. A broker can help find more support.",
        "; ".join(names) or "No one else named who can help each week",
        # nights are the hardest part of a carer's work to replace
        1.0 + (1.0 if hard_nights else 0.0),
    )
