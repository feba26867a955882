"""A real browser for tests: Debian's Chromium driven by Playwright, and axe-core scans.

    with chromium() as browser:
        page = new_page(browser, base_url)            # records every request it makes
        page.goto("/")
        assert serious_violations(page) == []          # axe-core, WCAG 2.x A and AA rules

Chromium comes from `apt-get install chromium` and axe-core from npm (both installed by
`scripts/setup.sh`); `playwright install` cannot download browsers here, so the system browser
is used. When either is missing, the tests that need them are skipped with a clear reason
(set KT_REQUIRE_BROWSER=1 to make that a failure instead; CI sets it).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("KT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# the rules axe-core runs: WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus its best practices
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def require_browser() -> None:
    """Skip (or fail, when KT_REQUIRE_BROWSER or CI is set) if Chromium or axe-core is missing."""
    missing = [
        what
        for what, there in (
            (f"Chromium at {CHROMIUM} (apt-get install chromium)", Path(CHROMIUM).exists()),
            (f"axe-core at {AXE_JS} (scripts/setup.sh)", AXE_JS.exists()),
            ("the playwright Python package", _has_playwright()),
        )
        if not there
    ]
    if missing:
        reason = "Browser tests need " + "; ".join(missing)
        if os.environ.get("KT_REQUIRE_BROWSER") or os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


def _has_playwright() -> bool:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return shutil.which(CHROMIUM) is not None or Path(CHROMIUM).exists()


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium (Playwright `Browser`), closed afterwards."""
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def new_page(browser: Any, base_url: str, **context_options: Any) -> Any:
    """A page in a fresh context (its own localStorage). `page.kt_requests` lists every URL
    it asked for, so a test can check nothing went to a third party."""
    options: dict[str, Any] = {"base_url": base_url, "viewport": {"width": 1280, "height": 800}}
    options.update(context_options)
    context = browser.new_context(**options)
    context.set_default_timeout(15_000)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.kt_requests = requests
    return page


def axe_violations(
    page: Any, *, context: str | dict[str, Any] | None = None, tags: list[str] | None = None
) -> list[dict[str, Any]]:
    """Run axe-core in the page (injected through the DevTools protocol, so a strict
    Content-Security-Policy does not block it) and return its violations.

    `context` is an axe context (a CSS selector, or {"include": [...], "exclude": [...]}).
    """
    if not page.evaluate("() => typeof window.axe === 'object'"):
        source = AXE_JS.read_text(encoding="utf-8")
        page.evaluate(_wrap(source))
    options = {
        "runOnly": {"type": "tag", "values": tags or AXE_TAGS},
        "resultTypes": ["violations"],
    }
    result = page.evaluate(
        "([context, options]) => window.axe.run(context || document, options)",
        [context, options],
    )
    return list(result["violations"])


def _wrap(source: str) -> str:
    # an expression Playwright evaluates as is: run axe's file, then answer true
    return f"(() => {{ {source}\n;return true; }})()"


def serious_violations(page: Any, **kwargs: Any) -> list[dict[str, Any]]:
    """axe-core violations with impact serious or critical."""
    return [v for v in axe_violations(page, **kwargs) if v.get("impact") in ("serious", "critical")]


def describe(violations: list[dict[str, Any]]) -> str:
    """Violations as readable text for an assertion message."""
    lines = []
    for v in violations:
        targets = [json.dumps(node.get("target")) for node in v.get("nodes", [])[:5]]
        lines.append(f"{v['id']} ({v.get('impact')}): {v.get('help')} -> {', '.join(targets)}")
    return "\n".join(lines)
