"""The safeguarding families: the strong signs (act at once) in the order they are tried, and
the weak ones (ask)."""

from __future__ import annotations

import re

from assistant.safety.signs.disclosures_seen import (
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
from assistant.safety.signs.words import any_of, widened

__all__ = ["SAFEGUARDING_STRONG", "SAFEGUARDING_WEAK"]

# --- safeguarding: act at once ----------------------------------------------------------------

# the order is the order of the search, and of the names in a decision's reason
SAFEGUARDING_STRONG: dict[str, re.Pattern[str]] = {
    "financial": FINANCIAL,
    "sexual": SEXUAL,
    "psychological": PSYCHOLOGICAL,
    "physical": PHYSICAL,
    "modern_slavery": MODERN_SLAVERY,
    "discriminatory": DISCRIMINATORY,
    "organisational": ORGANISATIONAL,
    "neglect": NEGLECT,
    "self_neglect": SELF_NEGLECT,
    "domestic": DOMESTIC,
}

# --- safeguarding: ask ------------------------------------------------------------------------


FEAR = any_of(
    r"\b(?:scared|frightened|afraid|terrified|petrified|nervous)\s+(?:stiff\s+)?(?:of|to\s+go\s+"
    r"home|when|to\s+be)\b"
    # (not a fear that is a need or a worry for later: falling, the dark, a care home; eleventh
    # session)
    r"(?!\s+(?:the\s+dark|falling|fall\w*|heights|dogs|spiders|needles|choking|the\s+stairs|the\s+"
    r"bath|going\s+out\s+on\s+my\s+own|being\s+on\s+my\s+own\s+at\s+night|(?:being\s+)?(?:put|"
    r"moved|sent|going|ending\s+up)\s+(?:in|into)\s+a\s+(?:care\s+|nursing\s+)?home|(?:the|my|"
    r"this|a)\s+(?:\w+\s+)?(?:review|reassessment|assessment|tribunal|brown\s+envelopes?|forms?)\b))",
    r"\b(?:bruises?|bruised|black\s+eye)\b",
    r"\b(?:shouts?|shouted|shouting|yells?|yelled|screams?|screamed|swears?|swore)\s+at\s+"
    r"(?:me|her|him|mum|dad)\b",
    r"\b(?:rough|hurts?\s+(?:me|her|him))\b",
    r"\b(?:money|pension|card)\b[^.!?]{0,40}\b(?:goes|gone|missing|never|takes|took|"
    r"keeps|spends|spent)\b",
    r"\b(?:not\s+safe|unsafe|in\s+danger|abus\w*|bully\w*|neglect\w*|mistreat\w*)\b",
    r"\b(?:won't\s+let|doesn't\s+let|not\s+allowed)\b",
    r"\b(?:nobody\s+comes|no\s+one\s+comes|on\s+my\s+own\s+for\s+days|left\s+alone)\b",
    r"\b(?:stopped\s+(?:eating|taking)|not\s+eating|not\s+washing|can't\s+look\s+after\s+"
    r"(?:my|him|her)self)\b",
)

FEAR = widened(
    FEAR,
    # someone being belittled until they believe it
    r"\b(?:says?|said|tells?\s+me|told\s+me|telling\s+me)\s+(?:that\s+)?(?:i'm|i\s+am|i've|my|"
    r"that's|it's)\b[^.!?]{0,50}\b(?:fake|useless|worthless|pathetic|a\s+joke|stupid|thick|no\s+"
    r"good|good\s+for\s+nothing|only\s+good\s+thing|ugly|disgusting)\b",
    r"\b(?:i\s+)?(?:believe|believed)\s+(?:her|him|them|it)\s+now\b",
    # watched and checked up on
    r"\b(?:checks?|checking|goes\s+through|reads?|tracks?|tracking|monitors?)\s+(?:all\s+)?my\s+"
    r"(?:phone|messages|texts|emails|post|location|bank|purse|bag)\b",
    # someone at home who "kicks off", and a night spent away from home because of it
    r"\b(?:he|she|they|my\s+\w+)\s+(?:kicks?\s+off|kicked\s+off|loses\s+it|lost\s+it|goes\s+off"
    r"\s+on\s+one|flips|flipped)\b",
    r"\b(?:slept|sleep|sleeping|stayed|spent\s+the\s+night)\s+in\s+the\s+car\b[^.!?]{0,40}\b(?:kids|"
    r"children|baby|him|her|again|get\s+away)",
    r"\b(?:talks?|talked|speaks?|spoke|decisions?)\s+(?:\w+\s+){0,3}(?:to|with|about)\s+(?:my\s+)?"
    r"\w+\s+instead\s+of\s+me\b|\bover\s+my\s+head\b|\bas\s+if\s+i'm\s+not\s+(?:there|here)\b",
)
# the tenth session (set 9 read by kind): care that is meant to happen and does not, post left
# unopened, a person not fed while their animals are
FEAR = widened(
    FEAR,
    r"\b(?:carers?|pa|staff|she|he|they|agency)(?:\s+(?:is|are|was|were)|'s|'re)?\s+(?:meant|"
    r"supposed)\s+to\s+"
    r"(?:cook|make|do|give|get|help|wash|change|feed)\b[\s\S]{0,60}\b(?:i\s+(?:have|get|just\s+have|"
    r"eat|end\s+up)|but\s+(?:never|doesn't|don't|didn't|they\s+don't|she\s+doesn't|he\s+doesn't)|"
    r"never\s+(?:do|does|did))\b",
    r"\b(?:don't|doesn't|won't|never|stopped|haven't|hasn't|not)\s+open(?:ing|ed)?\s+(?:my|his|her|"
    r"the|any)?\s*(?:post|"
    r"letters|mail|bills)\b",
    r"\b(?:i'm|i\s+am|im|he's|she's)\s+not\s+(?:really\s+)?(?:fed|eating)\b",
    r"\bstopped\s+(?:me|her|him)\s+(?:from\s+)?"
    r"(?:seeing|visiting|ringing|phoning|talking\s+to|speaking\s+to|for\s+(?:a|\d+|two|three|six)"
    r"\s+(?:years?|months?|weeks?))\b",
)
# afraid of a person at home: not explained away by a fear or a wish, because it is the sign
AFRAID_OF_SOMEONE = any_of(
    r"\b(?:scared|frightened|afraid|terrified|petrified|dread\w*|panic\w*|shaking|freeze|"
    r"tense\s+up)\b[^.!?]{0,40}\b(?:when\s+(?:he|she|they)\s+(?:comes?|gets?|walks?)\s+(?:in|home|"
    r"back)|(?:hear|heard|hearing)\s+(?:his|her|their)\s+(?:key|car|van|footsteps|voice|feet)|"
    r"(?:he|she)'s\s+(?:due\s+)?(?:home|back))",
    r"\bwalking\s+on\s+eggshells\b",
)

# told that nobody else would have them (eleventh session): asked about, not acted on alone
FEAR = widened(
    FEAR,
    r"\b(?:nobody|no\s+one|no-one)\s+else\s+would\s+(?:want|put\s+up\s+with|work\s+for|have)\s+"
    r"(?:me|her|him)\b",
)

SAFEGUARDING_WEAK: dict[str, re.Pattern[str]] = {
    "fear": FEAR,
    "afraid_of_someone": AFRAID_OF_SOMEONE,
    # friends who will not leave, passwords held, a marriage refused, a child doing the care
    # (thirteenth session): always asked about
    "through_others": THROUGH_OTHERS,
    # one meal in days, bedding unchanged for months, small loans to friends grown to hundreds
    # (fourteenth session): always asked about
    "going_without": GOING_WITHOUT,
}
