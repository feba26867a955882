"""Erasure: `DELETE /api/sessions/{id}`, the in-conversation "delete everything" hook (web and
SMS), and the same on the real stack. Every check of what is left reads the gateway's SQLite file
and the tracker store's file directly, not only through the API."""

from __future__ import annotations

import sqlite3

import httpx
import pytest

from assistant.conversation.rasa_client import TrackerState
from assistant.conversation.turns import erase_requested
from assistant.data_rights import erase
from assistant.data_rights.erase import erase_session
from assistant.ops.stack import Stack
from assistant.storage.models import ChatSession
from assistant.storage.tracker import TrackerStore, tracker_store_url
from tests.brokers.conftest import signed_in_broker
from tests.conftest import make_settings
from tests.support.sms import sms_turn
from tests.trust.conftest import Held, TrustGateway

PHONE = "+447700900321"


def rows_about(gw: TrustGateway, held: Held) -> dict[str, int]:
    """Every row in the gateway's database that belongs to the conversation, table by table."""
    found: dict[str, int] = {}
    with sqlite3.connect(gw.db_file) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            checks = []
            if "session_id" in columns:
                checks.append(("session_id", held.chat_id))
            if "plan_id" in columns:
                checks.append(("plan_id", held.plan_id))
            if "sender_id" in columns:
                checks.append(("sender_id", held.sender_id))
            if "public_id" in columns:
                for public in (held.share_id, held.comment_id, held.suggestion_id):
                    checks.append(("public_id", public))
            if table == "chat_session":
                checks.append(("id", held.chat_id))
            for column, value in checks:
                sql = f"SELECT count(*) FROM {table} WHERE {column} = ?"
                count = conn.execute(sql, (value,)).fetchone()[0]
                if count:
                    found[f"{table}.{column}"] = found.get(f"{table}.{column}", 0) + count
    return found


def test_delete_erases_the_session_from_both_databases(trust_gw: TrustGateway):
    held = trust_gw.person()
    other = trust_gw.person(name="Somebody Else")
    assert rows_about(trust_gw, held)  # the check below can see rows when there are any
    assert trust_gw.tracker_rows(held.sender_id) > 0

    response = trust_gw.client.delete(f"/api/sessions/{held.token}")

    assert response.status_code == 204 and response.content == b""
    assert rows_about(trust_gw, held) == {}
    assert trust_gw.tracker_rows(held.sender_id) == 0
    # the other person's conversation is untouched, in both databases
    assert rows_about(trust_gw, other) != {}
    assert trust_gw.tracker_rows(other.sender_id) > 0
    assert trust_gw.client.get(f"/api/sessions/{other.token}/profile").status_code == 200


def test_after_erasure_every_address_for_it_answers_404(trust_gw: TrustGateway):
    held = trust_gw.person()
    broker_client, _broker = signed_in_broker(trust_gw, "amara-okafor")  # type: ignore[arg-type]
    share_pages = [f"/review/shares/{held.share_id}", f"/review/shares/{held.share_id}/transcript"]
    for page in share_pages:
        assert broker_client.get(page).status_code == 200
    plan_page = f"/plans/{held.plan_id}?key={held.plan_key}"
    assert trust_gw.client.get(plan_page).status_code == 200

    assert trust_gw.client.delete(f"/api/sessions/{held.token}").status_code == 204

    for path in ("profile", "plan", "export"):
        r = trust_gw.client.get(f"/api/sessions/{held.token}/{path}")
        assert r.status_code == 404 and r.json()["error"] == "unknown_session", path
    assert trust_gw.client.delete(f"/api/sessions/{held.token}").status_code == 404
    chat = trust_gw.chat("hello again", held.token)
    assert chat.status_code == 404 and chat.json()["error"] == "unknown_session"
    assert trust_gw.client.get(plan_page).status_code == 404
    assert trust_gw.client.get(f"/plans/{held.plan_id}.json?key={held.plan_key}").status_code == 404
    for page in [*share_pages, f"/review/shares/{held.share_id}/plan.json"]:
        assert broker_client.get(page).status_code == 404, page
    queue = broker_client.get("/review")
    assert queue.status_code == 200 and held.share_id not in queue.text
    # the chat did not bring the conversation back in either database
    assert rows_about(trust_gw, held) == {} and trust_gw.tracker_rows(held.sender_id) == 0


def test_only_an_anonymous_line_about_the_erasure_stays_in_the_audit_log(trust_gw: TrustGateway):
    held = trust_gw.person()
    before = trust_gw.gateway_rows(
        "SELECT count(*) FROM audit_entry WHERE session_id = ?", held.chat_id
    )
    assert before[0][0] >= 3  # share, comment, suggestion

    trust_gw.client.delete(f"/api/sessions/{held.token}")

    erased = trust_gw.gateway_rows(
        "SELECT actor, session_id, plan_id, share_public_id, broker_id, detail FROM audit_entry "
        "WHERE action = 'session_erased'"
    )
    assert erased == [("person", None, None, None, None, '{"how": "person"}')]


def test_unknown_session_cannot_be_deleted(trust_gw: TrustGateway):
    r = trust_gw.client.delete("/api/sessions/not-a-real-token")
    assert r.status_code == 404 and r.json()["error"] == "unknown_session"


def test_erasing_twice_is_harmless_and_audited_once(trust_gw: TrustGateway):
    held = trust_gw.person()
    store = trust_gw.app.state.tracker_store
    with trust_gw.db() as db:
        first = db.get(ChatSession, held.chat_id)
        assert first is not None
        copy = ChatSession(id=first.id, sender_id=first.sender_id, token_hash=first.token_hash)
        assert erase_session(db, chat=first, tracker_store=store, how="person") is True
        assert erase_session(db, chat=copy, tracker_store=store, how="person") is False
    erased = trust_gw.gateway_rows(
        "SELECT count(*) FROM audit_entry WHERE action = 'session_erased'"
    )
    assert erased == [(1,)]


def test_a_table_added_later_that_points_at_the_session_is_erased_too(trust_gw: TrustGateway):
    held = trust_gw.person()
    with sqlite3.connect(trust_gw.db_file) as conn:
        conn.execute(
            "CREATE TABLE consent_note (id INTEGER PRIMARY KEY, "
            "session_id INTEGER NOT NULL REFERENCES chat_session(id), note TEXT)"
        )
        conn.execute("INSERT INTO consent_note (session_id, note) VALUES (?, 'x')", (held.chat_id,))
    erase._schemas.clear()  # the schema is read once per engine; this one changed under it

    assert trust_gw.client.delete(f"/api/sessions/{held.token}").status_code == 204

    assert trust_gw.gateway_rows("SELECT count(*) FROM consent_note") == [(0,)]


# --- the hook: the person confirms "delete everything" in the conversation --------------------


def test_erase_requested_only_when_the_slot_is_true():
    def state(**slots: object) -> TrackerState:
        return TrackerState(slots=dict(slots), active_loop=None, latest_intent=None)

    assert erase_requested(state(erase_confirmed=True))
    for value in (False, None, "true", "yes", 1):
        assert not erase_requested(state(erase_confirmed=value)), value
    assert not erase_requested(state())


def test_confirming_in_the_web_chat_says_goodbye_then_erases(trust_gw: TrustGateway):
    first = trust_gw.chat("hello")
    token = first.json()["session_id"]
    trust_gw.chat("my name is Ottoline", token)
    ((sender,),) = trust_gw.gateway_rows("SELECT sender_id FROM chat_session")
    assert trust_gw.tracker_rows(sender) > 0

    goodbye = trust_gw.chat(trust_gw.rasa.erase_on, token)

    assert goodbye.status_code == 200
    assert [m["text"] for m in goodbye.json()["messages"]] == [trust_gw.rasa.goodbye]
    assert trust_gw.gateway_rows("SELECT count(*) FROM chat_session") == [(0,)]
    assert trust_gw.gateway_rows("SELECT count(*) FROM message") == [(0,)]
    assert trust_gw.tracker_rows(sender) == 0
    again = trust_gw.chat("are you there?", token)
    assert again.status_code == 404


def test_confirming_by_sms_says_goodbye_erases_and_forgets_the_number(trust_gw: TrustGateway):
    client = trust_gw.client
    assert sms_turn(client, PHONE, "hello").status == 200
    assert sms_turn(client, PHONE, "I am Ottoline").status == 200
    ((old_sender,),) = trust_gw.gateway_rows("SELECT sender_id FROM chat_session")
    assert trust_gw.gateway_rows("SELECT count(*) FROM sms_conversation") == [(1,)]
    assert trust_gw.tracker_rows(old_sender) > 0

    goodbye = sms_turn(client, PHONE, trust_gw.rasa.erase_on)

    assert goodbye.status == 200 and goodbye.messages == [trust_gw.rasa.goodbye]
    assert trust_gw.gateway_rows("SELECT count(*) FROM chat_session") == [(0,)]
    assert trust_gw.gateway_rows("SELECT count(*) FROM sms_conversation") == [(0,)]
    assert trust_gw.gateway_rows("SELECT count(*) FROM message") == [(0,)]
    assert trust_gw.gateway_rows(
        "SELECT count(*) FROM sms_processed WHERE session_id IS NOT NULL"
    ) == [(0,)]
    assert trust_gw.tracker_rows(old_sender) == 0

    # the next text from the number starts a new, empty conversation
    assert sms_turn(client, PHONE, "hello").status == 200
    ((new_sender,),) = trust_gw.gateway_rows("SELECT sender_id FROM chat_session")
    assert new_sender != old_sender
    texts = trust_gw.gateway_rows("SELECT text FROM message WHERE direction = 'in'")
    assert texts == [("hello",)]


def test_take_turn_will_not_half_erase_without_the_tracker_store():
    from assistant.conversation.turns import erase_after_turn

    state = TrackerState(slots={"erase_confirmed": True}, active_loop=None, latest_intent=None)
    with pytest.raises(RuntimeError):
        erase_after_turn(
            None,  # type: ignore[arg-type]
            chat=ChatSession(token_hash="x", sender_id="y"),
            tracker=state,
            messages=[],
            tracker_store=None,
        )


# --- where the tracker store is -------------------------------------------------------------


def test_tracker_store_url_follows_the_launchers_settings(tmp_path):
    default = tracker_store_url(make_settings(tmp_path))
    assert default.get_backend_name() == "sqlite"
    assert default.database == str(tmp_path / "rasa_tracker.db")
    pg = tracker_store_url(
        make_settings(
            tmp_path, RASA_TRACKER_URL="postgresql+psycopg://kt:secret@db.example:5433/rasa"
        )
    )
    assert (pg.drivername, pg.username, pg.password, pg.host, pg.port, pg.database) == (
        "postgresql+psycopg", "kt", "secret", "db.example", 5433, "rasa"
    )  # fmt: skip
    plain = tracker_store_url(make_settings(tmp_path, RASA_TRACKER_URL="postgres://h/rasa"))
    assert plain.drivername == "postgresql" and plain.host == "h"


def test_a_tracker_store_file_that_does_not_exist_is_not_created(tmp_path):
    store = TrackerStore(url=str(tmp_path / "none.db"))
    assert store.forget("someone") == 0 and store.slots("someone") == {}
    assert not (tmp_path / "none.db").exists()


# --- the real stack: Rasa's own tracker store -----------------------------------------------


@pytest.mark.stack
def test_delete_on_the_real_stack_empties_both_databases(stack: Stack):
    with httpx.Client(base_url=stack.gateway_url, timeout=60) as http:
        first = http.post("/api/chat", json={"text": "hello"})
        assert first.status_code == 200, first.text
        token = first.json()["session_id"]
        assert http.post("/api/chat", json={"session_id": token, "text": "yes"}).status_code == 200
        gateway_db = stack.settings.var_dir / "kitchen_table.db"
        tracker_db = stack.settings.var_dir / "rasa_tracker.db"
        with sqlite3.connect(gateway_db) as conn:
            query = "SELECT id, sender_id FROM chat_session ORDER BY id DESC LIMIT 1"
            chat_id, sender = conn.execute(query).fetchone()
        assert _count(tracker_db, "events", "sender_id", sender) > 0
        assert _count(gateway_db, "message", "session_id", chat_id) > 0

        assert http.delete(f"/api/sessions/{token}").status_code == 204

        assert _count(tracker_db, "events", "sender_id", sender) == 0
        assert _count(gateway_db, "message", "session_id", chat_id) == 0
        assert _count(gateway_db, "chat_session", "id", chat_id) == 0
        assert http.get(f"/api/sessions/{token}/export").status_code == 404
        assert http.post("/api/chat", json={"session_id": token, "text": "hi"}).status_code == 404
        assert _count(tracker_db, "events", "sender_id", sender) == 0


def _count(path, table: str, column: str, value: object) -> int:
    with sqlite3.connect(path) as conn:
        sql = f"SELECT count(*) FROM {table} WHERE {column} = ?"
        return int(conn.execute(sql, (value,)).fetchone()[0])
