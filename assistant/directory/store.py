"""Data functions over the directory's tables. Keyword-only arguments, one small job each."""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from assistant.directory.models import DirectorySnapshot, DirectorySync
from assistant.storage.models import utcnow
from planner.directory import Directory

__all__ = [
    "KEEP_SNAPSHOTS",
    "current_directory",
    "directory_in_use",
    "last_attempt",
    "latest_snapshot",
    "record_attempt",
    "save_snapshot",
]

#: snapshots kept; older ones are deleted when a new one is saved (attempts are all kept)
KEEP_SNAPSHOTS = 3
MAX_SKIPPED_KEPT = 200


def save_snapshot(
    db: Session,
    *,
    source_url: str,
    directory: Directory,
    report: dict[str, Any],
    skipped: list[tuple[str, str]],
) -> DirectorySnapshot:
    """Store a new snapshot (it becomes the one in use) and drop all but the newest few."""
    report = {
        **report,
        "skipped": [{"id": i, "why": why} for i, why in skipped[:MAX_SKIPPED_KEPT]],
    }
    row = DirectorySnapshot(
        source_url=source_url[:500],
        council=directory.council[:200],
        fetched_at=directory.fetched_at,
        services_count=len(directory.services),
        skipped_count=len(skipped),
        data=directory.model_dump(mode="json"),
        report=report,
    )
    db.add(row)
    db.commit()
    db.refresh(row)
    keep = db.exec(
        select(DirectorySnapshot.id)
        .order_by(col(DirectorySnapshot.fetched_at).desc(), col(DirectorySnapshot.id).desc())
        .limit(KEEP_SNAPSHOTS)
    ).all()
    old = db.exec(select(DirectorySnapshot.id).where(col(DirectorySnapshot.id).not_in(keep))).all()
    if old:
        for attempt in db.exec(
            select(DirectorySync).where(col(DirectorySync.snapshot_id).in_(old))
        ).all():
            attempt.snapshot_id = None
            db.add(attempt)
        for stale in db.exec(select(DirectorySnapshot).where(col(DirectorySnapshot.id).in_(old))):
            db.delete(stale)
        db.commit()
    return row


def latest_snapshot(db: Session) -> DirectorySnapshot | None:
    """The snapshot in use: the newest one."""
    return db.exec(
        select(DirectorySnapshot).order_by(
            col(DirectorySnapshot.fetched_at).desc(), col(DirectorySnapshot.id).desc()
        )
    ).first()


def record_attempt(
    db: Session,
    *,
    source_url: str,
    ok: bool,
    detail: str,
    snapshot_id: int | None = None,
    at: datetime | None = None,
) -> DirectorySync:
    row = DirectorySync(
        attempted_at=at or utcnow(),
        source_url=source_url[:500],
        ok=ok,
        detail=detail[:500],
        snapshot_id=snapshot_id,
    )
    db.add(row)
    db.commit()
    db.refresh(row)
    return row


def last_attempt(db: Session) -> DirectorySync | None:
    return db.exec(
        select(DirectorySync).order_by(
            col(DirectorySync.attempted_at).desc(), col(DirectorySync.id).desc()
        )
    ).first()


_cache: dict[str, tuple[int, Directory]] = {}
_cache_lock = threading.Lock()


def current_directory(engine: Engine) -> Directory | None:
    """The snapshot in use, for the planner (read once per snapshot, then kept in memory)."""
    with Session(engine) as db:
        return directory_in_use(db)


def directory_in_use(db: Session) -> Directory | None:
    """As current_directory, within a session the caller already holds."""
    newest = db.exec(
        select(DirectorySnapshot.id).order_by(
            col(DirectorySnapshot.fetched_at).desc(), col(DirectorySnapshot.id).desc()
        )
    ).first()
    if newest is None:
        return None
    key = str(db.get_bind().engine.url)
    with _cache_lock:
        held = _cache.get(key)
        if held and held[0] == newest:
            return held[1]
    row = db.get(DirectorySnapshot, newest)
    if row is None:
        return None
    directory = Directory.model_validate(row.data)
    with _cache_lock:
        _cache[key] = (newest, directory)
    return directory
