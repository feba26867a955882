"""Checks of assistant/rasa_side/rasa_state.py that must run inside the Rasa environment (Python
3.10).

Run by tests/dialogue/test_rasa_state.py as `.venv-rasa/bin/python <this file> <work dir>`.
Each check raises AssertionError with a reason; the script prints the name of every check that
passed and exits non-zero at the first failure.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActionExecutionRejected,
    ActiveLoop,
    BotUttered,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import all_subclasses

from assistant.rasa_side import rasa_state

WORK = Path(sys.argv[1])
ROOT = Path(__file__).resolve().parents[3]
DOMAIN = Domain.load(str(ROOT / "assistant" / "rasa_side" / "domain"))
FORM = "journey_form"


def _resolved(name: str, default: Any = None) -> Any:
    try:
        return Event.resolve_by_type(name, default)
    except ValueError as exc:
        return ("error", str(exc))


def check_event_types_resolve_as_rasa_does() -> None:
    names = [*sorted({c.type_name for c in all_subclasses(Event)}), "topic", "no_such_event"]
    before = {(n, d): _resolved(n, d) for n in names for d in (None, UserUttered)}
    assert not getattr(Event, "_kt_types_cached", False), "patched before the check began"
    rasa_state._look_up_event_types_once()
    assert getattr(Event, "_kt_types_cached", False), "the lookup was not patched"
    for _ in range(2):  # the first look-up of a name fills the cache, the second reads it
        after = {(n, d): _resolved(n, d) for n in names for d in (None, UserUttered)}
        assert after == before, {k: (before[k], after[k]) for k in before if before[k] != after[k]}
    events = [
        UserUttered("hi", {"name": "greet", "confidence": 1.0}),
        SlotSet("stage", "x"),
        ActiveLoop(FORM),
        BotUttered("hello"),
        ActionExecuted(ACTION_LISTEN_NAME),
    ]
    again = [Event.from_parameters(e.as_dict()) for e in events]
    assert again == events, again


def _turn(i: int, tracker: DialogueStateTracker, *, answer: str | None) -> None:
    """One turn of the form: the person answers (or interrupts), the form asks the next."""
    intent = "inform" if answer else "why_ask"
    tracker.update(UserUttered(f"message {i}", {"name": intent, "confidence": 0.9}), DOMAIN)
    tracker.update(ActionExecuted("action_extract_slots"), DOMAIN)
    if answer:
        tracker.update(ActionExecuted(FORM, policy="RulePolicy", confidence=1.0), DOMAIN)
        tracker.update(SlotSet("preferred_name", answer), DOMAIN)
        tracker.update(SlotSet("requested_slot", "typical_week"), DOMAIN)
    else:
        tracker.update(ActionExecutionRejected(FORM), DOMAIN)
        tracker.update(ActionExecuted("action_explain_question"), DOMAIN)
        tracker.update(ActionExecuted(FORM, policy="RulePolicy", confidence=1.0), DOMAIN)
    tracker.update(BotUttered(f"question {i}"), DOMAIN)
    tracker.update(ActionExecuted(ACTION_LISTEN_NAME), DOMAIN)


def _long_tracker(turns: int) -> DialogueStateTracker:
    tracker = DialogueStateTracker("someone", DOMAIN.slots)
    for event in (ActionExecuted(ACTION_SESSION_START_NAME), SessionStarted(),
                  SlotSet("channel", "web"), ActionExecuted(ACTION_LISTEN_NAME),
                  UserUttered("hello", {"name": "greet", "confidence": 1.0}),
                  ActionExecuted("action_welcome"), SlotSet("consent", True),
                  ActionExecuted(FORM), ActiveLoop(FORM),
                  SlotSet("requested_slot", "preferred_name"), SlotSet("skipped", None),
                  ActionExecuted(ACTION_LISTEN_NAME)):  # fmt: skip
        tracker.update(event, DOMAIN)
    for i in range(turns):
        _turn(i, tracker, answer=None if i % 3 else f"Name {i}")
    return tracker


def _store(db: Path, session_events: int) -> rasa_state.StateKeepingSQLTrackerStore:
    return rasa_state.StateKeepingSQLTrackerStore(
        DOMAIN, dialect="sqlite", db=str(db), session_events=session_events
    )


def _summary(tracker: DialogueStateTracker) -> dict[str, Any]:
    loop = tracker.active_loop
    return {
        "slots": tracker.current_slot_values(),
        "set": sorted(s.name for s in tracker.slots.values() if s.has_been_set),
        "loop": None if loop is None else (loop.name, loop.is_interrupted, loop.rejected),
        "latest_action": tracker.latest_action_name,
        "paused": tracker.is_paused(),
        "followup": tracker.followup_action,
    }


def _rows(db: Path, sender: str) -> int:
    with sqlite3.connect(db) as conn:
        sql = "SELECT count(*) FROM events WHERE sender_id = ?"
        return int(conn.execute(sql, (sender,)).fetchone()[0])


async def _save_turn_by_turn(store: Any, turns: int) -> DialogueStateTracker:
    """Save a conversation turn by turn, each turn on the tracker the store loads, as Rasa does."""
    tracker = _long_tracker(0)
    await store.save(tracker)
    for i in range(turns):
        loaded = await store.retrieve("someone")
        assert loaded is not None
        _turn(i, loaded, answer=None if i % 3 else f"Name {i}")
        await store.save(loaded)
    return tracker


def check_a_long_conversation_loads_a_bounded_tracker_with_the_same_state() -> None:
    reference = _long_tracker(60)
    plain_db, bounded_db = WORK / "plain.db", WORK / "bounded.db"
    asyncio.run(_save_turn_by_turn(_store(plain_db, 0), 60))
    asyncio.run(_save_turn_by_turn(_store(bounded_db, 40), 60))
    plain = asyncio.run(_store(plain_db, 0).retrieve("someone"))
    bounded = asyncio.run(_store(bounded_db, 40).retrieve("someone"))
    assert plain is not None and bounded is not None
    started = sum(isinstance(e, SessionStarted) for e in plain.events)
    assert started == 1, "a store with session_events 0 started a new session"
    assert len(bounded.events) < 60, f"{len(bounded.events)} events loaded for a turn"
    assert _summary(bounded) == _summary(plain) == _summary(reference), (
        _summary(bounded), _summary(plain))  # fmt: skip
    # nothing is lost: every event is still stored, and the whole tracker ends the same
    assert _rows(bounded_db, "someone") > _rows(plain_db, "someone") == len(reference.events)
    full = asyncio.run(_store(bounded_db, 40).retrieve_full_tracker("someone"))
    assert full is not None and _summary(full) == _summary(reference)
    said = [e.text for e in full.events if isinstance(e, UserUttered)]
    assert said == [e.text for e in reference.events if isinstance(e, UserUttered)]
    # the next message meets the same state (the rules look no further back than the message:
    # every rule starts with one; the project has no stories for the policies that would),
    # and the new session does not look like the start of a conversation (its first state has
    # no previous action), because the action that asked is carried over
    for tracker in (bounded, plain):
        tracker.update(UserUttered("Sam", {"name": "inform", "confidence": 0.9}), DOMAIN)
    assert bounded.past_states(DOMAIN)[-1] == plain.past_states(DOMAIN)[-1]
    assert len(bounded.past_states(DOMAIN)) >= 3
    first = list(bounded.events)[:8]
    assert any(isinstance(e, ActionExecuted) and e.action_name == FORM for e in first), first


def _stored(db: Path, sender: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        sql = "SELECT type_name, intent_name, action_name FROM events WHERE sender_id = ?"
        sql += " ORDER BY id"
        return list(conn.execute(sql, (sender,)))


def check_a_loaded_tracker_is_saved_without_counting() -> None:
    """Rasa's SQL store counts the session's stored events with a query on every save; ours
    knows the count for a tracker it loaded or saved, and stores the very same rows."""
    from rasa.core.tracker_store import SQLTrackerStore
    from sqlalchemy import event

    ours = _store(WORK / "ours.db", 0)
    counted: list[str] = []
    event.listen(ours.engine, "before_cursor_execute",
                 lambda *a: counted.append(a[2]) if "count(" in a[2].lower() else None)  # fmt: skip
    rasas = SQLTrackerStore(DOMAIN, dialect="sqlite", db=str(WORK / "rasas.db"))
    for store in (ours, rasas):
        asyncio.run(_save_turn_by_turn(store, 30))
    assert len(counted) == 1, counted  # the first save only: that tracker was never loaded
    assert _stored(WORK / "ours.db", "someone") == _stored(WORK / "rasas.db", "someone")
    assert len(_stored(WORK / "ours.db", "someone")) == len(_long_tracker(30).events)
    # a tracker saved twice, and one the store did not load (counted, as Rasa does)
    for store in (ours, rasas):
        loaded = asyncio.run(store.retrieve("someone"))
        assert loaded is not None
        _turn(99, loaded, answer="Sam")
        asyncio.run(store.save(loaded))
        asyncio.run(store.save(loaded))
        rebuilt = DialogueStateTracker.from_events("someone", list(loaded.events), DOMAIN.slots)
        rebuilt.update(UserUttered("thanks", {"name": "thanks", "confidence": 1.0}), DOMAIN)
        asyncio.run(store.save(rebuilt))
    assert len(counted) == 2, counted
    assert _stored(WORK / "ours.db", "someone") == _stored(WORK / "rasas.db", "someone")


def _rows_but_times(db: Path, sender: str) -> list[tuple[Any, ...]]:
    """Every column of a conversation's rows but the id and the times (each run has its own)."""
    with sqlite3.connect(db) as conn:
        sql = "SELECT sender_id, type_name, intent_name, action_name, data FROM events"
        rows = list(conn.execute(sql + " WHERE sender_id = ? ORDER BY id", (sender,)))
    return [(*row[:4], {k: v for k, v in json.loads(row[4]).items() if k != "timestamp"})
            for row in rows]  # fmt: skip


def check_the_sqlite_store_keeps_its_connection() -> None:
    """Rasa's SQL store opens (and closes, checkpointing the write-ahead log) a new SQLite
    connection for every load and save; ours keeps one, and stores the very same rows."""
    from rasa.core.tracker_store import SQLTrackerStore
    from sqlalchemy import event

    dbs = {name: WORK / f"{name}-kept.db" for name in ("ours", "rasas")}
    for db in dbs.values():
        with sqlite3.connect(db) as conn:  # as the launcher prepares it
            conn.execute("PRAGMA journal_mode=WAL")
    stores = {"ours": _store(dbs["ours"], 0),
              "rasas": SQLTrackerStore(DOMAIN, dialect="sqlite", db=str(dbs["rasas"]))}  # fmt: skip
    opened: dict[str, list[int]] = {name: [] for name in stores}
    for name, store in stores.items():
        event.listen(store.engine, "connect", lambda *_, name=name: opened[name].append(1))
        asyncio.run(_save_turn_by_turn(store, 20))
    assert len(opened["rasas"]) > 20, f"Rasa's own store kept its connection: {opened}"
    assert len(opened["ours"]) == 1, f"a new connection per load or save: {len(opened['ours'])}"
    assert _rows_but_times(dbs["ours"], "someone") == _rows_but_times(dbs["rasas"], "someone")
    loaded = asyncio.run(stores["ours"].retrieve("someone"))
    assert loaded is not None and _summary(loaded) == _summary(_long_tracker(20))
    memory = rasa_state.StateKeepingSQLTrackerStore(DOMAIN, dialect="sqlite", db="")
    assert type(memory.engine.pool).__name__ == "SingletonThreadPool", "in-memory SQLite changed"


def check_a_turn_is_saved_and_loaded_without_the_orm() -> None:
    """Ours writes a save's new events with one multi-row INSERT and reads only the `data`
    column back; Rasa's store writes one INSERT per event and loads every column. The same rows,
    and the same trackers loaded from them, by either store."""
    from rasa.core.tracker_store import SQLTrackerStore
    from sqlalchemy import event

    dbs = {name: WORK / f"{name}-core.db" for name in ("ours", "rasas")}
    stores = {"ours": _store(dbs["ours"], 0),
              "rasas": SQLTrackerStore(DOMAIN, dialect="sqlite", db=str(dbs["rasas"]))}  # fmt: skip
    seen: dict[str, list[tuple[str, bool]]] = {name: [] for name in stores}
    for name, store in stores.items():
        event.listen(store.engine, "before_cursor_execute",
                     lambda *a, name=name: seen[name].append((a[2], a[5])))  # fmt: skip
        asyncio.run(_save_turn_by_turn(store, 20))
    inserts = {n: [many for sql, many in s if sql.startswith("INSERT")] for n, s in seen.items()}
    selects = {  # the loads (a count of the stored events is not a load)
        n: [sql for sql, _ in s if sql.startswith("SELECT") and "count(" not in sql]
        for n, s in seen.items()
    }
    assert len(inserts["rasas"]) > 21 * 5, f"Rasa's own store inserted in bulk: {inserts}"
    assert inserts["ours"] == [True] * 21, f"not one INSERT a save: {inserts['ours']}"
    assert selects["ours"] and all("intent_name" not in sql for sql in selects["ours"])
    assert selects["rasas"] and all("intent_name" in sql for sql in selects["rasas"])
    assert _rows_but_times(dbs["ours"], "someone") == _rows_but_times(dbs["rasas"], "someone")
    # the very same rows read back by both stores, latest session and whole tracker
    for db in dbs.values():
        ours, rasas = _store(db, 0), SQLTrackerStore(DOMAIN, dialect="sqlite", db=str(db))
        for load in ("retrieve", "retrieve_full_tracker"):
            a = asyncio.run(getattr(ours, load)("someone"))
            b = asyncio.run(getattr(rasas, load)("someone"))
            assert a is not None and b is not None and list(a.events) == list(b.events), load
            assert a.current_state() == b.current_state(), load
        assert asyncio.run(ours.retrieve("nobody")) is None


def _memoization(tmp: Path) -> Any:
    from rasa.core.policies.memoization import MemoizationPolicy
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource

    context = ExecutionContext(GraphSchema({}), "check")
    storage = LocalModelStorage(tmp)
    config = MemoizationPolicy.get_default_config()
    return MemoizationPolicy.create(config, storage, Resource("memo"), context)


def check_an_empty_memoization_predicts_without_featurising() -> None:
    """Our MemoizationPolicy has nothing memorised (all rules, no stories): it predicts its
    default without turning the conversation into states; the same prediction as Rasa's own
    path, which still runs for a policy with anything memorised."""
    from rasa.core.policies.memoization import MemoizationPolicy

    policy = _memoization(WORK / "memo")
    trackers = [_long_tracker(n) for n in (0, 1, 7)]
    featurised: list[int] = []
    original_states = MemoizationPolicy._prediction_states

    def counting(self: Any, *args: Any, **kwargs: Any) -> Any:
        featurised.append(1)
        return original_states(self, *args, **kwargs)

    MemoizationPolicy._prediction_states = counting
    try:
        assert not getattr(MemoizationPolicy, "_kt_empty", False), "patched before the check began"
        before = [policy.predict_action_probabilities(t, DOMAIN) for t in trackers]
        assert len(featurised) == 3, "Rasa's own path no longer featurises: nothing to skip"
        states = policy._prediction_states(trackers[2], DOMAIN)
        key = policy._create_feature_key(states)
        policy.lookup = {key: "action_explain_question"}  # something memorised
        memorised = policy.predict_action_probabilities(trackers[2], DOMAIN)
        featurised.clear()
        rasa_state._skip_empty_memoization()
        assert getattr(MemoizationPolicy, "_kt_empty", False), "the policy was not patched"
        assert policy.predict_action_probabilities(trackers[2], DOMAIN) == memorised
        assert max(memorised.probabilities) == 1.0, "nothing was recalled: a weak check"
        assert len(featurised) == 1, "a policy with a lookup did not take Rasa's path"
        policy.lookup = {}
        featurised.clear()
        after = [policy.predict_action_probabilities(t, DOMAIN) for t in trackers]
        assert not featurised, f"an empty lookup still featurised {len(featurised)} times"
        assert after == before, (after, before)
    finally:
        MemoizationPolicy._prediction_states = original_states


def check_slots_are_copied_as_python_copies_them() -> None:
    """`copy.copy` of a slot (every new tracker copies every slot) takes `Slot.__copy__`, which
    gives what Python's own path gives: a new object of the class with the same attributes (the
    same values, not copies); a slot class with copy hooks of its own still takes Python's path."""
    import copy

    from rasa.shared.core.slots import Slot, TextSlot

    def pythons(slot: Any) -> Any:
        return copy._reconstruct(slot, None, *slot.__reduce_ex__(4))

    class Hooked(TextSlot):
        def __getstate__(self) -> dict[str, Any]:
            return {**self.__dict__, "hooked": True}

    assert "__copy__" not in vars(Slot), "patched before the check began"
    slots = [*DOMAIN.slots, Hooked("h", [])]
    for slot in slots:
        slot.value = ["a value"] if slot.type_name == "list" else slot.value
    rasa_state._copy_slots_directly()
    assert "__copy__" in vars(Slot), "Slot was not given a direct copy"
    assert len({type(s) for s in slots}) >= 4, {type(s) for s in slots}
    for slot in slots:
        ours, theirs = copy.copy(slot), pythons(slot)
        assert type(ours) is type(theirs) is type(slot) and ours is not slot, slot.name
        assert vars(ours) == vars(theirs), (slot.name, vars(ours), vars(theirs))
        assert all(vars(ours)[k] is vars(theirs)[k] for k in vars(slot) if k != "hooked")
    assert vars(copy.copy(slots[-1])).get("hooked") is True, "a hooked slot took the short path"
    tracker = _long_tracker(3)
    again = tracker.init_copy()
    assert again.current_slot_values() == _long_tracker(0).init_copy().current_slot_values()


def check_no_new_session_in_the_middle_of_a_rejected_form_turn() -> None:
    tracker = _long_tracker(2)
    tracker.update(UserUttered("why", {"name": "why_ask", "confidence": 0.9}), DOMAIN)
    tracker.update(ActionExecutionRejected(FORM), DOMAIN)
    assert rasa_state.carry_over(tracker) is None, "a new session before the turn ended"
    tracker.update(ActionExecuted("action_explain_question"), DOMAIN)
    tracker.update(ActionExecuted(ACTION_LISTEN_NAME), DOMAIN)
    assert tracker.active_loop is not None and tracker.active_loop.rejected
    assert rasa_state.carry_over(tracker) is None, "a new session with the form rejected"
    assert rasa_state.carry_over(_long_tracker(2)) is not None


def check_the_turns_state_is_the_one_before_the_new_session() -> None:
    store = _store(WORK / "state.db", 10)
    tracker = _long_tracker(5)
    tracker.update(UserUttered("skip", {"name": "skip", "confidence": 0.9}), DOMAIN)
    tracker.update(ActionExecuted("action_skip_question"), DOMAIN)
    tracker.update(ActionExecuted(ACTION_LISTEN_NAME), DOMAIN)
    asyncio.run(store.save(tracker))
    assert any(isinstance(e, SessionStarted) for e in list(tracker.events)[-12:]), "no new session"
    state = rasa_state.saved_states.take("someone")
    assert state is not None and state["latest_message"]["intent"]["name"] == "skip", state


def _call_twice(bodies: list[Any]) -> tuple[list[Any], list[Any], list[int], str]:
    """Two calls of an action endpoint and one that fails, as Rasa makes them: what the server
    received, what the calls returned, the client port of each call, and the error's text."""
    from aiohttp import web
    from rasa.utils.endpoints import ClientResponseError, EndpointConfig

    async def run() -> tuple[list[Any], list[Any], list[int], str]:
        received: list[Any] = []
        ports: list[int] = []

        async def action(request: web.Request) -> web.Response:
            ports.append(request.transport.get_extra_info("peername")[1])
            assert request.headers.get("X-Kt") == "token", dict(request.headers)
            body = await request.json()
            received.append(body)
            if body.get("fail"):
                return web.json_response({"error": "no"}, status=500)
            return web.json_response({"events": [], "echo": body})

        app = web.Application()
        app.router.add_post("/webhook", action)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook", headers={"X-Kt": "token"})
        answers = [await endpoint.request(json=b, method="post") for b in bodies]
        error = ""
        try:
            await endpoint.request(json={"fail": True}, method="post")
        except ClientResponseError as exc:  # Rasa's own error, which RemoteAction handles
            error = f"{exc.status} {exc.text!r}"
        await runner.cleanup()
        return received, answers, ports, error

    return asyncio.run(run())


def check_action_calls_keep_their_connection() -> None:
    from rasa.utils.endpoints import EndpointConfig

    tracker = {"text": "é / \u2028", "n": 0.1, "big": 10**20}
    bodies = [{"next_action": "a", "tracker": tracker}, {"next_action": "b"}]
    assert not getattr(EndpointConfig, "_kt_kept", False), "patched before the check began"
    received, answers, ports, error = _call_twice(bodies)
    assert len(set(ports)) == 3, f"Rasa itself already kept the connection: {ports}"
    rasa_state._keep_action_connections()
    assert getattr(EndpointConfig, "_kt_kept", False), "the endpoint was not patched"
    received2, answers2, ports2, error2 = _call_twice(bodies)
    assert (received2, answers2, error2) == (received, answers, error), (received2, answers2)
    assert received2[:2] == bodies and error2.startswith("500 "), (received2, error2)
    assert len(set(ports2)) == 1, f"a new connection per action call: {ports2}"


def _action_answers() -> list[Any]:
    """Answers an action might give, well- and ill-formed: every event type Rasa knows, and
    each with a field of the wrong kind or missing."""
    from rasa.shared.utils.schemas.events import EVENT_SCHEMA

    names = [b["properties"]["event"]["const"] for b in EVENT_SCHEMA["oneOf"]]
    events: list[Any] = [None, "slot", [], {}, {"event": 3}, {"event": "nonsense"}]
    for name in names:
        base = {"event": name, "timestamp": 1.5}
        events += [base, {"event": name}, {**base, "metadata": None}, {**base, "metadata": {}}]
        events += [{**base, "timestamp": None}, {**base, "timestamp": 2}]
        events += [{**base, "timestamp": "x"}, {**base, "timestamp": True}, {**base, "metadata": 1}]
        events += [{**base, "name": "stage", "value": None}, {**base, "name": 1, "value": 2}]
        events += [{**base, "value": 1}, {**base, "name": "x"}, {**base, "entities": []}]
        events += [{**base, "entities": [{"entity": "a", "value": 1}]}, {**base, "entities": 1}]
        events += [{**base, "text": "hi", "parse_data": {"intent": {"name": "x"}}}]
        events += [{**base, "name": "action_listen", "policy": 1}, {**base, "text": 5}]
    answers: list[Any] = [None, [], "x", {}, {"events": "x"}, {"responses": [1]}]
    answers += [{"events": [e]} for e in events]
    answers += [{"events": [e], "responses": [{"text": "hi"}]} for e in events]
    answers += [{"events": [{"event": "slot", "name": "a", "value": 1}, e]} for e in events]
    answers += [{"events": [], "responses": {}}, {"responses": [{"text": 1}]}]
    return answers


def check_action_answers_pass_as_the_schema_says() -> None:
    from jsonschema import validators
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    validator = validators.validator_for(schema)(schema)
    answers = _action_answers()
    quick = [a for a in answers if rasa_state.plainly_valid_action_result(a)]
    wrong = [a for a in quick if not validator.is_valid(a)]
    assert not wrong, f"passed without the schema, but the schema rejects them: {wrong[:5]}"
    rejected = [a for a in answers if not validator.is_valid(a)]
    assert len(rejected) > 100, len(rejected)  # the ill-formed ones are there to catch
    typical = {"events": [{"event": "slot", "timestamp": None, "name": "stage", "value": "x"},
                          {"event": "followup", "name": "action_x", "timestamp": None}],
               "responses": [{"text": "hi", "buttons": []}]}  # fmt: skip
    assert rasa_state.plainly_valid_action_result(typical), "a typical answer takes the long way"
    assert len(quick) > 100, len(quick)


CHECKS = [
    check_action_calls_keep_their_connection,  # first: the others build stores, which patch
    check_an_empty_memoization_predicts_without_featurising,  # builds no store either
    check_slots_are_copied_as_python_copies_them,  # nor this
    check_event_types_resolve_as_rasa_does,
    check_a_long_conversation_loads_a_bounded_tracker_with_the_same_state,
    check_a_loaded_tracker_is_saved_without_counting,
    check_the_sqlite_store_keeps_its_connection,
    check_a_turn_is_saved_and_loaded_without_the_orm,
    check_no_new_session_in_the_middle_of_a_rejected_form_turn,
    check_the_turns_state_is_the_one_before_the_new_session,
    check_action_answers_pass_as_the_schema_says,
]

if __name__ == "__main__":
    for check in CHECKS:
        check()
        print(f"passed: {check.__name__}", flush=True)
