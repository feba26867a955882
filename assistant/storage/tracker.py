"""Rasa's tracker store, seen from the gateway: where it is, how Rasa is told, and its rows.

    settings ─► tracker_store_config ─► var/endpoints.yml (ops/rasa_config.py, for Rasa)
             └► tracker_store_url ────► TrackerStore (the gateway: read slots, forget, find stale)

Both sides read the same settings through `tracker_store_config`, so Rasa and the gateway always
point at the same database. Rasa's HTTP API cannot delete a conversation, which is why the gateway
touches the rows itself (assistant/data_rights/erase.py).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import MetaData, Table, create_engine, delete, func, inspect
from sqlalchemy.engine import URL, Connection, Engine
from sqlmodel import select

from assistant.settings import ROOT, Settings

__all__ = [
    "EVENTS_TABLE",
    "STATE_KEEPING_STORE",
    "TrackerStore",
    "prepare_sqlite_tracker",
    "tracker_store_config",
    "tracker_store_url",
]

#: Rasa's SQLTrackerStore keeps every event of every conversation in this one table.
EVENTS_TABLE = "events"


def tracker_store_config(settings: Settings) -> dict[str, object]:
    """Rasa's SQL tracker store: a SQLite file under var/ unless RASA_TRACKER_URL is set."""
    if not settings.rasa_tracker_url:
        return {"type": "SQL", "dialect": "sqlite", "db": str(settings.var_dir / "rasa_tracker.db")}
    url = urlparse(settings.rasa_tracker_url)
    dialect = url.scheme.split("+")[0]
    if dialect == "sqlite":
        return {"type": "SQL", "dialect": "sqlite", "db": url.path}
    config: dict[str, object] = {
        "type": "SQL",
        "dialect": "postgresql" if dialect in ("postgres", "postgresql") else dialect,
        "url": url.hostname or "127.0.0.1",
        "db": url.path.lstrip("/"),
    }
    if url.port:
        config["port"] = url.port
    if url.username:
        config["username"] = url.username
    if url.password:
        config["password"] = url.password
    return config


STATE_KEEPING_STORE = "assistant.rasa_side.rasa_state.StateKeepingSQLTrackerStore"


def prepare_sqlite_tracker(config: dict[str, object]) -> None:
    """Put Rasa's SQLite tracker file in write-ahead-log mode before Rasa opens it. The mode is
    kept in the file, and Rasa's engine opens SQLite in the default rollback-journal mode, where
    every saved turn creates, syncs and deletes a journal file: profiling showed those commits
    at about an eighth of Rasa's time per turn (docs/BENCHMARKS.md)."""
    if config.get("dialect") != "sqlite":
        return
    path = Path(str(config["db"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.closing(sqlite3.connect(path, timeout=30)) as db:
        db.execute("PRAGMA journal_mode=WAL")


def tracker_store_url(settings: Settings) -> URL:
    """The SQLAlchemy address of Rasa's tracker store, from the same settings the launcher gives
    Rasa (`tracker_store_config`), so the two always point at the same database."""
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
