"""Property-based runs over the wire: no generated request makes the API answer 5xx.

Schemathesis generates requests for every operation of the app's own OpenAPI schema (valid and
schema-violating ones), sent with an admin key to uvicorn on 127.0.0.1; the upload route, whose
multipart body the schema cannot describe, gets its own Hypothesis strategies: arbitrary bytes,
filenames and part types, and arbitrary bytes as a whole multipart body. Every non-2xx answer
must be our JSON error shape. Bounded to a few dozen examples per operation (~30 s in all).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.main import create_app
from common.settings import Settings
from tests.hardening.conftest import LiveServer, live_server, multipart

# The schema is a property of the code, not of a running instance: no data folder is touched.
schema = schemathesis.openapi.from_dict(create_app(Settings(_env_file=None)).openapi())  # type: ignore[call-arg]
_FUZZ = settings(
    max_examples=15, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data_dir: Path = tmp_path_factory.mktemp("fuzz") / "data"
    with live_server(Settings(data_dir=data_dir, _env_file=None)) as live:  # type: ignore[call-arg]
        yield live


@pytest.fixture(scope="module")
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, headers=server.headers(), timeout=60) as http:
        yield http


@pytest.fixture(scope="module")
def source_id(client: httpx.Client) -> str:
    source = {"name": "fuzz", "classification": "internal", "trust_tier": "internal"}
    r = client.post("/v1/sources", json=source)
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


def _check(status: int, body: bytes, what: str) -> None:
    assert status < 500, f"{what} -> {status}: {body[:500]!r}"
    if status >= 400:
        error = httpx.Response(status, content=body).json()["error"]
        assert set(error) == {"code", "message", "request_id"} and "Traceback" not in error["message"], error


@schema.parametrize()
@_FUZZ
def test_no_generated_request_gets_a_server_error(case: Any, server: LiveServer) -> None:
    case.headers = {**(case.headers or {}), **server.headers()}
    response = case.call(base_url=server.url, timeout=60)
    _check(response.status_code, response.content, f"{case.method} {case.formatted_path}")


_PART_TYPES = st.sampled_from(
    [
        "application/octet-stream",
        "text/plain",
        "application/pdf",
        "image/png",
        "",
        "text/html; charset=utf-16",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "multipart/mixed",
        "x/" + "y" * 300,
    ]
)
_MAGIC = st.sampled_from(
    [
        b"",
        b"%PDF-1.7\n",
        b"PK\x03\x04",
        b"\xd0\xcf\x11\xe0",
        b"\x89PNG",
        b"\xff\xfe",
        b"<html>",
        b"From: a@b\n",
        b'{"a": ',
        b"MZ",
    ]
)
_CONTENT = st.one_of(
    st.binary(max_size=2048),
    st.text(max_size=1024).map(lambda t: t.encode("utf-8")),
    st.tuples(_MAGIC, st.binary(max_size=1024)).map(lambda p: p[0] + p[1]),
)
# Any name a client could put in a quoted multipart filename (quotes and line breaks end the header).
_FILENAMES = st.text(st.characters(exclude_categories=("Cs",), exclude_characters='"\r\n'), max_size=260)


@_FUZZ
@given(name=_FILENAMES, data=_CONTENT, part_type=_PART_TYPES)
def test_uploads_of_anything_get_a_clear_answer(
    client: httpx.Client, source_id: str, name: str, data: bytes, part_type: str
) -> None:
    body, content_type = multipart(name, data, part_type=part_type)
    url = f"/v1/sources/{source_id}/documents"
    r = client.post(url, content=body, headers={"Content-Type": content_type})
    _check(r.status_code, r.content, f"upload {name!r}")
    assert r.status_code in (200, 202, 400, 413, 415), r.text
    if r.status_code in (200, 202):
        stored = client.get(f"/v1/documents/{r.json()['document_id']}").json()["filename"]
        assert stored and "/" not in stored and "\\" not in stored and not stored.startswith(".")
        assert all(ch.isprintable() for ch in stored), stored


@_FUZZ
@given(body=st.binary(max_size=4096), boundary=st.sampled_from(["b", "hardrag-b0undary", "x" * 70]))
def test_arbitrary_multipart_bytes_get_a_clear_answer(
    client: httpx.Client, source_id: str, body: bytes, boundary: str
) -> None:
    r = client.post(
        f"/v1/sources/{source_id}/documents",
        content=b"--" + boundary.encode() + b"\r\n" + body,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    _check(r.status_code, r.content, "raw multipart")
