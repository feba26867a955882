"""The journey form's yes/no steps and extra questions: the summary, carry on, "are you safe
right now?", erase and start again; and clearing one answer so it is asked again."""

from __future__ import annotations

from typing import Any

# rasa_sdk has no type information (no py.typed): hence the narrow ignores on its
# imports and on the classes built on its Action
from rasa_sdk import Tracker  # type: ignore[import-untyped]
from rasa_sdk.executor import CollectingDispatcher  # type: ignore[import-untyped]
from rasa_sdk.types import DomainDict  # type: ignore[import-untyped]

from assistant import language
from assistant.actions.answers import chosen, yes_or_no
from assistant.actions.form_base import JourneyFormBase
from assistant.actions.profile import record_concern
from assistant.actions.safeguarding import signposts
from assistant.actions.wording import say
from assistant.journey.spec import FIELDS

__all__ = ["StepQuestions", "reset_field", "safety_answer"]


class StepQuestions(JourneyFormBase):
    """Validation of the summary, carry on, the safety check, erase and start again."""

    # --- the review and the extra questions ------------------------------------------------

    def validate_confirm_summary(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        answer = yes_or_no(tracker, str(value or ""))
        if answer is None:
            return self._fail("confirm_summary", dispatcher, tracker, say("summary_yes_no"))
        if answer:
            return self._ok("confirm_summary", True)
        return {"confirm_summary": None, "ask_review_change": True, "review_change": None}

    def validate_carry_on(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        answer = yes_or_no(tracker, str(value or ""))
        if answer is None:
            return self._fail("carry_on", dispatcher, tracker, say("carry_on_yes_no"))
        dispatcher.utter_message(text=say("carry_on" if answer else "stop_for_now"))
        return {"carry_on": answer, "ask_carry_on": False, "tries": 0}

    def validate_safety_check(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = str(value or "")
        answer = chosen(tracker) or language.parse_choice("safety_check", text)
        if answer is None:
            yes = yes_or_no(tracker, text)  # "are you safe?" "yes" / "no"
            answer = {True: "safe", False: "need_help", None: None}[yes]
        if answer is None and int(tracker.get_slot("tries") or 0) < 1:
            dispatcher.utter_message(text=say("safety_again", tracker.get_slot("channel")))
            return {"safety_check": None, "tries": 1}
        return safety_answer(answer or "numbers", dispatcher, tracker)

    def validate_erase_confirm(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        answer = yes_or_no(tracker, str(value or ""))
        if answer is None:
            return self._fail("erase_confirm", dispatcher, tracker, say("erase_yes_no"))
        if answer:
            dispatcher.utter_message(text=say("erased"))
            return {"erase_confirm": True, "ask_erase": False, "erase_confirmed": True, "tries": 0}
        dispatcher.utter_message(text=say("erase_kept"))
        return {"erase_confirm": None, "ask_erase": False, "tries": 0}

    def validate_restart_confirm(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        answer = yes_or_no(tracker, str(value or ""))
        if answer is None:
            return self._fail("restart_confirm", dispatcher, tracker, say("restart_yes_no"))
        result: dict[str, Any] = {"restart_confirm": answer, "ask_restart": False, "tries": 0}
        if answer:
            dispatcher.utter_message(text=say("restarted"))
            result |= {f: None for f in FIELDS if f != "consent"} | {"skipped": []}
        else:
            dispatcher.utter_message(text=say("carry_on"))
        return result


def safety_answer(
    answer: str, dispatcher: CollectingDispatcher, tracker: Tracker
) -> dict[str, Any]:
    """After "are you safe right now?": safe carries on with nothing recorded; need help gets
    the full signposting and records the words that raised the check; numbers shows them all."""
    channel = tracker.get_slot("channel")
    done: dict[str, Any] = {
        "safety_check": None,
        "ask_safety_check": False,
        "safety_words": None,
        "safety_code": None,
        "tries": 0,
    }
    if answer == "need_help":
        code = "safeguarding" if tracker.get_slot("safety_code") == "safeguarding" else "crisis"
        words = str(tracker.get_slot("safety_words") or "")
        for line in signposts(code, channel, words):
            dispatcher.utter_message(text=line)
        concern_events = record_concern(tracker, code, words or "I need help now")
        concerns = concern_events[0]["value"] if concern_events else None
        return done | {
            "concerns": concerns,
            "safeguarding": True,
            "ask_carry_on": True,
            "carry_on": None,
        }
    key = "safety_numbers" if answer == "numbers" else "safety_safe"
    dispatcher.utter_message(text=say(key, channel))
    return done


def reset_field(tracker: Tracker, field: str) -> dict[str, Any]:
    """Clear one answer so the form asks it again, and ask for the summary again after it."""
    skipped = [f for f in tracker.get_slot("skipped") or [] if f != field]
    return {field: None, "confirm_summary": None, "skipped": skipped}
