"""The NLU training data and the advice-line answers, checked by reading the files (fast: no
training). The slow check of how well the model learns from them is test_nlu_quality.py."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
NLU_DIR = ROOT / "nlu_data"
DOMAIN_DIR = ROOT / "assistant" / "rasa_side" / "domain"
MIN_EXAMPLES = 15
MIN_INFORM = 120
MIN_FAQ_TOPICS = 22

# GSM 03.38 basic character set plus its extension table: what an SMS can carry in one segment.
GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
    "^{}\\[~]|€\f"
)
WHERE_TO_CHECK = re.compile(r"\b(your council|local|ask your|check with|contact your)\b", re.I)
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _examples(block: str) -> list[str]:
    return [line[2:].strip() for line in block.splitlines() if line.startswith("- ")]


def _load_nlu() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    examples: dict[str, list[str]] = defaultdict(list)
    regexes: dict[str, list[str]] = defaultdict(list)
    for path in sorted(NLU_DIR.glob("*.yml")):
        data = yaml.safe_load(path.read_text())
        for item in data.get("nlu", []):
            if "intent" in item:
                examples[item["intent"]].extend(_examples(item["examples"]))
            elif "regex" in item:
                regexes[item["regex"]].extend(_examples(item["examples"]))
    return dict(examples), dict(regexes)


def _load_domain() -> tuple[list[str], dict[str, list[dict]]]:
    intents: list[str] = []
    responses: dict[str, list[dict]] = {}
    for path in sorted(DOMAIN_DIR.glob("*.yml")):
        data = yaml.safe_load(path.read_text()) or {}
        for intent in data.get("intents", []) or []:
            intents.append(intent if isinstance(intent, str) else next(iter(intent)))
        responses.update(data.get("responses", {}) or {})
    return intents, responses


NLU, REGEXES = _load_nlu()
INTENTS, RESPONSES = _load_domain()
FAQ_ANSWERS = {
    name.split("/", 1)[1]: variants
    for name, variants in RESPONSES.items()
    if name.startswith("utter_faq/")
}
FAQ_TOPICS = sorted(name.split("/", 1)[1] for name in NLU if name.startswith("faq/"))


def _count(intent: str) -> int:
    if intent == "faq":
        return sum(len(v) for k, v in NLU.items() if k.startswith("faq/"))
    return len(NLU.get(intent, []))


@pytest.mark.parametrize("path", sorted(NLU_DIR.glob("*.yml")), ids=lambda p: p.name)
def test_nlu_files_are_rasa_3_1_yaml(path):
    data = yaml.safe_load(path.read_text())
    assert data["version"] == "3.1"
    assert isinstance(data["nlu"], list) and data["nlu"]


@pytest.mark.parametrize("intent", sorted(set(INTENTS)))
def test_every_declared_intent_has_enough_examples(intent):
    assert _count(intent) >= MIN_EXAMPLES, f"{intent}: {_count(intent)} examples"


def test_every_trained_intent_is_declared():
    declared = set(INTENTS)
    trained = {name.split("/", 1)[0] for name in NLU}
    assert trained <= declared, trained - declared


def test_inform_covers_the_journeys_free_text_answers():
    assert _count("inform") >= MIN_INFORM


@pytest.mark.parametrize("topic", FAQ_TOPICS)
def test_every_faq_topic_has_enough_examples(topic):
    assert len(NLU[f"faq/{topic}"]) >= MIN_EXAMPLES


def test_faq_topics_and_answers_match():
    assert len(FAQ_TOPICS) >= MIN_FAQ_TOPICS
    assert set(FAQ_TOPICS) == set(FAQ_ANSWERS)


def test_no_example_appears_twice():
    """Not under two intents (a contradiction), nor twice under one (it would sit in both the
    training and the test folds of the cross-validation and flatter the scores)."""
    seen: dict[str, str] = {}
    repeats = []
    for intent, texts in NLU.items():
        for text in texts:
            key = " ".join(re.sub(r"[^\w£ ]", "", text.lower()).split())
            if key in seen:
                repeats.append(f"{text!r}: {seen[key]} and {intent}")
            seen[key] = intent
    assert not repeats, repeats


@pytest.mark.parametrize("name", sorted(REGEXES))
def test_regex_features_compile_and_match_safety_examples(name):
    patterns = [re.compile(p, re.I) for p in REGEXES[name]]
    safety = NLU["safeguarding_disclosure"] + NLU["crisis"]
    assert any(p.search(text) for p in patterns for text in safety)


def test_offer_plan_buttons():
    (offer,) = RESPONSES["utter_offer_plan"]
    assert [(b["title"], b["payload"]) for b in offer["buttons"]] == [
        ("Yes, let's start", "/greet"),
        ("No, thanks", "/thanks"),
    ]


@pytest.mark.parametrize("topic", sorted(FAQ_ANSWERS))
def test_faq_answer_is_short_plain_sms_safe_and_says_where_to_check(topic):
    for variant in FAQ_ANSWERS[topic]:
        text = variant["text"].strip()
        sentences = [s for s in SENTENCE_END.split(text) if s.strip()]
        assert len(sentences) <= 3, sentences
        outside = sorted(set(text) - GSM7)
        assert not outside, f"not GSM-7: {outside}"
        assert WHERE_TO_CHECK.search(text), "must say where to check locally"
