"""The Rasa project itself: its data validates, and the test stories run without a single wrong
prediction (Rasa's own checker, on the same trained model the stack uses)."""

from __future__ import annotations

import subprocess

import pytest

from assistant.launcher import RASA_VENV, ROOT, ensure_model, rasa_env
from assistant.settings import Settings

RASA = str(RASA_VENV / "bin" / "rasa")


def run_rasa(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [RASA, *args], cwd=ROOT, env=rasa_env(), capture_output=True, text=True, timeout=600
    )


def test_training_data_validates():
    result = run_rasa(
        "data", "validate",
        "--domain", "assistant/domain",
        "--data", "nlu_data", "stories",
        "--config", "assistant/config.yml",
        "--quiet",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    return ensure_model(Settings(), log=lambda _m: None)


def test_test_stories_have_no_prediction_errors(model, tmp_path):
    result = run_rasa(
        "test", "core",
        "--model", str(model),
        "--stories", "tests/dialogue/test_stories.yml",
        "--out", str(tmp_path),
        "--fail-on-prediction-errors",
    )  # fmt: skip
    failed_file = tmp_path / "failed_test_stories.yml"
    failed = failed_file.read_text() if failed_file.exists() else ""
    assert result.returncode == 0, failed or result.stdout[-3000:] + result.stderr[-3000:]
