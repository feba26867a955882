"""`GET /health`: is the gateway, its database and Rasa reachable, and which model is loaded."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import text

from assistant.conversation.rasa_client import RasaUnavailable

router = APIRouter(tags=["health"])

_FINGERPRINT = re.compile(r"kt-([0-9a-f]{8,64})\.tar\.gz$")


def model_fingerprint(status: dict[str, Any]) -> str | None:
    """Our models are named `kt-<fingerprint>.tar.gz` (see assistant.ops.training)."""
    match = _FINGERPRINT.search(str(status.get("model_file") or ""))
    return match.group(1) if match else None


class RasaServer(BaseModel):
    url: str
    status: str  # ok, no_model or unreachable
    model_fingerprint: str | None


class HealthReport(BaseModel):
    status: str  # ok or degraded
    gateway: str
    database: str  # ok or unreachable
    rasa: str  # ok or unreachable
    rasa_servers: list[RasaServer]
    model_fingerprint: str | None


@router.get(
    "/health",
    response_model=HealthReport,
    responses={503: {"model": HealthReport, "description": "The database or Rasa is down."}},
)
async def health(request: Request) -> JSONResponse:
    body: dict[str, Any] = {"gateway": "ok"}
    try:
        with request.app.state.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        body["database"] = "ok"
    except Exception:  # any database failure is reported, not raised
        body["database"] = "unreachable"
    servers = []
    for url in request.app.state.rasa.base_urls:
        try:
            status = await request.app.state.rasa.status(url)
            servers.append(
                {
                    "url": url,
                    "status": "ok" if status.get("model_file") else "no_model",
                    "model_fingerprint": model_fingerprint(status),
                }
            )
        except RasaUnavailable:
            servers.append({"url": url, "status": "unreachable", "model_fingerprint": None})
    body["rasa"] = "ok" if all(s["status"] == "ok" for s in servers) else "unreachable"
    body["rasa_servers"] = servers
    body["model_fingerprint"] = servers[0]["model_fingerprint"] if servers else None
    healthy = body["database"] == "ok" and body["rasa"] == "ok"
    body["status"] = "ok" if healthy else "degraded"
    return JSONResponse(body, status_code=200 if healthy else 503)
