"""A draft support: what pricing makes of a group of demands before it becomes a support in the
plan (planner.supports), and the words shared by every kind of draft."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from planner.allocation import Demand
from planner.costing import Costed
from planner.money import ZERO

__all__ = ["Draft", "LocalPrice", "refs", "whats", "whys"]


@dataclass(frozen=True)
class LocalPrice:
    """A local service chosen for an ordinary answer, and its price per unit."""

    service_id: str
    name: str
    amount: Decimal
    words: str


@dataclass
class Draft:
    kind: str
    description: str
    meets: list[str]
    costed: Costed
    hours: Decimal | None = None
    unit: str = "none"
    unit_cost: Decimal = ZERO
    route: str = ""
    rate_source: str = ""
    chosen: str = ""
    why: str = ""


def whats(demands: list[Demand]) -> str:
    seen: list[str] = []
    for d in demands:
        if d.what not in seen:
            seen.append(d.what)
    return seen[0] if len(seen) == 1 else ", ".join(seen[:-1]) + " and " + seen[-1]


def refs(demands: list[Demand]) -> list[str]:
    found: list[str] = []
    for d in demands:
        if d.ref not in found:
            found.append(d.ref)
    return found


def whys(demands: list[Demand], default: str) -> str:
    found = [d.why for d in demands if d.why]
    notes = [d.note for d in demands if d.note]
    return " ".join([" ".join(dict.fromkeys(found)) or default, *dict.fromkeys(notes)]).strip()
