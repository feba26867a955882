"""Who a safeguarding concern is about, when its words say "he" or "she" instead of a name.

People describe harm the way they talk: "My son Lee moved back in. He takes my pension and
locks the fridge." The language layer quotes the second sentence as the concern's evidence, and
that sentence names nobody. A broker reading it knows at once who is meant: the last person
named just before it. The plan must never count on that person's help, ask them to help decide,
or offer them a carer's assessment, so a pronoun that points back to someone in the person's
circle names them as surely as their name would.

This errs on the careful side on purpose: leaving someone's help out of a plan while a concern
is open costs a few hours in the sums; counting on the person who may be causing the harm puts
the person at risk.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from planner.models import Person, Profile

_MALE = {
    "husband", "son", "brother", "father", "dad", "daddy", "grandson", "nephew", "uncle",
    "boyfriend", "stepdad", "stepfather", "stepson", "stepbrother", "grandad", "grandfather",
    "granddad", "grandpa", "fiance", "bloke", "man", "lad",
}  # fmt: skip
_FEMALE = {
    "wife", "daughter", "sister", "mother", "mum", "mam", "mom", "mummy", "granddaughter",
    "niece", "aunt", "auntie", "girlfriend", "stepmum", "stepmother", "stepdaughter",
    "stepsister", "nan", "nana", "gran", "granny", "grandma", "grandmother", "fiancee", "woman",
}  # fmt: skip
# who does something in the quoted words: "he", "she", "they" as the subject of a clause
_SUBJECT = re.compile(r"\b(he|she|they)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
# how far back a pronoun points: the sentences just before the quoted words
_LOOK_BACK = 2


def _gender(person: Person) -> str | None:
    words = set(re.findall(r"[a-z]+", person.relationship.lower()))
    if words & _MALE:
        return "he"
    if words & _FEMALE:
        return "she"
    return None


def _mentions(person: Person, text: str) -> list[int]:
    """Where the person is named in the text (by name, or by relationship word)."""
    found = []
    for word in (person.name, person.relationship):
        word = (word or "").strip()
        if len(word) < 2:
            continue
        found += [m.end() for m in re.finditer(r"\b" + re.escape(word) + r"\b", text, re.I)]
    return found


def _texts(profile: Profile) -> Iterable[str]:
    yield profile.typical_week
    yield from profile.current_support
    yield from profile.important_to
    yield from profile.admired_qualities
    for need in profile.support_needs:
        yield need.text
    for dream in profile.dreams:
        yield dream.text
    for line in profile.bottom_lines:
        yield line.text


def pointed_at(profile: Profile, evidence: str) -> list[Person]:
    """The people in the circle a concern's "he"/"she"/"they" points back to.

    Empty when the words name someone already (the name finds them), use no pronoun, or
    cannot be found in what the person said.
    """
    evidence = evidence.strip()
    pronouns = {m.group(1).lower() for m in _SUBJECT.finditer(evidence)}
    if not pronouns or any(_mentions(p, evidence) for p in profile.people):
        return []
    for text in _texts(profile):
        at = text.lower().find(evidence.lower()) if text else -1
        if at < 0:
            continue
        sentences = _SENTENCE_END.split(text[:at].rstrip())
        before = " ".join(sentences[-_LOOK_BACK:])
        latest: dict[str, tuple[int, Person]] = {}
        for person in profile.people:
            spots = _mentions(person, before)
            if not spots:
                continue
            gender = _gender(person)
            for pronoun in pronouns:
                if pronoun != "they" and gender not in (None, pronoun):
                    continue
                if pronoun not in latest or max(spots) > latest[pronoun][0]:
                    latest[pronoun] = (max(spots), person)
        return [person for _, person in latest.values()]
    return []


#: What someone does that is harm or control, in everyday words: "shouts at her", "took my
#: pension", "cancelled her care calls", "locks the fridge". Directed at someone, so "hit his
#: head" or "drinks tea" are not it.
_HARM_ACT = re.compile(
    r"\b((shout|swear|scream|yell|snapp?)\w* at|"
    r"(hit|hits|slap\w*|push\w*|shov\w*|grabb?\w*|kick\w*|punch\w*|threaten\w*|bull(y|ies|ied)|"
    r"hurt\w*|frighten\w*|scar(es|ed)) (me|her|him|them|us|mum|mam|dad|nan|gran)\b|"
    # "took her bank card", "spends her pension" (not "takes her pension to the post office")
    r"(takes?|took|taking|spends?|spent|helps? (himself|herself) to) (all )?(my|her|his|their) "
    r"(money|pension|benefits|bank ?cards?|savings|cash)\b(?! (to|for|in|into|out)\b)|"
    # "cancelled her care calls" (not "cancelled her holiday to care for her")
    r"cancel\w*\b[^.]{0,30}\b(care calls?|calls|visits|carers|care visits)\b|"
    r"locks? (the (fridge|food|cupboards?)|(me|her|him|them) (in|out))|"
    r"(won'?t|doesn'?t|does not|will not) let (me|her|him|them) (out|go|see|eat|have))",
    re.I,
)


def harm_done_by(person: Person, profile: Profile) -> bool:
    """The person's own words say this person does harm or control: their name, then the act,
    in one sentence ("Darren drinks and shouts at her", "Darren cancelled her care calls").
    Read only when a safeguarding concern is open, whose quoted words may name nobody."""
    name = person.name.split(" (")[0].strip()
    if len(name) < 2:
        return False
    before = re.compile(rf"\b{re.escape(name)}\b", re.I)
    for sentence in _SENTENCE_END.split(profile.typical_week):
        named = before.search(sentence)
        act = _HARM_ACT.search(sentence)
        if named and act and named.start() < act.start():
            return True
    return False


def named_in_concern(person: Person, profile: Profile) -> bool:
    """True when a safeguarding concern names this person (by name or relationship).

    The plan then never counts on their help, nor asks them to help decide: they may be the
    one causing harm.
    """
    quoted = [c.evidence for c in profile.concerns if c.code == "safeguarding"]
    if not quoted:
        return False
    # the concern may quote only what was seen ("bruises on her arms"); the words elsewhere
    # name who does the harm (careful on purpose, as the module says)
    return _named_by_quote(person, profile, quoted) or harm_done_by(person, profile)


def _named_by_quote(person: Person, profile: Profile, quoted: list[str]) -> bool:
    """The concern's own words name this person, or point back to them ("he", "she")."""
    words = " ".join(quoted).lower()
    names = [person.name, person.relationship]
    if any(n and re.search(r"\b" + re.escape(n.lower()) + r"\b", words) for n in names):
        return True
    # "He takes my pension": the person named just before the quoted words (planner.harm)
    return any(person in pointed_at(profile, evidence) for evidence in quoted)
