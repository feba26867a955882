"""The safety net: disclosures of abuse or neglect (code "safeguarding") and thoughts of
suicide or self-harm (code "crisis"), in the person's own or a carer's voice.

The text is lower-cased, text-speak is written out and misspelt safety words are repaired
(`_words.repair`), then the patterns in concern_rules.py run. Recall matters more than
precision, but the common idioms of planning talk ("dying to go", "kill time", "hit the shops",
"help with money") are ruled out. A match inside a plain denial ("he has never hit me", "I'm not
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
from assistant.language.concern_rules import ORGANISATION, PARTNER, RULES

__all__ = ["detect_concern", "detect_concerns"]

_DENIAL = re.compile(
    r"\b(?:never|not|no\s+one|nobody|no-one|noone|don't|doesn't|didn't|isn't|wasn't|aren't|"
    r"haven't|hasn't|won't|wouldn't|no\s+longer|nothing|without)\s+(?:\w+\s+){0,3}$"
)
_DENIAL_AFTER = re.compile(r"^\s*(?:any\s*more|anymore|now)?\s*(?:,|\.|$)")
_COMPILED = [(code, kind, re.compile(pattern), deny) for code, kind, pattern, deny in RULES]


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
            if kind in ("physical", "psychological", "sexual", "financial") and PARTNER.search(
                sentence_t
            ):
                kind_out = "domestic"
            elif kind == "neglect" and ORGANISATION.search(sentence_t):
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
