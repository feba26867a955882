"""extract_hours and extract_times."""

from __future__ import annotations

import pytest

from assistant.language import extract_hours, extract_times

CASES = [
    ("2 hours every morning", 14.0, "every morning"),
    ("three times a week for an hour", 3.0, "three times a week"),
    ("half an hour twice a day", 7.0, "twice a day"),
    ("24/7", 168.0, "24/7"),
    ("she needs someone round the clock", 168.0, "round the clock"),
    ("a couple of hours on weekdays", 10.0, "on weekdays"),
    ("an hour morning and evening", 14.0, "morning, evening"),
    ("2 hours in the morning and 1 hour in the evening on weekdays", 15.0, None),
    ("overnight", 70.0, "overnight"),
    ("a sleep-in 3 nights a week", 30.0, None),
    ("10 hours a week", 10.0, None),
    ("20 hrs pw", 20.0, None),
    ("2-3 hrs a day", 17.5, "a day"),
    ("90 mins every tuesday", 1.5, "every tuesday"),
    ("about an hour and a half every other day", 5.25, "every other day"),
    ("45 minutes, 3 times a day", 15.75, "3 times a day"),
    ("8 hours at night", 56.0, "at night"),
    ("4 hours a fortnight", 2.0, None),
    ("9 to 5 on mondays and fridays", 16.0, None),
    ("every morning 7am-9am", 14.0, "every morning"),
    ("TWO HOURS EVERY MORNING", 14.0, "EVERY MORNING"),
    ("my son needs about 3 hrs on saturdays and sundays", 6.0, None),
    ("someone for four hours most days", 20.0, "most days"),
    ("an hour a day at lunchtime", 7.0, None),
]


@pytest.mark.parametrize(("text", "hours", "times"), CASES)
def test_hours_per_week(text: str, hours: float, times: str | None) -> None:
    found = extract_hours(text)
    assert found is not None, text
    assert found["hours_per_week"] == hours
    if times is not None:
        assert found["times"] == times


def test_bare_length_is_once_a_week_and_says_so() -> None:
    assert extract_hours("2 hours") == {
        "hours_per_week": 2.0,
        "times": None,
        "assumed_frequency": True,
    }


@pytest.mark.parametrize(
    "text", ["", "nothing", "I need help every morning", "not sure", "she is 84", "£320 a week"]
)
def test_no_hours(text: str) -> None:
    assert extract_hours(text) is None


def test_times_without_hours() -> None:
    assert extract_times("I need help every morning") == "every morning"
    assert extract_times("someone to do my shopping once a week") == "once a week"
    assert extract_times("no idea") is None


def test_never_more_than_a_week() -> None:
    found = extract_hours("20 hours a day every day and 10 hours every night")
    assert found is not None and found["hours_per_week"] == 168.0


def test_two_needs_in_one_answer() -> None:
    found = extract_hours(
        "help to wash and dress 2 hours every morning, and someone to do my shopping once a week"
    )
    assert found == {"hours_per_week": 14.0, "times": "every morning, once a week"}
