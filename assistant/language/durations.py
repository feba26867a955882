"""Lengths of help and how often, found in text for hours.py: durations ("2 hours", "9 to 5",
"half an hour"), frequencies ("every morning", "mondays and thursdays", "weekdays") and how
many days a week a set of frequencies comes to. The conventions are in hours.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUM = r"\d+(?:\.\d+)?"
_PER = r"(?:a|per|each|every|/|p|in\s+a)"
DAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
_DAY_ALIASES = {
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "weds": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "sat": "saturday",
    "sun": "sunday",
}
_DAY_WORD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|weds|thurs)"
_DAY_SHORT = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)"

_DURATION = re.compile(
    rf"(?<![\d.:/£$])(?P<a>{_NUM})(?:\s*(?:-|to|or)\s*(?P<b>{_NUM}))?\s*"
    rf"(?:(?P<h>hours?|hrs?|h)\b(?:\s*(?:and\s*)?(?P<hm>\d+)\s*(?:minutes?|mins?)\b)?"
    rf"|(?P<m>minutes?|mins?)\b)"
    rf"(?P<per>\s*{_PER}\s*(?P<unit>day|d|week|wk|w|fortnight|month|mth|night|morning|"
    rf"evening|visit|session|shift|time|call)\b"
    rf"|\s*(?P<unit2>daily|weekly|pw|pd|nightly|monthly|fortnightly)\b)?"
)
_CLOCK = re.compile(
    r"(?P<pre>\b(?:from|between)\s+)?(?<![\d.£$])(?P<s>\d{1,2})(?:[:.](?P<sm>\d{2}))?\s*"
    r"(?P<sap>am|pm|a\.m\.|p\.m\.)?\s*(?P<sep>-|to|till|til|until|and)\s*"
    r"(?P<e>\d{1,2})(?:[:.](?P<em>\d{2}))?\s*(?P<eap>am|pm|a\.m\.|p\.m\.)?"
    r"(?!\s*(?:hours?|hrs?|h\b|minutes?|mins?|times?|x\b|days?|weeks?|nights?|%|\d|/|years?|"
    r"yrs?|months?|people|of\b|(?:a|per)\s+(?:week|day|month|fortnight|year)))"
)
_FREQ = re.compile(
    "|".join(
        [
            r"(?P<always>\b24\s*/\s*7\b|\b24\s*-\s*7\b|\b24\s*7\b|\b24\s*(?:hours?|hrs?)\s*"
            r"(?:a|per|each|every)\s*day\b|\b(?:a)?round\s+the\s+clock\b|\ball\s+day\s+(?:and|&)"
            r"\s+(?:all\s+)?night\b|\bday\s+(?:and|&)\s+night\b|\bnight\s+(?:and|&)\s+day\b|"
            r"\bconstant(?:ly)?\s+(?:care|support|supervision)\b)",
            rf"(?P<perday>\b(?P<pdn>{_NUM})\s*(?:times|x)\s*{_PER}\s*day\b|\b(?:once|twice|thrice)"
            rf"\s+{_PER}\s+day\b|\b(?:once|twice)\s+daily\b|\b(?P<pdn2>{_NUM})\s*x\s*daily\b)",
            rf"(?P<perweek>\b(?P<pwn>{_NUM})\s*(?:times|x|days?|mornings?|afternoons?|evenings?"
            rf"|nights?|visits?|sessions?|shifts?|calls?|occasions?|lunch\s*times?)\s*{_PER}\s*"
            rf"(?:week|wk|w)\b|\b(?P<pww>once|twice|thrice)\s+{_PER}\s+(?:week|wk)\b|\bweekly\b"
            rf"|\bevery\s+week\b)",
            rf"(?P<perfortnight>\b(?P<pfn>{_NUM})\s*(?:times|x|days?|visits?)\s*{_PER}\s*"
            rf"fortnight\b|\b(?:once\s+)?(?:a|every|per)\s+fortnight\b|\bfortnightly\b|"
            rf"\bevery\s+(?:2|other|second)\s+weeks?\b|\btwice\s+a\s+month\b)",
            rf"(?P<permonth>\b(?P<pmn>{_NUM})\s*(?:times|x|days?|visits?)\s*{_PER}\s*month\b|"
            rf"\bonce\s+a\s+month\b|\bmonthly\b|\bevery\s+month\b)",
            r"(?P<weekdays>\b(?:(?:on|during)\s+(?:the\s+)?)?(?:week\s*days|weekdays?|"
            r"monday\s*(?:-|to|till|through)\s*friday|mon\s*(?:-|to)\s*fri|"
            r"(?:every\s+)?working\s+days?)\b)",
            r"(?P<weekends>\b(?:(?:at|on|over)\s+(?:the\s+)?|every\s+)?week\s*-?\s*ends?\b)",
            r"(?P<alternate>\b(?:every|each)\s+(?:other|second)\s+day\b|\balternate\s+days\b)",
            r"(?P<most>\bmost\s+days\b|\bnearly\s+every\s+day\b|\balmost\s+every\s+day\b)",
            rf"(?P<dayrange>\b(?P<d1>{_DAY_WORD}|{_DAY_SHORT})s?\s*(?:-|to|till|through)\s*"
            rf"(?P<d2>{_DAY_WORD}|{_DAY_SHORT})s?\b)",
            rf"(?P<named>\b(?:(?:on|every|each)\s+)?(?P<dn>{_DAY_WORD})(?:s|'s)?\b)",
            r"(?P<daily>\bevery\s*day\b|\beach\s+day\b|\bdaily\b|\b(?:a|per)\s+day\b|"
            r"\b7\s+days(?:\s+a\s+week)?\b|\ball\s+week\b|\bevery\s+single\s+day\b)",
            r"(?P<overnight>\bover\s*nights?\b|\bsleep[\s-]*ins?\b|\bwaking\s+nights?\b|"
            r"\bthrough\s+the\s+night\b|\ball\s+night\b)",
            r"(?P<part>\b(?:(?:every|each|in\s+the|at|first\s+thing\s+in\s+the|of\s+a)\s+)?"
            r"(?P<pn>morning|lunch\s*time|lunch|afternoon|tea\s*time|evening|night|bed\s*time)"
            r"s?\b)",
        ]
    )
)
CLAUSE = re.compile(r"[.!?;\n]+(?:\s|$)|,\s*(?:and|but|then|plus|also)\b|\b(?:but|also|plus)\b")

_PART_NAMES = {
    "lunch": "lunch",
    "lunchtime": "lunch",
    "lunch time": "lunch",
    "teatime": "tea",
    "tea time": "tea",
    "bedtime": "night",
    "bed time": "night",
}
OVERNIGHT_HOURS = 10.0
WEEK_UNITS = ("week", "wk", "w", "weekly", "pw")


@dataclass
class Dur:
    start: int
    end: int
    hours: float
    unit: str | None
    per: tuple[int, int] | None = None


@dataclass
class Freq:
    start: int
    end: int
    kind: str
    value: float | None = None
    day: str | None = None


def _clock_hours(m: re.Match[str]) -> float | None:
    if m.group("sep") == "and" and not (m.group("pre") or "").strip().startswith("between"):
        return None
    start, end = int(m.group("s")), int(m.group("e"))
    if start > 24 or end > 24:
        return None
    s = start + int(m.group("sm") or 0) / 60
    e = end + int(m.group("em") or 0) / 60
    sap, eap = (m.group("sap") or "")[:1], (m.group("eap") or "")[:1]
    if sap == "p" and start < 12:
        s += 12
    if eap == "p" and end < 12:
        e += 12
    if sap == "a" and start == 12:
        s -= 12
    if eap == "a" and end == 12:
        e -= 12
    if not eap and e <= s:
        e += 12
    while e <= s:
        e += 24
    hours = e - s
    return hours if 0 < hours <= 24 else None


def durations(t: str) -> list[Dur]:
    found: list[Dur] = []
    for m in _DURATION.finditer(t):
        a = float(m.group("a"))
        b = float(m.group("b")) if m.group("b") else None
        value = (a + b) / 2 if b is not None and b > a else a
        hours = value / 60 if m.group("m") else value + int(m.group("hm") or 0) / 60
        unit = m.group("unit") or m.group("unit2")
        per = m.span("per") if m.group("per") and unit not in WEEK_UNITS else None
        found.append(Dur(m.start(), m.end(), hours, unit, per))
    for m in _CLOCK.finditer(t):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        clock = _clock_hours(m)
        if clock is not None:
            found.append(Dur(m.start(), m.end(), clock, None))
    return sorted(found, key=lambda d: d.start)


def frequencies(t: str) -> list[Freq]:
    out: list[Freq] = []
    for m in _FREQ.finditer(t):
        freq = Freq(m.start(), m.end(), _kind_of(m))
        if freq.kind == "perday":
            n = m.group("pdn") or m.group("pdn2")
            word = m.group(0).split()[0]
            freq.value = (
                float(n) if n else {"once": 1.0, "twice": 2.0, "thrice": 3.0}.get(word, 1.0)
            )
        elif freq.kind == "perweek":
            n = m.group("pwn")
            word = m.group("pww")
            freq.value = (
                float(n) if n else {"once": 1.0, "twice": 2.0, "thrice": 3.0}.get(word or "", 1.0)
            )
        elif freq.kind == "perfortnight":
            n = m.group("pfn")
            text = m.group(0)
            freq.value = (float(n) if n else 2.0 if "twice" in text else 1.0) / 2
        elif freq.kind == "permonth":
            n = m.group("pmn")
            freq.value = (float(n) if n else 1.0) * 12 / 52
        elif freq.kind == "dayrange":
            d1 = _DAY_ALIASES.get(m.group("d1"), m.group("d1"))
            d2 = _DAY_ALIASES.get(m.group("d2"), m.group("d2"))
            i, j = DAYS.index(d1), DAYS.index(d2)
            freq.value = float((j - i) % 7 + 1)
        elif freq.kind == "named":
            freq.day = _DAY_ALIASES.get(m.group("dn"), m.group("dn"))
        elif freq.kind == "part":
            name = re.sub(r"\s+", " ", m.group("pn"))
            freq.day = _PART_NAMES.get(name, name)
        out.append(freq)
    return out + _short_days(t, out)


_SHORT_DAY = re.compile(rf"\b(?P<d>{_DAY_SHORT})s?\b")
_ANY_DAY = rf"(?:{_DAY_WORD}|{_DAY_SHORT})s?"
_SHORT_AFTER = re.compile(
    rf"\s*(?:morning|afternoon|evening|night|lunch|tea|(?:and|,|&|/)\s*{_ANY_DAY}\b|\))"
)
_SHORT_BEFORE = re.compile(rf"(?:\b(?:on|every|each)|\(|\b{_ANY_DAY}\s*(?:and|,|&|/))\s*$")


def _short_days(t: str, found: list[Freq]) -> list[Freq]:
    """Days shortened as people text them ("sat afternoon", "tue and thu", "(mon, wed, fri)"):
    a short day counts only beside a time of day, another day, or after "on" or "every", so
    "I sat down" is not a Saturday."""
    out: list[Freq] = []
    for m in _SHORT_DAY.finditer(t):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        if _SHORT_AFTER.match(t, m.end()) or _SHORT_BEFORE.search(
            t[max(0, m.start() - 20) : m.start()]
        ):
            out.append(Freq(m.start(), m.end(), "named", day=_DAY_ALIASES[m.group("d")]))
    return out


def _kind_of(m: re.Match[str]) -> str:
    for kind in (
        "always",
        "perday",
        "perweek",
        "perfortnight",
        "permonth",
        "weekdays",
        "weekends",
        "alternate",
        "most",
        "dayrange",
        "named",
        "daily",
        "overnight",
        "part",
    ):
        if m.group(kind) is not None:
            return kind
    return ""


DAYS_KINDS = {
    "perweek",
    "perfortnight",
    "permonth",
    "weekdays",
    "weekends",
    "alternate",
    "most",
    "dayrange",
    "named",
    "daily",
}


def days_from(freqs: list[Freq]) -> float | None:
    named = {f.day for f in freqs if f.kind == "named"}
    for f in freqs:
        if f.kind in ("perweek", "perfortnight", "permonth", "dayrange"):
            return f.value
        if f.kind == "weekdays":
            return 5.0
        if f.kind == "weekends":
            return 2.0
        if f.kind == "alternate":
            return 3.5
        if f.kind == "most":
            return 5.0
    if named:
        return float(len(named))
    if any(f.kind == "daily" for f in freqs):
        return 7.0
    return None
