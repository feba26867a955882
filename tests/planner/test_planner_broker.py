"""Broker advice: every reason code, the levels, and safeguarding signposts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from planner import REASON_CODES, Plan

Draft = Callable[..., Plan]


def codes(plan: Plan) -> list[str]:
    return [r.code for r in plan.broker.reasons]


def test_a_simple_plan_for_a_confident_person_needs_no_broker(draft: Draft) -> None:
    plan = draft()
    assert plan.broker.level == "none"
    assert plan.broker.advisable is False
    assert plan.broker.reasons == []
    assert plan.safeguarding.concern is False


def test_safeguarding_concern_makes_it_urgent_with_evidence_and_signposts(draft: Draft) -> None:
    concerns = [{"code": "safeguarding", "evidence": "He takes my pension"}]
    plan = draft(concerns=concerns)
    assert plan.broker.level == "urgent"
    assert plan.broker.advisable is True
    reason = plan.broker.reasons[0]
    assert reason.code == "safeguarding_concern"
    assert "He takes my pension" in reason.evidence
    assert plan.safeguarding.concern is True
    assert any("999" in s for s in plan.safeguarding.signposted)
    assert any("safeguarding team" in s for s in plan.safeguarding.signposted)
    assert "safeguarding" in plan.broker.specialisms


def test_crisis_signposts_samaritans_and_nhs_111_option_2(draft: Draft) -> None:
    plan = draft(concerns=[{"code": "crisis", "evidence": "I can't go on"}])
    assert plan.broker.level == "urgent"
    text = " ".join(plan.safeguarding.signposted)
    assert "116 123" in text
    assert "111, option 2" in text
    assert "999" in text


@pytest.mark.parametrize("code", ["capacity", "communication"])
def test_capacity_or_communication_concern_with_nobody_to_help_recommends_a_broker(
    draft: Draft, code: str
) -> None:
    plan = draft(people=[], concerns=[{"code": code, "evidence": "I get muddled with forms"}])
    assert codes(plan)[0] == "capacity_or_communication"
    assert plan.broker.level == "recommended"
    assert plan.broker.reasons[0].evidence == '"I get muddled with forms"'


def test_capacity_concern_with_people_around_to_help_is_weighed_lightly(
    draft: Draft, make_profile
) -> None:
    # someone who can help decide: a sister who does the letters (fourteenth session: a friend
    # for the shopping and a neighbour for company alone are not, planner.deciding)
    people = [
        *make_profile()["people"],
        {
            "name": "Jo",
            "relationship": "sister",
            "helps_with": ["money_admin"],
            "hours_per_week": 1,
        },
    ]
    plan = draft(
        people=people, concerns=[{"code": "capacity", "evidence": "I get muddled with forms"}]
    )
    assert codes(plan) == ["capacity_or_communication"]
    assert plan.broker.level == "optional"


def test_someone_else_answering_is_a_signal_to_check_not_a_verdict(draft: Draft) -> None:
    plan = draft(
        answering_for="someone_else",
        answering_relationship="son",
        typical_week="Mum has dementia. I am typing for her.",
    )
    assert codes(plan) == ["capacity_or_communication"]
    assert plan.broker.level == "optional"
    assert "son" in plan.broker.reasons[0].evidence
    typing = draft(answering_for="someone_else", answering_relationship="son")
    assert codes(typing) == []  # typing on its own is not a reason


def test_conflict_recommends_a_broker(draft: Draft) -> None:
    plan = draft(concerns=[{"code": "conflict", "evidence": "My family want me in a home"}])
    assert codes(plan) == ["conflict"]
    assert plan.broker.level == "recommended"


def test_asked_for_person_recommends_a_broker(draft: Draft) -> None:
    plan = draft(concerns=[{"code": "asked_for_person", "evidence": "Can I talk to a human?"}])
    assert codes(plan) == ["asked_for_person"]
    assert plan.broker.advisable is True


def test_large_budget_on_its_own_makes_a_broker_optional(draft: Draft) -> None:
    plan = draft(budget_amount={"amount": 60000, "period": "year"})
    assert codes(plan) == ["large_budget"]
    assert plan.broker.level == "optional"
    assert plan.broker.advisable is False


def test_complex_plan_with_many_paid_parts(draft: Draft) -> None:
    needs = [
        {"id": "n1", "area": "personal_care", "text": "Care", "hours_per_week": 7},
        {"id": "n2", "area": "carer_break", "text": "A break for my husband"},
        {"id": "n3", "area": "mobility", "text": "Getting about"},
        {"id": "n4", "area": "community_access", "text": "Out", "hours_per_week": 6},
        {"id": "n5", "area": "night_support", "text": "Someone to check on me once a night"},
    ]
    plan = draft(support_needs=needs, current_support=["Day centre on Fridays"])
    assert codes(plan) == ["complex_plan"]
    assert plan.broker.level == "optional"


def test_housing_change_from_a_dream_to_move(draft: Draft) -> None:
    plan = draft(dreams=[{"id": "d1", "text": "Live in my own flat", "tags": []}])
    assert codes(plan) == ["housing_change"]
    assert "housing" in plan.broker.specialisms


def test_health_coordination_from_a_health_need(draft: Draft) -> None:
    needs = [
        {"id": "n1", "area": "personal_care", "text": "Care", "hours_per_week": 7},
        {"id": "n2", "area": "health", "text": "Diabetes checks with the nurse"},
    ]
    plan = draft(support_needs=needs)
    assert codes(plan) == ["health_coordination"]
    assert "Diabetes checks" in plan.broker.reasons[0].evidence


def test_employing_staff_for_the_first_time(draft: Draft) -> None:
    plan = draft(employer_choice="employ_pa", budget_management="direct_payment")
    assert codes(plan) == ["employing_staff"]
    again = draft(
        employer_choice="employ_pa",
        budget_management="direct_payment",
        current_support=["I employ a PA already"],
    )
    assert codes(again) == []


def test_budget_shortfall_and_unmet_needs(draft: Draft) -> None:
    plan = draft(budget_amount={"amount": 100, "period": "week"})
    assert codes(plan) == ["budget_shortfall"]  # a need the budget part-funds is not "unmet"
    assert plan.broker.level == "recommended"
    assert "£100.00 a week" in plan.broker.reasons[0].evidence


def test_limited_support_network(draft: Draft) -> None:
    plan = draft(people=[])
    assert codes(plan) == ["limited_support_network"]
    carer = [
        {
            "name": "Di",
            "relationship": "wife",
            "helps_with": ["meals"],
            "hours_per_week": 10,
            "can_continue": False,
        },
        {
            "name": "Bo",
            "relationship": "son",
            "helps_with": ["shopping"],
            "hours_per_week": 1,
            "can_continue": True,
        },
    ]
    plan = draft(people=carer, budget_amount={"amount": 900, "period": "week"})
    assert codes(plan) == ["limited_support_network"]
    assert "Di cannot keep helping" in plan.broker.reasons[0].evidence


def test_pooled_budget(draft: Draft) -> None:
    dreams = [
        {"id": "d1", "text": "Pool our budgets with my two friends for a shared PA", "tags": []}
    ]
    plan = draft(dreams=dreams)
    assert "pooled_budget" in codes(plan)


def test_reasons_are_weighed_not_counted(draft: Draft) -> None:
    two = draft(people=[], budget_amount={"amount": 60000, "period": "year"})
    assert codes(two) == ["large_budget", "limited_support_network"]
    assert two.broker.level == "optional"  # two lesser reasons are not enough
    three = draft(
        people=[],
        budget_amount={"amount": 60000, "period": "year"},
        dreams=[{"id": "d1", "text": "Live in my own flat", "tags": []}],
    )
    assert codes(three) == ["large_budget", "housing_change", "limited_support_network"]
    assert three.broker.level == "recommended"


def test_few_people_does_not_fire_for_someone_living_with_a_partner(draft: Draft) -> None:
    partner = [
        {
            "name": "Pat",
            "relationship": "partner",
            "helps_with": ["meals"],
            "hours_per_week": 10,
            "can_continue": True,
        }
    ]
    assert "limited_support_network" not in codes(draft(people=partner))
    friend = [{**partner[0], "name": "Lou", "relationship": "friend"}]
    assert "limited_support_network" in codes(draft(people=friend))


def test_every_reason_code_is_reachable_and_explained(draft: Draft) -> None:
    plan = draft(
        people=[],
        answering_for="someone_else",
        concerns=[
            {"code": c, "evidence": f"words for {c}"}
            for c in ("safeguarding", "capacity", "conflict", "asked_for_person")
        ],
        support_needs=[
            {"id": "n1", "area": "personal_care", "text": "Care", "hours_per_week": 100},
            {"id": "n2", "area": "health", "text": "Nurse visits"},
            {"id": "n3", "area": "housing", "text": "Need to move"},
            {"id": "n4", "area": "household", "text": "Cleaning"},
        ],
        dreams=[{"id": "d1", "text": "Share support with friends", "tags": []}],
        employer_choice="employ_pa",
        budget_management="direct_payment",
        budget_amount={"amount": 1000, "period": "week"},
    )
    assert set(codes(plan)) == set(REASON_CODES)
    assert all(r.explanation and r.evidence for r in plan.broker.reasons)
    assert plan.broker.level == "urgent"
