"""The gateway's transport to Rasa (assistant/conversation/rasa_transport.py): real sockets, a
stand-in Rasa.

It must keep one connection for many turns (the reason it exists), and fail exactly as httpx's
own transport did, because `RasaClient` decides on the error's kind whether another server may
take the message."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import httpx
import pytest
from aiohttp import web

from assistant.conversation.rasa_client import RasaClient, RasaUnavailable
from assistant.conversation.rasa_transport import AiohttpTransport


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _stand_in(seen: list[dict[str, Any]], *, slow: float = 0.0, cut: bool = False) -> Any:
    async def turn(request: web.Request) -> web.StreamResponse:
        body = await request.json()
        seen.append(
            {
                "port": request.transport.get_extra_info("peername")[1],  # type: ignore[union-attr]
                "body": body,
                "token": request.query.get("token"),
                "type": request.content_type,
            }
        )
        if slow:
            await asyncio.sleep(slow)
        if cut:
            request.transport.close()  # type: ignore[union-attr]
            return web.Response()
        state = {"slots": {"asking": "name"}, "active_loop": {"name": "journey_form"}}
        return web.json_response(
            {"messages": [{"text": f"you said {body['message']}"}], "state": state}
        )

    async def tracker(request: web.Request) -> web.Response:
        return web.json_response({"slots": {"asking": "x"}, "latest_message": {}})

    app = web.Application()
    app.router.add_post("/webhooks/kt/webhook", turn)
    app.router.add_get("/conversations/{sender}/tracker", tracker)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}"


def test_turns_share_one_connection_and_arrive_whole():
    async def run() -> tuple[list[dict[str, Any]], list[Any]]:
        seen: list[dict[str, Any]] = []
        runner, url = await _stand_in(seen)
        client = RasaClient([url], token="secret", timeout=5)
        # httpcore's pool, the default, cost a third of the chat route's own time
        assert isinstance(client._http._transport, AiohttpTransport)
        got = []
        for text in ("hello", "Zoë / ça va?", "/affirm"):
            replies = await client.send(sender_id="s1", text=text, metadata={"kt_message": 1})
            got.append((replies, await client.tracker_state(sender_id="s1")))
        await client.aclose()
        await runner.cleanup()
        return seen, got

    seen, got = asyncio.run(run())
    assert [s["body"]["message"] for s in seen] == ["hello", "Zoë / ça va?", "/affirm"]
    assert all(s["body"]["metadata"] == {"kt_message": 1} for s in seen)
    assert all(s["type"] == "application/json" for s in seen)
    assert got[1][0] == [{"text": "you said Zoë / ça va?"}]
    assert got[0][1].slots == {"asking": "name"} and got[0][1].active_loop == "journey_form"
    assert len({s["port"] for s in seen}) == 1, f"a new connection per turn: {seen}"


def test_a_refused_connection_goes_to_the_next_server():
    async def run() -> tuple[list[dict[str, Any]], Any]:
        seen: list[dict[str, Any]] = []
        runner, url = await _stand_in(seen)
        client = RasaClient([f"http://127.0.0.1:{_free_port()}", url], token="", timeout=5)
        replies = await client.send(sender_id="s1", text="hi", metadata={})
        await client.aclose()
        await runner.cleanup()
        return seen, replies

    seen, replies = asyncio.run(run())
    assert replies == [{"text": "you said hi"}] and len(seen) == 1


@pytest.mark.parametrize("how", ["timeout", "cut"])
def test_a_server_that_may_have_seen_the_message_is_not_asked_again(how):
    """After a timeout or a connection closed mid-answer the message may have been taken: no
    retry on the other server, and the error is httpx's own kind (not a refused connection)."""

    async def run() -> tuple[list[dict[str, Any]], BaseException]:
        seen: list[dict[str, Any]] = []
        first, url1 = await _stand_in(seen, slow=2.0 if how == "timeout" else 0, cut=how == "cut")
        second, url2 = await _stand_in(seen)
        client = RasaClient([url1, url2], token="", timeout=0.3)
        with pytest.raises(RasaUnavailable) as raised:
            await client.send(sender_id="s1", text="hi", metadata={})
        await client.aclose()
        await first.cleanup()
        await second.cleanup()
        return seen, raised.value

    seen, error = asyncio.run(run())
    assert len(seen) == 1, seen
    cause = error.__cause__
    assert isinstance(cause, httpx.HTTPError) and not isinstance(cause, httpx.ConnectError)
    expected = httpx.TimeoutException if how == "timeout" else httpx.RemoteProtocolError
    assert isinstance(cause, expected), repr(cause)
