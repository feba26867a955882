"""Support pooled in a shared house, said the many ways people say it (planner.sharing): each
budget pays its share of the worker or the nights, never the whole."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from planner.models import Profile
from planner.sharing import shared_by


def _need(text: str, area: str = "night_support", hours: float | None = None) -> dict[str, Any]:
    return {"id": "n1", "area": area, "text": text, "hours_per_week": hours, "times": None}


@pytest.mark.parametrize(
    ("text", "week", "share"),
    [
        ("A waking night in the bungalow, shared with Declan and Femi", "", 3),
        ("Sleep-in shared between Marta, Jo & Priti", "", 4),
        ("Cooking tea with staff, shared with my housemates Kes and Aled", "", 3),
        ("Night cover is split three ways", "", 3),
        ("The house's sleep-in", "I live with 3 other tenants in a supported living flat.", 4),
        ("Core hours in the daytime", "I share a house with two housemates.", 3),
        ("Shared staff for the evening", "I'm one of four tenants here.", 4),
        # not pooled: a name after "with" is who helps, and a share with family is not a split
        ("Someone to sleep in, like my brother Tom did", "", 1),
        ("Help with a bath twice a week", "I live with two housemates.", 1),
        ("A sleep-in shared with Mum", "", 1),
    ],
)
def test_the_share_is_read_from_the_words(
    make_profile: Callable[..., Any], text: str, week: str, share: int
) -> None:
    profile = Profile.model_validate(make_profile(typical_week=week, support_needs=[_need(text)]))
    assert shared_by(profile.support_needs[0], profile) == share
