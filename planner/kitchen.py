"""Being safe in the kitchen is met by small things, not hours (thirteenth session).

"Cooking safely without the hob", "she left the gas on", "I'm scared of the cooker now":
a need about the danger of the cooker, with no hours said, is met by minor aids the
occupational therapist arranges: a microwave or an air fryer, a kettle tipper, or a gas valve
that turns the gas off by itself. Minor aids under the council's limit are free, so nothing is
charged to the budget. Food given by hand, or eaten to a swallowing plan, is not this: it
needs a person there (planner.answers, planner.swallowing).
"""

from __future__ import annotations

import re

from planner.allocated import FreeSupport
from planner.answers import HANDS_ON_EATING
from planner.models import Need

#: the cooker and its dangers
_COOKER = re.compile(r"\b(cook\w*|cooker|hob|oven|gas|kitchen|pans?|kettle|stove)\b", re.I)
_DANGER = re.compile(
    r"\b(safe\w*|scared|frightened|afraid|burn\w*|scald\w*|fire|"
    r"left the (gas|hob|cooker|oven|stove) on|without the (hob|cooker|gas|oven|stove))\b",
    re.I,
)
#: food given by hand or eaten to a swallowing plan: a person is needed, not a thing
_PERSON_AT_MEALS = re.compile(
    r"\b(chok\w*|swallow\w*|dysphagia|thicken\w*|fed|feed\w*|help(ed)? to eat|"
    r"help (with )?eating|peg|tube|mash\w*|pur[ée]e\w*)\b",
    re.I,
)


def safe_kitchen(need: Need) -> FreeSupport | None:
    """Free minor aids for a need about the danger of cooking, with no hours said."""
    if need.area not in ("meals", "household") or need.hours_per_week:
        return None
    text = need.text
    if not (_COOKER.search(text) and _DANGER.search(text)) or _PERSON_AT_MEALS.search(text):
        return None
    if HANDS_ON_EATING.search(re.sub(r"\bsafe\w*\b", " ", text, flags=re.I)):
        return None
    return FreeSupport(
        kind="equipment",
        description="Safe cooking: a microwave or an air fryer, a kettle tipper, or a gas "
        "valve that turns the gas off by itself. An occupational therapist arranges them. "
        "Minor aids are free, so the budget is not charged.",
        meets=[need.id],
        route="equipment",
    )
