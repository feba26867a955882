"""Erasing a conversation everywhere it is held, when the person asks or when it has sat idle.

    DELETE /api/sessions/{id} ─┐
    "delete everything" (chat) ─┼─► erase_session ─► Rasa's tracker store: the `events` rows of
    purge_idle (lifespan task, ─┘                    the conversation's sender_id
      python -m assistant.data_rights.erasure)                ─► the gateway's database: the
      chat_session row
                                                     and every row that points at it

The Rasa rows go first: if that fails, nothing is deleted and the person can ask again, instead
of the gateway forgetting the sender_id while Rasa still holds the conversation.

In the gateway's database the rows to delete are found from the foreign keys of the tables as
they are in the database (reflected once per engine), so a table added later that points at
`chat_session` is erased too without anyone remembering to list it here. Rows are deleted
children first; a foreign key declared `ON DELETE SET NULL` is set to NULL instead.

What stays (docs/OPERATIONS.md, *Data rights*):
- one `audit_entry` saying that *a* conversation was erased, and how, with no session, plan,
  share or broker on it; the audit rows about the conversation itself (which broker it was
  shared with, what they viewed, what the person decided) are deleted with it;
- an SMS opt-out (STOP), which is a keyed hash of the phone number with no link to anything: it
  is what the person asked for, and forgetting it would text them again;
- the reply to the SMS that confirmed the erasure, under its MessageSid and the number's keyed
  hash (no session), so that a retry by Twilio gets the same goodbye; it goes after 7 days.

Every delete is idempotent, so several gateway workers may purge at the same time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import random
import sys
import threading
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import (
    Column,
    ColumnElement,
    MetaData,
    Table,
    create_engine,
    delete,
    exists,
    func,
    inspect,
    update,
)
from sqlalchemy.engine import URL, Connection, Engine
from sqlmodel import Session, col, select

from assistant.brokers.models import AuditEntry
from assistant.conversation.rasa_client import TrackerState
from assistant.settings import ROOT, Settings
from assistant.storage.models import ChatSession, PlanRecord, utcnow

__all__ = [
    "ERASE_SLOT",
    "PeriodicPurge",
    "PurgeResult",
    "TrackerStore",
    "erase_requested",
    "erase_session",
    "idle_sessions",
    "main",
    "purge_idle",
    "start_periodic_purge",
]

log = logging.getLogger(__name__)

#: The slot the dialogue sets to true once the person has confirmed "delete everything".
ERASE_SLOT = "erase_confirmed"
SESSION_TABLE = "chat_session"
#: Rasa's SQLTrackerStore keeps every event of every conversation in this one table.
EVENTS_TABLE = "events"


def erase_requested(tracker: TrackerState) -> bool:
    """True when the turn that just ended confirmed the person's wish to erase everything.

    Only a real `true` counts (not "yes", not 1), so that nothing but the dialogue's own
    confirmation step can erase a conversation."""
    return tracker.slots.get(ERASE_SLOT) is True


# ---------------------------------------------------------------------------- Rasa's tracker store


def tracker_store_url(settings: Settings) -> URL:
    """The SQLAlchemy address of Rasa's tracker store, from the same settings the launcher gives
    Rasa (`launcher.tracker_store_config`), so the two always point at the same database."""
    from assistant.ops.launcher import tracker_store_config  # the launcher imports httpx and yaml

    config = tracker_store_config(settings)
    dialect = str(config.get("dialect") or "sqlite")
    if dialect == "sqlite":
        db = Path(str(config.get("db") or ""))
        return URL.create("sqlite", database=str(db if db.is_absolute() else ROOT / db))
    scheme = urlparse(settings.rasa_tracker_url).scheme
    driver = scheme.split("+", 1)[1] if "+" in scheme else ""
    port = config.get("port")
    query = config.get("query")
    return URL.create(
        f"{dialect}+{driver}" if driver else dialect,
        username=_str_or_none(config.get("username")),
        password=_str_or_none(config.get("password")),
        host=_str_or_none(config.get("url")),
        port=int(str(port)) if port else None,
        database=_str_or_none(config.get("db")),
        query={str(k): str(v) for k, v in query.items()} if isinstance(query, dict) else {},
    )


def _str_or_none(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


class TrackerStore:
    """Direct access to the rows of Rasa's SQL tracker store (SQLite or PostgreSQL alike).

    Rasa's HTTP API has no way to delete a conversation, so the gateway deletes its rows itself.
    The engine is made on first use; a SQLite file that does not exist yet holds nothing and is
    not created."""

    def __init__(self, settings: Settings | None = None, *, url: URL | str | None = None) -> None:
        if url is None:
            assert settings is not None
            url = tracker_store_url(settings)
        self.url = url if isinstance(url, URL) else URL.create("sqlite", database=str(url))
        self._engine: Engine | None = None
        self._lock = threading.Lock()

    def _missing_file(self) -> bool:
        return (
            self.url.get_backend_name() == "sqlite" and not Path(self.url.database or "").exists()
        )

    def _get_engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                args = {"timeout": 30} if self.url.get_backend_name() == "sqlite" else {}
                self._engine = create_engine(self.url, connect_args=args, pool_pre_ping=True)
            return self._engine

    @contextlib.contextmanager
    def _events(self) -> Iterator[tuple[Connection, Table] | None]:
        """A connection in a transaction and the events table, or None when there is none yet."""
        if self._missing_file():
            yield None
            return
        with self._get_engine().begin() as conn:
            if not inspect(conn).has_table(EVENTS_TABLE):
                yield None
                return
            yield conn, Table(EVENTS_TABLE, MetaData(), autoload_with=conn)

    def forget(self, sender_id: str) -> int:
        """Delete every event of the conversation; returns how many rows went (0 the 2nd time)."""
        with self._events() as found:
            if found is None:
                return 0
            conn, events = found
            result = conn.execute(delete(events).where(events.c.sender_id == sender_id))
            return int(result.rowcount or 0)

    def count(self, sender_id: str) -> int:
        with self._events() as found:
            if found is None:
                return 0
            conn, events = found
            query = select(func.count()).select_from(events)
            return int(conn.execute(query.where(events.c.sender_id == sender_id)).scalar() or 0)

    def slots(self, sender_id: str) -> dict[str, Any]:
        """The slot values the dialogue engine remembers for the conversation, replayed from its
        events (a restart or a reset of all slots clears them, as in Rasa)."""
        values: dict[str, Any] = {}
        with self._events() as found:
            if found is None:
                return values
            conn, events = found
            query = (
                select(events.c.type_name, events.c.data)
                .where(events.c.sender_id == sender_id)
                .where(events.c.type_name.in_(("slot", "restart", "reset_slots")))
                .order_by(events.c.id)
            )
            for type_name, data in conn.execute(query):
                if type_name != "slot":
                    values.clear()
                    continue
                with contextlib.suppress(ValueError, TypeError):
                    event = json.loads(data)
                    values[str(event["name"])] = event.get("value")
        return values

    def stale_senders(self, *, before: datetime) -> list[str]:
        """Conversations whose newest event is older than `before`."""
        with self._events() as found:
            if found is None:
                return []
            conn, events = found
            query = (
                select(events.c.sender_id)
                .group_by(events.c.sender_id)
                .having(func.max(events.c.timestamp) < before.timestamp())
            )
            return [str(row[0]) for row in conn.execute(query)]

    def dispose(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None


# ---------------------------------------------------------------------------- the gateway database

# the tables as they are in each database (foreign keys included), reflected once per engine
_schemas: weakref.WeakKeyDictionary[Engine, MetaData] = weakref.WeakKeyDictionary()
_schemas_lock = threading.Lock()


def _schema(conn: Connection) -> MetaData:
    engine = conn.engine
    with _schemas_lock:
        metadata = _schemas.get(engine)
        if metadata is None or SESSION_TABLE not in metadata.tables:
            metadata = MetaData()
            metadata.reflect(bind=conn)
            _schemas[engine] = metadata
        return metadata


def _children(
    metadata: MetaData, parent: Table
) -> Iterator[tuple[Table, Column[Any], Column[Any], str]]:
    """(child table, its column, the parent column it points at, ON DELETE) for each foreign key
    that points at `parent`."""
    for table in metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is parent and table is not parent:
                yield table, fk.parent, fk.column, (fk.ondelete or "").upper()


def _delete_tree(
    conn: Connection, metadata: MetaData, table: Table, where: ColumnElement[bool]
) -> int:
    """Delete the rows of `table` matching `where`, and first every row that points at them."""
    for child, column, parent_column, ondelete in _children(metadata, table):
        points_here = column.in_(select(parent_column).where(where))
        if ondelete == "SET NULL":
            conn.execute(update(child).where(points_here).values({column.name: None}))
        else:
            _delete_tree(conn, metadata, child, points_here)
    return int(conn.execute(delete(table).where(where)).rowcount or 0)


def erase_session(db: Session, *, chat: ChatSession, tracker_store: TrackerStore, how: str) -> bool:
    """Erase the conversation in Rasa's tracker store and in the gateway's database.

    `how` says why, for the one anonymous audit line that stays: "person" (DELETE), "conversation"
    (the person confirmed it in the chat) or "retention" (idle too long). Returns False when the
    conversation had already gone (another worker, a second request): erasing twice is harmless.
    `chat` is detached from `db` and must not be used afterwards."""
    chat_id, sender_id = chat.id, chat.sender_id
    assert chat_id is not None
    if chat in db:
        db.expunge(chat)  # its row is about to go: never flush it
    return _erase(db, chat_id=chat_id, sender_id=sender_id, tracker_store=tracker_store, how=how)


def _erase(
    db: Session, *, chat_id: int, sender_id: str, tracker_store: TrackerStore, how: str
) -> bool:
    tracker_store.forget(sender_id)
    conn = db.connection()
    metadata = _schema(conn)
    sessions = metadata.tables[SESSION_TABLE]
    # audit lines about the conversation's plans that were written without its session
    plan_ids = select(col(PlanRecord.plan_id)).where(PlanRecord.session_id == chat_id)
    conn.execute(
        delete(AuditEntry).where(
            col(AuditEntry.session_id).is_(None), col(AuditEntry.plan_id).in_(plan_ids)
        )
    )
    erased = _delete_tree(conn, metadata, sessions, sessions.c.id == chat_id) > 0
    if erased:
        actor = "system" if how == "retention" else "person"
        db.add(AuditEntry(actor=actor, action="session_erased", detail={"how": how}))
    db.commit()
    return erased


# ---------------------------------------------------------------------------- retention


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
        PlanRecord.session_id == ChatSession.id, col(PlanRecord.created_at) >= cutoff
    )
    audit_since = exists().where(
        AuditEntry.session_id == ChatSession.id, col(AuditEntry.at) >= cutoff
    )
    query = (
        select(ChatSession.id, ChatSession.sender_id)
        .where(col(ChatSession.last_active_at) < cutoff, ~plan_since, ~audit_since)
        .order_by(col(ChatSession.id))
    )
    return [(int(chat_id), str(sender)) for chat_id, sender in db.exec(query)]


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
        if dry_run or _erase(
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


# ---------------------------------------------------------------------------- command line


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


if __name__ == "__main__":
    sys.exit(main())
