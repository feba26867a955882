"""The Plan: what the planner returns (CONTRACT.md section 4).

    Plan
     ├── sections: the seven questions, in the person's voice
     ├── needs / dreams / bottom_lines: each with how it is met or honoured
     ├── supports: [Support]  each with cost_breakdown lines that add up to its weekly_cost
     ├── costs: totals, the budget and the headroom (negative = shortfall)
     ├── risks, actions, unmet
     ├── broker: level, reasons with evidence, specialisms
     └── safeguarding: concern and where the person was signposted

Money fields are Decimals rounded to the penny. In JSON they are numbers (`model_dump(mode=
"json")` gives floats; `planner.render.render_json` writes exactly two decimals). Hours are
plain numbers. Fields beyond the contract are additions, never renames.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
    model_validator,
)

from planner.models import NeedArea

__all__ = [
    "ADVISABLE_LEVELS",
    "BROKER_LEVELS",
    "REASON_CODES",
    "SECTION_KEYS",
    "SUPPORT_KINDS",
    "Action",
    "BrokerAdvice",
    "BrokerReason",
    "CostLine",
    "Costs",
    "DecisionHelp",
    "DirectPayment",
    "EmergencyStep",
    "LocalServices",
    "NeedRow",
    "Plan",
    "PlanBottomLine",
    "PlanDream",
    "PlanNeed",
    "Readiness",
    "Review",
    "Risk",
    "Safeguarding",
    "Section",
    "Support",
    "SupportOption",
    "Unmet",
]

SECTION_KEYS: tuple[str, ...] = (
    "important_to_me",
    "change_or_achieve",
    "how_supported",
    "how_budget_used",
    "how_managed",
    "staying_in_control",
    "making_it_happen",
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
ReasonCode = Literal[
    "safeguarding_concern",
    "capacity_or_communication",
    "large_budget",
    "complex_plan",
    "housing_change",
    "health_coordination",
    "employing_staff",
    "budget_shortfall",
    "limited_support_network",
    "conflict",
    "pooled_budget",
    "unmet_needs",
    "asked_for_person",
]
REASON_CODES: tuple[str, ...] = get_args(ReasonCode)
BrokerLevel = Literal["none", "optional", "recommended", "urgent"]
BROKER_LEVELS: tuple[str, ...] = get_args(BrokerLevel)
ADVISABLE_LEVELS = frozenset({"recommended", "urgent"})

#: Money: a Decimal in pounds with at most two decimals; a JSON number.
Money = Annotated[
    Decimal,
    Field(decimal_places=2),
    PlainSerializer(float, return_type=float, when_used="json"),
]
NonNegativeMoney = Annotated[Money, Field(ge=0)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Section(_Model):
    key: str
    title: str
    text: str


class PlanNeed(_Model):
    id: str
    area: NeedArea
    text: str
    hours_per_week: float | None = None
    times: str | None = None
    covered_by: list[str] = Field(default_factory=list)
    #: False when the need is costed but the budget does not pay for all of it (see `unmet`).
    funded: bool = True
    #: The outcome this need's support serves (Care Act s25), in plain words.
    outcome: str = ""
    #: Set when the need is work a carer did and cannot go on doing (their name).
    from_carer: str = ""
    #: Hours a week the budget pays for, when only part of the need is funded.
    funded_hours: float | None = None


class PlanDream(_Model):
    id: str
    text: str
    tags: list[str] = Field(default_factory=list)
    theme: str = "other"
    addressed_by: list[str] = Field(default_factory=list)


class PlanBottomLine(_Model):
    id: str
    text: str
    kind: Literal["must", "must_not"]
    about: str
    honoured: bool
    how: str


class CostLine(_Model):
    label: str
    weekly: Money
    #: A one-off amount on this line (equipment); weekly is then 0.
    one_off: NonNegativeMoney = Decimal("0.00")
    #: The arithmetic in words, e.g. "20 h x £13.45".
    note: str = ""


class SupportOption(_Model):
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


class LocalServices(_Model):
    """What the council's directory gave this plan, and where it had nothing."""

    council: str
    fetched_at: datetime
    #: the postcode district searched, or "" for all of the council's area
    district: str = ""
    #: plain words: what was found, and what the directory had nothing for
    text: str
    #: need and dream ids the directory had nothing for (general ideas are shown for them)
    nothing_for: list[str] = Field(default_factory=list)


class Support(_Model):
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


class Costs(_Model):
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


class Risk(_Model):
    risk: str
    safeguard: str


class Action(_Model):
    step: str
    who: str
    when: str


class Unmet(_Model):
    ref: str
    why: str
    #: How much more a year the budget needs for this; all of them add up to the shortfall.
    annual_shortfall: Money | None = None


class NeedRow(_Model):
    """One row of the Care Act s25 needs table."""

    need_id: str
    need: str
    outcome: str
    how: str
    who: str
    hours_per_week: float | None = None
    weekly_cost: Money = Decimal("0.00")
    funded: bool = True


class DirectPayment(_Model):
    """Care Act s25(2): which needs a direct payment meets, and its amount and frequency."""

    needs: list[str]
    amount: Money
    frequency: str
    annual_amount: Money
    text: str


class Review(_Model):
    first: str
    first_date: str
    then: str


class EmergencyStep(_Model):
    """What happens if something goes wrong: who steps in."""

    situation: str
    then: str
    who: str


class DecisionHelp(_Model):
    """Who helps decide what (an attorney, a deputy, an advocate, family)."""

    who: str
    role: str
    decides: str


class Readiness(_Model):
    """One common reason a council refuses a plan, checked against this plan."""

    code: str
    passed: bool
    what_to_do: str


class BrokerReason(_Model):
    code: ReasonCode
    explanation: str
    evidence: str


class BrokerAdvice(_Model):
    level: BrokerLevel
    advisable: bool
    reasons: list[BrokerReason] = Field(default_factory=list)
    specialisms: list[str] = Field(default_factory=list)
    summary: str = ""

    @model_validator(mode="after")
    def _advisable_matches_level(self) -> BrokerAdvice:
        if self.advisable != (self.level in ADVISABLE_LEVELS):
            raise ValueError("advisable must be true exactly when level is recommended or urgent")
        return self


class Safeguarding(_Model):
    concern: bool = False
    signposted: list[str] = Field(default_factory=list)
    #: The "Staying safe" part: the adult safeguarding referral first, today.
    steps: list[Action] = Field(default_factory=list)
    #: People named in a concern, kept out of every task and decision in the plan.
    kept_out: list[str] = Field(default_factory=list)


class Plan(_Model):
    plan_id: str
    version: int = Field(ge=1)
    created_at: datetime
    voice: Literal["first_person", "third_person"]
    preferred_name: str = ""
    sections: list[Section]
    needs: list[PlanNeed]
    dreams: list[PlanDream]
    bottom_lines: list[PlanBottomLine]
    supports: list[Support]
    costs: Costs
    risks: list[Risk]
    actions: list[Action]
    unmet: list[Unmet]
    broker: BrokerAdvice
    safeguarding: Safeguarding
    rate_card: str = ""
    #: How the money is actually handled in this plan (a financial-abuse concern can change it).
    money_route: str = ""
    needs_table: list[NeedRow] = Field(default_factory=list)
    direct_payment: DirectPayment | None = None
    review: Review | None = None
    emergency_plan: list[EmergencyStep] = Field(default_factory=list)
    decisions: list[DecisionHelp] = Field(default_factory=list)
    readiness: list[Readiness] = Field(default_factory=list)
    #: set only when the plan was drafted with a council's directory of local services
    local_services: LocalServices | None = None

    @model_serializer(mode="wrap")
    def _leave_out_no_directory(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if data.get("local_services") is None:
            data.pop("local_services", None)
        return data

    @field_validator("created_at")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("created_at needs a time zone (UTC)")
        return value.astimezone(UTC)

    @field_validator("sections")
    @classmethod
    def _seven_sections(cls, value: list[Section]) -> list[Section]:
        if tuple(s.key for s in value) != SECTION_KEYS:
            raise ValueError(
                "sections must be the seven questions, in order: " + ", ".join(SECTION_KEYS)
            )
        return value

    def support(self, support_id: str) -> Support:
        """The support with this id (KeyError if there is none)."""
        for item in self.supports:
            if item.id == support_id:
                return item
        raise KeyError(support_id)
