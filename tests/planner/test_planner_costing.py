"""Costing rules, each checked against figures worked out by hand."""

from __future__ import annotations

from decimal import Decimal as D

from planner.costing import (
    Costed,
    cost_agency,
    cost_contingency,
    cost_day_service,
    cost_equipment,
    cost_personal_assistants,
    cost_short_breaks,
    split_hours,
)
from planner.rates import RateCard


def lines(costed: Costed) -> dict[str, D]:
    return {line.label: line.weekly for line in costed.lines}


def test_worked_example_twenty_hours_at_real_living_wage_is_305_94_before_insurance_and_payroll(
    rates: RateCard,
) -> None:
    costed = cost_personal_assistants(D(20), rates)
    got = lines(costed)
    assert got["wages"] == D("269.00")
    assert got["holiday pay (12.07%)"] == D("32.47")
    assert got["employer National Insurance"] == D("25.95")
    assert got["Employment Allowance (offsets employer NI)"] == D("-25.95")
    assert got["workplace pension"] == D("4.47")
    before = sum(
        v for k, v in got.items() if k not in ("employer's liability insurance", "payroll service")
    )
    assert before == D("305.94")
    assert (
        costed.weekly
        == D("305.94") + got["employer's liability insurance"] + got["payroll service"]
    )
    assert costed.workers == 1


def test_employer_ni_is_fifteen_percent_above_96_a_week_only(rates: RateCard) -> None:
    below = lines(cost_personal_assistants(D(7), rates))  # 94.15 a week
    assert below["employer National Insurance"] == D("0.00")
    above = lines(cost_personal_assistants(D(10), rates))  # 134.50 a week
    assert above["employer National Insurance"] == D("5.78")  # 15% x 38.50 = 5.775


def test_employment_allowance_offsets_all_employer_ni_while_it_lasts(rates: RateCard) -> None:
    got = lines(cost_personal_assistants(D(30), rates))
    assert got["Employment Allowance (offsets employer NI)"] == -got["employer National Insurance"]


def test_employment_allowance_runs_out_over_the_year_and_the_rest_of_ni_is_paid(
    rates: RateCard,
) -> None:
    # 180 hours: six PAs of 30 h, NI 46.13 each = 276.78 a week = 14,392.56 a year > 10,500.
    costed = cost_personal_assistants(D(180), rates)
    ni = sum(line.weekly for line in costed.lines if "National Insurance" in line.label)
    offset = lines(costed)["Employment Allowance (offsets employer NI)"]
    assert costed.workers == 6
    assert offset == D("-201.92")  # 10,500 / 52 = 201.923..., rounded down: never over
    assert -offset * 52 <= D("10500")
    assert ni + offset > 0


def test_employment_allowance_set_to_zero_on_the_rate_card_is_not_claimed(
    rates: RateCard,
) -> None:
    card = rates.with_overrides({"employment_allowance_annual": 0})
    got = lines(cost_personal_assistants(D(20), card))
    assert got["Employment Allowance (offsets employer NI)"] == D("0.00")


def test_pension_is_not_due_below_the_192_trigger(rates: RateCard) -> None:
    got = lines(cost_personal_assistants(D(14), rates))  # 188.30 a week
    assert got["workplace pension"] == D("0.00")


def test_pension_is_three_percent_of_earnings_between_120_and_967(rates: RateCard) -> None:
    got = lines(cost_personal_assistants(D(15), rates))  # 201.75 a week
    assert got["workplace pension"] == D("2.45")  # 3% x 81.75 = 2.4525
    card = rates.with_overrides({"max_hours_per_pa": 100, "pa_hourly_rate": 20})
    top = lines(cost_personal_assistants(D(60), card))  # 1,200 a week: band capped at 967
    assert top["workplace pension"] == D("25.41")  # 3% x (967 - 120)


def test_hours_above_the_maximum_per_pa_are_shared_and_thresholds_apply_per_employee(
    rates: RateCard,
) -> None:
    costed = cost_personal_assistants(D(40), rates)  # max 30 -> two PAs of 20 h
    assert costed.workers == 2
    got = lines(costed)
    assert got["PA 1: wages"] == got["PA 2: wages"] == D("269.00")
    assert got["PA 1: employer National Insurance"] == D("25.95")  # threshold each, not once
    assert got["PA 2: workplace pension"] == D("4.47")
    assert got["Employment Allowance (offsets employer NI)"] == D("-51.90")


def test_split_hours_is_even_in_quarter_hours() -> None:
    assert split_hours(D(50), D(30), D("0.25")) == [D(25), D(25)]
    assert split_hours(D(61), D(30), D("0.25")) == [D("20.50"), D("20.25"), D("20.25")]
    assert sum(split_hours(D("7.3"), D(30), D("0.25"))) == D("7.3")
    assert split_hours(D(0), D(30), D("0.25")) == []


def test_max_hours_per_pa_comes_from_the_rate_card(rates: RateCard) -> None:
    card = rates.with_overrides({"max_hours_per_pa": 15})
    assert cost_personal_assistants(D(40), card).workers == 3


def test_insurance_is_one_policy_a_year_per_employer_spread_weekly(rates: RateCard) -> None:
    one = lines(cost_personal_assistants(D(10), rates))
    three = lines(cost_personal_assistants(D(80), rates))
    assert one["employer's liability insurance"] == D("1.70")  # 88.50 / 52 = 1.7019
    assert three["employer's liability insurance"] == D("1.70")


def test_payroll_is_a_weekly_fee_per_employer_in_proportion_to_hours(rates: RateCard) -> None:
    assert lines(cost_personal_assistants(D(20), rates))["payroll service"] == D("7.50")
    assert lines(cost_personal_assistants(D(40), rates))["payroll service"] == D("7.50")
    assert lines(cost_personal_assistants(D(10), rates))["payroll service"] == D("3.75")
    # a 3-hour job pays 3/20 of the fee, not the whole £7.50
    assert lines(cost_personal_assistants(D(3), rates))["payroll service"] == D("1.13")
    card = rates.with_overrides({"payroll_weekly": 5})
    assert lines(cost_personal_assistants(D(20), card))["payroll service"] == D("5.00")


def test_agency_hours_are_hours_times_the_agency_price(rates: RateCard) -> None:
    costed = cost_agency(D("7.5"), rates)
    assert costed.weekly == D("248.03")  # 7.5 x 33.07, the 2026/27 market rate
    assert costed.lines[0].note == "7.5 h x £33.07"
    council = cost_agency(D("7.5"), rates, "council_agency_hourly_rate")
    assert council.weekly == D("180.75")  # 7.5 x 24.10, what councils pay


def test_agency_2026_27_rate_is_the_2025_26_minimum_with_the_careworker_cost_uprated(
    rates: RateCard,
) -> None:
    careworker = (D("22.71") * D("12.71") / D("12.21")).quantize(D("0.01"))
    assert careworker == D("23.64")
    assert rates["agency_hourly_rate"] == careworker + (D("32.14") - D("22.71"))
    assert "Homecare Association" in rates.figure("agency_hourly_rate").source


def test_day_services_are_priced_per_session_and_per_day(rates: RateCard) -> None:
    assert cost_day_service(D(4), rates).weekly == D("54.00")  # one session, not a day
    assert cost_day_service(D(6), rates).weekly == D("80.00")  # one day
    assert cost_day_service(D(11), rates).weekly == D("134.00")  # a day and a session
    assert cost_day_service(D(14), rates).weekly == D("160.00")  # two days


def test_short_breaks_are_weeks_a_year_spread_over_52_weeks(rates: RateCard) -> None:
    assert cost_short_breaks(D(2), rates).weekly == D("23.08")  # 1,200 / 52 = 23.077


def test_minor_aids_are_free_and_not_charged_to_the_budget(rates: RateCard) -> None:
    costed = cost_equipment(1, rates)
    assert costed.weekly == D("0.00")
    assert costed.one_off == D("0.00")
    assert "free" in costed.lines[0].note
    assert rates["minor_aids_free_limit"] == D("1000")


def test_contingency_is_the_stated_share_of_weekly_paid_support(rates: RateCard) -> None:
    assert cost_contingency(D("224.98"), rates).weekly == D("11.25")  # 5% = 11.249
    card = rates.with_overrides({"contingency_rate": "0.10"})
    assert cost_contingency(D("100.00"), card).weekly == D("10.00")


def test_every_line_is_rounded_half_up_to_the_penny(rates: RateCard) -> None:
    # 1 h at 13.45: holiday 12.07% x 13.45 = 1.623415 -> 1.62; contingency 5% x 0.10 = 0.005 -> 0.01
    assert lines(cost_personal_assistants(D(1), rates))["holiday pay (12.07%)"] == D("1.62")
    assert cost_contingency(D("0.10"), rates).weekly == D("0.01")
