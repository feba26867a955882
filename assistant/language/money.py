"""The personal budget: "£320 a week", "16k a year", "£1.2k every 4 weeks" -> amount and period.

Conventions (also in README.md): a fortnight is turned into a week (amount halved) and a day
into a week (amount x 7), marked `"converted_from"`. With no period given, an amount of
£2,000 or more is taken as a year and anything less as a week, marked
`"assumed_period": True` (always present, False when the period was said). Hourly rates
("£13 an hour") are not budgets and are skipped.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.language._nlp import clean, safe
from assistant.language.numbers import normalise

__all__ = ["extract_money"]

_AMOUNT = re.compile(
    r"(?P<cur>£|\bgbp\s*)?\s*(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?!\.?\d)(?!/\d)"
    r"(?:\s*(?P<mult>k|grand|thousand|mil|million|m)(?![a-z]))?"
    r"(?:\s*(?P<cur2>pounds?|quid|gbp|sterling|£)(?![a-z]))?"
)
_PER = r"(?:a|per|each|every|/|p\.?|in\s+a)"
_PERIOD = re.compile(
    "|".join(
        [
            rf"(?P<four_weeks>{_PER}\s*4\s*-?\s*(?:weeks?|wks?)\b|(?<![a-z0-9])4\s*-?\s*weekly\b"
            r"|(?<![a-z0-9.])4\s*(?:weeks?|wks?)\b|\bevery\s+28\s+days\b|\b4[\s-]*week(?:ly)?\s+"
            r"(?:period|cycle)\b)",
            rf"(?P<fortnight>{_PER}\s*fortnight\b|\bfortnightly\b|\bevery\s+(?:2|other)\s+weeks?"
            r"\b|\bbi-?weekly\b|\bper\s+2\s+weeks\b)",
            rf"(?P<week>{_PER}\s*(?:week|wk|w)\b|\bweekly\b|(?<![a-z])pw\b|(?<![a-z])p/w\b)",
            rf"(?P<month>{_PER}\s*(?:calendar\s+)?(?:month|mth|mnth|mon)\b|\bmonthly\b|"
            r"(?<![a-z])pcm\b)",
            rf"(?P<year>{_PER}\s*(?:year|yr|annum)\b|\byearly\b|\bannually\b|\bannual\b|"
            r"\bper\s+annum\b|(?<![a-z])p\.a\.|\bthis\s+year\b|\bfor\s+the\s+year\b)",
            rf"(?P<day>{_PER}\s*day\b|\bdaily\b)",
            rf"(?P<hour>{_PER}\s*(?:hour|hr)\b|(?<![\d.])1\s+(?:hour|hr)\b|\ban\s+hour\b|\bhourly\b|(?<![a-z])ph\b)",
        ]
    )
)
_RIGHT_AFTER = re.compile(r"\s*(?P<p>pm|pa)\b")
_NOT_MONEY = re.compile(
    r"\s*(?:hours?|hrs?|h\b|minutes?|mins?|days?|weeks?|wks?|months?|years?|yrs?|times?|"
    r"people|am\b|pm\b|o'clock|x\b|%|st\b|nd\b|rd\b|th\b|kids|children|miles?|yo\b)"
)


def _value(m: re.Match[str]) -> float:
    value = float(m.group("num").replace(",", ""))
    mult = m.group("mult")
    if mult in ("k", "grand", "thousand"):
        value *= 1000
    elif mult in ("m", "mil", "million"):
        value *= 1_000_000
    return value


@safe(lambda: None)
def extract_money(text: str) -> dict[str, Any] | None:
    """{"amount": float, "period": "week"|"four_weeks"|"month"|"year", "assumed_period": bool}.

    None when no amount is found.
    """
    text = clean(text)
    if not text:
        return None
    t = normalise(text).text
    periods = [(m.start(), m.end(), m.lastgroup or "") for m in _PERIOD.finditer(t)]
    best: tuple[int, int, re.Match[str], float] | None = None
    for m in _AMOUNT.finditer(t):
        start, _ = m.span("num")
        if any(p_start <= start < p_end for p_start, p_end, _ in periods):
            continue
        has_cur = bool(m.group("cur") or m.group("cur2"))
        if m.group("mult") == "m" and not has_cur:
            continue
        after = t[m.end() :]
        if not has_cur and not m.group("mult") and _NOT_MONEY.match(after):
            continue
        near = [p for p in periods if 0 <= p[0] - m.end() <= 25]
        if near and near[0][2] == "hour":
            continue
        score = 3 * has_cur + 2 * bool(m.group("mult")) + 2 * bool(near) + ("," in m.group("num"))
        if best is None or score > best[0]:
            best = (score, start, m, _value(m))
    if best is None:
        return None
    _, _, m, amount = best
    period, converted = _period_for(t, m, periods)
    result: dict[str, Any] = {"amount": 0.0, "period": "week", "assumed_period": False}
    if period is None:
        period = "year" if amount >= 2000 else "week"
        result["assumed_period"] = True
    if period == "fortnight":
        amount, period, converted = amount / 2, "week", "fortnight"
    elif period == "day":
        amount, period, converted = amount * 7, "week", "day"
    result["amount"] = round(min(amount, 10_000_000.0), 2)
    result["period"] = period
    if converted:
        result["converted_from"] = converted
    return result


def _period_for(
    t: str, m: re.Match[str], periods: list[tuple[int, int, str]]
) -> tuple[str | None, str | None]:
    glued = _RIGHT_AFTER.match(t, m.end())
    if glued:
        return ("month" if glued.group("p") == "pm" else "year"), None
    usable = [p for p in periods if p[2] != "hour"]
    after = [p for p in usable if 0 <= p[0] - m.end() <= 40]
    if after:
        return after[0][2], None
    before = [p for p in usable if 0 <= m.start() - p[1] <= 30]
    if before:
        return before[-1][2], None
    if usable:
        return usable[0][2], None
    return None, None
