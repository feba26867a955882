"""A council's directory of local services, as the planner reads it (a snapshot, as data).

    Directory                    council, where it came from, when it was fetched
     └── services: [DirectoryService]
          ├── kinds        what it is, from its taxonomy terms and name (befriending, lunch
          │                club, cleaning, telecare, Shared Lives, ...): see `service_kinds`
          ├── districts    postcode districts it covers (none: the whole council)
          ├── eligibility  who it is for (carers, older people, ...), ages
          ├── costs        [DirectoryCost]   £x per session / hour / week / meal, or free
          └── sessions     [DirectorySession] weekly or monthly, days and times

The gateway turns a council's Open Referral UK feed into this shape
(`assistant/directory/convert.py`); `python -m assistant.directory snapshot` prints it, and
`python -m planner draft PROFILE.json --directory SNAPSHOT.json` reads it. Nothing here reads a
file, the clock or the network.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from planner.money import gbp
from planner.vocabulary import mentions

__all__ = [
    "KINDS",
    "Directory",
    "DirectoryCost",
    "DirectoryService",
    "DirectorySession",
    "service_kinds",
]

Day = Literal["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
_DAY_NAMES = {
    "MO": "Mondays",
    "TU": "Tuesdays",
    "WE": "Wednesdays",
    "TH": "Thursdays",
    "FR": "Fridays",
    "SA": "Saturdays",
    "SU": "Sundays",
}
_ORDINALS = {"1": "first", "2": "second", "3": "third", "4": "fourth", "-1": "last"}
Per = Literal["", "session", "hour", "day", "week", "month", "year", "meal", "visit", "night"]
Text = Annotated[str, Field(max_length=2000)]
Short = Annotated[str, Field(max_length=300)]

#: What a service is, in our own words, and the words that say so in a council's taxonomy
#: terms and service names (checked in this order; a service can be several kinds).
KINDS: dict[str, tuple[str, ...]] = {
    "befriending": ("befriending", "befriender", "befrienders", "befriend"),
    "lunch_club": (
        "lunch club",
        "lunch clubs",
        "luncheon club",
        "community meal",
        "community meals",
    ),
    "meals_delivery": ("meals on wheels", "meal delivery", "meals delivered", "frozen meals"),
    "exercise": (
        "exercise",
        "fitness",
        "health walks",
        "walking group",
        "swimming",
        "chair based",
        "tai chi",
        "yoga",
        "dance",
        "sport",
        "sports",
    ),
    "day_opportunities": ("day opportunities", "day centre", "day centres", "day service"),
    "social_group": (
        "social group",
        "social groups",
        "social club",
        "coffee morning",
        "friendship group",
        "craft",
        "crafts",
        "choir",
        "singing",
        "gardening",
        "garden",
        "men's shed",
        "book group",
        "games",
    ),
    "carers": ("carers", "carer", "carers' group", "carers support"),
    "sitting": ("sitting service", "respite at home", "replacement care"),
    "cleaning": ("cleaning", "cleaner", "cleaners", "domestic help", "housework"),
    "shopping": ("shopping", "shopping service", "grocery delivery"),
    "telecare": ("telecare", "community alarm", "personal alarm", "pendant alarm", "lifeline"),
    "shared_lives": ("shared lives",),
    "advocacy": ("advocacy", "advocate", "advocates"),
    "employment": ("employment", "supported employment", "job club", "jobs", "work experience"),
    "learning": ("adult learning", "learning", "college", "courses", "course"),
    "money_advice": ("benefits advice", "money advice", "debt advice", "welfare rights"),
    "transport": ("community transport", "dial a ride", "travel training", "transport"),
}

#: Who a service may be for, and words in a person's answers that show they belong.
ELIGIBILITY_WORDS: dict[str, tuple[str, ...]] = {
    "carers": (
        "carer",
        "carers",
        "caring for",
        "look after",
        "looks after",
        "my husband",
        "my wife",
    ),
    "older people": ("older", "retired", "pension", "pensioner", "elderly", "grandchildren"),
    "learning disability": ("learning disability", "learning disabilities", "down syndrome"),
    "autism": ("autism", "autistic", "asperger"),
    "mental health": ("mental health", "anxiety", "depression", "bipolar", "schizophrenia"),
    "dementia": ("dementia", "alzheimer", "memory"),
    "sight loss": ("blind", "sight", "visually impaired"),
    "hearing loss": ("deaf", "hearing"),
    "physical disability": ("wheelchair", "stroke", "mobility", "ms", "mnd", "arthritis"),
}


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, str_strip_whitespace=True)


class DirectoryCost(_Model):
    """One price of a service: `amount` (0 is free) `per` a unit, for whom (`option`)."""

    amount: Decimal = Field(ge=0, le=Decimal("100000"), decimal_places=2)
    per: Per = ""
    option: Short = ""

    @field_validator("amount", mode="before")
    @classmethod
    def _exact(cls, value: object) -> object:
        return Decimal(str(value)) if isinstance(value, float) else value

    @property
    def words(self) -> str:
        """'free', '£3.50 per session', '£4.00 (members)'."""
        if self.amount == 0:
            text = "free"
        else:
            text = gbp(self.amount) + (f" per {self.per}" if self.per else "")
        return f"{text} ({self.option})" if self.option else text


class DirectorySession(_Model):
    """When a service runs: weekly (every `interval` weeks) or monthly, on some days."""

    freq: Literal["WEEKLY", "MONTHLY"] = "WEEKLY"
    interval: int = Field(default=1, ge=1, le=52)
    days: list[Day] = Field(default_factory=list, max_length=7)
    #: MONTHLY only: which week of the month ("1" first, "-1" last), per day
    week_of_month: str = ""
    opens: str | None = Field(default=None, pattern=r"^\d{2}:\d{2}$")
    closes: str | None = Field(default=None, pattern=r"^\d{2}:\d{2}$")
    description: Short = ""

    @property
    def words(self) -> str:
        """'Thursdays 10am to 12pm', 'every other Monday 2pm to 4pm', 'first Friday of the
        month'."""
        if not self.days:
            return self.description
        days = _join([_DAY_NAMES[d] for d in self.days])
        if len(self.days) == 7:
            days = "every day"
        elif self.days == ["MO", "TU", "WE", "TH", "FR"]:
            days = "Monday to Friday"
        if self.freq == "MONTHLY":
            which = _ORDINALS.get(self.week_of_month, "")
            one = _join([_DAY_NAMES[d][:-1] for d in self.days])
            days = f"the {which} {one} of the month" if which else f"once a month on {one}"
        elif self.interval == 2:
            days = "every other " + _join([_DAY_NAMES[d][:-1] for d in self.days])
        elif self.interval > 2:
            days = f"every {self.interval} weeks on " + days
        if self.opens and self.closes:
            days += f" {_clock(self.opens)} to {_clock(self.closes)}"
        return days[:1].upper() + days[1:]


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _clock(hhmm: str) -> str:
    hour, minute = int(hhmm[:2]), int(hhmm[3:])
    suffix = "am" if hour < 12 else "pm"
    hour = hour % 12 or 12
    return f"{hour}{suffix}" if minute == 0 else f"{hour}.{minute:02d}{suffix}"


class DirectoryService(_Model):
    """One local service, in the words of the council's directory."""

    id: Short = Field(min_length=1)
    name: Short = Field(min_length=1)
    description: Text = ""
    organisation: Short = ""
    #: The directory's taxonomy terms for it (their names, as given)
    terms: list[Short] = Field(default_factory=list, max_length=50)
    #: Postcode districts it covers (e.g. FV3); empty means all of the council's area
    districts: list[Short] = Field(default_factory=list, max_length=200)
    #: Who it is for ("carers", "older people", ...); empty means anyone
    eligibility: list[Short] = Field(default_factory=list, max_length=20)
    min_age: int | None = Field(default=None, ge=0, le=130)
    max_age: int | None = Field(default=None, ge=0, le=130)
    costs: list[DirectoryCost] = Field(default_factory=list, max_length=20)
    sessions: list[DirectorySession] = Field(default_factory=list, max_length=30)
    contact: Short = ""
    url: Short = ""

    @field_validator("districts", mode="after")
    @classmethod
    def _upper(cls, value: list[str]) -> list[str]:
        return [d.upper().replace(" ", "") for d in value]

    @property
    def when(self) -> str:
        """When it runs, in plain words ('' when the directory does not say)."""
        parts = [s.words for s in self.sessions if s.words]
        return "; ".join(dict.fromkeys(parts))

    @property
    def cost_words(self) -> str:
        """Its prices in plain words ('free', '£3.50 per session'); '' when not given."""
        return "; ".join(dict.fromkeys(c.words for c in self.costs))

    def price_per(self, *units: str) -> DirectoryCost | None:
        """Its lowest price in one of these units (free counts in any unit)."""
        fitting = [c for c in self.costs if c.per in units or c.amount == 0]
        return min(fitting, key=lambda c: c.amount, default=None)


def service_kinds(service: DirectoryService) -> frozenset[str]:
    """What a service is, from its taxonomy terms (and its name when the terms say nothing)."""
    found = {kind for kind, words in KINDS.items() for t in service.terms if mentions(t, words)}
    if not found:
        found = {kind for kind, words in KINDS.items() if mentions(service.name, words)}
    return frozenset(found)


class Directory(_Model):
    """A snapshot of one council's directory of services."""

    council: Short = ""
    source: Short = ""
    fetched_at: datetime
    services: list[DirectoryService] = Field(default_factory=list, max_length=50_000)
