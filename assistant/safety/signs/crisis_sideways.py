"""Crises told in few or plain words that the families had missed, found in the thirteenth
session (set 12 read by kind, never copied; each case in `tests/safety/test_thirteenth_kinds.py`
is in words of our own).

- acting now: tablets put in a drink and drunk, reported by a carer;
- a second attempt: a better means bought, or a new plan "that will work", after a first;
- a burden with the going prepared ("I am burden... I prepare everything already");
- an emergency: an arm gone floppy or someone not answering with eyes open (stroke signs, NHS
  "act FAST"), someone seen on the floor not moving, a throat closing or breath failing however
  it is spelt (anaphylaxis);
- asked about always: a mind made up with a date, and "nobody will notice".

`crisis.py` takes the widened families from here."""

from __future__ import annotations

from assistant.safety.signs.crisis_intent import BURDEN
from assistant.safety.signs.crisis_plain import ACTING_NOW, ATTEMPT_AGAIN, CODED_ASK, EMERGENCY
from assistant.safety.signs.words import MEDS, widened

__all__ = ["ACTING_NOW", "ATTEMPT_AGAIN", "BURDEN", "CODED_ASK", "EMERGENCY"]

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
