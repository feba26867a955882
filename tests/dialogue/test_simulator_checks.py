"""The journey simulator's own check of a relationship (tests/support/simulator.py): tolerant of
the point of view and of a bracketed abbreviation, never of a different relationship."""

from __future__ import annotations

import pytest

from tests.support.simulator import same_relationship


@pytest.mark.parametrize(
    ("expected", "got"),
    [
        ("carer at her flat", "carer at my flat"),
        ("occupational therapist (OT)", "occupational therapist"),
        ("neighbour and old friend", "neighbour"),
        ("friend from the bowls club", "from the bowls club"),
    ],
)
def test_the_same_relationship_in_other_words_agrees(expected, got):
    assert same_relationship(expected, got)


@pytest.mark.parametrize(
    ("expected", "got"),
    [("grandmother", "mother"), ("son-in-law", "son"), ("friend", ""), ("sister", "brother")],
)
def test_a_different_or_missing_relationship_does_not(expected, got):
    assert not same_relationship(expected, got)
