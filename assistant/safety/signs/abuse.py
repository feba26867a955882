"""Safeguarding signs, to act on at once: an event of abuse in everyday words (Care and support
statutory guidance 14.17; SCIE "Types and indicators of abuse"): financial, sexual,
psychological, physical, discriminatory and domestic."""

from __future__ import annotations

from assistant.language.concern_rules import FEAR_FOR
from assistant.safety.signs.words import any_of, widened

__all__ = ["DISCRIMINATORY", "DOMESTIC", "FINANCIAL", "PHYSICAL", "PSYCHOLOGICAL", "SEXUAL"]

_WHO = (
    r"(?:he|she|they|him|her|them|my\s+(?:son|daughter|husband|wife|partner|boyfriend|"
    r"girlfriend|brother|sister|nephew|niece|grandson|granddaughter|carers?|dad|mum|uncle|aunt|"
    r"cousin|neighbou?r|landlord|lodger|friend|mate|ex|stepdad|stepmum|son-in-law|"
    r"daughter-in-law|support\s+worker|key\s*worker)|the\s+(?:carers?|staff|agency|manager|"
    r"nurses?|workers?|girls|lads|home)|(?:his|her|their)\s+(?:carers?|son|daughter|wife|"
    r"husband|partner|nephew|niece|grandson|family)|someone|somebody|[a-z]+)"
)
_VICTIM = r"(?:me|him|her|them|mum|dad|nan|grandad|my\s+\w+|the\s+residents|us)"

FINANCIAL = any_of(
    r"\b(?:has|keeps?|kept|got|takes?|took|taken|holds?|holding|hangs\s+on\s+to|won't\s+give"
    r"\s+(?:me|her|him)(?:\s+back)?)\s+(?:my|his|her|their|mum's|dad's)\s+(?:bank\s+|debit\s+"
    r"|credit\s+|post\s+office\s+)?(?:card|cards|pin|bank\s+book|cash\s+card)\b"
    # (not at the person's own request or kept safe for them: "son keeps my card, I asked him")
    r"(?![^.!?]{0,50}\b(?:i\s+asked|at\s+my\s+request|in\s+the\s+safe|because\s+i\s+kept\s+losing|"
    r"i\s+got\s+it\s+back))",
    # (not the person's own use: "can I use my budget for a gym?", "I spend my PIP on taxis")
    # (the look-behinds are tried only where one of the verbs can start: eleventh session, timing)
    r"\b(?=[tsuhpkdecwg])(?<!\bi\s)(?<!\bwe\s)(?<!\bto\s)(?<!\bi\salso\s)(?<!\bi\sjust\s)"
    # (nor a fear of a decision to come: "if they take my PIP I'll lose the car")
    r"(?<!\bif\sthey\s)(?<!\bthey'll\s)(?<!\bmight\s)(?<!\bcould\s)(?<!\bthey\swill\s)(?<!\bcan\s)"
    r"\b(?:takes?|took|taken|taking|spends?|spent|spending|uses?|used|using|helps?\s+(?:him|"
    r"her|them)self\s+to|pockets?|pocketed|keeps?|kept|drains?|drained|empties|emptied|"
    r"cleared|cleaned\s+out|withdraws?|withdrew|gambles?|gambled|drinks?|drank)\s+(?:all\s+)?"
    r"(?:of\s+)?(?:my|his|her|their|mum's|dad's|nan's|the)\s+(?:\w+\s+)?(?:money|pension|"
    r"benefits?|savings|pip|wages|allowance|cash|account|direct\s+payment|budget|"
    r"universal\s+credit|attendance\s+allowance|dla|esa)\b"
    r"(?![^.!?]{0,40}\b(?:i\s+asked|at\s+my\s+request|and\s+pays\s+my\s+bills|with\s+receipts))"
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
)

FINANCIAL = widened(
    FINANCIAL,
    # a relative who draws a benefit and the person sees nothing of it
    r"\b(?:had|has\s+had|been\s+having|been\s+taking|been\s+getting|been\s+claiming|claims?|"
    r"collects?|collecting|draws?|keeps?|kept|pockets?|pocketed)\s+(?:all\s+)?(?:of\s+)?(?:my|"
    r"his|her|their|mum's|dad's|nan's|grandad's|\w+'s)\s+(?:\w+\s+)?(?:attendance\s+allowance|"
    r"pip|pension|benefits?|dla|esa|carer's\s+allowance|universal\s+credit|wages|"
    r"allowance)\b[\s\S]{0,80}\b(?:nothing|not\s+a\s+penny|never\s+(?:sees?|gets?|had)|doesn't\s+"
    r"(?:see|get)|for\s+(?:her|him|them)sel(?:f|ves)|on\s+(?:her|him|them)sel(?:f|ves)|on\s+"
    r"(?:drink|drugs|bingo|gambling|fags|holidays))",
)

SEXUAL = any_of(
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
    # (not "nobody touches my shed" or "my bank card": a thing, not the person; fifteenth session)
    r"\b(?:touches|touched|touching|gropes?|groped|feels?\s+(?:me|her)\s+up)\b(?!\s+(?:my|his|her|"
    r"the|our)\s+(?:bank|card|cards|money|purse|wallet|shed|things|stuff|car|food|phone|plants|garden|"
    r"tools|kitchen|post|papers|bike|telly|tv|remote|books|computer|laptop|records|drawers?|desk)\b)"
    r"[^.!?]{0,40}"
    r"\b(?:when|while|and|but|in|at|under|where)\b(?![^.!?]{0,20}\b(?:gently|shoulder|arm\s+"
    r"to\s+help))",
    r"\b(?:watches?|watched|watching)\s+(?:me|her|him)\s+(?:\w+\s+){0,2}(?:get\s+undressed|"
    r"undress|shower|in\s+the\s+(?:bath|shower)|on\s+the\s+toilet)\b(?![^.!?]{0,30}\b"
    r"(?:for\s+safety|in\s+case))",
)

PSYCHOLOGICAL = any_of(
    # (not a place or a service threatened with closing: fifteenth session)
    r"\b(?:threaten\w*|threats?)\b(?!\s+(?:to\s+(?:close|shut|axe|scrap|demolish|knock\s+down|merge)"
    r"\s+(?:it|the|that|this|our|its|down)\b|of\s+(?:closure|cuts|the\s+(?:centre|club|service|"
    r"library|pool)\s+closing)))",
    # ("if I say the wrong thing" alone is a worry about getting it wrong; with someone's
    # reaction after it, it is a threat: thirteenth session)
    r"\b(?:if|when)\s+(?:i|she|he|they)\s+(?:tell|told|say|said)\s+(?:anyone|anybody|"
    r"someone|the\s+(?!(?:wrong|right)\b)\w+|the\s+(?:wrong|right)\s+thing\b(?=[^.!?]{0,30}"
    r"\b(?:he|she|they|my\s+\w+)\b))",
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
    r"(?:'ll|\s+will|\s+might))(?!'s)" + FEAR_FOR,
    # a fear for someone, not of them: "terrified of her having to give up work" (twelfth session)
    r"\b(?:screams?|screamed|shouts?|shouted|yells?|yelled|swears?|swore)\s+at\s+(?:me|her|"
    r"him|them|mum|dad)\b[^.!?]{0,60}\b(?:every|all\s+the\s+time|scared|frightened|cry|"
    r"crying|hide|terrified|shaking|threat|useless|stupid)",
    r"\b(?:isolat\w*|cut\s+(?:me|her|him)\s+off\s+from|keeps?\s+(?:me|her|him)\s+away\s+"
    r"from)\b",
    r"\b(?:humiliat\w*|controll?ing|coercive|gaslight\w*|walking\s+on\s+eggshells)\b",
    r"\b(?:put|putting|send|sending|stick|dump)\s+(?:me|her|him)\s+in\s+a\s+(?:home|care\s+"
    r"home)\s+if\b",
)

PSYCHOLOGICAL = widened(
    PSYCHOLOGICAL,
    # making someone doubt their own mind (gaslighting), and watching every word
    r"\b(?:prove|proving|convince|convincing|make\s+out|making\s+out|tell(?:s|ing)?\s+(?:everyone|"
    r"people|the\s+(?:doctor|gp|family))|make\s+me\s+(?:think|believe))\s+(?:that\s+)?(?:i'm|i\s+"
    r"am|she's|he's|she\s+is|he\s+is)\s+(?:losing\s+(?:my|her|his)\s+(?:mind|marbles)|going\s+"
    r"(?:mad|crazy|senile)|mad|crazy|imagining\s+(?:it|things)|making\s+(?:it|things)\s+up|"
    r"unstable|not\s+(?:right|all\s+there))",
    r"\b(?:records?|recording|recorded|tapes?|taping)\s+(?:everything|every\s+word|all)\s+(?:i|"
    r"she|he)\s+(?:say|says|do|does)\b",
)

PHYSICAL = any_of(
    # ("I hit my head when I'm scared" is the person's own distress, not someone's act)
    # ("nobody beats me at darts" is a boast, not a blow: thirteenth session)
    rf"\b{_WHO}\s+(?:\w+\s+){{0,2}}(?<!\bi\s)(?:hits?|hitting|hit|slaps?|slapped|punch\w*|kicks?|"
    rf"kicked|shoves?|shoved|pushe[sd]|pushing|grabs?|grabbed|chok\w*|strangl\w*|bit|bites|"
    rf"(?<!nobody\s)(?<!no\sone\s)(?<!no-one\s)(?:beat|beats|beaten)|throttl\w*|pinch\w*|spat|spits|drags?|dragged|throws?\s+things|"
    rf"threw\s+(?:a|the|things)|burnt|burned|scald\w*|yank\w*|twist\w*|shakes?|shook|"
    rf"rough\s+with|smack\w*|thump\w*|whack\w*|batter\w*|lash\w*\s+out|"
    rf"manhandl\w*|restrain\w*|pinned)\s+(?:me|her|him|them|mum|dad|nan|my\s+\w+|at\s+(?:me|"
    rf"her|him)|us|the\s+residents)\b(?!\s+(?:by\s+accident|accidentally))"
    # "my PA drags me out for a walk", "she pushes me round the park": an outing, not harm
    rf"(?!\s+(?:out|along|round|around|up\s+the\s+(?:road|hill))\b[^.!?]{{0,25}}\b(?:for\s+"
    rf"(?:a\s+)?(?:walk|coffee|cuppa|drink|pint|meal|lunch|ride|swim|spin|run)|to\s+the\s+"
    rf"(?:park|shops|pub|cafe|gym|club|bingo|pictures|cinema|beach)|shopping|walking|swimming|"
    rf"the\s+(?:park|shops|block|garden|town))\b)",
    # hurting: a person hurts a person; noises, chores and lifting hurt ears and backs
    rf"\b(?!(?:i|ll|it|that|this|these|those|which|what|who|noises?|sounds?|lights?|shoes|"
    rf"boots|lifting|hoovers?|dryers?|they)\b){_WHO}\s+(?:\w+\s+){{0,2}}hurts?\s+(?:me|her|him|"
    rf"them|mum|dad|nan|us|the\s+residents|my\s+(?!(?:back|ears?|eyes?|head|neck|knees?|hips?|"
    rf"feet|foot|hands?|shoulders?|legs?|joints|teeth|tummy|stomach|chest|bones|feelings|"
    rf"pride)\b)\w+)\b(?!\s+(?:by\s+accident|accidentally))",
    r"\bthey\s+(?:\w+\s+){0,2}hurt\s+(?:me|her|him|mum|dad|nan|us)\b(?!\s+(?:by\s+"
    r"accident|accidentally))",
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
)

DISCRIMINATORY = any_of(
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
)

DISCRIMINATORY = widened(
    DISCRIMINATORY,
    # communication denied because of a disability: no interpreter, decisions made over the head
    r"\b(?:refuse[sd]?|refusing|won't|wouldn't|doesn't|don't|never|not)\s+(?:to\s+)?(?:bring|"
    r"book|provide|get|use|arrange|pay\s+for|allow)\s+(?:a\s+|an\s+|any\s+)?(?:bsl\s+|sign\s+"
    r"language\s+)?(?:interpreters?|signers?|easy\s+read|braille|large\s+print|hearing\s+loop)",
)

DOMESTIC = any_of(
    # (not a service, a workplace or a survivor's past: "the domestic abuse worker closed my case")
    r"(?<!survivor\sof\s)\b(?:domestic\s+(?:abuse|violence)(?!\s+(?:refuge|service|worker|team|"
    r"charity|course|training|advocate|helpline|case|officer|unit))|coercive\s+control|abusive\s+(?:relationship|"
    r"husband|wife|partner|boyfriend|girlfriend|ex))\b",
)

# the seventh session (SCIE "Types and indicators of abuse"): names that wound, said as habit,
# and someone pressing into a bath, shower or bed
PSYCHOLOGICAL = widened(
    PSYCHOLOGICAL,
    r"\b(?:calls?|called|calling)\s+(?:me|her|him|them)\s+['\"]?(?:the\s+|a\s+|an\s+)?(?:mistake|"
    r"accident|useless|stupid|thick|retard\w*|fat\s+\w+|ugly|pig|waste|burden|idiot|cripple|"
    r"spastic|mong|dirty|disgusting|smelly|freak|vegetable|nothing)\b",
    r"\b(?:whispers?|whispered|mutters?|muttered|says?|said|tells?|told)\s+(?:to\s+)?(?:me|her|"
    r"him)?\s*(?:that\s+)?(?:i|she|he)\s+(?:smell|stink|am\s+disgusting|is\s+disgusting|'m\s+"
    r"disgusting|'s\s+disgusting|should\s+be\s+dead|should\s+die)\b",
)
SEXUAL = widened(
    SEXUAL,
    r"\b(?:kept|keeps|tried|tries|trying|wanted|wants)\s+(?:\w+\s+){0,2}(?:to\s+)?(?:get|come|"
    r"climb)\s+in(?:to)?\s+the\s+(?:shower|bath|bed)\s+with\s+(?:me|her|him)\b",
)


# the eighth session (set 6 read by kind): a wounding word said every day, and a card taken for
# the shopping that comes back short with no change or receipts
PSYCHOLOGICAL = widened(
    PSYCHOLOGICAL,
    r"\b(?:says|tells\s+me|keeps\s+(?:saying|telling\s+me)|calls\s+me)\s+(?:that\s+)?(?:i\s+am|"
    r"i'm|im)?\s*(?:ugly|fat|disgusting|stupid|thick|useless|worthless|a\s+burden|a\s+waste\s+of\s+"
    r"space|pathetic|a\s+cripple|a\s+retard)\b[^.!?]{0,20}\b(?:every\s+(?:day|morning|night|time)|all\s+"
    r"the\s+time|constantly|daily)\b",
)
FINANCIAL = widened(
    FINANCIAL,
    r"\b(?:takes?|took|has|keeps?)\s+(?:my|ma|his|her)\s+(?:bank\s+)?card\b[\s\S]{0,80}\b(?:no|nae|"
    r"never\s+(?:any|gets?|brings?)|without\s+(?:the\s+)?)\s*(?:change|receipts?)\b",
)

# the ninth session (set 1 read again by kind, Care Act 14.17 and Action Fraud's wording): money
# sent to someone met online and never seen; a service refused with "your sort" or "people like
# you"; a threat to put something in someone's food or drink
FINANCIAL = widened(
    FINANCIAL,
    r"\b(?:met|meets|meeting|talking\s+to|friend\s+from)\s+(?:\w+\s+){0,3}(?:online|on\s+(?:the\s+)?"
    r"(?:internet|facebook|a\s+dating\s+\w+|an\s+app))\b[\s\S]{0,120}\b(?:sent|sends|sending|"
    r"given|giving|transferred|wired|lent)\s+(?:him|her|them)\s+(?:about\s+|over\s+|nearly\s+)?"
    r"(?:£|\d|thousands|money|hundreds|her\s+savings|his\s+savings|all)",
)
DISCRIMINATORY = widened(
    DISCRIMINATORY,
    r"\b(?:won't|wouldn't|refused\s+to|refuses\s+to|will\s+not|didn't|don't|doesn't)\s+(?:\w+\s+)?"
    r"(?:register|serve|treat|see|take|let\s+(?:me|us|her|him)\s+in|accept|rent\s+to)\b[^.!?]{0,60}"
    r"\b(?:(?:my|your|our|her|his|their)\s+sort|(?:people|folk|ones)\s+like\s+(?:me|us|you|"
    r"her|him|them))\b",
)
PSYCHOLOGICAL = widened(
    PSYCHOLOGICAL,
    r"\b(?:put|putting|slip|slipping)\s+something\s+in\s+(?:my|his|her|their)\s+(?:tea|food|drink|"
    r"dinner|coffee|meals?)\b[^.!?]{0,40}\b(?:if|unless|when)\b",
)

# the tenth session (set 9 read by kind; SCIE "Types and indicators of abuse"): rough handling
# and holding down, "things done to me", a slur whispered or said of the person, a Traveller
# turned away, a will changed while the person was ill, "borrowing" that is really taking
PHYSICAL = widened(
    PHYSICAL,
    r"\b(?:throws?|threw|throwing|chucks?|chucked|flings?|flung|yanks?|yanked)\s+(?:me|her|him|them"
    r"|mum|dad|us)\s+(?:about|around|round)\b",
    r"\b(?:holds?|held|holding|pins?|pinned|pinning)\s+(?:my|his|her|their)\s+(?:arms?|wrists?|"
    r"hands?|legs?)\s+(?:behind|down|back)\b|\b(?:pins?|pinned|pinning|holds?|held|holding)\s+"
    r"(?:me|her|him|them)\s+down\b",
)
SEXUAL = widened(
    SEXUAL,
    r"\b(?:do|does|did|doing|done)\s+(?:stuff|things|bits|that)\s+to\s+(?:me|her|him)\b(?![^.!?]{0,30}"
    r"\b(?:laugh|smile|head|heart|nerves|back|knees?|skin))",
)
PSYCHOLOGICAL = widened(
    PSYCHOLOGICAL,
    r"\b(?:whispers?|whispered|mutters?|muttered|hisses|hissed|says?|said|tells?\s+me|told\s+me|"
    r"keeps?\s+saying)\b[^.!?]{0,20}\b(?:i'm|i\s+am|im)\s+(?:a\s+|an\s+|just\s+a\s+)?"
    r"(?:freak|retard\w*|spastic|spaz|mong|cripple|vegetable|animal|waste\s+of\s+space|burden|pig)"
    r"\b",
)
DISCRIMINATORY = widened(
    DISCRIMINATORY,
    r"\b(?:calls?|called|calling)\s+(?:me|her|him|them|us|mum|dad)\s+(?:the\s+|a\s+|an\s+|that\s+)?"
    r"(?:old\s+|little\s+|dirty\s+|bloody\s+)?(?:gypsy|gipsy|gyppo|pikey|tinker|paki|chinky?|"
    r"darkie|wog|coon|terrorist|immigrant|foreigner)\b",
    r"\b(?:people|folk|us|ones|you\s+lot|we)\s+(?:from|off|on)\s+the\s+(?:site|camp|caravan\s+site)"
    r"\b[^.!?]{0,60}\b(?:wait\s+outside|not\s+allowed|can't\s+come|refus\w*|won't|banned|no\s+"
    r"(?:service|entry)|turned\s+away|sent\s+away)",
)
FINANCIAL = widened(
    FINANCIAL,
    r"\b(?:changed?|changing|rewrote|re-?wrote|redid|redone)\s+(?:\w+\s+){0,2}(?:will|deeds)\b"
    r"[^.!?]{0,40}\b(?:while|when|whilst)\s+(?:i|she|he|mum|dad|nan|grandad)\s+(?:was|were)\s+"
    r"(?:in\s+(?:hospital|a\s+home|the\s+hospice)|ill|poorly|confused|asleep|away|unwell)",
    r"[\"'‘“](?:borrow\w*|lend\w*|loan\w*)[\"'’”]",
    # card details read out to someone who rang (Action Fraud: bank impersonation fraud)
    r"\b(?:rang|rings|called|calls|phoned|phones|caller|on\s+the\s+phone|from\s+the\s+bank)\b"
    r"[\s\S]{0,120}\b(?:read|gave|give|given|told|tell|said)\s+(?:her|him|them|the\s+(?:man|lady|"
    r"woman|caller|bloke))\s+(?:all\s+)?(?:my|mum's|dad's|his|her)\s+(?:bank\s+|card\s+)?(?:card\s+)?"
    r"(?:numbers?|details|pin|security\s+code)\b",
    r"\b(?:borrows?|borrowing|borrowed|takes?|taking|had|has)\s+(?:money\s+|cash\s+|£?\d+\s+)?"
    r"(?:off|from)\s+(?:me|her|him|mum|dad|nan)\s+(?:every\s+(?:week|day|payday|fortnight|"
    r"month|time)|each\s+(?:week|month|payday)|weekly|daily)\b",
)

# the eleventh session (a round of new ordinary examples moved three kinds of set 2 below the
# classifier's line; SCIE indicators, Care Act 14.17, the Forced Marriage Unit): new injuries
# each visit with a story always ready; a marriage with no choice in it; a people said to be
# unable to manage money
PHYSICAL = widened(
    PHYSICAL,
    # hurt given to make someone stop or behave (SCIE: restraint and pain used as control)
    r"\b(?:squeez\w*|grabs?|grabbed|grabbing|pinch\w*|twist\w*|bends?|bent|digs?\s+(?:her|his)\s+"
    r"nails\s+into)\s+(?:my|his|her)\s+(?:hand|hands|arm|arms|wrist|wrists|fingers?|ear)\s+(?:\w+\s+)"
    r"{0,3}(?:hard|tight|till|until|til)\b[^.!?]{0,30}\b(?:till|until|til|to\s+make)\s+(?:i|he|she|"
    r"me|him|her)\s+(?:stop|stops|calm|do|does|be\s+good|behave)",
    r"\b(?:new|another|fresh|different)\s+(?:injury|injuries|bruises?|burns?|cuts?|marks?|"
    r"scratch\w*)\b[\s\S]{0,120}\b(?:always\s+(?:has|have|got)\s+(?:a\s+|an\s+)?(?:story|excuse|"
    r"explanation|reason)|(?:story|excuse)\s+ready|won't\s+say\s+how|never\s+(?:says|knows)\s+how)",
)
DOMESTIC = widened(
    DOMESTIC,
    r"\b(?:getting|get|being|be)\s+married\b[^.!?]{0,80}\b(?:don't|do\s+not|didn't|won't)\s+(?:get|"
    r"have|give\s+me)\s+(?:a\s+|any\s+)?(?:choice|say)\b",
    r"\b(?:made|forced|forcing|making|make)\s+(?:me|him|her)\s+(?:to\s+)?(?:marry|get\s+married)\b",
)
DISCRIMINATORY = widened(
    DISCRIMINATORY,
    r"\b(?:travell?ers?|gypsies|gipsies|roma|muslims?|black\s+(?:people|folk)|asians?|(?:deaf|"
    r"disabled|gay)\s+people|people\s+like\s+(?:me|us|him|her))\s+(?:can't|cannot|can\s+not|don't"
    r"|never)\s+(?:manage|handle|be\s+trusted|look\s+after)\b",
)
