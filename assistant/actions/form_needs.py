"""The journey form's questions about what matters and what help is needed: what is important,
support needs and their hours, dreams, bottom lines and the budget."""

from __future__ import annotations

from typing import Any

# rasa_sdk has no type information (no py.typed): hence the narrow ignores on its
# imports and on the classes built on its Action
from rasa_sdk import Tracker  # type: ignore[import-untyped]
from rasa_sdk.executor import CollectingDispatcher  # type: ignore[import-untyped]
from rasa_sdk.types import DomainDict  # type: ignore[import-untyped]

from assistant import language
from assistant.actions.answers import MAX_ITEMS, NOT_SURE, UNSURE, numbered, said_nothing
from assistant.actions.form_base import JourneyFormBase
from assistant.actions.wording import say

__all__ = ["NeedsQuestions"]


class NeedsQuestions(JourneyFormBase):
    """Validation of what is important, needs and hours, dreams, bottom lines and the budget."""

    # --- what is important -----------------------------------------------------------------

    def validate_important_to(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._list_answer("important_to", value, dispatcher, tracker)

    def validate_support_needs(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = self._extracted(
            "support_needs", value, dispatcher, tracker, language.extract_needs, "n", "needs_again"
        )
        needs = result.get("support_needs") or []
        if any(n.get("hours_per_week") is None for n in needs):
            # one short follow-up for the help named without hours (issue 15, item 5)
            result |= {"ask_support_hours": True, "support_hours": None}
        return result

    def validate_support_hours(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The hours for the help named without them: by area where the answer names the help,
        otherwise for the first such need. "Not sure" leaves them unknown, and the plan says its
        cost is not complete. Asked once: whatever the answer, the journey goes on."""
        text = self._text(value, tracker)
        needs = [dict(n) for n in tracker.get_slot("support_needs") or []]
        missing = [n for n in needs if n.get("hours_per_week") is None]
        done = {"support_hours": None, "ask_support_hours": False, "tries": 0}
        if not text or not missing or said_nothing(text) or UNSURE.search(text):
            dispatcher.utter_message(text=say("hours_unknown", tracker.get_slot("channel")))
            return done
        for said in language.extract_needs(text):
            match = next((n for n in missing if n["area"] == said["area"]), None)
            if match and said.get("hours_per_week") is not None:
                match["hours_per_week"] = said["hours_per_week"]
                match["times"] = match.get("times") or said.get("times")
                missing.remove(match)
        hours = language.extract_hours(text)
        if missing and hours and hours.get("hours_per_week") and len(missing) == 1:
            missing[0]["hours_per_week"] = hours["hours_per_week"]
            missing[0]["times"] = missing[0].get("times") or hours.get("times")
            missing = []
        if missing:
            dispatcher.utter_message(text=say("hours_unknown", tracker.get_slot("channel")))
        return done | {"support_needs": needs}

    # --- dreams and bottom lines -----------------------------------------------------------

    def validate_dreams(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = self._text(value, tracker)
        if said_nothing(text):
            return self._ok("dreams", [])
        if language.looks_like_nonsense(text):
            return self._fail("dreams", dispatcher, tracker, say("free_text_again"))
        dreams = language.extract_dreams(text) or [{"text": text, "tags": []}]
        return self._ok("dreams", numbered(dreams[:MAX_ITEMS], "d"))

    def validate_bottom_lines(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._extracted(
            "bottom_lines",
            value,
            dispatcher,
            tracker,
            language.extract_bottom_lines,
            "b",
            "bottom_lines_again",
        )

    # --- the budget ------------------------------------------------------------------------

    def validate_budget_amount(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = self._text(value, tracker)
        money = language.extract_money(text)
        if money is None and NOT_SURE.search(text):
            dispatcher.utter_message(text=say("budget_unknown"))
            skipped = list(tracker.get_slot("skipped") or [])
            return {"budget_amount": None, "skipped": [*skipped, "budget_amount"], "tries": 0}
        if money is None:
            return self._fail("budget_amount", dispatcher, tracker, say("budget_again"))
        if money.pop("assumed_period", False):
            period = {"week": "a week", "year": "a year"}.get(money["period"], money["period"])
            dispatcher.utter_message(text=say("budget_assumed").format(period=period))
        return self._ok("budget_amount", {"amount": money["amount"], "period": money["period"]})
