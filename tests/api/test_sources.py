"""/v1/sources through HTTP: create, list, read, change, quarantine, delete, and their errors."""

from __future__ import annotations

from tests.conftest import Api


def test_create_list_get_patch_delete(api: Api) -> None:
    h = api.h(api.admin)
    r = api.client.post(
        "/v1/sources",
        headers=h,
        json={
            "name": "wiki",
            "classification": "internal",
            "trust_tier": "verified",
            "tags": ["kb"],
            "description": "d",
        },
    )
    assert r.status_code == 201
    src = r.json()
    assert src["name"] == "wiki" and src["classification"] == "internal" and src["trust_tier"] == "verified"
    assert src["tags"] == ["kb"] and src["quarantined"] is False

    assert [s["id"] for s in api.client.get("/v1/sources", headers=h).json()] == [src["id"]]
    assert api.client.get(f"/v1/sources/{src['id']}", headers=h).json()["name"] == "wiki"

    r = api.client.patch(
        f"/v1/sources/{src['id']}", headers=h, json={"classification": "confidential", "quarantined": True}
    )
    assert r.status_code == 200
    assert r.json()["classification"] == "confidential" and r.json()["quarantined"] is True

    assert api.client.delete(f"/v1/sources/{src['id']}", headers=h).status_code == 204
    r = api.client.get(f"/v1/sources/{src['id']}", headers=h)
    assert r.status_code == 404 and r.json()["error"]["code"] == "source.not_found"


def test_duplicate_name_conflicts(api: Api) -> None:
    api.create_source("same")
    r = api.client.post(
        "/v1/sources",
        headers=api.h(api.admin),
        json={"name": "same", "classification": "public", "trust_tier": "external"},
    )
    assert r.status_code == 409 and r.json()["error"]["code"] == "source.conflict"


def test_invalid_enums_and_extra_fields_rejected(api: Api) -> None:
    h = api.h(api.admin)
    for body in (
        {"name": "x", "classification": "secret", "trust_tier": "internal"},
        {"name": "x", "classification": "public", "trust_tier": "trusted"},
        {"name": "x", "classification": "public", "trust_tier": "internal", "owner_key": "z"},
        {"name": "", "classification": "public", "trust_tier": "internal"},
        {"name": "a\x00b", "classification": "public", "trust_tier": "internal"},
    ):
        r = api.client.post("/v1/sources", headers=h, json=body)
        assert r.status_code == 422, body
        err = r.json()["error"]
        assert err["code"] == "request.invalid" and err["request_id"]


def test_malformed_json_is_a_400_with_code(api: Api) -> None:
    r = api.client.post(
        "/v1/sources", headers={**api.h(api.admin), "Content-Type": "application/json"}, content=b'{"name": "x", '
    )
    assert r.status_code == 400 and r.json()["error"]["code"] == "request.malformed_json"


def test_unknown_source_on_every_route(api: Api) -> None:
    h = api.h(api.admin)
    missing = "00000000-0000-0000-0000-000000000000"
    for method, path in (("get", f"/v1/sources/{missing}"), ("delete", f"/v1/sources/{missing}")):
        r = getattr(api.client, method)(path, headers=h)
        assert r.status_code == 404 and r.json()["error"]["code"] == "source.not_found"
    r = api.client.patch(f"/v1/sources/{missing}", headers=h, json={"quarantined": True})
    assert r.status_code == 404 and r.json()["error"]["code"] == "source.not_found"


def test_only_admin_manages_sources(api: Api) -> None:
    src = api.create_source()
    for role in ("ingest", "app", "auditor"):
        h = api.h(api.key(role, [src["id"]]))
        r = api.client.post(
            "/v1/sources", headers=h, json={"name": "n", "classification": "public", "trust_tier": "internal"}
        )
        assert r.status_code == 403 and r.json()["error"]["code"] == "auth.forbidden", role
        assert api.client.patch(f"/v1/sources/{src['id']}", headers=h, json={"quarantined": True}).status_code == 403
        assert api.client.delete(f"/v1/sources/{src['id']}", headers=h).status_code == 403


def test_non_admin_lists_only_its_allowlist(api: Api) -> None:
    mine, other = api.create_source(), api.create_source()
    h = api.h(api.key("app", [mine["id"]]))
    assert [s["id"] for s in api.client.get("/v1/sources", headers=h).json()] == [mine["id"]]
    assert api.client.get(f"/v1/sources/{other['id']}", headers=h).status_code == 404
