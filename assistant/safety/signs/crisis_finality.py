"""Crisis signs, to act on at once: finality said straight or coded, a past attempt with the
wish to try again, and what someone else has been saying or hiding (reported by the person
typing)."""

from __future__ import annotations

from assistant.safety.signs.words import MEDS, NOT_FOR_A_WHILE, any_of, widened

__all__ = ["ATTEMPT_AGAIN", "FINALITY", "REPORTED"]


# said straight or coded: finality, burden, nothing to live for
FINALITY = any_of(
    r"\b(?:sleep|go\s+to\s+sleep|close\s+my\s+eyes)\s+and\s+(?:not|never)\s+(?:wake|open|"
    r"come\s+back)",
    r"\b(?:not|never)\s+(?:to\s+)?wake\s+up\s+(?:again|tomorrow|in\s+the\s+morning)",
    r"\b(?:better\s+off|happier|easier)\s+(?:\w+\s+){0,3}(?:without\s+(?:me|him|her|us)|"
    r"if\s+(?:i|he|she)\s+(?:was|were|wasn't|weren't)\s*(?:n't)?\s*(?:gone|here|around|"
    r"dead|alive))",
    r"\b(?:nobody|no\s+one|no-one|noone|none\s+of\s+them|who)\s+(?:would|will|'d|is\s+going"
    r"\s+to)\s+(?:even\s+)?(?:miss|notice|care|mind)\s+(?:me|him|her|if|when)\b"
    r"(?![^.!?]{0,30}\b(?:the\s+bins?|the\s+post|a\s+cake|a\s+day\s+off))"
    # "nobody will notice if I skip the party": a small absence, not the person gone
    r"(?!\s+(?:i|we)\s+(?:skip|miss|leave\s+early|don't\s+go|do\s+not\s+go|wear|bring|forget|"
    r"sit\s+out|give\s+it\s+a\s+miss)\b)",
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
    # "where I want to die, when it's my time" is where, not when (ninth session)
    r"(?<!\bwhere\si\s)\b(?:wants?|wanted|trying|tried|going)\s+to\s+(?:die|be\s+dead|end\s+(?:it|"
    r"things|(?:my|his|her)\s+life))\b(?![^.!?]{0,40}\b(?:when\s+(?:it's|its|it\s+is)\s+my\s+time|"
    r"when\s+my\s+time\s+comes|when\s+the\s+time\s+comes|of\s+old\s+age|in\s+my\s+sleep))",
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
    r"\b(?:won't|will\s+never|never)\s+(?:hear\s+from|see)\s+me\s+again\b" + NOT_FOR_A_WHILE,
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
)

_DEAD_PERSON = r"(?:nan|nana|gran|grandad|grandma|grandpa|mum|dad|mam|my\s+\w+|him|her|them|\w+)"
FINALITY = widened(
    FINALITY,
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
FINALITY = widened(
    FINALITY,
    r"\b(?:take|taking|time\s+for|ready\s+for)\s+(?:me\s+to\s+take\s+)?the\s+(?:long|last|"
    r"final)\s+(?:walk|sleep|journey)\b|\b(?:the\s+)?(?:big|eternal|endless|permanent|forever)"
    r"\s+sleep\b",
)

# a past attempt with intent to try again
ATTEMPT_AGAIN = any_of(
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
    # rescued once, and wanting to do it again, in a later sentence (ninth session)
    r"\b(?:pulled\s+me\s+out|got\s+me\s+out|found\s+me|saved\s+me|stopped\s+me|talked\s+me\s+down|"
    r"survived|woke\s+up\s+in)\b[\s\S]{0,200}?\b(?:want|wanna|going|gonna|mean|plan\w*|will|'ll|"
    r"need)\s+(?:to\s+)?(?:go\s+back\s+and\s+)?(?:go\s+(?:in|back\s+in|off)|do\s+(?:it|that)|try(?:\s+it)?|jump|walk\s+in|"
    r"take\s+(?:them|it|the\s+lot)|finish\s+it)\s+again\b",
)

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
ATTEMPT_AGAIN = widened(
    ATTEMPT_AGAIN,
    rf"\b{_ATTEMPT}\b[\s\S]{{0,140}}\b{_WISH_CAME_BACK}\b",
    rf"\b(?:since|after)\s+(?:my|the|his|her)\s+(?:last\s+)?(?:attempt|overdose)\b[\s\S]{{0,80}}"
    rf"\b(?:{_WISH_CAME_BACK}|(?:do|doing|try|trying)\s+it\s+again|still\s+(?:want|wanting|"
    rf"wish|wishing)\s+to\s+(?:die|go|end\s+it))\b",
)

# someone else, reported by the person typing
REPORTED = any_of(
    rf"\b(?:found|find|finding)\s+(?:a|his|her|their|some)?\s*(?:\w+\s+)?(?:notes?|letters?|"
    rf"rope|noose|{MEDS})\b[^.!?]{{0,50}}\b(?:hidden|hid|stashed|saved|under|goodbye|sorry|"
    rf"wardrobe|drawer|in\s+(?:his|her)\s+(?:room|bag|coat))",
    rf"\b(?:has\s+been|has|'s\s+been|is|keeps|been)\s+(?:hiding|stashing|saving|hoarding|"
    rf"stockpiling|spitting\s+out|not\s+taking\s+and\s+keeping)\s+(?:his|her|their|the)?\s*"
    rf"(?:\w+\s+)?{MEDS}",
    r"\b(?:keeps?|kept|has\s+been|been|started|always)\s+(?:saying|talking|going\s+on|"
    r"telling\s+(?:me|us|everyone)|asking)\s+(?:about\s+|that\s+|how\s+)?(?:(?:he|she|they)"
    r"\s+)?(?:wants?\s+to\s+die|wanting\s+to\s+die|dying|death|ending\s+it|killing\s+"
    r"(?:him|her|them)self|not\s+being\s+here|being\s+better\s+off\s+dead|(?:he|she|they)"
    r"(?:'d|\s+would)\s+be\s+better\s+off|how\s+to\s+die|wants?\s+it\s+(?:all\s+)?over|"
    r"(?:won't|will\s+not)\s+be\s+(?:here|around))",
    r"\b(?:tried|attempted)\s+to\s+(?:hang|kill|overdose|end|cut|drown|strangle|jump)\b",
    r"\b(?:(?:he|she|they)\s+)?(?:said|says|told\s+(?:me|us))\s+(?:that\s+)?(?:he|she|they)"
    r"(?:'s|\s+is|'ll|\s+will|\s+was|'d|\s+would)\s+(?:going\s+to\s+|gonna\s+)?(?:end\s+it|"
    r"kill\s+(?:him|her|them)self|do\s+it(?!\s+(?:for|with|and\s+then\s+(?:left|went|moved|"
    r"forgot|didn't|never)|but\s+(?:never|didn't|hasn't|only|she\s+only|he\s+only)))|take\s+"
    r"(?:all|the\s+lot|an\s+overdose)|not\s+be\s+here|jump|be\s+better\s+off\s+dead|rather\s+be\s+"
    r"dead)",
)

# the seventh session: a past attempt and a worse means now; the date chosen and planned for
ATTEMPT_AGAIN = widened(
    ATTEMPT_AGAIN,
    r"\b(?:jumped|fell|threw\s+myself)\s+(?:off|from)\b[\s\S]{0,80}\b(?:now|this\s+time)\s+"
    r"(?:i'm|i\s+am|i've\s+been)\s+(?:looking\s+at|thinking\s+(?:of|about)|eyeing)\s+"
    r"(?:somewhere|something|a\s+\w+)\s+(?:higher|taller|bigger|deeper|stronger)\b",
    r"\b(?:finish|finishing|complete|get\s+right)\s+what\s+i\s+started\b",
)
FINALITY = widened(
    FINALITY,
    r"\b(?:that's|thats|that\s+is|it's|its)\s+(?:my|the)\s+(?:date|day|night)\b[\s\S]{0,60}"
    r"\b(?:plann\w*|decided|ready|sorted)\b|\bbeen\s+planning\s+(?:it|this|my\s+\w+)\s+"
    r"(?:since|for)\b",
)

# the eleventh session (set 10 read by kind; Samaritans: "putting affairs in order", a sudden calm
# with a time): days counted down to being free or at peace, with everything sorted
_COUNTDOWN = (
    r"(?:(?:\d+|one|two|three|four|five|six|a\s+few|a\s+couple\s+of)\s+more\s+(?:days|nights|"
    r"sleeps|weeks)|by\s+(?:the\s+weekend|friday|saturday|sunday|monday|the\s+end\s+of\s+the\s+"
    r"(?:week|month)))"
)
_AT_PEACE = (
    r"(?:finally\s+free|be\s+free|at\s+peace|all\s+(?:be\s+)?over|be\s+gone|rest\s+at\s+last|no\s+"
    r"more\s+pain)"
)
_SORTED = (
    r"(?:everything(?:'s|\s+is)\s+(?:sorted|in\s+order|arranged|ready|done)|(?:it's|its)\s+all\s+"
    r"(?:sorted|arranged|in\s+order)|(?:got|put)\s+(?:my\s+)?(?:affairs|things|everything)\s+in\s+"
    r"order)"
)
FINALITY = widened(
    FINALITY,
    rf"\b{_AT_PEACE}\b[\s\S]{{0,60}}\b{_COUNTDOWN}\b[\s\S]{{0,80}}\b{_SORTED}",
    rf"\b{_COUNTDOWN}\b[\s\S]{{0,60}}\b{_AT_PEACE}\b[\s\S]{{0,80}}\b{_SORTED}",
    rf"\b{_SORTED}\b[\s\S]{{0,80}}\b{_COUNTDOWN}\b[\s\S]{{0,60}}\b{_AT_PEACE}",
)
