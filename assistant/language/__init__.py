"""Kitchen Table's language layer: plain Python extractors over a small spaCy pipeline.

Every public function takes any text and never raises: on bad input it returns its empty
value (None, [] or False). The spaCy pipeline (`spacy.blank("en")`, sentencizer, lookup
lemmatizer) and the word lists are built once, lazily and thread-safely; call `warm_up()` at
start-up to pay that cost (about 2-3 s) before the first answer. See README.md in this folder
for the conventions.
"""

from __future__ import annotations

from assistant.language.concern import detect_concern, detect_concerns
from assistant.language.hours import extract_hours, extract_times
from assistant.language.items import looks_like_nonsense, split_items
from assistant.language.money import extract_money

__all__ = [
    "detect_concern",
    "detect_concerns",
    "extract_hours",
    "extract_money",
    "extract_times",
    "looks_like_nonsense",
    "split_items",
    "warm_up",
]


def warm_up() -> None:
    """Build the pipeline and word lists now rather than on the first answer."""
    for func in (detect_concern, extract_hours, extract_money, looks_like_nonsense, split_items):
        func("warm up: my son needs 2 hours every morning, £300 a week, asdf")
