"""Voice: write about the person as "I" (first person) or by their name (third person).

v = Voice.of(profile)
f"{v.I} {v.pick('need', 'needs')} help"   -> "I need help" / "Sam needs help"
f"{v.My} budget"                           -> "My budget" / "Sam's budget"
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.models import Profile

__all__ = ["Voice", "long_date"]

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: date) -> str:
    """8 May 2026 (no locale, no clock)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Voice:
    """How the plan names the person."""

    first: bool
    name: str

    @classmethod
    def of(cls, profile: Profile) -> Voice:
        name = profile.preferred_name.strip() or "The person"
        return cls(first=profile.plan_voice == "first_person", name=name)

    @property
    def I(self) -> str:  # noqa: E743 - reads like the sentence it writes
        return "I" if self.first else self.name

    @property
    def me(self) -> str:
        return "me" if self.first else self.name

    @property
    def my(self) -> str:
        return "my" if self.first else f"{self.name}'s"

    @property
    def My(self) -> str:
        return "My" if self.first else f"{self.name}'s"

    def pick(self, first: str, third: str) -> str:
        """The first-person or third-person form of a word or phrase."""
        return first if self.first else third
