"""Needs met without paying for hours nobody asked for (issue 16, broker round nine).

A false shortfall makes a plan look as if the budget is too small, and a shortfall is a strong
reason for a broker, so over-costing also over-advises. Each test fails when its rule is undone:

- a night need that asks to *know* when something happens (an alert, a sensor) is telecare,
  not someone sleeping in (planner/answers.py);
- a carer's break at the same time as the person's own time out with a worker is those hours
  (planner/breaks.py);
- a carer's break of whole days while the person goes out somewhere is a day service by the
  day, not a worker for every hour;
- an activity the person does (a class, a swim) is met by the activity, not a worker's hours.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from planner import Plan
from planner.bottom_lines import apply_bottom_lines
from planner.models import BottomLine
from tests.support.calibration import need_row as need
from tests.support.calibration import person_row as person

Draft = Callable[..., Plan]


def kinds_for(plan: Plan, ref: str) -> set[str]:
    return {s.kind for s in plan.supports if ref in s.meets}


def test_a_night_need_to_be_alerted_is_telecare_not_a_sleep_in(draft: Draft) -> None:
    for words in (
        "Something that wakes my brother if I have a fit in my sleep",
        "A mat that alerts my wife if I get out of bed at night",
        "Something to wake me if Grandad is up and about in the dark",
        "A sensor that tells my son when Mum opens the door at night",
    ):
        plan = draft(support_needs=[need(1, "night_support", words)])
        assert kinds_for(plan, "n1") == {"equipment"}, words
        assert plan.costs.annual_headroom > 0, words
    # someone there, in so many words, is still a sleep-in
    there = draft(support_needs=[need(1, "night_support", "Someone to sleep in, with an alarm")])
    assert "agency" in kinds_for(there, "n1")


def test_trying_to_go_out_at_night_is_a_door_sensor(draft: Draft) -> None:
    plan = draft(support_needs=[need(1, "night_support", "He tries to go out when it is dark")])
    assert kinds_for(plan, "n1") == {"equipment"}


def test_a_night_need_met_by_a_thing_leaves_no_hands_on_care_for_people_to_cover(
    draft: Draft,
) -> None:
    """Few people around is a reason only when people must cover hands-on care."""
    plan = draft(
        people=[person("Ngozi", "sister", ["health"], 1)],
        support_needs=[
            need(1, "community_access", "Someone with me at the climbing wall", 3),
            need(2, "night_support", "A bed sensor that texts Ngozi if I have a fit at night"),
        ],
    )
    assert "limited_support_network" not in [r.code for r in plan.broker.reasons]


def test_a_carers_break_while_the_person_is_out_with_a_worker_costs_nothing_more(
    draft: Draft,
) -> None:
    needs = [
        need(1, "community_access", "Someone to take me to the bowls club", 3, "Monday morning"),
        need(2, "carer_break", "Time for Ray to go to his allotment", 3, "Monday morning"),
    ]
    plan = draft(
        people=[person("Ray", "husband", ["meals", "personal_care"], 20)], support_needs=needs
    )
    assert kinds_for(plan, "n2") == {"mainstream"}
    paid_hours = sum(s.hours_per_week or 0 for s in plan.supports if s.kind == "agency")
    assert paid_hours == 3
    # at a different time, the break is hours of its own
    needs[1]["times"] = "Friday afternoon"
    apart = draft(
        people=[person("Ray", "husband", ["meals", "personal_care"], 20)], support_needs=needs
    )
    assert "agency" in kinds_for(apart, "n2")


def test_whole_days_off_for_a_carer_while_the_person_goes_out_are_a_day_service(
    draft: Draft,
) -> None:
    needs = [
        need(1, "personal_care", "Help to wash and dress", 5),
        need(
            2,
            "carer_break",
            "Tuesdays and Fridays off for Mo, while Nan spends the day somewhere with company",
            12,
        ),
    ]
    plan = draft(support_needs=needs)
    day = next(s for s in plan.supports if "n2" in s.meets)
    assert day.kind == "day_service"
    assert day.weekly_cost == Decimal("160.00")  # 2 days x £80, not 12 hours x £24.10
    # a break at home is a worker at home
    needs[1]["text"] = "Tuesdays and Fridays off for Mo, with someone at home with Nan all day"
    assert "day_service" not in kinds_for(draft(support_needs=needs), "n2")
    # and no day service where a bottom line rules one out
    no_day = [{"id": "b1", "text": "No day centres", "kind": "must_not", "about": "day_service"}]
    needs[1]["text"] = (
        "Tuesdays and Fridays off for Mo, while Nan spends the day somewhere with company"
    )
    assert "day_service" not in kinds_for(draft(support_needs=needs, bottom_lines=no_day), "n2")


def test_an_activity_the_person_does_is_not_a_workers_hours(draft: Draft) -> None:
    for words in ("Swimming twice a week to keep my back supple", "A yoga class for my balance"):
        plan = draft(support_needs=[need(1, "health", words, 2)])
        assert kinds_for(plan, "n1") == {"community"}, words
        assert plan.costs.weekly_total == 0, words
    # someone with them is paid help
    plan = draft(support_needs=[need(1, "health", "Someone with me at the pool", 2)])
    assert "agency" in kinds_for(plan, "n1")


def test_an_activity_the_person_does_is_no_health_service_to_join_up(draft: Draft) -> None:
    plan = draft(support_needs=[need(1, "health", "A chair exercise class after my stroke", 1)])
    assert "health_coordination" not in [r.code for r in plan.broker.reasons]
    nurse = draft(support_needs=[need(1, "health", "Help to get to the stroke nurse", 1)])
    assert "health_coordination" in [r.code for r in nurse.broker.reasons]


# --- needs with no hours, met by a thing or by a visit already there (readiness) ------------


def specific_terms(plan: Plan) -> bool:
    return next(r.passed for r in plan.readiness if r.code == "specific_terms")


def test_a_need_for_a_thing_is_free_equipment_not_hours_to_ask_for(draft: Draft) -> None:
    plan = draft(
        support_needs=[
            need(1, "household", "Bump-on dots on the microwave so I can feel the settings")
        ]
    )
    assert kinds_for(plan, "n1") == {"equipment"}
    assert plan.costs.weekly_total == 0
    assert specific_terms(plan)
    assert "unmet_needs" not in [r.code for r in plan.broker.reasons]


def test_a_small_job_at_home_is_done_in_a_visit_already_there(draft: Draft) -> None:
    needs = [
        need(1, "meals", "A hot lunch made for her", 7, "lunchtime every day"),
        need(2, "household", "The curtains opened and the heating checked"),
    ]
    plan = draft(support_needs=needs)
    assert kinds_for(plan, "n2") == {"mainstream"}
    assert specific_terms(plan)
    # with no visit at home, it still needs hours to be said
    alone = draft(support_needs=[need(1, "household", "The curtains opened and the heating on")])
    assert not specific_terms(alone)


def test_someone_who_used_to_cook_is_not_asking_to_cook(draft: Draft) -> None:
    plan = draft(
        support_needs=[need(1, "meals", "Hot meals each day; his wife always used to cook for him")]
    )
    assert kinds_for(plan, "n1") == {"mainstream"}  # a meals service
    cook = draft(support_needs=[need(1, "meals", "Help so I can do the cooking myself")])
    assert "mainstream" not in kinds_for(cook, "n1")


# --- the last weeks of life: the NHS pays (fast track), the palliative team leads -----------


def test_care_in_the_last_weeks_of_life_is_nhs_fast_track_not_the_budget(draft: Draft) -> None:
    week = "Mum has cancer and the doctors say she has weeks left. She wants to die at home."
    needs = [
        need(1, "personal_care", "Washing and turning in bed", 14, "morning and evening"),
        need(2, "night_support", "Someone there at night so I can sleep", None, "at night"),
    ]
    plan = draft(typical_week=week, support_needs=needs)
    assert kinds_for(plan, "n1") == {"mainstream"} == kinds_for(plan, "n2")
    assert plan.costs.weekly_total == 0
    assert any("fast track" in s.description for s in plan.supports)
    # the palliative team leads: a broker is offered for the forms, not pushed
    assert [r.code for r in plan.broker.reasons] == ["health_coordination"]
    assert plan.broker.level == "optional"
    # a hospice shop is not the end of life
    shop = draft(typical_week="I volunteer at the hospice shop.", support_needs=needs)
    assert "agency" in kinds_for(shop, "n1")


def test_only_getting_to_a_group_is_a_lift_not_a_workers_hours(draft: Draft) -> None:
    needs = [need(1, "social_life", "Getting to the stroke club since I lost my licence", 4)]
    plan = draft(support_needs=needs, people=[])
    assert kinds_for(plan, "n1") == {"community"}
    assert plan.costs.weekly_total == 0
    # someone to go with the person, or learning to travel alone, is a worker
    # (tenth session, third round) there and home "safely" is a risk on the way: a worker
    for words in (
        "Getting to the stroke club with someone",
        "Getting to the club on my own",
        "Getting to the darts club and home again safely",
        "Getting to the youth club safely",
    ):
        needs[0]["text"] = words
        assert "agency" in kinds_for(draft(support_needs=needs, people=[]), "n1"), words


def test_a_need_asked_of_trained_pas_is_not_given_to_family(draft: Draft) -> None:
    """The person's words choose paid help for it: family help elsewhere does not cover it."""
    people = [person("Ed", "husband", ["health", "personal_care"], 30)]
    needs = [
        need(1, "health", "Tube feeds and flushes, done by trained PAs", 7, "lunchtime"),
        need(2, "household", "Cleaning", 3, "Friday"),
    ]
    plan = draft(
        people=people,
        support_needs=needs,
        budget_management="direct_payment",
        employer_choice="employ_pa",
    )
    assert "informal" not in kinds_for(plan, "n1")
    assert "personal_assistant" in kinds_for(plan, "n1")
    needs[0]["text"] = "Tube feeds and flushes at lunchtime"
    family = draft(
        people=people,
        support_needs=needs,
        budget_management="direct_payment",
        employer_choice="employ_pa",
    )
    assert "informal" in kinds_for(family, "n1")


# --- round ten: words misread into dearer support --------------------------------------------


def test_a_must_that_keeps_a_pa_and_refuses_an_agency_is_not_an_agency(draft: Draft) -> None:
    """ "X stays my PA; I am not going to an agency" rules agencies out (an agency at the market
    rate for a PA's hours is a false shortfall and an imposed change)."""
    needs = [need(1, "personal_care", "Getting up and dressed", 10, "7am to 9am, weekdays")]
    for words in (
        "Sam stays my PA; I am not going to an agency",
        "I won't have agency staff in my home",
        "I don't want an agency",
    ):
        line = {"id": "b1", "text": words, "kind": "must", "about": "continuity"}
        plan = draft(
            support_needs=needs,
            bottom_lines=[line],
            budget_management="direct_payment",
            employer_choice="employ_pa",
        )
        assert kinds_for(plan, "n1") == {"personal_assistant"}, words
    # an agency asked for, with the "not" in another clause or not against it, is an agency
    for words in ("If my PA is not there, an agency", "I do not mind an agency if they are kind"):
        cover = {"id": "b1", "text": words, "kind": "must", "about": "continuity"}
        assert apply_bottom_lines([BottomLine.model_validate(cover)]).force_mode == "agency"


def test_pa_hours_in_a_direct_payment_are_not_a_count_of_pas(draft: Draft) -> None:
    """ "Direct payment for 15 PA hours a week" is one PA, not fifteen."""
    needs = [need(1, "personal_care", "Getting up and dressed", 15, "mornings")]
    plan = draft(
        support_needs=needs,
        current_support=["Direct payment for 15 PA hours a week", "Payroll company"],
        budget_management="direct_payment",
        employer_choice="employ_pa",
    )
    pa = next(s for s in plan.supports if s.kind == "personal_assistant")
    assert (pa.workers or 1) == 1
    assert "between 15" not in pa.description
    two = draft(
        support_needs=needs,
        current_support=["Two PAs, 15 hours a week between them"],
        budget_management="direct_payment",
        employer_choice="employ_pa",
    )
    assert next(s for s in two.supports if s.kind == "personal_assistant").workers == 2


def test_a_meals_service_is_priced_and_paid_like_any_food(draft: Draft) -> None:
    """Food is everyone's own cost: the meals are priced in the plan, and not charged to the
    budget, so a meals service makes no shortfall (panels 5 and 7: "food paid from her own
    money"). Help to cook is still paid hours."""
    needs = [
        need(1, "personal_care", "Help to wash and dress", 7, "mornings"),
        need(2, "meals", "A hot dinner each day; I only manage toast"),
    ]
    plan = draft(support_needs=needs, budget_amount={"amount": 170, "period": "week"})
    meals = next(s for s in plan.supports if "n2" in s.meets)
    assert meals.rate_source == "meals_service_meal"
    assert meals.weekly_cost == 0
    assert "£38.50 a week" in meals.cost_breakdown[0].note
    assert "£5.50" in meals.description
    assert plan.costs.annual_headroom > 0
    assert "budget_shortfall" not in [r.code for r in plan.broker.reasons]
    needs[1]["text"] = "Help to cook my dinner"
    needs[1]["hours_per_week"] = 3
    cook = draft(support_needs=needs, budget_amount={"amount": 170, "period": "week"})
    assert next(s for s in cook.supports if "n2" in s.meets).weekly_cost > 0


def test_a_meals_service_is_priced_for_the_days_asked(draft: Draft) -> None:
    for times, count in (("Midday, five days", 5), ("weekdays", 5), ("three days", 3), (None, 7)):
        plan = draft(
            support_needs=[need(1, "meals", "A hot dinner; I only manage toast", None, times)]
        )
        meals = next(s for s in plan.supports if "n1" in s.meets)
        assert meals.cost_breakdown[0].note.startswith(f"{count} meals x £5.50"), times


def test_the_wage_the_person_pays_their_pa_by_name_is_used(draft: Draft) -> None:
    """ "I pay Ramesh £14.80 an hour", Ramesh being their PA in the list, is the PA wage."""
    people = [person("Ramesh", "my PA", ["personal_care"], 10), person("Meena", "wife", [], 5)]
    needs = [need(1, "personal_care", "Getting up and dressed", 10, "mornings")]
    for week, wage in (
        ("I pay Ramesh £14.80 an hour.", "14.80"),
        ("I pay Meena £14.80 an hour.", "13.45"),
    ):
        plan = draft(
            typical_week=week,
            people=people,
            support_needs=needs,
            current_support=["Direct payment for 10 PA hours a week"],
            budget_management="direct_payment",
            employer_choice="employ_pa",
        )
        pa = next(s for s in plan.supports if s.kind == "personal_assistant")
        assert pa.unit_cost == Decimal(wage), week


def test_communication_asked_of_the_workers_is_not_equipment(draft: Draft) -> None:
    """Tenth session, third round: "everyone who supports him signs fluently" asks something
    of the people, not of a thing: it is what every worker must do, not an OT's equipment."""
    for words in (
        "Everyone who supports him signs fluently in BSL",
        "Staff who understand her signs and sounds",
        "Workers who speak Polish with her",
    ):
        plan = draft(support_needs=[need(1, "communication", words, None)], people=[])
        (met,) = [s for s in plan.supports if "n1" in s.meets]
        assert met.kind != "equipment" and "Every worker" in met.description, words
    # a thing asked for is still equipment
    aid = draft(support_needs=[need(1, "communication", "A talking aid", None)], people=[])
    assert [s.kind for s in aid.supports if "n1" in s.meets] == ["equipment"]
