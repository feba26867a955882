"""Runs inside the Rasa server (Python 3.10): predictions whose answer is known without
featurising the conversation (loaded by `rasa_state.StateKeepingSQLTrackerStore`, issue 18)."""

from __future__ import annotations

from typing import Any


def _skip_empty_memoization() -> None:
    """Our dialogue is all rules (stories/*.yml holds no stories), so the trained
    MemoizationPolicy's lookup is empty, and it can never predict an action: Rasa 3.6's
    `MemoizationPolicy.predict_action_probabilities` still turns the whole session into states
    (`tracker.past_states`, replaying every event), deep-copies them for a debug log line, and
    looks them up in the empty table, for every prediction: 2 to 3 a turn, 7% of Rasa's time per
    turn at `--think 0`. With nothing memorised the answer is the policy's default prediction,
    built here as Rasa builds it. A policy with anything in its lookup, or one that recalls
    another way (`AugmentedMemoizationPolicy`), takes Rasa's own path. Only for the Rasa version
    this was read against."""
    import rasa
    from rasa.core.policies.memoization import MemoizationPolicy

    if not rasa.__version__.startswith("3.6.") or getattr(MemoizationPolicy, "_kt_empty", False):
        return
    original = MemoizationPolicy.predict_action_probabilities
    recall = MemoizationPolicy.recall

    def predict_action_probabilities(
        self: MemoizationPolicy, tracker: Any, domain: Any, *args: Any, **kwargs: Any
    ) -> Any:
        if self.lookup or type(self).recall is not recall:
            return original(self, tracker, domain, *args, **kwargs)
        return self._prediction(self._default_predictions(domain))

    MemoizationPolicy.predict_action_probabilities = predict_action_probabilities
    MemoizationPolicy._kt_empty = True
