"""Reading an answer before it is structured: a yes or a no, an honest "nothing", a "don't
know" or "I told you" that gives nothing to store, a button's choice; and a changed answer merged
with the one before."""

from __future__ import annotations

import re
from typing import Any

# rasa_sdk has no type information (no py.typed): hence the narrow ignores on its
# imports and on the classes built on its Action
from rasa_sdk import Tracker  # type: ignore[import-untyped]

from assistant.language.people import merge_people

__all__ = [
    "DONT_KNOW",
    "MAX_ANSWER_CHARS",
    "MAX_ITEMS",
    "NOT_SURE",
    "SAID_BEFORE",
    "THATS_ALL",
    "UNSURE",
    "chosen",
    "clip",
    "latest_intent",
    "merged_answer",
    "numbered",
    "said_nothing",
    "yes_or_no",
]

MAX_ANSWER_CHARS = 2000
MAX_ITEMS = 20  # needs, dreams or bottom lines kept from one answer (the planner takes 20+)
# "nobody", "no one", "none", "nothing", "n/a", "not really": an honest empty answer
_NOTHING = re.compile(
    r"^\W*(?:no(?:ne|thing| one|body)?|noone|nobody really|nope|n/?a|not really|not any|"
    r"nothing really|no-one|none at all|i don'?t have any(?:one)?|i have no(?:one| one|body)|"
    r"just me|only me|on my own|by myself|i(?:'m| am) on my own|there'?s no(?:one| one|body)|"
    r"not at the moment|nothing at the moment|none right now|nothing yet|none yet)\W*$",
    re.IGNORECASE,
)
_YES = re.compile(
    r"^\W*(?:y|yes|yeah|yea|yep|yup|ok|okay|k|sure|fine|that'?s fine|that'?s ok|correct|right|"
    r"that'?s right|go on|go ahead|alright|all right|of course|please do|yes please)\W*$",
    re.IGNORECASE,
)
# "Yes, that's all correct, thank you very much": a yes first, then politeness, with nothing that
# takes it back ("yes but...", "yes apart from the budget")
_YES_FIRST = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|aye|correct|that'?s (?:right|correct|fine|all correct))\b"
    r"(?!.*\b(?:but|except|apart from|not|no|wrong|change|(?:is|are|was|do|does|did|ca|wo)n'?t)\b)",
    re.IGNORECASE,
)
_NO = re.compile(r"^\W*(?:n|no|nah|nope|no thanks|no thank you|not really|i don'?t)\W*$", re.I)
NOT_SURE = re.compile(
    r"\b(?:not sure|unsure|don'?t know|dont know|do not know|no idea|idk|dunno|not yet|"
    r"haven'?t been told|not been told|waiting to hear)\b",
    re.IGNORECASE,
)
# a whole answer that gives nothing to store: not knowing, or pointing back at an earlier answer
DONT_KNOW = re.compile(
    r"^\W*(?:(?:i|i'?m|im)\s+)?(?:really\s+)?(?:(?:don'?t|dont|do\s+not|dno|dnt)\s+(?:really\s+)?know"
    r"|dunno|idk|no\s+idea|not\s+sure|unsure|no\s+clue|haven'?t\s+a\s+clue|um+|er+m*|hm+|\?+)"
    r"(?:\s+(?:really|tbh|to\s+be\s+honest|sorry|either|yet))*\W*$",
    re.IGNORECASE,
)
SAID_BEFORE = re.compile(
    r"^\W*(?:i\s+(?:already\s+|just\s+)?(?:told|said|answered)(?:\s+(?:you|u|ya|that|this|it))*"
    r"|(?:i'?ve|ive)\s+(?:already\s+|just\s+)?(?:told|said|answered)(?:\s+(?:you|u|that|this|it))*"
    r"|(?:(?:the\s+)?same\s+as|like|as)\s+(?:before|i\s+said|i\s+told\s+(?:you|u)|above|last\s+time"
    r"|earlier|the\s+last\s+(?:one|question))|see\s+above|already\s+(?:said|told\s+(?:you|u)|answered)"
    r"|same(?:\s+again)?)(?:\s+(?:already|before|earlier|that|just\s+now|lol|!+|\?+))*\W*$",
    re.IGNORECASE,
)
# "no, that's everyone": after "You mentioned Carol. Who else...?", the people already named
THATS_ALL = re.compile(
    r"^\W*(?:no+|nope|nah|not\s+really|no\s+one\s+else|nobody\s+else|no-one\s+else|"
    r"that'?s\s+(?:it|all|everyone|everybody|everything|all\s+of\s+them|them)|just\s+(?:them|those"
    r"(?:\s+(?:two|three|people))?)|only\s+them|them\s+(?:two|three)|that\s+covers\s+it|"
    r"those\s+are\s+all|nobody|no\s+one|none)(?:[\s,.!]+(?:no+|that'?s\s+(?:it|all|everyone)|"
    r"thanks?|thank\s+you|ta|really|just\s+them|no\s+one\s+else|nobody\s+else))*\W*$",
    re.IGNORECASE,
)

UNSURE = re.compile(
    r"^\W*(?:not\s+sure|unsure|don'?t\s+know|dunno|idk|no\s+idea|it\s+varies|varies|depends)\b",
    re.IGNORECASE,
)


def latest_intent(tracker: Tracker) -> str | None:
    intent = (tracker.latest_message or {}).get("intent") or {}
    return intent.get("name")


def chosen(tracker: Tracker) -> str | None:
    """The value of a `choice` entity from a button the assistant offered, if any."""
    for entity in (tracker.latest_message or {}).get("entities") or []:
        if entity.get("entity") == "choice" and isinstance(entity.get("value"), str):
            return str(entity["value"])
    return None


def yes_or_no(tracker: Tracker, text: str) -> bool | None:
    intent = latest_intent(tracker)
    if intent == "affirm" or _YES.match(text):
        return True
    if intent == "deny" or _NO.match(text):
        return False
    if _YES_FIRST.match(text):
        return True
    return None


def said_nothing(text: str) -> bool:
    return bool(_NOTHING.match(text.strip()))


def clip(text: str) -> str:
    return text.strip()[:MAX_ANSWER_CHARS]


def numbered(items: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{**item, "id": f"{prefix}{i}"} for i, item in enumerate(items, start=1)]


_PREFIX = {"support_needs": "n", "dreams": "d", "bottom_lines": "b"}


def merged_answer(field: str, old: Any, new: Any) -> Any:
    """What was said before, then what is new that was not said before."""
    if old is None:
        return new
    if isinstance(old, str) and isinstance(new, str):
        return new if new.lower() in old.lower() else f"{old} {new}"
    if not isinstance(old, list) or not isinstance(new, list):
        return new
    if field == "people":
        return merge_people(old, new, need_relationship=False)

    def key(item: Any) -> str:
        return str(item.get("text") if isinstance(item, dict) else item).strip().lower()

    seen = {key(item) for item in old}
    areas = {item.get("area") for item in old if isinstance(item, dict) and item.get("area")}

    def again(item: Any) -> bool:
        """Said before: the same words, or help of an area already there named again without
        hours ("as well as the lunch and the showers")."""
        if key(item) in seen:
            return True
        return (
            isinstance(item, dict)
            and item.get("area") in areas
            and item.get("hours_per_week") is None
        )

    out = [*old, *(item for item in new if not again(item))]
    if field in _PREFIX:
        plain = [{k: v for k, v in item.items() if k != "id"} for item in out]
        return numbered(plain[:MAX_ITEMS], _PREFIX[field])
    return out[:30]
