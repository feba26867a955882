"""Harm told through what someone has seen or put up with, found in the sixteenth session (set 15
read by kind, never copied; each case in `tests/safety/test_sixteenth_kinds.py` is in words of
our own). The kinds are those of the Care Act statutory guidance (14.17) and SCIE's indicators:

- an ex or a partner who keeps turning up in spite of a court order, or breaks one (domestic);
- things that go missing after someone stays, then seen for sale, or going "bit by bit"
  (financial or material);
- everyone's tablets crushed together into food, whether they can swallow or not, to make the
  round quicker (organisational: a home's habit, not one worker's slip);
- animals kept in numbers the home cannot hold, with a smell or complaints (self-neglect);
- a threat to send someone "back" to another country "in a box", or telling them day after day
  that they are old and useless (psychological).

`safeguarding.py` takes the families from here."""

from __future__ import annotations

from assistant.safety.signs.disclosures_said import (
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
from assistant.safety.signs.words import MEDS, widened

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

# a threat to send someone back to another country in a box; told day after day they are useless
_SAYS = r"(?:says?|said|saying|tells?|told|telling|shouts?|shouting|threaten\w*|calls?|calling)"
PSYCHOLOGICAL = widened(
    PSYCHOLOGICAL,
    rf"\b{_SAYS}\b[^.!?]{{0,40}}\bsend\s+(?:me|him|her|them|us)\s+back\b[^.!?]{{0,30}}\bin\s+(?:(?:a|the)\s+)?"
    r"(?:box|coffin|bag|body\s*bag)\b",
    rf"\b{_SAYS}\s+(?:me\s+)?(?:that\s+)?(?:i\s+am|i'm|im|i\s+was|me\s+(?:a|an))\s+(?:\w+\s+){{0,3}}"
    r"(?:useless|worthless|a\s+burden|a\s+waste\s+of\s+space|good\s+for\s+nothing|pathetic)\b"
    r"[^.!?]{0,30}\b(?:every\s+(?:day|night|morning|time)|all\s+(?:the\s+)?(?:time|day)|daily|"
    r"constantly|non-?stop)\b",
)

# a court order broken, or someone who keeps coming in spite of one
_ORDER = (
    r"(?:court|non-?molestation|restraining|protection|occupation|injunction)\s*(?:order|orders)?"
)
DOMESTIC = widened(
    DOMESTIC,
    rf"\b(?:breach\w*|break\w*|broke|broken|ignor\w*)\s+(?:the|his|her|their|a|my)\s+{_ORDER}\b",
    r"\b(?:turn\w*|show\w*|comes?|coming|came)\s+up\b[\s\S]{0,80}\b(?:even\s+)?(?:with|despite|"
    rf"though|although|when)\b[^.!?]{{0,25}}\b{_ORDER}\b",
    # a protective order named as flouted: "outside the school every morning even though there's
    # a non-molestation order"
    r"\b(?:even\s+though|despite|though|although|even\s+with|regardless\s+of)\b[^.!?]{0,30}\b"
    r"(?:non-?molestation|restraining|protection|occupation)\s+order\b|\b(?:even\s+though|despite|"
    r"though|although|even\s+with)\b[^.!?]{0,30}\binjunction\b",
    rf"\b{_ORDER}\b[^.!?]{{0,40}}\b(?:but|and)\s+(?:he|she|they)\s+(?:still|keeps?|always)\s+"
    r"(?:turns?|turning|shows?|showing|comes?|coming|waits?|waiting)\b",
)

# things gone missing after someone stays, then seen for sale; or going, a piece at a time
_FOR_SALE = (
    r"(?:for\s+sale|up\s+for\s+sale|on\s+(?:a|the)\s+(?:selling|sales?|auction|second-?hand|"
    r"marketplace)\s*(?:site|app|page|group)?|on\s+(?:ebay|vinted|marketplace|gumtree|facebook)|"
    r"in\s+(?:a|the)\s+(?:pawn\s*shop|pawnbroker'?s?|cash\s+converters|second-?hand\s+shop))"
)
FINANCIAL = widened(
    FINANCIAL,
    r"\b(?:went|gone|go|goes|going|keep\s+going|keeps\s+going|disappeared|vanished)\s+(?:missing|"
    rf"walkabout)\b[\s\S]{{0,140}}\b(?:seen|spotted|found|saw|noticed)\b[^.!?]{{0,30}}{_FOR_SALE}",
    r"\b(?:went|gone|go|goes|going|disappeared|vanished)\s+missing\b[\s\S]{0,140}\b(?:going|goes|"
    r"gone)\s+the\s+same\s+way\b",
)

# everyone's tablets crushed together into food, whether they can swallow or not, to be quicker
_EVERYONE = (
    r"(?:everyone's|everybody's|everyones|all\s+(?:the|our)\s+(?:residents'?|patients'?|"
    r"people's)|all\s+our|the\s+residents'?|people's|all\s+of\s+our)"
)
ORGANISATIONAL = widened(
    ORGANISATIONAL,
    rf"\bcrush\w*\s+(?:up\s+)?{_EVERYONE}\s+(?:\w+\s+)?{MEDS}",
    rf"\b{_EVERYONE}\s+(?:\w+\s+)?{MEDS}\s+(?:\w+\s+)?(?:crushed|mashed|hidden|mixed|put)\b",
    rf"\b(?:crush\w*|mash\w*|hid\w*|mix\w*)\s+(?:the\s+|our\s+|my\s+)?{MEDS}\b[^.!?]{{0,60}}\b"
    r"(?:whether\s+(?:you|we|they|people)\s+can|so\s+(?:they|the\s+round|it's)\s+(?:can\s+)?"
    r"(?:be\s+)?(?:do\s+the\s+round\s+)?(?:quicker|faster)|to\s+(?:save|get\s+done)\s+quicker|to\s+"
    r"be\s+quicker|quicker|faster)\b",
)

# animals kept in numbers a home cannot hold, with a smell or complaints
_MANY_ANIMALS = (
    r"(?:about\s+|over\s+|nearly\s+|around\s+|near\s+|more\s+than\s+)?(?:fifteen|twenty|thirty|"
    r"forty|fifty|sixty|[2-9]\d|\d{3})\s+(?:\w+\s+)?(?:cats|dogs|rabbits|birds|animals|pets|"
    r"ferrets|guinea\s+pigs)"
)
_SMELL_OR_COMPLAINTS = (
    r"(?:smell\w*|stink\w*|stench|reek\w*|mess|muck|complain\w*|rspca|environmental\s+health|"
    r"council\s+(?:sent|came|wrote|letter)|letter\s+from\s+the\s+council)"
)
# ("the dogs, about thirty of them now")
_MANY_OF_THEM = (
    r"(?:cats|dogs|rabbits|birds|animals|pets|ferrets)\b[^.!?]{0,20}\b(?:about\s+|over\s+|nearly\s+|"
    r"around\s+|near\s+)?(?:fifteen|twenty|thirty|forty|fifty|sixty|[2-9]\d|\d{3})\s+of\s+them"
)
SELF_NEGLECT = widened(
    SELF_NEGLECT,
    rf"\b{_MANY_OF_THEM}\b[\s\S]{{0,120}}\b{_SMELL_OR_COMPLAINTS}",
    rf"\b{_MANY_ANIMALS}\b[\s\S]{{0,120}}\b{_SMELL_OR_COMPLAINTS}",
    rf"\b{_SMELL_OR_COMPLAINTS}[\s\S]{{0,120}}\b{_MANY_ANIMALS}\b",
)
