"""The Plan: what the planner returns (CONTRACT.md section 4).

    Plan
     ├── sections: the seven questions, in the person's voice
     ├── needs / dreams / bottom_lines: each with how it is met or honoured
     ├── supports: [Support]  each with cost_breakdown lines that add up to its weekly_cost
     ├── costs: totals, the budget and the headroom (negative = shortfall)
     ├── risks, actions, unmet
     ├── broker: level, reasons with evidence, specialisms
     └── safeguarding: concern and where the person was signposted

The costed parts (supports, cost lines, options, totals) are in plan_costs.py and importable
from here. Money fields are Decimals rounded to the penny. In JSON they are numbers
(`model_dump(mode="json")` gives floats; `planner.render.render_json` writes exactly two
decimals). Hours are plain numbers. Fields beyond the contract are additions, never renames.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Literal, get_args

from pydantic import (
    Field,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
    model_validator,
)

from planner.models import NeedArea
from planner.plan_costs import (
    SUPPORT_KINDS,
    CostLine,
    Costs,
    LocalServices,
    Money,
    PlanPart,
    Support,
    SupportOption,
)

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


class Section(PlanPart):
    key: str
    title: str
    text: str


class PlanNeed(PlanPart):
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


class PlanDream(PlanPart):
    id: str
    text: str
    tags: list[str] = Field(default_factory=list)
    theme: str = "other"
    addressed_by: list[str] = Field(default_factory=list)


class PlanBottomLine(PlanPart):
    id: str
    text: str
    kind: Literal["must", "must_not"]
    about: str
    honoured: bool
    how: str


class Risk(PlanPart):
    risk: str
    safeguard: str


class Action(PlanPart):
    step: str
    who: str
    when: str


class Unmet(PlanPart):
    ref: str
    why: str
    #: How much more a year the budget needs for this; all of them add up to the shortfall.
    annual_shortfall: Money | None = None


class NeedRow(PlanPart):
    """One row of the Care Act s25 needs table."""

    need_id: str
    need: str
    outcome: str
    how: str
    who: str
    hours_per_week: float | None = None
    weekly_cost: Money = Decimal("0.00")
    funded: bool = True


class DirectPayment(PlanPart):
    """Care Act s25(2): which needs a direct payment meets, and its amount and frequency."""

    needs: list[str]
    amount: Money
    frequency: str
    annual_amount: Money
    text: str


class Review(PlanPart):
    first: str
    first_date: str
    then: str


class EmergencyStep(PlanPart):
    """What happens if something goes wrong: who steps in."""

    situation: str
    then: str
    who: str


class DecisionHelp(PlanPart):
    """Who helps decide what (an attorney, a deputy, an advocate, family)."""

    who: str
    role: str
    decides: str


class Readiness(PlanPart):
    """One common reason a council refuses a plan, checked against this plan."""

    code: str
    passed: bool
    what_to_do: str


class BrokerReason(PlanPart):
    code: ReasonCode
    explanation: str
    evidence: str


class BrokerAdvice(PlanPart):
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


class Safeguarding(PlanPart):
    concern: bool = False
    signposted: list[str] = Field(default_factory=list)
    #: The "Staying safe" part: the adult safeguarding referral first, today.
    steps: list[Action] = Field(default_factory=list)
    #: People named in a concern, kept out of every task and decision in the plan.
    kept_out: list[str] = Field(default_factory=list)


class Plan(PlanPart):
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
