"""Every route × every role: who may call what. A route missing from the table fails the test,
so a new endpoint cannot ship without deciding its roles."""

from __future__ import annotations

import pytest

from tests.conftest import Api

ROLES = ("admin", "ingest", "app", "auditor")
ALL, NONE = set(ROLES), set()
# (method, path) -> roles that get past the role check (they may still get 404 for a fake id).
MATRIX: dict[tuple[str, str], set[str]] = {
    ("get", "/healthz"): ALL,  # unauthenticated
    ("post", "/v1/sources"): {"admin"},
    ("get", "/v1/sources"): {"admin", "ingest", "app"},
    ("get", "/v1/sources/{source_id}"): {"admin", "ingest", "app"},
    ("patch", "/v1/sources/{source_id}"): {"admin"},
    ("delete", "/v1/sources/{source_id}"): {"admin"},
    ("post", "/v1/sources/{source_id}/documents"): {"admin", "ingest"},
    ("get", "/v1/sources/{source_id}/documents"): {"admin", "ingest"},
    ("get", "/v1/documents/{document_id}"): {"admin", "ingest"},
    ("delete", "/v1/documents/{document_id}"): {"admin", "ingest"},
    ("get", "/v1/jobs/{job_id}"): {"admin", "ingest"},
    ("post", "/v1/retrieve"): {"admin", "app"},
    ("get", "/v1/provenance/public-key"): ALL,  # public by design: verifiers need it
    ("get", "/v1/provenance"): {"admin", "auditor"},
    ("get", "/v1/provenance/verify"): {"admin", "auditor"},
    ("get", "/v1/provenance/export"): {"admin", "auditor"},
    ("get", "/v1/provenance/events/{event_id}"): {"admin", "auditor"},
    ("get", "/v1/provenance/chunks/{chunk_id}"): {"admin", "auditor"},
    ("post", "/v1/keys"): {"admin"},
    ("get", "/v1/keys"): {"admin"},
    ("get", "/v1/keys/{key_id}"): {"admin"},
    ("delete", "/v1/keys/{key_id}"): {"admin"},
    ("post", "/v1/keys/{key_id}/rotate"): {"admin"},
}
BODIES = {
    "/v1/sources": {"name": "m", "classification": "public", "trust_tier": "internal"},
    "/v1/retrieve": {"query": "q"},
    "/v1/keys": {"role": "app", "name": "k"},
}


def test_matrix_covers_every_route(shared_api: Api) -> None:
    routes = {(m, p) for p, ms in shared_api.client.app.openapi()["paths"].items() for m in ms}
    assert routes == set(MATRIX)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("method", "path"), sorted(MATRIX))
def test_role_check(shared_api: Api, role: str, method: str, path: str) -> None:
    api = shared_api
    key = api.admin if role == "admin" else api.key(role, ["*"])
    url = path.format(
        source_id="nope", document_id="nope", job_id="nope", event_id="nope", chunk_id="nope", key_id="nope"
    )
    kw: dict = {"headers": api.h(key)}
    if method in ("post", "patch"):
        if path.endswith("/documents"):
            kw["files"] = {"file": ("a.txt", b"some text", "text/plain")}
        else:
            kw["json"] = BODIES.get(path, {})
    r = getattr(api.client, method)(url, **kw)
    if role in MATRIX[(method, path)]:
        assert r.status_code not in (401, 403), (r.status_code, r.text)
    else:
        assert r.status_code == 403, (r.status_code, r.text)
        assert r.json()["error"]["code"] == "auth.forbidden"


@pytest.mark.parametrize(("method", "path"), sorted(k for k, v in MATRIX.items() if v != ALL))
def test_no_key_is_401(shared_api: Api, method: str, path: str) -> None:
    url = path.format(source_id="x", document_id="x", job_id="x", event_id="x", chunk_id="x", key_id="x")
    r = getattr(shared_api.client, method)(url)
    assert r.status_code == 401 and r.json()["error"]["code"] == "auth.missing_key"


def test_provenance_cannot_be_changed_through_the_api(shared_api: Api) -> None:
    for method in ("post", "put", "patch", "delete"):
        r = getattr(shared_api.client, method)("/v1/provenance", headers=shared_api.h(shared_api.admin))
        assert r.status_code == 405
