"""Known English words (for typo repair and nonsense checks) and text-speak repair.

Known words: the entries of spacy-lookups-data's English `lexeme_prob` table whose log
probability is above -15.5 (about 60,000 common words), plus the lemma lookup table. Loaded
once, on first use.

`repair(text)` returns a `Normalised` text (lower case) where phone spellings are written out
("want 2 die" -> "want to die", "kms" -> "kill myself", "u" -> "you", "dont" -> "don't") and
misspellings of a small list of safety words are corrected ("sucide" -> "suicide",
"theatens" -> "threatens"), with a map back to the original.
"""

from __future__ import annotations

import gzip
import json
import os
import re

from assistant.language._nlp import Lazy, lemma_table
from assistant.language.numbers import Normalised, lower_same_length

__all__ = ["KEYWORDS", "is_known", "repair"]

_THRESHOLD = -15.5


def _load_known() -> frozenset[str]:
    words: set[str] = set()
    try:
        import spacy_lookups_data  # type: ignore[import-untyped]  # the package has no types

        path = os.path.join(
            os.path.dirname(spacy_lookups_data.__file__), "data", "en_lexeme_prob.json.gz"
        )
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            table = json.load(handle)
        words.update(w for w, p in table.items() if p > _THRESHOLD and w.isalpha())
    except Exception:  # a missing table only makes typo repair weaker
        pass
    lookup = lemma_table()
    for key in lookup.keys():  # noqa: SIM118
        words.add(str(key))
    return frozenset(words)


_KNOWN = Lazy(_load_known)


def is_known(word: str) -> bool:
    """True for a common English word."""
    return word.lower() in _KNOWN.get()


#: Safety words whose misspellings are repaired before concern patterns run.
KEYWORDS: tuple[str, ...] = (
    "suicide",
    "suicidal",
    "abuse",
    "abused",
    "abuses",
    "abusing",
    "abusive",
    "hitting",
    "punches",
    "punched",
    "punching",
    "slapped",
    "slapping",
    "slaps",
    "kicked",
    "kicking",
    "kicks",
    "threatens",
    "threatened",
    "threatening",
    "threaten",
    "bruises",
    "bruised",
    "bruising",
    "frightened",
    "terrified",
    "scared",
    "afraid",
    "stealing",
    "stolen",
    "steals",
    "neglect",
    "neglected",
    "neglecting",
    "starving",
    "harassed",
    "harassing",
    "harassment",
    "sexually",
    "touched",
    "touching",
    "touches",
    "molested",
    "bullied",
    "bullies",
    "bullying",
    "passport",
    "trafficked",
    "overdose",
    "herself",
    "himself",
    "myself",
    "yourself",
    "themselves",
    "shouting",
    "shouted",
    "shouts",
    "screaming",
    "screams",
    "swearing",
    "swears",
    "humiliates",
    "controlling",
    "racist",
    "worthless",
    "hopeless",
    "killing",
    "money",
    "pension",
    "medication",
    "strangled",
    "strangles",
    "hurting",
    "raped",
    "self-harm",
    "harming",
    "cutting",
    "overdosed",
)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _build_fuzzy() -> dict[str, str]:
    index: dict[str, str] = {}
    for word in KEYWORDS:
        if "-" in word:
            continue
        index.setdefault(word, word)
        for variant in _deletes(word):
            index.setdefault(variant, word)
    return index


_FUZZY = Lazy(_build_fuzzy)


def correct(word: str) -> str | None:
    """The safety word a misspelt `word` stands for, or None."""
    if len(word) < 5 or not word.isalpha() or word in KEYWORDS or is_known(word):
        return None
    index = _FUZZY.get()
    if word in index:  # a letter missing ("sucide") or the word itself
        return index[word]
    for variant in _deletes(word):  # a letter extra, swapped or wrong
        target = index.get(variant)
        if target and abs(len(target) - len(word)) <= 1:
            return target
    return None


_SPEAK: dict[str, str] = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "ppl": "people",
    "coz": "because",
    "cos": "because",
    "cuz": "because",
    "bc": "because",
    "bcos": "because",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "im": "i'm",
    "ive": "i've",
    "dont": "don't",
    "doesnt": "doesn't",
    "cant": "can't",
    "wont": "won't",
    "didnt": "didn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "aint": "isn't",
    "shes": "she's",
    "hes": "he's",
    "theyre": "they're",
    "thats": "that's",
    "havent": "haven't",
    "hasnt": "hasn't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "id": "i'd",
    "ill": "i'll",
    "kms": "kill myself",
    "kys": "kill yourself",
    "unalive": "kill",
    "od": "overdose",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "hubby": "husband",
    "n": "and",
    "thru": "through",
    "b4": "before",
    "sum1": "someone",
    "some1": "someone",
    "no1": "no one",
    "any1": "anyone",
    "every1": "everyone",
    "meself": "myself",
    "myslef": "myself",
    "mysef": "myself",
    "m8": "mate",
    "h8": "hate",
    "h8s": "hates",
    "pls": "please",
    "plz": "please",
    "tbh": "to be honest",
    "idk": "i don't know",
    "dunno": "don't know",
    "ya": "you",
    "yr": "your",
    "wen": "when",
    "wot": "what",
    "wat": "what",
    "mam": "mum",
    "mom": "mum",
    "mums": "mum's",
    "nan": "nan",
    "nana": "nan",
}
_TOKEN = re.compile(r"(?<![\w'])([a-z0-9]+(?:'[a-z]+)?)(?![\w'])|(&)")
_BETWEEN_WORDS = {"2": "to", "4": "for"}


def repair(text: str) -> Normalised:
    """Lower-case text with text-speak written out and safety-word typos repaired."""
    lowered = lower_same_length(text)
    out = Normalised(source=text)
    pos = 0
    for match in _TOKEN.finditer(lowered):
        word = match.group(0)
        if word == "&":
            new: str | None = "and"
        elif word in _BETWEEN_WORDS:
            before = lowered[max(0, match.start() - 2) : match.start()]
            after = lowered[match.end() : match.end() + 2]
            between = re.fullmatch(r"[a-z] ", before) and re.fullmatch(r" [a-z]", after)
            new = _BETWEEN_WORDS[word] if between else None
        else:
            new = _SPEAK.get(word)
            if new is None:
                new = correct(word)
        if new is None or new == word:
            continue
        if match.start() > pos:
            out._add(lowered[pos : match.start()], pos, match.start(), False)
        out._add(new, match.start(), match.end(), True)
        pos = match.end()
    if pos < len(lowered) or not out._pieces:
        out._add(lowered[pos:], pos, len(lowered), False)
    return out
