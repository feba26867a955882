"""How much the NLU cross-validation figures move with the random split into folds.

`rasa test nlu --cross-validation` (used by `make nlu-report`) shuffles its folds without a seed,
so each run scores a different split. This repeats the same stratified 5-fold split (stratified on
the full intent, `faq/<topic>` included, as Rasa does) with the project's own components from
assistant/rasa_side/config.yml for several seeds, and prints the lowest, median and highest figure
of each
pass mark. Run inside the Rasa environment:

    .venv-rasa/bin/python bench/nlu_spread.py --seeds 20
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.metrics import accuracy_score, f1_score, recall_score
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.rasa_side.linear_nlu import LinearIntentClassifier, LinearResponseSelector  # noqa: E402

SAFETY = ("safeguarding_disclosure", "crisis")


def component_config(name: str) -> dict:
    config = yaml.safe_load((ROOT / "assistant" / "rasa_side" / "config.yml").read_text())
    for step in config["pipeline"]:
        if step["name"].endswith(name):
            return {k: v for k, v in step.items() if k != "name"}
    raise SystemExit(f"{name} is not in assistant/rasa_side/config.yml")


def trained(cls, config: dict, data: TrainingData, work: Path):
    work.mkdir()
    full = {**cls.get_default_config(), **config}
    context = ExecutionContext(GraphSchema({}), "spread")
    component = cls.create(full, LocalModelStorage(work), Resource(work.name), context)
    component.train(data)
    return component


def one_seed(data: TrainingData, seed: int, work: Path) -> dict[str, float]:
    examples = data.intent_examples
    full = [m.get_full_intent() for m in examples]
    truth, guess, faq_truth, faq_guess = [], [], [], []
    folds = StratifiedKFold(5, shuffle=True, random_state=seed).split(examples, full)
    for i, (train, test) in enumerate(folds):
        fold = TrainingData(
            training_examples=[examples[j] for j in train],
            regex_features=data.regex_features,
            responses=data.responses,
        )
        intents = trained(
            LinearIntentClassifier,
            component_config("LinearIntentClassifier"),
            fold,
            work / f"{seed}-{i}-intents",
        )
        answers = trained(
            LinearResponseSelector,
            component_config("LinearResponseSelector"),
            fold,
            work / f"{seed}-{i}-answers",
        )
        messages = [Message(data={"text": examples[j].get("text")}) for j in test]
        intents.process(messages)
        answers.process(messages)
        for j, message in zip(test, messages, strict=True):
            truth.append(examples[j].get("intent"))
            guess.append(message.get("intent")["name"])
            key = examples[j].get("intent_response_key")
            if key:
                faq_truth.append(key)
                faq_guess.append(
                    message.get("response_selector")["faq"]["response"]["intent_response_key"]
                )
    recall = recall_score(truth, guess, labels=list(SAFETY), average=None)
    # both intents get the same signposting at once, so a crisis read as a disclosure (or the
    # other way round) still reaches help: the share of safety messages read as either
    either = [g in SAFETY for t, g in zip(truth, guess, strict=True) if t in SAFETY]
    return {
        "macro F1": f1_score(truth, guess, average="macro"),
        **{f"{s} recall": float(r) for s, r in zip(SAFETY, recall, strict=True)},
        "signposted (either safety intent)": sum(either) / len(either),
        "answer accuracy": accuracy_score(faq_truth, faq_guess),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=10)
    args = parser.parse_args()
    data = load_data(str(ROOT / "nlu_data"))
    runs = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(args.seeds):
            runs.append(one_seed(data, seed, Path(tmp)))
            print(f"seed {seed}: " + ", ".join(f"{k} {v:.3f}" for k, v in runs[-1].items()))
    print(f"\n{args.seeds} splits of 5 folds, {time.perf_counter() - started:.0f} s")
    print(f"{'measure':34} {'lowest':>7} {'median':>7} {'highest':>7}")
    for key in runs[0]:
        values = [r[key] for r in runs]
        print(f"{key:34} {min(values):7.3f} {statistics.median(values):7.3f} {max(values):7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
