"""Disclosures said plainly that the rules had missed: found by reading, by kind, the disclosures
of our own training examples that cross-validation passed by in silence (eleventh session).

Each family widens one defined in `abuse.py` or `neglect.py` with what the Care Act statutory
guidance (14.17) and SCIE's indicators of abuse describe, in everyday words, never the words of
a held-out message. `safeguarding.py` takes the widened families from here."""

from __future__ import annotations

from assistant.safety.signs.abuse import (
    DISCRIMINATORY,
    DOMESTIC,
    FINANCIAL,
    PHYSICAL,
    PSYCHOLOGICAL,
    SEXUAL,
)
from assistant.safety.signs.neglect import MODERN_SLAVERY, NEGLECT, ORGANISATIONAL, SELF_NEGLECT
from assistant.safety.signs.words import widened

__all__ = [
    "DISCRIMINATORY",
    "DOMESTIC",
    "FINANCIAL",
    "MODERN_SLAVERY",
    "NEGLECT",
    "ORGANISATIONAL",
    "PHYSICAL",
    "PSYCHOLOGICAL",
    "SELF_NEGLECT",
    "SEXUAL",
]

_WHO = r"(?:me|her|him|mum|dad|nan|them)"

PHYSICAL = widened(
    PHYSICAL,
    r"\b(?:knocked|knocks|knock)\s+(?:\w+\s+){0,2}(?:my|her|his)\s+(?:\w+\s+)?teeth?\s+out\b",
    rf"\b(?:threw|thrown|throws|throw|pushed|pushes|shoved|shoves|kicked|kicks)\s+{_WHO}\s+down\s+"
    r"the\s+stairs\b",
    rf"(?<!nearly\s)(?<!almost\s)\b(?:choked|chokes|choking|strangled|strangles|throttled)\s+{_WHO}\b"
    r"(?!\s+(?:on|with)\b)",
    r"\b(?:handy|free|quick)\s+with\s+(?:his|her|their)\s+fists\b",
    rf"\b(?:kneels?|kneeling|knelt)\s+on\s+(?:{_WHO}|my\s+(?:chest|back|neck))\b",
    r"\bholds?\s+me\s+(?:down\s+)?on\s+the\s+floor\b",
    r"\b(?:throw\w*|threw)\s+(?:my|her|his)\s+(?:walking\s+)?(?:frame|stick|wheelchair|crutches)\b",
    r"\blocked\s+(?:me\s+)?out\s+(?:in|of)\s+(?:the\s+)?(?:garden|house|flat)\b[^.!?]{0,40}\b(?:when|"
    r"if|because|for\s+(?:hours|an\s+hour))",
    r"\bdrops?\s+me\s+(?:onto|on)\b[^.!?]{0,60}\b(?:cracked|banged|hit|bruis\w*)",
    r"\b(?:he|she)\s+(?:drinks|'s\s+been\s+drinking|has\s+been\s+drinking)\s+(?:and\s+)?i\s+get\s+"
    r"hurt\b",
)
SEXUAL = widened(
    SEXUAL,
    r"\bfilms?\s+me\s+(?:in\s+the\s+)?(?:shower|bath|toilet|undress\w*|getting\s+changed)\b",
    r"\b(?:hand|hands)\s+on\s+my\s+(?:knee|leg|thigh|bum|chest|breasts?)\b[^.!?]{0,30}\b(?:moving|"
    r"moves|up|won't|keeps)\b",
    r"\brubs?\s+(?:my\s+)?(?:inner\s+)?thighs?\b",
    r"\bwants?\s+['\"‘“]?favours['\"’”]?",
    r"\bpay\s+(?:the\s+|my\s+)?rent\s+with\s+sex\b",
    r"\b(?:comment\w*|remarks?)\s+(?:on|about)\s+my\s+(?:breasts?|body|bum|chest|boobs)\b",
    r"\bget\w*\s+in(?:to)?\s+(?:my\s+)?bed\s+with\s+me\b",
    r"\b(?:insists?|wants?)\s+(?:on\s+|to\s+)?(?:helping|help|watch\w*)\s+me\s+(?:in\s+the\s+)?"
    r"(?:shower|bath)\b[^.!?]{0,60}\b(?:can\s+do\s+it\s+myself|shuts\s+the\s+door|locks\s+the\s+door)",
)
PSYCHOLOGICAL = widened(
    PSYCHOLOGICAL,
    r"\bscreams?\s+in\s+my\s+face\b",
    r"\b(?:jokes?|comments?|digs)\s+about\s+my\s+(?:weight|size|body|disability|colour|accent|"
    r"wheelchair)\b[^.!?]{0,40}\b(?:every\s+day|all\s+the\s+time|always|daily|every\s+time)",
    r"\bmake\s+my\s+life\s+(?:miserable|hell|a\s+misery)\b",
    r"\btakes?\s+my\s+(?:tablet|phone|ipad|radio|telly)\s+away\s+if\s+i\s+(?:cry|complain|shout|"
    r"don't)",
)
DOMESTIC = widened(
    DOMESTIC,
    r"\b(?:opens?|reads?)\s+(?:all\s+)?my\s+(?:post|letters)\b[^.!?]{0,40}\b(?:go(?:es)?\s+mad|kicks?\s+off|"
    r"angry|won't\s+let|before\s+i)",
    r"\b(?:jealous|angry|goes\s+mad)\s+if\s+i\s+(?:talk|speak|chat)\s+to\b",
    r"\b(?:has|needs|insists\s+on\s+being|wants\s+to\s+be)\s+(?:to\s+be\s+)?(?:there|present)\s+"
    r"(?:for|at|during)\s+(?:every|all|any)\s+(?:visits?|appointments?|calls?)\b",
    r"\b(?:can't|cannot|can\s+not)\s+speak\s+(?:freely|openly)\s+when\s+(?:he|she)\b",
    r"\bwithout\s+(?:\w+'s\s+)?say\s*-?\s*so\b",
)
FINANCIAL = widened(
    FINANCIAL,
    r"\bkeeps?\s+the\s+change\b[^.!?]{0,40}\breceipts?\b",
    r"\btakes?\s+(?:it|my\s+pension|my\s+money|my\s+benefits)\s+straight\s+off\s+me\b",
    r"\b(?:has|had|'s\s+had|got)\s+my\s+(?:bank\s+)?card\s+since\b",
    r"\bkeeps?\s+(?:it|my\s+(?:bank\s+)?card)\s+in\s+(?:her|his)\s+(?:purse|wallet|pocket|bag)\b",
    r"\b(?:sent|send|given|transferred)\s+(?:him|her)\s+(?:about\s+)?(?:£?\d[\d,]*|\w+\s+thousand)\b"
    r"[^.!?]{0,40}\b(?:flights?|tickets?|visa|customs|hospital\s+bill)\b",
    r"\blets?\s+(?:them|callers|him|her|the\s+caller)\s+(?:in|on\s+(?:her|his|my)\s+computer)\s+"
    r"remotely\b",
    r"\bcurse\b[^.!?]{0,60}\bsend\s+(?:her|him|them)\s+more\b",
    r"\bgets\s+my\s+money\s+and\s+i\s+get\s+some\s+when\b",
    r"\b(?:big|large)\s+withdrawals\b",
    r"\b(?:take|takes|took)\s+whatever'?s\s+in\s+(?:there|my\s+account|the\s+account)\b",
    r"\b(?:cash|cash\s+in|empty)\s+my\s+(?:isa|savings|pension)\s+for\s+(?:her|his|their)\b",
    r"\blets?\s+me\s+have\s+my\s+(?:savings|money|pension|card)\s+back\b",
)
MODERN_SLAVERY = widened(
    MODERN_SLAVERY,
    r"\bsleep\w*\s+in\s+(?:their|the|his|her)\s+shed\b|\bwork\w*\s+for\s+(?:food|my\s+keep|no\s+pay)\b(?![^.!?]{0,20}\b(?:charity|volunteer\w*))",
    r"\bkeeps?\s+my\s+wages?\s+for\b|\btakes?\s+all\s+my\s+(?:pay|wages)\b",
    r"\bclean\s+for\s+(?:my\s+)?\w+'s\s+family\b[^.!?]{0,20}\bcan't\s+go\s+out\b",
    r"\b(?:use|uses|using)\s+(?:him|her|them|me)\s+to\s+(?:deliver|carry|run|sell)\b",
)
ORGANISATIONAL = widened(
    ORGANISATIONAL,
    r"\bone\s+(?:hoist\s+)?sling\s+for\s+(?:everybody|everyone|all)\b",
    r"\bkitchen\s+(?:is|gets)\s+locked\b[^.!?]{0,40}\b(?:staff\s+have\s+the\s+key|after\s+\d|for\s+"
    r"all|all\s+of\s+us|can't\s+get)",
    r"\b(?:everyone|all\s+of\s+us)\s+in\s+the\s+same\s+(?:colour\s+)?(?:tabards|bibs|t-?shirts)\b|\bput"
    r"\s+everyone\s+in\s+the\s+same\b",
    r"\b(?:residents|we|patients)\s+can't\s+have\s+visitors\s+after\b",
    r"\beveryone'?s?\s+(?:is\s+)?bathed\s+once\s+a\s+week\b",
    r"\b(?:get|gets|got)\s+us\s+all\s+up\s+at\s+\d",
    r"\b(?:all|everyone)\s+(?:people\s+)?must\s+eat\s+at\s+(?:the\s+)?same\b",
    r"\bgave\s+everyone\s+something\s+at\s+(?:tea|bed|night)\s*time\b",
    r"\btook\s+our\s+(?:shoes|clothes|phones)\b",
    r"\bfeed\s+(?:ten|twelve|\d+)\s+of\s+us\s+in\b",
    r"\brestraint\s+chair\b",
)
NEGLECT = widened(
    NEGLECT,
    r"\bno\s+water\s+(?:left\s+)?(?:near|by|beside)\s+me\b",
    r"\b(?:no\s+one|nobody)\s+help\w*\s+me\s+(?:to\s+)?(?:the\s+)?(?:toilet|loo|eat)\b[^.!?]{0,20}\b(?:"
    r"wait|hours)",
    r"\bput\s+(?:the\s+)?food\s+(?:down\s+)?and\s+go\b|\bnobody\s+help\s+me\s+eat\b",
    r"\bsame\s+pad\s+from\b",
    r"\b(?:miss|missed|misses|missing|skip|skipped|skips|skipping|forget|forgot|forgets|forgetting)\s+"
    r"my\s+(?:parkinson'?s|heart|"
    r"insulin|epilepsy|blood\s+pressure)\s+(?:tablets|meds|medication|ones)\b",
    r"\bgo\s+(?:two|three|four|\d)\s+(?:or\s+\w+\s+)?days\s+without\s+my\s+(?:\w+\s+)?(?:tablets|meds|"
    r"medication|ones|insulin)\b",
)
SELF_NEGLECT = widened(
    SELF_NEGLECT,
    r"\b(?:haven't|have\s+not|not)\s+put\s+a\s+bin\s+out\b",
    r"\bcancelled\s+the\s+carers\b[^.!?]{0,60}\b(?:ulcer|worse|nurse|sore)",
    r"\b(?:don't|do\s+not|dont)\s+(?:really\s+)?eat\s+any\s?more\b",
    r"\b(?:don't|do\s+not|dont)\s+drink\s+(?:water\s+)?much\s+any\s?more\b",
    r"\b(?:feet|foot|toes|leg)\s+(?:have|has)\s+gone\s+a\s+(?:funny|black|strange)\s+colou?r\b",
    r"\bnot\s+clearing\s+the\s+house\b[^.!?]{0,20}\brats\b",
    r"\brationing\s+my\s+(?:tins|food)\b",
)
DISCRIMINATORY = widened(
    DISCRIMINATORY,
    r"\bgo\s+back\s+to\s+the\s+jungle\b",
    r"\bcall\s+(?:me|him|her)\s+['\"‘“]it['\"’”]",
    r"\bliving\s+in\s+sin\b",
    r"\b(?:women|people|men|folk)\s+with\s+(?:my\s+)?(?:mental\s+health|learning\s+disabilities|"
    r"autism|a\s+learning\s+disability)\s+(?:are|can't|cannot|always)\b",
    r"\bwouldn't\s+let\s+me\s+join\s+because\b",
    r"\bthe\s+proper\s+(?:dancers|people|members)\b",
    r"\bshouting\s+about\s+my\s+wheelchair\b|\bbroken\s+my\s+ramp\b",
)
