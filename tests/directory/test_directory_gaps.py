"""`gaps`: anonymised counts of needs and dreams with nothing local. No names, no words."""

from __future__ import annotations

import json
import re
from pathlib import Path

from sqlmodel import Session

from assistant.directory.gaps import gaps_report
from assistant.storage import store
from planner.models import NEED_AREAS, Profile
from planner.vocabulary import DREAM_THEMES
from tests.directory.conftest import quick_sync

PROFILES = sorted((Path(__file__).parents[1] / "planner" / "profiles").glob("*.json"))
#: every fixed word the report may hold: its keys, its note on small counts, the council,
#: need areas and dream themes. Anything else would have come from someone's answers.
FIXED = [
    "council snapshot_fetched_at people_counted small_counts needs_with_nothing_local",
    "dreams_with_nothing_local needs dreams nothing_local",
    "counts from 1 to 2 are shown as fewer than 3",
    "every count is shown exactly",
    "Fernvale County Council",
    *NEED_AREAS,
    *DREAM_THEMES,
    "other",
]
ALLOWED = set(re.findall(r"[a-z]{4,}", " ".join(FIXED).lower()))


def _store_profiles(engine) -> list[Profile]:
    kept = []
    with Session(engine) as db:
        for path in PROFILES:
            data = json.loads(path.read_text(encoding="utf-8"))
            chat, _ = store.create_session(db, channel="web")
            store.save_profile(db, chat=chat, data=data)
            kept.append(Profile.model_validate(data))
    return kept


def _private_words(profiles: list[Profile]) -> set[str]:
    """Every name and every word of four letters or more the people wrote."""
    words: set[str] = set()
    for p in profiles:
        texts = [p.preferred_name, p.typical_week, *p.important_to, *p.current_support,
                 *p.admired_qualities, *(n.text for n in p.support_needs),
                 *(n.times or "" for n in p.support_needs), *(d.text for d in p.dreams),
                 *(b.text for b in p.bottom_lines), *(c.evidence for c in p.concerns)]  # fmt: skip
        texts += [x.name for x in p.people] + [x.relationship for x in p.people]
        for text in texts:
            words |= {w for w in re.findall(r"[a-z]{4,}", text.lower())}
    return words


def test_gaps_show_only_areas_themes_and_counts(engine, feed):
    profiles = _store_profiles(engine)
    quick_sync(engine, feed, council="Fernvale County Council")
    report = gaps_report(engine, min_count=1)
    text = json.dumps(report).lower()
    allowed = ALLOWED
    for word in re.findall(r"[a-z]{4,}", text):
        assert word in allowed, word
    names = {p.preferred_name.lower() for p in profiles if p.preferred_name}
    names |= {x.name.lower() for p in profiles for x in p.people}
    for name in names:
        assert not re.search(r"\b" + re.escape(name) + r"\b", text), name
    leaked = {w for w in _private_words(profiles) if w not in allowed}
    assert not any(re.search(r"\b" + w + r"\b", text) for w in leaked)
    assert report["people_counted"] == len(profiles)
    needs = report["needs_with_nothing_local"]
    assert set(needs) <= set(NEED_AREAS) and "personal_care" not in needs  # not a local kind
    assert needs["shopping"]["needs"] >= 1


def test_small_counts_are_not_shown_exactly(engine, feed):
    _store_profiles(engine)
    quick_sync(engine, feed)
    report = gaps_report(engine, min_count=5)
    values = [v for area in report["needs_with_nothing_local"].values() for v in area.values()]
    assert all(v == 0 or v == "fewer than 5" or (isinstance(v, int) and v >= 5) for v in values)
    assert "fewer than 5" in values


def test_the_persons_district_decides_what_is_local(engine, feed):
    quick_sync(engine, feed)
    with Session(engine) as db:
        for name, district in (("Zebedee", "FV9"), ("Dougal", "FV7")):
            chat, _ = store.create_session(db, channel="web")
            store.save_profile(db, chat=chat, data={
                "preferred_name": name, "postcode_district": district,
                "support_needs": [{"id": "n1", "area": "household", "text": "hoovering"}],
            })  # fmt: skip
    report = gaps_report(engine, min_count=1)
    # cleaning in Sallowmere covers FV9; no cleaning service covers FV7
    assert report["needs_with_nothing_local"]["household"] == {"needs": 2, "nothing_local": 1}
    text = json.dumps(report).lower()
    assert "zebedee" not in text and "dougal" not in text and "hoovering" not in text


def test_no_snapshot_says_what_to_do(engine):
    assert "sync" in gaps_report(engine)["error"]
