from sqlmodel import Session

from assistant.storage import store
from assistant.storage.db import make_engine, migrate


def make_db(tmp_path) -> Session:
    url = f"sqlite:///{tmp_path / 'kt.db'}"
    migrate(url)
    return Session(make_engine(url))


def test_last_outgoing_is_the_whole_last_reply_even_after_undelivered_messages(tmp_path):
    with make_db(tmp_path) as db:
        chat, _token = store.create_session(db, channel="web")
        inbound = store.add_message(db, chat=chat, direction="in", channel="web", text="hi")
        store.record_reply(
            db,
            chat=chat,
            inbound=inbound,
            channel="web",
            messages=[{"text": "old", "buttons": [], "links": []}],
        )
        inbound = store.add_message(db, chat=chat, direction="in", channel="web", text="ok")
        store.record_reply(
            db,
            chat=chat,
            inbound=inbound,
            channel="web",
            messages=[
                {"text": "Hello", "buttons": [], "links": []},
                {"text": "OK?", "buttons": [{"title": "Yes", "payload": "/affirm"}], "links": []},
            ],
        )
        store.add_message(
            db, chat=chat, direction="in", channel="web", text="yes", status="undelivered"
        )
        assert [m.text for m in store.last_outgoing(db, chat=chat)] == ["Hello", "OK?"]
        assert inbound.status == "answered"


def test_last_outgoing_of_a_new_session_is_empty(tmp_path):
    with make_db(tmp_path) as db:
        chat, _token = store.create_session(db, channel="web")
        assert store.last_outgoing(db, chat=chat) == []


def test_plan_versions_share_a_plan_id_and_the_newest_is_current(tmp_path):
    with make_db(tmp_path) as db:
        chat, _token = store.create_session(db, channel="web")
        other, _ = store.create_session(db, channel="web")
        assert store.latest_plan(db, chat=chat) is None
        plan_id, version = store.next_plan_identity(db, chat=chat)
        assert version == 1
        store.save_plan(db, chat=chat, plan={"plan_id": plan_id, "version": 1, "x": 1})
        assert store.next_plan_identity(db, chat=chat) == (plan_id, 2)
        store.save_plan(
            db,
            chat=chat,
            plan={"plan_id": plan_id, "version": 2, "x": 2},
            reason="accepted suggestion 7",
        )
        assert store.latest_plan(db, chat=chat).data["x"] == 2
        assert [p.version for p in store.plan_versions(db, chat=chat)] == [1, 2]
        assert store.find_plan(db, plan_id=plan_id).version == 2
        assert store.find_plan(db, plan_id=plan_id, version=1).data["x"] == 1
        assert store.latest_plan(db, chat=other) is None
        key = store.plan_key(db, chat=chat)
        assert len(key) >= 22 and store.plan_key(db, chat=chat) == key
        assert store.plan_link(plan_id=plan_id, key=key) == f"/plans/{plan_id}?key={key}"


def test_the_last_reply_from_the_recent_messages_is_the_same_as_from_the_database(tmp_path):
    """A turn reads the newest messages once and works out the last reply from them; for every
    mix of directions and any number of recent messages it must agree with the queries."""
    import random

    rng = random.Random(7)
    with make_db(tmp_path) as db:
        for case in range(60):
            chat, _token = store.create_session(db, channel="web")
            for i in range(rng.randint(0, 40)):
                direction = "out" if rng.random() < 0.6 else "in"
                store.add_message(
                    db, chat=chat, direction=direction, channel="web", text=f"{case}-{i}"
                )
            expected = [m.id for m in store.last_outgoing(db, chat=chat)]
            for limit in (0, 1, 3, store.RECENT, 100):
                recent = store.recent_messages(db, chat=chat, limit=limit)
                got = store.last_outgoing(db, chat=chat, recent=recent)
                assert [m.id for m in got] == expected, (case, limit)


def test_the_last_reply_needs_no_query_when_the_recent_messages_hold_it(tmp_path):
    with make_db(tmp_path) as db:
        chat, _token = store.create_session(db, channel="web")
        for direction, text in [("in", "hi"), ("out", "Hello"), ("out", "OK?"), ("in", "yes")]:
            store.add_message(db, chat=chat, direction=direction, channel="web", text=text)
        recent = store.recent_messages(db, chat=chat)
    # a database that fails on any use: the answer must come from `recent` alone
    reply = store.last_outgoing(None, chat=chat, recent=recent)  # type: ignore[arg-type]
    assert [m.text for m in reply] == ["Hello", "OK?"]


def statements(engine):
    """The SQL statements sent to the database, as a list that fills while it is in use."""
    from sqlalchemy import event

    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: seen.append(a[2].split()[0].upper()))
    return seen


def test_storing_a_turn_reads_nothing_back(tmp_path):
    """The person's message and the reply are written without reading a row back: add_message
    used to reload the message after its commit, and every turn paid a SELECT for it. What comes
    back, and what is stored, is the same as before."""
    with make_db(tmp_path) as db:
        chat, token = store.create_session(db, channel="web")
        chat = store.find_session(db, token=token)
        assert chat is not None and chat.sender_id
        chat_id = chat.id
        seen = statements(db.get_bind())
        inbound = store.add_message(
            db, chat=chat, direction="in", channel="sms", text="hi", status="received"
        )
        assert (inbound.session_id, inbound.status) == (chat_id, "received")
        assert (inbound.text, inbound.channel, inbound.extra) == ("hi", "sms", {})
        assert inbound.id is not None and inbound.created_at is not None
        assert seen == ["INSERT", "UPDATE"]  # no SELECT: nothing read back
        store.record_reply(
            db,
            chat=chat,
            inbound=inbound,
            channel="sms",
            messages=[
                {"text": "Hello", "buttons": [], "links": []},
                {"text": "OK?", "buttons": [{"title": "Yes", "payload": "/affirm"}], "links": []},
            ],
            context={"asking": "consent"},
        )
        assert "SELECT" not in seen
        seen.clear()
        rows = store.transcript(db, chat=chat)
        assert [(m.direction, m.channel, m.text, m.status) for m in rows] == [
            ("in", "sms", "hi", "answered"),
            ("out", "sms", "Hello", "answered"),
            ("out", "sms", "OK?", "answered"),
        ]
        assert rows[2].extra == {
            "buttons": [{"title": "Yes", "payload": "/affirm"}],
            "links": [],
            "context": {"asking": "consent"},
        }
        assert inbound.status == "answered"  # the object shows what was written


def test_a_stored_message_can_be_marked_undelivered(tmp_path):
    """Rasa down: the message that add_message gave back is updated in place."""
    with make_db(tmp_path) as db:
        chat, _token = store.create_session(db, channel="web")
        inbound = store.add_message(
            db, chat=chat, direction="in", channel="web", text="hi", status="received"
        )
        store.set_message_status(db, message=inbound, status="undelivered")
        assert [(m.text, m.status) for m in store.transcript(db, chat=chat)] == [
            ("hi", "undelivered")
        ]
        before = chat.last_active_at
        store.add_message(db, chat=chat, direction="in", channel="web", text="again")
        assert chat.last_active_at > before  # every stored message touches the conversation


def test_an_unchanged_profile_is_not_written_again(tmp_path):
    with make_db(tmp_path) as db:
        chat, _token = store.create_session(db, channel="web")
        store.save_profile(db, chat=chat, data={"consent": True})
        assert chat.id is not None  # loaded again after the commit, before counting
        seen = statements(db.get_bind())
        store.save_profile(db, chat=chat, data={"consent": True})
        assert seen == ["SELECT"]  # read, found the same, nothing written
        store.save_profile(db, chat=chat, data={"consent": True, "hours": 3})
        assert "UPDATE" in seen
        assert store.get_profile(db, chat=chat) == {"consent": True, "hours": 3}


def test_the_recent_messages_are_read_as_rows_not_loaded_into_the_session(tmp_path):
    """A turn reads the newest messages as plain rows (issue 18): sixteen ORM objects in the
    session cost their loading and their expiry at each of the turn's two commits. The rows
    hold what the database holds, and the last reply read by query is rows too."""
    from assistant.storage.models import Message, StoredMessage

    with make_db(tmp_path) as db:
        chat, _token = store.create_session(db, channel="web")
        inbound = store.add_message(
            db, chat=chat, direction="in", channel="sms", text="hi", status="received"
        )
        store.record_reply(
            db,
            chat=chat,
            inbound=inbound,
            channel="sms",
            messages=[
                {"text": "Hello", "buttons": [{"title": "Yes", "payload": "/a"}], "links": []}
            ],
            context={"asking": "consent"},
        )
        db.expunge(inbound)  # the one ORM message, from add_message
        recent = store.recent_messages(db, chat=chat)
        replies = [
            store.last_outgoing(db, chat=chat),
            store.recent_messages(db, chat=chat, limit=5),
        ]
        assert not [o for o in db.identity_map.values() if isinstance(o, Message)]
        assert all(isinstance(m, StoredMessage) for m in [*recent, *replies[0], *replies[1]])
        rows = list(reversed(store.transcript(db, chat=chat)))
        assert [tuple(m) for m in recent] == [
            tuple(getattr(row, name) for name in StoredMessage._fields) for row in rows
        ]
        assert replies == [[recent[0]], recent]


def test_a_message_read_as_a_row_can_be_marked_undelivered(tmp_path):
    """A turn cut short is mended from the recent messages: its message is marked by its id."""
    with make_db(tmp_path) as db:
        chat, _token = store.create_session(db, channel="web")
        store.add_message(
            db, chat=chat, direction="in", channel="web", text="hi", status="received"
        )
        (cut_short,) = store.recent_messages(db, chat=chat)
        store.set_message_status(db, message=cut_short, status="undelivered")
        assert [(m.text, m.status) for m in store.transcript(db, chat=chat)] == [
            ("hi", "undelivered")
        ]


def test_a_turn_keeps_no_message_objects_in_the_session(tmp_path):
    """A turn writes the person's message and reads the recent ones as rows (issue 18): the
    session holds the conversation alone, and the transcript is what it was."""
    import asyncio

    import httpx
    from sqlalchemy import event

    from assistant.conversation.rasa_client import RasaClient
    from assistant.conversation.turns import take_turn

    def rasa(request: httpx.Request) -> httpx.Response:
        reply = {"text": "What matters to you?", "buttons": [{"title": "Skip", "payload": "/skip"}]}
        state = {"slots": {}, "active_loop": {}, "latest_message": {"intent": {"name": "greet"}}}
        return httpx.Response(200, json={"messages": [reply], "state": state})

    def types(session: Session) -> list[str]:
        return sorted(type(o).__name__ for o in session.identity_map.values())

    client = RasaClient(["http://rasa.invalid"], token="", timeout=5)
    client._http = httpx.AsyncClient(transport=httpx.MockTransport(rasa))
    with make_db(tmp_path) as db:
        chat, _token = store.create_session(db, channel="web")
        held: list[list[str]] = []  # what each commit of the turns finds in the session
        event.listen(db, "before_commit", lambda s: held.append(types(s)))
        for text, is_new in [("hello", True), ("/skip", False), ("my garden", False)]:
            asyncio.run(take_turn(db, client, chat=chat, text=text, channel="web", is_new=is_new))
        assert held == [["ChatSession"]] * 6  # two commits a turn
        assert [(m.direction, m.text, m.status) for m in store.transcript(db, chat=chat)] == [
            ("in", "hello", "answered"),
            ("out", "What matters to you?", "answered"),
            ("in", "/skip", "answered"),
            ("out", "What matters to you?", "answered"),
            ("in", "my garden", "answered"),
            ("out", "What matters to you?", "answered"),
        ]
