"""Turning Rasa slots into the Profile (CONTRACT.md section 3) and saving it."""

from __future__ import annotations

from typing import Any

# rasa_sdk has no type information (no py.typed): hence the narrow ignores on its
# imports and on the classes built on its Action
from rasa_sdk import Tracker  # type: ignore[import-untyped]
from rasa_sdk.events import EventType, SlotSet  # type: ignore[import-untyped]
from sqlmodel import Session

from assistant.actions import get_engine
from assistant.journey.spec import FIELDS
from assistant.storage import store

# slots that are Profile fields, by the same name
PROFILE_SLOTS: tuple[str, ...] = (*FIELDS, "concerns")


def profile_from_slots(slots: dict[str, Any]) -> dict[str, Any]:
    """The Profile as the slots hold it now. Skipped questions are left out (and listed)."""
    profile = {name: slots[name] for name in PROFILE_SLOTS if slots.get(name) is not None}
    profile["skipped"] = list(slots.get("skipped") or [])
    return profile


def save_tracker_profile(tracker: Tracker) -> bool:
    """Merge the tracker's profile slots into the stored Profile. False if no session matches."""
    with Session(get_engine()) as db:
        chat = store.find_session_by_sender(db, sender_id=tracker.sender_id)
        if chat is None:
            return False
        store.save_profile(db, chat=chat, data=profile_from_slots(tracker.current_slot_values()))
        return True


def last_words(tracker: Tracker) -> str:
    """The person's own words in their latest message.

    When the gateway's safety net sent an intent in place of the text, the words are read back
    from the transcript the gateway stored.
    """
    text = str((tracker.latest_message or {}).get("text") or "")
    if not text.startswith("/"):
        return text
    with Session(get_engine()) as db:
        chat = store.find_session_by_sender(db, sender_id=tracker.sender_id)
        if chat is None:
            return ""
        return store.last_incoming_text(db, chat=chat)


def record_concern(tracker: Tracker, code: str, evidence: str) -> list[EventType]:
    """Add a concern (CONTRACT.md section 3) with the person's own words, and save it."""
    concerns = list(tracker.get_slot("concerns") or [])
    concerns.append({"code": code, "evidence": evidence[:2000]})
    tracker.slots["concerns"] = concerns
    save_tracker_profile(tracker)
    return [SlotSet("concerns", concerns)]
