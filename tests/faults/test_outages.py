"""Redis or PostgreSQL going away: the API answers 503 with a clear code, records no upload it
cannot queue, loses nothing already accepted, and recovers when they return."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from common.settings import Settings
from tests.conftest import _api, require_service
from tests.faults.proxy import TcpProxy
from tests.fixtures import files

pytestmark = pytest.mark.slow


def test_broker_outage_refuses_uploads_and_recovers(tmp_path: Path) -> None:
    require_service("Redis", "127.0.0.1", 6379)
    proxy = TcpProxy("127.0.0.1", 6379)
    proxy.start()
    settings = Settings(
        data_dir=tmp_path / "d",
        broker_url=f"redis://127.0.0.1:{proxy.port}/14",  # type: ignore[call-arg]
        queue=f"hardrag.outage.{time.time_ns()}",
        worker_mode="external",
        _env_file=None,
    )
    doc = files.make_txt(tmp_path / "a", ("Outage drills happen every second Tuesday.",))
    doc2 = files.make_txt(tmp_path / "b", ("The generator test runs monthly.",))
    try:
        for api in _api(settings):
            src = api.create_source()
            first = api.upload(src["id"], doc)
            assert first.status_code == 202
            proxy.stop()
            r = api.upload(src["id"], doc2)
            assert r.status_code == 503 and r.json()["error"]["code"] == "service.unavailable"
            proxy.start()
            listed = api.client.get(f"/v1/sources/{src['id']}/documents", headers=api.h(api.admin))
            assert listed.status_code == 200
            # The accepted upload is still there and queued; the refused one left no row behind.
            assert [d["id"] for d in listed.json()] == [first.json()["document_id"]]
            assert listed.json()[0]["status"] == "queued"
            again = api.upload(src["id"], doc2)
            assert again.status_code == 202
    finally:
        proxy.stop()


def test_database_outage_is_503_and_recovers(tmp_path: Path) -> None:
    require_service("PostgreSQL", "127.0.0.1", 5432)
    from tests.e2e.test_services import POSTGRES_URL

    proxy = TcpProxy("127.0.0.1", 5432)
    proxy.start()
    url = POSTGRES_URL.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}")
    schema = f"t_outage_{time.time_ns()}"
    from sqlalchemy import create_engine, text

    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    settings = Settings(
        data_dir=tmp_path / "d",
        database_url=f"{url}?options=-csearch_path%3D{schema}",  # type: ignore[call-arg]
        _env_file=None,
    )
    try:
        for api in _api(settings):
            src = api.create_source()
            h = api.h(api.admin)
            proxy.stop()
            for r in (
                api.client.get("/v1/sources", headers=h),
                api.upload(src["id"], files.make_txt(tmp_path)),
            ):
                assert r.status_code == 503, r.text
                assert r.json()["error"]["code"] == "service.unavailable"
            assert api.client.get("/healthz").status_code == 503
            proxy.start()
            assert api.client.get("/v1/sources", headers=h).status_code == 200
            r = api.upload(src["id"], files.make_txt(tmp_path))
            assert r.status_code == 202
            assert api.wait_job(r.json()["job_id"])["status"] == "succeeded"
    finally:
        proxy.stop()
        with admin.connect() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
