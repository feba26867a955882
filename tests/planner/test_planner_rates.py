"""The rate card: every DOMAIN.md figure with its source and date; councils can override."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import planner.rates
from planner import RateCard, RateCardError, default_rate_card, load_rate_card

DOMAIN_FIGURES = {
    "national_living_wage_hourly": "12.71",
    "real_living_wage_hourly": "13.45",
    "real_living_wage_london_hourly": "14.80",
    "employer_ni_rate": "0.15",
    "employer_ni_threshold_weekly": "96",
    "employer_ni_threshold_annual": "5000",
    "employment_allowance_annual": "10500",
    "holiday_weeks": "5.6",
    "holiday_accrual_rate": "0.1207",
    "pension_trigger_weekly": "192",
    "pension_trigger_annual": "10000",
    "pension_employer_rate": "0.03",
    "pension_qualifying_lower_weekly": "120",
    "pension_qualifying_upper_weekly": "967",
    "pension_qualifying_lower_annual": "6240",
    "pension_qualifying_upper_annual": "50270",
    "statutory_sick_pay_weekly": "123.25",
    "statutory_sick_pay_earnings_fraction": "0.80",
    "employers_liability_insurance_annual_low": "62.50",
    "employers_liability_insurance_annual_high": "88.50",
    "payroll_weekly_low": "5",
    "payroll_weekly_high": "10",
    "managed_account_setup": "189",
    "managed_account_per_payroll_run": "45",
    "agency_hourly_minimum_sustainable": "32.14",
    "agency_careworker_statutory_cost_hourly": "22.71",
    "agency_hourly_council_average": "24.10",
    "council_pa_wage_hourly_low": "12.21",
    "council_pa_wage_hourly_high": "13.75",
    "self_employed_pa_hourly_low": "16",
    "self_employed_pa_hourly_high": "24",
    "day_service_activity": "54",
    "day_service_activity_one_to_one": "149",
    "day_service_day": "80",
    "short_break_weekly_low": "600",
    "short_break_weekly_high": "1500",
}


def test_every_domain_figure_is_on_the_card_with_a_source_and_date(rates: RateCard) -> None:
    for key, value in DOMAIN_FIGURES.items():
        assert rates[key] == Decimal(value), key
        assert rates.figure(key).source, key
        assert rates.figure(key).date, key


def test_every_figure_has_a_source(rates: RateCard) -> None:
    assert all(f.source for f in rates.figures.values())


def test_planner_settings_and_broker_thresholds_live_on_the_card(rates: RateCard) -> None:
    for key in (
        "max_hours_per_pa",
        "contingency_rate",
        "broker_large_budget_annual",
        "broker_complex_paid_supports",
        "broker_limited_network_people",
        "broker_reasons_for_recommended",
        "pa_hourly_rate",
        "agency_hourly_rate",
    ):
        assert rates[key] > 0, key


def test_a_council_can_override_a_bare_value(rates: RateCard) -> None:
    card = load_rate_card(overrides={"pa_hourly_rate": 14.1})
    assert card["pa_hourly_rate"] == Decimal("14.1")
    assert card.figure("pa_hourly_rate").source == "local rate card"
    assert card["agency_hourly_rate"] == rates["agency_hourly_rate"]
    assert card.overridden == ("pa_hourly_rate",)


def test_a_council_can_override_with_its_own_source_from_a_yaml_file(tmp_path: Path) -> None:
    path = tmp_path / "shropshire.yaml"
    path.write_text(
        "name: Shropshire 2026/27\nfigures:\n  payroll_weekly:\n    value: 0\n"
        "    source: Council pays for payroll\n    date: '2026-04-01'\n",
        encoding="utf-8",
    )
    card = load_rate_card(overrides=path)
    assert card["payroll_weekly"] == Decimal("0")
    assert card.figure("payroll_weekly").source == "Council pays for payroll"
    assert card.name == "Shropshire 2026/27"


def test_an_unknown_override_is_an_error_not_silently_ignored() -> None:
    with pytest.raises(RateCardError, match="pa_hourly_rat"):
        load_rate_card(overrides={"pa_hourly_rat": 14})


def test_a_negative_or_non_number_figure_is_an_error() -> None:
    with pytest.raises(RateCardError):
        load_rate_card(overrides={"pa_hourly_rate": -1})
    with pytest.raises(RateCardError):
        load_rate_card(overrides={"pa_hourly_rate": "lots"})


def test_a_complete_card_missing_a_figure_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "card.yaml"
    path.write_text("name: thin\nfigures:\n  pa_hourly_rate: 13\n", encoding="utf-8")
    with pytest.raises(RateCardError, match="missing figures"):
        load_rate_card(path)


def test_asking_for_a_figure_that_does_not_exist_names_it(rates: RateCard) -> None:
    with pytest.raises(RateCardError, match="no_such_figure"):
        rates["no_such_figure"]


def test_the_default_card_is_parsed_once_and_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[int] = []
    packaged = planner.rates._packaged

    def counted() -> object:
        reads.append(1)
        return packaged()

    monkeypatch.setattr(planner.rates, "_packaged", counted)
    default_rate_card.cache_clear()
    try:
        card = default_rate_card()
        assert load_rate_card() is card
        assert default_rate_card() is card
        assert len(reads) == 1
    finally:
        default_rate_card.cache_clear()
