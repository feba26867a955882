"""Ordinary answers and night support, read from the person's own words.

    a need ─► an ordinary answer when it costs less and honours what was asked:
              jobs at home -> a cleaner; meals -> a meals service (not when the person wants
              to cook); medicine reminders -> a pill dispenser (not for hands-on help)
           ─► night support as it is bought: a waking night (hours), night visits with
              telecare, telecare alone, or a sleep-in (paid by the night)
           ─► a carer's break: the lowest-priced kind no bottom line rules out
              (Shared Lives, a care home stay, replacement care at home)

Words that ask for the person to do it themselves ("learn", "with me") keep paid help.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from planner.availability import days_said
from planner.bottom_lines import Rules
from planner.models import Need, Profile
from planner.money import count_of
from planner.rates import RateCard
from planner.vocabulary import mentions

__all__ = [
    "LOST",
    "Demand",
    "is_yearly_break",
    "night_demands",
    "ordinary_answer",
    "short_break_demand",
]

# What the person's words ask for, which an ordinary answer must not override.
_DO_IT_MYSELF = ("learn", "with me", "together", "myself", "teach", "show me", "skills")
_COOKING = ("cook", "cooking", "prepare", "make my", "make meals", "make food", "bake")
#: "won't cook now", "can't cook any more", "Dad used to do all the cooking": no wish to cook,
#: so a meals service can do.
_NOT_COOKING = re.compile(
    r"\b(won'?t|will not|can'?t|cannot|can not|does ?n[o']t|doesn'?t|do ?n[o']t|don'?t|"
    r"no longer|never|unable to|not able to|stopped|gave up|given up|used to)\s+"
    r"(\w+\s+){0,3}?(cook|cooking|prepare|make|bake)\w*",
    re.I,
)
#: A break taken once or a few times a year (a week away), not hours every week.
_YEARLY = re.compile(r"\b((a|per|each|every|once a) year|yearly|annual\w*)\b", re.I)
_BREAK_WEEKS = re.compile(r"\b(\d+|a|an|one|two|three|four)\s+(weeks?|fortnights?)\b", re.I)
_AWAY = re.compile(r"\b(away|holidays?|fortnights?|weeks? off|respite|time off)\b", re.I)
#: The person stays at home while the carer is away: replacement care at home.
_AT_HOME = re.compile(
    r"\b(at home|in (my|our|his|her|the) (home|house|flat)|stays? with (me|him|her)|"
    r"live.?in|replacement care|sitter|sitting service)\b",
    re.I,
)
_DAY_HOURS = 24
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_HANDS_ON_MEDICINE = (
    "give",
    "gives",
    "cream",
    "creams",
    "drops",
    "inject",
    "injection",
    "insulin",
    "patch",
    "apply",
    "administer",
)
_REMINDER = ("remind", "reminder", "reminders", "forget", "forgets", "prompt", "prompts")
_WAKING = re.compile(
    r"\b(awake|waking|wakes? (up )?(often|a lot|many times)|every (two|2|three|3) hours)\b",
    re.I,
)
#: Turning in the night: a waking night, unless the words ask for someone to sleep over.
_TURNS = re.compile(r"\b(turn(ing|ed)? (me|him|her)|reposition\w*)\b", re.I)
_VISITS = re.compile(r"\b(check\w*|visits?|pop in|once in the night|toilet)\b", re.I)
#: Eating or drinking that needs someone there: fed, given, a swallowing plan, choking.
HANDS_ON_EATING = re.compile(
    r"\b(chok\w*|swallow\w*|dysphagia|thicken\w*|safely|speech (and language )?therap\w*|"
    r"fed|feed\w*|given|help(ed)? to eat|help (with )?eating|peg|tube)\b",
    re.I,
)
_ALARM_ONLY = re.compile(r"\b(alarm|in case|if I fall|falls?|call for help|pendant)\b", re.I)
#: Someone asked for in person ("someone to monitor my breathing"): not a thing alone.
_SOMEONE_THERE = re.compile(
    r"\b(someone|somebody|a person|a carer|a worker|staff|sleep(ing|s)?[ -]in)\b", re.I
)
#: Words that ask to *know* or be told when something happens at night (a thing that alerts
#: someone, a sensor, a monitor), not for someone to be there: telecare with a responder.
_ALERT = re.compile(
    r"\b(alerts?|alerting|sensors?|monitors?|detectors?|knowing (if|when)|"
    r"(know|tell|tells|wake|wakes) (me|us|him|her|them|\w+) (if|when)|"
    r"(something|a device|a gadget|a mat|a pad) (that|which|to))\b",
    re.I,
)
#: Someone asked for only to *know* when something happens ("someone to know if I have a
#: seizure"): a sensor and a responder who comes, not a person in the house (thirteenth session).
_KNOW_IF = re.compile(r"\b(someone|somebody) to (know|notice|be told|find out) (if|when)\b", re.I)
#: Someone to phone in the night: a community alarm with a 24-hour call centre, not a sleep-in.
_CALL_LINE = re.compile(
    r"\b(someone|somebody|a person|a number|a line)( (i|he|she|they|we) (can|could)| to)?"
    r" (phone|ring|call|talk to)\b",
    re.I,
)
#: Someone sleeping in, said in so many words: a sleep-in, whatever else the words mention.
_SLEEP_IN = re.compile(r"\b(sleep(ing|s)?[ -]in|sleep(ing|s)? over|stay(ing|s)? over)\b", re.I)
#: Someone asked for in the home through the night, in so many words: a person, not a sensor.
_STAYS = re.compile(
    r"\b(someone|somebody|a carer|an adult)( awake| up)? (in the house|in the home|there|here|"
    r"with (her|him|them|me)|to stay)\b",
    re.I,
)
_PRESENCE = re.compile(r"\b(someone (there|here|in the house)|stay\w*|sleep\w*)\b", re.I)
#: Going out or trying the door at night (dementia): a door sensor with a responder.
_DOOR = re.compile(
    r"\b((tries|trying|try|opens?|opening) the (front |back )?door|wander\w*|"
    r"(goes|going|walks?|walking|gets?) out (of the house )?(at|in the) night|"
    r"(tries|trying|try|wants?) to (go|get) out|"
    r"leaves? the house (at|in the) night)\b",
    re.I,
)
#: Help needed at night only now and then, not every night: an alarm with a responder.
_NOW_AND_THEN = re.compile(
    r"\b(sometimes|occasionally|now and (then|again)|once in a while|the odd night|"
    r"some nights|from time to time|rarely)\b",
    re.I,
)
_EVERY_NIGHT = re.compile(r"\b(every|each|most) night\b|\bnightly\b", re.I)
LOST = re.compile(r"\b(lost|wander\w*|get confused out)\b", re.I)


@dataclass
class Demand:
    """Something to pay for, for one need or dream.

    kind: personal_assistant, agency, day_service, short_break, equipment, sleep_in,
    telecare, cleaner, meals_service, pill_dispenser, gps_tracker, micro_provider.
    """

    ref: str
    kind: str
    what: str  # plain words: "personal care", "a supported holiday"
    hours: Decimal = Decimal(0)
    weeks: Decimal = Decimal(0)
    items: int = 0
    nights: int = 0
    is_dream: bool = False
    mode: str = ""  # for sleep-in: personal_assistant or agency
    break_kind: str = ""  # for short breaks: at_home, shared_lives, residential, holiday
    why: str = ""
    #: said after the reason: a share of a worker or nights, or an average (planner.sharing)
    note: str = ""
    #: people who share this worker's or these nights' cost (1: not shared)
    shared_by: int = 1
    #: the planner chose the amount (the person did not say), so it may be less when short
    flexible: bool = False


def _night_telecare(need: Need, why: str) -> Demand:
    """An alarm at night instead of someone there, with the reason in plain words."""
    return Demand(need.id, "telecare", "telecare at night", items=1, why=why)


def night_demands(need: Need, hours: Decimal | None, mode: str, rates: RateCard) -> list[Demand]:
    """Night support as it is bought, read from the person's words."""
    text = f"{need.text} {need.times or ''}"
    night_len = rates["night_hours"]
    nights = days_said(need) or 7  # "Sunday to Wednesday nights" is four
    if hours:
        nights = min(7, math.ceil(hours / night_len))
    if _CALL_LINE.search(text) and not _SLEEP_IN.search(text) and not hours:
        return [
            _night_telecare(
                need,
                "A community alarm puts the person through to someone, day or night, at "
                "the press of a button. No one has to stay.",
            )
        ]
    if _DOOR.search(text) and not _SLEEP_IN.search(text) and not _STAYS.search(text) and not hours:
        return [
            _night_telecare(
                need,
                "A door sensor calls a responder at once if the door opens in the night, "
                "so no one has to stay.",
            )
        ]
    alert = _ALERT.search(text) and not _SOMEONE_THERE.search(text)
    knowing = _KNOW_IF.search(text) and not (_SLEEP_IN.search(text) or _STAYS.search(text))
    if (alert or knowing) and not hours:
        return [
            _night_telecare(
                need,
                "A sensor or alarm tells someone at once when help is needed, so no one has "
                "to stay the night.",
            )
        ]
    if (
        _NOW_AND_THEN.search(text)
        and not _EVERY_NIGHT.search(text)
        and not _SLEEP_IN.search(text)
        and not hours
    ):
        return [
            _night_telecare(
                need,
                "Help is needed only now and then at night: an alarm puts the person through "
                "to a responder who comes out, so no one has to stay every night.",
            )
        ]
    if _WAKING.search(text) or (_TURNS.search(text) and not _SLEEP_IN.search(text)):
        # someone awake, in so many words: a waking night, the whole night on the nights said
        return [
            Demand(
                need.id,
                mode,
                "a waking night",
                hours=hours or nights * night_len,
                why="Someone needs to be awake at night, so the hours are paid in full.",
            )
        ]
    if (hours and hours > 7) or _SLEEP_IN.search(text) or _STAYS.search(text):
        pass  # many hours, a sleep-in by name, or someone in the house all night: a sleep-in
    elif _VISITS.search(text):
        visits = Decimal(2) if re.search(r"\b(twice|two)\b", text, re.I) else Decimal(1)
        visit_hours = hours or visits * nights * rates["night_visit_hours"]
        return [
            Demand(
                need.id,
                mode,
                "night visits",
                hours=visit_hours,
                why="A short visit in the night is enough. It costs far less than a whole night.",
            ),
            Demand(need.id, "telecare", "telecare at night", items=1),
        ]
    elif _ALARM_ONLY.search(text) and not _PRESENCE.search(text):
        return [
            _night_telecare(
                need, "An alarm and sensors call help when it is needed, so no one has to stay."
            )
        ]
    return [
        Demand(
            need.id,
            "sleep_in",
            "sleep-in nights",
            nights=nights,
            mode=mode,
            why="Someone sleeps in and gets up when needed. A sleep-in is paid by the night, "
            "not by the hour.",
        )
    ]


#: How many days a week a meal is asked for: "five days", "weekdays", "Monday to Friday".
_DAYS = re.compile(
    r"\b(?:(one|two|three|four|five|six|[1-6]) days|(weekdays|monday to friday))\b", re.I
)


def meal_days(words: str) -> int:
    """Meals a week: the days the words give, or every day."""
    found = _DAYS.search(words)
    if not found:
        return 7
    return 5 if found.group(2) else count_of(found.group(1))


def ordinary_answer(
    need: Need, paid_hours: Decimal, rates: RateCard, keep_calls: bool = False
) -> Demand | None:
    """An ordinary answer for this need when it is cheaper and honours what was asked; none
    for meals or medicines when a bottom line keeps the workers who come now (`keep_calls`)."""
    text = need.text
    if mentions(text, _DO_IT_MYSELF) or (keep_calls and need.area in ("meals", "medication")):
        return None
    # a cleaner does not cook: "help to cook and clean" keeps paid help
    if need.area == "household" and paid_hours > 0 and not mentions(text, _COOKING):
        return Demand(
            need.id,
            "cleaner",
            "a cleaner",
            hours=paid_hours,
            why="A cleaner does the housework for less than a care worker.",
        )
    wants_to_cook = mentions(_NOT_COOKING.sub(" ", text), _COOKING)
    # food given by hand, or eaten safely with a swallowing plan, needs a person there
    if need.area == "meals" and not wants_to_cook and not HANDS_ON_EATING.search(text):
        meals = Decimal(7)
        # priced per meal, so no hours are needed to cost it
        if not paid_hours or (
            paid_hours <= meals
            and meals * rates["meals_service_meal"] < paid_hours * rates["pa_hourly_rate"]
        ):
            return Demand(
                need.id,
                "meals_service",
                "a meals service",
                items=meal_days(f"{text} {need.times or ''}"),  # priced for the days asked
                why="A hot meal brought to the door each day costs less than paid hours.",
            )
    remind = need.area == "medication" and mentions(text, _REMINDER)
    if remind and not mentions(text, _HANDS_ON_MEDICINE):
        return Demand(
            need.id,
            "pill_dispenser",
            "a pill dispenser",
            items=1,
            why="The pharmacy fills it. It beeps when a dose is due. It costs less than visits.",
        )
    return None


def is_yearly_break(need: Need) -> bool:
    """A carer's break taken as a block once or a few times a year ("a week away each
    year"), costed as weeks a year, never as hours every week. A break away given as a
    day's hours or more a week ("a week away", 168 hours) is read the same way."""
    if need.area != "carer_break":
        return False
    text = f"{need.text} {need.times or ''}"
    block = _BREAK_WEEKS.search(text) or _AWAY.search(text)
    yearly = _YEARLY.search(text) and block  # not "caring for a year"
    away = _AWAY.search(text) and (need.hours_per_week or 0) >= _DAY_HOURS
    return bool(yearly or away)


def _break_weeks(need: Need, rates: RateCard) -> Decimal:
    found = _BREAK_WEEKS.search(f"{need.text} {need.times or ''}")
    if not found:
        return rates["short_break_weeks_per_year"]
    number, unit = found.group(1).lower(), found.group(2).lower()
    count = Decimal(int(number) if number.isdigit() else _COUNT[number])
    return count * (2 if unit.startswith("fortnight") else 1)


#: nights away said as a rate: "two nights away a month", "a weekend away every month",
#: "one night a fortnight"
_NIGHTS_EVERY = re.compile(
    r"\b(\d+|a|an|one|two|three|four) (overnight|night|weekend)s?\b[^.,;]{0,25}?"
    r"\b(a|each|every|per) (week|fortnight|month|year)\b",
    re.I,
)
_PER_YEAR = {"week": 52, "fortnight": 26, "month": 12, "year": 1}


def stated_nights(need: Need) -> Decimal | None:
    """Weeks a year of short breaks, from nights said as a rate, to the half week up."""
    found = _NIGHTS_EVERY.search(f"{need.text} {need.times or ''}")
    if not found:
        return None
    number = found.group(1).lower()
    count = int(number) if number.isdigit() else _COUNT[number]
    nights = count * (2 if found.group(2).lower() == "weekend" else 1)
    weeks = Decimal(nights * _PER_YEAR[found.group(4).lower()]) / 7
    return max((weeks * 2).to_integral_value(rounding="ROUND_CEILING") / 2, Decimal("0.5"))


def short_break_demand(need: Need, profile: Profile, rules: Rules, rates: RateCard) -> Demand:
    """The cheapest kind of short break that no bottom line rules out and the words allow."""
    text = need.text.lower()
    kinds = [
        ("shared_lives", "short_break_shared_lives_weekly"),
        ("residential", "short_break_weekly_rate"),
        ("at_home", "short_break_at_home_weekly"),
    ]
    allowed = []
    for kind, key in kinds:
        if kind == "residential" and rules.restrictions.no_residential:
            continue
        if kind != "at_home" and (rules.stay_home or _AT_HOME.search(text)):
            continue
        allowed.append((rates[key], kind))
    _price, kind = min(allowed)
    stated = stated_nights(need)
    words = {
        "shared_lives": "a Shared Lives short break",
        "residential": "a short stay in a care home",
        "at_home": "replacement care at home",
    }
    return Demand(
        need.id,
        "short_break",
        words[kind],
        weeks=_break_weeks(need, rates)
        if is_yearly_break(need)
        else stated or rates["short_break_weeks_per_year"],
        break_kind=kind,
        flexible=not is_yearly_break(need) and not stated,
        why=f"The lowest-priced kind of break that fits the bottom lines ({words[kind]}).",
    )
