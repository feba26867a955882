"""Kitchen Table's language layer: plain Python extractors over a small spaCy pipeline.

Every public function takes any text and never raises: on bad input it returns its empty
value (None, [] or False). The spaCy pipeline (`spacy.blank("en")`, sentencizer, lookup
lemmatizer, PhraseMatchers) and the word lists are built once, lazily and thread-safely; call
`warm_up()` at start-up to pay that cost (about 3 s) before the first answer. See README.md
in this folder for the conventions.
"""

from __future__ import annotations

from assistant.language.areas import extract_needs, need_areas
from assistant.language.concern import detect_concern, detect_concerns
from assistant.language.fields import detect_field, detect_flags, parse_choice
from assistant.language.hours import extract_hours, extract_times
from assistant.language.items import looks_like_nonsense, split_items
from assistant.language.money import extract_money
from assistant.language.people import (
    extract_people,
    extract_relationship,
    names_the_typist,
)
from assistant.language.wishes import extract_bottom_lines, extract_dreams

__all__ = [
    "detect_concern",
    "detect_concerns",
    "detect_field",
    "detect_flags",
    "extract_bottom_lines",
    "extract_dreams",
    "extract_hours",
    "extract_money",
    "extract_needs",
    "extract_people",
    "extract_relationship",
    "extract_times",
    "looks_like_nonsense",
    "names_the_typist",
    "need_areas",
    "parse_choice",
    "split_items",
    "warm_up",
]

_SAMPLE = (
    "My son needs 2 hours every morning to wash and dress, £300 a week; my daughter Sue "
    "helps. He'd love a job. Never a man. asdf"
)


def warm_up() -> None:
    """Build the pipeline, matchers and word lists now rather than on the first answer."""
    for name in __all__:
        if name not in ("warm_up", "parse_choice"):
            globals()[name](_SAMPLE)
    parse_choice("plan_voice", "as me")
