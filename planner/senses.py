"""Alerts the person can notice (eleventh session, from PLANNER.md's left-alone list).

A device that beeps is no use to someone who cannot hear it. When the person's words say they
are Deaf, deafened or cannot hear, a pill dispenser is offered as one that flashes or vibrates;
for someone deafblind, one that vibrates. The price is the same line on the rate card (an
automatic pill dispenser with alerts): only the kind of alert changes.
"""

from __future__ import annotations

import re

from planner.models import Profile
from planner.plan import Support
from planner.signals import all_text

__all__ = ["alert_for", "alerts_they_notice"]

_DEAFBLIND = re.compile(r"\bdeaf-?blind\w*\b", re.I)
_CANNOT_HEAR = re.compile(
    r"\b(deaf\w*|deafened|hard of hearing|hearing loss|profoundly deaf|"
    r"(can'?t|cannot|can not|doesn'?t|does not|don'?t) hear|bsl|british sign language)\b",
    re.I,
)
_BEEPS = re.compile(r"\bbeeps\b")


def alert_for(profile: Profile) -> str:
    """How a device should alert this person: "beeps", "flashes or vibrates" or "vibrates"."""
    words = all_text(profile)
    if _DEAFBLIND.search(words):
        return "vibrates"
    if _CANNOT_HEAR.search(words):
        return "flashes or vibrates"
    return "beeps"


def alerts_they_notice(supports: list[Support], profile: Profile) -> list[Support]:
    """The supports, with every device that beeps made one that flashes or vibrates when the
    person cannot hear a beep."""
    alert = alert_for(profile)
    if alert == "beeps":
        return supports

    def told(text: str) -> str:
        return _BEEPS.sub(alert, text)

    return [
        s.model_copy(
            update={
                "description": told(s.description),
                "why": told(s.why),
                "options": [o.model_copy(update={"note": told(o.note)}) for o in s.options],
            }
        )
        for s in supports
    ]
