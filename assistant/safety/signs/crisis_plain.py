"""Crisis signs said plainly that the rules had missed: found by reading, by kind, the crises of
our own training examples that cross-validation passed by in silence (eleventh session).

Each family here widens one defined elsewhere, with knowledge of the kind (NHS "when to call
999" and "act FAST", Samaritans and NHS warning signs of suicide: a plan with a time, saving up
medicines, a second attempt, rejoining someone who died), never the words of a held-out message.
`crisis.py` takes the widened families from here."""

from __future__ import annotations

from assistant.safety.signs.crisis_finality import ATTEMPT_AGAIN, FINALITY
from assistant.safety.signs.crisis_intent import INTENT
from assistant.safety.signs.crisis_means import MEANS
from assistant.safety.signs.emergencies import ACTING_NOW, EMERGENCY
from assistant.safety.signs.words import MEDS, any_of, widened

__all__ = ["ACTING_NOW", "ATTEMPT_AGAIN", "EMERGENCY", "FINALITY", "INTENT", "MEANS", "THREAT"]

_DAY = (
    r"(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|"
    r"tues|weds|thurs|fri|sat|sun|the\s+weekend|next\s+week|this\s+week)"
)

# on the way to a place to die, or at the edge of one, now
ACTING_NOW = widened(
    ACTING_NOW,
    r"\b(?:walking|walkin|going|heading|driving|on\s+my\s+way)\s+(?:to|2|towards)\s+the\s+(?:train"
    r"\s+line|railway|tracks|level\s+crossing|bridge|cliffs?|river|canal|motorway\s+bridge|"
    r"multi-?storey)\b[^.!?]{0,30}\b(?:now|right\s+now|tonight|to\s+end\s+it|to\s+do\s+it|bye)\b",
    r"\b(?:i'm|im|i\s+am|he's|she's)\s+(?:\w+\s+)?(?:on|at)\s+the\s+(?:ledge|balcony\s+rail|railings?|"
    r"parapet)\b",
    r"\b(?:stand|stood|standing|sit|sat|sitting)\s+(?:on|at)\s+the\s+(?:balcony\s+)?(?:rail|railings?|"
    r"parapet|ledge)\b",
)

# a medical emergency now: breath, a fit that goes on, a fall with no way up, chest pain spreading,
# two stroke signs, a diabetic low, a vulnerable person out in the cold or the dark
EMERGENCY = widened(
    EMERGENCY,
    r"\b(?:can't|cannot|cant)\s+(?:breathe|breath|get\s+(?:my\s+)?breath)\s*[,.!]*\s*(?:help|now|"
    r"please|999|ambulance|call)\b|\b(?:can't|cannot|cant)\s+(?:breathe|breath)\b[^.!?]{0,30}\b(?:"
    r"throat|lips|tongue|face)\s+(?:is\s+|are\s+)?(?:swell\w*|closing)|\b(?:can't|cannot|cant)\s+"
    r"swallow\b[^.!?]{0,20}\b(?:can't|cannot|cant)\s+breathe?\b",
    r"\b(?:fitting|seizures?|fits?)\b[^.!?]{0,60}\b(?:for|over|more\s+than)\s+(?:half\s+an\s+hour|an"
    r"\s+hour|(?:20|30|twenty|thirty|forty|40)\s+min\w*)",
    r"\b(?:fell|fallen|fall|on\s+the\s+(?:floor|carpet|ground|kitchen\s+floor|bathroom\s+floor)|down"
    r"\s+on\s+the\s+(?:floor|carpet))\b[\s\S]{0,60}\b(?:can't|cannot|cant)\s+(?:move|get\s+up|reach"
    r"\s+(?:the|my)\s+(?:phone|pendant|buzzer|alarm)|feel\s+my\s+(?:legs?|foot|feet|arm))\b",
    r"\bchest\s+(?:(?:is|feels|so|really|very|gone|'s)\s+){0,2}(?:tight|heavy|crushing)\b[^.!?]{0,40}\b(?:arm|jaw|"
    r"sweat\w*|can't\s+breathe)",
    r"\bface\s+(?:has\s+|'s\s+)?just\s+(?:dropped|drooped|gone\s+(?:funny|lopsided|droopy))\b",
    r"\b(?:talking|speaking)\s+(?:gibberish|nonsense|rubbish)\b[^.!?]{0,60}\b(?:face|mouth|arm|"
    r"suddenly|just)\b|\b(?:face|mouth)\b[^.!?]{0,40}\b(?:talking|speaking)\s+(?:gibberish|"
    r"nonsense)\b",
    r"\b(?:shak\w*|sweat\w*|clammy|trembl\w*)\b[^.!?]{0,60}\b(?:sweat\w*|shak\w*|confused|muddled|"
    r"dizzy|can't\s+remember|clammy)\b[\s\S]{0,80}\b(?:i'm|im|i\s+am|he's|she's)\s+diabetic\b",
    r"\b(?:dementia|alzheimer'?s?|down'?s|learning\s+disabilit\w*|autis\w*)\b[\s\S]{0,80}\b(?:wander"
    r"\w*\s+off|gone\s+missing|went\s+missing|isn't\s+back|not\s+back|hasn't\s+come\s+back|went\s+to"
    r"\s+the\s+\w+\s+(?:\w+\s+){0,3}ago)\b[\s\S]{0,80}\b(?:freezing|pitch\s+black|dark|snow\w*|"
    r"icy|cold)\b",
)

# intent with a time: not planning to see a birthday, a day named for being dead, joining someone
# who died on a day, and a threat said as decided
INTENT = widened(
    INTENT,
    r"\b(?:don't|dont|do\s+not|not)\s+(?:plan|planning|intend|intending|expect|expecting)\s+(?:on|"
    r"to)\s+(?:see|seeing|make\s+it\s+to|making\s+it\s+to|reach|reaching)\s+(?:\d+|thirty|forty|"
    r"fifty|christmas|my\s+birthday|next\s+(?:year|week|month)|the\s+(?:weekend|new\s+year))\b",
    rf"\b(?:dead|gone)\b[^.!?]{{0,30}}\b(?:which|that)\s+(?:i\s+will|i'll|ill)\s+(?:b|be)\s+by\s+"
    rf"{_DAY}\b",
    rf"\b(?:i'm|im|i\s+am)\s+(?:joining|going\s+to\s+join|going\s+to\s+be\s+with|going\s+to)\s+(?:him|"
    rf"her|them|my\s+\w+)\s+(?:that\s+day|on\s+{_DAY}|{_DAY}|soon|this\s+week)\b",
    r"\bi'll\s+(?:take|drive|jump|throw\s+myself|walk\s+into|end\s+it|do\s+it)\b[^.!?]{0,60}"
    r"[.!?,]?\s*(?:that's|thats|it's|its)\s+decided\b|\b(?:drive|walk)\s+(?:the\s+car\s+)?into\s+the"
    r"\s+(?:sea|river|canal)\b[^.!?]{0,20}[.!?,]?\s*(?:i'm|im)\s+not\s+bluff\w*",
)

# saving up medicines: a packet at each shop, the spare ones put aside, months of tablets kept
MEANS = widened(
    MEANS,
    r"\b(?:buying|bought|getting|got)\s+(?:a\s+)?(?:packet|box|pack)s?\s+(?:at|from)\s+(?:each|every|"
    r"different)\b",
    r"\b(?:putting|put|keeping|kept|setting|set)\s+(?:the\s+)?(?:spare|extra)\s+(?:ones|tablets|pills|"
    r"boxes)\s+(?:aside|away|by)\b",
    rf"\b(?:saved|saving)\s+up\s+(?:the\s+|my\s+)?(?:\w+\s+)?{MEDS}\b",
    r"\b(?:haven't|have\s+not|not)\s+taken\s+(?:any|them|one)\b[^.!?]{0,20}[.!?]?\s*(?:all\s+)?(?:\d+|"
    r"three|four|six)\s+months?\b[^.!?]{0,30}\b(?:drawer|box|bag|cupboard)\b",
)

# a second attempt: trying again next week, second time lucky, getting it right this time
ATTEMPT_AGAIN = widened(
    ATTEMPT_AGAIN,
    r"\b(?:when|once)\s+i\s+(?:try|do\s+it)\s+again\b|\b(?:i'll|i\s+will)\s+be\s+trying\s+again\b",
    r"\bsecond\s+time\s+lucky\b[^.!?]{0,40}[.!?,]?\s*[^.!?]{0,40}\b(?:first\s+time|messed|botched|"
    r"failed|mess)\b",
    r"\b(?:get|getting|got)\s+it\s+right\s+this\s+time\b[\s\S]{0,60}\b(?:mess\s+of\s+it|messed\s+it|"
    r"botched|failed|tried)\b",
)

# a goodbye to friends that they think is a joke, and someone else's search for painless ways
FINALITY = widened(
    FINALITY,
    r"\b(?:told|said)\s+(?:my\s+)?(?:\w+\s+)?(?:bye|goodbye)\b[^.!?]{0,40}\b(?:think|thinks)\s+(?:i'm|"
    r"im)\s+(?:messing|joking|kidding)\b[^.!?]{0,10}[.!?,]?\s*(?:i'm|im)\s+not\b",
    r"\bsearch(?:ed|es|ing)?\s+(?:history\s+)?(?:\w+\s+){0,4}for\s+['\"‘“]?(?:painless\s+ways|how\s+"
    r"to\s+(?:die|kill\s+(?:myself|yourself|herself|himself)|end\s+it))",
)

# a threat to kill someone with a time: a threat even when said with "if" (not a plan for an
# emergency, so the conditional that explains an emergency away does not apply)
THREAT = any_of(
    rf"\b(?:i'm\s+going\s+to|im\s+going\s+to|i'm\s+gonna|im\s+gonna|i\s+will|i'll|ill)\s+(?:kill|stab|"
    rf"murder|knife|shoot)\s+(?:him|her|them|my\s+\w+|the\s+\w+)\b[^.!?]{{0,40}}\b(?:{_DAY}|"
    rf"when\s+(?:he|she|they)\s+(?:gets?|comes?)\s+(?:home|back|in))\b",
)
