"""A device that beeps is no use to someone who cannot hear it (planner/senses.py, eleventh
session, from PLANNER.md's left-alone list)."""

from __future__ import annotations

from collections.abc import Callable

from planner import Plan, render_text

Draft = Callable[..., Plan]

_REMIND = [
    {
        "id": "n1",
        "area": "medication",
        "text": "Reminders to take my tablets",
        "hours_per_week": None,
    }
]


def _dispenser(plan: Plan) -> str:
    return next(s.description for s in plan.supports if "pill dispenser" in s.description.lower())


def test_a_deaf_person_gets_a_pill_dispenser_that_flashes_or_vibrates(draft: Draft) -> None:
    plan = draft(typical_week="I am Deaf and use BSL. I forget my tablets.", support_needs=_REMIND)
    assert "flashes or vibrates" in _dispenser(plan)
    assert "beeps" not in render_text(plan)


def test_someone_deafblind_gets_one_that_vibrates(draft: Draft) -> None:
    plan = draft(typical_week="I am deafblind and I forget my tablets.", support_needs=_REMIND)
    assert "vibrates" in _dispenser(plan) and "flashes" not in _dispenser(plan)


def test_someone_who_hears_gets_one_that_beeps(draft: Draft) -> None:
    plan = draft(typical_week="I forget my tablets.", support_needs=_REMIND)
    assert "beeps" in _dispenser(plan)
