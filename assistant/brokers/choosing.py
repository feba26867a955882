"""Choosing brokers for a plan: three accredited brokers, in a random order fixed per plan."""

from __future__ import annotations

import hashlib
import random
from typing import Any

from sqlmodel import Session, col, select

from assistant.brokers.models import Broker
from assistant.brokers.vocabulary import codes_for

__all__ = [
    "MAX_CHOICES",
    "MIN_CHOICES",
    "accredited_brokers",
    "choose_brokers",
    "find_broker",
    "plan_random",
    "wanted_specialisms",
]

#: How many brokers the chooser shows: the same three wherever the person meets them (chat,
#: plan page, printout), so what they read in one place is what they find in the other.
MIN_CHOICES = 3
MAX_CHOICES = 3


def accredited_brokers(db: Session) -> list[Broker]:
    query = select(Broker).where(Broker.status == "accredited").order_by(col(Broker.id))
    return list(db.exec(query))


def find_broker(db: Session, *, handle: str) -> Broker | None:
    return db.exec(select(Broker).where(Broker.handle == handle)).first()


def wanted_specialisms(plan: dict[str, Any]) -> list[str]:
    """The specialism codes a plan asks for (from the planner's `broker.specialisms`)."""
    return codes_for(list((plan.get("broker") or {}).get("specialisms") or []))


def plan_random(plan: dict[str, Any]) -> random.Random:
    """A random order of its own for each plan: the same every time for one plan (every version,
    every page, every channel), different from plan to plan. The plan id is random (unguessable),
    so no broker can arrange to come first, and fees play no part in it."""
    seed = hashlib.sha256(f"broker-choice:{plan.get('plan_id', '')}".encode()).digest()
    return random.Random(int.from_bytes(seed[:8], "big"))


def choose_brokers(
    db: Session,
    *,
    plan: dict[str, Any],
    rng: random.Random | None = None,
) -> list[Broker]:
    """Three accredited brokers for this plan, in a random order fixed per plan, never ranked
    by fee.

    Brokers with at least one of the plan's specialisms are the candidates (every accredited
    broker when the plan names none); three are picked at random. When fewer than three match,
    others are added at random until there are three (or the register runs out), and all are
    shuffled together: each card says which of the plan's topics the broker knows. The random
    choices come from `plan_random(plan)` unless `rng` is given.
    """
    rng = rng or plan_random(plan)
    accredited = accredited_brokers(db)
    wanted = set(wanted_specialisms(plan))
    matching = [b for b in accredited if wanted & set(b.specialisms)] if wanted else accredited
    chosen = rng.sample(matching, min(MAX_CHOICES, len(matching)))
    if len(chosen) < MIN_CHOICES:
        others = [b for b in accredited if b not in chosen]
        chosen += rng.sample(others, min(MIN_CHOICES - len(chosen), len(others)))
    rng.shuffle(chosen)
    return chosen
