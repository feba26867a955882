from sqlmodel import Session

from assistant import store
from assistant.db import make_engine, migrate


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
