"""Travel to a home far out (issue 16, eleventh session).

Where no care service will come out to the person (planner.changes.no_provider) and the words
say how far it is ("half an hour each way", "eleven miles to the nearest town"), every visit
costs the worker's time on the road there and back, paid at their hourly rate (travel between
visits is working time for the National Minimum Wage), and their mileage, at HMRC's approved
mileage rate. A council that priced the visits at its town rate has not priced this, so it is
costed in the plan, with its sums, and a budget it does not fit is sent back.

    travel_for      the time and miles each visit adds, and the visits a week for each need
                    met at home, counted from the need's words ("every morning" is 7, "once
                    a week" 1, "Monday and Friday" 2); None when the words do not say
    travel_draft    one cost for the travel of every paid worker who visits
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from planner.availability import when
from planner.costing import Costed, cost_line
from planner.drafts import Draft
from planner.models import Need, Profile
from planner.money import gbp, hours_text, penny
from planner.rates import RateCard

__all__ = ["Travel", "travel_draft", "travel_for"]

_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
_NUMBERS = {w: i for i, w in enumerate(_WORDS.split())}
_NUMBERS |= {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_ONE = "|".join(_NUMBERS)
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_NUMBER = rf"(\d{{1,3}}|(?:thirty|forty|fifty)[- ](?:{_UNITS})|{_ONE})"
_EACH_WAY = re.compile(
    rf"\b(half an hour|an hour|(an|one) hour and a half|{_NUMBER} (minutes|mins))"
    # the workers' journey, not how far a hospital is ("forty minutes away" is not it)
    r"( or so)? (each way|there and back)\b",
    re.I,
)
_MILES = re.compile(rf"\b{_NUMBER} miles\b", re.I)
_TIMES_A_WEEK = re.compile(r"\b(once|twice|three times|four times|(\d) times) a week\b", re.I)
_PEOPLE_WHO_VISIT = ("personal_assistant", "agency")


@dataclass(frozen=True)
class Travel:
    """What each visit adds, and the visits a week for each need (by id)."""

    hours_per_visit: Decimal
    miles_per_visit: Decimal
    visits: dict[str, int]
    words: str


def _count(word: str) -> int:
    """A number in figures or words ("11", "eleven", "forty-five")."""
    if word.isdigit():
        return int(word)
    return sum(_NUMBERS[part] for part in re.split(r"[- ]", word.lower()))


def _hours(found: re.Match[str]) -> Decimal:
    said = found.group(1).lower()
    if said == "half an hour":
        return Decimal("0.5")
    if said == "an hour":
        return Decimal(1)
    if "half" in said:
        return Decimal("1.5")
    return Decimal(_count(found.group(3))) / 60


def _hours_words(hours: Decimal) -> str:
    return "1 hour" if hours == 1 else f"{hours_text(hours)} hours"


def visits_a_week(need: Need) -> int:
    """The visits a week the need's words give."""
    words = f"{need.times or ''} {need.text}"
    if found := _TIMES_A_WEEK.search(words):
        said = found.group(1).lower()
        return {"once": 1, "twice": 2, "three times": 3, "four times": 4}.get(
            said, int(found.group(2) or 1)
        )
    parts, days = when(need)
    return max(1, len(parts - {"afternoon"}) if parts else 1) * len(days)


def travel_for(profile: Profile, no_service: bool) -> Travel | None:
    """The travel each visit adds, when no service comes out (`no_service`, from
    planner.changes.no_provider) and the words say how far."""
    if not no_service or not (way := _EACH_WAY.search(profile.typical_week)):
        return None
    miles = _MILES.search(profile.typical_week)
    one_way_miles = Decimal(_count(miles.group(1))) if miles else Decimal(0)
    visits = {n.id: visits_a_week(n) for n in profile.support_needs if n.hours_per_week}
    evidence = way.group(0) + (f", {miles.group(0)}" if miles else "")
    return Travel(_hours(way) * 2, one_way_miles * 2, visits, evidence)


def travel_draft(drafts: list[Draft], travel: Travel | None, rates: RateCard) -> Draft | None:
    """The travel of every paid worker who visits the person's home, costed."""
    if travel is None:
        return None
    lines = []
    for d in drafts:
        if d.kind not in _PEOPLE_WHO_VISIT or d.unit != "hour" or not d.costed.weekly:
            continue
        visits = sum(travel.visits.get(ref, 0) for ref in d.meets)
        if not visits:
            continue
        hours = travel.hours_per_visit * visits
        lines.append(
            cost_line(
                label="time on the road",
                weekly=penny(hours * d.unit_cost),
                note=f"{visits} visits x {_hours_words(travel.hours_per_visit)} there and "
                f"back x {gbp(d.unit_cost)}",
            )
        )
        if travel.miles_per_visit:
            rate = rates["mileage_rate_per_mile"]
            lines.append(
                cost_line(
                    label="mileage",
                    weekly=penny(travel.miles_per_visit * visits * rate),
                    note=f"{visits} visits x {hours_text(travel.miles_per_visit)} miles there "
                    f"and back x {gbp(rate)}",
                )
            )
    if not lines:
        return None
    costed = Costed.of(lines)
    return Draft(
        "secondary",
        "Travel for the workers who come out, on the road there and back, and their mileage.",
        [],
        costed,
        None,
        "week",
        costed.weekly,
        "road",
        "mileage_rate_per_mile",
        "Pay each visit's time and miles",
        f"No care service comes out this far ({travel.words}), so each visit pays the "
        "worker's time on the road and their miles.",
    )
