"""Helpers for the hostile-input suite: raw uploads, error codes, and a real server on 127.0.0.1.

``live_server`` runs the real app under uvicorn on a loopback port in a thread of the test
process, for what ``TestClient`` cannot show: it reads a whole request body before the app sees
any of it, so streaming limits and over-the-wire fuzzing need a real socket.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import uvicorn

from api.main import create_app
from common.settings import Settings
from tests.conftest import Api, make_key


def post_file(api: Api, source_id: str, name: str, data: bytes, ctype: str = "application/octet-stream"):  # type: ignore[no-untyped-def]
    return api.client.post(
        f"/v1/sources/{source_id}/documents", headers=api.h(api.admin), files={"file": (name, data, ctype)}
    )


def post_raw(api: Api, source_id: str, body: bytes, content_type: str | None):  # type: ignore[no-untyped-def]
    headers = api.h(api.admin) | ({"Content-Type": content_type} if content_type is not None else {})
    return api.client.post(f"/v1/sources/{source_id}/documents", headers=headers, content=body)


def error_code(response: Any) -> str:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "request_id"}, body
    assert "Traceback" not in body["error"]["message"]
    return str(body["error"]["code"])


def multipart(
    filename: str, data: bytes, *, boundary: str = "hardrag-b0undary", part_type: str = "application/octet-stream"
) -> tuple[bytes, str]:
    """A hand-built one-file multipart body (the filename goes on the wire exactly as given)."""
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        f"Content-Type: {part_type}\r\n\r\n"
    ).encode("utf-8", "surrogateescape")
    return head + data + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


@dataclass
class LiveServer:
    url: str
    host: str
    port: int
    admin: str
    settings: Settings

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.admin}"}


@contextmanager
def live_server(settings: Settings) -> Iterator[LiveServer]:
    """The app under uvicorn on 127.0.0.1 (a free port), lifespan and inline worker included."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), log_level="warning", lifespan="on", timeout_graceful_shutdown=5)
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="live-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the live server did not start")
        time.sleep(0.05)
    try:
        admin = make_key(settings, "admin")  # after start-up: the app creates the data folder
        url = f"http://127.0.0.1:{port}"
        assert httpx.get(f"{url}/healthz", timeout=10).status_code == 200
        yield LiveServer(url=url, host="127.0.0.1", port=port, admin=admin, settings=settings)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()
