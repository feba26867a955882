"""What the families of signs share: the word classes for medicines and drink, and how a
family's patterns are joined into one (and widened later with more)."""

from __future__ import annotations

import re

__all__ = ["DIED", "DRINK", "MEDS", "any_of", "widened"]

MEDS = (
    r"(?:pills?|tablets?|tabs|meds|medicines?|medication|paracetamol|co-?codamol|codeine|"
    r"tramadol|sertraline|citalopram|fluoxetine|prozac|amitriptyline|mirtazapine|diazepam|"
    r"valium|zopiclone|insulin|morphine|oxycodone|oramorph|lithium|quetiapine|olanzapine|"
    r"pregabalin|gabapentin|ibuprofen|aspirin|nurofen|sleeping\s+(?:pills|tablets)|"
    r"painkillers|pain\s+killers|anti-?depressants|propranolol|warfarin|methadone|fentanyl|"
    r"patches|dose|doses|"
    # as they are often typed (eleventh session): "paracetmol", "parcetamol", "co-codomol"
    r"para?c\w*?t\w*?mol|parcet\w*|co-?cod\w*mol|codine|sert\w*line|amitrip\w*|tramad\w*|"
    r"zopic\w*|diazap\w*|propan\w*lol|mirtaz\w*|citalop\w*|cital\w*pram|naproxen|dihydrocodeine)"
)
# a death told as past (sixteenth session: beside a wish to join someone, it says who has died)
DIED = r"(?:died|passed|passing|death|funeral|grave|buried|cremated)"
DRINK = r"(?:vodka|whisky|whiskey|gin|rum|wine|booze|alcohol|drink|cider|beer|lager|spirits)"


def any_of(*parts: str) -> re.Pattern[str]:
    """One pattern matching any of the parts (each wrapped in its own group)."""
    return re.compile("|".join(f"(?:{p})" for p in parts))


def widened(pattern: re.Pattern[str], *parts: str) -> re.Pattern[str]:
    """`pattern` with more parts after it, tried after everything it held before.

    The fifth session widened several families with kinds a fresh corpus showed missing, in many
    phrasings: what a safeguarding practitioner knows of the kind (NHS and Samaritans warning
    signs, Care Act 14.17, SCIE indicators; docs/SAFETY.md), never the wording of a held-out
    message; tests/safety/test_decision.py holds examples of our own."""
    return any_of(pattern.pattern, *parts)


# a dose taken as the day goes ("all my tablets with my breakfast", "as prescribed"): the
# routine of a medicine, not an overdose (eighth session)
ROUTINE_DOSE = (
    r"(?![^.!?]{0,40}\b(?:with\s+(?:my\s+|his\s+|her\s+|their\s+)?(?:breakfast|tea|dinner|lunch|"
    r"supper|food|meals?|water|a\s+(?:drink|cuppa|glass\s+of\s+water)|toast|porridge|cereal)\b|"
    r"as\s+(?:prescribed|usual|normal|always|told|i\s+should)|like\s+a\s+good\s+(?:girl|boy|lad|lass)|"
    r"on\s+time|every\s+(?:morning|night|day|evening)|before\s+(?:bed|breakfast)|from\s+the\s+"
    r"(?:dosette|blister|pill\s+box|nomad)))"
)

# "... till after Easter", "for a bit": someone going away for a while, not for good
NOT_FOR_A_WHILE = (
    r"(?![^.!?]{0,30}\b(?:until|till|for\s+a\s+(?:bit|while|few|week|month|fortnight)|after\s+"
    r"(?:the|christmas|easter|my)|this\s+week|on\s+here|at\s+the\s+(?:club|group|centre)))"
)
