"""Hours shared with others, and hours needed only some weeks, read from the need's words.

    a need ─► shared_by: "shared between the three of us", "one worker for the 2 of us",
              "shared with my housemates", "a PA for me, Tom and Aisha": people who pool
              their budgets for one worker or one sleep-in each pay their share, so the
              cost is split between them; night staff "on site" or "in the building" of a
              small block or scheme of flats ("a block of three flats") is shared by its
              tenants (fourteenth session)
           ─► occasional_weeks: help needed only after a crisis, a flare or a hospital stay
              ("for about 3 weeks after each flare, about 4 times a year"): the hours are
              costed as a weekly average over the year, kept to use when they are needed

Both say so in plain words in the support's reason (`why`), so nobody reads a share or an
average as the whole.
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, Decimal

from planner.models import Need, Profile
from planner.money import count_of, hours_count
from planner.rates import RateCard

__all__ = ["occasional_hours", "share_words", "shared_by"]

_N = r"(\d|two|three|four|five|six)"
#: "shared between the three of us", "one worker for the 3 of us", "for both of us", "one
#: worker between us"
_OF_US = re.compile(
    rf"\b(?:shar(?:e|ed|ing)\b[^.]{{0,40}}?|(?:one|a|the same) [a-z-]+(?: [a-z-]+)? for )"
    rf"(?:(?:the|all) )?{_N} of us\b|\bfor both of us\b|\bshared between (?:us|both of us)\b|"
    # "going with Aaron and one worker between us": two share the worker
    r"\b(?:one|a|the same) [a-z-]+(?: [a-z-]+)? between (?:us|us both|the two of us)\b",
    re.I,
)
#: "shared with my housemates", "shared with the others in the house"
_WITH_HOUSEMATES = re.compile(
    r"\bshar(?:e|ed|ing) (?:it |them )?(?:with|between) (?:my |our |the )?"
    r"(?:house|flat)mates?\b",
    re.I,
)
_HOUSEMATE = re.compile(r"\b(house|flat)\s?mates?\b|\bfellow tenants?\b", re.I)
#: "split three ways", "split 3 ways"
_WAYS = re.compile(rf"\bsplit {_N} ways\b", re.I)
#: pooled support said about the house rather than the person: "a shared sleep-in", "shared
#: staff", "the house's sleep-in", "core hours for the house", "between the tenants"
_POOLED = re.compile(
    r"\bshared (?:sleep[ -]?ins?|nights?|night staff|staff|support|hours|core hours|worker)\b|"
    r"\b(?:the|our) (?:house|flat|home)(?:'s)? (?:sleep[ -]?in|night staff|core hours|staff)\b|"
    r"\b(?:sleep[ -]?in|night staff|staff|hours|worker|support)\b[^.]{0,30}\b(?:for|across|between)"
    r" (?:the|all the|everyone in the|us in the)"
    r" (?:house|flat|tenants|residents|people who live)\b|"
    r"\bcore hours\b",
    re.I,
)
#: how many live there: "with two housemates", "with 3 other tenants", "one of four tenants"
_LIVE_WITH = re.compile(
    rf"\bwith {_N} (?:other )?(?:house|flat)\s?mates\b|\bwith {_N} (?:other )?"
    rf"(?:tenants|people|residents|lads|girls|men|women)\b(?=[^.]{{0,40}}\b(?:house|flat|home|"
    rf"supported living|live))|\bone of {_N} (?:tenants|people|residents)\b",
    re.I,
)
#: "shared with Tom and Aisha", "shared with my housemates Lee, Jo and Sam": the names counted
_WITH_NAMES = re.compile(
    r"\bshar(?:e|ed|ing)\b[^.()]{0,20}?\b(?:with|between)\s+(?:(?:my|our|the)\s+)?"
    r"(?:(?:house|flat)\s?mates?\s+)?"
    r"((?:[A-Z][a-z]+(?:\s*,\s*|\s+and\s+|\s*&\s*))*[A-Z][a-z]+)"
)
#: "a PA for me, Tom and Aisha together", "a worker for me and Sam": the names counted
_FOR_ME_AND = re.compile(
    r"\b(?i:pa|worker|support worker|personal assistant|helper)\b[^.]{0,30}?\bfor me"
    r"(?:,\s*|\s+and\s+)((?:[A-Z][a-z]+(?:\s*,\s*|\s+and\s+))*[A-Z][a-z]+)\b"
)
#: "nights out with Kim and Lou, sharing a PA": the names first, then the sharing (sixteenth
#: session)
_NAMES_SHARING = re.compile(
    r"\bwith ((?:[A-Z][a-z]+(?:\s*,\s*|\s+and\s+|\s*&\s*))*[A-Z][a-z]+),?\s+(?:and\s+)?"
    r"shar(?:e|ed|ing)\s+(?:a |the |our |two |their )?(?i:pas?|personal assistants?|"
    r"(?:support )?workers?|staff)\b"
)
_MAX_SHARE = 6


def shared_by(need: Need, profile: Profile) -> int:
    """How many people share the cost of this need's worker or nights (1: not shared)."""
    text = f"{need.text} {need.times or ''}"
    found = _OF_US.search(text)
    if found:
        number = next((g for g in found.groups() if g), None)
        if number is None:
            return 2  # "for both of us", "shared between us"
        return max(1, min(_MAX_SHARE, count_of(number)))
    if named := (
        _WITH_NAMES.search(text) or _FOR_ME_AND.search(text) or _NAMES_SHARING.search(text)
    ):
        others = [w for w in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", named.group(1)) if w]
        if others and not any(w.lower() in {"me", "my", "mum", "dad"} for w in others):
            return max(1, min(_MAX_SHARE, len(others) + 1))
    if ways := _WAYS.search(text):
        return max(1, min(_MAX_SHARE, count_of(ways.group(1))))
    if _WITH_HOUSEMATES.search(text) or _POOLED.search(text):
        return _household(profile)
    if need.area == "night_support" and _ON_SITE.search(text):
        # night staff for a small block or scheme of flats, shared by its tenants
        flats = _FLATS.search(profile.typical_week)
        return max(1, min(_MAX_SHARE, count_of(flats.group(1)))) if flats else 1
    return 1


#: someone at night in the building, not in the person's own flat (fourteenth session)
_ON_SITE = re.compile(r"\b(in the (building|block|scheme)|on site|on-site)\b", re.I)
#: "a small block of three flats", "a scheme of four flats", "three flats with staff"
_FLATS = re.compile(
    rf"\b(?:(?:block|scheme|building|house) of )?{_N} (?:self-contained )?(?:flats|apartments|"
    rf"bedsits|studios)\b",
    re.I,
)


def _household(profile: Profile) -> int:
    """How many share the house's support: from the words ("with two housemates"), else the
    housemates among the people; 1 (not split) when nothing says how many."""
    for words in (profile.typical_week, *(n.text for n in profile.support_needs)):
        if found := _LIVE_WITH.search(words or ""):
            number = next(g for g in found.groups() if g)
            together = count_of(number) + (0 if found.group(0).lower().startswith("one of") else 1)
            return max(1, min(_MAX_SHARE, together))
    mates = sum(1 for p in profile.people if _HOUSEMATE.search(p.relationship))
    return max(1, min(_MAX_SHARE, mates + 1)) if mates else 1


def share_words(people: int) -> str:
    """ "a half", "a third", "a quarter", "a fifth", "a sixth"."""
    return {2: "a half", 3: "a third", 4: "a quarter", 5: "a fifth", 6: "a sixth"}[people]


#: Help only after something happens, or a few times a year.
_OCCASIONAL = re.compile(
    r"\b(after (a|an|each|every|the) (crisis|crises|flare(-| )?ups?|flares?|relapses?|"
    r"hospital stays?|stays? in hospital|spells? in hospital|admissions?|operations?)|"
    r"during (a |each |any )?(flare(-| )?ups?|flares?|crisis|crises|relapses?)|"
    r"when (i'?m|i am|she is|he is|she'?s|he'?s) (getting |becoming |feeling )?"
    r"(unwell|not well|poorly|flaring|in a flare)|"
    r"(\d+|one|two|three|four|five|six)( or (\d+|two|three|four|five|six))? times a year|"
    r"twice a year)\b",
    re.I,
)
#: Words that say the help is needed every week after all ("every day when I'm unwell" is
#: every day of those weeks, not every week).
_EVERY_WEEK = re.compile(
    r"\b(weekly|every (week|day|morning|evening|night)|daily)\b"
    r"(?! (when|while|during|after|for (a|the) (few )?weeks?))",
    re.I,
)
_TIMES_A_YEAR = re.compile(
    r"\b(\d+|one|two|three|four|five|six)( or (\d+|two|three|four|five|six))? times a year\b",
    re.I,
)
_WEEKS = re.compile(
    r"\b(a|one|\d+|two|three|four|five|six)( or (\d+|two|three|four|five|six))? "
    r"(weeks?|fortnights?)\b",
    re.I,
)
_TWICE = re.compile(r"\btwice a year\b", re.I)
_A_FEW_WEEKS = re.compile(r"\b(a few|several) weeks\b", re.I)  # about three
_WEEKS_OR = re.compile(r"\bweeks? or (\d+|two|three|four|five|six)\b", re.I)  # "a week or two"


def occasional_hours(need: Need, hours: Decimal, rates: RateCard) -> tuple[Decimal, str] | None:
    """The weekly average for help needed only some weeks of the year, with the plain words
    that say so; None when the help is needed every week."""
    text = f"{need.text} {need.times or ''}"
    if hours <= 0 or not _OCCASIONAL.search(text) or _EVERY_WEEK.search(text):
        return None
    weeks = rates["occasional_weeks_a_year"]
    times = _TIMES_A_YEAR.search(text)
    twice = _TWICE.search(text)
    length = _WEEKS.search(text)
    if times or twice:
        per_year = count_of(times.group(3) or times.group(1)) if times else 2
        per_time = Decimal(1)
        if length:
            per_time = Decimal(count_of(length.group(3) or length.group(1)))
            if length.group(4).lower().startswith("fortnight"):
                per_time *= 2
            if more := _WEEKS_OR.search(text):
                per_time = max(per_time, Decimal(count_of(more.group(1))))
        elif _A_FEW_WEEKS.search(text):
            per_time = Decimal(3)
        weeks = min(Decimal(52), per_time * per_year)
    quarter = Decimal("0.25")
    average = (hours * weeks / 52 / quarter).to_integral_value(rounding=ROUND_CEILING) * quarter
    average = min(hours, max(quarter, average))
    why = (
        f"This help is needed only some weeks, about {weeks.normalize():f} weeks a year, so it "
        f"is costed as {hours_count(average)} a week on average. The money is kept to "
        f"use in the weeks it is needed ({hours_count(hours)} a week then)."
    )
    return average, why
