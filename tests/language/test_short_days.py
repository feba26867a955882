"""Hours for help on named days as people text them, and help named by the activity (issue 15,
item 5). Examples written for this test."""

from __future__ import annotations

import pytest

from assistant.language import extract_hours, extract_needs


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("sum1 to take me to the match sat afternoon 4 hrs", 4.0),
        ("bingo thurs nite 3 hrs", 3.0),
        ("mon n wed 2 hrs each", 4.0),
        ("an hour on college days (tue, thu, fri)", 3.0),
        ("a lift to church on sun, 2 hours", 2.0),
        ("help on a Friday afternoon for 3 hours", 3.0),
    ],
)
def test_short_days_count_once_a_week(text: str, hours: float) -> None:
    assert extract_hours(text)["hours_per_week"] == hours


@pytest.mark.parametrize(
    "text",
    ["I sat with him for 2 hours every day", "she wed in june, 2 hours every day"],
)
def test_a_short_day_word_in_a_sentence_is_not_a_day(text: str) -> None:
    assert extract_hours(text)["hours_per_week"] == 14.0


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("someone to go swimming with me, 2 hours a week", "social_life"),
        ("help down the allotment twice a week for 2 hours", "social_life"),
        ("bedtime routine, 30 mins every day", "personal_care"),
        ("sum1 2 take him out on a sunday 3 hrs", "community_access"),
    ],
)
def test_help_named_by_the_activity_is_a_need(text: str, area: str) -> None:
    needs = extract_needs(text)
    assert [n["area"] for n in needs] == [area]
    assert needs[0]["hours_per_week"] is not None
