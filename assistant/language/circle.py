"""Who is named in an answer, and as what: the mentions behind extract_people.

People name the people in their lives in many orders, and rarely with capital letters:

    my son sean          maureen my friend        Helen, our daughter, ...
    Anne is my oldest friend                      Jackie the sitter from Crossroads
    Our neighbours Bob and Sue                    mum n dad (mandy n rob)
    neighbour mr patel   me chantelle - i do ...  Bev is staff at my house

The text is read as a row of words. Relationship words (and roles such as key worker or sitter)
are found first; each then takes the name beside it: to its right ("my son sean", a run of names
joined by "and"), or to its left when the name comes first ("maureen my friend", "Anne is my
friend"). A name written before "my/our/his/her ... <relationship>" belongs to that relationship
even when another relationship word comes just before it. A first name with no relationship
beside it is still a person ("Lynn at the club helps me"). "me, George" is the typist.

Names in lower case are names when they are known first names, or not everyday words and
beside a relationship word. A capitalised word that is not a known first name counts only beside
a relationship word, so places ("Scarborough", "Morrisons") are not people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.language._words import is_known
from assistant.language.hours import _DAYS
from assistant.language.names import FIRST_NAMES, GENDER

__all__ = ["Mention", "mentions"]

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*|[(),.;:!?&/\n+]|\d+")
_SENTENCE_END = {".", ";", "!", "?", "\n", ":"}
_JOIN = {"and", "n", "&", ",", "+", "an", "or"}
_POSSESSIVE = {"my", "our", "his", "her", "their", "me", "mums", "dads"}
_ADJECTIVES = {
    "lovely",
    "old",
    "oldest",
    "elderly",
    "younger",
    "older",
    "eldest",
    "youngest",
    "little",
    "big",
    "best",
    "good",
    "close",
    "adult",
    "other",
    "next",
    "door",
    "next-door",
    "new",
    "main",
    "only",
    "dear",
    "baby",
    "twin",
    "lad",
    "paid",
    "regular",
    "usual",
}
# "Lynn at the Deaf club": where someone is known from, after "at" or "from" and one of these
_PLACE_DETERMINERS = frozenset({"the", "my", "our", "his", "her", "their"})
_GROUP_PLACES = frozenset(
    {
        "club",
        "group",
        "church",
        "chapel",
        "mosque",
        "temple",
        "gurdwara",
        "synagogue",
        "centre",
        "center",
        "class",
        "classes",
        "gym",
        "pub",
        "allotment",
        "allotments",
        "library",
        "café",
        "cafe",
        "choir",
        "project",
        "hub",
    }
)

_NEARBY = (
    "next door",
    "over the road",
    "across the road",
    "down the road",
    "upstairs",
    "downstairs",
    "across the landing",
)
_AUXILIARY = {"will", "may", "can", "might", "must", "should", "would", "could", "does", "did"}
_CLERGY = {"rev", "revd", "reverend"}  # "the vicar rev paul" is Paul
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr"} | _CLERGY
_TITLES = _HONORIFICS | {"auntie", "aunty", "uncle", "nurse", "father"}
_NOT_NAMES = (
    {
        "i",
        "im",
        "i'm",
        "me",
        "my",
        "mine",
        "he",
        "she",
        "they",
        "we",
        "it",
        "him",
        "her",
        "them",
        "us",
        "you",
        "the",
        "a",
        "an",
        "and",
        "but",
        "or",
        "so",
        "if",
        "then",
        "who",
        "what",
        "when",
        "also",
        "is",
        "was",
        "are",
        "has",
        "have",
        "had",
        "does",
        "do",
        "did",
        "can",
        "will",
        "just",
        "only",
        "still",
        "too",
        "both",
        "all",
        "some",
        "no",
        "not",
        "nobody",
        "none",
        "ok",
        "okay",
        "yes",
        "lol",
        "tbh",
        "rn",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "weekend",
        "weekends",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "christmas",
        "easter",
        "eid",
        "diwali",
        "nhs",
        "gp",
        "god",
        "council",
        "church",
        "mosque",
        "temple",
        "bingo",
        "pub",
        "tesco",
        "asda",
        "aldi",
        "lidl",
        "morrisons",
        "sainsburys",
        "facetime",
        "zoom",
        "whatsapp",
        "mind",
        "age",
        "uk",
        "crossroads",
        "sitter",
        "staff",
        "carers",
        "everyone",
        "everybody",
        "someone",
        "somebody",
        "anyone",
        "helps",
        "help",
        "comes",
        "takes",
        "gets",
        "pops",
        "lives",
        "looks",
        "sorts",
        "drives",
        "visits",
        "rings",
        "phones",
        "calls",
        "used",
        "usually",
        "sometimes",
        "always",
        "never",
        "often",
        "there",
        "here",
        "that",
        "this",
        "these",
        "those",
    }
    | set(_DAYS)
    | {f"{day}s" for day in _DAYS}
)

#: relationship or role as typed (lower case, words joined by one space) -> plain relationship
EXTRA_WORDS: dict[str, str] = {
    "bf": "boyfriend",
    "gf": "girlfriend",
    "fella": "partner",
    "bestie": "friend",
    "best mate": "friend",
    "mates": "friends",
    "pals": "friends",
    "grandchild": "grandchild",
    "grandkid": "grandchild",
    "parents": "parents",
    "staff": "support worker",
    "support worker": "support worker",
    "support workers": "support workers",
    "key worker": "key worker",
    "keyworker": "key worker",
    "care worker": "care worker",
    "social worker": "social worker",
    "personal assistant": "personal assistant",
    "pa": "personal assistant",
    "sitter": "sitter",
    "cleaner": "cleaner",
    "befriender": "befriender",
    "volunteer": "volunteer",
    "advocate": "advocate",
    "nurse": "nurse",
    "district nurse": "district nurse",
    "cpn": "community psychiatric nurse",
    "physio": "physiotherapist",
    "hairdresser": "hairdresser",
    "driver": "driver",
    "lodger": "lodger",
    "carer": "carer",
    "shared lives carer": "shared lives carer",
    "foster carer": "foster carer",
    "mentor": "mentor",
    "job coach": "job coach",
    "vicar": "vicar",
    "imam": "imam",
    "priest": "priest",
    "pastor": "pastor",
    "teacher": "teacher",
    "boss": "boss",
    "manager": "manager",
    "neighbour": "neighbour",
    "neighbours": "neighbours",
    "neighbor": "neighbour",
    "neighbors": "neighbours",
    "grandchildren": "grandchildren",
    "grandkids": "grandchildren",
    "grandsons": "grandsons",
    "granddaughters": "granddaughters",
    "nieces": "nieces",
    "nephews": "nephews",
    "brothers": "brothers",
    "sisters": "sisters",
    "cousins": "cousins",
}
_PLURAL_TO_ONE = {
    "friends": "friend",
    "neighbours": "neighbour",
    "support workers": "support worker",
    "grandsons": "grandson",
    "granddaughters": "granddaughter",
    "nieces": "niece",
    "nephews": "nephew",
    "brothers": "brother",
    "sisters": "sister",
    "cousins": "cousin",
    "sons": "son",
    "daughters": "daughter",
    "parents": "parent",
}
#: relationships that can name more than one person ("our neighbours Bob and Sue")
_GROUPS = {"grandchildren", "children", "family", "parents", "grandchild"} | set(_PLURAL_TO_ONE)


@dataclass
class Mention:
    start: int
    end: int
    name: str | None  # "Sean", "Mr Patel"; None when only the relationship was said
    relationship: str  # plain, as said ("mother", "friend", "" when not said)
    possessive: str  # "my", "our", "his", "her", "their", "" (whose relationship it is)
    said: str  # the words as typed for an unnamed person ("my friend")
    typist: bool = False  # "me, George": the person typing


@dataclass
class _Tok:
    text: str
    low: str
    start: int
    end: int
    sentence_start: bool


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    fresh = True
    for m in _TOKEN.finditer(text):
        raw = m.group(0).replace("\u2019", "'")
        low = raw.lower()
        if low.endswith("'s") and len(low) > 3:  # "Bob's" -> Bob
            low = low[:-2]
            raw = raw[:-2]
        out.append(_Tok(raw, low, m.start(), m.end(), fresh))
        fresh = raw in _SENTENCE_END
    return out


def _relationship_words(plain: dict[str, str]) -> dict[tuple[str, ...], str]:
    table = {tuple(k.replace("-", " ").split()): v for k, v in plain.items()}
    table.update({tuple(k.split()): v for k, v in EXTRA_WORDS.items()})
    return table


_REL_TABLE: dict[tuple[str, ...], str] = {}


def _rel_at(toks: list[_Tok], i: int) -> tuple[int, str] | None:
    """The longest relationship word starting at token i: (tokens used, plain relationship)."""
    for size in (3, 2, 1):
        key = tuple(t.low.replace("-", " ") for t in toks[i : i + size])
        key = tuple(w for part in key for w in part.split())
        if len(toks[i : i + size]) == size and key in _REL_TABLE:
            return size, _REL_TABLE[key]
    return None


def _looks_like_name(tok: _Tok, all_caps: bool, beside_relationship: bool) -> bool:
    w = tok.low
    if not w.isalpha() and not re.fullmatch(r"[a-z]+(?:[-'][a-z]+)+", w):
        return False
    if re.search(r"'(?:t|s|ll|re|ve|d|m)$", w) or w.startswith("'"):
        return False  # can't, she'll
    if len(w) < 2 or w in _NOT_NAMES or (w,) in _REL_TABLE or w in _ADJECTIVES:
        return False
    capital = not all_caps and tok.text[0].isupper() and (not tok.text[1:].isupper() or len(w) <= 3)
    if w in FIRST_NAMES:
        if w in _AUXILIARY and not capital:
            return False  # "my mum will help"
        return beside_relationship or capital or not is_known(w)
    if not beside_relationship:
        return False
    if capital and not tok.sentence_start:
        return True
    return not is_known(w) and len(w) >= 3


def _name_run(
    toks: list[_Tok], i: int, all_caps: bool, used: set[int]
) -> tuple[list[tuple[int, int]], int]:
    """Names from token i on, joined by and / n / & / commas: [(first token, last token)], and
    the index after the run."""
    names: list[tuple[int, int]] = []
    j = i
    while j < len(toks) and j not in used:
        t = toks[j]
        if t.low in _TITLES and j + 1 < len(toks) and toks[j + 1].low.isalpha():
            if t.low in _HONORIFICS and toks[j + 1].low not in _NOT_NAMES:
                names.append((j, j + 1))
                j += 2
            else:
                break
        elif _looks_like_name(t, all_caps, True):
            last = j
            # a surname in capitals after a first name ("Sue Harris")
            if (
                j + 1 < len(toks)
                and toks[j + 1].text[:1].isupper()
                and not toks[j + 1].text.isupper()
                and toks[j + 1].low not in FIRST_NAMES
                and _looks_like_name(toks[j + 1], all_caps, True)
                and t.text[:1].isupper()
            ):
                last = j + 1
            names.append((j, last))
            j = last + 1
        else:
            break
        if j + 2 < len(toks) and toks[j].low == "(" and toks[j + 1].low.isdigit():
            j += 3 if toks[j + 2].low == ")" else 2  # "Lily (16)"
        if j < len(toks) and toks[j].low in _JOIN and j + 1 < len(toks):
            k = j + 1
            if toks[j].low == "," and toks[k].low in ("and", "n", "&"):
                k += 1
            nxt = toks[k] if k < len(toks) else None
            if nxt and (
                nxt.low in _HONORIFICS
                or (_looks_like_name(nxt, all_caps, True) and _rel_at(toks, k) is None)
            ):
                # "Bob and Sue", not "Bob, my neighbour" nor "bob and his wife"
                j = k
                continue
        break
    return names, j


def _name_text(toks: list[_Tok], first: int, last: int, all_caps: bool) -> str:
    words = [toks[k].text for k in range(first, last + 1) if toks[k].low not in _CLERGY]
    return " ".join(
        w[:1].upper() + (w[1:].lower() if all_caps or w.islower() else w[1:]) for w in words
    )


def mentions(text: str, plain: dict[str, str]) -> list[Mention]:
    """Every person named or described in `text`, in order. `plain` maps relationship words as
    typed to plain ones (people.RELATIONSHIPS)."""
    if not _REL_TABLE:
        _REL_TABLE.update(_relationship_words(plain))
    toks = _tokens(text)
    letters = [c for c in text if c.isalpha()]
    all_caps = bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)
    rels: list[tuple[int, int, str]] = []  # first token, after last token, plain
    i = 0
    while i < len(toks):
        found = _rel_at(toks, i)
        if found:
            size, rel = found
            rels.append((i, i + size, rel))
            i += size
        else:
            i += 1
    used: set[int] = set()
    for a, b, _ in rels:
        used.update(range(a, b))
    out: list[Mention] = []

    def first_tok(f: int) -> int:
        return f + 1 if toks[f].low in _HONORIFICS and f + 1 < len(toks) else f

    def possessive_before(a: int) -> tuple[str, int]:
        k = a - 1
        while k >= 0 and toks[k].low in _ADJECTIVES:
            k -= 1
        if k >= 0 and toks[k].low in _POSSESSIVE | {"the", "a", "an"}:
            return toks[k].low, k
        return "", a

    # 1. "Maureen my friend", "Helen, our daughter", "Anne is my oldest friend", "Jackie the sitter"
    claimed: dict[int, list[tuple[int, int]]] = {}
    for r, (a, _b, _rel) in enumerate(rels):
        poss, k = possessive_before(a)
        if not poss:
            if a < 2 or toks[a - 1].low not in ("is", "was"):
                continue  # "Bev is staff": a name, "is", then the role
            k = a
        k -= 1
        while k >= 0 and toks[k].low in (",", "is", "who", "who's", "whos", "-", "(", "as"):
            k -= 1
        if k < 0 or k in used or toks[k].text in _SENTENCE_END:
            continue
        if poss in ("the", "a", "an") and not (
            toks[k + 1].low in (",", "-", "(") or k + 1 == a - 1
        ):
            continue
        first = k
        if k >= 1 and toks[k - 1].low in _HONORIFICS:
            first = k - 1
        elif not _looks_like_name(toks[k], all_caps, True):
            continue
        if (
            toks[first].sentence_start is False
            and first >= 1
            and toks[first - 1].low in _POSSESSIVE
        ):
            continue  # "my friend anne ..." is read left to right below
        # "Bob and Sue, our neighbours": the run of names before
        run = [(first, k)]
        m = first - 1
        while m >= 1 and toks[m].low in _JOIN and _looks_like_name(toks[m - 1], all_caps, True):
            if m - 1 in used:
                break
            run.insert(0, (m - 1, m - 1))
            m -= 2
        claimed[r] = run
        for f, last in run:
            used.update(range(f, last + 1))

    # 2. left to right: each relationship takes the names to its right, or what it claimed
    r = 0
    while r < len(rels):
        a, b, rel = rels[r]
        poss, pstart = possessive_before(a)
        inherited = ""
        if not poss and r and rels[r - 1][1] == a - 1 and toks[a - 1].low in ("and", "n", "&"):
            poss = possessive_before(rels[r - 1][0])[0]  # "my son and daughter": my daughter
            inherited = f"{poss} " if poss else ""
        # "mum n dad (mandy n rob)": two relationships, then their names in order
        pair = None
        if r + 1 < len(rels) and rels[r + 1][0] == b + 1 and toks[b].low in _JOIN:
            pair = rels[r + 1]
        if r in claimed:
            for f, last in claimed[r]:
                out.append(
                    Mention(
                        toks[f].start,
                        toks[b - 1].end,
                        _name_text(toks, f, last, all_caps),
                        _one(rel, len(claimed[r]), toks[first_tok(f)].low),
                        poss,
                        "",
                    )
                )
            r += 1
            continue
        j = pair[1] if pair else b
        while j < len(toks) and toks[j].low in (",", "called", "named", "is", "(", "-", ":"):
            j += 1
        names, _after = _name_run(toks, j, all_caps, used) if j < len(toks) else ([], j)
        if pair and len(names) == 2:
            for (f, last), (pa, _pb, prel) in zip(names, (rels[r], pair), strict=True):
                out.append(
                    Mention(
                        toks[pa].start,
                        toks[last].end,
                        _name_text(toks, f, last, all_caps),
                        prel,
                        poss,
                        "",
                    )
                )
                used.update(range(f, last + 1))
            r += 2
            continue
        if names and (rel in _GROUPS or len(names) == 1):
            for f, last in names:
                out.append(
                    Mention(
                        toks[pstart].start,
                        toks[last].end,
                        _name_text(toks, f, last, all_caps),
                        _one(rel, len(names), toks[first_tok(f)].low),
                        poss,
                        "",
                    )
                )
                used.update(range(f, last + 1))
        elif names:
            # "my son Richard and Ella": the first is the son, the others are named alone
            f, last = names[0]
            out.append(
                Mention(
                    toks[pstart].start,
                    toks[last].end,
                    _name_text(toks, f, last, all_caps),
                    rel,
                    poss,
                    "",
                )
            )
            used.update(range(f, last + 1))
        else:
            said = inherited + text[toks[pstart].start : toks[b - 1].end]
            out.append(Mention(toks[pstart].start, toks[b - 1].end, None, rel, poss, said))
        r += 1

    # 3. "me, George" / "me chantelle": the typist by name
    for k, t in enumerate(toks[:-1]):
        if t.low not in ("me", "myself"):
            continue
        j = k + 1
        while j < len(toks) and toks[j].low in (",", "-", "(", "its", "it's", "i'm", "im"):
            j += 1
        if (
            j < len(toks)
            and j not in used
            and _looks_like_name(toks[j], all_caps, True)
            and (toks[j].low in FIRST_NAMES or not is_known(toks[j].low))
        ):
            nxt = toks[j + 1].low if j + 1 < len(toks) else ""
            if nxt in _NOT_NAMES - {"i", "im", "i'm", "and", ",", "-"} and nxt not in (
                "do",
                "does",
                "is",
                "was",
            ):
                continue  # "help me get up": not a name
            used.add(j)
            out.append(
                Mention(t.start, toks[j].end, _name_text(toks, j, j, all_caps), "", "", "", True)
            )

    # 3b. "Dev next door", "Pat over the road": a neighbour named before where they live
    for k in range(len(toks) - 2):
        if k in used or not _looks_like_name(toks[k], all_caps, True):
            continue
        j = k + 1 + (toks[k + 1].low == "from")
        after = " ".join(t.low for t in toks[j : j + 3])
        where = next((w for w in _NEARBY if after == w or after.startswith(w + " ")), None)
        if where is None or _rel_at(toks, j + len(where.split())) is not None:
            continue
        used.add(k)
        out.append(
            Mention(
                toks[k].start, toks[k].end, _name_text(toks, k, k, all_caps), "neighbour", "", ""
            )
        )

    # 3c. "Lynn at the Deaf club", "Mo from my church": someone known through a place or group
    for k in range(len(toks) - 3):
        if k in used or not _looks_like_name(toks[k], all_caps, True):
            continue
        if toks[k + 1].low not in ("at", "from") or toks[k + 2].low not in _PLACE_DETERMINERS:
            continue
        end = next(
            (j for j in range(k + 3, min(k + 7, len(toks))) if toks[j].low in _GROUP_PLACES),
            None,
        )
        if end is None or any(t.text in _SENTENCE_END for t in toks[k + 1 : end]):
            continue
        if toks[k].low not in FIRST_NAMES and is_known(toks[k].low):
            continue
        place = text[toks[k + 1].start : toks[end].end]
        used.add(k)
        out.append(
            Mention(
                toks[k].start,
                toks[end].end,
                _name_text(toks, k, k, all_caps),
                "from " + " ".join(place.lower().split()[1:])
                if all_caps
                else "from " + " ".join(place.split()[1:]),
                "",
                "",
            )
        )

    # 4. a known first name on its own is a person too
    for k, t in enumerate(toks):
        if k in used or t.low not in FIRST_NAMES:
            continue
        capital = t.text[:1].isupper()
        if (capital and not (t.sentence_start and is_known(t.low))) or not is_known(t.low):
            if k >= 1 and toks[k - 1].low in _HONORIFICS:
                continue
            used.add(k)
            out.append(Mention(t.start, t.end, _name_text(toks, k, k, all_caps), "", "", ""))
    out.sort(key=lambda m: m.start)
    return out


def _one(rel: str, count: int, name: str = "") -> str:
    """ "neighbours" for one named neighbour is "neighbour"; "the grandchildren Ella and Finn"
    are a granddaughter and a grandson when their names say so."""
    if count == 1 or rel in _PLURAL_TO_ONE:
        rel = _PLURAL_TO_ONE.get(rel, rel)
    gender = GENDER.get(name.split()[0].lower(), "u") if name else "u"
    if rel in _BY_GENDER and gender in ("f", "m"):
        return _BY_GENDER[rel][gender == "m"]
    return rel


_BY_GENDER = {
    "grandchildren": ("granddaughter", "grandson"),
    "grandchild": ("granddaughter", "grandson"),
    "children": ("daughter", "son"),
    "kids": ("daughter", "son"),
    "parent": ("mother", "father"),
    "sibling": ("sister", "brother"),
}
