"""What the plan pages and the review workspace share: templates, headers and error pages.

- Templates live in assistant/templates/{plan,review}; the parts of a plan drawn the same way
  on the printable page come from planner/templates/plan_parts.html. Jinja2 autoescapes
  everything (the person's and the broker's words are hostile text), and undefined names are
  errors.
- No page has inline script or inline style: CSS comes from /static/plan.css, so the strictest
  Content-Security-Policy fits (`NO_SCRIPT_POLICY`, defined with the others in
  assistant/http/security.py). Every page and every JSON or redirect answer of these routes
  carries `PAGE_HEADERS`; nothing of them may be cached or indexed.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
    select_autoescape,
)
from starlette.responses import HTMLResponse, Response

from assistant.brokers.presentation import fee_text
from assistant.brokers.vocabulary import fee_payer_words, label_for
from assistant.http.security import NO_SCRIPT_POLICY
from planner.money import gbp, hours_text

__all__ = [
    "PAGE_HEADERS",
    "TEMPLATES",
    "env",
    "forbidden",
    "not_found",
    "render",
    "secure_headers",
]

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

PAGE_HEADERS = {
    "Content-Security-Policy": NO_SCRIPT_POLICY,
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


def _date(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{value.day} {value.strftime('%B %Y')}"


def _datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{_date(value)}, {value.strftime('%H:%M')} UTC"


def _hours(value: Decimal | float | None) -> str:
    return hours_text(value) if value is not None else ""


@cache
def env() -> Environment:
    environment = Environment(
        # the pages' own templates, then the planner's: the parts of a plan (plan_parts.html)
        # are drawn by the same markup on the plan page and on the printable page
        loader=ChoiceLoader(
            [FileSystemLoader(str(TEMPLATES)), PackageLoader("planner", "templates")]
        ),
        autoescape=select_autoescape(["html"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["gbp"] = _money
    environment.filters["fee"] = fee_text
    environment.filters["hours"] = _hours
    environment.filters["day"] = _date
    environment.filters["when"] = _datetime
    environment.filters["specialism"] = label_for
    environment.filters["fee_payer"] = fee_payer_words
    return environment


def render(template: str, /, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = env().get_template(template).render(**context)
    return HTMLResponse(html, status_code=status_code, headers=dict(PAGE_HEADERS))


def not_found() -> HTMLResponse:
    """The one answer for anything a visitor may not see: it never says whether it exists."""
    return render("plan/not_found.html", status_code=404)


def forbidden() -> HTMLResponse:
    return render("plan/forbidden.html", status_code=403)


def secure_headers(response: Response) -> Response:
    for name, value in PAGE_HEADERS.items():
        response.headers.setdefault(name, value)
    return response
