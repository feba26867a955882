"""detect_concern: the safety net behind the NLU classifier."""

from __future__ import annotations

import pytest

from assistant.language import detect_concern, detect_concerns

CRISIS = [
    "I want to die",
    "want 2 die",
    "kms",
    "i just wanna kms tbh",
    "I've been thinking about killing myself",
    "sometimes I feel like ending it all",
    "I have thoughts of sucide",
    "im suicidle",
    "He says he wants to end his life",
    "my son self harms when he is stressed",
    "she's been cutting herself again",
    "there's no point in living any more",
    "everyone would be better off without me",
    "I don't want to be here anymore",
    "I wish I was dead",
    "mum took an overdose last month",
    "I'm going to take all my tablets",
    "he tried to hang himself",
    "I cant go on like this",
    "I dont want to live",
    "I'd rather be dead than go in a home",
]
SAFEGUARDING = [
    ("my son's carer shouts at him", "psychological"),
    ("she takes his money", "financial"),
    ("he hits me when he's drunk", "physical"),
    ("my husband wont let me see my friends", "domestic"),
    ("my partner controls all my money", "domestic"),
    ("the carers leave her in her own urine", "organisational"),
    ("the staff at the care home ignore him when he rings the bell", "organisational"),
    ("the agency carers never turn up", "organisational"),
    ("she has stopped eating and wont wash", "self_neglect"),
    ("his flat has become full of rubbish, he hoards everything", "self_neglect"),
    ("they took his passport and make him work on the farm", "modern_slavery"),
    ("my nephew keeps taking my pension", "financial"),
    ("money keeps going missing from her purse", "financial"),
    ("my nephew knows my PIN and takes cash out", "financial"),
    ("he made her sign over the house and changed her will", "financial"),
    ("she was touched inappropriately by a worker", "sexual"),
    ("a man at the day centre touches her and she doesn't like it", "sexual"),
    ("the neighbours are racist to him and spit at him", "discriminatory"),
    ("they treat him differently because he's disabled", "discriminatory"),
    ("I'm scared of my son", "psychological"),
    ("he calls me stupid and useless", "psychological"),
    ("the carer forgets to give him his tablets", "neglect"),
    ("she was left alone all day without food", "neglect"),
    ("he's got pressure sores", "neglect"),
    ("my daughter's boyfriend slaps her", "domestic"),
    ("my brother pushes me over", "physical"),
    ("I found bruises on her arms", "physical"),
    ("he theatens me", "psychological"),
    ("my carer is abusive", "psychological"),
    ("the carer is verry rough with him", "physical"),
]
NEGATIVES = [
    "I need help with money",
    "my carer helps me wash",
    "I'm dying to go to the seaside",
    "I'd love to kill time at the garden centre",
    "I hit the shops on saturdays",
    "I'd die for a holiday in Spain",
    "the food there is to die for",
    "my back is killing me",
    "I want to die my hair pink",
    "I'm dead tired after work",
    "he has never hit me",
    "nobody hurts me",
    "I'm not suicidal, just lonely",
    "I can't wash myself any more",
    "I don't eat meat",
    "someone to help with my money and bills",
    "she takes me to the bank on fridays",
    "because I'm disabled I need help with cooking",
    "she pushes him in his wheelchair",
    "my son helps me manage my money",
    "I hurt my back lifting him",
    "he takes his tablets with breakfast",
    "I'm scared of dogs and heights",
    "I would love to work for free at the charity shop",
    "my daughter does my shopping",
    "I need someone to watch me take my meds",
    "I don't want to go into a care home",
    "I never want to be helped to wash by a man",
    "help to wash and dress 2 hours every morning",
    "£320 a week",
    "my neighbour Bill pops in most days but he's getting old",
    "mum has dementia and can't decide things",
    "I want to learn to cook and get a job",
    "she bangs her head on the wall when she is upset",
    "he likes shouting at the telly when football is on",
    "I'd like someone to take me to the pub",
    "my sister has my bank card so she can do my shopping",
    "I get anxious on buses",
    "my daughter keeps my cards safe",
    "we hit it off straight away",
    "she is a dab hand at darts",
    "I can't go on the bus on my own",
    "the carers are lovely and always on time",
    "the cat scratches me sometimes",
    "he shakes when he is nervous",
    "I'd like help with my benefits forms",
    "I take my own money to the shop",
    "she looks after herself mostly",
    "the staff are great",
    "a few bruises from falls, nothing serious",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_is_caught(text: str) -> None:
    found = detect_concern(text)
    assert found is not None, text
    assert found["code"] == "crisis"
    assert found["type"] in ("suicide", "self_harm")
    assert found["evidence"]


@pytest.mark.parametrize(("text", "kind"), SAFEGUARDING)
def test_safeguarding_is_caught(text: str, kind: str) -> None:
    found = detect_concerns(text)
    assert found, text
    assert found[0]["code"] == "safeguarding"
    assert kind in [c["type"] for c in found], found


@pytest.mark.parametrize("text", NEGATIVES)
def test_planning_talk_passes(text: str) -> None:
    assert detect_concern(text) is None


def test_all_ten_types_are_reachable() -> None:
    kinds = {c["type"] for text, _ in SAFEGUARDING for c in detect_concerns(text)}
    assert {
        "physical",
        "sexual",
        "psychological",
        "financial",
        "discriminatory",
        "organisational",
        "neglect",
        "self_neglect",
        "domestic",
        "modern_slavery",
    } <= kinds


def test_evidence_is_the_persons_sentence() -> None:
    text = "We get on well mostly. But my son's carer shouts at him! He is 34."
    found = detect_concern(text)
    assert found == {
        "code": "safeguarding",
        "type": "psychological",
        "evidence": "But my son's carer shouts at him!",
    }


def test_crisis_comes_before_safeguarding() -> None:
    text = "He takes my money. Honestly I want to die."
    found = detect_concern(text)
    assert found is not None and found["code"] == "crisis"
    assert found["evidence"] == "Honestly I want to die."
    assert [c["code"] for c in detect_concerns(text)] == ["crisis", "safeguarding"]


def test_concern_in_long_rambling_answer() -> None:
    text = (
        "well where do i start, mum is 84 and she lives on her own since dad died, she goes to "
        "the lunch club on tuesdays and loves her garden. "
        * 5
        + "the new lodger has been using her bank card and she doesnt know where the money goes "
        + "and she likes crosswords. " * 5
    )
    found = detect_concern(text)
    assert found is not None and found["type"] == "financial"
    assert "bank card" in found["evidence"]


def test_upper_case_and_typos() -> None:
    assert detect_concern("HE HITS HER")["type"] == "physical"
    assert detect_concern("she stealling from him")["type"] == "financial"


@pytest.mark.parametrize(
    "text",
    [
        "my daughter takes my card to do the shopping for me",
        "he hits his head when he has a seizure",
        "he used to hit the gym every day before his stroke",
        "my son is dying to get his own flat",
        "I'd kill for a decent cup of tea",
        "I nearly died laughing",
        "he loves killing zombies on his xbox",
        "mum wants to stay in her own home until she dies",
        "I worry about what will happen when I die",
        "she gets upset when the carers change",
        "he gets confused with his money so I help him",
        "no one helps me with my shopping",
        "my husband died two years ago",
        # the person's own PIN not known after a partner who did the money died
        "My wife always did the money. I don't even know my PIN.",
    ],
)
def test_more_planning_talk_passes(text: str) -> None:
    assert detect_concern(text) is None


def test_head_hit_by_someone_else_is_caught() -> None:
    found = detect_concern("he hit her head against the wall")
    assert found is not None and found["type"] == "physical"


def test_threads_share_one_pipeline() -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"my son's carer shouts at him {i}" for i in range(40)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(detect_concern, texts))
    assert all(r is not None and r["type"] == "psychological" for r in results)
