"""Broker advice and "Ready for the council?" calibrated a fifth time (issue 16, 2026-12-01,
afternoon), after panel 4 (tests/heldout/panel4) was read by kind: help every day but only in a
bad spell a few times a year, a couple who both have support and plan together, a condition
that changes fast, someone living alone newly told of dementia, care an agency already gives,
someone else answering for a person whose own PAs know them, and a bottom line that names an
agency only to rule it out ("my own PAs, not an agency" given as a must).

As in test_calibration_four.py: each kind has NEW development profiles in tests/planner/profiles
(other people, other words; `_panel` written before the planner was run on them), near
neighbours included, and each must match exactly; the unit tests below pin the rule behind each
kind, so breaking the rule fails a test by name.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from planner import Plan, load_rate_card
from planner.bottom_lines import apply_bottom_lines
from planner.models import BottomLine, Need
from planner.sharing import occasional_hours
from tests.support.calibration import assert_matches_panel, check_kinds
from tests.support.calibration import need_row as _need
from tests.support.calibration import person_row as _person
from tests.support.calibration import reasons as _reasons

Draft = Callable[..., Plan]

#: kind of miss -> profiles of that kind (near neighbours included)
KINDS: dict[str, tuple[str, ...]] = {
    "help every day, but only in a bad spell a few times a year": (
        "bipolar_daily_help_in_a_low_spell_twice_a_year",
        "daily_meals_help_every_week_too_little_budget",
    ),
    "a couple who both have support and plan together": (
        "couple_both_with_budgets_learn_to_shop_together",
        "wife_has_support_husband_joins_cooking_no_budget",
    ),
    "a condition that changes fast": (
        "mnd_new_diagnosis_still_driving_a_bus",
        "ms_getting_worse_quickly_this_year",
        "ms_stable_for_years_small_plan",
    ),
    "newly told of dementia, living alone": (
        "newly_told_dementia_lives_alone_keeps_bowls_club",
        "early_dementia_lives_with_wife_small_plan",
    ),
    "care an agency already gives": (
        "agency_already_helps_him_wash_small_plan",
        "home_care_three_calls_nurse_dresses_his_leg",
        "new_carers_to_wash_her_few_people_around",
    ),
    "someone else answering, with the person's own PAs": (
        "mum_answers_his_own_pas_he_wants_climbing",
        "mum_answers_agency_support_he_wants_climbing",
    ),
    "a bottom line that names an agency only to rule it out": (
        "own_pas_never_an_agency_said_as_a_must",
        "keeps_the_agency_she_knows_said_as_a_must",
    ),
}
NAMES = sorted({name for names in KINDS.values() for name in names})


def test_every_kind_has_at_least_two_profiles_with_a_panel_verdict() -> None:
    check_kinds(KINDS)


@pytest.mark.parametrize("name", NAMES)
def test_the_broker_level_and_readiness_match_the_panel_exactly(name: str) -> None:
    assert_matches_panel(name)


COUNCIL = {"budget_management": "council_managed", "employer_choice": "use_agency"}
ISF = {"budget_management": "individual_service_fund", "employer_choice": "use_agency"}


# --- help every day, but only in a bad spell --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "times", "average"),
    [
        # every day of a few weeks, three times a year: 9 weeks, 14 h x 9 / 52 = 2.42, to 2.5
        ("Someone every day when I'm getting unwell", "a few weeks, three times a year", "2.5"),
        ("Help daily during a relapse", "two weeks, twice a year", "1.25"),
        ("Someone daily when she is becoming unwell", "twice a year", "0.75"),
        # a bad spell with no count: the card's 8 weeks a year, 14 h x 8 / 52 = 2.15, to 2.25
        ("Someone every day when I'm getting unwell", "a few weeks at a time", "2.25"),
        # every day, every week: not occasional
        ("Someone every day to cook with me", "every day", None),
        ("Someone every day when I get home from work", "evenings", None),
    ],
)
def test_every_day_in_a_bad_spell_is_not_every_week(
    text: str, times: str, average: str | None
) -> None:
    need = Need.model_validate(
        {"id": "n1", "area": "meals", "text": text, "hours_per_week": 14, "times": times}
    )
    found = occasional_hours(need, Decimal(14), load_rate_card())
    assert (found[0] if found else None) == (Decimal(average) if average else None)


# --- a couple who both have support and plan together -----------------------------------------

COUPLE_PEOPLE = [_person("Ruth", "wife", ["household"], None), _person("Al", "friend", [], 2)]
TOGETHER = _need(1, "meals", "Learning to cook with Ruth", 2, "Mondays")


@pytest.mark.parametrize(
    ("week", "need", "pooled"),
    [
        ("Ruth and I both have support. We want to make our plan together.", TOGETHER, True),
        ("We both have a budget from the council.", TOGETHER, True),
        ("Bright Futures help me and Ruth.", TOGETHER, True),
        # the partner has no support of their own
        ("I live with my wife Ruth.", TOGETHER, False),
        # both have support, but no hours done together
        (
            "We both have a budget from the council.",
            _need(1, "meals", "Learning to cook", 2, "Mondays"),
            False,
        ),
    ],
)
def test_a_couple_sharing_hours_between_two_budgets_weigh_1(
    draft: Draft, week: str, need: dict[str, object], pooled: bool
) -> None:
    plan = draft(typical_week=week, people=COUPLE_PEOPLE, support_needs=[need], **ISF)
    assert ("pooled_budget" in _reasons(plan)) is pooled
    assert plan.broker.level == ("optional" if pooled else "none")


# --- a condition that changes fast ------------------------------------------------------------


@pytest.mark.parametrize(
    ("week", "level"),
    [
        ("I have motor neurone disease.", "recommended"),
        ("I have MND and live with my wife.", "recommended"),
        ("My Parkinson's is getting worse quickly.", "recommended"),
        ("The nurse says things may change quickly.", "recommended"),
        ("It is a rapidly progressing form of MS.", "recommended"),
        ("My MS has been stable for years.", "none"),
        ("My mood can change quickly.", "none"),
        ("My walking is progressing fast after the operation.", "none"),
        ("I have Parkinson's.", "none"),
    ],
)
def test_a_condition_that_changes_fast_is_a_strong_reason(
    draft: Draft, week: str, level: str
) -> None:
    plan = draft(typical_week=week, **COUNCIL)
    assert plan.broker.level == level
    assert ("health_coordination" in _reasons(plan)) is (level == "recommended")


def test_a_fast_condition_keeps_one_health_reason_with_both_evidences(draft: Draft) -> None:
    plan = draft(
        typical_week="I have motor neurone disease.",
        support_needs=[_need(1, "health", "Breathing support at night", 2)],
        **COUNCIL,
    )
    codes = [r.code for r in plan.broker.reasons]
    assert codes.count("health_coordination") == 1
    assert "motor neurone" in _reasons(plan)["health_coordination"]
    assert "Breathing support" in _reasons(plan)["health_coordination"]


# --- newly told of dementia, living alone -----------------------------------------------------


@pytest.mark.parametrize(
    ("week", "answering", "signal"),
    [
        ("I was told last month I have early dementia. I live on my own.", "self", True),
        ("I live alone. I was diagnosed with Alzheimer's in May.", "self", True),
        ("I have early dementia. I live with my husband.", "self", False),
        ("I live on my own. I have arthritis.", "self", False),
    ],
)
def test_newly_told_of_dementia_alone_is_a_signal_to_plan_ahead(
    draft: Draft, week: str, answering: str, signal: bool
) -> None:
    plan = draft(typical_week=week, answering_for=answering, **COUNCIL)
    assert ("capacity_or_communication" in _reasons(plan)) is signal
    assert plan.broker.level == ("optional" if signal else "none")


# --- care an agency already gives -------------------------------------------------------------

ONE_FRIEND = [_person("Jo", "friend", ["social_life"], 2)]
WASH = _need(1, "personal_care", "Help to wash", 3, "mornings")


@pytest.mark.parametrize(
    ("current", "limited"),
    [
        (["Sunny Care agency, 3 mornings a week, help to wash"], False),
        (["Home care, two calls a day"], False),
        ([], True),
        (["An agency helped me wash before, in the past"], True),
    ],
)
def test_a_small_plan_whose_hands_on_help_an_agency_gives_now_needs_no_more_people(
    draft: Draft, current: list[str], limited: bool
) -> None:
    plan = draft(people=ONE_FRIEND, current_support=current, support_needs=[WASH], **COUNCIL)
    assert ("limited_support_network" in _reasons(plan)) is limited


@pytest.mark.parametrize(
    ("current", "signal"),
    [
        (["Home care three times a day", "District nurse for my insulin"], False),
        (["District nurse for my insulin"], True),
    ],
)
def test_a_health_need_the_nhs_meets_alongside_care_already_given_is_joined_up(
    draft: Draft, current: list[str], signal: bool
) -> None:
    insulin = _need(2, "health", "Insulin, given by the district nurse", None, "mornings")
    plan = draft(
        current_support=current,
        support_needs=[_need(1, "personal_care", "Help to wash", 10), insulin],
        **COUNCIL,
    )
    assert ("health_coordination" in _reasons(plan)) is signal


# --- someone else answering, with the person's own PAs ----------------------------------------

LD = "Max is 28 and has a learning disability. He lives with us."


@pytest.mark.parametrize(
    ("week", "current", "signal"),
    [
        (LD + " Max wants to try swimming.", ["He employs two PAs, 14 hours a week"], False),
        # his choice is not told
        (LD, ["He employs two PAs, 14 hours a week"], True),
        # no team of his own
        (LD + " Max wants to try swimming.", [], True),
    ],
)
def test_someone_answering_is_no_signal_when_his_own_pas_know_his_choice(
    draft: Draft, week: str, current: list[str], signal: bool
) -> None:
    plan = draft(
        answering_for="someone_else",
        answering_relationship="mum",
        preferred_name="Max",
        typical_week=week,
        current_support=current,
        support_needs=[_need(1, "community_access", "Out and about with a PA", 12)],
        budget_management="direct_payment",
        employer_choice="employ_pa",
    )
    assert ("capacity_or_communication" in _reasons(plan)) is signal


# --- a bottom line that names an agency only to rule it out -----------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        ("My own PAs, not an agency", "must", "personal_assistant"),
        ("People I pick myself, never an agency", "must", "personal_assistant"),
        ("Without any agency", "must", "personal_assistant"),
        ("The same agency I have now", "must", "agency"),
        ("No agency staff", "must_not", "personal_assistant"),
    ],
)
def test_a_must_that_names_an_agency_to_rule_it_out_rules_agencies_out(
    text: str, kind: str, mode: str
) -> None:
    line = BottomLine.model_validate({"id": "b1", "text": text, "kind": kind, "about": "staff"})
    assert apply_bottom_lines([line]).force_mode == mode
