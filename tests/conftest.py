"""Shared test fixtures: settings on a temp data dir, a live app with its inline worker, keys.

Redis and PostgreSQL run on the developer machine and on CI. Without them the tests that need
them skip, except under CI=true, where a missing service is a failure.
"""

from __future__ import annotations

import os
import socket
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.auth import create_key
from api.main import create_app
from common.db import create_schema, make_engine, make_session_factory, session_scope
from common.settings import Settings

REDIS_URL = os.environ.get("HARDRAG_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
POSTGRES_URL = os.environ.get("HARDRAG_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# Tests poll job status in tight loops; the rate-limit tests set their own small limits.
os.environ.setdefault("HARDRAG_RATE_LIMIT_KEY_PER_MINUTE", "1000000")
os.environ.setdefault("HARDRAG_RATE_LIMIT_KEY_BURST", "100000")
os.environ.setdefault("HARDRAG_RATE_LIMIT_IP_PER_MINUTE", "1000000")
os.environ.setdefault("HARDRAG_RATE_LIMIT_IP_BURST", "100000")


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def require_service(name: str, host: str, port: int) -> None:
    if _port_open(host, port):
        return
    if IN_CI:
        pytest.fail(f"{name} at {host}:{port} is required under CI=true but is not reachable")
    pytest.skip(f"{name} at {host}:{port} not running")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", _env_file=None)  # type: ignore[call-arg]


def make_key(settings: Settings, role: str, sources: list[str] | None = None) -> str:
    engine = make_engine(settings.resolved_database_url)
    create_schema(engine)
    with session_scope(make_session_factory(engine)) as s:
        _, token = create_key(s, role=role, name=f"test-{role}", sources=sources or [])
    engine.dispose()
    return token


class Api:
    """A TestClient plus the keys a test needs, with small helpers that assert on status codes."""

    def __init__(self, client: TestClient, settings: Settings) -> None:
        self.client = client
        self.settings = settings
        self.admin = make_key(settings, "admin")

    def h(self, key: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {key}"}

    def key(self, role: str, sources: list[str] | None = None) -> str:
        return make_key(self.settings, role, sources)

    def create_source(self, name: str | None = None, **kw: Any) -> dict[str, Any]:
        body = {"name": name or f"src-{uuid.uuid4().hex[:8]}", "classification": "internal", "trust_tier": "internal"}
        body.update(kw)
        r = self.client.post("/v1/sources", json=body, headers=self.h(self.admin))
        assert r.status_code == 201, r.text
        return r.json()

    def upload(self, source_id: str, path: Path, key: str | None = None, content_type: str | None = None):
        with path.open("rb") as fh:
            files = {"file": (path.name, fh, content_type or "application/octet-stream")}
            return self.client.post(
                f"/v1/sources/{source_id}/documents", files=files, headers=self.h(key or self.admin)
            )

    def wait_job(self, job_id: str, timeout: float = 120.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            r = self.client.get(f"/v1/jobs/{job_id}", headers=self.h(self.admin))
            assert r.status_code == 200, r.text
            body = r.json()
            if body["status"] in ("succeeded", "failed"):
                return body
            time.sleep(0.1)
        raise AssertionError(f"job {job_id} did not finish in {timeout}s: {body}")

    def ingest(self, source_id: str, path: Path) -> dict[str, Any]:
        r = self.upload(source_id, path)
        assert r.status_code == 202, r.text
        job = self.wait_job(r.json()["job_id"])
        assert job["status"] == "succeeded", job
        return job

    def retrieve(self, key: str, query: str, **kw: Any):
        return self.client.post("/v1/retrieve", json={"query": query, **kw}, headers=self.h(key))


def _api(settings: Settings) -> Iterator[Api]:
    app = create_app(settings)
    with TestClient(app) as client:
        yield Api(client, settings)


@pytest.fixture
def api(settings: Settings) -> Iterator[Api]:
    yield from _api(settings)


@pytest.fixture(scope="module")
def shared_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """One embedded service per test module, for tests that only read or use their own sources."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("svc") / "data", _env_file=None)  # type: ignore[call-arg]
    yield from _api(settings)
