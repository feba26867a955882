"""Broker advice and "Ready for the council?" calibrated against what an experienced broker
and a council panel say, kind by kind (issue 16).

Each kind has development profiles in tests/planner/profiles (with `_panel`), including near
neighbours that must not change; every one must match exactly here, not only 90% of them.
The unit tests below pin the rule behind each kind, so breaking it fails a test by name.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from planner import Plan, check_plan
from tests.support.calibration import (
    assert_matches_panel,
    check_kinds,
    codes,
)

Draft = Callable[..., Plan]

#: kind of miss -> profiles of that kind (near neighbours included)
KINDS: dict[str, tuple[str, ...]] = {
    "someone else types": (
        "wife_types_the_answers",
        "neighbour_types_he_cannot_see_the_screen",
        "son_types_mum_has_no_words",
    ),
    "many hours from family": (
        "husband_gives_sixty_hours",
        "mum_gives_sixty_hours",
        "wife_sixty_hours_end_of_her_tether",
    ),
    "adaptation is not a move": (
        "ot_walk_in_shower_and_garden",
        "needs_to_move_to_a_ground_floor_flat",
    ),
    "small gap the planner makes": (
        "direct_payment_agency_small_package",
        "wife_sixty_hours_small_budget",
        "council_agency_just_over_budget",
    ),
    "a yearly break": ("carers_week_away_each_year", "daughter_sitting_four_hours_a_week"),
    "carer breaking down": (
        "husband_cannot_carry_on_nights_and_parkinsons_tablets",
        "son_cannot_do_nights_any_more",
        "wife_cannot_go_on_with_meals_only",
    ),
    "specialist service and a trip": (
        "deafblind_guides_and_a_week_by_the_sea",
        "deafblind_guides_no_trip",
    ),
    "a holiday asked for": ("holiday_in_the_lakes_women_workers", "seaside_holiday_no_care_home"),
    "priced per meal": ("hot_meal_she_wont_cook_now", "wants_help_to_cook_hours_not_known"),
    "care in place not paid for": (
        "two_carers_four_times_a_day_budget_short",
        "short_budget_what_matters_most",
        "wife_does_nights_and_medicines_cannot_go_on",
    ),
}
NAMES = sorted({name for names in KINDS.values() for name in names})


def test_every_kind_has_at_least_two_profiles_with_a_panel_verdict() -> None:
    check_kinds(KINDS)


@pytest.mark.parametrize("name", NAMES)
def test_the_broker_level_and_readiness_match_the_panel_exactly(name: str) -> None:
    assert_matches_panel(name)


PARTNER = [
    {
        "name": "Pat",
        "relationship": "wife",
        "helps_with": ["meals", "shopping"],
        "hours_per_week": 14,
        "can_continue": True,
    }
]


# --- someone else typing ---------------------------------------------------------------


def test_a_relative_typing_is_not_by_itself_a_reason(draft: Draft) -> None:
    plan = draft(answering_for="someone_else", answering_relationship="daughter")
    assert codes(plan) == []
    assert plan.broker.level == "none"


def test_typing_for_someone_who_cannot_use_words_is_still_a_signal(draft: Draft) -> None:
    plan = draft(
        answering_for="someone_else",
        answering_relationship="son",
        typical_week="Dad had a stroke. He cannot speak now but he nods and points.",
    )
    assert codes(plan) == ["capacity_or_communication"]
    assert "son" in plan.broker.reasons[0].evidence
    assert plan.broker.level == "optional"


def test_typing_for_someone_who_signs_is_not_a_reason(draft: Draft) -> None:
    plan = draft(
        answering_for="someone_else",
        answering_relationship="husband",
        typical_week="My wife is Deaf and uses BSL. She tells me what to type.",
        support_needs=[
            {"id": "n1", "area": "communication", "text": "A BSL interpreter for the GP"},
        ],
    )
    assert "capacity_or_communication" not in codes(plan)


# --- many hours from family ------------------------------------------------------------


def _sixty(**changes: object) -> dict[str, object]:
    return {
        "name": "Sue",
        "relationship": "wife",
        "helps_with": ["personal_care", "meals"],
        "hours_per_week": 60,
        "can_continue": True,
        **changes,
    }


def test_a_spouse_giving_many_hours_is_a_network_not_a_limited_one(draft: Draft) -> None:
    plan = draft(people=[_sixty()])
    assert "limited_support_network" not in codes(plan)
    assert plan.broker.level == "none"


def test_family_the_person_lives_with_is_a_network(draft: Draft) -> None:
    claire = [
        {
            "name": "Claire",
            "relationship": "daughter",
            "helps_with": ["meals"],
            "hours_per_week": 14,
            "can_continue": True,
        }
    ]
    alone = draft(people=claire, typical_week="Claire visits on Sundays.")
    assert codes(alone) == ["limited_support_network"]  # one person, not at home
    home = draft(people=claire, typical_week="I am 80. My daughter Claire lives with me.")
    assert codes(home) == []
    typed = draft(
        people=claire,
        answering_for="someone_else",
        answering_relationship="daughter",
        typical_week="Mum lives with me.",
    )
    assert codes(typed) == []
    leaving = draft(
        people=claire,
        typical_week="I live with my daughter Claire.",
        dreams=[{"id": "d1", "text": "Move to a flat of my own", "tags": []}],
    )
    assert codes(leaving) == ["housing_change", "limited_support_network"]


def test_a_carer_at_the_end_of_her_tether_is_carer_strain(draft: Draft) -> None:
    plan = draft(
        people=[_sixty()],
        typical_week="Sue gives me 60 hours a week. She is at the end of her tether.",
    )
    assert codes(plan) == ["limited_support_network"]
    assert "end of her tether" in plan.broker.reasons[0].evidence
    assert plan.broker.level == "optional"


# --- a change to the home is not a move ------------------------------------------------


def test_an_adaptation_is_not_a_housing_change(draft: Draft) -> None:
    plan = draft(
        people=PARTNER,
        support_needs=[
            {"id": "n1", "area": "housing", "text": "The OT says a walk-in shower and rails"},
        ],
        dreams=[{"id": "d1", "text": "Sit in the garden at home with my dog", "tags": []}],
    )
    assert "housing_change" not in codes(plan)
    steps = " ".join(a.step for a in plan.actions)
    assert "Disabled Facilities Grant" in steps
    housing_team = [s for s in plan.supports if "housing options team" in s.description]
    assert housing_team == []  # an adaptation goes to an occupational therapist


def test_a_move_is_still_a_housing_change(draft: Draft) -> None:
    plan = draft(
        people=PARTNER,
        support_needs=[
            {"id": "n1", "area": "housing", "text": "We need to move to a bungalow"},
        ],
    )
    assert codes(plan) == ["housing_change"]


# --- small gaps the planner makes --------------------------------------------------------

PERSONAL_CARE_4H = [
    {"id": "n1", "area": "personal_care", "text": "Help to shower", "hours_per_week": 4}
]


def test_agency_hours_go_to_a_small_local_service_when_a_direct_payment_is_short(
    draft: Draft,
) -> None:
    budget = {"amount": 520, "period": "month"}  # £120 a week; 4 h x £33.07 = £132.28
    plan = draft(
        people=PARTNER,
        support_needs=PERSONAL_CARE_4H,
        budget_amount=budget,
        budget_management="direct_payment",
    )
    paid = [s for s in plan.supports if s.weekly_cost]
    assert [s.rate_source for s in paid] == ["micro_provider_hourly"]
    assert paid[0].weekly_cost == Decimal("80.00")
    assert plan.costs.annual_headroom >= 0
    assert plan.broker.level == "none"
    assert check_plan(plan) == []
    roomy = draft(
        people=PARTNER,
        support_needs=PERSONAL_CARE_4H,
        budget_amount={"amount": 150, "period": "week"},
        budget_management="direct_payment",
    )
    assert [s.rate_source for s in roomy.supports if s.weekly_cost] == ["agency_hourly_rate"]


def test_an_agency_only_bottom_line_keeps_the_agency_when_short(draft: Draft) -> None:
    plan = draft(
        people=PARTNER,
        support_needs=PERSONAL_CARE_4H,
        budget_amount={"amount": 520, "period": "month"},
        budget_management="direct_payment",
        bottom_lines=[
            {"id": "b1", "text": "An agency only", "kind": "must", "about": "agency_staff"}
        ],
    )
    assert [s.rate_source for s in plan.supports if s.weekly_cost] == ["agency_hourly_rate"]


def test_a_carers_extra_hours_that_do_not_fit_go_to_her_carers_assessment(
    draft: Draft,
) -> None:
    pat = [
        {
            "name": "Pat",
            "relationship": "wife",
            "helps_with": ["meals", "household", "medication"],
            "hours_per_week": 60,
            "can_continue": True,
        }
    ]
    care = [{"id": "n1", "area": "personal_care", "text": "Help to shower", "hours_per_week": 2.5}]
    plan = draft(people=pat, support_needs=care, budget_amount={"amount": 520, "period": "month"})
    assert plan.costs.annual_headroom >= 0 and plan.unmet == []
    assert next(n for n in plan.needs if n.id == "n1").funded  # the person's own need first
    theirs = [s for s in plan.supports if s.description.startswith("Pat's carer's assessment")]
    assert theirs and theirs[0].weekly_cost == 0
    assert plan.broker.level == "none"
    assert check_plan(plan) == []
    roomy = draft(people=pat, support_needs=care, budget_amount={"amount": 300, "period": "week"})
    assert not any("carer's assessment can pay" in s.description for s in roomy.supports)


def test_a_small_gap_on_its_own_is_only_a_signal(draft: Draft) -> None:
    care = [{"id": "n1", "area": "personal_care", "text": "Help to wash", "hours_per_week": 5}]
    small = {"amount": 520, "period": "month"}  # 5 h x £24.10 = £120.50 a week, £120 budget
    plan = draft(people=PARTNER, support_needs=care, budget_amount=small)
    assert codes(plan) == ["budget_shortfall"]
    assert plan.broker.level == "optional"
    # with two lesser reasons, a small gap still does not tip it into "recommended"
    move = [{"id": "d1", "text": "Move to a bungalow", "tags": []}]
    plan = draft(people=[], support_needs=care, budget_amount=small, dreams=move)
    assert sorted(codes(plan)) == ["budget_shortfall", "housing_change", "limited_support_network"]
    assert plan.broker.level == "optional"


# --- a yearly break ---------------------------------------------------------------------


def test_a_week_away_each_year_is_costed_once_a_year_and_at_home(draft: Draft) -> None:
    needs = [
        {
            "id": "n1",
            "area": "carer_break",
            "text": "One week away a year for my wife, with care at home while she is gone",
            "hours_per_week": 168,
        }
    ]
    no_home = [{"id": "b1", "text": "No care home", "kind": "must_not", "about": "residential"}]
    plan = draft(people=PARTNER, support_needs=needs, bottom_lines=no_home)
    (support,) = [s for s in plan.supports if s.weekly_cost]
    assert support.kind == "short_break"
    assert support.rate_source == "short_break_at_home_weekly"
    assert support.weekly_cost == Decimal("20.19")  # £1,050 / 52, once a year
    two = draft(
        people=PARTNER,
        support_needs=[{**needs[0], "text": "Two weeks away each year for my wife"}],
        bottom_lines=no_home,
    )
    (twice,) = [s for s in two.supports if s.weekly_cost]
    assert twice.rate_source != "short_break_weekly_rate"  # never a care home
    assert "2 weeks a year" in twice.description


def test_a_break_the_person_gave_no_length_for_is_one_week_when_the_budget_is_tight(
    draft: Draft,
) -> None:
    needs = [
        {"id": "n1", "area": "personal_care", "text": "Help to wash", "hours_per_week": 4},
        {"id": "n2", "area": "carer_break", "text": "A break for my wife"},
    ]
    stay = [{"id": "b1", "text": "I stay in my own home", "kind": "must", "about": "own_home"}]
    # 4 h x £24.10 = £96.40, and two weeks of care at home £40.38 a week: over £120
    tight = draft(
        people=PARTNER,
        support_needs=needs,
        bottom_lines=stay,
        budget_amount={"amount": 120, "period": "week"},
    )
    (short,) = [s for s in tight.supports if s.kind == "short_break"]
    assert "1 week a year" in short.description and short.weekly_cost == Decimal("20.19")
    assert tight.costs.annual_headroom >= 0
    roomy = draft(people=PARTNER, support_needs=needs, bottom_lines=stay)
    (usual,) = [s for s in roomy.supports if s.kind == "short_break"]
    assert "2 weeks a year" in usual.description


def test_someone_to_stay_with_me_while_she_is_away_is_care_at_home(draft: Draft) -> None:
    needs = [
        {
            "id": "n1",
            "area": "carer_break",
            "text": "Someone to stay with me while my wife has a week away each year",
        }
    ]
    plan = draft(people=PARTNER, support_needs=needs)
    (support,) = [s for s in plan.supports if s.kind == "short_break"]
    assert support.rate_source == "short_break_at_home_weekly"
    assert "1 week a year" in support.description


def test_hours_every_week_for_a_carer_stay_hours(draft: Draft) -> None:
    needs = [
        {
            "id": "n1",
            "area": "carer_break",
            "text": "Someone to sit with me so my wife can go to her choir",
            "hours_per_week": 3,
        }
    ]
    plan = draft(people=PARTNER, support_needs=needs)
    assert [s.kind for s in plan.supports if s.weekly_cost] == ["agency"]


# --- a carer breaking down ----------------------------------------------------------------

TOM = {
    "name": "Tom",
    "relationship": "husband",
    "helps_with": ["personal_care", "medication", "night_support"],
    "hours_per_week": 70,
    "can_continue": False,
}
NIGHT = [
    {"id": "n1", "area": "personal_care", "text": "Help to wash", "hours_per_week": 7},
    {"id": "n2", "area": "night_support", "text": "Help to the toilet once a night"},
]


def test_a_carer_stopping_with_nights_and_time_critical_medicines_recommends_a_broker(
    draft: Draft,
) -> None:
    plan = draft(
        people=[TOM, PARTNER[0] | {"name": "Kay", "relationship": "daughter"}],
        support_needs=NIGHT,
        typical_week="I have Parkinson's. My tablets must be given on time.",
    )
    assert sorted(codes(plan)) == ["health_coordination", "limited_support_network"]
    assert plan.broker.level == "recommended"
    assert plan.costs.annual_headroom >= 0  # the level is not from a shortfall


def test_a_carer_who_says_she_cannot_carry_on_weighs_like_one_who_stops(draft: Draft) -> None:
    rita = {
        "name": "Rita",
        "relationship": "wife",
        "helps_with": ["medication", "night_support"],
        "hours_per_week": 40,
        "can_continue": None,
    }
    needs = [
        {"id": "n1", "area": "medication", "text": "Help with my tablets", "hours_per_week": 3.5},
        {"id": "n2", "area": "night_support", "text": "Help to the toilet once a night"},
    ]
    plan = draft(people=[rita], support_needs=needs, typical_week="Rita cannot carry on.")
    assert sorted(codes(plan)) == ["health_coordination", "limited_support_network"]
    assert "cannot carry on" in plan.broker.reasons[-1].evidence
    assert plan.broker.level == "recommended"


def test_a_carer_stopping_with_nights_but_no_medicines_is_optional(draft: Draft) -> None:
    nights_only = TOM | {"helps_with": ["personal_care", "night_support"]}
    plan = draft(
        people=[nights_only, PARTNER[0] | {"name": "Kay", "relationship": "daughter"}],
        support_needs=NIGHT,
        typical_week="I have arthritis.",
    )
    assert codes(plan) == ["limited_support_network"]
    assert plan.broker.level == "optional"


# --- a specialist service used well, and a trip -----------------------------------------


def test_specialist_support_and_a_trip_away_make_a_broker_optional(draft: Draft) -> None:
    current = ["Communicator-guides from a deafblind charity"]
    trip = [{"id": "d1", "text": "A week by the sea", "tags": []}]
    plan = draft(current_support=current, dreams=trip)
    assert codes(plan) == ["capacity_or_communication"]
    assert plan.broker.level == "optional"
    assert "sight and hearing loss" in plan.broker.specialisms
    assert draft(current_support=current).broker.level == "none"
    assert draft(dreams=trip).broker.level == "none"


# --- readiness ------------------------------------------------------------------------------


def _readiness(plan: Plan) -> dict[str, bool]:
    return {r.code: r.passed for r in plan.readiness}


def test_a_supported_holiday_asked_for_is_not_an_imposed_change(draft: Draft) -> None:
    plan = draft(
        people=PARTNER,
        dreams=[{"id": "d1", "text": "A holiday by the sea", "tags": []}],
        bottom_lines=[
            {"id": "b1", "text": "Women workers only", "kind": "must", "about": "female_worker"}
        ],
    )
    holiday = [s for s in plan.supports if s.kind == "short_break"]
    assert holiday and all(s.why for s in holiday)
    assert _readiness(plan)["no_imposed_changes"]


def test_a_meals_service_needs_no_hours(draft: Draft) -> None:
    hot = "A hot meal every day, she won't cook now"
    plan = draft(support_needs=[{"id": "n1", "area": "meals", "text": hot}])
    assert "meals_service_meal" in [s.rate_source for s in plan.supports]
    assert _readiness(plan)["specific_terms"]
    cook = draft(support_needs=[{"id": "n1", "area": "meals", "text": "Help to cook my tea"}])
    assert not _readiness(cook)["specific_terms"]  # the cost depends on the hours


def test_a_large_shortfall_in_getting_up_fails_budget_fits(draft: Draft) -> None:
    needs = [
        {
            "id": "n1",
            "area": "personal_care",
            "text": "Two carers to hoist me out of bed and back to bed",
            "hours_per_week": 28,
        }
    ]
    plan = draft(support_needs=needs, budget_amount={"amount": 400, "period": "week"})
    failed = {r.code: r.what_to_do for r in plan.readiness if not r.passed}
    assert list(failed) == ["budget_fits"]
    assert "review the amount" in failed["budget_fits"]
    assert "occupational therapist" in failed["budget_fits"]
    assert check_plan(plan) == []
    small = draft(support_needs=needs, budget_amount={"amount": 620, "period": "week"})
    assert _readiness(small)["budget_fits"]  # a small gap, explained need by need
    # a large budget does not make hundreds of pounds a week of unpaid care small
    big_needs = [{**needs[0], "hours_per_week": 70}]  # 70 h x £24.10 = £1,687 a week
    big = draft(support_needs=big_needs, budget_amount={"amount": 1550, "period": "week"})
    assert not _readiness(big)["budget_fits"]
