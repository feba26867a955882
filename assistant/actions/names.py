"""The name a person gave ("call me Sam", "her name is Margaret, she likes Peggy")."""

from __future__ import annotations

import re

__all__ = ["MAX_NAME_CHARS", "clean_name"]


# "call me Sam", "my name is Sam", "I'm Sam", "it's Sam" -> "Sam"
_NAME_PREFIX = re.compile(
    r"^\s*(?:(?:please\s+)?call\s+(?:me|her|him|them)|(?:my|her|his|their)\s+name\s+is|"
    r"(?:my|her|his|their)\s+name's|i\s*am|i'm|im|it's|its|this\s+is|she's|he's|they're|"
    r"she\s+is|he\s+is|(?:she|he)\s+likes\s+to\s+be\s+called|name\s*:)\s+",
    re.IGNORECASE,
)
_NOT_A_NAME = {
    "yes", "no", "ok", "okay", "hi", "hello", "hiya", "hey", "thanks", "thank you", "bye", "why",
    "skip", "me", "myself", "for me", "someone else", "i don't know", "dunno", "?",
}  # fmt: skip
MAX_NAME_CHARS = 60


_CALLED = re.compile(
    r"\b(?:likes?(?:\s+to\s+be\s+called|\s+being\s+called)?|prefers?(?:\s+to\s+be\s+called)?|"
    r"known\s+as|goes\s+by|calls?\s+(?:me|her|him|them))"
    r"\s+(?P<name>[^\s,.!?]+(?:\s+[A-Z][^\s,.!?]*)?)",
    re.IGNORECASE,
)


_NAMED = re.compile(
    r"(?i:\b(?:always\s+been|everyone\s+calls\s+(?:her|him|me|them)|we\s+call\s+(?:her|him|them))"
    r"\s+(?P<usual>[a-z][a-z'\-]+))"
    r"|(?i:(?:\bname\s+is|\bname's|\b(?:my|our|his|her)\s+(?:wife|husband|partner|mum|mother|dad|"
    r"father|son|daughter|brother|sister|nan|gran|grandad|grandma|friend|aunt|uncle))\s+"
    r"(?P<name>[a-z][a-z'\-]+)\b)|\b(?P<fine>[A-Z][a-z'\-]+)\s+is\s+fine\b",
)


def clean_name(text: str) -> str | None:
    """The name a person gave, without lead-in words; None if it doesn't look like a name.

    "her name is Margaret, she likes Peggy" -> "Peggy": the name someone likes to be called wins.
    """
    called = _CALLED.search(text)
    if called and called.start() > 0:
        text = called.group("name")
    elif not _NAME_PREFIX.match(text):
        # "mum - her name is Kamala", "my wife Mary", "Harold Pritchard, but Harold is fine"
        found = list(_NAMED.finditer(text))
        usual = [m.group("usual") for m in found if m.group("usual")]
        named = usual or [m.group("name") or m.group("fine") for m in found]
        if named:
            text = named[0]
    name = _NAME_PREFIX.sub("", text.strip())
    name = re.split(r"\s*(?:[,;.!?]|\bbut\b|\band\b)\s*", name, maxsplit=1)[0]
    name = name.strip(" .!,\"'")
    if not name or name.lower() in _NOT_A_NAME:
        return None
    if len(name) > MAX_NAME_CHARS or len(name.split()) > 4:
        return None
    if not any(ch.isalpha() for ch in name):
        return None
    return name[0].upper() + name[1:] if name.islower() else name
