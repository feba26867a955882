"""Validation for the first two forms: consent, and who the person is."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

# "call me Sam", "my name is Sam", "I'm Sam", "it's Sam" -> "Sam"
_NAME_PREFIX = re.compile(
    r"^\s*(?:(?:please\s+)?call\s+me|my\s+name\s+is|my\s+name's|i\s*am|i'm|im|it's|its|"
    r"this\s+is|name\s*:)\s+",
    re.IGNORECASE,
)
_NOT_A_NAME = {
    "yes", "no", "ok", "okay", "hi", "hello", "hiya", "hey", "thanks", "thank you", "bye", "why",
    "skip", "me", "myself", "for me", "someone else", "i don't know", "dunno", "?",
}  # fmt: skip
MAX_NAME_CHARS = 60


def clean_name(text: str) -> str | None:
    """The name a person gave, without lead-in words; None if it doesn't look like a name."""
    name = _NAME_PREFIX.sub("", text.strip()).strip(" .!,\"'")
    if not name or name.lower() in _NOT_A_NAME:
        return None
    if len(name) > MAX_NAME_CHARS or len(name.split()) > 5:
        return None
    if not any(ch.isalpha() for ch in name):
        return None
    return name


class ValidateWelcomeForm(FormValidationAction):
    def name(self) -> str:
        return "validate_welcome_form"

    def validate_consent(
        self,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        if isinstance(value, bool):
            return {"consent": value}
        dispatcher.utter_message(response="utter_consent_needed")
        return {"consent": None}


class ValidateAboutYouForm(FormValidationAction):
    def name(self) -> str:
        return "validate_about_you_form"

    def validate_preferred_name(
        self,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        name = clean_name(value) if isinstance(value, str) else None
        if name is None:
            dispatcher.utter_message(
                text="Sorry, I didn't catch a name there. Just the name you like to be called "
                "is fine, like Sam."
            )
            return {"preferred_name": None}
        return {"preferred_name": name}
