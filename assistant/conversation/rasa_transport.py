"""The gateway's HTTP transport to Rasa: httpx's interface, aiohttp's connections.

`RasaClient` (assistant/conversation/rasa_client.py) speaks httpx, and tests give it httpx's
`MockTransport`
instead of a server. Under it, httpcore's connection pool checked every idle keep-alive
connection for expiry on each request (a `select` per connection) and re-sorted the pool after
each response: py-spy on the gateway during `bench/journeys.py --think 0` put about a third of the
chat route's own time in that request (issue 18), where Rasa's aiohttp client, calling the
gateway's action endpoint, took a tenth as much per call. This transport sends the request with
aiohttp and hands back an `httpx.Response`, so everything above it (the client, `RasaClient`'s
errors and retries) is unchanged.

Errors become httpx's own, as httpcore would raise them: a refused connection `ConnectError`
(which `RasaClient` may retry on another server), a connect timeout `ConnectTimeout`, a read
timeout `ReadTimeout`, a connection closed mid-answer `RemoteProtocolError`, anything else on the
wire `NetworkError`. Idle connections are closed after `KEEPALIVE` seconds, well under Sanic's
5 s, so Rasa never closes one just as a turn is sent on it. One aiohttp session per event loop
(the SMS channel may send from other threads' loops).
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import httpx

#: seconds an idle connection to Rasa stays open (Sanic closes its side after 5 s)
KEEPALIVE = 2.0
# set by aiohttp itself for the request it sends
_HOP_HEADERS = frozenset({b"host", b"content-length", b"connection", b"transfer-encoding"})
# describe the body as it came over the wire; aiohttp hands it over whole and decompressed
_BODY_HEADERS = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})


class AiohttpTransport(httpx.AsyncBaseTransport):
    def __init__(self, *, timeout: float, connect: float) -> None:
        self._timeout = aiohttp.ClientTimeout(total=None, sock_connect=connect, sock_read=timeout)
        self._sessions: dict[asyncio.AbstractEventLoop, aiohttp.ClientSession] = {}

    def _session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self._sessions.get(loop)
        if session is None or session.closed:
            session = aiohttp.ClientSession(
                timeout=self._timeout,
                connector=aiohttp.TCPConnector(limit=0, keepalive_timeout=KEEPALIVE),
                auto_decompress=True,
                skip_auto_headers=("User-Agent",),
            )
            self._sessions[loop] = session
        return session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        headers = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, v in request.headers.raw
            if k.lower() not in _HOP_HEADERS
        ]
        try:
            async with self._session().request(
                request.method,
                str(request.url),
                data=body or None,
                headers=headers,
                allow_redirects=False,
            ) as answer:
                content = await answer.read()
                return httpx.Response(
                    answer.status,
                    headers=[
                        (k.decode("latin-1"), v.decode("latin-1"))
                        for k, v in answer.raw_headers
                        if k.lower() not in _BODY_HEADERS
                    ],
                    content=content,
                    request=request,
                )
        except aiohttp.ConnectionTimeoutError as exc:
            raise httpx.ConnectTimeout(str(exc) or "connect timeout", request=request) from exc
        except aiohttp.ClientConnectorError as exc:
            raise httpx.ConnectError(str(exc), request=request) from exc
        except (TimeoutError, aiohttp.SocketTimeoutError) as exc:
            raise httpx.ReadTimeout(str(exc) or "read timeout", request=request) from exc
        except (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError) as exc:
            raise httpx.RemoteProtocolError(str(exc), request=request) from exc
        except aiohttp.ClientError as exc:
            raise httpx.NetworkError(str(exc), request=request) from exc

    async def aclose(self) -> None:
        sessions, self._sessions = list(self._sessions.values()), {}
        for session in sessions:
            await session.close()


def make_client(*, timeout: float, connect: float, **kwargs: Any) -> httpx.AsyncClient:
    """An httpx client for Rasa on the aiohttp transport."""
    return httpx.AsyncClient(
        transport=AiohttpTransport(timeout=timeout, connect=connect),
        timeout=httpx.Timeout(timeout, connect=connect),
        **kwargs,
    )
