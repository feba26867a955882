"""Prices the person already pays, in their own words (issue 16, 2026-12-01).

A plan is costed from the plan's own arithmetic, and the best figure for a service the person
already uses is the price they pay for it: "the agency charges £27.50 an hour", "I pay Bev
£14 an hour". Read from what they have now (`current_support`) and the sentences of their
week; the rate card's figure is used otherwise. A PA wage below the National Living Wage, or
an hourly price outside £10 to £60, is not taken (a misreading or a weekly sum).

    agency   the hourly price of the route's agency figure (market or council)
    PA       the hourly wage of `pa_hourly_rate` (on-costs are added as usual)
"""

from __future__ import annotations

import re
from decimal import Decimal

from planner.models import Profile
from planner.rates import RateCard

__all__ = ["stated_prices"]

_HOURLY = re.compile(
    r"£\s?(\d{1,2}(?:\.\d{1,2})?)\s?(?:(?:an|a|per|/)\s?(?:hour|hr|h)\b|ph\b|hourly\b)", re.I
)
_AGENCY = re.compile(r"\bagenc(?:y|ies)\b", re.I)
_PA = re.compile(r"\b(?:pas?|personal assistants?)\b", re.I)
_LOW, _HIGH = Decimal(10), Decimal(60)
SOURCE = "The price the person pays now, in their own words"


def stated_prices(profile: Profile, rates: RateCard, agency_key: str) -> RateCard:
    """The card with the agency price or PA wage the person says they pay, if any."""
    texts = [*profile.current_support, *re.split(r"(?<=[.!?])\s+", profile.typical_week)]
    # "I pay Ramesh £14.80 an hour", where Ramesh is their PA in the list of people
    their_pas = [
        re.compile(rf"\b{re.escape(p.name.split(' (')[0])}\b")
        for p in profile.people
        if _PA.search(p.relationship) and len(p.name) > 1
    ]
    found: dict[str, Decimal] = {}
    for text in texts:
        price = _HOURLY.search(text)
        if price is None:
            continue
        value = Decimal(price.group(1))
        if not _LOW <= value <= _HIGH:
            continue
        if _AGENCY.search(text):
            found.setdefault(agency_key, value)
        elif (_PA.search(text) or any(n.search(text) for n in their_pas)) and value >= rates[
            "national_living_wage_hourly"
        ]:
            found.setdefault("pa_hourly_rate", value)
    if not found:
        return rates
    return rates.with_overrides(
        {key: {"value": value, "source": SOURCE} for key, value in found.items()},
        label="the person's own",
    )
