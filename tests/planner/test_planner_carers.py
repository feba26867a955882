"""Carers: when a carer stops or gives more than anyone can keep up, their work becomes costed
needs; every carer giving substantial care is offered a carer's assessment; an emergency plan
says who steps in."""

from __future__ import annotations

from collections.abc import Callable

from planner import Plan, check_plan

Draft = Callable[..., Plan]

JEAN_STOPS = {
    "name": "Jean",
    "relationship": "wife",
    "helps_with": ["personal_care", "night_support", "medication"],
    "hours_per_week": 70,
    "can_continue": False,
}
ROB = {
    "name": "Rob",
    "relationship": "son",
    "helps_with": ["money_admin"],
    "hours_per_week": 1,
    "can_continue": True,
}


def test_a_carer_who_stops_has_her_nights_and_medicines_costed_as_needs(draft: Draft) -> None:
    plan = draft(people=[JEAN_STOPS, ROB], budget_amount={"amount": 2000, "period": "week"})
    added = [n for n in plan.needs if n.from_carer == "Jean"]
    assert sorted(n.area for n in added) == ["medication", "night_support"]
    for need in added:
        paid = [s for s in plan.supports if need.id in s.meets and s.weekly_cost > 0]
        assert paid, need.text
    night = next(n for n in added if n.area == "night_support")
    assert any(s.rate_source == "sleep_in_night_rate" for s in plan.supports if night.id in s.meets)
    assert check_plan(plan) == []


def test_a_carer_giving_more_than_anyone_can_keep_up_hands_the_extra_to_paid_help(
    draft: Draft,
) -> None:
    mum = {
        "name": "Lorraine",
        "relationship": "mum",
        "helps_with": ["personal_care", "household"],
        "hours_per_week": 60,
        "can_continue": True,
    }
    plan = draft(people=[mum])
    added = [n for n in plan.needs if n.from_carer == "Lorraine"]
    assert [n.area for n in added] == ["household"]
    assert any("more help than anyone can keep up" in r.risk for r in plan.risks)
    assert "limited_support_network" in [r.code for r in plan.broker.reasons]


def test_every_carer_giving_substantial_care_is_offered_a_carers_assessment(draft: Draft) -> None:
    carer = {**ROB, "name": "Di", "helps_with": ["meals"], "hours_per_week": 25}
    light = {**ROB, "name": "Bo", "helps_with": ["shopping"], "hours_per_week": 1}
    plan = draft(people=[carer, light])
    steps = [a for a in plan.actions if "carer's assessment" in a.step]
    assert [a.who for a in steps] == ["Di"]
    assert "Care Act s10" in steps[0].step


def test_a_paid_pa_and_a_friend_whose_few_hours_stop_are_not_offered_a_carers_assessment(
    draft: Draft,
) -> None:
    pa = {
        **ROB,
        "name": "Jo",
        "relationship": "my PA (I employ her)",
        "helps_with": ["personal_care"],
        "hours_per_week": 25,
    }
    friend = {
        **ROB,
        "name": "Kit",
        "relationship": "flatmate and friend",
        "helps_with": ["personal_care"],
        "hours_per_week": 5,
        "can_continue": False,
    }
    wife = {
        **ROB,
        "name": "Mo",
        "relationship": "wife",
        "helps_with": ["meals"],
        "hours_per_week": 5,
        "can_continue": False,
    }
    plan = draft(people=[pa, friend, wife])
    steps = [a for a in plan.actions if "carer's assessment" in a.step]
    # family who cannot go on are still carers under strain; a PA is paid, a friend just stops
    # (a carer who stops does not ask for it: the person asks for them)
    assert [a.step.split("assessment for ")[1].split(" (")[0] for a in steps] == ["Mo"]
    assert all("Mo" not in a.who for a in steps)


def test_the_emergency_plan_names_who_steps_in_if_the_carer_is_ill(draft: Draft) -> None:
    carer = {**ROB, "name": "Di", "helps_with": ["personal_care"], "hours_per_week": 25}
    plan = draft(people=[carer, ROB])
    step = next(e for e in plan.emergency_plan if e.situation.startswith("Di"))
    assert "Rob" in step.who and "emergency duty team" in step.who
    assert {r.code: r.passed for r in plan.readiness}["contingency"]


def test_a_task_named_twice_becomes_one_need(draft: Draft) -> None:
    twice = {**JEAN_STOPS, "helps_with": ["medication", "medication"]}
    plan = draft(people=[twice])
    ids = [n.id for n in plan.needs]
    assert len(ids) == len(set(ids))
    assert [n.area for n in plan.needs if n.from_carer] == ["medication"]


def test_a_carers_need_never_takes_an_id_already_in_the_answers(draft: Draft) -> None:
    taken = [{"id": "carer1-medication", "area": "shopping", "text": "Shopping"}]
    plan = draft(people=[{**JEAN_STOPS, "helps_with": ["medication"]}], support_needs=taken)
    assert [n.id for n in plan.needs] == ["carer1-medication", "carer1-medication-2"]


def test_a_relative_not_wanted_as_a_carer_is_not_offered_a_carers_assessment(draft: Draft) -> None:
    """Eleventh session: "I don't want Noor doing my personal care" is not met by offering
    Noor an assessment as the person's carer (it would count on care the person refused)."""
    noor = {
        "name": "Noor",
        "relationship": "sister",
        "helps_with": ["personal_care", "shopping"],
        "hours_per_week": 20,
        "can_continue": True,
    }
    needs = [{"id": "n1", "area": "personal_care", "text": "Help to wash", "hours_per_week": 7}]
    refused = "My sister Noor helps a lot, but I don't want Noor doing my personal care any more."
    plan = draft(typical_week=refused, people=[noor], support_needs=needs)
    assert not any("carer's assessment for Noor" in a.step for a in plan.actions)
    wanted = "My sister Noor helps a lot and wants to keep doing my personal care."
    plan = draft(typical_week=wanted, people=[noor], support_needs=needs)
    assert any("carer's assessment for Noor" in a.step for a in plan.actions)
