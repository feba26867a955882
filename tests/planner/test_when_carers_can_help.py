"""A need given to a carer only when the carer is there (issue 16, tenth session, second
round), and three wording faults: a doubled full stop, meals "each day" for five days, and
choking read as a fear of falling. Each test fails with its rule undone."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from planner import Plan
from tests.support.calibration import need_row as need
from tests.support.calibration import person_row as person

Draft = Callable[..., Plan]
# a need no one in the family meets, so the budget is not left unused (planner.allocation)
_CLEANING = need(9, "household", "Help with the cleaning", 2)


def _given(plan: Plan, name: str) -> Decimal:
    """Hours a week the plan counts on from `name`."""
    return sum(
        (
            Decimal(str(s.hours_per_week or 0))
            for s in plan.supports
            if s.description.startswith(name)
        ),
        Decimal(0),
    )


def _paid(plan: Plan) -> Decimal:
    paid = ("personal_assistant", "agency")
    return sum(
        (Decimal(str(s.hours_per_week or 0)) for s in plan.supports if s.kind in paid), Decimal(0)
    )


def _wife(week: str, times: str | None, hours: float = 7) -> dict[str, object]:
    return {
        "typical_week": week,
        "people": [person("Priya", "wife", ["personal_care", "meals"], 25)],
        "support_needs": [
            need(1, "personal_care", "Help to shower and dress", hours, times),
            _CLEANING,
        ],
    }


def test_a_carer_who_works_by_day_is_not_given_a_weekday_morning(draft: Draft) -> None:
    for week in (
        "I live with my wife Priya, who works full time.",
        "My wife Priya teaches by day and marks in the evenings.",
        "Priya works 7am to 3pm at the hospital.",
    ):
        plan = draft(**_wife(week, "7am to 8am every day"))
        # the weekend mornings are hers to give; the five weekdays are paid
        assert _given(plan, "Priya") == 2, week
        assert _paid(plan) == 5, week
    # on three weekday mornings she is never there
    plan = draft(**_wife("Priya works full time.", "9am, Monday, Wednesday and Friday", 3))
    assert _given(plan, "Priya") == 0 and _paid(plan) == 3


def test_what_is_not_said_is_not_guessed(draft: Draft) -> None:
    # no word about work, or a need with no time, or a need outside her working hours
    for week, times in (
        ("I live with my wife Priya.", "7am to 8am every day"),
        ("Priya works full time.", None),
        ("Priya works full time.", "bedtime, every day"),
        ("Priya works nights at the hospital.", "7pm every day"),
    ):
        plan = draft(**_wife(week, times))
        assert _given(plan, "Priya") == 7, (week, times)


def test_days_and_hours_of_work_are_read_together(draft: Draft) -> None:
    week = "My husband Tariq works Wednesday to Saturday, 10am to 10pm."
    plan = draft(
        typical_week=week,
        people=[person("Tariq", "husband", ["meals"], 20)],
        support_needs=[need(1, "meals", "Help to make lunch", 7, "midday, every day"), _CLEANING],
    )
    assert _given(plan, "Tariq") == 3  # Sunday to Tuesday; not the four days he works


def test_help_the_family_asked_a_paid_worker_to_give_is_paid(draft: Draft) -> None:
    week = (
        "Nan lives with us and my aunt Rita does most things. We'd like a carer to come "
        "in for her wash in the mornings, as she is hard to lift now."
    )
    plan = draft(
        typical_week=week,
        people=[person("Rita", "daughter", ["personal_care", "meals"], 30)],
        support_needs=[
            need(1, "personal_care", "Help to wash and change", 7, "each morning"),
            _CLEANING,
        ],
    )
    assert _given(plan, "Rita") == 0 and _paid(plan) == 7
    # not asked for, or "need" that may mean the family: the wash stays with her
    for week in (
        "She doesn't want someone to come in for her wash.",
        "She needs someone to help with her wash, and Rita does it.",
    ):
        plan = draft(
            typical_week=week,
            people=[person("Rita", "daughter", ["personal_care", "meals"], 30)],
            support_needs=[need(1, "personal_care", "Help to wash", 7, "each morning"), _CLEANING],
        )
        assert _given(plan, "Rita") == 7, week
    # asking for help with something else leaves the wash with her
    plan = draft(
        typical_week="We would like someone to help with the cleaning.",
        people=[person("Rita", "daughter", ["personal_care", "meals"], 30)],
        support_needs=[
            need(1, "personal_care", "Help to wash and change", 7, "each morning"),
            _CLEANING,
        ],
    )
    assert _given(plan, "Rita") == 7


def test_the_direct_payment_text_has_one_full_stop(draft: Draft) -> None:
    plan = draft(
        support_needs=[need(1, "personal_care", "Help to get up and dressed.", 7, "mornings")],
        budget_management="direct_payment",
        employer_choice="employ_pa",
    )
    assert plan.direct_payment is not None
    assert ".." not in plan.direct_payment.text
    assert "Help to get up and dressed. It is" in plan.direct_payment.text


def test_a_meals_service_says_the_days_it_comes(draft: Draft) -> None:
    for times, words in (("five days a week", "on 5 days a week"), (None, "each day")):
        plan = draft(support_needs=[need(1, "meals", "A hot meal at lunchtime", None, times)])
        meals = [s.description for s in plan.supports if "meals service" in s.description]
        assert meals and words in meals[0], times


def test_choking_is_a_swallowing_risk_and_falls_still_get_an_alarm(draft: Draft) -> None:
    def kinds(text: str) -> list[str]:
        plan = draft(support_needs=[need(1, "health", text)])
        return [s.description.split(" (")[0][:30] for s in plan.supports if "n1" in s.meets]

    both = kinds("Risk of choking and of falls")
    assert any("speech and language" in k for k in both)
    assert any("alarm" in k.lower() or "Telecare" in k for k in both)
    alone = kinds("He chokes on thin drinks")
    assert any("speech and language" in k for k in alone)
    assert not any("Telecare" in k for k in alone)


def test_food_given_by_hand_or_through_a_tube_is_not_a_meals_service(draft: Draft) -> None:
    for text, hours in (
        ("Someone with him while he eats, as he chokes", 7),
        ("Feeds via PEG", None),
    ):
        plan = draft(support_needs=[need(1, "meals", text, hours, "meal times")])
        assert not any("meals service" in s.description for s in plan.supports), text
        assert any("n1" in s.meets for s in plan.supports), text


def test_the_clock_hours_of_work_against_the_clock_hours_of_a_need() -> None:
    """A need before the carer leaves for work, or after they are back, is theirs to give."""
    from planner.availability import share_free
    from planner.models import Need, Person, Profile

    tom = Person(name="Tom", relationship="husband", helps_with=["personal_care"])

    def share(week: str, times: str) -> Decimal:
        n = Need(id="n1", area="personal_care", text="Help to wash", hours_per_week=7, times=times)
        return share_free(tom, n, Profile(typical_week=week, people=[tom]))

    leaves = "Tom leaves for work at 7.30 and gets back at 6."
    assert share(leaves, "7am every day") == 1
    assert share(leaves, "8.30am every day") == Decimal(2) / 7
    assert share(leaves, "7pm every day") == 1
    assert share("Tom works 9 to 5.", "7.30am to 8.30am every day") == 1
    assert share("Tom is out at work from 7 till 6.", "8am every day") == Decimal(2) / 7
    assert share("Tom works long hours in Leeds during the week.", "mornings") == Decimal(2) / 7
    assert share("Tom works from home.", "mornings") == 1


# --- tenth session, third round: asleep after a night's work, and nights said as a range ----


def test_a_carer_asleep_after_a_night_shift_is_not_given_that_help(draft: Draft) -> None:
    week = "I live with my wife Priya. She is a night nurse and sleeps in the day."
    for words in (
        "Help to shower and dress on the mornings Priya is asleep",
        "Help to shower and dress while Priya sleeps after her shift",
        "Help to shower and dress when she is asleep after work",
    ):
        plan = draft(
            typical_week=week,
            people=[person("Priya", "wife", ["personal_care", "meals"], 25)],
            support_needs=[need(1, "personal_care", words, 7, "mornings"), _CLEANING],
        )
        assert _given(plan, "Priya") == 0, words
        assert _paid(plan) == 7, words


def test_someone_asked_for_in_the_house_at_night_is_a_person_not_a_door_sensor(
    draft: Draft,
) -> None:
    text = "Someone in the house at night, because he tries to go out and gets lost"
    plan = draft(
        support_needs=[need(1, "night_support", text, None, "Monday to Thursday nights")],
        budget_amount={"amount": 1500, "period": "week"},
    )
    (night,) = [s for s in plan.supports if "n1" in s.meets]
    assert night.kind != "telecare" and "sleeps in, 4 nights a week" in night.description
    # the door alone, with no one asked for, is still a sensor with a responder
    alone = draft(support_needs=[need(1, "night_support", "He tries to go out at night")])
    (sensor,) = [s for s in alone.supports if "n1" in s.meets]
    assert "Telecare" in sensor.description and "sleeps in" not in sensor.description


def test_nights_said_as_a_range_are_counted() -> None:
    from planner.availability import days_said
    from planner.models import Need

    def said(times: str) -> int | None:
        return days_said(
            Need(id="n1", area="night_support", text="Someone to sleep in", times=times)
        )

    assert said("Sunday to Wednesday nights") == 4
    assert said("Fri-Sun") == 3
    assert said("weekends") == 2
    assert said("every night") is None


def test_someone_awake_at_night_is_a_waking_night_even_without_hours(draft: Draft) -> None:
    """A sleep-in worker sleeps: "someone awake" asks for a waking night, the whole night on
    the nights said, even when the family gave no hours."""
    for words, times, nights in (
        ("Someone awake at night because of her seizures", "every night", 7),
        ("A carer awake in the house, as he tries to go out", "Friday to Sunday nights", 3),
    ):
        plan = draft(
            support_needs=[need(1, "night_support", words, None, times)],
            budget_amount={"amount": 3000, "period": "week"},
        )
        (night,) = [s for s in plan.supports if "n1" in s.meets]
        assert "sleeps in" not in night.description, words
        assert night.hours_per_week == nights * 8, words  # the rate card's night: 8 hours
