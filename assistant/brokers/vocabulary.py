"""The words brokers and plans share: specialisms, with the planner's labels mapped to codes.

The planner (planner/broker.py `specialisms_for`) writes specialisms as plain labels
("mental health", "person-centred planning"); the register stores codes. `code_for` turns
either into a code, so a plan's `broker.specialisms` can be matched against the register.
"""

from __future__ import annotations

import re

#: code -> plain label, in the order pages list them
SPECIALISMS: dict[str, str] = {
    "person_centred_planning": "person-centred planning",
    "housing": "housing",
    "mental_health": "mental health",
    "learning_disability": "learning disability",
    "autism": "autism",
    "older_people": "older people",
    "physical_disability": "physical disability",
    "employment": "employment",
    "employing_pas": "employing personal assistants",
    "health_coordination": "health and care co-ordination",
    "communication_advocacy": "communication and advocacy",
    "family_carers": "family carers",
    "safeguarding": "safeguarding",
}

_BY_LABEL = {label: code for code, label in SPECIALISMS.items()}


def code_for(word: str) -> str | None:
    """The specialism code for a code or a planner label; None when it is not one we know."""
    text = word.strip().lower()
    if text in SPECIALISMS:
        return text
    if text in _BY_LABEL:
        return _BY_LABEL[text]
    slug = re.sub(r"[^a-z0-9]+", "_", text).strip("_")
    return slug if slug in SPECIALISMS else None


def label_for(code: str) -> str:
    return SPECIALISMS.get(code, code.replace("_", " "))


def codes_for(words: list[str]) -> list[str]:
    """Codes for a list of codes or labels, unknown words left out, order kept."""
    out: list[str] = []
    for word in words:
        code = code_for(word)
        if code and code not in out:
            out.append(code)
    return out


#: Who pays a broker's fee (Broker.fee_paid_by), in the words a person reads.
FEE_PAYER_WORDS = {
    "budget": "From your personal budget, if the council agrees",
    "council": "The council pays, not you",
    "person": "You pay it yourself",
}


def fee_payer_words(code: str) -> str:
    return FEE_PAYER_WORDS.get(code, "Ask the broker")
