"""How many hours a week of help, and when: "2 hours every morning" -> 14.0, "every morning".

Conventions (also in README.md):
- every day / daily / a bare time of day ("in the morning", "at night") = 7 days a week;
  "weekdays" = 5, "weekends" = 2, "most days" = 5, "every other day" = 3.5, named days are
  counted ("mondays and thursdays" = 2); a fortnight = half a week; a month = 12/52 of a week.
- each distinct time of day is one visit a day ("an hour morning and evening" = 14 a week).
- "overnight", "sleep-in" or "waking night" with no length given = 10 hours a night.
- "24/7", "round the clock", "day and night" = 168 hours; totals never go above 168.
- a range "2-3 hours" counts its middle (2.5); a clock range "9 to 5" counts 8 hours.
- a length with no frequency at all ("2 hours") is taken as once a week and marked
  `"assumed_frequency": True`.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from assistant.language._nlp import clean, safe
from assistant.language.durations import (
    CLAUSE,
    DAYS_KINDS,
    OVERNIGHT_HOURS,
    WEEK_UNITS,
    Dur,
    Freq,
    days_from,
    durations,
    frequencies,
)
from assistant.language.numbers import normalise

__all__ = ["extract_hours", "extract_times"]


def _weekly(dur: Dur, freqs: list[Freq], clause_days: float | None) -> tuple[float, bool]:
    unit = dur.unit or ""
    if unit in WEEK_UNITS:
        return dur.hours, False
    if unit in ("fortnight", "fortnightly"):
        return dur.hours / 2, False
    if unit in ("month", "mth", "monthly"):
        return dur.hours * 12 / 52, False
    perday = next((f.value for f in freqs if f.kind == "perday" and f.value), None)
    parts = {f.day for f in freqs if f.kind in ("part", "overnight")}
    if "overnight" in {f.kind for f in freqs}:
        parts.discard("night")
    days = days_from(freqs)
    if days is None:
        days = clause_days
    assumed = False
    if unit in ("day", "d", "daily", "pd", "night", "nightly", "morning", "evening"):
        return dur.hours * (days if days is not None else 7.0), False
    visits = perday if perday else float(max(1, len(parts)))
    if days is None:
        if perday or parts:
            days = 7.0
        else:
            days, assumed = 1.0, True
    return dur.hours * visits * days, assumed


# times of day and units as people text them ("meds morn n nite 15 mins each")
_TIME_SPEAK = {
    "morn": "morning", "mornin": "morning", "pm": "evening",
    "nite": "night", "nites": "nights", "nyt": "night", "tonite": "tonight",
    "eve": "evening", "evenin": "evening", "arvo": "afternoon", "aft": "afternoon",
    "afta": "after", "aftanoon": "afternoon", "wk": "week", "wks": "weeks", "wkly": "weekly",
    "hr": "hour", "hrs": "hours", "hr's": "hours", "min": "minutes", "mins": "minutes",
    "n": "and", "&": "and", "evry": "every", "evey": "every", "bout": "about", "2day": "today",
}  # fmt: skip
_TIME_SPEAK_WORD = re.compile(
    r"(?<![\w'])("
    + "|".join(re.escape(k) for k in sorted(_TIME_SPEAK, key=len, reverse=True))
    + r")(?![\w'])",
    re.IGNORECASE,
)


def _speak_to_words(text: str) -> str:
    return _TIME_SPEAK_WORD.sub(lambda m: _TIME_SPEAK[m.group(1).lower()], text)


def _analyse(text: str) -> tuple[float | None, str | None, bool]:
    text = _speak_to_words(clean(text))
    if not text:
        return None, None, False
    norm = normalise(text)
    t = norm.text
    freqs_all = frequencies(t)
    spans: list[tuple[int, int]] = []
    always = next((f for f in freqs_all if f.kind == "always"), None)
    if always is not None:
        return 168.0, norm.original(always.start, always.end).strip(), False
    durs_all = durations(t)
    bounds = [0] + [m.end() for m in CLAUSE.finditer(t)] + [len(t)]
    total = 0.0
    any_hours = False
    assumed_any = False
    for c_start, c_end in pairwise(bounds):
        durs = [d for d in durs_all if c_start <= d.start < c_end]
        freqs = [
            f
            for f in freqs_all
            if c_start <= f.start < c_end and not any(d.start <= f.start < d.end for d in durs)
        ]
        spans.extend((f.start, f.end) for f in freqs)
        spans.extend(d.per for d in durs if d.per)
        if not durs:
            night = next((f for f in freqs if f.kind == "overnight"), None)
            if night is None:
                continue
            durs = [Dur(night.start, night.end, OVERNIGHT_HOURS, None)]
        owned: dict[int, list[Freq]] = {i: [] for i in range(len(durs))}
        for f in freqs:
            centre = (f.start + f.end) / 2
            best = min(
                range(len(durs)),
                key=lambda i: min(abs(centre - durs[i].start), abs(centre - durs[i].end)),
            )
            owned[best].append(f)
        clause_days = days_from([f for f in freqs if f.kind in DAYS_KINDS])
        for i, dur in enumerate(durs):
            weekly, assumed = _weekly(dur, owned[i], clause_days)
            total += weekly
            any_hours = True
            assumed_any = assumed_any or assumed
    times = _join_spans(norm, spans)
    if not any_hours:
        return None, times, False
    return round(min(total, 168.0), 2), times, assumed_any


def _join_spans(norm: object, spans: list[tuple[int, int]]) -> str | None:
    seen: list[str] = []
    for start, end in sorted(spans):
        words = norm.original(start, end).strip(" ,")  # type: ignore[attr-defined]
        if words and words.lower() not in (s.lower() for s in seen):
            seen.append(words)
    return ", ".join(seen)[:200] if seen else None


@safe(lambda: None)
def extract_hours(text: str) -> dict[str, Any] | None:
    """{"hours_per_week": float, "times": str | None} from free text, or None.

    "2 hours every morning" -> 14.0 / "every morning"; "half an hour twice a day" -> 7.0;
    "24/7" -> 168.0. Adds "assumed_frequency": True when no frequency was given at all.
    """
    hours, times, assumed = _analyse(text)
    if hours is None:
        return None
    result: dict[str, Any] = {"hours_per_week": float(hours), "times": times}
    if assumed:
        result["assumed_frequency"] = True
    return result


@safe(lambda: None)
def extract_times(text: str) -> str | None:
    """When help is wanted, in the person's words ("every morning", "on weekdays"), or None."""
    return _analyse(text)[1]
