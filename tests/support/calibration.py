"""Shared by the calibration tests of issue 16 (tests/planner/test_calibration*.py): development
profiles that carry a panel's verdict (`_panel`), drafted the same way every time, and the check
that a plan matches its panel exactly."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from planner import Plan, check_plan, draft_plan, load_rate_card

PROFILES = Path(__file__).resolve().parents[1] / "planner" / "profiles"
CREATED_AT = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def profile(name: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((PROFILES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def drafted(name: str) -> Plan:
    return draft_plan(profile(name), load_rate_card(), plan_id=name, created_at=CREATED_AT)


def codes(plan: Plan) -> list[str]:
    return [r.code for r in plan.broker.reasons]


def check_kinds(kinds: dict[str, tuple[str, ...]]) -> None:
    """Every kind of miss has at least two profiles, each with a panel's verdict."""
    for kind, names in kinds.items():
        assert len(names) >= 2, kind
        for name in names:
            assert "_panel" in profile(name), name


def assert_matches_panel(name: str) -> None:
    """The plan checks out, and its broker level and readiness are the panel's exactly."""
    plan = drafted(name)
    panel = profile(name)["_panel"]
    assert isinstance(panel, dict)
    assert check_plan(plan) == []
    failed = [r.code for r in plan.readiness if not r.passed]
    assert (plan.broker.level, not failed) == (
        panel["broker_level"],
        panel["verdict"] == "agree",
    ), [(r.code, r.evidence) for r in plan.broker.reasons] + failed


def person_row(
    name: str, relationship: str, helps: list[str], hours: float | None, can_continue: bool = True
) -> dict[str, object]:
    """One of the people around, as a profile holds them."""
    return {
        "name": name,
        "relationship": relationship,
        "helps_with": helps,
        "hours_per_week": hours,
        "can_continue": can_continue,
    }


def need_row(
    i: int, area: str, text: str, hours: float | None = None, times: str | None = None
) -> dict[str, object]:
    """A support need, as a profile holds it (id n<i>)."""
    return {"id": f"n{i}", "area": area, "text": text, "hours_per_week": hours, "times": times}


def reasons(plan: Plan) -> dict[str, str]:
    """The broker advice's reasons: code to evidence."""
    return {r.code: r.evidence for r in plan.broker.reasons}
