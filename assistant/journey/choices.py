"""Typed choices: what a person types where the assistant offered buttons, as the button they
meant (issue 15, item 1). Runs in the gateway after the safety decision and before Rasa, on web
and SMS alike, so "carry on" typed at "carry on or stop for now?" carries on.

    typed words ─► the button's title? ─► its number? ─► words for that choice? ─► payload
                                                                    └─► None: Rasa reads them

Only a payload the last reply offered can come out, so a typed choice can never reach a question
that was not asked.
"""

from __future__ import annotations

import difflib
import json
import re
from typing import Any

from assistant.language import detect_field, parse_choice
from assistant.language._words import repair

__all__ = ["resolve_typed_choice"]

_FILLER = re.compile(r"^(?:(?:oh|oops|wait|erm+|um+|er|ah|hmm+|well|actually|sorry|ok|okay)\s+)+")
_YES = re.compile(
    r"^(?:y|ye|yeh|yes|yess+|yeah|yea|yep|yup|yh|aye|ok|okay|okey|k|kk|sure|fine|alright|all\s+right|"
    r"of\s+course|course|go\s+on|go\s+on\s+then|please|yes\s+please|yes\s+ok|that's\s+fine|"
    r"thats\s+fine|that's\s+ok|that's\s+okay|sounds\s+good|right|correct|definitely|absolutely|"
    r"why\s+not|i\s+do|i\s+agree|agreed|it\s+is|it's\s+fine|no\s+problem)\b"
)
_NO = re.compile(
    r"^(?:n|no|nope|nah|na|no\s+thanks|i'd\s+rather\s+(?:not|you\s+didn't)|rather\s+not|no\s+thank\s+you|not\s+really|i\s+don't\s+think\s+so|"
    r"don't|do\s+not|i\s+don't|definitely\s+not|absolutely\s+not|never)\b"
)
# "carry on or stop for now?" and the like: words for going on, and for stopping
_GO_ON = re.compile(
    r"\b(?:carry\s+on|keep\s+going|continue|cont|go\s+on|crack\s+on|get\s+on\s+with\s+it|let's\s+go|"
    r"lets\s+go|let's\s+do\s+it|next|onwards|move\s+on|proceed|resume|back\s+to\s+(?:it|the\s+plan)|"
    r"keep\s+at\s+it|i'm\s+ready|im\s+ready|ready|on\s+we\s+go|let's\s+carry\s+on|lets\s+carry\s+on|"
    r"let's\s+keep|lets\s+keep|finish\s+it|do\s+it\s+now)\b"
)
_STOP = re.compile(
    r"\b(?:stop|pause|not\s+now|later|another\s+time|another\s+day|tomorrow|leave\s+it|take\s+a\s+"
    r"break|have\s+a\s+break|call\s+it\s+a\s+day|that's\s+enough|enough\s+for\s+(?:now|today)|"
    r"come\s+back|done\s+for\s+(?:now|today)|finish\s+later)\b"
)
# from a word of refusal to the end of its clause: what the person does not want
_NEGATED = re.compile(
    r"\b(?:(?:don'?t|dont|do\s+not)(?!\s+know)|didn'?t|not(?!\s+sure)|never|rather\s+not|"
    r"wouldn'?t|won'?t|no\s+way)\b"
    r"[^,.;!?]*"
)
_START_AGAIN = re.compile(
    r"\b(?:start\s+(?:again|over|afresh)|restart|from\s+the\s+(?:start|top|beginning)|"
    r"begin\s+again)\b"
)
_DELETE = re.compile(r"\b(?:delete|erase|wipe|remove|get\s+rid|bin\s+it|do\s+it)\b")
_KEEP = re.compile(r"\b(?:keep|don't\s+delete|do\s+not\s+delete|leave\s+it|changed\s+my\s+mind)\b")
_NUMBER = re.compile(r"^(?:option|number|no\.?|#)?\s*(\d{1,2})\s*[.)]?(?:\s|$)")
_ARTICLE = re.compile(r"^(?:a|an|the)\s+")
_YES_NO = re.compile(r"^(?:yes|no)\s+")
_WORDS = re.compile(r"[^a-z0-9'£ ]+")

# a question, or a request to do something else: Rasa hears those words, not a guessed choice
_ASIDE = re.compile(
    r"\?|^(?:please\s+)?(?:why|what|how|who|when|where|can|could|do|does|is|are|will|would|"
    r"should|delete|erase|start\s+again|change|skip|go\s+back|talk|speak|stop|pause|help|"
    r"hang\s+on|wait)\b|\b(?:delete|erase|start\s+again|go\s+back|real\s+person)\b"
)
# questions whose buttons carry a choice code that the language layer can read from words
_PARSED = ("answering_for", "budget_management", "employer_choice", "plan_voice")
# more words for a choice, matched with a little give for typing slips ("paymnet", "coucil")
_KEYWORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "budget_management": {
        "direct_payment": ("direct payment", "my account", "i pay", "paid to me", "i manage"),
        "council_managed": ("council", "local authority", "social services"),
        "individual_service_fund": ("provider", "care company", "agency holds", "service fund"),
        "third_party": (
            "will manage", "manage it for", "look after the money", "looks after the money",
            "handle it for", "someone else", "trust",
        ),
        "not_sure": ("not sure", "don't know", "no idea", "unsure"),
    },
    "employer_choice": {
        "employ_pa": ("own staff", "employ", "personal assistant", "pa", "pas", "own carers"),
        "use_agency": ("agency", "care company"),
        "mix": ("both", "mix", "bit of each"),
        "not_sure": ("not sure", "don't know", "no idea"),
    },
    "plan_voice": {
        "first_person": (
            "as if he's talking", "as if she's talking", "as if they're talking",
            "in his own words", "in her own words", "in their own words", "in my words",
            "as me", "first person", "in his voice", "in her voice", "the one speaking",
            "one talking", "as if i'm speaking", "as if im speaking",
        ),
        "third_person": (
            "third person", "about him", "about her", "about them", "about me", "about myself",
        ),
    },
}  # fmt: skip


def _skeleton(word: str) -> str:
    return re.sub(r"[aeiouy]", "", word)


def _near(word: str, target: str) -> bool:
    """The same word with a typing slip: a close spelling, or the same consonants with the
    vowels slipped ("agen" for again, "contiune" is not one: its consonants moved)."""
    return (
        word == target
        or (len(target) > 4 and difflib.SequenceMatcher(None, word, target).ratio() >= 0.8)
        or (
            len(target) >= 4
            and word[:1] == target[:1]
            and abs(len(word) - len(target)) <= 1
            and _skeleton(word) == _skeleton(target)
        )
    )


def _says(plain: str, phrase: str) -> bool:
    """The phrase, word by word, with a letter or two of give in longer words; in a phrase of
    several words, one word of four letters or more may be off by a letter ("typical weak",
    "start agen")."""
    words, want = plain.split(), phrase.split()
    for i in range(len(words) - len(want) + 1):
        pairs = list(zip(words[i : i + len(want)], want, strict=True))
        slips = [(w, t) for w, t in pairs if not _near(w, t)]
        if not slips:
            return True
        if len(want) > 1 and len(slips) == 1 and len(slips[0][1]) >= 4 and _one_slip(*slips[0]):
            return True
    return False


def _one_slip(word: str, target: str) -> bool:
    """One letter wrong, missing or extra ("weak" for week, "agen" for again)."""
    if abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        return sum(a != b for a, b in zip(word, target, strict=True)) == 1
    short, long = sorted((word, target), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _plain(text: str) -> str:
    t = repair(text.replace("\u2019", "'")).text
    return re.sub(r"\s+", " ", _WORDS.sub(" ", t)).strip()


def _code(payload: str) -> str:
    """A button payload's meaning: its choice code, or its intent name."""
    if "{" in payload:
        try:
            entities = json.loads(payload[payload.index("{") :])
        except ValueError:
            return payload
        if isinstance(entities, dict) and isinstance(entities.get("choice"), str):
            return str(entities["choice"])
    return payload.lstrip("/")


def resolve_typed_choice(
    text: str, asking: str | None, buttons: list[dict[str, Any]]
) -> str | None:
    """The payload of the offered button the typed `text` means, or None."""
    offered = [
        b
        for b in buttons
        if isinstance(b, dict) and isinstance(b.get("payload"), str) and b.get("title")
    ]
    if not offered or not text.strip() or text.startswith("/"):
        return None
    plain = _FILLER.sub("", _plain(text)) or _plain(text)
    if not plain:
        return None
    by_code: dict[str, str] = {_code(str(b["payload"])): str(b["payload"]) for b in offered}
    # 0. its place in the list, read before any repair of text-speak turns "4" into "for":
    # "number 4 please", "the 2nd one", "the last one"
    place = _place(text.lower(), len(offered))
    if place is not None:
        return str(offered[place]["payload"])
    # 1. the button's own words
    for b in offered:
        if plain == _plain(str(b["title"])):
            return str(b["payload"])
    # 2. its number in the list ("2", "option 2")
    number = _NUMBER.match(plain)
    if number and len(plain) <= 16:  # "2", "2.", "option 2", "number 2 please"
        index = int(number.group(1)) - 1
        if 0 <= index < len(offered):
            return str(offered[index]["payload"])
    # 3. the plan's voice by the person's name: "as josh" speaks as him, "about josh" is about him
    if asking == "plan_voice":
        voice = _voice_by_name(plain, offered)
        if voice:
            return voice
    # 3. words for the choice, by question
    code = _choice_words(plain, text, asking, set(by_code))
    if code and code in by_code:
        return by_code[code]
    # 4. a title said inside a longer answer ("erm, the council manages it I think")
    titles = [(b, _plain(str(b["title"]))) for b in offered]
    inside = [b for b, title in titles if len(title) > 3 and title in plain]
    if len(inside) == 1:
        return str(inside[0]["payload"])
    # 5. a title said with a typing slip ("typical weak"), or the name a title carries
    # ("About me (Josh)": "about josh", "josh likes ...")
    close = [b for b, title in titles if len(title) > 3 and _says(plain, _ARTICLE.sub("", title))]
    if not close:
        # "Yes, start again": what the yes or no does is enough ("ok start agen")
        cores = [(b, _YES_NO.sub("", title)) for b, title in titles]
        close = [b for b, core in cores if len(core.split()) >= 2 and _says(plain, core)]
    named = [
        b
        for b in offered
        for name in re.findall(r"\(([^)]+)\)", str(b["title"]))
        if name.lower() not in ("i", "me")
        and re.search(rf"\b(?:about\s+{re.escape(name.lower())}|{re.escape(name.lower())}\s+"
                      rf"(?:likes|is|does|has|wants|needs))\b", plain)
    ]  # fmt: skip
    close = close or named
    if len(close) == 1:
        return str(close[0]["payload"])
    return None


_ORDINALS = {
    "first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
    "fifth": 4, "5th": 4, "one": 0, "two": 1, "three": 2, "four": 3, "five": 4,
}  # fmt: skip
_PLACE = re.compile(
    r"^\W*(?:(?:it'?s|its|i'?ll\s+(?:have|go\s+(?:with|for))|i\s+(?:want|choose|pick))\s+)?"
    r"(?:(?:option|number|no\.?|#|choice|button)\s*(?P<n>\d{1,2}|one|two|three|four|five)|"
    r"(?:the\s+)?(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)"
    r"(?:\s+(?:one|option|choice|button))?|(?P<bare>\d{1,2}))"
    r"(?:\s+(?:please|pls|plz|thanks|thank\s+you|ta))*\W*$"
)


def _place(text: str, count: int) -> int | None:
    """The place in the list a short answer names, or None."""
    m = _PLACE.match(text.strip())
    if not m:
        return None
    said = m.group("n") or m.group("ord") or m.group("bare")
    index = (
        count - 1
        if said == "last"
        else _ORDINALS.get(said, int(said) - 1 if said.isdigit() else -1)
    )
    return index if 0 <= index < count else None


def _voice_by_name(plain: str, offered: list[dict[str, Any]]) -> str | None:
    names = {
        name.lower()
        for b in offered
        for name in re.findall(r"\b(?i:as|about)\s+(?:me\s+\()?([A-Z][\w'\-]+)", str(b["title"]))
        if name.lower() not in ("me", "i")
    }
    by_code = {_code(str(b["payload"])): str(b["payload"]) for b in offered}
    for name in names:
        if re.search(rf"\bas\s+(?:if\s+)?{re.escape(name)}\b", plain):
            return by_code.get("first_person")
        if re.search(rf"\babout\s+{re.escape(name)}\b|\b{re.escape(name)}\s+likes\b", plain):
            return by_code.get("third_person")
    return None


def _choice_words(plain: str, text: str, asking: str | None, codes: set[str]) -> str | None:
    yes = {"affirm", "resume"} & codes
    no = {"deny", "pause"} & codes
    go_on = next(iter(yes), None)
    stop = next(iter(no), None)
    if asking in ("carry_on", None) and go_on and stop:
        if _STOP.search(plain):
            return stop
        if _GO_ON.search(plain) or _YES.match(plain):
            return go_on
        if _NO.match(plain):
            return stop
        return None
    if asking == "restart_confirm" and go_on and stop:
        if _NO.match(plain) or _GO_ON.search(plain):
            return stop  # "no, carry on" is the second button
        if _YES.match(plain) or _START_AGAIN.search(plain) or _says(plain, "start again"):
            return go_on
        return None
    if asking == "erase_confirm" and go_on and stop:
        if _NO.match(plain) or _KEEP.search(plain):
            return stop
        if _YES.match(plain) or _DELETE.search(plain):
            return go_on
        return None
    if asking in _PARSED:
        if _ASIDE.search(plain) or len(plain.split()) > 14:
            return None
        wanted = _NEGATED.sub(" , ", plain)  # "i dont want to be an employer, an agency..."
        said = [
            choice
            for choice, phrases in _KEYWORDS.get(asking, {}).items()
            if choice in codes and any(_says(wanted, p) for p in phrases)
        ]
        if {"employ_pa", "use_agency"} <= set(said) and "mix" in codes:
            return "mix"  # "a PA in the day and the agency for nights"
        if said:
            return said[0]
        code = parse_choice(asking, text)
        if code == "self" and "answer_self" in codes:
            return "answer_self"
        if code == "someone_else" and "answer_someone_else" in codes:
            return "answer_someone_else"
        return code
    if asking == "review_change":
        return detect_field(text) or detect_field(_plain(text))
    if go_on and stop:  # consent and other yes/no questions
        if _ASIDE.search(plain):
            return None
        if _NO.match(plain):
            return stop
        if _YES.match(plain):
            return go_on
    return None
