"""What allocation decides, before costing: the things that cost the budget nothing
(`FreeSupport`), everything decided for each need and dream (`Allocation`), and who is kept
out of the plan (`named_in_concern`). Shared by planner.allocation and planner.informal."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from planner.answers import Demand
from planner.harm import named_in_concern
from planner.models import Person

__all__ = ["Allocation", "FreeSupport", "named_in_concern"]


@dataclass
class FreeSupport:
    """Support that costs the budget nothing."""

    kind: str  # informal, community, mainstream, equipment
    description: str
    meets: list[str]
    route: str = ""
    hours: Decimal | None = None


@dataclass
class Allocation:
    """How each need and dream will be met, before costing."""

    demands: list[Demand] = field(default_factory=list)
    free: list[FreeSupport] = field(default_factory=list)
    unmet: dict[str, str] = field(default_factory=dict)
    dream_themes: dict[str, str] = field(default_factory=dict)
    unconfirmed_helpers: list[Person] = field(default_factory=list)
    stopping_helpers: list[Person] = field(default_factory=list)
    overloaded_helpers: list[Person] = field(default_factory=list)
    uncounted_helpers: list[Person] = field(default_factory=list)
    named_in_concern: list[Person] = field(default_factory=list)
    #: a child who helps, or someone the person said must not care for them (young_carers)
    not_carers: list[Person] = field(default_factory=list)
    helpers: list[Person] = field(default_factory=list)
    #: relatives paid as PAs from a direct payment (only family do the care)
    paid_relatives: list[Person] = field(default_factory=list)
    needs_direct_payment: bool = False
    employs_pas_now: int = 0
    #: need id -> carer: hours a carer gives beyond what anyone can keep up, who can keep
    #: going. Funded after the person's own needs; what does not fit goes to the carer's
    #: assessment (Care Act s10), which can fund support for the carer.
    relief_needs: dict[str, str] = field(default_factory=dict)
