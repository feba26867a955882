"""planner.redraft: a broker's suggestion, once the person accepts it, redrafted without I/O."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from planner import Plan, plan_to_dict
from planner.redraft import (
    REDRAWN_SECTIONS,
    RedraftError,
    SupportChange,
    keep_wording,
    profile_with_change,
    reword,
    spread_hours,
)

LATER = datetime(2026, 6, 2, 10, 30, tzinfo=UTC)
NEEDS = [
    {"id": "n1", "area": "personal_care", "text": "Help to get up", "hours_per_week": 7},
    {"id": "n2", "area": "personal_care", "text": "Help to go to bed", "hours_per_week": 3},
]


def paid_support(plan: Plan) -> Any:
    return next(s for s in plan.supports if s.kind in ("agency", "personal_assistant"))


def test_spread_hours_shares_a_cut_in_proportion_in_quarter_hours() -> None:
    assert spread_hours([Decimal(10), Decimal(30)], Decimal(-8)) == [Decimal(8), Decimal(24)]


def test_spread_hours_gives_the_last_need_what_rounding_leaves() -> None:
    spread = spread_hours([Decimal(1), Decimal(1), Decimal(1)], Decimal(1))
    assert spread == [Decimal("1.25"), Decimal("1.25"), Decimal("1.5")]
    assert sum(spread) == 4


def test_spread_hours_never_goes_below_nothing() -> None:
    assert spread_hours([Decimal(2), Decimal(2)], Decimal(-5)) == [Decimal(0), Decimal(0)]
    assert spread_hours([], Decimal(3)) == []


def test_new_hours_are_spread_over_the_needs_the_support_meets(
    make_profile: Callable[..., dict[str, Any]], draft: Callable[..., Plan]
) -> None:
    profile = make_profile(support_needs=NEEDS)
    plan = draft(support_needs=NEEDS)
    support = paid_support(plan)
    assert set(support.meets) == {"n1", "n2"} and support.hours_per_week == 10
    before = copy.deepcopy(profile)
    change = SupportChange(support.id, was_kind=support.kind, hours_per_week=Decimal(15))
    changed = profile_with_change(profile, plan, change)
    hours = {n["id"]: n["hours_per_week"] for n in changed["support_needs"]}
    assert hours == {"n1": 10.5, "n2": 4.5}
    assert profile == before  # the person's stored answers are not changed in place


def test_a_new_kind_becomes_the_employer_choice(
    make_profile: Callable[..., dict[str, Any]], draft: Callable[..., Plan]
) -> None:
    plan = draft()
    support = paid_support(plan)
    change = SupportChange(support.id, was_kind=support.kind, kind="personal_assistant")
    changed = profile_with_change(make_profile(), plan, change)
    assert changed["employer_choice"] == "employ_pa"
    assert changed["support_needs"] == make_profile()["support_needs"]


def test_a_change_to_a_plan_that_has_moved_on_is_refused(
    make_profile: Callable[..., dict[str, Any]], draft: Callable[..., Plan]
) -> None:
    plan = draft()
    support = paid_support(plan)
    stale = SupportChange(support.id, was_kind="something_else", hours_per_week=Decimal(5))
    with pytest.raises(RedraftError, match="changed since"):
        profile_with_change(make_profile(), plan, stale)
    with pytest.raises(RedraftError, match="changed since"):
        profile_with_change(make_profile(), plan, SupportChange("no-such", was_kind="agency"))


def test_without_answers_there_is_nothing_to_redraft_from(draft: Callable[..., Plan]) -> None:
    plan = draft()
    support = paid_support(plan)
    change = SupportChange(support.id, was_kind=support.kind, hours_per_week=Decimal(5))
    with pytest.raises(RedraftError, match="answers"):
        profile_with_change({"support_needs": []}, plan, change)


def test_reword_changes_one_section_and_the_version_only(draft: Callable[..., Plan]) -> None:
    plan = draft()
    new = reword(plan, "important_to_me", "Gardening, every day.", version=2, created_at=LATER)
    assert new.version == 2 and new.created_at == LATER
    texts = {s.key: s.text for s in new.sections}
    assert texts["important_to_me"] == "Gardening, every day."
    old = {s.key: s.text for s in plan.sections}
    assert {k: v for k, v in texts.items() if k != "important_to_me"} == {
        k: v for k, v in old.items() if k != "important_to_me"
    }
    assert new.costs == plan.costs and new.supports == plan.supports


def test_reword_gives_what_the_stored_plan_edited_as_data_gave(draft: Callable[..., Plan]) -> None:
    """The same plan as editing the stored JSON and validating it (how it was done before)."""
    plan = draft()
    data = copy.deepcopy(plan_to_dict(plan))
    for section in data["sections"]:
        if section["key"] == "important_to_me":
            section["text"] = "Gardening."
    data.update(version=2, created_at=LATER.isoformat())
    stored = Plan.model_validate(plan_to_dict(plan))
    new = reword(stored, "important_to_me", "Gardening.", version=2, created_at=LATER)
    assert plan_to_dict(new) == plan_to_dict(Plan.model_validate(data))


def test_keep_wording_puts_back_accepted_words_except_where_figures_rule(
    draft: Callable[..., Plan],
) -> None:
    plan = draft()
    redrawn = REDRAWN_SECTIONS[0]
    wording = {"important_to_me": "Mine.", redrawn: "Old figures."}
    kept = keep_wording(plan, wording)
    texts = {s.key: s.text for s in kept.sections}
    assert texts["important_to_me"] == "Mine."
    assert texts[redrawn] == next(s.text for s in plan.sections if s.key == redrawn)
    assert keep_wording(plan, {}) is plan
