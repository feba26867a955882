"""Renderers: one Plan, four forms.

    render_json(plan)  -> JSON text, money as numbers with exactly two decimals
    plan_to_dict(plan) -> a JSON-ready dict (money as floats), for the gateway
    render_html(plan)  -> a printable page (Jinja2, autoescaped: free text is hostile): its
                          own head and styles around the plan macros the gateway's plan page
                          uses too (templates/plan_content.html, plan_parts.html)
    render_text(plan)  -> plain text
    render_sms(plan)   -> at most 320 GSM-7 characters

Templates live in planner/templates and are read once, through the package.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import datetime
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from planner.chart import budget_chart
from planner.money import gbp, hours_text
from planner.plan import Plan
from planner.plan_view import READINESS_LABELS, plan_view

__all__ = [
    "BROKER_WORDS",
    "GSM7_BASIC",
    "READINESS_LABELS",
    "SMS_LIMIT",
    "budget_chart",
    "is_gsm7",
    "plan_to_dict",
    "render_html",
    "render_json",
    "render_sms",
    "render_text",
    "to_gsm7",
]

SMS_LIMIT = 320
#: The GSM 03.38 basic character set (extension characters such as € and [ are left out).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)


# --- JSON ---------------------------------------------------------------------------------


def _encode(value: Any, indent: int, level: int) -> str:
    if isinstance(value, dict):
        if not value:
            return "{}"
        pad, end = "\n" + " " * indent * (level + 1), "\n" + " " * indent * level
        items = [
            f"{json.dumps(str(k), ensure_ascii=False)}: {_encode(v, indent, level + 1)}"
            for k, v in value.items()
        ]
        return "{" + pad + ("," + pad).join(items) + end + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        pad, end = "\n" + " " * indent * (level + 1), "\n" + " " * indent * level
        return (
            "[" + pad + ("," + pad).join(_encode(v, indent, level + 1) for v in value) + end + "]"
        )
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return json.dumps(value.isoformat().replace("+00:00", "Z"))
    return json.dumps(value, ensure_ascii=False)


def render_json(plan: Plan, *, indent: int = 2) -> str:
    """The plan as JSON text. Money is written with exactly two decimals (305.94, 269.00)."""
    return _encode(plan.model_dump(mode="python"), indent, 0) + "\n"


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    """The plan as a JSON-ready dict (money as floats, times as ISO 8601 UTC)."""
    return plan.model_dump(mode="json")


# --- HTML and text --------------------------------------------------------------------------

_ENV: list[Environment] = []


def _env() -> Environment:
    if not _ENV:
        env = Environment(
            loader=PackageLoader("planner", "templates"),
            autoescape=select_autoescape(["html"], default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        env.filters["gbp"] = gbp
        env.filters["hours"] = _hours
        _ENV.append(env)
    return _ENV[0]


BROKER_WORDS = {
    "none": "not needed",
    "optional": "your choice",
    "recommended": "suggested",
    "urgent": "needed now",
}


def _context(plan: Plan) -> dict[str, Any]:
    view = plan_view(plan)
    return {"plan": plan, "view": view, **view, "broker_words": BROKER_WORDS}


def _hours(value: Decimal | float | None) -> str:
    """Hours for a table cell: blank when a support has no hours (as on the plan page)."""
    return hours_text(value) if value is not None else ""


@cache
def plan_stylesheet() -> str:
    """The plan's one style sheet: inlined in the printable page, served by the gateway as
    /static/plan.css for its plan pages."""
    return resources.files("planner").joinpath("templates/plan.css").read_text("utf-8")


def render_html(plan: Plan) -> str:
    """A printable HTML page with the budget against the costs as an inline SVG chart."""
    return _env().get_template("plan.html").render(**_context(plan))


def render_text(plan: Plan) -> str:
    """The plan as plain text."""
    return _env().get_template("plan.txt").render(**_context(plan))


# --- SMS ----------------------------------------------------------------------------------


def is_gsm7(text: str) -> bool:
    """True when every character is in the GSM-7 basic set (one septet each)."""
    return all(ch in GSM7_BASIC for ch in text)


def to_gsm7(text: str) -> str:
    """Fold text into GSM-7: accents stripped where needed, other characters dropped."""
    out: list[str] = []
    swaps = {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
        "\t": " ",
    }
    for ch in text:
        if ch in GSM7_BASIC:
            out.append(ch)
        elif ch in swaps:
            out.append(swaps[ch])
        else:
            base = unicodedata.normalize("NFKD", ch)
            out.extend(c for c in base if c in GSM7_BASIC and c not in "\n\r")
    return "".join(out)


def render_sms(plan: Plan) -> str:
    """A summary of at most 320 GSM-7 characters. Safety comes first when it applies."""
    c = plan.costs
    name = to_gsm7(plan.preferred_name).strip()[:20]
    parts: list[str] = []
    if plan.safeguarding.concern:
        parts.append("If you are in danger call 999. Samaritans 116 123.")
    title = f"{name}'s support plan" if name else "Your support plan"
    paid = sum(1 for s in plan.supports if s.weekly_cost or s.one_off_cost)
    parts.append(
        f"{title}: {len(plan.supports)} supports ({paid} paid), "
        f"{gbp(c.weekly_total)} a week, {gbp(c.annual_total)} a year."
    )
    parts.append(f"Budget {gbp(c.budget_annual)} a year.")
    if c.annual_headroom >= 0:
        parts.append(f"Left over: {gbp(c.annual_headroom)}.")
    else:
        parts.append(f"Short by {gbp(-c.annual_headroom)} a year.")
    if plan.unmet:
        parts.append(f"Not met yet: {len(plan.unmet)}.")
    level = {
        "none": "not needed",
        "optional": "optional",
        "recommended": "recommended",
        "urgent": "needed now",
    }[plan.broker.level]
    parts.append(f"Broker: {level}.")
    parts.append("Ask for the full plan by email or post.")
    text = ""
    for part in parts:
        candidate = f"{text} {part}".strip()
        if len(candidate) > SMS_LIMIT:
            break
        text = candidate
    return to_gsm7(text)[:SMS_LIMIT]
