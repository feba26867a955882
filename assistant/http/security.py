"""What wraps every request: security headers, CORS for the chat API, and body size limits.

    request ─► SecurityHeaders ─► CORS (only /api/, only listed origins) ─► BodySizeLimit ─► app
    reply   ◄─ nosniff on everything; on HTML pages a strict Content-Security-Policy,
               frame-ancestors 'none', Referrer-Policy and X-Frame-Options (unless the page
               set its own, which must then say frame-ancestors itself)

One middleware for the headers means no page can be missed: the demo page, plan pages, broker
review pages, their error pages, and anything added later.

CORS: the widget can be embedded on other sites (a council's page), and then its calls to
`/api/` come from that site's origin. Only the origins in `KT_CORS_ORIGINS` (comma-separated,
for example `https://www.example-council.gov.uk`) may read the answers. The default is none:
the same origin only, which is what the demo page at `/` needs. No cookies cross origins (the
widget sends its session token in the body), and `Retry-After` is exposed so the widget can say
how long to wait.
"""

from __future__ import annotations

from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.middleware.cors import CORSMiddleware

from assistant.http.limits import BodySizeLimit
from assistant.settings import Settings

__all__ = [
    "DOCS_POLICY",
    "FORM_MAX_BYTES",
    "NO_SCRIPT_POLICY",
    "PAGE_POLICY",
    "SecurityHeaders",
    "install",
]

Scope = dict[str, Any]

# The Content-Security-Policies, all of them here. Each page sends one of these three.
#
# every HTML page (the demo page with the widget, and any page with no policy of its own):
# scripts, styles and connections from this origin only, nothing inline
PAGE_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
# plan pages and the broker's review workspace: no script at all (forms work without one),
# styles and images from this origin only
NO_SCRIPT_POLICY = "; ".join(
    [
        "default-src 'none'",
        "style-src 'self'",
        "img-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    ]
)
# FastAPI's API documentation pages (/docs, /redoc) are the one exception: they are a script
# that FastAPI writes inline and that loads Swagger UI or ReDoc from a public CDN.
DOCS_PATHS = ("/docs", "/docs/oauth2-redirect", "/redoc")
DOCS_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
        "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com",
        "img-src 'self' data: https://fastapi.tiangolo.com https://cdn.redoc.ly",
        "font-src 'self' https://fonts.gstatic.com",
        "worker-src blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ]
)
# form posts on plan and review pages; the JSON API and SMS have KT_MAX_BODY_BYTES
FORM_MAX_BYTES = 65_536


class SecurityHeaders:
    """Add the security headers to every response (pure ASGI, so streaming is untouched)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                add_headers(MutableHeaders(scope=message), path)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def add_headers(headers: MutableHeaders, path: str) -> None:
    headers.setdefault("X-Content-Type-Options", "nosniff")
    if not headers.get("content-type", "").lower().startswith("text/html"):
        return
    policy = headers.get("content-security-policy")
    if policy is None:
        headers["Content-Security-Policy"] = DOCS_POLICY if path in DOCS_PATHS else PAGE_POLICY
    elif "frame-ancestors" not in policy:
        headers["Content-Security-Policy"] = f"{policy}; frame-ancestors 'none'"
    headers.setdefault("Referrer-Policy", "same-origin")
    headers.setdefault("X-Frame-Options", "DENY")


class ApiCors:
    """Starlette's CORS middleware, for `/api/` only (pages and SMS are never cross-origin)."""

    def __init__(self, app: Any, *, origins: list[str]) -> None:
        self.app = app
        self.cors = CORSMiddleware(
            app,
            allow_origins=origins,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Content-Type"],
            expose_headers=["Retry-After"],
            allow_credentials=False,
            max_age=600,
        )

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope.get("path", "").startswith("/api/"):
            await self.cors(scope, receive, send)
        else:
            await self.app(scope, receive, send)


def cors_origins(settings: Settings) -> list[str]:
    return [o.strip().rstrip("/") for o in settings.cors_origins.split(",") if o.strip()]


def install(app: Any, settings: Settings) -> None:
    """Add the three middlewares to the app (innermost first)."""
    app.add_middleware(
        BodySizeLimit,
        limits=(
            ("/actions/", None),  # Rasa's action calls carry the whole conversation
            ("/api/", settings.max_body_bytes),
            ("/sms/", settings.max_body_bytes),
            ("/", FORM_MAX_BYTES),
        ),
    )
    origins = cors_origins(settings)
    if origins:
        app.add_middleware(ApiCors, origins=origins)
    app.add_middleware(SecurityHeaders)
