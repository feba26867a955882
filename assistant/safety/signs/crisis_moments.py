"""Crises happening in the moment that the families had missed, found in the fourteenth session
(set 13 read by kind, never copied; each case in `tests/safety/test_fourteenth_kinds.py` is in
words of our own):

- an emergency: the signs of sepsis together (the NHS: shivering or a high temperature with
  confusion, a racing heart, fast breathing or blotchy skin); someone with dementia who went
  out and is not back hours later ("went out at three, it's now eight"), the cold or not;
- a first attempt, and nobody to be around "this time";
- a gun held now, across the knees or in the lap, outside a shoot or a hide;
- a goodbye to everyone said as a sign-off ("this is me saying cheerio to all of you", "so long
  everyone") with things or animals given away, or said alone, not for a move or a holiday.

`crisis.py` takes the widened families from here."""

from __future__ import annotations

from assistant.safety.signs.crisis_intent import GOODBYE
from assistant.safety.signs.crisis_plain import MEANS
from assistant.safety.signs.crisis_sideways import (
    ACTING_NOW,
    ATTEMPT_AGAIN,
    BURDEN,
    CODED_ASK,
    EMERGENCY,
    WISH_TO_BE_GONE,
)
from assistant.safety.signs.words import widened

__all__ = [
    "ACTING_NOW",
    "ATTEMPT_AGAIN",
    "BURDEN",
    "CODED_ASK",
    "EMERGENCY",
    "GOODBYE",
    "MEANS",
    "WISH_TO_BE_GONE",
]

_HOT = (
    r"(?:burning\s+(?:hot|up)|red\s+hot|boiling|roasting|high\s+temp\w*|fever\w*|temperature\s+"
    r"(?:of\s+)?(?:3[89]|40)|sweating\s+buckets)"
)
_SHIVER = r"(?:shiver\w*|shaking|the\s+shakes|rigou?rs|teeth\s+chattering|can't\s+stop\s+shaking)"
_SEPSIS_MORE = (
    r"(?:muddled|confused|not\s+making\s+(?:any\s+)?sense|talking\s+(?:nonsense|gibberish|rubbish)|"
    r"heart\s+(?:is\s+|'s\s+)?(?:racing|pounding|going\s+like|thumping)|breathing\s+(?:really\s+)?"
    r"(?:fast|quick)|can't\s+catch\s+(?:my|his|her)\s+breath|mottled|blotchy|(?:gone|going|turned)"
    r"\s+(?:grey|blue|pale)|not\s+(?:had\s+a\s+)?(?:wee|weed|peed|pee)|no\s+wee)"
)
# hours gone, or not back, after someone went out (the cold alone is a habit told: "she goes out
# in her slippers")
_GONE_TOO_LONG = (
    r"(?:hours\s+ago|been\s+(?:gone|out|missing)\s+(?:for\s+)?(?:over\s+|nearly\s+)?\w+\s+hours|"
    r"(?:it's|its|it\s+is)\s+(?:now|gone|past|nearly)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|midnight)|"
    r"(?:still\s+)?(?:not|isn't|hasn't\s+(?:come|been))\s+(?:back|home)\b(?!\s+(?:till|until|before|"
    r"by|for))|still\s+out\b|can't\s+find\s+(?:her|him)|no\s+sign\s+of)"
)
_WENT_OUT = (
    r"(?:went|gone|walked|wandered|slipped|got|left)\s+out\b(?![^.!?]{0,40}\bwith\s+(?:me|us|her\s+"
    r"(?:carer|pa|friend)|his\s+(?:carer|pa|friend)|the\s+(?:carer|day\s+centre|group)))"
)

EMERGENCY = widened(
    EMERGENCY,
    rf"\b{_SHIVER}\b[\s\S]{{0,80}}\b{_HOT}\b[\s\S]{{0,80}}\b{_SEPSIS_MORE}",
    rf"\b{_HOT}\b[\s\S]{{0,80}}\b{_SHIVER}\b[\s\S]{{0,80}}\b{_SEPSIS_MORE}",
    rf"\b{_WENT_OUT}[\s\S]{{0,100}}\b{_GONE_TOO_LONG}\b[\s\S]{{0,120}}\b(?:dementia|alzheimer\w*)",
    rf"\b(?:dementia|alzheimer\w*)\b[\s\S]{{0,100}}\b{_WENT_OUT}[\s\S]{{0,100}}\b{_GONE_TOO_LONG}",
)

# a first attempt, and nobody to be around "this time"
ATTEMPT_AGAIN = widened(
    ATTEMPT_AGAIN,
    r"\b(?:make\s+sure|so)\s+(?:no\s+one|nobody|no-one|noone)(?:'s|\s+is|\s+will\s+be)?\s+(?:around|"
    r"about|home|in|here|there)\s+this\s+time\b",
)

# a gun held now: outside a shoot, a hide, a club or the vermin (farm and hobby words are safe)
MEANS = widened(
    MEANS,
    r"\b(?:gun|shotgun|rifle|twelve[\s-]?bore|12[\s-]?bore|pistol)\b[^.!?]{0,20}\b(?:across|on|in)\s+"
    r"my\s+(?:knees|lap|hands?)\b(?![^.!?]{0,60}\b(?:fox\w*|rabbits?|pigeons?|vermin|deer|rats?|"
    r"crows?|clays?|hide|range|club|lamping|clean\w*|waiting\s+for\s+the))",
)

# a sign-off to everyone, not for a move, a holiday, a job or a group
_NOT_LEAVING_FOR = (
    r"(?![\s\S]{0,80}\b(?:mov\w*|holiday|spain|abroad|job|retir\w*|group|club|class|centre|"
    r"college|course|for\s+now|for\s+a\s+(?:bit|while|week|month)|till|until|see\s+you))"
)
GOODBYE = widened(
    GOODBYE,
    r"\bthis\s+is\s+me\s+(?:saying\s+)?(?:cheerio|ta-?ra|goodbye|bye|so\s+long|farewell|signing\s+"
    r"off)\b" + _NOT_LEAVING_FOR,
    r"\b(?:saying|say)\s+(?:cheerio|ta-?ra|goodbye|bye|so\s+long|farewell)\s+to\s+(?:every\s*(?:one|"
    r"body)|any\s*(?:one|body)|you\s+all|all\s+of\s+you)\b" + _NOT_LEAVING_FOR,
    r"(?:^|[.!?,]\s*)so\s+long\s+(?:all|every\s*(?:one|body)|all\s+of\s+you|to\s+all)\b"
    + _NOT_LEAVING_FOR,
)
