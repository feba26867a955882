"""The Profile: what the conversation hands the planner (CONTRACT.md section 3).

    Profile
     ├── people: [Person]           circle of support, unpaid help
     ├── support_needs: [Need]      assessed needs, each in one Need area
     ├── dreams: [Dream]            what the person wants to change or achieve
     ├── bottom_lines: [BottomLine] non-negotiables, each tagged with `about`
     ├── budget_amount: Money       the personal budget and its period
     └── concerns: [Concern]        raised by the language layer, never asked

Validation is strict where a wrong value would give a wrong plan (negative money, more than
168 hours in a week, an unknown need area, a repeated id) and lenient elsewhere: unknown
extra fields are ignored so the contract can grow. `describe_errors` turns a pydantic
ValidationError into one plain line per bad field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Annotated, Literal, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from planner.vocabulary import BOTTOM_LINE_TAGS, infer_bottom_line_tag

__all__ = [
    "CHOICE_CODES",
    "NEED_AREAS",
    "BottomLine",
    "Concern",
    "Dream",
    "Money",
    "Need",
    "NeedArea",
    "Person",
    "Profile",
    "describe_errors",
]

NeedArea = Literal[
    "personal_care",
    "meals",
    "medication",
    "mobility",
    "household",
    "shopping",
    "money_admin",
    "social_life",
    "community_access",
    "work_or_learning",
    "night_support",
    "communication",
    "carer_break",
    "health",
    "housing",
]
NEED_AREAS: tuple[str, ...] = get_args(NeedArea)

ConcernCode = Literal[
    "safeguarding", "crisis", "capacity", "communication", "conflict", "asked_for_person"
]
Period = Literal["week", "four_weeks", "month", "year"]
BudgetManagement = Literal[
    "direct_payment", "council_managed", "individual_service_fund", "third_party", "not_sure"
]
EmployerChoice = Literal["employ_pa", "use_agency", "mix", "not_sure"]
Voice = Literal["first_person", "third_person"]
AnsweringFor = Literal["self", "someone_else"]

#: The coded answers of the Profile's choice fields: the one list the conversation offers as
#: buttons, accepts from typed words (assistant.language.parse_choice) and checks answers against.
CHOICE_CODES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "answering_for": get_args(AnsweringFor),
        "budget_management": get_args(BudgetManagement),
        "employer_choice": get_args(EmployerChoice),
        "plan_voice": get_args(Voice),
    }
)

MAX_TEXT = 2000
Text = Annotated[str, Field(max_length=MAX_TEXT)]
ShortText = Annotated[str, Field(max_length=200)]
Id = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_-]+$")]
HoursPerWeek = Annotated[float, Field(ge=0, le=168)]

_DISTRICT = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")
_FULL_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")

_PERIODS_PER_YEAR: dict[str, int] = {"week": 52, "four_weeks": 13, "month": 12, "year": 1}


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True, frozen=True)


class Person(_Model):
    """Someone in the person's circle who gives unpaid help."""

    name: ShortText = Field(min_length=1)
    relationship: ShortText = ""
    helps_with: list[NeedArea] = Field(default_factory=list, max_length=15)
    hours_per_week: HoursPerWeek | None = None
    can_continue: bool | None = None


class Need(_Model):
    """An assessed need, in the person's words."""

    id: Id
    area: NeedArea
    text: Text = Field(min_length=1)
    hours_per_week: HoursPerWeek | None = None
    times: ShortText | None = None


class Dream(_Model):
    """Something the person wants to change or achieve."""

    id: Id
    text: Text = Field(min_length=1)
    tags: list[ShortText] = Field(default_factory=list, max_length=20)


class BottomLine(_Model):
    """A non-negotiable. `about` is a tag from planner.vocabulary.BOTTOM_LINE_TAGS.

    An unknown or missing tag is inferred from the text where a keyword makes it plain, and
    otherwise becomes "other", which is still written into every paid support's specification.
    """

    id: Id
    text: Text = Field(min_length=1)
    kind: Literal["must", "must_not"]
    about: str = Field(default="other", validate_default=True)

    @field_validator("about", mode="before")
    @classmethod
    def _known_tag(cls, value: object, info: ValidationInfo) -> str:
        tag = str(value or "").strip().lower().replace(" ", "_").replace("-", "_")
        if tag not in BOTTOM_LINE_TAGS or tag == "other":
            tag = infer_bottom_line_tag(str(info.data.get("text", "")))
        return tag


class Money(_Model):
    """An amount of money and the period it covers."""

    amount: Decimal = Field(ge=0, le=Decimal("10000000"), decimal_places=2)
    period: Period

    @field_validator("amount", mode="before")
    @classmethod
    def _round_float(cls, value: object) -> object:
        if isinstance(value, float):
            return Decimal(str(value))
        return value

    @property
    def annual(self) -> Decimal:
        """The amount for a year: week x 52, four weeks x 13, month x 12."""
        return self.amount * _PERIODS_PER_YEAR[self.period]


class Concern(_Model):
    """A concern the language layer noticed, with the person's own words as evidence."""

    code: ConcernCode
    evidence: Text = ""


class Profile(_Model):
    """Everything the planner needs to draft a plan. Field names match CONTRACT.md section 3."""

    consent: bool = False
    preferred_name: ShortText = ""
    answering_for: AnsweringFor = "self"
    answering_relationship: ShortText | None = None
    admired_qualities: list[Text] = Field(default_factory=list, max_length=30)
    typical_week: Text = ""
    people: list[Person] = Field(default_factory=list, max_length=30)
    current_support: list[Text] = Field(default_factory=list, max_length=30)
    important_to: list[Text] = Field(default_factory=list, max_length=30)
    support_needs: list[Need] = Field(default_factory=list, max_length=30)
    dreams: list[Dream] = Field(default_factory=list, max_length=20)
    bottom_lines: list[BottomLine] = Field(default_factory=list, max_length=20)
    budget_amount: Money | None = None
    budget_management: BudgetManagement = "not_sure"
    employer_choice: EmployerChoice = "not_sure"
    plan_voice: Voice = "first_person"
    confirm_summary: bool = False
    #: The first half of a postcode (e.g. FV3), never the full address: finds local services.
    postcode_district: str | None = Field(default=None, max_length=10)
    concerns: list[Concern] = Field(default_factory=list, max_length=30)

    @field_validator("postcode_district", mode="before")
    @classmethod
    def _district_only(cls, value: object) -> object:
        """Keep only the district (the first half): "fv3 2ab" -> "FV3"; "" -> None."""
        if value is None:
            return None
        text = " ".join(str(value).upper().split())
        if not text:
            return None
        outward = text.split(" ")[0] if " " in text else text
        if " " not in text and len(text) >= 5 and _FULL_POSTCODE.match(text):
            outward = text[:-3]  # a full postcode typed without its space
        if not _DISTRICT.match(outward):
            raise ValueError("a postcode district is the first half of a postcode, like FV3")
        return outward

    @model_validator(mode="after")
    def _ids_are_unique(self) -> Profile:
        seen: set[str] = set()
        repeated: list[str] = []
        ids = [n.id for n in self.support_needs] + [d.id for d in self.dreams]
        for item_id in ids + [b.id for b in self.bottom_lines]:
            if item_id in seen:
                repeated.append(item_id)
            seen.add(item_id)
        if repeated:
            raise ValueError(
                "each need, dream and bottom line needs its own id; repeated: "
                + ", ".join(sorted(set(repeated)))
            )
        return self

    @property
    def budget_annual(self) -> Decimal:
        """The budget for a year (0 when no budget is known yet)."""
        return self.budget_amount.annual if self.budget_amount else Decimal("0.00")


def describe_errors(error: ValidationError) -> list[str]:
    """One plain line per bad field, e.g. `support_needs[0].hours_per_week: ...`."""
    lines: list[str] = []
    for item in error.errors(include_url=False):
        where = ""
        for part in item["loc"]:
            if isinstance(part, int):
                where += f"[{part}]"
            else:
                where += ("." if where else "") + str(part)
        message = item["msg"].removeprefix("Value error, ")
        lines.append(f"{where or 'profile'}: {message}")
    return lines
