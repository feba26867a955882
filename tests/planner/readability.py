"""Reading age of plain English text, for the plan tests (no package needed).

    reading age = Flesch-Kincaid grade + 5     (the UK convention: grade 4 is age 9)
    grade = 0.39 x words per sentence + 11.8 x syllables per word - 15.59

Syllables are counted by vowel groups with the usual English corrections (a silent final
"e", "-le", "-ed" after most letters). Sentences end at ".", "!", "?", ":" and line
breaks, so list items count as sentences, as a reader takes them. Money, numbers and dates
are words of one syllable: a reader takes "£24.10" in at a glance.
"""

from __future__ import annotations

import re

__all__ = ["prose", "reading_age", "syllables"]

_WORD = re.compile(r"[A-Za-z£0-9][A-Za-z'£0-9.,-]*")
_SPLIT = re.compile(r"[.!?:;\n]+(?:\s|$)|\n")


def syllables(word: str) -> int:
    """Syllables in one word (an estimate, good enough to compare texts)."""
    w = word.lower().strip("'.,-")
    if not w or not w[0].isalpha():
        return 1
    w = re.sub(r"[^a-z]", "", w)
    if len(w) <= 3:
        return 1
    w = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "", w)
    w = re.sub(r"^y", "", w)
    groups = re.findall(r"[aeiouy]{1,2}", w)
    return max(1, len(groups))


def reading_age(text: str) -> float:
    """The reading age of the text (years)."""
    sentences = [s for s in _SPLIT.split(text) if _WORD.search(s)]
    words = [w for s in sentences for w in _WORD.findall(s)]
    if not words:
        return 0.0
    per_sentence = len(words) / len(sentences)
    per_word = sum(syllables(w) for w in words) / len(words)
    grade = 0.39 * per_sentence + 11.8 * per_word - 15.59
    return round(grade + 5, 1)


def prose(text: str) -> str:
    """The lines of a rendered plan a person reads as sentences: headings, labels and cost
    working (lines of sums) left out, so they cannot flatter the score."""
    kept = []
    for line in text.splitlines():
        words = _WORD.findall(line)
        if len(words) < 4 or line.isupper() or re.search(r"£[\d,.]+ \(|\bx £", line):
            continue
        kept.append(line)
    return "\n".join(kept)
