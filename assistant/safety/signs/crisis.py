"""The crisis families: the strong signs (act at once) in the order they are tried, and the
weak ones (ask "are you safe?" unless something explains them away)."""

from __future__ import annotations

import re

from assistant.safety.signs.crisis_intent import PLAN
from assistant.safety.signs.crisis_means import SELF_HARM
from assistant.safety.signs.crisis_plain import SELF_HARM_WORSE
from assistant.safety.signs.crisis_seen import (
    ACTING_NOW,
    ATTEMPT_AGAIN,
    BURDEN,
    CODED,
    CODED_ASK,
    EMERGENCY,
    FINALITY,
    GOODBYE,
    INTENT,
    MEANS,
    REPORTED,
    THREAT,
    WISH_TO_BE_GONE,
)
from assistant.safety.signs.words import DRINK, MEDS, any_of, widened

__all__ = ["CRISIS_STRONG", "CRISIS_WEAK"]

# --- crisis: act at once ------------------------------------------------------------------------

# the order is the order of the search, and of the names in a decision's reason
CRISIS_STRONG: dict[str, re.Pattern[str]] = {
    "means": MEANS,
    "plan": PLAN,
    "intent": INTENT,
    "burden": BURDEN,
    "goodbye": GOODBYE,
    "finality": FINALITY,
    "attempt_again": ATTEMPT_AGAIN,
    "acting_now": ACTING_NOW,
    "emergency": EMERGENCY,
    "reported": REPORTED,
    "self_harm": widened(SELF_HARM, SELF_HARM_WORSE),
    "threat": THREAT,
}


# a comparison with something other than living ("than go in a home") is a preference
_NOT_THAN = r"(?![^.!?]{0,40}\bthan\s+(?!here\b|this\b|like\s+this|alive|living|be\s+here))"

# a pet looked after while the person is away, or rehomed for a move, a landlord or an allergy, is
# an arrangement, not a goodbye (ninth session)
_AWAY = (
    r"(?![^.!?]{0,80}\b(?:if\s+(?:i|we)\s+(?:go|have\s+to\s+go|end\s+up|am|'m)\s+(?:in|into)\s+"
    r"(?:hospital|a\s+home|respite|care)|while\s+(?:i'm|i\s+am|we're)\s+(?:in|away|on)|when\s+"
    r"(?:i'm|i\s+am)\s+(?:in\s+hospital|away|on\s+holiday)|moving|move|landlord|no\s+pets|"
    r"allerg\w*|can't\s+(?:walk|cope\s+with|manage|look\s+after)|sheltered|flat\s+doesn't))"
)

# --- crisis: ask ----------------------------------------------------------------------------

CRISIS_WEAK: dict[str, re.Pattern[str]] = {
    "hopeless": any_of(
        r"\b(?:no|not\s+any|lost\s+(?:all|any))\s+(?:point|hope|future|reason)\b",
        r"\bwhat'?s\s+the\s+point\b",
        r"\b(?:pointless|hopeless|worthless|useless\s+to\s+everyone)\b",
        # "that can't go on" is about an arrangement ("he's 80 himself, so that can't go on")
        r"(?<!\bthat\s)(?<!\bthis\s)(?<!\bit\s)(?<!\bthings\s)(?<!\bwhich\s)\b(?:can't|cannot)\s+"
        r"(?:cope|go\s+on|do\s+this|face|see\s+a\s+way|see\s+the\s+point|see\s+a\s+future|carry\s+"
        r"on|take\s+(?:it|much))\b"
        # (not "can't cope with shouting": a thing the person cannot bear; sixteenth session)
        r"(?!\s+with\s+(?:\w+\s+)?(?:noise|noises|shouting|loud\w*|crowds|change|changes|strangers|"
        r"smells|bright|lights|heat|stairs|queues|being\s+rushed|rushing|mess|clutter|waiting)\b)",
        r"\b(?:give|given|giving)\s+up\s+(?:on\s+(?:life|everything|myself)|completely|on\s+it\s+"
        r"all)",
        r"\b(?:trapped|no\s+way\s+out|at\s+the\s+end\s+of\s+my\s+(?:tether|rope))\b",
        r"\b(?:tired|sick)\s+of\s+(?:it\s+all|everything|living|life|being\s+alive|being\s+me|"
        r"being\s+here)\b",
        r"\b(?:don't|do\s+not)\s+(?:see\s+the\s+point|care\s+(?:any\s*more|what\s+happens\s+to"
        r"\s+me)|want\s+to\s+(?:wake|get\s+up\s+any\s*more))",
        r"\b(?:wish|wishing)\s+(?:i|he|she)\s+(?:could\s+)?(?:disappear|vanish|not\s+exist|"
        r"wasn't\s+here|were\s+gone)",
        r"\b(?:empty|numb|dark\s+place|dark\s+thoughts|bad\s+thoughts|black\s+hole|in\s+a\s+"
        r"bad\s+way|rock\s+bottom|falling\s+apart|breaking\s+down|can't\s+stop\s+crying)\b",
        r"\b(?:not|don't)\s+(?:want|wanna)\s+to\s+be\s+(?:here|around)\b",
        r"\bwhat'?s\s+(?:it\s+all\s+)?for\b",
    ),
    # arranging not to be found, and finding a home for a pet: asked about, not acted on alone
    "arranging": any_of(
        # read as a whole sentence: lying unfound after a fall is a fear (ninth session)
        r"(?:^|(?<=[.!?]))\s*(?![^.!?]*\b(?:fall|falls|fell|falling|fallen|trip|collaps\w*|floor|"
        r"pendant|alarm|careline|lifeline|days\s+later|for\s+days|till\s+morning|until\s+morning|"
        r"lying\s+there|poorly|taken\s+ill|heart\s+attack|stroke)\b)[^.!?]*?\b(?:so|where|"
        r"somewhere)\s+(?:nobody|no\s+one|no-one|noone)\s+(?:will\s+|can\s+|'ll\s+|would\s+)?"
        r"(?:find|finds|found|stop|stops|disturb|disturbs|interrupt)\s+me\b",
        r"\b(?:make\s+sure|see\s+that)\s+(?:my|the)\s+(?:cat|dog|pets?|budgie|bird|rabbit|parrot|"
        r"fish|hamster)\s+(?:\w+\s+)?(?:goes|go|gets\s+(?:taken|looked\s+after))\s+to\b" + _AWAY,
        r"\b(?:rehom\w*|find\s+a\s+(?:new\s+)?home\s+for|found\s+a\s+(?:new\s+)?home\s+for)\s+"
        r"(?:my|the)\s+(?:cat|dog|pets?|budgie|bird|rabbit|parrot)\b" + _AWAY,
        # giving belongings away (NHS and Samaritans warning signs; eleventh session)
        r"(?<!always\s)\bgiv(?:ing|en|e)\s+(?:all\s+)?(?:my\s+)?(?:things|stuff|belongings|"
        r"possessions|everything)\s+away\b(?![^.!?]{0,30}\b(?:to\s+(?:people|charity|others|those|"
        r"friends|neighbours|anyone)|who\s+need))" + _AWAY,
    ),
    # a wish to be dead or gone, said of oneself (IS PATH WARM's "ideation"): passive, with no
    # plan or time, so not acted on at once; but never passed by either, whatever the
    # classifier reads ("a typical week is me wishing I was dead", eighth session)
    "death_wish": any_of(
        r"\b(?:wish|wishing|wished|wishes)\s+(?:i|i'd|id)\s+(?:was|were|had\s+been|'d\s+been|"
        r"could\s+be|could\s+just\s+be)\s+(?:dead|gone|six\s+feet\s+under)\b",
        r"\b(?:wish|wishing|wished|pray\w*|hope|hoping)\s+(?:that\s+)?(?:i|i'd)\s+(?:could\s+)?"
        r"(?:just\s+)?(?:die|didn't\s+wake|don't\s+wake|wouldn't\s+wake|won't\s+wake|never\s+"
        r"wake|hadn't\s+woken|wasn't\s+alive|weren't\s+alive|was\s+never\s+born|had\s+never\s+"
        r"been\s+born|go\s+to\s+sleep\s+and\s+not\s+wake)",
        r"\blong(?:ing)?\s+(?:for\s+(?:death|the\s+end|it\s+all\s+to\s+end)|to\s+(?:die|be\s+"
        r"dead|be\s+gone))\b|\b(?:death|dying)\b[^.!?]{0,30}[.!?]?\s*i\s+long\s+for\s+it\b",
        # "I'd rather be dead than go in a home" is a bottom line, said the way people say it
        r"\b(?:better\s+off|rather\s+be|sooner\s+be)\s+dead\b" + _NOT_THAN,
        r"\b(?:i|i'd|id|i'm|im)\s+(?:\w+\s+){0,2}(?:to\s+)?(?:just\s+)?(?:disappear|vanish)\w*\W{1,3}"
        r"(?:\w+\W{1,3}){0,1}(?:forever|for\s+good|for\s+ever|permanently)\b",
        r"\bwant\s+(?:it\s+all|everything|my\s+life|this\s+life|life)\s+to\s+(?:end|stop|be\s+"
        r"over)\b",
        r"\b(?:wish|wishing|wished)\s+(?:the|my|that)\s+(?:\w+\s+){0,2}had\s+(?:killed|taken|"
        r"finished)\s+me\b",
        # "I wish I could sleep for ever": a wish, asked about, not a plan
        r"\b(?:wish|wishing)\s+i\s+could\s+(?:just\s+)?sleep\s+(?:for\s+ever|forever|and\s+never)\b",
        r"\b(?:don't|do\s+not|dont)\s+want\s+to\s+(?:be\s+alive|live\s+any\s*more|exist|be\s+"
        r"on\s+this\s+earth)\b",
        r"\b(?:rather|sooner)\s+be\s+(?:with\s+(?:my\s+)?\w+\s+)?in\s+the\s+(?:cemetery|grave|"
        r"ground|churchyard|crem\w*)\b" + _NOT_THAN,
        # not sure one wants to be here at all (tenth session)
        r"\b(?:(?:don't|dont|do\s+not)\s+know|not\s+sure|unsure)\s+(?:if|whether|that)?\s*i\s+"
        r"(?:even\s+|really\s+)?want\s+to\s+(?:be\s+here|be\s+alive|live|go\s+on|carry\s+on|keep\s+"
        r"going|wake\s+up|exist)\b(?=\s*(?:[.!?,;]|$|any\s*more|at\s+all|now|like\s+this|tbh|"
        r"honestly|really|anymore))",
        # slipping away, another winter, "should have died back then" (thirteenth session)
        WISH_TO_BE_GONE.pattern,
    ),
    "death_words": any_of(
        r"\b(?:die|dying|dead|death|suicid\w*|kill|killing|overdose|end\s+it|end\s+my|"
        r"funeral|goodbye|gone\s+for\s+good|heaven|grave|rope|noose|jump|unalive)\b",
    ),
    "means_plain": any_of(
        rf"\b(?:stockpil\w*|saving\s+up|hoard\w*|stash\w*)\b[^.!?]{{0,30}}{MEDS}",
        # boxes of tablets counted, or tablets mixed and kept somewhere (asked about, never acted
        # on alone: carers keep boxes of tablets too; eighth session)
        rf"\b(?:\d|two|three|four|five|six|seven|eight|nine|ten)\s+(?:boxes|packets|packs|strips)\s+"
        rf"of\s+(?:\w+\s+)?{MEDS}\b[^.!?]{{0,40}}\b(?:under\s+(?:my|the)\s+(?:bed|mattress|pillow)|"
        rf"hidden|saved|in\s+my\s+(?:room|wardrobe|bag|handbag|coat))",
        rf"\b(?:mixed|crushed|saved|collected)\b[^.!?]{{0,40}}{MEDS}[^.!?]{{0,60}}\b(?:jar|tin|"
        rf"handbag|bag|box|envelope|sock)\b",
        # closer to an edge each time
        r"\b(?:nearer|closer)\s+(?:to\s+)?the\s+edge\s+(?:each|every)\s+(?:time|night|day|week)\b",
        rf"\b\d{{2,3}}\s+(?:\w+\s+)?{MEDS}\b",
        rf"\b{MEDS}\b[^.!?]{{0,40}}\b{DRINK}\b",
    ),
    # a time or a "doing it" with nothing it is for (eleventh session): asked about
    "coded": CODED,
    # the same, specific enough to be asked about always (twelfth session)
    "coded_ask": CODED_ASK,
}
