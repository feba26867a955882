"""Our own validator for Open Referral UK records (HSDS 3.0 with the UK profile).

Source: the Open Referral UK profile, github.com/OpenReferralUK/uk-profile —
`schema/openapi.json` (the `/`, `/services` and `/services/{id}` endpoints and the `Page`
pagination fields: total_items, total_pages, page_number, size, first_page, last_page, empty,
with the records in `contents`), `schema/compiled/service.json` and the schema files it is built
from (service, cost_option, schedule, service_area, attribute, taxonomy_term, contact, phone,
organization), and `examples/service_full.json`.

These are pydantic models of the fields the profile requires of a service (`id`, `name`,
`status` from its list, `url`) and of the parts we use, with the types the profile gives them.
Other fields are allowed and ignored. Written for Kitchen Table; nothing is copied from the
profile's own tooling. Two choices, on purpose:

- ids must be non-empty strings; the profile says "uuid", but we do not refuse a whole record
  for an id in another format (the id is only used to fetch and name it);
- the profile's cost_option and schedule list `url` as required though they define no such
  field (a slip in the schema): we do not ask for it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

__all__ = [
    "Attribute",
    "Contact",
    "CostOption",
    "Location",
    "Organization",
    "Page",
    "Schedule",
    "Service",
    "ServiceArea",
    "ServiceAtLocation",
    "TaxonomyTerm",
    "first_problem",
]

Id = Annotated[str, Field(min_length=1, max_length=200)]
Str = Annotated[str, Field(max_length=5000)]
STATUSES = ("active", "inactive", "defunct", "temporarily closed")


class _Record(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class TaxonomyTerm(_Record):
    id: Id
    name: Str
    code: Str | None = None
    description: Str | None = None
    vocabulary: Str | None = None


class Attribute(_Record):
    id: Id
    link_type: Str | None = None
    taxonomy_term_id: Id | None = None
    taxonomy_term: TaxonomyTerm | None = None


class CostOption(_Record):
    id: Id
    option: Str | None = None
    amount: Decimal | None = Field(default=None, ge=0, le=Decimal("1000000"))
    amount_description: Str | None = None
    valid_from: date | None = None
    valid_to: date | None = None


class Schedule(_Record):
    id: Id
    freq: Literal["WEEKLY", "MONTHLY"] | None = None
    interval: int | None = Field(default=None, ge=1, le=366)
    byday: Str | None = None
    opens_at: Str | None = None
    closes_at: Str | None = None
    description: Str | None = None
    valid_from: date | None = None
    valid_to: date | None = None


class ServiceArea(_Record):
    id: Id
    name: Str | None = None
    extent: Str | None = None
    extent_type: Str | None = None


class Address(_Record):
    id: Id | None = None
    postal_code: Str | None = None


class Location(_Record):
    id: Id
    name: Str | None = None
    addresses: list[Address] = Field(default_factory=list, max_length=50)


class ServiceAtLocation(_Record):
    id: Id
    location: Location | None = None


class Phone(_Record):
    id: Id
    number: Str


class Contact(_Record):
    id: Id
    name: Str | None = None
    title: Str | None = None
    phones: list[Phone] = Field(default_factory=list, max_length=20)


class Organization(_Record):
    id: Id
    name: Str


class Service(_Record):
    """A fully nested service, as `GET /services/{id}` returns it."""

    id: Id
    name: Str = Field(min_length=1)
    status: Literal["active", "inactive", "defunct", "temporarily closed"]
    url: Str
    description: Str | None = None
    email: Str | None = None
    minimum_age: float | None = Field(default=None, ge=0, le=150)
    maximum_age: float | None = Field(default=None, ge=0, le=150)
    organization: Organization | None = None
    schedules: list[Schedule] = Field(default_factory=list, max_length=100)
    service_areas: list[ServiceArea] = Field(default_factory=list, max_length=500)
    service_at_locations: list[ServiceAtLocation] = Field(default_factory=list, max_length=200)
    cost_options: list[CostOption] = Field(default_factory=list, max_length=50)
    contacts: list[Contact] = Field(default_factory=list, max_length=50)
    phones: list[Phone] = Field(default_factory=list, max_length=20)
    attributes: list[Attribute] = Field(default_factory=list, max_length=200)


class ListedService(_Record):
    """An entry in a `/services` page: only its id matters to us."""

    id: Id


class Page(_Record):
    """One page of `GET /services` (the profile's `Page`, with the records in `contents`)."""

    total_items: int = Field(ge=0)
    total_pages: int = Field(ge=0)
    page_number: int = Field(ge=0)
    size: int = Field(ge=0)
    first_page: bool
    last_page: bool
    empty: bool
    contents: list[dict[str, object]] = Field(default_factory=list)


def first_problem(error: ValidationError) -> str:
    """The first thing wrong with a record, in one short line (field path and message)."""
    item = error.errors(include_url=False)[0]
    where = ".".join(str(part) for part in item["loc"]) or "record"
    return f"{where}: {item['msg']}"[:200]
