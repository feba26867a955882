"""The gateway's database: one engine per process, schema managed by Alembic migrations.

SQLite (the default) gets WAL mode and a busy timeout so the gateway and a command line can use the
same file at once without "database is locked".
"""

from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool
from sqlmodel import create_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _ensure_sqlite_folder(url: str) -> None:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)


def make_engine(url: str) -> Engine:
    """The engine, with no pool limit a busy gateway can reach. A turn may keep its connection
    while it waits for Rasa, and Rasa's action calls need connections of their own in the same
    event loop: with a pool of 5 + 10, sixteen turns at once froze the gateway until the pool's
    30 s timeout (found by bench/journeys.py --think 0). So a SQLite file keeps up to 8 idle
    connections and opens as many more as are asked for (no wait, ever); PostgreSQL keeps up to 10
    idle and opens up to 90 more.

    SQLite connections are kept, not opened per use: closing the last connection to a WAL file
    checkpoints the file and deletes the log, so opening and closing one for every query cost
    about 2 ms a commit (half the gateway's own time per turn, found with py-spy)."""
    _ensure_sqlite_folder(url)
    if url.startswith("sqlite"):
        in_memory = url in ("sqlite://", "sqlite:///:memory:") or "mode=memory" in url
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            **({} if in_memory else {"poolclass": QueuePool, "pool_size": 8, "max_overflow": -1}),
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=90)


def migrate(url: str) -> None:
    """Bring the database schema up to date (idempotent)."""
    _ensure_sqlite_folder(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(cfg, "heads")


# any fixed number: the PostgreSQL advisory lock that start-up work (migrations, seeding) takes
_STARTUP_LOCK = 7_061_007


@contextlib.contextmanager
def startup_lock(url: str, lock_dir: Path) -> Iterator[None]:
    """One process at a time: several gateway workers start together and each would otherwise run
    the migrations and the broker seeding at the same moment. PostgreSQL: an advisory lock held
    by one connection; SQLite (one machine): a file lock beside the other files."""
    if url.startswith("postgres"):
        engine = create_engine(url, pool_size=1)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _STARTUP_LOCK})
                try:
                    yield
                finally:
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _STARTUP_LOCK})
                    conn.commit()
        finally:
            engine.dispose()
        return
    lock_dir.mkdir(parents=True, exist_ok=True)
    with (lock_dir / ".startup.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
