"""The shared spaCy pipeline, input cleaning and the never-raise guard.

The pipeline is `spacy.blank("en")` with a sentencizer and the lookup lemmatizer from
spacy-lookups-data. It is built once, on first use, under a lock; every later call reuses it.

The guard (`safe`) logs an extractor's error and returns its empty value, so a bug in the
language layer never breaks a conversation. Tests set `RERAISE` to True (tests/language/conftest.py
and tests/trust/test_properties.py), so the same bug fails the test instead of being swallowed.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import unicodedata
from collections.abc import Callable
from typing import Generic, ParamSpec, TypeVar

from spacy.language import Language
from spacy.lookups import Table
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

__all__ = [
    "MAX_CHARS",
    "RERAISE",
    "Lazy",
    "clean",
    "known_word",
    "lemma_table",
    "nlp",
    "parse",
    "safe",
]

log = logging.getLogger(__name__)

#: Longer answers are cut to this many characters before any work is done.
MAX_CHARS = 20_000

#: True under tests: `safe` lets the error out instead of returning the empty value.
RERAISE = False

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class Lazy(Generic[T]):
    """A value built on first use, once, under a lock (thread-safe lazy singleton)."""

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._value: T | None = None
        self._ready = False
        self._lock = threading.Lock()

    def get(self) -> T:
        if not self._ready:
            with self._lock:
                if not self._ready:
                    self._value = self._build()
                    self._ready = True
        return self._value  # type: ignore[return-value]  # set above: _ready is True


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
    return _NLP.get()


def lemma_table() -> Table:
    """The lookup lemmatizer's table (inflected form -> lemma)."""
    lemmatizer = nlp().get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)  # added by _build_nlp
    return lemmatizer.lookups.get_table("lemma_lookup")


def _build_known() -> frozenset[str]:
    table = lemma_table()
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


def safe(default: Callable[[], T]) -> Callable[[Callable[P, R]], Callable[P, R | T]]:
    """Never let an extractor raise: log the error and return a fresh `default()` instead.

    The wrapped function keeps its signature; its return type gains the default's type, so
    give a typed default (`@safe(list[str])`, `@safe(lambda: None)`) to keep it exact. When
    `RERAISE` is on (tests), the error is raised as it is."""

    def wrap(func: Callable[P, R]) -> Callable[P, R | T]:
        @functools.wraps(func)
        def inner(*args: P.args, **kwargs: P.kwargs) -> R | T:
            try:
                return func(*args, **kwargs)
            except Exception:  # the language layer must never break a conversation
                if RERAISE:
                    raise
                log.exception("language: %s failed", func.__name__)
                return default()

        return inner

    return wrap


_KNOWN = Lazy(_build_known)


def known_word(word: str) -> bool:
    """True for a word the lemma table knows as an inflected form."""
    return word.lower() in _KNOWN.get()
