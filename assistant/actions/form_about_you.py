"""The journey form's questions about the person and their life: consent, name, who is typing,
what others admire, a typical week, the people in it, and the help they have now."""

from __future__ import annotations

from typing import Any

# rasa_sdk has no type information (no py.typed): hence the narrow ignores on its
# imports and on the classes built on its Action
from rasa_sdk import Tracker  # type: ignore[import-untyped]
from rasa_sdk.executor import CollectingDispatcher  # type: ignore[import-untyped]
from rasa_sdk.types import DomainDict  # type: ignore[import-untyped]

from assistant import language
from assistant.actions.answers import THATS_ALL, said_nothing, yes_or_no
from assistant.actions.form_base import JourneyFormBase
from assistant.actions.names import clean_name
from assistant.actions.people import as_third_person, is_the_person, named_in_week
from assistant.actions.wording import say
from assistant.language.people import merge_people

__all__ = ["AboutYouQuestions"]


class AboutYouQuestions(JourneyFormBase):
    """Validation of the welcome, about you and your life."""

    # --- the welcome and about you ---------------------------------------------------------

    def validate_consent(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        answer = yes_or_no(tracker, str(value or ""))
        if answer is None:
            return self._fail("consent", dispatcher, tracker, say("consent_needed"))
        if answer:
            dispatcher.utter_message(text=say("consent_thanks"))
        return self._ok("consent", answer)

    def validate_preferred_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        name = clean_name(self._text(value, tracker))
        if name is None:
            return self._fail("preferred_name", dispatcher, tracker, say("name_again"))
        return self._ok("preferred_name", name)

    def validate_answering_relationship(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = self._text(value, tracker)
        relationship = language.extract_relationship(text)
        if relationship is None and text and not language.looks_like_nonsense(text):
            relationship = text[:60] if len(text) <= 60 else None
        if not relationship:
            return self._fail("answering_relationship", dispatcher, tracker, say("relationship"))
        return self._ok("answering_relationship", relationship)

    def validate_admired_qualities(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = self._text(value, tracker)
        items = [] if language.looks_like_nonsense(text) else language.split_items(text)
        if not items:
            return self._fail("admired_qualities", dispatcher, tracker, say("qualities_again"))
        return self._ok("admired_qualities", items[:30])

    # --- your life -------------------------------------------------------------------------

    def validate_typical_week(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._free_text("typical_week", value, dispatcher, tracker)

    def validate_people(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = self._text(value, tracker)
        if THATS_ALL.match(text) and named_in_week(tracker):
            # "You mentioned Carol and Joan. Anyone else?" "no that's everyone"
            typist = None
            if tracker.get_slot("answering_for") == "someone_else":
                typist = tracker.get_slot("answering_relationship") or None
            week = language.extract_people(str(tracker.get_slot("typical_week")), typist=typist)
            return self._ok("people", merge_people([], week)[:30])
        if said_nothing(text):
            dispatcher.utter_message(text=say("no_people"))
            return self._ok("people", [])
        typist = None
        if tracker.get_slot("answering_for") == "someone_else":
            typist = tracker.get_slot("answering_relationship") or "carer"
            if not language.names_the_typist(text):
                # a carer's "I do her shopping" is help too: name it by their relationship
                text = as_third_person(text, typist)
        people = [
            p
            for p in language.extract_people(text, typist=typist)
            if not is_the_person(p, tracker.get_slot("preferred_name"))
        ]
        if not people:
            return self._fail("people", dispatcher, tracker, say("people_again"))
        # people named earlier (in the typical week) fill in names said here only by role
        week = tracker.get_slot("typical_week")
        if isinstance(week, str) and week:
            earlier = language.extract_people(week, typist=typist)
            people = merge_people(people, earlier)
        return self._ok("people", people[:30])

    def validate_current_support(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = self._list_answer("current_support", value, dispatcher, tracker)
        people = tracker.get_slot("people")
        if result.get("current_support") and isinstance(people, list):
            # "my key worker Sam helps me cook": Sam is one of the people in their life too
            typist = None
            if tracker.get_slot("answering_for") == "someone_else":
                typist = tracker.get_slot("answering_relationship") or None
            named = [
                p
                for p in language.extract_people(self._text(value, tracker), typist=typist)
                if not is_the_person(p, tracker.get_slot("preferred_name"))
            ]
            merged = merge_people(people, named)
            if merged != people:
                result["people"] = merged
        return result
