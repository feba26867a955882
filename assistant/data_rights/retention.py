"""Retention: conversations idle for longer than KT_RETENTION_DAYS are erased.

    lifespan ─► start_periodic_purge ─► PeriodicPurge (every KT_PURGE_INTERVAL_MINUTES)
                                                   │
    python -m assistant.data_rights.erasure ─► main ┴─► purge_idle ─► idle_sessions ─► erase_by_id
      purge-idle [--dry-run] [--days N]                            └─► tracker-store rows left
                                                                       with no conversation

Every delete is idempotent, so several gateway workers may purge at the same time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import exists
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from assistant.brokers.models import AuditEntry
from assistant.data_rights.erase import erase_by_id
from assistant.settings import Settings
from assistant.storage.models import ChatSession, PlanRecord, utcnow
from assistant.storage.tracker import TrackerStore

__all__ = [
    "PeriodicPurge",
    "PurgeResult",
    "idle_sessions",
    "main",
    "purge_idle",
    "start_periodic_purge",
]

log = logging.getLogger(__name__)


@dataclass
class PurgeResult:
    """What a purge did (or, with dry_run, would do)."""

    cutoff: datetime
    sessions: int = 0
    orphan_trackers: int = 0
    dry_run: bool = False


def idle_sessions(db: Session, *, cutoff: datetime) -> list[tuple[int, str]]:
    """(id, sender_id) of the conversations with nothing since `cutoff`: no message from the
    person, no new plan version and no audit line (a share, a broker's view or comment, the
    person's decision)."""
    plan_since = exists().where(
        col(PlanRecord.session_id) == col(ChatSession.id), col(PlanRecord.created_at) >= cutoff
    )
    audit_since = exists().where(
        col(AuditEntry.session_id) == col(ChatSession.id), col(AuditEntry.at) >= cutoff
    )
    query = (
        select(ChatSession.id, ChatSession.sender_id)
        .where(col(ChatSession.last_active_at) < cutoff, ~plan_since, ~audit_since)
        .order_by(col(ChatSession.id))
    )
    return [
        (int(chat_id), str(sender)) for chat_id, sender in db.exec(query) if chat_id is not None
    ]


def purge_idle(
    db: Session,
    tracker_store: TrackerStore,
    *,
    retention: timedelta,
    now: datetime | None = None,
    dry_run: bool = False,
    should_stop: Callable[[], bool] = lambda: False,
) -> PurgeResult:
    """Erase every conversation idle for longer than `retention`, and the tracker-store rows of
    conversations the gateway no longer knows (left behind if an erasure was cut short) that are
    as old. Each conversation is erased in its own transaction; `should_stop` is asked between
    them so that a gateway shutting down does not wait for a long purge."""
    cutoff = (now or utcnow()) - retention
    result = PurgeResult(cutoff=cutoff, dry_run=dry_run)
    for chat_id, sender_id in idle_sessions(db, cutoff=cutoff):
        if should_stop():
            return result
        if dry_run or erase_by_id(
            db, chat_id=chat_id, sender_id=sender_id, tracker_store=tracker_store, how="retention"
        ):
            result.sessions += 1
    for sender_id in tracker_store.stale_senders(before=cutoff):
        if should_stop():
            return result
        known = db.exec(select(ChatSession.id).where(ChatSession.sender_id == sender_id)).first()
        if known is None:
            result.orphan_trackers += 1
            if not dry_run:
                tracker_store.forget(sender_id)
    return result


class PeriodicPurge:
    """The retention purge as a background task of the gateway (started in its lifespan).

    Each worker runs its own; the first run comes after a random part of the interval (at most a
    minute) so that workers started together do not all purge at once, and a purge that two
    workers do at the same time deletes each row once. `stop()` ends it between two
    conversations and waits for the one being erased."""

    def __init__(self, engine: Engine, tracker_store: TrackerStore, settings: Settings) -> None:
        self.engine = engine
        self.tracker_store = tracker_store
        self.retention = timedelta(days=settings.retention_days)
        self.interval = settings.purge_interval_minutes * 60
        self.runs = 0
        self._stopping = threading.Event()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> PeriodicPurge:
        self._task = asyncio.get_running_loop().create_task(self._loop(), name="retention-purge")
        return self

    async def _loop(self) -> None:
        delay = random.uniform(0, min(self.interval, 60.0))
        while not self._stopping.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=delay)
            if self._stopping.is_set():
                return
            try:
                result = await asyncio.to_thread(self.run_once)
            except Exception:  # a database that is down now may be back next time
                log.exception("The retention purge failed; it will try again")
            else:
                if result.sessions or result.orphan_trackers:
                    log.info(
                        "Retention purge: erased %d idle conversations and %d orphaned trackers",
                        result.sessions,
                        result.orphan_trackers,
                    )
            delay = self.interval

    def run_once(self) -> PurgeResult:
        with Session(self.engine) as db:
            result = purge_idle(
                db, self.tracker_store, retention=self.retention, should_stop=self._stopping.is_set
            )
        self.runs += 1
        return result

    async def stop(self) -> None:
        self._stopping.set()
        self._wake.set()
        if self._task is not None:
            await self._task  # returns once the purge in hand (if any) has finished


def start_periodic_purge(
    engine: Engine, tracker_store: TrackerStore, settings: Settings
) -> PeriodicPurge | None:
    """Start the purge task (in a running event loop), or None when KT_PURGE_INTERVAL_MINUTES
    is 0."""
    if settings.purge_interval_minutes <= 0:
        return None
    return PeriodicPurge(engine, tracker_store, settings).start()


def main(argv: list[str] | None = None) -> int:
    """`python -m assistant.data_rights.erasure purge-idle [--dry-run] [--days N]`."""
    from assistant.settings import get_settings
    from assistant.storage.db import make_engine

    parser = argparse.ArgumentParser(
        prog="python -m assistant.data_rights.erasure",
        description="Erase conversations that nobody has used for a long time.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    purge = commands.add_parser("purge-idle", help="erase conversations idle too long")
    purge.add_argument("--dry-run", action="store_true", help="only count; erase nothing")
    purge.add_argument(
        "--days",
        type=int,
        default=None,
        help="idle for more than this many days (default KT_RETENTION_DAYS)",
    )
    args = parser.parse_args(argv)
    settings = get_settings()
    days = args.days if args.days is not None else settings.retention_days
    if days < 1:
        parser.error("--days must be 1 or more")
    engine = make_engine(settings.effective_database_url)
    tracker_store = TrackerStore(settings)
    try:
        with Session(engine) as db:
            result = purge_idle(
                db, tracker_store, retention=timedelta(days=days), dry_run=args.dry_run
            )
    finally:
        tracker_store.dispose()
        engine.dispose()
    verb = "Would erase" if args.dry_run else "Erased"
    print(
        f"{verb} {result.sessions} conversation(s) with nothing new since "
        f"{result.cutoff:%d %B %Y %H:%M} UTC ({days} days), "
        f"and {result.orphan_trackers} dialogue record(s) with no conversation."
    )
    return 0
