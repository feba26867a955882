"""How well the NLU model learns from the training data: Rasa's 5-fold cross-validation (the same
run as `make nlu-report`), held to the project's pass marks. It trains the NLU pipeline five
times: about 3 to 4 minutes on two cores with the linear components
(assistant/rasa_side/linear_nlu.py).

Rasa shuffles the folds without a seed, so each run scores a different split;
`bench/nlu_spread.py` measures how far the figures move between splits (docs/NLU.md)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_report_module():
    spec = importlib.util.spec_from_file_location("nlu_report", ROOT / "scripts" / "nlu_report.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


nlu_report = _load_report_module()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return nlu_report.run_cross_validation(tmp_path_factory.mktemp("nlu-report"))


def test_macro_f1_over_intents(report):
    assert report.macro_f1 >= nlu_report.MACRO_F1_MIN, nlu_report.format_text(report)


@pytest.mark.parametrize("intent", nlu_report.SAFETY_INTENTS)
def test_safeguarding_and_crisis_are_almost_never_missed(report, intent):
    assert report.recall(intent) >= nlu_report.SAFETY_RECALL_MIN, nlu_report.format_text(report)


def test_advice_topics_are_told_apart(report):
    # not a pass mark from the brief; a floor that catches a broken answer selector (measured
    # 0.80 to 0.82 over 12 splits; Rasa's own ResponseSelector scored 0.70 here)
    assert report.response_accuracy is not None and report.response_accuracy >= 0.75
