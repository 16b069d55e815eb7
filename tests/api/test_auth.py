"""Keys: missing, malformed, unknown and revoked keys are refused with stable codes; keys are hashed."""

from __future__ import annotations

from sqlalchemy import select

from api.auth import hash_key
from common.db import make_engine, make_session_factory, session_scope
from common.models import ApiKey, utcnow
from tests.conftest import Api


def test_missing_and_bad_keys(api: Api) -> None:
    r = api.client.get("/v1/sources")
    assert r.status_code == 401 and r.json()["error"]["code"] == "auth.missing_key"
    for header in ("Bearer nope", "Basic abc", "Bearer", "hrk_x"):
        r = api.client.get("/v1/sources", headers={"Authorization": header})
        assert r.status_code == 401 and r.json()["error"]["code"] == "auth.invalid_key", header


def test_keys_are_stored_hashed_and_revocation_bites(api: Api) -> None:
    token = api.key("app", ["*"])
    engine = make_engine(api.settings.resolved_database_url)
    with session_scope(make_session_factory(engine)) as s:
        rows = list(s.scalars(select(ApiKey)))
        assert all(token not in (r.key_hash, r.prefix, r.name) for r in rows)
        row = s.scalar(select(ApiKey).where(ApiKey.key_hash == hash_key(token)))
        assert row is not None
    assert api.client.get("/v1/sources", headers=api.h(token)).status_code == 200
    with session_scope(make_session_factory(engine)) as s:
        s.scalar(select(ApiKey).where(ApiKey.key_hash == hash_key(token))).revoked_at = utcnow()
    engine.dispose()
    r = api.client.get("/v1/sources", headers=api.h(token))
    assert r.status_code == 401 and r.json()["error"]["code"] == "auth.invalid_key"


def test_errors_carry_request_id_and_no_trace(api: Api) -> None:
    r = api.client.get("/v1/nowhere", headers=api.h(api.admin))
    assert r.status_code == 404
    body = r.json()
    assert body["error"]["code"] == "route.not_found"
    assert body["error"]["request_id"] == r.headers["X-Request-ID"]


def test_health(api: Api) -> None:
    r = api.client.get("/healthz")
    assert r.status_code == 200 and r.json()["database"] == "sqlite" and r.json()["vectors"] == "embedded"
