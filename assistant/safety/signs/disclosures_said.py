"""Harm told in what someone says or fails to do, found in the fifteenth session (set 14 read by
kind, never copied; each case in `tests/safety/test_fifteenth_kinds.py` is in words of our
own). The kinds are those of the Care Act statutory guidance (14.17):

- widened strong families (act at once): a worker or anyone else who talks about the person's
  body, says what they would like to do to them, or gets into the bed or under the covers with
  them; someone who tells the person, day after day, that they ruined a life or that a death was
  their fault;
- weak families (always asked about, never acted on alone): a worker who does not wake the person
  and an appointment or a medicine is missed (`going_without`); no heating or hot water for a
  long while, with nobody let in to mend it (`going_without`).

`safeguarding.py` takes the families from here."""

from __future__ import annotations

from assistant.safety.signs.disclosures_care import (
    DISCRIMINATORY,
    DOMESTIC,
    FINANCIAL,
    GOING_WITHOUT,
    MODERN_SLAVERY,
    NEGLECT,
    ORGANISATIONAL,
    PHYSICAL,
    PSYCHOLOGICAL,
    SELF_NEGLECT,
    SEXUAL,
    THROUGH_OTHERS,
)
from assistant.safety.signs.words import widened

__all__ = [
    "DISCRIMINATORY",
    "DOMESTIC",
    "FINANCIAL",
    "GOING_WITHOUT",
    "MODERN_SLAVERY",
    "NEGLECT",
    "ORGANISATIONAL",
    "PHYSICAL",
    "PSYCHOLOGICAL",
    "SELF_NEGLECT",
    "SEXUAL",
    "THROUGH_OTHERS",
]

_SOMEONE = r"(?:he|she|they|him|her|them|he'd|she'd|they'd)"

SEXUAL = widened(
    SEXUAL,
    rf"\b(?:what|things|stuff)\s+{_SOMEONE}\s*(?:would|'d|wants?\s+to|wanted\s+to)?\s*(?:like\s+to\s+)?"
    r"(?:do|doing)\s+(?:to|with)\s+me\b(?![^.!?]{0,30}\b(?:for\s+my\s+birthday|on\s+(?:the\s+)?"
    r"(?:trip|holiday|outing)|next\s+week|at\s+the\s+weekend))",
    r"\b(?:talks?|talking|talked|going\s+on|comments?|commenting|commented|remarks?)\s+(?:on\s+|about\s+)"
    r"(?:my|her)\s+(?:body|boobs|breasts|chest|bum|bottom|figure|legs)\b",
    r"\b(?:get|gets|got|getting|climb\w*|tries\s+to\s+get|tried\s+to\s+get|try\s+to\s+get)\s+(?:in|"
    r"into|under)\s+(?:the\s+covers|the\s+duvet|the\s+sheets|my\s+bed|bed)\s+with\s+me\b",
)

# told day after day that they ruined a life, or that a death was their fault
_TELLS = r"(?:tell|tells|telling|told|say|says|saying|said|shout\w*|scream\w*|remind\w*|blam\w*)"
PSYCHOLOGICAL = widened(
    PSYCHOLOGICAL,
    rf"\b{_TELLS}\s+(?:me\s+)?(?:that\s+)?i\s+(?:ruined|wrecked|destroyed)\s+(?:her|his|their|"
    r"everyone's|the\s+family's)\s+li(?:fe|ves)\b",
    rf"\b{_TELLS}\s+(?:me\s+)?(?:that\s+)?(?:(?:my|our|her|his)\s+)?(?:\w+\s+)?(?:died|is\s+dead|"
    r"passed\s+away|got\s+ill|had\s+(?:the|his|her)\s+(?:stroke|heart\s+attack))\s+(?:because\s+of|"
    r"cos\s+of|coz\s+of)\s+me\b",
)

# a worker who does not wake the person, and something that mattered is missed; no heating for a
# long while, and nobody let in to mend it
GOING_WITHOUT = widened(
    GOING_WITHOUT,
    r"\b(?:not|never|didn't|doesn't|don't|won't|did\s+not|does\s+not|no)\s+wake\s+me\b[\s\S]{0,100}"
    r"\b(?:miss|missed|missing|late\s+for|too\s+late)\b[^.!?]{0,30}\b(?:appointment|hospital|"
    r"clinic|meds|medicine|tablets|insulin|dialysis|transport|bus)",
    r"\b(?:not|never|didn't|doesn't|don't|won't|did\s+not|does\s+not|no)\s+wake\s+me\b[^.!?]{0,40}\b"
    r"(?:for|in\s+time\s+for)\s+(?:my|the)\s+(?:\w+\s+)?(?:appointment|hospital|clinic|meds|"
    r"medicine|tablets|insulin|dialysis|transport|bus|taxi|lift)\b[\s\S]{0,60}\b(?:miss|missed|"
    r"missing|late)\b",
    r"\b(?:worker|carer|staff|pa|night\s+staff|sitter)\b[^.!?]{0,30}\b(?:sleep|sleeps|sleeping|"
    r"slept|asleep|snoring)\s+on\s+(?:the|my)\s+(?:sofa|settee|couch)\b[\s\S]{0,80}\b(?:miss|"
    r"missed|didn't\s+(?:hear|come|help|wake)|never\s+(?:heard|came|helped))",
    r"\b(?:boiler|heating|hot\s+water)\b[^.!?]{0,40}\b(?:went|broke|broken|gone|packed\s+(?:up|in)|"
    r"bust|off|not\s+working)\b[\s\S]{0,100}\b(?:not|won't|wont|never|refuse\w*)\s+(?:letting|let|"
    r"having)\s+(?:a\s+man|anyone|anybody|nobody|them|him|a\s+stranger|strangers|the\s+\w+)\s+in\b",
)
