"""Urgent needs the council meets now (issue 16, eleventh session).

When the carer who gave the care is taken into hospital, some needs are for now: "someone with
him tonight and every night while Betty is in hospital". The council can meet urgent needs at
once, before any assessment (Care Act 2014 s19(3)), with emergency respite, an emergency
Shared Lives carer or a care worker who stays, and its out-of-hours emergency duty team
arranges it tonight. That help is priced in the plan, so everyone can see it, but it is not
paid from the personal budget: the budget is for the plan that follows, and the council reviews
it within days, when it knows whether the carer can care again.

    urgent_needs    needs whose words make them last only while a carer is in hospital, or
                    from tonight, when a carer who cannot go on was taken into hospital
    met_now         a paid support for urgent needs only: priced, not charged to the budget
    call_today      the first step: ring the council today (its emergency duty team out of
                    hours) to arrange the help now
"""

from __future__ import annotations

import re
from dataclasses import replace

from planner.costing import Costed, cost_line
from planner.drafts import Draft
from planner.models import Need, Profile
from planner.money import ZERO, gbp
from planner.plan import Action

__all__ = ["call_today", "met_now", "urgent_needs"]

#: A need for now: "tonight", "while Betty is in hospital", "until she comes home".
_FOR_NOW = re.compile(
    r"\b(tonight|from tonight|while (\w+ )?(is|'s|are|stays?|remains?) in hospital|"
    r"until (\w+ )?(is|are|comes?|gets?) (home|back|out|better))\b",
    re.I,
)
#: A carer taken into hospital, lately: the care stopped at once.
_TAKEN_IN = re.compile(
    r"\b(taken (in)?to hospital|rushed (in)?to hospital|by ambulance|admitted to hospital|"
    r"(has been|was|went|is) (taken |rushed )?in(to)? hospital (this|last|since|yesterday|today))",
    re.I,
)


def urgent_needs(profile: Profile) -> list[Need]:
    """The needs that are for now, while a carer who cannot go on is in hospital."""
    if not any(p.can_continue is False for p in profile.people):
        return []
    if not _TAKEN_IN.search(profile.typical_week):
        return []
    return [n for n in profile.support_needs if _FOR_NOW.search(f"{n.text} {n.times or ''}")]


def met_now(drafts: list[Draft], urgent: frozenset[str]) -> list[Draft]:
    """Paid supports that meet urgent needs only are arranged by the council now: priced,
    not charged to the budget."""
    result = []
    for d in drafts:
        if not urgent or not d.meets or not set(d.meets) <= urgent or d.costed.weekly <= 0:
            result.append(d)
            continue
        line = cost_line(
            label="arranged by the council now, as urgent help",
            weekly=ZERO,
            note=f"about {gbp(d.costed.weekly)} a week, paid by the council under Care Act "
            "s19(3), not from the budget, until it reviews the plan",
        )
        result.append(
            replace(
                d,
                description=f"{d.description} The council arranges this now, as urgent help.",
                costed=Costed.of([line], d.costed.workers),
                why="The council can meet urgent needs at once, before an assessment.",
            )
        )
    return result


_COMMON = frozenset({"someone", "somebody", "help", "a", "an", "the", "his", "her", "their", "my"})


def _lower_first(text: str) -> str:
    """ "Someone with him" inside a sentence; a name keeps its capital."""
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first.lower() in _COMMON else text


def call_today(urgent: list[Need], person: str) -> list[Action]:
    """The first step when needs are urgent: ring the council today."""
    if not urgent:
        return []
    what = "; ".join(_lower_first(n.text.rstrip(".")) for n in urgent)
    return [
        Action(
            step="Ring the council's adult social care team today, or its emergency duty team "
            f"out of hours, to arrange this now: {what}. The council can do this before any "
            "assessment (Care Act s19(3)).",
            who=person,
            when="today",
        )
    ]
