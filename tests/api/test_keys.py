"""/v1/keys: create, list, revoke, expire, rotate; classification allowlists; hashes never leak."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.conftest import Api
from tests.fixtures import files


def _create(api: Api, **body):  # type: ignore[no-untyped-def]
    return api.client.post("/v1/keys", headers=api.h(api.admin), json={"name": "k", **body})


def test_create_list_get_revoke(shared_api: Api) -> None:
    api = shared_api
    r = _create(api, role="app", sources=["*"])
    assert r.status_code == 201
    made = r.json()
    assert made["key"].startswith("hrk_") and made["prefix"] == made["key"][:10]
    listed = api.client.get("/v1/keys", headers=api.h(api.admin)).json()
    assert made["id"] in {k["id"] for k in listed}
    assert all("key" not in k and "key_hash" not in k for k in listed)
    assert made["key"] not in str(listed)
    assert api.client.get("/v1/sources", headers=api.h(made["key"])).status_code == 200
    assert api.client.delete(f"/v1/keys/{made['id']}", headers=api.h(api.admin)).status_code == 204
    r = api.client.get("/v1/sources", headers=api.h(made["key"]))
    assert r.status_code == 401 and r.json()["error"]["code"] == "auth.invalid_key"
    assert api.client.get(f"/v1/keys/{made['id']}", headers=api.h(api.admin)).json()["revoked_at"]
    r = api.client.delete("/v1/keys/nope", headers=api.h(api.admin))
    assert r.status_code == 404 and r.json()["error"]["code"] == "key.not_found"


def test_invalid_key_requests(shared_api: Api) -> None:
    api = shared_api
    for body in (
        {"role": "root"},
        {"role": "app", "classifications": ["secret"]},
        {"role": "app", "expires_at": "2001-01-01T00:00:00Z"},
        {"role": "app", "extra": 1},
    ):
        r = _create(api, **body)
        assert r.status_code == 422, body


def test_expired_key_is_refused(shared_api: Api) -> None:
    api = shared_api
    soon = (datetime.now(UTC) + timedelta(seconds=2)).isoformat()
    made = _create(api, role="app", sources=["*"], expires_at=soon).json()
    assert api.client.get("/v1/sources", headers=api.h(made["key"])).status_code == 200
    import time

    time.sleep(2.5)
    r = api.client.get("/v1/sources", headers=api.h(made["key"]))
    assert r.status_code == 401 and r.json()["error"]["code"] == "auth.expired_key"


def test_rotate_keeps_role_and_allowlist_and_retires_the_old_key(shared_api: Api) -> None:
    api = shared_api
    src = api.create_source()
    old = _create(api, role="app", sources=[src["id"]]).json()
    r = api.client.post(f"/v1/keys/{old['id']}/rotate", headers=api.h(api.admin), json={"grace_seconds": 0})
    assert r.status_code == 201
    new = r.json()
    assert new["role"] == "app" and new["sources"] == [src["id"]] and new["key"] != old["key"]
    assert api.client.get("/v1/sources", headers=api.h(old["key"])).status_code == 401
    assert [s["id"] for s in api.client.get("/v1/sources", headers=api.h(new["key"])).json()] == [src["id"]]
    assert api.client.get(f"/v1/keys/{old['id']}", headers=api.h(api.admin)).json()["rotated_to"] == new["id"]
    r = api.client.post(f"/v1/keys/{old['id']}/rotate", headers=api.h(api.admin))
    assert r.status_code == 409 and r.json()["error"]["code"] == "key.revoked"
    # With a grace period the old key keeps working until it ends.
    graced = api.client.post(
        f"/v1/keys/{new['id']}/rotate", headers=api.h(api.admin), json={"grace_seconds": 3600}
    ).json()
    assert api.client.get("/v1/sources", headers=api.h(new["key"])).status_code == 200
    assert api.client.get("/v1/sources", headers=api.h(graced["key"])).status_code == 200


def test_classification_allowlist(shared_api: Api, tmp_path: Path) -> None:
    api = shared_api
    public = api.create_source(classification="public")
    secret = api.create_source(classification="restricted")
    doc = files.make_txt(tmp_path, ("The lighthouse keeper logs every ship that passes after dusk.",))
    api.ingest(public["id"], doc)
    api.ingest(secret["id"], doc)
    key = _create(api, role="app", sources=["*"], classifications=["public", "internal"]).json()["key"]
    seen = api.client.get("/v1/sources", headers=api.h(key)).json()
    assert public["id"] in {s["id"] for s in seen} and secret["id"] not in {s["id"] for s in seen}
    assert api.client.get(f"/v1/sources/{secret['id']}", headers=api.h(key)).status_code == 404
    res = api.retrieve(key, "who logs passing ships?", top_k=50).json()["results"]
    assert res and {r["source_id"] for r in res} <= {s["id"] for s in seen}
    assert secret["id"] not in {r["source_id"] for r in res}
    res = api.retrieve(key, "who logs passing ships?", source_ids=[secret["id"]]).json()["results"]
    assert res == []
    # Reclassifying a source moves it in or out of such a key's reach.
    api.client.patch(f"/v1/sources/{secret['id']}", headers=api.h(api.admin), json={"classification": "internal"})
    res = api.retrieve(key, "who logs passing ships?", source_ids=[secret["id"]]).json()["results"]
    assert res and res[0]["classification"] == "internal"
