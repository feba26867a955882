"""The custom NLU components in assistant/rasa_side/linear_nlu.py, checked inside the Rasa
environment
(they run in the Rasa server, Python 3.10). The checks themselves are in rasa_side/."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from assistant.ops.rasa_config import RASA_VENV, rasa_env
from assistant.settings import ROOT

CHECKS = Path(__file__).parent / "rasa_side" / "linear_nlu_checks.py"


def test_linear_components_train_save_load_and_predict(tmp_path):
    result = subprocess.run(
        [str(RASA_VENV / "bin" / "python"), str(CHECKS), str(tmp_path)],
        cwd=ROOT,
        env=rasa_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    names = [line.removeprefix("passed: ") for line in result.stdout.splitlines()]
    assert len([n for n in names if n.startswith("check_")]) == 6, output[-4000:]
    assert os.listdir(tmp_path), "the checks should have saved models"
