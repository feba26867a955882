"""Runs inside the Rasa server (Python 3.10): how Rasa's SQL tracker store reaches a SQLite file
(used by `rasa_state.StateKeepingSQLTrackerStore`, issue 18)."""

from __future__ import annotations

from typing import Any


def keep_sqlite_connection(store: Any) -> bool:
    """Rasa 3.6's SQL store asks SQLAlchemy 1.4 for an engine with no pool options, and for a
    SQLite file SQLAlchemy 1.4 then opens a new connection for every session and closes it
    afterwards (`NullPool`): two or three a turn (load, save). Our tracker file is in
    write-ahead-log mode (`assistant/storage/tracker.py`), and SQLite checkpoints the log into the
    database, syncs it and deletes the log whenever the last connection to a file closes, so every
    load and every save paid for a checkpoint and its disk syncs on Rasa's event loop: about 20 ms
    of a turn's wall time (a scratch benchmark of the store alone, 300 turns: 25.7 ms a turn
    against 3.8 to 7.5 ms with the connection kept) and a third of its CPU time there.

    Here the engine is rebuilt as SQLAlchemy 2.0 builds one for a SQLite file: the same address,
    a `QueuePool` that keeps its connections open, usable from any thread the pool hands them to.
    Every statement, transaction and commit is the same; each commit still syncs the log as
    before; SQLite checkpoints the log itself as it grows (every 1,000 pages). Only for a SQLite
    file (`:memory:` already keeps its one connection; PostgreSQL already pools), and only for
    the Rasa version this was read against. True when the engine was rebuilt."""
    import rasa
    import sqlalchemy as sa
    from sqlalchemy.pool import NullPool, QueuePool

    engine = getattr(store, "engine", None)
    if not rasa.__version__.startswith("3.6.") or engine is None:
        return False
    if engine.dialect.name != "sqlite" or not isinstance(engine.pool, NullPool):
        return False
    kept = sa.create_engine(
        engine.url, poolclass=QueuePool, connect_args={"check_same_thread": False}
    )
    engine.dispose()
    store.engine = kept
    store.sessionmaker = sa.orm.session.sessionmaker(bind=kept)
    return True
