"""Choking is a swallowing risk, not a fear of falling.

"Risk of choking and falls" asks for two things: an NHS speech and language therapist's
plan for safe eating and drinking, which everyone who gives food follows, and (for the falls)
an alarm. A need about choking alone gets the first; its falls, if any, are read as before.
"""

from __future__ import annotations

import re

from planner.allocated import FreeSupport
from planner.models import Need
from planner.signals import FALL_WORRY

CHOKING = re.compile(r"\b(chok\w*|swallow\w*|dysphagia|aspirat\w*)\b", re.I)
#: food through a tube: a health task, taught and overseen by the NHS, never a meals service
TUBE = re.compile(r"\b(peg|tube|enteral|nasogastric|ng tube)\b", re.I)


def swallowing_plan(need: Need) -> FreeSupport | None:
    """The speech and language therapist's plan, when a health need names choking; the NHS
    team's plan for feeds through a tube (with no hours given: hours given are paid help)."""
    if need.area == "meals" and TUBE.search(need.text) and not need.hours_per_week:
        return FreeSupport(
            kind="mainstream",
            description="Feeds through a tube are a health task. The NHS dietitian and "
            "community nurses set the feeding plan and train whoever gives the feeds.",
            meets=[need.id],
            route="health",
        )
    if need.area != "health" or not CHOKING.search(need.text):
        return None
    return FreeSupport(
        kind="mainstream",
        description="A speech and language therapist (NHS, free) checks swallowing and writes "
        "a plan for safe eating and drinking. Everyone who gives food or drink follows it.",
        meets=[need.id],
        route="health",
    )


def falls_too(need: Need) -> bool:
    """The need's words are about falls as well as (or instead of) choking."""
    return bool(FALL_WORRY.search(CHOKING.sub(" ", need.text)))
