"""Which person in the circle some words mean: by name, short name, or relation.

People name each other the way they talk: "Christopher" in the list is "Chris" in the story,
"Auntie Pat" is "Pat", "Dean Walsh" is "Dean", a name typed without its capital ("lee has my
card"), and often no name at all: "my son", "her nephew", "the lodger". A relation word points
at someone only when exactly one person in the circle has it, and it is read from where the
writer stands: a daughter typing for her mother who says "my brother" means her mother's son.

Used by planner.harm to find who a worry is about, and by planner.kept_out to leave that
person's name out of everything a person reads.
"""

from __future__ import annotations

import re

from planner.models import Person, Profile

# one word for each relation, so "mam", "mom" and "mother" are the same person
_SAME = {
    "mam": "mum", "mom": "mum", "mother": "mum", "mummy": "mum", "ma": "mum",
    "father": "dad", "daddy": "dad",
    "nana": "nan", "gran": "nan", "granny": "nan", "grandma": "nan", "grandmother": "nan",
    "nanna": "nan",
    "granddad": "grandad", "grandfather": "grandad", "grandpa": "grandad", "grampa": "grandad",
    "aunty": "aunt", "auntie": "aunt",
    "stepdad": "stepfather", "stepmum": "stepmother",
    "hubby": "husband", "missus": "wife", "fiancee": "fiance",
    "pal": "mate", "neighbor": "neighbour", "housemate": "flatmate",
    "landlady": "landlord",
}  # fmt: skip
_RELATIONS = {
    "husband", "wife", "partner", "spouse", "boyfriend", "girlfriend", "fiance", "ex",
    "son", "daughter", "stepson", "stepdaughter", "grandson", "granddaughter", "nephew",
    "niece", "brother", "sister", "stepbrother", "stepsister", "cousin", "uncle", "aunt",
    "mum", "dad", "stepfather", "stepmother", "nan", "grandad", "lodger", "tenant",
    "landlord", "flatmate", "neighbour", "friend", "mate", "carer", "pa", "godson",
    "goddaughter", "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law",
}  # fmt: skip
# where the writer stands: their word for someone -> the person's own word for them
_FROM_CHILD = {
    "brother": "son", "sister": "daughter", "dad": "husband", "mum": "wife",
    "nephew": "grandson", "niece": "granddaughter", "son": "grandson",
    "daughter": "granddaughter", "stepdad": "husband", "stepfather": "husband",
}  # fmt: skip
_FROM_GRANDCHILD = {
    "uncle": "son", "aunt": "daughter", "grandad": "husband", "nan": "wife",
    "cousin": "grandson", "dad": "son", "mum": "daughter",
}  # fmt: skip
_FROM_PARENT = {"husband": "dad", "wife": "mum", "partner": "dad"}
_PARTNERS = {"husband", "wife", "partner", "spouse", "boyfriend", "girlfriend", "fiance"}
# titles before a name: "Auntie Pat" is Pat
_TITLES = {"auntie", "aunty", "aunt", "uncle", "nan", "nana", "gran", "grandad", "mr", "mrs",
           "ms", "miss", "dr", "cousin", "big", "little", "old", "young"}  # fmt: skip
# short words that open sentences or are everyday words: never read as a short name
_NOT_NAMES = {
    "the", "she", "her", "his", "him", "and", "but", "our", "you", "can", "did", "was", "has",
    "had", "not", "all", "any", "for", "now", "one", "two", "own", "mum", "dad", "nan",
    "son", "man", "day", "they", "them", "then", "when", "what", "who", "why", "how", "this",
    "that", "there", "here", "last", "next", "some", "most", "every", "each", "mon", "tue",
    "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "oct", "nov", "dec", "just", "even", "also", "only", "ever", "never", "please", "get",
    "got", "let", "say", "see", "saw", "off", "out", "too", "way", "new", "old", "bed", "car",
    "cup", "tea", "bit", "lot", "god", "van", "care", "carer", "help", "home", "money",
}  # fmt: skip
# short names that are also everyday words: a short name only with its capital
_WORDLIKE = {"rob", "pat", "bill", "will", "art", "sue", "don", "ray", "mark", "jack", "nick",
             "max", "may", "sandy", "frank", "rose", "dawn", "grace", "hope", "joy"}  # fmt: skip


def canon(word: str) -> str:
    word = word.lower().strip()
    return _SAME.get(word, word)


def relations_of(person: Person) -> set[str]:
    """The relation words in the person's first description ("son, lives with her" -> son)."""
    head = re.split(r"[(,;]", person.relationship or "", maxsplit=1)[0]
    words = {canon(w) for w in re.findall(r"[a-z]+(?:-in-law)?", head.lower())}
    found = words & _RELATIONS
    if not found:
        words = {canon(w) for w in re.findall(r"[a-z]+(?:-in-law)?", person.relationship.lower())}
        found = words & _RELATIONS
    if "pa" in {w.lower() for w in re.findall(r"[A-Za-z]+", person.relationship)}:
        found.add("pa")
    if found & _PARTNERS:
        found.add("partner")
    return found


def _writer(profile: Profile) -> dict[str, str]:
    """How the writer's relation words map onto the person's own."""
    if profile.answering_for != "someone_else" or not profile.answering_relationship:
        return {}
    mine = {canon(w) for w in re.findall(r"[a-z]+", profile.answering_relationship.lower())}
    if mine & {"son", "daughter", "stepson", "stepdaughter"}:
        return _FROM_CHILD
    if mine & {"grandson", "granddaughter"}:
        return _FROM_GRANDCHILD
    if mine & {"mum", "dad", "stepfather", "stepmother"}:
        return _FROM_PARENT
    return {}


#: "step-son", "step son" are a stepson; "my husband's brother" is a brother-in-law (and the
#: husband, whose word it is, is not the one meant)
_STEP = re.compile(r"\bstep[- ](son|daughter|dad|mum|father|mother|brother|sister)\b", re.I)
_IN_LAW = re.compile(r"\b(husband|wife|partner)'s (brother|sister|mum|mother|dad|father)\b", re.I)
_OWNER = re.compile(r"\b[A-Za-z]+'s\b")


def plain(text: str) -> str:
    """One way of writing relations: curly apostrophes, step-, in-laws, owners left out."""
    text = text.replace("\u2019", "'")
    text = _STEP.sub(lambda m: "step" + m.group(1).lower(), text)
    text = _IN_LAW.sub(lambda m: canon(m.group(2)).replace("mum", "mother") + "-in-law", text)
    return _OWNER.sub(" ", text)


def relations_in(text: str, profile: Profile) -> set[str]:
    """The relation words a text uses, as the person's own words ("my brother" -> son)."""
    shift = _writer(profile)
    found = set()
    for word in re.findall(r"[A-Za-z]+(?:-in-law)?", plain(text)):
        if word.lower() == "pa":
            if word.isupper():
                found.add("pa")
            continue
        word = canon(word)
        if word in shift:
            found.add(shift[word])
        elif word in _RELATIONS:
            if shift and word in ("mum", "dad") and shift is _FROM_CHILD:
                continue  # a child writing "Mum" means the person herself
            found.add(word)
    if found & _PARTNERS:
        found.add("partner")
    return found


def name_forms(person: Person) -> list[str]:
    """The ways the person's name is written: full, first name, a name in brackets."""
    raw = person.name.strip()
    forms = {raw.split(" (")[0].strip()}
    forms |= {b.strip() for b in re.findall(r"\(([^)]+)\)", raw) if b.strip()[:1].isupper()}
    for form in list(forms):
        words = [w for w in form.split() if w.lower().strip(".") not in _TITLES]
        if words:
            forms.add(words[0])
            forms.add(" ".join(words))
    # "Mum (Helen)": "Mum" is a relation, not a name to find or leave out
    forms = {f for f in forms if canon(f) not in _RELATIONS and f.lower() not in _SAME}
    return sorted((f for f in forms if len(f) >= 2), key=len, reverse=True)


def _short_of(token: str, name: str) -> bool:
    """A short name or pet name of `name`: Chris for Christopher, Danny for Daniel."""
    t, n = token.lower(), name.lower()
    if t == n or len(t) < 3 or t in _NOT_NAMES or not n.isalpha():
        return False
    if t in _WORDLIKE and not token[:1].isupper():
        return False
    if n.startswith(t) and len(n) - len(t) >= 2:
        return True  # Chris, Christopher
    if t.endswith("z") and len(t) in (3, 4) and t[:2] == n[:2] and "z" not in n:
        return True  # Daz, Darren; Gaz, Gary; Shaz, Sharon
    return (
        len(t) <= len(n) + 1 and t[:3] == n[:3] and t.endswith(("y", "ie", "o")) and (len(t) >= 4)
    )  # Danny, Daniel; Jonno, Jonathan


def _first(person: Person) -> str:
    """The first name: "Robert" of "Robert (Bobby)", "Pat" of "Auntie Pat"."""
    head = person.name.split(" (")[0].split()
    words = [w for w in head if w.lower().strip(".") not in _TITLES]
    first = words[0] if words else ""
    return first if first in name_forms(person) else ""


def short_names(person: Person, text: str) -> set[str]:
    """The short names or pet names of the person that the text uses ("Chris")."""
    first = _first(person)
    words = {m.group(0) for m in re.finditer(r"\b[A-Za-z]{3,}\b", text)}
    return {w for w in words if first and _short_of(w, first)}


def named_at(person: Person, text: str) -> list[int]:
    """Where the text names the person: a form of their name, any case, or a short name."""
    found = []
    for form in name_forms(person):
        found += [m.start() for m in re.finditer(rf"\b{re.escape(form)}\b", text, re.I)]
    first = _first(person)
    if not found and first:
        for m in re.finditer(r"\b[A-Za-z]{3,}\b", text):
            if _short_of(m.group(0), first):
                found.append(m.start())
    return found


def mentioned_at(person: Person, text: str, profile: Profile) -> list[int]:
    """Where the text means the person: by name, or by a relation only they have."""
    found = named_at(person, text)
    mine = relations_of(person)
    others = set()
    for other in profile.people:
        if other is not person:
            others |= relations_of(other)
    unique = mine - others
    if not unique:
        return found
    words = plain(text)  # the same length is not kept, so positions are approximate
    for m in re.finditer(r"[A-Za-z]+(?:-in-law)?", words):
        if relations_in(m.group(0), profile) & unique:
            found.append(min(m.start(), len(text)))
    return sorted(set(found))
