"""Disclosures told quietly that the rules had missed, found in the twelfth session: set 11's
misses read by kind, and a second reading of the disclosures of our own training examples that
cross-validation passed by in silence.

Each family widens one from `disclosures_plain.py` with what the Care Act statutory guidance
(14.17) and SCIE's indicators of abuse describe, in everyday words, never the words of a held-out
message. `safeguarding.py` takes the widened families from here."""

from __future__ import annotations

from assistant.safety.signs.disclosures_plain import (
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
from assistant.safety.signs.words import widened

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
]

_WHO = r"(?:me|her|him|mum|dad|nan|them)"

# the twelfth session (set 11 read by kind): a head held under water or arms pinned to wash or
# dress someone; a threat to "do me in" shouted or rung through; a promise that a grandparent
# will never see the grandchildren; a right refused because of language or where one is from;
# washing rationed for everyone in a home, by a list
PHYSICAL = widened(
    PHYSICAL,
    r"\b(?:holds?|held|holding|pushe?s|pushed|pushing|forces?|forced|forcing|dunks?|dunked)\s+"
    r"(?:my|her|his|their)\s+(?:head|face)\s+(?:under|in|into|down\s+in)\b",
    # medicine given to keep someone quiet, or crushed into a drink without a prescription
    r"\b(?:tablets|pills|meds|medication|medicine|sedatives?|sleepers)\b[^.!?]{0,40}\bto\s+keep\s+"
    r"(?:me|her|him|them|mum|dad)\s+(?:quiet|calm|down|asleep|in\s+bed)\b",
    r"\b(?:crush\w*|slip\w*|hid\w*|mix\w*|put\w*)\s+(?:them|it|the\s+\w+|\w+\s+tablets)\s+in(?:to)?\s+"
    r"(?:my|his|her|their|mum's|dad's)\s+(?:tea|coffee|food|drink|dinner|juice|yoghurt)\b[^.!?]{0,30}\bso\s+"
    r"(?:i|he|she|they)\s+(?:sleep|sleeps|calm|calms|stay|stays|go|goes)\b",
    rf"\b(?:pins?|pinned|pinning|sits?\s+on|sat\s+on)\s+{_WHO}\s+(?:down\s+)?(?:to\s+(?:wash|dress|"
    r"change|shave|bath|shower)|while\s+(?:he|she|they)\s+(?:wash|dress|change))",
)
PSYCHOLOGICAL = widened(
    PSYCHOLOGICAL,
    r"\b(?:says?|said|saying|shouts?|shouted|shouting|yells?|yelling|texts?|texted|texting|"
    r"messag\w*|posts?|posted|posting|rings?|rang|ringing|threaten\w*|told\s+(?:me|her|him))\b[^.!?]{0,50}\b(?:he'll|she'll|they'll|he\s+will|"
    r"she\s+will|they\s+will|he's\s+going\s+to|she's\s+going\s+to|they're\s+going\s+to|he's\s+"
    r"gonna|gonna)\s+(?:do\s+(?:me|her|him|us)\s+in|batter\s+(?:me|her|him)|smash\s+(?:my|her|his)\s+"
    r"face|put\s+(?:me|her|him)\s+in\s+hospital|break\s+(?:my|her|his)\s+legs|burn\s+(?:me|her|him|"
    r"us)\s+out|stab\s+(?:me|her|him))\b",
    r"\b(?:make|making)\s+sure\s+(?:she|he|i|you|they)\s+never\s+(?:sees?|gets?\s+to\s+see|see)\s+"
    r"(?:her|his|my|your|their|the)\s+(?:grandkids|grandchildren|grandsons?|granddaughters?|kids|"
    r"children|family)\b",
)
DISCRIMINATORY = widened(
    DISCRIMINATORY,
    # made to miss worship on purpose, or a faith mocked to the person's face
    r"\b(?:make|makes|made|making)\s+(?:me|her|him|them)\s+(?:late|miss)\b(?=[^.!?]{0,60}\bon\s+"
    r"purpose\b)(?=[^.!?]{0,60}\b(?:church|mosque|mass|meeting|prayers?|temple|gurdwara|synagogue|"
    r"service)\b)",
    r"\b(?:say|says|said|call|calls|called)\s+(?:muslims|jehovahs?|jehovah's\s+witnesses|catholics|"
    r"jews|sikhs|hindus|christians|my\s+(?:religion|faith|church))\s+(?:are|is)\s+(?:weird|mad|"
    r"stupid|a\s+joke|evil|backward|nutters|a\s+cult)\b",
    r"\b(?:people|someone|anyone|those|folk)\s+(?:who\s+(?:can't|cannot|don't|doesn't)\s+speak\s+"
    r"(?:good\s+|proper\s+|much\s+)?english|like\s+(?:you|me|us|her|him|them)|from\s+(?:your|my|her|"
    r"his|their)\s+(?:country|community|religion|background))\s+(?:can't|cannot|don't|aren't\s+"
    r"allowed\s+to|shouldn't|won't\s+be\s+allowed\s+to)\s+(?:have|get|manage|be\s+given|run)\b",
)
ORGANISATIONAL = widened(
    ORGANISATIONAL,
    r"\b(?:bath|baths|shower|showers|wash)\b[\s\S]{0,40}\bonce\s+a\s+(?:week|fortnight)\s+for\s+"
    r"(?:all\s+of\s+us|everyone|everybody|all\s+the\s+residents|the\s+whole\s+\w+)\b",
    r"\bif\s+(?:you're|youre|you\s+are|you\s+aren't|you're\s+not)\s+(?:not\s+)?on\s+the\s+list\s+"
    r"(?:you|u)\s+(?:can't|cannot|cant|don't|dont)\b",
)

# the second reading (our own disclosures that cross-validation passed by, read by kind):
# phones taken by staff or a partner; savings drained, things sold, a catalogue used, a cashpoint
# run, papers signed where shown; whole homes kept in pyjamas, put to bed at one time, the toilet
# rationed, silence at meals; calls paid for and not made, nails dug in; not eating for weeks,
# the electric gone; a partner who answers for her, or a truth held back because he was there
PSYCHOLOGICAL = widened(
    PSYCHOLOGICAL,
    r"\b(?:took|take|takes|taken|taking)\s+(?:away\s+)?(?:everyone's|our|their|all\s+our|all\s+the)\s+"
    r"(?:phones?|mobiles?)\b|\b(?:phones?|mobiles?)\s+(?:were\s+|was\s+|are\s+|is\s+)?(?:taken|took|"
    r"kept|confiscated|locked\s+away)\s+(?:off|from|away|by)\b|\bhad\s+(?:my|our)\s+(?:phones?|"
    r"mobiles?)\s+taken\b",
    r"\b(?:took|takes|taken)\s+(?:it|my\s+(?:phone|mobile))\s+off\s+me\b[^.!?]{0,60}\b(?:have\s+to\s+"
    r"ask|ask\s+for\s+it)\b",
)
FINANCIAL = widened(
    FINANCIAL,
    r"\b(?:savings|money|pension|account|nest\s+egg)\b[^.!?]{0,30}\bgone\s+(?:down\s+)?from\s+£?\d",
    r"\b(?:selling|sold|pawned|pawning)\s+(?:my|his|her|grandad's|grandad|nan's|mum's|dad's)\s+(?:\w+\s+)?"
    r"(?:things|stuff|belongings|jewellery|medals|rings?|watch)\b",
    r"\b(?:ordering|ordered|buying|bought|running\s+up)\s+(?:stuff|things|debts?|bills?)\s+on\s+(?:my|her|"
    r"his)\s+(?:catalogue|account|card|credit\s+card)\b",
    r"\b(?:taking|took|takes)\s+(?:me|her|him|mum|dad|nan)\s+to\s+the\s+(?:cashpoint|cash\s+machine|"
    r"bank|post\s+office)\b[^.!?]{0,40}\bkeep(?:ing|s)?\s+(?:most|half|it|the\s+lot|all)\b",
    r"\bi\s+(?:just\s+)?sign\s+where\s+(?:he|she|they)\s+(?:shows?|tells?|points?)\b",
    r"\b(?:direct\s+payments?|budget|care\s+money)\b[^.!?]{0,30}\bused\s+by\s+(?:my|her|his)\s+\w+\s+for\s+"
    r"(?:his|her|their)\b",
)
ORGANISATIONAL = widened(
    ORGANISATIONAL,
    r"\b(?:kept|keep|keeps|left)\s+in\s+(?:their|our|his|her)\s+(?:pyjamas|nighties|nightwear|"
    r"dressing\s+gowns)\s+all\s+day\b|\bpyjamas\s+all\s+day\b[^.!?]{0,30}\bsaves?\b",
    r"\bbed\s+(?:at|by)\s+\d{1,2}(?::\d\d)?\s*(?:pm|o'clock)?\s+for\s+(?:the\s+whole\s+(?:home|house|"
    r"unit|ward|place)|everyone|everybody|all\s+of\s+us)\b",
    r"\bration\w*\s+(?:the\s+)?(?:toilet|loo)\b|\b(?:toilet|loo)\s+(?:trips|visits|runs)\b[^.!?]{0,40}"
    r"\bset\s+times\b",
    r"\bno\s+talking\s+at\s+(?:the\s+)?(?:table|meals?|dinner|breakfast|tea)\b",
)
NEGLECT = widened(
    NEGLECT,
    r"\b(?:pay|paying|paid)\s+for\s+(?:\d|two|three|four)\s+calls?\b[^.!?]{0,40}\b(?:only|shows?|get|gets|"
    r"come|comes)\s+(?:\d|one|two)\b",
    r"\bwithout\s+(?:tea|water|a\s+drink|food|anything\s+to\s+(?:eat|drink))\s+(?:from|since|till|"
    r"until|all)\b",
    r"\bdigs?\s+(?:her|his|their)\s+(?:nails|fingers)\s+in(?:to)?\b",
    r"\b(?:broke|lost|took)\s+(?:my|them|her|his)\b[^.!?]{0,40}\bnever\s+(?:got|replaced|fixed|"
    r"brought)\b",
)
SELF_NEGLECT = widened(
    SELF_NEGLECT,
    r"\b(?:not|haven't|have\s+not|hasn't|has\s+not)\s+(?:had|eaten)\s+(?:a\s+hot\s+meal|properly|a\s+"
    r"proper\s+meal)\s+(?:in|for)\s+(?:a\s+)?(?:fortnight|week|weeks|couple\s+of\s+weeks|month|\w+\s+"
    r"weeks)\b",
    r"\b(?:electric|electricity|gas)\s+(?:ran\s+out|cut\s+off|is\s+off|went\s+off)\b[\s\S]{0,60}\b"
    r"(?:candles|in\s+the\s+dark)\b|\bsit\s+in\s+the\s+dark\b[^.!?]{0,40}\b(?:electric|gas|meter)\b",
)
DOMESTIC = widened(
    DOMESTIC,
    r"\b(?:i|she|he)\s+(?:have|has)\s+to\s+account\s+for\s+every\s+(?:penny|pound|minute)\b",
    r"\bonly\s+said\s+(?:that|it)\s+because\s+(?:he|she)\s+was\s+(?:in\s+the\s+room|there|listening|"
    r"next\s+to\s+me)\b",
    r"\b(?:i'll|i\s+will)\s+be\s+answering\s+(?:all\s+)?(?:the\s+)?questions\s+for\s+her\b[^.!?]{0,40}"
    r"\b(?:doesn't|does\s+not|don't)\s+need\s+to\b",
)
