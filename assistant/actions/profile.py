"""Turning Rasa slots into the Profile (CONTRACT.md section 3) and saving it."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlmodel import Session

from assistant import store
from assistant.actions import get_engine

# slots that are Profile fields, by the same name
PROFILE_SLOTS = (
    "consent",
    "preferred_name",
    "answering_for",
    "answering_relationship",
    "admired_qualities",
    "typical_week",
    "people",
    "current_support",
    "important_to",
    "support_needs",
    "dreams",
    "bottom_lines",
    "budget_amount",
    "budget_management",
    "employer_choice",
    "plan_voice",
    "confirm_summary",
)


def profile_from_slots(slots: dict[str, Any]) -> dict[str, Any]:
    return {name: slots[name] for name in PROFILE_SLOTS if slots.get(name) is not None}


def save_tracker_profile(tracker: Tracker) -> bool:
    """Merge the tracker's profile slots into the stored Profile. False if no session matches."""
    with Session(get_engine()) as db:
        chat = store.find_session_by_sender(db, sender_id=tracker.sender_id)
        if chat is None:
            return False
        profile = store.get_profile(db, chat=chat)
        profile.update(profile_from_slots(tracker.current_slot_values()))
        store.save_profile(db, chat=chat, data=profile)
        return True


class ActionSaveProfile(Action):
    def name(self) -> str:
        return "action_save_profile"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        save_tracker_profile(tracker)
        stage = "about_you" if tracker.get_slot("consent") else "welcome"
        return [SlotSet("stage", stage)]


class ActionResetConsent(Action):
    def name(self) -> str:
        return "action_reset_consent"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        return [SlotSet("consent", None), SlotSet("stage", "welcome")]


class ActionAfterWelcome(Action):
    """Save the consent answer, then go on to "about you" or say plainly what no means."""

    def name(self) -> str:
        return "action_after_welcome"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        save_tracker_profile(tracker)
        if tracker.get_slot("consent"):
            dispatcher.utter_message(response="utter_consent_thanks")
            return [SlotSet("stage", "about_you")]
        dispatcher.utter_message(response="utter_consent_declined")
        return [SlotSet("stage", "welcome")]
