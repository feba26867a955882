"""Other language-layer flags (capacity, communication, conflict, asked_for_person), which
Profile field someone wants to change, and free text to the coded value of a choice field."""

from __future__ import annotations

import re
from typing import Any

from assistant.language._nlp import clean, parse, safe
from assistant.language._words import repair

__all__ = ["detect_field", "detect_flags", "parse_choice"]

_I = re.IGNORECASE
_FLAGS: list[tuple[str, re.Pattern[str]]] = [
    (
        "capacity",
        re.compile(
            r"\b(?:dementia|alzheimer'?s?|lacks?\s+(?:mental\s+)?capacity|mental\s+capacity|"
            r"capacity\s+assessment|best\s+interests?|court\s+of\s+protection|(?:lasting\s+)?power"
            r"\s+of\s+attorney|lpa|deputy(?:ship)?|can't\s+(?:make|take)\s+(?:decisions|choices|"
            r"(?:her|his|their|my)\s+own\s+decisions)|(?:can't|cannot|doesn't|does\s+not|unable\s+"
            r"to|struggles\s+to)\s+(?:decide|understand|weigh\s+up|remember\s+what)|gets?\s+"
            r"(?:very\s+)?confused|memory\s+(?:loss|problems|is\s+(?:going|bad|poor))|"
            r"not\s+able\s+to\s+decide|doesn't\s+know\s+what\s+(?:day|year)|brain\s+injury)",
            _I,
        ),
    ),
    (
        "communication",
        re.compile(
            r"\b(?:doesn't|does\s+not|don't|can't|cannot|won't)\s+(?:use\s+words|speak|talk|"
            r"communicate|read|write)|\bnon[\s-]?verbal\b|\bnon[\s-]?speaking\b|\bsigns\b|"
            r"\bsign\s+language\b|\bbsl\b|\bmakaton\b|\bcommunication\s+(?:aid|device|book|"
            r"board|passport|needs?|difficult\w*)|\b(?:needs?|uses?|with)\s+(?:an\s+)?"
            r"interpreter\b|\b(?:deaf|deafblind)\b|\buses\s+(?:pictures|symbols|gestures|an\s+app"
            r"|a\s+tablet\s+to\s+talk)|\beye[\s-]?gaze\b|\baac\b|\baphasia\b|\bstammer|"
            r"\beasy\s+read\b|\bno\s+english\b|\b(?:little|limited|not\s+much)\s+english\b|"
            r"\bspeech\s+(?:is|problems|difficult)|\bhard\s+(?:to\s+understand|of\s+hearing)\b|"
            r"\bcan't\s+hear\b|\bblind\b|\bpartially\s+sighted\b",
            _I,
        ),
    ),
    (
        "conflict",
        re.compile(
            r"\b(?:disagree\w*|(?:don't|doesn't|do\s+not|can't|cannot|never)\s+(?:agree|get\s+on|see"
            r"\s+eye\s+to\s+eye)|argu(?:e|es|ed|ing|ment|ments)|falling\s+out|fell\s+out|fall\s+"
            r"out|conflict\w*|won't\s+speak\s+to|dispute\w*|rows?\s+(?:about|over)|fight\w*\s+"
            r"(?:about|over)|at\s+odds|not\s+on\s+the\s+same\s+page|(?:family|sibling)\s+"
            r"(?:rows|tension|feud)|wants?\s+(?:something\s+)?different|different\s+ideas|"
            r"don't\s+want\s+the\s+same|(?:against|opposed\s+to)\s+(?:the\s+plan|it|this|(?:her|"
            r"his|their|my)\s+(?:wishes|choice)))\b",
            _I,
        ),
    ),
    (
        "asked_for_person",
        re.compile(
            r"\b(?:speak|talk|chat)\s+(?:to|with)\s+(?:a\s+)?(?:real\s+|actual\s+)?(?:person|human|"
            r"someone|somebody|an?\s+advis[eo]r|a\s+broker|an?\s+adviser)|\breal\s+person\b|"
            r"\b(?:a|an)\s+human\b|\bcall\s+me\s+(?:back)?|\bring\s+me\b|\bphone\s+me\b|"
            r"\bneed\s+a\s+(?:broker|person)\b|\bare\s+you\s+a\s+(?:robot|bot|computer)\b",
            _I,
        ),
    ),
]


def _evidence(text: str, start: int) -> str:
    for sent in parse(text).sents:
        if sent.start_char <= start < sent.end_char:
            return sent.text.strip()[:300]
    return text[max(0, start - 100) : start + 200].strip()


@safe(list[dict[str, Any]])
def detect_flags(text: str) -> list[dict[str, Any]]:
    """Concerns other than safeguarding: [{"code", "evidence"}], one per code.

    capacity ("mum has dementia and can't decide things"), communication ("he doesn't use
    words, he signs"), conflict ("my brother and I disagree about her care") and, beyond the
    brief, asked_for_person ("can I speak to a real person").
    """
    text = clean(text)
    if not text:
        return []
    norm = repair(text)
    out = []
    for code, pattern in _FLAGS:
        m = pattern.search(norm.text)
        if m:
            start, _ = norm.original_span(m.start(), m.end())
            out.append({"code": code, "evidence": _evidence(text, start)})
    return out


_FIELDS: list[tuple[str, re.Pattern[str]]] = [
    (field, re.compile(pattern, _I))
    for field, pattern in [
        (
            "plan_voice",
            r"\b(?:first|third|1st|3rd)\s+person|\bvoice\b|\bhow\s+(?:it's|its|it\s+is|the\s+plan's)\s+"
            r"written\b|\bthe\s+way\s+(?:it's|its|it\s+is)\s+written\b|\bwritten\s+(?:as|in|"
            r"about)|\bwrite\s+(?:it|the\s+plan)\s+(?:as|in|about)|\bhow\s+(?:the\s+plan|it)\s+"
            r"(?:is|was|gets)\s+written|\bsays?\s+[\"']?(?:i|he|she)[\"']?\s+(?:instead|not)",
        ),
        (
            "budget_management",
            r"\b(?:direct\s+payments?|isf|individual\s+service\s+fund|"
            r"third\s+party|managed\s+(?:account|budget)|council[\s-]+managed|council\s+(?:manages|manage|holds|pays|does\s+it)|(?:who|how)\s+"
            r"(?:manages|holds|handles|looks\s+after)\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:budget|"
            r"money)|(?:budget|money)\s+is\s+(?:managed|paid|held)|how\s+(?:it's|it\s+is|the\s+"
            r"budget\s+is)\s+(?:paid|managed))\b",
        ),
        (
            "employer_choice",
            r"\b(?:employ\w*|employer|agenc(?:y|ies)|personal\s+assistants?|"
            r"pas?|hire|hiring|recruit\w*|who\s+provides\s+(?:the\s+)?(?:care|support)|"
            r"(?:the\s+)?staff(?:ing)?\s+(?:bit|part|question|side)|my\s+own\s+staff)\b",
        ),
        (
            "budget_amount",
            r"\b(?:budget|amount|how\s+much|figure|the\s+number|sum|money|"
            r"pounds|£|per\s+week|a\s+week\s+figure|allocation)\b|£",
        ),
        (
            "answering_for",
            r"\b(?:answering|filling\s+(?:this|it)\s+in|who(?:'s|\s+is)\s+"
            r"(?:typing|answering)|for\s+someone\s+else|on\s+behalf|who\s+(?:i\s+am|i'm)\s+to\s+"
            r"(?:him|her|them)|my\s+relationship|it's\s+(?:actually\s+)?for\s+(?:me|my))\b",
        ),
        (
            "preferred_name",
            r"\b(?:my\s+name|(?:his|her|their)\s+name|the\s+name|call\s+(?:me|"
            r"him|her|them)|called|nickname|what\s+you\s+call|spell\w*\s+(?:my|his|her)\s+name|"
            r"name)\b",
        ),
        (
            "admired_qualities",
            r"\b(?:admire\w*|qualit(?:y|ies)|strengths?|good\s+at|gifts?|"
            r"(?:people\s+)?like\s+about\s+(?:me|him|her|them)|what\s+people\s+(?:like|say)|"
            r"(?:good|nice|kind|lovely)\s+things\s+(?:people|they|others|folk|everyone)\s+"
            r"(?:say|said|think)|"
            r"talents?|one[\s-]page\s+profile)\b",
        ),
        (
            "bottom_lines",
            r"\b(?:bottom\s+lines?|non[\s-]negotiables?|must\s+nots?|must\s+"
            r"never|red\s+lines?|deal[\s-]?breakers?|rules|things\s+that\s+must|what\s+(?:i|he|"
            r"she)\s+won't\s+accept|musts?)\b",
        ),
        (
            "dreams",
            r"\b(?:dreams?|goals?|hopes?|wish(?:es)?|ambitions?|aspirations?|what\s+"
            r"(?:i|he|she|they)\s+(?:want|would\s+like)\s+to\s+(?:achieve|do|change)|future)\b",
        ),
        (
            "important_to",
            r"\b(?:important|matters?\s+(?:most|to)|what\s+matters|care\s+about\s+"
            r"most)\b",
        ),
        (
            "support_needs",
            r"\b(?:help\s+with|need\s+help|needs|support\s+needs|care\s+needs|help\s+(?:i|you|he|"
            r"she|they|we)\s+(?:need|needs)|the\s+help\s+needed|"
            r"what\s+(?:i|he|she|they)\s+(?:need|needs)|hours|washing|dressing|meals|tablets|"
            r"medication|night|personal\s+care)\b",
        ),
        (
            "current_support",
            r"\b(?:help\s+(?:i|you|he|she|they|we)\s+(?:get|gets|have|has|receive|receives)(?:\s+now)?|"
            r"services?|current\s+support|support\s+(?:i|he|she|they)\s+"
            r"(?:get|gets|have|has)\s+now|what\s+(?:i|he|she)\s+(?:get|gets|have|has)\s+now|"
            r"day\s+centre|care\s+(?:i|he|she)\s+(?:already\s+)?(?:get|gets|have|has)|"
            r"already\s+(?:get|gets|have|has))\b",
        ),
        (
            "people",
            r"\b(?:family|friends?|people|circle|who\s+helps|neighbou?rs?|relatives|"
            r"who(?:'s|\s+is|\s+are)\s+in\s+(?:my|his|her|their)\s+life|"
            r"daughter|son|wife|husband|mum|dad|brother|sister|unpaid\s+(?:help|carers?))\b",
        ),
        (
            "typical_week",
            r"\b(?:typical\s+week|my\s+week|(?:his|her|their)\s+week|the\s+week|"
            r"routine|my\s+days|daily\s+life|life\s+now|what\s+(?:i|he|she)\s+do(?:es)?\s+"
            r"(?:each|every|in\s+a)\s+(?:day|week)|week)\b",
        ),
        ("confirm_summary", r"\bsummary\b"),
    ]
]


@safe(lambda: None)
def detect_field(text: str) -> str | None:
    """The Profile field someone wants to change ("I got the budget wrong" ->
    "budget_amount"), or None. Consent and concerns are never returned."""
    text = clean(text)
    if not text:
        return None
    t = repair(text).text
    best: tuple[int, int, str] | None = None
    for rank, (field, pattern) in enumerate(_FIELDS):
        m = pattern.search(t)
        if m and (best is None or rank < best[1]):
            best = (m.start(), rank, field)
    return best[2] if best else None


_CHOICES: dict[str, list[tuple[str, str]]] = {
    "answering_for": [
        (
            "someone_else",
            r"\b(?:someone\s+else|somebody\s+else|(?:for|about)\s+(?:my|our|"
            r"his|her|a|the)\s+\w+|on\s+(?:his|her|their|behalf)|behalf|not\s+(?:for\s+)?me|"
            r"(?:i'm|i\s+am)\s+(?:his|her|their|the)\s+\w+|my\s+(?:mum|mother|dad|father|son|"
            r"daughter|wife|husband|partner|brother|sister|friend|client|nan|gran)|him|her|"
            r"them|someone_else|other\s+person|a\s+client|a\s+relative)\b",
        ),
        (
            "self",
            r"\b(?:me|myself|self|mine|my\s+own|i\s+am|i'm|for\s+me|it's\s+me|just\s+me|"
            r"i\s+do|yes\s+me|own)\b",
        ),
    ],
    "budget_management": [
        (
            "not_sure",
            r"^\W*(?:not\s+sure|unsure|don't\s+know|i\s+don't\s+know|no\s+idea|"
            r"dunno|idk|not_sure|\?+|haven't\s+decided|undecided|not\s+yet|maybe)\W*$",
        ),
        (
            "individual_service_fund",
            r"\b(?:isf|individual\s+service\s+funds?|individual_"
            r"service_fund|service\s+fund|(?:the|a|my)\s+provider\s+(?:holds|manages|has|looks\s+"
            r"after))\b",
        ),
        (
            "third_party",
            r"\b(?:third\s+party|third_party|trust|managed\s+account|(?:my|his|"
            r"her|a)\s+(?:daughter|son|wife|husband|partner|mum|dad|brother|sister|family\s+"
            r"member|friend|appointee|deputy)\s+(?:manages|handles|looks\s+after|holds|does)|"
            r"(?:someone|somebody)\s+else\s+(?:manages|handles|holds|looks\s+after)|appointee|"
            r"payroll\s+company|brokerage)\b",
        ),
        (
            "council_managed",
            r"\b(?:council[\s_-]*(?:managed|manages|manage|does|pays|sorts|"
            r"arranges|handles|organises|organizes|keeps|holds)|the\s+council|council|social\s+"
            r"services|local\s+authority|managed\s+budget|(?:they|them)\s+(?:arrange|sort|manage)"
            r")\b",
        ),
        (
            "direct_payment",
            r"\b(?:direct\s*payments?|direct_payment|dp|paid\s+(?:to|into)\s+"
            r"(?:me|my|us|our)|i\s+(?:manage|handle|do|look\s+after|pay)|we\s+(?:manage|handle|"
            r"do|pay)|myself|my\s+own\s+(?:account|bank)|into\s+my\s+account|i\s+get\s+the\s+"
            r"money)\b",
        ),
        (
            "not_sure",
            r"\b(?:not\s+sure|unsure|don't\s+know|no\s+idea|dunno|idk|not_sure|"
            r"haven't\s+decided|undecided)\b",
        ),
    ],
    "employer_choice": [
        (
            "mix",
            r"\b(?:mix|mixture|mixed|both|bit\s+of\s+both|combination|some\s+of\s+each|"
            r"a\s+bit\s+of\s+each)\b|\b(?:pas?|personal\s+assistants?|employ\w*)\b.*\b(?:and|"
            r"plus|with)\b.*\bagenc|\bagenc\w*\b.*\b(?:and|plus|with)\b.*\b(?:pas?|personal\s+"
            r"assistants?|employ\w*)\b",
        ),
        (
            "employ_pa",
            r"\b(?:no|not|don't\s+want|rather\s+not|never|hate)\s+(?:an?\s+|the\s+)?"
            r"agenc",
        ),
        (
            "use_agency",
            r"\b(?:no|not|don't\s+want\s+to|rather\s+not|never|can't|won't)\s+"
            r"(?:be\s+an\s+)?(?:employ|employer|hire|recruit|pas?\b|personal\s+assistants?)",
        ),
        (
            "not_sure",
            r"^\W*(?:not\s+sure|unsure|don't\s+know|i\s+don't\s+know|no\s+idea|"
            r"dunno|idk|not_sure|\?+|haven't\s+decided|undecided|maybe)\W*$",
        ),
        (
            "employ_pa",
            r"\b(?:employ\w*|employ_pa|pas?|personal\s+assistants?|my\s+own\s+"
            r"(?:staff|carers|workers|team)|hire|recruit|choose\s+my\s+own)\b",
        ),
        (
            "use_agency",
            r"\b(?:agenc(?:y|ies)|use_agency|care\s+compan(?:y|ies)|home\s+care\s+"
            r"(?:company|provider)|provider)\b",
        ),
        ("not_sure", r"\b(?:not\s+sure|unsure|don't\s+know|no\s+idea|dunno|idk|not_sure)\b"),
    ],
    "plan_voice": [
        (
            "third_person",
            r"\b(?:third[\s_]person|3rd\s+person|about\s+(?:him|her|them|me|myself|us)|"
            r"(?:he|she|they|his|her|their)\b(?!\s*/)|by\s+(?:name|his\s+name|her\s+name)|"
            r"third)\b",
        ),
        (
            "first_person",
            r"\b(?:first[\s_]person|1st\s+person|as\s+(?:me|if\s+i)|i|me|my|"
            r"my\s+(?:voice|words)|in\s+my\s+words|first)\b",
        ),
    ],
}
# "are you safe right now?" (assistant/safety): help first, so "not safe" is never read as safe
_CHOICES["safety_check"] = [
    (
        "need_help",
        r"\b(?:need\s+(?:some\s+)?help|help\s+(?:me|now|please)|not\s+(?:really\s+|very\s+)?"
        r"safe|unsafe|i'm\s+not(?:\s+ok(?:ay)?)?$|not\s+ok(?:ay)?|no\s+i'm\s+not|in\s+danger|"
        r"scared|frightened|please\s+help|^help\W*$|need_help|ambulance|call\s+someone|"
        r"not\s+(?:really|sure)|dunno\s+if)\b",
    ),
    (
        "numbers",
        r"\b(?:numbers?|phone\s+numbers?|who\s+(?:can\s+)?i\s+(?:call|ring|phone)|helplines?|"
        r"contacts?|show\s+me)\b",
    ),
    (
        "safe",
        r"\b(?:i'm\s+(?:safe|fine|ok|okay|alright|all\s+right|good)|i\s+am\s+(?:safe|fine|ok|"
        r"okay|alright)|safe|fine|all\s+good|ok(?:ay)?|alright|no\s+worries|no\s+danger|"
        r"didn't\s+mean|just\s+(?:joking|saying|an\s+expression)|only\s+joking|i'm\s+good)\b",
    ),
]
_COMPILED_CHOICES = {
    field: [(value, re.compile(pattern, _I)) for value, pattern in rules]
    for field, rules in _CHOICES.items()
}
# the codes each field's rules give; a code typed as it is (or with spaces) is taken as it is.
# They are the planner's choice codes (planner.CHOICE_CODES; tests/language/test_choice_codes.py
# holds them equal), plus the answers to "are you safe right now?"
_CODES: dict[str, tuple[str, ...]] = {
    field: tuple(dict.fromkeys(value for value, _ in rules)) for field, rules in _CHOICES.items()
}


@safe(lambda: None)
def parse_choice(field: str, text: str) -> str | None:
    """Free text to the coded value of a choice field, or None.

    Fields: answering_for, budget_management, employer_choice, plan_voice. The coded value
    itself is accepted; menu numbers ("1", "2") are not (the SMS layer maps those).
    """
    rules = _COMPILED_CHOICES.get(str(field))
    text = clean(text)
    if not rules or not text:
        return None
    plain = text.strip().lower().strip(" .!'\"")
    for code in _CODES[str(field)]:
        if plain in (code, code.replace("_", " "), code.replace("_", "-")):
            return code
    t = repair(text).text
    for value, pattern in rules:
        if pattern.search(t):
            return value
    return None
