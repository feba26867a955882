"""Costing: turn hours, sessions, weeks and items into cost lines, penny-exact.

The convention, used everywhere (also stated in every plan and in docs/PLANNER.md):

- each cost line is rounded half-up to the penny; a support's weekly cost is the sum of its
  lines; annual = weekly x 52 (the rate card's `weeks_per_year`);
- National Insurance and pension are worked out on each PA's weekly wages, not on holiday pay
  accrued (holiday pay is paid when holiday is taken, spread evenly over the year);
- thresholds (NI, pension trigger and band) apply per employee, per week;
- the Employment Allowance is per employer: it offsets employer NI up to the yearly allowance,
  shown as its own (negative) line. Its weekly cap is rounded down, so it is never exceeded.

Worked example (DOMAIN.md section 3), 20 h at £13.45:

    wages 269.00 + holiday 32.47 + NI 25.95 - allowance 25.95 + pension 4.47 = 305.94
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from planner.money import ZERO, gbp, hours_text, penny, penny_down
from planner.plan import CostLine
from planner.rates import RateCard

__all__ = [
    "Costed",
    "annual",
    "convention",
    "cost_agency",
    "cost_contingency",
    "cost_day_service",
    "cost_equipment",
    "cost_line",
    "cost_personal_assistants",
    "cost_short_breaks",
    "cost_sleep_in",
    "cost_weekly_item",
    "day_service_units",
    "percent",
    "split_hours",
]


def _line(**fields: object) -> CostLine:
    """A cost line without re-validation: every figure here is already rounded to the penny
    (costing runs many times while a plan is fitted to its budget)."""
    return CostLine.model_construct(**fields)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Costed:
    """The cost lines of one support and their totals."""

    lines: list[CostLine]
    weekly: Decimal
    one_off: Decimal = ZERO
    workers: int | None = None

    @classmethod
    def of(cls, lines: list[CostLine], workers: int | None = None) -> Costed:
        weekly = sum((line.weekly for line in lines), ZERO)
        one_off = sum((line.one_off for line in lines), ZERO)
        return cls(lines=lines, weekly=weekly, one_off=one_off, workers=workers)


def percent(rate: Decimal) -> str:
    """0.1207 -> "12.07%", 0.15 -> "15%"."""
    return f"{(rate * 100).normalize():f}%"


def annual(weekly: Decimal, rates: RateCard) -> Decimal:
    """The one annual convention: weekly x weeks_per_year (52)."""
    return penny(weekly * rates["weeks_per_year"])


def convention(rates: RateCard) -> str:
    """The convention in words, as stated in every plan."""
    weeks = hours_text(rates["weeks_per_year"])
    return (
        f"annual = weekly x {weeks}; each line is worked out to the nearest penny; "
        "National Insurance and pension are worked out on weekly pay, not on holiday pay"
    )


def split_hours(total: Decimal, max_per_person: Decimal, step: Decimal) -> list[Decimal]:
    """Share hours between as few people as the maximum allows, as evenly as steps allow.

    50 h with a 30 h maximum -> [25, 25]; 61 h -> [20.5, 20.25, 20.25] with 0.25 h steps.
    """
    if total <= 0:
        return []
    people = max(1, math.ceil(total / max_per_person))
    base = (total / people / step).to_integral_value(rounding="ROUND_FLOOR") * step
    shares = [base] * people
    left = total - base * people
    i = 0
    while left >= step:
        shares[i] += step
        left -= step
        i += 1
    if left > 0:
        shares[-1] += left
    return shares


def _pa_lines(
    hours: Decimal, prefix: str, rates: RateCard, nights: int = 0
) -> tuple[list[CostLine], Decimal]:
    if nights:
        rate = rates["pa_sleep_in_night_rate"]
        wages = penny(nights * rate)
        wage_note = f"{_count(nights, 'night')} x {gbp(rate)}"
    else:
        rate = rates["pa_hourly_rate"]
        wages = penny(hours * rate)
        wage_note = f"{hours_text(hours)} h x {gbp(rate)}"
    holiday_rate = rates["holiday_accrual_rate"]
    holiday = penny(wages * holiday_rate)

    ni_rate, ni_threshold = rates["employer_ni_rate"], rates["employer_ni_threshold_weekly"]
    ni = penny(ni_rate * max(ZERO, wages - ni_threshold))

    trigger = rates["pension_trigger_weekly"]
    lower = rates["pension_qualifying_lower_weekly"]
    upper = rates["pension_qualifying_upper_weekly"]
    pension_rate = rates["pension_employer_rate"]
    if wages >= trigger:
        pension = penny(pension_rate * (min(wages, upper) - lower))
        pension_note = f"{percent(pension_rate)} x ({gbp(min(wages, upper))} - {gbp(lower)})"
    else:
        pension = ZERO
        pension_note = f"wages under {gbp(trigger)} a week, so not auto-enrolled"

    lines = [
        _line(label=f"{prefix}wages", weekly=wages, note=wage_note),
        _line(
            label=f"{prefix}holiday pay ({percent(holiday_rate)})",
            weekly=holiday,
            note=f"{percent(holiday_rate)} x {gbp(wages)}",
        ),
        _line(
            label=f"{prefix}employer National Insurance",
            weekly=ni,
            note=f"{percent(ni_rate)} x ({gbp(wages)} - {gbp(ni_threshold)})"
            if ni
            else f"wages not over {gbp(ni_threshold)} a week",
        ),
        _line(label=f"{prefix}workplace pension", weekly=pension, note=pension_note),
    ]
    return lines, ni


def _count(n: int | Decimal, word: str) -> str:
    """1 night, 2 nights: no template plurals."""
    return f"{hours_text(Decimal(n))} {word}" + ("" if Decimal(n) == 1 else "s")


def cost_personal_assistants(
    hours: Decimal,
    rates: RateCard,
    *,
    sleep_in_nights: int = 0,
    at_least: int = 1,
    payroll_service: bool = True,
) -> Costed:
    """Employed PAs: wages, holiday, NI, allowance offset, pension, insurance, payroll.

    Sleep-in nights are paid as a flat night rate to one more PA (the night PA). `at_least`
    keeps a team the person already employs from shrinking.
    """
    shares = split_hours(hours, rates["max_hours_per_pa"], rates["pa_hours_step"])
    while shares and len(shares) < at_least and shares[0] > rates["pa_hours_step"]:
        shares = split_hours(hours, hours / (len(shares) + 1), rates["pa_hours_step"])
    people = len(shares) + (1 if sleep_in_nights else 0)
    lines: list[CostLine] = []
    total_ni = ZERO
    for number, share in enumerate(shares, start=1):
        prefix = f"PA {number}: " if people > 1 else ""
        pa_lines, ni = _pa_lines(share, prefix, rates)
        lines.extend(pa_lines)
        total_ni += ni
    if sleep_in_nights:
        prefix = "night PA: " if people > 1 else ""
        pa_lines, ni = _pa_lines(ZERO, prefix, rates, nights=sleep_in_nights)
        lines.extend(pa_lines)
        total_ni += ni

    weeks = rates["weeks_per_year"]
    allowance = rates["employment_allowance_annual"]
    cap = penny_down(allowance / weeks)
    offset = min(total_ni, cap)
    if offset < total_ni:
        note = (
            f"allowance of {gbp(allowance)} a year covers {gbp(cap)} a week; "
            f"the other {gbp(total_ni - offset)} a week is paid"
        )
    elif total_ni:
        note = f"covers all employer NI ({gbp(total_ni * weeks)} of {gbp(allowance)} a year)"
    else:
        note = "no employer NI to offset"
    lines.append(
        _line(label="Employment Allowance (offsets employer NI)", weekly=-offset, note=note)
    )

    insurance_year = rates["employers_liability_insurance_annual"]
    lines.append(
        _line(
            label="employer's liability insurance",
            weekly=penny(insurance_year / weeks),
            note=f"{gbp(insurance_year)} a year / {hours_text(weeks)}",
        )
    )
    full = rates["payroll_weekly"]
    total_hours = hours + (rates["night_hours"] * sleep_in_nights)
    share = min(Decimal(1), total_hours / rates["payroll_full_hours"])
    payroll = penny(full * share)
    payroll_note = (
        f"{gbp(full)} a week"
        if share == 1
        else f"{gbp(full)} x {hours_text(total_hours)} / {hours_text(rates['payroll_full_hours'])}"
        " hours"
    )
    if payroll_service:  # a managed account runs the payroll itself (its own fee)
        lines.append(_line(label="payroll service", weekly=payroll, note=payroll_note))
    return Costed.of(lines, workers=people)


def cost_agency(hours: Decimal, rates: RateCard, rate_key: str = "agency_hourly_rate") -> Costed:
    """Agency hours: one line, hours x the agency's hourly price (market or council rate)."""
    rate = rates[rate_key]
    line = _line(
        label="agency hours",
        weekly=penny(hours * rate),
        note=f"{hours_text(hours)} h x {gbp(rate)}",
    )
    return Costed.of([line])


def day_service_units(hours: Decimal, rates: RateCard) -> tuple[int, int]:
    """(whole days, sessions) for these hours: a session up to 4 hours, a day up to 7."""
    day, session = rates["day_service_day_hours"], rates["day_service_session_hours"]
    days = int(hours // day)
    rest = hours - days * day
    sessions = 0
    if rest > session:
        days += 1
    elif rest > 0:
        sessions = 1
    if days == 0 and sessions == 0:
        sessions = 1
    return days, sessions


def cost_day_service(hours: Decimal, rates: RateCard) -> Costed:
    """Day services: sessions (up to 4 hours) and whole days (up to 7 hours) a week."""
    days, sessions = day_service_units(hours, rates)
    lines: list[CostLine] = []
    if days:
        rate = rates["day_service_day_rate"]
        lines.append(
            _line(
                label="day service days",
                weekly=penny(days * rate),
                note=f"{_count(days, 'day')} x {gbp(rate)}",
            )
        )
    if sessions:
        rate = rates["day_service_session_rate"]
        lines.append(
            _line(
                label="day service sessions",
                weekly=penny(sessions * rate),
                note=f"{_count(sessions, 'session')} x {gbp(rate)}",
            )
        )
    return Costed.of(lines)


def cost_short_breaks(
    weeks_a_year: Decimal,
    rates: RateCard,
    label: str = "short breaks",
    rate_key: str = "short_break_weekly_rate",
) -> Costed:
    """Short breaks: weeks a year x the weekly price of the kind, spread over the year."""
    rate = rates[rate_key]
    weeks = rates["weeks_per_year"]
    line = _line(
        label=label,
        weekly=penny(weeks_a_year * rate / weeks),
        note=f"{_count(weeks_a_year, 'week')} a year x {gbp(rate)} / {hours_text(weeks)}",
    )
    return Costed.of([line])


def cost_equipment(items: int, rates: RateCard) -> Costed:
    """Minor aids and adaptations: free from the council (under £1,000), so nothing is charged."""
    limit = rates["minor_aids_free_limit"]
    line = _line(
        label="equipment",
        weekly=ZERO,
        one_off=ZERO,
        note=f"free from the council: minor aids under {gbp(limit)} are not charged",
    )
    return Costed.of([line])


def cost_sleep_in(nights: int, rates: RateCard, shared_by: int = 1) -> Costed:
    """Sleep-in nights from a provider: a night rate, not an hourly one. Nights shared by
    people who live together are split between them: this budget pays its share."""
    rate = rates["sleep_in_night_rate"]
    note = f"{_count(nights, 'night')} x {gbp(rate)}"
    if shared_by > 1:
        note += f", shared by {shared_by} people: this budget pays 1/{shared_by}"
    line = _line(
        label="sleep-in nights",
        weekly=penny(nights * rate / shared_by),
        note=note,
    )
    return Costed.of([line])


def cost_weekly_item(label: str, count: Decimal, rate: Decimal, unit: str) -> Costed:
    """A simple priced item: count x rate a week (meals, a cleaner's hours, telecare)."""
    line = _line(
        label=label,
        weekly=penny(count * rate),
        note=f"{_count(count, unit)} x {gbp(rate)}",
    )
    return Costed.of([line])


def cost_own_money_item(label: str, count: Decimal, rate: Decimal, unit: str) -> Costed:
    """Priced, but paid from the person's own money, not the budget: a meal is food, and
    everyone pays for their own food (a council's meals service charges the person)."""
    line = _line(
        label=label,
        weekly=ZERO,
        note=f"{_count(count, unit)} x {gbp(rate)} = {gbp(penny(count * rate))} a week, "
        "paid from own money like any food, not from the budget",
    )
    return Costed.of([line])


def cost_contingency(base_weekly: Decimal, rates: RateCard) -> Costed:
    """Contingency: a stated share of the weekly cost of employed PAs."""
    rate = rates["contingency_rate"]
    line = _line(
        label=f"contingency ({percent(rate)})",
        weekly=penny(base_weekly * rate),
        note=f"{percent(rate)} x {gbp(base_weekly)}",
    )
    return Costed.of([line])


cost_line = _line
