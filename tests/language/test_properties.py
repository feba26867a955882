"""Every public function takes any string and never raises (hypothesis property tests)."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import assistant.language as language

FUNCTIONS = [
    name
    for name in language.__all__
    if name not in ("warm_up", "parse_choice") and callable(getattr(language, name))
]
EMPTY = {"list": [], "none": None, "bool": False}

NASTY = [
    "",
    " ",
    "\x00\x01\x02\x1b[31m",
    "\ud800",
    "<script>alert('x')</script>",
    "<b>£320</b> a week &amp; 24/7",
    "'; DROP TABLE profiles; --",
    "🙂" * 500,
    "a" * 100_000,
    "my son needs help " * 6000,
    "2 hours every morning, " * 4000,
    "£" * 5000 + "9" * 5000,
    "\u202e\u200b\ufeff reversed",
    "ÅÄÖ ñ ü ß İ ǅ ﬁ",
    "1" * 400,
    "9" * 30 + " hours a day",
    "1e308 pounds a week",
    "nan inf -0",
    ".5.5.5 hours",
    "from 99 to 99:99pm",
    "\n" * 1000,
]

fast = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",))
    | st.sampled_from(list("£0123456789 ,.-/")),
    max_size=300,
)
WORDY = st.lists(
    st.sampled_from(
        [
            "hours",
            "hour",
            "every",
            "morning",
            "twice",
            "a",
            "week",
            "£",
            "k",
            "1,200",
            "2",
            "three",
            "hundred",
            "and",
            "half",
            "an",
            "my",
            "son",
            "hits",
            "money",
            "to",
            "die",
            "never",
            "not",
            "24/7",
            "overnight",
            "weekdays",
            "mondays",
            "pounds",
            "per",
            "month",
            "4",
            "weeks",
            "from",
            "9am",
            "5pm",
            "-",
            "at",
            "night",
            "she",
            "takes",
            "his",
            ",",
            ".",
            "kill",
            "myself",
            "help",
            "wash",
            "dress",
            "Sue",
            "daughter",
            "can't",
            "keep",
        ]
    ),
    max_size=40,
).map(" ".join)


@pytest.mark.parametrize("name", FUNCTIONS)
@pytest.mark.parametrize("text", NASTY)
def test_nasty_inputs(name: str, text: str) -> None:
    start = time.perf_counter()
    getattr(language, name)(text)
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize("name", FUNCTIONS)
def test_non_strings(name: str) -> None:
    for value in (None, 320, 3.5, b"bytes", ["a list"], object()):
        getattr(language, name)(value)  # type: ignore[arg-type]


@fast
@given(text=TEXT)
def test_any_text(text: str) -> None:
    for name in FUNCTIONS:
        getattr(language, name)(text)


@fast
@given(text=WORDY)
def test_any_wordy_text(text: str) -> None:
    hours = language.extract_hours(text)
    if hours is not None:
        assert 0 <= hours["hours_per_week"] <= 168
    money = language.extract_money(text)
    if money is not None:
        assert money["amount"] >= 0
        assert money["period"] in ("week", "four_weeks", "month", "year")
        assert round(money["amount"], 2) == money["amount"]
    for item in language.split_items(text):
        assert item and item == item.strip()
    concern = language.detect_concern(text)
    if concern is not None:
        assert concern["code"] in ("safeguarding", "crisis")
        assert concern["evidence"]
