"""Fixtures for the planner tests: the packaged rate card and a small profile builder.

Plain data in, plain data out: no fakes are needed because the planner has no I/O.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from planner import Plan, RateCard, draft_plan, load_rate_card, plan_to_dict

HERE = Path(__file__).parent
PROFILES = HERE / "profiles"
EXPECTED = HERE / "expected"
BROKER_DEV = HERE / "broker_dev"
CREATED_AT = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def base_profile(**changes: Any) -> dict[str, Any]:
    """A small valid profile: one need, a modest budget, a confident person planning alone."""
    profile: dict[str, Any] = {
        "consent": True,
        "preferred_name": "Alex",
        "answering_for": "self",
        "people": [
            {
                "name": "Sam",
                "relationship": "friend",
                "helps_with": ["shopping"],
                "hours_per_week": 2,
                "can_continue": True,
            },
            {
                "name": "Kim",
                "relationship": "neighbour",
                "helps_with": ["social_life"],
                "hours_per_week": 1,
                "can_continue": True,
            },
        ],
        "important_to": ["My garden"],
        "support_needs": [
            {"id": "n1", "area": "personal_care", "text": "Help to get up", "hours_per_week": 7},
        ],
        "dreams": [],
        "bottom_lines": [],
        "budget_amount": {"amount": 400, "period": "week"},
        "budget_management": "council_managed",
        "employer_choice": "use_agency",
        "plan_voice": "first_person",
        "concerns": [],
    }
    profile.update(changes)
    return profile


@pytest.fixture
def make_profile() -> Callable[..., dict[str, Any]]:
    """base_profile as a fixture, so test modules never import conftest by name."""
    return base_profile


@pytest.fixture(scope="session")
def rates() -> RateCard:
    return load_rate_card()


@pytest.fixture
def draft(rates: RateCard) -> Callable[..., Plan]:
    """Draft a plan from base_profile(**changes) with the packaged rates."""

    def _draft(**changes: Any) -> Plan:
        return draft_plan(base_profile(**changes), rates, plan_id="test", created_at=CREATED_AT)

    return _draft


@pytest.fixture(scope="module")
def dev_plan() -> Callable[[str], dict[str, Any]]:
    """A development profile's plan (tests/planner/broker_dev) as the JSON contract gives it."""
    card = load_rate_card()

    def plan(name: str) -> dict[str, Any]:
        path = BROKER_DEV / "profiles" / f"{name}.json"
        profile = json.loads(path.read_text(encoding="utf-8"))
        drafted = draft_plan(
            profile, card, plan_id=name, created_at=datetime(2026, 12, 1, tzinfo=UTC)
        )
        return plan_to_dict(drafted)

    return plan
