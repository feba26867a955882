"""extract_money: the personal budget and its period."""

from __future__ import annotations

import pytest

from assistant.language import extract_money

CASES = [
    ("£320 a week", 320.0, "week"),
    ("16k a year", 16000.0, "year"),
    ("about 1,200 pounds a month", 1200.0, "month"),
    ("£1.2k every 4 weeks", 1200.0, "four_weeks"),
    ("320 per wk", 320.0, "week"),
    ("three hundred a week", 300.0, "week"),
    ("it's £18,500 per annum", 18500.0, "year"),
    ("£2,500 p.a.", 2500.0, "year"),
    ("they give him 1100 every four weeks", 1100.0, "four_weeks"),
    ("every 4 weeks I get £1,100", 1100.0, "four_weeks"),
    ("£300pw", 300.0, "week"),
    ("450 quid weekly", 450.0, "week"),
    ("£1,350.50 monthly", 1350.5, "month"),
    ("i think its about 18 and a half grand a year", 18500.0, "year"),
    ("twenty five thousand pounds a yr", 25000.0, "year"),
    ("I get £13 an hour for my PA but the budget is £400 a week", 400.0, "week"),
    ("£320.555 a week", 320.56, "week"),
    ("£1,000 pcm", 1000.0, "month"),
    ("Mum's budget is £275.40/week", 275.4, "week"),
]


@pytest.mark.parametrize(("text", "amount", "period"), CASES)
def test_amount_and_period(text: str, amount: float, period: str) -> None:
    found = extract_money(text)
    assert found is not None
    assert found["amount"] == amount
    assert found["period"] == period
    assert found["assumed_period"] is False


def test_no_period_small_amount_is_weekly() -> None:
    assert extract_money("320") == {"amount": 320.0, "period": "week", "assumed_period": True}


def test_no_period_large_amount_is_yearly() -> None:
    assert extract_money("£15,000") == {
        "amount": 15000.0,
        "period": "year",
        "assumed_period": True,
    }


def test_fortnight_and_day_become_weeks() -> None:
    assert extract_money("£600 a fortnight") == {
        "amount": 300.0,
        "period": "week",
        "assumed_period": False,
        "converted_from": "fortnight",
    }
    assert extract_money("50 quid a day")["amount"] == 350.0


@pytest.mark.parametrize(
    "text", ["", "dont know", "not sure yet", "I haven't been told", "£13 an hour", "2 hours"]
)
def test_no_amount(text: str) -> None:
    assert extract_money(text) is None


def test_amount_is_two_decimal_places() -> None:
    found = extract_money("£100.123 a week")
    assert found is not None and found["amount"] == 100.12
