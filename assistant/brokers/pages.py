"""What the plan pages and the review workspace share: templates, headers, cookies, CSRF.

- Templates live in assistant/templates/{plan,review}; Jinja2 autoescapes everything (the
  person's and the broker's words are hostile text), and undefined names are errors.
- No page has inline script or inline style: CSS comes from /static/plan.css, so a strict
  Content-Security-Policy fits. Each page sets its own strict policy until a global one lands.
- CSRF: every form carries a token that is checked on every POST (403 otherwise).
  On plan pages the token is derived from the plan key (whoever can make it already holds the
  key); for brokers it is a random synchroniser token stored in the server-side session row;
  before sign-in it is derived from a random pre-session cookie.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.responses import HTMLResponse, Response

from assistant.brokers.vocabulary import fee_payer_words, label_for
from planner.money import gbp, hours_text

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    "X-Robots-Tag": "noindex, nofollow",
}


def _money(value: Any) -> str:
    if value is None:
        return ""
    return gbp(value if isinstance(value, Decimal) else Decimal(str(value)))


def _fee(pence: int) -> str:
    return gbp(Decimal(pence) / 100)


def _date(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{value.day} {value.strftime('%B %Y')}"


def _datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{_date(value)}, {value.strftime('%H:%M')} UTC"


@cache
def env() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["gbp"] = _money
    environment.filters["fee"] = _fee
    environment.filters["hours"] = lambda h: hours_text(h) if h is not None else ""
    environment.filters["day"] = _date
    environment.filters["when"] = _datetime
    environment.filters["specialism"] = label_for
    environment.filters["fee_payer"] = fee_payer_words
    return environment


def render(template: str, /, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = env().get_template(template).render(**context)
    return HTMLResponse(html, status_code=status_code, headers=dict(SECURITY_HEADERS))


def not_found() -> HTMLResponse:
    """The one answer for anything a visitor may not see: it never says whether it exists."""
    return render("plan/not_found.html", status_code=404)


def forbidden() -> HTMLResponse:
    return render("plan/forbidden.html", status_code=403)


def secure_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def derive_token(purpose: str, secret: str) -> str:
    """A form token derived from a secret the visitor already holds (never the secret itself)."""
    return hashlib.sha256(f"kitchen-table:{purpose}:{secret}".encode()).hexdigest()[:40]


def same_token(given: str | None, expected: str | None) -> bool:
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())
