"""What is missing locally: anonymised counts of needs and dreams the directory had nothing for.

    every stored profile ─► planner.local.find_local(profile, snapshot in use)
                        ─► count the needs (by need area) and dreams (by theme) with no fit

For the council and the body that accredits brokers (reporting unmet need, as the NDT
recommends). Only fixed words leave this module: need areas (CONTRACT.md section 3) and dream
themes (housing, work, learning, travel, health, social, independence, other). No names, no
ids, no districts, no dates, nothing a person typed. Counts below `min_count` are shown as
"fewer than N", so a rare need cannot point to one person.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pydantic import ValidationError
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from assistant.directory.store import current_directory
from assistant.storage.models import ProfileRecord
from planner.bottom_lines import apply_bottom_lines
from planner.local import NEED_KINDS, find_local
from planner.models import NEED_AREAS, Profile
from planner.vocabulary import DREAM_THEMES, dream_theme

__all__ = ["MIN_COUNT", "gaps_report"]

MIN_COUNT = 3
_THEMES = (*DREAM_THEMES, "other")


def _shown(count: int, min_count: int) -> int | str:
    return count if count == 0 or count >= min_count else f"fewer than {min_count}"


def gaps_report(engine: Engine, *, min_count: int = MIN_COUNT) -> dict[str, Any]:
    """The counts, as a JSON-ready dict (only need areas, dream themes and numbers)."""
    directory = current_directory(engine)
    if directory is None:
        return {
            "error": "There is no directory snapshot yet. Run: python -m assistant.directory sync"
        }
    needs_checked: Counter[str] = Counter()
    needs_missing: Counter[str] = Counter()
    dreams_checked: Counter[str] = Counter()
    dreams_missing: Counter[str] = Counter()
    people = 0
    with Session(engine) as db:
        rows = db.exec(select(ProfileRecord.data)).all()
    for data in rows:
        try:
            profile = Profile.model_validate(data)
        except ValidationError:
            continue
        if not profile.support_needs and not profile.dreams:
            continue
        people += 1
        finds = find_local(
            profile, directory, apply_bottom_lines(profile.bottom_lines).restrictions
        )
        missing = set(finds.nothing_for)
        for need in profile.support_needs:
            if need.area not in NEED_KINDS:
                continue  # no kind of local service is expected to meet it (personal care...)
            needs_checked[need.area] += 1
            if need.id in missing:
                needs_missing[need.area] += 1
        for dream in profile.dreams:
            theme = dream_theme(dream.text, dream.tags)
            theme = theme if theme in _THEMES else "other"
            dreams_checked[theme] += 1
            if dream.id in missing:
                dreams_missing[theme] += 1
    return {
        "council": directory.council,
        "snapshot_fetched_at": directory.fetched_at.isoformat().replace("+00:00", "Z"),
        "people_counted": _shown(people, min_count),
        "small_counts": (
            f"counts from 1 to {min_count - 1} are shown as 'fewer than {min_count}'"
            if min_count > 1
            else "every count is shown exactly"
        ),
        "needs_with_nothing_local": {
            area: {
                "needs": _shown(needs_checked[area], min_count),
                "nothing_local": _shown(needs_missing[area], min_count),
            }
            for area in NEED_AREAS
            if needs_checked[area]
        },
        "dreams_with_nothing_local": {
            theme: {
                "dreams": _shown(dreams_checked[theme], min_count),
                "nothing_local": _shown(dreams_missing[theme], min_count),
            }
            for theme in _THEMES
            if dreams_checked[theme]
        },
    }
