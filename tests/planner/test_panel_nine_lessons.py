"""Lessons read from panel 9 by kind (issue 16, eleventh session, second round), written in our
own words: each test fails when its rule is undone. The development profiles of the same
kinds are bd-115 to bd-123 (tests/planner/broker_dev)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planner import Plan
from tests.support.calibration import person_row as person

Draft = Callable[..., Plan]


def need(i: int, area: str, text: str, hours: float | None, times: str = "") -> dict[str, Any]:
    return {"id": f"n{i}", "area": area, "text": text, "hours_per_week": hours, "times": times}


def paid_for(plan: Plan, ref: str) -> list[str]:
    """The kinds of paid support that meet a need."""
    return [s.kind for s in plan.supports if ref in s.meets and s.weekly_cost]


# --- help at night so the carer can sleep: bought, on the nights the words say -------------

_HUSBAND = [person("Ray", "husband", ["night_support", "meals"], 20)]


def test_a_need_so_the_carer_can_sleep_is_not_given_to_that_carer(draft: Draft) -> None:
    nights = need(2, "night_support", "Someone to sleep over so Ray can sleep", None, "nights")
    plan = draft(people=_HUSBAND, support_needs=[nights])
    assert not any("Ray" in s.description for s in plan.supports if "n2" in s.meets)
    assert paid_for(plan, "n2") == ["agency"]


def test_nights_counted_from_the_words_not_all_seven(draft: Draft) -> None:
    nights = need(
        2, "night_support", "Someone to sleep over two nights a week", None, "two nights a week"
    )
    plan = draft(people=[], support_needs=[nights])
    sleep_in = next(s for s in plan.supports if "n2" in s.meets)
    assert "2 nights a week" in sleep_in.description


def test_someone_asked_to_sleep_over_and_turn_is_a_sleep_in_not_a_waking_night(
    draft: Draft,
) -> None:
    over = need(
        2, "night_support", "Someone to sleep over and turn me", None, "three nights a week"
    )
    plan = draft(people=[], support_needs=[over])
    assert "sleeps in" in next(s.description for s in plan.supports if "n2" in s.meets)
    turn = need(2, "night_support", "Someone to turn me in the night", None, "every night")
    plan = draft(people=[], support_needs=[turn])
    assert "waking night" in next(s.description for s in plan.supports if "n2" in s.meets)


def test_someone_in_the_house_all_night_is_a_sleep_in_not_visits(draft: Draft) -> None:
    house = need(
        2,
        "night_support",
        "Someone in the house one night a week; he needs help to the toilet",
        None,
        "one night a week",
    )
    plan = draft(people=[], support_needs=[house])
    assert "sleeps in, 1 night a week" in " ".join(s.description for s in plan.supports)


# --- a carer at work when the help begins -------------------------------------------------


#: paid help the person has anyway (a budget that family help would leave unused is spent)
_WASH = need(2, "personal_care", "Help to shower", 3, "mornings")


def test_help_that_begins_while_the_carer_is_at_work_is_paid(draft: Draft) -> None:
    mum = [person("Gill", "mum, works full time", ["community_access", "meals"], 30)]
    after = need(1, "community_access", "Company after college", 10, "weekdays, 4pm to 6pm")
    plan = draft(people=mum, support_needs=[after, _WASH])
    assert paid_for(plan, "n1") == ["agency"]
    evening = need(1, "community_access", "Company in the evening", 10, "6pm to 8pm")
    plan = draft(people=mum, support_needs=[evening, _WASH])
    assert paid_for(plan, "n1") == []  # she is home by then


# --- a relative the person's words take on as their PA -----------------------------------

_NIECE = [person("Amy", "niece, lives in Kendal", ["household", "personal_care"], None)]
_JOBS = [
    need(1, "household", "Cleaning and laundry", 4, "weekly"),
    need(2, "personal_care", "Help to shower", 3, "mornings"),
]


def test_a_relative_taken_on_as_a_pa_in_the_words_is_paid_as_a_pa(draft: Draft) -> None:
    week = "I want to employ my niece Amy as a PA; she lives in Kendal and knows my ways."
    plan = draft(
        typical_week=week,
        people=_NIECE,
        support_needs=_JOBS,
        budget_management="direct_payment",
        employer_choice="employ_pa",
    )
    assert paid_for(plan, "n1") == ["personal_assistant"]  # not a cleaner: Amy does it
    assert any("pay Amy" in a.step for a in plan.actions)
    assert "employing_staff" in [r.code for r in plan.broker.reasons]


def test_a_relative_is_not_paid_without_words_that_take_them_on(draft: Draft) -> None:
    week = "My niece Amy lives in Kendal and pops in."
    plan = draft(
        typical_week=week,
        people=_NIECE,
        support_needs=_JOBS,
        budget_management="direct_payment",
        employer_choice="employ_pa",
    )
    assert not any("pay Amy" in a.step for a in plan.actions)


# --- a disagreement settled: someone will make the person's choice work, or has come round --

_CALLS = [need(1, "personal_care", "Help to shower", 2, "Tuesday and Friday evenings")]
_DAD = [
    {"code": "conflict", "evidence": "My dad wants a carer here every evening"},
]
_FRIEND = [person("Bea", "friend and flatmate", ["meals"], 3), person("Tom", "dad", [], None)]


def test_someone_who_will_make_the_persons_choice_work_is_on_their_side(draft: Draft) -> None:
    week = "My dad wants a carer here every evening. Bea says she'll check on me the other nights."
    plan = draft(typical_week=week, people=_FRIEND, support_needs=_CALLS, concerns=_DAD)
    assert plan.broker.level == "optional"
    week = "My dad wants a carer here every evening. Bea is out most nights."
    plan = draft(typical_week=week, people=_FRIEND, support_needs=_CALLS, concerns=_DAD)
    assert plan.broker.level == "recommended"


_SON = [{"code": "conflict", "evidence": "Mum says she's not having carers in"}]
_CIRCLE = [person("Ian", "son", ["shopping"], 3), person("Flo", "friend", ["social_life"], 2)]


def test_a_wish_the_one_typing_gave_up_for_the_persons_choice_is_settled(draft: Draft) -> None:
    week = (
        "I wanted Mum to have carers in each day. Mum says she's not having carers in. "
        "She'll go to the day club at the chapel with Flo instead."
    )
    plan = draft(
        typical_week=week,
        answering_for="someone_else",
        answering_relationship="son (Ian)",
        people=_CIRCLE,
        support_needs=_CALLS,
        concerns=_SON,
    )
    assert plan.broker.level == "optional"
    held = "I want Mum to have carers in each day. Mum says she's not having carers in."
    plan = draft(
        typical_week=held,
        answering_for="someone_else",
        answering_relationship="son (Ian)",
        people=_CIRCLE,
        support_needs=_CALLS,
        concerns=_SON,
    )
    assert plan.broker.level == "recommended"


# --- a carer's day off each week: a day centre by the day -------------------------------


def test_a_whole_days_break_each_week_is_a_day_service_by_the_day(draft: Draft) -> None:
    wife = [person("Nora", "wife", ["meals", "household"], 25)]
    day = need(2, "carer_break", "A break for Nora", 7, "one day a week")
    plan = draft(people=wife, support_needs=[day])
    assert paid_for(plan, "n2") == ["day_service"]
    home = need(2, "carer_break", "A sitter at home for Nora's day off", 7, "one day a week")
    plan = draft(people=wife, support_needs=[home])
    assert paid_for(plan, "n2") == ["agency"]


# --- the carer who gave the hands-on care stops, and a child fills in ----------------------

_CARE = [
    need(1, "personal_care", "Help to wash and dress", 7, "every morning"),
    need(2, "personal_care", "Help to get ready for bed", 3.5, "every evening"),
]


def _around(child_age: int) -> list[dict[str, object]]:
    return [
        person("Elsie", "wife, had a fall", ["personal_care", "meals"], 25, False),
        person("Dan", "son", ["shopping", "money_admin"], 3),
        person("Kaz", "daughter-in-law", ["meals"], 3),
        person("Leo", f"grandson, {child_age}", ["personal_care"], 4, False),
    ]


def _network_weight(plan: Plan) -> str:
    return next(r.evidence for r in plan.broker.reasons if r.code == "limited_support_network")


def test_a_child_doing_the_care_a_stopping_carer_gave_weighs_more(draft: Draft) -> None:
    words = "a language the family must interpret: Dad only speaks Greek"
    concern = [{"code": "communication", "evidence": "Dad only speaks Greek"}]
    child = draft(people=_around(15), support_needs=_CARE, concerns=concern, typical_week=words)
    adult = draft(people=_around(19), support_needs=_CARE, concerns=concern, typical_week=words)
    assert "Elsie cannot keep helping" in _network_weight(child)
    assert child.broker.level == "recommended"
    assert adult.broker.level == "optional"  # a grandson of 19 is an adult who stepped in


# --- the language the person uses is access, when they plan for themselves ----------------

_SIGNER = [need(1, "money_admin", "A signing worker for letters and appointments", 2, "weekly")]
_FRIENDS = [person("Ash", "partner", ["household"], 5), person("Mo", "Deaf friend", [], 2)]


def test_bsl_used_by_someone_planning_for_themselves_is_no_reason(draft: Draft) -> None:
    own = [{"code": "communication", "evidence": "BSL is my first language"}]
    plan = draft(people=_FRIENDS, support_needs=_SIGNER, concerns=own)
    assert plan.broker.level == "none"
    more = [{"code": "communication", "evidence": "I use BSL and do not read much English"}]
    plan = draft(people=_FRIENDS, support_needs=_SIGNER, concerns=more)
    assert plan.broker.level == "optional"  # reading too: more than the language
    plan = draft(people=[], support_needs=_SIGNER, concerns=own)
    assert plan.broker.level == "recommended"  # nobody around: as before, strong
