"""Hours for personal care that the profile does not give, estimated as a council would.

A panel does not refuse a plan because the family could not say how many hours washing and
dressing take: an assessor counts the visits. When a personal care need gives no hours but says
when ("mornings", "morning and bedtime", "day and night", "all her personal care"), the visits a
day are counted from those words at usual homecare call lengths, for the days said (every day
when none are; "Monday to Thursday" is four), and doubled when two workers are needed ("two
people for the hoist"). The plan then says the hours are an estimate to check at the
assessment. Words with no time of day and no "all" are not guessed: the need stays uncosted and
the plan asks for the hours. A reminder or prompt only ("reminders to shower and shave") is left
to workers who already come (planner.allocation), as before.

Thirteenth session: a meals need that needs a person there (food given, or eaten to a
swallowing plan with someone sitting by) and says which meals ("every meal", "breakfast, lunch
and tea") is counted the same way: half an hour a meal, for the days said.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .allocation import REMINDER
from .answers import HANDS_ON_EATING
from .availability import days_said, when
from .breaks import met_without_hours
from .kitchen import safe_kitchen
from .models import Need, Profile

#: Usual homecare call lengths in hours (a morning wash and dress is the longest call).
_CALL_HOURS = {
    "morning": Decimal("1"),
    "midday": Decimal("0.5"),
    "evening": Decimal("0.5"),
    "bedtime": Decimal("0.5"),
}
_BEDTIME = re.compile(r"\b(bed ?time|(going|get\w*|ready) (to|for) bed|to bed|undress\w*)\b", re.I)
_ALL_DAY = re.compile(
    r"\b(all (of )?(my|his|her|their) (personal )?care|day and night|all day|"
    r"(four|4) (calls|visits) a day|round the clock|24 hours)\b",
    re.I,
)
_HANDS_ON = re.compile(r"\b(help\w*|assist\w*|hoist\w*|wash(es)? (me|him|her|them))\b", re.I)
_TWO_WORKERS = re.compile(
    r"\b(two|2) (people|carers|care workers|workers|staff)\b|\bdouble[- ]up|\bdouble[- ]handed",
    re.I,
)


_EVERY_MEAL = re.compile(
    r"\b(every|each|all (of )?(my|his|her|their)) meals?\b|\bmealtimes\b", re.I
)
_MEALS = re.compile(r"\b(breakfast|lunch\w*|tea ?time|tea|dinner|supper)\b", re.I)
_MEAL_HOURS = Decimal("0.5")


def _meal_hours(need: Need) -> tuple[Decimal, str] | None:
    """Hours a week for meals a person must be there for, counted from the meals said."""
    words = f"{need.times or ''} {need.text}"
    if not HANDS_ON_EATING.search(need.text) or safe_kitchen(need):
        return None  # no one needed at the meal, or a cooker made safe (planner.kitchen)
    if _EVERY_MEAL.search(words):
        meals = 3
    else:
        said = {m.group(0).lower().replace(" ", "") for m in _MEALS.finditer(words)}
        said = {"lunch" if w.startswith("lunch") else w for w in said}
        said = {"tea" if w in ("teatime", "dinner", "supper") else w for w in said}
        meals = len(said)
    if not meals:
        return None
    days = days_said(need) or 7
    how = f"{meals} meal{'s' if meals > 1 else ''} a day, half an hour each, on {days} days a week"
    return _MEAL_HOURS * meals * days, how


def _calls(need: Need) -> list[str]:
    words = f"{need.times or ''} {need.text}"
    if _ALL_DAY.search(words):
        return list(_CALL_HOURS)
    parts, _days = when(need)
    calls: list[str] = [c for c in ("morning", "midday", "evening") if c in parts]
    if _BEDTIME.search(words):
        calls = [c for c in calls if c != "evening"] + ["bedtime"]
    return calls


def estimated_hours(need: Need) -> tuple[Decimal, str] | None:
    """The estimated hours a week for a personal care need with no hours, and how they were
    counted in plain words; None when the words do not say enough to count visits."""
    if need.hours_per_week is not None:
        return None
    if need.area == "meals":
        return _meal_hours(need)
    if need.area != "personal_care":
        return None
    if REMINDER.search(need.text) and not _HANDS_ON.search(need.text):
        return None  # a prompt only: workers already there give it (planner.allocation)
    calls = _calls(need)
    if not calls:
        return None
    days = days_said(need) or 7
    workers = 2 if _TWO_WORKERS.search(f"{need.times or ''} {need.text}") else 1
    daily = sum((_CALL_HOURS[c] for c in calls), Decimal(0))
    hours = daily * days * workers
    visits = f"{len(calls)} visit{'s' if len(calls) > 1 else ''} a day"
    each = "1 hour" if daily == 1 else f"{_number(daily)} hours"
    how = f"{visits}, {each} a day, on {days} days a week"
    if workers == 2:
        how += ", with two workers"
    return hours, how


def with_estimates(profile: Profile) -> tuple[Profile, dict[str, str]]:
    """The profile with estimated hours on personal care needs that gave none, and for each
    estimated need id how it was counted."""
    notes: dict[str, str] = {}
    needs = []
    for need in profile.support_needs:
        # a prompt the workers already there give needs no hours of its own (planner.breaks)
        found = None if met_without_hours(need, profile) else estimated_hours(need)
        if found is None:
            needs.append(need)
            continue
        hours, how = found
        notes[need.id] = how
        needs.append(need.model_copy(update={"hours_per_week": float(hours)}))
    if not notes:
        return profile, notes
    return profile.model_copy(update={"support_needs": needs}), notes


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}"
