"""Runs inside the Rasa server (Python 3.10, .venv-rasa), never in the gateway.

A turn's reply together with the conversation's state, in one request:

    gateway ── POST /webhooks/kt/webhook {"sender", "message", "metadata"} ──► Rasa
            ◄── {"messages": [...as the REST channel...], "state": {slots, active_loop, intent}}

The gateway needs a few slots after every turn (`asking`, `stage`, ...). Asking for them with
`GET /conversations/{id}/tracker` made Rasa load and replay the whole conversation from the
tracker store a second time in each turn: about 50 ms of Rasa's CPU for a 200-event conversation,
and most of the gateway's overhead (docs/BENCHMARKS.md). Here the tracker store remembers the state
of the tracker it has just saved, and the channel returns it with the messages. Both live in the
same Rasa process, and Rasa's lock store keeps one turn per conversation at a time, so the state
is the one this very turn saved.

Wiring (assistant/ops/rasa_config.py): the tracker store in var/endpoints.yml is
`assistant.rasa_side.rasa_state.StateKeepingSQLTrackerStore` (Rasa's SQL store, unchanged, plus the
memory), and assistant/rasa_side/credentials.yml lists
`assistant.rasa_side.rasa_state.StateRestInput`. The plain REST
channel stays available; the gateway falls back to it and to the tracker request when this channel
is missing or sends no state.

A turn costs the same at turn 300 as at turn 5 (issue 18). Rasa loads a conversation from the
tracker store since its latest `session_started` event, and replays and featurises all it loads.
With `session_expiration_time: 0` a session never ended, so every turn loaded every event the
person ever caused. The store here starts a new session once the current one holds
`session_events` events, at the end of a turn, carrying over the slots, the open form and the
action that asked the open question (`carry_over`):

    ... user, action journey_form, bot, action_listen | action_session_start, session_started,
        slot*, active_loop, action journey_form, action_listen | user, ...  (next turn loads
                                                        from here: at most a few dozen events)

Every event stays in the store: the whole tracker (`GET /conversations/{id}/tracker`), the
export's count and the erasure by sender id all still cover everything.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, SessionStarted, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from assistant.rasa_side.action_connections import _keep_action_connections
from assistant.rasa_side.policy_shortcuts import _copy_slots_directly, _skip_empty_memoization
from assistant.rasa_side.tracker_sql import (
    keep_sqlite_connection,
    rasa_36,
    retrieve_tracker,
    save_tracker,
)

log = logging.getLogger(__name__)

_KEEP = 10_000  # states of conversations saved but not yet collected (a bound, never reached)


class _States:
    def __init__(self) -> None:
        self._states: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, sender_id: str, state: dict[str, Any]) -> None:
        with self._lock:
            self._states[sender_id] = state
            self._states.move_to_end(sender_id)
            while len(self._states) > _KEEP:
                self._states.popitem(last=False)

    def take(self, sender_id: str) -> dict[str, Any] | None:
        with self._lock:
            return self._states.pop(sender_id, None)


saved_states = _States()


def state_of(tracker: DialogueStateTracker) -> dict[str, Any]:
    """The parts of `GET /conversations/{id}/tracker` the gateway reads, in the same shape."""
    latest = tracker.latest_message
    return {
        "slots": tracker.current_slot_values(),
        "active_loop": {"name": tracker.active_loop_name},
        "latest_message": {"intent": dict(latest.intent) if latest else {}},
    }


def _look_up_event_types_once() -> None:
    """Rasa turns each stored event back into an object with `Event.resolve_by_type`, which
    walks every subclass of `Event` (about 40, found again by recursion each time) until one has
    the event's type name. Loading a conversation does that for every event it ever had: at
    turn 150 about half of Rasa's time per turn went to loading, most of it here (issue 18).
    Here a type name found once is remembered, so the same name gives the same class; names not
    found (a default, or Rasa's error for an unknown name) still take Rasa's own path. Only for
    the Rasa version this was read against."""
    import rasa
    from rasa.shared.core.events import Event

    if not rasa.__version__.startswith("3.6.") or getattr(Event, "_kt_types_cached", False):
        return
    original = Event.resolve_by_type  # a staticmethod: a plain function here
    found: dict[str, type[Event]] = {}

    def resolve_by_type(type_name: str, default: type[Event] | None = None) -> type[Event] | None:
        cls = found.get(type_name)
        if cls is None:
            cls = original(type_name, default)
            if cls is not None and cls is not default and cls.type_name == type_name:
                found[type_name] = cls
        return cls

    Event.resolve_by_type = staticmethod(resolve_by_type)
    Event._kt_types_cached = True


# event types whose branch of Rasa's EVENTS_SCHEMA `oneOf` holds nothing but the type's name
# (rasa/shared/utils/schemas/events.py, Rasa 3.6); "slot" also needs a string name and a value
_NAME_ONLY_EVENTS = frozenset(
    {
        "user_featurization", "cancel_reminder", "reminder", "action_execution_rejected",
        "form_validation", "loop_interrupted", "form", "active_loop", "reset_slots", "resume",
        "pause", "followup", "export", "restart", "undo", "rewind", "bot", "session_started",
        "agent",
    }
)  # fmt: skip


def _number_or_none(value: Any) -> bool:
    return value is None or (isinstance(value, (int, float)) and not isinstance(value, bool))


def plainly_valid_action_result(result: Any) -> bool:
    """True only for an action's answer that Rasa's schema (`RemoteAction.
    action_response_format_spec`) surely accepts: an object whose `events` (if any) are slots set
    or events of the types above, with a number (or null) for a timestamp and an object (or null)
    for metadata, and whose `responses` (if any) are objects. The event's type name picks the one
    branch of the schema's `oneOf` that can match (every branch fixes a different name), so this
    is the schema's own verdict for these shapes. False means "not sure": the caller asks the
    schema. jsonschema took about 7% of Rasa's time per turn walking 23 branches per event."""
    if not isinstance(result, dict):
        return False
    responses = result.get("responses", [])
    if not isinstance(responses, list) or not all(isinstance(r, dict) for r in responses):
        return False
    events = result.get("events", [])
    if not isinstance(events, list):
        return False
    for event in events:
        if not isinstance(event, dict):
            return False
        name = event.get("event")
        if name == "slot":
            if not isinstance(event.get("name"), str) or "value" not in event:
                return False
        elif name not in _NAME_ONLY_EVENTS:
            return False
        if not _number_or_none(event.get("timestamp")):
            return False
        if not isinstance(event.get("metadata"), (dict, type(None))):
            return False
    return True


def _check_action_results_with_one_validator() -> None:
    """Rasa checks every custom action's answer with `jsonschema.validate`, which first checks
    the (constant) schema itself against JSON Schema's meta-schema, every time. Profiling showed
    that check at about 40% of Rasa's time per turn (docs/BENCHMARKS.md). Here the answer is
    checked against the same schema, with the same validator class and the same error
    (`best_match`), by a validator built once. Only for the Rasa version this was read against."""
    import rasa
    from jsonschema import exceptions, validators
    from rasa.core.actions.action import RemoteAction

    if not rasa.__version__.startswith("3.6.") or getattr(RemoteAction, "_kt_checked", False):
        return
    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)  # once
    validator = cls(schema)
    original = RemoteAction._validate_action_result

    def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        if plainly_valid_action_result(result):
            return True
        error = exceptions.best_match(validator.iter_errors(result))
        if error is None:
            return True
        valid: bool = original(self, result)  # Rasa's own path raises with its own message
        return valid

    RemoteAction._validate_action_result = validate_action_result
    RemoteAction._kt_checked = True


#: A new Rasa session is started once the current one holds this many events (issue 18).
SESSION_EVENTS = 150


def carry_over(tracker: DialogueStateTracker) -> list[Event] | None:
    """The events that start a new Rasa session where `tracker` stands, carrying everything
    over; None when this is not a point where that can be done without changing anything.

    Rasa's SQL tracker store loads a conversation from its latest `session_started` event, and
    replays and featurises all it loads, so a conversation that never starts a new session gets
    slower with every turn (issue 18). The new session begins as Rasa's own sessions do
    (`action_session_start`, `session_started`, the slots carried over, `action_listen`), and
    also carries the open form (`active_loop`) and the action that asked the open question, so
    the next turn's state is the one it would have been: the same slots (set ones only, as
    set), the same loop, the same previous action; the conversation does not look like a new
    one to rules that only apply at the start. Every event stays stored; only what is loaded
    for a turn is bounded.

    A safe point: the end of a turn (the bot listens), no follow-up action, not paused, and the
    form (if any) neither interrupted nor rejected."""
    events = list(tracker.events)
    if not events or not isinstance(events[-1], ActionExecuted):
        return None
    listen = events[-1]
    if listen.action_name != ACTION_LISTEN_NAME or tracker.is_paused():
        return None
    if tracker.followup_action:
        return None
    loop = tracker.active_loop
    if loop is not None and loop.name and (loop.is_interrupted or loop.rejected):
        return None
    asked = next(
        (
            e
            for e in reversed(events[:-1])
            if isinstance(e, ActionExecuted) and e.action_name != ACTION_LISTEN_NAME
        ),
        None,
    )
    if asked is None or asked.action_name == ACTION_SESSION_START_NAME:
        return None
    # after everything stored so far, whatever the clock did
    at = max(time.time(), max((e.timestamp for e in events), default=0.0)) + 0.001
    new: list[Event] = [
        ActionExecuted(ACTION_SESSION_START_NAME, timestamp=at - 0.0005),
        SessionStarted(timestamp=at),
    ]
    new += [
        SlotSet(slot.name, slot.value, timestamp=at)
        for slot in tracker.slots.values()
        if slot.has_been_set
    ]
    if loop is not None and loop.name:
        new.append(ActiveLoop(loop.name, timestamp=at))
    for original in (asked, listen):
        copy = Event.from_parameters(original.as_dict())
        assert copy is not None
        copy.timestamp = at
        new.append(copy)
    return new


class StateKeepingSQLTrackerStore(SQLTrackerStore):  # type: ignore[misc]  # Rasa is untyped
    """Rasa's SQL tracker store, remembering the state of each tracker it saves, and starting a
    new session when the current one has grown long (`carry_over`). Rasa builds it once at
    start-up, which is when the action results' validator is built too.

    `session_events` (var/endpoints.yml): the events a session may hold before a new one is
    started at the next safe point; 0 never starts one."""

    def __init__(self, *args: Any, session_events: int | str = SESSION_EVENTS, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.session_events = int(session_events)
        _check_action_results_with_one_validator()
        _look_up_event_types_once()
        _keep_action_connections()
        _skip_empty_memoization()
        _copy_slots_directly()
        keep_sqlite_connection(self)  # one connection to a SQLite file, not one per load or save

    async def save(self, tracker: DialogueStateTracker) -> None:
        state = state_of(tracker)  # as the turn left it, before any new session
        if self.session_events and len(tracker.events) >= self.session_events:
            for event in carry_over(tracker) or ():
                tracker.update(event)
        if rasa_36():
            await save_tracker(self, tracker)  # the same rows, one INSERT
        else:
            await super().save(tracker)
        tracker.kt_stored = len(tracker.events)  # all of them are stored now
        saved_states.put(tracker.sender_id, state)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        tracker = await super().retrieve(sender_id)  # through `_retrieve` below
        if tracker is not None:
            tracker.kt_stored = len(tracker.events)  # each one was loaded from the store
        return tracker

    async def _retrieve(
        self, sender_id: str, fetch_events_from_all_sessions: bool
    ) -> DialogueStateTracker | None:
        if not rasa_36():
            return await super()._retrieve(sender_id, fetch_events_from_all_sessions)
        return await retrieve_tracker(self, sender_id, fetch_events_from_all_sessions)

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Event]:
        """The events of `tracker` not stored yet. Rasa counts the session's stored events with
        a query on every save (7% of its time, issue 18); a tracker this store loaded or saved
        knows how many of its events are stored. Any other tracker is counted as Rasa does."""
        stored = getattr(tracker, "kt_stored", None)
        if stored is None:
            return super()._additional_events(session, tracker)  # type: ignore[no-any-return]
        return itertools.islice(tracker.events, stored, len(tracker.events))


class StateRestInput(RestInput):  # type: ignore[misc]  # Rasa is untyped
    """The REST channel, answering with the messages and the state the turn saved."""

    @classmethod
    def name(cls) -> str:
        return "kt"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        webhook = Blueprint("kt_webhook", __name__)

        @webhook.route("/", methods=["GET"])  # type: ignore[untyped-decorator]  # Sanic is untyped
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])  # type: ignore[untyped-decorator]  # Sanic is untyped
        async def receive(request: Request) -> HTTPResponse:
            sender_id = await self._extract_sender(request)
            collector = CollectingOutputChannel()
            saved_states.take(sender_id)  # a state left by some other request is not ours
            message = UserMessage(
                self._extract_message(request),
                collector,
                sender_id,
                # "rest", as before: the dialogue sees the same channel either way
                input_channel=RestInput.name(),
                metadata=self.get_metadata(request),
            )
            try:
                await on_new_message(message)
            except Exception:  # like the REST channel: answer with what was said so far
                log.exception("kt channel: the turn failed")
                saved_states.take(sender_id)
            return response.json(
                {"messages": collector.messages, "state": saved_states.take(sender_id)}
            )

        return webhook
