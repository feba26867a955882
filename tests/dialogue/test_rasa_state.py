"""The Rasa 3.6 patches and the session handling in assistant/rasa_side/rasa_state.py, checked
inside the
Rasa environment (they run in the Rasa server, Python 3.10). The checks are in rasa_side/."""

from __future__ import annotations

import subprocess
from pathlib import Path

from assistant.ops.rasa_config import RASA_VENV, rasa_env
from assistant.settings import ROOT

CHECKS = Path(__file__).parent / "rasa_side" / "rasa_state_checks.py"
EXPECTED = {
    "check_event_types_resolve_as_rasa_does",
    "check_a_long_conversation_loads_a_bounded_tracker_with_the_same_state",
    "check_a_loaded_tracker_is_saved_without_counting",
    "check_the_sqlite_store_keeps_its_connection",
    "check_a_turn_is_saved_and_loaded_without_the_orm",
    "check_no_new_session_in_the_middle_of_a_rejected_form_turn",
    "check_the_turns_state_is_the_one_before_the_new_session",
    "check_action_calls_keep_their_connection",
    "check_action_answers_pass_as_the_schema_says",
    "check_an_empty_memoization_predicts_without_featurising",
    "check_slots_are_copied_as_python_copies_them",
}


def test_event_lookup_and_new_sessions_keep_what_rasa_would_have(tmp_path):
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
    passed = {line.removeprefix("passed: ") for line in result.stdout.splitlines()}
    assert passed >= EXPECTED, output[-4000:]
