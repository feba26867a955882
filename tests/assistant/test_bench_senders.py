from sqlmodel import Session

from assistant.storage import store
from assistant.storage.db import make_engine, migrate
from bench.journeys import direct_senders


def test_rasa_direct_conversations_have_gateway_sessions_so_actions_do_the_same_work(tmp_path):
    url = f"sqlite:///{tmp_path / 'kt.db'}"
    migrate(url)
    senders = direct_senders(url, 3)
    assert len(set(senders)) == 3
    engine = make_engine(url)
    with Session(engine) as db:
        for sender in senders:
            assert store.find_session_by_sender(db, sender_id=sender) is not None
    engine.dispose()


def test_without_a_database_the_senders_are_still_new_ids():
    assert len(set(direct_senders(None, 4))) == 4
