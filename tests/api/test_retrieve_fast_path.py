"""/v1/retrieve's fast path: cached keys and sources that still bite at once, and the background
provenance writer, whose records exist, verify and survive a shutdown."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update
from sqlalchemy.orm import Session

from api import auth
from api.main import create_app
from common import audit
from common.db import make_engine, make_session_factory, session_scope
from common.models import Source
from common.settings import Settings
from tests.conftest import Api
from tests.fixtures import files

QUERY = "where is the spare badge kept?"
MARKER = "The zebra-striped kettle in building nine holds the spare badge for Marguerite."


def _settings(root: Path, **kw: Any) -> Settings:
    return Settings(data_dir=root / "data", _env_file=None, **kw)  # type: ignore[call-arg]


@contextmanager
def _service(settings: Settings) -> Iterator[tuple[Api, dict[str, Any]]]:
    """A live service with one ingested internal source; shut down on leaving."""
    with TestClient(create_app(settings)) as client:
        api = Api(client, settings)
        src = api.create_source()
        api.ingest(src["id"], files.make_txt(settings.data_dir.parent / "in", (MARKER, *files.DEFAULT_PARAGRAPHS)))
        yield api, src


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Api, dict[str, Any]]]:
    with _service(_settings(tmp_path_factory.mktemp("fast"))) as service:
        yield service


def _key(api: Api, **body: Any) -> dict[str, Any]:
    r = api.client.post("/v1/keys", json={"role": "app", "name": "fast", **body}, headers=api.h(api.admin))
    assert r.status_code == 201, r.text
    return r.json()


def _hits(api: Api, key: str) -> list[dict[str, Any]]:
    r = api.retrieve(key, QUERY, top_k=3)
    assert r.status_code == 200, r.text
    return r.json()["results"]


def _refused(api: Api, key: str) -> str | None:
    r = api.retrieve(key, QUERY)
    return r.json()["error"]["code"] if r.status_code == 401 else None


@contextmanager
def _other_process(settings: Settings) -> Iterator[Session]:
    """A transaction on an engine of its own, like `hardrag keys …` or another API replica."""
    engine = make_engine(settings.resolved_database_url)
    try:
        with session_scope(make_session_factory(engine)) as s:
            yield s
    finally:
        engine.dispose()


def test_a_revoked_or_rotated_key_is_refused_at_once(kb: tuple[Api, dict[str, Any]]) -> None:
    api, src = kb
    made = _key(api, sources=[src["id"]])
    assert _hits(api, made["key"])  # now cached
    assert api.client.delete(f"/v1/keys/{made['id']}", headers=api.h(api.admin)).status_code == 204
    assert _refused(api, made["key"]) == "auth.invalid_key"

    old = _key(api, sources=[src["id"]])
    assert _hits(api, old["key"])
    r = api.client.post(f"/v1/keys/{old['id']}/rotate", headers=api.h(api.admin), json={"grace_seconds": 0})
    assert r.status_code == 201
    assert _refused(api, old["key"]) == "auth.invalid_key"
    assert _hits(api, r.json()["key"])

    graced = _key(api, sources=[src["id"]])
    assert _hits(api, graced["key"])
    r = api.client.post(f"/v1/keys/{graced['id']}/rotate", headers=api.h(api.admin), json={"grace_seconds": 3600})
    assert _hits(api, graced["key"])  # still in its grace period
    assert api.client.delete(f"/v1/keys/{graced['id']}", headers=api.h(api.admin)).status_code == 204
    assert _refused(api, graced["key"]) == "auth.invalid_key"


def test_source_changes_through_the_api_bite_at_once(kb: tuple[Api, dict[str, Any]]) -> None:
    api, src = kb
    key = _key(api, sources=[src["id"]], classifications=["internal"])["key"]

    def patch(**change: Any) -> None:
        r = api.client.patch(f"/v1/sources/{src['id']}", headers=api.h(api.admin), json=change)
        assert r.status_code == 200, r.text

    assert _hits(api, key)
    patch(quarantined=True)
    assert _hits(api, key) == []
    patch(quarantined=False)
    assert _hits(api, key)
    patch(classification="restricted")
    assert _hits(api, key) == []
    patch(classification="internal")
    assert _hits(api, key)
    patch(name="renamed-kb")
    assert _hits(api, key)[0]["source_name"] == "renamed-kb"


def test_a_key_expires_while_cached(kb: tuple[Api, dict[str, Any]]) -> None:
    api, src = kb
    soon = (datetime.now(UTC) + timedelta(seconds=1.5)).isoformat()
    key = _key(api, sources=[src["id"]], expires_at=soon)["key"]
    assert _hits(api, key)
    time.sleep(2)
    assert _refused(api, key) == "auth.expired_key"


@pytest.mark.parametrize("ttl", [0.0, 0.5])
def test_a_key_revoked_by_another_process_is_refused_within_the_ttl(tmp_path: Path, ttl: float) -> None:
    settings = _settings(tmp_path, auth_cache_seconds=ttl)
    with TestClient(create_app(settings)) as client:
        api = Api(client, settings)
        made = _key(api, sources=["*"])
        assert api.retrieve(made["key"], QUERY).status_code == 200
        with _other_process(settings) as s:
            auth.revoke_key(s, key_id=made["id"])
        revoked = time.monotonic()
        while _refused(api, made["key"]) is None:
            assert ttl > 0, "without the cache a revocation must bite on the next request"
            assert time.monotonic() - revoked < ttl + 1.0, "still accepted well past the cache's TTL"
            time.sleep(0.05)


def test_a_source_changed_by_another_process_is_refused_at_once(tmp_path: Path) -> None:
    """Another process's change does not clear this cache, but it does change the index: the engine's
    quarantine filter and the classification check on every hit refuse the source at once."""
    settings = _settings(tmp_path, auth_cache_seconds=60)
    with _service(settings) as (api, src):
        rt = api.client.app.state.runtime
        key = _key(api, sources=[src["id"]], classifications=["internal"])["key"]
        assert _hits(api, key)
        for change in ({"classification": "restricted"}, {"quarantined": True}):
            with _other_process(settings) as s:  # what update_source does over there
                s.execute(update(Source).where(Source.id == src["id"]).values(**change))
                rt.index.set_source_state(src["id"], **change)
            assert _hits(api, key) == [], change
            with _other_process(settings) as s:
                undo = {"classification": "internal"} if "classification" in change else {"quarantined": False}
                s.execute(update(Source).where(Source.id == src["id"]).values(**undo))
                rt.index.set_source_state(src["id"], **undo)
            assert _hits(api, key)


def _served(settings: Settings) -> list[dict[str, Any]]:
    engine = make_engine(settings.resolved_database_url)
    try:
        with make_session_factory(engine)() as s:
            events, _ = audit.list_events(s, audit.EventQuery(types=("retrieval.served",), limit=1000))
            assert audit.verify(s, settings).ok
        return events
    finally:
        engine.dispose()


def test_retrieval_records_are_read_at_once_and_written_at_shutdown(tmp_path: Path) -> None:
    settings = _settings(tmp_path, audit_flush_seconds=60)  # nothing would be written before shutdown
    returned: list[list[str]] = []
    with _service(settings) as (api, src):
        key = _key(api, sources=[src["id"]])
        returned += [[h["chunk_id"] for h in _hits(api, key["key"])] for _ in range(3)]
        t = time.monotonic()
        page = api.client.get("/v1/provenance", params={"type": "retrieval.served"}, headers=api.h(api.admin))
        assert time.monotonic() - t < 10
        assert [e["chunk_ids"] for e in page.json()["events"]] == returned  # auditors here see them at once
        assert api.client.get("/v1/provenance/verify", headers=api.h(api.admin)).json()["ok"]
        returned += [[h["chunk_id"] for h in _hits(api, key["key"])] for _ in range(2)]
        assert len(_served(settings)) == 3  # the last two still wait in the writer's linger
        assert all(returned)
    events = _served(settings)  # after the app shut down
    assert [e["chunk_ids"] for e in events] == returned
    assert all(e["actor"] == key["id"] and e["data"]["results"] == len(e["chunk_ids"]) for e in events)
    assert all(QUERY not in str(e) for e in events)


def test_without_the_writer_the_record_commits_before_the_answer(tmp_path: Path) -> None:
    settings = _settings(tmp_path, audit_queue_max=0)
    with TestClient(create_app(settings)) as client:
        api = Api(client, settings)
        key = _key(api, sources=["*"])["key"]
        for n in (1, 2):
            assert api.retrieve(key, QUERY).status_code == 200
            assert len(_served(settings)) == n
