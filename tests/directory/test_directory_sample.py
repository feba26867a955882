"""The fictional Fernvale sample: enough services, of every kind, that follow the profile and
use no real phone numbers or addresses."""

from __future__ import annotations

import re
from datetime import date

from assistant.directory import sample
from assistant.directory.convert import district_of, to_planner
from assistant.directory.oruk import Service
from planner.directory import service_kinds

KINDS_ASKED_FOR = {
    "befriending",
    "lunch_club",
    "exercise",
    "day_opportunities",
    "carers",
    "cleaning",
    "shopping",
    "telecare",
    "shared_lives",
    "advocacy",
    "employment",
}


def _active():
    today = date(2026, 5, 1)
    services = [Service.model_validate(r) for r in sample.records()]
    return [p for p in (to_planner(s, today) for s in services) if p is not None]


def test_at_least_sixty_active_services_that_follow_the_profile():
    assert len(_active()) >= 60
    assert len({r["id"] for r in sample.records()}) == len(sample.records())


def test_every_kind_of_service_the_issue_asks_for_is_there():
    found = {k for s in _active() for k in service_kinds(s)}
    assert found >= KINDS_ASKED_FOR
    for kind in KINDS_ASKED_FOR:
        assert sum(kind in service_kinds(s) for s in _active()) >= 2, kind


def test_each_service_has_a_cost_and_a_time_and_most_are_cheap():
    services = _active()
    assert all(s.costs for s in services)
    assert all(s.when for s in services)
    cheap = [s for s in services if min(c.amount for c in s.costs) <= 5]
    assert len(cheap) >= len(services) * 2 // 3
    assert all(c.per or c.amount == 0 for s in services for c in s.costs)


def test_only_drama_phone_numbers_and_example_addresses():
    for record in sample.records():
        text = repr(record)
        for number in re.findall(r"\b0\d{3,4} ?\d{5,6}\b", text):
            assert re.fullmatch(r"01632 960\d{3}", number), number
        for address in re.findall(r"[\w.-]+@[\w.-]+", text):
            assert address.endswith("@example.org"), address
        for url in re.findall(r"https?://[^\s'\"]+", text):
            assert url.startswith("https://example.org/"), url


def test_districts_are_fernvale_ones():
    districts = {d for s in _active() for d in s.districts}
    assert districts and districts <= {f"FV{n}" for n in range(1, 10)}
    assert any(not s.districts for s in _active())  # some cover the whole council
    assert district_of("fv3 2ab") == "FV3" and district_of("All of Fernvale") is None
