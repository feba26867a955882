"""Runs inside the Rasa server (Python 3.10): a fitted tf-idf vectoriser's `transform` without
its checks (used by `linear_nlu._Model.features` for every message, issue 18)."""

from __future__ import annotations

from typing import Any

import numpy as np
import sklearn
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer, TfidfVectorizer
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

#: the scikit-learn whose `TfidfVectorizer.transform` and `TfidfTransformer.transform` this
#: repeats step by step (requirements-rasa.lock)
READ_AGAINST = "1.1.3"


def _plain(vectoriser: Any) -> bool:
    tfidf: Any = getattr(vectoriser, "_tfidf", None)
    return (
        sklearn.__version__ == READ_AGAINST
        and type(vectoriser) is TfidfVectorizer
        and type(tfidf) is TfidfTransformer
        and tfidf.norm in ("l2", None)
        and getattr(tfidf, "_idf_diag", None) is not None
    )


def transform(vectoriser: Any, texts: list[str]) -> Any:
    """`vectoriser.transform(texts)`, the same matrix to the last bit: scikit-learn 1.1.3's own
    steps (count the vocabulary, to float64, log + 1, times the idf diagonal, rows to unit
    length), in its order, with its functions, without the checks around them: those checks
    evaluate `TfidfTransformer.idf_`, which sums the whole idf diagonal (22,000 terms) on every
    call, and validate the matrix twice. For one message they cost more than the work: about
    half of Rasa's NLU time, four vectorisers a message. Anything else (another scikit-learn, a
    vectoriser set up otherwise, not fitted) takes scikit-learn's own `transform`."""
    if not _plain(vectoriser):
        return vectoriser.transform(texts)
    tfidf = vectoriser._tfidf
    x = CountVectorizer.transform(vectoriser, texts).astype(np.float64)
    if tfidf.sublinear_tf:
        np.log(x.data, x.data)
        x.data += 1
    if tfidf.use_idf:
        x = x * tfidf._idf_diag
    if tfidf.norm == "l2":
        inplace_csr_row_normalize_l2(x)
    return x
