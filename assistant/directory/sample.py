"""The fictional Fernvale County Council directory, as Open Referral UK records.

`fernvale.yaml` holds the services in a short form written for this project; `records()`
turns each into a fully nested service as `GET /services/{id}` returns it (the UK profile's
shape: organization, service_areas, service_at_locations with addresses, schedules,
cost_options, contacts with phones, attributes with taxonomy terms). Ids are stable UUIDs made
from the names, so a snapshot of the sample is the same on every machine.
"""

from __future__ import annotations

import re
import uuid
from functools import cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["COUNCIL", "LAST_MODIFIED", "VOCABULARY", "records"]

COUNCIL = "Fernvale County Council"
VOCABULARY = "Fernvale service types"
LAST_MODIFIED = "2026-04-01T09:00:00.000Z"
_NAMESPACE = uuid.UUID("6f1c2f0e-3b8e-4a53-9a31-2f8f0e0a1919")
_SESSION = re.compile(
    r"^(?P<days>[-0-9A-Z,]+) (?P<opens>\d{2}:\d{2})-(?P<closes>\d{2}:\d{2})"
    r"(?: (?P<how>monthly|fortnightly))?$"
)
_COST = re.compile(r"^(?P<amount>free|\d+\.\d{2})(?: per (?P<per>\w+))?$")


def _id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _schedule(service_id: str, i: int, text: str) -> dict[str, Any]:
    found = _SESSION.match(text)
    if not found:
        return {"id": _id(service_id, "schedule", str(i)), "description": text}
    how = found.group("how")
    return {
        "id": _id(service_id, "schedule", str(i)),
        "freq": "MONTHLY" if how == "monthly" else "WEEKLY",
        "interval": 2 if how == "fortnightly" else 1,
        "byday": found.group("days"),
        "opens_at": found.group("opens") + ":00",
        "closes_at": found.group("closes") + ":00",
        "valid_from": "2026-04-01",
    }


def _cost(service_id: str, i: int, text: str) -> dict[str, Any]:
    words, _, who = text.partition("|")
    found = _COST.match(words.strip())
    if not found:
        raise ValueError(
            f"fernvale.yaml: a cost must look like 'free' or '3.50 per session': {text}"
        )
    amount = 0 if found.group("amount") == "free" else float(found.group("amount"))
    option: dict[str, Any] = {"id": _id(service_id, "cost", str(i)), "amount": amount}
    if found.group("per"):
        option["amount_description"] = f"per {found.group('per')}"
    if who:
        option["option"] = who.strip()
    option["valid_from"] = "2026-04-01"
    return option


def _term(name: str, link_type: str, service_id: str) -> dict[str, Any]:
    term_id = _id("term", link_type, name)
    return {
        "id": _id(service_id, "attribute", link_type, name),
        "link_id": service_id,
        "link_type": link_type,
        "taxonomy_term_id": term_id,
        "taxonomy_term": {
            "id": term_id,
            "code": _slug(name),
            "name": name,
            "vocabulary": VOCABULARY if link_type == "service_type" else "Who it is for",
        },
    }


def _record(row: dict[str, Any]) -> dict[str, Any]:
    name = str(row["n"])
    service_id = _id("service", name)
    org_name = str(row["o"])
    org_id = _id("organization", org_name)
    slug = _slug(name)
    districts = list(row.get("a") or [])
    areas = (
        [
            {
                "id": _id(service_id, "area", d),
                "name": d,
                "extent": d,
                "extent_type": "postcode_district",
            }
            for d in districts
        ]
        if districts
        else [
            {
                "id": _id(service_id, "area", "all"),
                "name": f"All of {COUNCIL}",
                "extent_type": "local_authority",
            }
        ]
    )
    record: dict[str, Any] = {
        "id": service_id,
        "name": name,
        "description": row["d"],
        "url": f"https://example.org/fernvale/services/{slug}",
        "email": f"{slug[:40]}@example.org",
        "status": row.get("x", "active"),
        "last_modified": LAST_MODIFIED,
        "assured_date": "2026-04-01",
        "organization": {
            "id": org_id,
            "name": org_name,
            "description": f"{org_name}, a fictional organisation in the Fernvale sample.",
            "website": f"https://example.org/fernvale/{_slug(org_name)}",
        },
        "service_areas": areas,
        "service_at_locations": [],
        "schedules": [_schedule(service_id, i, s) for i, s in enumerate(row.get("s") or [])],
        "cost_options": [_cost(service_id, i, c) for i, c in enumerate(row.get("c") or [])],
        "contacts": [
            {
                "id": _id(service_id, "contact"),
                "name": "Enquiries",
                "phones": [{"id": _id(service_id, "phone"), "number": f"01632 960{row['p']}"}],
            }
        ],
        "attributes": [_term(t, "service_type", service_id) for t in row.get("t") or []]
        + [_term(e, "eligibility", service_id) for e in row.get("e") or []],
    }
    if row.get("l"):
        location_id = _id(service_id, "location")
        record["service_at_locations"] = [
            {
                "id": _id(service_id, "at", "location"),
                "location": {
                    "id": location_id,
                    "name": f"Where {name} meets",
                    "addresses": [
                        {
                            "id": _id(service_id, "address"),
                            "address_1": "A fictional address",
                            "city": "Fernvale",
                            "postal_code": row["l"],
                            "country": "GB",
                        }
                    ],
                },
            }
        ]
    if row.get("age"):
        low, _, high = str(row["age"]).partition("-")
        record["minimum_age"] = int(low)
        if high:
            record["maximum_age"] = int(high)
    return record


@cache
def _all() -> tuple[dict[str, Any], ...]:
    text = resources.files("assistant.directory").joinpath("fernvale.yaml").read_text("utf-8")
    rows = yaml.safe_load(text)["services"]
    return tuple(_record(row) for row in rows)


def records() -> list[dict[str, Any]]:
    """Every sample service, fully nested (a fresh copy each time)."""
    import copy

    return copy.deepcopy(list(_all()))
