"""The fictional Fernvale directory as a planner snapshot, built from the sample records (no
HTTP): for planner and page tests that need local services but not the client."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import cache

from assistant.directory import sample
from assistant.directory.convert import to_planner
from assistant.directory.oruk import Service
from planner.directory import Directory

FETCHED_AT = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


@cache
def fernvale() -> Directory:
    services = [Service.model_validate(r) for r in sample.records()]
    kept = [s for s in (to_planner(x, date(2026, 5, 1)) for x in services) if s is not None]
    return Directory(
        council=sample.COUNCIL, source="the Fernvale sample", fetched_at=FETCHED_AT, services=kept
    )
