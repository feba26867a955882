"""Ordinary answers, costed: a cleaner, a meals service, telecare, a pill dispenser, a GPS tracker
(at a local service's price when the council's directory has one), and free minor equipment."""

from __future__ import annotations

from decimal import Decimal

from planner.allocation import Demand
from planner.costing import cost_equipment, cost_own_money_item, cost_weekly_item
from planner.drafts import Draft, LocalPrice, refs, whys
from planner.money import ZERO, gbp, hours_text
from planner.rates import RateCard

__all__ = ["ordinary_drafts"]

_ORDINARY = {
    # kind: (support kind, route, option name, rate key, unit word, label, description)
    "cleaner": ("mainstream", "household", "Cleaner", "cleaner_hourly", "hour", "cleaner"),
    "meals_service": (
        "mainstream",
        "meals",
        "Meals service",
        "meals_service_meal",
        "meal",
        "meals",
    ),
    "telecare": ("equipment", "tech", "Telecare", "telecare_weekly", "alarm", "telecare"),
    "pill_dispenser": (
        "equipment",
        "medicines",
        "Pill dispenser",
        "pill_dispenser_weekly",
        "dispenser",
        "pill dispenser",
    ),
    "gps_tracker": (
        "equipment",
        "tech",
        "GPS tracker",
        "gps_tracker_weekly",
        "tracker",
        "GPS tracker",
    ),
}
_ORDINARY_WORDS = {
    "cleaner": "A cleaner, {n} a week, for jobs at home.",
    "meals_service": "A meals service brings a hot meal {days}. The meals are paid for like "
    "any food, about {price} each.",
    "telecare": "Telecare: an alarm and sensors that call for help, day and night.",
    "pill_dispenser": "A pill dispenser that beeps when a dose is due.",
    "gps_tracker": "A GPS tracker, so help can find the person if they get lost.",
}


_ORDINARY_WHY = {
    "cleaner": "A cleaner costs less than a care worker for housework.",
    "meals_service": "A meals service costs less than paid hours for cooking.",
    "telecare": "An alarm costs little and brings help fast, day or night.",
    "pill_dispenser": "A dispenser costs less than visits for reminders.",
    "gps_tracker": "It helps find the person quickly if they get lost, without a worker.",
}


def _on_days(count: Decimal) -> str:
    """The days a meals service comes, as the person asked: not "each day" for five."""
    return "each day" if count >= 7 else f"on {hours_text(count)} days a week"


def ordinary_drafts(
    demands: list[Demand], rates: RateCard, local: dict[str, LocalPrice] | None = None
) -> list[Draft]:
    drafts: list[Draft] = []
    for kind, (support_kind, route, chosen, key, unit, label) in _ORDINARY.items():
        group = [d for d in demands if d.kind == kind]
        if not group:
            continue
        price = (local or {}).get(kind)
        rate, source = (
            (price.amount, f"directory:{price.service_id}") if price else (rates[key], key)
        )
        why = whys(group, _ORDINARY_WHY[kind])
        if price:
            chosen = price.name
            why += f" {price.name} is on the council's list of local services ({price.words})."
        if kind == "cleaner":
            count = sum((d.hours for d in group), Decimal(0))
        elif kind == "meals_service":
            count = Decimal(max(d.items for d in group))
        else:
            count = Decimal(1)  # one device meets every need it is for
        n = "1 hour" if count == 1 else f"{hours_text(count)} hours"
        drafts.append(
            Draft(
                support_kind,
                _ORDINARY_WORDS[kind].format(n=n, price=gbp(rate), days=_on_days(count)),
                refs(group),
                # the food is the person's own, as anyone's is: priced, not charged
                (cost_own_money_item if kind == "meals_service" else cost_weekly_item)(
                    label, count, rate, unit
                ),
                count if kind == "cleaner" else None,
                unit,
                rate,
                route,
                source,
                chosen,
                why,
            )
        )
    equipment = [d for d in demands if d.kind == "equipment"]
    for d in equipment:
        drafts.append(
            Draft(
                "equipment",
                f"{d.what[:1].upper()}{d.what[1:]}, chosen with an occupational therapist. "
                "It is free.",
                [d.ref],
                cost_equipment(d.items, rates),
                None,
                "item",
                ZERO,
                "equipment",
                "minor_aids_free_limit",
                "Community equipment service",
                "Minor aids and adaptations under £1,000 are free from the council.",
            )
        )
    return drafts
