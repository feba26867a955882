"""Pricing: pool demands into supports and cost each one at the rates of its route.

Pricing  how the money is handled (money_route) decides the agency rate:
         council-managed budget or individual service fund -> the council's commissioned
         rate (`council_agency_hourly_rate`); a direct payment -> the market rate
         (`agency_hourly_rate`)

demands ─► one PA team (day hours + a night PA for sleep-ins), one agency booking,
           a micro-provider's hours (a small local service, when an agency would not fit
           a direct payment), a provider's sleep-ins, day services, short breaks by kind,
           ordinary answers (cleaner, meals service, telecare, pill dispenser, GPS tracker), free
           equipment, a contingency on employed PAs only, a managed account when money
           must be kept safe
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from planner.allocation import Demand
from planner.costing import (
    Costed,
    cost_agency,
    cost_contingency,
    cost_day_service,
    cost_line,
    cost_personal_assistants,
    cost_short_breaks,
    cost_sleep_in,
    cost_weekly_item,
    day_service_units,
)
from planner.drafts import Draft, LocalPrice
from planner.drafts import refs as _refs
from planner.drafts import whats as _whats
from planner.drafts import whys as _whys
from planner.money import ZERO, gbp, hours_count, hours_text
from planner.ordinary import ordinary_drafts as _ordinary_drafts
from planner.rates import RateCard
from planner.travel import Travel, travel_draft
from planner.urgent import met_now

__all__ = ["Draft", "LocalPrice", "Pricing", "paid_drafts"]


@dataclass(frozen=True)
class Pricing:
    """What the rates depend on besides the demands themselves."""

    money_route: str
    pas_now: int = 0
    why_pa: str = ""
    why_agency: str = ""
    care_home_asked: bool = False
    #: Needs the council meets now, as urgent help, not from the budget (planner.urgent).
    urgent: frozenset[str] = frozenset()
    #: Travel time and miles to a home no service comes out to (planner.travel).
    travel: Travel | None = None
    #: Prices from the council's directory for ordinary answers (cleaner, meals service,
    #: telecare): demand kind -> the local service and its price (planner.draft)
    local_prices: dict[str, LocalPrice] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    #: Weekly costs already worked out while fitting this plan (see planner.fitting).
    memo: dict[tuple[object, ...], Decimal] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    @property
    def council_rates(self) -> bool:
        return self.money_route in ("council_managed", "individual_service_fund")

    @property
    def agency_key(self) -> str:
        return "council_agency_hourly_rate" if self.council_rates else "agency_hourly_rate"


def _nights(n: int) -> str:
    return "1 night" if n == 1 else f"{n} nights"


def _pa_draft(demands: list[Demand], rates: RateCard, pricing: Pricing) -> Draft | None:
    day = [d for d in demands if d.kind == "personal_assistant"]
    night = [d for d in demands if d.kind == "sleep_in" and d.mode == "personal_assistant"]
    if not day and not night:
        return None
    hours = sum((d.hours for d in day), Decimal(0))
    nights = max((d.nights for d in night), default=0)
    costed = cost_personal_assistants(
        hours,
        rates,
        sleep_in_nights=nights,
        at_least=pricing.pas_now,
        payroll_service=pricing.money_route != "managed_account",
    )
    parts = []
    if day:
        day_pas = (costed.workers or 0) - (1 if nights else 0)
        shared = f", shared between {day_pas} PAs" if day_pas > 1 else ""
        parts.append(
            f"Personal assistants, {hours_count(hours)} a week{shared}, for {_whats(day)}."
        )
    if nights:
        parts.append(f"A personal assistant sleeps in, {_nights(nights)} a week.")
    return Draft(
        "personal_assistant",
        " ".join(parts),
        _refs(day + night),
        costed,
        hours,
        "hour",
        rates["pa_hourly_rate"],
        "care_hours" if day else "night",
        "pa_hourly_rate" if day else "pa_sleep_in_night_rate",
        "Employed personal assistant" if day else "Sleep-in",
        _whys(day + night, pricing.why_pa),
    )


def paid_drafts(demands: list[Demand], rates: RateCard, pricing: Pricing) -> list[Draft]:
    """Every paid support for these demands, costed, in a fixed order."""
    drafts: list[Draft] = []
    pa = _pa_draft(demands, rates, pricing)
    if pa:
        drafts.append(pa)
    agency = [d for d in demands if d.kind == "agency"]
    if agency:
        hours = sum((d.hours for d in agency), Decimal(0))
        key = pricing.agency_key
        drafts.append(
            Draft(
                "agency",
                f"Care workers from an agency, {hours_count(hours)} a week, for {_whats(agency)}.",
                _refs(agency),
                cost_agency(hours, rates, key),
                hours,
                "hour",
                rates[key],
                "night"
                if all(d.what in ("night visits", "a waking night") for d in agency)
                else "care_hours",
                key,
                "Home care agency",
                _whys(agency, pricing.why_agency),
            )
        )
    sleep = [d for d in demands if d.kind == "sleep_in" and d.mode != "personal_assistant"]
    if sleep:
        nights = max(d.nights for d in sleep)
        sharing = max(d.shared_by for d in sleep)
        share = f", shared by {sharing} people who live together" if sharing > 1 else ""
        drafts.append(
            Draft(
                "agency",
                f"A care worker sleeps in, {_nights(nights)} a week{share}.",
                _refs(sleep),
                cost_sleep_in(nights, rates, sharing),
                None,
                "night",
                rates["sleep_in_night_rate"],
                "night",
                "sleep_in_night_rate",
                "Sleep-in",
                _whys(sleep, ""),
            )
        )
    micro = [d for d in demands if d.kind == "micro_provider"]
    if micro:
        hours = sum((d.hours for d in micro), Decimal(0))
        rate = rates["micro_provider_hourly"]
        drafts.append(
            Draft(
                "agency",
                f"A small local care service (a micro-provider), {hours_count(hours)} a "
                f"week, for {_whats(micro)}.",
                _refs(micro),
                cost_weekly_item("micro-provider hours", hours, rate, "hour"),
                hours,
                "hour",
                rate,
                "care_hours",
                "micro_provider_hourly",
                "Micro-provider",
                _whys(micro, ""),
            )
        )
    day = [d for d in demands if d.kind == "day_service"]
    if day:
        hours = sum((d.hours for d in day), Decimal(0))
        days, sessions = day_service_units(hours, rates)
        words = []
        if days:
            words.append("1 day" if days == 1 else f"{days} days")
        if sessions:
            words.append("1 session" if sessions == 1 else f"{sessions} sessions")
        drafts.append(
            Draft(
                "day_service",
                f"Day service, {' and '.join(words)} a week, for {_whats(day)}.",
                _refs(day),
                cost_day_service(hours, rates),
                hours,
                "session",
                rates["day_service_session_rate"],
                "day_service",
                "day_service_session_rate",
                "Day service session",
                "You go to a day service now, or asked for one.",
            )
        )
    break_keys = {
        "shared_lives": ("short_break_shared_lives_weekly", "Shared Lives short break"),
        "residential": ("short_break_weekly_rate", "Short stay in a care home"),
        "at_home": ("short_break_at_home_weekly", "Replacement care at home"),
        "holiday": ("supported_holiday_weekly", "Support on a holiday"),
    }
    for d in (d for d in demands if d.kind == "short_break"):
        key, chosen = break_keys.get(d.break_kind, break_keys["residential"])
        weeks = "1 week" if d.weeks == 1 else f"{hours_text(d.weeks)} weeks"
        drafts.append(
            Draft(
                "short_break",
                f"{d.what[:1].upper()}{d.what[1:]}: {weeks} a year.",
                [d.ref],
                cost_short_breaks(d.weeks, rates, d.what, key),
                None,
                "week",
                rates[key],
                "short_break",
                key,
                chosen,
                d.why,
            )
        )
    if road := travel_draft(drafts, pricing.travel, rates):
        drafts.append(road)
    drafts.extend(_ordinary_drafts(demands, rates, pricing.local_prices))
    pa_weekly = pa.costed.weekly if pa else ZERO
    if pa_weekly > 0:
        costed = cost_contingency(pa_weekly, rates)
        drafts.append(
            Draft(
                "secondary",
                "A contingency fund for sick pay and cover when a PA is away.",
                [],
                costed,
                None,
                "week",
                costed.weekly,
                "contingency",
                "contingency_rate",
                "Keep it in the budget account",
                "You employ staff, so you pay sick pay and cover yourself.",
            )
        )
    if pricing.money_route == "managed_account":
        per_run = rates["managed_account_per_payroll_run"]
        weekly = (per_run * 12 / rates["weeks_per_year"]).quantize(Decimal("0.01"))
        lines = [
            cost_line(
                label="managed account set-up",
                weekly=ZERO,
                one_off=rates["managed_account_setup"],
                note="paid once, at the start",
            ),
            cost_line(
                label="managed account fee",
                weekly=weekly,
                note=f"12 pay runs a year x {gbp(per_run)} / {hours_text(rates['weeks_per_year'])}",
            ),
        ]
        drafts.append(
            Draft(
                "secondary",
                "A managed account holds the money and pays the workers, so no one else can "
                "reach it.",
                [],
                Costed.of(lines),
                None,
                "week",
                weekly,
                "managed",
                "managed_account_per_payroll_run",
                "Managed account",
                "There is a worry about money, so the money is kept where no one else can use it.",
            )
        )
    return met_now(drafts, pricing.urgent)
