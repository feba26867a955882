"""The six example profiles: drafted plans match the checked-in, hand-checked baseline.

To regenerate after a deliberate change: `python tests/planner/regenerate_expected.py`,
then read the diff. The plan id is the file's name; created_at is 2026-05-01T09:00:00Z.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from planner import Plan, check_plan, draft_plan, load_rate_card, render_json

HERE = Path(__file__).parent
NAMES = sorted(p.stem for p in (HERE / "profiles").glob("*.json"))
CREATED_AT = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def drafted(name: str) -> Plan:
    path = HERE / "profiles" / f"{name}.json"
    profile = json.loads(path.read_text(encoding="utf-8"))
    return draft_plan(profile, load_rate_card(), plan_id=name, created_at=CREATED_AT)


def test_there_are_at_least_six_examples_each_with_an_expected_plan() -> None:
    assert len(NAMES) >= 6
    for name in NAMES:
        assert (HERE / "expected" / f"{name}.json").exists(), name


@pytest.mark.parametrize("name", NAMES)
def test_drafted_plan_matches_the_checked_in_plan(name: str) -> None:
    expected = json.loads((HERE / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    got = json.loads(render_json(drafted(name)))
    assert got == expected


@pytest.mark.parametrize("name", NAMES)
def test_example_plans_check_out(name: str) -> None:
    assert check_plan(drafted(name)) == []


# What a person reading each plan should see, checked by hand against the figures.
HAND_CHECKED = {
    # 7 h agency bought by the council at its rate: 7 x £24.10 = £168.70; no contingency
    # (an agency covers its own staff); budget £250 a week.
    "older_person_morning_help": ("none", [], "168.70", "4227.60", []),
    # 50 h over 2 PAs (25 h each), NI offset by the allowance; a cleaner for the housework;
    # 5% contingency on the PAs only; £65,000 budget.
    "young_adult_own_flat": (
        "recommended",
        ["capacity_or_communication", "large_budget", "housing_change", "employing_staff"],
        "910.65",
        "17646.20",
        [],
    ),
    # 17.5 h agency at the council rate, a meals service (priced, paid from her own money like
    # any food: round ten), 2 weeks of replacement care at home (she must stay in her own
    # home); Susan cannot keep going; her daughter answering.
    "carer_for_mother": (
        "optional",
        ["capacity_or_communication", "limited_support_network"],
        "462.13",
        "22769.24",
        [],
    ),
    # 9 h PA (below NI and pension thresholds) + 5% contingency; the NHS meets health needs.
    "mental_health_paid_work": ("optional", ["health_coordination"], "147.78", "1315.44", []),
    # Personal care and meals first; nights are a sleep-in (£115 a night), part-funded:
    # 1 of 7 nights; the shortfall figure is the whole gap; the dream waits.
    "needs_exceed_budget": (
        "recommended",
        ["budget_shortfall", "limited_support_network"],
        "1543.80",
        "-33477.60",
        ["n3", "d1"],
    ),
    # Safeguarding first; the nephew named in the concern is kept out; the money goes through
    # the council (council rate for the agency) until it is safe.
    "financial_abuse": (
        "urgent",
        ["safeguarding_concern", "limited_support_network"],
        "104.30",
        "2376.40",
        [],
    ),
}


@pytest.mark.parametrize("name", sorted(HAND_CHECKED))
def test_example_figures_and_advice_are_as_checked_by_hand(name: str) -> None:
    level, codes, weekly, headroom, unmet = HAND_CHECKED[name]
    plan = drafted(name)
    assert plan.broker.level == level
    assert [r.code for r in plan.broker.reasons] == codes
    assert plan.costs.weekly_total == Decimal(weekly)
    assert plan.costs.annual_headroom == Decimal(headroom)
    assert [u.ref for u in plan.unmet] == unmet


def test_the_financial_abuse_example_signposts_help_and_does_not_rely_on_the_nephew() -> None:
    plan = drafted("financial_abuse")
    assert plan.safeguarding.concern
    assert all("Gary" not in s.description for s in plan.supports)
    assert any("named in a worry about safety" in r.risk for r in plan.risks)
    assert plan.safeguarding.kept_out == ["Gary"]  # named only here, for the checks
