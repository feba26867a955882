"""Lists in the person's words, and whether an answer is keyboard mash."""

from __future__ import annotations

import re
from itertools import pairwise

from assistant.language._nlp import clean, safe
from assistant.language._words import is_known

__all__ = ["looks_like_nonsense", "split_items"]

# Pairs joined by "and" that are one thing, not two.
_PAIRS = (
    "wash and dress",
    "washing and dressing",
    "washed and dressed",
    "in and out",
    "up and down",
    "fish and chips",
    "bread and butter",
    "salt and pepper",
    "rock and roll",
    "arts and crafts",
    "pen and paper",
    "black and white",
    "back and forth",
    "bits and bobs",
    "odds and ends",
    "bed and breakfast",
    "tea and toast",
    "cheese and onion",
    "cheese and pickle",
    "health and safety",
    "hide and seek",
    "more and more",
    "now and then",
    "on and off",
    "over and over",
    "safe and sound",
    "and a half",
    "knife and fork",
    "bubble and squeak",
    "strictly come dancing",
    "snakes and ladders",
    "cup of tea and a chat",
    "pie and mash",
    "marks and spencer",
    "marks and spencers",
    "m and s",
    "b and q",
    "a and e",
)
_PAIR_RE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _PAIRS) + r")\b", re.IGNORECASE)
_SPLIT = re.compile(
    r"\s*(?:[\n;•·|]+|(?<!\d),(?!\d)|(?<=[a-z)\"'])[.!?]+(?:\s+|$)|\s+-\s+|^\s*[-*]\s+|"
    r"\s+(?:and|&|plus|as\s+well\s+as|also|but\s+also|or)\s+|\s+n\s+)\s*",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[-*•·]+|\d{1,2}[.)])\s+")
_FILLER = re.compile(
    r"^(?:(?:and|also|but|or|plus|then|oh|well|um+|erm+|er|uh+|hmm+|so|ok|okay|yeah|yes|"
    r"like|really)\b[\s,]*"
    r"|(?:(?:most\s+|lots\s+of\s+|other\s+|some\s+)?(?:people|others|everyone|everybody|"
    r"friends|my\s+friends|family|my\s+family|they|folk|staff|carers|the\s+staff|his\s+friends"
    r"|her\s+friends|my\s+mum|my\s+dad|teachers|workers)\s+(?:would\s+|often\s+|always\s+|"
    r"usually\s+)?(?:say|says|said|tell\s+me|tell\s+her|tell\s+him|think|reckon|describe\s+"
    r"(?:me|her|him)\s+as)\s+(?:that\s+)?)"
    r"|(?:i\s+think|i\s+guess|i\s+suppose|i\s+reckon|i'd\s+say|i\s+would\s+say|apparently|"
    r"probably|maybe)\s+(?:that\s+)?"
    r"|(?:she|he|they|i|we|you|it)\s*(?:'s|'re|'m|\s+is|\s+are|\s+am|\s+was|\s+were|\s+has\s+"
    r"been|\s+can\s+be|\s+is\s+very|\s+is\s+really)\s+"
    r"|(?:im|i\s+m|shes|hes|theyre|their|there)\s+"
    r"|(?:being|that\s+(?:she|he|i)(?:'s|'m|\s+is|\s+am))\s+)",
    re.IGNORECASE,
)
_EMPTY = re.compile(
    r"^(?:etc\.?|and\s+so\s+on|so\s+on|that's\s+(?:it|all)|thats\s+(?:it|all)|i\s+don't\s+know|"
    r"dunno|and|or|also|too|as\s+well|the|a|an|things|stuff|other\s+things|lots\s+more)$",
    re.IGNORECASE,
)


@safe(list[str])
def split_items(text: str) -> list[str]:
    """Split a list answer into items in the person's own words.

    "she is kind, funny and great with animals" -> ["kind", "funny", "great with animals"].
    Filler at the start of an item ("she is", "people say I'm") is dropped, as are empty
    items; "wash and dress" and other fixed pairs stay whole; case is kept.
    """
    text = clean(text)
    if not text:
        return []
    guarded = _PAIR_RE.sub(lambda m: m.group(0).replace(" ", "\x00"), text)
    items: list[str] = []
    for piece in _SPLIT.split(guarded):
        item = _BULLET.sub("", piece.replace("\x00", " ")).strip()
        for _ in range(4):
            stripped = _FILLER.sub("", item, count=1).strip()
            if stripped == item:
                break
            item = stripped
        item = item.strip(" \t.,;:!?-*\"'()")
        real = item and not _EMPTY.match(item) and any(c.isalnum() for c in item)
        if real and item.lower() not in (i.lower() for i in items):
            items.append(item[:500])
        if len(items) >= 50:
            break
    return items


_REAL_SHORT = {
    "no",
    "yes",
    "none",
    "n/a",
    "na",
    "idk",
    "dunno",
    "nah",
    "nope",
    "yep",
    "yeah",
    "ok",
    "okay",
    "k",
    "kk",
    "y",
    "n",
    "i",
    "a",
    "dk",
    "nvm",
    "tbh",
    "nhs",
    "gp",
    "pa",
    "bsl",
    "ot",
    "cbt",
    "dr",
    "mr",
    "mrs",
    "ms",
    "st",
    "hmm",
    "pls",
    "plz",
    "thx",
    "ta",
    "x",
    "xx",
    "xxx",
    "nil",
    "nowt",
    "owt",
    "mum",
    "dad",
    "nan",
    "sis",
    "bro",
    "lol",
    "omg",
    "wtf",
    "brb",
    "ty",
    "tq",
    "ps",
    "gf",
    "bf",
    "bye",
    "hi",
    "hey",
    "yo",
    "sup",
    "cya",
    "lmk",
    "imo",
    "asap",
}
_ROWS = (
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "poiuytrewq",
    "lkjhgfdsa",
    "mnbvcxz",
    "qazwsxedcrfvtgbyhnujmikolp",
)
_VOWELS = set("aeiouy")


def _gibberish(word: str) -> bool:
    w = word.lower()
    if w in _REAL_SHORT:
        return False
    if not w.isascii():
        return False  # another script: not ours to judge
    if len(set(w)) == 1:
        return True  # "jjjj", "x"... single letters included
    if len(w) >= 4 and len(set(w)) <= 2:
        return True  # "hahaha", "jkjkjk"
    if len(w) >= 5 and any(w in row for row in _ROWS):
        return True  # "qwerty", "asdfgh"
    if len(w) >= 3 and any(w in row for row in _ROWS) and not is_known(w):
        return True  # "asdf", "sdfgh"
    if len(w) >= 4 and is_known(w):
        return False
    if len(w) >= 4 and not (set(w) & _VOWELS):
        return True  # "sdfg", "pfft"
    if re.search(r"[^aeiouy]{5,}", w) and not is_known(w):
        return True
    if len(w) >= 5:
        rows = sum(1 for a, b in pairwise(w) if any(a + b in r for r in _ROWS))
        if rows >= len(w) - 2 and not is_known(w):
            return True  # "sdfjkl"-like runs along the keyboard
    return False


@safe(lambda: False)
def looks_like_nonsense(text: str) -> bool:
    """True for keyboard mash, only emoji or punctuation, or lone letters ("asdfgh", "jjjj").

    Short real answers are not nonsense: "no", "Sue", "none", "n/a", "idk", "dunno", "y",
    "n", names and numbers such as "320".
    """
    text = clean(text)
    if not text:
        return True
    plain = text.strip().lower().strip(".!? ")
    if len(plain) == 1 and plain.isalpha():
        return plain not in ("y", "n")
    if plain in _REAL_SHORT:
        return False
    if any(c.isdigit() for c in text):
        return False
    words = re.findall(r"[^\W\d_]+", text)
    if not words:
        return True
    return all(_gibberish(w) for w in words[:200])
