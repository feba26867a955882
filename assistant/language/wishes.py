"""Dreams (tagged with the planner's dream themes) and bottom lines (tagged with `about`).

Dream tags are the theme names of planner.vocabulary.DREAM_THEMES (housing, work, learning,
travel, health, social, independence), in the order first mentioned; a dream that fits none
has no tags (the planner then treats it as "other"). Bottom-line `about` values are the keys
of planner.vocabulary.BOTTOM_LINE_TAGS.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from assistant.language._nlp import Lazy, clean, nlp, parse, safe
from assistant.language.numbers import lower_same_length

__all__ = ["DREAM_WORDS", "extract_bottom_lines", "extract_dreams"]

DREAM_WORDS: dict[str, tuple[str, ...]] = {
    "work": (
        "work",
        "job",
        "paid work",
        "employment",
        "earn",
        "earn money",
        "career",
        "volunteer",
        "volunteering",
        "apprenticeship",
        "business",
        "work experience",
        "get a job",
        "charity shop",
    ),
    "learning": (
        "college",
        "course",
        "learn",
        "study",
        "class",
        "classes",
        "qualification",
        "university",
        "education",
        "school",
        "read",
        "reading",
        "write",
        "exam",
        "gcse",
        "lessons",
        "driving lessons",
        "training",
    ),
    "travel": (
        "holiday",
        "trip",
        "travel",
        "abroad",
        "seaside",
        "beach",
        "cruise",
        "caravan",
        "flight",
        "fly",
        "plane",
        "spain",
        "france",
        "ireland",
        "scotland",
        "wales",
        "see the sea",
        "go away",
        "weekend away",
        "visit family",
        "blackpool",
        "disneyland",
        "festival",
    ),
    "social": (
        "friends",
        "friend",
        "club",
        "group",
        "church",
        "football",
        "music",
        "art",
        "dance",
        "dancing",
        "hobby",
        "hobbies",
        "garden",
        "gardening",
        "sport",
        "cinema",
        "pub",
        "community",
        "choir",
        "bingo",
        "social",
        "meet people",
        "make friends",
        "girlfriend",
        "boyfriend",
        "relationship",
        "mosque",
        "temple",
        "gig",
        "concert",
        "theatre",
        "swim",
        "fishing",
        "darts",
        "knitting",
        "craft",
        "crafts",
        "painting",
        "singing",
        "party",
        "see my grandchildren",
        "family",
    ),
    "health": (
        "health",
        "healthy",
        "fitness",
        "fit",
        "lose weight",
        "weight",
        "walk",
        "walking",
        "exercise",
        "gym",
        "swim",
        "swimming",
        "diet",
        "stop smoking",
        "sleep better",
        "feel better",
        "mental health",
        "get stronger",
        "stronger",
    ),
    "independence": (
        "independence",
        "independent",
        "on my own",
        "by myself",
        "myself",
        "bus",
        "travel training",
        "cook",
        "cooking",
        "skills",
        "manage my money",
        "own money",
        "drive",
        "driving",
        "make my own",
        "do more for myself",
        "less help",
    ),
    "housing": (
        "housing",
        "flat",
        "my own flat",
        "own place",
        "my own place",
        "house",
        "home",
        "move",
        "move out",
        "moving",
        "live on my own",
        "tenancy",
        "bungalow",
        "supported living",
        "live with",
        "somewhere to live",
    ),
}


def _build(words: dict[str, tuple[str, ...]]) -> PhraseMatcher:
    pipeline = nlp()
    matcher = PhraseMatcher(pipeline.vocab, attr="LEMMA")
    for label, phrases in words.items():
        matcher.add(label, [pipeline(p) for p in phrases])
    return matcher


_DREAM_MATCHER = Lazy(lambda: _build(DREAM_WORDS))
_SPLIT_DREAMS = re.compile(
    r"[.!?;\n]+(?:\s+|$)|,?\s+(?:and\s+)?(?:i'd\s+also|i\s+would\s+also|i\s+also|also\s+i'd|"
    r"also\s+i\s+would|also\s+i|and\s+also|one\s+day\s+i'd|and\s+i'd\s+love|and\s+i'd\s+like|"
    r"and\s+i\s+want|and\s+i\s+would\s+like|and\s+i\s+would\s+love|and\s+i\s+wish|"
    r"and\s+i\s+hope|and\s+maybe|and\s+he'd|and\s+she'd|and\s+he\s+wants|and\s+she\s+wants"
    r"|and\s+they'd)\b",
    re.IGNORECASE,
)
_DREAM_LEAD = re.compile(r"^(?:and|also|plus|but|then|so|oh|well|um+|erm+)\b[\s,]*", re.IGNORECASE)


def _labels(matcher: PhraseMatcher, text: str) -> list[str]:
    doc = parse(lower_same_length(text))
    spans = filter_spans(matcher(doc, as_spans=True))
    out: list[str] = []
    for span in sorted(spans, key=lambda s: s.start):
        if span.label_ not in out:
            out.append(span.label_)
    return out


def _pieces(text: str, splitter: re.Pattern[str]) -> list[str]:
    out: list[str] = []
    pos = 0
    for m in splitter.finditer(text):
        out.append(text[pos : m.start()])
        # keep the words after the split ("I'd also like ...") with the next piece
        keep = re.search(r"(?:i'd|i\s+would|i|he'd|she'd|he|she|they'd)\b.*$", m.group(0), re.I)
        pos = m.start() + keep.start() if keep else m.end()
    out.append(text[pos:])
    return [p.strip() for p in out if p and p.strip()]


@safe(list[dict[str, Any]])
def extract_dreams(text: str) -> list[dict[str, Any]]:
    """One dream per sentence or "and I'd also like": {"text", "tags"}."""
    text = clean(text)
    dreams: list[dict[str, Any]] = []
    for piece in _pieces(text, _SPLIT_DREAMS):
        words = _DREAM_LEAD.sub("", piece).strip(" ,;:-")
        if not words or not any(c.isalpha() for c in words):
            continue
        dreams.append({"text": words[:2000], "tags": _labels(_DREAM_MATCHER.get(), words)})
    return dreams[:20]


# --- bottom lines ---------------------------------------------------------------------------

_ABOUT: list[tuple[str, re.Pattern[str]]] = [
    (tag, re.compile(pattern, re.IGNORECASE))
    for tag, pattern in [
        (
            "male_worker",
            r"\b(?:a\s+man|men|male|males|gentlem[ae]n|a\s+bloke|blokes|a\s+guy"
            r"|guys|him\s+washing)\b",
        ),
        ("female_worker", r"\b(?:a\s+woman|women|female|females|lady|ladies|a\s+girl|girls)\b"),
        ("agency_staff", r"\bagenc(?:y|ies)\b|\bcare\s+compan(?:y|ies)\b"),
        (
            "personal_assistant",
            r"\b(?:personal\s+assistants?|pas?|employ\w*|my\s+own\s+staff|"
            r"choose\s+my\s+(?:own\s+)?(?:staff|carers|workers))\b",
        ),
        (
            "residential",
            r"\b(?:care\s+home|nursing\s+home|residential|an?\s+home|old\s+"
            r"people's\s+home|institution|respite\s+home)\b",
        ),
        (
            "own_home",
            r"\b(?:my\s+own\s+home|own\s+home|stay\s+(?:at|in)\s+(?:my\s+)?home|"
            r"stay\s+where\s+i\s+am|my\s+house|my\s+flat|stay\s+living|leave\s+(?:my\s+)?home|"
            r"move\s+out|my\s+home)\b",
        ),
        ("day_service", r"\bday\s+(?:centre|center|service|services|centres|care)\b"),
        (
            "pets",
            r"\b(?:pets?|dogs?|cats?|puppy|kitten|budgie|bird|birds|rabbit|hamster|"
            r"horse|fish|parrot|tortoise)\b",
        ),
        (
            "same_workers",
            r"\b(?:same\s+(?:people|person|carers?|workers?|faces|staff|pa|team)"
            r"|strangers?|new\s+(?:people|faces)\s+(?:every|each|all)|different\s+(?:people|"
            r"carers|staff|faces)|people\s+i\s+know|who\s+know\s+me)\b",
        ),
        (
            "faith",
            r"\b(?:faith|pray|praying|prayers?|church|mosque|temple|synagogue|gurdwara|"
            r"mass|god|religion|religious|ramadan|sabbath|shabbat|bible|quran|koran|worship)\b",
        ),
        (
            "language",
            r"\b(?:language|speaks?|speaking|welsh|urdu|polish|punjabi|bengali|"
            r"gujarati|bsl|sign\s+language|signing|makaton|english|arabic|somali|romanian|"
            r"cantonese|mandarin|interpreter)\b",
        ),
        (
            "diet",
            r"\b(?:halal|kosher|vegan|vegetarian|diet|food|eat|eating|meat|pork|beef|"
            r"gluten|dairy|allerg\w*|meals?|cook\w*|drink)\b",
        ),
        ("smoking", r"\bsmok\w*|\bcigarettes?|\bvap(?:e|ing)\b"),
        ("money", r"\b(?:money|bank|cash|finances|budget|card|pension|spend\w*)\b"),
        (
            "family_involved",
            r"\b(?:family|son|daughter|mum|dad|mother|father|wife|husband|"
            r"partner|brother|sister|grandchildren|grandkids|kids|children|nan|grandson|"
            r"granddaughters?|grandsons?|grandchild\w*)\b",
        ),
        (
            "routine",
            r"\b(?:routine|before\s+\d|after\s+\d|\d\s*(?:am|pm)\b|o'clock|\d{1,2}[:.]"
            r"\d{2}|early|late|lie[\s-]?in|bedtime|bed\s+time|get\s+up|times?|mornings?|"
            r"evenings?|night|rushed|rush|in\s+my\s+own\s+time|my\s+own\s+pace)\b",
        ),
    ]
]
_MUST_NOT = re.compile(
    r"\b(?:never|must\s+not|mustn't|mustnt|must\s+never|don't|do\s+not|dont|won't|will\s+not|wont|"
    r"doesn't|doesnt|does\s+not|"
    r"not\s+(?:be|have|go|to|want|let|allowed|a)|no\s+(?:way|men|man|male|women|woman|female|"
    r"agency|agencies|care\s+home|day\s+centres?|strangers|meat|pork|one|more)|refuse\w*|"
    r"can't\s+stand|cannot\s+stand|hate|under\s+no\s+circumstances|rather\s+not|"
    r"wouldn't|would\s+not|not\s+before|not\s+after|nobody|no\s+one|shouldn't|should\s+not|"
    r"can't\s+have|cannot\s+have|isn't\s+allowed|without|over\s+my\s+dead\s+body|"
    r"not\s+(?:any|ever))\b|^\s*no\b",
    re.IGNORECASE,
)
_NOT_NEGATION = re.compile(
    r"\b(?:don't|do\s+not|won't|never)\s+(?:mind|forget|stop|ever\s+stop|give\s+up|"
    r"want\s+to\s+(?:lose|leave|stop|give\s+up|be\s+without|miss))\b|\bnever\s+miss\b",
    re.IGNORECASE,
)
_SPLIT_LINES = re.compile(
    r"[.!?;\n]+(?:\s+|$)|,?\s+(?:and|but|also)\s+(?=(?:i|he|she|they|my|no|never|nobody|"
    r"please|always)\b)|,\s+(?=(?:i|he|she|they|never|no|nobody|always|must)\b)",
    re.IGNORECASE,
)


def _about(text: str, kind: str) -> str:
    found = [tag for tag, pattern in _ABOUT if pattern.search(text)]
    if not found:
        return "other"
    # "stay in my own home, never a care home": the care home is what is ruled out
    if "residential" in found and "own_home" in found:
        return "residential" if kind == "must_not" else "own_home"
    return found[0]


def _kind(text: str) -> str:
    if _NOT_NEGATION.search(text):
        return "must"
    return "must_not" if _MUST_NOT.search(text) else "must"


@safe(list[dict[str, Any]])
def extract_bottom_lines(text: str) -> list[dict[str, Any]]:
    """Non-negotiables: {"text", "kind": "must" | "must_not", "about": tag}.

    "I must never be helped to wash by a man" -> must_not / male_worker (the planner reads
    that as "workers are women"); "I must keep my dog Max" -> must / pets; "I don't want to
    go into a care home" -> must_not / residential; "never before 9am" -> must_not / routine.
    """
    text = clean(text)
    lines: list[dict[str, Any]] = []
    for piece in _SPLIT_LINES.split(text):
        words = _DREAM_LEAD.sub("", (piece or "").strip()).strip(" ,;:-")
        if not words or not any(c.isalpha() for c in words):
            continue
        kind = _kind(words)
        lines.append({"text": words[:2000], "kind": kind, "about": _about(words, kind)})
    return lines[:20]
