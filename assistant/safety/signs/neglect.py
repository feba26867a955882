"""Safeguarding signs, to act on at once: exploitation (modern slavery, county lines), harm done
by a service to everyone in it (organisational abuse), neglect and self-neglect."""

from __future__ import annotations

from assistant.safety.signs.words import any_of, widened

__all__ = ["MODERN_SLAVERY", "NEGLECT", "ORGANISATIONAL", "SELF_NEGLECT"]

MODERN_SLAVERY = any_of(
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
)

MODERN_SLAVERY = widened(
    MODERN_SLAVERY,
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

ORGANISATIONAL = any_of(
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
)

ORGANISATIONAL = widened(
    ORGANISATIONAL,
    # blanket restraint of everyone in a unit: kept in night clothes, or sedated, so none leave
    r"\b(?:kept|keep|keeps|keeping|left|made)\s+(?:us|them|me|everyone|all\s+of\s+us|the\s+"
    r"(?:residents|patients))\s+(?:\w+\s+)?in\s+(?:our|their|my|the)\s+(?:pyjamas|pjs|nighties|"
    r"nightclothes|night\s+clothes|dressing\s+gowns|beds?)\s+(?:all|the\s+whole)\s+(?:day|"
    r"morning|afternoon)",
    r"\bso\s+(?:we|they|she|he|i|nobody|no\s+one)\s+(?:wouldn't|couldn't|can't|won't|don't|"
    r"didn't)\s+(?:try\s+(?:to\s+)?)?(?:leave|get\s+out|go\s+out|wander|escape|run\s+off)\b",
)

NEGLECT = any_of(
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
)

SELF_NEGLECT = any_of(
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
)

# the seventh session (Care Act 14.17, neglect and acts of omission): equipment left off,
# visits at the wrong time so medicine is missed
NEGLECT = widened(
    NEGLECT,
    r"\b(?:left|leaving|been)\s+(?:me|her|him|them|mum|dad)?\s*without\s+(?:my|her|his|their|"
    r"any)\s+(?:oxygen|insulin|food|water|heating|medication|meds|tablets|hearing\s+aids?|glasses|"
    r"wheelchair|frame|call\s+button|pendant)\b[^.!?]{0,80}\b(?:again|weekend|days|nights?|hours|"
    r"forgot|forgets|whole)",
    r"\b(?:forgot|forgets|forgotten)\s+(?:to\s+(?:turn\s+on|switch\s+on|give|put\s+on)\s+)?(?:my|"
    r"her|his|their)\s+(?:oxygen|insulin|medication|meds|tablets|food)\b[^.!?]{0,40}\b(?:whole|"
    r"days|weekend|again|hours)",
    r"\b(?:missing|missed|miss)\s+(?:my|her|his|their)\s+(?:morning|evening|night|insulin|"
    r"\w+)?\s*(?:doses?|insulin|tablets|meds|medication|pills)\b[^.!?]{0,60}\b(?:most\s+days|"
    r"every\s+day|all\s+week|again|because|cos|dizzy|ill|poorly)",
)

# the tenth session (set 9 read by kind; Care Act 14.17, SCIE): papers held back, unpaid work
# with no way to leave, locked in at work; one routine for everyone that suits the staff; calls
# too short to eat; medicine forgotten; alarms slept through; hours paid and not worked; vital
# checks stopped
MODERN_SLAVERY = widened(
    MODERN_SLAVERY,
    r"\b(?:get|got|getting|want|wants|have|give\s+(?:me|him|her|us))\s+(?:my|our|his|her)\s+"
    r"(?:passports?|documents|papers|id|visa)\s+back\b",
    r"\b(?:passports?|documents|papers|visa)\b[^.!?]{0,40}[.!?]?\s*(?:\w+\s+){0,3}(?:keeps?|"
    r"holds?|won't\s+give\s+(?:back\s+)?)\s+(?:them|it)\b",
    r"\b(?:not|never|don't\s+get|doesn't\s+get|no)\s+paid\b[\s\S]{0,60}\b(?:can't|cannot|cant|not"
    r"\s+allowed\s+to|won't\s+let\s+(?:me|us|him|her))\s+(?:leave|go)\b",
    r"\blocked\s+in(?:\s+(?:the|a|this|that)\s+\w+)?\s+(?:till|until|all\s+day|all\s+night|"
    r"overnight)\b",
)
ORGANISATIONAL = widened(
    ORGANISATIONAL,
    r"\b(?:pads?|baths?|bathed|showers?|showered|washed|changed|toilet\w*|up|woken|bed|locked)\b"
    r"[^.!?]{0,60}\b(?:once|twice|three\s+times|only|[4-6]\s*am|five\s+am|fortnight|locked|so\s+"
    r"(?:the\s+)?(?:nights?|staff|day\s+staff))\b[^.!?]{0,60}\b(?:everyone|everybody|all\s+of\s+us|"
    r"all\s+the\s+(?:residents|patients)|the\s+whole\s+(?:unit|ward|floor|home|lounge))\b",
    r"\b(?:everyone|everybody|all\s+of\s+us|the\s+whole\s+(?:unit|ward|floor|home|lounge|wing|"
    r"corridor))\b[^.!?]{0,40}"
    r"\b(?:locked|pads?\s+changed|baths?\s+(?:only|once)|up\s+at\s+[4-6]|in\s+bed\s+by\s+[5-7])",
    r"\bso\s+(?:the\s+)?(?:nights?|night\s+staff|day\s+staff|staff)\s+can\s+(?:finish|go\s+home|"
    r"get\s+off|leave|get\s+done)\b",
    r"\b(?:15|fifteen|ten|10)[\s-]*min(?:ute)?s?\s+(?:calls?|visits?|slots?)\b[^.!?]{0,40}\b(?:no"
    r"\s+time|not\s+enough\s+time|rush\w*|can't\s+(?:eat|finish|wash)|never\s+(?:eat|finish))",
)
NEGLECT = widened(
    NEGLECT,
    r"\b(?:tablets|meds|medication|medicine|insulin|pills|inhalers?)\b[\s\S]{0,40}\b(?:pa|carers?"
    r"|staff|agency|she|he|they|worker)\s+(?:\w+\s+)?(?:forgets?|forgot|misses|missed)\s+(?:them|"
    r"it)\b",
    r"\b(?:forgets?|forgot|forgetting)\b[^.!?]{0,20}\b(?:and|so)\s+(?:i|he|she)\s+(?:have|has|"
    r"had|get|gets|got)\s+(?:a\s+)?(?:fits?|seizures?|hypos?|falls?|infections?)\b",
    r"\b(?:pa|carers?|staff|worker|sleep[\s-]?in|she|he)\s+(?:\w+\s+)?(?:sleeps?|slept|sleeping)\s+"
    r"through\s+(?:my|his|her|the)\s+(?:\w+\s+)?(?:alarms?|buzzers?|calls?|pendant|bell|shouts?|"
    r"sensor)",
    r"\b(?:paid|gets?\s+paid|getting\s+paid|claims?|charges?)\s+(?:for\s+)?(?:\d+|\w+)\s+hours?\b"
    r"[^.!?]{0,20}[.!?,]?\s*(?:but\s+)?(?:only\s+)?(?:does|works|actually\s+does|comes\s+for)\s+"
    r"(?:about\s+|maybe\s+|only\s+|around\s+)?(?:\d+|two|three|four|five|six|half)\b",
)
SELF_NEGLECT = widened(
    SELF_NEGLECT,
    r"\b(?:stopped|stopping|won't|refus\w*|given\s+up|not)\s+(?:going\s+(?:for|to)\s+)?(?:his|her|my"
    r"|their)\s+(?:warfarin|inr|blood|dialysis|diabetes|diabetic|insulin|heart|cancer|chemo)\s*"
    r"(?:checks?|tests?|clinic|appointments?|sessions?|treatment)\b",
)

# the eleventh session (set 10 read by kind; Modern Slavery Act statutory guidance: debt bondage;
# Care Act 14.17, omission: feeds and meals missed with harm following)
MODERN_SLAVERY = widened(
    MODERN_SLAVERY,
    r"\b(?:can't|cannot|cant|not\s+allowed\s+to|won't\s+let\s+(?:me|us|him|her))\s+(?:go\s+out|"
    r"leave|go\s+home|go\s+anywhere|go|stop|quit)\b[^.!?]{0,40}\b(?:until|till|til|before)\s+(?:i|"
    r"we|he|she|they)\s+(?:(?:pay|paid|have\s+paid)\s+(?:(?:it|them|him|her)\s+)?(?:back|off|"
    r"\d|£|what\s+(?:i|we|he|she)\s+owes?|the\s+debt|the\s+money|for\s+(?:my|the)\s+(?:visa|"
    r"flight|ticket|travel|papers))|work\s+off|clear\s+(?:the|my)\s+debt)",
    r"\b(?:work|working|worked)\s+off\s+(?:the|my|his|her|a|what\s+(?:i|he|she)\s+owes?)\s*"
    r"(?:debt|money|fare|loan)?\b",
)
_FEED = (
    r"(?:skip\w*|miss\w*|forget\w*|forgot|leav\w*\s+out|doesn't\s+(?:do|give)|don't\s+(?:do|give)"
    r"|never\s+(?:does|gives))\s+(?:(?:my|his|her|the)\s+(?:\w+\s+)?)?(?:feeds?|peg|meals?|lunch|"
    r"lunchtime|dinner|dinnertime|tea|teatime|breakfast|fluids|drinks)"
)
_HARM = (
    r"(?:lost\s+(?:\w+\s+){0,2}(?:weight|stone|pounds?|kilos?|kg)|losing\s+weight|weight\s+loss|"
    r"starving|dehydrated|sores?|thinner)"
)
NEGLECT = widened(
    NEGLECT,
    rf"\b{_FEED}\b[\s\S]{{0,100}}\b{_HARM}",
    rf"\b{_HARM}\b[\s\S]{{0,60}}\b(?:because|cos|since|as)\s+(?:\w+\s+){{0,3}}{_FEED}\b",
)
