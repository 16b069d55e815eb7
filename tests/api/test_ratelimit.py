"""Rate limits per key and per address (429 + Retry-After), in-process and on Redis; upload quotas."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from api.ratelimit import LocalBuckets, RedisBuckets
from common.settings import Settings
from tests.conftest import REDIS_URL, _api, require_service
from tests.fixtures import files


def test_key_bucket_throttles_with_retry_after(tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path / "d",
        rate_limit_key_burst=5,
        rate_limit_key_per_minute=6,  # type: ignore[call-arg]
        _env_file=None,
    )
    for api in _api(settings):
        key = api.key("app", ["*"])
        codes = [api.client.get("/v1/sources", headers=api.h(key)).status_code for _ in range(7)]
        assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
        r = api.client.get("/v1/sources", headers=api.h(key))
        assert r.json()["error"]["code"] == "rate.limited" and 1 <= int(r.headers["Retry-After"]) <= 11
        # Another key has its own bucket.
        assert api.client.get("/v1/sources", headers=api.h(api.key("app", ["*"]))).status_code == 200


def test_address_bucket_counts_bad_keys_too(tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path / "d",
        rate_limit_ip_burst=4,
        rate_limit_ip_per_minute=1,  # type: ignore[call-arg]
        _env_file=None,
    )
    for api in _api(settings):
        codes = [api.client.get("/v1/sources", headers=api.h(f"hrk_guess{i}")).status_code for i in range(6)]
        assert codes[:4] == [401] * 4 and codes[4:] == [429, 429]


@pytest.mark.parametrize("backend", ["local", "redis"])
def test_token_bucket_refills(backend: str) -> None:
    if backend == "redis":
        require_service("Redis", "127.0.0.1", 6379)
        buckets = RedisBuckets(REDIS_URL)
    else:
        buckets = LocalBuckets()
    name = f"t-{uuid.uuid4().hex}"
    assert [buckets.take(name, rate=50.0, burst=3) for _ in range(3)] == [0.0, 0.0, 0.0]
    wait = buckets.take(name, rate=50.0, burst=3)
    assert 0 < wait <= 0.05
    import time

    time.sleep(0.06)
    assert buckets.take(name, rate=50.0, burst=3) == 0.0


def test_redis_buckets_are_shared_between_limiters() -> None:
    require_service("Redis", "127.0.0.1", 6379)
    a, b = RedisBuckets(REDIS_URL), RedisBuckets(REDIS_URL)
    name = f"t-{uuid.uuid4().hex}"
    assert a.take(name, rate=0.01, burst=2) == 0.0
    assert b.take(name, rate=0.01, burst=2) == 0.0
    assert a.take(name, rate=0.01, burst=2) > 0


def test_upload_quota_per_key(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "d", upload_quota_bytes_per_day=1500, _env_file=None)  # type: ignore[call-arg]
    for api in _api(settings):
        src = api.create_source()
        key = api.key("ingest", [src["id"]])
        first = api.upload(src["id"], files.make_txt(tmp_path / "a", ("alpha " * 150,)), key=key)
        assert first.status_code == 202
        r = api.upload(src["id"], files.make_txt(tmp_path / "b", ("beta " * 150,)), key=key)
        assert r.status_code == 429 and r.json()["error"]["code"] == "quota.exceeded" and r.headers["Retry-After"]
        # The quota is per key.
        assert api.upload(src["id"], files.make_txt(tmp_path / "b", ("beta " * 150,))).status_code == 202
        api.wait_job(first.json()["job_id"])
