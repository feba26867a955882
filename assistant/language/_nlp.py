"""The shared spaCy pipeline, input cleaning and the never-raise guard.

The pipeline is `spacy.blank("en")` with a sentencizer and the lookup lemmatizer from
spacy-lookups-data. It is built once, on first use, under a lock; every later call reuses it.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import unicodedata
from collections.abc import Callable
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["MAX_CHARS", "Lazy", "clean", "known_word", "nlp", "parse", "safe"]

log = logging.getLogger(__name__)

#: Longer answers are cut to this many characters before any work is done.
MAX_CHARS = 20_000

T = TypeVar("T")


class Lazy:
    """A value built on first use, once, under a lock (thread-safe lazy singleton)."""

    def __init__(self, build: Callable[[], Any]) -> None:
        self._build = build
        self._value: Any = None
        self._ready = False
        self._lock = threading.Lock()

    def get(self) -> Any:
        if not self._ready:
            with self._lock:
                if not self._ready:
                    self._value = self._build()
                    self._ready = True
        return self._value


def _build_nlp() -> Language:
    import spacy

    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("lemmatizer", config={"mode": "lookup"})
    pipeline.initialize()
    return pipeline


_NLP = Lazy(_build_nlp)
_RUN_LOCK = threading.Lock()


def nlp() -> Language:
    """The shared pipeline (built on first call)."""
    return _NLP.get()  # type: ignore[no-any-return]


def _build_known() -> frozenset[str]:
    table = nlp().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    words = {str(k) for k in table.keys()}  # noqa: SIM118 - Table keys are hashes otherwise
    return frozenset(words)


_LONG_RUN = re.compile(r"\S{40,}")


def _break_long_runs(text: str) -> str:
    """Put a space in every 40 characters of a long run with no spaces (same length, so
    character offsets still match): the tokenizer is slow on huge single tokens."""

    def spaced(m: re.Match[str]) -> str:
        run = m.group(0)
        return " ".join(run[i : i + 39] for i in range(0, len(run), 40)).ljust(len(run))[: len(run)]

    return _LONG_RUN.sub(spaced, text)


@functools.lru_cache(maxsize=256)
def parse(text: str) -> Doc:
    """Tokenise, split into sentences and lemmatise (cached: many extractors read one answer).

    Offsets in the Doc match `text` exactly."""
    pipeline = nlp()
    with _RUN_LOCK:
        return pipeline(_break_long_runs(text))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)


def clean(text: object) -> str:
    """A safe, tidy string: any input becomes text, control characters go, quotes and dashes
    are made plain, spaces are collapsed and very long text is cut to MAX_CHARS."""
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    text = text[: MAX_CHARS * 2]
    text = unicodedata.normalize("NFC", text)
    # lone surrogates cannot be encoded anywhere downstream
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = _CONTROL.sub(" ", text).translate(_QUOTES)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\s*\n\s*", "\n", text)
    return text.strip()[:MAX_CHARS]


def safe(default: Callable[[], T]) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Never let an extractor raise: log the error and return a fresh default instead."""

    def wrap(func: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(func)
        def inner(*args: Any, **kwargs: Any) -> T:
            try:
                return func(*args, **kwargs)
            except Exception:  # the language layer must never break a conversation
                log.exception("language: %s failed", func.__name__)
                return default()

        return inner

    return wrap


_KNOWN = Lazy(_build_known)


def known_word(word: str) -> bool:
    """True for a word the lemma table knows as an inflected form."""
    return word.lower() in _KNOWN.get()
