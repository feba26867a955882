"""Numbers written as words, made into digits, with a map back to the person's own text.

`normalise(text)` lower-cases the text, turns "three hundred and fifty" into "350",
"half an hour" into "0.5 hour", "an hour" into "1 hour", "a couple of" into "2 ", "a few"
into "3 " and "two and a half" into "2.5". `Normalised.original(start, end)` gives back the
matching slice of the original text, so evidence and `times` keep the person's words.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

__all__ = ["Normalised", "fmt_number", "lower_same_length", "normalise", "words_to_number"]

UNITS: dict[str, int] = {
    "zero": 0,
    "nought": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES, "dozen"], key=len, reverse=True))
_SEP = r"(?:[\s-]+|(?:(?<=hundred)|(?<=thousand)|(?<=million))\s+and\s+)"
_RUN = rf"(?:\ba\s+(?=(?:hundred|thousand|million|dozen)\b))?\b(?:{_WORD})(?:{_SEP}(?:{_WORD})\b)*"
_HOUR = r"(?:hours?|hrs?)\b"

_PATTERN = re.compile(
    "|".join(
        [
            rf"(?P<hour_half>\b(?:an?|1|one)\s+{_HOUR}\s+and\s+a\s+half\b)",
            rf"(?P<half_hour>\b(?:a\s+)?half\s+(?:an?\s+)?{_HOUR})",
            rf"(?P<tq_hour>\bthree\s+quarters\s+of\s+an?\s+{_HOUR})",
            rf"(?P<q_hour>\b(?:a\s+)?quarter\s+(?:of\s+)?an?\s+{_HOUR})",
            rf"(?P<an_hour>\ban?\s+(?={_HOUR}))",
            r"(?P<couple>\b(?:a\s+)?couple\s+(?:of\s+)?(?=[a-z0-9]))",
            r"(?P<few>\b(?:a\s+few|several)\s+(?=[a-z0-9]))",
            r"(?P<digit_scale>\b\d+(?:\.\d+)?\s*(?:hundred|thousand|million)\b)",
            rf"(?P<run>{_RUN})(?P<run_half>\s+and\s+a\s+half\b)?",
            r"(?P<digits_half>\b\d+(?:\.\d+)?\s+and\s+a\s+half\b)",
        ]
    )
)


def fmt_number(value: float) -> str:
    """ "2" for 2.0, "2.5" for 2.5."""
    if value == int(value):
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")


def words_to_number(words: str) -> float | None:
    """ "three hundred and fifty" -> 350; "a dozen" -> 12; None when there is no number."""
    total = 0
    current = 0
    seen = False
    for word in re.split(r"[\s-]+", words.lower().strip()):
        if word in ("", "and", "a"):
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def lower_same_length(text: str) -> str:
    """Lower case, keeping every character's position (so offsets still match the original)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass
class Normalised:
    """Normalised text and a map of its pieces back to the original."""

    source: str
    text: str = ""
    _starts: list[int] = field(default_factory=list)
    _pieces: list[tuple[int, int, int, int, bool]] = field(default_factory=list)

    def _add(self, piece: str, o_start: int, o_end: int, replaced: bool) -> None:
        n_start = len(self.text)
        self.text += piece
        self._starts.append(n_start)
        self._pieces.append((n_start, len(self.text), o_start, o_end, replaced))

    def _map(self, pos: int, end: bool) -> int:
        if not self._pieces:
            return 0
        i = max(0, bisect.bisect_right(self._starts, pos) - 1)
        if end and i > 0 and pos == self._pieces[i][0]:
            i -= 1
        n_start, _, o_start, o_end, replaced = self._pieces[i]
        if replaced:
            return o_end if end else o_start
        return min(o_end, o_start + (pos - n_start))

    def original(self, start: int, end: int) -> str:
        """The original text behind text[start:end]."""
        return self.source[self._map(start, False) : self._map(end, True)]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self._map(start, False), self._map(end, True)


def _replacement(match: re.Match[str]) -> str | None:
    kind = match.lastgroup
    if match.group("run") is not None:
        value = words_to_number(match.group("run"))
        if value is None:
            return None
        if match.group("run_half"):
            value += 0.5
        return fmt_number(value)
    if kind == "hour_half":
        return "1.5 hours"
    if kind == "half_hour":
        return "0.5 hours"
    if kind == "tq_hour":
        return "0.75 hours"
    if kind == "q_hour":
        return "0.25 hours"
    if kind == "an_hour":
        return "1 "
    if kind == "couple":
        return "2 "
    if kind == "few":
        return "3 "
    if kind == "digit_scale":
        found = re.match(r"(\d+(?:\.\d+)?)\s*([a-z]+)", match.group(0))
        if not found:
            return None
        return fmt_number(float(found.group(1)) * SCALES[found.group(2)])
    if kind == "digits_half":
        number = re.match(r"\d+(?:\.\d+)?", match.group(0))
        return fmt_number(float(number.group(0)) + 0.5) if number else None
    return None


def normalise(text: str) -> Normalised:
    """Lower-case `text` and write numbers in digits, keeping a map back to `text`."""
    lowered = lower_same_length(text)
    out = Normalised(source=text)
    pos = 0
    for match in _PATTERN.finditer(lowered):
        new = _replacement(match)
        if new is None:
            continue
        if match.start() > pos:
            out._add(lowered[pos : match.start()], pos, match.start(), False)
        out._add(new, match.start(), match.end(), True)
        pos = match.end()
    if pos < len(lowered) or not out._pieces:
        out._add(lowered[pos:], pos, len(lowered), False)
    return out
