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


def rasa_36() -> bool:
    """The Rasa version `save_tracker` and `retrieve_tracker` were read against."""
    import rasa

    return bool(rasa.__version__.startswith("3.6."))


async def save_tracker(store: Any, tracker: Any) -> None:
    """Rasa 3.6's `SQLTrackerStore.save` without the ORM's unit of work: the tracker's new events
    (as the store's `_additional_events` gives them) become the same rows, column for column,
    written by one multi-row INSERT, where Rasa built an ORM object per event and SQLAlchemy
    flushed them one INSERT at a time (6% of Rasa's time per turn at `--think 0`). The events go
    to the event broker first and the session is committed, as Rasa does."""
    import json

    from rasa.shared.nlu.constants import INTENT_NAME_KEY

    await store.stream_events(tracker)
    with store.session_scope() as session:
        rows = []
        for event in store._additional_events(session, tracker):
            data = event.as_dict()
            intent = data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY)
            rows.append(
                {
                    "sender_id": tracker.sender_id,
                    "type_name": event.type_name,
                    "timestamp": data.get("timestamp"),
                    "intent_name": intent,
                    "action_name": data.get("name"),
                    "data": json.dumps(data),
                }
            )
        if rows:
            session.execute(store.SQLEvent.__table__.insert(), rows)
        session.commit()


async def retrieve_tracker(store: Any, sender_id: str, all_sessions: bool) -> Any:
    """Rasa 3.6's `SQLTrackerStore._retrieve` reading only the `data` column: the same query
    (`_event_query`: the same rows, the same order) with one column, where Rasa built an ORM
    object of every row only to read that column (11% of Rasa's time per turn at `--think 0`,
    most of it SQLAlchemy's loading). The tracker is rebuilt as Rasa rebuilds it."""
    import json

    from rasa.shared.core.trackers import DialogueStateTracker

    with store.session_scope() as session:
        query = store._event_query(session, sender_id, fetch_events_from_all_sessions=all_sessions)
        events = [json.loads(data) for (data,) in query.with_entities(store.SQLEvent.data)]
        if store.domain and events:
            return DialogueStateTracker.from_dict(sender_id, events, store.domain.slots)
        return None
