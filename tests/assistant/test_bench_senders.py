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


def test_the_cpu_time_a_phase_used_is_counted_per_process_tree():
    """bench/journeys.py prints the CPU milliseconds a turn of each process: the figure that
    other jobs on the machine barely move (docs/BENCHMARKS.md, issue 18)."""
    import os
    import threading
    import time

    from bench.stack import MemorySampler

    clock = MemorySampler({"this": os.getpid()})

    def busy(seconds: float) -> None:
        until = time.thread_time() + seconds
        while time.thread_time() < until:
            pass

    clock.start_phase()
    worker = threading.Thread(target=busy, args=(0.3,))  # a thread's time counts too
    worker.start()
    worker.join()
    clock.end_phase("gateway")
    clock.start_phase()
    clock.end_phase("gateway")  # a second phase of the same name adds to the first
    used = clock.phase_cpu["gateway"]["this"]
    assert 0.25 <= used < 3.0, used
