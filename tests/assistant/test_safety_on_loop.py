"""Where the safety decision runs (issue 18): in a worker thread until the classifier and the
language tables are loaded, then on the event loop, with the same answer either way."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest

from assistant.conversation import routing
from assistant.safety import Decision


@pytest.fixture
def cold() -> Iterator[None]:
    """As at start-up, before `warm_up` has finished; the state is put back afterwards."""
    was = routing._warm.is_set()
    routing._warm.clear()
    yield
    if was:
        routing._warm.set()
    else:
        routing._warm.clear()


def _threads_of_decisions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    seen: list[int] = []
    decide = routing.decide

    def recording(text: str, asking: str | None = None) -> Decision:
        seen.append(threading.get_ident())
        return decide(text, asking)

    monkeypatch.setattr(routing, "decide", recording)
    return seen


def _route(text: str) -> tuple[str, dict[str, object]]:
    return asyncio.run(routing.safety_route(text, asking=None, offered=set(), after_signpost=False))


def test_before_the_warm_up_a_decision_is_made_off_the_event_loop(cold, monkeypatch):
    seen = _threads_of_decisions(monkeypatch)
    assert _route("I like gardening") == ("I like gardening", {"kt_safety": "none"})
    assert seen and seen[0] != threading.get_ident()


def test_after_the_warm_up_a_decision_is_made_on_the_event_loop_with_the_same_answer(
    cold, monkeypatch
):
    seen = _threads_of_decisions(monkeypatch)
    texts = ["I like gardening", "I want to end my life tonight", "he hits me when I'm late"]
    before = [_route(t) for t in texts]
    routing.warm_up()
    assert routing._warm.is_set()
    del seen[:]
    assert [_route(t) for t in texts] == before
    assert seen == [threading.get_ident()] * len(texts)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_failed_warm_up_leaves_the_decisions_off_the_event_loop(cold, monkeypatch):
    def fails() -> None:
        raise RuntimeError("no word lists")

    monkeypatch.setattr(routing.language, "warm_up", fails)
    routing.warm_up()  # the language thread fails (its error is printed), the classifier loads
    assert not routing._warm.is_set()
    seen = _threads_of_decisions(monkeypatch)
    _route("I like gardening")
    assert seen[0] != threading.get_ident()


def test_the_gateway_warms_up_at_start_up(cold, tmp_path):
    from fastapi.testclient import TestClient

    from assistant.main import create_app
    from assistant.ops.stack import free_port
    from tests.conftest import make_settings

    settings = make_settings(tmp_path, RASA_URLS=f"http://127.0.0.1:{free_port()}")
    with TestClient(create_app(settings)):
        assert routing._warm.wait(timeout=60)
