"""Crises told in few or plain words that the families had missed, found in the thirteenth
session (set 12 read by kind, never copied; each case in `tests/safety/test_thirteenth_kinds.py`
is in words of our own).

- acting now: tablets put in a drink and drunk, reported by a carer;
- a second attempt: a better means bought, or a new plan "that will work", after a first;
- a burden with the going prepared ("I am burden... I prepare everything already");
- an emergency: an arm gone floppy or someone not answering with eyes open (stroke signs, NHS
  "act FAST"), someone seen on the floor not moving, a throat closing or breath failing however
  it is spelt (anaphylaxis);
- asked about always: a mind made up with a date, and "nobody will notice"; and (a second
  reading of our own crises that cross-validation passed by in silence) "then I'll do it" or
  "go through with it" with a day, "it's set for Tuesday" said alone, the last night with a
  goodbye, "I'll go while I still can", "one of us has to go", the budget spent "on someone who
  wants to live", a ghost made "official", "they won't suspect a thing", a blade carried "just
  knowing it's there", a pillow over someone's face;
- passive wishes to be gone (asked about, as `death_wish` is): slipping away, not wanting to
  see another winter, dying in one's sleep counted a win, "should have died back then".

`crisis.py` takes the widened families from here."""

from __future__ import annotations

from assistant.safety.signs.crisis_intent import BURDEN
from assistant.safety.signs.crisis_plain import ACTING_NOW, ATTEMPT_AGAIN, CODED_ASK, EMERGENCY
from assistant.safety.signs.words import MEDS, any_of, widened

__all__ = ["ACTING_NOW", "ATTEMPT_AGAIN", "BURDEN", "CODED_ASK", "EMERGENCY", "WISH_TO_BE_GONE"]

ACTING_NOW = widened(
    ACTING_NOW,
    rf"\b(?:put|mixed|crushed|tipped|emptied)\s+(?:all|the\s+whole\s+(?:box|packet|lot)|every\s+one)"
    rf"\s+(?:of\s+)?(?:her|his|my|their|the)?\s*{MEDS}\s+(?:in|into)\s+(?:her|his|my|a|the)\s+"
    r"(?:tea|coffee|drink|juice|water|wine|vodka|glass|cup|mug)\b[^.!?]{0,30}\b(?:drunk|drank|"
    r"drink|swallowed|downed)\b",
)

ATTEMPT_AGAIN = widened(
    ATTEMPT_AGAIN,
    r"\bbought\s+(?:a\s+)?(?:better|stronger|new|proper|thicker)\s+(?:one|rope|lead|cord)\b",
    r"\b(?:i've|i\s+have|i\s+got|i've\s+got|i\s+have\s+got)\s+(?:a\s+)?(?:new|better|another|"
    r"proper)\s+plan\b[^.!?]{0,30}\b(?:will|it'll|gonna|going\s+to)\s+work\b",
)

BURDEN = widened(
    BURDEN,
    r"\bi\s+am\s+(?:a\s+)?burden\b[\s\S]{0,80}\b(?:prepare\w*|ready|sorted|arranged|go|going|"
    r"leave|leaving)\b[\s\S]{0,40}\b(?:everything|already|this\s+(?:weekend|week)|tonight|"
    r"tomorrow|soon)\b",
    r"\b(?:this\s+(?:weekend|week)|tonight|tomorrow|sunday|saturday|friday)\s+i\s+(?:go|will\s+"
    r"go|am\s+going)\b[^.!?]{0,40}\b(?:prepare|prepared|ready|sorted)\s+everything\b",
)

EMERGENCY = widened(
    EMERGENCY,
    r"\b(?:one|his|her|my|an|the)\s+arm\s+(?:is|has\s+gone|went|gone|is\s+all)\s+(?:floppy|limp|"
    r"dead|heavy)\b(?![^.!?]{0,30}\b(?:since|for\s+years|from\s+(?:the|my|his|her)\s+stroke))",
    r"\b(?:not|isn't|is\s+not|won't\s+be|can't\s+be)\s+(?:answering|responding)\b[^.!?]{0,40}\b"
    r"(?:eyes\s+(?:are\s+)?open|floppy|limp|droop\w*|dropped|not\s+moving)\b",
    r"\b(?:on\s+the\s+floor|on\s+floor|on\s+the\s+ground)\s+(?:and\s+)?(?:not\s+moving|not\s+"
    r"breathing|not\s+answering|still)\b|\bnot\s+moving\s+on\s+the\s+(?:floor|ground)\b",
    r"\b(?:can't|cant|cannot|can\s+not)\s+(?:brethe|breath|breeth|breth)\b",
    r"\bthroat\s+(?:is\s+)?(?:clos\w*|swell\w*|tight\w*)(?:\s+up)?\b",
)

CODED_ASK = widened(
    CODED_ASK,
    r"\b(?:made|make)\s+(?:my|up\s+my)\s+mind\s+up\b[\s\S]{0,40}\b(?:new\s+year'?s?(?:\s+eve)?|"
    r"christmas|tonight|tomorrow|this\s+weekend|my\s+birthday|\d{1,2}(?:st|nd|rd|th)?\s+of)\b",
    r"\b(?:tonight|tomorrow|new\s+year'?s?(?:\s+eve)?|christmas|this\s+weekend|the\s+fireworks)\b"
    r"[\s\S]{0,40}\b(?:nobody|no\s+one|no-one)\s+will\s+(?:notice|hear|know|miss\s+me)\b",
)

_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|this\s+weekend|"
    r"the\s+weekend|\d{1,2}(?:st|nd|rd|th))"
)

# a second reading of our own silent crises (thirteenth session): asked about always
CODED_ASK = widened(
    CODED_ASK,
    rf"\b{_DAY}\b[\s\S]{{0,60}}\bthen\s+(?:i'll|i\s+will|ill)\s+do\s+it\s*(?:[.!]|$)",
    rf"\b{_DAY}\b[^.!?]{{0,30}}\b(?:go|going)\s+through\s+with\s+it\b",
    r"^\W*(?:it's|its|it\s+is)\s+(?:all\s+)?set\s+for\s+\w+\W*$",
    r"\b(?:the\s+)?last\s+(?:nite|night)\b[^.!?]{0,20}[.!]?\s*(?:cya|bye|ta\s*ra|see\s+ya|"
    r"goodbye)\b",
    r"\b(?:i'll|i\s+will|ill)\s+go\s+while\s+i\s+(?:still\s+)?can\b(?!\s+(?:walk|drive|get|"
    r"travel|manage\s+the))",
    r"\bone\s+of\s+us\s+has\s+to\s+go\b[^.!?]{0,30}\b(?:me|should\s+be\s+me)\b",
    r"\b(?:on|to|for)\s+someone\s+who\s+(?:actually\s+)?wants\s+to\s+(?:live|be\s+here|be\s+alive)\b",
    r"\b(?:ghost|dead|gone)\b[^.!?]{0,30}[.!]?\s*[^.!?]{0,20}\bmake\s+it\s+official\b",
    r"\b(?:they|nobody|no\s+one)\s+(?:won't|wont|will\s+not)\s+suspect\s+a\s+thing\b",
    r"\bcarry\s+a\s+(?:blade|razor|knife)\b[^.!?]{0,40}[.!]?\s*(?:just\s+)?(?:knowing\s+it's\s+"
    r"there|in\s+case|for\s+when)\b",
    r"\b(?:i'll|ill|i\s+will|gonna|going\s+to)\s+put\s+a\s+pillow\s+over\s+(?:his|her|their|"
    r"your)\s+face\b",
)

# passive wishes to be gone: asked about (crisis.py adds these to `death_wish`)
WISH_TO_BE_GONE = any_of(
    r"\b(?:hope|hoping|wish|wishing|praying)\s+(?:that\s+)?i(?:'ll|\s+will|\s+would|\s+could)?\s+"
    r"(?:just\s+)?slip\s+away\b",
    r"\b(?:don't|do\s+not|dont)\s+want\s+to\s+see\s+another\s+(?:winter|christmas|year|birthday|"
    r"spring|summer)\b",
    r"\bif\s+i\s+died\s+in\s+my\s+sleep\b[^.!?]{0,40}\b(?:a\s+win|a\s+blessing|a\s+relief|"
    r"wouldn't\s+mind|be\s+glad|be\s+happy)\b",
    r"(?<!said\s)(?<!say\s)(?<!told\s)(?<!\bme\s)(?<!that\s)\bi\s+should\s+have\s+died\s+(?:back\s+then|then|that\s+"
    r"day|instead|too)\b",
    r"\b(?:don't|dont|do\s+not)\s+want\s+me\s+around\s+either\b",
)
