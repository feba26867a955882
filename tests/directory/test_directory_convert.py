"""From a validated Open Referral UK record to the planner's shape: what is kept, what is left
out, and a part that cannot be read never loses the rest of the service."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from assistant.directory.convert import to_planner, to_snapshot
from assistant.directory.oruk import Service

TODAY = date(2026, 5, 1)


def _term(name: str) -> dict[str, str]:
    return {"id": name.lower(), "name": name}


def _service(**changes: Any) -> Service:
    record: dict[str, Any] = {
        "id": "a1",
        "name": "Test Lunch Club",
        "status": "active",
        "url": "https://example.org/x",
        "attributes": [
            {"id": "t1", "link_type": "service_type", "taxonomy_term": _term("Lunch clubs")},
            {"id": "t2", "link_type": "eligibility", "taxonomy_term": _term("Carers")},
        ],
    }
    record.update(changes)
    return Service.model_validate(record)


def test_terms_eligibility_and_contact():
    s = to_planner(
        _service(
            contacts=[{"id": "c", "phones": [{"id": "p", "number": "01632 960999"}]}],
            email="club@example.org",
        ),
        TODAY,
    )
    assert s is not None
    assert s.terms == ["Lunch clubs"] and s.eligibility == ["carers"]
    assert s.contact == "01632 960999, club@example.org"


def test_districts_from_service_areas_else_locations_else_the_whole_council():
    def districts(**changes: Any) -> list[str]:
        found = to_planner(_service(**changes), TODAY)
        assert found is not None
        return found.districts

    areas = [{"id": "1", "name": "FV3"}, {"id": "2", "name": "Kettleby (FV5 1AB)"}]
    assert districts(service_areas=areas) == ["FV3", "FV5"]
    assert districts(service_areas=[{"id": "1", "name": "All of Fernvale"}]) == []
    located = [{"id": "l", "location": {"id": "m", "addresses": [{"postal_code": "fv7 2mm"}]}}]
    assert districts(service_at_locations=located) == ["FV7"]


def test_costs_units_free_and_expired():
    costs = [
        {"id": "1", "amount": 4.5, "amount_description": "per meal"},
        {"id": "2", "amount": 0, "option": "carers"},
        {"id": "3", "amount": 9, "amount_description": "per session", "valid_to": "2025-12-31"},
        {"id": "4", "amount_description": "ask us"},
    ]
    s = to_planner(_service(cost_options=costs), TODAY)
    assert s is not None
    assert [(c.amount, c.per) for c in s.costs] == [
        (Decimal("4.50"), "meal"),
        (Decimal("0.00"), ""),
    ]
    assert s.cost_words == "£4.50 per meal; free (carers)"


def test_schedules_weekly_monthly_and_unreadable_parts():
    weekly = {"freq": "WEEKLY", "byday": "TU,TH", "opens_at": "10:00:00", "closes_at": "12:30"}
    monthly = {"freq": "MONTHLY", "byday": "-1FR", "opens_at": "14:00Z", "closes_at": "16:00Z"}
    unreadable = {"freq": "WEEKLY", "byday": "XX", "opens_at": "ten", "description": "Ring us"}
    old = {"freq": "WEEKLY", "byday": "MO", "valid_to": "2020-01-01"}
    schedules = [{"id": str(i), **s} for i, s in enumerate([weekly, monthly, unreadable, old])]
    s = to_planner(_service(schedules=schedules), TODAY)
    assert s is not None
    assert s.when == (
        "Tuesdays and Thursdays 10am to 12.30pm; The last Friday of the month 2pm to 4pm; Ring us"
    )


def test_only_active_services_are_kept_and_counted():
    services = [_service(), _service(id="b", status="defunct")]
    directory, not_active, unusable = to_snapshot(
        services, council="Fernvale", source="t", fetched_at=datetime(2026, 5, 1, tzinfo=UTC)
    )
    assert [s.id for s in directory.services] == ["a1"] and not_active == 1 and unusable == []


def test_a_service_the_planner_cannot_take_is_counted_not_lost_silently():
    odd = _service(id="c", maximum_age=140)  # the profile allows it; the planner's limit is 130
    directory, _, unusable = to_snapshot(
        [odd, _service()], council="F", source="t", fetched_at=datetime(2026, 5, 1, tzinfo=UTC)
    )
    assert [s.id for s in directory.services] == ["a1"]
    assert unusable and unusable[0][0] == "c" and "max_age" in unusable[0][1]
