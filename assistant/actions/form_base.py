"""What every question of the journey form shares: the answer's text, a kind re-ask (and after
two tries a skip), the shapes of answer (free text, a list, a list the spaCy layer structures), and
the checks around every answer in the person's own words (`in_own_words`).

The form itself (journey.py) is put together from mixins by stage, each a `JourneyFormBase`; the
base and the mixins are abstract (no `name`), so rasa_sdk's executor registers only the form.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from typing import Any

# rasa_sdk has no type information (no py.typed): hence the narrow ignores on its
# imports and on the classes built on its Action
from rasa_sdk import FormValidationAction, Tracker  # type: ignore[import-untyped]
from rasa_sdk.executor import CollectingDispatcher  # type: ignore[import-untyped]
from rasa_sdk.types import DomainDict  # type: ignore[import-untyped]

from assistant import language
from assistant.actions.answers import (
    DONT_KNOW,
    MAX_ITEMS,
    SAID_BEFORE,
    clip,
    merged_answer,
    numbered,
    said_nothing,
)
from assistant.actions.wording import say
from assistant.journey.changes import ADDING
from assistant.journey.spec import NOT_SKIPPABLE

__all__ = ["JourneyFormBase", "in_own_words"]


class JourneyFormBase(FormValidationAction):  # type: ignore[misc]
    """The helpers of the journey form's validation (see journey.py, ValidateJourneyForm)."""

    @abstractmethod
    def name(self) -> str:
        """The form's action name: only the form itself has one."""

    def _text(self, value: Any, tracker: Tracker) -> str:
        text = value if isinstance(value, str) else str(tracker.latest_message.get("text") or "")
        return "" if text.startswith("/") else clip(text)

    def _fail(
        self,
        field: str,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        message: str,
    ) -> dict[str, Any]:
        """A kind re-ask; on the second failed try, say why and offer to skip."""
        tries = int(tracker.get_slot("tries") or 0) + 1
        channel = tracker.get_slot("channel")
        if tries >= 2 and field not in NOT_SKIPPABLE:
            # the same question a third time without progress: no dead end. Leave it for now,
            # say so kindly, and move on (it can be answered at the end: "change ...")
            dispatcher.utter_message(text=say("leave_for_now", channel))
            skipped = list(tracker.get_slot("skipped") or [])
            if field not in skipped:
                skipped.append(field)
            return {field: None, "tries": 0, "skipped": skipped}
        if tries >= 2:  # a question that cannot be left: say why, once more, kindly
            dispatcher.utter_message(text=say("two_tries", channel))
        else:
            dispatcher.utter_message(text=message)
        return {field: None, "tries": tries}

    def _ok(self, field: str, value: Any) -> dict[str, Any]:
        return {field: value, "tries": 0}

    def _non_answer(
        self, field: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any] | None:
        """ "i dont know" or "i told you" as the whole answer: nothing is stored. Asked again once,
        kindly, with skip offered; a second time, the question is left for now (see _fail)."""
        text = self._text(value, tracker)
        if DONT_KNOW.match(text):
            return self._fail(field, dispatcher, tracker, say("dont_know"))
        if SAID_BEFORE.match(text):
            return self._fail(field, dispatcher, tracker, say("said_before"))
        return None

    def _free_text(
        self, field: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        text = self._text(value, tracker)
        if not text or language.looks_like_nonsense(text):
            return self._fail(field, dispatcher, tracker, say("free_text_again"))
        return self._ok(field, text)

    def _list_answer(
        self, field: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        text = self._text(value, tracker)
        if said_nothing(text):
            return self._ok(field, [])
        items = [] if language.looks_like_nonsense(text) else language.split_items(text)
        if not items:
            return self._fail(field, dispatcher, tracker, say("free_text_again"))
        return self._ok(field, items[:30])

    def _extracted(
        self,
        field: str,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        extract: Callable[[str], list[dict[str, Any]]],
        prefix: str,
        again: str,
    ) -> dict[str, Any]:
        """A list answer the spaCy layer structures; "none" is an honest empty answer."""
        text = self._text(value, tracker)
        if said_nothing(text):
            return self._ok(field, [])
        items = extract(text)
        if not items:
            return self._fail(field, dispatcher, tracker, say(again))
        return self._ok(field, numbered(items[:MAX_ITEMS], prefix))


def in_own_words(field: str, validate: Callable[..., Any]) -> Callable[..., Any]:
    """The checks every answer in the person's own words gets around its own validation:
    - a non-answer ("i dont know", "i told you") is never stored (see _non_answer);
    - a changed answer replaces the one before, unless the person asked to add to it ("can I add
      to my dreams") or the new answer says so ("she also needs...", "as well as the lunch"):
      then both are kept."""

    def checked(
        self: JourneyFormBase,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> Any:
        refused = self._non_answer(field, value, dispatcher, tracker)
        if refused is not None:
            return refused
        result = validate(self, value, dispatcher, tracker, domain)
        before = tracker.get_slot("change_from")
        new = result.get(field) if isinstance(result, dict) else None
        if not isinstance(before, dict) or before.get("field") != field or new is None:
            return result
        if before.get("add") or ADDING.search(self._text(value, tracker)):
            result[field] = merged_answer(field, before.get("value"), new)
            if field == "support_needs":  # the follow-up only for help still without hours
                unknown = any(n.get("hours_per_week") is None for n in result[field])
                result["ask_support_hours"] = unknown
        result["change_from"] = None
        return result

    checked.__name__ = validate.__name__
    checked.__doc__ = validate.__doc__
    return checked
