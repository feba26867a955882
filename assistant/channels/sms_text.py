"""Turning the assistant's replies into text messages, and reading numbered choices back.

- Text is made GSM-7 safe where it can be: curly quotes, dashes, ellipses and the like would
  force the whole message into UCS-2 (70 characters a part instead of 160), so they are replaced
  with plain equivalents. Emoji are dropped. Letters with no GSM-7 form (a name in another
  script, say) are kept: getting a person's name right matters more than the cost.
- Buttons become numbered choices, each on its own line under "Reply with a number:"
  ("1 Yes" / "2 No"). Only the last question of a reply is numbered, so a number always means
  one of the choices just sent; a reply of just the number picks that button's payload.
- Links are sent as absolute addresses (PUBLIC_BASE_URL + the link's path).
- Each <Message> is kept within 320 GSM-7 characters. A long reply is split between lines first,
  then between parts of a line ("; ", ". ", ", "), then between words: never inside a word
  (only a single word longer than a whole message, which no reply has, would be cut).
- A reply to words the assistant did not understand is squeezed into one message (`one_message`):
  the apology, the question again and its choices.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from twilio.twiml.messaging_response import MessagingResponse  # type: ignore[import-untyped]

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


#: where a line too long for one message may be split, best first
BREAKS = ("\n", "; ", ". ", ", ", " ")
CHOICES_HEADER = "Reply with a number:"


def _split(text: str, limit: int, breaks: Sequence[str]) -> list[str]:
    if units(text) <= limit:
        return [text]
    if not breaks:  # one word longer than a message: cut it where the limit falls
        cut, used = 0, 0
        while cut < len(text):
            used += 2 if text[cut] in GSM_EXTENDED else 1
            if used > limit:
                break
            cut += 1
        return [text[:cut], *_split(text[cut:], limit, ())]
    mark, rest = breaks[0], breaks[1:]
    pieces = text.split(mark)
    if len(pieces) == 1:
        return _split(text, limit, rest)
    # keep the mark's visible part (the full stop, the semicolon) with the piece before it
    keep = mark.rstrip()
    segments = [p + keep for p in pieces[:-1]] + [pieces[-1]]
    parts: list[str] = []
    current = ""
    glue = "\n" if mark == "\n" else " "
    for segment in segments:
        segment = segment.strip()
        if not segment:
            continue
        joined = f"{current}{glue}{segment}" if current else segment
        if units(joined) <= limit:
            current = joined
            continue
        if current:
            parts.append(current)
        if units(segment) <= limit:
            current = segment
        else:
            *whole, current = _split(segment, limit, rest)
            parts.extend(whole)
    if current:
        parts.append(current)
    return parts


def split_words(text: str, limit: int = MAX_UNITS) -> list[str]:
    """Split `text` into parts of at most `limit` units: between lines, then between the parts
    of a line, then between words. Never inside a word, unless one word is longer than `limit`."""
    return _split(text.strip(), limit, BREAKS)


def choice_lines(titles: Sequence[str]) -> str:
    """The choices, one to a line, under a short instruction:

    Reply with a number:
    1 Yes
    2 No
    """
    options = [f"{n} {' '.join(str(title).split())}" for n, title in enumerate(titles, start=1)]
    return "\n".join([CHOICES_HEADER, *options])


def absolute_url(url: str, base_url: str) -> str:
    if re.match(r"^https?://", url, re.IGNORECASE):
        return url
    return base_url.rstrip("/") + "/" + url.lstrip("/")


def buttons_of(messages: Iterable[dict[str, Any]]) -> list[dict[str, str]]:
    """The buttons a number picks from: those of the reply's last message that has any (the
    question just asked). Buttons of earlier messages in the same reply are not numbered."""
    last: list[dict[str, str]] = []
    for message in messages:
        buttons = [b for b in message.get("buttons", []) if isinstance(b, dict)]
        if buttons:
            last = buttons
    return last


def _titles(buttons: Sequence[dict[str, Any]]) -> list[str]:
    return [str(b.get("title") or b.get("payload", "")) for b in buttons]


def _paragraph(message: dict[str, Any], *, base_url: str, numbered: bool) -> str:
    lines = [str(message.get("text", "")).strip()]
    buttons = [b for b in message.get("buttons", []) if isinstance(b, dict)]
    if buttons and numbered:
        lines.append(choice_lines(_titles(buttons)))
    for link in message.get("links", []):
        url = absolute_url(str(link.get("url", "")), base_url)
        title = str(link.get("title", "")).strip()
        lines.append(f"{title}: {url}" if title else url)
    return gsm_safe("\n".join(line for line in lines if line))


def _last_with_buttons(messages: Sequence[dict[str, Any]]) -> int | None:
    found = None
    for i, message in enumerate(messages):
        if any(isinstance(b, dict) for b in message.get("buttons", [])):
            found = i
    return found


def compose(messages: Sequence[dict[str, Any]], *, base_url: str) -> list[str]:
    """The assistant's reply (CONTRACT.md section 1 messages) as the texts of <Message>s."""
    numbered = _last_with_buttons(messages)
    paragraphs = [
        _paragraph(m, base_url=base_url, numbered=i == numbered) for i, m in enumerate(messages)
    ]
    return pack(p for p in paragraphs if p.strip())


def pack(paragraphs: Iterable[str], limit: int = MAX_UNITS) -> list[str]:
    """As few <Message>s as fit: whole paragraphs together, long ones split between lines (and,
    if a line is still too long, between its parts or words)."""
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


_FIRST_SENTENCE = re.compile(r"^(.+?[.!?])(?:\s|$)", re.DOTALL)
#: words that must never be squeezed out of a reply (CONTRACT.md section 1: the safety check)
_KEEP_WHOLE = ("999", "116 123")


def misunderstood(
    messages: Sequence[dict[str, Any]], openings: Iterable[str] = ("sorry", "i'm sorry")
) -> bool:
    """True when the reply says the assistant did not understand: its first message begins with
    one of `openings` (any case), and nothing in it is a safety message that must go whole."""
    if not messages:
        return False
    first = str(messages[0].get("text", "")).strip().lower().replace("\u2019", "'")
    if not any(first.startswith(o.lower()) for o in openings):
        return False
    return not any(k in str(m.get("text", "")) for m in messages for k in _KEEP_WHOLE)


def one_message(messages: Sequence[dict[str, Any]], limit: int = MAX_UNITS) -> str:
    """A reply squeezed into one message: the apology, the question again and its choices,
    dropping the longest parts first (a summary shown again, then the question's words)."""
    sorry = gsm_safe(str(messages[0].get("text", "")).strip())
    at = _last_with_buttons(messages)
    asked = messages[at if at is not None else -1]
    question = gsm_safe(str(asked.get("text", "")).strip()) if asked is not messages[0] else ""
    buttons = [b for b in asked.get("buttons", []) if isinstance(b, dict)]
    choices = gsm_safe(choice_lines(_titles(buttons))) if buttons else ""
    found = _FIRST_SENTENCE.match(sorry)
    short_sorry = found.group(1) if found else sorry
    candidates = [[sorry, question, choices], [short_sorry, question, choices]]
    if choices:  # the numbered choices say what to send; without them the question must stay
        candidates += [[sorry, choices], [short_sorry, choices]]
        if sorry.endswith("?"):  # the apology asks the question already: once is enough
            candidates.insert(0, [sorry, choices])
    for parts in candidates:
        text = "\n".join(p for p in parts if p)
        if units(text) <= limit:
            return text
    return split_words("\n".join(p for p in candidates[-1] if p), limit)[0]


def choice_number(text: str) -> int | None:
    """The number, when that is all the person sent ("2", "2.", "option 2")."""
    match = _CHOICE.match(text)
    return int(match.group(1)) if match else None


def picked_payload(text: str, buttons: Sequence[dict[str, str]]) -> str | None:
    """The payload of the button whose number the person sent, if that is all they sent."""
    number = choice_number(text)
    if number is None or not buttons:
        return None
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
