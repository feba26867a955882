"""Checks of assistant/rasa_side/linear_nlu.py that must run inside the Rasa environment (Python
3.10).

Run by tests/dialogue/test_linear_nlu.py as `.venv-rasa/bin/python <this file> <work dir>`.
Each check raises AssertionError with a reason; the script prints the name of every check that
passed and exits non-zero at the first failure.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.rasa_side.linear_nlu import LinearIntentClassifier, LinearResponseSelector

WORK = Path(sys.argv[1])
CONTEXT = ExecutionContext(GraphSchema({}), "checks")

EXAMPLES = {
    "greet": ["hello", "hi there", "hiya", "good morning", "hey", "hello again", "morning all"],
    "pause": [
        "i'll finish this later",
        "can we stop for now",
        "need to go, back tomorrow",
        "pause please",
        "let me carry on another day",
        "stop here for today",
        "i have to go now",
    ],
    "crisis": [
        "i want to end my life",
        "i keep thinking about killing myself",
        "i don't want to be here anymore",
        "i have been cutting myself",
        "i feel like ending it all",
        "thinking of suicide",
        "i want to die",
    ],
    "faq": [
        "can i pay my daughter",
        "can i pay my son to care for me",
        "is it ok to pay family",
        "what does a pa cost",
        "how much is a personal assistant an hour",
        "pa hourly rate",
        "what do pas get paid",
    ],
}
PAY_FAMILY = {"can i pay my daughter", "can i pay my son to care for me", "is it ok to pay family"}


def _topic(text: str) -> str:
    return "faq/pay_family" if text in PAY_FAMILY else "faq/pa_cost"


def training_data() -> TrainingData:
    messages = []
    for intent, texts in EXAMPLES.items():
        for text in texts:
            data = {"text": text, "intent": intent}
            if intent == "faq":
                data["intent_response_key"] = _topic(text)
            messages.append(Message(data=data))
    responses = {
        "utter_faq/pay_family": [{"text": "Sometimes, if the council agrees."}],
        "utter_faq/pa_cost": [{"text": "Often about £15 an hour."}],
    }
    regexes = [{"name": "harm_to_self", "pattern": r"\b(kill|end)\w*\b.{0,20}\b(myself|my life)"}]
    return TrainingData(training_examples=messages, responses=responses, regex_features=regexes)


def storage_for(name: str) -> LocalModelStorage:
    (WORK / name).mkdir()
    return LocalModelStorage(WORK / name)


def train(component_class, name, **config):
    storage = storage_for(name)
    resource = Resource(name)
    full = {**component_class.get_default_config(), **config}
    component = component_class.create(full, storage, resource, CONTEXT)
    component.train(training_data())
    return full, storage, resource, component


def parse(component, text: str) -> Message:
    message = Message(data={"text": text})
    component.process([message])
    return message


def check_intents_are_learned_and_ranked() -> None:
    _, _, _, classifier = train(LinearIntentClassifier, "intents")
    for text, intent in [
        ("hello there", "greet"),
        ("can we finish later", "pause"),
        ("i want to kill myself", "crisis"),
        ("can i pay my daughter to help", "faq"),
    ]:
        message = parse(classifier, text)
        got = message.get("intent")
        assert got["name"] == intent, f"{text!r}: expected {intent}, got {got}"
        ranking = message.get("intent_ranking")
        confidences = [r["confidence"] for r in ranking]
        assert confidences == sorted(confidences, reverse=True), ranking
        assert ranking[0] == got
        assert 0.0 < sum(confidences) <= 1.0 + 1e-9, confidences
        assert {r["name"] for r in ranking} == set(EXAMPLES), ranking


def check_safety_margin_lifts_the_safety_intents() -> None:
    _, _, _, plain = train(LinearIntentClassifier, "plain", safety_margin=0.0)
    _, _, _, lifted = train(LinearIntentClassifier, "lifted", safety_margin=50.0)
    text = "hello, good morning"
    assert parse(plain, text).get("intent")["name"] == "greet"
    assert parse(lifted, text).get("intent")["name"] == "crisis"


def check_a_saved_model_loads_and_predicts_the_same() -> None:
    config, storage, resource, trained = train(LinearIntentClassifier, "saved")
    loaded = LinearIntentClassifier.load(config, storage, resource, CONTEXT)
    for text in ["hiya", "gotta go now", "i want to die", "what do pas cost", "", "🙂 ümlaut"]:
        a, b = parse(trained, text), parse(loaded, text)
        assert a.get("intent_ranking") == b.get("intent_ranking"), text


def check_response_selector_output_shape() -> None:
    _, _, _, selector = train(LinearResponseSelector, "answers")
    message = parse(selector, "can i pay my son")
    properties = message.get("response_selector")
    assert properties["all_retrieval_intents"] == ["faq"], properties
    prediction = properties["faq"]["response"]
    assert prediction["intent_response_key"] == "faq/pay_family", prediction
    assert prediction["utter_action"] == "utter_faq/pay_family", prediction
    assert prediction["responses"] == [{"text": "Sometimes, if the council agrees."}]
    ranking = properties["faq"]["ranking"]
    assert ranking[0]["intent_response_key"] == "faq/pay_family", ranking
    assert parse(selector, "how much per hour for a pa").get("response_selector")["faq"][
        "response"
    ]["utter_action"] == ("utter_faq/pa_cost")


def check_an_untrained_component_leaves_messages_alone() -> None:
    storage = storage_for("empty")
    config = LinearIntentClassifier.get_default_config()
    component = LinearIntentClassifier.load(config, storage, Resource("missing"), CONTEXT)
    message = parse(component, "hello")
    assert message.get("intent") is None


def _project_texts() -> list[str]:
    from rasa.shared.nlu.training_data.loading import load_data

    folder = Path(__file__).resolve().parents[3] / "nlu_data"
    texts: list[str] = []
    for path in sorted(folder.glob("*.yml")):
        texts += [m.get("text") for m in load_data(str(path)).intent_examples if m.get("text")]
    return texts


def check_tfidf_transform_is_scikit_learns_to_the_bit() -> None:
    """`tfidf.transform` gives the very matrix `TfidfVectorizer.transform` gives (the same
    values, positions and order, so the same scores), for the project's own NLU examples and odd
    texts, one at a time and all at once, without scikit-learn's checks (which it skips)."""
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfTransformer

    from assistant.rasa_side import tfidf
    from assistant.rasa_side.linear_nlu import _Model

    texts = _project_texts()
    assert len(texts) > 1000, len(texts)
    config = {**LinearIntentClassifier.get_default_config(), "word_ngrams": [1, 2]}
    model = _Model(config, [r"\b(kill|end)\w*\b.{0,20}\b(myself|my life)"])
    model.features(texts[::2], fit=True)  # fitted on half: the rest hold unseen words
    odd = ["", " ", "zzzz qqqq", "🙂 ümlaut", "I", "a" * 300, texts[1].upper()]

    def same(a: csr_matrix, b: csr_matrix) -> bool:
        return (
            (a.shape, a.dtype) == (b.shape, b.dtype)
            and a.indptr.tolist() == b.indptr.tolist()
            and a.indices.tolist() == b.indices.tolist()
            and a.data.tobytes() == b.data.tobytes()
        )

    calls: list[int] = []
    original = TfidfTransformer.transform

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return original(self, *args, **kwargs)

    for vectoriser in (model.words, model.chars):
        for batch in [[t] for t in texts + odd] + [texts, odd]:
            theirs = vectoriser.transform(batch)
            TfidfTransformer.transform = counted
            try:
                ours = tfidf.transform(vectoriser, batch)
            finally:
                TfidfTransformer.transform = original
            assert same(ours, theirs), batch[:3]
    assert not calls, f"scikit-learn's own transform ran {len(calls)} times"
    unfitted = _Model(config, [])
    try:
        tfidf.transform(unfitted.words, ["hello"])
    except Exception as exc:  # scikit-learn's own error for a vectoriser not fitted
        assert "not fitted" in str(exc), exc
    else:
        raise AssertionError("an unfitted vectoriser transformed")


CHECKS = [value for name, value in sorted(globals().items()) if name.startswith("check_")]

if __name__ == "__main__":
    for check in CHECKS:
        check()
        print(f"passed: {check.__name__}", flush=True)
