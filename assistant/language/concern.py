"""The safety net: disclosures of abuse or neglect (code "safeguarding") and thoughts of
suicide or self-harm (code "crisis"), in the person's own or a carer's voice.

The text is lower-cased, text-speak is written out and misspelt safety words are repaired
(`_words.repair`), then the patterns below run. Recall matters more than precision, but the
common idioms of planning talk ("dying to go", "kill time", "hit the shops", "help with
money") are ruled out. A match inside a plain denial ("he has never hit me", "I'm not
suicidal") does not count.

Safeguarding types (Care Act statutory guidance, DOMAIN.md section 5): physical, sexual,
psychological, financial, discriminatory, organisational, neglect, self_neglect, domestic,
modern_slavery. Crisis types: suicide, self_harm.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.language._nlp import clean, parse, safe
from assistant.language._words import repair

__all__ = ["detect_concern", "detect_concerns"]

_ME = r"(?:me|him|her|them|us|mum|dad|nan|grandad)"
_POSS = r"(?:my|his|her|their|our|mum's|dad's|nan's|[a-z]+'s)"
_OBJ = rf"(?:{_ME}|{_POSS}\s+[a-z]+|the\s+(?:residents?|patients?|kids|children))"
_SELF = r"(?:my\s?self|himself|herself|themselves|themself|yourself)"
_PERSON = (
    r"(?:him|her|them|my\s+(?:husband|wife|partner|boyfriend|girlfriend|son|daughter|carers?|"
    r"dad|mum|father|mother|brother|sister|ex|neighbou?r|landlord|nephew|niece|uncle|aunt)|"
    r"(?:his|her|the|their)\s+(?:carers?|staff|workers?|husband|wife|partner|boyfriend|"
    r"girlfriend|son|daughter|manager|landlord)|going\s+home|the\s+(?:man|woman)|"
    r"what\s+(?:he|she|they)(?:'ll|\s+will|\s+might)|(?:he|she|they)\s+(?:will|'ll|might))"
)
_MONEY_THING = (
    r"(?:money|cash|pension|benefits?|savings|bank\s+card|debit\s+card|credit\s+card|card|"
    r"cards|pin|wages|allowance|direct\s+payment|budget|account|purse|wallet|jewell?e?ry|"
    r"rings?|valuables|things|stuff|pip|universal\s+credit|attendance\s+allowance)"
)
_PARTNER = re.compile(
    r"\b(?:husband|wife|partner|boyfriend|girlfriend|ex|ex-partner|ex-husband|ex-wife|fianc[eé]e?"
    r"|spouse|other\s+half)\b"
)
_ORGANISATION = re.compile(
    r"\b(?:care\s+home|nursing\s+home|the\s+home|staff|carers|agency|ward|hospital|day\s+centre"
    r"|provider|the\s+unit|residents?|nurses|workers|home\s+care|supported\s+living)\b"
)

# (code, type, pattern, can be denied)
_RULES: list[tuple[str, str, str, bool]] = [
    # --- crisis -------------------------------------------------------------------------
    ("crisis", "suicide", r"\bsuicid(?:e|al|es)\b(?!\s+(?:prevention|awareness|training))", True),
    (
        "crisis",
        "suicide",
        rf"\bkill(?:s|ing|ed)?\s+{_SELF}(?!\s+(?:laughing|with\s+laughter))",
        True,
    ),
    (
        "crisis",
        "suicide",
        r"\b(?:want|wants|wanted|wanting|going|ready|deserve|deserves|rather|prefer|wish|wishes|"
        r"like|longing)\s+(?:to\s+)?(?:just\s+)?(?:die|be\s+dead|not\s+be\s+here|not\s+wake\s+up|"
        r"not\s+exist|end\s+it(?:\s+all)?|end\s+(?:my|his|her|their)\s+life|disappear\s+for\s*ever"
        r"|sleep\s+and\s+never\s+wake)\b(?!\s+(?:my|his|her)\s+hair)(?!\s+(?:for|of|laughing|"
        r"down|hard))",
        True,
    ),
    ("crisis", "suicide", r"\b(?:rather|sooner)\s+(?:be\s+)?(?:die|dead)\b", False),
    (
        "crisis",
        "suicide",
        r"\b(?:don't|do\s+not|doesn't|does\s+not|didn't|no\s+longer)\s+want\s+to\s+(?:live|be\s+"
        r"alive|be\s+here(?:\s+any\s*more)?$|be\s+here\s+any\s*more|wake\s+up|go\s+on|carry\s+on|"
        r"exist|be\s+around)\b",
        False,
    ),
    (
        "crisis",
        "suicide",
        r"\bbetter\s+off\s+(?:dead|without\s+(?:me|him|her|us)|if\s+(?:i|he|she)\s+(?:was|were|"
        r"wasn't|weren't)\s+(?:here|dead|gone|around))\b",
        False,
    ),
    (
        "crisis",
        "suicide",
        r"\b(?:no|not\s+any|isn't\s+any|is\s+no)\s+(?:point|reason)\s+(?:in\s+)?(?:living|going\s+"
        r"on|to\s+live|to\s+go\s+on|carrying\s+on|being\s+alive|in\s+life|to\s+carry\s+on|"
        r"anymore|any\s+more)\b",
        False,
    ),
    (
        "crisis",
        "suicide",
        r"\b(?:end|ending|ended)\s+(?:it\s+all|(?:my|his|her|their)\s+(?:own\s+)?life|things|"
        r"everything|it\s+now)\b",
        True,
    ),
    (
        "crisis",
        "suicide",
        r"\b(?:take|taking|took|taken)\s+(?:my|his|her|their)\s+own\s+life\b",
        True,
    ),
    (
        "crisis",
        "suicide",
        r"\b(?:wish|wishes|wished)\s+(?:i|he|she|they)\s+(?:was|were|wasn't|weren't|had\s+never"
        r"\s+been|hadn't\s+been)\s+(?:dead|here|born|alive|around|gone)\b|\bwish\s+(?:i|he|she)\s+"
        r"could\s+(?:just\s+)?(?:die|disappear|go\s+to\s+sleep\s+for\s*ever)\b",
        False,
    ),
    (
        "crisis",
        "suicide",
        r"\b(?:thinking|thought|thoughts|think|talks?|talking|talked)\s+(?:about|of)\s+(?:ending\s+"
        r"it|killing\s+(?:my|him|her|them)|dying|death|not\s+being\s+here|suicide|ending\s+"
        r"(?:my|his|her)\s+life|taking\s+(?:my|his|her)\s+own\s+life)\b",
        True,
    ),
    (
        "crisis",
        "suicide",
        r"\b(?:tried|trying|attempted|attempt|attempts|try)\s+to\s+(?:kill|hang|end|take|drown|"
        r"overdose)\b",
        True,
    ),
    (
        "crisis",
        "suicide",
        rf"\b(?:hang|hanging|hanged|drown|drowning|poison|poisoning|gas)\s+{_SELF}\b|\bslit\s+"
        r"(?:my|his|her|their)\s+wrists?\b|\bjump(?:ing|ed)?\s+(?:off|in\s+front\s+of|from)\s+"
        r"(?:a|the)\s+(?:bridge|train|building|roof|cliff|car|bus|tower|multi)",
        True,
    ),
    (
        "crisis",
        "suicide",
        r"\bcan't\s+go\s+on(?!\s+(?:holiday|the\s+bus|a\s+|trips?|my\s+own|outings?|days?\s+out|"
        r"the\s+train|buses|trains|the\s+computer|line|it))\b|\bcan't\s+take\s+(?:it|this|any)\s*"
        r"(?:any\s*more|no\s+more)\b",
        False,
    ),
    ("crisis", "self_harm", r"\bself[\s-]*harm(?:s|ed|ing)?\b|\bself[\s-]*injur", True),
    (
        "crisis",
        "self_harm",
        rf"\b(?:cut|cuts|cutting|burn|burns|burning|burnt|harm|harms|harming|hurt|hurts|hurting|"
        rf"scratch|scratches|scratching|starve|starving|punish|punishes|punishing|bang|bangs|"
        rf"banging|hit|hits|hitting)\s+{_SELF}(?!\s+(?:when|while|falling|in\s+a\s+fall|on\s+the|"
        rf"playing|by\s+accident|accidentally|cooking|at\s+work|out|up))\b",
        True,
    ),
    (
        "crisis",
        "self_harm",
        r"\b(?:overdos(?:e|ed|es|ing)|o\.d\.)\b|\b(?:take|took|taking|swallow|swallowed)\s+all\s+"
        r"(?:of\s+)?(?:my|his|her|their|the)\s+(?:pills|tablets|meds|medication|medicine)\b",
        True,
    ),
    # --- sexual ---------------------------------------------------------------------------
    (
        "safeguarding",
        "sexual",
        r"\bsexual(?:ly)?\s+(?:abus|assault|harass|touch|exploit|comment|remark|advance)|"
        r"\b(?:rape|raped|rapes|raping|rapist|molest\w*|grop(?:e|ed|es|ing))\b|\bfgm\b",
        True,
    ),
    (
        "safeguarding",
        "sexual",
        rf"\btouch(?:es|ed|ing)?\s+{_OBJ}\s*(?:up\s+)?(?:inappropriately|in\s+a\s+(?:bad|wrong|"
        rf"funny|weird|sexual)\s+way|there|down\s+there|where|in\s+(?:my|his|her|their)\s+"
        rf"(?:private|intimate)|when\s+(?:i|he|she|they)\s+(?:don't|doesn't|didn't)|without|"
        rf"and\s+(?:i|he|she)\s+(?:don't|doesn't|didn't)\s+like)",
        True,
    ),
    (
        "safeguarding",
        "sexual",
        r"\binappropriate(?:ly)?\s+touch|\btouch\w*\s+(?:up\s+)?(?:inappropriately|sexually)|\btouch\w*\s+(?:my|his|her|their)\s+(?:private|breasts?|"
        r"bottom|bum|chest|genitals?|crotch)|\bprivate\s+parts\b",
        True,
    ),
    (
        "safeguarding",
        "sexual",
        rf"\b(?:made|makes|make|making|forced|forces|force)\s+{_ME}\s+(?:to\s+)?(?:touch|watch|"
        rf"have\s+sex|do\s+sexual|undress|strip|get\s+naked|kiss)\b",
        True,
    ),
    (
        "safeguarding",
        "sexual",
        rf"\b(?:shows?|showed|showing|sends?|sent|sending)\s+{_ME}\s+(?:porn\w*|rude\s+(?:pictures"
        r"|photos|videos)|naked|nudes?|dirty\s+(?:pictures|photos|videos|messages))|\bexpos(?:es|ed|"
        r"ing)\s+(?:himself|herself)\b|\bflash(?:es|ed|ing)\s+(?:me|at|him|her)\b",
        True,
    ),
    # --- physical -------------------------------------------------------------------------
    (
        "safeguarding",
        "physical",
        rf"\b(?:hit|hits|hitting|slap|slaps|slapped|slapping|punch|punches|punched|punching|kick|"
        rf"kicks|kicked|kicking|beat|beats|beating|beaten|thump|thumps|thumped|smack|smacks|"
        rf"smacked|smacking|strangle\w*|choke|chokes|choked|choking|throttl\w*|bite|bites|bit|"
        rf"biting|bitten|pinch|pinches|pinched|pinching|scald\w*|burn|burns|burned|burnt|shove|"
        rf"shoves|shoved|shoving|slam|slams|slammed|whack\w*|batter\w*|headbutt\w*|stab\w*|"
        rf"spit|spits|spat|spitting)\s+(?:at\s+)?(?!(?:my|his|her|their)\s+(?:head|arm|leg|knee|"
        rf"elbow|hip|foot|toe|finger|hand|shin|back)s?\s+(?:when|while|falling|getting|as|if|"
        rf"during|in\s+(?:a|his|her|my)\s+(?:fit|seizure|fall)))(?!(?:his|her|my)\s+(?:head|arm|leg|knee|elbow|hip|"
        rf"foot|hand|back)$){_OBJ}\b",
        True,
    ),
    (
        "safeguarding",
        "physical",
        rf"\b(?:hurt|hurts|hurting)\s+(?:{_ME}|{_POSS}\s+(?:mum|dad|son|daughter|wife|husband|"
        rf"brother|sister|nan|grandad|partner|child|kids))\b(?!\s+(?:feelings|back|knee|hip))",
        True,
    ),
    (
        "safeguarding",
        "physical",
        rf"\b(?:push|pushes|pushed|pushing|grab|grabs|grabbed|grabbing|drag|drags|dragged|"
        rf"dragging|shake|shakes|shook|shaking|knock|knocks|knocked|throw|throws|threw|throwing)"
        rf"\s+{_ME}\s+(?:over|down|around|about|hard|roughly|by\s+the|across|against|into|out\s+of"
        rf"\s+bed|off)\b|\bbeat\s+(?:me|him|her|them)\s+up\b",
        True,
    ),
    (
        "safeguarding",
        "physical",
        rf"\b(?:throws?|threw|throwing)\s+(?:things|stuff|plates|cups|objects|food|water|"
        rf"furniture)\s+at\s+{_ME}\b|\bpull(?:s|ed|ing)?\s+(?:my|his|her|their)\s+hair\b|"
        rf"\brough\s+with\s+{_ME}\b|\brough(?:ly)?\s+handl|\bmanhandl\w*|\bphysical(?:ly)?\s+"
        rf"(?:abus|violen|attack|assault|hurt|aggressive)",
        True,
    ),
    (
        "safeguarding",
        "physical",
        rf"\b(?:tie|ties|tied|tying|strap|straps|strapped)\s+{_ME}\s+(?:up|down|to)\b|"
        rf"\b(?:lock|locks|locked|locking)\s+{_ME}\s+(?:in|up|out)\b|\brestrain(?:s|ed|ing|t)?\s+"
        rf"{_ME}\b",
        True,
    ),
    (
        "safeguarding",
        "physical",
        r"\b(?:unexplained|strange|funny|new|lots\s+of|loads\s+of|fresh)\s+(?:bruis\w*|marks|"
        r"injur\w*|cuts\s+and\s+bruises|burns)\b|\bbruis(?:es|ed|ing)\s+(?:on|all\s+over|"
        r"everywhere|around)\b|\bblack\s+eye\b|\bfinger\s*marks\b",
        False,
    ),
    # --- psychological --------------------------------------------------------------------
    (
        "safeguarding",
        "psychological",
        rf"\b(?:shout|shouts|shouted|shouting|scream|screams|screamed|screaming|yell|yells|yelled"
        rf"|yelling|swear|swears|swore|sworn|swearing|bellow\w*|snap|snaps|snapped|snapping)\s+at"
        rf"\s+{_OBJ}",
        True,
    ),
    (
        "safeguarding",
        "psychological",
        rf"\b(?:call|calls|called|calling)\s+{_ME}\s+(?:names|stupid|useless|thick|fat|ugly|"
        rf"worthless|pathetic|a\s+burden|lazy|a\s+waste|an?\s+(?:idiot|burden|waste|cripple|"
        rf"retard|mong|spastic|freak|animal|pig|cow|bitch))\b",
        True,
    ),
    (
        "safeguarding",
        "psychological",
        rf"\b(?:threaten\w*|humiliat\w*|belittl\w*|intimidat\w*|bull(?:y|ies|ied|ying)|"
        rf"torment\w*|terrori[sz]\w*|gaslight\w*|degrad(?:es|ed|ing)|taunt\w*)\b|\b(?:mock|mocks|"
        rf"mocked|mocking|ridicul\w*|laughs\s+at|laughed\s+at|makes?\s+fun\s+of|made\s+fun\s+of)"
        rf"\s+{_OBJ}",
        True,
    ),
    (
        "safeguarding",
        "psychological",
        rf"\b(?:scared|frightened|afraid|terrified|petrified|fear|fears|feared)\s+(?:of|to\s+be\s+"
        rf"(?:alone\s+)?with|to\s+go\s+home|when)\s+{_PERSON}|\b(?:scared|frightened|afraid|"
        rf"terrified)\s+(?:to|of)\s+(?:go|going)\s+home\b|\bwalk(?:ing)?\s+on\s+egg\s*shells\b",
        True,
    ),
    (
        "safeguarding",
        "psychological",
        rf"\b(?:won't|doesn't|does\s+not|will\s+not|never|don't|didn't)\s+let\s+{_ME}\s+(?:see|"
        rf"go|talk|speak|leave|out|have|use|phone|call|eat|visit|meet|contact|ring)\b|\b(?:stops|"
        rf"stopped|stopping)\s+{_ME}\s+(?:from\s+)?(?:seeing|going|talking|speaking|leaving|"
        rf"eating|having|using|phoning|calling|visiting|meeting)\b",
        True,
    ),
    (
        "safeguarding",
        "psychological",
        rf"\b(?:isolat(?:es|ed|ing))\s+{_ME}\b|\bkeeps?\s+{_ME}\s+(?:away\s+from|locked|shut\s+in|"
        rf"in\s+(?:my|his|her|their)\s+room)|\b(?:makes?|made)\s+{_ME}\s+feel\s+(?:worthless|"
        rf"stupid|useless|small|scared|frightened|like\s+a\s+burden|like\s+rubbish|bad\s+about)|"
        rf"\b(?:emotional(?:ly)?|psychological(?:ly)?|verbal(?:ly)?|mental(?:ly)?)\s+abus\w*|"
        rf"\bsilent\s+treatment\b",
        True,
    ),
    (
        "safeguarding",
        "psychological",
        rf"\b(?:tells?|told|telling)\s+{_ME}\s+(?:i'm|he's|she's|i\s+am|he\s+is|she\s+is|they're|"
        rf"(?:i|he|she)\s+was)\s+(?:useless|worthless|stupid|a\s+burden|nothing|pathetic|a\s+waste"
        rf"|better\s+off\s+dead)|\b(?:tells?|told)\s+{_ME}\s+to\s+kill\b",
        False,
    ),
    ("safeguarding", "psychological", r"\b(?:abuse|abused|abuses|abusing|abusive|abuser)\b", True),
    # --- financial ------------------------------------------------------------------------
    (
        "safeguarding",
        "financial",
        rf"\b(?:steal|steals|stole|stolen|stealing|nick|nicks|nicked|nicking|pinch|pinches|"
        rf"pinched|pinching|thiev\w*)\s+(?:money\s+|things\s+|stuff\s+|cash\s+)?(?:from|off)"
        rf"\s+{_OBJ}|\b(?:rob|robs|robbed|robbing|fleec\w*|swindl\w*|con|conned)\s+{_ME}\b",
        True,
    ),
    (
        "safeguarding",
        "financial",
        rf"\b(?:take|takes|took|taken|taking|steal|steals|stole|stolen|stealing|nick|nicks|nicked"
        rf"|nicking|pinch|pinches|pinched|pocket|pockets|pocketed|spend|spends|spent|spending|"
        rf"withdr[ae]w\w*|clear(?:s|ed)?\s+out|empt(?:y|ies|ied)|drain(?:s|ed|ing)?|help(?:s|ed)?"
        rf"\s+(?:himself|herself|themselves)\s+to|us(?:e|es|ed|ing))\s+"
        rf"(?:all\s+(?:of\s+)?)?{_POSS}\s+(?:own\s+)?{_MONEY_THING}\b(?!\s+(?:to|with|for)\s+(?:(?:the|"
        rf"a)\s+(?:shops?|bank|post\s+office)|do|pay|get|buy|me|my|him|her|them|shopping)\b)",
        True,
    ),
    (
        "safeguarding",
        "financial",
        r"\b(?:money|cash|pension|savings|valuables|jewell?e?ry|things)\s+(?:keeps?\s+)?(?:go|goes"
        r"|going|went|gone|has\s+gone|have\s+gone|is|was|are|were|keeps|kept)\s+(?:going\s+)?"
        r"(?:missing|disappear\w*)|\bmissing\s+(?:money|cash)\b|\b(?:money|cash|savings)\s+"
        r"(?:keeps\s+)?disappear\w*",
        False,
    ),
    (
        "safeguarding",
        "financial",
        rf"\b(?:won't|doesn't|does\s+not|refuses\s+to|will\s+not|never)\s+(?:let|give)\s+{_ME}\s+"
        rf"(?:have\s+|keep\s+|touch\s+|see\s+)?(?:my|his|her|their|any)\s+(?:own\s+)?"
        rf"{_MONEY_THING}\b",
        False,
    ),
    (
        "safeguarding",
        "financial",
        rf"\b(?:made|makes|make|making|pressur\w*|forced|forces|persuaded|persuades|tricked|"
        rf"tricks|talked)\s+{_ME}\s+(?:in)?to\s+(?:sign|give|hand\s+over|lend|change\s+(?:my|his|"
        rf"her|their)\s+will|transfer|pay|buy)\b|\b(?:changed|change|rewrote|rewrite|changing)\s+"
        rf"(?:my|his|her|their)\s+will\b",
        False,
    ),
    (
        "safeguarding",
        "financial",
        r"\bscam(?:s|med|mer|mers)?\b|\bfinancial(?:ly)?\s+(?:abus|exploit)\w*|\b(?:knows?|got|"
        r"has|asked\s+for|wants|demands?)\s+(?:my|his|her|their)\s+pin\b|\b(?:loans?|credit\s+"
        r"cards?|debts?)\s+in\s+(?:my|his|her|their)\s+name\b|\bborrow(?:s|ed|ing)?\s+(?:money|"
        r"cash)\s+(?:and|but)\s+(?:never|doesn't|don't|didn't|won't)\s+(?:pay|give)|\bcuckoo\w*",
        False,
    ),
    # --- discriminatory -------------------------------------------------------------------
    (
        "safeguarding",
        "discriminatory",
        r"\b(?:racis[tm]\w*|racial(?:ly)?\s+(?:abus|slur|harass|attack)\w*|homophob\w*|"
        r"transphob\w*|islamophob\w*|anti-?semit\w*|hate\s+crimes?|discriminat\w*|disablist|"
        r"ableis[tm])\b",
        True,
    ),
    (
        "safeguarding",
        "discriminatory",
        r"\b(?:treat\w*|call\w*|pick\w*\s+on|bull\w*|mock\w*|laugh\w*|refus\w*|ignor\w*|abus\w*|"
        r"harass\w*|hates?|spit\w*|spat|shout\w*|insult\w*|exclud\w*|left\s+out|turned\s+away|"
        r"won't\s+serve|names|worse|differently)\b[^.!?]{0,60}\b(?:because|cos|as|for\s+being)\s+"
        r"(?:(?:i'm|i\s+am|he's|he\s+is|she's|she\s+is|they're|they\s+are|we're)\s+(?:a\s+)?"
        r"(?:black|asian|gay|lesbian|bi|trans|disabled|muslim|jewish|sikh|hindu|foreign|polish|"
        r"deaf|blind|autistic|old|a\s+woman|a\s+wheelchair\s+user|in\s+a\s+wheelchair|a\s+"
        r"traveller|gypsy|romanian|african|chinese)|of\s+(?:my|his|her|their)\s+(?:race|religion|"
        r"disability|colour|color|sexuality|skin|accent|faith|age|gender|culture|wheelchair|"
        r"learning\s+disability|autism|condition))\b",
        False,
    ),
    # --- modern slavery -------------------------------------------------------------------
    (
        "safeguarding",
        "modern_slavery",
        r"\bmodern\s+slavery\b|\btraffick\w*|\bforced\s+(?:labour|labor|to\s+work)\b|\bdebt\s+"
        r"bondage\b|\b(?:made|makes|make|making|forced|forces|forcing)\s+(?:me|him|her|them)\s+"
        r"(?:to\s+)?work\b|\b(?:has\s+to|have\s+to|had\s+to)\s+work\s+(?:for\s+nothing|without\s+"
        r"(?:pay|being\s+paid)|for\s+no\s+(?:money|pay)|for\s+free)",
        False,
    ),
    (
        "safeguarding",
        "modern_slavery",
        r"\b(?:took|takes|take|taken|has|have|keeps?|kept|holding|holds|hold|won't\s+give\s+"
        r"(?:me|him|her|them)|won't\s+give\s+back)\s+(?:my|his|her|their)\s+(?:passport|"
        r"documents|id\s+papers|papers|visa)\b|\b(?:owe|owes|owed)\s+(?:them|him|her|a\s+debt)\b"
        r"[^.!?]{0,40}\bwork\b|\bnot\s+(?:allowed|let)\s+to\s+leave\s+(?:the\s+)?(?:house|farm|"
        r"work|site|flat|car\s+wash|place)\b|\bwork\w*\s+(?:for\s+nothing|without\s+pay|for\s+no"
        r"\s+(?:money|pay))\b[^.!?]{0,40}\b(?:can't\s+leave|not\s+allowed|scared|threat)",
        False,
    ),
    # --- domestic -------------------------------------------------------------------------
    (
        "safeguarding",
        "domestic",
        r"\bdomestic\s+(?:abuse|violence)\b|\bcoerci(?:ve|on)\b|\bcontrolling\s+(?:behaviou?r|"
        r"relationship|husband|wife|partner|boyfriend|girlfriend)\b|\bcontrols?\s+(?:all\s+)?"
        r"(?:my|his|her|the|our)\s+(?:money|phone|life|everything|finances)\b|\bcontrols\s+"
        r"(?:everything|what\s+(?:i|he|she))\b|\bchecks?\s+(?:my|his|her)\s+(?:phone|messages)\b|"
        r"\bforced\s+(?:into\s+)?marriage\b|\bhonou?r[\s-]+based\b",
        False,
    ),
    # --- organisational -------------------------------------------------------------------
    (
        "safeguarding",
        "organisational",
        r"\b(?:missed|missing|cancelled)\s+(?:visits|calls)\b|\bcarers?\s+(?:don't|never|didn't|"
        r"doesn't|often\s+don't|keep\s+not)\s+(?:turn|show)(?:ing)?\s+up\b|\b(?:only|just)\s+"
        r"(?:stay|stays|stayed|come|comes|came)\s+(?:for\s+)?(?:5|10|ten|five|a\s+few)\s+min",
        False,
    ),
    (
        "safeguarding",
        "organisational",
        r"\b(?:staff|carers|nurses|workers|the\s+home|care\s+home)\s+(?:always\s+|often\s+|just\s+"
        r"|keep\s+)?(?:ignore|ignored|leave|left|neglect\w*|forget|forgot|rush|rushed|lock|locked|"
        r"don't\s+(?:come|answer|help|feed|wash|change|care|listen)|never\s+(?:come|answer|help|"
        r"wash|change|feed|listen)|won't\s+(?:let|help|come))\b|\b(?:lock|locks|locked)\s+(?:the"
        r"\s+)?(?:doors?|residents|us|them)\s+in\b|\bsedat\w*\s+(?:him|her|them|residents)\s+to\b|"
        r"\bpoor\s+care\b|\bunderstaffed\b|\binstitutional\s+abuse\b",
        False,
    ),
    # --- neglect --------------------------------------------------------------------------
    (
        "safeguarding",
        "neglect",
        rf"\bleft\s+(?:alone|on\s+(?:my|his|her|their)\s+own|by\s+{_SELF}|sitting|lying|in\s+bed)"
        rf"\s+(?:all\s+day|all\s+night|for\s+(?:hours|days|ages|the\s+whole)|without|in\s+the\s+"
        rf"dark|with\s+no|overnight)|\bleft\s+(?:sitting\s+|lying\s+)?in\s+(?:my|his|her|their)\s+"
        rf"(?:own\s+)?(?:urine|wee|poo|faeces|feces|mess|soiled|wet|dirty)",
        False,
    ),
    (
        "safeguarding",
        "neglect",
        rf"\b(?:not|never|doesn't|don't|won't|didn't|forgets?\s+to|forgot\s+to|stopped)\s+"
        rf"(?:give|giving|get|getting)\s+{_ME}\s+(?:any\s+)?(?:my|his|her|their)?\s*(?:meds|"
        rf"medication|medicine|tablets|pills|insulin|food|dinner|meals?|lunch|breakfast|drinks?|"
        rf"water)\b|\bforg[eo]t(?:s|ten)?\s+(?:my|his|her|their)\s+(?:meds|medication|tablets|"
        rf"pills|insulin)\b",
        False,
    ),
    (
        "safeguarding",
        "neglect",
        r"\b(?:no|not\s+(?:given|getting)\s+(?:any)?|without)\s+(?:food|water|a\s+drink|drinks|"
        r"meals?|dinner|heating)\s+(?:for|all|since)\b|\b(?:starving|starved|malnourished|"
        r"dehydrated)\b|\b(?:not|never|hasn't\s+been|haven't\s+been|isn't|wasn't|not\s+been)\s+"
        r"(?:washed|bathed|showered|changed|fed|turned)\s+(?:for|in|since)\b",
        True,
    ),
    (
        "safeguarding",
        "neglect",
        r"\b(?:bed|pressure)\s*(?:sores?|ulcers?)\b|\b(?:lying|lay|left)\s+on\s+the\s+floor\s+"
        r"(?:for|all|overnight)|\b(?:won't|doesn't|refuses\s+to)\s+take\s+(?:me|him|her|them)\s+"
        r"to\s+(?:the\s+)?(?:doctor|gp|dentist|hospital)\b|\bneglect(?:s|ed|ing|ful)?\b(?!\s+"
        r"(?:myself|himself|herself))|\b(?:ignor(?:es|ed|ing))\s+(?:me|him|her|them)\s+when\b|"
        r"\b(?:buzzer|call\s+bell|bell|alarm)\s+(?:is\s+|was\s+)?(?:ignored|not\s+answered)\b",
        True,
    ),
    # --- self-neglect ---------------------------------------------------------------------
    (
        "safeguarding",
        "self_neglect",
        r"\b(?:stopped|stopping|stops|not|isn't|hasn't\s+been|haven't\s+been|won't|refuses?\s+to|"
        r"refusing\s+to|can't\s+be\s+bothered\s+to)\s+(?:eating|eat|washing|wash|bathing|bathe|"
        r"showering|shower|changing\s+(?:my|his|her|their)\s+clothes|taking\s+(?:my|his|her|their)"
        r"\s+(?:meds|medication|tablets|pills|insulin)|take\s+(?:my|his|her|their)\s+(?:meds|"
        r"medication|tablets|pills|insulin)|looking\s+after\s+(?:myself|himself|herself|"
        r"themselves))\b(?!\s+(?:meat|pork|fish|dairy|gluten|sugar|out|in\s+the|with|by\s+myself|"
        r"on\s+my\s+own|alone|without\s+help|unless|until|the\s+dishes|up|dishes|clothes|"
        r"properly\s+without))",
        False,
    ),
    (
        "safeguarding",
        "self_neglect",
        r"\b(?:doesn't|does\s+not|don't|do\s+not)\s+(?:eat|wash|bathe|shower|look\s+after\s+"
        r"(?:myself|himself|herself|themselves))\s+(?:any\s*more|at\s+all|for\s+days|for\s+weeks|"
        r"unless\s+(?:made|forced))\b|\bhoard(?:s|ed|ing|er)\b|\b(?:house|flat|home|place)\s+"
        r"(?:is|has\s+become|has\s+got)\s+(?:so\s+)?(?:filthy|full\s+of\s+(?:rubbish|junk|bags)|a"
        r"\s+tip|squalid|unsafe|a\s+health\s+hazard|disgusting)|\b(?:living|lives|live)\s+in\s+"
        r"(?:squalor|filth)\b|\bself[\s-]*neglect\w*|\bneglect(?:s|ing)?\s+(?:myself|himself|"
        r"herself)\b|\brefus(?:es|ed|ing)\s+(?:all\s+)?(?:help|care|food|treatment|to\s+let\s+"
        r"anyone\s+in)\b|\bwon't\s+let\s+anyone\s+(?:in|help)\b",
        False,
    ),
]

_DENIAL = re.compile(
    r"\b(?:never|not|no\s+one|nobody|no-one|noone|don't|doesn't|didn't|isn't|wasn't|aren't|"
    r"haven't|hasn't|won't|wouldn't|no\s+longer|nothing|without)\s+(?:\w+\s+){0,3}$"
)
_DENIAL_AFTER = re.compile(r"^\s*(?:any\s*more|anymore|now)?\s*(?:,|\.|$)")
_COMPILED = [(code, kind, re.compile(pattern), deny) for code, kind, pattern, deny in _RULES]


def _denied(t: str, start: int) -> bool:
    window = t[max(0, start - 40) : start]
    window = re.split(r"[.!?;,]|\bbut\b", window)[-1]
    return bool(_DENIAL.search(window))


def _sentence(text: str, start: int, end: int) -> str:
    doc = parse(text)
    for sent in doc.sents:
        if sent.start_char <= start < sent.end_char:
            words = sent.text.strip()
            if len(words) <= 300:
                return words
            break
    left = max(0, start - 120)
    return text[left : min(len(text), end + 120)].strip()


def _find(text: str) -> list[dict[str, Any]]:
    text = clean(text)
    if not text:
        return []
    norm = repair(text)
    t = norm.text
    found: list[tuple[int, dict[str, Any]]] = []
    seen: set[str] = set()
    for code, kind, pattern, deny in _COMPILED:
        if kind in seen:
            continue
        for match in pattern.finditer(t):
            if deny and _denied(t, match.start()):
                continue
            sentence_t = _clause(t, match.start())
            if kind in ("physical", "psychological", "sexual", "financial") and _PARTNER.search(
                sentence_t
            ):
                kind_out = "domestic"
            elif kind == "neglect" and _ORGANISATION.search(sentence_t):
                kind_out = "organisational"
            else:
                kind_out = kind
            start, end = norm.original_span(match.start(), match.end())
            found.append(
                (start, {"code": code, "type": kind_out, "evidence": _sentence(text, start, end)})
            )
            seen.add(kind)
            break
    found.sort(key=lambda item: (item[1]["code"] != "crisis", item[0]))
    out: list[dict[str, Any]] = []
    kinds: set[str] = set()
    for _, concern in found:
        if concern["type"] not in kinds:
            kinds.add(concern["type"])
            out.append(concern)
    return out


def _clause(t: str, pos: int) -> str:
    left = max(
        t.rfind(".", 0, pos), t.rfind("!", 0, pos), t.rfind("?", 0, pos), t.rfind("\n", 0, pos)
    )
    rights = [
        i
        for i in (t.find(".", pos), t.find("!", pos), t.find("?", pos), t.find("\n", pos))
        if i >= 0
    ]
    return t[left + 1 : min(rights) if rights else len(t)]


@safe(lambda: None)
def detect_concern(text: str) -> dict[str, Any] | None:
    """The most urgent concern in the text, or None.

    {"code": "safeguarding" | "crisis", "type": str, "evidence": str}. A crisis comes first.
    """
    found = _find(text)
    return found[0] if found else None


@safe(list[dict[str, Any]])
def detect_concerns(text: str) -> list[dict[str, Any]]:
    """Every concern in the text (one per type), crisis first, then in the order said."""
    return _find(text)
