"""A change asked for in the person's own words when no question is open (after the plan):
"I've changed my mind about the money. Can I have it as a direct payment instead?",
"can I add to my dreams?", "Employ my own staff".

Read in the gateway before Rasa, like typed choices (assistant/journey/choices.py): the message
goes on
as `/change_answer{"field": ..., "choice": ..., "mode": "add"}`, so the change touches only the
part named (issue 15, item 3). A choice named with it is taken at once; otherwise the question
is asked again. "add" keeps what was said before and adds the new answer to it. Questions
about money or staff with no word of change ("can I have a direct payment if...?") are left to
the advice line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from assistant.journey.spec import OWN_WORDS
from assistant.language import detect_field, extract_money, parse_choice

__all__ = ["ADDING", "Change", "change_request"]

# a word of change: without one, a message that names a part of the plan is a question about it
_CHANGE = re.compile(
    r"\b(?:chang\w*|chnage|instead|rather|wrong|update|redo|re-do|swap|switch|alter|amend|"
    r"correct|fix|edit|rewrite|re-write|mistake|add|not\s+right|changed\s+my\s+mind|"
    r"i'?d\s+prefer|prefer\s+to)\b",
    re.IGNORECASE,
)
# adding to an answer rather than replacing it
ADDING = re.compile(
    r"\b(?:add|adding|also|as\s+well|too|another|extra|forgot|forgotten|missed|left\s+out|"
    r"more\s+(?:things?|help|dreams?|people))\b",
    re.IGNORECASE,
)
# the choices that can be set straight from the words ("as a direct payment instead")
DIRECT = ("budget_management", "employer_choice")
LISTS = OWN_WORDS
_SHORT = 8


@dataclass(frozen=True)
class Change:
    payload: str  # /change_answer{...}
    answer: str | None = None  # the new answer, when the same message gave it


_SENTENCE = re.compile(r"[^.?!\n]+[.?!\n]*")
_NEW_NAME = re.compile(
    r"\b(?:name|me|him|her|them)\s+(?:to|as)\s+(?P<name>[A-Za-z][A-Za-z'\-]{1,30})\b"
    r"(?:\s+(?:please|pls|plz|thanks|thank\s+you|ta|instead))*\W*$",
    re.IGNORECASE,
)
_MIN_WORDS = 4
# a question without its question mark: "what is an agency"
_ASKING = re.compile(
    r"^\W*(?:what|what's|whats|how|why|who|where|when|which|is|are|can|could|do|does|will|"
    r"would|should|tell\s+me)\b",
    re.IGNORECASE,
)


def _answer_in(text: str, field: str) -> str | None:
    """The new answer given with the request: "change my name to Trish", or the sentences
    after "can I add to my dreams?"."""
    sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    if field == "preferred_name":
        m = _NEW_NAME.search(sentences[0]) if sentences else None
        return m.group("name") if m else None
    if field == "budget_amount":  # "my budget is wrong, it's £250 a week"
        return text if extract_money(text) else None
    if field not in LISTS:
        return None
    first = next((i for i, s in enumerate(sentences) if _CHANGE.search(s)), None)
    if first is None:
        return None
    rest = " ".join(sentences[first + 1 :]).strip()
    return rest if len(rest.split()) >= _MIN_WORDS else None


def change_request(text: str, changeable: tuple[str, ...]) -> Change | None:
    """The change the words ask for, or None. Call only when no question is open;
    `changeable` are the fields a person may change."""
    plain = text.strip()
    if not plain or plain.startswith("/"):
        return None
    field = detect_field(plain)
    if field is None or field not in changeable or not _CHANGE.search(plain):
        # a choice's own words with no question open: "Employ my own staff", or "A mix of both.
        # An agency for the mornings, but..."
        first = next(iter(_SENTENCE.findall(plain)), plain).strip()
        if not 2 <= len(first.split()) <= _SHORT or "?" in first or _ASKING.match(first):
            return None
        found = {f: c for f in DIRECT if (c := parse_choice(f, first)) and c != "not_sure"}
        if len(found) != 1:
            return None
        field, choice = next(iter(found.items()))
        return Change("/change_answer" + json.dumps({"field": field, "choice": choice}))
    if field == "budget_amount" and not extract_money(plain):
        # "could the council look after the money instead": who manages it, not how much
        managed = parse_choice("budget_management", plain)
        if managed and managed != "not_sure":
            field = "budget_management"
    entities: dict[str, str] = {"field": field}
    if field in DIRECT:
        coded = parse_choice(field, plain)
        if coded and coded != "not_sure":
            entities["choice"] = coded
    if field in LISTS and ADDING.search(plain):
        entities["mode"] = "add"
    answer = None if "choice" in entities else _answer_in(plain, field)
    return Change("/change_answer" + json.dumps(entities), answer)
