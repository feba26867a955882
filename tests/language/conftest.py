"""Under these tests an extractor's error is raised, not swallowed by `safe` (see _nlp.py), so a
broken extractor fails its tests instead of quietly returning its empty value."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.language import _nlp


@pytest.fixture(autouse=True, scope="package")
def _language_errors_raise() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_nlp, "RERAISE", True)
        yield
