"""When a carer can help, against when a need falls.

A husband who teaches by day cannot give a 9am bath; a wife who works full time cannot give
the morning wash on weekdays; a daughter cannot be counted on for the wash the family asked a
paid worker to do. A broker reads a need's times next to what the family said about work and
availability, and pays for the part that falls when the carer is not there.

Parts of the day: morning, midday, afternoon, evening, night. Days: 0 (Monday) to 6. What is
not said is not guessed: a need with no times, or a carer with no word about work, is left as
it was.
"""

from __future__ import annotations

import re
from decimal import Decimal

from planner.models import Need, Person, Profile
from planner.naming import mentioned_at

DAY = ("morning", "midday", "afternoon")
ALL_PARTS = ("morning", "midday", "afternoon", "evening", "night")
WEEKDAYS = frozenset(range(5))
EVERY_DAY = frozenset(range(7))
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_WORD = r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*"

#: work that fills the day on weekdays, in the family's words
_DAY_JOB = re.compile(
    r"\b((works?|teach(es)?) (full[- ]time|full days|by day|during the day|in the day(time)?|"
    r"days\b|9 to 5|nine to five|office hours|weekdays|monday to friday)|"
    r"full[- ]time (job|work)|is a teacher|at work all day|works? long hours|"
    r"works?\b[^.;]{0,25}\bduring the week|"
    r"out at work (all day|in the day|during the day|till \d)|"
    r"(is|are) at work (all day|in the day|during the day))",
    re.I,
)
#: "works 8am to 4pm", "out at work from 7 till 6", "leaves for work at 7.30, back at 6",
#: "starts work at 7am"
_HOURS = re.compile(
    r"\b(?:works?|at work|(?:leaves?|goes|sets? off) (?:for|to) work at|starts? work at) "
    r"(?:from )?(\d{1,2})(?:[.:](\d\d))? ?(am|pm)?(?:[^.;\d]{0,30}?\b(?:to|till|until|-|back "
    r"(?:at|by|about|around)|gets? (?:back|home|in) (?:at|by|about|around)) (\d{1,2})"
    r"(?:[.:](\d\d))? ?(am|pm)?)?",
    re.I,
)
_NIGHTS = re.compile(r"\bworks? nights|night shifts?\b", re.I)
_ONLY_LATER = re.compile(
    r"\b(only|just) (in the )?(evenings?|weekends?|after work|after \d)|"
    r"\b(can|could) (only )?(help|come|do) (in the )?(evenings?|at weekends?)( only)?\b|"
    r"\bnot (free|around|available|there) (in the |on )?(mornings?|days?|daytime|weekdays)",
    re.I,
)
#: help given only at the weekend, said of the helper: "Nia helps me at weekends" (fifteenth
#: session): they are not the help on weekdays, morning or evening
_WEEKENDS = re.compile(
    r"\b(helps?|comes?|does|is there|takes? over)\b[^.;]{0,30}?\b(at|on|over) (the )?"
    r"(weekends?|saturdays? and sundays?)\b",
    re.I,
)
#: "works Wednesday to Saturday, 10am to 10pm"
_SPAN = re.compile(
    rf"\bworks? {_DAY_WORD}(day)?s? (to|-|till|until) {_DAY_WORD}\b"
    r"(,? (\d{1,2})(am|pm)? (to|-|till|until) (\d{1,2})(am|pm))?",
    re.I,
)
_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n+")


def _hour(number: str, half: str, minutes: str | None = None) -> float:
    value = int(number) % 12 + int(minutes or 0) / 60
    return value + 12 if half.lower() == "pm" else value


def _parts_between(start: float, end: float) -> set[str]:
    spans = {"morning": (6, 11), "midday": (11, 14), "afternoon": (14, 17), "evening": (17, 22)}
    return {p for p, (a, b) in spans.items() if start < b and end > a}


def busy(person: Person, profile: Profile) -> tuple[set[str], frozenset[int]]:
    parts, days, _window = busy_hours(person, profile)
    return parts, days


def busy_hours(
    person: Person, profile: Profile
) -> tuple[set[str], frozenset[int], list[tuple[float, float]]]:
    """When the person is not there to help: parts of the day, and on which days."""
    texts = [person.relationship]
    for text in (profile.typical_week, *profile.current_support):
        for sentence in _SENTENCES.split(text or ""):
            if mentioned_at(person, sentence, profile):
                texts.append(sentence)
    parts: set[str] = set()
    days: frozenset[int] = frozenset()
    window: list[tuple[float, float]] = []  # clock hours, when the words give them
    for text in texts:
        span = _SPAN.search(text)
        if span:
            first = _DAYS.index(span.group(1).lower()[:3])
            last = _DAYS.index(span.group(4).lower()[:3])
            days = days | frozenset(
                range(first, last + 1) if first <= last else [*range(first, 7), *range(last + 1)]
            )
            if span.group(6):
                start = _hour(span.group(6), span.group(7) or "am")
                parts |= _parts_between(start, _hour(span.group(9), span.group(10)))
                window.append((start, _hour(span.group(9), span.group(10))))
            else:
                parts |= set(DAY)
        elif (hours := _HOURS.search(text)) and (hours.group(4) or "at" in hours.group(0)):
            start = _hour(hours.group(1), hours.group(3) or "am", hours.group(2))
            end = (
                _hour(hours.group(4), hours.group(6) or "am", hours.group(5))
                if hours.group(4)
                else 17
            )
            if end <= start:
                end += 12  # "from 7 till 6": six in the evening
            parts |= _parts_between(start, end)
            window.append((start, end))
            days = days | WEEKDAYS
        elif _WEEKENDS.search(text):
            parts |= {*DAY, "evening"}
            days = days | WEEKDAYS
        elif _DAY_JOB.search(text) or _ONLY_LATER.search(text):
            parts |= set(DAY)
            days = days | WEEKDAYS
        if _NIGHTS.search(text):
            parts.add("night")
            days = days | EVERY_DAY
    # a window is exact only when nothing vaguer was said as well
    exact = window if all(_parts_between(a, b) for a, b in window) else []
    return parts, days, exact


def clock_hours(need: Need) -> list[float]:
    """The clock hours a need's times give ("8am", "7.30am to 8.30am"), if any."""
    words = f"{need.times or ''} {need.text}".lower()
    return [
        _hour(m.group(1), m.group(3), m.group(2))
        for m in re.finditer(r"\b(\d{1,2})(?:[.:](\d\d))? ?(am|pm)\b", words)
    ]


def when(need: Need) -> tuple[set[str], frozenset[int]]:
    """When a need falls, from its times (and its words): parts of the day and days."""
    words = f"{need.times or ''} {need.text}".lower()
    parts: set[str] = set()
    for match in re.finditer(r"\b(\d{1,2})(?:[.:](\d\d))? ?(am|pm)\b", words):
        hour = _hour(match.group(1), match.group(3))
        parts |= _parts_between(hour, hour + 1) or {"night"}
    named = {
        "morning": r"mornings?|breakfast|getting up|get up",
        "midday": r"midday|lunch(time)?|noon",
        "afternoon": r"afternoons?",
        "evening": r"evenings?|teatime|tea ?time|bedtime|dinner|supper",
        "night": r"nights?|overnight",
    }
    for part, pattern in named.items():
        if re.search(rf"\b({pattern})\b", words):
            parts.add(part)
    days = frozenset(i for i, d in enumerate(_DAYS) if re.search(rf"\b{d}[a-z]*\b", words))
    if re.search(r"\bweekdays?\b|monday to friday", words):
        days = WEEKDAYS
    if re.search(r"\bweekends?\b", words) and not days:
        days = frozenset({5, 6})
    return parts, days or EVERY_DAY


def share_free(person: Person, need: Need, profile: Profile) -> Decimal:
    """The share of a need that falls when the person is there to help (1: all of it)."""
    need_parts, need_days = when(need)
    if not need_parts:
        return Decimal(1)
    away_parts, away_days, window = busy_hours(person, profile)
    clock = clock_hours(need)
    if window and clock:
        # "leaves for work at 7.30" and a wash at 7am: he is still there
        if not all(any(a <= h < b for a, b in window) for h in clock):
            return Decimal(1)
    elif not need_parts <= away_parts and not (
        # help that begins while the carer is at work ("3pm to 6pm", back at half six) is
        # not theirs on those days, though it runs on past the working day
        clock and _parts_between(min(clock), min(clock) + 1) & away_parts
    ):
        return Decimal(1)
    clash = need_days & away_days
    return Decimal(len(need_days) - len(clash)) / Decimal(len(need_days))


#: the family asked for a paid worker to do it: "we'd like a carer to come in for her wash"
_ASKED = re.compile(
    r"(?<!n't )(?<!not )\b(want|would like|'d like|asked for|asking for|looking for|hoping for|"
    r"hope for)\b[^.]{0,40}\b(an? (paid )?(carer|care worker|woman|man|worker|helper|lady|pa)|"
    r"someone|somebody|an agency|paid help)\b[^.]{0,15}\b(to come in|to help|to do|for|with)\b|"
    # "need" only with paid words: "we need someone to help" may mean the family
    r"\bneeds? (an? )?(paid )?(carer|care worker|agency|paid help|pa)\b[^.]{0,15}\b(to come in|"
    r"to help|to do|for|with)\b",
    re.I,
)
_AREA_WORDS = {
    "personal_care": r"wash\w*|shower\w*|bath\w*|dress\w*|personal care|toilet\w*",
    "meals": r"meals?|cook\w*|lunch|dinner|tea\b",
    "medication": r"tablets|medicines?|medication",
    "household": r"clean\w*|housework|laundry|ironing",
}


def asked_to_be_paid(need: Need, profile: Profile) -> bool:
    """The person or family asked for a paid worker to meet this need, in their own words."""
    words = _AREA_WORDS.get(need.area)
    if not words:
        return False
    texts = [profile.typical_week, *profile.important_to, *(d.text for d in profile.dreams)]
    for text in texts:
        for sentence in _SENTENCES.split(text or ""):
            asked = _ASKED.search(sentence)
            if asked and re.search(rf"\b({words})", sentence[asked.start() :], re.I):
                return True
    return False


#: a count of days or nights in words: "three nights a week", "at least 4 days each week"
_COUNT = re.compile(
    r"\b(one|two|three|four|five|six|seven|[1-7]) (days?|nights?) (a|each|every|per) week\b",
    re.I,
)
_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven")

_DAY_RANGE = re.compile(rf"\b{_DAY_WORD}(?:\s*[-–]\s*|\s+(?:to|until|till)\s+){_DAY_WORD}", re.I)


def days_said(need: Need) -> int | None:
    """How many days (or nights) a week the need's words say, or None if they say none: a
    range counts every day in it ("Sunday to Wednesday nights" is four), and so does a count
    ("three nights a week") when no days are named."""
    words = f"{need.times or ''} {need.text}".lower()
    if match := _DAY_RANGE.search(words):
        start, end = (_DAYS.index(g[:3]) for g in match.groups())
        return (end - start) % 7 + 1
    _parts, days = when(need)
    if days == EVERY_DAY and (count := _COUNT.search(words)):
        number = count.group(1)
        return int(number) if number.isdigit() else _NUMBERS.index(number) + 1
    return None if days == EVERY_DAY else len(days)


def for_their_rest(need: Need, person: Person) -> bool:
    """The need's words say it is there so that this helper can rest, sleep or work ("so
    Linda can sleep"): it is not theirs to give."""
    name = re.escape(person.name.split(" (")[0])
    return bool(
        re.search(
            rf"\bso (that )?{name} (can|could|gets?|has)\b|\bto give {name} a (break|rest)\b",
            f"{need.text} {need.times or ''}",
            re.I,
        )
    )
