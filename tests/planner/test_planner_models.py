"""Profile validation: clear errors naming each bad field; lenient where it is safe."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from planner import Profile, describe_errors


def errors_for(data: dict[str, object]) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        Profile.model_validate(data)
    return describe_errors(caught.value)


def test_negative_money_is_refused_naming_the_field(
    make_profile: Callable[..., dict[str, Any]],
) -> None:
    lines = errors_for(make_profile(budget_amount={"amount": -5, "period": "week"}))
    assert any(line.startswith("budget_amount.amount:") for line in lines)


def test_more_than_168_hours_a_week_is_refused_naming_the_need(
    make_profile: Callable[..., dict[str, Any]],
) -> None:
    needs = [{"id": "n1", "area": "meals", "text": "Meals", "hours_per_week": 169}]
    lines = errors_for(make_profile(support_needs=needs))
    assert any(line.startswith("support_needs[0].hours_per_week:") for line in lines)


def test_unknown_need_area_is_refused(make_profile: Callable[..., dict[str, Any]]) -> None:
    needs = [{"id": "n1", "area": "flying", "text": "Fly", "hours_per_week": 1}]
    lines = errors_for(make_profile(support_needs=needs))
    assert any(line.startswith("support_needs[0].area:") for line in lines)


def test_every_bad_field_is_named_at_once(make_profile: Callable[..., dict[str, Any]]) -> None:
    lines = errors_for(
        make_profile(
            budget_amount={"amount": -1, "period": "fortnight"},
            people=[{"name": "Jo", "helps_with": ["cooking"], "hours_per_week": 200}],
        )
    )
    named = {line.split(":")[0] for line in lines}
    assert {
        "budget_amount.amount",
        "budget_amount.period",
        "people[0].helps_with[0]",
        "people[0].hours_per_week",
    } <= named


def test_repeated_ids_are_refused(make_profile: Callable[..., dict[str, Any]]) -> None:
    dreams = [{"id": "n1", "text": "Travel"}]
    lines = errors_for(make_profile(dreams=dreams))
    assert any("repeated: n1" in line for line in lines)


def test_unknown_extra_fields_are_ignored_so_the_contract_can_grow(
    make_profile: Callable[..., dict[str, Any]],
) -> None:
    profile = Profile.model_validate(make_profile(new_field_from_the_future=True))
    assert profile.preferred_name == "Alex"


@pytest.mark.parametrize(
    ("period", "annual"),
    [("week", "5200"), ("four_weeks", "1300"), ("month", "1200"), ("year", "100")],
)
def test_budget_periods_convert_to_a_year(
    period: str, annual: str, make_profile: Callable[..., dict[str, Any]]
) -> None:
    profile = Profile.model_validate(make_profile(budget_amount={"amount": 100, "period": period}))
    assert profile.budget_annual == Decimal(annual)


def test_money_keeps_pennies_exactly(make_profile: Callable[..., dict[str, Any]]) -> None:
    profile = Profile.model_validate(
        make_profile(budget_amount={"amount": 250.1, "period": "week"})
    )
    assert profile.budget_amount is not None
    assert profile.budget_amount.amount == Decimal("250.1")


def test_missing_bottom_line_tag_is_inferred_from_the_words(
    make_profile: Callable[..., dict[str, Any]],
) -> None:
    lines = [
        {"id": "b1", "text": "No agency staff please", "kind": "must_not"},
        {"id": "b2", "text": "Only female carers", "kind": "must", "about": "gender?"},
        {"id": "b3", "text": "Something unusual", "kind": "must", "about": "  "},
    ]
    profile = Profile.model_validate(make_profile(bottom_lines=lines))
    assert [b.about for b in profile.bottom_lines] == ["agency_staff", "female_worker", "other"]


def test_overlong_free_text_is_refused(make_profile: Callable[..., dict[str, Any]]) -> None:
    lines = errors_for(make_profile(typical_week="x" * 2001))
    assert any(line.startswith("typical_week:") for line in lines)
