"""Broker things in plain words for people: a suggestion in one line, a fee in pounds."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from assistant.brokers.models import Suggestion
from planner.money import gbp

__all__ = ["describe_suggestion", "fee_text"]

_KIND_WORDS = {"personal_assistant": "personal assistants", "agency": "an agency"}


def fee_text(pence: int) -> str:
    """A fee held in pence, in pounds: 4000 -> "£40.00"."""
    return gbp(Decimal(pence) / 100)


def describe_suggestion(suggestion: Suggestion, section_titles: dict[str, str]) -> str:
    """A suggestion in one plain line, e.g. "Personal assistants: 50 hours a week instead of
    56" (no support codes: the person reads it)."""
    if suggestion.target == "section":
        title = section_titles.get(suggestion.section_key or "", suggestion.section_key or "")
        return f"New wording for \u201c{title}\u201d"
    change = suggestion.change
    before = change.get("from", {})
    parts = []
    if "hours_per_week" in change:
        parts.append(
            f"{_num(change['hours_per_week'])} hours a week instead of "
            f"{_num(before.get('hours_per_week'))}"
        )
    if "kind" in change:
        parts.append(
            f"support from {_KIND_WORDS.get(change['kind'], change['kind'])} instead of "
            f"{_KIND_WORDS.get(before.get('kind', ''), before.get('kind', ''))}"
        )
    what = _KIND_WORDS.get(before.get("kind", ""), "a support")
    return f"{what[:1].upper()}{what[1:]}: " + "; ".join(parts)


def _num(value: Any) -> str:
    if value is None:
        return "?"
    return f"{Decimal(str(value)).normalize():f}"
