"""The response shapes the routers and pages share: errors, buttons and links (CONTRACT.md).

`ERRORS` documents the error answers in the OpenAPI document; a route picks the ones it gives.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

__all__ = ["ERRORS", "Button", "ErrorResponse", "Link"]


class ErrorResponse(BaseModel):
    error: str
    detail: str


class Button(BaseModel):
    title: str
    payload: str


class Link(BaseModel):
    title: str
    url: str


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "The request is malformed."},
    404: {"model": ErrorResponse, "description": "No conversation has that session_id."},
    413: {"model": ErrorResponse, "description": "The text or the body is too long."},
    429: {"model": ErrorResponse, "description": "Too many messages; see Retry-After."},
    503: {"model": ErrorResponse, "description": "The dialogue engine is unavailable."},
}
