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
from assistant.language.area_words import AREA_WORDS
from assistant.language.hours import _analyse
from assistant.language.numbers import lower_same_length

__all__ = ["AREA_WORDS", "extract_needs", "find_areas", "need_areas"]

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
