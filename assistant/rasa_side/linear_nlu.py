"""Linear text classifiers for Rasa 3.6: tf-idf word and character n-grams and a linear support
vector machine, for the intent (`LinearIntentClassifier`) and for the advice line's answer
(`LinearResponseSelector`).

They run inside the Rasa server (Python 3.10, `.venv-rasa`), so this module imports only Rasa,
NumPy, SciPy and scikit-learn. assistant/rasa_side/config.yml names them by module path.

Why not DIET and Rasa's ResponseSelector: on two cores, without transformer layers, they scored
macro F1 0.87 and 0.70 answer accuracy in 5-fold cross-validation and took minutes to train. These
score about 0.92 and 0.81 on the same data and train in seconds (docs/NLU.md). For intents, three
choices make it safe for this service:

- the words of harm in `nlu_data/safeguarding.yml` (regexes) are features, as they were for DIET;
- a missed disclosure costs far more than a false alarm, so the two safety intents weigh more in
  training (`safety_weight`) and win when their score is within `safety_margin` of the best;
- scores become confidences by a softmax whose temperature is fitted at training time on held-out
  folds, so the FallbackClassifier's thresholds mean what they say.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import scipy.sparse as sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.constants import (
    RESPONSE_SELECTOR_PREDICTION_KEY,
    RESPONSE_SELECTOR_PROPERTY_NAME,
    RESPONSE_SELECTOR_RANKING_KEY,
    RESPONSE_SELECTOR_RESPONSES_KEY,
    RESPONSE_SELECTOR_RETRIEVAL_INTENTS,
    RESPONSE_SELECTOR_UTTER_ACTION_KEY,
)
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    INTENT_RESPONSE_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data import util
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax, softmax
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC
from sklearn.utils.class_weight import compute_class_weight

from assistant.rasa_side import tfidf

logger = logging.getLogger(__name__)

MODEL_FILE = "linear_text_classifier.joblib"
DEFAULT_TEMPERATURE = 5.0


class _Model:
    """The fitted parts: two vectorisers, the regexes, the SVM, and the softmax temperature."""

    def __init__(self, config: dict[str, Any], patterns: list[str]) -> None:
        self.patterns = patterns
        self._regexes = [re.compile(p, re.IGNORECASE) for p in patterns]
        self.words = TfidfVectorizer(
            analyzer="word",
            ngram_range=tuple(config["word_ngrams"]),
            sublinear_tf=True,
            token_pattern=r"(?u)\b\w+\b",
        )
        self.chars = TfidfVectorizer(
            analyzer="char_wb", ngram_range=tuple(config["char_ngrams"]), sublinear_tf=True
        )
        self.regex_weight = float(config["regex_weight"])
        self.svm = LinearSVC(C=float(config["C"]), class_weight=None, random_state=0)
        self.safety: np.ndarray = np.zeros(0, dtype=bool)
        self.safety_margin = float(config["safety_margin"])
        self.temperature = 1.0

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_regexes")
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._regexes = [re.compile(p, re.IGNORECASE) for p in self.patterns]

    def _regex_matrix(self, texts: list[str]) -> sparse.csr_matrix:
        rows = [[self.regex_weight if r.search(t) else 0.0 for r in self._regexes] for t in texts]
        shape = (len(texts), len(self._regexes))
        return sparse.csr_matrix(np.array(rows, dtype=float).reshape(shape))

    def features(self, texts: list[str], *, fit: bool = False) -> sparse.csr_matrix:
        if fit:
            parts = [self.words.fit_transform(texts), self.chars.fit_transform(texts)]
        else:
            parts = [tfidf.transform(self.words, texts), tfidf.transform(self.chars, texts)]
        if self._regexes:
            parts.append(self._regex_matrix(texts))
        return sparse.hstack(parts).tocsr()

    def scores(self, texts: list[str]) -> np.ndarray:
        """Decision values, with the safety intents lifted by the margin."""
        values = self.svm.decision_function(self.features(texts))
        if values.ndim == 1:  # two classes only: scikit-learn returns one column
            values = np.stack([-values, values], axis=1)
        lifted: np.ndarray = values + self.safety_margin * self.safety
        return lifted

    def fit(self, texts: list[str], labels: list[str], weights: dict[str, float]) -> None:
        self.svm.set_params(class_weight=weights)
        self.svm.fit(self.features(texts, fit=True), labels)


class _LinearComponent(GraphComponent):  # type: ignore[misc]  # Rasa is untyped
    """Training, temperature fitting, saving and loading shared by the two components."""

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: _Model | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.component_config = config
        self._model_storage = model_storage
        self._resource = resource
        self._model = model
        self._extra = extra or {}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> _LinearComponent:
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> _LinearComponent:
        try:
            with model_storage.read_from(resource) as directory:
                saved = joblib.load(Path(directory) / MODEL_FILE)
        except (ValueError, FileNotFoundError):
            logger.warning("%s: no trained model found; it will not predict.", cls.__name__)
            return cls(config, model_storage, resource)
        return cls(config, model_storage, resource, saved["model"], saved["extra"])

    def _safety_intents(self) -> set[str]:
        return set()

    def _weights(self, labels: np.ndarray) -> dict[str, float]:
        classes = np.unique(labels)
        balanced = compute_class_weight("balanced", classes=classes, y=labels)
        boost = float(self.component_config.get("safety_weight", 1.0))
        safety = self._safety_intents()
        return {
            str(c): float(w) * (boost if c in safety else 1.0)
            for c, w in zip(classes, balanced, strict=True)
        }

    def _fitted(self, texts: np.ndarray, labels: np.ndarray, patterns: list[str]) -> _Model:
        model = _Model(self.component_config, patterns)
        model.fit(list(texts), list(labels), self._weights(labels))
        safety = self._safety_intents()
        model.safety = np.array([c in safety for c in model.svm.classes_], dtype=bool)
        return model

    def _fit_temperature(self, texts: np.ndarray, labels: np.ndarray, patterns: list[str]) -> float:
        """The softmax temperature that best predicts held-out labels (lowest log loss)."""
        _, counts = np.unique(labels, return_counts=True)
        folds = min(int(self.component_config["calibration_folds"]), int(counts.min()))
        if folds < 2:
            return DEFAULT_TEMPERATURE
        held_out: list[tuple[np.ndarray, np.ndarray]] = []
        splitter = StratifiedKFold(folds, shuffle=True, random_state=0)
        for train, test in splitter.split(texts, labels):
            model = self._fitted(texts[train], labels[train], patterns)
            index = {c: i for i, c in enumerate(model.svm.classes_)}
            truth = np.array([index[label] for label in labels[test]])
            held_out.append((model.scores(list(texts[test])), truth))

        def loss(temperature: float) -> float:
            total = 0.0
            for values, truth in held_out:
                logp = log_softmax(values * temperature, axis=1)
                total -= float(logp[np.arange(len(truth)), truth].sum())
            return total

        return float(minimize_scalar(loss, bounds=(0.5, 30.0), method="bounded").x)

    def _train_on(
        self, texts: list[str], labels: list[str], patterns: list[str], extra: dict[str, Any]
    ) -> Resource:
        x = np.array(texts, dtype=object)
        y = np.array(labels, dtype=object)
        if len(np.unique(y)) < 2:
            logger.warning("%s needs at least two labels; not trained.", type(self).__name__)
            return self._resource
        model = self._fitted(x, y, patterns)
        model.temperature = self._fit_temperature(x, y, patterns)
        logger.info(
            "%s: %d examples, %d labels, temperature %.2f",
            type(self).__name__,
            len(x),
            len(model.svm.classes_),
            model.temperature,
        )
        self._model, self._extra = model, extra
        with self._model_storage.write_to(self._resource) as directory:
            joblib.dump({"model": model, "extra": extra}, Path(directory) / MODEL_FILE)
        return self._resource

    def _rankings(self, texts: list[str]) -> list[list[tuple[str, float]]]:
        """For each text, (label, confidence) pairs, best first, at most `ranking_length`."""
        assert self._model is not None
        model = self._model
        confidences = softmax(model.scores(texts) * model.temperature, axis=1)
        names = model.svm.classes_
        keep = int(self.component_config["ranking_length"]) or len(names)
        return [
            [(str(names[i]), float(row[i])) for i in np.argsort(-row)[:keep]] for row in confidences
        ]


NAME_GATED_INTENTS = [
    "thanks", "greet", "goodbye", "affirm", "deny", "faq", "out_of_scope", "bot_challenge",
    "pause", "resume",
]  # fmt: skip


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LinearIntentClassifier(_LinearComponent, IntentClassifier):  # type: ignore[misc]  # Rasa is untyped
    """Picks the intent; see the module docstring for the safety choices."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "C": 1.0,
            "word_ngrams": [1, 2],
            "char_ngrams": [2, 5],
            "regex_weight": 1.0,
            "safety_intents": ["safeguarding_disclosure", "crisis"],
            "safety_weight": 2.0,
            "safety_margin": 0.3,
            "calibration_folds": 3,
            "ranking_length": 10,
            # intents only the gateway's safety decision may choose (assistant/safety): when the
            # message's metadata says the decision was "none", they are set aside
            "gated_intents": [
                "safeguarding_disclosure",
                "crisis",
                "safety_check",
                "withdraw_concern",
            ],
            # set aside when the gateway says the words are a statement answering an open
            # question (`kt_answer`): "go old trafford 4 a match" is a dream, not off topic
            "answer_gated_intents": ["faq", "out_of_scope", "bot_challenge"],
            # set aside when the gateway says the words are a first name given at the name
            # question (`kt_name`): "ty" is Ty there, not thank you
            "name_gated_intents": NAME_GATED_INTENTS,
        }

    def _safety_intents(self) -> set[str]:
        return set(self.component_config["safety_intents"])

    def _gated(self, message: Message, ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The ranking without the safety intents when the gateway decided there is nothing to
        act on (an idiom, history that is over): the next intent takes the message, with its own
        confidence, so a weak one still falls back."""
        metadata = message.get("metadata") or {}
        if not isinstance(metadata, dict) or metadata.get("kt_safety") != "none":
            return ranking
        gated = set(self.component_config.get("gated_intents") or [])
        if metadata.get("kt_answer"):
            gated |= set(self.component_config.get("answer_gated_intents") or [])
        if metadata.get("kt_name"):
            gated |= set(self.component_config.get("name_gated_intents") or NAME_GATED_INTENTS)
        kept = [r for r in ranking if r[INTENT_NAME_KEY] not in gated]
        return kept or ranking

    def train(self, training_data: TrainingData) -> Resource:
        examples = [m for m in training_data.intent_examples if m.get(TEXT) is not None]
        patterns = [r["pattern"] for r in training_data.regex_features]
        return self._train_on(
            [m.get(TEXT) for m in examples], [m.get(INTENT) for m in examples], patterns, {}
        )

    def process(self, messages: list[Message]) -> list[Message]:
        todo = [m for m in messages if m.get(TEXT) is not None]
        if self._model is None or not todo:
            return messages
        for message, ranked in zip(todo, self._rankings([m.get(TEXT) for m in todo]), strict=True):
            ranking = [{INTENT_NAME_KEY: n, PREDICTED_CONFIDENCE_KEY: c} for n, c in ranked]
            ranking = self._gated(message, ranking)
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LinearResponseSelector(_LinearComponent):
    """Picks the answer (`faq/<topic>`) for a retrieval intent, in the same output shape as Rasa's
    ResponseSelector, so `utter_faq` and `rasa test nlu` read it unchanged."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "retrieval_intent": "faq",
            "C": 1.0,
            "word_ngrams": [1, 2],
            "char_ngrams": [2, 5],
            "regex_weight": 0.0,
            "safety_margin": 0.0,
            "calibration_folds": 3,
            "ranking_length": 10,
        }

    def train(self, training_data: TrainingData) -> Resource:
        intent = self.component_config["retrieval_intent"]
        examples = [
            m
            for m in training_data.intent_examples
            if m.get(INTENT) == intent and m.get(TEXT) and m.get(INTENT_RESPONSE_KEY)
        ]
        keys = {m.get(INTENT_RESPONSE_KEY) for m in examples}
        responses = {
            name: answers
            for name, answers in training_data.responses.items()
            if util.template_key_to_intent_response_key(name) in keys
        }
        extra = {
            "retrieval_intents": sorted(training_data.retrieval_intents),
            "responses": responses,
        }
        texts = [m.get(TEXT) for m in examples]
        return self._train_on(texts, [m.get(INTENT_RESPONSE_KEY) for m in examples], [], extra)

    def process(self, messages: list[Message]) -> list[Message]:
        todo = [m for m in messages if m.get(TEXT) is not None]
        if self._model is None or not todo:
            return messages
        responses: dict[str, list[dict[str, Any]]] = self._extra["responses"]
        for message, ranked in zip(todo, self._rankings([m.get(TEXT) for m in todo]), strict=True):
            key, confidence = ranked[0]
            utter = util.intent_response_key_to_template_key(key)
            prediction = {
                RESPONSE_SELECTOR_PREDICTION_KEY: {
                    RESPONSE_SELECTOR_RESPONSES_KEY: responses.get(utter, [{TEXT: key}]),
                    PREDICTED_CONFIDENCE_KEY: confidence,
                    INTENT_RESPONSE_KEY: key,
                    RESPONSE_SELECTOR_UTTER_ACTION_KEY: utter,
                },
                RESPONSE_SELECTOR_RANKING_KEY: [
                    {PREDICTED_CONFIDENCE_KEY: c, INTENT_RESPONSE_KEY: k} for k, c in ranked
                ],
            }
            properties = message.get(RESPONSE_SELECTOR_PROPERTY_NAME, {})
            properties[RESPONSE_SELECTOR_RETRIEVAL_INTENTS] = self._extra["retrieval_intents"]
            properties[self.component_config["retrieval_intent"]] = prediction
            message.set(RESPONSE_SELECTOR_PROPERTY_NAME, properties, add_to_output=True)
        return messages
