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
from planner.naming import mentioned_at

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


def _mentions(person: Person, text: str, profile: Profile) -> list[int]:
    """Where the person is named in the text (by name, short name, or a relation only they
    have; planner.naming)."""
    return mentioned_at(person, text, profile)


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
    if not pronouns or any(_mentions(p, evidence, profile) for p in profile.people):
        return []
    for text in _texts(profile):
        at = text.lower().find(evidence.lower()) if text else -1
        if at < 0:
            continue
        sentences = _SENTENCE_END.split(text[:at].rstrip())
        before = " ".join(sentences[-_LOOK_BACK:])
        latest: dict[str, tuple[int, Person]] = {}
        for person in profile.people:
            spots = _mentions(person, before, profile)
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
_KIN = r"(mum|mam|mother|dad|father|nan|gran|wife|husband|partner|son|daughter|brother|sister)"
# at someone: "her", "Mum", "my wife", "her arm" (not "his head" or "his arm": his own)
_WHOM = (
    rf"(me|her|him|them|us|mum|mam|dad|nan|gran|(my|her|his) {_KIN}|"
    r"(my|her) (arms?|wrists?|hair|neck|face|chair|wheelchair))"
)
_HARM_ACT = re.compile(
    r"\b((shout|swear|scream|yell|snapp?)\w* at|"
    r"(hit|hits|slap\w*|push\w*|shov\w*|grabb?\w*|kick\w*|punch\w*|threaten\w*|bull(y|ies|ied)|"
    r"hurt\w*|frighten\w*|scar(es|ed)|yank\w*|drag\w*|pinch\w*|belt\w*|beat\w*|chok\w*|"
    r"strangl\w*|rough ?handl\w*|is rough with|gets rough with|was rough with) " + _WHOM + r"\b|"
    # "took her bank card", "spends her pension" (not "takes her pension to the post office")
    r"(takes?|took|taking|spends?|spent|steals?|stole|stealing|keeps?|kept|helps? "
    r"(himself|herself) to|pockets?|pocketed|empties|emptied|drains?|drained|borrow\w*|"
    r"won'?t give (me|her|him) back|uses?|used) (all )?(of )?(my|her|his|their) "
    r"(money|pension|benefits|bank ?cards?|pension ?cards?|cards?|savings|cash|pin|wages|"
    r"pip|direct payments?)\b(?! (to|for|in|into|out|at)\b)|"
    # "cancelled her care calls" (not "cancelled her holiday to care for her")
    r"(cancel\w*|sends?|sent|turns?|turned)\b[^.]{0,30}\b(care calls?|calls|visits|carers|"
    r"care visits|care workers?)\b(?! (to|for)\b)|"
    r"locks? (the (fridge|food|cupboards?)|(me|her|him|them) (in|out))|"
    r"(won'?t|doesn'?t|does not|will not) let (me|her|him|them) (out|go|see|eat|have|use|speak)|"
    r"makes? (me|her|him|them) (give|hand|sign|pay|sleep)|"
    r"(said|says|threatened|threatens) (he|she|they)('?ll| will| would)\s+(hurt|kill|put))",
    re.I,
)
#: fear of someone names them after the words: "she's frightened of him", "scared of Darren"
_FEAR_OF = re.compile(r"\b(frightened|scared|afraid|terrified) of\b", re.I)
_PRONOUN = re.compile(r"\b(he|she|they|him|them)\b", re.I)


def _who_did(sentence: str, before: str, profile: Profile) -> list[Person]:
    """Who does the harm or control a sentence tells of: the person named nearest before the
    act, or after the words of fear; "he"/"she" with nobody named is the person named just
    before (planner.harm's pointing back)."""
    act = _HARM_ACT.search(sentence)
    if act:
        head = sentence[: act.start()]
        spots = [(max(at), p) for p in profile.people if (at := _mentions(p, head, profile))]
        pronouns = list(_SUBJECT.finditer(head))
        last = max(spots, key=lambda s: s[0]) if spots else None
        if last and (not pronouns or pronouns[-1].start() < last[0]):
            return [last[1]]
        if pronouns:
            # "Her son Col lives with her and he pushes her": back into the same sentence too
            said = before + " " + head[: pronouns[-1].start()]
            return _pointed_back(pronouns[-1].group(1).lower(), said, profile)
    fear = _FEAR_OF.search(sentence)
    if fear:
        tail = sentence[fear.end() : fear.end() + 40]
        named = [p for p in profile.people if _mentions(p, tail, profile)]
        if named:
            return named[:1]
        pronoun = _PRONOUN.match(tail.strip())
        if pronoun:
            word = {"him": "he", "them": "they"}.get(pronoun.group(1).lower(), "she")
            return _pointed_back(word, before + " " + sentence[: fear.start()], profile)
    return []


def _pointed_back(pronoun: str, before: str, profile: Profile) -> list[Person]:
    latest: tuple[int, Person] | None = None
    for person in profile.people:
        spots = _mentions(person, before, profile)
        if not spots or (pronoun != "they" and _gender(person) not in (None, pronoun)):
            continue
        if latest is None or max(spots) > latest[0]:
            latest = (max(spots), person)
    return [latest[1]] if latest else []


def doers(profile: Profile, texts: Iterable[str]) -> list[Person]:
    """Everyone the words say does harm or control, sentence by sentence."""
    found: list[Person] = []
    for text in texts:
        text = (text or "").replace("\u2019", "'")  # "won’t" as "won't"
        sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
        for i, sentence in enumerate(sentences):
            before = " ".join(sentences[max(0, i - _LOOK_BACK) : i])
            for person in _who_did(sentence, before, profile):
                if person not in found:
                    found.append(person)
    return found


# capitalised words that open sentences or name no one in particular
_NOT_A_NAME = re.compile(
    r"^(I|He|She|They|We|It|You|The|A|An|My|Her|His|Our|Their|This|That|There|Then|When|Since|"
    r"And|But|So|If|Now|Last|Sometimes|Often|Someone|Somebody|Nobody|Everyone|Anyone|One|Two|"
    r"Mum|Mam|Mom|Dad|Nan|Nana|Gran|Granny|Grandad|Grandma|Mother|Father|Brother|Sister|Son|"
    r"Daughter|Husband|Wife|Partner|Uncle|Aunt|Auntie|Aunty|Cousin|Nephew|Niece|Grandson|"
    r"Granddaughter|Neighbour|Lodger|Landlord|Friend|Mate|Carer|Carers|Staff|Agency|Council|"
    r"Police|Nurse|Doctor|Lads|Men|People|Family|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Christmas|Easter|Also|Just|Even|Still|Yesterday|Today|Tonight|Some|Many|"
    r"Most|All|What|Who|Why|How|Every|Each|Please|Yes|No|Not|Never)$"
)


def strangers_named(profile: Profile) -> list[Person]:
    """Someone not in the circle whom a concern's words name as doing harm, by name ("the
    agency's Darren yanks her arm"), so their name too is left out of what a person reads."""
    texts = [c.evidence for c in profile.concerns if c.code in ("safeguarding", "crisis")]
    if any(c.code == "safeguarding" for c in profile.concerns):
        texts += list(_texts(profile))
    found: list[Person] = []
    for text in texts:
        for sentence in _SENTENCE_END.split(text or ""):
            act = _HARM_ACT.search(sentence)
            if not act:
                continue
            head = sentence[max(0, act.start() - 30) : act.start()]
            words = re.findall(r"\b[A-Z][a-z]{2,}\b", head)
            if not words or _NOT_A_NAME.match(words[-1]):
                continue
            if any(_mentions(p, words[-1], profile) for p in profile.people):
                continue
            if words[-1] not in [f.name for f in found]:
                found.append(Person(name=words[-1]))
    return found


def harm_done_by(person: Person, profile: Profile) -> bool:
    """The person's own words say this person does harm or control ("Darren drinks and shouts
    at her", "my nephew cancelled her care calls", "she's frightened of him"). Read only when a
    safeguarding concern is open, whose quoted words may name nobody."""
    return person in doers(profile, [*_texts(profile), *(c.evidence for c in profile.concerns)])


def named_in_concern(person: Person, profile: Profile) -> bool:
    """True when a safeguarding concern names this person (by name, short name or relation),
    or a crisis concern names them as the one who harms or threatens.

    The plan then never counts on their help, nor asks them to help decide, nor names them
    anywhere a person reads (planner.kept_out): they may be the one causing harm.
    """
    quoted = [c.evidence for c in profile.concerns if c.code == "safeguarding"]
    crisis = [c.evidence for c in profile.concerns if c.code == "crisis"]
    if crisis and person in doers(profile, crisis):
        return True
    if not quoted:
        return False
    # the concern may quote only what was seen ("bruises on her arms"); the words elsewhere
    # name who does the harm (careful on purpose, as the module says)
    return _named_by_quote(person, profile, quoted) or harm_done_by(person, profile)


def _named_by_quote(person: Person, profile: Profile, quoted: list[str]) -> bool:
    """The concern's own words name this person, or point back to them ("he", "she")."""
    if any(_mentions(person, words, profile) for words in quoted):
        return True
    # "He takes my pension": the person named just before the quoted words (planner.harm)
    return any(person in pointed_at(profile, evidence) for evidence in quoted)
