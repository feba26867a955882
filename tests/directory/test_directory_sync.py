"""Snapshots in the gateway's database: a new one from a good feed; the old one kept when the
feed is down, with its age said."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import Session, SQLModel, select

from assistant.directory import models, store
from assistant.directory.models import DirectorySnapshot, DirectorySync
from assistant.directory.server import create_directory_app, served
from assistant.directory.sync import age_words
from planner.directory import Directory
from tests.directory.conftest import quick_sync

T0 = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def test_a_sync_stores_a_snapshot_of_the_active_services(engine, feed):
    outcome = quick_sync(engine, feed, council="Fernvale County Council", now=lambda: T0)
    assert outcome.ok and outcome.services == 64 and outcome.skipped == 0
    with Session(engine) as db:
        row = store.latest_snapshot(db)
        assert row is not None and row.fetched_at == T0 and row.services_count == 64
        assert row.report["not_active"] == 2 and row.report["listed"] == 66
        attempt = store.last_attempt(db)
        assert attempt is not None and attempt.ok and attempt.snapshot_id == row.id
    directory = store.current_directory(engine)
    assert isinstance(directory, Directory) and directory.council == "Fernvale County Council"
    names = {s.name for s in directory.services}
    assert "Fernvale Memory Cafe" in names and "Brindlecross Lunch Club (closed)" not in names


def test_a_feed_that_is_down_keeps_the_old_snapshot_and_says_how_old(engine, feed):
    quick_sync(engine, feed, now=lambda: T0)
    with served(create_directory_app()) as gone:
        pass  # stopped: nothing answers there now
    later = T0 + timedelta(days=2, hours=3)
    outcome = quick_sync(engine, gone, now=lambda: later, retries=1)
    assert not outcome.ok
    assert "Still using the copy from 2 days ago (64 services)" in outcome.message
    assert outcome.age == timedelta(days=2, hours=3)
    with Session(engine) as db:
        snapshots = db.exec(select(DirectorySnapshot)).all()
        attempts = db.exec(select(DirectorySync).order_by(DirectorySync.id)).all()
    assert len(snapshots) == 1 and snapshots[0].fetched_at == T0
    assert [a.ok for a in attempts] == [True, False]
    assert "not working" in attempts[1].detail
    assert store.current_directory(engine) is not None  # plans still get local options


def test_with_no_earlier_copy_a_failed_sync_says_so(engine):
    with served(create_directory_app()) as gone:
        pass
    outcome = quick_sync(engine, gone, retries=0)
    assert not outcome.ok and "no earlier copy" in outcome.message
    assert store.current_directory(engine) is None


def test_only_the_newest_snapshots_are_kept(engine):
    with served(create_directory_app()) as url:
        for day in range(store.KEEP_SNAPSHOTS + 2):
            quick_sync(engine, url, now=lambda d=day: T0 + timedelta(days=d))
    with Session(engine) as db:
        kept = db.exec(select(DirectorySnapshot)).all()
        newest = store.latest_snapshot(db)
    assert len(kept) == store.KEEP_SNAPSHOTS
    assert newest is not None and newest.fetched_at == T0 + timedelta(days=4)


def test_age_in_plain_words():
    assert age_words(timedelta(seconds=20)) == "less than a minute"
    assert age_words(timedelta(minutes=1)) == "1 minute"
    assert age_words(timedelta(hours=5, minutes=59)) == "5 hours"
    assert age_words(timedelta(days=1, hours=2)) == "1 day"


def test_the_migration_matches_the_models(tmp_path):
    from assistant.storage.db import make_engine, migrate

    url = f"sqlite:///{tmp_path / 'm.db'}"
    migrate(url)
    made = make_engine(url)
    try:
        with made.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": False})
            diff = compare_metadata(context, SQLModel.metadata)
    finally:
        made.dispose()
    tables = {models.DirectorySnapshot.__tablename__, models.DirectorySync.__tablename__}
    assert [d for d in diff if tables & set(_names(d))] == []


def _names(entry: object) -> list[str]:
    found: list[str] = []
    for item in entry if isinstance(entry, list) else [entry]:
        for part in item if isinstance(item, tuple) else (item,):
            if isinstance(part, str):
                found.append(part)
            for attr in ("name",):
                value = getattr(part, attr, None)
                if value:
                    found.append(str(value))
            table = getattr(part, "table", None)
            if table is not None:
                found.append(str(table.name))
    return found
