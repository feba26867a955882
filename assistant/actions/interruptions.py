"""Actions for the things people say in the middle of a question, and for the welcome.

Each interruption answers, changes only what it must (never storing the interruption as an
answer), and then the rule runs `journey_form` again, which asks the right question next.
"""

from __future__ import annotations

from typing import Any

# rasa_sdk has no type information (no py.typed): hence the narrow ignores on its
# imports and on the classes built on its Action
from rasa_sdk import Action, Tracker  # type: ignore[import-untyped]
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet  # type: ignore[import-untyped]
from rasa_sdk.executor import CollectingDispatcher  # type: ignore[import-untyped]
from sqlmodel import Session

from assistant import language
from assistant.actions import get_engine
from assistant.actions.journey import (
    CHANGEABLE,
    CHOICES,
    next_question,
    required_questions,
    reset_field,
)
from assistant.actions.plan import CHOICE_WORDS, broker_offer
from assistant.actions.profile import record_concern
from assistant.actions.wording import WHY, say, show
from assistant.journey.spec import FIELDS, NOT_SKIPPABLE
from assistant.storage import store

CHANNELS = {"web", "sms"}


def asking(tracker: Tracker) -> str | None:
    """The question the form is waiting on, if a question is open."""
    if not (tracker.active_loop or {}).get("name"):
        return None
    slot = tracker.get_slot("requested_slot")
    return slot if isinstance(slot, str) else None


class ActionSessionStart(Action):  # type: ignore[misc]
    """Start the conversation, noting the channel (web or sms) from the message metadata."""

    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        events: list[EventType] = [SessionStarted()]
        metadata = tracker.get_slot("session_started_metadata") or {}
        channel = metadata.get("channel") if isinstance(metadata, dict) else None
        if channel in CHANNELS:
            events.append(SlotSet("channel", channel))
        events.append(ActionExecuted("action_listen"))
        return events


class ActionWelcome(Action):  # type: ignore[misc]
    """Hello: the welcome for someone new (or who said no before), welcome back otherwise."""

    def name(self) -> str:
        return "action_welcome"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        consent = tracker.get_slot("consent")
        if consent is True:
            dispatcher.utter_message(text=say("welcome_back"))
            return []
        if tracker.get_slot("channel") != "sms":  # the SMS consent question says it all
            dispatcher.utter_message(text=say("welcome"))
            dispatcher.utter_message(text=say("how_answers_used"))
        return [SlotSet("consent", None), SlotSet("stage", "welcome")]


class ActionExplainQuestion(Action):  # type: ignore[misc]
    """Why do you ask? A specific, honest reason for the question that is open."""

    def name(self) -> str:
        return "action_explain_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        field = asking(tracker)
        dispatcher.utter_message(text=WHY.get(field or "", say("why_general")))
        return []


class ActionSkipQuestion(Action):  # type: ignore[misc]
    def name(self) -> str:
        return "action_skip_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        field = asking(tracker)
        if field is None:
            dispatcher.utter_message(text=say("nothing_to_skip"))
            return []
        if field in NOT_SKIPPABLE:
            dispatcher.utter_message(text=say("cannot_skip"))
            return []
        skipped = list(tracker.get_slot("skipped") or [])
        if field not in skipped:
            skipped.append(field)
        dispatcher.utter_message(text=say("skipped"))
        return [SlotSet("skipped", skipped), SlotSet("tries", 0)]


class ActionGoBack(Action):  # type: ignore[misc]
    """Go back to the question before this one (or the last one answered, after the plan)."""

    def name(self) -> str:
        return "action_go_back"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        slots = tracker.current_slot_values()
        order = [f for f in required_questions(slots) if f in FIELDS and f != "consent"]
        order += [f for f in slots.get("skipped") or [] if f not in order and f in FIELDS]
        order.sort(key=FIELDS.index)
        current = asking(tracker)
        if current in FIELDS:
            before = [f for f in order if FIELDS.index(f) < FIELDS.index(current)]
        else:
            before = [f for f in order if f != "confirm_summary"]
        if not before:
            dispatcher.utter_message(text=say("first_question"))
            return []
        field = before[-1]
        dispatcher.utter_message(text=say("go_back"))
        previous = tracker.get_slot(field)
        if previous is not None:
            dispatcher.utter_message(text=say("you_said").format(answer=show(previous)))
        return [SlotSet(k, v) for k, v in reset_field(tracker, field).items()] + [
            SlotSet("tries", 0)
        ]


class ActionChangeAnswer(Action):  # type: ignore[misc]
    """Change an earlier answer: the part named in the message, asked again now."""

    def name(self) -> str:
        return "action_change_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = str((tracker.latest_message or {}).get("text") or "")
        said = {
            str(e.get("entity")): e.get("value")
            for e in (tracker.latest_message or {}).get("entities") or []
        }
        # the gateway names the part when it read a change in the person's words
        # (assistant/journey/changes.py); otherwise the part is read from the words here
        field = said.get("field") if said.get("field") in CHANGEABLE else None
        if field is None and not text.startswith("/"):
            field = language.detect_field(text)
        if field not in CHANGEABLE:
            dispatcher.utter_message(text=say("change_which"))
            return []
        slots = tracker.current_slot_values()
        if slots.get(field) is None and field not in (slots.get("skipped") or []):
            if field == asking(tracker) or next_question(slots) is None:
                return []
            dispatcher.utter_message(text=say("nothing_to_change"))
            return []
        previous = slots.get(field)
        events = [*_undo_unfinished(slots, field)]
        events += [SlotSet(k, v) for k, v in reset_field(tracker, field).items()]
        choice = said.get("choice")
        if choice is not None and choice == previous:
            words = CHOICE_WORDS.get(choice, show(choice))
            dispatcher.utter_message(text=say("already").format(answer=words))
            return []
        if choice in CHOICES.get(field, ()):
            # "as a direct payment instead": changed at once; the summary comes next
            dispatcher.utter_message(
                text=say("changed_to").format(answer=CHOICE_WORDS.get(choice, show(choice)))
            )
            return [*events, SlotSet(field, choice), SlotSet("tries", 0)]
        adding = said.get("mode") == "add"
        dispatcher.utter_message(text=say("add_to" if adding else "change_field"))
        if previous is not None:
            dispatcher.utter_message(text=say("you_said").format(answer=show(previous)))
        before = {"field": field, "value": previous, "add": adding}
        return [*events, SlotSet("change_from", before), SlotSet("tries", 0)]


def _undo_unfinished(slots: dict[str, Any], field: str) -> list[EventType]:
    """A change asked for in the middle of another change ("change my budget" while "what
    would you love to do?" is asked again): the first part keeps its old answer, so the form
    asks the part named now, not the one left open."""
    pending = slots.get("change_from")
    if not isinstance(pending, dict):
        return []
    other, value = pending.get("field"), pending.get("value")
    if other in (None, field) or other not in CHANGEABLE or value is None:
        return []
    if slots.get(other) is not None:
        return []
    return [SlotSet(other, value)]


class ActionStartAgain(Action):  # type: ignore[misc]
    """Start again: the form asks first whether to clear the answers (restart_confirm)."""

    def name(self) -> str:
        return "action_start_again"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if tracker.get_slot("consent") is not True:
            return [SlotSet("consent", None)]
        return [SlotSet("ask_restart", True), SlotSet("restart_confirm", None)]


class ActionEraseRequest(Action):  # type: ignore[misc]
    """ "Delete everything you know about me": the form asks first (erase_confirm). On yes the
    gateway deletes the conversation everywhere once the reply is sent
    (assistant/data_rights/erasure.py)."""

    def name(self) -> str:
        return "action_erase_request"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        return [SlotSet("ask_erase", True), SlotSet("erase_confirm", None)]


def offer_brokers(dispatcher: CollectingDispatcher, sender_id: str) -> None:
    """After the plan: three brokers from the register, in the plan's own random order."""
    with Session(get_engine()) as db:
        chat = store.find_session_by_sender(db, sender_id=sender_id)
        record = store.latest_plan(db, chat=chat) if chat else None
        if chat is None or record is None:
            return
        link = store.plan_link(plan_id=record.plan_id, key=store.plan_key(db, chat=chat))
        offer = broker_offer(db, record.data, link)
    if offer:
        dispatcher.utter_message(**offer)


class ActionAskForPerson(Action):  # type: ignore[misc]
    def name(self) -> str:
        return "action_ask_for_person"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(text=say("ask_for_person", tracker.get_slot("channel")))
        text = str((tracker.latest_message or {}).get("text") or "")
        events = record_concern(tracker, "asked_for_person", text)
        if tracker.get_slot("plan_ready"):
            offer_brokers(dispatcher, tracker.sender_id)
        return events
