"""`RequestId`: a fresh id per HTTP request, on `request.state.request_id` and the `X-Request-ID` header.

A plain ASGI middleware rather than `@app.middleware("http")`: Starlette's BaseHTTPMiddleware
runs the rest of the app as a separate task with streamed bodies, which cost /v1/retrieve about
a millisecond per request (bench/retrieval.py).
"""

from __future__ import annotations

import uuid

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class RequestId:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = rid

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)["X-Request-ID"] = rid
            await send(message)

        await self.app(scope, receive, send_with_id)
