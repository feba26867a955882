"""Crises told with a hedge, a secret or a plan in steps, found in the fifteenth session (set 14
read by kind, never copied; each case in `tests/safety/test_fifteenth_kinds.py` is in words of
our own). The kinds are the NHS and Samaritans warning signs (a final visit or meal kept secret,
a plan in steps, the same plan again after an attempt) and the emergencies a carer reports:

- a last ordinary thing with someone close ("my last Sunday dinner with him"), kept secret ("he
  doesn't know it's the last");
- letters posted or left, then going somewhere "and not coming back";
- the same plan again after an attempt, or the plan still there;
- someone who has talked of dying and is now shut in a room and not answering;
- someone with a failing memory gone out for hours, or since the night, in the cold; a resident
  not in their room with a door or a gate open and nowhere to be seen;
- a threat to kill with a knife or a blade held now (in a lap, a hand, sat there with it).

`crisis.py` takes the widened families from here."""

from __future__ import annotations

from assistant.safety.signs.crisis_finality import REPORTED
from assistant.safety.signs.crisis_moments import (
    ACTING_NOW,
    ATTEMPT_AGAIN,
    BURDEN,
    CODED_ASK,
    EMERGENCY,
    GOODBYE,
    MEANS,
    WISH_TO_BE_GONE,
)
from assistant.safety.signs.crisis_plain import CODED, FINALITY, INTENT, THREAT
from assistant.safety.signs.words import widened

__all__ = [
    "ACTING_NOW",
    "ATTEMPT_AGAIN",
    "BURDEN",
    "CODED",
    "CODED_ASK",
    "EMERGENCY",
    "FINALITY",
    "GOODBYE",
    "INTENT",
    "MEANS",
    "REPORTED",
    "THREAT",
    "WISH_TO_BE_GONE",
]

_CLOSE = (
    r"(?:mum|mam|mom|mummy|mother|dad|father|nan|nana|gran|granny|grandad|grandma|grandpa|son|"
    r"daughter|brother|sister|wife|husband|partner|girlfriend|boyfriend|mate|friend|best\s+friend|"
    r"kids|children|grandkids|family|[a-z]+)"
)
_NOT_KNOWING = (
    r"(?:(?:doesn't|does\s+not|don't|do\s+not|didn't|did\s+not|won't|has\s+no|had\s+no|have\s+no|"
    r"(?:hasn't|haven't)\s+(?:got\s+)?an?)\s+(?:know|idea|clue|realise|realize)|no\s+(?:idea|clue))"
)

# a last ordinary thing shared with someone close, kept from them
FINALITY = widened(
    FINALITY,
    rf"\b(?:my|our|the)\s+last\s+(?:\w+\s+){{1,5}}with\s+(?:my\s+|our\s+)?{_CLOSE}\b[\s\S]{{0,80}}"
    rf"\b(?:he|she|they|he's|she's|they've|nobody|no\s+one|none\s+of\s+them)\s+(?:\w+\s+)?"
    rf"{_NOT_KNOWING}\b[^.!?]{{0,30}}\blast\b",
)

# letters posted or left, then going somewhere and not coming back
_NOT_BACK = (
    r"(?:and\s+)?(?:not|never|won't\s+be|will\s+not\s+be|not\s+be)\s+(?:come|coming|be\s+coming)\s+"
    r"back\b(?!\s+(?:till|until|for|here\s+for|to\s+(?:this|the)\s+(?:group|club|class|centre)))"
)
INTENT = widened(
    INTENT,
    rf"\b(?:post|posted|posting|leave|left|leaving|drop|dropped|put)\s+(?:off\s+)?(?:the|my|all\s+"
    rf"the|all\s+my)\s+(?:letters|notes|envelopes|cards)\b[\s\S]{{0,120}}\b{_NOT_BACK}",
)
# going out to a lonely place and not coming back, with no letters named: asked about
CODED_ASK = widened(
    CODED_ASK,
    rf"\b(?:walk|walking|go|going|drive|driving|head|heading)\s+(?:up|out|off|down|into|to)\s+"
    rf"(?:the\s+)?(?:\w+\s+){{0,3}}(?:field|fields|fell|moor|woods?|hills?|sea|river|cliffs?|"
    rf"lake|loch|quarry|dark|dusk)\b[^.!?]{{0,30}}\b{_NOT_BACK}",
)

# the same plan again after an attempt, or the plan still there
ATTEMPT_AGAIN = widened(
    ATTEMPT_AGAIN,
    r"\b(?:attempt|tried|overdose|overdosed|od|od'd)\b[\s\S]{0,100}\b(?:(?:got|have|had|made|"
    r"with)\s+(?:the\s+)?same\s+plan|same\s+plan\s+(?:again|as\s+before|still)|(?:still|again)\s+"
    r"(?:got|have)\s+(?:the|my|a)\s+plan|the\s+plan(?:'s|\s+is)\s+still\s+(?:there|in\s+my\s+head|"
    r"on))",
)

# someone who has talked of dying, now shut in and not answering
_TALKED_OF_DYING = (
    r"(?:talk\w*|saying|said|says|going\s+on|on\s+about|texting|posting)\s+(?:about\s+)?(?:dying|"
    r"death|being\s+dead|wanting\s+to\s+die|killing\s+(?:him|her|them)sel(?:f|ves)|ending\s+it|"
    r"not\s+being\s+here)\b"
)
_SHUT_IN = (
    r"(?:locked|barricaded|shut)\s+(?:him|her|them)sel(?:f|ves)\s+in\b[\s\S]{0,60}\b(?:won't|"
    r"will\s+not|isn't|is\s+not|not|doesn't|does\s+not)\s+(?:answer|answering|respond\w*|open\w*|"
    r"come\s+out|talking|speak\w*)"
)
REPORTED = widened(REPORTED, rf"\b{_TALKED_OF_DYING}[\s\S]{{0,140}}\b{_SHUT_IN}")

# someone with a failing memory out for hours, or since the night, in the cold; a resident gone
# from their room with a door or a gate open
_MEMORY = (
    r"(?:dementia|alzheimer\w*|(?:bad|poor|failing|terrible|shocking)\s+memory|memory\s+"
    r"(?:problems?|loss|issues?|clinic)|(?:his|her|\w+'s)\s+memory\s+(?:is\s+|'s\s+)?(?:bad|going|"
    r"gone|poor|shot)|memory's\s+(?:bad|going|gone|shot))"
)
_COLD_OR_DARK = (
    r"(?:freezing|frost\w*|icy|ice\s+on|below\s+zero|minus\s+\w+|snow\w*|pitch\s+(?:black|dark)|"
    r"(?:it's|its|it\s+is)\s+(?:dark|cold|bitter))"
)
_GONE_SINCE = (
    r"(?:been\s+)?(?:out|gone|missing|away)\s+since\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|o'clock)?|"
    r"midnight|tea\s*time|dinner\s*time|lunch\s*time|last\s+night|this\s+morning|the\s+early\s+hours|"
    r"early)\b"
    # (not out somewhere known, or with someone: "since ten at the day centre", "with her carer")
    r"(?![^.!?]{0,30}\b(?:at\s+(?:the\s+|her\s+|his\s+)?(?:day\s+cent\w*|club|centre|group|"
    r"hospital|respite|pub|shops?|church|mosque|temple|work|college|daughter's|son's|sister's)|with\s+"
    r"(?:her|his|their|the|a)\s+(?:carer|pa|friend|daughter|son|sister|brother|group)|on\s+(?:a|the)\s+"
    r"(?:trip|outing|coach)))"
)
_NOT_IN_ROOM = (
    r"not\s+in\s+(?:her|his|their)\s+(?:room|bed|flat)\b[\s\S]{0,120}\b(?:door|gate|window)\s+"
    r"(?:was\s+|is\s+|'s\s+|been\s+|left\s+)?(?:wide\s+)?open\b[\s\S]{0,120}\b(?:can't|cannot|"
    r"couldn't|can\s+not)\s+(?:see|find)\s+(?:her|him|them)\b"
)
# (without a failing memory named: out alone, wandering or in night clothes, and the cold)
_ALONE_OUT = (
    r"(?:wander\w*|on\s+(?:her|his|their)\s+own|alone|in\s+(?:her|his)\s+(?:nightie|nightdress|"
    r"pyjamas|slippers|dressing\s+gown))"
)
_AND_COLD = (
    r"[^.!?]{0,40}[.!?,]?\s*(?:and\s+)?(?:it's|its|it\s+is)\s+(?:absolutely\s+|bloody\s+|so\s+)?"
    r"(?:freezing|below\s+zero|icy|snowing|minus)"
)
EMERGENCY = widened(
    EMERGENCY,
    rf"\b{_MEMORY}\b[\s\S]{{0,120}}\b{_GONE_SINCE}\b[\s\S]{{0,120}}\b{_COLD_OR_DARK}",
    rf"\b{_MEMORY}\b[\s\S]{{0,120}}\b{_COLD_OR_DARK}[\s\S]{{0,120}}\b{_GONE_SINCE}\b",
    rf"\b{_MEMORY}\b[\s\S]{{0,60}}\b(?:went|walked|wandered|slipped|got)\s+out\b[\s\S]{{0,80}}"
    rf"\b{_COLD_OR_DARK}[\s\S]{{0,60}}\b(?:left\s+(?:his|her)\s+coat|no\s+coat|without\s+(?:a|his|her)\s+"
    rf"coat|(?:only|just)\s+(?:had\s+)?(?:a\s+|his\s+|her\s+)?(?:shirt|nightie|nightdress|pyjamas|"
    rf"slippers|dressing\s+gown))",
    rf"\b{_ALONE_OUT}[\s\S]{{0,120}}\b{_GONE_SINCE}\b{_AND_COLD}",
    rf"\b{_GONE_SINCE}\b{_AND_COLD}[\s\S]{{0,120}}\b{_ALONE_OUT}",
    # a bottom line come true now: "never out alone at night. It's happened."
    rf"\b(?:it's|it\s+has|that's|that\s+has)\s+(?:just\s+)?happened\b[\s\S]{{0,60}}\b{_GONE_SINCE}"
    rf"\b{_AND_COLD}",
    rf"\b{_NOT_IN_ROOM}",
)

# a threat to kill, with a knife or a blade held now
_BLADE = r"(?:knife|knives|blade|machete|axe|hatchet|cleaver|scissors)"
_HELD_NOW = (
    rf"(?:{_BLADE}\b[^.!?]{{0,25}}\b(?:in|on|across)\s+(?:his|her|their)\s+(?:lap|hands?|knees)|"
    rf"(?:sat|sitting|stood|standing|waiting|pacing)\s+(?:there\s+|up\s+)?with\s+(?:a|the|his|her)"
    rf"\s+(?:\w+\s+)?{_BLADE})\b"
)
THREAT = widened(
    THREAT,
    rf"\b(?:kill|stab|finish)\b[\s\S]{{0,150}}\b{_HELD_NOW}",
    rf"\b{_HELD_NOW}[\s\S]{{0,150}}\b(?:kill|stab|finish)\b",
)
