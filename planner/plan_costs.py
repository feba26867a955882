"""The costed parts of a Plan (plan.py): money, cost lines, the ways a support can be arranged,
the supports and the totals. Every part of a plan is a frozen model with no extra fields
(`PlanPart`)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal, get_args

__all__ = [
    "SUPPORT_KINDS",
    "CostLine",
    "Costs",
    "LocalServices",
    "Money",
    "NonNegativeMoney",
    "PlanPart",
    "Support",
    "SupportKind",
    "SupportOption",
]

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    SerializerFunctionWrapHandler,
    model_serializer,
)

SupportKind = Literal[
    "informal",
    "community",
    "mainstream",
    "personal_assistant",
    "agency",
    "day_service",
    "short_break",
    "equipment",
    "secondary",
]
SUPPORT_KINDS: tuple[str, ...] = get_args(SupportKind)
#: Money: a Decimal in pounds with at most two decimals; a JSON number.
Money = Annotated[
    Decimal,
    Field(decimal_places=2),
    PlainSerializer(float, return_type=float, when_used="json"),
]
NonNegativeMoney = Annotated[Money, Field(ge=0)]


class PlanPart(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CostLine(PlanPart):
    label: str
    weekly: Money
    #: A one-off amount on this line (equipment); weekly is then 0.
    one_off: NonNegativeMoney = Decimal("0.00")
    #: The arithmetic in words, e.g. "20 h x £13.45".
    note: str = ""


class SupportOption(PlanPart):
    name: str
    note: str
    #: The price in words ("about £16.00 an hour", "free"), from the rate card.
    cost: str = ""
    #: True for the option this plan uses.
    chosen: bool = False
    #: "directory" for a real local service from the council's directory (Open Referral UK);
    #: left out of the JSON for the planner's general options
    source: str | None = None
    #: the service's id in the directory
    service_id: str | None = None
    #: when it runs, in plain words ("Thursdays 10am to 12pm")
    when: str | None = None
    #: how to get in touch (a phone number, email or web address from the directory)
    contact: str | None = None

    @model_serializer(mode="wrap")
    def _leave_out_unset(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # plans without a directory keep exactly the shape they had before these fields
        data: dict[str, Any] = handler(self)
        for key in _DIRECTORY_OPTION_FIELDS:
            if data.get(key) is None:
                data.pop(key, None)
        return data


_DIRECTORY_OPTION_FIELDS = ("source", "service_id", "when", "contact")


class LocalServices(PlanPart):
    """What the council's directory gave this plan, and where it had nothing."""

    council: str
    fetched_at: datetime
    #: the postcode district searched, or "" for all of the council's area
    district: str = ""
    #: plain words: what was found, and what the directory had nothing for
    text: str
    #: need and dream ids the directory had nothing for (general ideas are shown for them)
    nothing_for: list[str] = Field(default_factory=list)


class Support(PlanPart):
    id: str
    kind: SupportKind
    description: str
    meets: list[str]
    hours_per_week: float | None = None
    unit: str
    unit_cost: NonNegativeMoney
    weekly_cost: NonNegativeMoney
    annual_cost: NonNegativeMoney
    one_off_cost: NonNegativeMoney
    cost_breakdown: list[CostLine] = Field(default_factory=list)
    options: list[SupportOption] = Field(default_factory=list)
    rate_source: str = ""
    #: What everyone giving this support must do or avoid (from bottom lines).
    specification: list[str] = Field(default_factory=list)
    #: How many people are employed or booked (several PAs when hours pass the maximum per PA).
    workers: int | None = None
    #: Why this way was chosen over the other options, in plain words.
    why: str = ""


class Costs(PlanPart):
    weekly_total: NonNegativeMoney
    annual_total: NonNegativeMoney
    one_off_total: NonNegativeMoney
    budget_annual: NonNegativeMoney
    annual_headroom: Money
    annual_convention: str
    weeks_per_year: int = 52
    budget_weekly: NonNegativeMoney = Decimal("0.00")
    first_year_total: NonNegativeMoney = Decimal("0.00")
    first_year_headroom: Money = Decimal("0.00")
    contingency_rate: float = 0.0
