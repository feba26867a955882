"""Harm told inside care and company, found in the fourteenth session (set 13 read by kind, never
copied; each case in `tests/safety/test_fourteenth_kinds.py` is in words of our own). The kinds
are those the Care Act statutory guidance (14.17) and NICE's guidance on medicines in care homes
(SC1, covert administration only with a recorded best-interests decision) describe:

- widened strong families (act at once): medicine hidden in food or drink without the person
  being told; extra calming or sleeping medicine given whenever the person is loud or excited
  (restraint by medicine); help given only if the person lets someone touch or kiss them;
  being shunned, or given separate cups and wiped-down chairs, because of a condition, a faith
  or who the person is; a tutor or a boss telling someone that people like them cannot do a
  thing; a relative meant to give insulin or medicine who leaves the person without it;
- a weak family, `going_without` (always asked about, never acted on alone): one meal in
  several days, bedding or clothes not changed for months, and friends who borrow a little at a
  time until it is hundreds.

`safeguarding.py` takes the families from here."""

from __future__ import annotations

from assistant.safety.signs.disclosures_through import (
    DISCRIMINATORY,
    DOMESTIC,
    FINANCIAL,
    MODERN_SLAVERY,
    NEGLECT,
    ORGANISATIONAL,
    PHYSICAL,
    PSYCHOLOGICAL,
    SELF_NEGLECT,
    SEXUAL,
    THROUGH_OTHERS,
)
from assistant.safety.signs.words import any_of, widened

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

_MEDICINE = r"(?:medicine|medication|meds|tablets|pills|liquid|drops)"
_FOOD = (
    r"(?:food|dinner|tea|yoghurt|yogurt|porridge|jam|juice|drink|custard|pudding|cereal|soup|"
    r"mash|coffee|squash)"
)
_NOT_TOLD = (
    r"(?:without\s+(?:telling|asking)|not\s+told|never\s+told|nobody\s+told|no\s+one\s+told|"
    r"don't\s+know\s+what|didn't\s+know|secret\w*|behind\s+my\s+back|found\s+bits|tastes?\s+"
    r"(?:bitter|funny|odd))"
)
PHYSICAL = widened(
    PHYSICAL,
    rf"\b(?:crush\w*|grind\w*|ground|hid\w*|put|puts|putting|sneak\w*|slip\w*|mix\w*)\s+(?:up\s+)?"
    rf"(?:my|his|her|the)\s+(?:\w+\s+)?{_MEDICINE}\s+(?:in|into)\s+(?:my|his|her|the)\s+(?:\w+\s+)?"
    rf"{_FOOD}\b[^.!?]{{0,60}}\b{_NOT_TOLD}",
    rf"\b(?:extra|more|another|an\s+extra)\s+(?:\w+\s+)?(?:calming|sleeping|sleepy|sedat\w*|knock\s*-?"
    rf"out|chill\w*|quieten\w*)\s+(?:\w+\s+)?(?:{_MEDICINE}|jab|injection|dose)\b[^.!?]{{0,40}}\b"
    r"(?:every\s+time|whenever|when\s+i|if\s+i|to\s+(?:keep|shut|quiet|calm)\s+me)",
)

SEXUAL = widened(
    SEXUAL,
    r"\b(?:only|won't|wont|will\s+not|doesn't|never)\s+(?:\w+\s+){0,3}(?:helps?|does|do|fills?|sorts?|"
    r"gives?|pays?|drives?|takes?|lends?|brings?)\b[^.!?]{0,50}\b(?:if|unless)\s+i\s+(?:let\s+(?:him|"
    r"her|them)\s+(?:touch|kiss)\s+me|kiss\s+(?:him|her|them)(?!\s+(?:good\s*night|goodbye|bye))|"
    r"(?:sleep|sleeps)\s+with\s+(?:him|her|them)|send\s+(?:him|her|them)\s+(?:pics|photos|pictures|"
    r"nudes))\b",
)

_WHO = (
    r"(?:gay|lesbian|bi|trans|deaf|blind|autistic|disabled|black|asian|muslim|jewish|a\s+traveller|"
    r"a\s+gypsy|hiv|hiv\s+positive|got\s+hiv|have\s+hiv|in\s+a\s+wheelchair|foreign|polish|old|"
    r"(?:got|have)\s+(?:autism|epilepsy|down'?s|cerebral\s+palsy|a\s+stammer|tourette'?s))"
)
DISCRIMINATORY = widened(
    DISCRIMINATORY,
    rf"\b(?:won't|wont|will\s+not|refuse\s+to|don't|dont|do\s+not)\s+(?:sit|eat|stand|work|share|"
    rf"play|talk)\s+(?:with|near|next\s+to|beside)\s+me\b[^.!?]{{0,20}}\b(?:because|cos|coz|as|"
    rf"since)\s+(?:i'm|i\s+am|i've|i\s+have|of\s+my|im)\s+{_WHO}",
    r"\bwipe\w*\s+(?:down\s+)?(?:my|the)\s+(?:chair|seat|cup|mug)\s+after\s+(?:me|i)\b",
    r"\b(?:tutor|teacher|boss|manager|supervisor|coach|instructor|lecturer|foreman|staff|landlord)"
    r"\s+(?:\w+\s+)?(?:told|said\s+to|tells|telling)\s+(?:him|her|me|them)\s+(?:that\s+)?(?:autistic|"
    r"disabled|deaf|blind|black|gay|trans|muslim|down'?s|wheelchair|dyslexic|epileptic)\s+(?:people|"
    r"folk|users|lads|girls|women|men|kids|students)\s+(?:can't|cannot|can\s+not|shouldn't|aren't\s+"
    r"allowed\s+to|never)\s+(?:do|work|be|learn|cook|drive|study|manage|live|go\s+to)\b",
)

NEGLECT = widened(
    NEGLECT,
    rf"\b(?:meant|supposed)\s+(?:to|tae|ta)\s+(?:do|dae|give|gie|help\s+with)\s+(?:me\s+)?(?:my|ma|"
    rf"his|her)\s+(?:insulin|injections?|jabs?|{_MEDICINE})\b[\s\S]{{0,100}}\b(?:left\s+(?:me\s+|him\s+|"
    r"her\s+)?(?:with|wi)\s+(?:no|nae)|gone\s+without|went\s+without|been\s+without|had\s+(?:no|nae)|"
    r"missed\s+(?:my|ma|his|her|\d|two|three|a\s+few|several))\b[^.!?]{0,30}\b(?:insulin|"
    r"injections?|jabs?|meds|medicine|tablets|doses?|twice|three\s+times|times)\b",
)

GOING_WITHOUT = any_of(
    r"\b(?:one|1|a)\s+(?:proper\s+)?meal\s+(?:every|in|a)\s+(?:\d|two|three|four|few|couple\s+"
    r"of)\s*(?:days|day)\b(?![^.!?]{0,30}\b(?:from|delivered|club|centre|brought|cooked\s+for))",
    r"\b(?:haven't|havent|not|never)\s+(?:changed|washed)\s+(?:my\s+)?(?:bedding|sheets|bed|clothes)"
    r"\s+(?:since|for)\s+(?:months|ages|\w+\s+months|i\s+moved|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|the\s+(?:summer|spring|winter|autumn))\b",
    r"\b(?:borrow\w*|lend|lent|sub|subs)\b[^.!?]{0,60}\b(?:here\s+and\s+there|every\s+(?:week|time)|"
    r"all\s+the\s+time)\b[\s\S]{0,80}\b(?:hundred|grand|thousand|£\s?\d{3,})",
)
