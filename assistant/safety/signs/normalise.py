"""Text as the signs and the classifier read it: lower case, straight apostrophes, text-speak
written out and safety-word typos repaired."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.language._words import repair

__all__ = ["NORMALISE_KEY", "normalise"]


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


# text-speak met in safety messages that the shared repair leaves alone ("wnt 2 b ded", "gna
# jump aftr this"): written out for the signs and the classifier only
_SAFETY_SPEAK = (
    (re.compile(r"\b(?:wnt|wnated|wan)\b"), "want"),
    (re.compile(r"\b(?:wna|wanna)\b"), "want to"),
    (re.compile(r"\b(?:gna|gunna|gona|gnna|gonn)\b"), "going to"),
    (re.compile(r"\b(?:ded|dedd)\b"), "dead"),
    (re.compile(r"\b(?:to|2)\s+b\b(?!\s*(?:&|and\s+q\b))"), "to be"),
    (re.compile(r"\b(?:aftr|afta)\b"), "after"),
    (re.compile(r"\b(?:nuthin|nothin|nufin|nowt)\b"), "nothing"),
    (re.compile(r"\b(?:pnt|poynt)\b"), "point"),
    (re.compile(r"\b(?:2nite|2night|tonite|2nyt|tnite)\b"), "tonight"),
    (re.compile(r"\b(?:2moro|2morrow|2moz|tmrw|tmoz|tomoz|tmrow)\b"), "tomorrow"),
    (re.compile(r"\b(?:evry1|every1|evry\s+1)\b"), "everyone"),
    (re.compile(r"\b(?:luv|lov)\b"), "love"),
    (re.compile(r"\b(?:pils|pillz)\b"), "pills"),
    (re.compile(r"\b(?:tabz)\b"), "tablets"),
    (re.compile(r"\b(?:myslf|meslf|maself)\b"), "myself"),
    (re.compile(r"\b(?:kil)\b"), "kill"),
    (re.compile(r"\b(?:cnt|carnt)\b"), "can't"),
    (re.compile(r"\b(?:anymor|nemore|n\.?e\.?more)\b"), "any more"),
    # the seventh session: acting-now and goodbye words as they are typed on a phone ("tuk all
    # ma tabs", "swallowd the lot", "on da bridge rn", "av rote da notes", "g2g 4eva")
    (re.compile(r"\b(?:tuk|tukk|tookd)\b"), "took"),
    (re.compile(r"\b(?:swallowd|swalowed|swallod|swolled|swollowed|swallered)\b"), "swallowed"),
    (
        re.compile(
            r"\bma\s+(?=(?:tabs|tablets|pills|meds|insulin|life|own|self|room|bed|head|pa|carer|"
            r"notes?|letters?|stuff|things)\b)"
        ),
        "my ",
    ),
    (re.compile(r"\b(?:da|tha)\b"), "the"),
    (re.compile(r"\brn\b"), "right now"),
    (
        re.compile(
            r"\b(?:av|ave)\s+(?=(?:wrote|rote|written|done|took|taken|had|made|got|"
            r"sorted|left|given|gave)\b)"
        ),
        "i've ",
    ),
    (re.compile(r"\brote\b"), "wrote"),
    (re.compile(r"\b(?:4eva|4ever|foreva)\b"), "forever"),
    (re.compile(r"\bg2g\b"), "got to go"),
    (re.compile(r"\b(?:enuf|enuff|nuff)\b"), "enough"),
    (re.compile(r"\b(?:hr|hrs)\s+ago\b"), "hour ago"),
    (re.compile(r"\bbout\s+(?=(?:an?\s+)?(?:hour|hr|min|mins|minutes|\d))"), "about "),
    (re.compile(r"\b(?:ders|dere's|theres)\b"), "there's"),
    # the tenth session: a dropped g on the verbs of a plan, "bin" for been after a helper verb,
    # and the days that have one short form only ("gna do it fri")
    (
        re.compile(
            r"\b(sav|hid|stash|tak|plann|think|end|kill|cutt|jump|collect|keep|stockpil)in\b"
        ),
        r"\1ing",
    ),
    (
        re.compile(r"\b(i've|ive|i\s+have|he's|she's|has|have|had|we've|they've)\s+bin\b"),
        r"\1 been",
    ),
    (re.compile(r"\bfri\b"), "friday"),
    # the fifteenth session: a question about doses and an overdose told as an afterthought, as
    # typed ("hw many wud it tk", "ive tkn 20 paras btw", "askin 4 a m8")
    (re.compile(r"\b(?:tkn|takn|tooken)\b"), "taken"),
    (re.compile(r"\btk\b"), "take"),
    (re.compile(r"\b(?:wud|wld|wuld)\b"), "would"),
    (re.compile(r"\bhw\s+(?=(?:many|much|long|do|does|would|wud|can)\b)"), "how "),
    (re.compile(r"\baskin\b"), "asking"),
    (re.compile(r"\bm8s?\b"), "mate"),
    (re.compile(r"\b4\s+(?=a\s+(?:mate|m8|friend|frend)\b)"), "for "),
    (
        re.compile(r"\b(\d+|all\s+(?:my|the|me)|the\s+lot\s+of\s+(?:my|the))\s+paras\b"),
        r"\1 paracetamol",
    ),
    (re.compile(r"\b(?:thurs|thur)\b"), "thursday"),
    (re.compile(r"\btues\b"), "tuesday"),
    (re.compile(r"\bweds\b"), "wednesday"),
    # the sixteenth session: Scots as typed ("the morra's the day", "ah've had it fer weeks")
    (re.compile(r"\b(?:the\s+morra|the\s+morn)\b"), "tomorrow"),
    (re.compile(r"\bthe\s+nicht\b"), "tonight"),
    (re.compile(r"\bah(?='(?:ve|m|ll|d)\b)"), "i"),
    (re.compile(r"\bfer\b"), "for"),
)


# what the classifier's fit depends on here (model.py keys its cached fit on it)
NORMALISE_KEY = repr([(p.pattern, w) for p, w in _SAFETY_SPEAK])


# one decision reads the same words several times (the signs, what explains them away, the
# classifier, the short-message cue): the text is made once and kept for the next reader
@lru_cache(maxsize=256)
def normalise(text: str) -> str:
    """Lower case, straight apostrophes, text-speak written out, safety-word typos repaired."""
    text = text.translate(_APOSTROPHES)
    text = re.sub(r"\s+", " ", text)
    text = repair(text).text
    for pattern, words in _SAFETY_SPEAK:
        text = pattern.sub(words, text)
    return text
