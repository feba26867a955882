"""A row of words and the names in it (for circle.py): tokens, the relationship word at a
token, whether a word looks like a name, and a run of names joined by "and"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.language._words import is_known
from assistant.language.circle_words import (
    ADJECTIVES,
    AUXILIARY,
    CLERGY,
    EXTRA_WORDS,
    HONORIFICS,
    JOIN,
    NOT_NAMES,
    SENTENCE_END,
    TITLES,
    TOKEN,
)
from assistant.language.names import FIRST_NAMES


@dataclass
class Tok:
    text: str
    low: str
    start: int
    end: int
    sentence_start: bool


def tokens(text: str) -> list[Tok]:
    out: list[Tok] = []
    fresh = True
    for m in TOKEN.finditer(text):
        raw = m.group(0).replace("\u2019", "'")
        low = raw.lower()
        if low.endswith("'s") and len(low) > 3:  # "Bob's" -> Bob
            low = low[:-2]
            raw = raw[:-2]
        out.append(Tok(raw, low, m.start(), m.end(), fresh))
        fresh = raw in SENTENCE_END
    return out


def relationship_words(plain: dict[str, str]) -> dict[tuple[str, ...], str]:
    table = {tuple(k.replace("-", " ").split()): v for k, v in plain.items()}
    table.update({tuple(k.split()): v for k, v in EXTRA_WORDS.items()})
    return table


REL_TABLE: dict[tuple[str, ...], str] = {}


def rel_at(toks: list[Tok], i: int) -> tuple[int, str] | None:
    """The longest relationship word starting at token i: (tokens used, plain relationship)."""
    for size in (3, 2, 1):
        key = tuple(t.low.replace("-", " ") for t in toks[i : i + size])
        key = tuple(w for part in key for w in part.split())
        if len(toks[i : i + size]) == size and key in REL_TABLE:
            return size, REL_TABLE[key]
    return None


def looks_like_name(tok: Tok, all_caps: bool, beside_relationship: bool) -> bool:
    w = tok.low
    if not w.isalpha() and not re.fullmatch(r"[a-z]+(?:[-'][a-z]+)+", w):
        return False
    if re.search(r"'(?:t|s|ll|re|ve|d|m)$", w) or w.startswith("'"):
        return False  # can't, she'll
    if len(w) < 2 or w in NOT_NAMES or (w,) in REL_TABLE or w in ADJECTIVES:
        return False
    capital = not all_caps and tok.text[0].isupper() and (not tok.text[1:].isupper() or len(w) <= 3)
    if w in FIRST_NAMES:
        if w in AUXILIARY and not capital:
            return False  # "my mum will help"
        return beside_relationship or capital or not is_known(w)
    if not beside_relationship:
        return False
    if capital and not tok.sentence_start:
        return True
    return not is_known(w) and len(w) >= 3


def name_run(
    toks: list[Tok], i: int, all_caps: bool, used: set[int]
) -> tuple[list[tuple[int, int]], int]:
    """Names from token i on, joined by and / n / & / commas: [(first token, last token)], and
    the index after the run."""
    names: list[tuple[int, int]] = []
    j = i
    while j < len(toks) and j not in used:
        t = toks[j]
        if t.low in TITLES and j + 1 < len(toks) and toks[j + 1].low.isalpha():
            if t.low in HONORIFICS and toks[j + 1].low not in NOT_NAMES:
                names.append((j, j + 1))
                j += 2
            else:
                break
        elif looks_like_name(t, all_caps, True):
            last = j
            # a surname in capitals after a first name ("Sue Harris")
            if (
                j + 1 < len(toks)
                and toks[j + 1].text[:1].isupper()
                and not toks[j + 1].text.isupper()
                and toks[j + 1].low not in FIRST_NAMES
                and looks_like_name(toks[j + 1], all_caps, True)
                and t.text[:1].isupper()
            ):
                last = j + 1
            names.append((j, last))
            j = last + 1
        else:
            break
        if j + 2 < len(toks) and toks[j].low == "(" and toks[j + 1].low.isdigit():
            j += 3 if toks[j + 2].low == ")" else 2  # "Lily (16)"
        if j < len(toks) and toks[j].low in JOIN and j + 1 < len(toks):
            k = j + 1
            if toks[j].low == "," and toks[k].low in ("and", "n", "&"):
                k += 1
            nxt = toks[k] if k < len(toks) else None
            if nxt and (
                nxt.low in HONORIFICS
                or (looks_like_name(nxt, all_caps, True) and rel_at(toks, k) is None)
            ):
                # "Bob and Sue", not "Bob, my neighbour" nor "bob and his wife"
                j = k
                continue
        break
    return names, j


def name_text(toks: list[Tok], first: int, last: int, all_caps: bool) -> str:
    words = [toks[k].text for k in range(first, last + 1) if toks[k].low not in CLERGY]
    return " ".join(
        w[:1].upper() + (w[1:].lower() if all_caps or w.islower() else w[1:]) for w in words
    )
