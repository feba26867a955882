"""Help at night that a sensor the person has now already calls (fifteenth session).

"Getting help if I have a seizure in the night", with no hours said, from someone whose
current support already lists a sensor or an alarm linked to a monitoring centre ("a bed
sensor linked to a monitoring centre", "a seizure mat that rings my sister"): the sensor and
its responder meet the need. It is kept and costed as telecare, not replaced by someone who
sleeps in. Someone asked to stay, sleep over, be awake or turn the person is still a person
at night (planner.answers.night_demands).

Sixteenth session (`nhs_nights`): a night need whose own words say the NHS pays for it
("waking nights with the ventilator, paid by the NHS", "through my personal health budget")
is the NHS's, not the care budget's: it is kept apart and not costed, even when a parent who
did the other nights is stepping back (the NHS team reviews the nights).
"""

from __future__ import annotations

import re
from decimal import Decimal

from planner.allocated import FreeSupport
from planner.answers import Demand, night_demands
from planner.models import Need, Profile
from planner.rates import RateCard

__all__ = ["monitored_now", "nhs_nights", "night_help"]

#: the NHS pays, in the need's own words
_NHS_PAYS = re.compile(r"\b(nhs|personal health budget|continuing health ?care)\b", re.I)


def nhs_nights(need: Need) -> FreeSupport | None:
    """Nights the NHS pays for, in the need's own words (None otherwise)."""
    if need.area != "night_support" or not _NHS_PAYS.search(f"{need.text} {need.times or ''}"):
        return None
    return FreeSupport(
        kind="mainstream",
        description="The NHS pays for these nights (a personal health budget or NHS Continuing "
        "Healthcare), not the care budget. The two are kept apart. Ask the NHS team to review "
        "the nights if anything changes.",
        meets=[need.id],
        route="health",
    )


#: a sensor or alarm the person has now ...
_SENSOR = re.compile(
    r"\b(sensors?|mats?|monitors?|alarms?|pendants?|detectors?|telecare|lifeline)\b", re.I
)
#: ... that calls someone: a monitoring centre, a call centre, a responder, a named person
_CALLS = re.compile(
    r"\b(monitoring (centre|center|service)|call (centre|center)|control (centre|room)|"
    r"responders?|linked|alerts?|rings?|calls?|goes off)\b",
    re.I,
)
#: someone to be in the house: to stay, sleep over, be awake, turn or settle the person
_PERSON_THERE = re.compile(
    r"\b(stay\w*|sleep\w* (in|over)|sleep-in|overnight carer|awake|waking|turn\w*|"
    r"settle\w*|in the house|with me all night|every two hours|toilet)\b",
    re.I,
)


def monitored_now(need: Need, profile: Profile) -> str:
    """The current support line of a sensor that already calls for help ("" if none)."""
    if need.area != "night_support" or need.hours_per_week:
        return ""
    if _PERSON_THERE.search(f"{need.text} {need.times or ''}"):
        return ""
    for line in profile.current_support:
        if _SENSOR.search(line) and _CALLS.search(line):
            return line
    return ""


def night_help(
    need: Need, profile: Profile, hours: Decimal | None, mode: str, rates: RateCard
) -> list[Demand]:
    """Night support as it is bought: the sensor the person has now when it meets the need,
    otherwise as the words ask (planner.answers.night_demands)."""
    if monitored_now(need, profile):
        return [
            Demand(
                need.id,
                "telecare",
                "telecare at night",
                items=1,
                why="The sensor the person has now calls for help at once, so it is kept. "
                "No one has to stay the night.",
            )
        ]
    return night_demands(need, hours, mode, rates)
