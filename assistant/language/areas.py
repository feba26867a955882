"""Need areas (CONTRACT.md section 3) from everyday words, and needs split out of an answer.

A spaCy PhraseMatcher on lemmas finds the words ("washing" and "wash" both say
personal_care); the longest match wins ("washing up" is household, not personal care).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from assistant.language._nlp import Lazy, clean, nlp, parse, safe
from assistant.language._words import is_known
from assistant.language.hours import _analyse
from assistant.language.numbers import lower_same_length

__all__ = ["AREA_WORDS", "extract_needs", "find_areas", "need_areas"]

AREA_WORDS: dict[str, tuple[str, ...]] = {
    "personal_care": (
        "wash",
        "washing",
        "washed",
        "wash and dress",
        "dress",
        "dressing",
        "dressed",
        "bath",
        "bathing",
        "shower",
        "showering",
        "toilet",
        "toileting",
        "the loo",
        "personal care",
        "get up",
        "getting up",
        "get out of bed",
        "getting out of bed",
        "get ready",
        "getting ready",
        "shave",
        "shaving",
        "brush my teeth",
        "teeth",
        "hair",
        "continence",
        "incontinence",
        "pads",
        "hygiene",
        "undress",
        "get undressed",
        "strip wash",
        "get dressed",
        "nails",
        "skin care",
        "bed bath",
        "put to bed",
        "getting to bed",
        "get to bed",
        "go to bed",
        "going to bed",
        "bedtime",
        "bed",
        "bed time",
        "morning routine",
        "routine",
        "socks",
        "shoes",
        "stockings",
        "ready for work",
        "ready for bed",
        "ready in the morning",
        "put me to bed",
        "into bed",
        "bed at night",
    ),
    "meals": (
        "cook",
        "cooking",
        "meal",
        "meals",
        "food",
        "eat",
        "eating",
        "dinner",
        "lunch",
        "breakfast",
        "feed",
        "feeding",
        "make a drink",
        "drinks",
        "hot drink",
        "cup of tea",
        "ready meals",
        "prepare food",
        "preparing food",
        "hot meal",
        "tea time",
        "teatime",
        "make food",
        "making food",
        "snacks",
    ),
    "medication": (
        "tablets",
        "tablet",
        "medication",
        "medicine",
        "medicines",
        "meds",
        "pills",
        "insulin",
        "prescription",
        "prescriptions",
        "inhaler",
        "injection",
        "injections",
        "eye drops",
        "dosette",
        "blister pack",
        "cream",
        "creams",
        "dose",
    ),
    "mobility": (
        "walk",
        "walking",
        "stairs",
        "wheelchair",
        "hoist",
        "transfer",
        "transfers",
        "getting about",
        "get about",
        "getting around",
        "get around",
        "moving around",
        "move around",
        "falls",
        "fall",
        "falling",
        "mobility",
        "stand up",
        "standing",
        "walking frame",
        "zimmer",
        "stick",
        "get in and out",
        "in and out of bed",
        "bed to chair",
        "balance",
        "steps",
        "scooter",
    ),
    "household": (
        "cleaning",
        "clean",
        "housework",
        "hoover",
        "hoovering",
        "vacuum",
        "laundry",
        "washing up",
        "ironing",
        "dusting",
        "tidy",
        "tidying",
        "bins",
        "garden",
        "gardening",
        "chores",
        "change the bed",
        "changing the bed",
        "dishes",
        "the house",
        "housekeeping",
        "clothes washing",
        "do the washing",
        "doing the washing",
        "the washing",
    ),
    "shopping": (
        "shopping",
        "shops",
        "shop",
        "groceries",
        "supermarket",
        "food shop",
        "big shop",
        "tesco",
        "asda",
        "sainsbury's",
        "aldi",
        "lidl",
    ),
    "money_admin": (
        "bills",
        "bill",
        "money",
        "budget",
        "budgeting",
        "banking",
        "bank",
        "letters",
        "post",
        "forms",
        "paperwork",
        "benefits",
        "finances",
        "pay bills",
        "admin",
        "debts",
        "rent",
        "council tax",
        "form filling",
        "phone calls",
    ),
    "social_life": (
        "friends",
        "social",
        "socialise",
        "socialising",
        "company",
        "lonely",
        "loneliness",
        "isolated",
        "chat",
        "club",
        "clubs",
        "meet people",
        "meeting people",
        "see my family",
        "pub",
        "hobbies",
        "hobby",
        "church",
        "mosque",
        "temple",
        "bingo",
        "dancing",
        "football",
        "social life",
        "someone to talk to",
        "going out with friends",
        "gym",
        "swimming",
        "bowling",
        "allotment",
        "fishing",
        "snooker",
        "darts",
        "football match",
        "match",
        "cinema",
        "theatre",
        "gig",
        "gigs",
        "concert",
        "concerts",
        "events",
        "the pub",
        "cafe",
        "coffee",
        "music",
        "art",
        "arts and crafts",
        "basketball",
        "cricket",
        "rugby",
        "walks",
        "walk the dog",
        "bird watching",
        "garden centre",
        "choir",
        "quiz",
        "dance",
        "yoga",
        "pilates",
    ),
    "community_access": (
        "getting out",
        "get out",
        "go out",
        "going out",
        "out and about",
        "leave the house",
        "leaving the house",
        "bus",
        "buses",
        "transport",
        "trips",
        "outings",
        "day centre",
        "day center",
        "town",
        "library",
        "activities",
        "accompany",
        "escort",
        "drive me",
        "lifts",
        "a lift",
        "the community",
        "into town",
        "get to",
        "getting to",
        "days out",
        "trip",
        "take me out",
        "take her out",
        "take him out",
        "take them out",
        "come out",
        "come with me",
        "go with me",
        "come to",
        "out in",
        "out on",
        "seaside",
        "the coast",
        "visit",
        "visiting",
    ),
    "work_or_learning": (
        "work",
        "job",
        "employment",
        "college",
        "course",
        "courses",
        "school",
        "study",
        "studying",
        "learning",
        "training",
        "volunteering",
        "volunteer",
        "university",
        "apprenticeship",
        "placement",
        "classes",
    ),
    "night_support": (
        "at night",
        "overnight",
        "night time",
        "nighttime",
        "nights",
        "sleep-in",
        "sleep in",
        "waking night",
        "during the night",
        "in the night",
        "sleeping",
        "night",
        "the night",
        "through the night",
        "night sitter",
        "wakes up",
    ),
    "communication": (
        "communication",
        "communicate",
        "communicating",
        "speak",
        "speaking",
        "talking",
        "signing",
        "bsl",
        "sign language",
        "interpreter",
        "makaton",
        "understand",
        "understanding",
        "hearing",
        "deaf",
        "speech",
        "reading",
        "writing",
        "letters read",
        "read my letters",
        "translate",
    ),
    "carer_break": (
        "a break",
        "break",
        "respite",
        "short break",
        "short breaks",
        "carer's break",
        "time off",
        "rest",
        "breather",
        "sitting service",
        "time for myself",
        "me time",
        "a night off",
        "day off",
    ),
    "health": (
        "health",
        "doctor",
        "doctors",
        "gp",
        "hospital",
        "appointments",
        "appointment",
        "physio",
        "physiotherapy",
        "exercises",
        "diabetes",
        "nurse",
        "dressings",
        "check-ups",
        "blood tests",
        "mental health",
        "anxiety",
        "depression",
        "dentist",
        "pain",
        "therapy",
        "weight",
        "catheter",
        "stoma",
        "epilepsy",
        "seizures",
        "fits",
        "breathing",
        "oxygen",
        "wounds",
        "healthy",
    ),
    "housing": (
        "housing",
        "move house",
        "moving house",
        "flat",
        "home adaptations",
        "adaptations",
        "tenancy",
        "landlord",
        "own place",
        "my own place",
        "live independently",
        "accommodation",
        "bungalow",
        "supported living",
        "somewhere to live",
        "a new home",
        "move home",
    ),
}
_AREA_ORDER = {area: i for i, area in enumerate(AREA_WORDS)}


def _build_matcher() -> PhraseMatcher:
    pipeline = nlp()
    matcher = PhraseMatcher(pipeline.vocab, attr="LEMMA")
    for area, words in AREA_WORDS.items():
        matcher.add(area, [pipeline(w) for w in words])
    return matcher


_MATCHER = Lazy(_build_matcher)


def find_areas(text: str) -> list[tuple[str, int, int]]:
    """(area, start_char, end_char) for each area word, longest match first, in text order."""
    doc = parse(lower_same_length(text))
    matcher = _MATCHER.get()
    matches = matcher(doc, as_spans=True)
    spans = filter_spans(matches)
    return [(s.label_, s.start_char, s.end_char) for s in sorted(spans, key=lambda s: s.start)]


@safe(list[str])
def need_areas(text: str) -> list[str]:
    """The need areas mentioned, in the order first mentioned."""
    text = clean(text)
    out: list[str] = []
    for area, _, _ in find_areas(text):
        if area not in out:
            out.append(area)
    return out


_CHUNK = re.compile(
    r"[.!?;\n]+(?:\s+|$)|,\s*(?:and|but|also|plus|then)\s+|\s+(?:also|plus|as\s+well\s+as)\s+"
    r"|,\s+(?=(?:and\s+)?(?:someone|somebody|help|i\s+need|he\s+needs|she\s+needs|they\s+need|"
    r"needs|support|a\s+carer)\b)|\s+and\s+(?=(?:someone|somebody|i\s+need|he\s+needs|she\s+"
    r"needs|they\s+need|also|a\s+carer|support\s+with|help\s+with|help\s+to)\b)",
    re.IGNORECASE,
)
_JOIN = re.compile(r",|\s+and\s+|\s+&\s+|\s+or\s+|/|\s+plus\s+", re.IGNORECASE)
_LEAD = re.compile(r"^(?:and|also|plus|but|then|or|with)\b[\s,]*", re.IGNORECASE)


def _chunks(text: str) -> list[tuple[int, int]]:
    bounds = [0]
    for m in _CHUNK.finditer(text):
        bounds.extend([m.start(), m.end()])
    bounds.append(len(text))
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds) - 1, 2)]


_TIME_OF_DAY = re.compile(
    r"\b(?:morning|mornings|day|days|evening|evenings|afternoon|lunch\w*|am|pm)\b", re.I
)


def _time_not_need(chunk: str, group: list[tuple[str, int, int]], gap_start: int) -> bool:
    """True when a night_support match is only the time of another need's help."""
    area, start, end = group[0]
    if area != "night_support" or chunk[start:end].lower().strip() not in {"night", "nights"}:
        return False
    return bool(_TIME_OF_DAY.search(chunk, gap_start, start))


_DROPPED_G = re.compile(r"\b([a-z]{3,})in\b", re.IGNORECASE)
_TEXTED = re.compile(r"\b(wiv|wid|n)\b", re.IGNORECASE)


def _spelt_out(text: str) -> str:
    """Texted words as words, so the areas are found: "shoppin n cookin" -> "shopping and
    cooking" (a dropped g only where the word with it is an everyday word)."""

    def g(match: re.Match[str]) -> str:
        word = match.group(0) + "g"
        return word if is_known(word.lower()) else match.group(0)

    text = _DROPPED_G.sub(g, text)
    return _TEXTED.sub(lambda m: "and" if m.group(1).lower() == "n" else "with", text)


@safe(list[dict[str, Any]])
def extract_needs(text: str) -> list[dict[str, Any]]:
    """One need per area mentioned: {"area", "text", "hours_per_week", "times"}.

    "help to wash and dress 2 hours every morning, and someone to do my shopping once a
    week" -> personal_care (14 hours, "every morning") and shopping (no hours, "once a
    week"). The text is the person's own words for that need.
    """
    text = _spelt_out(clean(text))
    needs: list[dict[str, Any]] = []
    seen: dict[str, dict[str, Any]] = {}
    for c_start, c_end in _chunks(text):
        chunk = text[c_start:c_end]
        found = find_areas(chunk)
        if not found:
            continue
        groups: list[list[tuple[str, int, int]]] = []
        for item in found:
            if groups and groups[-1][-1][0] == item[0]:
                groups[-1].append(item)
            elif any(g[0][0] == item[0] for g in groups):
                continue
            else:
                groups.append([item])
        cuts = [0]
        kept = [groups[0]]
        for after in groups[1:]:
            gap_start, gap_end = kept[-1][-1][2], after[0][1]
            if _time_not_need(chunk, after, gap_start):
                continue  # "tablets morning and night": when, not a need for night support
            joins = list(_JOIN.finditer(chunk, gap_start, gap_end))
            if joins:  # "cooking, cleaning and shopping": separate needs
                cuts.append(joins[-1].end())
                kept.append(after)
            # no "and" or comma between ("a sleep-in because I fall"): one need
        groups = kept
        cuts.append(len(chunk))
        for group, s, e in zip(groups, cuts, cuts[1:], strict=False):
            words = _LEAD.sub("", chunk[s:e].strip(" ,;:-")).strip(" ,;:-")
            words = re.sub(r"\s+(?:and|or|&)$", "", words, flags=re.IGNORECASE)
            if not words:
                continue
            hours, times, _ = _analyse(words)
            area = group[0][0]
            if area in seen:
                previous = seen[area]
                previous["text"] = (previous["text"] + "; " + words)[:2000]
                if hours is not None:
                    previous["hours_per_week"] = min(
                        168.0, round((previous["hours_per_week"] or 0) + hours, 2)
                    )
                previous["times"] = previous["times"] or times
                continue
            need = {"area": area, "text": words[:2000], "hours_per_week": hours, "times": times}
            seen[area] = need
            needs.append(need)
    return needs
