"""Broker specialisms: which kinds of broker fit this person and the reasons for a broker.

reasons (planner.broker) + the person's words (planner.signals)
    -> safeguarding, housing, mental health, learning disability, older people,
       sight and hearing loss, employment, employing personal assistants, health and
       care co-ordination, communication and advocacy, person-centred planning,
       family carers (always in this order)
"""

from __future__ import annotations

from collections.abc import Iterable

from planner.fitting import Fitted
from planner.models import Profile
from planner.signals import (
    LEARNING_DISABILITY,
    MENTAL_HEALTH,
    OLDER,
    SENSORY,
    all_text,
    language_barrier,
)

__all__ = ["specialisms_for"]


def specialisms_for(profile: Profile, codes: Iterable[str], fitted: Fitted) -> list[str]:
    """Broker specialisms that fit this person and these reasons, in a fixed order."""
    codes = set(codes)
    text = all_text(profile)
    wanted: list[str] = []
    checks = [
        ("safeguarding", "safeguarding_concern" in codes),
        ("housing", "housing_change" in codes),
        ("mental health", bool(MENTAL_HEALTH.search(text))),
        ("learning disability", bool(LEARNING_DISABILITY.search(text))),
        ("older people", bool(OLDER.search(text))),
        ("sight and hearing loss", _sensory(text)),
        (
            "employment",
            any(d.theme == "work" for d in fitted.dreams)
            or any(n.area == "work_or_learning" for n in profile.support_needs),
        ),
        ("employing personal assistants", "employing_staff" in codes),
        ("health and care co-ordination", "health_coordination" in codes),
        ("communication and advocacy", "capacity_or_communication" in codes),
        (
            "person-centred planning",
            bool(codes & {"large_budget", "complex_plan", "conflict", "capacity_or_communication"}),
        ),
        (
            "family carers",
            profile.answering_for == "someone_else"
            or any(n.area == "carer_break" for n in profile.support_needs),
        ),
    ]
    for name, applies in checks:
        if applies and name not in wanted:
            wanted.append(name)
    # a broker is always someone who plans with the person: never an empty list
    return wanted or ["person-centred planning"]


def _sensory(text: str) -> bool:
    """Sight, hearing or signing support; an interpreter for a spoken language is not it."""
    spoken = language_barrier(text)
    return any(
        not (spoken and m.group(0).lower().startswith("interpreter"))
        for m in SENSORY.finditer(text)
    )
