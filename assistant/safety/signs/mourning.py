"""Words of mourning: someone else's death told as part of the person's life ("my late
husband", "now she's gone", "since Dad passed"), found in the sixteenth session (set 15 read by
kind, never copied).

The classifier reads "gone", "died" and "passed" as a pull towards a crisis whoever they are said
of. Where a message mourns someone and holds no warning sign that is not explained away, the
classifier alone does not signpost: it asks "are you safe?" instead, when it is sure enough to
ask at all (`decision.py`). A crisis told beside a death ("since she died I've been saving my
tablets") has a warning sign of its own and is read as before."""

from __future__ import annotations

from assistant.safety.signs.words import any_of

__all__ = ["MOURNING"]

_CLOSE = (
    r"(?:husband|wife|partner|hubby|mum|mam|mother|dad|father|son|daughter|brother|sister|nan|nana|"
    r"gran|granny|grandad|grandma|grandpa|friend|fiance|fiancee|boy|girl|twin|auntie|uncle)"
)

MOURNING = any_of(
    rf"\b(?:my|our|his|her)\s+late\s+(?:\w+\s+)?{_CLOSE}\b",
    r"\bnow\s+(?:that\s+)?(?:he's|she's|they're|he\s+is|she\s+is|they\s+are|mum's|dad's|\w+'s)\s+"
    r"(?:gone|passed|no\s+longer\s+here|not\s+here)\b",
    rf"\bsince\s+(?:my\s+(?:\w+\s+)?{_CLOSE}|he|she|mum|dad|mam|\w+)\s+(?:died|passed|went|was\s+"
    r"taken)\b",
    rf"\b(?:lost|losing)\s+(?:my|our)\s+(?:\w+\s+)?{_CLOSE}\b(?!\s+(?:in\s+the\s+(?:shop|crowd|"
    r"town)|at\s+the))",
    r"\b(?:widow|widowed|widower|bereaved)\b",
    rf"\b(?:my|our)\s+(?:\w+\s+)?{_CLOSE}\s+(?:died|passed\s+away|passed\s+on|passed)\b",
)
