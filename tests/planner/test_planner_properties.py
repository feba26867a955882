"""Property tests: over many generated profiles, the plan's promises always hold."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import (
    BOTTOM_LINE_TAGS,
    NEED_AREAS,
    SMS_LIMIT,
    Plan,
    Profile,
    check_plan,
    draft_plan,
    is_gsm7,
    load_rate_card,
    render_sms,
)

RATES = load_rate_card()
WHEN = datetime(2026, 5, 1, 9, tzinfo=UTC)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

words = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40
).filter(lambda s: s.strip())
hours = st.one_of(
    st.none(), st.integers(0, 80).map(float), st.sampled_from([0.25, 1.5, 7.75, 10.5])
)


@st.composite
def profiles(draw: st.DrawFn) -> dict[str, Any]:
    needs = [
        {
            "id": f"n{i}",
            "area": draw(st.sampled_from(NEED_AREAS)),
            "text": draw(words),
            "hours_per_week": draw(hours),
        }
        for i in range(draw(st.integers(0, 6)))
    ]
    dreams = [
        {
            "id": f"d{i}",
            "text": draw(
                st.sampled_from(
                    ["Own flat", "A job", "Go to college", "Holiday by the sea", "Join a choir"]
                )
            ),
            "tags": draw(st.lists(words, max_size=2)),
        }
        for i in range(draw(st.integers(0, 3)))
    ]
    lines = [
        {
            "id": f"b{i}",
            "text": draw(words),
            "kind": draw(st.sampled_from(["must", "must_not"])),
            "about": draw(st.sampled_from(sorted(BOTTOM_LINE_TAGS))),
        }
        for i in range(draw(st.integers(0, 3)))
    ]
    people = [
        {
            "name": draw(words),
            "relationship": draw(st.sampled_from(["mum", "friend", "son", ""])),
            "helps_with": draw(st.lists(st.sampled_from(NEED_AREAS), max_size=3, unique=True)),
            "hours_per_week": draw(hours),
            "can_continue": draw(st.sampled_from([True, False, None])),
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    concerns = [
        {
            "code": draw(
                st.sampled_from(
                    [
                        "safeguarding",
                        "crisis",
                        "capacity",
                        "communication",
                        "conflict",
                        "asked_for_person",
                    ]
                )
            ),
            "evidence": draw(words),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    amount = draw(st.decimals(min_value=0, max_value=200000, places=2, allow_nan=False))
    return {
        "preferred_name": draw(words),
        "answering_for": draw(st.sampled_from(["self", "someone_else"])),
        "people": people,
        "support_needs": needs,
        "dreams": dreams,
        "bottom_lines": lines,
        "budget_amount": {
            "amount": str(amount),
            "period": draw(st.sampled_from(["week", "four_weeks", "month", "year"])),
        },
        "budget_management": draw(
            st.sampled_from(
                [
                    "direct_payment",
                    "council_managed",
                    "individual_service_fund",
                    "third_party",
                    "not_sure",
                ]
            )
        ),
        "employer_choice": draw(st.sampled_from(["employ_pa", "use_agency", "mix", "not_sure"])),
        "plan_voice": draw(st.sampled_from(["first_person", "third_person"])),
        "concerns": concerns,
    }


def draft(data: dict[str, Any]) -> Plan:
    return draft_plan(Profile.model_validate(data), RATES, plan_id="prop", created_at=WHEN)


@SETTINGS
@given(profiles())
def test_arithmetic_invariants_hold_to_the_penny(data: dict[str, Any]) -> None:
    plan = draft(data)
    assert check_plan(plan) == []
    zero = Decimal("0.00")
    for s in plan.supports:
        assert s.weekly_cost == sum((line.weekly for line in s.cost_breakdown), zero)
        assert s.annual_cost == s.weekly_cost * 52
    c = plan.costs
    assert c.weekly_total == sum((s.weekly_cost for s in plan.supports), zero)
    assert c.annual_total == c.weekly_total * 52
    assert c.annual_headroom == c.budget_annual - c.annual_total
    for value in (c.weekly_total, c.annual_total, c.annual_headroom, c.budget_annual):
        assert value == value.quantize(Decimal("0.01"))


@SETTINGS
@given(profiles())
def test_no_cost_is_negative(data: dict[str, Any]) -> None:
    plan = draft(data)
    for s in plan.supports:
        assert s.weekly_cost >= 0 and s.annual_cost >= 0 and s.one_off_cost >= 0
        assert s.unit_cost >= 0
    assert plan.costs.weekly_total >= 0 and plan.costs.one_off_total >= 0


@SETTINGS
@given(profiles())
def test_every_need_is_covered_or_listed_unmet(data: dict[str, Any]) -> None:
    plan = draft(data)
    unmet = {u.ref for u in plan.unmet}
    # every need given is in the plan; a carer's work that stops is added as a need of its own
    assert [n.id for n in plan.needs][: len(data["support_needs"])] == [
        n["id"] for n in data["support_needs"]
    ]
    assert all(n.from_carer for n in plan.needs[len(data["support_needs"]) :])
    for need in plan.needs:
        assert need.covered_by or need.id in unmet
        assert need.funded or need.id in unmet


@SETTINGS
@given(profiles())
def test_advisable_exactly_when_recommended_or_urgent(data: dict[str, Any]) -> None:
    plan = draft(data)
    assert plan.broker.advisable == (plan.broker.level in ("recommended", "urgent"))
    danger = any(c["code"] in ("safeguarding", "crisis") for c in data["concerns"])
    assert (plan.broker.level == "urgent") == danger == plan.safeguarding.concern


@SETTINGS
@given(profiles())
def test_sms_summary_is_short_and_gsm7(data: dict[str, Any]) -> None:
    sms = render_sms(draft(data))
    assert len(sms) <= SMS_LIMIT
    assert is_gsm7(sms)


@SETTINGS
@given(profiles())
def test_bottom_lines_are_all_answered_and_agency_bans_hold(data: dict[str, Any]) -> None:
    plan = draft(data)
    assert [b.id for b in plan.bottom_lines] == [b["id"] for b in data["bottom_lines"]]
    first = next(
        (b for b in data["bottom_lines"] if b["about"] in ("agency_staff", "personal_assistant")),
        None,
    )
    if first and (first["about"], first["kind"]) in (
        ("agency_staff", "must_not"),
        ("personal_assistant", "must"),
    ):
        assert all(s.kind != "agency" for s in plan.supports)
