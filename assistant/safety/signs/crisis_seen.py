"""Crises told through what is in the room, found in the sixteenth session (set 15 read by kind,
never copied; each case in `tests/safety/test_sixteenth_kinds.py` is in words of our own). The
kinds are the NHS and Samaritans warning signs and the emergencies NHS 111 sends to 999:

- tablets lined up or counted out somewhere, with a wish not to be here beside them;
- a day named as "the day", with a plan kept for weeks (asked about: a trip is planned too);
- driving off a harbour wall, a quay or a cliff, said of oneself;
- a scald or a burn blistering or taking the skin off, and large or spreading;
- a weapon in someone's hand with a threat to kill said over it, even with an "if" ("if I go
  near him" is when, not whether);
- a wish to join someone who has died ("Mum died in the spring and I want to join her"): asked
  about, as a wish to be dead is;
- everything put in order "before I go", with no place or trip after it: asked about; with
  things given away or contracts cancelled beside it, a goodbye.

`crisis.py` takes the widened families from here."""

from __future__ import annotations

from assistant.safety.signs.crisis_hedged import (
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
from assistant.safety.signs.words import DIED, MEDS, widened

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

# tablets lined up or counted out, and not wanting to be here (a dosette box is the week's doses)
_LINED_UP = (
    rf"\b{MEDS}\b[^.!?]{{0,40}}\b(?:lined\s+up|laid\s+out|counted\s+out|in\s+(?:a\s+)?(?:pile|row|"
    r"heap)s?)\b(?![^.!?]{0,40}\b(?:dosette|blister|pill\s+box|organiser|nomad|for\s+the\s+week))"
)
_NOT_HERE = (
    r"(?:(?:don't|dont|do\s+not)\s+want\s+to\s+be\s+(?:here|alive|around)|(?:can't|cannot|can\s+not)"
    r"\s+(?:do\s+this|go\s+on|carry\s+on)|(?:had|have)\s+enough|ready\s+to\s+go|done\s+with\s+(?:it|"
    r"life|everything))"
)
ACTING_NOW = widened(
    ACTING_NOW,
    rf"{_LINED_UP}[\s\S]{{0,120}}\b{_NOT_HERE}",
    rf"\b{_NOT_HERE}\b[\s\S]{{0,120}}{_LINED_UP}",
)

# "Friday's the day. I've had it planned for months": a day with nothing after it, and a plan
_THE_DAY = (
    r"\b(?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"the\s+weekend|next\s+week)(?:'s|\s+is|\s+will\s+be)\s+the\s+(?:day|night)\s*(?:[.!,;]|$)"
)
_PLANNED_IT = (
    r"\b(?:had|have|got|'ve\s+had|'ve\s+got)\s+it\s+(?:all\s+)?(?:planned|worked\s+out|sorted)\b|"
    r"\b(?:it's|its|it\s+is|been)\s+(?:all\s+)?planned\b|\bplanned\s+it\b"
)
CODED_ASK = widened(
    CODED_ASK,
    rf"{_THE_DAY}[\s\S]{{0,100}}(?:{_PLANNED_IT})",
    rf"(?:{_PLANNED_IT})[\s\S]{{0,100}}{_THE_DAY}",
)

# driving off a harbour wall, a quay, a pier or a cliff, said of oneself
PLACES = r"(?:harbour\s+wall|harbour|quay|quayside|pier|jetty|cliff|cliffs|cliff\s+edge|sea\s+wall)"
MEANS = widened(
    MEANS,
    rf"\b(?:i'm|im|i\s+am|i'll|ill|i\s+will|i'm\s+going\s+to|going\s+to|gonna)\s+(?:just\s+)?"
    rf"(?:driving|drive|drove|put\s+the\s+car|put\s+my\s+car|take\s+the\s+car)\s+(?:straight\s+)?"
    rf"(?:off|over|into)\s+(?:the\s+|a\s+)?(?:\w+\s+)?{PLACES}\b",
)

# a scald or a burn that is blistering or taking the skin off, and large or spreading
_HOT = (
    r"(?:scald\w*|burn|burnt|burned|burns|boiling|kettle|hot\s+(?:water|oil|fat|pan|tea|coffee)|"
    r"chip\s+pan|iron|fire)"
)
_SKIN = (
    r"(?:blister\w*|skin(?:\s+is|'s|\s+has)?\s+(?:coming|peeling|hanging|came|gone|going)\s+"
    r"(?:off|up|away|white)|raw\s+and\s+weeping|gone\s+(?:white|black))"
)
_BAD = (
    r"(?:really\s+bad|very\s+bad|so\s+bad|big|huge|massive|large|all\s+over|spreading|the\s+whole|"
    r"screaming|won't\s+stop|can't\s+stop)"
)
EMERGENCY = widened(
    EMERGENCY,
    rf"\b{_HOT}\b[\s\S]{{0,100}}\b{_SKIN}[\s\S]{{0,80}}\b{_BAD}\b",
    rf"\b{_HOT}\b[\s\S]{{0,100}}\b{_BAD}\b[\s\S]{{0,80}}\b{_SKIN}",
)

# a weapon in someone's hand, with a threat to kill said over it
_WEAPON = (
    r"(?:knife|knives|blade|machete|axe|hatchet|cleaver|hammer|gun|shotgun|rifle|bat|crowbar|"
    r"screwdriver)"
)
_HAS_WEAPON = (
    rf"(?:got|has|holding|held|grabbed|picked\s+up|waving|with)\s+(?:a|the|his|her|my|their|an)\s+"
    rf"(?:\w+\s+){{0,2}}{_WEAPON}\b"
)
_SAYS_KILL = (
    r"(?:says|said|saying|keeps\s+saying|threaten\w*|screaming|shouting|yelling)\s+(?:that\s+)?"
    r"(?:he|she|they)(?:'ll|\s+will|'s\s+going\s+to|\s+is\s+going\s+to|\s+would|'d)\s+(?:kill|"
    r"stab|finish)\s+(?:me|us|her|him|them|the\s+kids|my\s+\w+)\b"
)
THREAT = widened(
    THREAT,
    rf"\b{_HAS_WEAPON}[\s\S]{{0,100}}\b{_SAYS_KILL}",
    rf"\b{_SAYS_KILL}[\s\S]{{0,100}}\b{_HAS_WEAPON}",
)

# a wish to join someone who has died, told beside the death
_DIED = rf"(?:{DIED}|late\s+(?:husband|wife|partner|mum|dad|son|daughter)|lost\s+(?:him|her|my))"
WISH_TO_BE_GONE = widened(
    WISH_TO_BE_GONE,
    rf"\b{_DIED}\b[\s\S]{{0,150}}\b(?:want|wanna|long|longing|wish|ready|waiting)\s+to\s+(?:go\s+"
    r"and\s+)?(?:join|be\s+with)\s+(?:him|her|them|my\s+\w+|mum|dad|mam)\b(?!\s+(?:at|in|on|for|when|"
    r"this|next|tomorrow|again\s+(?:at|in|on)|more|every))",
)

# everything put in order "before I go", with nowhere named to go to; and things given away or
# stopped beside it (NHS and Samaritans: putting affairs in order, giving things away)
_IN_ORDER_BEFORE = (
    r"\b(?:everything|all|things|my\s+affairs|it\s+all|my\s+stuff)\s+(?:\w+\s+){0,2}(?:tidy|tidied|"
    r"sorted|in\s+order|straight|squared\s+away|settled|clear\w*)\s+before\s+i\s+(?:go|leave|die|"
    r"pass|am\s+gone|'m\s+gone)\b(?!\s+(?:in|into|to|on|away|abroad|for|back|home|out|off|there|up|"
    r"down|over|round|and|shopping|travelling|anywhere)\b)"
)
_GIVEN_UP = (
    r"\b(?:cancel\w*|stopp\w*|closed|gave|given|giving|took|taken|dropped)\s+(?:\w+\s+){0,3}(?:contract|"
    r"contracts|clothes|things|stuff|belongings|books|records|direct\s+debits?|account|accounts|"
    r"(?:to\s+the\s+)?charity\s+shop|away)\b"
)
CODED_ASK = widened(CODED_ASK, _IN_ORDER_BEFORE)
GOODBYE = widened(
    GOODBYE,
    rf"{_GIVEN_UP}[\s\S]{{0,150}}{_IN_ORDER_BEFORE}",
    rf"{_IN_ORDER_BEFORE}[\s\S]{{0,150}}{_GIVEN_UP}",
)
