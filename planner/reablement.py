"""Help at home for a short time after a stay in hospital is reablement (fourteenth session).

A need with no hours whose words ask for help only for a while after an operation or a stay
in hospital ("for a couple of weeks after the operation", "the first few weeks after my knee
op") is met by reablement: short-term help at home, free for up to six weeks (Care and Support
(Charging and Assessment of Resources) Regulations 2014, reg. 3: intermediate care and
reablement are free for up to six weeks). The hospital's discharge team or the council arranges
it before the person comes home; the budget pays nothing and needs no hours for it. Help needed
after every flare or every stay, a few times a year, with hours, is an average over the year
instead (planner.sharing).
"""

from __future__ import annotations

import re

from planner.allocated import FreeSupport
from planner.models import Need
from planner.vocabulary import area_route

__all__ = ["after_a_stay", "reablement"]

_AREAS = ("personal_care", "household", "meals", "shopping", "mobility")
#: after an operation, or coming home from hospital
_AFTER = re.compile(
    r"\bafter (the |my |his |her |their |an? )?(\w+ )?(operation|op|surgery|replacement|"
    r"hospital( stay)?|stay in hospital|discharge)\b|\b(when|once) (i|he|she|they) "
    r"(come|comes|get|gets|go|goes) (back )?home from hospital\b",
    re.I,
)
#: only for a while
_A_WHILE = re.compile(
    r"\b(a (couple|few) (of )?(weeks|days)|(the )?first (few |two |three |couple of )?weeks|"
    r"for (\d|one|two|three|four|five|six) weeks|for a (short )?while|short[- ]term|"
    r"until (i'?m|he'?s|she'?s|they'?re|i am|he is|she is) (back )?on (my|his|her|their) feet)\b",
    re.I,
)


def after_a_stay(need: Need) -> bool:
    """A need for help only for a while after an operation or a stay in hospital."""
    text = f"{need.text} {need.times or ''}"
    return (
        need.area in _AREAS
        and not need.hours_per_week
        and bool(_AFTER.search(text) and _A_WHILE.search(text))
    )


def reablement(need: Need) -> FreeSupport | None:
    """Reablement for a need for help for a while after a hospital stay; None otherwise."""
    if not after_a_stay(need):
        return None
    return FreeSupport(
        kind="mainstream",
        description="Reablement: short-term help at home after the hospital stay, free for up "
        "to six weeks. The hospital's discharge team or the council arranges it before the "
        "person comes home.",
        meets=[need.id],
        route=area_route(need.area),
    )
