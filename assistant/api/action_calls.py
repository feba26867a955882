"""Reading Rasa's action calls: the domain is parsed once, not on every call.

Rasa 3.6 sends its whole domain (about 34 KB of JSON) with every custom-action call, as the
call's last key, and the same domain gives the same bytes every time. Parsing it was about 12% of
the gateway's event loop (py-spy, docs/BENCHMARKS.md). `ActionCallReader` remembers the bytes of
the last domain it parsed, as they end the body (`,"domain":{...}}`), with the parsed value; a
body that ends with exactly those bytes is parsed without them and given the remembered domain.

Why that is the same as `json.loads(body)`: the remembered tail is a complete `,"domain":VALUE}`
(checked when it was learnt: on its own it parses to exactly the domain, and the body without it
parses to an object). If the rest of a new body, closed with `}`, parses to an object with at
least one key (`{,"domain":...}` is not JSON, though `{}` is), then the whole body is that
object with one more key, "domain", whose value is VALUE (JSON's last key wins, here as in
`json.loads`). Any other body is parsed whole, as before, and a new domain (a
new model) is learnt from it. The domain is shared between calls: actions read it, never change
it (rasa_sdk's own executor keeps one domain between calls too).
"""

from __future__ import annotations

import json
from typing import Any

_KEY = b'"domain"'
_SPACE = b" \t\r\n"


class ActionCallReader:
    """`parse(body)` is `json.loads(body)`, reusing the domain while its bytes are unchanged."""

    def __init__(self) -> None:
        self._tail: bytes | None = None
        self._domain: dict[str, Any] | None = None
        self.reused = 0  # calls that reused the domain (for the tests and benchmarks)

    def parse(self, raw: bytes) -> Any:
        """The body as JSON; raises ValueError as `json.loads` does for a body that is not."""
        tail = self._tail
        if tail is not None and len(raw) > len(tail) and raw.endswith(tail):
            try:
                rest = json.loads(raw[: len(raw) - len(tail)] + b"}")
            except ValueError:
                rest = None
            if isinstance(rest, dict) and rest:
                rest["domain"] = self._domain
                self.reused += 1
                return rest
        call = json.loads(raw)
        if isinstance(call, dict) and isinstance(call.get("domain"), dict):
            self._learn(raw, call)
        return call

    def _learn(self, raw: bytes, call: dict[str, Any]) -> None:
        """Remember the domain's bytes if the body ends with it as its last key."""
        key = raw.rfind(_KEY)
        comma = key - 1
        while comma >= 0 and raw[comma] in _SPACE:
            comma -= 1
        if key < 0 or comma < 0 or raw[comma : comma + 1] != b",":
            return
        tail = raw[comma:]
        try:
            alone = json.loads(b"{" + tail[1:])
            rest = json.loads(raw[:comma] + b"}")
        except ValueError:
            return  # "domain" was not the body's last key (a key inside some value)
        if alone != {"domain": call["domain"]} or not isinstance(rest, dict) or not rest:
            return
        self._tail, self._domain = tail, call["domain"]
