"""Turning the assistant's replies into text messages, and reading numbered choices back.

- Text is made GSM-7 safe where it can be: curly quotes, dashes, ellipses and the like would
  force the whole message into UCS-2 (70 characters a part instead of 160), so they are replaced
  with plain equivalents. Emoji are dropped. Letters with no GSM-7 form (a name in another
  script, say) are kept: getting a person's name right matters more than the cost.
- Buttons become numbered choices ("Reply 1 for Yes or 2 for No."); a reply of just the number
  picks that button's payload.
- Links are sent as absolute addresses (PUBLIC_BASE_URL + the link's path).
- Each <Message> is kept within 320 GSM-7 characters, split at word boundaries.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from twilio.twiml.messaging_response import MessagingResponse

MAX_UNITS = 320

GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENDED = frozenset("^{}\\[~]|€")  # two units each (escape + character)

REPLACEMENTS = {
    **dict.fromkeys("‘’‚‛′`´", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys("‐‑‒–—―−•·", "-"),
    **dict.fromkeys("\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\t", " "),
    "…": "...",
    "×": "x",
    "÷": "/",
    "½": "1/2",
    "¼": "1/4",
    "¾": "3/4",
    "→": "->",
    "←": "<-",
    "✓": "yes",
    "©": "(c)",
    "®": "(R)",
    "™": "(TM)",
    "\u2028": "\n",
    "\u2029": "\n",
}

_SPACES = re.compile(r"(?<=\S) {2,}")
_CHOICE = re.compile(r"^\s*(?:number\s*|option\s*|no\.?\s*)?(\d{1,2})\s*[.)!]?\s*$", re.IGNORECASE)


def is_gsm(text: str) -> bool:
    return all(ch in GSM_BASIC or ch in GSM_EXTENDED for ch in text)


def units(text: str) -> int:
    """Length as the network counts it: GSM-7 septets (extended characters are two)."""
    return sum(2 if ch in GSM_EXTENDED else 1 for ch in text)


def _safe_char(ch: str) -> str:
    if ch in GSM_BASIC or ch in GSM_EXTENDED:
        return ch
    if ch in REPLACEMENTS:
        return REPLACEMENTS[ch]
    category = unicodedata.category(ch)
    if category in ("Cc", "Cf", "Cs", "Co", "Cn", "Mn", "Me", "So", "Sk"):
        return ""  # controls, joiners, emoji and stray marks carry no words
    plain = "".join(c for c in unicodedata.normalize("NFKD", ch) if unicodedata.category(c) != "Mn")
    if plain and is_gsm(plain):
        return plain
    return ch  # no GSM-7 form (for example another script): keep it as it is


def gsm_safe(text: str) -> str:
    """Replace characters that would force UCS-2 with GSM-7 ones where there is a fair one."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n")
    return _SPACES.sub(" ", "".join(_safe_char(ch) for ch in text))


def split_words(text: str, limit: int = MAX_UNITS) -> list[str]:
    """Split `text` into parts of at most `limit` units, at word boundaries where possible."""
    text = text.strip()
    parts: list[str] = []
    while units(text) > limit:
        cut, used = 0, 0
        for i, ch in enumerate(text):
            used += 2 if ch in GSM_EXTENDED else 1
            if used > limit:
                break
            if ch.isspace():
                cut = i
        if cut == 0:  # one very long word (an address): cut it where the limit falls
            cut = i
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        parts.append(text)
    return parts


def choice_line(titles: Sequence[str]) -> str:
    """'Reply 1 for Yes or 2 for No.' for the buttons' titles, in order."""
    options = [f"{n} for {title.strip()}" for n, title in enumerate(titles, start=1)]
    if len(options) == 1:
        return f"Reply {options[0]}."
    return f"Reply {', '.join(options[:-1])} or {options[-1]}."


def absolute_url(url: str, base_url: str) -> str:
    if re.match(r"^https?://", url, re.IGNORECASE):
        return url
    return base_url.rstrip("/") + "/" + url.lstrip("/")


def buttons_of(messages: Iterable[dict[str, Any]]) -> list[dict[str, str]]:
    """Every button of a reply, in the order they are numbered."""
    return [b for m in messages for b in m.get("buttons", []) if isinstance(b, dict)]


def compose(messages: Sequence[dict[str, Any]], *, base_url: str) -> list[str]:
    """The assistant's reply (CONTRACT.md section 1 messages) as the texts of <Message>s."""
    paragraphs: list[str] = []
    for message in messages:
        lines = [message.get("text", "").strip()]
        titles = [b.get("title") or b.get("payload", "") for b in message.get("buttons", [])]
        if titles:
            lines.append(choice_line(titles))
        for link in message.get("links", []):
            url = absolute_url(str(link.get("url", "")), base_url)
            title = str(link.get("title", "")).strip()
            lines.append(f"{title}: {url}" if title else url)
        paragraph = gsm_safe("\n".join(line for line in lines if line))
        if paragraph.strip():
            paragraphs.append(paragraph)
    return pack(paragraphs)


def pack(paragraphs: Iterable[str], limit: int = MAX_UNITS) -> list[str]:
    """As few <Message>s as fit: whole paragraphs together, long ones split at words."""
    chunks: list[str] = []
    current = ""
    for paragraph in paragraphs:
        for piece in split_words(paragraph, limit):
            joined = f"{current}\n\n{piece}" if current else piece
            if units(joined) <= limit:
                current = joined
            else:
                chunks.append(current)
                current = piece
    if current:
        chunks.append(current)
    return chunks


def picked_payload(text: str, buttons: Sequence[dict[str, str]]) -> str | None:
    """The payload of the button whose number the person sent, if that is all they sent."""
    match = _CHOICE.match(text)
    if not match or not buttons:
        return None
    number = int(match.group(1))
    if 1 <= number <= len(buttons):
        return str(buttons[number - 1].get("payload", "")) or None
    return None


def twiml(messages: Sequence[str]) -> str:
    """TwiML with one <Message> per text (XML-escaped), or an empty <Response/>."""
    response = MessagingResponse()
    for text in messages:
        response.message(_xml_safe(text))
    return str(response)


_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)
