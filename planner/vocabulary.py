"""Words the planner understands: bottom-line tags, dream themes, need priorities.

The language layer tags each bottom line with `about`. The tags below are the whole
vocabulary; docs/PLANNER.md explains what each one does to the plan. When a tag is missing or
unknown, a few plain keywords in the person's words pick one, and otherwise the tag is "other"
(written into every paid support's specification, so it is never lost).

Need areas have plain labels (`area_label`) and an options route (`area_route`: the ways
that kind of help can be arranged).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "AREA_LABELS",
    "AREA_PRIORITY",
    "BOTTOM_LINE_TAGS",
    "DREAM_ROUTES",
    "DREAM_THEMES",
    "FREE_NEED_ROUTES",
    "area_label",
    "area_route",
    "dream_theme",
    "infer_bottom_line_tag",
    "mentions",
]

#: tag -> what it means (shown in docs and used for the `how` of a bottom line).
BOTTOM_LINE_TAGS: dict[str, str] = {
    "agency_staff": "care workers sent by an agency",
    "personal_assistant": "employing my own personal assistants",
    "own_home": "staying in my own home (no care home, no residential short breaks)",
    "residential": "living in or staying at a care home",
    "day_service": "going to a day service or day centre",
    "female_worker": "being supported by women",
    "male_worker": "being supported by men",
    "same_workers": "having the same few people, not a stream of strangers",
    "pets": "my pets",
    "family_involved": "my family taking part in my support",
    "language": "the language I speak",
    "faith": "my faith and how I practise it",
    "diet": "what I eat and drink",
    "routine": "my routine and times",
    "smoking": "smoking",
    "money": "who handles my money",
    "other": "something else that matters to me",
}

_TAG_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("agency_staff", r"\bagenc(y|ies)\b"),
    ("own_home", r"\b(my own home|own home|stay (at|in) (my )?home|care home|move out)\b"),
    ("female_worker", r"\b(female|wom[ae]n|lady|ladies)\b"),
    ("male_worker", r"\b(male|m[ae]n|gentleman)\b"),
    ("day_service", r"\bday (centre|center|service)s?\b"),
    ("pets", r"\b(pets?|dogs?|cats?)\b"),
    ("family_involved", r"\b(family|son|daughter|mum|dad|mother|father|wife|husband)\b"),
    ("language", r"\b(language|speak|welsh|urdu|polish|punjabi|bengali|bsl|sign)\b"),
    ("faith", r"\b(faith|pray|prayers?|church|mosque|temple|synagogue|gurdwara)\b"),
    ("diet", r"\b(halal|kosher|vegan|vegetarian|diet|food)\b"),
    ("routine", r"\b(routine|before \d|after \d|o'clock|am\b|pm\b|times?)\b"),
    ("same_workers", r"\b(same (people|person|carers?|workers?)|strangers?)\b"),
    ("smoking", r"\bsmok(e|ing)\b"),
    ("money", r"\b(money|bank|cash)\b"),
)


def infer_bottom_line_tag(text: str) -> str:
    """Pick a tag from the person's words, or "other"."""
    lowered = text.lower()
    for tag, pattern in _TAG_KEYWORDS:
        if re.search(pattern, lowered):
            return tag
    return "other"


#: Needs are funded in this order when the budget is short: safety first, then daily living,
#: then the rest. Ties keep the person's own order.
AREA_PRIORITY: tuple[str, ...] = (
    "personal_care",
    "medication",
    "meals",
    "night_support",
    "health",
    "mobility",
    "communication",
    "household",
    "shopping",
    "money_admin",
    "carer_break",
    "housing",
    "community_access",
    "social_life",
    "work_or_learning",
)

#: Dream themes and the words that suggest them (tags are checked first, then the text).
DREAM_THEMES: dict[str, tuple[str, ...]] = {
    # a move or a new tenancy; "home" alone is not ("a garden at home" is not a move)
    "housing": (
        "housing",
        "own_flat",
        "flat",
        "move",
        "moving",
        "new home",
        "home of my own",
        "house of my own",
        "place of my own",
        "own house",
        "own place",
        "live on my own",
        "tenancy",
        "supported living",
        "bungalow",
    ),
    "work": ("work", "job", "employment", "paid", "career", "volunteer"),
    "learning": ("learning", "college", "course", "study", "learn", "education", "school"),
    "travel": (
        "travel",
        "holiday",
        "holidays",
        "trip",
        "seaside",
        "sea",
        "beach",
        "abroad",
        "cruise",
        "caravan",
        "week away",
        "weekend away",
        "days away",
        "nights away",
        "time away",
        "city break",
        "hotel",
        "journey",
        "festival",
    ),
    "health": ("health", "fitness", "weight", "walk", "exercise", "gym", "swim"),
    "social": (
        "social",
        "friends",
        "club",
        "group",
        "church",
        "football",
        "music",
        "art",
        "dance",
        "hobby",
        "garden",
        "sport",
        "cinema",
        "pub",
        "community",
    ),
    "independence": (
        "independence",
        "cook",
        "cooking",
        "bus",
        "travel training",
        "skills",
        "on my own",
        "myself",
    ),
}


@lru_cache(maxsize=256)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w.replace("_", " ").lower()) for w in words)
    return re.compile(r"\b(?:" + alternatives + r")\b")


def mentions(text: str, words: tuple[str, ...]) -> bool:
    """True when any of the words or phrases appears in the text as a whole word."""
    if not words:
        return False
    return bool(_pattern(tuple(words)).search(text.lower().replace("_", " ")))


def dream_theme(text: str, tags: list[str]) -> str:
    """The theme of a dream: its tags decide first, then its words; "other" when unsure."""
    for tag in tags:
        for theme, words in DREAM_THEMES.items():
            if mentions(tag, words):
                return theme
    for theme, words in DREAM_THEMES.items():
        if mentions(text, words):
            return theme
    return "other"


#: Need areas in plain words.
AREA_LABELS: dict[str, str] = {
    "personal_care": "personal care",
    "meals": "meals",
    "medication": "medicines",
    "mobility": "getting about",
    "household": "jobs at home",
    "shopping": "shopping",
    "money_admin": "money and letters",
    "social_life": "seeing people",
    "community_access": "getting out",
    "work_or_learning": "work or learning",
    "night_support": "the night",
    "communication": "communication",
    "carer_break": "a break for the carer",
    "health": "health",
    "housing": "housing",
}

#: Other ways to meet a need that family or friends meet now (shown as options).
_AREA_ROUTES: dict[str, str] = {
    "personal_care": "care_hours",
    "meals": "meals",
    "medication": "medicines",
    "mobility": "travel",
    "household": "household",
    "shopping": "shopping",
    "money_admin": "money",
    "social_life": "social",
    "community_access": "social",
    "work_or_learning": "work",
    "night_support": "night",
    "communication": "social",
    "carer_break": "short_break",
    "health": "health",
    "housing": "housing",
}


def area_label(area: str) -> str:
    """A need area in plain words."""
    return AREA_LABELS.get(area, area.replace("_", " "))


def area_route(area: str) -> str:
    """The options route for a need area (the ways that kind of help can be arranged)."""
    return _AREA_ROUTES.get(area, "")


#: Free ways to meet a need with no paid hours: area -> (kind, route, description).
FREE_NEED_ROUTES: dict[str, tuple[str, str, str]] = {
    # area: (kind, route, description)
    "money_admin": ("community", "money", "A free advice service helps with money and letters."),
    "shopping": ("mainstream", "shopping", "Shopping is delivered to the door."),
    "health": ("mainstream", "health", "NHS services: GP, pharmacy and community health team."),
    "housing": ("mainstream", "housing", "The council's housing options team looks at choices."),
    "work_or_learning": (
        "mainstream",
        "work",
        "Work and learning services: Jobcentre, Access to Work, college.",
    ),
    "social_life": ("community", "social", "Local clubs, groups and a befriending service."),
    "community_access": ("community", "social", "Local clubs, groups and places to go."),
}

#: Free routes for a dream, by theme: theme -> (kind, route, description).
DREAM_ROUTES: dict[str, tuple[str, str, str]] = {
    "housing": (
        "mainstream",
        "housing",
        "Look at housing choices with the council's housing options team.",
    ),
    "work": ("mainstream", "work", "Work services and Access to Work help find and keep a job."),
    "learning": ("mainstream", "learning", "A course at a local college or adult learning."),
    "health": ("community", "social", "Local leisure, sport and health groups."),
    "social": ("community", "social", "A local group, club or class near home, often free."),
    "independence": ("community", "travel", "Travel training and community skills courses."),
    "other": ("community", "social", "Local groups and people who share this interest."),
}
