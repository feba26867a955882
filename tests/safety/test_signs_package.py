"""The warning signs as a package (assistant/safety/signs/): the names callers import, and the
order in which each family is tried. The order is behaviour: the first family that matches gives
the evidence kept with a concern, and a decision's reason names the families in this order."""

from __future__ import annotations

import re

import assistant.safety.signs as signs
from assistant.safety.signs import (
    CRISIS_STRONG,
    CRISIS_WEAK,
    SAFEGUARDING_STRONG,
    SAFEGUARDING_WEAK,
    read_signs,
)


def test_every_public_name_is_there() -> None:
    assert sorted(signs.__all__) == sorted(
        [
            "CRISIS_STRONG",
            "CRISIS_WEAK",
            "NORMALISE_KEY",
            "SAFEGUARDING_STRONG",
            "SAFEGUARDING_WEAK",
            "Signs",
            "damped_at",
            "normalise",
            "read_signs",
            "why_damped",
        ]
    )
    for name in signs.__all__:
        assert getattr(signs, name) is not None, name


def test_the_families_are_tried_in_their_order() -> None:
    assert list(CRISIS_STRONG) == [
        "means",
        "plan",
        "intent",
        "burden",
        "goodbye",
        "finality",
        "attempt_again",
        "acting_now",
        "emergency",
        "reported",
        "self_harm",
        "threat",
    ]
    assert list(CRISIS_WEAK) == [
        "hopeless",
        "arranging",
        "death_wish",
        "death_words",
        "means_plain",
        "coded",
        "coded_ask",
    ]
    assert list(SAFEGUARDING_STRONG) == [
        "financial",
        "sexual",
        "psychological",
        "physical",
        "modern_slavery",
        "discriminatory",
        "organisational",
        "neglect",
        "self_neglect",
        "domestic",
    ]
    assert list(SAFEGUARDING_WEAK) == [
        "fear",
        "afraid_of_someone",
        "through_others",
        "going_without",
    ]
    for family in (CRISIS_STRONG, CRISIS_WEAK, SAFEGUARDING_STRONG, SAFEGUARDING_WEAK):
        assert all(isinstance(p, re.Pattern) for p in family.values())


def test_the_first_family_that_matches_gives_the_evidence() -> None:
    # "means" (the tablets saved) is tried before "plan" (the date set), so it is the evidence
    signs_seen = read_signs("I've been saving my tablets and I've set a date.")
    assert signs_seen.crisis_strong[:2] == ("means", "plan")
    assert "saving my tablets" in signs_seen.evidence
