"""From Open Referral UK records to the planner's directory snapshot (planner.directory).

    Service (validated, assistant.directory.oruk)
      ├── taxonomy terms (attributes)       -> terms; link_type "eligibility" -> eligibility
      ├── service_areas / locations         -> postcode districts (none: the whole council)
      ├── cost_options                      -> costs: amount per session/hour/week/... or free;
      │                                        prices no longer valid are left out
      ├── schedules (RFC 5545 parts)        -> sessions: WEEKLY/MONTHLY, days, times
      └── contacts, phones, email, url      -> one contact line

Only active services are kept. A part that cannot be read (a time like "ten", a day "XX")
is left out; the rest of the service is kept.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from pydantic import ValidationError

from assistant.directory.oruk import Schedule, Service, first_problem
from planner.directory import Directory, DirectoryCost, DirectoryService, DirectorySession

__all__ = ["district_of", "to_planner", "to_snapshot"]

_DISTRICT = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)(?:\s*[0-9][A-Z]{2})?\b")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})")
_UNITS = (
    ("session", ("session", "class", "meeting", "visit to the group")),
    ("hour", ("hour",)),
    ("meal", ("meal", "lunch", "dinner")),
    ("night", ("night",)),
    ("day", ("day",)),
    ("week", ("week", "weekly")),
    ("month", ("month", "monthly")),
    ("year", ("year", "annual", "yearly")),
    ("visit", ("visit",)),
)
_ELIGIBILITY_LINKS = ("eligibility", "eligible", "audience")
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def district_of(text: str) -> str | None:
    """The postcode district in a text ("FV3 2AB" -> "FV3", "FV3" -> "FV3"), else None."""
    found = _DISTRICT.search(text.upper())
    return found.group(1) if found else None


def _unit(words: str) -> str:
    text = words.lower()
    for unit, keys in _UNITS:
        if any(k in text for k in keys):
            return unit
    return ""


def _time(value: str | None) -> str | None:
    found = _TIME.match(value or "")
    if not found:
        return None
    hour, minute = int(found.group(1)), int(found.group(2))
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _session(schedule: Schedule, today: date) -> DirectorySession | None:
    if schedule.valid_to and schedule.valid_to < today:
        return None
    days: list[str] = []
    week = ""
    for part in (schedule.byday or "").upper().replace(" ", "").split(","):
        found = re.fullmatch(r"([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)", part)
        if not found:
            continue
        if found.group(1):
            week = found.group(1).lstrip("+")
        if found.group(2) not in days:
            days.append(found.group(2))
    days.sort(key=_DAYS.index)
    try:
        return DirectorySession(
            freq=schedule.freq or "WEEKLY",
            interval=schedule.interval or 1,
            days=days,
            week_of_month=week if schedule.freq == "MONTHLY" else "",
            opens=_time(schedule.opens_at),
            closes=_time(schedule.closes_at),
            description=(schedule.description or "")[:300],
        )
    except ValidationError:
        return None


def _districts(service: Service) -> list[str]:
    found: list[str] = []
    if service.service_areas:
        for area in service.service_areas:
            for text in (area.name or "", area.extent or ""):
                district = district_of(text) if len(text) <= 200 else None
                if district and district not in found:
                    found.append(district)
        return found  # areas that name no district: the whole council
    for at in service.service_at_locations:
        for address in at.location.addresses if at.location else []:
            district = district_of(address.postal_code or "")
            if district and district not in found:
                found.append(district)
    return found


def _contact(service: Service) -> str:
    phones = [p.number for p in service.phones]
    phones += [p.number for c in service.contacts for p in c.phones]
    parts = [phones[0]] if phones else []
    if service.email:
        parts.append(service.email)
    if not parts and service.url:
        parts.append(service.url)
    return ", ".join(parts)[:300]


def to_planner(service: Service, today: date) -> DirectoryService | None:
    """One active service in the planner's shape (None when it is not active)."""
    if service.status != "active":
        return None
    terms: list[str] = []
    eligibility: list[str] = []
    for attribute in service.attributes:
        term = attribute.taxonomy_term
        if term is None or not term.name:
            continue
        if (attribute.link_type or "").lower() in _ELIGIBILITY_LINKS:
            eligibility.append(term.name.lower()[:300])
        else:
            terms.append(term.name[:300])
    costs = []
    for option in service.cost_options:
        if option.amount is None or (option.valid_to and option.valid_to < today):
            continue
        costs.append(
            DirectoryCost(
                amount=option.amount.quantize(Decimal("0.01")),
                per=_unit(option.amount_description or ""),
                option=(option.option or "")[:300],
            )
        )
    sessions = [s for s in (_session(x, today) for x in service.schedules) if s is not None]
    return DirectoryService(
        id=service.id,
        name=service.name[:300],
        description=(service.description or "")[:2000],
        organisation=(service.organization.name if service.organization else "")[:300],
        terms=terms[:50],
        districts=_districts(service)[:200],
        eligibility=eligibility[:20],
        min_age=int(service.minimum_age) if service.minimum_age is not None else None,
        max_age=int(service.maximum_age) if service.maximum_age is not None else None,
        costs=costs[:20],
        sessions=sessions[:30],
        contact=_contact(service),
        url=service.url[:300],
    )


def to_snapshot(
    services: list[Service], *, council: str, source: str, fetched_at: datetime
) -> tuple[Directory, int, list[tuple[str, str]]]:
    """The planner's snapshot of a whole directory: (snapshot, services not active, services
    that could not be turned into the planner's shape with why)."""
    today = fetched_at.date()
    kept: list[DirectoryService] = []
    not_active = 0
    unusable: list[tuple[str, str]] = []
    for service in services:
        try:
            converted = to_planner(service, today)
        except ValidationError as error:
            unusable.append((service.id, first_problem(error)))
            continue
        if converted is None:
            not_active += 1
        else:
            kept.append(converted)
    directory = Directory(council=council, source=source, fetched_at=fetched_at, services=kept)
    return directory, not_active, unusable
