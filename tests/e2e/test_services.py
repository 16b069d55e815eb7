"""End to end on the production-shaped services that run on this machine and on CI:
a real Celery worker over the real Redis broker, PostgreSQL as the database.

The embedded vector engine locks its folder to one process, so the inline-worker test runs the
worker as a thread of the API process, and the external-worker test lets `hardrag worker` own
the folder until it exits, then reads the answers through the API.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from common.settings import Settings
from tests.conftest import POSTGRES_URL, REDIS_URL, _api, require_service
from tests.fixtures import files

pytestmark = pytest.mark.slow


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A throwaway schema in the `test` database, so runs never see each other's rows."""
    require_service("PostgreSQL", "127.0.0.1", 5432)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    yield f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    with admin.connect() as c:
        c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def redis_url() -> str:
    require_service("Redis", "127.0.0.1", 6379)
    return REDIS_URL


def _settings(tmp_path: Path, pg_url: str, redis_url: str, **kw: object) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        database_url=pg_url,
        broker_url=redis_url,  # type: ignore[call-arg]
        queue=f"hardrag.test.{uuid.uuid4().hex[:8]}",
        _env_file=None,
        **kw,
    )


def test_inline_worker_over_redis_with_postgres(tmp_path: Path, pg_url: str, redis_url: str) -> None:
    settings = _settings(tmp_path, pg_url, redis_url)
    corpus = files.make_all(
        tmp_path / "corpus", ("The walrus ledger closes every Thursday at noon.", *files.DEFAULT_PARAGRAPHS)
    )
    for api in _api(settings):
        assert api.client.get("/healthz").json()["database"] == "postgresql"
        src = api.create_source()
        jobs = [api.upload(src["id"], corpus[ext]) for ext in ("txt", "docx", "pdf", "eml")]
        assert all(r.status_code == 202 for r in jobs), [r.text for r in jobs]
        for r in jobs:
            assert api.wait_job(r.json()["job_id"])["status"] == "succeeded"
        app = api.key("app", [src["id"]])
        res = api.retrieve(app, "when does the walrus ledger close?", top_k=4).json()["results"]
        assert res and "walrus ledger" in res[0]["text"]
        assert {r["document_id"] for r in res} <= {r.json()["document_id"] for r in jobs}


def test_external_worker_process_over_redis(tmp_path: Path, pg_url: str, redis_url: str) -> None:
    settings = _settings(tmp_path, pg_url, redis_url, worker_mode="external")
    env = {
        **os.environ,
        "HARDRAG_DATA_DIR": str(settings.data_dir),
        "HARDRAG_DATABASE_URL": pg_url,
        "HARDRAG_BROKER_URL": redis_url,
        "HARDRAG_QUEUE": settings.queue,
        "HARDRAG_WORKER_MODE": "external",
    }
    corpus = files.make_all(
        tmp_path / "corpus", ("Form 27-B must be stamped by the harbour master.", *files.DEFAULT_PARAGRAPHS)
    )
    for api in _api(settings):  # creates the schema before the worker starts
        src = api.create_source()
        worker = subprocess.Popen(
            [sys.executable, "-m", "api.cli", "worker", "--concurrency", "1"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        try:
            ups = [api.upload(src["id"], corpus[ext]) for ext in ("md", "html", "csv")]
            assert all(r.status_code == 202 for r in ups), [r.text for r in ups]
            for r in ups:
                job = api.wait_job(r.json()["job_id"], timeout=180)
                assert job["status"] == "succeeded", job
        finally:
            worker.send_signal(signal.SIGTERM)
            try:
                out, _ = worker.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                worker.kill()
                out, _ = worker.communicate()
        assert worker.returncode == 0, out.decode(errors="replace")[-3000:]
        # The worker released the vector folder; the API opens it now and answers from it.
        res = api.retrieve(api.key("app", [src["id"]]), "who stamps form 27-B?", top_k=3).json()["results"]
        assert res and "harbour master" in res[0]["text"]
        time.sleep(0)
