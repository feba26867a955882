"""The people question: who helps already. A carer's own help named by their relationship,
the person themself left out, and the names the typical week mentioned asked about by name."""

from __future__ import annotations

import re
from typing import Any

# rasa_sdk has no type information (no py.typed): hence the narrow ignores on its
# imports and on the classes built on its Action
from rasa_sdk import Action, Tracker  # type: ignore[import-untyped]
from rasa_sdk.events import EventType  # type: ignore[import-untyped]
from rasa_sdk.executor import CollectingDispatcher  # type: ignore[import-untyped]
from rasa_sdk.types import DomainDict  # type: ignore[import-untyped]

from assistant import language
from assistant.actions.wording import say

__all__ = ["ActionAskPeople", "as_third_person", "is_the_person", "named_in_week"]


_TYPIST = re.compile(r"\b(?:me|myself)\s*,?\s*i\b|\b(?:i|me|myself)\b(?!')", re.IGNORECASE)


def is_the_person(person: dict[str, Any], preferred_name: Any) -> bool:
    """The person the plan is for, named among the helpers ("Sue sits with Mary")."""
    name = str(person.get("name") or "").strip().lower()
    return (
        bool(name)
        and not person.get("relationship")
        and name == str(preferred_name or "").strip().lower()
    )


def as_third_person(text: str, relationship: str) -> str:
    """A carer's "me, I do her shopping but I can't keep it up" as "their son do her shopping
    but can't keep it up", so the people extractor counts the carer's own help."""
    first = True

    def name(match: re.Match[str]) -> str:
        nonlocal first
        if first:
            first = False
            return f"their {relationship}"
        return "" if match.group(0).lower() == "i" else "them"

    return _TYPIST.sub(name, text)


class ActionAskPeople(Action):  # type: ignore[misc]
    """The people question. When the typical week already named people, it says so and asks
    who else, rather than asking as if nothing had been said ("You mentioned Carol and Joan.")."""

    def name(self) -> str:
        return "action_ask_people"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        named = named_in_week(tracker)
        if not named:
            dispatcher.utter_message(response="utter_ask_people")
            return []
        them = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
        whose = (
            f"{tracker.get_slot('preferred_name')}'s"
            if tracker.get_slot("answering_for") == "someone_else"
            else "your"
        )
        words = say("people_mentioned", tracker.get_slot("channel"))
        dispatcher.utter_message(text=words.format(them=them, whose=whose))
        return []


def named_in_week(tracker: Tracker) -> list[str]:
    """The names of people the typical week mentioned, as the person wrote them."""
    week = tracker.get_slot("typical_week")
    if not isinstance(week, str) or not week:
        return []
    typist = None
    if tracker.get_slot("answering_for") == "someone_else":
        typist = tracker.get_slot("answering_relationship") or None
    people = language.extract_people(week, typist=typist)
    person = str(tracker.get_slot("preferred_name") or "").lower()
    return [
        str(p["name"])
        for p in people
        if p.get("relationship")
        and not _BY_ROLE.match(str(p["name"]))
        and str(p["name"]).lower() != person
    ][:6]


_BY_ROLE = re.compile(r"(?i)(?:my|our|his|her|their|the|a|an)\s")
