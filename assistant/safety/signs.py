"""The warning signs a skilled listener knows, as patterns over repaired text.

Each family is named, and docs/SAFETY.md gives its source. Text reaches these patterns already
lower-cased, with text-speak written out and safety-word typos repaired (`normalise`).

    strong crisis signs       -> act at once (a plan, a means with intent, acting now, ...)
    weak crisis signs         -> ask "are you safe?" unless something explains them away
    strong safeguarding signs -> act at once (an event of abuse or neglect, in everyday words)
    weak safeguarding signs   -> ask
    what counts against       -> an idiom, history that is clearly over, a service named in
                                 "what help do you get now", a fear named as a bottom line

Sources (docs/SAFETY.md): NHS "Help for suicidal thoughts" (warning signs), Samaritans "Signs
someone may be struggling", the American Association of Suicidology's IS PATH WARM mnemonic,
Care and support statutory guidance 14.17 (types of abuse and neglect) and SCIE's "Types and
indicators of abuse".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.language._words import repair

__all__ = ["Signs", "normalise", "read_signs"]

# --- shared word classes --------------------------------------------------------------------

_MEDS = (
    r"(?:pills?|tablets?|tabs|meds|medicines?|medication|paracetamol|co-?codamol|codeine|"
    r"tramadol|sertraline|citalopram|fluoxetine|prozac|amitriptyline|mirtazapine|diazepam|"
    r"valium|zopiclone|insulin|morphine|oxycodone|oramorph|lithium|quetiapine|olanzapine|"
    r"pregabalin|gabapentin|ibuprofen|aspirin|nurofen|sleeping\s+(?:pills|tablets)|"
    r"painkillers|pain\s+killers|anti-?depressants|propranolol|warfarin|methadone|fentanyl|"
    r"patches|dose|doses)"
)
_DRINK = r"(?:vodka|whisky|whiskey|gin|rum|wine|booze|alcohol|drink|cider|beer|lager|spirits)"
_SUBJ = (
    r"(?:i|i'm|i've|i'll|i'd|he|she|they|he's|she's|they've|he'll|she'll|mum|dad|my\s+\w+|"
    r"her|him|we)"
)
_THIRD = (
    r"(?:he|she|they|mum|dad|my\s+(?:son|daughter|husband|wife|partner|brother|sister|mum|dad|"
    r"mother|father|nan|grandad|friend|client|boy|girl|lad)|her|him|[a-z]+)"
)
_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this\s+"
    r"weekend|next\s+week|the\s+\d{1,2}(?:st|nd|rd|th)?|christmas|new\s+year|(?:my|his|her|"
    r"mum's|dad's)\s+birthday|the\s+anniversary|midnight|the\s+end\s+of\s+the\s+(?:week|"
    r"month)|when\s+\w+(?:'s|\s+is)\s+(?:gone|away|out|asleep))"
)
_FINAL = (
    r"(?:do\s+it|try\s+again|swallow\s+\w+|take\s+(?:the|my|all)\s+\w+|go\s+(?:to|off)\s+"
    r"(?:the\s+)?(?:bridge|river|cliffs?|tracks|railway|sea|edge|roof|motorway|beachy\s+head|"
    r"station)|walk\w*\s+(?:onto|into)\s+the\s+\w+|drive\s+(?:to|off|into)\s+\w+|"
    r"end\s+it|end\s+(?:my|his|her)\s+life|go\s+through\s+with\s+it|take\s+(?:them|"
    r"it|the\s+lot|all\s+of\s+them)|finish\s+it|be\s+gone|not\s+be\s+here|kill\s+(?:my|him|her)"
    r"self|jump|go\s+for\s+good)"
)


def _c(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


# --- crisis: act at once ------------------------------------------------------------------------

CRISIS_STRONG: dict[str, re.Pattern[str]] = {
    # a means with a quantity, a stockpile, alcohol or research: often said without feelings
    "means": _c(
        rf"\b(?:saving|saved|stockpil\w*|hoard\w*|collect\w*|stash\w*|squirrel\w*|hiding|hid|"
        rf"hidden|keeping\s+back|kept\s+back|holding\s+back|been\s+saving|storing|building\s+up)\s+(?:up\s+)?(?:all\s+)?"
        rf"(?:of\s+)?(?:my|his|her|their|the|some|a\s+load\s+of|loads\s+of|lots\s+of)?\s*"
        rf"(?:\w+\s+)?{_MEDS}",
        rf"\b{_MEDS}\s+(?:\w+\s+){{0,3}}(?:saved|stockpiled|stashed|hidden|put\s+by|put\s+away|"
        rf"under\s+(?:my|his|her|the)\s+(?:bed|mattress|pillow))",
        rf"\b(?:all|whole|every\s+one\s+of|enough)\s+(?:of\s+)?(?:my|his|her|the|these|those|"
        rf"them|a)?\s*(?:\w+\s+)?(?:box(?:es)?\s+of\s+|packets?\s+of\s+|strips?\s+of\s+)?{_MEDS}"
        rf"\s+(?:at\s+once|in\s+one\s+go|together|with|and\s+(?:a|the)\s+bottle|tonight)",
        rf"\b{_MEDS}\b[^.!?]{{0,50}}\b(?:with|and|washed\s+down\s+with|on\s+top\s+of)\s+(?:a\s+"
        rf"(?:bottle|litre)\s+of\s+|some\s+|the\s+)?{_DRINK}\b(?!\s+(?:interaction|warning))",
        rf"\b{_DRINK}\s+(?:and|with|on\s+top\s+of)\s+(?:all\s+)?(?:my|his|her|the|some|a\s+"
        rf"load\s+of)\s+(?:\w+\s+)?{_MEDS}",
        r"\b(?:enough|how\s+many|how\s+much)\s+(?:\w+\s+){0,3}(?:to\s+(?:kill|die|not\s+wake|"
        r"end\s+it|do\s+it|be\s+fatal|finish)|(?:would|will|does|it)\s+(?:\w+\s+){0,2}"
        r"(?:take|kill|be\s+fatal|be\s+lethal|do\s+it))",
        r"\b(?:lethal|fatal|deadly|toxic)\s+(?:dose|amount|level|quantity)",
        rf"\b(?:don't|do\s+not|not|never)\s+take\s+(?:them|it|my\s+{_MEDS})\b[^.!?]{{0,40}}\b(?:put|"
        rf"keep|kept|hide|hid|store|save|saving|stash)\s+them\b",
        rf"\b(?:months?|weeks?)'?\s+worth\s+(?:of\s+)?(?:\w+\s+){{0,2}}{_MEDS}\b[^.!?]{{0,40}}\b(?:in\s+"
        rf"(?:the|a|my)\s+(?:drawer|tin|box|bag|shoebox|cupboard|wardrobe)|saved|hidden|stashed|kept\s+"
        rf"back)",
        rf"\b{_MEDS}\b[\s\S]{{0,120}}\b(?:months?|weeks?)'?\s+worth\s+now\b",
        r"\b(?:looked|looking|googl\w*|search\w*|research\w*|read(?:ing)?\s+up|checking)\s+"
        r"(?:up\s+|on\s+|online\s+|at\s+)?(?:\w+\s+){0,4}(?:how\s+(?:many|much|long|to\s+"
        r"(?:die|end|do\s+it|overdose|hang|make\s+it\s+quick))|overdose|lethal|painless|"
        r"quickest\s+way|easiest\s+way|ways\s+to\s+die|doses?\s+of)",
        r"\b(?:googl\w*|looking\s+up|looked\s+up|researching|searching)\s+(?:for\s+)?ways\b"
        r"[\s\S]{0,30}\b(?:quickest|painless|easiest|surest|quick\s+ones?)\b",
        rf"\b\d{{2,3}}\s+(?:\w+\s+)?{_MEDS}\b[^.!?]{{0,60}}\b(?:saved|ready|counted|in\s+a|"
        rf"hidden|drawer|tonight|enough|box|jar|all\s+at\s+once)",
        rf"\b{_MEDS}\b[^.!?]{{0,60}}\b(?:kept\s+them\s+all|not\s+taken\s+any|a\s+(?:fair\s+|big\s+)?"
        rf"pile|carrier\s+bag\s+full|bag\s+full|enough\s+(?:now|to)|counted\s+out|for\s+(?:friday|"
        rf"monday|tuesday|wednesday|thursday|saturday|sunday|the\s+end|when))",
        rf"\b(?:enough|all\s+the|my)\s+(?:\w+\s+)?{_MEDS}\b[^.!?]{{0,40}}\b(?:and\s+a\s+quiet|"
        rf"quiet\s+house|when\s+(?:he's|she's|they're|i'm)\s+(?:out|away|gone|alone))",
        r"\b(?:beam|loft|banister|hook)\b[^.!?]{0,40}\b(?:strong\s+enough|checked|take\s+my\s+"
        r"weight|hold\s+me)",
        r"\b(?:shotgun|gun|firearm|rifle)\b[^.!?]{0,60}\b(?:key|cabinet|know\s+where|loaded|"
        r"won't\s+matter|me)\b",
        r"\b(?:knife|knives|blade)\s+(?:by|under|next\s+to)\s+(?:the|my)\s+(?:bed|pillow)\b",
        r"\b(?:tape|taped|sealed?)\s+(?:for\s+)?(?:the\s+)?(?:windows|doors?|vents?)\b",
        r"\b(?:been\s+)?(?:standing|stood|sitting|sat|going|driving|been)\s+(?:by|at|on|to|near)\s+"
        r"(?:the\s+)?(?:railway|train\s+line|tracks|bridge|cliffs?|cliff\s+car\s+park|edge|"
        r"multi-?storey|top\s+floor)\b[^.!?]{0,40}\b(?:at\s+night|every|twice|week|working\s+up|"
        r"look|sundays|nights?)",
        r"\b(?:looking|looked)\s+at\s+the\s+(?:multi-?storey|bridge|top\s+floor|railway|cliffs?|"
        r"river)\b",
        r"\b(?:which|the)\s+bridge\b[^.!?]{0,40}\b(?:look|twice|been|know)",
        r"\b(?:car|garden)?\s*hose\b[^.!?]{0,40}\b(?:boot|car|exhaust|garage)",
        r"\b(?:what|which)\s+dose\s+(?:of\s+)?(?:my\s+)?\w+\s+(?:is|would\s+be)\s+"
        r"(?:dangerous|fatal|lethal|too\s+much)|\b(?:reading|read)\s+about\s+(?:what|how\s+much)\b",
        rf"\bcount(?:ed|ing)\s+(?:out\s+)?(?:my|his|her|the|all)?\s*(?:\w+\s+)?{_MEDS}",
        r"\bwhat\s+(?:happens|would\s+happen)\s+if\s+(?:you|i|someone|a\s+person)\s+(?:took|"
        r"take|takes|swallow\w*|drank|drink|jump\w*)\b",
        r"\b(?:max(?:imum)?|lethal|fatal|highest)\s+(?:\w+\s+){0,2}(?:dose|amount)\b",
        r"\bhow\s+many\s+(?:\w+\s+){0,2}(?:is|are|would\s+be)\s+too\s+many\b",
        r"\bhow\s+(?:high|far\s+down|deep|long|much)\s+(?:\w+\s+){0,4}(?:to\s+(?:die|drown|kill|"
        r"bleed\s+out|not\s+survive|be\s+sure)|before\s+(?:it|you|your)\s+(?:stops?|die|kills?))",
        r"\bhow\s+high\s+(?:does|do|would|should|must|is)\s+(?:a|the)\s+(?:building|bridge|"
        r"drop|fall|car\s+park|cliff|jump|floor)",
        r"\b(?:bought|got|ordered|found)\s+(?:a|some|the)\s+(?:belt|rope|cord|cable|hose\s*pipe|"
        r"hose|charcoal|blade|razor\s+blades?)\b[^.!?]{0,40}\b(?:not\s+for|you\s+know\s+what\s+"
        r"for|for\s+(?:me|myself|the\s+end|later|when)|tonight|ready)",
        r"\b(?:walk|walked|walking)\s+into\s+the\s+(?:sea|river|canal|lake|traffic)\b",
        r"\b(?:drive|drove|driving|go|went)\s+(?:\w+\s+){0,3}(?:with\s+(?:the|a)\s+(?:hose|"
        r"hosepipe|pipe|rope|tablets|pills)|into\s+(?:a\s+wall|a\s+tree|the\s+river|oncoming))",
        r"\b(?:rope|noose|ligature|belt|cable|flex|cord)\b[^.!?]{0,60}\b(?:loft|beam|banister|"
        r"bannister|hook|door|tree|garage|neck|tied|tested|strong\s+enough|hang)",
        r"\b(?:bought|got|ordered|have|tested|tied|hid|hidden|found)\s+(?:a|the|some)\s+"
        r"(?:rope|noose|ligature)",
        r"\b(?:hose\s*pipe|hosepipe|exhaust|fumes|charcoal|bbq|barbecue|engine\s+running)\b"
        r"[^.!?]{0,60}\b(?:car|garage|window|sealed|tape|taped|sleep|room|tent)",
        r"\b(?:car|garage)\b[^.!?]{0,40}\b(?:exhaust|hose\s*pipe|hosepipe|fumes|engine\s+running)",
        r"\b(?:bridge|railway|train\s+tracks?|the\s+tracks|level\s+crossing|motorway|cliffs?|"
        r"multi-?storey|car\s+park\s+roof|roof|tower\s+block|top\s+floor|ledge|the\s+edge|the\s+"
        r"river|the\s+canal|the\s+sea|reservoir)\b[^.!?]{0,60}\b(?:jump|jumping|step\s+off|"
        r"stood|standing|stand|walk\s+into|lie\s+down|go\s+over|over\s+the\s+edge|looking\s+"
        r"down|how\s+high|how\s+deep|drop|let\s+go|end\s+it|be\s+quick|do\s+it|for\s+good)",
        r"\b(?:step|jump|throw\s+(?:my|him|her)self)\s+(?:off|in\s+front\s+of|from|into)\b",
        r"\b(?:under|in\s+front\s+of)\s+(?:a|the)\s+(?:train|bus|lorry|car)\b",
        r"\b(?:razor|blade|knife|knives|glass)\b[^.!?]{0,40}\b(?:wrists?|throat|deep(?:er)?|"
        r"arms?\s+again|veins?)",
    ),
    # a plan, a time or a date, with an end in view
    "plan": _c(
        r"\b(?:i've|i\s+have|he's|she's|he\s+has|she\s+has|they've|got|made|making)\s+(?:got\s+"
        r"|made\s+)?(?:a|the|my|his|her)\s+plan\b[^.!?]{0,80}\b(?:to\s+end|to\s+die|to\s+go|"
        r"to\s+kill|how|when|to\s+do\s+it|to\s+take|for\s+(?:it|when)|worked\s+out|sorted|"
        r"ready)",
        r"\bplann(?:ed|ing)\s+(?:how|when|where|it\s+all|my\s+(?:death|exit|way\s+out)|to\s+"
        r"(?:end|die|kill|take|do\s+it|go\s+through))",
        rf"\b(?:going\s+to|gonna|will|i'll|he'll|she'll|gonna)\s+{_FINAL}\b[^.!?]{{0,40}}\b"
        rf"(?:on|by|after|before|at|this|next|when)\s+{_DAY}",
        rf"\b(?:on|by|after|before|at|this|next|when)\s+{_DAY}\b[^.!?]{{0,40}}\b(?:i'll|i\s+will|"
        rf"i'm\s+going\s+to|he'll|she'll|i'm\s+gonna)\s+{_FINAL}",
        r"\b(?:set|picked|chosen|decided\s+on)\s+(?:a|the)\s+(?:date|day|time)\b",
        r"\b(?:tonight's|today's|this\s+is)\s+the\s+(?:night|day)\b",
        r"\bwon't\s+be\s+(?:here|around|alive)\s+(?:by|after|for|much\s+longer|next|at|come|"
        r"to\s+see)\b",
        r"\b(?:once|when|after)\s+(?:mum|dad|my\s+\w+|the\s+dog|the\s+cat|\w+)\s+(?:is|has|'s)\s+"
        r"(?:gone|dead|passed|died|buried|settled|sorted)[^.!?]{0,60}\b(?:i'll|i\s+will|i'm\s+"
        r"going|i'm\s+gonna|i\s+can)\s+(?:go|do\s+it|take|end|be\s+with|follow|join|finally\s+"
        r"go|stop|take\s+them|take\s+the\s+lot)",
    ),
    # intent said plainly: going to, decided, about to
    "intent": _c(
        r"\b(?:going\s+to|gonna|gunna|will|i'll|ill|decided\s+to|planning\s+to|plan\s+to|"
        r"about\s+to|ready\s+to|want\s+to|wanna|might|need\s+to|got\s+to)\s+(?:just\s+)?"
        r"(?:do\s+it\s+(?:tonight|today|soon|now|properly|for\s+real|this\s+time|when)|try\s+again|"
        r"go\s+through\s+with\s+it|take\s+(?:the\s+lot|them\s+all|everything|my\s+(?:own\s+)?"
        r"life)|end\s+(?:it|things|my\s+life|this)|finish\s+(?:it|myself|things)|make\s+it\s+"
        r"(?:all\s+)?stop|stop\s+being\s+alive|off\s+myself|unalive|kill\s+myself|neck\s+the\s+"
        r"lot|swallow\s+(?:the\s+lot|everything|them\s+all|all)|be\s+gone|go\s+for\s+good|"
        r"not\s+be\s+(?:here|around)|disappear\s+(?:for\s+good|and\s+(?:this|nobody)))\b",
        r"\b(?:take|taking|took)\s+my\s+(?:own\s+)?life\b",
        r"\b(?:i'm|im|i\s+am|i've|ive)\s+(?:finishing|ending)\s+(?:it|things|my\s+life)\b",
        r"\b(?:i'm|im|i\s+am)\s+going\s+(?:tonight|tonite|today|2day|now|soon|2\b|too\b|again)\b",
        r"\b(?:thinking|think|thought|decided)\s+(?:about\s+)?(?:making\s+that\s+happen|taking\s+"
        r"myself\s+out\s+of\s+the\s+picture|doing\s+it|how\s+to\s+do\s+it|going\s+through\s+"
        r"with\s+it)",
        r"\b(?:i've|ive|i\s+have)\s+(?:made\s+sure\s+of\s+it|sorted\s+that|decided|got\s+the\s+"
        r"stuff|made\s+my\s+peace)\b[^.!?]{0,60}\b(?:go|gone|die|wake|end|here|around|know\s+how)",
        r"\b(?:know|worked\s+out|found)\s+(?:exactly\s+)?(?:how|where|which\s+\w+)\s+(?:i'll|i\s+"
        r"will|i'm\s+going\s+to|to)\s+(?:do\s+it|go|end)|\bready\s+to\s+go\b[^.!?]{0,40}\b(?:know"
        r"\s+how|now|tonight|decided|peace|join)",
        r"\b(?:take|took|get|getting)\s+(?:myself|me)\s+out\s+of\s+the\s+picture\b",
        r"\b(?:be|'ll\s+be|will\s+be)\s+dead\s+(?:before|by|soon)\b",
        r"\b(?:not|won't|wont)\s+(?:be\s+)?(?:around|here)\s+(?:to\s+need|much\s+longer|long|for\s+"
        r"long|after\s+this|by\s+then|to\s+see)\b|\bnot\s+planning\s+on\s+being\s+(?:here|"
        r"around)\b",
        r"\b(?:won't|wont|will\s+not)\s+be\s+(?:a\s+problem|troubling\s+\w+|bothering\s+\w+|"
        r"needing\s+\w+)\s+(?:much\s+)?(?:longer|after\s+this|for\s+long)\b",
        r"\b(?:i'll|i\s+will|ill)\s+be\s+gone\s+(?:soon|by|before|this|next)",
        r"\b(?:go\s+quiet|over|stop|gone|sleep)\s+(?:\w+\s+)?(?:permanently|forever|for\s+ever)\b",
        r"\b(?:join|be\s+with)\s+(?:my\s+)?(?:\w+\s+)?(?:soon|again\s+soon)\b[^.!?]{0,30}\b"
        r"(?:decided|ready|going|tonight)|\b(?:time\s+i\s+went|going)\s+to\s+(?:join|be\s+with)\s+"
        r"(?:my\s+)?\w+",
        r"\b(?:last|final)\s+(?:form|time|message|goodbye|day|night|week)\s+(?:i'll|i\s+will|you'll|"
        r"anyone\s+will)\s+(?:ever\s+)?(?:fill|see|hear|get|have|write)",
        r"\bsui(?:cide)?\s+thoughts?\b|\bsuicidal\b",
    ),
    # the burden said outright
    "burden": _c(
        r"\b(?:they'd|they\s+would|everyone\s+would|everyone'd|kids\s+would|she'd|he'd|she\s+"
        r"would|he\s+would|family\s+would|world\s+would|they'll|everybody\s+would|all\s+be)\s+"
        r"(?:all\s+)?(?:be\s+|get\s+|manage\s+|cope\s+)?(?:\w+\s+){0,4}(?:better|lighter|free|"
        r"relieved|happier|fine|easier|their\s+li(?:fe|ves)\s+back)\b[^.!?]{0,25}\b(?:without\s+"
        r"me|if\s+i\s+(?:was|were|wasn't|weren't|died|was\s+gone|went)|with\s+me\s+gone)",
        r"\b(?:doing\s+(?:everyone|them|the\s+world)\s+a\s+favou?r|one\s+less\s+(?:person|"
        r"mouth|problem))\b[^.!?]{0,40}\b(?:if\s+i|without\s+me|wasn't|gone|here|around|dead)",
        r"\b(?:world|anyone|nobody|no\s+one|they)\s+(?:won't|will\s+not|wouldn't|would\s+not|"
        r"wouldnt|wont)\s+(?:even\s+)?(?:miss|notice)\s+(?:me|i'm\s+gone|i\s+was\s+gone)\b",
        r"\bwaste\s+of\s+(?:space|oxygen|air|skin)\b",
        r"\bstop\s+being\s+(?:their|a|everyone's)\s+(?:problem|burden)\b",
    ),
    # goodbyes, giving things away, sorting affairs "for after"
    "goodbye": _c(
        r"\b(?:written|wrote|left|leaving|writing)\s+(?:a|my|some|the)?\s*(?:goodbye\s+)?"
        r"(?:notes?|letters?)\b[^.!?]{0,60}\b(?:sorry|goodbye|for\s+after|each\s+of|to\s+(?:all|"
        r"everyone|the\s+kids|my\s+(?:kids|children|mum|family))|find\s+it|kitchen\s+table|"
        r"under\s+(?:her|his|my)\s+pillow|love)",
        r"\b(?:i've|ive|i\s+have)\s+written\s+my\s+(?:note|letter)s?\b",
        r"\b(?:tell|say\s+to)\s+(?:them|everyone|my\s+\w+)\s+(?:that\s+)?i\s+lov\w+\s+(?:them|"
        r"him|her)\b[^.!?]{0,40}\b(?:nobody's|no\s+one's|not\s+(?:their|anyone's))\s+fault",
        r"\b(?:rang|called|phoned|saw|visited)\s+everyone\b[^.!?]{0,40}\b(?:last|one\s+more)",
        r"\b(?:made|written|wrote|done)\s+(?:a|my)\s+list\s+of\s+who\s+gets\s+what\b|"
        r"\bwho\s+gets\s+(?:what|my\s+\w+)\b",
        r"\b(?:\w+\s+)?(?:is|are)\s+going\s+to\s+(?:my|the|next)\s+\w+[^.!?]{0,40}\b(?:all|it's)\s+"
        r"(?:arranged|sorted|done)\b",
        r"\b(?:sorry\s+for\s+the\s+mess\s+(?:they'll|you'll|they\s+will)\s+find|(?:it's|its)\s+"
        r"(?:nobody's|no\s+one's)\s+fault)\b",
        r"\b(?:tidying|tidy)\s+(?:up|things\s+up)\s+before\s+i\s+go\b|\beverything\s+(?:done|in"
        r"\s+order)\b[^.!?]{0,30}\b(?:ready|done|that's\s+everything|go)",
        r"\b(?:last|final)\s+wish(?:es)?\b",
        r"\b(?:i'm|im|i\s+am)\s+done\b[\s\S]{0,50}\b(?:my\s+note|the\s+note|got\s+the\s+(?:pills|"
        r"tablets|rope)|(?:pills|tablets)\s+(?:are\s+)?(?:ready|here|out|lined\s+up))\b",
        r"\bwriting\s+(?:my|a)\s+(?:last\s+|goodbye\s+|final\s+)?note\s+(?:rn|now|right\s+now|"
        r"tonight)\b",
        r"\b(?:goodbye|farewell|suicide|last)\s+(?:letters?|notes?|messages?|texts?|videos?)\b",
        r"\b(?:wrote|written|writing|left|leave|leaving|found|finished)\s+(?:a|my|his|her|some)?\s*"
        r"(?:letters?|notes?|cards?)\s+(?:to|for)\s+(?:everyone|each\s+of|all|my|his|her|the\s+"
        r"kids|the\s+family|mum|dad)[^.!?]{0,40}\b(?:goodbye|sorry|after|when|gone|find|explain|"
        r"love|forgive|last)",
        r"\b(?:giving|given|gave|give)\s+(?:away\s+)?(?:all\s+)?(?:of\s+)?(?:my|his|her|their)\s+"
        r"(?:stuff|things|belongings|possessions|clothes|records|jewell?e?ry|books|dog|cat|"
        r"budgie|pets?|guitar|games|xbox|playstation|savings|money|ring|watch)\b[^.!?]{0,50}\b"
        r"(?:away|won't\s+need|not\s+need|don't\s+need|no\s+use|after|when\s+i'm|to\s+people|"
        r"to\s+everyone|to\s+the\s+neighbours|to\s+friends|to\s+my|to\s+his|to\s+her)",
        r"\b(?:giving|given|gave|give)\s+(?:all\s+)?(?:my|his|her|their)\s+(?:\w+\s+)?(?:away|"
        r"to\s+(?:everyone|people))",
        r"\b(?:won't|will\s+not|wont)\s+(?:need|be\s+needing)\s+(?:it|them|this|that|my\s+\w+|"
        r"any\s+of\s+(?:it|this|them))\s+(?:any\s*more|much\s+longer|where\s+i'm\s+going|soon|"
        r"for\s+long)",
        r"\b(?:when|after|once)\s+(?:i'm|i\s+am|he's|she's)\s+(?:gone|dead|not\s+here|no\s+"
        r"longer\s+here)\b",
        r"\b(?:make\s+sure|see\s+that)\s+(?:my|his|her|the)\s+(?:\w+\s+){1,2}(?:is|are|gets?|goes|"
        r"go)\s+(?:\w+\s+){0,3}(?:after|when)\s+(?:i'm|i\s+am|he's|she's)\s+(?:gone|not\s+here)",
        r"\b(?:saying|said|say)\s+(?:my\s+)?goodbyes?\s+(?:to\s+)?(?:everyone|all|people|the\s+"
        r"family|my|friends)",
        r"\bthis\s+is\s+(?:goodbye|my\s+last|the\s+last\s+time)",
        r"\b(?:sorted|sorting|put|putting|getting)\s+(?:out\s+)?(?:all\s+)?(?:my|his|her)\s+"
        r"(?:affairs|will|papers|funeral|paperwork)\s+(?:in\s+order\s+)?(?:\w+\s+){0,4}(?:so|"
        r"ready|for\s+when|for\s+after|before\s+i|before\s+he|before\s+she|just\s+in\s+case|"
        r"because|now)\b(?![^.!?]{0,40}\b(?:solicitor|power\s+of\s+attorney|years\s+ago|"
        r"ages\s+ago|like\s+everyone))",
        r"\b(?:thank(?:ed|ing)?|tell|told|telling)\s+(?:everyone|them\s+all|people)\s+(?:\w+\s+)?"
        r"(?:goodbye|for\s+everything|i\s+love\s+them)\b[^.!?]{0,40}\b(?:last|gone|before|sorry)",
    ),
    # said straight or coded: finality, burden, nothing to live for
    "finality": _c(
        r"\b(?:sleep|go\s+to\s+sleep|close\s+my\s+eyes)\s+and\s+(?:not|never)\s+(?:wake|open|"
        r"come\s+back)",
        r"\b(?:not|never)\s+(?:to\s+)?wake\s+up\s+(?:again|tomorrow|in\s+the\s+morning)",
        r"\b(?:better\s+off|happier|easier)\s+(?:\w+\s+){0,3}(?:without\s+(?:me|him|her|us)|"
        r"if\s+(?:i|he|she)\s+(?:was|were|wasn't|weren't)\s*(?:n't)?\s*(?:gone|here|around|"
        r"dead|alive))",
        r"\b(?:nobody|no\s+one|no-one|noone|none\s+of\s+them|who)\s+(?:would|will|'d|is\s+going"
        r"\s+to)\s+(?:even\s+)?(?:miss|notice|care|mind)\s+(?:me|him|her|if|when)\b"
        r"(?![^.!?]{0,30}\b(?:the\s+bins?|the\s+post|a\s+cake|a\s+day\s+off))",
        r"\b(?:i'm|i\s+am|he's|she's|i\s+feel\s+like)\s+(?:just\s+)?(?:a|such\s+a)\s+(?:\w+\s+)?"
        r"burden\s+(?:to|on)\s+(?:everyone|everybody|my|them|the|all)\b",
        r"\b(?:checking\s+out|check\s+out)\s+(?:for\s+good|of\s+(?:life|this\s+world|it\s+all)|"
        r"early|permanently)",
        r"\b(?:done|finished)\s+with\s+(?:life|living|this\s+life|being\s+alive|this\s+world|"
        r"it\s+all|everything)\b",
        r"\b(?:want|wants|wanted|going|ready)\s+(?:\w+\s+)?to\s+(?:go|be)\s+(?:and\s+be\s+)?"
        r"(?:with|join)\s+(?:my|him|her)\s+(?:\w+\s+)?(?:in\s+heaven|up\s+there|now|soon|"
        r"tonight|again\s+(?:soon|now))",
        r"\b(?:can't|cannot|can\s+not)\s+(?:do|live|keep|cope\s+with)\s+(?:this|it|life)\s+"
        r"(?:any\s*more|no\s+more|much\s+longer)\b[^.!?]{0,40}\b(?:end|over|gone|die|dead|way"
        r"\s+out|done)",
        r"\b(?:way\s+out|exit)\b[^.!?]{0,30}\b(?:pills|tablets|rope|bridge|for\s+good|"
        r"permanent|end\s+it)",
        r"\b(?:kill|killing|killed|end|ending|hurt|hurting)\s+(?:my|him|her)\s*self\b",
        r"\b(?:before|after|once|then)\s+(?:i|he|she)\s+end\s+(?:it|things|it\s+all|(?:my|his|her)\s+"
        r"life)\b(?!\s+with\b)",
        r"\b(?:wants?|wanted|trying|tried|going)\s+to\s+(?:die|be\s+dead|end\s+(?:it|things|"
        r"(?:my|his|her)\s+life))\b",
        r"\b(?:dead|gone)\s+by\s+(?:the\s+)?(?:morning|tomorrow|friday|monday|the\s+weekend|"
        r"christmas|then)\b",
        r"\b(?:life|living)\s+(?:isn't|is\s+not|ain't)\s+worth\s+(?:living|it)\b",
        r"\b(?:don't|do\s+not|can't|cannot)\s+see\s+(?:why|the\s+point|any\s+point|a\s+reason)\s+"
        r"(?:\w+\s+){0,4}(?:(?:carry(?:ing)?\s+on|go(?:ing)?\s+on|keep(?:ing)?\s+going)\s+(?:living|"
        r"like\s+this|any\s*more)|(?:living|being\s+alive|be\s+alive|waking\s+up|wake\s+up)\b)",
        r"\bno\s+(?:reason|point)\s+(?:in\s+|to\s+)?(?:me\s+)?(?:being\s+here|being\s+alive|"
        r"staying|living|waking\s+up|going\s+on|carrying\s+on)",
        r"\b(?:won't|will\s+not|don't\s+(?:plan|intend|expect)\s+(?:on|to)|not\s+going\s+to)\s+"
        r"(?:be\s+)?(?:see|seeing|make\s+it\s+to|be\s+(?:here|around)\s+(?:for|at))\s+(?:next\s+"
        r"(?:week|month|year)|christmas|the\s+(?:new\s+year|review|spring|summer)|my\s+birthday|"
        r"another\s+(?:year|winter|christmas))",
        r"\b(?:be|'ll\s+be|will\s+be)\s+(?:long\s+)?gone\s+(?:before|by)\s+(?:the|then|next|"
        r"christmas|it|you)",
        r"\bleav(?:e|ing)\s+this\s+(?:world|life|earth)\b|\bon\s+my\s+own\s+terms\b",
        r"\b(?:won't|will\s+never|never)\s+(?:hear\s+from|see)\s+me\s+again\b",
        r"\b(?:bye|goodbye|farewell)\s+(?:every\s*(?:one|body|1)|all|world|to\s+(?:all|every))\b",
        r"\b(?:the\s+)?last\s+thing\s+(?:i\s+)?(?:needed|need|had|have|left)\s+to\s+(?:do|sort)\b",
        r"\b(?:go|gone|leave|leaving|out\s+of\s+here|check\s+out)\s+for\s+good\b(?![^.!?]{0,30}"
        r"\b(?:house|flat|home|area|town|job|country|abroad))",
        r"\b(?:better|best|easier)\s+(?:if|that)\s+(?:i|he|she)\s+(?:go|went|die|died|was\s+gone|"
        r"wasn't\s+here)\b",
        r"\b(?:call\s+it\s+a\s+day|close\s+the\s+book|final\s+chapter|curtains\s+for\s+me)\b"
        r"[^.!?]{0,40}\b(?:for\s+good|on\s+(?:life|myself|me)|my\s+life|years)",
        r"\b(?:still|really|just)\s+want\s+to\s+(?:go|die|not\s+be\s+here|end\s+it)\b",
        r"\b(?:shan't|won't|will\s+not)\s+(?:need|be\s+needing)\s+(?:a|the|this|any)\s+(?:support\s+"
        r"plan|plan|budget|help|carers?)\b",
        r"\bcancel\s+(?:everything|it\s+all|my\s+(?:care|plan|support))\b[^.!?]{0,60}\b(?:gone|"
        r"leaving|won't\s+be|not\s+be|terms|dead|die)",
    ),
    # a past attempt with intent to try again
    "attempt_again": _c(
        r"\b(?:going\s+to|gonna|will|i'll|won't)\s+(?:try|do\s+it|fail)\s+(?:it\s+)?(?:again|properly|"
        r"right)\b|\bfailed\s+last\s+time\b|\bnext\s+time\s+(?:they|it|i)\s+(?:won't|will)\b",
        r"\b(?:tried|attempted|did\s+it)\s+(?:\w+\s+){0,4}(?:before|times|twice|last\s+\w+|in\s+"
        r"the\s+\w+)\b[^.!?]{0,80}\b(?:again|properly|nothing's\s+changed|planning|collecting|"
        r"annoyed|survived)",
        r"\b(?:saved|found|found\s+me)\s+in\s+time\b|\bannoyed\s+i\s+survived\b|"
        r"\b(?:woke\s+up|ended\s+up)\s+in\s+(?:icu|intensive\s+care|a&e|hospital)\b[^.!?]{0,60}"
        r"\b(?:again|collecting|next)",
        r"\b(?:tried|attempted)\s+(?:\w+\s+){0,6}(?:before|last\s+\w+|once|twice|in\s+\w+)"
        r"[^.!?]{0,80}\b(?:again|properly|this\s+time|next\s+time|won't\s+(?:fail|mess|muck|get"
        r"\s+it\s+wrong))",
        r"\b(?:do\s+it|get\s+it\s+right|make\s+sure)\s+(?:properly|right)?\s*(?:this|next)\s+time",
        r"\b(?:didn't|did\s+not)\s+work\s+(?:last\s+time|the\s+first\s+time|before)\b",
        r"\b(?:last|first)\s+attempt\b",
    ),
    # acting now: an overdose taken, at the edge, bleeding
    "acting_now": _c(
        rf"\b(?:taken|took|swallowed|injected|necked|downed|drank|drunk|had)\s+(?:the\s+lot|"
        rf"everything\s+in|all\s+(?:of\s+)?(?:my|his|her|the)\s+(?:\w+\s+)?(?:{_MEDS}|insulin|"
        rf"supply|stash|morphine)|(?:my|his|her)\s+(?:mum's|dad's|\w+'s)\s+(?:\w+\s+)?{_MEDS}|"
        rf"\d+\s+(?:\w+\s+)?{_MEDS}|bleach|anti-?freeze|weed\s*killer)\b",
        r"\b(?:says|said)\s+(?:he's|she's|they've|he\s+has|she\s+has)\s+(?:taken|swallowed)\b",
        r"\b(?:i'm|im|i\s+am|he's|she's)\s+(?:in|on|at)\s+the\s+(?:river|sea|canal|platform|"
        r"tracks|railway|top\s+of\s+the\s+(?:flats|building|car\s+park|cliff|multi)|edge\s+of|"
        r"motorway\s+bridge|station\s+by\s+the\s+tracks)\b",
        r"\b(?:standing|stood|sat|sitting)\s+(?:at|on|by)\s+the\s+(?:top\s+of\s+the\s+|edge\s+of\s+"
        r"the\s+)?(?:cliff|edge|bridge|roof|tracks|railway|window|ledge|platform)\b",
        r"\b(?:can't|cannot)\s+feel\s+my\s+(?:legs|arms|hands)\b[^.!?]{0,40}\b(?:taken|took|pills|"
        r"tablets|morphine)|\b(?:taken|took|pills|tablets|morphine)\b[^.!?]{0,60}\b(?:can't\s+feel|"
        r"being\s+sick|feel\s+(?:strange|funny|weird|dizzy|drowsy))",
        rf"\b(?:i've|i\s+have|he's|she's|he\s+has|she\s+has|they've|just|jus|jst|already|have|ive)"
        rf"\s+(?:just\s+"
        rf"|already\s+)?(?:taken|took|swallowed|had|necked|downed)\s+(?:\w+\s+){{0,3}}(?:all|"
        rf"the\s+lot|a\s+lot|loads|lots|a\s+whole|whole|too\s+many|\d+|a\s+box|a\s+packet|a\s+"
        rf"bottle|everything|every|two\s+boxes|a\s+handful|handfuls|double|triple|a\s+load|"
        rf"loadsa|lotsa|loada|a\s+shed\s*load|hundreds|a\s+fistful|fistfuls|a\s+bunch|a\s+ton)\b"
        rf"[^.!?]{{0,30}}\b{_MEDS}",
        rf"\b(?:taken|took|swallowed|necked|downed)\s+(?:\w+\s+){{0,2}}(?:my|his|her|the)\s+(?:\w+"
        rf"\s+)?{_MEDS}\s+(?:all\s+)?(?:at\s+once|in\s+one\s+go|with\s+{_DRINK})",
        r"\b(?:took|taken|have\s+taken|i've\s+taken|just\s+taken|done|had)\s+(?:an\s+)?overdose\b"
        r"(?!\s+of\s+(?:telly|tv|television|chocolate|sugar|cake|sweets|christmas|sun|sunshine|"
        r"netflix|soaps|football|sport|caffeine|coffee|tea|fresh\s+air|family|fun|box\s*sets?|"
        r"\w+ing)\b)(?![^.!?]{0,40}\b(?:years?\s+ago|in\s+(?:19|20)\d\d|when\s+i\s+was|back\s+in|"
        r"long\s+ago|a\s+long\s+time))",
        r"\b(?:i'm|i\s+am|he's|she's|standing|sat|sitting)\s+(?:\w+\s+){0,2}(?:on|at)\s+(?:the|a)\s+"
        r"(?:edge|bridge|ledge|roof|railway|tracks|cliff|top\s+of)\b[^.!?]{0,50}\b(?:now|right"
        r"\s+now|jump|tonight|about\s+to|going\s+to|looking\s+down)",
        r"\b(?:bleeding|blood)\s+(?:\w+\s+){0,3}(?:won't\s+stop|everywhere|a\s+lot|badly|loads)"
        r"|\bcut\s+(?:too\s+)?deep",
        r"\b(?:feel(?:ing)?|i'm|getting)\s+(?:really\s+)?(?:drowsy|sleepy|woozy|sick|numb)\b"
        r"[^.!?]{0,40}\b(?:took|taken|swallowed)",
    ),
    # a medical emergency happening now, to the person or to someone they care for: the NHS
    # "when to call 999" list (not breathing, unconscious, chest pain, stroke, a fit that will not
    # stop, choking) and a vulnerable person missing in the cold or the dark
    "emergency": _c(
        rf"\b(?:he|she|they|mum|dad|nan|grandad|{_THIRD})(?:'s|\s+is|\s+has|\s+was)?\s+(?:not|"
        r"isn't|stopped|hardly|barely|no\s+longer)\s+breathing\b(?!\s+(?:properly|well|"
        r"through|right|very|as\s+well|at\s+night\s+(?:sometimes|with)))",
        r"\b(?:can't|cannot|can\s+not|struggling\s+to|fighting\s+to)\s+breathe?\b[^.!?]{0,40}"
        r"\b(?:right\s+now|going\s+blue|lips|chest\s+is\s+tight|this\s+is\s+new)\b",
        r"\b(?:lips|face|fingers)\s+(?:are|is|look|looks|have|has|gone|going|turning|turned|"
        r"look\s+a\s+bit)\s+(?:\w+\s+)?(?:blue|grey)\b|\b(?:gone|going|turned|turning)\s+blue\b",
        r"\b(?:can't|cannot|can\s+not|won't|unable\s+to)\s+(?:wake|rouse|get\s+a\s+response\s+"
        r"from)\s+(?:him|her|them|mum|dad|nan|grandad|my\s+\w+)\b",
        r"\b(?:she|he|they)\s+(?:won't|will\s+not|can't)\s+(?:wake\s+up|wake|open\s+(?:her|his|"
        r"their)\s+eyes|come\s+round)\b(?!\s+(?:in\s+the\s+morning|for|without|until|till|"
        r"early|on\s+time|when|if|unless|before))",
        r"\b(?:not|isn't|hasn't)\s+(?:coming|come)\s+round\b",
        r"\b(?:he's|she's|he\s+is|she\s+is|mum's|dad's|they're|is)\s+(?:just\s+)?(?:unconscious|"
        r"unresponsive|not\s+responding|floppy\s+and|blue)\b",
        r"\b(?:has|'s|have|just)\s+(?:just\s+)?(?:collapsed|passed\s+out|blacked\s+out)\b"
        r"(?![^.!?]{0,30}\b(?:before|once|twice|last\s+(?:year|month)|in\s+the\s+past))",
        r"\b(?:fallen|fell|collapsed|on\s+the\s+floor)\b[^.!?]{0,40}\b(?:isn't|is\s+not|not|"
        r"hasn't|stopped)\s+(?:moving|breathing|answering|responding)\b",
        r"\b(?:think|thinks|might\s+be|could\s+be|i'm\s+sure)\s+(?:he's|she's|i'm|mum's|dad's|"
        r"he\s+is|she\s+is|i\s+am|they're|\w+'s)\s+having\s+a\s+(?:heart\s+attack|stroke|seizure|"
        r"fit)\b|\b(?:he's|she's|i'm|mum's|dad's)\s+having\s+a\s+(?:heart\s+attack|stroke|"
        r"seizure|fit)\s+(?:now|right\s+now)\b",
        r"\bface\s+(?:has\s+|'s\s+)?(?:suddenly\s+)?(?:dropped|drooped|droop\w*|gone\s+(?:funny|"
        r"lopsided|droopy)|fallen)\b",
        r"\b(?:chest\s+pains?|pain\s+in\s+(?:my|his|her)\s+chest)\b[^.!?]{0,50}\b(?:right\s+now|"
        r"won't\s+go|spreading|down\s+(?:my|his|her)\s+(?:left\s+)?arm|(?:my|his|her)\s+jaw|"
        r"sweating|crushing)|\bcrushing\s+(?:pain|chest)",
        r"\b(?:fitting|seizures?|fits?)\b[^.!?]{0,60}\b(?:won't\s+stop|not\s+stopp\w*|one\s+"
        r"after\s+(?:another|the\s+other)|(?:over|more\s+than|for)\s+(?:five|5|ten|10|fifteen|"
        r"15)\s+min\w*|not\s+coming\s+round|(?:hasn't|not)\s+come\s+round|still\s+not\s+"
        r"(?:right|awake)|another\s+one\s+straight)",
        r"\b(?:he's|she's|he\s+is|she\s+is|i'm|i\s+am|mum's|dad's)\s+choking\b",
        r"\b(?:he|she|they|mum|dad|nan|grandad|my\s+(?:son|daughter|husband|wife|partner|mum|dad|"
        r"brother|sister|nan|grandad|mother|father|boy|girl))(?:'s|\s+has|\s+have|\s+just)\s+"
        r"(?:just\s+)?(?:wandered|gone|walked)\s+(?:off|out|missing)\b[^.!?]{0,80}"
        r"\b(?:hours?|all\s+night|since|cold|freezing|dark|pyjamas|nightie|slippers|no\s+coat|"
        r"can't\s+find|minus)",
        r"\b(?:gone\s+missing|been\s+missing|ran\s+off|run\s+off|walked\s+out|(?:isn't|is\s+not|"
        r"not)\s+in\s+the\s+house|(?:not|hasn't|has\s+not)\s+come\s+(?:back|home))\b[^.!?]{0,80}"
        r"\b(?:hours|dark|\d\s*am|cold|freezing|police|dementia|alzheimer\w*|no\s+phone|no\s+"
        r"coat|this\s+morning|door\s+was\s+open|pyjamas)",
        r"\b(?:been\s+)?(?:gone|missing)\s+(?:for\s+)?(?:over\s+)?(?:\d+|two|to|three|four|for|"
        r"five|a\s+few|several)\s+hours\b[^.!?]{0,60}\b(?:dementia|can't\s+find|no\s+coat|cold|"
        r"dark|phone|police)",
        r"\bcan't\s+find\s+(?:him|her|mum|dad|nan|grandad|my\s+\w+)\s+anywhere\b",
        r"\b(?:been|lying|lain|laid|stuck)\s+on\s+the\s+floor\s+(?:for\s+)?(?:\w+\s+){0,2}"
        r"(?:hours?|since|all\s+night|overnight)\b",
        r"\b(?:hasn't|has\s+not|haven't|have\s+not|not)\s+(?:had|taken|been\s+given)\s+(?:his|"
        r"her|my|their|any)\s+insulin\s+(?:for\s+)?(?:two|to|three|four|for|\d+|a\s+few|several|"
        r"a\s+couple\s+of)\s+days\b|\bno\s+insulin\s+(?:since|for)\b",
        r"\b(?:should|do|shall|must)\s+i\s+(?:call|ring|phone|get)\s+(?:an\s+ambulance|999|the\s+"
        r"ambulance)\b",
        # breathing that the usual help is not fixing, and choking that a cough cannot clear
        r"\b(?:inhaler|nebuli[sz]er|blue\s+pump|pump|spray)\s+(?:isn't|is\s+not|isnt|not|doesn't|"
        r"does\s+not|aint|ain't)\s+(?:working|helping|doing\s+(?:anything|owt|nothing))\b",
        r"\b(?:choked|choking)\s+on\b[^.!?]{0,60}\b(?:can't|cannot|can\s+not|cant|isn't|not)\s+"
        r"(?:breathe|breathing|cough|coughing|speak|talk|get\s+it\s+up)\b",
        r"\b(?:can't|cannot|can\s+not|cant|struggling\s+to)\s+(?:breathe|catch\s+(?:his|her|my)\s+"
        r"breath)\b[^.!?]{0,60}\b(?:inhaler|asthma|panick\w*|swell\w*|throat|allergic|wheez\w*|"
        r"choked|choking)\b",
        # a fall with a long lie: on the floor, cannot get up, hours or the cold
        r"\b(?:fallen|had\s+a\s+fall|on\s+the\s+floor)\b[^.!?]{0,60}\b(?:can't|cannot|can\s+not|"
        r"cant)\s+(?:get\s+(?:\w+\s+)?up|move|reach)\b[\s\S]{0,80}\b(?:since|hours|last\s+night|"
        r"all\s+night|overnight|so\s+cold|freezing|right\s+now|help\s+me|one\s+hand)\b",
        r"\b(?:fallen|on\s+the\s+floor)\b[\s\S]{0,60}\bbeen\s+(?:here|there|down\s+here|lying\s+"
        r"here|like\s+this)\s+(?:for\s+)?(?:hours|since|all\s+night|overnight|ages)\b",
        # a diabetic without insulin who is now being sick, drowsy or confused
        r"\b(?:run\s+out\s+of|ran\s+out\s+of|without|no|hasn't\s+had|not\s+had|missed)\s+(?:his|"
        r"her|my|their|any)?\s*insulin\b[\s\S]{0,90}\b(?:being\s+sick|sick\s+(?:again|everywhere)|"
        r"vomit\w*|confused|drowsy|sleepy|won't\s+wake|breathing\s+(?:fast|funny|heavy)|not\s+"
        r"making\s+sense)\b",
        # someone threatening to kill, now, with a weapon or with people hiding from them
        r"\b(?:going\s+to|gonna|'ll|will|wants\s+to|threatening\s+to|threatened\s+to)\s+kill\s+"
        r"(?:him|her|me|us|them|my\s+\w+|every(?:one|body)|mum|dad|nan|grandad|[a-z]+)\b[\s\S]{0,100}\b(?:hiding|hid|locked\s+"
        r"(?:ourselves|myself|us|me)|barricad\w*|knife|hammer|bat|gun|machete|weapon|at\s+the\s+door|"
        r"banging\s+on)\b",
        r"\b(?:knife|hammer|machete|gun|weapon|bat)\b[\s\S]{0,100}\b(?:going\s+to|gonna|threatening\s+"
        r"to|says\s+(?:he'll|she'll|he\s+will)|said\s+(?:he'd|she'd|he\s+would))\s+kill\s+(?:him|her|"
        r"me|us|them|my\s+\w+)\b",
    ),
    # someone else, reported by the person typing
    "reported": _c(
        rf"\b(?:found|find|finding)\s+(?:a|his|her|their|some)?\s*(?:\w+\s+)?(?:notes?|letters?|"
        rf"rope|noose|{_MEDS})\b[^.!?]{{0,50}}\b(?:hidden|hid|stashed|saved|under|goodbye|sorry|"
        rf"wardrobe|drawer|in\s+(?:his|her)\s+(?:room|bag|coat))",
        rf"\b(?:has\s+been|has|'s\s+been|is|keeps|been)\s+(?:hiding|stashing|saving|hoarding|"
        rf"stockpiling|spitting\s+out|not\s+taking\s+and\s+keeping)\s+(?:his|her|their|the)?\s*"
        rf"(?:\w+\s+)?{_MEDS}",
        r"\b(?:keeps?|kept|has\s+been|been|started|always)\s+(?:saying|talking|going\s+on|"
        r"telling\s+(?:me|us|everyone)|asking)\s+(?:about\s+|that\s+|how\s+)?(?:(?:he|she|they)"
        r"\s+)?(?:wants?\s+to\s+die|wanting\s+to\s+die|dying|death|ending\s+it|killing\s+"
        r"(?:him|her|them)self|not\s+being\s+here|being\s+better\s+off\s+dead|(?:he|she|they)"
        r"(?:'d|\s+would)\s+be\s+better\s+off|how\s+to\s+die|wants?\s+it\s+(?:all\s+)?over|"
        r"(?:won't|will\s+not)\s+be\s+(?:here|around))",
        r"\b(?:tried|attempted)\s+to\s+(?:hang|kill|overdose|end|cut|drown|strangle|jump)\b",
        r"\b(?:(?:he|she|they)\s+)?(?:said|says|told\s+(?:me|us))\s+(?:that\s+)?(?:he|she|they)"
        r"(?:'s|\s+is|'ll|\s+will|\s+was|'d|\s+would)\s+(?:going\s+to\s+|gonna\s+)?(?:end\s+it|"
        r"kill\s+(?:him|her|them)self|do\s+it|take\s+(?:all|the\s+lot|an\s+overdose)|not\s+be\s+"
        r"here|jump|be\s+better\s+off\s+dead|rather\s+be\s+dead)",
    ),
    # cutting or burning with intent, or getting worse
    "self_harm": _c(
        r"\b(?:cut|cutting|cuts|burn\w*|scald\w*|ligatur\w*|scratch\w*|razors?|blade)\b[^.!?]{0,80}"
        r"\b(?:deeper|further|for\s+real|the\s+real\s+thing|bleed\s+out|finish(?:es)?\s+it|last\s+"
        r"time|not\s+stop|till\s+it\s+stops|until\s+i|my\s+(?:neck|throat)|far\s+enough|takes?\s+"
        r"me|practice|tighter|worse|hit\s+something|infected|didn't\s+want\s+to\s+stop|isn't\s+"
        r"(?:enough|working|helping)|not\s+enough)",
        r"\bligatur\w*\b",
        r"\b(?:cutting|cut|burning|burnt|burned|scratching|hurting|harming)\s+(?:my|him|her|them)"
        r"selves?\s+(?:again|more|deeper|every|worse|a\s+lot)",
        r"\b(?:cutting|cut|burning)\s+(?:my|his|her)\s+(?:arms?|legs?|wrists?|thighs?|skin|"
        r"stomach)\b(?![^.!?]{0,40}\b(?:shaving|cooking|on\s+the|by\s+accident|accidentally|"
        r"kettle|oven|years?\s+ago))",
    ),
}

# --- crisis: ask ----------------------------------------------------------------------------

CRISIS_WEAK: dict[str, re.Pattern[str]] = {
    "hopeless": _c(
        r"\b(?:no|not\s+any|lost\s+(?:all|any))\s+(?:point|hope|future|reason)\b",
        r"\bwhat'?s\s+the\s+point\b",
        r"\b(?:pointless|hopeless|worthless|useless\s+to\s+everyone)\b",
        # "that can't go on" is about an arrangement ("he's 80 himself, so that can't go on")
        r"(?<!\bthat\s)(?<!\bthis\s)(?<!\bit\s)(?<!\bthings\s)(?<!\bwhich\s)\b(?:can't|cannot)\s+"
        r"(?:cope|go\s+on|do\s+this|face|see\s+a\s+way|see\s+the\s+point|see\s+a\s+future|carry\s+"
        r"on|take\s+(?:it|much))\b",
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
    "arranging": _c(
        r"\b(?:so|where|somewhere)\s+(?:nobody|no\s+one|no-one|noone)\s+(?:will\s+|can\s+|'ll\s+|"
        r"would\s+)?(?:find|finds|found|stop|stops|disturb|disturbs|interrupt)\s+me\b",
        r"\b(?:make\s+sure|see\s+that)\s+(?:my|the)\s+(?:cat|dog|pets?|budgie|bird|rabbit|parrot|"
        r"fish|hamster)\s+(?:\w+\s+)?(?:goes|go|gets\s+(?:taken|looked\s+after))\s+to\b",
        r"\b(?:rehom\w*|find\s+a\s+(?:new\s+)?home\s+for|found\s+a\s+(?:new\s+)?home\s+for)\s+"
        r"(?:my|the)\s+(?:cat|dog|pets?|budgie|bird|rabbit|parrot)\b",
    ),
    "death_words": _c(
        r"\b(?:die|dying|dead|death|suicid\w*|kill|killing|overdose|end\s+it|end\s+my|"
        r"funeral|goodbye|gone\s+for\s+good|heaven|grave|rope|noose|jump|unalive)\b",
    ),
    "means_plain": _c(
        rf"\b(?:stockpil\w*|saving\s+up|hoard\w*|stash\w*)\b[^.!?]{{0,30}}{_MEDS}",
        rf"\b\d{{2,3}}\s+(?:\w+\s+)?{_MEDS}\b",
        rf"\b{_MEDS}\b[^.!?]{{0,40}}\b{_DRINK}\b",
    ),
}

# --- safeguarding: act at once ----------------------------------------------------------------

_WHO = (
    r"(?:he|she|they|him|her|them|my\s+(?:son|daughter|husband|wife|partner|boyfriend|"
    r"girlfriend|brother|sister|nephew|niece|grandson|granddaughter|carers?|dad|mum|uncle|aunt|"
    r"cousin|neighbou?r|landlord|lodger|friend|mate|ex|stepdad|stepmum|son-in-law|"
    r"daughter-in-law|support\s+worker|key\s*worker)|the\s+(?:carers?|staff|agency|manager|"
    r"nurses?|workers?|girls|lads|home)|(?:his|her|their)\s+(?:carers?|son|daughter|wife|"
    r"husband|partner|nephew|niece|grandson|family)|someone|somebody|[a-z]+)"
)
_VICTIM = r"(?:me|him|her|them|mum|dad|nan|grandad|my\s+\w+|the\s+residents|us)"

SAFEGUARDING_STRONG: dict[str, re.Pattern[str]] = {
    "financial": _c(
        r"\b(?:has|keeps?|kept|got|takes?|took|taken|holds?|holding|hangs\s+on\s+to|won't\s+give"
        r"\s+(?:me|her|him)(?:\s+back)?)\s+(?:my|his|her|their|mum's|dad's)\s+(?:bank\s+|debit\s+"
        r"|credit\s+|post\s+office\s+)?(?:card|cards|pin|bank\s+book|cash\s+card)\b",
        r"\b(?:takes?|took|taken|taking|spends?|spent|spending|uses?|used|using|helps?\s+(?:him|"
        r"her|them)self\s+to|pockets?|pocketed|keeps?|kept|drains?|drained|empties|emptied|"
        r"cleared|cleaned\s+out|withdraws?|withdrew|gambles?|gambled|drinks?|drank)\s+(?:all\s+)?"
        r"(?:of\s+)?(?:my|his|her|their|mum's|dad's|nan's|the)\s+(?:\w+\s+)?(?:money|pension|"
        r"benefits?|savings|pip|wages|allowance|cash|account|direct\s+payment|budget|"
        r"universal\s+credit|attendance\s+allowance|dla|esa)\b"
        r"(?![^.!?]{0,30}\b(?:for\s+(?:me|her|him)\s+to|to\s+pay\s+(?:my|her|his)|for\s+the\s+"
        r"(?:shopping|bills|rent)))",
        r"\b(?:never|don't|doesn't|didn't|hardly\s+ever)\s+(?:see|get|have|saw|got)\s+(?:\w+\s+)?"
        r"(?:any\s+of\s+)?(?:my|his|her|the)\s+(?:own\s+)?(?:money|pension|benefits|pip|cash)\b",
        r"\b(?:money|cash|pension|savings|jewell?e?ry|rings?|valuables)\s+(?:keeps\s+|has\s+|"
        r"have\s+|has\s+been\s+|have\s+been\s+|goes\s+|went\s+|going\s+)?(?:go(?:es|ing)?\s+)?"
        r"(?:missing|disappear\w*|vanish\w*|gone\s+missing)",
        r"\b(?:never|doesn't|don't|didn't|won't)\s+(?:\w+\s+){0,2}(?:pay|paid|give|gave)\s+(?:it|"
        r"them|me|her|him|mum|the\s+money)\s+back\b",
        r"\b(?:pressur\w*|push\w*|made|making|forced|forcing|bullied|bullying|nagg\w*|get|got)\s+"
        rf"{_VICTIM}\s+(?:in)?to\s+sign\b",
        r"\b(?:changed?|changing|rewrote|re-?wrote)\s+(?:\w+\s+){0,2}(?:will|deeds|power\s+of\s+"
        r"attorney|bank\s+details)\b[^.!?]{0,60}\b(?:without|didn't\s+know|made|pressur|forced|"
        r"behind)",
        r"\b(?:only|just)\s+(?:gives?|lets?|allows?)\s+(?:me|her|him|mum|dad)\s+(?:have\s+)?£?\d+",
        r"\b(?:don't|doesn't|never)\s+know\s+where\s+(?:my|his|her|the)\s+(?:\w+\s+)?(?:money|"
        r"pension|benefits)\s+goes",
        r"\b(?:not|never)\s+allowed\s+(?:to\s+)?(?:see|touch|have|check|look\s+at)\s+(?:my|his|her"
        r"|the)\s+(?:own\s+)?(?:money|bank|statements|account|card)",
        r"\b(?:borrow\w*|loan\w*)\b[^.!?]{0,60}\b(?:never|not)\s+(?:\w+\s+)?(?:back|repaid|"
        r"returned|paid)",
        r"\b(?:(?:been|got|was|were|being|keeps?\s+getting)\s+(?:scammed|conned)|defrauded|swindled|"
        r"fleeced|ripped\s+(?:me|her|him)\s+off|conned\s+(?:me|her|him|mum|dad|us)\s+out)\b",
    ),
    "sexual": _c(
        r"\b(?:makes?|made|making|forces?|forced|gets?|got)\s+(?:me|her|him|them)\s+(?:\w+\s+)?"
        r"(?:do|doing)\s+(?:stuff|things|favours|sexual\s+things|it|bits)\s+(?:with|for|to)\s+"
        r"(?:his|her|their|them|him|other|the)\s*(?:mates|friends|lads|men|blokes|people)?",
        r"\b(?:sleep|sleeping|slept|have\s+sex|had\s+sex)\s+with\s+(?:his|her|their)\s+"
        r"(?:mates|friends|lads|mate|friend)",
        r"\b(?:our|a|little|special)\s+secret\b[^.!?]{0,80}\b(?:touch|bed|kiss|clothes|naked|"
        r"body|room|bath|shower|photos|pictures)",
        r"\b(?:touch|bed|kiss|clothes|naked|body|bath|shower|photos|pictures|private)\b[^.!?]"
        r"{0,80}\b(?:our|a|little|special)\s+secret\b",
        r"\b(?:photos?|pictures?|pics|videos?)\s+of\s+(?:me|her|him)\s+(?:\w+\s+){0,3}(?:naked|"
        r"undressed|in\s+the\s+(?:bath|shower)|with\s+no\s+clothes)",
        r"\b(?:sexual|sex|sexy|rude|dirty)\b[^.!?]{0,60}\b(?:favou?r|pay\s+(?:him|her|them)\s+"
        r"back|owe|in\s+return|for\s+(?:a\s+)?(?:lift|drink|money|somewhere|a\s+place|drugs))",
        r"\b(?:favou?rs?)\b[^.!?]{0,60}\b(?:bedroom|in\s+bed|sex|touch|undress|his\s+mates|"
        r"for\s+money|for\s+drugs|for\s+a\s+place)",
        r"\b(?:comes?|came|gets?|got)\s+into\s+(?:my|her|his)\s+bed\b",
        r"\b(?:touches|touched|touching|gropes?|groped|feels?\s+(?:me|her)\s+up)\b[^.!?]{0,40}"
        r"\b(?:when|while|and|but|in|at|under|where)\b(?![^.!?]{0,20}\b(?:gently|shoulder|arm\s+"
        r"to\s+help))",
        r"\b(?:watches?|watched|watching)\s+(?:me|her|him)\s+(?:\w+\s+){0,2}(?:get\s+undressed|"
        r"undress|shower|in\s+the\s+(?:bath|shower)|on\s+the\s+toilet)\b(?![^.!?]{0,30}\b"
        r"(?:for\s+safety|in\s+case))",
    ),
    "psychological": _c(
        r"\b(?:threaten\w*|threats?)\b",
        r"\b(?:if|when)\s+(?:i|she|he|they)\s+(?:tell|told|say|said)\s+(?:anyone|anybody|"
        r"someone|the\s+\w+)\b",
        r"\b(?:tells?|told|telling)\s+(?:me|her|him|them)\s+(?:to\s+)?(?:keep\s+(?:quiet|"
        r"(?:my|her|his)\s+mouth\s+shut)|not\s+to\s+(?:tell|say|talk)|shut\s+up|(?:i'm|i\s+am|"
        r"she's|he's|she\s+is|he\s+is)\s+(?:useless|stupid|worthless|a\s+burden|nothing|thick|"
        r"pathetic|disgusting|a\s+waste))",
        r"\b(?:calls?|called|calling)\s+(?:me|her|him|them)\s+(?:names|useless|stupid|thick|"
        r"worthless|a\s+\w+|fat|ugly|pathetic|disgusting)",
        r"\b(?:won't|doesn't|don't|didn't|never)\s+(?:let|allow)\s+(?:me|her|him|them|mum|dad)\s+"
        r"(?:see|go|out|talk|phone|ring|speak|have|leave|visit|use|eat|contact|meet)",
        r"\b(?:locks?|locked|locking)\s+(?:me|her|him|them|mum|dad)\s+(?:in|out)\b",
        r"\b(?:takes?|took|taken|hides?|hid|smash\w*|broke)\s+(?:away\s+)?(?:my|her|his)\s+"
        r"(?:phone|mobile|keys|walking\s+stick|frame|wheelchair|hearing\s+aids?|glasses|"
        r"zimmer)\b(?![^.!?]{0,30}\b(?:to\s+(?:charge|fix|the\s+shop|be\s+repaired)|for\s+"
        r"(?:repair|me)))",
        r"\b(?:scared|frightened|afraid|terrified|petrified)\s+(?:of|to\s+(?:go\s+home|be\s+alone"
        r"\s+with|tell|say))\s+(?:\w+\s+){0,2}(?:him|her|them|my\s+(?:son|daughter|husband|wife|"
        r"partner|carer|nephew|grandson|brother|dad|mum|boyfriend|stepdad)|what\s+(?:he|she)"
        r"(?:'ll|\s+will|\s+might))",
        r"\b(?:screams?|screamed|shouts?|shouted|yells?|yelled|swears?|swore)\s+at\s+(?:me|her|"
        r"him|them|mum|dad)\b[^.!?]{0,60}\b(?:every|all\s+the\s+time|scared|frightened|cry|"
        r"crying|hide|terrified|shaking|threat|useless|stupid)",
        r"\b(?:isolat\w*|cut\s+(?:me|her|him)\s+off\s+from|keeps?\s+(?:me|her|him)\s+away\s+"
        r"from)\b",
        r"\b(?:humiliat\w*|controll?ing|coercive|gaslight\w*|walking\s+on\s+eggshells)\b",
        r"\b(?:put|putting|send|sending|stick|dump)\s+(?:me|her|him)\s+in\s+a\s+(?:home|care\s+"
        r"home)\s+if\b",
    ),
    "physical": _c(
        rf"\b{_WHO}\s+(?:\w+\s+){{0,2}}(?:hits?|hitting|hit|slaps?|slapped|punch\w*|kicks?|"
        rf"kicked|shoves?|shoved|pushe[sd]|pushing|grabs?|grabbed|chok\w*|strangl\w*|bit|bites|"
        rf"beat|beats|beaten|throttl\w*|pinch\w*|spat|spits|drags?|dragged|throws?\s+things|"
        rf"threw\s+(?:a|the|things)|burnt|burned|scald\w*|yank\w*|twist\w*|shakes?|shook|"
        rf"rough\s+with|hurts?|hurt|smack\w*|thump\w*|whack\w*|batter\w*|lash\w*\s+out|"
        rf"manhandl\w*|restrain\w*|pinned)\s+(?:me|her|him|them|mum|dad|nan|my\s+\w+|at\s+(?:me|"
        rf"her|him)|us|the\s+residents)\b(?!\s+(?:by\s+accident|accidentally))",
        r"\b(?:bruises?|bruising|bruised|black\s+eye|marks|burns|cuts|fingermarks|finger\s+"
        r"marks|grip\s+marks)\b[^.!?]{0,60}\b(?:can't|won't|doesn't|didn't|no\s+one|nobody|"
        r"explain|says?\s+(?:she|he|i)\s+fell|from|after|on\s+(?:her|his|my)\s+(?:arms?|face|"
        r"neck|wrists?))",
        r"\b(?:gets?|got|getting|been)\s+(?:\w+\s+)?(?:hit|slapped|punched|kicked|beaten|"
        r"pushed|shoved|battered|smacked|thumped|knocked\s+about)\b(?!\s+by\s+(?:a|the)\s+(?:car|"
        r"bus|van|lorry|bike|ball|train|door|wave))(?!\s+(?:a|the)\s+(?:car|bus|wall|kerb))",
        r"\b(?:knocks?|knocked|knocking)\s+(?:me|her|him|mum|dad)\s+(?:about|around|over|down)",
        r"\b(?:rough|rougher)\s+(?:with\s+(?:me|her|him|them|mum|dad)|handl\w*)\b",
        r"\b(?:tied|strapped|tie|ties|straps)\s+(?:me|her|him|them)?\s*(?:to|in|into)\s+(?:the|a|"
        r"her|his|my)\s+(?:chair|bed|wheelchair)",
        r"\b(?:sedat\w*|drugg\w*)\s+(?:\w+\s+){0,2}(?:to\s+keep|so\s+(?:she|he|they)|to\s+shut|"
        r"quiet|calm|without)",
    ),
    "modern_slavery": _c(
        r"\b(?:work|working|worked|works|graft\w*|clean\w*|labour\w*)\b[^.!?]{0,60}\b(?:for\s+"
        r"(?:no|nothing|free|no\s+money|no\s+pay)|without\s+(?:pay|being\s+paid|wages|money)|"
        r"never\s+(?:paid|get\s+paid|see\s+(?:a\s+penny|any\s+money))|unpaid|no\s+wages|"
        r"not\s+paid)",
        r"\b(?:took|takes|taken|kept|keeps|keeping|has|holds|holding|got|hid|hides)\s+(?:my|his|"
        r"her|their|our)\s+(?:passport|papers|documents|id|visa|brp)\b",
        r"\b(?:deport\w*|immigration|home\s+office|sent\s+back|visa|papers)\b[^.!?]{0,80}\b(?:if|"
        r"unless|threat|tell|say|report|leave|complain|won't|or\s+else)",
        r"\b(?:owe|owes|owed|debt)\b[^.!?]{0,60}\b(?:work\s+(?:it\s+)?off|pay\s+(?:it|them|him)\s+"
        r"back\s+by\s+working|for\s+(?:bringing|getting)\s+(?:me|him|her)\s+here)",
        r"\b(?:people|lads|men|blokes|friends|gang|dealers?|they|some\s+\w+)\b[^.!?]{0,60}\b"
        r"(?:(?:moved|moving|staying|stay|living|using|took|taken|taking)\s+(?:\w+\s+){0,2}"
        r"(?:into|in|over)\s+(?:my|his|her)\s+(?:flat|house|place|home))",
        r"\b(?:drugs?|dealing|deal|selling|sell|stash|county\s+lines?)\b[^.!?]{0,60}\b(?:from|in|"
        r"at|out\s+of)\s+(?:my|his|her)\s+(?:flat|house|place|home)",
        r"\b(?:cuckoo\w*|county\s+lines)\b",
        r"\b(?:can't|cannot|not\s+allowed\s+to|won't\s+let\s+(?:me|him|her))\s+(?:leave|go\s+out|"
        r"go\s+anywhere)\b[^.!?]{0,40}\b(?:work|boss|they|house|unless|without)",
        r"\b(?:sleep|sleeps|sleeping|slept)\s+(?:in|on)\s+(?:the|a)\s+(?:floor|shed|kitchen|van|"
        r"garage|cupboard)\b[^.!?]{0,60}\b(?:work|boss|for\s+them|they|house)",
    ),
    "discriminatory": _c(
        r"\b(?:because|cos|cause|for\s+being|'cause|as)\s+(?:i'm|i\s+am|he's|she's|he\s+is|"
        r"she\s+is|they're|we're|of\s+(?:my|his|her))\s+(?:\w+\s+)?(?:disabled|black|gay|"
        r"lesbian|trans|muslim|jewish|deaf|blind|autistic|in\s+a\s+wheelchair|foreign|polish|"
        r"asian|religion|colour|race|skin|disability|accent|learning\s+disab\w*|down's|"
        r"sikh|hindu|bi|different|old)\b[^.!?]{0,60}",
        r"\b(?:hate\s+crimes?|racis\w*|homophob\w*|transphob\w*|disablis\w*|ableis\w*|"
        r"islamophob\w*|antisemit\w*|bigot\w*|slurs?)\b",
        r"\b(?:spat|spits?|spitting)\s+(?:at|on)\b",
        r"\b(?:called|calls?|calling|shout\w*|yell\w*)\s+(?:me|her|him|them|us)?\s*(?:a\s+)?"
        r"(?:retard\w*|spastic|spaz|mong|cripple|freak|paki|n-word|dyke|faggot|poof|tranny|"
        r"window\s+licker|nutter|psycho|schizo|dumb)",
        r"\b(?:picked\s+on|bullied|bullying|tormented|harass\w*|abused|laughed\s+at|mocked|"
        r"refused\s+service|chucked\s+out|thrown\s+out)\b[^.!?]{0,60}\b(?:because|cos|for\s+"
        r"being|disab|wheelchair|colour|religion|accent|gay|deaf|autis)",
    ),
    "organisational": _c(
        r"\b(?:left|leave|leaves|leaving)\s+(?:me|her|him|them|mum|dad|residents)\s+(?:\w+\s+){0,3}"
        r"(?:in|on|sat\s+in)\s+(?:wet|soiled|dirty|soaking|mucky|a\s+wet|a\s+soiled)\s+(?:pads?|"
        r"sheets|bed|clothes|nappies|pants|knickers|chair)",
        r"\b(?:wet|soiled|dirty|soaking)\s+(?:pads?|sheets|bed|nappies)\b[^.!?]{0,50}\b(?:hours|"
        r"all\s+(?:day|night|morning)|till|until|for\s+ages|every\s+(?:day|time))",
        r"\b(?:lock|locks|locked|locking)\s+(?:\w+\s+){0,2}(?:in|into)\s+(?:\w+\s+)?(?:room|"
        r"bedroom|lounge)\b",
        r"\b(?:calls?|visits?|carers?)\s+(?:\w+\s+){0,3}(?:don't|doesn't|didn't|never|not)\s+"
        r"(?:\w+\s+)?(?:turn\s+up|come|show|stay)\b[^.!?]{0,60}\b(?:left|no\s+(?:food|dinner|"
        r"tablets|meds)|wet|in\s+bed|on\s+the\s+floor|hungry|all\s+day|days)",
        r"\b(?:only|just)\s+(?:stay|stays|come|comes|there)\s+(?:for\s+)?(?:\d|five|two|ten|a\s+"
        r"few)\s*(?:mins?|minutes)\b",
        r"\b(?:not|aren't|never|isn't|wasn't|weren't)\s+(?:allowed|let)\s+(?:to\s+)?(?:choose|"
        r"go\s+out|get\s+up|have\s+visitors|see\s+(?:my|her|his)|eat\s+when|go\s+to\s+bed\s+when|"
        r"have\s+a\s+(?:bath|shower|drink))",
        r"\b(?:staff|carers|nurses|the\s+home|agency)\b[^.!?]{0,60}\b(?:shout\w*|swear\w*|laugh"
        r"\w*\s+at|mock\w*|rough\w*|drag\w*|yank\w*|ignor\w*|slap\w*|push\w*|grab\w*|sedat\w*|"
        r"lock\w*|tie|tied)\b",
        r"\b(?:put\s+to\s+bed|made\s+to\s+go\s+to\s+bed|in\s+(?:bed|pyjamas))\s+(?:at|by)\s+"
        r"(?:[4-7]|four|five|six|seven)\b",
    ),
    "neglect": _c(
        r"\b(?:hasn't|haven't|has\s+not|have\s+not|not|never|wasn't|weren't)\s+(?:been\s+)?"
        r"(?:fed|given\s+(?:\w+\s+)?(?:tablets|meds|medication|medicine|food|dinner|insulin|a\s+"
        r"drink|water)|washed|changed|turned|helped\s+(?:up|out\s+of\s+bed))\s+(?:for|in|since|"
        r"all)\s+(?:days|\d+|two|three|ages|a\s+week|hours|the\s+weekend|day|night|yesterday)",
        r"\bleft\s+(?:me|her|him|them|mum|dad)?\s*(?:alone|on\s+(?:my|her|his)\s+own|by\s+"
        r"(?:my|her|him)self|in\s+(?:the\s+)?(?:dark|cold|bed|chair))\s+(?:for|all)\s+(?:days|"
        r"\d+|two|three|the\s+(?:whole\s+)?weekend|a\s+week|the\s+whole|night|day)",
        r"\b(?:no|never\s+any)\s+(?:food|heating|electric|water)\s+(?:in\s+the\s+(?:house|flat|"
        r"fridge)|for\s+days)",
        r"\b(?:doesn't|don't|didn't|won't|never|forgets?\s+to)\s+(?:\w+\s+)?(?:feed|give|bring)\s+"
        r"(?:me|her|him|them|mum|dad)\s+(?:\w+\s+)?(?:food|anything\s+to\s+eat|dinner|meals?|"
        r"tablets|meds|medication|insulin|drinks?|water)",
        r"\b(?:found|find|left|lying|laid|lay)\s+(?:\w+\s+){0,3}on\s+the\s+floor\s+(?:for|all)\s+"
        r"(?:hours|night|day|ages)",
        r"\b(?:bed\s*sores?|pressure\s+sores?)\b[^.!?]{0,50}\b(?:nobody|no\s+one|never|left|"
        r"not|ignored)",
        r"\b(?:starv\w*|dehydrat\w*|malnourish\w*)\b",
    ),
    "self_neglect": _c(
        r"\b(?:stopped|stopping|stop|won't|refus\w*|not|isn't|hasn't|haven't|given\s+up)\s+"
        r"(?:\w+\s+)?(?:taking|take|taken|doing|using|having)\s+(?:\w+\s+)?(?:my|his|her|their|"
        r"the)?\s*(?:insulin|inhalers?|heart\s+(?:pills|tablets|meds)|blood\s+thinners|"
        r"medication|meds|tablets|pills|medicine|dialysis|oxygen|epilepsy\s+(?:meds|tablets)|"
        r"anti-?psychotics?|lithium|depot|injections?)\b(?![^.!?]{0,40}\b(?:doctor|gp|"
        r"consultant|nurse)\s+(?:said|told|stopped|changed))",
        r"\b(?:not|hasn't|haven't|hardly|barely|stopped|won't|isn't)\s+(?:been\s+)?(?:eaten|"
        r"eating|eat|drinking|washed|washing|bathed|changed\s+(?:her|his|my)\s+clothes|left\s+"
        r"the\s+(?:house|flat))\s+(?:properly\s+)?(?:for|in|since)\s+(?:days|weeks|months|ages|"
        r"\d+|a\s+week|a\s+month)",
        r"\b(?:house|flat|home|place|room|kitchen)\s+(?:is|'s|has\s+become|has\s+got)\s+"
        r"(?:\w+\s+)?(?:a\s+tip|filthy|disgusting|a\s+state|squalid|full\s+of\s+(?:rubbish|"
        r"junk|bags|stuff|newspapers|bottles)|overflowing|stinks|infested|a\s+health\s+hazard)",
        r"\b(?:rubbish|bin\s+bags|junk|newspapers|bottles|clutter|stuff|boxes)\s+(?:\w+\s+){0,2}"
        r"(?:piled|stacked|everywhere|to\s+the\s+ceiling|can't\s+get\s+(?:in|through))",
        r"\b(?:mice|rats|maggots|mould|cockroaches|flies|fleas|vermin)\b[^.!?]{0,50}\b(?:house|"
        r"flat|kitchen|everywhere|bed|food|living)",
        r"\b(?:hoard\w*|squalor|self[\s-]*neglect\w*)\b",
        r"\b(?:won't|refuses?\s+to|doesn't|never)\s+(?:let\s+(?:anyone|anybody|us|me|the\s+\w+)\s+"
        r"in|answer\s+the\s+door|accept\s+(?:any\s+)?help|see\s+(?:a|the|her|his)\s+(?:doctor|gp))",
        r"\b(?:no|without|hasn't\s+had|not\s+had|can't\s+afford)\s+(?:\w+\s+)?(?:heating|"
        r"hot\s+water|electric|gas)\s+(?:on\s+)?(?:for|all|since|in)\s+(?:days|weeks|months|"
        r"winter|ages)",
        r"\bsleep\w*\s+in\s+(?:my|his|her|the)\s+(?:chair|coat|clothes)\s+(?:for|every)",
    ),
    "domestic": _c(
        r"\b(?:domestic\s+(?:abuse|violence)|coercive\s+control|abusive\s+(?:relationship|"
        r"husband|wife|partner|boyfriend|girlfriend|ex))\b",
    ),
}

# --- safeguarding: ask ------------------------------------------------------------------------

SAFEGUARDING_WEAK: dict[str, re.Pattern[str]] = {
    "fear": _c(
        r"\b(?:scared|frightened|afraid|terrified|petrified|nervous)\s+(?:of|to\s+go\s+home|"
        r"when|to\s+be)\b",
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
    ),
}

# --- what counts against an alarm ---------------------------------------------------------

IDIOMS = _c(
    r"\b(?:kill|killed|murder|die|died)\s+for\s+(?:a|an|some|the)\b",
    r"\b(?:is|are|was|were|'s|'re|been)\s+killing\s+(?:me|him|her|us)\b",
    r"\b(?:feet|back|knees?|legs?|hips?|head|neck|shoulders?|hands|arms?|teeth|joints|"
    r"arthritis|stomach|belly|chest|ears?)\s+(?:\w+\s+)?(?:are|is|was|were|been|keep)\s+"
    r"killing\b",
    r"\b(?:dying|dieing)\s+(?:to|for|of\s+(?:thirst|hunger|embarrassment|laughter|boredom))\b",
    r"\b(?:died|dying|nearly\s+died|almost\s+died|could\s+have\s+died|wet\s+(?:myself|herself)"
    r")\s+(?:laughing|of\s+(?:laughter|embarrassment|shame|shock|boredom))",
    r"\b(?:bored|sick|scared|worried|frozen|freezing|tickled|love\s+\w+|loves\s+\w+)\s+to\s+"
    r"death\b",
    r"\b(?:drives?|driving|drove|send|sends|sent|going|go)\s+(?:me|him|her|us)\s+(?:mad|crazy|"
    r"insane|nuts|bonkers|round\s+the\s+bend|up\s+the\s+wall|spare)",
    r"\b(?:is|was|'s|it's|its)\s+(?:murder|a\s+nightmare|a\s+killer|deadly\s+dull)\b",
    r"\b(?:could|i'll|i\s+will|i'd|gonna)\s+(?:kill|murder|strangle|throttle)\s+(?:him|her|"
    r"them|you|my\s+\w+)\b[^.!?]{0,40}(?:\blol\b|\bhaha\b|😂|😅|\bjoking\b|\bbless\b|\bbut\b|"
    r"\bwhen\b|\bfor\b|\bsometimes\b)",
    r"\bover\s+my\s+dead\s+body\b",
    r"\b(?:kill|killing)\s+(?:time|the\s+time|an\s+hour|the\s+afternoon|the\s+morning)\b",
    r"\b(?:knock\w*|knocks)\s+(?:me|you|'em|them)\s+dead\b",
    r"\bto\s+die\s+for\b",
    r"\bdead\s+(?:good|nice|funny|easy|tired|chuffed|proud|on|set|keen|lucky|posh|handy|"
    r"right|clever|kind|friendly|excited|happy|brilliant|busy|quiet|heavy|slow|expensive|"
    r"cheap|simple|boring|loud|helpful)\b",
    r"\bdead(?:line|lines|pan)\b|\bdead\s+(?:end|batter\w*|phone|leg|zone|weight|cert|"
    r"ringer|heat|of\s+night)\b",
    r"\b(?:killing|slaying|smashing)\s+it\b",
    r"\b(?:the|be\s+the)\s+death\s+of\s+me\b",
    r"\b(?:kill|shoot)\s+me\s+now\b",
    r"\b(?:i'll|i\s+will|i'd)\s+die\s+(?:of|if\s+i\s+have\s+to\s+(?:wait|fill|do))",
    r"\b(?:dying|dies|died)\s+(?:down|out|off)\b",
    r"\bdrop\s+dead\s+gorgeous\b|\bdressed\s+to\s+kill\b|\bkill\s+two\s+birds\b",
    r"\b(?:do|does|did)n'?t\s+(?:\w+\s+){0,2}(?:kill|hurt)\s+(?:anyone|a\s+fly|you)\b",
    r"\b(?:kill|die)\s+to\s+(?:be|have|get|go|see)\b|\bwould\s+kill\s+(?:me|him|her)\s+if\b",
    r"\b(?:wake|raise)\s+the\s+dead\b|\bdeath\s+of\s+(?:me|him|her|us)\b|\bshoot\s+(?:my|him|"
    r"her)self\s+in\s+the\s+foot\b|\bdie\s+of\s+old\s+age\b|\bbored\s+stiff\b|\bover\s+the\s+"
    r"moon\b|\blosing\s+the\s+will\s+to\s+live\b[^.!?]{0,30}\b(?:form|question|queue|"
    r"hold|wait|here)|\b(?:form|question|queue|hold\s+music|waiting)\b[^.!?]{0,40}\blosing\s+the\s+"
    r"will\s+to\s+live\b|\bhaunt(?:ing)?\s+(?:someone|you|them)\b",
    r"\bhit\s+(?:the|a)\s+(?:shops|road|pub|hay|sack|gym|town|spot|jackpot|roof|ceiling|"
    r"wall|bottle)\b|\bhit\s+it\s+off\b|\bhit\s+and\s+miss\b",
    r"\b(?:pain|shopping|parking|queue|traffic|journey|bus|form|forms|paperwork)\s+(?:is|was|"
    r"are)\s+(?:murder|a\s+killer|killing)",
    r"\bgo(?:ing)?\s+(?:mad|crazy|insane|spare)\b",
    r"\b(?:lol|lmao|haha+|hehe|ha\s+ha|only\s+joking|just\s+joking|kidding|jk)\b|😂|🤣|😆|,\s*ha\W*$",
    # feelings, nerves and hunger, not harm
    r"\bcould\s+eat\s+a\s+(?:horse|scabby|small\s+child)\b|\b(?:i'm|im|i\s+am|always|"
    r"absolutely)\s+starving\s+(?:by|after|before|hungry|at|when|come|til|till)\b",
    r"\bhaven't\s+(?:strangled|killed|murdered|throttled|smothered|swung\s+for|done\s+him\s+in|"
    r"done\s+her\s+in)\s+(?:him|her|them|each\s+other)?\s*yet\b",
    r"\b(?:losing|loss\s+of|death\s+of|passing\s+of|the\s+anniversary|grief|the\s+news|it|that|"
    r"this|which)\b(?:\s+(?!who\b|he\b|she\b|they\b)\w+){0,5}?\s+hit\s+(?:me|him|her|us|them)\s+"
    r"(?:hard|for\s+six|like\s+a\s+(?:ton|train|bus))\b",
    r"\bhurts?\s+(?:my|his|her|their|your)\s+feelings\b|\bjump\s+out\s+of\s+(?:my|his|her|"
    r"their)\s+skin\b",
    r"\b(?:i'd|i\s+would|he'd|she'd|we'd|they'd)\s+(?:starve|die|freeze|waste\s+away)\b[^.!?]{0,40}"
    r"\bif\b",
    r"\b(?:some\s+days|sometimes|honestly|at\s+times)\b[^.!?]{0,20}\b(?:could|i'd)\s+(?:kill|"
    r"murder|strangle|throttle|swing\s+for)\s+(?:him|her|them|my\s+\w+)\b",
    # wishes for the end of a life, said in planning: where and how, not when or by whose hand
    r"\b(?:when|if)\s+(?:my|the|his|her|their)\s+time\s+comes\b",
    r"\b(?:die|pass\s+away|go)\s+(?:at\s+home|in\s+(?:my|his|her|their)\s+(?:own\s+)?(?:bed|home|"
    r"sleep)|peacefully|with\s+dignity)\b",
)
# "no joke", "not kidding": the humour is taken away, and the sign stands; and someone else's
# "joke" ("she calls me useless but she's only joking") is how harm gets played down
_NOT_JOKING = re.compile(
    r"\b(?:no\s+joke|not\s+(?:a\s+)?jok\w*|not\s+kidding|i\s+mean\s+it|for\s+real|seriously\s+"
    r"(?:though\s+)?i|deadly\s+serious)\b|\b(?:he|she|they|hes|shes|he's|she's|they're)\s+(?:is\s+|"
    r"was\s+|says\s+|said\s+|only\s+|just\s+|always\s+)*(?:only\s+|just\s+)?(?:joking|kidding|"
    r"having\s+a\s+laugh|messing|banter)\b|\b(?:it's|its)\s+(?:just\s+)?banter\b"
)
# a short joke marker after a sentence ("Kidding. Mostly.", "Ha.") belongs to it
_JOKE_AFTER = re.compile(
    r"^\W*(?:kidding|only\s+joking|just\s+joking|joke|jk|lol|ha(?:\s*ha)*)\b", re.I
)

RESOLVED = _c(
    r"\b(?:years?|months|decades|a\s+long\s+time|ages|a\s+while|long)\s+ago\b",
    r"\b(?:back\s+in|in)\s+(?:19|20)\d\d\b",
    r"\b(?:in\s+the\s+past|when\s+i\s+was\s+(?:younger|a\s+teenager|at\s+school|in\s+my\s+"
    r"(?:teens|twenties|20s|30s))|as\s+a\s+(?:teenager|kid|child|young\s+\w+)|back\s+then|"
    r"years\s+back|in\s+my\s+(?:teens|twenties|20s|youth))\b",
    r"\b(?:i'm|i\s+am|he's|she's|he\s+is|she\s+is|we're|things\s+are|life\s+is|all)\s+(?:\w+\s+)?"
    r"(?:fine|ok|okay|good|much\s+better|better|well|in\s+a\s+(?:good|better)\s+place|doing\s+"
    r"(?:well|great|fine|ok)|settled|happy|behind\s+(?:me|us|her|him))\s+now\b",
    r"\b(?:got|get|came|come|pulled)\s+through\s+(?:it|that)\b|\b(?:that's|it's|all\s+that's)\s+"
    r"(?:behind|in\s+the\s+past)\b|\brecovered\b|\b(?:dealt|delt)\s+with\b",
    r"\b(?:since\s+then|these\s+days|nowadays)\b",
    r"\b(?:when\s+(?:i|he|she|we)\s+(?:was|were)\s+(?:young|little|small|a\s+kid|kids|a\s+child|"
    r"children|\d{1,2}|at\s+(?:uni|university|college|school))|growing\s+up|in\s+(?:my|his|her|"
    r"their)\s+(?:teens|twenties|thirties|"
    r"youth|20s|30s)|as\s+kids|at\s+school)\b",
    r"\b(?:all|it's|its)\s+(?:history|in\s+the\s+past|over)\s+now\b|\bwater\s+under\s+the\s+"
    r"bridge\b|\b(?:haven't|hasn't|not)\s+(?:\w+\s+){0,3}(?:for|in)\s+(?:over\s+)?(?:a|\w+)\s+"
    r"(?:years?|decades?)\b|\b(?:they're|scars\s+are|it's)\s+old\b|\bgot\s+out\b[^.!?]{0,40}"
    r"\b(?:years|injunction|safe|settled)|\b(?:safe|settled|happy)\s+and\s+(?:settled|safe|happy)\b",
    r"\b(?:ex-?husband|ex-?wife|ex-?partner|my\s+ex)\b[^.!?]{0,80}\b(?:left|gone|divorced|"
    r"moved\s+on|years|long\s+gone)",
    r"\b(?:was|were|had\s+been)\s+(?:sectioned|in\s+hospital|in\s+a\s+bad\s+way)\b",
    r"\b(?:that|it|this)\s+was\s+(?:back\s+)?(?:in\s+)?(?:19|20)\d\d\b|\bas\s+a\s+(?:boy|girl|"
    r"lad|lass|youngster|nipper|baby)\b|\bleft\s+(?:him|her|them)\s+(?:in|back\s+in)\s+"
    r"(?:19|20)\d\d\b",
    r"\b(?:come|came|got)\s+out\s+(?:the|on\s+the)\s+other\s+side\b|\bi'?m\s+(?:\d{2}|"
    r"(?:thirty|forty|fifty|sixty|seventy|eighty|ninety)\w*)\s+now\b",
)

SERVICES = _c(
    r"\b(?:mental\s+health\s+(?:team|nurse|worker|services?|support)|cmht|crisis\s+(?:team|"
    r"line|house|café|cafe)|home\s+treatment\s+team|cpn|community\s+psychiatric\s+nurse|"
    r"psychiatrist|psychologist|counsell?or|counsell?ing|therapist|therapy|talking\s+therap"
    r"\w*|iapt|samaritans|hospice|district\s+nurse|safeguarding\s+(?:lead|officer|team|"
    r"training|course|board)|social\s+worker|care\s+coordinator|key\s*worker|dementia\s+"
    r"nurse|macmillan|mind\b|rethink|befriend\w*|advocate|ima|imha|gp|pharmacist|nurse)\b",
)

# --- fifth session: kinds a fresh corpus showed missing, in many phrasings -----------------
# Each family below is widened with what a safeguarding practitioner knows of the kind (NHS and
# Samaritans warning signs, Care Act 14.17, SCIE indicators; docs/SAFETY.md), never with the
# wording of a held-out message; tests/safety/test_decision.py holds examples of our own.


def _widen(family: dict[str, re.Pattern[str]], name: str, *parts: str) -> None:
    family[name] = _c(family[name].pattern, *parts)


_DEAD_PERSON = r"(?:nan|nana|gran|grandad|grandma|grandpa|mum|dad|mam|my\s+\w+|him|her|them|\w+)"
_WISH_CAME_BACK = (
    r"(?:(?:the\s+)?(?:thoughts?|feelings?|urges?|voices?|wish|pull|darkness|wanting)(?:\s+to\s+"
    r"(?:die|do\s+it|end\s+it|go))?|it)\s*(?:'s|'re|is|are|have|has|keep|keeps)?\s*(?:come\s+"
    r"back|came\s+back|coming\s+back|back|returned|stronger|worse|louder)"
)
_ATTEMPT = (
    r"(?:tried\s+(?:to\s+(?:end|kill|take|hang|die|drown|jump|overdose)|before|once|twice|\w+\s+"
    r"times)|attempted|(?:an|my|the|last|first)\s+attempt|overdosed|od'd|took\s+an\s+od|"
    r"(?:an|my|the)\s+overdose)"
)
# a past attempt, and the wish now back: the strongest single predictor (NHS, Samaritans)
_widen(
    CRISIS_STRONG,
    "attempt_again",
    rf"\b{_ATTEMPT}\b[\s\S]{{0,140}}\b{_WISH_CAME_BACK}\b",
    rf"\b(?:since|after)\s+(?:my|the|his|her)\s+(?:last\s+)?(?:attempt|overdose)\b[\s\S]{{0,80}}"
    rf"\b(?:{_WISH_CAME_BACK}|(?:do|doing|try|trying)\s+it\s+again|still\s+(?:want|wanting|"
    rf"wish|wishing)\s+to\s+(?:die|go|end\s+it))\b",
)
_widen(
    CRISIS_STRONG,
    "finality",
    # the wish to die that has not gone away
    r"\b(?:haven't|have\s+not|hasn't|never|not)\s+stopped\s+(?:wanting|wishing|thinking\s+about"
    r"|planning)\s+(?:to\s+(?:die|be\s+dead|end\s+it|not\s+be\s+here)|dying|ending\s+it|death)",
    r"\b(?:can't|cannot)\s+stop\s+(?:wanting|wishing|thinking\s+about|planning)\s+(?:to\s+(?:die|"
    r"be\s+dead|end\s+it)|dying|ending\s+it|killing\s+myself|my\s+death)",
    # no future to plan for
    r"\b(?:future|years?|christmas|birthday|summer|spring|plan)\s+(?:that\s+)?(?:i'm|i\s+am|i)\s+"
    r"(?:not|never|won't)\s+(?:going\s+to\s+|gonna\s+)?(?:be\s+)?(?:in|part\s+of|around\s+for|"
    r"here\s+for|see|live\s+to\s+see)\b",
    r"\b(?:not|won't)\s+(?:going\s+to\s+|gonna\s+)?(?:live|last|make\s+it)\s+(?:past|beyond|"
    r"through|to|until|till)\s+(?:the\s+)?(?:new\s+year|christmas|spring|summer|winter|my\s+"
    r"birthday|next\s+(?:week|month|year)|the\s+(?:weekend|end\s+of))",
    # reasons to live running out
    r"\b(?:hard|harder|struggling|can't|cannot|trying)\s+(?:to\s+)?(?:think\s+of|find|come\s+up\s+"
    r"with|see)\s+(?:\w+\s+)?reasons?\s+(?:to|for)\s+(?:stay(?:ing)?|live|living|keep\s+going|"
    r"carry(?:ing)?\s+on|be(?:ing)?\s+here|stay\s+alive)\b(?!\s+(?:in|at|with|over|home|put|"
    r"up|late|on\s+the))",
    r"\b(?:running\s+out\s+of|no\s+more|not\s+many|few|fewer)\s+reasons?\s+(?:to|for)\s+(?:stay"
    r"(?:ing)?|live|living|keep\s+going|carry(?:ing)?\s+on|be(?:ing)?\s+here|stay\s+alive)\b"
    r"(?!\s+(?:in|at|with|over|home|put|up|late|on\s+the))",
    r"\bdisappear(?:ed|ing|s)?\s+for\s+(?:good|ever)\b",
    # going to join someone who has died, soon
    rf"\b(?:off|going|gonna|going\s+to|i'll|ready)\s+(?:to\s+)?(?:see|be\s+with|join|meet)\s+"
    rf"{_DEAD_PERSON}\s+(?:tonight|today|soon|now|at\s+last|this\s+(?:week|weekend)|tomorrow)\b"
    rf"(?![^.!?]{{0,40}}\b(?:grave|cemetery|crem\w*|churchyard|memorial|flowers|plot|bench|"
    rf"headstone|ashes))[\s\S]{{0,60}}\b(?:dead|died|passed|gone|buried|lost\s+(?:him|her))\b",
)
_widen(
    CRISIS_STRONG,
    "burden",
    r"\b(?:would|'d|could|might)\s+(?:\w+\s+){0,5}(?:better|easier|happier|free|relieved|"
    r"richer|cheaper|lighter|get\s+on\s+with|move\s+on|manage\s+fine|have\s+(?:their|a)\s+"
    r"li(?:fe|ves))\b[^.!?]{0,40}\bif\s+i\s+(?:was|were)\s+(?:dead|gone|not\s+here|not\s+around)"
    r"\b",
)
_widen(
    CRISIS_STRONG,
    "means",
    # getting round the pack-size limits on painkillers (MHRA limits exist for this reason)
    rf"\b(?:buy|get|buying|getting|bought|got|find)\b[^.!?]{{0,30}}\b(?:big|bigger|large|"
    rf"larger|more|extra|several|lots\s+of|loads\s+of)\s+(?:packs?|boxes|bottles|packets|"
    rf"tubs)\s+(?:of\s+)?{_MEDS}",
    rf"\b{_MEDS}\b[^.!?]{{0,60}}\b(?:different|several|other|every)\s+(?:shops|chemists|"
    rf"pharmacies|supermarkets)\b|\b(?:different|several|other)\s+(?:shops|chemists|"
    rf"pharmacies|supermarkets)\b[^.!?]{{0,60}}\b{_MEDS}\b",
)
_widen(
    CRISIS_STRONG,
    "finality",
    r"\b(?:take|taking|time\s+for|ready\s+for)\s+(?:me\s+to\s+take\s+)?the\s+(?:long|last|"
    r"final)\s+(?:walk|sleep|journey)\b|\b(?:the\s+)?(?:big|eternal|endless|permanent|forever)"
    r"\s+sleep\b",
)
_widen(
    CRISIS_STRONG,
    "plan",
    # a day chosen for when nobody will be there
    r"\b(?:picked|chosen|chose|pick|choose|set|decided\s+on|settled\s+on)\s+(?:a\s+|the\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|date|night|weekend|time)"
    r"\b[^.!?]{0,60}\b(?:because|cos|as|when|since)\s+(?:nobody|no\s+one|noone|my\s+carer|the\s+"
    r"carers?|he|she|they|mum|dad|my\s+\w+)\s+(?:doesn't|don't|won't|isn't|aren't|will\s+not|"
    r"never|can't)\s+(?:come|be\s+(?:here|around|in|home)|visit|call|check)",
)
_widen(
    CRISIS_STRONG,
    "plan",
    # a place booked to be alone and not found: arranging not to be found, with a place and a time
    r"\b(?:booked|booking|rented|hired|found|got)\s+(?:a|an|the|my)?\s*(?:room|hotel|b\s+and\s+b|"
    r"b&b|caravan|cabin|cottage|airbnb|tent|lock-?up|chalet)\b[^.!?]{0,60}\b(?:so|where)\s+"
    r"(?:nobody|no\s+one|no-one|noone)\s+(?:will\s+|can\s+|'ll\s+|would\s+)?(?:find|finds|found|"
    r"disturb|disturbs|stop|stops|interrupt)\b",
)
_widen(
    CRISIS_STRONG,
    "goodbye",
    r"\btell\s+(?:him|her|them|the\s+kids|everyone|my\s+\w+|\w+)\s+(?:that\s+)?i\s+(?:loved|"
    r"always\s+loved|did\s+love)\s+(?:him|her|them|you)\b",
    r"\btell\s+(?:him|her|them|the\s+kids|everyone|my\s+\w+)\s+(?:that\s+)?i\s+love\s+(?:him|"
    r"her|them)\b[\s\S]{0,80}\b(?:won't\s+be\s+(?:around|here)|not\s+be\s+(?:around|here)|gone|"
    r"goodbye|sorry|forgive|after\s+i)",
)
_widen(
    CRISIS_STRONG,
    "intent",
    r"\b(?:going\s+to|gonna|i'll|i\s+will|about\s+to)\s+jump\b(?=\s*(?:$|[.!?,]|after\s+this|"
    r"tonight|today|now|soon|when|off\s+(?:the|a|something)|from))",
)
_widen(
    CRISIS_STRONG,
    "acting_now",
    # an unknown number of unknown tablets, and what they are doing now
    r"\b(?:took|taken|swallowed|necked|had|downed)\s+(?:a\s+load|loads|lots|a\s+lot|a\s+handful|"
    r"handfuls|a\s+bunch|too\s+many|all)\s+(?:of\s+)?(?:something|stuff|whatever|them|these|"
    r"those|what\s+was|random)\b",
    r"\b(?:took|taken|swallowed|necked)\b[\s\S]{0,80}\b(?:vision|eyes|sight|heart|head|"
    r"speech)\s*(?:'s|is|are)?\s+(?:going|gone|racing|pounding|blurry|blurred|funny|weird|"
    r"strange|fuzzy|spinning)\b",
)
_widen(
    CRISIS_STRONG,
    "emergency",
    # anaphylaxis: a throat or tongue swelling now (NHS: call 999)
    r"\b(?:throat|tongue|lips|mouth|face)\s*(?:'s|is|are|has|have)?\s*(?:\w+\s+)?(?:swelling|"
    r"swollen|closing|tight(?:ening)?)\b(?![^.!?]{0,30}\b(?:last\s+(?:year|time)|years?\s+ago|"
    r"in\s+(?:19|20)\d\d))[\s\S]{0,80}\b(?:nuts?|peanuts?|allerg\w*|sting|stung|epi-?pen|pen|"
    r"ate|eaten|can't\s+(?:breathe|swallow)|now)\b",
    r"\banaphyla\w*\b(?![^.!?]{0,40}\b(?:if|in\s+case|plan|training|years?\s+ago|once))",
    # bleeding inside: vomiting or coughing up blood (NHS: call 999 or A&E)
    r"\b(?:vomiting|throwing\s+up|bringing\s+up|coughing\s+up|sick(?:ing)?\s+up|being\s+sick|"
    r"spewing|puking)\s+(?:\w+\s+){0,2}blood\b(?![^.!?]{0,40}\b(?:years?\s+ago|in\s+(?:19|20)"
    r"\d\d|last\s+year|once))",
    # a bad fall: not moving, a limb the wrong shape, a head hit and not answering
    r"\b(?:fallen|fell|come\s+off|collapsed|tumbled)\b[^.!?]{0,90}\b(?:isn't|is\s+not|not|"
    r"hasn't|stopped|won't\s+stop)\s+(?:moving|breathing|answering|responding|talking|bleeding)",
    r"\b(?:fallen|fell)\s+(?:down|off)\b[^.!?]{0,90}\b(?:leg|arm|hip|neck|head)\s+(?:looks?|is|"
    r"'s)\s+(?:wrong|funny|twisted|the\s+wrong\s+way|bent|bleeding)",
    # a vulnerable person missing, late, phone off
    r"\b(?:hasn't|has\s+not|not|never)\s+(?:come|got|made\s+it|arrived)\s+(?:back|home)\b"
    r"[\s\S]{0,140}\b(?:\d{1,2}\s*(?:pm|am)|midnight|dark|phone(?:'s|\s+is)?\s+(?:off|dead)|"
    r"police|learning\s+disab\w*|dementia|doesn't\s+know\s+the\s+area|can't\s+find)",
)
_widen(
    SAFEGUARDING_STRONG,
    "financial",
    # a relative who draws a benefit and the person sees nothing of it
    r"\b(?:had|has\s+had|been\s+having|been\s+taking|been\s+getting|been\s+claiming|claims?|"
    r"collects?|collecting|draws?|keeps?|kept|pockets?|pocketed)\s+(?:all\s+)?(?:of\s+)?(?:my|"
    r"his|her|their|mum's|dad's|nan's|grandad's|\w+'s)\s+(?:\w+\s+)?(?:attendance\s+allowance|"
    r"pip|pension|benefits?|dla|esa|carer's\s+allowance|universal\s+credit|wages|"
    r"allowance)\b[\s\S]{0,80}\b(?:nothing|not\s+a\s+penny|never\s+(?:sees?|gets?|had)|doesn't\s+"
    r"(?:see|get)|for\s+(?:her|him|them)sel(?:f|ves)|on\s+(?:her|him|them)sel(?:f|ves)|on\s+"
    r"(?:drink|drugs|bingo|gambling|fags|holidays))",
)
_widen(
    SAFEGUARDING_STRONG,
    "psychological",
    # making someone doubt their own mind (gaslighting), and watching every word
    r"\b(?:prove|proving|convince|convincing|make\s+out|making\s+out|tell(?:s|ing)?\s+(?:everyone|"
    r"people|the\s+(?:doctor|gp|family))|make\s+me\s+(?:think|believe))\s+(?:that\s+)?(?:i'm|i\s+"
    r"am|she's|he's|she\s+is|he\s+is)\s+(?:losing\s+(?:my|her|his)\s+(?:mind|marbles)|going\s+"
    r"(?:mad|crazy|senile)|mad|crazy|imagining\s+(?:it|things)|making\s+(?:it|things)\s+up|"
    r"unstable|not\s+(?:right|all\s+there))",
    r"\b(?:records?|recording|recorded|tapes?|taping)\s+(?:everything|every\s+word|all)\s+(?:i|"
    r"she|he)\s+(?:say|says|do|does)\b",
)
_widen(
    SAFEGUARDING_STRONG,
    "modern_slavery",
    # criminal exploitation (county lines): older people making someone carry or deliver for them
    r"\b(?:older|some|these|the)\s+(?:lads|boys|men|blokes|kids|people|guys|gang)\b[^.!?]{0,60}"
    r"\b(?:make|makes|made|making|get|gets|got|use|uses|using|send|sends|sent|have)\s+(?:him|"
    r"her|them|me|my\s+\w+)\s+(?:to\s+)?(?:carry|deliver|take|drop|run|hold|sell|move|mind)\b",
    r"\b(?:carry|carrying|carries|deliver\w*|drop\w*\s+off|running|runs)\s+(?:things|stuff|"
    r"packages?|parcels?|bags?|gear|phones?)\s+(?:to|for|round|around)\b[^.!?]{0,60}\b(?:houses|"
    r"flats|other\s+towns|them|the\s+lads|older|miles|cities)",
    r"\b(?:gone|missing|away|disappears?)\s+(?:for\s+)?(?:\d+|two|three|four|a\s+few|several)\s+"
    r"days\s+at\s+a\s+time\b",
)
_widen(
    SAFEGUARDING_STRONG,
    "organisational",
    # blanket restraint of everyone in a unit: kept in night clothes, or sedated, so none leave
    r"\b(?:kept|keep|keeps|keeping|left|made)\s+(?:us|them|me|everyone|all\s+of\s+us|the\s+"
    r"(?:residents|patients))\s+(?:\w+\s+)?in\s+(?:our|their|my|the)\s+(?:pyjamas|pjs|nighties|"
    r"nightclothes|night\s+clothes|dressing\s+gowns|beds?)\s+(?:all|the\s+whole)\s+(?:day|"
    r"morning|afternoon)",
    r"\bso\s+(?:we|they|she|he|i|nobody|no\s+one)\s+(?:wouldn't|couldn't|can't|won't|don't|"
    r"didn't)\s+(?:try\s+(?:to\s+)?)?(?:leave|get\s+out|go\s+out|wander|escape|run\s+off)\b",
)
_widen(
    SAFEGUARDING_STRONG,
    "discriminatory",
    # communication denied because of a disability: no interpreter, decisions made over the head
    r"\b(?:refuse[sd]?|refusing|won't|wouldn't|doesn't|don't|never|not)\s+(?:to\s+)?(?:bring|"
    r"book|provide|get|use|arrange|pay\s+for|allow)\s+(?:a\s+|an\s+|any\s+)?(?:bsl\s+|sign\s+"
    r"language\s+)?(?:interpreters?|signers?|easy\s+read|braille|large\s+print|hearing\s+loop)",
)
SAFEGUARDING_WEAK["fear"] = _c(
    SAFEGUARDING_WEAK["fear"].pattern,
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
# afraid of a person at home: not explained away by a fear or a wish, because it is the sign
SAFEGUARDING_WEAK["afraid_of_someone"] = _c(
    r"\b(?:scared|frightened|afraid|terrified|petrified|dread\w*|panic\w*|shaking|freeze|"
    r"tense\s+up)\b[^.!?]{0,40}\b(?:when\s+(?:he|she|they)\s+(?:comes?|gets?|walks?)\s+(?:in|home|"
    r"back)|(?:hear|heard|hearing)\s+(?:his|her|their)\s+(?:key|car|van|footsteps|voice|feet)|"
    r"(?:he|she)'s\s+(?:due\s+)?(?:home|back))",
    r"\bwalking\s+on\s+eggshells\b",
)
_IDIOMS_MORE = (
    # someone else will be cross ("mum'll kill me when she sees the kitchen"), about a mundane
    # thing; "he'll kill me if I tell anyone" is a threat and stays a sign
    r"\b(?:she'll|he'll|they'll|she\s+will|he\s+will|mum'll|dad'll|\w+\s+will|\w+'ll|she'd|"
    r"he'd|they'd)\s+(?:actually\s+|literally\s+)?(?:kill|murder|skin|slaughter)\s+me\s+(?:when|"
    r"if|for|cos|because)\b(?![^.!?]{0,50}\b(?:tell|told|telling|say|said|report|police|anyone|"
    r"anybody|find\s+out|finds\s+out|found\s+out|leave|left|social))[^.!?]{0,50}\b(?:state|"
    r"mess|garden|kitchen|house|car|hoover\w*|washing|dishes|bill|price|cost|hair|shed|diet|"
    r"biscuits|cake|chocolate|wine|drive|driving|up\s+at|filling|2am|3am|late|spent|bought|"
    r"broke|broken|dent|forgot|forgetting|teapot|vase|tidy|tidied)\b",
    # working oneself into the ground
    r"\b(?:killing|kill|killed|killin)\s+(?:my|him|her|them)sel(?:f|ves)\s+(?:\w+ing|over|"
    r"with\s+(?:work|worry|the\s+\w+)|for\s+(?:them|him|her|nothing|this))\b",
    r"\b(?:worr\w*|fuss\w*|talk\w*|feel\w*|bor\w*|tease\w*|analys\w*|overthink\w*|nag\w*|"
    r"love\w*)\s+(?:\w+\s+)?(?:everything|things|it|them|him|her|me)\s+to\s+death\b",
    # a bucket-list wish: "to see them win something before I die"
    r"\b(?:to|want\s+to|wanna|hope\s+to|like\s+to|wish\s+to|love\s+to|would\s+like\s+to|i'd\s+"
    r"like\s+to)\s+(?!sort|tidy|make\s+sure|put|clear|give|say\s+goodbye|end|kill|finish\s+(?:it|"
    r"things|myself))\w+\b[^.!?]{0,60}\bbefore\s+i\s+(?:die|pop\s+my\s+clogs|kick\s+the\s+"
    r"bucket|snuff\s+it|croak|pop\s+off)\b",
    # hyperbole about a chore: "if anyone makes me do X, I'm walking into the sea"
    r"\bif\s+(?:anyone|anybody|someone|they|you|he|she|one\s+more\s+\w+)\s+(?:\w+\s+){0,2}"
    r"(?:makes?|tries\s+to\s+make|puts?|forces?|asks?|drags?)\s+me\s+(?:to\s+)?(?:do|go\s+to|"
    r"play|sit\s+through|watch|sing|eat|wear|join)\b[^.!?]{0,60}\b(?:i'm|i'll|i\s+will|i'd)\b",
    # sport and play: "they batter me at boxing"
    r"\b(?:sparring|the\s+pads|(?:at|in|during)\s+(?:boxing|rugby|judo|karate|kickboxing|"
    r"wrestling|training|the\s+gym|the\s+club)|(?:boxing|rugby|judo|karate|kickboxing|wrestling|"
    r"martial\s+arts)\s+(?:club|gym|session|class|practice|training|nights?|match|(?:on|every)\s+"
    r"(?:\w+days?|weekends?|week)))\b",
    # mortality said as a fact of age, with no wish in it
    r"\b(?:won't|will\s+not|not\s+going\s+to)\s+be\s+(?:here|around)\s+(?:for\s+)?ever\b",
)
IDIOMS = _c(IDIOMS.pattern, *_IDIOMS_MORE)
RESOLVED = _c(
    RESOLVED.pattern,
    # death talk closed with a reassurance: "not going anywhere yet, mind"
    r"\bnot\s+going\s+anywhere\s+(?:yet|just\s+yet|soon|for\s+a\s+(?:while|bit|good\s+while))\b",
    r"\b(?:plenty\s+of\s+(?:life|years|miles)\s+(?:left\s+)?in\s+me|no\s+plans\s+to\s+(?:need|use)\s+"
    r"(?:it|them)|fit\s+as\s+a\s+fiddle)\b",
    r"\b(?:he's|she's|they're|they've|he\s+has|she\s+has|he\s+is|she\s+is|been)\s+(?:been\s+)?"
    r"out\s+of\s+(?:the|my|our|her|his)\s+(?:picture|life|lives)\b",
    r"\bno\s+contact\s+(?:since|for|now)\b|\b(?:since|after)\s+the\s+(?:court\s+case|"
    r"injunction|divorce|restraining\s+order|trial|conviction)\b",
    r"\b(?:i'm|i\s+am)\s+doing\s+(?:great|really\s+well|brilliantly|loads\s+better)\b",
    r"\b(?:complaint|it)\s+was\s+upheld\b|\b(?:doesn't|does\s+not|don't)\s+work\s+(?:there|"
    r"for\s+them|for\s+the\s+agency)\s+any\s*more\b|\bwas\s+(?:sacked|dismissed|struck\s+off)\b",
    r"\b(?:scars?|cuts)\s+(?:are|have|has)\s+(?:\w+\s+)?(?:healed|faded)\b|\bhaven't\s+(?:done\s+"
    r"it|self[\s-]harmed|cut)\s+(?:for|in)\s+(?:\w+\s+)?(?:years?|\d+\s+years?)\b",
)
# grief for someone who died by suicide is bereavement, not the person's own crisis
BEREAVED = _c(
    r"\b(?:died|passed|was\s+lost|lost)\s+(?:\w+\s+){0,3}(?:by|to|through|from)\s+suicide\b",
    r"\b(?:he|she|they)\s+(?:took|had\s+taken)\s+(?:his|her|their)\s+own\s+li(?:fe|ves)\b"
    r"[^.!?]{0,60}\b(?:ago|last\s+(?:year|month|week)|in\s+(?:19|20)\d\d|since|grief|miss|"
    r"bereave\w*|counsell\w*|cruse)",
    r"\b(?:bereaved|bereavement)\s+by\s+suicide\b|\bsuicide\s+bereavement\b|\bcruse\b",
)
# behaviour that challenges, from the person cared for, because of their condition: a carer's
# strain, not abuse of an adult at risk (asked about, not signposted, when the reading is mixed)
CONDITION = _c(
    r"\b(?:it's|its|that's|it\s+is|that\s+is)\s+(?:just\s+)?(?:the|her|his)\s+(?:illness|"
    r"dementia|alzheimer'?s|condition|disease|autism|brain\s+injury|tumour|stroke|psychosis|"
    r"learning\s+disability)(?:\s+talking)?\b",
    r"\b(?:behaviou?r|positive\s+behaviou?r|challenging\s+behaviou?r)\s+(?:team|support|plan|"
    r"specialist|nurse)\b",
    r"\b(?:he|she|they)\s+(?:can't|cannot|doesn't|don't)\s+help\s+it\b",
    r"\bwhen\s+(?:he's|she's|they're|he\s+is|she\s+is)\s+(?:overwhelmed|distressed|confused|"
    r"agitated|overloaded|in\s+(?:a\s+)?meltdown|frightened)\b",
)
# the person's own act, said in a sentence that also names a fear or a rule: "if they put me in
# a home, my tablets are ready and I'll take the lot" is a plan, not a bottom line
_OWN_ACT = re.compile(
    r"\b(?:i've|i\s+have)\s+decided\b|\b(?:i'll|i\s+will|i'm\s+going\s+to|i'm\s+gonna)\s+(?:take"
    r"\s+(?:the\s+lot|them\s+all|all\s+of\s+them|my\s+(?:own\s+)?life)|kill\s+myself|end\s+(?:it|"
    r"my\s+life))\b|\b(?:pills|tablets|meds|rope)\s+(?:are\s+)?(?:ready|saved|put\s+by|"
    r"stashed)\b|\bgot\s+(?:my|the)\s+(?:\w+\s+)?(?:pills|tablets|meds|rope)\s+ready\b"
)

FEAR_FRAME = _c(
    r"\b(?:never(?!\s+(?:open|wake|see\s+(?:another|the\s+morning)|come\s+back))|must\s+not|"
    r"mustn't|must\s+never|(?:don't|do\s+not|wouldn't)\s+want(?!\s+to\s+(?:wake|be\s+here|be\s+"
    r"alive|live|go\s+on|carry\s+on|exist|keep\s+going|get\s+up|be\s+around|see\s+another))|"
    r"no\s+one\s+(?:should|must)|shouldn't|should\s+never|not\s+be|can't\s+stand|hate\s+(?:it\s+"
    r"when|being)|worst\s+(?:thing|fear)|my\s+(?:biggest\s+)?fear|i\s+(?:fear|dread)|scared\s+"
    r"of\s+(?:being|ending|going|falling|losing)|frightened\s+of\s+(?:being|ending|going|"
    r"falling|losing)|afraid\s+of\s+(?:being|ending|going|falling|losing)|(?:terrified|scared|frightened|afraid|petrified)\s+of\s+(?:dogs|cats|spiders|heights|the\s+"
    r"dark|water|hospitals|needles|lifts|crowds|horses|birds|mice|wasps)|worr(?:y|ied|ies)\s+"
    r"(?:about|that))\b",
)

# "Never shout at him." "Always let me choose." A rule for carers, not an event.
IMPERATIVE = re.compile(
    r"(?:^|[.!?;:]\s*|\n)\s*(?:(?:and|but|also|plus|oh\s+and|really|seriously|honestly|though)"
    r"\W+){0,2}(?:please\s+)?(?:no\s+(?:\w+\s+)?\w+ing\b|must\s+never(?:\s+happen)?|never|don't\s+ever|do\s+"
    r"not\s+ever|(?:don't|do\s+not)(?!\s+(?:bother|care|see\s+the\s+point))|always|must\s+always|"
    r"(?:no\s+one|nobody|no-one|noone)\s+"
    r"(?:ever\s+)?(?:should|must|is\s+to|are\s+to|to))\b"
)

_PRESENT_RISK = re.compile(
    r"\b(?:right\s+now|again|still\s+(?:want|think|feel|have|got|plan)|tonight|this\s+week|"
    r"lately|recently|at\s+the\s+moment|every\s+(?:day|night)|keeps?\s+(?:saying|thinking|"
    r"hitting|taking)|these\s+days\s+(?:i|he|she)\s+(?:want|think))\b"
)

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


# text-speak met in safety messages that the shared repair leaves alone ("wnt 2 b ded", "gna
# jump aftr this"): written out for the signs and the classifier only
_SAFETY_SPEAK = (
    (re.compile(r"\b(?:wnt|wnated|wan)\b"), "want"),
    (re.compile(r"\b(?:wna|wanna)\b"), "want to"),
    (re.compile(r"\b(?:gna|gunna|gona|gnna|gonn)\b"), "going to"),
    (re.compile(r"\b(?:ded|dedd)\b"), "dead"),
    (re.compile(r"\b(?:to|2)\s+b\b(?!\s*(?:&|and\s+q\b))"), "to be"),
    (re.compile(r"\b(?:aftr|afta)\b"), "after"),
    (re.compile(r"\b(?:nuthin|nothin|nufin|nowt)\b"), "nothing"),
    (re.compile(r"\b(?:pnt|poynt)\b"), "point"),
    (re.compile(r"\b(?:2nite|2night|tonite|2nyt|tnite)\b"), "tonight"),
    (re.compile(r"\b(?:2moro|2morrow|2moz|tmrw|tmoz|tomoz|tmrow)\b"), "tomorrow"),
    (re.compile(r"\b(?:evry1|every1|evry\s+1)\b"), "everyone"),
    (re.compile(r"\b(?:luv|lov)\b"), "love"),
    (re.compile(r"\b(?:pils|pillz)\b"), "pills"),
    (re.compile(r"\b(?:tabz)\b"), "tablets"),
    (re.compile(r"\b(?:myslf|meslf|maself)\b"), "myself"),
    (re.compile(r"\b(?:kil)\b"), "kill"),
    (re.compile(r"\b(?:cnt|carnt)\b"), "can't"),
    (re.compile(r"\b(?:anymor|nemore|n\.?e\.?more)\b"), "any more"),
)


# what the classifier's fit depends on here (model.py keys its cached fit on it)
NORMALISE_KEY = repr([(p.pattern, w) for p, w in _SAFETY_SPEAK])


def normalise(text: str) -> str:
    """Lower case, straight apostrophes, text-speak written out, safety-word typos repaired."""
    text = text.translate(_APOSTROPHES)
    text = re.sub(r"\s+", " ", text)
    text = repair(text).text
    for pattern, words in _SAFETY_SPEAK:
        text = pattern.sub(words, text)
    return text


# questions whose ordinary answers name services, or fears and rules for carers
SERVICE_QUESTIONS = frozenset({"current_support", "people", "typical_week", "support_needs"})
FEAR_QUESTIONS = frozenset({"bottom_lines", "important_to", "dreams"})
_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;\n]*")


@dataclass(frozen=True)
class Signs:
    """What the patterns saw in one message. A sign counts as "strong" only where the sentence
    it sits in is not explained away (an idiom, history that is over, a rule or fear named as a
    bottom line, a service named as help); a sign found only in such sentences is "damped"."""

    crisis_strong: tuple[str, ...]
    crisis_damped: tuple[str, ...]
    crisis_weak: tuple[str, ...]
    safeguarding_strong: tuple[str, ...]
    safeguarding_damped: tuple[str, ...]
    safeguarding_weak: tuple[str, ...]
    damped_by: tuple[str, ...]
    evidence: str
    # weak signs found only where they are explained away ("before I die" in a bucket list)
    weak_damped: tuple[str, ...] = ()

    @property
    def acting_now(self) -> bool:
        return "acting_now" in self.crisis_strong


def _sentences(t: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(t)] or [(0, len(t))]


# a fear of what might happen, at any question: "frightened of getting a stranger who might hurt
# me", "scared of being scammed" (not with "again" or "still": then it is happening)
_HYPOTHETICAL_FEAR = re.compile(
    r"\b(?:frightened|scared|afraid|terrified|petrified|worried|worry|worries|fear)\s+(?:of\s+"
    r"(?:being|getting|having|a\s+stranger|strangers|someone|anyone)|that\s+(?:someone|a\s+"
    r"stranger|anyone|somebody|people|they|a\s+carer)\s+(?:might|could|would|will))\b"
)


# "That was 2005." "Left him in 2014." "Long time ago now.": history closed in the next short
# sentence, as long as that sentence does not reopen it ("but he's back", "still", "again")
_REOPENED = re.compile(
    r"\b(?:but|still|again|(?:moved|came|come|coming|is|he's|she's|they're)\s+back|now\s+(?:he|"
    r"she|they)|until|till)\b"
)
AFTER_WORDS = 16
_ONLY_HISTORY = re.compile(r"(?:was|were|had\s+been)\s")


def _resolved_after(sentence: str, after: str) -> bool:
    if not after or len(after.split()) > AFTER_WORDS or _PRESENT_RISK.search(sentence):
        return False
    # "they didn't notice when I was in hospital" is more history, not a sign that it is over
    closings = (m for m in RESOLVED.finditer(after) if not _ONLY_HISTORY.match(m.group(0)))
    closed = next(closings, None)
    # only what follows the closing words can reopen it: "it's true but it was years ago" is closed
    return bool(
        closed and not _PRESENT_RISK.search(after) and not _REOPENED.search(after, closed.end())
    )


def why_damped(sentence: str, asking: str | None, after: str = "") -> tuple[str, ...]:
    """What explains away a warning sign in this sentence, given the open question (and the
    short sentence after it: "Kidding.")."""
    why = []
    if (IDIOMS.search(sentence) or _JOKE_AFTER.match(after)) and not _NOT_JOKING.search(
        sentence + " " + after[:40]
    ):
        why.append("idiom")
    if (RESOLVED.search(sentence) and not _PRESENT_RISK.search(sentence)) or _resolved_after(
        sentence, after
    ):
        why.append("resolved")
    if (
        (
            (asking in FEAR_QUESTIONS or asking is None)
            and (FEAR_FRAME.search(sentence) or IMPERATIVE.match(sentence))
        )
        or (_HYPOTHETICAL_FEAR.search(sentence) and not _PRESENT_RISK.search(sentence))
    ) and not _OWN_ACT.search(sentence):
        why.append("fear")
    if asking in SERVICE_QUESTIONS and SERVICES.search(sentence):
        why.append("service")
    if BEREAVED.search(sentence):
        why.append("grief")
    if CONDITION.search(sentence + " " + after[:80]):
        why.append("condition")
    return tuple(why)


_REOPENED_IN_SIGN = re.compile(
    r"\b(?:come\s+back|came\s+back|coming\s+back|(?:is|are|'s|'re)\s+back|returned|stronger|"
    r"worse|louder|again|still)\b"
)
# acting now is explained away only by history that is plainly over (docs/SAFETY.md)
_ONLY_HISTORY_DAMPS = frozenset({"acting_now"})


def _families(
    patterns: dict[str, re.Pattern[str]], t: str, damp: list[tuple[int, int, tuple[str, ...]]]
) -> tuple[tuple[str, ...], tuple[str, ...], set[str], str]:
    strong: list[str] = []
    damped: list[str] = []
    reasons: set[str] = set()
    evidence = ""
    for name, pattern in patterns.items():
        found_strong = False
        found_damped: tuple[str, ...] = ()
        # search again from just after each explained-away match: a long pattern that starts in
        # an explained sentence must not hide a match that starts in a later one
        match = pattern.search(t)
        while match:
            why = next((w for a, b, w in damp if a <= match.start() < b), ())
            if name in _ONLY_HISTORY_DAMPS:
                why = tuple(w for w in why if w == "resolved")
            if "resolved" in why and _REOPENED_IN_SIGN.search(match.group(0)):
                # "I tried in 2019. The thoughts have come back": the sign itself reopens it
                why = tuple(w for w in why if w != "resolved")
            if not why:
                found_strong = True
                evidence = evidence or match.group(0)
                break
            found_damped = why
            match = pattern.search(t, match.start() + 1)
        if found_strong:
            strong.append(name)
        elif found_damped:
            damped.append(name)
            reasons.update(found_damped)
    return tuple(strong), tuple(damped), reasons, evidence


def damped_at(text: str, asking: str | None, fragment: str) -> tuple[str, ...]:
    """What explains away a sign found (by another reader) in `fragment` of `text`."""
    t = normalise(text)
    f = normalise(fragment)
    at = t.find(f[:40]) if f else -1
    spans = _sentences(t)
    for i, (a, b) in enumerate(spans):
        if a <= max(at, 0) < b:
            after = t[spans[i + 1][0] : spans[i + 1][1]] if i + 1 < len(spans) else ""
            return why_damped(t[a:b], asking, after)
    return why_damped(t, asking)


# "if he has a fit, ring 999 when it lasts five minutes": what to do in an emergency, not one
# and a fear of one ("my fear is having a seizure on my own") is a need, not an emergency
_CONDITIONAL = re.compile(
    r"\b(?:if|unless|in\s+case|whenever|when\s+(?:i|he|she|they)\s+(?:has|have|gets?|goes|"
    r"falls?)|(?:my|his|her|the)\s+(?:\w+\s+)?(?:fear|worry|dread)|(?:worr(?:y|ied|ies)|scared|"
    r"frightened|afraid|terrified)\s+(?:of|about|that))\b"
)


def read_signs(text: str, asking: str | None = None) -> Signs:
    """Every sign in a message (already cut to a sensible length by the caller)."""
    t = normalise(text)
    spans = _sentences(t)
    damp = [
        (
            a,
            b,
            why_damped(
                t[a:b], asking, t[spans[i + 1][0] : spans[i + 1][1]] if i + 1 < len(spans) else ""
            ),
        )
        for i, (a, b) in enumerate(spans)
    ]
    if _CONDITIONAL.search(t):
        # an emergency described as "if ..." is a plan for one, so it is asked about, not acted on
        damp = [
            (a, b, why or (("conditional",) if _CONDITIONAL.search(t[a:b]) else ()))
            if CRISIS_STRONG["emergency"].search(t[a:b])
            else (a, b, why)
            for a, b, why in damp
        ]
    # naming a service or a bereavement explains away crisis words ("the crisis team visit"),
    # never abuse; a condition explains behaviour that challenges, never a crisis
    damp_sg = [(a, b, tuple(w for w in why if w not in ("service", "grief"))) for a, b, why in damp]
    damp = [(a, b, tuple(w for w in why if w != "condition")) for a, b, why in damp]
    crisis_strong, crisis_damped, r1, ev1 = _families(CRISIS_STRONG, t, damp)
    sg_strong, sg_damped, r2, ev3 = _families(SAFEGUARDING_STRONG, t, damp_sg)
    crisis_weak, crisis_weak_damped, r3, ev2 = _families(CRISIS_WEAK, t, damp)
    sg_weak, sg_weak_damped, r4, ev4 = _families(SAFEGUARDING_WEAK, t, damp_sg)
    # fear of a person at home is the sign itself: a wish or a fear frame does not explain it
    undamped_fear = [(a, b, tuple(w for w in why if w != "fear")) for a, b, why in damp_sg]
    if "afraid_of_someone" not in sg_weak:
        afraid, _, _, ev5 = _families(
            {"afraid_of_someone": SAFEGUARDING_WEAK["afraid_of_someone"]}, t, undamped_fear
        )
        sg_weak, ev4 = sg_weak + afraid, ev4 or ev5
    return Signs(
        crisis_strong=crisis_strong,
        crisis_damped=crisis_damped,
        crisis_weak=crisis_weak,
        safeguarding_strong=sg_strong,
        safeguarding_damped=sg_damped,
        safeguarding_weak=sg_weak,
        damped_by=tuple(sorted(r1 | r2 | r3 | r4)),
        evidence=ev1 or ev3 or ev2 or ev4,
        weak_damped=tuple(
            n for n in crisis_weak_damped + sg_weak_damped if n not in crisis_weak + sg_weak
        ),
    )
