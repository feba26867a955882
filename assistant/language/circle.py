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

from dataclasses import dataclass

from assistant.language._words import is_known
from assistant.language.circle_names import (
    REL_TABLE,
    looks_like_name,
    name_run,
    name_text,
    rel_at,
    relationship_words,
    tokens,
)
from assistant.language.circle_words import (
    ADJECTIVES,
    BY_GENDER,
    GROUP_PLACES,
    GROUPS,
    HONORIFICS,
    JOIN,
    NEARBY,
    NOT_NAMES,
    PLACE_DETERMINERS,
    PLURAL_TO_ONE,
    POSSESSIVE,
    SENTENCE_END,
)
from assistant.language.names import FIRST_NAMES, GENDER

__all__ = ["Mention", "mentions"]


@dataclass
class Mention:
    start: int
    end: int
    name: str | None  # "Sean", "Mr Patel"; None when only the relationship was said
    relationship: str  # plain, as said ("mother", "friend", "" when not said)
    possessive: str  # "my", "our", "his", "her", "their", "" (whose relationship it is)
    said: str  # the words as typed for an unnamed person ("my friend")
    typist: bool = False  # "me, George": the person typing


def mentions(text: str, plain: dict[str, str]) -> list[Mention]:
    """Every person named or described in `text`, in order. `plain` maps relationship words as
    typed to plain ones (people.RELATIONSHIPS)."""
    if not REL_TABLE:
        REL_TABLE.update(relationship_words(plain))
    toks = tokens(text)
    letters = [c for c in text if c.isalpha()]
    all_caps = bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)
    rels: list[tuple[int, int, str]] = []  # first token, after last token, plain
    i = 0
    while i < len(toks):
        found = rel_at(toks, i)
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
        return f + 1 if toks[f].low in HONORIFICS and f + 1 < len(toks) else f

    def possessive_before(a: int) -> tuple[str, int]:
        k = a - 1
        while k >= 0 and toks[k].low in ADJECTIVES:
            k -= 1
        if k >= 0 and toks[k].low in POSSESSIVE | {"the", "a", "an"}:
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
        if k < 0 or k in used or toks[k].text in SENTENCE_END:
            continue
        if poss in ("the", "a", "an") and not (
            toks[k + 1].low in (",", "-", "(") or k + 1 == a - 1
        ):
            continue
        first = k
        if k >= 1 and toks[k - 1].low in HONORIFICS:
            first = k - 1
        elif not looks_like_name(toks[k], all_caps, True):
            continue
        if toks[first].sentence_start is False and first >= 1 and toks[first - 1].low in POSSESSIVE:
            continue  # "my friend anne ..." is read left to right below
        # "Bob and Sue, our neighbours": the run of names before
        run = [(first, k)]
        m = first - 1
        while m >= 1 and toks[m].low in JOIN and looks_like_name(toks[m - 1], all_caps, True):
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
        if r + 1 < len(rels) and rels[r + 1][0] == b + 1 and toks[b].low in JOIN:
            pair = rels[r + 1]
        if r in claimed:
            for f, last in claimed[r]:
                out.append(
                    Mention(
                        toks[f].start,
                        toks[b - 1].end,
                        name_text(toks, f, last, all_caps),
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
        names, _after = name_run(toks, j, all_caps, used) if j < len(toks) else ([], j)
        if pair and len(names) == 2:
            for (f, last), (pa, _pb, prel) in zip(names, (rels[r], pair), strict=True):
                out.append(
                    Mention(
                        toks[pa].start,
                        toks[last].end,
                        name_text(toks, f, last, all_caps),
                        prel,
                        poss,
                        "",
                    )
                )
                used.update(range(f, last + 1))
            r += 2
            continue
        if names and (rel in GROUPS or len(names) == 1):
            for f, last in names:
                out.append(
                    Mention(
                        toks[pstart].start,
                        toks[last].end,
                        name_text(toks, f, last, all_caps),
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
                    name_text(toks, f, last, all_caps),
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
            and looks_like_name(toks[j], all_caps, True)
            and (toks[j].low in FIRST_NAMES or not is_known(toks[j].low))
        ):
            nxt = toks[j + 1].low if j + 1 < len(toks) else ""
            if nxt in NOT_NAMES - {"i", "im", "i'm", "and", ",", "-"} and nxt not in (
                "do",
                "does",
                "is",
                "was",
            ):
                continue  # "help me get up": not a name
            used.add(j)
            out.append(
                Mention(t.start, toks[j].end, name_text(toks, j, j, all_caps), "", "", "", True)
            )

    # 3b. "Dev next door", "Pat over the road": a neighbour named before where they live
    for k in range(len(toks) - 2):
        if k in used or not looks_like_name(toks[k], all_caps, True):
            continue
        j = k + 1 + (toks[k + 1].low == "from")
        after = " ".join(t.low for t in toks[j : j + 3])
        where = next((w for w in NEARBY if after == w or after.startswith(w + " ")), None)
        if where is None or rel_at(toks, j + len(where.split())) is not None:
            continue
        used.add(k)
        out.append(
            Mention(
                toks[k].start, toks[k].end, name_text(toks, k, k, all_caps), "neighbour", "", ""
            )
        )

    # 3c. "Lynn at the Deaf club", "Mo from my church": someone known through a place or group
    for k in range(len(toks) - 3):
        if k in used or not looks_like_name(toks[k], all_caps, True):
            continue
        if toks[k + 1].low not in ("at", "from") or toks[k + 2].low not in PLACE_DETERMINERS:
            continue
        end = next(
            (j for j in range(k + 3, min(k + 7, len(toks))) if toks[j].low in GROUP_PLACES),
            None,
        )
        if end is None or any(t.text in SENTENCE_END for t in toks[k + 1 : end]):
            continue
        if toks[k].low not in FIRST_NAMES and is_known(toks[k].low):
            continue
        place = text[toks[k + 1].start : toks[end].end]
        used.add(k)
        out.append(
            Mention(
                toks[k].start,
                toks[end].end,
                name_text(toks, k, k, all_caps),
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
            if k >= 1 and toks[k - 1].low in HONORIFICS:
                continue
            used.add(k)
            out.append(Mention(t.start, t.end, name_text(toks, k, k, all_caps), "", "", ""))
    out.sort(key=lambda m: m.start)
    return out


def _one(rel: str, count: int, name: str = "") -> str:
    """ "neighbours" for one named neighbour is "neighbour"; "the grandchildren Ella and Finn"
    are a granddaughter and a grandson when their names say so."""
    if count == 1 or rel in PLURAL_TO_ONE:
        rel = PLURAL_TO_ONE.get(rel, rel)
    gender = GENDER.get(name.split()[0].lower(), "u") if name else "u"
    if rel in BY_GENDER and gender in ("f", "m"):
        return BY_GENDER[rel][gender == "m"]
    return rel
