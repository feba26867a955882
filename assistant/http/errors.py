"""Error answers as clear JSON: `{"error": "<code>", "detail": "<plain English>"}`."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        error: str,
        detail: str,
        *,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.error = error
        self.detail = detail
        self.headers = headers
        self.extra = extra


def too_many(wait: float) -> ApiError:
    """429 with Retry-After: a rate limit (assistant/http/limits.py) says to wait `wait` s."""
    seconds = int(wait)
    return ApiError(
        429,
        "too_many_requests",
        f"That's a lot of messages very quickly. Please wait {seconds} seconds and try again.",
        headers={"Retry-After": str(seconds)},
    )


def error_body(error: str, detail: str, **extra: Any) -> dict[str, Any]:
    return {"error": error, "detail": detail, **extra}


async def api_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return JSONResponse(
        error_body(exc.error, exc.detail, **exc.extra), status_code=exc.status, headers=exc.headers
    )


def describe_errors(errors: Any) -> str:
    parts = []
    for err in errors[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
        if err.get("type") == "json_invalid":
            return "The request body is not valid JSON."
        what = "is required" if err.get("type") == "missing" else err.get("msg", "is not valid")
        parts.append(f"{where or 'body'}: {what}")
    return "; ".join(parts) or "The request is not valid."


async def validation_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return JSONResponse(
        error_body("bad_request", describe_errors(list(exc.errors()))), status_code=400
    )


async def http_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    names = {404: "not_found", 405: "method_not_allowed", 403: "forbidden"}
    return JSONResponse(
        error_body(names.get(exc.status_code, "error"), str(exc.detail)),
        status_code=exc.status_code,
        headers=getattr(exc, "headers", None),
    )


ERROR_SCHEMA = {
    "type": "object",
    "required": ["error", "detail"],
    "properties": {"error": {"type": "string"}, "detail": {"type": "string"}},
}


def document_bad_requests_as_400(app: FastAPI) -> None:
    """FastAPI's OpenAPI document says a request that fails validation gets 422 with its own
    error list; this gateway answers 400 with `{"error", "detail"}` (validation_error_handler).
    Make the document say what the app does."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                responses = operation.get("responses", {})
                if responses.pop("422", None) is not None:
                    responses.setdefault(
                        "400",
                        {
                            "description": "The request is malformed.",
                            "content": {"application/json": {"schema": ERROR_SCHEMA}},
                        },
                    )
        components = schema.get("components", {}).get("schemas", {})
        for unused in ("HTTPValidationError", "ValidationError"):
            components.pop(unused, None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
