"""Runs inside the Rasa server (Python 3.10): shortcuts on Rasa's path to a prediction with the
same results, a prediction known without featurising the conversation and slots copied directly
(loaded by `rasa_state.StateKeepingSQLTrackerStore`, issue 18)."""

from __future__ import annotations

from typing import Any


def _skip_empty_memoization() -> None:
    """Our dialogue is all rules (stories/*.yml holds no stories), so the trained
    MemoizationPolicy's lookup is empty, and it can never predict an action: Rasa 3.6's
    `MemoizationPolicy.predict_action_probabilities` still turns the whole session into states
    (`tracker.past_states`, replaying every event), deep-copies them for a debug log line, and
    looks them up in the empty table, for every prediction: 2 to 3 a turn, 6% of Rasa's time per
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


def _plain(cls: type) -> bool:
    """True when `copy.copy` of a `cls` instance is a new `cls` with the same `__dict__`: no
    copy or pickle hooks of its own and no slots with state anywhere in its classes."""
    import copyreg

    if cls in copyreg.dispatch_table:
        return False
    for klass in cls.__mro__[:-1]:  # all but `object`
        hooks = ("__copy__", "__reduce__", "__reduce_ex__", "__getstate__", "__setstate__")
        if any(name in vars(klass) for name in hooks if klass.__dict__.get(name) is not _copy):
            return False
        if vars(klass).get("__slots__"):
            return False
    return True


def _copy(self: Any) -> Any:
    """`copy.copy` of a slot, as Python's own path makes it for a plain class (`__reduce_ex__(4)`
    then `copy._reconstruct`: a new object of the class, its `__dict__` updated with the
    original's), without that path's generic machinery."""
    import copy

    cls: Any = type(self)
    plain = _PLAIN.get(cls)
    if plain is None:
        plain = _PLAIN[cls] = _plain(cls)
    if not plain:
        return copy._reconstruct(self, None, *self.__reduce_ex__(4))  # type: ignore[attr-defined]
    new = cls.__new__(cls)
    new.__dict__.update(self.__dict__)
    return new


_PLAIN: dict[type, bool] = {}


def _copy_slots_directly() -> None:
    """Every new `DialogueStateTracker` copies each of the domain's slots with `copy.copy`
    (Rasa 3.6, `trackers.py`): loading a conversation, and twice or more for every prediction
    (`init_copy` for the past states and for the forms' temporary trackers). Python's generic
    copy (`__reduce_ex__`, `copyreg.__newobj__`, `_reconstruct`) was 6% of Rasa's time per turn
    at `--think 0`. Here `Slot.__copy__` makes the same copy directly for slot classes with no
    copy or pickle hooks of their own; any other class takes Python's path. Only for the Rasa
    version this was read against."""
    import rasa
    from rasa.shared.core.slots import Slot

    if not rasa.__version__.startswith("3.6.") or "__copy__" in vars(Slot):
        return
    Slot.__copy__ = _copy
