"""`POST /actions/webhook`: Rasa's custom-action endpoint, served in-process.

Rasa calls this for every custom action (`action_*`, `validate_*`). rasa_sdk's `ActionExecutor`
runs the action; errors answer as rasa_sdk's own server does (400 for a rejected action or a bad
body, 404 for an unknown action, 449 when the domain is missing), so Rasa reacts as it expects.
Calls must carry the shared token the launcher gave Rasa in its endpoints file.
"""

from __future__ import annotations

import hmac
import logging
import zlib
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from rasa_sdk.executor import ActionExecutor  # type: ignore[import-untyped]  # no py.typed
from rasa_sdk.interfaces import (  # type: ignore[import-untyped]
    ActionExecutionRejection,
    ActionMissingDomainException,
    ActionNotFoundException,
)

from assistant.api.action_calls import ActionCallReader
from assistant.conversation import pause_points

router = APIRouter(tags=["actions"])
log = logging.getLogger(__name__)

TOKEN_HEADER = "x-kitchen-table-action-token"


def make_executor() -> ActionExecutor:
    executor = ActionExecutor()
    executor.register_package("assistant.actions")
    return executor


def _allowed(request: Request) -> bool:
    expected = request.app.state.settings.actions_token
    if not expected:
        host = request.client.host if request.client else ""
        return host in ("127.0.0.1", "::1", "localhost")
    given = request.headers.get(TOKEN_HEADER, "")
    return hmac.compare_digest(given.encode(), expected.encode())


@router.post("/actions/webhook", include_in_schema=False)
async def webhook(request: Request) -> JSONResponse:
    if not _allowed(request):
        return JSONResponse({"error": "Not allowed"}, status_code=403)
    raw = await request.body()
    try:
        if request.headers.get("content-encoding") == "deflate":
            raw = zlib.decompress(raw)
        reader: ActionCallReader = request.app.state.action_calls
        action_call: Any = reader.parse(raw) if raw else None
    except (zlib.error, ValueError):
        action_call = None
    if not isinstance(action_call, dict) or (
        action_call.get("next_action") and not isinstance(action_call.get("tracker"), dict)
    ):
        return JSONResponse({"error": "Invalid body request"}, status_code=400)
    executor: ActionExecutor = request.app.state.executor
    await pause_points.reached("action")  # tests only: Rasa held in the middle of a turn
    try:
        result = await executor.run(action_call)
    except ActionExecutionRejection as e:
        return JSONResponse({"error": e.message, "action_name": e.action_name}, status_code=400)
    except ActionNotFoundException as e:
        log.error("Rasa asked for an unknown action: %s", e.action_name)
        return JSONResponse({"error": e.message, "action_name": e.action_name}, status_code=404)
    except ActionMissingDomainException as e:
        return JSONResponse({"error": e.message, "action_name": e.action_name}, status_code=449)
    return JSONResponse(result.model_dump() if result else None, status_code=200)
