"""Fitting to the budget, bottom lines, unpaid help and options."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from planner import Plan

Draft = Callable[..., Plan]
RANKING_WORDS = ("best", "recommended", "preferred", "top", "cheapest", "ideal", "leading")


def kinds(plan: Plan) -> set[str]:
    return {s.kind for s in plan.supports}


def paid_care(plan: Plan) -> list[str]:
    return [s.kind for s in plan.supports if s.kind in ("agency", "personal_assistant")]


def test_bottom_line_no_agency_staff_excludes_agency_options(draft: Draft) -> None:
    lines = [{"id": "b1", "text": "No agency staff", "kind": "must_not", "about": "agency_staff"}]
    plan = draft(
        bottom_lines=lines, employer_choice="use_agency", budget_management="direct_payment"
    )
    assert paid_care(plan) == ["personal_assistant"]
    for support in plan.supports:
        assert all("agency" not in o.name.lower() for o in support.options)
    assert plan.bottom_lines[0].honoured


def test_bottom_line_must_agency_means_no_one_is_employed(draft: Draft) -> None:
    lines = [{"id": "b1", "text": "I want an agency", "kind": "must", "about": "agency_staff"}]
    plan = draft(
        bottom_lines=lines, employer_choice="employ_pa", budget_management="direct_payment"
    )
    assert paid_care(plan) == ["agency"]
    care = next(s for s in plan.supports if s.kind == "agency")
    assert all("Employed" not in o.name for o in care.options)


def test_bottom_line_female_worker_goes_into_the_specification(draft: Draft) -> None:
    lines = [{"id": "b1", "text": "Only women, please", "kind": "must", "about": "female_worker"}]
    plan = draft(bottom_lines=lines)
    care = next(s for s in plan.supports if s.kind == "agency")
    assert any("women" in line for line in care.specification)
    assert "Every worker must do what the plan asks" in care.description
    assert "Only women, please" in care.specification[0]


def test_bottom_line_male_worker_goes_into_the_specification(draft: Draft) -> None:
    lines = [{"id": "b1", "text": "A man for bathing", "kind": "must", "about": "male_worker"}]
    care = next(s for s in draft(bottom_lines=lines).supports if s.kind == "agency")
    assert any("men" in line for line in care.specification)


def test_bottom_line_stay_in_my_own_home_excludes_residential_options(draft: Draft) -> None:
    needs = [{"id": "n1", "area": "carer_break", "text": "A break for my wife"}]
    lines = [{"id": "b1", "text": "I stay in my own home", "kind": "must", "about": "own_home"}]
    plan = draft(support_needs=needs, bottom_lines=lines)
    brk = next(s for s in plan.supports if s.kind == "short_break")
    assert all("care home" not in o.name.lower() for o in brk.options)
    assert len(brk.options) >= 3
    without = draft(support_needs=needs)
    brk = next(s for s in without.supports if s.kind == "short_break")
    assert any("care home" in o.name.lower() for o in brk.options)


def test_bottom_line_no_day_service_uses_other_ways_to_get_out(draft: Draft) -> None:
    needs = [{"id": "n1", "area": "community_access", "text": "Getting out", "hours_per_week": 6}]
    lines = [{"id": "b1", "text": "No day centres", "kind": "must_not", "about": "day_service"}]
    plan = draft(support_needs=needs, bottom_lines=lines, current_support=["Day centre"])
    assert "day_service" not in kinds(plan)
    with_centre = draft(support_needs=needs, current_support=["Day centre on Mondays"])
    assert "day_service" in kinds(with_centre)


def test_bottom_line_family_not_involved_means_family_help_is_not_counted(draft: Draft) -> None:
    people = [
        {
            "name": "Ann",
            "relationship": "daughter",
            "helps_with": ["personal_care"],
            "hours_per_week": 3,
            "can_continue": True,
        }
    ]
    lines = [
        {"id": "b1", "text": "Not my daughter", "kind": "must_not", "about": "family_involved"}
    ]
    plan = draft(people=people, bottom_lines=lines)
    assert "informal" not in kinds(plan)
    assert next(s for s in plan.supports if s.kind == "agency").hours_per_week == 7


def test_other_bottom_lines_are_written_into_the_specification_in_their_words(
    draft: Draft,
) -> None:
    lines = [
        {"id": "b1", "text": "Halal food only", "kind": "must", "about": "diet"},
        {"id": "b2", "text": "Speak Urdu", "kind": "must", "about": "language"},
        {"id": "b3", "text": "Time to pray at noon", "kind": "must", "about": "faith"},
        {"id": "b4", "text": "Never before 10am", "kind": "must_not", "about": "routine"},
        {"id": "b5", "text": "Must love dogs", "kind": "must", "about": "pets"},
        {"id": "b6", "text": "Something of my own", "kind": "must", "about": "other"},
    ]
    plan = draft(bottom_lines=lines)
    spec = " ".join(next(s for s in plan.supports if s.kind == "agency").specification)
    for line in lines:
        assert line["text"] in spec
    assert all(b.honoured for b in plan.bottom_lines)


def test_clashing_bottom_lines_are_not_both_honoured(draft: Draft) -> None:
    lines = [
        {"id": "b1", "text": "No agency", "kind": "must_not", "about": "agency_staff"},
        {"id": "b2", "text": "Agency only", "kind": "must", "about": "agency_staff"},
    ]
    plan = draft(bottom_lines=lines)
    assert [b.honoured for b in plan.bottom_lines] == [True, False]


def test_unpaid_help_counts_only_the_hours_people_give(draft: Draft) -> None:
    people = [
        {
            "name": "Ann",
            "relationship": "daughter",
            "helps_with": ["personal_care"],
            "hours_per_week": 3,
            "can_continue": True,
        }
    ]
    plan = draft(people=people)
    informal = next(s for s in plan.supports if s.kind == "informal")
    assert informal.hours_per_week == 3
    assert next(s for s in plan.supports if s.kind == "agency").hours_per_week == 4


def test_people_who_cannot_continue_are_not_counted_on(draft: Draft) -> None:
    people = [
        {
            "name": "Ann",
            "relationship": "daughter",
            "helps_with": ["personal_care"],
            "hours_per_week": 7,
            "can_continue": False,
        }
    ]
    plan = draft(people=people)
    assert "informal" not in kinds(plan)
    assert any("Ann cannot keep helping" in r.risk for r in plan.risks)


def test_unconfirmed_help_is_not_counted_and_is_asked_about(draft: Draft) -> None:
    people = [
        {
            "name": "Ann",
            "relationship": "friend",
            "helps_with": ["personal_care"],
            "hours_per_week": 7,
            "can_continue": None,
        }
    ]
    plan = draft(people=people)
    assert "informal" not in kinds(plan)
    assert any("Ask Ann" in a.step for a in plan.actions)


def test_a_person_named_in_a_safeguarding_concern_is_not_counted_on(draft: Draft) -> None:
    people = [
        {
            "name": "Gary",
            "relationship": "nephew",
            "helps_with": ["money_admin"],
            "hours_per_week": 1,
            "can_continue": True,
        }
    ]
    needs = [{"id": "n1", "area": "money_admin", "text": "Bills"}]
    concerns = [{"code": "safeguarding", "evidence": "My nephew takes my money"}]
    plan = draft(people=people, support_needs=needs, concerns=concerns)
    assert "informal" not in kinds(plan)
    assert plan.needs[0].covered_by


def test_needs_beyond_the_budget_show_an_honest_shortfall_and_are_listed_unmet(
    draft: Draft,
) -> None:
    needs = [
        {"id": "n1", "area": "personal_care", "text": "Washing", "hours_per_week": 7},
        {"id": "n2", "area": "night_support", "text": "Nights", "hours_per_week": 49},
    ]
    plan = draft(support_needs=needs, budget_amount={"amount": 300, "period": "week"})
    assert plan.costs.annual_headroom < 0
    assert plan.costs.annual_headroom == plan.costs.budget_annual - plan.costs.annual_total
    assert [u.ref for u in plan.unmet] == ["n2"]
    assert [n.funded for n in plan.needs] == [True, False]
    assert plan.needs[1].covered_by  # still costed in the plan


def test_needs_come_before_dreams(draft: Draft) -> None:
    needs = [{"id": "n1", "area": "community_access", "text": "Out", "hours_per_week": 7}]
    dreams = [{"id": "d1", "text": "Join a choir", "tags": ["social"]}]
    plan = draft(
        support_needs=needs, dreams=dreams, budget_amount={"amount": 240, "period": "week"}
    )
    assert plan.costs.annual_headroom >= 0
    assert [u.ref for u in plan.unmet] == ["d1"]
    assert plan.dreams[0].addressed_by  # the free route is still there
    richer = draft(support_needs=needs, dreams=dreams)
    assert richer.unmet == []
    assert len(richer.dreams[0].addressed_by) == 2


def test_a_need_with_unknown_hours_is_listed_unmet_never_dropped(draft: Draft) -> None:
    needs = [{"id": "n1", "area": "personal_care", "text": "Washing", "hours_per_week": None}]
    plan = draft(support_needs=needs)
    assert [u.ref for u in plan.unmet] == ["n1"]


def test_free_routes_meet_needs_that_need_no_paid_hours(draft: Draft) -> None:
    needs = [
        {"id": "n1", "area": "health", "text": "See my GP"},
        {"id": "n2", "area": "mobility", "text": "Getting about"},
        {"id": "n3", "area": "housing", "text": "Damp flat"},
    ]
    plan = draft(support_needs=needs)
    by_id = {s.id: s for s in plan.supports}
    assert by_id[plan.needs[0].covered_by[0]].kind == "mainstream"
    assert by_id[plan.needs[1].covered_by[0]].kind == "equipment"
    # minor aids and adaptations under £1,000 are free: nothing is charged to the budget
    assert by_id[plan.needs[1].covered_by[0]].one_off_cost == Decimal("0.00")
    assert plan.unmet == []


def test_paid_supports_offer_at_least_three_neutral_options_in_alphabetical_order(
    draft: Draft,
) -> None:
    needs = [
        {"id": "n1", "area": "personal_care", "text": "Washing", "hours_per_week": 7},
        {"id": "n2", "area": "carer_break", "text": "Break"},
        {"id": "n3", "area": "mobility", "text": "Getting about"},
    ]
    lines = [
        {"id": "b1", "text": "No agency", "kind": "must_not", "about": "agency_staff"},
        {"id": "b2", "text": "Own home", "kind": "must", "about": "own_home"},
    ]
    plan = draft(support_needs=needs, bottom_lines=lines)
    for s in plan.supports:
        if s.weekly_cost or s.one_off_cost:
            names = [o.name for o in s.options]
            assert len(names) >= 3, s.kind
            assert names == sorted(names, key=str.lower)
            text = " ".join(f"{o.name} {o.note}" for o in s.options).lower()
            assert not any(f" {word} " in f" {text} " for word in RANKING_WORDS)


def test_mix_uses_an_agency_for_personal_care_and_pas_for_the_rest(draft: Draft) -> None:
    needs = [
        {"id": "n1", "area": "personal_care", "text": "Washing", "hours_per_week": 7},
        {"id": "n2", "area": "community_access", "text": "Going out", "hours_per_week": 3},
    ]
    plan = draft(support_needs=needs, employer_choice="mix", budget_management="direct_payment")
    assert sorted(paid_care(plan)) == ["agency", "personal_assistant"]


def test_employing_pas_with_a_council_managed_budget_asks_for_a_direct_payment(
    draft: Draft,
) -> None:
    plan = draft(employer_choice="employ_pa", budget_management="council_managed")
    assert any("direct payment" in a.step for a in plan.actions)
