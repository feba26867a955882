"""Harm that comes through other people, phones and money, found in the thirteenth session.

Training examples of these kinds made the classifier ask about too many ordinary answers about
friends, family and money (docs/SAFETY.md, "Thirteenth session"), so the kinds are read here as
signs instead, in what the Care Act statutory guidance (14.17), the Home Office's guidance on
county lines and cuckooing, the Forced Marriage Unit, Action Fraud's advice on romance fraud and
the Children's Society on young carers describe, in everyday words of our own:

- widened strong families (act at once): money asked for by someone met online; carrying or
  selling for others to pay off a debt; a marriage the person is made to go through; staff who
  film the people they care for; someone's tics, walk or signing copied to mock them;
- a weak family, `through_others` (always asked about, never acted on alone): friends who moved
  in and will not leave, someone else holding the person's passwords or logging in as them,
  saying no to a marriage the family arranged, and a child under 18 giving care or missing school
  to do it.

`safeguarding.py` takes the families from here."""

from __future__ import annotations

from assistant.safety.signs.disclosures_told import (
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
)
from assistant.safety.signs.words import any_of, widened

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
    "THROUGH_OTHERS",
]

_PARTNER = r"(?:girlfriend|boyfriend|gf|bf|partner|fianc[eé]e?|lady|man|woman|friend|bloke|fella)"
_ONLINE = (
    r"(?:online|on\s+(?:the\s+)?(?:internet|facebook|fb|insta(?:gram)?|tiktok|snapchat|whatsapp|"
    r"a\s+game|the\s+game|an?\s+app|the\s+app|a\s+dating\s+site)|off\s+(?:a|the)\s+(?:game|app|"
    r"dating\s+site|internet)|i\s+(?:met|found)\s+online|i've\s+never\s+met|never\s+met\s+(?:him|"
    r"her)|in\s+(?:america|the\s+army|nigeria|ghana|malaysia|the\s+states|dubai|turkey))"
)
_WANTS_MONEY = (
    r"(?:needs?|needed|wants?|wanted|asks?|asked|asking|owes?|stuck\s+for|sent|send|sending|"
    r"promised|paid|pay|paying|lend|lent)\b[^.!?]{0,40}\b(?:money|cash|£\s?\d+|\d+\s?(?:k|grand|quid)|"
    r"savings|pension|pip|benefits|visa|fees?|flights?|tickets?|gift\s+cards?|hospital\s+bills?|"
    r"customs|bank\s+details)"
)

FINANCIAL = widened(
    FINANCIAL,
    # money sent or promised to someone known only online (Action Fraud: romance fraud)
    rf"\b{_PARTNER}\b[^.!?]{{0,30}}\b{_ONLINE}\b[\s\S]{{0,60}}\b{_WANTS_MONEY}\b",
    rf"\b{_ONLINE}\b[^.!?]{{0,30}}\b{_PARTNER}\b[^.!?]{{0,40}}\b{_WANTS_MONEY}\b",
    r"\b(?:sent|send|sending|given|gave)\b[^.!?]{0,30}\b(?:\d+\s?(?:k|grand)|thousands?|my\s+"
    r"savings|all\s+(?:my|her|his)\s+(?:money|savings))\b[^.!?]{0,30}\bto\s+(?:a|an|this|some)\s+"
    r"(?:\w+\s+){0,2}(?:man|woman|bloke|lady|fella)\b[^.!?]{0,20}\b(?:online|off\s+the\s+internet|"
    r"dating|from\s+(?:the\s+)?(?:internet|facebook|an?\s+app))\b",
    r"\bsend\s+money\s+abroad\b[^.!?]{0,30}\bgift\s+cards?\b|\bgift\s+cards?\b[^.!?]{0,40}\b"
    r"(?:to\s+send|for\s+(?:him|her)|abroad|overseas)\b",
)

MODERN_SLAVERY = widened(
    MODERN_SLAVERY,
    # carrying or selling for others, to pay off a debt or because they said so (county lines)
    r"\b(?:i|we)\s+(?:owe|owed)\s+(?:them|him|the\s+lads|the\s+boys|\w+)\b[^.!?]{0,50}\b(?:so\s+i|"
    r"i\s+have\s+to|i've\s+got\s+to|making\s+me)\b[^.!?]{0,30}\b(?:carry|take|drop|deliver|sell|"
    r"mind|hold|run)\w*",
    r"\b(?:parcels?|packages?|bags?|drops?|runs?)\b[^.!?]{0,20}\bfor\s+(?:the\s+lads|the\s+boys|"
    r"them|some\s+lads|a\s+bloke|the\s+olders|my\s+elders)\b",
    r"\b(?:they|he|the\s+lads|the\s+boys)\s+(?:make|made|makes|got|get)\s+me\s+(?:to\s+)?"
    r"(?:carry|sell|deal|hold|mind|take)\s+(?:stuff|things|gear|drugs|weed|bags|parcels|it)\b",
)

PHYSICAL = widened(
    PHYSICAL,
    # a blow told as a habit of the house ("I get a clip round the ear if his tea's late"; set 12
    # read by kind)
    r"\b(?:i|we|she|he|mum|dad)\s+(?:get|gets|got|getting)\s+a\s+(?:clip|cuff|smack|slap|thump|"
    r"belt|whack)\s+(?:round|around|across|on|over)\s+the\s+(?:ear|head|face|legs?|back)\b",
    r"\b(?:gives?|gave|giving)\s+(?:me|her|him|us|mum|dad)\s+a\s+(?:clip|cuff|smack|slap|thump|"
    r"belt|whack)\s+(?:round|around|across|on|over)\s+the\s+(?:ear|head|face|legs?|back)\b"
    r"(?![^.!?]{0,40}\b(?:when\s+(?:i|we)\s+was|as\s+(?:a\s+)?(?:kids?|children|a\s+lad|a\s+girl)|"
    r"years\s+ago))",
)

NEGLECT = widened(
    NEGLECT,
    # appointments a paid carer should take the person to, cancelled, and care lost by it
    r"\b(?:pa|carer|support\s+worker|she|he|they)\s+(?:is|was|are|were)?\s*(?:supposed|meant|paid)"
    r"\s+to\s+take\s+(?:me|him|her)\b[^.!?]{0,60}[.!?]?\s*(?:she|he|they)\s+(?:cancel\w*|missed|"
    r"forgot|never\s+(?:took|came))\b",
)

DOMESTIC = widened(
    DOMESTIC,
    # a marriage the person is made to go through (Forced Marriage Unit)
    r"\b(?:forc\w+|mak\w*|made|pressur\w+|push\w*)\s+(?:me|her|him)\s+(?:in)?to\s+(?:marry|get\s+"
    r"married|be\s+married|a\s+marriage|a\s+wedding)\b",
    r"\b(?:will\s+not|won't|don't\s+want\s+to|do\s+not\s+want\s+to|never)\s+marry\b[\s\S]{0,60}"
    r"\b(?:but|booked|flights?|tickets?|taking\s+me|going\s+back|abroad|back\s+home)\b",
)

ORGANISATIONAL = widened(
    ORGANISATIONAL,
    # staff who film the people they look after, to laugh or to share
    r"\b(?:staff|carers?|workers?|the\s+(?:night|day)\s+(?:staff|lot|shift)|one\s+of\s+(?:them|"
    r"the\s+staff))\b[^.!?]{0,40}\b(?:film|films|filmed|filming|record|records|recorded|video|"
    r"videos|videoed)\s+(?:us|me|him|her|them|residents|it|people)\b",
    r"\b(?:film|films|filmed|filming|records?|recorded)\s+(?:it|us|me|him|her)\b[^.!?]{0,40}\b"
    r"(?:laugh|group\s+chat|social\s+media|tiktok|facebook|send\s+(?:it|to)|post)",
)

DISCRIMINATORY = widened(
    DISCRIMINATORY,
    # someone's tics, walk, voice or signing copied to mock them
    r"\b(?:copy|copies|copied|copying|mock|mocks|mocked|mocking|imitate\w*|take\s+the\s+mick\s+"
    r"out\s+of)\s+(?:my|his|her|their)\s+(?:tics?|walk|limp|voice|stammer|stutter|"
    r"accent|signs?|signing|speech|wheelchair|twitch\w*)\b",
    r"\b(?:do|doing|does|make|making)\s+signs\s+at\s+(?:him|her|me|them)\b",
)

_CHILD = (
    r"(?:(?:my|our|his|her)\s+(?:eldest|youngest|oldest|little\s+one|son|daughter|boy|girl|lad|"
    r"lass|kid|child|grandson|granddaughter)(?:\s+\w+)?[,\s]+(?:is\s+|who'?s\s+|aged\s+|age\s+|she's\s+|"
    r"he's\s+)?(?:[4-9]|1[0-7])\b|(?:my|our)\s+(?:[4-9]|1[0-7])\s*(?:yr|year|your)s?[\s-]*old|"
    r"\b(?:[4-9]|1[0-7])\s*(?:yr|year|your)s?[\s-]*old\s+(?:son|daughter|boy|girl|does|helps|gets|"
    r"makes|cooks))"
)
_CARE_TASK = (
    r"(?:does|do|did|doing|gives?|giving|helps?\s+(?:me\s+)?with|sorts?|manages?|washes|wash|"
    r"cooks?|changes?|baths?)\s+(?:me|my|me\s+and)?\s*(?:\w+\s+)?(?:meds|medication|medicine|"
    r"tablets|insulin|injections?|dressings?|personal\s+care|toilet\w*|bag\s+changes?|stoma|"
    r"nights?|banking|bills|creams?|shower\w*|bath\w*|everything|the\s+lifting|catheter)"
)

THROUGH_OTHERS = any_of(
    # a child doing the care, or missing school for it (Children's Society: young carers)
    rf"{_CHILD}[^.!?]{{0,80}}\b{_CARE_TASK}\b",
    rf"{_CHILD}[^.!?]{{0,80}}\b(?:off|miss\w*|left|leaves|stopped\s+going\s+to|stays?\s+off|late\s+"
    r"for|not\s+been\s+in)\s+(?:\w+\s+){0,2}(?:school|college)\b",
    # (the age told after the care: "my girl does my dressings before school, she's 12")
    rf"\b(?:my|our)\s+(?:son|daughter|boy|girl|lad|lass|kid|eldest|youngest)\b[^.!?]{{0,40}}\b"
    rf"{_CARE_TASK}\b[^.!?]{{0,60}}[.,]?\s*(?:she's|he's|she\s+is|he\s+is)\s+(?:only\s+)?"
    r"(?:[4-9]|1[0-7])\b(?!\s*(?:stone|kg|hours|minutes|miles|years\s+(?:ago|since)))",
    r"\b(?:stays?|stayed|kept|keeps?)\s+(?:off|home\s+from)\s+school\s+to\s+(?:help|look\s+after|"
    r"care\s+for|keep\s+me|do)\b",
    # friends who moved in and will not go (Home Office: cuckooing)
    r"\b(?:mates?|friends?|lads|boys|they|them)\b[^.!?]{0,30}\b(?:moved\s+in(?:to\s+mine)?|live\s+at\s+"
    r"mine|stay\s+at\s+mine|living\s+at\s+mine|staying\s+at\s+mine)\b[^.!?]{0,60}\b(?:own\s+key|"
    r"won't\s+(?:go|leave)|can't\s+(?:make\s+them|get\s+them\s+to)\s+(?:leave|go)|without\s+asking|"
    r"all\s+hours|at\s+all\s+times|people\s+(?:coming|knocking|at\s+the\s+door))",
    r"\bcan't\s+(?:make|get)\s+(?:them|him|her)\s+(?:to\s+)?(?:leave|go|move\s+out)\b",
    r"\bpeople\s+(?:coming\s+to|knocking\s+(?:at|on)|at)\s+(?:the|my)\s+door\s+(?:at\s+)?all\s+hours\b",
    # someone else holding the passwords, or acting as the person online or with the bank
    r"\b(?:he|she|they|my\s+\w+)\s+(?:has|have|has\s+got|'s\s+got|took|takes|keeps?|"
    r"changed)\s+(?:all\s+)?my\s+(?:passwords?|log-?ins?|banking\s+app|bank\s+log-?in)\b",
    r"\b(?:logs?\s+(?:on|in)|posts?|rings?\s+the\s+bank|signs?\s+in)\s+as\s+me\b",
    r"\b(?:reads?|checks?|goes\s+through)\s+my\s+(?:inbox|emails?|call\s+log|log|dms|whatsapp)\b",
    # saying no to a marriage the family arranged
    r"\b(?:said|say|saying)\s+no\s+to\s+(?:the|a|this|that|my)\s+(?:husband|wife|match|marriage|"
    r"engagement|rishta)\b",
)
