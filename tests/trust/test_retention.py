"""Retention: conversations idle longer than KT_RETENTION_DAYS are erased by
`python -m assistant.data_rights.erasure purge-idle` and by a task in the gateway's lifespan."""

from __future__ import annotations

import sqlite3
import time
from datetime import timedelta
from pathlib import Path

import pytest

from assistant.data_rights import erasure
from assistant.data_rights.retention import purge_idle
from assistant.settings import Settings, get_settings
from assistant.storage.models import utcnow
from tests.trust.conftest import Held, TrustGateway, make_trust_gateway

OLD = timedelta(days=400)


def age(gw: TrustGateway, held: Held, by: timedelta = OLD) -> None:
    """Make everything the conversation did look `by` older, in the gateway's file and Rasa's."""
    then = (utcnow() - by).strftime("%Y-%m-%d %H:%M:%S.%f")
    with sqlite3.connect(gw.db_file) as conn:
        conn.execute(
            "UPDATE chat_session SET last_active_at = ?, created_at = ? WHERE id = ?",
            (then, then, held.chat_id),
        )
        conn.execute("UPDATE plan SET created_at = ? WHERE session_id = ?", (then, held.chat_id))
        conn.execute("UPDATE audit_entry SET at = ? WHERE session_id = ?", (then, held.chat_id))
    with sqlite3.connect(gw.tracker_db) as conn:
        conn.execute(
            "UPDATE events SET timestamp = timestamp - ? WHERE sender_id = ?",
            (by.total_seconds(), held.sender_id),
        )


def sessions(gw: TrustGateway) -> set[int]:
    return {row[0] for row in gw.gateway_rows("SELECT id FROM chat_session")}


def purge(gw: TrustGateway, **kwargs: object):
    with gw.db() as db:
        store = gw.app.state.tracker_store
        return purge_idle(db, store, retention=timedelta(days=180), **kwargs)  # type: ignore[arg-type]


def test_idle_conversations_are_erased_and_recent_ones_kept(trust_gw: TrustGateway):
    idle, recent = trust_gw.person(), trust_gw.person()
    age(trust_gw, idle)

    result = purge(trust_gw)

    assert result.sessions == 1
    assert sessions(trust_gw) == {recent.chat_id}
    assert trust_gw.tracker_rows(idle.sender_id) == 0
    assert trust_gw.tracker_rows(recent.sender_id) > 0
    assert trust_gw.client.get(f"/api/sessions/{idle.token}/export").status_code == 404
    lines = trust_gw.gateway_rows(
        "SELECT actor, detail FROM audit_entry WHERE action = 'session_erased'"
    )
    assert lines == [("system", '{"how": "retention"}')]


def test_a_dry_run_counts_and_erases_nothing(trust_gw: TrustGateway):
    idle = trust_gw.person()
    age(trust_gw, idle)

    result = purge(trust_gw, dry_run=True)

    assert result.sessions == 1 and result.dry_run
    assert idle.chat_id in sessions(trust_gw)
    assert trust_gw.tracker_rows(idle.sender_id) > 0


def test_a_brokers_recent_work_keeps_an_old_conversation(trust_gw: TrustGateway):
    held = trust_gw.person()
    age(trust_gw, held)
    with sqlite3.connect(trust_gw.db_file) as conn:  # the broker looked at it yesterday
        conn.execute(
            "UPDATE audit_entry SET at = ? WHERE id = (SELECT max(id) FROM audit_entry)",
            ((utcnow() - timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S.%f"),),
        )

    assert purge(trust_gw).sessions == 0
    assert held.chat_id in sessions(trust_gw)


def test_dialogue_records_with_no_conversation_are_erased_when_old(trust_gw: TrustGateway):
    trust_gw.rasa.add_event("orphan-old", {"event": "user", "text": "x"}, at=time.time() - 4e7)
    trust_gw.rasa.add_event("orphan-new", {"event": "user", "text": "x"})

    result = purge(trust_gw)

    assert result.orphan_trackers == 1
    assert trust_gw.tracker_rows("orphan-old") == 0
    assert trust_gw.tracker_rows("orphan-new") == 1


def test_purging_twice_erases_once(trust_gw: TrustGateway):
    age(trust_gw, trust_gw.person())
    assert purge(trust_gw).sessions == 1
    assert purge(trust_gw).sessions == 0
    erased = trust_gw.gateway_rows(
        "SELECT count(*) FROM audit_entry WHERE action = 'session_erased'"
    )
    assert erased == [(1,)]


def test_the_command_dry_run_and_purge(trust_gw: TrustGateway, monkeypatch, capsys):
    idle = trust_gw.person()
    age(trust_gw, idle)
    monkeypatch.setenv("KT_VAR_DIR", str(trust_gw.db_file.parent))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("RASA_TRACKER_URL", raising=False)
    get_settings.cache_clear()
    try:
        assert erasure.main(["purge-idle", "--dry-run"]) == 0
        assert "Would erase 1 conversation(s)" in capsys.readouterr().out
        assert idle.chat_id in sessions(trust_gw)

        assert erasure.main(["purge-idle", "--days", "500"]) == 0
        assert "Erased 0 conversation(s)" in capsys.readouterr().out

        assert erasure.main(["purge-idle"]) == 0
        assert "Erased 1 conversation(s)" in capsys.readouterr().out
    finally:
        get_settings.cache_clear()
    assert idle.chat_id not in sessions(trust_gw)
    assert trust_gw.tracker_rows(idle.sender_id) == 0


def test_retention_settings_and_their_defaults(monkeypatch):
    for name in ("KT_RETENTION_DAYS", "KT_PURGE_INTERVAL_MINUTES"):
        monkeypatch.delenv(name, raising=False)
    defaults = Settings()
    assert (defaults.retention_days, defaults.purge_interval_minutes) == (180, 60)
    monkeypatch.setenv("KT_RETENTION_DAYS", "30")
    monkeypatch.setenv("KT_PURGE_INTERVAL_MINUTES", "0")
    assert (Settings().retention_days, Settings().purge_interval_minutes) == (30, 0)
    monkeypatch.setenv("KT_RETENTION_DAYS", "0")
    with pytest.raises(ValueError):
        Settings()


def test_the_gateway_purges_on_its_own_and_stops_cleanly(tmp_path: Path):
    gateways = make_trust_gateway(tmp_path, KT_PURGE_INTERVAL_MINUTES=0.005)  # every 0.3 s
    gw = next(gateways)
    purger = gw.app.state.purge
    assert purger is not None
    held = gw.person()
    age(gw, held)
    deadline = time.monotonic() + 10
    while held.chat_id in sessions(gw) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert held.chat_id not in sessions(gw)
    assert gw.tracker_rows(held.sender_id) == 0

    started = time.monotonic()
    with pytest.raises(StopIteration):
        next(gateways)  # leaves the TestClient: the lifespan stops the task
    assert time.monotonic() - started < 5
    assert purger._task is not None and purger._task.done()
    assert not purger._task.cancelled() and purger._task.exception() is None


def test_no_task_when_the_interval_is_zero(trust_gw: TrustGateway):
    assert trust_gw.app.state.purge is None
