"""Common first names in England, so a name typed in lower case ("my daughter carol") is known
as a name even when it is also an everyday word (carol, bill, dawn, rose, mark, will).

Written for this project from general knowledge of names in use in England across generations
and communities; it does not need to be complete: a lower-case word that is not an everyday word
is taken as a name anyway (people.py).
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["FIRST_NAMES", "GENDER"]

_TABLE = Path(__file__).with_name("first_names.tsv")


def _read() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            out[name.strip()] = gender.strip() or "u"
    return out


#: name -> "f" (usually a woman's name in England), "m" (usually a man's) or "u" (either)
GENDER: dict[str, str] = _read()
FIRST_NAMES: frozenset[str] = frozenset(GENDER)
